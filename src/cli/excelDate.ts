// Dates as .xlsx files hold them, for the two readers (exceljs' and the streaming one): one conversion.

/**
 * exceljs hands dates over as UTC instants whose UTC fields are the calendar date and time shown in the
 * cell. The core reads a Date by its local fields (as Sheets hands them), so move the fields across.
 * Serial-number round-off (…59.999) is removed by rounding to the second.
 */
export function dateFromExcel(d: Date): Date {
  const t = Math.round(d.getTime() / 1000) * 1000;
  const u = new Date(t);
  return new Date(
    u.getUTCFullYear(),
    u.getUTCMonth(),
    u.getUTCDate(),
    u.getUTCHours(),
    u.getUTCMinutes(),
    u.getUTCSeconds(),
  );
}
