// Dates in the spreadsheet's own time zone. A date cell holds a calendar day; Apps Script hands it out
// as a Date at midnight of that day in the SPREADSHEET's zone (File → Settings), while the script's
// own zone (appsscript.json: Asia/Shanghai) decides what getDate() says. The two differ for any
// spreadsheet outside China, so every Date read from a cell or received as a custom-function argument
// is re-read here with Utilities.formatDate in the spreadsheet's zone (which custom functions may ask
// for), unless that zone is the script's own, and every date written is made with Utilities.parseDate
// in that zone.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getspreadsheettimezone
// https://developers.google.com/apps-script/reference/utilities/utilities#formatdatedate,-timezone,-format
import { dayFromYmd, dayToIso } from '../../core/dates';
import type { Day } from '../../core/types';

/** A Date from any realm (node:vm tests hand the script Dates of another realm). */
export function isDateValue(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}

/** The spreadsheet's time zone, or null when there is no spreadsheet to ask (then nothing is converted). */
export function spreadsheetZone(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = activeSpreadsheet(),
): string | null {
  try {
    const tz = ss?.getSpreadsheetTimeZone();
    return typeof tz === 'string' && tz !== '' ? tz : null;
  } catch {
    return null;
  }
}

function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  try {
    return typeof SpreadsheetApp === 'undefined' ? null : SpreadsheetApp.getActiveSpreadsheet();
  } catch {
    return null;
  }
}

/** The calendar day an instant falls on in a zone. */
export function dayIn(date: Date, tz: string): Day {
  const [y, m, d] = Utilities.formatDate(date, tz, 'yyyy-MM-dd').split('-').map(Number);
  return dayFromYmd(y, m, d);
}

/** Today in the spreadsheet's zone (the script's when there is none). */
export function todayIn(tz: string | null): Day {
  const now = new Date();
  if (tz === null) return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
  return dayIn(now, tz);
}

/** The Date a script writes so that the cell shows `day` in the spreadsheet's zone. */
export function dateForCell(day: Day, tz: string | null): Date {
  const iso = dayToIso(day);
  if (tz === null) {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(y, m - 1, d);
  }
  return Utilities.parseDate(iso, tz, 'yyyy-MM-dd');
}

/**
 * A value (cell, row, grid or custom-function argument) with every Date replaced by local midnight, in
 * the script's runtime, of the calendar day (and time) the cell shows in `tz`: the engine reads a Date
 * with getFullYear/getMonth/getDate. One formatDate per distinct instant (a ledger repeats its days);
 * none per date when `tz` is the script's own zone, where each Date already reads that day.
 */
export function datesInZone<T>(value: T, tz: string | null): T {
  if (tz === null) return value;
  if (isScriptZone(tz)) return value;
  const cache = new Map<number, Date>();
  const convert = (x: unknown): unknown => {
    if (isDateValue(x)) {
      const t = x.getTime();
      if (Number.isNaN(t)) return x;
      let local = cache.get(t);
      if (!local) {
        const [y, mo, d, h, mi, s] = Utilities.formatDate(x, tz, 'yyyy-MM-dd-HH-mm-ss')
          .split('-')
          .map(Number);
        local = new Date(y, mo - 1, d, h, mi, s);
        cache.set(t, local);
      }
      return local;
    }
    if (Array.isArray(x)) return x.map(convert);
    return x;
  };
  return convert(value) as T;
}

/** The manifest's timeZone (appsscript.json, held equal by a test): the zone Apps Script runs Dates in. */
export const SCRIPT_ZONE = 'Asia/Shanghai';

/**
 * True when the spreadsheet's zone is the script's own: a Date's getters then already read the day the
 * cell shows, so the ledger's hundreds of distinct dates need no Utilities.formatDate each. Held to
 * formatDate on a winter and a summer instant, once per execution (and runtime zone, for node's tests).
 */
function isScriptZone(tz: string): boolean {
  if (tz !== SCRIPT_ZONE) return false;
  const probes = [new Date(2024, 0, 15, 12, 30), new Date(2024, 6, 15, 12, 30)];
  const key = `${probes[0].getTime()}|${probes[1].getTime()}`;
  let same = SAME_ZONE.get(key);
  if (same === undefined) {
    same = probes.every((p) => Utilities.formatDate(p, tz, 'yyyy-MM-dd HH:mm') === localText(p));
    SAME_ZONE.set(key, same);
  }
  return same;
}

const SAME_ZONE = new Map<string, boolean>();

/** A Date's local wall clock as Utilities.formatDate's yyyy-MM-dd HH:mm writes it. */
function localText(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
