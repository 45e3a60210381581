// Linking: every mention of one body or instrument gets the same canonical name. A name found by rule takes the
// knowledge base's name when it folds to a known name or alias, also without a leading jurisdiction ("U.S.
// Department of Commerce") or a trailing "of Japan"; names found by rule that fold alike share the first one's form.

import type { Knowledge, Jurisdictions } from '../knowledge/index.js';
import { loadJurisdictions } from '../knowledge/index.js';
import { buildGazetteer, type Gazetteer, type KnownName } from './gazetteer.js';
import { foldName, foldToken } from './name-tokens.js';
import type { NameFound } from './names.js';

function tidy(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/^the\s+/i, '').trim();
}

interface Variant {
  key: string;
  /** The jurisdiction the stripped words named: the known entry must be of it. */
  jurisdiction?: string;
}

/** Keys a rule name may be known under: as written, without a leading jurisdiction ("U.S. Department of Commerce"),
 * without a trailing "of Japan". */
function variants(key: string, j: Jurisdictions): Variant[] {
  const out: Variant[] = [{ key }];
  const words = key.split(' ');
  const lead = j.markers.get(words[0]);
  if (words.length > 2 && lead) out.push({ key: words.slice(1).join(' '), jurisdiction: lead });
  const ofAt = words.lastIndexOf('of');
  if (ofAt > 0 && ofAt >= words.length - 4) {
    const tail = j.markers.get(words.slice(ofAt + 1).filter((w) => w !== 'the').join(' '));
    if (tail) out.push({ key: words.slice(0, ofAt).join(' '), jurisdiction: tail });
  }
  return out;
}

function lookup(g: Gazetteer, keys: Variant[], type: NameFound['type']): KnownName | undefined {
  for (const v of keys) {
    const known = g.byKey.get(v.key);
    if (known && known.type === type && (!v.jurisdiction || known.entry.jurisdiction === v.jurisdiction)) return known;
  }
  return undefined;
}

/** "Japanese government", "Japan's government", "U.S. government" -> "Government of Japan" / "... of the United States". */
function governmentOf(n: NameFound, j: Jurisdictions): string | undefined {
  const raw = n.canonical ?? n.text;
  // Tidying only touches spaces, quotes and a leading "the": a name that does not end in "government" is passed
  // over without it (this runs for every agency not in the knowledge).
  if (n.type !== 'agency' || !/government\s*$/i.test(raw)) return undefined;
  const m = /^(\S+)\s+government$/i.exec(tidy(raw));
  const code = m && j.markers.get(foldToken(m[1]));
  const name = code && j.names.get(code);
  if (!name) return undefined;
  return `Government of ${/^(?:United|European)\b/.test(name) ? 'the ' : ''}${name}`;
}

/** A mention inside a longer mention of the same thing is the same mention ("Cabinet Office" in "Cabinet Office of Japan"). */
function dropNested(names: NameFound[]): NameFound[] {
  const sorted = [...names].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NameFound[] = [];
  let outer: NameFound | undefined;
  for (const n of sorted) {
    if (outer && n.end <= outer.end && n.type === outer.type && n.canonical === outer.canonical) continue;
    out.push(n);
    if (!outer || n.end > outer.end) outer = n;
  }
  return out;
}

export function linkNames(found: NameFound[], knowledge: Knowledge): NameFound[] {
  const g = buildGazetteer(knowledge);
  const j = loadJurisdictions(foldName);
  const firstForm = new Map<string, string>();
  return dropNested(found.map((n) => {
    if (n.known) return n;
    const keys = variants(foldName(n.canonical ?? n.text), j);
    const known = lookup(g, keys, n.type);
    if (known) {
      const { entry } = known;
      // Object.assign, not spreads into a literal: several times faster, same keys in the same order.
      const jurisdiction = entry.jurisdiction ? { jurisdiction: entry.jurisdiction } : undefined;
      return Object.assign({}, n, { canonical: entry.name, known: true, rule: `${n.rule}+knowledge` }, jurisdiction) as NameFound;
    }
    const government = governmentOf(n, j);
    if (government) return Object.assign({}, n, { canonical: government, rule: `${n.rule}+government-of` }) as NameFound;
    // "the Kishida administration", "the Kishida government" and "the Kishida Cabinet" are one government.
    const leader = /^(\S+) (?:administration|government|cabinet)$/.exec(keys[0].key);
    const key = leader && n.type === 'agency' ? `agency:government-of:${leader[1]}` : `${n.type}:${keys[0].key}`;
    const form = firstForm.get(key) ?? tidy(n.canonical ?? n.text);
    firstForm.set(key, form);
    return Object.assign({}, n, { canonical: form }) as NameFound;
  }));
}
