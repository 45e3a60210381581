// Number formatting that does not depend on the machine's locale: output must be the same bytes everywhere.

/** 48700000 -> "48,700,000"; 1.5 -> "1.5". */
export function groupThousands(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A ratio in [0, 1] with three decimals: 0.9 -> "0.900". */
export function ratio(n: number): string {
  return n.toFixed(3);
}
