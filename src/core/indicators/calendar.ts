// The assessment year as integer day arithmetic: month lookup by offset, bucket bounds, elapsed days.
import { dayFromYmd, daysInMonth } from '../dates';
import type { Day, Window } from '../types';

export interface YearCalendar {
  year: number;
  start: Day; // Jan 1
  end: Day; // Dec 31
  daysInYear: number;
  asOf: Day;
  /** asOf ≥ Dec 31: the year is closed. */
  closed: boolean;
  /** Days from Jan 1 to min(asOf, Dec 31) inclusive (0 when asOf is before the year). */
  elapsed: number;
  /** The last counted day: min(asOf, Dec 31). */
  last: Day;
  /** Month index 0..11 by day offset from Jan 1 (countedMonth reads it). */
  monthByOffset: Int8Array;
  monthStart: Day[];
  monthEnd: Day[];
}

export function yearCalendar(year: number, asOf: Day): YearCalendar {
  const y = Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : 2000;
  const start = dayFromYmd(y, 1, 1);
  const end = dayFromYmd(y, 12, 31);
  const daysInYear = end - start + 1;
  const monthStart: Day[] = [];
  const monthEnd: Day[] = [];
  const monthByOffset = new Int8Array(daysInYear);
  for (let m = 1; m <= 12; m++) {
    const s = dayFromYmd(y, m, 1);
    const e = dayFromYmd(y, m, daysInMonth(y, m));
    monthStart.push(s);
    monthEnd.push(e);
    monthByOffset.fill(m - 1, s - start, e - start + 1);
  }
  const safeAsOf = Number.isFinite(asOf) ? Math.floor(asOf) : end;
  const last = Math.min(safeAsOf, end); // rows after asOf (or after the year) do not count yet
  const elapsed = Math.max(0, Math.min(safeAsOf, end) - start + 1);
  return {
    year: y,
    start,
    end,
    daysInYear,
    asOf: safeAsOf,
    closed: safeAsOf >= end,
    elapsed,
    last,
    monthByOffset,
    monthStart,
    monthEnd,
  };
}

/** Month index 0..11 of a counted day: in the year and ≤ asOf; -1 otherwise. */
export function countedMonth(cal: YearCalendar, day: Day | null | undefined): number {
  if (day === null || day === undefined || !Number.isFinite(day)) return -1;
  if (day < cal.start || day > cal.last) return -1;
  return cal.monthByOffset[Math.floor(day) - cal.start];
}

export function bucketCount(window: Window): number {
  return window === '每月' ? 12 : window === '每季' ? 4 : 1;
}

/** Bucket of a month index 0..11 under a window: the year is one bucket, quarters group three months. */
export function bucketOfMonth(window: Window, month0: number): number {
  return window === '每月' ? month0 : window === '每季' ? Math.floor(month0 / 3) : 0;
}

/** First and last day of bucket b (0-based) of a window. */
export function bucketBounds(cal: YearCalendar, window: Window, b: number): { from: Day; to: Day } {
  if (window === '每月') return { from: cal.monthStart[b], to: cal.monthEnd[b] };
  if (window === '每季') return { from: cal.monthStart[b * 3], to: cal.monthEnd[b * 3 + 2] };
  return { from: cal.start, to: cal.end };
}
