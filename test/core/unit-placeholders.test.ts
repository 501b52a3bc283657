// A placeholder in 单位 (-, —, /, ？, 无, 不详) names no unit: without a 单位 table it became a unit of its own,
// ranked last and judged 零报送 (audit s37 I, the class of audit s34 A-F2). Now the row is held as one without
// a unit is, with a row issue saying so; a unit named so in the 单位 table is not a thing an office writes.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { yearPeriod } from '../../src/core/period';

const HEADER = ['标题', '作者', '单位', '报送对象', '报送日期', '媒体', '录用日期'];
const piece = (title: string, unit: string) => [
  title,
  '潘平',
  unit,
  '区委组织部',
  '2024-03-05',
  '郑州日报',
  '2024-03-12',
];

describe('a placeholder in 单位', () => {
  it.each(['-', '—', '/', '？', '无', '不详', 'N/A'])(
    '「%s」is no unit: the row is held and said',
    (typed) => {
      const a = assess(
        { ledger: [HEADER, piece('甲', '峡窝镇党委'), piece('乙', typed)], preset: '上街区' },
        { period: yearPeriod(2024), asOf: dayFromYmd(2024, 12, 31) },
      );
      expect(a.report.units.map((u) => u.unit)).not.toContain(typed);
      const row = a.scored.rows.find((r) => r.row === 3)!;
      expect(row.issues).toContain(`单位“${typed}”不是单位名称，无法计入任何单位：请填写单位名称`);
    },
  );

  it('a unit’s name, however short, is a unit', () => {
    const a = assess(
      { ledger: [HEADER, piece('甲', '组织科'), piece('乙', '办公室')], preset: '上街区' },
      { period: yearPeriod(2024), asOf: dayFromYmd(2024, 12, 31) },
    );
    expect(a.scored.rows.flatMap((r) => r.issues).filter((i) => i.includes('不是单位名称'))).toEqual([]);
  });
});
