// 通报 periods: a year, a quarter, a month or a date range, and the period before it.
import { dayFromYmd, daysInMonth, dayToIso, parseDay, ymdOfDay } from './dates';
import { toHalfWidth } from './text';
import type { Day, Period } from './types';

const MIN_YEAR = 1900;
const QUARTER_ZH = '一二三四';

/** A date as people write it in a 通报: 2024年5月31日; `withYear` false drops the year (5月31日). */
export function dayZh(day: Day, withYear = true): string {
  const { y, m, d } = ymdOfDay(day);
  return `${withYear ? `${y}年` : ''}${m}月${d}日`;
}

/**
 * A date range in words: 2024年上半年 / 下半年 for the two halves, 2024年1月1日至5月31日 within a year,
 * 2023年12月1日至2024年1月31日 across years. The range keeps its machine code (2024-01-01..2024-06-30).
 */
export function rangeLabel(from: Day, to: Day): string {
  const a = ymdOfDay(from);
  const b = ymdOfDay(to);
  if (a.y === b.y && a.d === 1 && b.d === daysInMonth(b.y, b.m)) {
    if (a.m === 1 && b.m === 6) return `${a.y}年上半年`;
    if (a.m === 7 && b.m === 12) return `${a.y}年下半年`;
  }
  return `${dayZh(from)}至${dayZh(to, a.y !== b.y)}`;
}
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
    label: `${y}年第${QUARTER_ZH[q - 1]}季度`,
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
    label: rangeLabel(from, to),
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
    const q = QUARTER_ZH.indexOf(m[2]) + 1 || Number(m[2]);
    return y === null ? null : quarterPeriod(y, q);
  }
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(t) ?? /^(\d{4})年(\d{1,2})月$/.exec(t);
  if (m) {
    const y = year(m[1]);
    const mo = Number(m[2]);
    return y !== null && mo >= 1 && mo <= 12 ? monthPeriod(y, mo) : null;
  }
  m = /^(\d{4})年?([上下])半年$/.exec(t);
  if (m) {
    const y = year(m[1]);
    if (y === null) return null;
    return m[2] === '上'
      ? rangePeriod(dayFromYmd(y, 1, 1), dayFromYmd(y, 6, 30))
      : rangePeriod(dayFromYmd(y, 7, 1), dayFromYmd(y, 12, 31));
  }
  const days = rangeDays(t);
  return days !== null && days[0] <= days[1] ? rangePeriod(days[0], days[1]) : null;
}

/** The two days of a range (2024-01-01..2024-06-30, 2024年1月1日至5月31日) as written, in either order; else null. */
function rangeDays(t: string): [Day, Day] | null {
  const parts = t.split(/\.\.|至|~|～/);
  if (parts.length !== 2) return null;
  const from = parseDay(parts[0]);
  // 2024年1月1日至5月31日: the end takes the start's year.
  const head = /^(\d{4})年/.exec(parts[0]);
  const to = parseDay(head && /^\d{1,2}月/.test(parts[1]) ? `${head[1]}年${parts[1]}` : parts[1]);
  return typeof from === 'number' && typeof to === 'number' ? [from, to] : null;
}

/**
 * Why a text that reads as a date range is no period: its end lies before its start (sweep S17b F11: the
 * sidebar said "无法识别" and suggested the very format used). Null for any other text. The 生成通报 page
 * says the same words before it asks (report.js).
 */
export function reversedRange(text: string): string | null {
  const days = typeof text === 'string' ? rangeDays(toHalfWidth(text).replace(/\s+/g, '')) : null;
  if (days === null || days[0] <= days[1]) return null;
  return `起始日期${dayZh(days[0])}晚于截止日期${dayZh(days[1])}：请把起止日期改正后再生成`;
}

/** Month index (y × 12 + m − 1) → the period that month starts, as a year, quarter or month when it is one. */
function monthsPeriod(first: number, count: number): Period {
  const y = Math.floor(first / 12);
  const m = (first % 12) + 1;
  if (count === 12 && m === 1) return yearPeriod(y);
  if (count === 3 && m % 3 === 1) return quarterPeriod(y, (m + 2) / 3);
  if (count === 1) return monthPeriod(y, m);
  const last = first + count - 1;
  const ly = Math.floor(last / 12);
  const lm = (last % 12) + 1;
  return rangePeriod(dayFromYmd(y, m, 1), dayFromYmd(ly, lm, daysInMonth(ly, lm)));
}

/**
 * The period just before, calendar-aligned: the previous year / quarter / month; a range of whole months
 * (上半年, 2024-04-01..2024-06-30, 1月至5月) the same number of months before it (下半年 → 上半年, 上半年 →
 * the year before's 下半年), named as a quarter or month when it is one; any other range the same number
 * of days before it.
 */
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
      const a = ymdOfDay(p.from);
      const b = ymdOfDay(p.to);
      if (a.d === 1 && b.d === daysInMonth(b.y, b.m)) {
        const count = b.y * 12 + b.m - (a.y * 12 + a.m) + 1;
        return monthsPeriod(a.y * 12 + a.m - 1 - count, count);
      }
      const len = p.to - p.from + 1;
      return rangePeriod(p.from - len, p.from - 1);
    }
  }
}

/**
 * 上期 of a period counted only up to `asOf`, a day inside it (a 通报 made before its period ends): the same
 * part of the period just before (previousPeriod), from its start to the day as far into it. A year, quarter,
 * month or range of whole months (上半年) takes the same day of the same month position, clamped to that
 * month's end (2024-Q2 as of 5月15日 → 2024年1月1日至2月15日; 下半年 as of 8月14日 → 1月1日至2月14日; 12月 as of
 * 12月10日 → 11月1日至11月10日); any other range the same number of days. As 去年同期 is cut (samePeriodLastYear):
 * like with like (audit S24a F5: 45 days of 下半年 read against the whole 上半年). A period counted to its end,
 * or a cut that reaches the previous period's end, is the previous period itself, named as it is.
 */
export function previousPeriodTo(p: Period, asOf: Day): Period {
  const whole = previousPeriod(p);
  if (!(asOf >= p.from && asOf < p.to)) return whole;
  const a = ymdOfDay(p.from);
  const b = ymdOfDay(p.to);
  const wholeMonths = p.kind !== 'range' || (a.d === 1 && b.d === daysInMonth(b.y, b.m));
  let to: Day;
  if (wholeMonths) {
    const at = ymdOfDay(asOf);
    const w = ymdOfDay(whole.from);
    const month = w.y * 12 + w.m - 1 + (at.y * 12 + at.m - (a.y * 12 + a.m));
    const y = Math.floor(month / 12);
    const m = (month % 12) + 1;
    to = dayFromYmd(y, m, Math.min(at.d, daysInMonth(y, m)));
  } else to = whole.from + (asOf - p.from);
  return to >= whole.to ? whole : rangePeriod(whole.from, to);
}

/** The same calendar day a year earlier; 29 February a year back is 28 February. */
function yearBefore(day: Day): Day {
  const { y, m, d } = ymdOfDay(day);
  return dayFromYmd(y - 1, m, Math.min(d, daysInMonth(y - 1, m)));
}

/**
 * The same period a year earlier (同比): 2023年第三季度 for 2024年第三季度; a range moves by a year. A year,
 * quarter or month counted only up to a day before its end (a 通报 issued inside its period, report.ts
 * `counted`) is compared with the same days a year earlier, named by its dates (2023年1月1日至2月15日):
 * RULES §7 compares like with like, so 2024-Q1 and 2024-01-01..2024-03-31, each as of 2月15日,
 * read the same 去年同期.
 */
export function samePeriodLastYear(p: Period): Period {
  const { y, m } = ymdOfDay(p.from);
  const named = (year: number): Period =>
    p.kind === 'year'
      ? yearPeriod(year)
      : p.kind === 'quarter'
        ? quarterPeriod(year, Math.floor((m - 1) / 3) + 1)
        : monthPeriod(year, m);
  // Counted up to its natural end: the whole period a year back, named as one.
  if (p.kind !== 'range' && p.to === named(y).to) return named(y - 1);
  return rangePeriod(yearBefore(p.from), yearBefore(p.to));
}

/**
 * Why a period cannot be a 通报's, or null. A range across two years is refused: the assessment period is
 * the natural year (001 §五 每个自然年度为一个考核期), so its 累计积分, 达标状态 and 期数 belong to one year;
 * across two they would read January alone as the new year and call the old year's months 0. An office
 * issues the two parts (or the year) instead.
 */
export function periodRefusal(p: Period): string | null {
  const a = ymdOfDay(p.from);
  const b = ymdOfDay(p.to);
  if (a.y === b.y) return null;
  const first = rangePeriod(p.from, dayFromYmd(a.y, 12, 31));
  const second = rangePeriod(dayFromYmd(b.y, 1, 1), p.to);
  return `期间「${p.label}」跨越${a.y}年和${b.y}年：考核以自然年度为期，累计积分和达标状态按年度计算，一期通报不能跨年。请分两期生成：${first.code}（${first.label}）和 ${second.code}（${second.label}）。`;
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
