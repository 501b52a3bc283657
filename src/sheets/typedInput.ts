// Strings Sheets would not keep as typed. Range.setValues parses a string as if a user typed it into
// the cell (the Sheets API calls it USER_ENTERED: "=1+2" becomes a formula, "Mar 1 2016" a date):
// numbers (0012, 1,000, 1e5, 50%, ¥100), fractions (1 1/2), dates and times (2024-03-05, 3/5, 3月5日,
// 9:30), booleans (TRUE) and error literals (#N/A) turn into values of another type, and a leading
// = + - @ starts a formula. Such a string is written with a leading apostrophe (Sheets stores the rest
// as text and does not show the apostrophe), except into a cell formatted as plain text "@", which
// keeps whatever is written. Erring on the side of quoting is harmless; missing a form loses data.

const ERROR_LITERAL = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d/i;

/** True when Sheets would store something other than this exact text. */
export function sheetsWouldParse(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (/^[=+\-@']/.test(text.trimStart())) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (ERROR_LITERAL.test(t)) return true;
  // Numbers with grouping, decimals, exponent, currency and percent signs.
  if (/^[$¥€£]?\s*[\d.,]+(\s*e\s*[+-]?\d+)?\s*%?$/i.test(t)) return true;
  // Fractions and mixed numbers: 1/2, 1 1/2.
  if (/^\d+(\s+\d+)?\s*\/\s*\d+$/.test(t)) return true;
  // Dates and times that start with digits: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 3月5日, 9:30.
  if (/^\d{1,4}\s*[-/.年月:]\s*\d{1,2}/.test(t)) return true;
  return MONTHS.test(t);
}

/** User text as setValues must receive it to stay that text, in a cell with number format `format`. */
export function asTypedText(text: string, format = 'General'): string {
  return format !== '@' && sheetsWouldParse(text) ? `'${text}` : text;
}
