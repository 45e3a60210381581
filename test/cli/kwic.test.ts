import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KwicLine } from '../../src/analyze/kwic.js';
import { extractEntities } from '../../src/extract/index.js';
import { lines, runCli } from './run-cli.js';

const ANSI = /\u001b\[/;
const FILES = readdirSync('corpus').sort();
const TEXTS = new Map(FILES.map((f) => [`corpus/${f}`, readFileSync(`corpus/${f}`, 'utf8')]));

/** `grep -oiw TERM file`, as "path:offset": case-insensitive, whole words, line by line, no overlaps. */
function grepOiw(term: string): string[] {
  const word = /[\p{L}\p{N}_]/u;
  const needle = term.toLowerCase();
  const found: string[] = [];
  for (const [path, text] of TEXTS) {
    let offset = 0;
    for (const line of text.split('\n')) {
      const hay = line.toLowerCase();
      for (let i = hay.indexOf(needle); i !== -1; ) {
        const whole = !word.test(line[i - 1] ?? '') && !word.test(line[i + needle.length] ?? '');
        if (whole) found.push(`${path}:${offset + i}`);
        i = hay.indexOf(needle, whole ? i + needle.length : i + 1);
      }
      offset += line.length + 1;
    }
  }
  return found;
}

function parse(stdout: string): KwicLine[] {
  return lines(stdout).map((l) => JSON.parse(l) as KwicLine);
}

describe('jpai kwic TERM: what grep -oiw finds', () => {
  it.each(['AI', 'soft law', 'METI', 'Japan', 'generative AI', 'Hiroshima AI Process', 'the', 'U.S.'])(
    '%s: one ndjson line per occurrence, at the same places',
    async (term) => {
      const { code, stdout, stderr } = await runCli(['kwic', term, '--format', 'ndjson']);
      expect([code, stderr]).toEqual([0, '']);
      const got = parse(stdout);
      const expected = grepOiw(term);
      expect(expected.length).toBeGreaterThan(0);
      expect(got.map((l) => `${l.path}:${l.start}`)).toEqual(expected);
      for (const l of got) {
        expect(l.match.toLowerCase()).toBe(term.toLowerCase());
        expect(TEXTS.get(l.path)!.slice(l.start, l.end)).toBe(l.match);
      }
    },
  );
});

describe('jpai kwic --entity', () => {
  it('lists every METI mention, under each alias, with the linked entity', async () => {
    const { code, stdout } = await runCli(['kwic', '--entity', 'METI', '--width', '50', '--sort', 'right', '--format', 'ndjson']);
    expect(code).toBe(0);
    const got = parse(stdout);
    const expected = FILES.flatMap((f) => {
      const text = TEXTS.get(`corpus/${f}`)!;
      const starts = new Set(extractEntities({ text }).filter((e) => e.id === 'ministry-of-economy-trade-and-industry').map((e) => e.start));
      return [...starts].map((s) => `corpus/${f}:${s}`);
    });
    expect(got.map((l) => `${l.path}:${l.start}`).sort()).toEqual(expected.sort());
    expect(new Set(got.map((l) => l.match))).toEqual(
      new Set(['METI', 'Ministry of Economy, Trade and Industry', 'Ministry of Economy, Trade, and Industry', 'Kēzai sangyōshō']),
    );
    expect(got.every((l) => l.entity?.id === 'ministry-of-economy-trade-and-industry' && l.left.length <= 50 && l.right.length <= 50)).toBe(true);
    // Sorted by the right context.
    const rights = got.map((l) => l.right.toLowerCase().trim());
    expect(rights).toEqual([...rights].sort());
  });

  it('says on stderr when no article names the entity, and prints no line', async () => {
    const { code, stdout, stderr } = await runCli(['kwic', '--entity', 'Ministry of Magic', '--format', 'ndjson']);
    expect([code, stdout]).toEqual([0, '']);
    expect(stderr).toBe("jpai: --entity: no entity 'Ministry of Magic' in these articles\n");
  });
});

describe('jpai kwic: usage errors', () => {
  it.each([
    [['kwic', '--regex', 'regul(ation'], "jpai: --regex: 'regul(ation' is not a valid regular expression: unterminated group"],
    [['kwic', '--regex', '(a+)+$'], 'jpai: --regex: it repeats a group that itself repeats or has alternatives'],
    [['kwic', '--regex', '--entity', 'METI'], 'jpai: --regex and --entity ask different questions; give one of them'],
    [['kwic', ' '], 'jpai: TERM: the term is empty'],
    [['kwic', 'law', '--sort', 'middle'], "jpai: --sort: unknown order 'middle'"],
    [['kwic', 'law', '--width', '0'], 'jpai: --width: expected a whole number of at least 1'],
  ])('%j exits 2 with a clear message', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(lines(stderr)[0]).toContain(message);
    expect(lines(stderr)[1]).toBe('jpai: run jpai kwic --help for usage');
  });
});

describe('jpai kwic: the terminal view', () => {
  it('centres the match between contexts of --width, with article, line and column', async () => {
    const { code, stdout } = await runCli(['kwic', 'soft law', '--width', '30']);
    expect(code).toBe(0);
    const rows = lines(stdout);
    expect(rows[0]).toMatch(/^corpus\/domestic-ai-ecosystem\.txt:17:\d+ +.{30} soft law .+$/);
    expect(rows.at(-1)).toBe('3 lines in 2 articles');
    expect(stdout).not.toMatch(ANSI);
  });

  it('highlights the match only on a terminal, and not with NO_COLOR', async () => {
    const tty = await runCli(['kwic', 'soft law'], { isTTY: true });
    expect(tty.stdout).toMatch(/\u001b\[[\d;]*m+soft law\u001b\[/);
    const noColor = await runCli(['kwic', 'soft law'], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(ANSI);
  });

  it('matches a pattern as whole words, case-insensitively, and gives JSON with the query', async () => {
    const { code, stdout } = await runCli(['kwic', '--regex', 'regulat(e|es|ion|ions|ory)', 'corpus/japans-ai-diplomacy.txt', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { query: unknown; lines: KwicLine[] };
    expect(result.query).toEqual({ mode: 'regex', width: 40, sort: 'position' });
    expect(new Set(result.lines.map((l) => l.match.toLowerCase()))).toEqual(new Set(['regulations', 'regulation', 'regulatory', 'regulate']));
    const forms = ['regulate', 'regulates', 'regulation', 'regulations', 'regulatory'].flatMap(grepOiw).filter((p) => p.startsWith('corpus/japans'));
    expect(result.lines.map((l) => `${l.path}:${l.start}`).sort()).toEqual(forms.sort());
  });
});
