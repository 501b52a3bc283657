// Date-time texts with a zone are instants: the day is the one they fall on in Asia/Shanghai (RULES §9), as
// +08:00 is read; without a zone the day is the one written (sweep S17a F4: a JavaScript export's
// toISOString() of Shanghai midnight, 2023-12-31T16:00:00.000Z, was read as 2023-12-31).
import { describe, expect, it } from 'vitest';
import { dayToIso, parseDay } from '../../src/core/dates';

const iso = (text: string) => {
  const day = parseDay(text);
  return typeof day === 'number' ? dayToIso(day) : day;
};

describe('date-times with a zone', () => {
  it.each([
    // toISOString() of Shanghai midnights: the next day in Shanghai, across a month and a year.
    ['2023-12-31T16:00:00.000Z', '2024-01-01'],
    ['2024-01-31T16:00:00.000Z', '2024-02-01'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
    ['2024-12-31T16:00:00.000Z', '2025-01-01'],
    ['2024-01-31T15:59:59Z', '2024-01-31'],
    ['2024-01-01T00:00:00+00:00', '2024-01-01'],
    ['2024-01-01T12:00:00Z', '2024-01-01'],
    // West of Greenwich: 23:00 in New York is noon the next day in Shanghai.
    ['2024-01-13T23:00:00-05:00', '2024-01-14'],
    ['2024-01-13 23:00:00-05:00', '2024-01-14'],
    ['2024-01-13T23:00-0500', '2024-01-14'],
    // East of Shanghai: 00:30 in Tokyo is 23:30 the day before in Shanghai.
    ['2024-01-01 00:30:00 +0900', '2023-12-31'],
    // Shanghai's own offset reads the day written, as before.
    ['2024-01-01T00:00:00+08:00', '2024-01-01'],
    ['2024-01-01T23:59:59+08:00', '2024-01-01'],
  ])('%j is %s', (text, day) => {
    expect(iso(text)).toBe(day);
  });

  it.each([
    // No zone: the day written, whatever the hour.
    ['2024-03-05T23:30:00', '2024-03-05'],
    ['2024/3/5 23:59', '2024-03-05'],
    ['2024/3/5 下午 11:30', '2024-03-05'],
    // A time range typed by a person (no T, no seconds) is not a zone.
    ['2024/1/13 10:00-12:00', '2024-01-13'],
  ])('%j without a zone is %s', (text, day) => {
    expect(iso(text)).toBe(day);
  });
});
