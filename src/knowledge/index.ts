// Loads the bundled knowledge (src/knowledge/*.json) and users' own files, validating every entry
// so a mistake in a user's file names the file and the field.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const KNOWLEDGE_KINDS = ['agencies', 'laws', 'policies', 'organizations'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

export interface KnowledgeEntry {
  /** The canonical name. */
  name: string;
  /** Every other name: abbreviations, romanised Japanese names, spelling variants. */
  aliases?: string[];
  /** The usual abbreviation, shown in output. Also matched, case-sensitively. */
  abbreviation?: string;
  /** JP, US, EU, CA, UK, CN, KR, INTL, ... */
  jurisdiction?: string;
  /** For laws and policies: act, bill, guideline, strategy, ... */
  kind?: string;
  year?: number;
  /** Where the fact comes from. */
  source?: string;
}

export type KnowledgeFile = Partial<Record<KnowledgeKind, KnowledgeEntry[]>> & { description?: string };
export type Knowledge = Record<KnowledgeKind, KnowledgeEntry[]>;

export class KnowledgeError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'KnowledgeError';
  }
}

const BUNDLED = ['agencies.json', 'laws.json', 'policies.json', 'organizations.json'];

function validateEntry(file: string, where: string, entry: unknown): KnowledgeEntry {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new KnowledgeError(file, `${where} must be an object like {"name": "..."}`);
  }
  const e = entry as Record<string, unknown>;
  if (typeof e.name !== 'string' || e.name.trim() === '') {
    throw new KnowledgeError(file, `${where}.name must be a non-empty string`);
  }
  for (const key of ['abbreviation', 'jurisdiction', 'kind', 'source'] as const) {
    if (e[key] !== undefined && typeof e[key] !== 'string') {
      throw new KnowledgeError(file, `${where}.${key} must be a string`);
    }
  }
  if (e.year !== undefined && !Number.isInteger(e.year)) {
    throw new KnowledgeError(file, `${where}.year must be a whole number`);
  }
  if (e.aliases !== undefined && (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string' || a.trim() === ''))) {
    throw new KnowledgeError(file, `${where}.aliases must be an array of non-empty strings`);
  }
  return e as unknown as KnowledgeEntry;
}

/** Validates parsed JSON as a knowledge file; `file` names it in errors. */
export function parseKnowledge(file: string, data: unknown): KnowledgeFile {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new KnowledgeError(file, `must be a JSON object with any of the keys ${KNOWLEDGE_KINDS.join(', ')}`);
  }
  const out: KnowledgeFile = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'description' || key === '$schema') continue;
    if (!(KNOWLEDGE_KINDS as readonly string[]).includes(key)) {
      throw new KnowledgeError(file, `unknown key "${key}"; expected ${KNOWLEDGE_KINDS.join(', ')}`);
    }
    if (!Array.isArray(value)) throw new KnowledgeError(file, `"${key}" must be an array of entries`);
    out[key as KnowledgeKind] = value.map((entry, i) => validateEntry(file, `${key}[${i}]`, entry));
  }
  return out;
}

export function readKnowledgeFile(path: string): KnowledgeFile {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new KnowledgeError(path, `cannot read knowledge file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new KnowledgeError(path, `is not valid JSON: ${(err as Error).message}`);
  }
  return parseKnowledge(path, data);
}

export function mergeKnowledge(files: KnowledgeFile[]): Knowledge {
  const k: Knowledge = { agencies: [], laws: [], policies: [], organizations: [] };
  for (const f of files) for (const kind of KNOWLEDGE_KINDS) k[kind].push(...(f[kind] ?? []));
  return k;
}

let bundled: KnowledgeFile[] | undefined;

/** The bundled knowledge plus any user files (later files add to earlier ones). */
export function loadKnowledge(userFiles: string[] = []): Knowledge {
  bundled ??= BUNDLED.map((name) => readKnowledgeFile(fileURLToPath(new URL(`./${name}`, import.meta.url))));
  return mergeKnowledge([...bundled, ...userFiles.map(readKnowledgeFile)]);
}

export interface Jurisdictions {
  /** Folded marker word -> jurisdiction code ("japanese" -> JP, "us" -> US). */
  markers: Map<string, string>;
  /** Folded place name -> jurisdiction code ("tottori" -> JP). */
  places: Map<string, string>;
  markerSet: Set<string>;
  placeSet: Set<string>;
  /** Jurisdiction code -> its name ("JP" -> "Japan"). */
  names: Map<string, string>;
}

interface JurisdictionsFile {
  jurisdictions: { code: string; name: string; markers?: string[] }[];
  places?: { name: string; jurisdiction: string }[];
}

let jurisdictions: Jurisdictions | undefined;

/** Words that tie a name to a jurisdiction, and places (prefectures, cities), from src/knowledge/jurisdictions.json.
 * `fold` is the matcher's name folding, so "United States" becomes the key "united states". */
export function loadJurisdictions(fold: (word: string) => string): Jurisdictions {
  if (jurisdictions) return jurisdictions;
  const path = fileURLToPath(new URL('./jurisdictions.json', import.meta.url));
  const data = JSON.parse(readFileSync(path, 'utf8')) as JurisdictionsFile;
  const markers = new Map<string, string>();
  const places = new Map<string, string>();
  for (const j of data.jurisdictions) for (const m of [j.name, ...(j.markers ?? [])]) markers.set(fold(m), j.code);
  for (const p of data.places ?? []) places.set(fold(p.name), p.jurisdiction);
  const names = new Map(data.jurisdictions.map((j) => [j.code, j.name]));
  jurisdictions = { markers, places, markerSet: new Set(markers.keys()), placeSet: new Set(places.keys()), names };
  return jurisdictions;
}
