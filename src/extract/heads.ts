// Head words: the last word of a name says what it names ("... Council" is a body, "... Act" a law).
// Each entity type lists its own heads; this module joins them and checks the conditions some heads need.

import type { NameType } from './gazetteer.js';
import { AGENCY_HEADS } from './agency.js';
import { LAW_HEADS } from './law.js';
import { POLICY_HEADS } from './policy.js';
import { ORGANIZATION_HEADS } from './organization.js';

export interface HeadRule {
  /** Folded head, one or more words ("council", "white paper", "code of conduct"). */
  head: string;
  type: NameType;
  kind?: string;
  /**
   * modifier: the head needs a capitalised word before it or a complement after it ("Hiroshima AI Process", not "Process");
   * government: the name must look public (a government word, a jurisdiction or place, a known public body);
   * place: the word before is a known place ("Yokosuka City");
   * bilateral: the name starts with two or more jurisdictions ("Japan-U.S. ... Partnership").
   */
  needs?: 'modifier' | 'government' | 'place' | 'bilateral';
  jurisdiction?: string;
}

/** The rules that share one head, and the head's folded words. */
export interface HeadGroup {
  words: string[];
  rules: HeadRule[];
}

/** Heads by their first folded word, longest first; several rules may share a head (institute: public body, else
 * organization). */
export const HEADS = new Map<string, HeadGroup[]>();
for (const rule of [...AGENCY_HEADS, ...LAW_HEADS, ...POLICY_HEADS, ...ORGANIZATION_HEADS]) {
  const words = rule.head.split(' ');
  const groups = HEADS.get(words[0]) ?? [];
  const group = groups.find((g) => g.words.join(' ') === rule.head);
  if (group) group.rules.push(rule);
  else groups.push({ words, rules: [rule] });
  HEADS.set(words[0], groups);
}
for (const groups of HEADS.values()) groups.sort((a, b) => b.words.length - a.words.length);

/** Heads that name something even when written in lower case after a capitalised name. */
export const LOWERCASE_HEADS = new Set(['government', 'administration', 'program', 'programme', 'initiative']);

/** Heads that open a name with "of" ("Ministry of ..."); one of these after a capitalised word starts a new name. */
export const OPENING_HEADS = new Set([
  'ministry', 'department', 'agency', 'office', 'council', 'commission', 'committee', 'secretariat', 'cabinet', 'bureau',
]);
