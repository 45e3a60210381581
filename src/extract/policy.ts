// Policy instruments found by rule: the soft law of guidelines, strategies, white papers, principles, codes of
// conduct, plans, initiatives, processes and programmes ("AI Guidelines for Business", "AI Strategy 2022",
// "Social Principles of Human-Centric AI", "Advanced Technology Bridging Research program").

import type { HeadRule } from './heads.js';

export const POLICY_HEADS: HeadRule[] = [
  { head: 'guidelines', type: 'policy', kind: 'guideline', needs: 'modifier' },
  { head: 'guideline', type: 'policy', kind: 'guideline', needs: 'modifier' },
  { head: 'strategy', type: 'policy', kind: 'strategy', needs: 'modifier' },
  { head: 'white paper', type: 'policy', kind: 'white-paper', needs: 'modifier' },
  { head: 'principles', type: 'policy', kind: 'principles', needs: 'modifier' },
  { head: 'code of conduct', type: 'policy', kind: 'code-of-conduct' },
  { head: 'plan', type: 'policy', kind: 'plan', needs: 'modifier' },
  { head: 'roadmap', type: 'policy', kind: 'plan', needs: 'modifier' },
  { head: 'blueprint', type: 'policy', kind: 'plan', needs: 'modifier' },
  { head: 'initiative', type: 'policy', kind: 'initiative', needs: 'modifier' },
  { head: 'process', type: 'policy', kind: 'initiative', needs: 'modifier' },
  { head: 'framework', type: 'policy', kind: 'initiative', needs: 'modifier' },
  { head: 'vision', type: 'policy', kind: 'strategy', needs: 'modifier' },
  { head: 'declaration', type: 'policy', kind: 'principles', needs: 'modifier' },
  { head: 'charter', type: 'policy', kind: 'principles', needs: 'modifier' },
  { head: 'agenda', type: 'policy', kind: 'plan', needs: 'modifier' },
  { head: 'pact', type: 'policy', kind: 'initiative', needs: 'modifier' },
  { head: 'recommendation', type: 'policy', kind: 'principles', needs: 'modifier' },
  { head: 'program', type: 'policy', kind: 'programme', needs: 'modifier' },
  { head: 'tax', type: 'policy', kind: 'programme', needs: 'modifier' },
];
