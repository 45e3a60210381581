// Gold annotations (the format of the project's eval FORMAT: {schemaVersion: 1, documents: [...]}), validated
// up front so a mistake in a hand-edited file is reported with the field that is wrong.

import { readFileSync } from 'node:fs';
import { FUNDING_ROLES, type FundingRole } from '../types.js';

export const SCORED_TYPES = ['agency', 'law', 'policy', 'funding', 'date'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];
export type NameType = 'agency' | 'law' | 'policy';

export interface GoldName {
  name: string;
  aliases: string[];
  jurisdiction?: string;
  optional: boolean;
}

export interface GoldValue {
  amount: number;
  currency: string;
}

export interface GoldFunding {
  text?: string;
  values: GoldValue[];
  role?: FundingRole;
  optional: boolean;
}

export interface GoldDate {
  value: string;
  text?: string;
  inferred?: boolean;
  optional: boolean;
}

export interface GoldDocument {
  /** The article file's base name. */
  doc: string;
  agency: GoldName[];
  law: GoldName[];
  policy: GoldName[];
  funding: GoldFunding[];
  date: GoldDate[];
}

export interface Gold {
  schemaVersion: 1;
  documents: GoldDocument[];
}

export class GoldError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'GoldError';
  }
}

type Json = Record<string, unknown>;

const DATE_VALUE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{3}0s)$/;
const CURRENCY = /^[A-Z]{3}$/;

class Reader {
  constructor(readonly file: string) {}

  fail(where: string, problem: string): never {
    throw new GoldError(this.file, `${where} ${problem}`);
  }

  object(value: unknown, where: string, keys: readonly string[]): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(where, 'must be an object');
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) this.fail(`${where}.${key}`, `is not a known field; expected ${keys.join(', ')}`);
    }
    return value as Json;
  }

  array(value: unknown, where: string): unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) this.fail(where, 'must be an array');
    return value;
  }

  string(value: unknown, where: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(where, 'must be a non-empty string');
    return value;
  }

  optionalString(value: unknown, where: string): string | undefined {
    return value === undefined ? undefined : this.string(value, where);
  }

  flag(value: unknown, where: string): boolean {
    if (value === undefined) return false;
    if (typeof value !== 'boolean') this.fail(where, 'must be true or false');
    return value;
  }

  name(value: unknown, where: string): GoldName {
    const o = this.object(value, where, ['name', 'aliases', 'jurisdiction', 'optional']);
    return {
      name: this.string(o.name, `${where}.name`),
      aliases: this.array(o.aliases, `${where}.aliases`).map((a, i) => this.string(a, `${where}.aliases[${i}]`)),
      jurisdiction: this.optionalString(o.jurisdiction, `${where}.jurisdiction`),
      optional: this.flag(o.optional, `${where}.optional`),
    };
  }

  value(value: unknown, where: string): GoldValue {
    const o = this.object(value, where, ['amount', 'currency']);
    if (typeof o.amount !== 'number' || !Number.isFinite(o.amount)) this.fail(`${where}.amount`, 'must be a number');
    const currency = this.string(o.currency, `${where}.currency`);
    if (!CURRENCY.test(currency)) this.fail(`${where}.currency`, `must be an ISO 4217 code like "JPY" (got "${currency}")`);
    return { amount: o.amount, currency };
  }

  funding(value: unknown, where: string): GoldFunding {
    const o = this.object(value, where, ['text', 'values', 'role', 'optional']);
    const values = this.array(o.values, `${where}.values`).map((v, i) => this.value(v, `${where}.values[${i}]`));
    if (values.length === 0) this.fail(`${where}.values`, 'must list at least one {"amount", "currency"}');
    let role: FundingRole | undefined;
    if (o.role !== undefined) {
      if (!(FUNDING_ROLES as readonly unknown[]).includes(o.role)) this.fail(`${where}.role`, `must be one of ${FUNDING_ROLES.join(', ')}`);
      role = o.role as FundingRole;
    }
    return { text: this.optionalString(o.text, `${where}.text`), values, role, optional: this.flag(o.optional, `${where}.optional`) };
  }

  date(value: unknown, where: string): GoldDate {
    const o = this.object(value, where, ['value', 'text', 'inferred', 'optional']);
    const v = this.string(o.value, `${where}.value`);
    if (!DATE_VALUE.test(v)) this.fail(`${where}.value`, `must be YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s (got "${v}")`);
    return {
      value: v,
      text: this.optionalString(o.text, `${where}.text`),
      inferred: o.inferred === undefined ? undefined : this.flag(o.inferred, `${where}.inferred`),
      optional: this.flag(o.optional, `${where}.optional`),
    };
  }

  document(value: unknown, where: string): GoldDocument {
    const o = this.object(value, where, ['doc', ...SCORED_TYPES]);
    const list = <T>(type: ScoredType, read: (v: unknown, w: string) => T) =>
      this.array(o[type], `${where}.${type}`).map((v, i) => read(v, `${where}.${type}[${i}]`));
    return {
      doc: this.string(o.doc, `${where}.doc`),
      agency: list('agency', (v, w) => this.name(v, w)),
      law: list('law', (v, w) => this.name(v, w)),
      policy: list('policy', (v, w) => this.name(v, w)),
      funding: list('funding', (v, w) => this.funding(v, w)),
      date: list('date', (v, w) => this.date(v, w)),
    };
  }
}

/** Validates parsed JSON as a gold file; `file` names it in errors. */
export function parseGold(file: string, data: unknown): Gold {
  const read: Reader = new Reader(file);
  const top = read.object(data, 'the file', ['schemaVersion', 'documents']);
  if (top.schemaVersion !== 1) read.fail('schemaVersion', 'must be 1');
  if (!Array.isArray(top.documents)) read.fail('documents', 'must be an array of documents');
  const documents = top.documents.map((d, i) => read.document(d, `documents[${i}]`));
  const seen = new Set<string>();
  documents.forEach((d, i) => {
    if (seen.has(d.doc)) read.fail(`documents[${i}].doc`, `repeats "${d.doc}"; give each article one entry`);
    seen.add(d.doc);
  });
  return { schemaVersion: 1, documents };
}

export function readGoldFile(path: string): Gold {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GoldError(path, code === 'ENOENT' ? 'gold file not found; check the --gold path' : `cannot read the gold file (${code})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new GoldError(path, `is not valid JSON: ${(err as Error).message}`);
  }
  return parseGold(path, data);
}
