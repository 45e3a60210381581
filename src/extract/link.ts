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

/** Keys a rule name may be known under: as written, without a leading jurisdiction, without a trailing "of <place>". */
function variants(key: string, j: Jurisdictions): string[] {
  const out = [key];
  const words = key.split(' ');
  if (words.length > 2 && (j.markers.has(words[0]) || j.places.has(words[0]))) out.push(words.slice(1).join(' '));
  const ofAt = words.lastIndexOf('of');
  if (ofAt > 0 && ofAt >= words.length - 4) {
    const tail = words.slice(ofAt + 1).filter((w) => w !== 'the').join(' ');
    if (j.markers.has(tail) || j.places.has(tail)) out.push(words.slice(0, ofAt).join(' '));
  }
  return out;
}

function lookup(g: Gazetteer, keys: string[], type: NameFound['type']): KnownName | undefined {
  for (const k of keys) {
    const known = g.byKey.get(k);
    if (known && known.type === type) return known;
  }
  return undefined;
}

export function linkNames(found: NameFound[], knowledge: Knowledge): NameFound[] {
  const g = buildGazetteer(knowledge);
  const j = loadJurisdictions(foldToken);
  const firstForm = new Map<string, string>();
  return found.map((n) => {
    if (n.known) return n;
    const keys = variants(foldName(n.canonical ?? n.text), j);
    const known = lookup(g, keys, n.type);
    if (known) {
      const { entry } = known;
      return {
        ...n,
        canonical: entry.name,
        known: true,
        rule: `${n.rule}+knowledge`,
        ...(entry.jurisdiction ? { jurisdiction: entry.jurisdiction } : {}),
      } as NameFound;
    }
    const key = `${n.type}:${keys[keys.length - 1]}`;
    const form = firstForm.get(key) ?? tidy(n.canonical ?? n.text);
    firstForm.set(key, form);
    return { ...n, canonical: form } as NameFound;
  });
}
