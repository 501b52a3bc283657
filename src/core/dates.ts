// Calendar days as integers (days since 1970-01-01), parsed from every form staff type.
import type { Cell, Day } from './types';

const MS_PER_DAY = 86_400_000;
/** Sheets/Excel serial 0 = 1899-12-30, i.e. day -25569. */
const SERIAL_EPOCH: Day = -25_569;

export function dayFromYmd(y: number, m: number, d: number): Day {
  // H. Hinnant's civil→days for whole dates of a real month (every parsed cell); Date.UTC for the rest,
  // which rolls months over and reads years 0–99 as 1900–1999.
  if (
    !(
      Number.isInteger(y) &&
      y >= 100 &&
      y <= 9999 &&
      Number.isInteger(m) &&
      m >= 1 &&
      m <= 12 &&
      Number.isInteger(d) &&
      Math.abs(d) <= 100_000
    )
  )
    return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Every typed date is checked against its month: no Date object for a real year and month.
  if (!(Number.isInteger(y) && y >= 100 && Number.isInteger(m) && m >= 1 && m <= 12))
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m !== 2) return MONTH_DAYS[m - 1];
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/**
 * Civil date of a day by integer arithmetic (H. Hinnant's days→civil), packed as y × 512 + m × 32 + d so
 * that the hot loops bucketing 100,000 rows by year and month allocate nothing.
 */
function civil(day: Day): number {
  const f = Math.floor(day);
  if (f >= TABLE_FROM && f < TABLE_TO) {
    const k = f - TABLE_FROM;
    if (CIVIL_FILLED[k >>> BLOCK_BITS] === 0) fillBlock(k >>> BLOCK_BITS);
    return CIVIL[k];
  }
  return civilOf(f);
}

/**
 * Days 1900-01-01 … 2200-12-31 (every date a cell can hold) are looked up: 301 years, 440 KB, each block of
 * 512 days worked out on its first use. Not the whole table at once: every custom-function call and menu
 * item is a fresh Apps Script execution, and a ledger's dates fill a few blocks.
 */
const TABLE_FROM: Day = -25_567; // 1900-01-01
const TABLE_TO: Day = 84_371; // 2201-01-01
const BLOCK_BITS = 9;
const CIVIL = new Int32Array(TABLE_TO - TABLE_FROM);
const CIVIL_FILLED = new Uint8Array(((TABLE_TO - TABLE_FROM) >>> BLOCK_BITS) + 1);

function fillBlock(block: number): void {
  const from = block << BLOCK_BITS;
  const to = Math.min(from + (1 << BLOCK_BITS), CIVIL.length);
  for (let k = from; k < to; k++) CIVIL[k] = civilOf(k + TABLE_FROM);
  CIVIL_FILLED[block] = 1;
}

function civilOf(day: Day): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 512 + m * 32 + d;
}

export function ymdOfDay(day: Day): { y: number; m: number; d: number } {
  const p = civil(day);
  const y = Math.floor(p / 512);
  const rest = p - y * 512;
  return { y, m: Math.floor(rest / 32), d: rest % 32 };
}

export function yearOf(day: Day): number {
  return Math.floor(civil(day) / 512);
}

/** yearOf for day after day: the last year's bounds kept, so a ledger's days of one year cost a compare. */
export function yearReader(): (day: Day) => number {
  let from = 0;
  let to = -1;
  let year = 0;
  return (day) => {
    if (day >= from && day < to) return year;
    year = yearOf(day);
    from = dayFromYmd(year, 1, 1);
    to = dayFromYmd(year + 1, 1, 1);
    return year;
  };
}

/** Month 1..12. */
export function monthOf(day: Day): number {
  const p = civil(day);
  return Math.floor((p - Math.floor(p / 512) * 512) / 32);
}

/** The month of a day counted from year 0 (year × 12 + month − 1): months compare and subtract as numbers. */
export function monthIndex(day: Day): number {
  return yearOf(day) * 12 + monthOf(day) - 1;
}

/** Quarter 1..4. */
export function quarterOf(day: Day): number {
  return Math.floor((monthOf(day) - 1) / 3) + 1;
}

export function dayToIso(day: Day): string {
  const { y, m, d } = ymdOfDay(day);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A JS Date's calendar day in the runtime's local time zone (Apps Script: the script's zone). */
export function dayOfDate(date: Date): Day {
  return dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A Day as a local-midnight Date (what Sheets shows as that date). */
export function dateOfDay(day: Day): Date {
  const { y, m, d } = ymdOfDay(day);
  return new Date(y, m - 1, d);
}

export function dayFromSerial(serial: number): Day {
  return SERIAL_EPOCH + Math.floor(serial);
}

/**
 * Serial 0 of a number read as a day (parseDay): 1899-12-30, or 1904-01-01 (1462 days on) while a workbook
 * saved with Excel's 1904 date system is read (withSerials1904). Cells formatted as dates are Dates already.
 */
let serialZero: Day = SERIAL_EPOCH;

/** Run `read` with numbers read as days counted from 1904-01-01 when `on` (a date1904 workbook). */
export function withSerials1904<T>(on: boolean, read: () => T): T {
  const before = serialZero;
  serialZero = on ? SERIAL_EPOCH + 1462 : SERIAL_EPOCH;
  try {
    return read();
  } finally {
    serialZero = before;
  }
}

export function serialOfDay(day: Day): number {
  return day - SERIAL_EPOCH;
}

// The last: yy/m/d as Excel shows a short date (24/3/5), this century.
const DATE_PATTERNS: RegExp[] = [
  /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
  /^(\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/,
  // 24年4月20日: a two-digit year, as 24.4.20 and 24/4/20 are read (audit s34 A-F8).
  /^(\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/,
];

/**
 * Date-time text (2024/1/13 0:00, 2024-03-05T00:00:00, …T16:00:00.000Z): the date, the hour and minute,
 * AM/PM, and the zone. Without a zone the day is the one written; with one (Z, +00:00, -05:00: an instant,
 * JavaScript's toISOString()) it is the day of that instant in Asia/Shanghai (RULES §9: the office's
 * calendar), as +08:00 is read. A zone is one after a T or after seconds: 2024/1/13 10:00-12:00 is a time
 * range typed by a person, read as the day written.
 */
const TIME_OF_DAY =
  /^(\S+?)(?:([T\s]+)(\d{1,2}):(\d{2})(:\d{2}(?:\.\d+)?)?(?:\s*([AaPp])[Mm])?)\s?(Z|[+-]\d{2}:?\d{2})?$/;

/** Asia/Shanghai's offset from UTC in minutes (UTC+8, no daylight saving since 1991). */
const SHANGHAI_MINUTES = 480;

/** Days to add to the written day for its time in `zone` to fall on Shanghai's calendar: -1, 0 or 1. */
function zoneShift(hour: string, minute: string, half: string | undefined, zone: string): number {
  let h = Number(hour);
  if (half !== undefined) h = (h % 12) + (half === 'P' || half === 'p' ? 12 : 0);
  const offset =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return Math.floor((h * 60 + Number(minute) - offset + SHANGHAI_MINUTES) / 1440);
}

/** What Chinese Excel and WPS add to a date as text: a weekday, 上午/下午 before the time, a closing dot. */
const OFFICE_EXTRAS = /[星周礼午晚凌]|[.。]$/;

/** 2024年1月13日 星期二, 2024/1/13 下午 2:30:00, 2024.1.13. → the date (and time) alone. */
function withoutExtras(text: string): string {
  return text
    .replace(/\s*[（(]?\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[）)]?\s*/, ' ')
    .replace(/\s*(?:上午|下午|中午|晚上|凌晨)\s*(?=\d{1,2}:\d{2})/, ' ')
    .replace(/[.。]$/, '')
    .trim();
}

/** Chinese digits: 〇 零 ○ Ｏ are 0, then 一 … 九. */
const CN_DIGITS = '〇零○Ｏ一二三四五六七八九';

/** A Chinese digit's value; undefined for any other character. */
function cnDigit(c: string): number | undefined {
  const i = CN_DIGITS.indexOf(c);
  return i < 0 ? undefined : Math.max(i - 3, 0);
}

/** 二〇二四年三月五日 → 2024年3月5日: digit by digit for the year, 十 for months and days. */
function fromChineseNumerals(text: string): string {
  return text.replace(/[〇零○Ｏ一二三四五六七八九十]+/g, (run) => {
    if (!run.includes('十')) return [...run].map((c) => cnDigit(c) ?? c).join('');
    const [tens, ones] = run.split('十');
    if (tens.length > 1 || ones.length > 1) return run;
    return String((tens === '' ? 1 : (cnDigit(tens) ?? 0)) * 10 + (ones === '' ? 0 : (cnDigit(ones) ?? 0)));
  });
}

/**
 * Parse a date cell. Returns null for a blank cell and 'invalid' for anything that is not a date:
 * the caller turns that into a row issue. Numbers are sheet serials (20240305 is read as yyyymmdd).
 */
export function parseDay(cell: Cell): Day | null | 'invalid' {
  if (cell === null || cell === undefined || cell === '') return null;
  if (cell instanceof Date) {
    const t = cell.getTime();
    if (Number.isNaN(t)) return 'invalid';
    const day = dayOfDate(cell);
    const y = yearOf(day);
    if (y >= 1900 && y <= 2200) return day;
    // 20240305 typed as a number under a date format: Sheets hands it over as the Date of serial 20240305.
    const serial = serialOfDay(day);
    return serial >= 19_000_101 && serial <= 22_001_231 ? parseDay(serial) : 'invalid';
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return 'invalid';
    if (cell >= 19_000_101 && cell <= 22_001_231 && Number.isInteger(cell)) {
      return parseDay(String(cell));
    }
    // Serials 1 (1899-12-31) … 109574 (2199-12-31).
    if (cell >= 1 && cell < 109_575) return serialZero + Math.floor(cell);
    return 'invalid';
  }
  if (typeof cell === 'boolean') return 'invalid';
  if (typeof cell === 'string' && cell.length === 10) {
    const fast = isoDay(cell);
    if (fast !== null) return fast;
  }
  // Full-width digits and separators (２０２４－０３－０５) as typed with a Chinese input method.
  const text = String(cell)
    .replace(/[\uff0d\uff0e\uff0f\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();
  if (text === '') return null;
  const plain = OFFICE_EXTRAS.test(text) ? withoutExtras(text) : text;
  const timed = TIME_OF_DAY.exec(plain);
  const zoned = timed?.[7] !== undefined && (timed[7] === 'Z' || timed[2] === 'T' || timed[5] !== undefined);
  const shift = zoned ? zoneShift(timed![3], timed![4], timed![6], timed![7]) : 0;
  const bare = timed
    ? timed[1]
    : /[〇零○一二三四五六七八九十]/.test(plain)
      ? fromChineseNumerals(plain)
      : plain;
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(bare);
    if (m) {
      const y = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      return isValidYmd(y, mo, d) ? dayFromYmd(y, mo, d) + shift : 'invalid';
    }
  }
  return 'invalid';
}

/**
 * A date cell of the ledger or a rule table: text of five digits (45418, or 45418.0) is a serial (a CSV's, as a
 * column left 常规 writes it: 2024-05-06; five digits are 1927 to 2173) and is read as that number; 20240506 (yyyymmdd) and
 * anything else as parseDay reads it. Fewer digits (2024, 12) are a year or a day typed alone, not a serial:
 * refused with the text as typed, never read as a day of 1905.
 */
export function parseDateCell(cell: Cell): Day | null | 'invalid' {
  // 45363.0: a serial as Python or pandas writes it out (audit s34 A-F8).
  if (typeof cell === 'string' && cell.length <= 12 && /^\s*\d{5}(\.0+)?\s*$/.test(cell))
    return parseDay(Number(cell));
  return parseDay(cell);
}

/** yyyy-mm-dd typed exactly (the common case), without regular expressions; null when not that form. */
function isoDay(t: string): Day | 'invalid' | null {
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return null; // '-'
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  return isValidYmd(y, m, d) ? dayFromYmd(y, m, d) : 'invalid';
}

/** 3月5日, 3月5号, 3.5, 03-05, 3/5: a month and a day without a year (clerks' shorthand). */
const MONTH_DAY = [/^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/, /^(\d{1,2})\s*[-/.]\s*(\d{1,2})$/];

/**
 * The month and day of a date cell typed without a year (3月5日, 3.5, 03-05, 三月五日), null for any other
 * cell: a date with a year, or text that is no date at all. The day is checked against the month (2月29日 in
 * any year: the caller checks it against the year it reads the date in).
 */
export function monthDayOf(cell: Cell): { m: number; d: number } | null {
  if (typeof cell !== 'string' || cell.length > 12) return null;
  const text = cell
    .replace(/[\uff0d\uff0e\uff0f\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim()
    .replace(/[.。]$/, '');
  const bare = /[〇零○一二三四五六七八九十]/.test(text) ? fromChineseNumerals(text) : text;
  for (const pattern of MONTH_DAY) {
    const m = pattern.exec(bare);
    if (!m) continue;
    const mo = Number(m[1]);
    const d = Number(m[2]);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 ? 29 : daysInMonth(2001, mo))
      ? { m: mo, d }
      : null;
  }
  return null;
}
