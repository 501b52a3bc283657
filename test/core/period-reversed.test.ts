// A date range written end first is no period, and reversedRange says why in words (sweep S17b F11), where
// parsePeriod alone left the caller to say "无法识别" and suggest the very format used.
import { describe, expect, it } from 'vitest';
import { parsePeriod, reversedRange } from '../../src/core/period';

describe('reversedRange', () => {
  it.each([
    ['2024-06-30..2024-01-01', '起始日期2024年6月30日晚于截止日期2024年1月1日：请把起止日期改正后再生成'],
    [
      '２０２４-06-30 .. 2024-01-01',
      '起始日期2024年6月30日晚于截止日期2024年1月1日：请把起止日期改正后再生成',
    ],
    ['2024年5月31日至3月1日', '起始日期2024年5月31日晚于截止日期2024年3月1日：请把起止日期改正后再生成'],
    ['2025-01-02..2024-12-31', '起始日期2025年1月2日晚于截止日期2024年12月31日：请把起止日期改正后再生成'],
  ])('%s is refused in words, and is no period', (text, said) => {
    expect(parsePeriod(text)).toBeNull();
    expect(reversedRange(text)).toBe(said);
  });

  it.each([
    '2024-01-01..2024-06-30',
    '2024-03-01..2024-03-01',
    '2024',
    '2024-Q1',
    '下周',
    '2024-13-01..2024-01-01',
  ])('%s is not a reversed range', (text) => {
    expect(reversedRange(text)).toBeNull();
  });
});
