/**
 * Wilson score interval for a binomial proportion (Wilson 1927). Preferred to the normal
 * ("Wald") interval because audience shares are often near 0 or 1 and samples often small,
 * where Wald collapses to a zero-width or out-of-range interval. Shared with the storage
 * layer, which shows segment shares with the same interval.
 */
export interface Interval {
  /** successes / n (0 when n is 0). */
  p: number;
  low: number;
  high: number;
}

export function wilsonInterval(successes: number, n: number, z = 1.96): Interval {
  if (!(n > 0)) return { p: 0, low: 0, high: 1 };
  if (successes < 0 || successes > n) throw new RangeError(`wilsonInterval: successes ${successes} outside 0..${n}`);
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Clamp only rounding noise: mathematically the interval lies within [0, 1].
  return { p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
