// Laws found by rule: "X Act (of YYYY)", "Act on X", "X Law", "X Bill", "Bill C-27", "X Treaty", "X Agreement",
// "X Regulation", "Executive Order on X" (written in any case: articles often write "the executive order on ...").

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

/** "the executive order on Promoting the Use of ..." — the title after "on" is capitalised even when "executive order" is not. */
export const EXECUTIVE_ORDER = /\b[Ee]xecutive [Oo]rder(?: No\.)?(?: \d{4,5})?(?: (?:on|to|for|regarding)\b)/g;

/** "Bill C-27", "Bill S-5": a bill number. */
export const NUMBERED_BILL = /\bBill [A-Z]-\d{1,4}\b/g;
