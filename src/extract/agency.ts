// Agencies found by rule: a capitalised name ending in a head word that names a body of government
// ("X Council", "Ministry of X", "Department of X", "X Prefectural Government", "Japan-U.S. X Partnership").

import type { HeadRule } from './heads.js';

export const AGENCY_HEADS: HeadRule[] = [
  { head: 'ministry', type: 'agency' },
  { head: 'department', type: 'agency' },
  { head: 'agency', type: 'agency' },
  { head: 'office', type: 'agency' },
  { head: 'council', type: 'agency' },
  { head: 'committee', type: 'agency' },
  { head: 'commission', type: 'agency' },
  { head: 'authority', type: 'agency' },
  { head: 'bureau', type: 'agency' },
  { head: 'secretariat', type: 'agency' },
  { head: 'administration', type: 'agency', needs: 'modifier' },
  { head: 'board', type: 'agency', needs: 'government' },
  { head: 'directorate', type: 'agency' },
  { head: 'headquarters', type: 'agency', needs: 'modifier' },
  { head: 'parliament', type: 'agency' },
  { head: 'assembly', type: 'agency', needs: 'government' },
  { head: 'congress', type: 'agency', needs: 'government' },
  { head: 'senate', type: 'agency' },
  { head: 'court', type: 'agency', needs: 'modifier' },
  { head: 'forces', type: 'agency', needs: 'modifier' },
  { head: 'force', type: 'agency', needs: 'modifier' },
  { head: 'taskforce', type: 'agency', needs: 'modifier' },
  { head: 'police', type: 'agency', needs: 'modifier' },
  { head: 'institute', type: 'agency', needs: 'government' },
  { head: 'center', type: 'agency', needs: 'government' },
  { head: 'service', type: 'agency', needs: 'government' },
  { head: 'dialogue', type: 'agency', needs: 'modifier', jurisdiction: 'INTL' },
  { head: 'partnership', type: 'agency', needs: 'bilateral', jurisdiction: 'INTL' },
  { head: 'government', type: 'agency', needs: 'modifier' },
  { head: 'cabinet', type: 'agency', needs: 'modifier' },
  { head: 'city', type: 'agency', needs: 'place' },
];

/** Words that, inside a name, mark it as a public body ("National Institute of ...", "Federal ... Service"). */
export const GOVERNMENT_MARKERS = new Set([
  'national', 'federal', 'government', 'governmental', 'state', 'prefectural', 'metropolitan', 'municipal',
  'provincial', 'public', 'royal', 'imperial', 'ministerial', 'intergovernmental', 'safety', 'city',
]);
