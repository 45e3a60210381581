import { describe, expect, it } from 'vitest';
import { G2_CRITICAL_05, logLikelihood, logRatio, pValue } from '../../src/analyze/keyness.js';

describe('logLikelihood (Dunning G²)', () => {
  it('matches the worked value for 10 in 1,000 words against 5 in 1,000', () => {
    // 2 × (10 ln(10/7.5) + 5 ln(5/7.5)) = 1.6990
    expect(logLikelihood({ target: 10, reference: 5, targetSize: 1000, referenceSize: 1000 })).toBeCloseTo(1.699, 3);
  });

  it('is zero when the relative frequencies are equal, and symmetric in target and reference', () => {
    expect(logLikelihood({ target: 4, reference: 40, targetSize: 1000, referenceSize: 10000 })).toBeCloseTo(0, 10);
    const a = logLikelihood({ target: 30, reference: 12, targetSize: 2000, referenceSize: 9000 });
    const b = logLikelihood({ target: 12, reference: 30, targetSize: 9000, referenceSize: 2000 });
    expect(a).toBeCloseTo(b, 10);
  });

  it('handles a term absent from the reference (0 ln 0 = 0)', () => {
    // E1 = 1000 × 7 / 11000; G² = 2 × 7 ln(7 / E1) = 2 × 7 × ln 11
    expect(logLikelihood({ target: 7, reference: 0, targetSize: 1000, referenceSize: 10000 })).toBeCloseTo(14 * Math.log(11), 8);
  });

  it('is zero for empty input rather than NaN', () => {
    expect(logLikelihood({ target: 0, reference: 0, targetSize: 0, referenceSize: 0 })).toBe(0);
  });
});

describe('logRatio', () => {
  it('is log2 of the ratio of relative frequencies: +1 is twice as frequent', () => {
    expect(logRatio({ target: 10, reference: 5, targetSize: 1000, referenceSize: 1000 })).toBeCloseTo(1, 10);
    expect(logRatio({ target: 5, reference: 40, targetSize: 1000, referenceSize: 2000 })).toBeCloseTo(-2, 10);
  });

  it('counts a zero frequency as 0.5, so a term missing from the reference has a finite ratio', () => {
    expect(logRatio({ target: 8, reference: 0, targetSize: 1000, referenceSize: 1000 })).toBeCloseTo(4, 10);
  });
});

describe('pValue', () => {
  it.each([
    [G2_CRITICAL_05, 0.05],
    [6.63, 0.01],
    [10.83, 0.001],
    [15.13, 0.0001],
  ])('G² %f has p about %f (chi-square, one degree of freedom)', (g2, p) => {
    expect(pValue(g2)).toBeGreaterThan(p * 0.97);
    expect(pValue(g2)).toBeLessThan(p * 1.03);
  });

  it('is 1 for no difference', () => {
    expect(pValue(0)).toBe(1);
  });
});
