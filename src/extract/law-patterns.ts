// Law names that are not built from a capitalised head: executive orders (often written "the executive order on
// Promoting ...") and numbered bills ("Bill C-27").

import { tokenizeAll } from './name-tokens.js';
import { complementEnd, type RuleName } from './chains.js';

const EXECUTIVE_ORDER = /\b[Ee]xecutive [Oo]rder(?: (?:No\. ?)?(\d{5}))?(?: (on|to|for|regarding)\b)?/g;
const NUMBERED_BILL = /\bBill [A-Z]-\d{1,4}\b/g;
const TITLE_WINDOW = 300;

export function findExecutiveOrders(text: string): RuleName[] {
  const out: RuleName[] = [];
  EXECUTIVE_ORDER.lastIndex = 0;
  for (let m = EXECUTIVE_ORDER.exec(text); m; m = EXECUTIVE_ORDER.exec(text)) {
    const [, number, opener] = m;
    let end = m.index + m[0].length;
    let canonical = number ? `Executive Order ${number}` : '';
    if (opener) {
      const at = m.index + m[0].length - opener.length;
      const window = text.slice(at, at + TITLE_WINDOW);
      const tokens = tokenizeAll(window);
      const to = complementEnd(tokens, window, 0, 'law');
      if (to > 0) {
        end = at + tokens[to - 1].end;
        canonical = `Executive Order ${text.slice(at, end)}`;
      } else if (!number) continue;
      else end = at - 1;
    }
    if (!canonical) continue;
    out.push({ type: 'law', kind: 'executive-order', start: m.index, end, from: -1, to: -1, canonical, rule: 'law:executive-order', jurisdiction: 'US' });
    EXECUTIVE_ORDER.lastIndex = end;
  }
  return out;
}

export function findNumberedBills(text: string): RuleName[] {
  const out: RuleName[] = [];
  NUMBERED_BILL.lastIndex = 0;
  for (let m = NUMBERED_BILL.exec(text); m; m = NUMBERED_BILL.exec(text)) {
    const end = m.index + m[0].length;
    // Letter-numbered bills (C- for the Commons, S- for the Senate) are Canada's convention.
    out.push({ type: 'law', kind: 'bill', start: m.index, end, from: -1, to: -1, canonical: m[0], rule: 'law:numbered-bill', jurisdiction: 'CA' });
  }
  return out;
}
