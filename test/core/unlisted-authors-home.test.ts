// Who is judged, and in which 科室 (sweep s25d F6, F7):
// - an author 人员 does not list, of a 科室 人员 does not staff, belongs to the 科室 of the rows they wrote alone
//   or as first author (most; tie: the latest), not of their latest row: a co-authored row another 科室 filed
//   does not move them, and their share of it counts for their own 科室 (RULES §4: co-authors credit their own
//   teams);
// - a month's 通报 lists everyone judged for the year to the as-of day, at 0 for the month when they had no row.
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { monthPeriod, yearPeriod } from '../../src/core/period';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';
import { ledgerGrid, type RowSpec } from '../helpers/ledger';

let seq = 0;
const adopt = (unit: string, authors: string, day: string): RowSpec => ({
  标题: `稿${++seq}`,
  作者: authors,
  单位: unit,
  类别: '动态信息',
  媒体: '南通日报',
  采用方式: '录用',
  录用日期: day,
});

const UNITS: Grid = [
  ['单位', '类型', '人数'],
  ['组织科', '部机关科室', 2],
  ['宣传科', '部机关科室', 2],
];
const PEOPLE: Grid = [
  ['姓名', '单位'],
  ['郑明', '组织科'],
  ['钱科', '组织科'],
];

function run(rows: RowSpec[], period = yearPeriod(2024), asOf?: number) {
  const tables = { ...rulesToGrids(presetRules('部机关')), 单位: UNITS, 人员: PEOPLE };
  return assess({ ledger: ledgerGrid(rows), tables }, { period, ...(asOf !== undefined ? { asOf } : {}) });
}

const ROWS = (): RowSpec[] => [
  adopt('宣传科', '林涛', '2024-02-05'),
  adopt('宣传科', '林涛', '2024-03-05'),
  adopt('宣传科', '林涛', '2024-04-05'),
  adopt('宣传科', '黄鹂', '2024-04-06'),
  // 林涛's latest row: a co-author of 组织科's piece.
  adopt('组织科', '郑明、林涛', '2024-09-06'),
];

describe('an unlisted author of an unstaffed 科室', () => {
  it('stays in the 科室 of their own rows; their co-author share counts for it', () => {
    const a = run(ROWS());
    const team = a.report.teams.find((t) => t.subject === '宣传科')!;
    expect(team.memberNames).toEqual(['黄鹂', '林涛']);
    // 3 + 1 + 0.5, rounded half up at the year's end.
    expect(team.indicators.find((i) => i.name === '科室录用任务')?.value).toBe(5);
    const person = a.report.people.find((p) => p.person === '林涛')!;
    expect(person.unit).toBe('宣传科');
    // Not "not in 人员, not counted": they are counted, for 宣传科.
    expect((a.parsed.notices ?? []).filter((n) => n.message.includes('林涛'))).toEqual([]);
  });

  it('most of their own rows decide, not the latest', () => {
    const rows = [...ROWS(), adopt('组织科', '林涛、郑明', '2024-10-06')];
    const a = run(rows);
    expect(a.report.teams.find((t) => t.subject === '宣传科')?.memberNames).toEqual(['黄鹂', '林涛']);
  });
});

describe('a month’s 通报 lists everyone judged for the year', () => {
  it('an author with rows earlier in the year only is listed at 0 for the month', () => {
    const a = run(ROWS(), monthPeriod(2024, 9), parseDay('2024-09-30') as number);
    const names = a.report.people.map((p) => p.person).sort();
    expect(names).toEqual(['林涛', '郑明', '钱科', '黄鹂'].sort());
    const huang = a.report.people.find((p) => p.person === '黄鹂')!;
    expect([huang.unit, huang.points, huang.credit, huang.rows]).toEqual(['宣传科', 0, 0, 0]);
    // Their tasks are the year's to the as-of day: judged, not dropped.
    expect(huang.indicators.find((i) => i.name === '市级以上录用')?.value).toBe(1);
  });
});

describe('上街区: no person tasks, the 附件2 unit all the same (audit s37 H1)', () => {
  const sent = (unit: string, authors: string, day: string): RowSpec => ({
    标题: `稿${++seq}`,
    作者: authors,
    单位: unit,
    报送对象: '区委组织部',
    报送日期: day,
  });
  const run上街区 = (rows: RowSpec[]) =>
    assess(
      { ledger: ledgerGrid(rows), preset: '上街区' },
      { period: yearPeriod(2024), asOf: parseDay('2024-12-31') as number },
    );

  it('a unit’s 信息员 whose own rows are submissions is its, not that of a piece they co-wrote later', () => {
    const a = run上街区([
      sent('济源路街道党工委', '乙', '2024-01-05'),
      {
        ...adopt('峡窝镇党委', '甲、乙', '2024-03-10'),
        媒体: '河南日报',
        报送对象: '区委组织部',
        报送日期: '2024-03-01',
      },
    ]);
    const yi = a.report.people.find((p) => p.person === '乙')!;
    expect(yi.unit).toBe('济源路街道党工委');
  });

  it('with no row of their own, most of their rows decide, then the latest', () => {
    const a = run上街区([
      sent('济源路街道党工委', '甲', '2024-01-05'),
      { ...sent('峡窝镇党委', '丙、乙', '2024-02-05') },
      { ...sent('峡窝镇党委', '丙、乙', '2024-03-05') },
      { ...sent('济源路街道党工委', '甲、乙', '2024-04-05') },
    ]);
    expect(a.report.people.find((p) => p.person === '乙')!.unit).toBe('峡窝镇党委');
  });
});
