// 月.日 typed into a 常规 cell is kept as a number (3.12): read as the same text is, never as the serial day
// 1900-01-02 a year-off message then quoted (audit s34 A-F7). An ambiguous 3.1 (3.1 or 3.10?) and 2024.3 are no dates.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';

const HEADER = ['标题', '单位', '报送日期', '媒体', '录用日期'];
const read = (adopted: unknown) =>
  parseLedger([HEADER, ['稿', '峡窝镇党委', '2024-03-01', '郑州日报', adopted]] as never, {
    yearlessYear: 2024,
  });

describe('a number in a date column', () => {
  it.each([
    [3.12, dayFromYmd(2024, 3, 12)],
    [3.05, dayFromYmd(2024, 3, 5)],
    ['3.12', dayFromYmd(2024, 3, 12)],
  ])('%j is that day of 设置 年度, as its text is, and said', (cell, day) => {
    const parsed = read(cell);
    expect(parsed.rows[0].adoptedOn).toBe(day);
    expect(parsed.rows[0].issues).toEqual([]);
    expect(parsed.notices?.map((n) => n.message)).toEqual([
      `录用日期第2行没有年份（如“3.${day === dayFromYmd(2024, 3, 5) ? '05' : '12'}”），按2024年读取；如不是2024年，请写明年份（如 2024-03-05）`,
    ]);
  });

  it.each([3.1, 2024.3])('%j is no date: said with the forms to write, never as a day of 1900', (cell) => {
    const issues = read(cell).rows[0].issues.join();
    expect(issues).toContain(`录用日期“${cell}”不是有效日期`);
    expect(issues).not.toMatch(/1900|1905/);
  });

  it('a serial date and a serial date-time stay what they are', () => {
    expect(read(45363).rows[0].adoptedOn).toBe(dayFromYmd(2024, 3, 12));
    expect(read(45363.5).rows[0].adoptedOn).toBe(dayFromYmd(2024, 3, 12));
  });
});

describe('two more written forms (audit s34 A-F8)', () => {
  it.each([
    ['45363.0', dayFromYmd(2024, 3, 12)],
    ['24年4月20日', dayFromYmd(2024, 4, 20)],
    ['24年4月20号', dayFromYmd(2024, 4, 20)],
  ])('%s is read as its day', (cell, day) => {
    const parsed = read(cell);
    expect([parsed.rows[0].adoptedOn, parsed.rows[0].issues]).toEqual([day, []]);
  });
});
