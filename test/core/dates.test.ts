// Calendar days: sheet serials, leap years, JS Date ↔ Day in the script's time zone, and text dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dateOfDay,
  dayFromSerial,
  dayFromYmd,
  dayOfDate,
  daysInMonth,
  dayToIso,
  isValidYmd,
  monthOf,
  parseDateCell,
  parseDay,
  quarterOf,
  serialOfDay,
  yearOf,
  yearReader,
  ymdOfDay,
} from '../../src/core/dates';
import { cellText } from '../../src/core/text';

describe('sheet serial numbers', () => {
  it('serial 45356 is 2024-03-05 (Sheets epoch 1899-12-30)', () => {
    expect(dayToIso(dayFromSerial(45356))).toBe('2024-03-05');
    expect(serialOfDay(dayFromYmd(2024, 3, 5))).toBe(45356);
  });

  it('serial 1 is 1899-12-31, 61 is 1900-03-01, 25569 is 1970-01-01', () => {
    expect(dayToIso(dayFromSerial(1))).toBe('1899-12-31');
    expect(dayToIso(dayFromSerial(61))).toBe('1900-03-01');
    expect(dayFromSerial(25569)).toBe(0);
  });

  it('a serial with a time of day is that day', () => {
    expect(dayToIso(dayFromSerial(45356.99))).toBe('2024-03-05');
  });

  it('round-trips every day from 1900 to 2200', () => {
    for (let day = dayFromYmd(1900, 1, 1); day <= dayFromYmd(2200, 12, 31); day += 17) {
      expect(dayFromSerial(serialOfDay(day))).toBe(day);
      const { y, m, d } = ymdOfDay(day);
      expect(dayFromYmd(y, m, d)).toBe(day);
      expect(parseDay(dayToIso(day))).toBe(day);
    }
  });

  it('gives every day from 1900 to 2200 the calendar date Date.UTC gives, whichever day is asked first', () => {
    // The day→date table is filled a block at a time as days are asked for: ask in a scrambled order.
    const from = dayFromYmd(1900, 1, 1);
    const days = dayFromYmd(2200, 12, 31) - from + 1;
    const wrong: string[] = [];
    for (let k = 0; k < days; k++) {
      const day = from + ((k * 7919) % days); // 7919 is prime, so this visits every day once
      const utc = new Date(day * 86_400_000);
      const { y, m, d } = ymdOfDay(day);
      if (y !== utc.getUTCFullYear() || m !== utc.getUTCMonth() + 1 || d !== utc.getUTCDate())
        wrong.push(`${day}: ${y}-${m}-${d}`);
    }
    expect(wrong).toEqual([]);
  });

  it('parseDay reads numbers as serials, and 8-digit numbers as yyyymmdd', () => {
    expect(parseDay(45356)).toBe(dayFromYmd(2024, 3, 5));
    expect(parseDay(20240305)).toBe(dayFromYmd(2024, 3, 5));
    expect(parseDay(0)).toBe('invalid');
    expect(parseDay(-5)).toBe('invalid');
    expect(parseDay(Number.NaN)).toBe('invalid');
    expect(parseDay(20241301)).toBe('invalid');
  });
});

describe('leap years', () => {
  it('29 February exists in 2024 and 2000, not in 2023, 1900 or 2100', () => {
    expect(isValidYmd(2024, 2, 29)).toBe(true);
    expect(isValidYmd(2000, 2, 29)).toBe(true);
    expect(isValidYmd(2023, 2, 29)).toBe(false);
    expect(isValidYmd(1900, 2, 29)).toBe(false);
    expect(isValidYmd(2100, 2, 29)).toBe(false);
    expect(parseDay('2024-02-29')).toBe(dayFromYmd(2024, 2, 29));
    expect(parseDay('2023-02-29')).toBe('invalid');
  });

  it('month lengths and the day after 28 February', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2024, 4), daysInMonth(2024, 12)]).toEqual(
      [29, 28, 30, 31],
    );
    expect(dayToIso(dayFromYmd(2024, 2, 28) + 1)).toBe('2024-02-29');
    expect(dayToIso(dayFromYmd(2023, 2, 28) + 1)).toBe('2023-03-01');
    expect(dayFromYmd(2025, 1, 1) - dayFromYmd(2024, 1, 1)).toBe(366);
  });

  it('month, quarter and year of a day', () => {
    const day = dayFromYmd(2024, 12, 31);
    expect([yearOf(day), monthOf(day), quarterOf(day)]).toEqual([2024, 12, 4]);
    expect(quarterOf(dayFromYmd(2024, 4, 1))).toBe(2);
    expect(quarterOf(dayFromYmd(2024, 3, 31))).toBe(1);
    expect(ymdOfDay(dayFromYmd(1969, 12, 31))).toEqual({ y: 1969, m: 12, d: 31 });
  });
});

describe('text dates', () => {
  it.each([
    ['2024-03-05'],
    ['2024/3/5'],
    ['2024.3.5'],
    ['2024年3月5日'],
    ['2024年3月5号'],
    ['20240305'],
    [' 2024 - 03 - 05 '],
    ['２０２４年３月５日'],
    ['２０２４－０３－０５'],
  ])('%j is 2024-03-05', (text) => {
    expect(parseDay(text)).toBe(dayFromYmd(2024, 3, 5));
  });

  it.each([['三月五日'], ['2024-3'], ['2024-03-05 10:00x'], ['05/03/2024'], ['2024-00-10'], ['1899-12-31']])(
    '%j is not a date',
    (text) => {
      expect(parseDay(text)).toBe('invalid');
    },
  );

  it('a date cell’s five-digit text is that serial; parseDay alone (--as-of, the form) reads none', () => {
    expect(parseDateCell('45418')).toBe(dayFromYmd(2024, 5, 6));
    expect(parseDateCell('10000')).toBe(dayFromSerial(10_000));
    expect(parseDateCell('99999')).toBe(dayFromSerial(99_999));
    // A year or a day typed alone is no serial: refused as typed, not a day of 1905 or 1900.
    expect(parseDateCell('2024')).toBe('invalid');
    expect(parseDateCell('12')).toBe('invalid');
    expect(parseDateCell('1')).toBe('invalid');
    expect(parseDateCell('109574')).toBe('invalid');
    expect(parseDateCell('20240506')).toBe(dayFromYmd(2024, 5, 6)); // yyyymmdd as before
    expect(parseDateCell('109575')).toBe('invalid');
    expect(parseDateCell('0')).toBe('invalid');
    expect(parseDateCell('2024-05-06')).toBe(dayFromYmd(2024, 5, 6));
    expect(parseDay('45418')).toBe('invalid');
  });

  it('blank is no date, not a bad one', () => {
    expect(parseDay('')).toBeNull();
    expect(parseDay('   ')).toBeNull();
    expect(parseDay(null)).toBeNull();
    expect(parseDay(undefined)).toBeNull();
  });
});

describe('JS Date ↔ Day in the script time zone (Asia/Shanghai)', () => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('a local-midnight Date (what Sheets hands over) is its calendar day', () => {
    const date = new Date(2024, 2, 5);
    expect(date.getTimezoneOffset()).toBe(-480); // the zone really is UTC+8
    expect(dayOfDate(date)).toBe(dayFromYmd(2024, 3, 5));
    expect(parseDay(date)).toBe(dayFromYmd(2024, 3, 5));
  });

  it('late evening is still the same day', () => {
    expect(dayOfDate(new Date(2024, 2, 5, 23, 59))).toBe(dayFromYmd(2024, 3, 5));
  });

  it('dateOfDay gives back a local-midnight Date of that day', () => {
    const date = dateOfDay(dayFromYmd(2024, 2, 29));
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2024, 1, 29, 0]);
    expect(dayOfDate(date)).toBe(dayFromYmd(2024, 2, 29));
  });

  it('a Date cell shown as text is its local calendar day', () => {
    expect(cellText(new Date(2024, 2, 5))).toBe('2024-03-05');
  });

  it('an invalid Date is a bad date', () => {
    expect(parseDay(new Date(Number.NaN))).toBe('invalid');
  });
});

describe('parseDay: 20240305 under a date format', () => {
  it('Sheets hands the number over as the Date of serial 20240305: read as the day it was typed as', () => {
    const asDate = (serial: number) => dateOfDay(serial - serialOfDay(0));
    expect(parseDay(asDate(20240305))).toBe(dayFromYmd(2024, 3, 5));
    expect(parseDay(asDate(20241231))).toBe(dayFromYmd(2024, 12, 31));
    expect(parseDay(asDate(20241340))).toBe('invalid');
    expect(parseDay(asDate(3_000_000))).toBe('invalid');
  });
});

describe('yearReader', () => {
  it('gives yearOf for days in any order, across year ends and leap days', () => {
    const read = yearReader();
    const days = [
      dayFromYmd(2024, 12, 31),
      dayFromYmd(2025, 1, 1),
      dayFromYmd(2024, 2, 29),
      dayFromYmd(2024, 1, 1),
      dayFromYmd(2023, 12, 31),
      dayFromYmd(2024, 6, 1),
      dayFromYmd(1999, 12, 31),
      dayFromYmd(2100, 3, 1),
      dayFromYmd(2025, 1, 1) - 1,
    ];
    for (let d = dayFromYmd(2023, 12, 25); d < dayFromYmd(2025, 1, 8); d += 3) days.push(d);
    expect(days.map((d) => read(d))).toEqual(days.map((d) => yearOf(d)));
  });
});
