// 通报 periods: every form the menu and the CLI accept, the bad ones, and the period before each.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import {
  inPeriod,
  monthPeriod,
  parsePeriod,
  previousPeriod,
  quarterPeriod,
  rangePeriod,
  samePeriodLastYear,
  yearPeriod,
} from '../../src/core/period';

const d = dayFromYmd;

describe('parsePeriod: accepted forms', () => {
  it.each(['2024', '2024年', ' 2024 ', '２０２４'])('year %j', (text) => {
    expect(parsePeriod(text)).toEqual({
      kind: 'year',
      label: '2024年',
      code: '2024',
      from: d(2024, 1, 1),
      to: d(2024, 12, 31),
    });
  });

  it.each([
    ['2024-Q1', 1],
    ['2024Q2', 2],
    ['2024-q3', 3],
    ['2024年第4季度', 4],
    ['2024年第一季度', 1],
    ['2024年二季度', 2],
    ['2024年3季', 3],
    ['2024 - Q4', 4],
  ])('quarter %j', (text, q) => {
    const p = parsePeriod(text);
    expect(p).toEqual(quarterPeriod(2024, q));
    expect(p?.label).toBe(`2024年第${'一二三四'[q - 1]}季度`);
    expect(p?.code).toBe(`2024-Q${q}`);
  });

  it('quarters end on the right day', () => {
    expect(quarterPeriod(2024, 1)).toMatchObject({ from: d(2024, 1, 1), to: d(2024, 3, 31) });
    expect(quarterPeriod(2024, 2)).toMatchObject({ from: d(2024, 4, 1), to: d(2024, 6, 30) });
    expect(quarterPeriod(2024, 4)).toMatchObject({ from: d(2024, 10, 1), to: d(2024, 12, 31) });
  });

  it.each([
    ['2024-03', 3],
    ['2024-3', 3],
    ['2024/11', 11],
    ['2024.2', 2],
    ['2024年3月', 3],
    ['2024年12月', 12],
  ])('month %j', (text, m) => {
    const p = parsePeriod(text);
    expect(p).toEqual(monthPeriod(2024, m));
    expect(p?.label).toBe(`2024年${m}月`);
    expect(p?.code).toBe(`2024-${String(m).padStart(2, '0')}`);
  });

  it('February has 29 days in a leap year and 28 otherwise', () => {
    expect(parsePeriod('2024-02')?.to).toBe(d(2024, 2, 29));
    expect(parsePeriod('2023-02')?.to).toBe(d(2023, 2, 28));
    expect(parsePeriod('2100-02')?.to).toBe(d(2100, 2, 28));
  });

  it.each([
    '2024-01-01..2024-06-30',
    '2024/1/1至2024/6/30',
    '2024年1月1日~2024年6月30日',
    '20240101～20240630',
    '2024-01-01 .. 2024-06-30',
  ])('range %j', (text) => {
    expect(parsePeriod(text)).toEqual({
      kind: 'range',
      label: '2024年上半年',
      code: '2024-01-01..2024-06-30',
      from: d(2024, 1, 1),
      to: d(2024, 6, 30),
    });
  });

  it.each([
    ['2024-01-01..2024-05-31', '2024年1月1日至5月31日'],
    ['2024-07-01..2024-12-31', '2024年下半年'],
    ['2023-12-01..2024-01-31', '2023年12月1日至2024年1月31日'],
    ['2024-03-05..2024-03-05', '2024年3月5日至3月5日'],
  ])('range %s reads %s in a 通报', (code, label) => {
    const p = parsePeriod(code);
    expect(p?.label).toBe(label);
    expect(parsePeriod(label)).toEqual(p);
  });

  it.each([
    [yearPeriod(2024), '2023年'],
    [quarterPeriod(2024, 3), '2023年第三季度'],
    [monthPeriod(2024, 2), '2023年2月'],
    [rangePeriod(d(2024, 1, 1), d(2024, 2, 29)), '2023年1月1日至2月28日'],
  ])('the same period last year of $0.label is %s', (p, label) => {
    expect(samePeriodLastYear(p).label).toBe(label);
  });

  it('a one-day range is a period', () => {
    expect(parsePeriod('2024-03-05..2024-03-05')).toMatchObject({ from: d(2024, 3, 5), to: d(2024, 3, 5) });
  });

  it('the code of every period parses back to the same period', () => {
    for (const p of [
      yearPeriod(2023),
      quarterPeriod(2024, 3),
      monthPeriod(2024, 9),
      rangePeriod(d(2024, 2, 3), d(2024, 5, 6)),
    ]) {
      expect(parsePeriod(p.code)).toEqual(p);
      expect(parsePeriod(p.label)).toEqual(p);
    }
  });
});

describe('parsePeriod: bad forms are null, never a throw', () => {
  it.each([
    '',
    '   ',
    'abc',
    '本季度',
    '24',
    '0024',
    '1899',
    '2024-13',
    '2024-00',
    '2024年13月',
    '2024-Q5',
    '2024-Q0',
    '2024年第5季度',
    '2024-03-05',
    '2024-06-30..2024-01-01',
    '2024-02-30..2024-03-01',
    '2024-01-01..',
    '..2024-01-01',
    '2024-01-01..2024-02-01..2024-03-01',
  ])('%j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('previousPeriod', () => {
  it('a year → the year before', () => {
    expect(previousPeriod(yearPeriod(2024))).toEqual(yearPeriod(2023));
  });
  it('a quarter → the quarter before, across the new year', () => {
    expect(previousPeriod(quarterPeriod(2024, 3))).toEqual(quarterPeriod(2024, 2));
    expect(previousPeriod(quarterPeriod(2024, 1))).toEqual(quarterPeriod(2023, 4));
  });
  it('a month → the month before, across the new year', () => {
    expect(previousPeriod(monthPeriod(2024, 3))).toEqual(monthPeriod(2024, 2));
    expect(previousPeriod(monthPeriod(2024, 1))).toEqual(monthPeriod(2023, 12));
  });
  it('a range → the same number of days just before it', () => {
    const p = previousPeriod(rangePeriod(d(2024, 3, 1), d(2024, 3, 10)));
    expect(p).toEqual(rangePeriod(d(2024, 2, 20), d(2024, 2, 29)));
    expect(p.to - p.from).toBe(9);
  });
});

describe('inPeriod', () => {
  const q = quarterPeriod(2024, 2);
  it('includes both ends and nothing outside', () => {
    expect(inPeriod(d(2024, 4, 1), q)).toBe(true);
    expect(inPeriod(d(2024, 6, 30), q)).toBe(true);
    expect(inPeriod(d(2024, 3, 31), q)).toBe(false);
    expect(inPeriod(d(2024, 7, 1), q)).toBe(false);
  });
  it('an undated row is in no period', () => {
    expect(inPeriod(null, q)).toBe(false);
  });
});
