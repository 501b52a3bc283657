// Authors the 人员 table does not list: who is a team's member (sweep S14 F4).
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/dates';
import { type Assessment, assess } from '../../src/core/index';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function run(rows: RowSpec[], people?: Grid, asOf = '2024-12-31'): Assessment {
  const day = parseDay(asOf) as number;
  return assess(
    { ledger: ledgerGrid(rows), tables: people ? { 人员: people } : undefined, preset: '部机关' },
    { asOf: day },
  );
}

/** Each person's [name, credit, points]: who the ledger's authors were read as. */
function persons(a: Assessment): [string, number, number][] {
  return a.report.people.filter((p) => p.credit > 0).map((p) => [p.person, p.credit, p.points]);
}

/** 南通日报 is 市级 in the 部机关 preset (5 points, counts toward 科室录用任务). */
const piece = (title: string, authors: string, unit = '组织科') =>
  adoption({ 标题: title, 作者: authors, 单位: unit, 媒体: '南通日报', 录用日期: '2024-03-05' });

describe('with a 人员 table, an author it does not list is no member of the team it staffs (RULES §4)', () => {
  // 组织科 lists 甲 only: one member, 科室录用任务 6 × 1 = 6. 甲 has 5 pieces; 周八 (not listed) 2 of 组织科.
  const people: Grid = [
    ['姓名', '单位', '在岗月数'],
    ['甲', '组织科', 12],
  ];
  const rows = [
    ...[1, 2, 3, 4, 5].map((k) => piece(`甲${k}`, '甲')),
    piece('周1', '周八'),
    piece('周2', '甲、周八'),
  ];

  it('his credit counts toward no team and he gets no team bonus; his own line stays', () => {
    const a = run(rows, people);
    const team = a.report.teams.find((t) => t.subject === '组织科')!;
    // 5 + 0.5 of the shared piece: 周八's 1.5 is not the team's.
    expect([team.members, team.indicators[0].target, team.indicators[0].value, team.compliant]).toEqual([
      1,
      6,
      6,
      true,
    ]);
    const zhou = a.indicators.people.find((p) => p.subject === '周八')!;
    const jia = a.indicators.people.find((p) => p.subject === '甲')!;
    expect([zhou.teamBonus, jia.teamBonus]).toEqual([0, 200]);
    expect(persons(a)).toEqual([
      ['甲', 5.5, 27.5],
      ['周八', 1.5, 7.5],
    ]);
  });

  it('without the shared piece the team misses: 5 of 6, though 周八 wrote two more', () => {
    const a = run(rows.slice(0, 6), people);
    const team = a.report.teams.find((t) => t.subject === '组织科')!;
    expect([team.indicators[0].value, team.compliant, team.bonusPerMember]).toEqual([5, false, 0]);
  });

  it('a 科室 the 人员 table lists no one in keeps the 单位 table’s headcount and its rows’ authors', () => {
    const a = run([piece('干1', '周八', '干部科')], people);
    const team = a.report.teams.find((t) => t.subject === '干部科')!;
    expect(team.indicators[0].value).toBe(1);
  });
});
