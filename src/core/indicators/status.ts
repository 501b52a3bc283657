// 状态: ordering of statuses and the pace (按时间进度) rules of RULES §4.
import { clean } from '../text';
import type { Status, Window } from '../types';
import { bucketBounds, bucketCount, type YearCalendar } from './calendar';

/** Worst to best: 未达标 < 进度滞后 < 进度正常 < 已达标. */
export const STATUS_ORDER: readonly Status[] = ['未达标', '进度滞后', '进度正常', '已达标'];

export function statusRank(status: Status): number {
  return STATUS_ORDER.indexOf(status);
}

export function worstStatus(statuses: Status[], whenEmpty: Status): Status {
  let worst = whenEmpty;
  let rank = Number.POSITIVE_INFINITY;
  for (const s of statuses) {
    const r = statusRank(s);
    if (r < rank) {
      rank = r;
      worst = s;
    }
  }
  return worst;
}

export function bestStatus(statuses: Status[], whenEmpty: Status): Status {
  let best = whenEmpty;
  let rank = Number.NEGATIVE_INFINITY;
  for (const s of statuses) {
    const r = statusRank(s);
    if (r > rank) {
      rank = r;
      best = s;
    }
  }
  return best;
}

/** Tolerance for comparing sums of halves and fifths (0.1 + 0.2 ≥ 0.3). */
const EPS = 1e-9;

export function reached(value: number, target: number): boolean {
  return value + EPS >= target;
}

/**
 * A yearly window against the time-prorated target: expected = target × elapsed / daysInYear.
 * Met → 已达标; year closed and not met → 未达标; at or above expected → 进度正常; else 进度滞后.
 */
export function yearStatus(value: number, target: number, cal: YearCalendar): Status {
  if (reached(value, target)) return '已达标';
  if (cal.closed) return '未达标';
  const expected = (target * cal.elapsed) / cal.daysInYear;
  return reached(value, expected) ? '进度正常' : '进度滞后';
}

export interface BucketResult {
  bucket: number; // 1-based month or quarter
  value: number;
  met: boolean | null; // null while the bucket is open (or not begun)
  /** This bucket's 目标 when a dated version sets another than the reported one (the current bucket's). */
  target?: number;
}

/**
 * A 每月/每季 window: every closed bucket (its last day ≤ asOf) must reach its target.
 * Any closed bucket short → 未达标. All buckets of the year closed and met → 已达标. Otherwise 进度正常:
 * the open bucket is not judged (RULES §4 Pace: monthly windows judge only closed months; the current
 * month shows progress, 本月已 1/2 in the text). Prorating it made every unit 进度滞后 on the 1st of a
 * month and kept the 通报 from praising the first (audit s33 F2).
 * The reported value is the value of the bucket holding asOf (the last bucket once the year is over,
 * the first before it starts).
 * `thresholds` (CompiledIndicator.bucketTargets): each bucket's own 目标 under dated versions, times
 * `scale` (a team's headcount); NaN leaves the bucket out, judged by no version (compile.ts indicatorPlans).
 * `deemed`: the buckets whose version lists the subject under 视同达标: a closed one is met whatever its
 * value, an open one is not paced; when every bucket is deemed or closed and met, the indicator is 已达标.
 */
export function bucketStatus(
  values: ArrayLike<number>,
  target: number,
  window: Window,
  cal: YearCalendar,
  thresholds: ArrayLike<number> | null = null,
  scale = 1,
  deemed: ArrayLike<boolean> | null = null,
): { status: Status; buckets: BucketResult[]; value: number; current: number } {
  const n = bucketCount(window);
  const buckets: BucketResult[] = [];
  let anyFailed = false;
  let allClosed = true;
  let current = cal.asOf < cal.start ? 0 : n - 1;
  let allSettled = true; // every judged bucket deemed, or closed and met
  for (let b = 0; b < n; b++) {
    const { from, to } = bucketBounds(cal, window, b);
    const value = values[b] ?? 0;
    const own = thresholds ? thresholds[b] : target;
    if (Number.isNaN(own)) continue;
    const goal = thresholds ? clean(own * scale) : target;
    const result: BucketResult = { bucket: b + 1, value, met: null };
    if (goal !== target) result.target = goal;
    buckets.push(result);
    const forgiven = deemed?.[b] === true;
    if (to <= cal.asOf) {
      const met = forgiven || reached(value, goal);
      if (!met) anyFailed = true;
      result.met = met;
      if (to === cal.asOf) current = b; // asOf on the bucket's last day: it holds asOf, closed
      continue;
    }
    allClosed = false;
    if (!forgiven) allSettled = false;
    if (from <= cal.asOf) current = b;
  }
  const status: Status = anyFailed ? '未达标' : allClosed || allSettled ? '已达标' : '进度正常';
  const held = buckets.find((x) => x.bucket === current + 1);
  return { status, buckets, value: held?.value ?? 0, current: current + 1 };
}
