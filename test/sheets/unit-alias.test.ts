// A unit renamed mid-year (audit S24a F4: 桃源村 → 桃源社区 on 07-01): the 单位 table's optional 别名 column
// (曾用名 / 原名称 read too) names its old names, several split on 、，,;；. A ledger row whose 单位 is one is that
// unit's for every figure — points, 报送 months, ranking — and says nothing per row; without it the rows were
// "不在「单位」表中", counted toward no unit, and the unit's early months read as missed. An alias that is another
// unit's name, or given to two units, is a rule error at the 别名 cell.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { readRules, rulesToGrids } from '../../src/core/rules';
import { presetRules } from '../../src/core/rules/presets';
import type { Cell, Grid } from '../../src/core/types';
import type { SheetModel } from '../../src/sheets/model';
import type { WorkbookPort } from '../../src/sheets/port';
import { runReport } from '../../src/sheets/run';
import { ruleRangeArgs } from '../../src/sheets/setup';
import { d, ledgerGrid } from '../cli/helpers';

class MemoryPort implements WorkbookPort {
  constructor(readonly tabs: Map<string, Grid>) {}
  sheetNames(): string[] {
    return [...this.tabs.keys()];
  }
  readValues(name: string): Grid {
    return this.tabs.get(name) ?? [];
  }
  writeSheet(model: SheetModel): void {
    this.tabs.set(model.name, model.values as Grid);
  }
}

const sent = (unit: string, day: string, k: number) => ({
  标题: `${unit}${day}-${k}`,
  作者: '李娜',
  单位: unit,
  报送对象: '区委组织部',
  报送日期: d(day),
  媒体: '郑州日报',
  录用日期: d(day),
});

/** 峡窝镇党委 renamed from 峡窝乡党委: January and February under the old name, March to December under the new. */
const ROWS = [
  sent('峡窝乡党委', '2024-01-10', 1),
  sent('峡窝乡党委 ', '2024-02-10', 2),
  ...['03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m, k) =>
    sent('峡窝镇党委', `2024-${m}-10`, k + 3),
  ),
];

/** The preset's 单位 table with `header` over the 别名 column and `alias` in 峡窝镇党委's row. */
function unitGrid(header: string, alias: string): Grid {
  const grid = rulesToGrids(presetRules('上街区')).单位.map((r) => [...r]);
  const col = grid[0].indexOf('别名');
  expect(col).toBeGreaterThan(0);
  grid[0][col] = header;
  const row = grid.findIndex((r) => r[0] === '峡窝镇党委');
  grid[row][col] = alias;
  return grid;
}

function run(units: Grid) {
  const grids = rulesToGrids(presetRules('上街区'));
  const port = new MemoryPort(
    new Map<string, Grid>([
      ['稿件台账', ledgerGrid(ROWS)],
      ['单位', units],
      ['计分', grids.计分],
    ]),
  );
  return runReport(port, { now: new Date(2025, 0, 5, 9, 0), asOf: dayFromYmd(2024, 12, 31) });
}

describe('单位 别名: a renamed unit', () => {
  it.each([
    ['别名', '峡窝乡党委'],
    ['曾用名', '峡窝乡、峡窝乡党委'],
    ['原名称', '峡窝乡党委；峡窝老镇'],
  ])('%s %s: the old name’s rows are the unit’s, every month met, nothing said', (header, alias) => {
    const result = run(unitGrid(header, alias));
    const unit = result.report.units.find((u) => u.unit === '峡窝镇党委');
    expect(unit?.points).toBe(60); // 12 郑州日报 (市级, 5 分) adoptions
    expect(unit?.submissions).toBe(12);
    const monthly = result.assessment.indicators.units
      .find((u) => u.subject === '峡窝镇党委')
      ?.indicators.find((i) => i.name === '每月向区委组织部报送');
    expect(
      monthly?.buckets?.map((b) => b.value),
      JSON.stringify(monthly),
    ).toEqual(Array(12).fill(1));
    expect(result.report.units.map((u) => u.unit)).not.toContain('峡窝乡党委');
    expect(result.notices.join('\n')).not.toContain('不在「单位」表中');
    const rowIssues = result.assessment.scored.rows.flatMap((r) => r.issues);
    expect(rowIssues.join('\n')).not.toContain('峡窝乡');
  });

  it('without the alias the old name’s rows count toward no unit (as before)', () => {
    const result = run(rulesToGrids(presetRules('上街区')).单位);
    expect(result.report.units.find((u) => u.unit === '峡窝镇党委')?.points).toBe(50);
    expect(result.notices.join('\n')).toContain('2 行的单位不在「单位」表中');
  });

  it('an alias that is another unit’s name, or given to two units, is a rule error at its cell', () => {
    const clash = unitGrid('别名', '作口镇党委、济源路街道党工委');
    expect(() => run(clash)).toThrow(
      /「单位」表第\d+行「别名」.*“济源路街道党工委”是第\d+行单位“济源路街道党工委”的名称，不能作别名/s,
    );
    const twice = unitGrid('别名', '峡窝乡党委');
    const other = twice.findIndex((r) => r[0] === '中心路街道党工委');
    twice[other][twice[0].indexOf('别名')] = '峡窝乡 党委';
    expect(() => run(twice)).toThrow(/“峡窝乡 党委”已是第\d+行“峡窝镇党委”的别名，同一别名只能指一个单位/);
  });

  it('a 人员 row naming the unit by its 别名 is in that unit, not a refusal of every figure (sweep s24r F4)', () => {
    const grids = rulesToGrids(presetRules('上街区'));
    grids.单位 = unitGrid('别名', '峡窝乡党委');
    grids.人员 = [
      ['姓名', '单位', '在岗月数'],
      ['李娜', '峡窝乡党委', 12],
    ];
    const { rules, errors } = readRules(grids, presetRules('上街区'));
    expect(errors).toEqual([]);
    expect(rules.people?.map((p) => [p.name, p.unit])).toEqual([['李娜', '峡窝镇党委']]);
  });

  it('the rules read back what they write (别名 as a list)', () => {
    const grids = rulesToGrids(presetRules('上街区'));
    grids.单位 = unitGrid('别名', '峡窝乡党委、峡窝老镇');
    const back = readRules(grids, presetRules('上街区'));
    const unit = back.rules.units.find((u) => u.name === '峡窝镇党委');
    expect(unit?.aliases).toEqual(['峡窝乡党委', '峡窝老镇']);
    expect(rulesToGrids(back.rules).单位).toEqual(grids.单位.map((r) => r.map((c: Cell) => c)));
  });

  it('a formula reads an existing 单位 tab to G, to H once it has 别名, a new one to H', () => {
    expect(ruleRangeArgs({ 单位: 7 })[0]).toBe("'单位'!A1:G");
    expect(ruleRangeArgs({ 单位: 8 })[0]).toBe("'单位'!A1:H");
    expect(ruleRangeArgs({})[0]).toBe("'单位'!A1:H");
  });
});
