// 封顶 (RULES §8 Caps): at most N points per unit per month or quarter. One rule, used by the indicators
// (a unit's 积分), the 通报's period totals and the month series, so the three always agree.

/**
 * What a slice of one cap period keeps: the period's running total was `before` when the slice began and
 * `after` when it ended. Slices of a period share the cap in date order, so they add up to the period.
 */
export function cappedSlice(before: number, after: number, cap: number | null): number {
  if (cap === null) return after - before;
  return Math.min(after, cap) - Math.min(before, cap);
}

/** Months of a cap period: 1 for 月, 3 for 季 (months 1–3, 4–6 … share a quarter's cap). */
export function capSpan(capPeriod: '月' | '季'): number {
  return capPeriod === '月' ? 1 : 3;
}

/**
 * Twelve monthly totals (January first) after the cap: within a cap period the months share it in order.
 * A cap of null (or not above 0) leaves them as they are.
 */
export function capMonths(values: ArrayLike<number>, cap: number | null, span: number): number[] {
  const out = Array.from({ length: values.length }, (_, m) => values[m]);
  if (cap === null || !(cap > 0)) return out;
  let running = 0;
  for (let m = 0; m < out.length; m++) {
    if (m % span === 0) running = 0;
    const v = values[m];
    out[m] = cappedSlice(running, running + v, cap);
    running += v;
  }
  return out;
}
