// A ledger grouped under unit sub-headings (一、峡窝镇党委 on a line of its own, 单位 left blank below it, audit
// s36 F): the rows under a heading are that unit's, said in two notices. Before, every row was 缺少单位 and
// every unit scored 0. The heading line itself cannot score (no unit) and stays a row to check.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { yearPeriod } from '../../src/core/period';
import type { Grid } from '../../src/core/types';

const HEADER = ['标题', '作者', '单位', '报送对象', '报送日期', '媒体', '录用日期'];
const piece = (title: string, unit: string, day: number): (string | number)[] => [
  title,
  '潘平',
  unit,
  '区委组织部',
  `2024-03-0${day}`,
  '郑州日报',
  `2024-03-1${day}`,
];

function run(rows: Grid) {
  const a = assess(
    { ledger: [HEADER, ...rows], preset: '上街区' },
    { period: yearPeriod(2024), asOf: dayFromYmd(2024, 12, 31) },
  );
  return {
    units: a.report.units.filter((u) => u.points !== 0).map((u) => [u.unit, u.points, u.submissions]),
    notices: (a.parsed.notices ?? []).map((n) => n.message),
  };
}

const clean = [
  piece('甲', '峡窝镇党委', 1),
  piece('乙', '峡窝镇党委', 2),
  piece('丙', '中心路街道党工委', 3),
];

describe('unit sub-headings over rows with a blank 单位', () => {
  it.each([
    ['一、峡窝镇党委', '二、中心路街道党工委'],
    ['峡窝镇党委', '中心路街道党工委'],
    ['（一）峡窝镇党委（2篇）', '（二）中心路街道党工委：'],
  ])('「%s」「%s」: the clean figures, and said', (first, second) => {
    const grouped = run([[first], piece('甲', '', 1), piece('乙', '', 2), [second], piece('丙', '', 3)]);
    expect(grouped.units).toEqual(run(clean).units);
    expect(grouped.notices).toContain(
      '第3、4、6行单位为空，按上方小标题的单位（“峡窝镇党委”等）计分；如不对，请在这些行填写单位',
    );
    expect(grouped.notices.some((n) => n.startsWith('第2、5行像是单位小标题'))).toBe(true);
  });

  it('a row’s own 单位 under a heading is kept', () => {
    const grouped = run([['一、峡窝镇党委'], piece('甲', '', 1), piece('乙', '中心路街道党工委', 2)]);
    expect(grouped.units).toEqual([
      ['峡窝镇党委', 5, 1],
      ['中心路街道党工委', 5, 1],
    ]);
  });

  it('a title typed alone (no number, no unit’s name) above a row lacking its unit gives it no unit', () => {
    const typed = run([['关于基层党建的信息'], piece('甲', '', 1), ...clean]);
    expect(typed.units).toEqual(run(clean).units);
    expect(typed.notices.filter((n) => n.includes('小标题'))).toEqual([]);
  });

  it('a blank line ends a heading', () => {
    const ended = run([['一、峡窝镇党委'], piece('甲', '', 1), [], piece('乙', '', 2)]);
    expect(ended.units).toEqual([['峡窝镇党委', 5, 1]]);
  });
});
