// Japanese era years ("Reiwa 6", "Heisei 31", "令和6年") to Gregorian years, from src/knowledge/eras.json.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Era {
  name: string;
  aliases: string[];
  /** ISO date the era began; its first year is this date's year. */
  start: string;
  /** The era's last year number, or null while it runs. */
  lastYear: number | null;
  source: string;
}

let eras: Era[] | undefined;

export function loadEras(): Era[] {
  eras ??= (JSON.parse(readFileSync(fileURLToPath(new URL('../knowledge/eras.json', import.meta.url)), 'utf8')) as { eras: Era[] }).eras;
  return eras;
}

let byName: Map<string, Era> | undefined;

function eraNamed(name: string): Era | undefined {
  if (!byName) {
    byName = new Map();
    for (const era of loadEras()) for (const n of [era.name, ...era.aliases]) byName.set(n.toLowerCase(), era);
  }
  return byName.get(name.toLowerCase());
}

/** Every spelling of every era, longest first, escaped for a RegExp alternation. */
export function eraNamesPattern(): string {
  const names = loadEras().flatMap((e) => [e.name, ...e.aliases]);
  return names.sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** The Gregorian year of year `n` of the era called `name` ("Reiwa", 6 → 2024), or undefined when there is none. */
export function eraYear(name: string, n: number): number | undefined {
  const era = eraNamed(name);
  if (!era || n < 1 || (era.lastYear !== null && n > era.lastYear)) return undefined;
  return Number(era.start.slice(0, 4)) + n - 1;
}
