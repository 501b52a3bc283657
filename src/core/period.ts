// 通报 periods: a year, a quarter, a month or a date range, and the period before it.
import { dayFromYmd, daysInMonth, dayToIso, parseDay, ymdOfDay } from './dates';
import { toHalfWidth } from './text';
import type { Day, Period } from './types';

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

export function yearPeriod(y: number): Period {
  return {
    kind: 'year',
    label: `${y}年`,
    code: String(y),
    from: dayFromYmd(y, 1, 1),
    to: dayFromYmd(y, 12, 31),
  };
}

export function quarterPeriod(y: number, q: number): Period {
  const m0 = (q - 1) * 3 + 1;
  return {
    kind: 'quarter',
    label: `${y}年第${q}季度`,
    code: `${y}-Q${q}`,
    from: dayFromYmd(y, m0, 1),
    to: dayFromYmd(y, m0 + 2, daysInMonth(y, m0 + 2)),
  };
}

export function monthPeriod(y: number, m: number): Period {
  return {
    kind: 'month',
    label: `${y}年${m}月`,
    code: `${y}-${String(m).padStart(2, '0')}`,
    from: dayFromYmd(y, m, 1),
    to: dayFromYmd(y, m, daysInMonth(y, m)),
  };
}

export function rangePeriod(from: Day, to: Day): Period {
  return {
    kind: 'range',
    label: `${dayToIso(from)}至${dayToIso(to)}`,
    code: `${dayToIso(from)}..${dayToIso(to)}`,
    from,
    to,
  };
}

/**
 * Parse 2024 | 2024-Q1 | 2024-03 | 2024-01-01..2024-06-30 (also 2024年, 2024年第1季度, 2024年3月).
 * Returns null when the text is not a period.
 */
export function parsePeriod(text: string): Period | null {
  if (typeof text !== 'string') return null;
  const t = toHalfWidth(text).replace(/\s+/g, '');
  // Years outside the calendar the dates accept (0024, 1899) are typing slips, not periods.
  const year = (y: string) => {
    const n = Number(y);
    return n >= MIN_YEAR && n <= MAX_YEAR ? n : null;
  };
  let m = /^(\d{4})年?$/.exec(t);
  if (m) {
    const y = year(m[1]);
    return y === null ? null : yearPeriod(y);
  }
  m = /^(\d{4})-?[Qq]([1-4])$/.exec(t) ?? /^(\d{4})年第?([1-4一二三四])季度?$/.exec(t);
  if (m) {
    const y = year(m[1]);
    const q = '一二三四'.includes(m[2]) ? '一二三四'.indexOf(m[2]) + 1 : Number(m[2]);
    return y === null ? null : quarterPeriod(y, q);
  }
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(t) ?? /^(\d{4})年(\d{1,2})月$/.exec(t);
  if (m) {
    const y = year(m[1]);
    const mo = Number(m[2]);
    return y !== null && mo >= 1 && mo <= 12 ? monthPeriod(y, mo) : null;
  }
  const parts = t.split(/\.\.|至|~|～/);
  if (parts.length === 2) {
    const from = parseDay(parts[0]);
    const to = parseDay(parts[1]);
    if (typeof from === 'number' && typeof to === 'number' && from <= to) return rangePeriod(from, to);
  }
  return null;
}

/** The period just before: previous year / quarter / month, or a range of the same length. */
export function previousPeriod(p: Period): Period {
  const { y, m } = ymdOfDay(p.from);
  switch (p.kind) {
    case 'year':
      return yearPeriod(y - 1);
    case 'quarter': {
      const q = Math.floor((m - 1) / 3) + 1;
      return q === 1 ? quarterPeriod(y - 1, 4) : quarterPeriod(y, q - 1);
    }
    case 'month':
      return m === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, m - 1);
    case 'range': {
      const len = p.to - p.from + 1;
      return rangePeriod(p.from - len, p.from - 1);
    }
  }
}

export function inPeriod(day: Day | null, p: Period): boolean {
  return day !== null && day >= p.from && day <= p.to;
}

/**
 * "Today" clamped into a period (RULES §9): a past period is judged as of its end, a future one as of its
 * first day, so pace never reads a period from outside it.
 */
export function clampToPeriod(day: Day, period: Period): Day {
  return Math.min(Math.max(day, period.from), period.to);
}
