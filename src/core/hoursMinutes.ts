// A time cell whose number format shows hours and minutes only (h:mm), as the reader that knows formats (the
// .xlsx one) hands it over. Excel and WPS turn 0:42 typed into a General cell into the time 0:42:00 shown as
// 0:42: an office typing a 42-second clip's length as m:ss gets 42 minutes stored (audit S26c F4). The cell
// keeps its time (a Date, read as any Date is) and carries the text it shows, so that a 时长 under one hour is
// read as the m:ss it shows, as the same sheet's CSV export ("0:42") is read.

/** A Date from an h:mm time cell, with the text the cell shows (0:42). */
export class HoursMinutes extends Date {
  constructor(
    time: number,
    readonly shown: string,
  ) {
    super(time);
  }
}
