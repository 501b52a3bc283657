// 封顶 (RULES §8 Caps): at most N points per unit per month or quarter. One rule, used by the indicators
// (a unit's 积分), the 通报's period totals and the month series, so the three always agree.
//
// Decisions:
// - The cap limits what a unit earns; a deduction is taken after it (001 §三.11 倒扣相应分值: a penalty
//   costs its points whether or not the unit is over the cap that month). So a cap period keeps
//   min(what its rows earned, cap) + its deductions, and every place that caps is fed the two apart.
// - A row's deduction (deductionAt): all of a 倒扣 row; of any other row, a negative 调整分 that counted,
//   while the rest of the row (base × multipliers + instruction bonus) is earned and shares the cap. So a
//   市级 piece of 6 with 扣2分 earns 6 and deducts 2: in a month already at the cap it costs 2, as the same
//   扣2分 on a row of its own would. A row with negative points and nothing to tell them apart (a row list
//   built by hand) is a deduction as a whole.

import type { LedgerTable } from './ledgerTable';
import type { ScoredColumns } from './scoredColumns';
import type { Settings } from './types';

/**
 * What a slice of one cap period keeps of what its rows earned: the period's running total of earned points
 * was `before` when the slice began and `after` when it ended. Slices of a period share the cap in date
 * order, so they add up to the period. (The slice's deductions are added to this as they are.)
 */
export function cappedSlice(before: number, after: number, cap: number | null): number {
  if (cap === null) return after - before;
  return Math.min(after, cap) - Math.min(before, cap);
}

/** The rules' 封顶分值, null when they set none. */
export function capOf(s: Pick<Settings, 'capPoints'> | undefined): number | null {
  const cap = s?.capPoints;
  return typeof cap === 'number' && Number.isFinite(cap) ? cap : null;
}

/** Months of a cap period: 1 for 月, 3 for 季 (months 1–3, 4–6 … share a quarter's cap). */
export function capSpan(capPeriod: '月' | '季'): number {
  return capPeriod === '月' ? 1 : 3;
}

/**
 * Twelve monthly totals (January first) after the cap: `values` are the months' points, `deducted` the
 * deductions in them (≤ 0, deductionAt). Within a cap period the months share the cap on what they earned
 * (values − deducted) in order, and each month keeps its deductions in full. A cap of null (or not above 0)
 * leaves the values as they are.
 */
export function capMonths(
  values: ArrayLike<number>,
  deducted: ArrayLike<number>,
  cap: number | null,
  span: number,
): number[] {
  const out = Array.from({ length: values.length }, (_, m) => values[m]);
  if (cap === null || !(cap > 0)) return out;
  let running = 0;
  for (let m = 0; m < out.length; m++) {
    if (m % span === 0) running = 0;
    const d = deducted[m];
    const earned = d === 0 ? values[m] : values[m] - d;
    out[m] = cappedSlice(running, running + earned, cap) + d;
    running += earned;
  }
  return out;
}

const PENALTY = '倒扣';

/**
 * The deduction (≤ 0) in row i's points, which a cap does not absorb; the rest (points − deduction) is what
 * the row earned. `ledger`: the ledger's rows as columns (its 核定, 调整分, 调整理由), row i for scored row i.
 * Points of 0 mean the row did not count (held, 不计分, a repeat …), unless its own points and a negative
 * 调整分 cancel exactly (base × multiplier + bonus = −调整分): then it earned those and deducts as much.
 */
export function deductionAt(c: ScoredColumns, ledger: LedgerTable, i: number): number {
  const p = c.points[i];
  if (!(p - p === 0)) return 0; // not finite: a hand-built row's missing points (read as 0)
  if (i >= ledger.n) return p < 0 ? p : 0;
  if (ledger.verdicts.values[ledger.verdict[i]] === PENALTY) return p < 0 ? p : 0;
  const adjustment = ledger.adjustment.at(i);
  // As scoring counts it (score.ts countedAdjustment): none without 调整理由.
  if (!(adjustment < 0) || ledger.adjustmentReason.at(i) === '') return p < 0 ? p : 0;
  if (p !== 0) return adjustment;
  const k = c.kinds[c.kind[i]];
  const own = k === undefined ? 0 : k.base * k.multiplier + c.bonus(i);
  return c.countable[i] === 1 && Math.abs(own + adjustment) < 1e-9 ? adjustment : 0;
}

/** The deduction in a relay share `relay` of a row of `points` with `deduction` in them: its share of it. */
export function relayDeduction(relay: number, points: number, deduction: number): number {
  return deduction === 0 || points === 0 || !(relay - relay === 0) ? 0 : (relay * deduction) / points;
}
