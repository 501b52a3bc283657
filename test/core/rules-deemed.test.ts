// 视同达标 names (audit S21a F3): read as the task's subjects are named (a unit as the 单位 column and table
// read it: spaces, full-width, invisible characters; a person as 人员 and 作者 are read), and a name that is
// no unit, 科室 or person the task applies to is a notice at its cell, with the near name when there is one.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { presetRules, type RuleGrids, rulesToGrids } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

const base = rulesToGrids(presetRules('上街区'));
const DEEMED = base.指标[0].indexOf('视同达标');

/** The preset's tables with 视同达标 of 指标 row 4 (全年积分, 其他党工委, 目标 20) written as `deemed`. */
function tables(deemed: string, more: { 指标?: Grid; 人员?: Grid } = {}): RuleGrids {
  const 指标 = base.指标.map((r) => [...r]);
  指标[3][DEEMED] = deemed;
  if (more.指标) 指标.push(...more.指标);
  return { ...base, 指标, ...(more.人员 ? { 人员: more.人员 } : {}) };
}

function run(t: RuleGrids, rows = [adoption({ 单位: '峡窝镇党委', 作者: '王芳' })]) {
  const a = assess({ ledger: ledgerGrid(rows), tables: t });
  const status = (subject: string, name = '全年积分') =>
    [...a.indicators.units, ...a.indicators.people]
      .find((u) => u.subject === subject)
      ?.indicators.find((i) => i.name === name)?.status;
  const notes = a.ruleNotes.filter((n) => n.column === '视同达标');
  return { a, status, notes };
}

describe('视同达标 names a unit as the 单位 column reads it', () => {
  it.each([
    ['区直机关 工委、非公经济组织党工委'], // a space inside, as in case c04
    ['区直机关\u3000工委，非公经济组织党工委'], // a full-width space, a full-width comma
    ['区直机关工委\u200b；非公经济组织 党工委'], // an invisible character
    ['区直机关工委 非公经济组织党工委'], // two units parted by a space
  ])('%j: both units met, as the clean spelling; no notice', (deemed) => {
    const clean = run(tables('区直机关工委、非公经济组织党工委'));
    const typed = run(tables(deemed));
    expect(['区直机关工委', '非公经济组织党工委'].map((u) => typed.status(u))).toEqual(['已达标', '已达标']);
    expect(typed.a.indicators.units.map((u) => u.status)).toEqual(
      clean.a.indicators.units.map((u) => u.status),
    );
    expect(typed.notes).toEqual([]);
  });

  it('a near miss (党委 for 党工委) is a notice naming the cell and the near name; the unit stays 未达标', () => {
    const { status, notes } = run(tables('区直机关 工委、非公经济组织党委'));
    expect([status('区直机关工委'), status('非公经济组织党工委')]).toEqual(['已达标', '未达标']);
    expect(notes).toEqual([
      {
        table: '指标',
        row: 4,
        column: '视同达标',
        message:
          '「指标」表第4行「视同达标」“非公经济组织党委”不在「单位」表中（是否应为“非公经济组织党工委”？），不视同达标',
      },
    ]);
  });

  it('a name near nothing is told without a guess; a unit of another type is told too', () => {
    const { status, notes } = run(tables('组织部、峡窝镇党委'));
    expect(status('峡窝镇党委')).toBe('未达标');
    expect(notes.map((n) => n.message)).toEqual([
      '「指标」表第4行「视同达标」“组织部”不在「单位」表中，不视同达标',
      '「指标」表第4行「视同达标」“峡窝镇党委”的类型是乡镇街道，此项指标考核其他党工委，不视同达标',
    ]);
  });
});

describe('视同达标 names a person as 人员 and 作者 are read', () => {
  const personal = (deemed: string): Grid => [
    ['个人录用', '每人', '录用', '全年', 5, '', '', '', '', '', '', '', '', '', '', deemed, ''],
  ];
  const rows = [
    adoption({ 单位: '组织科', 作者: '王芳' }),
    adoption({ 单位: '组织科', 作者: '李四', 标题: '乙' }),
  ];

  it('王 芳 (padded) is 王芳: met; an author of the ledger not in 人员 is no notice', () => {
    const { status, notes } = run(tables('', { 指标: personal('王 芳、李四') }), rows);
    expect([status('王芳', '个人录用'), status('李四', '个人录用')]).toEqual(['已达标', '已达标']);
    expect(notes).toEqual([]);
  });

  it('a name that is no author of the ledger is told with the near name', () => {
    const { status, notes } = run(tables('', { 指标: personal('王方') }), rows);
    expect(status('王芳', '个人录用')).toBe('未达标');
    expect(notes.map((n) => [n.row, n.message])).toEqual([
      [9, '「指标」表第9行「视同达标」“王方”不是台账中的作者（是否应为“王芳”？），不视同达标'],
    ]);
  });

  it('with a 人员 table: a listed person is met; one listed nowhere is told as not in 人员', () => {
    const 人员: Grid = [
      ['姓名', '单位'],
      ['王芳', '组织科'],
      ['李四', '组织科'],
    ];
    const { status, notes } = run(tables('', { 指标: personal('王芳、赵六'), 人员 }), rows);
    expect(status('王芳', '个人录用')).toBe('已达标');
    expect(notes.map((n) => n.message)).toEqual([
      '「指标」表第9行「视同达标」“赵六”不在「人员」表中，台账中也没有这位作者，不视同达标',
    ]);
  });
});
