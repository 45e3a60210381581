// Laws found by rule: "X Act (of YYYY)", "Act on X", "X Law", "X Bill", "Bill C-27", "X Treaty", "X Agreement",
// "X Regulation"; executive orders and numbered bills are read by law-patterns.ts.

import type { HeadRule } from './heads.js';

export const LAW_HEADS: HeadRule[] = [
  { head: 'act', type: 'law', kind: 'act', needs: 'modifier' },
  { head: 'law', type: 'law', kind: 'law', needs: 'modifier' },
  { head: 'bill', type: 'law', kind: 'bill', needs: 'modifier' },
  { head: 'amendment', type: 'law', kind: 'amendment', needs: 'modifier' },
  { head: 'amendments', type: 'law', kind: 'amendment', needs: 'modifier' },
  { head: 'treaty', type: 'law', kind: 'treaty' },
  { head: 'agreement', type: 'law', kind: 'treaty', needs: 'modifier' },
  { head: 'convention', type: 'law', kind: 'treaty', needs: 'modifier' },
  { head: 'regulation', type: 'law', kind: 'regulation', needs: 'modifier' },
  { head: 'directive', type: 'law', kind: 'regulation', needs: 'modifier' },
  { head: 'ordinance', type: 'law', kind: 'regulation', needs: 'modifier' },
  { head: 'decree', type: 'law', kind: 'regulation', needs: 'modifier' },
  { head: 'constitution', type: 'law', kind: 'law', needs: 'modifier' },
  { head: 'code', type: 'law', kind: 'law', needs: 'modifier' },
  { head: 'executive order', type: 'law', kind: 'executive-order' },
];
