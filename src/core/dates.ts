// Calendar days as integers (days since 1970-01-01), parsed from every form staff type.
import type { Cell, Day } from './types';

const MS_PER_DAY = 86_400_000;
/** Sheets/Excel serial 0 = 1899-12-30, i.e. day -25569. */
const SERIAL_EPOCH: Day = -25_569;

export function dayFromYmd(y: number, m: number, d: number): Day {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function ymdOfDay(day: Day): { y: number; m: number; d: number } {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Month 1..12. */
export function monthOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
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

export function serialOfDay(day: Day): number {
  return day - SERIAL_EPOCH;
}

const DATE_PATTERNS: RegExp[] = [
  /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

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
    return y >= 1900 && y <= 2200 ? day : 'invalid';
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return 'invalid';
    if (cell >= 19_000_101 && cell <= 22_001_231 && Number.isInteger(cell)) {
      return parseDay(String(cell));
    }
    // Serials 1 (1899-12-31) … 109574 (2199-12-31).
    if (cell >= 1 && cell < 109_575) return dayFromSerial(cell);
    return 'invalid';
  }
  if (typeof cell === 'boolean') return 'invalid';
  const text = String(cell).trim();
  if (text === '') return null;
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(text);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      return isValidYmd(y, mo, d) ? dayFromYmd(y, mo, d) : 'invalid';
    }
  }
  return 'invalid';
}
