// 上期 of a date range is calendar-aligned (session 12 sweep: 下半年 compared with 2023年12月30日至2024年6月30日,
// the same number of days): a half year's is the other half, a range of whole months the same months
// just before it (named as the quarter or month it is), any other range the same number of days.
import { describe, expect, it } from 'vitest';
import { dayFromYmd as d } from '../../src/core/dates';
import {
  monthPeriod,
  parsePeriod,
  previousPeriod,
  quarterPeriod,
  rangePeriod,
  yearPeriod,
} from '../../src/core/period';

const prev = (code: string) => {
  const p = parsePeriod(code);
  if (!p) throw new Error(code);
  return previousPeriod(p);
};

describe('previousPeriod of a range of whole months', () => {
  it.each([
    ['2024-07-01..2024-12-31', '2024年上半年', rangePeriod(d(2024, 1, 1), d(2024, 6, 30))],
    ['2024-01-01..2024-06-30', '2023年下半年', rangePeriod(d(2023, 7, 1), d(2023, 12, 31))],
    ['2024年上半年', '2023年下半年', rangePeriod(d(2023, 7, 1), d(2023, 12, 31))],
    ['2024-04-01..2024-06-30', '2024年第一季度', quarterPeriod(2024, 1)],
    ['2024-01-01..2024-03-31', '2023年第四季度', quarterPeriod(2023, 4)],
    ['2024-03-01..2024-03-31', '2024年2月', monthPeriod(2024, 2)],
    ['2024-01-01..2024-12-31', '2023年', yearPeriod(2023)],
    ['2024-01-01..2024-05-31', '2023年8月1日至12月31日', rangePeriod(d(2023, 8, 1), d(2023, 12, 31))],
    ['2024-02-01..2024-04-30', '2023年11月1日至2024年1月31日', rangePeriod(d(2023, 11, 1), d(2024, 1, 31))],
  ])('%s → %s', (code, label, expected) => {
    const p = prev(code);
    expect(p).toEqual(expected);
    expect(p.label).toBe(label);
  });

  it('a range of odd days keeps the same number of days just before it', () => {
    expect(prev('2024-03-05..2024-03-14')).toEqual(rangePeriod(d(2024, 2, 24), d(2024, 3, 4)));
  });
});
