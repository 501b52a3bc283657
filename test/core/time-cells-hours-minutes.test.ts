// A 时长 typed 0:42 into Excel or WPS is stored as the time 0:42:00 shown in h:mm: the .xlsx reader hands it over
// as HoursMinutes, and under one hour it is read as the m:ss it shows (42 seconds), as the same sheet's CSV export
// ("0:42") is, with one notice naming the column and rows (audit S26c F4). Times shown with seconds keep their value.
import { describe, expect, it } from 'vitest';
import { HoursMinutes } from '../../src/core/hoursMinutes';
import { parseLedger } from '../../src/core/ledger';
import type { Grid } from '../../src/core/types';

/** An h:mm time cell as the reader makes it: the time of day (1899-12-30) and the text shown. */
const hm = (h: number, m: number, shown = `${h}:${String(m).padStart(2, '0')}`) =>
  new HoursMinutes(new Date(1899, 11, 30, h, m).getTime(), shown);

const header = ['标题', '单位', '媒体', '录用日期', '时长(分钟)'];
const row = (title: string, minutes: unknown): unknown[] => [
  title,
  '峡窝镇党委',
  '郑州电视台',
  '2024-03-05',
  minutes,
];

describe('时长 in an h:mm time cell', () => {
  it('under one hour: the m:ss it shows, as the CSV export of the sheet reads; one notice names the rows', () => {
    const xlsx = parseLedger([header, row('a', hm(0, 42)), row('b', '0:54'), row('c', hm(0, 54))] as Grid);
    const csv = parseLedger([header, row('a', '0:42'), row('b', '0:54'), row('c', '0:54')] as Grid);
    expect(xlsx.rows.map((r) => r.minutes)).toEqual([0.7, 0.9, 0.9]);
    expect(xlsx.rows.map((r) => r.minutes)).toEqual(csv.rows.map((r) => r.minutes));
    expect(xlsx.notices?.filter((n) => n.code === 'minutes-as-shown')).toEqual([
      {
        code: 'minutes-as-shown',
        row: 2,
        column: 'E',
        message: '「时长(分钟)」列第2、4行是时间格式“0:42”，按 0分42秒 读取；如为42分钟请写 42',
      },
    ]);
    expect(xlsx.rows.every((r) => r.issues.length === 0)).toBe(true);
  });

  it('of an hour or more: the time it holds, said with how to write minutes and seconds', () => {
    const parsed = parseLedger([header, row('a', hm(1, 12))] as Grid);
    expect(parsed.rows[0].minutes).toBe(72);
    expect(parsed.notices?.find((n) => n.code === 'minutes-as-shown')?.message).toBe(
      '「时长(分钟)」列第2行是时间格式“1:12”，按 1小时12分（72分钟）读取；如为1分12秒请写 0:01:12',
    );
  });

  it('a time cell shown with its seconds (mm:ss, h:mm:ss: a plain Date) keeps its value, nothing said', () => {
    const parsed = parseLedger([header, row('a', new Date(1899, 11, 30, 0, 0, 42))] as Grid);
    expect(parsed.rows[0].minutes).toBe(0.7);
    expect(parsed.notices?.some((n) => n.code === 'minutes-as-shown')).toBe(false);
    const typed = parseLedger([header, row('a', new Date(1899, 11, 30, 0, 42))] as Grid);
    expect(typed.rows[0].minutes).toBe(42);
  });
});

// Audit s38 P1: Sheets hands the add-on values without formats (getValues, a custom function's arguments), so an
// .xlsx with 0:42 in an h:mm cell, opened in Sheets, scored 42 minutes in the add-on's columns and 通报 (×3, and
// nothing said) where the command line reads 42 seconds with a notice. Without formats, a time of whole minutes is
// read as the h:mm cell typing it leaves shows it; one with seconds keeps its value, as with formats.
describe('时长 as a time without its format (the add-on: formatsUnknown)', () => {
  const sheets = { formatsUnknown: true };
  it('a time of whole minutes reads as the .xlsx reader’s h:mm cell does, with the same notice', () => {
    const grid = [header, row('a', new Date(1899, 11, 30, 0, 42)), row('b', new Date(1899, 11, 30, 1, 12))];
    const withFormats = parseLedger([header, row('a', hm(0, 42)), row('b', hm(1, 12))] as Grid);
    const without = parseLedger(grid as Grid, sheets);
    expect(without.rows.map((r) => r.minutes)).toEqual([0.7, 72]);
    expect(without.rows.map((r) => r.minutes)).toEqual(withFormats.rows.map((r) => r.minutes));
    expect(without.notices?.filter((n) => n.code === 'minutes-as-shown')).toEqual(
      withFormats.notices?.filter((n) => n.code === 'minutes-as-shown'),
    );
  });

  it('a time with seconds (2:30 as 0:02:30) keeps its value, nothing said', () => {
    const parsed = parseLedger([header, row('a', new Date(1899, 11, 30, 0, 2, 30))] as Grid, sheets);
    expect(parsed.rows[0].minutes).toBe(2.5);
    expect(parsed.notices?.some((n) => n.code === 'minutes-as-shown')).toBe(false);
  });

  it('a number of minutes is no time: read as typed', () => {
    const parsed = parseLedger([header, row('a', 42)] as Grid, sheets);
    expect(parsed.rows[0].minutes).toBe(42);
    expect(parsed.notices?.some((n) => n.code === 'minutes-as-shown')).toBe(false);
  });
});
