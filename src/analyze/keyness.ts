// Keyness of a term in a target against a reference: Dunning's log-likelihood G² (Rayson & Garside 2000) for
// how sure we are that the frequencies differ, and Hardie's log ratio (2014) for how much they differ.

/** Frequency of a term in the target and in the reference, and the size (running words) of each. */
export interface Frequencies {
  target: number;
  reference: number;
  targetSize: number;
  referenceSize: number;
}

/** G² ≥ 3.84 is p < 0.05 for one degree of freedom: the usual floor for a keyword. */
export const G2_CRITICAL_05 = 3.84;

/** Dunning's G² over the 2×2 table of term vs other words, target vs reference. */
export function logLikelihood({ target: a, reference: b, targetSize: c, referenceSize: d }: Frequencies): number {
  const total = c + d;
  if (total === 0 || a + b === 0) return 0;
  const expectedTarget = (c * (a + b)) / total;
  const expectedReference = (d * (a + b)) / total;
  const part = (observed: number, expected: number) => (observed > 0 ? observed * Math.log(observed / expected) : 0);
  return 2 * (part(a, expectedTarget) + part(b, expectedReference));
}

/**
 * log2 of the ratio of relative frequencies: +1 means twice as frequent in the target. A zero frequency
 * counts as 0.5, as Hardie proposes, so a term absent from the reference gets a finite ratio.
 */
export function logRatio({ target: a, reference: b, targetSize: c, referenceSize: d }: Frequencies): number {
  if (c === 0 || d === 0) return 0;
  return Math.log2((Math.max(a, 0.5) / c) / (Math.max(b, 0.5) / d));
}

/** Complementary error function (Numerical Recipes erfcc; relative error below 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
      t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(poly);
  return x >= 0 ? r : 2 - r;
}

/** The p-value of G² under the chi-square distribution with one degree of freedom. */
export function pValue(g2: number): number {
  return g2 <= 0 ? 1 : erfc(Math.sqrt(g2 / 2));
}
