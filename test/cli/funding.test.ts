import { describe, expect, it } from 'vitest';
import { TOTAL_KEYS, type FundingRow, type TotalLine } from '../../src/analyze/funding.js';
import { displayWidth } from '../../src/render/chart.js';
import { FakeStream, lines, runCli } from './run-cli.js';

const ANSI = /\u001b\[[0-9;]*m/g;
const FIXTURES = 'test/fixtures/funding';
/** Terminal output with its wrapping undone, for checking footer sentences. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

interface FundingJson {
  currency: string;
  by: string;
  rows: FundingRow[];
  totals: { by: string; currency: string; groups: TotalLine[]; figures: number; total: number };
  leftOut: { reason: string; figures: number; total: number; currencies?: string[] }[];
  clampedYears: { year: number; fxYear: number; figures: number }[];
}

/** What every format must agree on: the counted rows' values per group, the group totals, the corpus total. */
interface Reading {
  rowsByGroup: Map<string, number>;
  groups: Map<string, number>;
  total: number;
}

function expectReconciled({ rowsByGroup, groups, total }: Reading, what: string): void {
  expect(groups, what).toEqual(rowsByGroup);
  expect([...groups.values()].reduce((a, b) => a + b, 0), what).toBe(total);
  expect(total, what).toBeGreaterThan(0);
}

function add(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** RFC 4180, enough for the test: quoted fields with commas, quotes and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [record, field] = [[...record, field], ''];
    else if (c === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      [record, field, i] = [[], '', i + 1];
    } else field += c;
  }
  const [head, ...rest] = records;
  return rest.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

const readers: Record<string, (stdout: string) => Reading> = {
  json(stdout) {
    const out = JSON.parse(stdout) as FundingJson;
    const rowsByGroup = new Map<string, number>();
    for (const r of out.rows) if (r.counted) add(rowsByGroup, r.group, r.value!);
    return { rowsByGroup, groups: new Map(out.totals.groups.map((g) => [g.key, g.total])), total: out.totals.total };
  },
  ndjson(stdout) {
    const records = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const rowsByGroup = new Map<string, number>();
    for (const r of records) if (r.record === 'figure' && r.counted) add(rowsByGroup, r.group as string, r.value as number);
    const groups = new Map(records.filter((r) => r.record === 'total').map((r) => [r.key as string, r.total as number]));
    const corpus = records.filter((r) => r.record === 'corpus-total');
    expect(corpus).toHaveLength(1);
    return { rowsByGroup, groups, total: corpus[0].total as number };
  },
  csv(stdout) {
    const records = parseCsv(stdout);
    const rowsByGroup = new Map<string, number>();
    for (const r of records) if (r.record === 'figure' && r.counted === 'true') add(rowsByGroup, r.group, Number(r.value));
    const groups = new Map(records.filter((r) => r.record === 'total').map((r) => [r.group, Number(r.total)]));
    return { rowsByGroup, groups, total: Number(records.find((r) => r.record === 'corpus-total')!.total) };
  },
  // The terminal view shows groups by label only, so it is checked as a whole: the counted rows (left-out ones
  // are in parentheses) and the group lines of the totals table each sum to its total line.
  table(stdout) {
    const [rowsPart, totalsPart] = stdout.split('\n\n');
    const number = (s: string) => Number(s.replace(/[~,]/g, ''));
    let rows = 0;
    for (const line of rowsPart.split('\n')) {
      const cells = line.split('│').map((c) => c.trim());
      if (/^\d+$/.test(cells[1] ?? '') && /^~?[\d,]+$/.test(cells[3])) rows += number(cells[3]);
    }
    let groups = 0;
    let total = NaN;
    for (const line of totalsPart.split('\n')) {
      const cells = line.split('│').map((c) => c.trim());
      if (!/^[\d,]+$/.test(cells[3] ?? '')) continue;
      if (cells[1] === 'total') total = number(cells[3]);
      else groups += number(cells[3]);
    }
    return { rowsByGroup: new Map([['all', rows]]), groups: new Map([['all', groups]]), total };
  },
};

describe('jpai funding on the bundled corpus', () => {
  // Each run extracts the whole corpus again: generous time on a shared machine.
  it.each(['json', 'ndjson', 'csv', 'table'])('reconciles in %s for every --by: the rows sum to the total line', async (format) => {
    for (const by of TOTAL_KEYS) {
      const { code, stdout, stderr } = await runCli(['funding', '--format', format, '--by', by], {}, Object.assign(new FakeStream(), { columns: 200 }));
      expect([code, stderr]).toEqual([0, '']);
      expectReconciled(readers[format](stdout), `${format} --by ${by}`);
    }
  }, 30_000);

  it('gives every format the same rows and totals', async () => {
    const json = JSON.parse((await runCli(['funding', '--json'])).stdout) as FundingJson;
    expect(json.rows).toHaveLength(13);
    const ndjson = (await runCli(['funding', '--format', 'ndjson'])).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(ndjson.filter((r) => r.record === 'figure').map((r) => r.value)).toEqual(json.rows.map((r) => r.value));
    const csv = parseCsv((await runCli(['funding', '--format', 'csv'])).stdout);
    expect(csv.filter((r) => r.record === 'figure').map((r) => r.text)).toEqual(json.rows.map((r) => r.text));
    expect(csv.filter((r) => r.record === 'figure').map((r) => r.funder || undefined)).toEqual(json.rows.map((r) => r.funder?.name));
    expect(Number(csv.find((r) => r.record === 'corpus-total')!.total)).toBe(json.totals.total);
  }, 20_000);

  it('carries canonical names and ids of funder and recipient in JSON', async () => {
    const json = JSON.parse((await runCli(['funding', '--json'])).stdout) as FundingJson;
    const round = json.rows.find((r) => r.text === '$137 million')!;
    expect(round.funder).toMatchObject({ id: 'nvidia', name: 'Nvidia' });
    expect(round.recipient).toMatchObject({ id: 'sakana-ai', name: 'Sakana AI' });
  });

  it('leaves market sizes and valuations out of totals unless --include names them, and the footer says how much', async () => {
    const plain = flat((await runCli(['funding'])).stdout);
    expect(plain).toMatch(/Left out of totals: 1 market size \(USD [\d,]+\); add --include market-size to count it\./);
    expect(plain).toMatch(/Left out of totals: 1 valuation \(USD 1,000,000,000\); add --include valuation to count it\./);
    const base = JSON.parse((await runCli(['funding', '--json'])).stdout) as FundingJson;
    const all = JSON.parse((await runCli(['funding', '--json', '--include', 'market-size,valuation'])).stdout) as FundingJson;
    const worth = base.leftOut.filter((l) => l.reason === 'market-size' || l.reason === 'valuation');
    expect(worth.map((l) => l.figures)).toEqual([1, 1]);
    expect(all.totals.total).toBe(base.totals.total + worth.reduce((a, l) => a + l.total, 0));
    expect(all.totals.figures).toBe(12);
    expect(all.leftOut.map((l) => l.reason)).toEqual(['conversion']);
  }, 20_000);

  it('normalises to another currency: yen figures keep their amount in JPY', async () => {
    const json = JSON.parse((await runCli(['funding', '--json', '--currency', 'jpy'])).stdout) as FundingJson;
    expect(json.currency).toBe('JPY');
    const yen = json.rows.find((r) => r.text === '¥45.5 billion JPY')!;
    expect(yen.value).toBe(45.5e9);
  });

  it('filters by role and year', async () => {
    const json = JSON.parse((await runCli(['funding', '--json', '--role', 'subsidy,budget', '--from', '2023', '--to', '2024'])).stdout) as FundingJson;
    expect(json.rows.length).toBeGreaterThan(0);
    for (const r of json.rows) {
      expect(['subsidy', 'budget']).toContain(r.role);
      expect(r.year).toBeGreaterThanOrEqual(2023);
      expect(r.year).toBeLessThanOrEqual(2024);
    }
  });
});

describe('jpai funding: money counted once, rates', () => {
  it('counts the same money reported by two articles once, naming both sources', async () => {
    const { stdout } = await runCli(['funding', `${FIXTURES}/same-money`, '--json']);
    const json = JSON.parse(stdout) as FundingJson;
    const reports = json.rows.filter((r) => r.amount === 590e9);
    expect(reports.map((r) => r.counted)).toEqual([true, false]);
    expect(reports[0].sameAs).toEqual([{ article: reports[1].article, line: 2 }]);
    expect(json.totals.total).toBe(reports[0].value! + json.rows.find((r) => r.currency === 'USD')!.value!);
    const table = await runCli(['funding', `${FIXTURES}/same-money`]);
    expect(flat(table.stdout)).toMatch(/Counted once: 1 figure \(USD [\d,]+\) that another article already reports/);
    expect(table.stdout).toContain('also reported by nikkei-rapidus.txt:2');
  }, 20_000);

  it('gives no number for a currency without a rate, and says so', async () => {
    const { stdout } = await runCli(['funding', `${FIXTURES}/no-rate-currency.txt`, '--json']);
    const json = JSON.parse(stdout) as FundingJson;
    const twd = json.rows.find((r) => r.currency === 'TWD')!;
    expect([twd.value, twd.counted, twd.leftOut]).toEqual([null, false, 'no-rate']);
    expect(json.leftOut).toContainEqual({ reason: 'no-rate', figures: 1, total: 0, currencies: ['TWD'] });
    const table = await runCli(['funding', `${FIXTURES}/no-rate-currency.txt`]);
    expect(flat(table.stdout)).toMatch(/1 figure in TWD, which the rate table does not cover \(not converted\)/);
  });

  it('converts a year before the rate table at its first year, and says so', async () => {
    const json = JSON.parse((await runCli(['funding', `${FIXTURES}/old-year.txt`, '--json'])).stdout) as FundingJson;
    expect(json.rows[0]).toMatchObject({ year: 2012, fxYear: 2015 });
    expect(json.clampedYears).toEqual([{ year: 2012, fxYear: 2015, figures: 1 }]);
    const table = await runCli(['funding', `${FIXTURES}/old-year.txt`]);
    expect(table.stdout).toContain('2012→2015');
    expect(flat(table.stdout)).toMatch(/1 figure dated 2012, outside the rate table \(2015–2025\); converted at 2015 rates/);
  });
});

describe('jpai funding: options', () => {
  it.each([
    [['--currency', 'XYZ'], "jpai: --currency: unsupported currency 'XYZ'; totals can be given in USD, JPY, EUR, CAD, GBP"],
    [['--currency', 'CNY'], "jpai: --currency: unsupported currency 'CNY'; totals can be given in USD, JPY, EUR, CAD, GBP"],
    [['--by', 'fundr'], "jpai: --by: unknown grouping 'fundr' (did you mean funder?)"],
    [['--role', 'grant'], "jpai: --role: unknown role 'grant' (expected one of investment, funding-round, subsidy, budget, spending, aid, market-size, valuation, other)"],
    [['--include', 'budget'], "jpai: --include: unknown role 'budget' (expected one of market-size, valuation)"],
    [['--from', '24'], "jpai: --from: '24' is not a year; give four digits, like 2024"],
    [['--from', '2025', '--to', '2023'], 'jpai: --from 2025 is after --to 2023'],
  ])('%j is a usage error with a clear message and nothing on stdout', async (args, message) => {
    const { code, stdout, stderr } = await runCli(['funding', ...args]);
    expect([code, stdout]).toEqual([2, '']);
    expect(lines(stderr)).toEqual([message, 'jpai: run jpai funding --help for usage']);
  });

  it('reports an unreadable input by name, still summarises the rest, and exits 2', async () => {
    const { code, stdout, stderr } = await runCli(['funding', `${FIXTURES}/old-year.txt`, 'missing.txt', '--json']);
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual(['jpai: missing.txt: no such file or folder; check the path']);
    expect((JSON.parse(stdout) as FundingJson).rows).toHaveLength(1);
  });
});

describe('jpai funding: the terminal view', () => {
  const tty = (columns?: number) => Object.assign(new FakeStream(true), columns ? { columns } : {});

  it('fits the terminal width: every line of tables, chart and footer', async () => {
    for (const columns of [60, 80, 120]) {
      const { stdout } = await runCli(['funding'], {}, Object.assign(new FakeStream(), { columns }));
      for (const line of stdout.split('\n')) expect(displayWidth(line), `${columns}: ${line}`).toBeLessThanOrEqual(columns);
    }
  }, 20_000);

  it('uses 80 columns when the width is unknown', async () => {
    const { stdout } = await runCli(['funding']);
    const widths = stdout.split('\n').map(displayWidth);
    expect(Math.max(...widths)).toBe(80);
  });

  it('prints rows, totals and a bar chart', async () => {
    const { stdout } = await runCli(['funding', '--by', 'role']);
    expect(stdout).toMatch(/^13 funding figures; totals by role \(USD\)\n/);
    expect(stdout).toMatch(/│ role +│ figures │ +USD │ +share │/);
    expect(stdout).toMatch(/\ninvestment +[█▉▊▋▌▍▎▏]+ +\d+\.\d\d bn\n/);
    expect(stdout).toContain('“Recently, start-up Sakana AI received backing from Nvidia in a $137 million');
  });

  it('is plain when stdout is not a terminal or NO_COLOR is set, coloured on a terminal', async () => {
    expect((await runCli(['funding'])).stdout).not.toMatch(ANSI);
    expect((await runCli(['funding'], { env: { NO_COLOR: '1' } }, tty())).stdout).not.toMatch(ANSI);
    expect((await runCli(['funding', '--no-color'], {}, tty())).stdout).not.toMatch(ANSI);
    const coloured = (await runCli(['funding'], {}, tty())).stdout;
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toContain('█');
  }, 20_000);
});
