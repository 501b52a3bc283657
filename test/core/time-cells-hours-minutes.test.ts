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
