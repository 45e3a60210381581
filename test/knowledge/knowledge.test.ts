import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_KINDS, loadKnowledge, type KnowledgeEntry, type KnowledgeKind } from '../../src/knowledge/index.js';
import { foldName, tokenizeNames } from '../../src/extract/name-tokens.js';
import { LAW_KINDS, POLICY_KINDS } from '../../src/types.js';

interface JurisdictionsFile {
  description: string;
  source: string;
  jurisdictions: { code: string; name: string; markers: string[] }[];
  places: { name: string; jurisdiction: string; kinds: string[] }[];
}

const knowledge = loadKnowledge();
const jurisdictions = JSON.parse(
  readFileSync(new URL('../../src/knowledge/jurisdictions.json', import.meta.url), 'utf8'),
) as JurisdictionsFile;
const codes = new Set(jurisdictions.jurisdictions.map((j) => j.code));

const all: { kind: KnowledgeKind; entry: KnowledgeEntry }[] = KNOWLEDGE_KINDS.flatMap((kind) =>
  knowledge[kind].map((entry) => ({ kind, entry })),
);

function forms(e: KnowledgeEntry): string[] {
  return [e.name, ...(e.aliases ?? []), ...(e.abbreviation ? [e.abbreviation] : [])];
}

/** The entry whose name, alias or abbreviation folds like `name`, as the matcher folds it. */
function lookup(name: string): { kind: KnowledgeKind; entry: KnowledgeEntry } | undefined {
  const key = foldName(name);
  return all.find(({ entry }) => forms(entry).some((f) => foldName(f) === key));
}

describe('bundled knowledge', () => {
  it('has a substantial entry list of every kind', () => {
    expect(knowledge.agencies.length).toBeGreaterThanOrEqual(150);
    expect(knowledge.laws.length).toBeGreaterThanOrEqual(50);
    expect(knowledge.policies.length).toBeGreaterThanOrEqual(60);
    expect(knowledge.organizations.length).toBeGreaterThanOrEqual(120);
  });

  it('cites a source with a URL for every entry', () => {
    const missing = all.filter(({ entry }) => !/https?:\/\/\S+/.test(entry.source ?? '')).map(({ entry }) => entry.name);
    expect(missing).toEqual([]);
  });

  it('gives every entry a jurisdiction defined in jurisdictions.json (organizations may omit it)', () => {
    const bad = all
      .filter(({ kind, entry }) => (entry.jurisdiction === undefined ? kind !== 'organizations' : !codes.has(entry.jurisdiction)))
      .map(({ entry }) => `${entry.name}: ${entry.jurisdiction}`);
    expect(bad).toEqual([]);
  });

  it('gives laws a kind from LAW_KINDS, policies one from POLICY_KINDS, and bodies none', () => {
    const bad = all
      .filter(({ kind, entry }) => {
        if (kind === 'laws') return !(LAW_KINDS as readonly string[]).includes(entry.kind ?? '');
        if (kind === 'policies') return !(POLICY_KINDS as readonly string[]).includes(entry.kind ?? '');
        return entry.kind !== undefined;
      })
      .map(({ entry }) => `${entry.name}: ${entry.kind}`);
    expect(bad).toEqual([]);
  });

  it('has plausible years', () => {
    const bad = all.filter(({ entry }) => entry.year !== undefined && (entry.year < 1800 || entry.year > 2030));
    expect(bad.map(({ entry }) => entry.name)).toEqual([]);
  });

  it('writes names without stray spaces', () => {
    const bad = all.flatMap(({ entry }) => forms(entry)).filter((f) => f !== f.trim() || /\s{2}/.test(f));
    expect(bad).toEqual([]);
  });

  it('never gives two entries the same name, alias or abbreviation once folded', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { kind, entry } of all) {
      const id = `${kind}/${entry.name}`;
      for (const key of new Set(forms(entry).map(foldName))) {
        const other = owner.get(key);
        if (other && other !== id) clashes.push(`"${key}": ${other} and ${id}`);
        owner.set(key, id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists no variant the matcher already folds (case, spelling, "the", "&"), except exact-matched one-word forms', () => {
    const redundant: string[] = [];
    for (const { entry } of all) {
      const seen = new Set<string>();
      for (const f of forms(entry)) {
        const oneWord = tokenizeNames(f.replace(/^the\s+/i, '')).length === 1;
        const key = oneWord ? `exact:${f.replace(/^the\s+/i, '')}` : foldName(f);
        if (seen.has(key)) redundant.push(`${entry.name}: ${f}`);
        seen.add(key);
      }
    }
    expect(redundant).toEqual([]);
  });

  it('lists no abbreviation that is ambiguous in AI-policy writing', () => {
    const ambiguous = ['IPA', 'AIP', 'NRC', 'CAC', 'DOE', 'JST', 'MOST', 'MOE', 'NSC', 'AISI', 'CAISI', 'BSI', 'EC', 'TTC'];
    const listed = all.flatMap(({ entry }) => forms(entry)).filter((f) => ambiguous.includes(f));
    expect(listed).toEqual([]);
  });
});

describe('names the articles use', () => {
  it.each([
    ['Keizai Sangyōshō', 'Ministry of Economy, Trade and Industry'],
    ['Keizai Sangyosho', 'Ministry of Economy, Trade and Industry'],
    ['Kēzai sangyōshō', 'Ministry of Economy, Trade and Industry'],
    ['Ministry of Economy, Trade, and Industry', 'Ministry of Economy, Trade and Industry'],
    ['Naikakufu', 'Cabinet Office'],
    ['the Pentagon', 'U.S. Department of Defense'],
    ['Ministry of Defence', 'Ministry of Defense'],
    ['Economic 2+2', 'Japan-U.S. Economic Policy Consultative Committee'],
    ['G-7', 'Group of Seven'],
    ['Group of 7', 'Group of Seven'],
    ['Organization for Economic Cooperation and Development', 'Organisation for Economic Co-operation and Development'],
    ['Global Partnership for Artificial Intelligence', 'Global Partnership on Artificial Intelligence'],
    ['Quadrilateral Strategic Security Dialogue', 'Quadrilateral Security Dialogue'],
    ['AI Strategy Meetings', 'AI Strategy Council'],
    ['AI senryaku kaigi', 'AI Strategy Council'],
    ['Cultural Affairs Agency', 'Agency for Cultural Affairs'],
    ['RIKEN Centre for Advanced Intelligence Project', 'RIKEN Center for Advanced Intelligence Project'],
    ['Super Smart Society', 'Society 5.0'],
    ['Defense Build-up Program', 'Defense Buildup Program'],
    ['Japan Exchange and Teaching Program', 'Japan Exchange and Teaching Programme'],
    ['Generative Artificial Intelligence Accelerator Challenge', 'Generative AI Accelerator Challenge'],
    ['Personal Information Protection Law', 'Act on the Protection of Personal Information'],
    ['PIPL', "Personal Information Protection Law of the People's Republic of China"],
    ['AI Act', 'Artificial Intelligence Act'],
    ['AI Promotion Act', 'Act on Promotion of Research and Development and Utilization of Artificial Intelligence-Related Technologies'],
    ['Safe, Secure, and Trustworthy Development and Use of Artificial Intelligence',
      'Executive Order on the Safe, Secure, and Trustworthy Development and Use of Artificial Intelligence'],
  ])('"%s" is %s', (text, canonical) => {
    expect(lookup(text)?.entry.name).toBe(canonical);
  });

  it('keeps Japan\'s and the U.S. House of Representatives apart', () => {
    expect(lookup('House of Representatives')?.entry.jurisdiction).toBe('JP');
    expect(lookup('U.S. House of Representatives')?.entry.jurisdiction).toBe('US');
  });

  it('files standing dialogues between states as intergovernmental bodies', () => {
    for (const name of ['Quad', 'JHLC', 'JUCIP', 'Trilateral Strategic Dialogue', 'AUKUS', 'Hiroshima AI Process Friends Group']) {
      expect(lookup(name), name).toMatchObject({ kind: 'agencies', entry: { jurisdiction: 'INTL' } });
    }
  });

  it('files soft law as policies and hard law as laws', () => {
    expect(lookup('AI Guidelines for Business')?.kind).toBe('policies');
    expect(lookup('Hiroshima AI Process')?.kind).toBe('policies');
    expect(lookup('Copyright Act')?.kind).toBe('laws');
    expect(lookup('Executive Order 14110')?.entry.kind).toBe('executive-order');
  });
});

describe('jurisdictions.json', () => {
  it('has a source and unique codes, including every code the brief names', () => {
    expect(jurisdictions.source).toMatch(/https?:\/\//);
    expect(codes.size).toBe(jurisdictions.jurisdictions.length);
    for (const code of ['JP', 'US', 'EU', 'UK', 'CA', 'CN', 'KR', 'AU', 'IN', 'FR', 'DE', 'SG', 'INTL']) expect(codes).toContain(code);
  });

  it('has one-word markers, each tied to one jurisdiction once folded', () => {
    const owner = new Map<string, string>();
    for (const j of jurisdictions.jurisdictions) {
      for (const m of j.markers) {
        expect(tokenizeNames(m), m).toHaveLength(1);
        const key = foldName(m);
        expect(owner.get(key) ?? j.code, m).toBe(j.code);
        owner.set(key, j.code);
      }
    }
    expect(owner.get(foldName('Japanese'))).toBe('JP');
    expect(owner.get(foldName('U.S.'))).toBe('US');
    expect(owner.get(foldName('Canadian'))).toBe('CA');
  });

  it('lists the 47 prefectures and the 20 designated cities of Japan as one-word JP places', () => {
    const { places } = jurisdictions;
    expect(places.filter((p) => p.kinds.includes('prefecture'))).toHaveLength(47);
    expect(places.filter((p) => p.kinds.includes('designated-city'))).toHaveLength(20);
    expect(places.every((p) => p.jurisdiction === 'JP' && tokenizeNames(p.name).length === 1)).toBe(true);
    expect(new Set(places.map((p) => foldName(p.name))).size).toBe(places.length);
    for (const name of ['Tottori', 'Hokkaido', 'Tokyo', 'Osaka', 'Yokohama', 'Yokosuka', 'Kobe']) {
      expect(places.map((p) => p.name)).toContain(name);
    }
  });
});
