/**
 * The p-th percentile of `values` by the nearest-rank method: the smallest value such that at
 * least p % of the values are at or below it, i.e. the ⌈p/100 · n⌉-th smallest (1-based). It is
 * always one of the values, never an interpolation. p = 0 gives the smallest value.
 *
 * @param values any order; not modified.
 * @param p the percentile, 0–100.
 * @returns null for no values.
 * @throws {RangeError} when p is outside 0–100.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be 0–100, got ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}
