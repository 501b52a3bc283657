// A rule that reads a ledger column the ledger does not have (计分 by 版面, 指标 by 类别, 三审把关 with no
// 审核状态 …) is never applied: each is said at its rule cell with the missing column, and nothing is said
// when the column is there (audit s28 F4).
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

const without = (...cols: string[]) => LEDGER_HEADERS.filter((h) => !cols.includes(h));
const ROWS = [adoption({ 版面: '头版' }), submission({ 事件日期: '2024-02-01' })];
const grids = () => rulesToGrids(presetRules('上街区'));

/** The 上街区 rule grids with `edit` applied to a copy. */
function tables(edit: (g: ReturnType<typeof grids>) => void) {
  const g = grids();
  edit(g);
  return g;
}

function add(grid: Grid, row: Record<string, string | number>) {
  const header = grid[0] as string[];
  grid.push(header.map((h) => row[h] ?? ''));
  return grid.length; // its sheet row
}

function setting(g: ReturnType<typeof grids>, key: string, value: string | number) {
  const r = g.设置!.findIndex((row) => row[0] === key);
  g.设置![r][1] = value;
  return r + 1;
}

/** The ledger with only `headers` (the rows' cells of other columns left out). */
function ledger(headers: string[]) {
  return ledgerGrid(
    ROWS.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => headers.includes(k)))),
    headers,
  );
}

function notes(headers: string[], t: ReturnType<typeof grids>) {
  const a = assess({ ledger: ledger(headers), tables: t });
  expect(a.ruleErrors).toEqual([]);
  return a.ruleNotes.map((n) => n.message);
}

describe('a rule reading a column the ledger lacks', () => {
  it('计分 by 版面: said at its row; the 头版 row earns its plain points', () => {
    let row = 0;
    const t = tables((g) => {
      row = add(g.计分!, { 采用方式: '录用', 级别: '市级', 版面: '头版', 分值: 20 });
    });
    const headers = without('版面');
    expect(notes(headers, t)).toContain(
      `「计分」表第${row}行按版面“头版”计分，但台账没有「版面」列，该行未生效`,
    );
    expect(notes(LEDGER_HEADERS, t).join('\n')).not.toContain('台账没有');
    const lacking = assess({ ledger: ledger(headers), tables: t });
    const having = assess({ ledger: ledger(LEDGER_HEADERS), tables: t });
    expect(lacking.scored.rows[0].points).toBe(5);
    expect(having.scored.rows[0].points).toBe(20);
  });

  it('计分 by 类别, 系数 by 类别 and 指标 filtered by 类别: one notice each', () => {
    let p = 0;
    let m = 0;
    let i = 0;
    const t = tables((g) => {
      p = add(g.计分!, { 采用方式: '录用', 级别: '市级', 类别: '调研报告', 分值: 8 });
      m = add(g.系数!, { 名称: '调研加倍', 条件: '类别', 取值: '调研报告', 倍数: 2, 适用方式: '录用' });
      i = add(g.指标!, {
        名称: '调研任务',
        对象: '乡镇街道',
        度量: '录用',
        窗口: '全年',
        目标: 1,
        类别: '调研报告',
      });
    });
    const said = notes(without('类别'), t);
    expect(said).toContain(`「计分」表第${p}行按类别“调研报告”计分，但台账没有「类别」列，该行未生效`);
    expect(said).toContain(`「系数」表第${m}行“调研加倍”按类别加倍，但台账没有「类别」列，该行未生效`);
    expect(said).toContain(
      `「指标」表第${i}行“调研任务”只统计类别为“调研报告”的稿件，但台账没有「类别」列，该行任务都计为0`,
    );
    expect(notes(LEDGER_HEADERS, t).join('\n')).not.toContain('台账没有');
  });

  it('several rows of one table lacking one column: one notice listing them (not one line a row)', () => {
    const rows: number[] = [];
    let apart = 0;
    let m: number[] = [];
    let ind: number[] = [];
    const t = tables((g) => {
      for (const kind of ['调研报告', '经验材料', '言论文章'])
        rows.push(add(g.计分!, { 采用方式: '录用', 级别: '市级', 类别: kind, 分值: 8 }));
      add(g.计分!, { 采用方式: '录用', 级别: '省级', 版面: '头版', 分值: 30 }); // reads no 类别: splits the run
      apart = add(g.计分!, { 采用方式: '录用', 级别: '省级', 类别: '调研报告', 分值: 12 });
      m = ['调研', '经验'].map((kind) =>
        add(g.系数!, { 名称: `${kind}加倍`, 条件: '类别', 取值: `${kind}材料`, 倍数: 2, 适用方式: '录用' }),
      );
      ind = ['调研任务', '经验任务'].map((name) =>
        add(g.指标!, { 名称: name, 对象: '乡镇街道', 度量: '录用', 窗口: '全年', 目标: 1, 类别: '调研报告' }),
      );
    });
    const said = notes(without('类别'), t).filter((n) => n.includes('台账没有「类别」列'));
    expect(said).toEqual([
      `「计分」表第${rows[0]}–${rows[2]}、${apart}行按「类别」计分，但台账没有「类别」列，这些行未生效`,
      `「系数」表第${m[0]}–${m[1]}行按「类别」加倍，但台账没有「类别」列，这些行未生效`,
      `「指标」表第${ind[0]}–${ind[1]}行的任务“调研任务”、“经验任务”只统计某些类别的稿件，但台账没有「类别」列，这些任务都计为0`,
    ]);
  });

  it('office kinds under a ledger with no 类别 column: the grouped notice alone, not a line a row', () => {
    const rows: number[] = [];
    const tasks: string[] = [];
    const t = tables((g) => {
      for (let k = 0; k < 13; k++)
        rows.push(add(g.计分!, { 采用方式: '录用', 级别: '市级', 类别: `类${k}`, 分值: 8 }));
      for (let k = 0; k < 7; k++) {
        tasks.push(`专项${k}任务`);
        add(g.指标!, {
          名称: tasks[k],
          对象: '乡镇街道',
          度量: '录用',
          窗口: '全年',
          目标: 1,
          类别: `类${k}`,
        });
      }
    });
    const said = notes(without('类别'), t);
    // 类0…类12 are no known kind, but the rows do not apply at all: the one grouped line says so.
    expect(said.filter((n) => n.includes('不是已知的类别'))).toEqual([]);
    expect(said).toContain(
      `「计分」表第${rows[0]}–${rows[12]}行按「类别」计分，但台账没有「类别」列，这些行未生效`,
    );
    // The 指标 line names its tasks, a long list cut with 等N项.
    const task = said.find((n) => n.startsWith('「指标」表'))!;
    expect(task).toContain(
      `的任务${tasks
        .slice(0, 5)
        .map((n) => `“${n}”`)
        .join('、')}等7项只统计某些类别的稿件`,
    );
    // With a 类别 column that never writes 类0, the row's own notice stays.
    expect(notes(LEDGER_HEADERS, t)).toContain(
      `「计分」表第${rows[0]}行「类别」“类0”不是已知的类别，台账中也没有这一类别，该行分值不会用到`,
    );
  });

  it('a long list of separate rows is cut with 等N行', async () => {
    const { rowRuns } = await import('../../src/core/rules/columnNeeds');
    expect(rowRuns([3, 4, 5, 6])).toBe('第3–6行');
    expect(rowRuns([7, 3, 5])).toBe('第3、5、7行');
    const apart = Array.from({ length: 12 }, (_, k) => 2 + 2 * k);
    expect(rowRuns(apart)).toBe('第2、4、6、8、10、12、14、16、18、20行等12行');
  });

  it('设置 三审把关, 佐证要求 and 迟报天数: said at their 设置 row', () => {
    const rows: Record<string, number> = {};
    const t = tables((g) => {
      rows.gate = setting(g, '三审把关', '是');
      rows.evidence = setting(g, '佐证要求', '市级');
      rows.late = setting(g, '迟报天数', 3);
    });
    const said = notes(without('审核状态', '佐证', '事件日期'), t);
    expect(said).toContain(
      `「设置」表第${rows.gate}行“三审把关”为“是”，但台账没有「审核状态」列：所有稿件都按未终审暂不计分`,
    );
    expect(said).toContain(
      `「设置」表第${rows.evidence}行“佐证要求”为“市级”，但台账没有「佐证」列：市级及以上稿件都按未填佐证暂不计分`,
    );
    expect(said).toContain(
      `「设置」表第${rows.late}行“迟报天数”为3天，但台账没有「事件日期」列，该行未生效（不判断迟报）`,
    );
    expect(notes(LEDGER_HEADERS, t).join('\n')).not.toContain('台账没有');
  });
});
