import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/extract/context.js';
import { findMoney } from '../../src/extract/money.js';
import type { FundingRole } from '../../src/types.js';

function money(text: string) {
  return findMoney(buildContext({ text }));
}

function only(text: string) {
  const found = money(text);
  expect(found, `figures in: ${text}`).toHaveLength(1);
  return found[0];
}

describe('findMoney: forms', () => {
  const cases: [string, string, string, number][] = [
    ['raised $137 million', '$137 million', 'USD', 137_000_000],
    ['eyes $13bn in aid', '$13bn', 'USD', 13_000_000_000],
    ['a US$2 billion fund', 'US$2 billion', 'USD', 2_000_000_000],
    ['a US$2bn fund', 'US$2bn', 'USD', 2_000_000_000],
    ['invest $110 Million', '$110 Million', 'USD', 110_000_000],
    ['a USD 1.5 billion loan', 'USD 1.5 billion', 'USD', 1_500_000_000],
    ['about 3 billion US dollars', '3 billion US dollars', 'USD', 3_000_000_000],
    ['spent €500m on', '€500m', 'EUR', 500_000_000],
    ['spent 500 million euros on', '500 million euros', 'EUR', 500_000_000],
    ['a £3.2bn plan', '£3.2bn', 'GBP', 3_200_000_000],
    ['secured ¥8.4 billion JPY for it', '¥8.4 billion JPY', 'JPY', 8_400_000_000],
    ['a 2.26 trillion yen investment', '2.26 trillion yen', 'JPY', 2_260_000_000_000],
    ['a JPY 500 million grant', 'JPY 500 million', 'JPY', 500_000_000],
    ['Provide 8.4 B. Yen in Aid', '8.4 B. Yen', 'JPY', 8_400_000_000],
    ['a ¥114.6 billion package', '¥114.6 billion', 'JPY', 114_600_000_000],
    ['a fee of 10,000 yen', '10,000 yen', 'JPY', 10_000],
    ['予算は¥1,000億です', '¥1,000億', 'JPY', 100_000_000_000],
    ['総額5兆円の', '5兆円', 'JPY', 5_000_000_000_000],
    ['a C$10.1 billion market', 'C$10.1 billion', 'CAD', 10_100_000_000],
    ['a CA$5 million grant', 'CA$5 million', 'CAD', 5_000_000],
    ['a A$400 million fund', 'A$400 million', 'AUD', 400_000_000],
    ['a S$500 million programme', 'S$500 million', 'SGD', 500_000_000],
    ['a HK$1 billion fund', 'HK$1 billion', 'HKD', 1_000_000_000],
    ['RMB 10 billion in loans', 'RMB 10 billion', 'CNY', 10_000_000_000],
    ['5 billion yuan in loans', '5 billion yuan', 'CNY', 5_000_000_000],
    ['CNY 2 billion in loans', 'CNY 2 billion', 'CNY', 2_000_000_000],
    ['1.2 trillion won for chips', '1.2 trillion won', 'KRW', 1_200_000_000_000],
    ['KRW 300 billion for chips', 'KRW 300 billion', 'KRW', 300_000_000_000],
    ['a fee of 10,000 won', '10,000 won', 'KRW', 10_000],
    ['Rs 100 crore for AI', 'Rs 100 crore', 'INR', 1_000_000_000],
    ['a billion yen for', 'a billion yen', 'JPY', 1_000_000_000],
    ['two million euros for', 'two million euros', 'EUR', 2_000_000],
    ['a $2.5-billion plan', '$2.5-billion', 'USD', 2_500_000_000],
    ['a 10 billion-yen fund', '10 billion-yen', 'JPY', 10_000_000_000],
  ];
  for (const [text, span, currency, amount] of cases) {
    it(text, () => {
      const e = only(text);
      expect(e.text).toBe(span);
      expect(text.slice(e.start, e.end)).toBe(span);
      expect(e.currency).toBe(currency);
      expect(e.amount).toBe(amount);
    });
  }

  it('scales decimals exactly, without float noise', () => {
    expect(only('a ¥4.35 trillion budget').amount).toBe(4_350_000_000_000);
    expect(only('a $1.005 billion deal').amount).toBe(1_005_000_000);
    expect(only('a $1.50 fee').amount).toBe(1.5);
  });

  it('reads a trailing code over a generic symbol: "$5 million AUD" is Australian dollars', () => {
    expect(only('a $5 million AUD grant').currency).toBe('AUD');
  });

  it('keeps a specific prefix over a generic name: "C$5 million dollars" stays Canadian', () => {
    expect(only('C$5 million dollars').currency).toBe('CAD');
  });

  it('gives canonical, id and rule', () => {
    const e = only('raised $137 million.');
    expect(e.canonical).toBe('USD 137,000,000');
    expect(e.id).toBe('usd-137000000');
    expect(e.rule).toBe('money:symbol-scale');
    expect(only('secured ¥8.4 billion JPY').rule).toBe('money:symbol-scale-code');
    expect(only('a 2.26 trillion yen plan').rule).toBe('money:number-scale-name');
  });
});

describe('findMoney: bracketed conversions', () => {
  it('makes "C$48.7 million (5.3 billion yen)" one figure whose span covers the bracket', () => {
    const text = 'SoftBank received C$48.7 million (5.3 billion yen) from the ministry.';
    const e = only(text);
    expect(e.text).toBe('C$48.7 million (5.3 billion yen)');
    expect(e.amount).toBe(48_700_000);
    expect(e.currency).toBe('CAD');
    expect(e.equivalents).toEqual([{ amount: 5_300_000_000, currency: 'JPY', text: '5.3 billion yen' }]);
    expect(e.rule).toBe('money:bracket-equivalent');
  });

  it('reads "168 billion yen ($1.11 billion)" and "C$1 billion (¥114.6 billion)"', () => {
    expect(only('request 168 billion yen ($1.11 billion) for AI').equivalents).toEqual([
      { amount: 1_110_000_000, currency: 'USD', text: '$1.11 billion' },
    ]);
    expect(only('a C$1 billion (¥114.6 billion) package').equivalents[0].amount).toBe(114_600_000_000);
  });

  it('takes several conversions and an "about" inside the bracket', () => {
    const e = only('¥150 billion (about $1 billion; €920 million) for chips');
    expect(e.equivalents.map((q) => [q.currency, q.amount])).toEqual([['USD', 1e9], ['EUR', 920_000_000]]);
  });

  it('does not take a bracket without a currency as a conversion', () => {
    const e = only('¥150 billion (2024 figures) for chips');
    expect(e.equivalents).toEqual([]);
    expect(e.text).toBe('¥150 billion');
  });

  it('keeps a conversion written outside brackets as a separate figure', () => {
    expect(money('¥2 trillion, or $13 billion, for chips').map((e) => e.currency)).toEqual(['JPY', 'USD']);
  });
});

describe('findMoney: approximate and ranges', () => {
  it.each([
    'up to', 'about', 'around', 'approximately', 'nearly', 'almost', 'more than', 'over', 'some', 'roughly',
    'at least', 'an estimated',
  ])('"%s" before the number makes it approximate', (marker) => {
    const e = only(`The fund holds ${marker} $2 billion now.`);
    expect(e.approximate).toBe(true);
    expect(e.text).toBe('$2 billion');
  });

  it('is exact without a marker, and "or more" after makes it approximate', () => {
    expect(only('The fund holds $2 billion now.').approximate).toBe(false);
    expect(only('The fund holds $2 billion or more.').approximate).toBe(true);
  });

  const ranges: [string, string, string, number, number][] = [
    ['a $2–3 billion plan', '$2–3 billion', 'USD', 2e9, 3e9],
    ['a $2-3 billion plan', '$2-3 billion', 'USD', 2e9, 3e9],
    ['between ¥1 and ¥2 trillion in all', '¥1 and ¥2 trillion', 'JPY', 1e12, 2e12],
    ['$2 billion to $3 billion in all', '$2 billion to $3 billion', 'USD', 2e9, 3e9],
    ['2 to 3 billion yen in all', '2 to 3 billion yen', 'JPY', 2e9, 3e9],
    ['€500 million–€1 billion in all', '€500 million–€1 billion', 'EUR', 5e8, 1e9],
  ];
  for (const [text, span, currency, low, high] of ranges) {
    it(text, () => {
      const e = only(text);
      expect(e.text).toBe(span);
      expect([e.currency, e.amount, e.amountMax]).toEqual([currency, low, high]);
      expect(e.rule).toBe('money:range');
    });
  }

  it('reads a change ("rose from $2 billion to $3 billion") as two figures, not a range', () => {
    const found = money('Spending rose from $2 billion to $3 billion.');
    expect(found.map((e) => [e.amount, e.amountMax])).toEqual([[2e9, undefined], [3e9, undefined]]);
  });

  it('does not join a year to a figure ("in 2023 to $5 billion")', () => {
    const e = only('It grew in 2023 to $5 billion.');
    expect([e.amount, e.amountMax]).toEqual([5e9, undefined]);
  });
});

describe('findMoney: what is not money', () => {
  const notMoney = [
    'It rose 82 percent in a year.',
    'It rose 23.2 per cent in a year.',
    'In 2024 the plan began.',
    'There are 32 newly founded companies.',
    'See Act No. 30 of 2018.',
    'The Workforce 2.0 plan.',
    'Use $ signs in code $$$$ freely.',
    'The mark ¥¥¥ is decoration.',
    'A dollar sign alone: $ and ¥ and €.',
    'In 2019 won the vote; 3 pounds of rice.',
    'We have a billion reasons.',
    'Version v2.0 and G7 and Web3.',
  ];
  for (const text of notMoney) {
    it(text, () => {
      expect(money(text)).toEqual([]);
    });
  }

  it('skips amounts inside URLs', () => {
    expect(money('See https://example.com/invest-$110-million/ now.')).toEqual([]);
    expect(money('See https://example.com/a?x=$5million and $7 million.').map((e) => e.text)).toEqual(['$7 million']);
  });
});

describe('findMoney: CRLF text', () => {
  it('keeps offsets exact and reads the sentence across CRLF lines', () => {
    const text = 'Intro line.\r\nThe ministry secured ¥8.4 billion JPY in the budget.\r\nNext: $5 million in subsidies.\r\n';
    const found = money(text);
    expect(found.map((e) => [e.text, text.slice(e.start, e.end), e.role])).toEqual([
      ['¥8.4 billion JPY', '¥8.4 billion JPY', 'budget'],
      ['$5 million', '$5 million', 'subsidy'],
    ]);
  });
});

describe('findMoney: roles', () => {
  const roles: [string, FundingRole][] = [
    ['Start-up Sakana AI received backing from Nvidia in a $137 million funding round.', 'funding-round'],
    ['The company raised $30 million in its Series A.', 'funding-round'],
    ['That pushed the company to a $1 billion valuation.', 'valuation'],
    ['The start-up is now valued at $2 billion.', 'valuation'],
    ['Microsoft has promised to invest $2.9 billion over two years in data centers.', 'investment'],
    ['Amazon Web Systems announced a 2.26 trillion yen investment into cloud infrastructure.', 'investment'],
    ["The ministry predicts that Japan's AI market will expand, reaching C$10.1 billion (1.1 trillion yen) by 2027.", 'market-size'],
    ['The AI market is expected to be worth $50 billion by 2030.', 'market-size'],
    ['SoftBank received C$48.7 million (5.3 billion yen) from the Ministry of Economy to purchase supercomputers.', 'subsidy'],
    ['METI committed ¥45.5 billion JPY to data centre subsidies.', 'subsidy'],
    ['The Cabinet will request 168 billion yen ($1.11 billion) for AI-related spending in the fiscal year 2024 budget.', 'budget'],
    ['Japan eyes $13bn in aid for chips, generative AI in stimulus budget.', 'budget'],
    ['The government announced plans to secure ¥2 trillion JPY to support domestic chip production.', 'budget'],
    ['Japan pledged $500 million in aid to the region.', 'aid'],
    ['Japan pledged $1 billion in ODA for digital infrastructure.', 'aid'],
    ['JICA will extend a yen loan of up to 50 billion yen to Indonesia.', 'aid'],
    ['NEDO will provide up to ¥4.4 billion in grants to ten start-ups.', 'subsidy'],
    ['The government approved a ¥13.9 trillion supplementary budget.', 'budget'],
    ['The ministry plans to spend ¥300 billion on servers.', 'spending'],
    ["Nvidia's revenue reached $30 billion last quarter.", 'other'],
    ['The figure of $5 million appeared in the report.', 'other'],
  ];
  for (const [text, role] of roles) {
    it(`${role}: ${text}`, () => {
      expect(money(text)[0].role).toBe(role);
    });
  }

  it('lets the cue nearest the figure win, within its clause', () => {
    const found = money('Sakana AI raised $30 million, while the government will invest ¥10 billion in chips.');
    expect(found.map((e) => e.role)).toEqual(['funding-round', 'investment']);
  });

  it('reads a government funding package as a subsidy, using an acronym the text defines', () => {
    const text =
      'The Ministry of Economy, Trade and Industry (METI) leads. This is part of a C$1 billion (¥114.6 billion) funding package from METI to support AI computing infrastructure.';
    expect(money(text)[0].role).toBe('subsidy');
  });

  it('reads the same package from a company as an investment', () => {
    expect(money('This is part of a $1 billion funding package from Acme Capital.')[0].role).toBe('investment');
  });

  it('reads a government programme financed with secured money as a subsidy', () => {
    const text = 'The Ministry of Economy, Trade and Industry (METI) leads. To finance GENIAC, METI secured ¥8.4 billion JPY with the goal that this investment will help.';
    expect(money(text)[0].role).toBe('subsidy');
  });
});

describe('findMoney: year and purpose', () => {
  it('takes a fiscal year over other years in the sentence', () => {
    expect(money('In 2023 the Cabinet asked for 168 billion yen in the fiscal year 2024 budget.')[0].year).toBe(2024);
  });

  it('takes the nearest year in the clause, ignores counts and leaves year undefined without one', () => {
    expect(money('In November 2023, the government secured ¥2 trillion.')[0].year).toBe(2023);
    expect(money('The 2000 employees share $5 million.')[0].year).toBeUndefined();
    expect(money('The fund holds $5 million.')[0].year).toBeUndefined();
  });

  it('reads purpose after "for"/"to support"/"to purchase" and a leading "To finance X,"', () => {
    expect(money('They will request 168 billion yen for AI-related spending in the budget.')[0].purpose).toBe('AI-related spending');
    expect(money('SoftBank received $48 million from METI to purchase the supercomputers necessary for AI.')[0].purpose).toBe(
      'the supercomputers necessary for AI',
    );
    expect(money('To finance GENIAC, METI secured ¥8.4 billion JPY.')[0].purpose).toBe('GENIAC');
    expect(money('The fund holds $5 million.')[0].purpose).toBeUndefined();
  });

  it('does not take a time for a purpose ("for fiscal 2025", "for two years")', () => {
    expect(money('The agency requested ¥500 billion for fiscal 2025.')[0].purpose).toBeUndefined();
    expect(money('The agency requested ¥500 billion for two years.')[0].purpose).toBeUndefined();
  });
});

// Short paragraphs in the style of policy reporting, with currencies and formats the bundled corpus lacks.
describe('findMoney: policy paragraphs beyond the corpus', () => {
  const values = (text: string) => money(text).map((e) => [e.currency, e.amount, e.amountMax ?? null, e.approximate]);

  it('pounds: "£100 million" and "£1.5bn", not "40 per cent" or a year', () => {
    const text =
      'The UK government announced £100 million for the AI Safety Institute in 2023, and a further £1.5bn was earmarked for compute in the Spending Review. Officials said 40 per cent of the money would go to universities.';
    expect(values(text)).toEqual([['GBP', 1e8, null, false], ['GBP', 1.5e9, null, false]]);
  });

  it('won: "1.2 trillion won (about $870 million)" and "KRW 300 billion", not "1,000 start-ups"', () => {
    const text =
      "South Korea's Ministry of Science and ICT will invest 1.2 trillion won (about $870 million) in AI chips by 2027, while Samsung plans KRW 300 billion in new data centres. The programme covers 1,000 start-ups.";
    const found = money(text);
    expect(values(text)).toEqual([['KRW', 1.2e12, null, false], ['KRW', 3e11, null, false]]);
    expect(found[0].equivalents).toEqual([{ amount: 870_000_000, currency: 'USD', text: '$870 million' }]);
    expect(found[0].role).toBe('investment');
    expect(found[0].year).toBe(2027);
  });

  it('yuan: "344 billion yuan" and the range "RMB 10 billion to 20 billion", not "3.5%"', () => {
    const text =
      "China's Big Fund III was registered with 344 billion yuan of capital in May 2024, and local governments pledged RMB 10 billion to 20 billion more. A further 3.5% was held back.";
    expect(values(text)).toEqual([['CNY', 3.44e11, null, false], ['CNY', 1e10, 2e10, false]]);
  });

  it('Australian dollars: "A$101.2 million" and an approximate "roughly A$20 million"', () => {
    const text = 'Canberra committed A$101.2 million over five years to its National AI Centre, roughly A$20 million a year.';
    expect(values(text)).toEqual([['AUD', 101_200_000, null, false], ['AUD', 20_000_000, null, true]]);
  });

  it('"JPY 920 billion in government subsidies" and "US$35bn", not "No. 2", "2,000 engineers" or "2031"', () => {
    const text =
      'Rapidus has received JPY 920 billion in government subsidies so far, and the company says it needs US$35bn in total by 2031. No. 2 in the ranking, it employs 2,000 engineers.';
    const found = money(text);
    expect(values(text)).toEqual([['JPY', 9.2e11, null, false], ['USD', 3.5e10, null, false]]);
    expect(found[0].role).toBe('subsidy');
  });

  it('a euro range "between €2 and €3 billion" and "500 million pounds sterling"', () => {
    const text =
      'Analysts put the cost of the project at between €2 and €3 billion, while a rival bid of 500 million pounds sterling was rejected.';
    expect(values(text)).toEqual([['EUR', 2e9, 3e9, false], ['GBP', 5e8, null, false]]);
  });

  it('Singapore and Hong Kong dollars, with "more than" and a budget line, not "2024-25"', () => {
    const text =
      'Singapore will spend more than S$1 billion on AI compute over the next five years, and Hong Kong set aside HK$3 billion for an AI subsidy scheme in its 2024-25 Budget.';
    const found = money(text);
    expect(values(text)).toEqual([['SGD', 1e9, null, true], ['HKD', 3e9, null, false]]);
    expect(found.map((e) => e.role)).toEqual(['spending', 'budget']);
  });

  it('rupees in crore and a code after the number: "Rs 10,372 crore", "about 1.25 billion USD"', () => {
    const text = 'India approved Rs 10,372 crore for the IndiaAI Mission in March 2024, about 1.25 billion USD at the time.';
    expect(values(text)).toEqual([['INR', 103_720_000_000, null, false], ['USD', 1.25e9, null, true]]);
  });

  it('a stipend in yen per month, and no money in counts, versions and ordinals', () => {
    const text =
      'Fellows receive a ¥300,000 monthly stipend. The G7 met 3 times in 2023; the Hiroshima AI Process has 49 members and version 1.0 of its code, the 2nd edition.';
    expect(values(text)).toEqual([['JPY', 300_000, null, false]]);
  });
});

describe('findMoney: the bundled corpus against the gold', () => {
  interface GoldFunding {
    text: string;
    values: { amount: number; currency: string }[];
    role: FundingRole;
  }
  const gold = JSON.parse(readFileSync(new URL('../fixtures/gold-corpus.json', import.meta.url), 'utf8')) as {
    documents: { doc: string; funding?: GoldFunding[] }[];
  };
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.abs(b);

  for (const doc of gold.documents) {
    it(`${doc.doc}: every gold figure with its role, nothing else`, () => {
      const text = readFileSync(new URL(`../../corpus/${doc.doc}`, import.meta.url), 'utf8');
      const found = money(text);
      const goldFunding = doc.funding ?? [];
      for (const g of goldFunding) {
        const [main] = g.values;
        const first = found.find((e) => e.currency === main.currency && near(e.amount, main.amount));
        expect(first, `${doc.doc}: ${g.text}`).toBeDefined();
        expect(first!.role, `${doc.doc}: ${g.text}`).toBe(g.role);
        for (const v of g.values.slice(1)) {
          expect(first!.equivalents.some((q) => q.currency === v.currency && near(q.amount, v.amount)), g.text).toBe(true);
        }
      }
      const goldValues = goldFunding.flatMap((g) => g.values);
      const predicted = found.flatMap((e) => [{ currency: e.currency, amount: e.amount }, ...e.equivalents]);
      for (const p of predicted) {
        expect(goldValues.some((v) => v.currency === p.currency && near(p.amount, v.amount)), `extra ${p.currency} ${p.amount}`).toBe(true);
      }
      const distinct = (vs: { currency: string; amount: number }[]) => new Set(vs.map((v) => `${v.currency} ${v.amount}`)).size;
      expect(distinct(predicted)).toBe(distinct(goldValues));
    });
  }
});

describe('findMoney: linear time', () => {
  it('reads a megabyte of money-like garbage on one line in linear time', () => {
    const unit = '$1 $$ ¥¥ 2024 a billion 1,000,000 (¥2 billion ( C$ 3– between ¥1 and ';
    const timed = (n: number) => {
      const t0 = performance.now();
      const found = money(unit.repeat(n));
      return { ms: performance.now() - t0, found: found.length };
    };
    const small = timed(1_600);
    const large = timed(16_000);
    expect(large.found).toBeGreaterThan(16_000);
    // Ten times the input may take ten times as long; 30x plus slack only fails on superlinear work, even on a busy machine.
    expect(large.ms).toBeLessThan(30 * small.ms + 2_000);
  }, 120_000);
});

describe('findMoney: runs of spaces', () => {
  it('reads an amount whose number, scale and currency stand several spaces apart', () => {
    const [a, b] = money('Japan set aside ¥20\u00a0     billion, and Osaka 5      billion yen.');
    expect([a.amount, a.currency, b.amount, b.currency]).toEqual([20e9, 'JPY', 5e9, 'JPY']);
  });
});
