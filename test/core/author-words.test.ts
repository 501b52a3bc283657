// Words in 作者 that name no person (audit s37 I3, I4, I6): a placeholder, a phone number, a post or an office
// beside the name, a list number, names joined by a dot. Each gave a person in 附件2 with credit and points (无,
// 13812345678, 组织委员) or took the writer's (1.潘平, 潘平.蒋桂然). Now each row gives the people of the row
// typed plainly, or none for a writer not known, and one notice names the rows.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { yearPeriod } from '../../src/core/period';
import type { Grid } from '../../src/core/types';

const HEADER = ['标题', '作者', '单位', '报送对象', '报送日期', '媒体', '录用日期'];
const piece = (title: string, author: string, day: number) => [
  title,
  author,
  '峡窝镇党委',
  '区委组织部',
  `2024-03-0${day}`,
  '郑州日报',
  `2024-03-1${day}`,
];

function run(rows: Grid, tables: Record<string, Grid> = {}) {
  const a = assess(
    { ledger: [HEADER, ...rows], preset: '上街区', tables },
    { period: yearPeriod(2024), asOf: dayFromYmd(2024, 12, 31) },
  );
  return {
    units: a.report.units.filter((u) => u.points !== 0).map((u) => [u.unit, u.points]),
    people: a.report.people
      .filter((p) => p.credit > 0)
      .map((p) => [p.person, p.credit, p.points])
      .sort(),
    notices: (a.parsed.notices ?? []).map((n) => n.message),
  };
}

const others = [piece('甲', '蒋桂然', 1), piece('乙', '潘平', 2)];

describe('a writer not known or not one person', () => {
  it.each(['无', '-', '——', '集体', '本单位', '不详', '0', '？', 'N/A', '待定', '无署名'])(
    '「%s」is no person: the row counts for its unit, and is said',
    (typed) => {
      const messy = run([...others, piece('丙', typed, 3)]);
      const blank = run([...others, piece('丙', '', 3)]);
      expect([messy.units, messy.people]).toEqual([blank.units, blank.people]);
      expect(
        messy.notices.some((n) => n.startsWith('第4行的作者中有“') && n.includes('不是姓名，未作为作者计')),
      ).toBe(true);
    },
  );
});

describe('a post, an office, a phone number or a list number beside the name', () => {
  it.each([
    ['组织委员 潘平', '潘平'],
    ['潘平 副书记', '潘平'],
    ['潘平 13812345678', '潘平'],
    ['组织委员潘平', '潘平'],
    ['组织委员：潘平', '潘平'],
    ['党建办潘平', '潘平'],
    ['党建办 潘平', '潘平'],
    ['1.潘平\n2.蒋桂然', '潘平、蒋桂然'],
    ['1、潘平\n2、蒋桂然', '潘平、蒋桂然'],
    ['①潘平②蒋桂然', '潘平、蒋桂然'],
    ['① 潘平 ② 蒋桂然', '潘平、蒋桂然'],
    ['第一作者：潘平 第二作者：蒋桂然', '潘平、蒋桂然'],
    ['潘平.蒋桂然', '潘平、蒋桂然'],
    ['潘平—蒋桂然', '潘平、蒋桂然'],
  ])('「%s」gives the people of 「%s」', (typed, plain) => {
    const messy = run([...others, piece('丙', typed, 3)]);
    const clean = run([...others, piece('丙', plain, 3)]);
    expect([messy.units, messy.people]).toEqual([clean.units, clean.people]);
    if (!typed.startsWith('第一作者'))
      expect(messy.notices.some((n) => n.startsWith('第4行的作者'))).toBe(true);
  });

  it('names typed plainly, or with notes read before (潘平（组织委员）), say nothing', () => {
    for (const typed of ['潘平、蒋桂然', '潘平（组织委员）', '欧阳娜娜', '阿依古丽·买买提', 'Jiang Chaoyu'])
      expect(run([...others, piece('丙', typed, 3)]).notices.filter((n) => n.includes('作者'))).toEqual([]);
  });

  it('a name the 人员 table lists is kept, whatever it looks like', () => {
    const 人员: Grid = [
      ['姓名', '单位'],
      ['信息员', '峡窝镇党委'],
      ['潘平', '峡窝镇党委'],
      ['蒋桂然', '峡窝镇党委'],
    ];
    const r = run([...others, piece('丙', '信息员', 3)], { 人员 });
    expect(r.people.map((p) => p[0])).toContain('信息员');
  });
});
