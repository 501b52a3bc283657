// One piece adopted by several outlets, its later rows titled 同上 (audit s35 D3): the 同上 rows were a piece of
// their own called 同上, so 峡窝镇党委's 报送 went 3 → 4 and 潘平's credit 1.5 → 2.5, with nothing said. Now 同上 is
// the title above, said once.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { yearPeriod } from '../../src/core/period';
import type { Grid } from '../../src/core/types';

const HEADER = ['标题', '作者', '单位', '报送对象', '报送日期', '媒体', '录用日期'];

function run(rows: Grid) {
  const a = assess(
    { ledger: [HEADER, ...rows], preset: '上街区' },
    { period: yearPeriod(2024), asOf: dayFromYmd(2024, 12, 31) },
  );
  const town = a.report.units.find((u) => u.unit === '峡窝镇党委')!;
  return {
    town: [town.points, town.adoptions, town.submissions],
    people: a.report.people.filter((p) => p.credit > 0).map((p) => [p.person, p.credit]),
    notices: (a.parsed.notices ?? []).filter((n) => n.code === 'title-ditto').map((n) => n.message),
  };
}

const adopted = (title: string, outlet: string, day: number) => [
  title,
  '潘平',
  '峡窝镇党委',
  '区委组织部',
  '2024-03-01',
  outlet,
  `2024-03-1${day}`,
];

describe('标题 同上 under a piece', () => {
  it.each(['同上', '〃', '同前'])('%s is the title above: the clean figures, one notice', (mark) => {
    const clean = run([
      adopted('峡窝镇推进网格党建', '郑州日报', 1),
      adopted('峡窝镇推进网格党建', '河南日报', 2),
      adopted('峡窝镇推进网格党建', '上街区党建网', 3),
      adopted('峡窝镇人才回引', '郑州日报', 4),
    ]);
    const dittoed = run([
      adopted('峡窝镇推进网格党建', '郑州日报', 1),
      adopted(mark, '河南日报', 2),
      adopted(mark, '上街区党建网', 3),
      adopted('峡窝镇人才回引', '郑州日报', 4),
    ]);
    expect([dittoed.town, dittoed.people]).toEqual([clean.town, clean.people]);
    expect(dittoed.notices).toEqual([
      `第3、4行的标题为“${mark}”，按上一行的标题（如“峡窝镇推进网格党建”）计为同一稿件`,
    ]);
  });

  it('a title that only contains the word is a title', () => {
    expect(run([adopted('同上一堂党课', '郑州日报', 1), adopted('同上', '河南日报', 2)]).notices).toEqual([
      '第3行的标题为“同上”，按上一行的标题（如“同上一堂党课”）计为同一稿件',
    ]);
  });
});
