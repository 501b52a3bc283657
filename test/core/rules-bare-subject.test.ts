// Audit S23a F6, F7: an office whose 单位 table holds its own 科室 beside 市直 党委 wrote 对象 每人 and 科室整体
// and meant its own staff (seed 000 §三: 部机关每人). Bare, they cover every unit: one notice at the 指标 row
// names the types they also cover and the typed form that limits them, in place of a 人数 notice per 党委
// that would have asked for a team target nobody set. The typed form, also as messages write it
// (部机关科室每人) or in brackets, limits the task: the 党委's authors get no personal task.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core';
import { emptyRules, readRules } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

const UNITS: Grid = [
  ['单位', '类型'],
  ['市财政局机关党委', '市直机关党组织'],
  ['市教育局机关党委', '市直机关党组织'],
  ['市国资委党委', '市直机关党组织'],
  ['综合科', '部机关科室'],
  ['宣传科', '部机关科室'],
];
const PEOPLE: Grid = [
  ['姓名', '单位'],
  ['张伟', '综合科'],
  ['刘洋', '宣传科'],
];
const indicators = (person: string, team: string): Grid => [
  ['名称', '对象', '度量', '窗口', '目标'],
  ['个人录用', person, '录用', '全年', 1],
  ['科室录用', team, '录用', '全年', 1],
];

function read(person: string, team: string, units: Grid = UNITS) {
  return readRules({ 单位: units, 人员: PEOPLE, 指标: indicators(person, team) }, emptyRules());
}

describe('bare 每人 and 科室整体 in a 单位 table of several types', () => {
  it('say at the 指标 row which types they also cover and how to limit them; no 人数 notice per 党委', () => {
    const { errors, notes } = read('每人', '科室整体');
    expect(errors).toEqual([]);
    expect(notes.map((n) => [n.table, n.row, n.column, n.message])).toEqual([
      [
        '指标',
        2,
        '对象',
        '「指标」表第2行“个人录用”的对象“每人”考核全部单位的作者，也包括类型为“市直机关党组织”（市财政局机关党委等3个单位）的单位的作者（这些单位在「单位」表没有人数，在「人员」表没有成员）：如只考核部机关科室的人员，请把对象写作“每人:部机关科室”',
      ],
      [
        '指标',
        3,
        '对象',
        '「指标」表第3行“科室录用”的对象“科室整体”适用于「单位」表的全部单位，也包括类型为“市直机关党组织”（市财政局机关党委等3个单位）的单位（没有人数，在「人员」表没有成员，科室整体目标按0计）：如只考核部机关科室，请把对象写作“科室整体:部机关科室”；如这些单位也要考核，请填写其人数',
      ],
    ]);
  });

  it.each([
    ['每人:部机关科室', '科室整体:部机关科室'],
    ['部机关科室每人', '部机关科室整体'],
    ['每人（部机关科室）', '科室整体（部机关科室）'],
  ])('typed as %s / %s: no notice, and the 党委 authors get no personal task', (person, team) => {
    expect(read(person, team).notes).toEqual([]);
    const a = assess({
      ledger: ledgerGrid([
        adoption({ 标题: '甲', 单位: '综合科', 作者: '张伟', 媒体: '河南日报', 录用日期: '2024-03-10' }),
        adoption({
          标题: '乙',
          单位: '市财政局机关党委',
          作者: '马超',
          媒体: '河南日报',
          录用日期: '2024-03-11',
        }),
      ]),
      tables: { 单位: UNITS, 人员: PEOPLE, 指标: indicators(person, team) },
      preset: '上街区',
      asOf: '2024-12-31',
    } as never);
    const person_ = (name: string) => a.report.people.find((p) => p.person === name);
    expect(person_('张伟')?.indicators.map((i) => i.name)).toEqual(['个人录用']);
    expect(person_('马超')?.indicators ?? []).toEqual([]);
    expect(a.report.teams.map((t) => t.subject).sort()).toEqual(['宣传科', '综合科']);
  });

  it('one type only: the bare forms are what the office means, and a team without members is said per unit', () => {
    const units = UNITS.filter((r) => r[1] !== '市直机关党组织');
    units.push(['组织科', '部机关科室']);
    const { notes } = read('每人', '科室整体', units);
    expect(notes.map((n) => [n.table, n.row, n.column])).toEqual([['单位', 4, '人数']]);
  });
});
