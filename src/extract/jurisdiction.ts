// The jurisdiction of a name found by rule: a marker leading it ("Japanese", "U.S.", "Canadian"), two markers
// joined ("Japan-U.S." -> INTL), a possessive before it ("Japan’s ..."), a place in it ("Tottori Prefectural
// Government") or its complement ("Government of Canada"). Otherwise UNKNOWN: no guessing.

import type { Jurisdictions } from '../knowledge/index.js';
import { foldToken, type NameToken } from './name-tokens.js';

export function jurisdictionOfTokens(tokens: NameToken[], from: number, to: number, j: Jurisdictions): string {
  const first = tokens[from];
  if (!first) return 'UNKNOWN';
  // "Japan-U.S.": two markers joined.
  if (first.text.includes('-') && first.text.split('-').filter((p) => j.markers.has(foldToken(p))).length >= 2) return 'INTL';
  const before = tokens[from - 1];
  for (const t of [first, before]) {
    if (!t) continue;
    const code = j.markers.get(t.folded) ?? j.places.get(t.folded);
    if (code) return code;
  }
  for (let k = from + 1; k < to; k++) {
    const f = tokens[k].folded;
    const code = j.markers.get(f) ?? j.places.get(f);
    if (code) return code;
  }
  return 'UNKNOWN';
}
