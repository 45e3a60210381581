import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/extract/context.js';
import { findMoney } from '../../src/extract/money.js';
import {
  FxError, FxYearError, UnknownCurrencyError, clampFxYear, convert, fxTable, normaliseFunding, parseFxTable,
} from '../../src/extract/normalise.js';
import type { DateEntity, FundingEntity } from '../../src/types.js';

function funding(text: string): FundingEntity[] {
  return findMoney(buildContext({ text })).map((f) => ({ ...f, line: 1, column: f.start + 1, canonical: f.canonical!, id: f.id! }));
}

/** A hand-made date entity at the first occurrence of `text`. */
function date(source: string, text: string, value: string, citation = false): DateEntity {
  const start = source.indexOf(text);
  return {
    type: 'date', text, start, end: start + text.length, line: 1, column: start + 1, canonical: value, id: value,
    rule: 'test', value, precision: value.length === 4 ? 'year' : 'month', inferred: false, fiscal: false, citation,
  };
}

describe('fx-rates.json', () => {
  const table = fxTable();

  it('covers every year 2015–2025 for USD, JPY, EUR, CAD, GBP, CNY, AUD and KRW, and names its series', () => {
    expect([table.firstYear, table.lastYear]).toEqual([2015, 2025]);
    for (let y = 2015; y <= 2025; y++) {
      const row = table.rates.get(y)!;
      for (const code of ['USD', 'JPY', 'EUR', 'CAD', 'GBP', 'CNY', 'AUD', 'KRW']) expect(row[code], `${y} ${code}`).toBeGreaterThan(0);
      expect(row.USD).toBe(1);
    }
    expect(table.source).toMatch(/Federal Reserve.*G\.5A.*https:\/\//);
  });

  it('holds units of currency per US dollar (yen in the 100s, euros below 1, won in the 1000s)', () => {
    for (const row of table.rates.values()) {
      expect(row.JPY).toBeGreaterThan(100);
      expect(row.JPY).toBeLessThan(160);
      expect(row.EUR).toBeGreaterThan(0.8);
      expect(row.EUR).toBeLessThan(1);
      expect(row.KRW).toBeGreaterThan(1000);
    }
  });

  it('rejects a table with a missing year, a bad rate or no source, naming the field', () => {
    expect(() => parseFxTable('x.json', { source: 's', rates: { 2015: { USD: 1 }, 2017: { USD: 1 } } })).toThrow('x.json: rates for 2016 are missing');
    expect(() => parseFxTable('x.json', { source: 's', rates: { 2015: { JPY: -3 } } })).toThrow('rates.2015.JPY');
    expect(() => parseFxTable('x.json', { rates: {} })).toThrow('"source"');
  });
});

describe('convert', () => {
  it('converts through the US dollar at the year\'s average', () => {
    const jpy = fxTable().rates.get(2024)!.JPY;
    expect(convert(1_000_000_000, 'JPY', 'USD', 2024)).toEqual({ value: Math.round((1e11 / jpy)) / 100, fxYear: 2024 });
    const eurPerCad = fxTable().rates.get(2023)!.EUR / fxTable().rates.get(2023)!.CAD;
    expect(convert(100, 'CAD', 'EUR', 2023).value).toBeCloseTo(100 * eurPerCad, 2);
    expect(convert(5, 'USD', 'USD', 2019)).toEqual({ value: 5, fxYear: 2019 });
  });

  it('throws a typed error naming the unknown currency and the known ones', () => {
    const err = (() => {
      try {
        convert(1, 'XYZ', 'USD', 2024);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UnknownCurrencyError);
    expect(err).toBeInstanceOf(FxError);
    expect((err as FxError).code).toBe('unknown-currency');
    expect((err as Error).message).toMatch(/^unknown currency "XYZ": exchange rates are known for .*JPY/);
  });

  it('throws a typed error for a year outside the table, naming the range', () => {
    expect(() => convert(1, 'JPY', 'USD', 1999)).toThrow(FxYearError);
    expect(() => convert(1, 'JPY', 'USD', 2031)).toThrow('no exchange rates for 2031: the table covers 2015–2025');
  });

  it('clamps a year to the table for callers that prefer the nearest rates', () => {
    expect([clampFxYear(1999), clampFxYear(2020), clampFxYear(2031)]).toEqual([2015, 2020, 2025]);
  });
});

describe('normaliseFunding', () => {
  const rate = (year: number, code: string) => fxTable().rates.get(year)![code];

  it('uses the figure\'s own year', () => {
    const [f] = normaliseFunding(funding('The fiscal year 2024 budget holds 168 billion yen.'), []);
    expect(f.fxYear).toBe(2024);
    expect(f.usd).toBeCloseTo(168e9 / rate(2024, 'JPY'), 0);
  });

  it('uses a date entity in the same sentence when the figure has no year and a context is given', () => {
    const text = 'Officials said so last May. The ministry secured ¥5 billion in the spring round.';
    const money = funding(text).map((f) => ({ ...f, year: undefined }));
    const dates = [date(text, 'last May', '2023-05'), date(text, 'the spring round', '2021-04')];
    expect(normaliseFunding(money, dates, buildContext({ text }))[0].fxYear).toBe(2021);
    expect(normaliseFunding(money, dates)[0].fxYear).toBe(2023);
  });

  it('falls back to the latest in-text date, ignoring citations', () => {
    const text = 'It began in 2019. By 2022 the ministry secured ¥5 billion.\n[1] Report, 2024.';
    const money = funding(text).map((f) => ({ ...f, year: undefined }));
    const dates = [date(text, '2019', '2019'), date(text, '2022', '2022'), date(text, '2024', '2024', true)];
    expect(normaliseFunding(money, dates)[0].fxYear).toBe(2022);
  });

  it('takes the article\'s latest dated event over a target year alone ("by 2027")', () => {
    const text = 'In April 2024 the ministry secured ¥5 billion. The market will grow by 2027.';
    const money = funding(text).map((f) => ({ ...f, year: undefined }));
    const dates = [date(text, 'April 2024', '2024-04'), date(text, '2027', '2027')];
    expect(normaliseFunding(money, dates)[0].fxYear).toBe(2024);
  });

  it('falls back to the table\'s latest year without any date, and clamps a year beyond the table', () => {
    expect(normaliseFunding(funding('The ministry secured ¥5 billion.'), [])[0].fxYear).toBe(2025);
    const [f] = normaliseFunding(funding('The market will reach C$10.1 billion by 2027.'), []);
    expect(f.fxYear).toBe(2025);
    expect(f.usd).toBeCloseTo(10.1e9 / rate(2025, 'CAD'), 0);
  });

  it('keeps US dollars as they are and leaves currencies without rates unnormalised', () => {
    const [usd, twd] = normaliseFunding(funding('It raised $137 million in 2024 and NT$5 billion in 2023.'), []);
    expect([usd.usd, usd.fxYear]).toEqual([137_000_000, 2024]);
    expect(twd.currency).toBe('TWD');
    expect([twd.usd, twd.fxYear]).toEqual([undefined, undefined]);
  });
});
