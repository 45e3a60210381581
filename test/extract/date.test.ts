import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/extract/context.js';
import { findDates } from '../../src/extract/date.js';
import type { DateEntity, Found } from '../../src/types.js';

function dates(text: string): Found<DateEntity>[] {
  return findDates(buildContext({ text }));
}

/** Non-relative dates only. */
function pinned(text: string): Found<DateEntity>[] {
  return dates(text).filter((d) => !d.relative);
}

/** Every value the evaluator sees: `value` and `endValue` of non-relative dates. */
function values(text: string): string[] {
  return pinned(text).flatMap((d) => (d.endValue ? [d.value!, d.endValue] : [d.value!]));
}

function only(text: string): Found<DateEntity> {
  const found = pinned(text);
  expect(found, `dates in: ${text}`).toHaveLength(1);
  return found[0];
}

describe('findDates: single dates', () => {
  // [sentence, span, value, precision]
  const cases: [string, string, string, string][] = [
    ['established on February 14, 2024 to', 'February 14, 2024', '2024-02-14', 'day'],
    ['a statement, October 30 2023,', 'October 30 2023', '2023-10-30', 'day'],
    ['The Japan Times, September, 13, 2024, https', 'September, 13, 2024', '2024-09-13', 'day'],
    ['signed on 14 February 2024 in Tokyo', '14 February 2024', '2024-02-14', 'day'],
    ['published 2024-02-14 by the ministry', '2024-02-14', '2024-02-14', 'day'],
    ['published 2024/02/14 by the ministry', '2024/02/14', '2024-02-14', 'day'],
    ['a press release dated 2024.03.15 said', '2024.03.15', '2024-03-15', 'day'],
    ['a vote on Feb. 14, 2024 in the Diet', 'Feb. 14, 2024', '2024-02-14', 'day'],
    ['by Sept. 13, 2024.', 'Sept. 13, 2024', '2024-09-13', 'day'],
    ['on September 13th, 2024,', 'September 13th, 2024', '2024-09-13', 'day'],
    ['on 29 February 2024', '29 February 2024', '2024-02-29', 'day'],
    ['announced in October 2023, the', 'October 2023', '2023-10', 'month'],
    ['drafted in Oct. 2023 by', 'Oct. 2023', '2023-10', 'month'],
    ['the March of 2024 review', 'March of 2024', '2024-03', 'month'],
    ['the regulatory sandbox set up in 2018.', '2018', '2018', 'year'],
    ['“Social Principles of Human-Centric AI” (2019), which', '2019', '2019', 'year'],
    ['reaching C$10.1 billion by 2027.', '2027', '2027', 'year'],
    ['a report on Japan’s 2023 AI Strategy', '2023', '2023', 'year'],
    ['the National AI Initiative Act of 2020.', '2020', '2020', 'year'],
    ['(Act No. 30 of 2018)', '2018', '2018', 'year'],
    ['in the 1980s, such as', 'the 1980s', '1980s', 'decade'],
    ['in the mid-1990s', 'the mid-1990s', '1990s', 'decade'],
    ['guidelines in late 2023.', 'late 2023', '2023', 'year'],
    ['expected in early 2024,', 'early 2024', '2024', 'year'],
    ['due by mid-2024.', 'mid-2024', '2024', 'year'],
    ['launched in spring 2024', 'spring 2024', '2024', 'year'],
    ['doubled in the first half of 2023 compared', 'the first half of 2023', '2023', 'year'],
    ['set for the end of 2024.', 'the end of 2024', '2024', 'year'],
    ['results for Q3 2024 show', 'Q3 2024', '2024', 'year'],
    ['the post-2020 order', 'post-2020', '2020', 'year'],
    ['published 2024年4月10日 in', '2024年4月10日', '2024-04-10', 'day'],
  ];
  it.each(cases)('%s', (sentence, span, value, precision) => {
    const d = only(sentence);
    expect(d.text).toBe(span);
    expect(d.value).toBe(value);
    expect(d.precision).toBe(precision);
    expect(d.inferred).toBe(false);
    expect(d.fiscal).toBe(false);
    expect(d.canonical).toBe(value);
    expect(d.id).toBe(`date-${value}`);
  });
});

describe('findDates: fiscal years', () => {
  const cases: [string, string, string][] = [
    ['a legal framework within fiscal year 2024.', 'fiscal year 2024', '2024'],
    ['the Fiscal Year 2025 budget', 'Fiscal Year 2025', '2025'],
    ['the FY2024 budget request', 'FY2024', '2024'],
    ['the FY 2024 budget request', 'FY 2024', '2024'],
    ['profits rose in fiscal 2024.', 'fiscal 2024', '2024'],
    ['the FY24 plan', 'FY24', '2024'],
    ['the FY2024-25 plan', 'FY2024-25', '2024'],
    ['in the 2025 fiscal year,', '2025 fiscal year', '2025'],
  ];
  it.each(cases)('%s', (sentence, span, value) => {
    const d = only(sentence);
    expect(d).toMatchObject({ text: span, value, fiscal: true, precision: 'year', inferred: false });
    expect(d.endValue).toBeUndefined();
  });
});

describe('findDates: Japanese era years', () => {
  const cases: [string, string, string, boolean][] = [
    ['the Reiwa 6 budget', 'Reiwa 6', '2024', false],
    ['until Heisei 31 (April 2019)', 'Heisei 31', '2019', false],
    ['the fiscal Reiwa 7 request', 'fiscal Reiwa 7', '2025', true],
    ['in Shōwa 63, the', 'Shōwa 63', '1988', false],
    ['令和6年度予算', '令和6年度', '2024', true],
    ['Reiwa gannen', 'Reiwa gannen', '2019', false],
  ];
  it.each(cases)('%s', (sentence, span, value, fiscal) => {
    const d = pinned(sentence)[0];
    expect(d).toMatchObject({ text: span, value, fiscal, precision: 'year', rule: 'date:era-year' });
  });

  it('rejects an era year past the era’s end', () => {
    expect(values('Heisei 32 never happened; Taishō 16 neither.')).toEqual([]);
  });
});

describe('findDates: ranges', () => {
  // [sentence, span, value, endValue]
  const cases: [string, string, string, string][] = [
    ['meetings held from May 2023 to August 2024, including', 'from May 2023 to August 2024', '2023-05', '2024-08'],
    ['subsidies from 2022 to 2026.', 'from 2022 to 2026', '2022', '2026'],
    ['Erik M. Jacobs (Hyogo, 2013-2016)', '2013-2016', '2013', '2016'],
    ['Jacobs (Hyogo, 2013–2016)', '2013–2016', '2013', '2016'],
    ['spending rose between 2020 and 2022.', 'between 2020 and 2022', '2020', '2022'],
    ['the summit on April 10–12, 2024 in', 'April 10–12, 2024', '2024-04-10', '2024-04-12'],
    ['talks from May 30 to June 2, 2024.', 'May 30 to June 2, 2024', '2024-05-30', '2024-06-02'],
    ['the 10–12 April 2025 meeting', '10–12 April 2025', '2025-04-10', '2025-04-12'],
    ['from January to March 2024 it fell', 'from January to March 2024', '2024-01', '2024-03'],
    ['from December 2023 to February 2024', 'from December 2023 to February 2024', '2023-12', '2024-02'],
    ['in the 2019–22 period', '2019–22', '2019', '2022'],
  ];
  it.each(cases)('%s', (sentence, span, value, endValue) => {
    const d = only(sentence);
    expect(d).toMatchObject({ text: span, value, endValue, inferred: false });
  });

  it('does not join a list, only a range', () => {
    expect(pinned('in 2022 and 2023 the ministry').map((d) => [d.value, d.endValue])).toEqual([
      ['2022', undefined],
      ['2023', undefined],
    ]);
  });

  it('lets the first month of a list take the year written after the second', () => {
    expect(values('In May and June 2024, talks continued.')).toEqual(['2024-05', '2024-06']);
  });
});

describe('findDates: dates without a year', () => {
  it('takes the nearest preceding body year', () => {
    const found = pinned('On February 14, 2024, the institute opened. The leaders met on April 10.');
    expect(found[1]).toMatchObject({ text: 'April 10', value: '2024-04-10', inferred: true, precision: 'day' });
  });

  it('takes the document’s latest dated year when none precedes, as for the first date of an article', () => {
    const text = 'Kishida will attend a meeting scheduled for May 2 to 3 in Paris.\n\nIn October 2023 the G-7 agreed. The council met in March 2024.';
    expect(pinned(text)[0]).toMatchObject({ text: 'May 2 to 3', value: '2024-05-02', endValue: '2024-05-03', inferred: true });
  });

  it('accepts a bare month only after a cue', () => {
    const text = 'The 2024 White Paper was adopted. In May, the prime minister spoke. May the talks succeed.';
    expect(pinned(text).map((d) => [d.text, d.value, d.inferred])).toEqual([
      ['2024', '2024', false],
      ['May', '2024-05', true],
    ]);
  });

  it('does not let a target year ("by 2027") set the year of later dates', () => {
    const text = 'In March 2024 the ministry forecast growth by 2027. On April 3 it published the plan.';
    expect(pinned(text)[2]).toMatchObject({ text: 'April 3', value: '2024-04-03', inferred: true });
  });

  it('does not let a span of years, often a plan’s horizon, set the year of later dates', () => {
    const text = 'The review began in 2019. A ten-year plan (2021-2030) followed. In December, it launched.';
    expect(pinned(text)[2]).toMatchObject({ text: 'December', value: '2019-12', inferred: true });
  });

  it('does not take a year from a note for a body date, and gives notes the article’s year', () => {
    const text = 'The plan came in January 2024.\n[1] A report, May 3, 2019.\n[2] “NTT to release its model in March,” November 2, 2023.';
    const found = pinned(text);
    expect(found.map((d) => [d.value, d.citation, d.inferred])).toEqual([
      ['2024-01', false, false],
      ['2019-05-03', true, false],
      ['2024-03', true, true],
      ['2023-11-02', true, false],
    ]);
  });
});

describe('findDates: relative expressions', () => {
  it('reports them without a value, canonical or id', () => {
    const found = dates('Last year, the G-7 met. Five months later, in October 2023, it agreed, and will act later this year.');
    const relative = found.filter((d) => d.relative);
    expect(relative.map((d) => d.text)).toEqual(['Last year', 'Five months later', 'later this year']);
    for (const d of relative) {
      expect(d.rule).toBe('date:relative');
      expect(d.value).toBeUndefined();
      expect(d.canonical).toBeUndefined();
      expect(d.id).toBeUndefined();
    }
    expect(values('Five months later, in October 2023,')).toEqual(['2023-10']);
  });
});

describe('findDates: not dates', () => {
  const cases = [
    'with split control of the 118th Congress',
    'Japan ranks 32nd globally and 10th in funding',
    'NTT Technical Review Vol. 22, No. 8: 31-37.',
    'Annual Report, 193. and p. 11. and [12] markers',
    'Credit: ID 122478205 © Blackboard373',
    'a budget of $2024 million and 2,000 staff',
    'a rise of 2024% and 2024 percent',
    'Workforce 2.0, 5G networks, Ver1.0, Society 5.0',
    'call 03-2024-5678 or 1234567890 or 20230926',
    'in 1899 and 2100 and on a 2nm node',
    'protesters march; they plan to March on Tokyo',
    'It may rain. May the talks succeed. The August council',
    'Jan Smith and Mar Lopez spoke',
    'hired 2000 employees and 1950 researchers',
    'under Regulation (EU) 2024/1689 and ISO/IEC 42001:2023',
    'Law No. 2023-451 and the 30-4 exception',
  ];
  it.each(cases)('%s', (sentence) => {
    // A year before each case, so a yearless false date would be pinned, and seen.
    expect(values(`The plan dates from 2024. ${sentence}`)).toEqual(['2024']);
  });

  it('reads "In May, 12 ministers" as May, not May 12', () => {
    expect(values('The plan dates from 2024. In May, 12 ministers met.')).toEqual(['2024', '2024-05']);
  });

  it('finds nothing inside URLs', () => {
    const text =
      'See https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/10/fact-sheet/ and ' +
      'https://mainichi.jp/articles/20230926/k00/00m/020/188000c and https://global.honda/en/topics/2024/ct_2024-09-11eng.html.';
    expect(values(text)).toEqual([]);
  });

  it('keeps a date that a percent-escaped URL fragment runs into', () => {
    const text = '[14] Agency, “First meeting,” June 28, 2023,,Government’s%20first%20AI%20Strategy';
    expect(values(text)).toEqual(['2023-06-28']);
  });
});

describe('findDates: offsets', () => {
  it('keeps exact offsets in CRLF text', () => {
    const source = 'Title\r\n\r\nOn February 14, 2024, it opened.\r\nIn May, the council met.\r\n[1] Report, March 3, 2023.\r\n';
    const found = pinned(source);
    expect(found.map((d) => d.value)).toEqual(['2024-02-14', '2024-05', '2023-03-03']);
    for (const d of found) expect(source.slice(d.start, d.end)).toBe(d.text);
    expect(found[2].citation).toBe(true);
  });
});

describe('findDates: policy reporting', () => {
  // Short paragraphs of our own with forms the bundled corpus does not use: [paragraph, values, spans no pinned date
  // may touch].
  const paragraphs: [string, string[], string[]][] = [
    [
      'The Digital Agency published its roadmap on 3 April 2025, two weeks after the Cabinet approved the draft on 21 March.',
      ['2025-04-03', '2025-03-21'],
      ['two weeks after'],
    ],
    [
      'Budget requests for Reiwa 7 (FY2025) rose again; the ministry had asked for ¥170 billion in Reiwa 6.',
      ['2025', '2025', '2024'],
      ['¥170 billion'],
    ],
    [
      'METI expects the first domestic 2nm chips by mid-2026, and the subsidy round closes 2025-03-31.',
      ['2026', '2025-03-31'],
      ['2nm'],
    ],
    [
      'Between 2020 and 2022 the number of AI start-ups doubled, according to a survey of 1,200 firms.',
      ['2020', '2022'],
      ['1,200'],
    ],
    [
      'On Jan. 5 the council reconvened. The guidelines, first issued in Jan. 2024, were revised twice.',
      ['2024-01-05', '2024-01'],
      [],
    ],
    [
      'The Personal Information Protection Commission will review the law in the second half of 2025 and report by the end of FY2026.',
      ['2025', '2026'],
      [],
    ],
    [
      'Since March, the AI Safety Institute has tested 12 models; its first report, due 30 June 2024, covers 8 of them.',
      ['2024-03', '2024-06-30'],
      ['12 models', '8 of them'],
    ],
    [
      'The 2025 Osaka Expo showcased robots first developed in the 1970s, while the Heisei 30 white paper had warned of labour shortages.',
      ['2025', '1970s', '2018'],
      [],
    ],
    [
      'The G7 digital ministers met in Takasaki on April 29–30, 2023, and again in Italy from October 14 to 15, 2024.',
      ['2023-04-29', '2023-04-30', '2024-10-14', '2024-10-15'],
      ['G7'],
    ],
    [
      'The consultation on the 2025 draft runs until 15 January; comments sent by fax to 03-5253-2111 after that will not count.',
      ['2025', '2025-01-15'],
      ['03-5253-2111'],
    ],
  ];
  it.each(paragraphs)('%s', (paragraph, expected, untouched) => {
    expect(values(paragraph).sort()).toEqual([...expected].sort());
    const found = pinned(paragraph);
    for (const u of untouched) {
      const at = paragraph.indexOf(u);
      expect(found.filter((d) => d.start < at + u.length && d.end > at), u).toEqual([]);
    }
  });
});

interface GoldDate {
  value: string;
  optional?: boolean;
}

describe('findDates: bundled corpus against gold', () => {
  const gold = JSON.parse(readFileSync(new URL('../fixtures/gold-corpus.json', import.meta.url), 'utf8')) as {
    documents: { doc: string; date: GoldDate[] }[];
  };
  const corpus = new URL('../../corpus/', import.meta.url);
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));

  it('has gold for every corpus file', () => {
    expect(files.sort()).toEqual(gold.documents.map((d) => d.doc).sort());
  });

  it.each(files)('%s: predicted values equal the required gold values', (file) => {
    const text = readFileSync(new URL(file, corpus), 'utf8');
    const doc = gold.documents.find((d) => d.doc === file)!;
    const required = new Set(doc.date.filter((d) => !d.optional).map((d) => d.value));
    const optional = new Set(doc.date.filter((d) => d.optional).map((d) => d.value));
    const predicted = new Set(values(text));
    const missing = [...required].filter((v) => !predicted.has(v));
    const extra = [...predicted].filter((v) => !required.has(v) && !optional.has(v));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    for (const d of dates(text)) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('findDates: hostile input', () => {
  // A quadratic scan would take minutes on a megabyte; a linear one takes a fraction of a second.
  const lines: [string, string][] = [
    ['month names', 'May '.repeat(250_000)],
    ['short numbers', '1 '.repeat(500_000)],
    ['year dashes', '2024-'.repeat(200_000)],
    ['spaces after a month', `May${' '.repeat(1_000_000)}`],
    ['range words', 'from 2020 to '.repeat(80_000)],
  ];
  it.each(lines)('%s: a 1 MB line in linear time', (_name, line) => {
    const t = performance.now();
    findDates({ text: line, sentences: [], notes: [], urls: [] });
    expect(performance.now() - t).toBeLessThan(3000);
  });
});

describe('findDates: runs of spaces', () => {
  it('reads a date whose parts stand several spaces apart (justified text, HTML &nbsp; blanked out)', () => {
    expect(values('It opened on 1      May      2024 in Tokyo.')).toEqual(['2024-05-01']);
    expect(values('Signed on May\u00a0  14,   2024.')).toEqual(['2024-05-14']);
  });
});
