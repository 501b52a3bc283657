// A workbook saved with Excel's 1904 date system (date1904="1", Excel for Mac) gives the figures of its 1900
// twin (sweep s24b F1, F2): a plain number read as a day (a date column in General format, after a paste of
// values) counts from 1904-01-01, and a time of day or a duration (时长 shown h:mm:ss) is never shifted.
// The fixtures are openpyxl's (test/fixtures/s24b/README.md).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDay, withSerials1904 } from '../../src/core/dates';
import { ROOT, zugong } from './helpers';

const FIXTURES = join(ROOT, 'test', 'fixtures', 's24b');

interface Json {
  rows: { row: number; points: number; why: string; issues: string[] }[];
  units: { unit: string; points: number; zeroSubmissions: boolean }[];
  meta: { totals: { points: number }; notices: string[]; year: number };
}

function report(file: string): Json {
  const r = zugong(['report', join(FIXTURES, file), '--json', '--as-of', '2024-12-31']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Json;
}

describe('the 1904 date system', () => {
  it('reads dates saved as plain serial numbers from 1904-01-01: the 1900 twin’s figures, no 零报送', () => {
    const mac = report('serial_1904_mixed.xlsx');
    const twin = report('serial_1900_mixed.xlsx');
    expect(twin.meta.totals.points).toBe(10);
    expect(mac.meta.totals.points).toBe(10);
    expect(mac.units).toEqual(twin.units);
    expect(mac.rows).toEqual(twin.rows);
    expect(mac.units.filter((u) => u.zeroSubmissions)).toEqual([]);
    expect(mac.meta.notices.join('\n')).not.toContain('台账数据在');
  });

  it('reads a time cell’s 36 seconds as 36 seconds, not a video over a minute', () => {
    const mac = report('time_1904.xlsx');
    const twin = report('time_1900.xlsx');
    const row3 = mac.rows.find((r) => r.row === 3);
    expect(row3?.points).toBe(5);
    expect(row3?.why).toBe('市级录用 5 = 5');
    expect(mac.rows).toEqual(twin.rows);
  });

  it('counts a number read as a day from 1904-01-01 only while a 1904 workbook is read', () => {
    // 43890 is 2024-03-01 on the 1904 base, 2020-02-29 on the 1900 base.
    expect(withSerials1904(true, () => parseDay(43_890))).toBe(Date.UTC(2024, 2, 1) / 86_400_000);
    expect(withSerials1904(false, () => parseDay(43_890))).toBe(Date.UTC(2020, 1, 29) / 86_400_000);
    expect(parseDay(43_890)).toBe(Date.UTC(2020, 1, 29) / 86_400_000);
    // Text dates and yyyymmdd numbers are the same in either system.
    expect(withSerials1904(true, () => parseDay('2024-03-01'))).toBe(Date.UTC(2024, 2, 1) / 86_400_000);
    expect(withSerials1904(true, () => parseDay(20_240_301))).toBe(Date.UTC(2024, 2, 1) / 86_400_000);
  });
});

describe('a --rules workbook in the other date system than the ledger (sweep s24r F1)', () => {
  const points = (ledger: string, rules: string) => {
    const r = zugong([
      'report',
      join(FIXTURES, ledger),
      '--rules',
      join(FIXTURES, rules),
      '--json',
      '--as-of',
      '2024-12-31',
    ]);
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout) as Json).rows.map((row) => row.points);
  };

  it('reads the rules’ plain-number 生效日期 in their own system: the bonus starts 2024-06-01 in all four pairs', () => {
    // 市级 录用 5; the 省 bonus +20 only from 2024-06-01, as the office set it.
    for (const ledger of ['ledger_bonus_1900.xlsx', 'ledger_bonus_1904.xlsx'])
      for (const rules of ['rules_bonus_1900.xlsx', 'rules_bonus_1904.xlsx'])
        expect([ledger, rules, points(ledger, rules)]).toEqual([ledger, rules, [5, 25]]);
  });
});
