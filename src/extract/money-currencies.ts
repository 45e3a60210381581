// The currency vocabulary (src/knowledge/currencies.json) turned into lookups and regex fragments.
// Codes and symbols match with their exact case; names match in any case ("Yen", "YEN", "yen").

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CurrencyInfo {
  code: string;
  name: string;
  symbols: string[];
  names: string[];
  generic?: string[];
  needsScale?: string[];
}

/** What a matched currency token means. */
export interface CurrencyToken {
  code: string;
  /** Shared by several currencies ("$", "dollars"): a specific neighbour overrides it. */
  generic: boolean;
  /** Also an ordinary word ("won"): money only with a scale word or a grouped number. */
  needsScale: boolean;
}

export interface CurrencyTable {
  currencies: CurrencyInfo[];
  /** Pattern for a token written before the number: symbols and codes. */
  prefixSource: string;
  /** Pattern for a token written after the number: names and codes. */
  suffixSource: string;
  /** Resolve a matched prefix token (exact text). */
  prefix(token: string): CurrencyToken | undefined;
  /** Resolve a matched suffix token (any case, any spacing). */
  suffix(token: string): CurrencyToken | undefined;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "yen" -> "[yY][eE][nN]": case-insensitive without the `i` flag, so codes keep their case. */
function anyCase(s: string): string {
  let out = '';
  for (const ch of s) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (ch === ' ') out += '[ \\u00a0]';
    else out += lo === up ? escapeRegex(ch) : `[${lo}${up}]`;
  }
  return out;
}

function foldName(s: string): string {
  return s.toLowerCase().replace(/[ \u00a0]+/g, ' ');
}

/** Longest first, so "US$" wins over "$" and "Canadian dollars" over "dollars". */
function alternation(parts: string[], by: (s: string) => string): string {
  // Code-unit order among equals: the same on every machine, and no collator to load at start-up.
  return [...new Set(parts)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(by).join('|');
}

function validate(data: unknown): CurrencyInfo[] {
  const list = (data as { currencies?: unknown }).currencies;
  if (!Array.isArray(list)) throw new Error('currencies.json: "currencies" must be an array');
  return list.map((c: CurrencyInfo, i) => {
    if (!/^[A-Z]{3}$/.test(c.code)) throw new Error(`currencies.json: currencies[${i}].code must be an ISO 4217 code`);
    for (const key of ['symbols', 'names'] as const) {
      if (!Array.isArray(c[key])) throw new Error(`currencies.json: currencies[${i}].${key} must be an array`);
    }
    return c;
  });
}

export function buildCurrencyTable(list: CurrencyInfo[]): CurrencyTable {
  const prefixes = new Map<string, CurrencyToken>();
  const suffixes = new Map<string, CurrencyToken>();
  const token = (c: CurrencyInfo, t: string): CurrencyToken => ({
    code: c.code,
    generic: c.generic?.includes(t) ?? false,
    needsScale: c.needsScale?.includes(t) ?? false,
  });
  for (const c of list) {
    for (const t of [c.code, ...c.symbols]) {
      if (prefixes.has(t)) throw new Error(`currencies.json: "${t}" is listed for two currencies`);
      prefixes.set(t, token(c, t));
    }
    suffixes.set(foldName(c.code), token(c, c.code));
    for (const n of c.names) {
      if (suffixes.has(foldName(n)) && n !== c.code) throw new Error(`currencies.json: "${n}" is listed for two currencies`);
      suffixes.set(foldName(n), token(c, n));
    }
  }
  const codes = list.map((c) => c.code);
  const names = list.flatMap((c) => c.names);
  return {
    currencies: list,
    prefixSource: alternation([...prefixes.keys()], escapeRegex),
    // Codes keep their case after the number too: "500 million JPY", not "500 million jpy".
    suffixSource: [alternation(codes, escapeRegex), alternation(names, anyCase)].join('|'),
    prefix: (t) => prefixes.get(t),
    suffix: (t) => suffixes.get(foldName(t)),
  };
}

let bundled: CurrencyTable | undefined;

/** The bundled currency table, read once. */
export function currencyTable(): CurrencyTable {
  if (!bundled) {
    const path = fileURLToPath(new URL('../knowledge/currencies.json', import.meta.url));
    bundled = buildCurrencyTable(validate(JSON.parse(readFileSync(path, 'utf8'))));
  }
  return bundled;
}
