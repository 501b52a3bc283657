// What Sheets makes of a string written by Range.setValue(s): the string is parsed as if typed into the
// cell ("USER_ENTERED": "The input is parsed exactly as if it were entered into the Google Sheets UI, so
// "Mar 1 2016" becomes a date, and "=1+2" becomes a formula",
// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption), unless the cell's number
// format is plain text "@" (https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat;
// https://developers.google.com/sheets/api/guides/formats: "@" = text) or the string starts with an
// apostrophe, which Sheets drops and keeps the rest as text.
// Modelled for a zh_CN spreadsheet: numbers (0012 → 12, 1,000, 1e5, 50 %, ¥100), mixed fractions
// (1 1/2 → 1.5), dates (2024-03-05, 2024/3/5, 2024年3月5日, 3月5日 and 3/5 in the current year), times
// (9:30), booleans (TRUE), error literals (#N/A), and formulas (= + - @ at the start).
// A date is returned as its wall clock (ms as if UTC); the caller knows the zone.

export type Parsed =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; wall: number }
  | { kind: 'error'; value: string }
  | { kind: 'formula'; formula: string; implicit: boolean };

const ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!']);

function validDate(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const t = Date.UTC(y, m - 1, d);
  return new Date(t).getUTCDate() === d ? t : null;
}

const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function number(s: string): number | null {
  if (!/\d/.test(s) || !NUMBER.test(s)) return null;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Parse a typed string; `year` is the spreadsheet's current year (for 3月5日 and 3/5). */
export function parseTyped(input: string, year: number): Parsed {
  const s = input.trim();
  if (s === '') return { kind: 'text', text: input };
  if (ERRORS.has(s.toUpperCase())) return { kind: 'error', value: s.toUpperCase() };
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean', value: s.toLowerCase() === 'true' };
  const n = number(s);
  if (n !== null) return { kind: 'number', value: n };
  const pct = /^(.+?)\s*%$/.exec(s);
  if (pct && number(pct[1]) !== null) return { kind: 'number', value: (number(pct[1]) as number) / 100 };
  const cur = /^([+-]?)[$¥€£]\s*(.+)$/.exec(s);
  if (cur && number(cur[2]) !== null)
    return { kind: 'number', value: (cur[1] === '-' ? -1 : 1) * (number(cur[2]) as number) };
  const frac = /^([+-]?)(\d+)\s+(\d+)\/(\d+)$/.exec(s);
  if (frac && Number(frac[4]) !== 0) {
    const v = Number(frac[2]) + Number(frac[3]) / Number(frac[4]);
    return { kind: 'number', value: frac[1] === '-' ? -v : v };
  }
  let m = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/.exec(s);
  if (!m) m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(s);
  if (m) {
    const t = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (t !== null) return { kind: 'date', wall: t };
  }
  const md = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(s) ?? /^(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (md) {
    const t = validDate(year, Number(md[1]), Number(md[2]));
    if (t !== null) return { kind: 'date', wall: t };
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    return {
      kind: 'date',
      wall: Date.UTC(1899, 11, 30, Number(time[1]), Number(time[2]), Number(time[3] ?? 0)),
    };
  }
  if (input.startsWith('=') && input.length > 1) return { kind: 'formula', formula: input, implicit: false };
  // A leading + - or @ starts a formula too (an error for most text).
  if (/^[+\-@]/.test(input)) return { kind: 'formula', formula: `=${input}`, implicit: true };
  return { kind: 'text', text: input };
}
