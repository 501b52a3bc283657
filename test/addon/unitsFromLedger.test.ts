// A 单位 table with only its header lists no unit: the computed columns read the ledger's units, as 生成通报 does.

import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { presetRules, RULE_TABLE_NAMES, rulesToGrids, TABLE_HEADERS } from '../../src/core/rules';
import type { Cell, Grid } from '../../src/core/types';

function sheetLedger(rows: Record<string, Cell>[]): Grid {
  const header = [...LEDGER_HEADERS];
  return [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))];
}

// 党员电教中心 is no unit of the 上街区 preset; 峡窝镇党委 is.
const rows = [
  {
    标题: '电教片',
    作者: '赵六',
    单位: '党员电教中心',
    媒体: '郑州日报',
    采用方式: '录用',
    录用日期: new Date(2024, 2, 5),
  },
  {
    标题: '党建',
    作者: '张三',
    单位: '峡窝镇党委',
    媒体: '郑州日报',
    采用方式: '录用',
    录用日期: new Date(2024, 2, 6),
  },
];

describe('ZG_LEDGER with a 单位 range holding only its header', () => {
  const grids = rulesToGrids(presetRules('上街区'));
  const args = (units: Grid) => RULE_TABLE_NAMES.map((n) => (n === '单位' ? units : grids[n]));

  it('reads the ledger’s units (no 不在「单位」表中), as the 通报 does for a workbook without 单位 rows', () => {
    const out = main.ZG_LEDGER(sheetLedger(rows), ...args([[...TABLE_HEADERS.单位]])) as unknown[][];
    expect(out.slice(1).map((r) => r[2])).toEqual(['', '']);
    expect(out.slice(1).map((r) => r[0])).toEqual([5, 5]);
  });

  it('the same columns as with no 单位 range at all; a 单位 table with rows still names a unit it lacks', () => {
    const headerOnly = main.ZG_LEDGER(sheetLedger(rows), ...args([[...TABLE_HEADERS.单位]]));
    expect(main.ZG_LEDGER(sheetLedger(rows), ...args([]))).toEqual(headerOnly);
    const listed = main.ZG_LEDGER(sheetLedger(rows), ...args(grids.单位)) as unknown[][];
    expect(listed[1][2]).toBe('单位“党员电教中心”不在「单位」表中');
  });

  it('ZG_UNIT_POINTS and ZG_STATUS find a unit the ledger names, as the ranking lists it', () => {
    const ledger = sheetLedger(rows);
    const tables = args([[...TABLE_HEADERS.单位]]);
    expect(main.ZG_UNIT_POINTS('党员电教中心', ledger, '', '', ...tables)).toBe(5);
    expect(main.ZG_STATUS('党员电教中心', ledger, new Date(2024, 11, 31), ...tables)).not.toMatch(
      /未找到单位/,
    );
  });
});
