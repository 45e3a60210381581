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

/** Heads by their first folded word; several rules may share a word (institute: public body, else organization). */
export const HEADS = new Map<string, HeadRule[]>();
for (const rule of [...AGENCY_HEADS, ...LAW_HEADS, ...POLICY_HEADS, ...ORGANIZATION_HEADS]) {
  const first = rule.head.split(' ')[0];
  const list = HEADS.get(first) ?? [];
  list.push(rule);
  HEADS.set(first, list);
}
for (const list of HEADS.values()) list.sort((a, b) => b.head.split(' ').length - a.head.split(' ').length);

/** Heads that name something even when written in lower case after a capitalised name. */
export const LOWERCASE_HEADS = new Set(['government', 'administration', 'program', 'programme', 'initiative']);

/** Heads that open a name with "of" ("Ministry of ..."); one of these after a capitalised word starts a new name. */
export const OPENING_HEADS = new Set([
  'ministry', 'department', 'agency', 'office', 'council', 'commission', 'committee', 'secretariat', 'cabinet', 'bureau',
]);
