// What one recalculation of the ledger costs in custom-function calls: the formulas 初始化台账 writes are
// array formulas in the header row (Sheets calls each once per recalculation, with the whole ledger),
// never one formula per row, so the count does not grow with the ledger. Speed itself is for npm run bench.
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import type { Cell } from '../../src/core/types';
import { evaluateFormula } from '../fakes/evaluate';
import { createFakeApps } from '../fakes/spreadsheetApp';

const UNITS = ['峡窝镇党委', '中心路街道党工委', '组织科'];

/** Custom functions called when every formula cell of a set-up spreadsheet with `rows` ledger rows recalculates. */
function callsPerRecalculation(rows: number): string[] {
  const apps = createFakeApps();
  const uninstall = apps.install();
  try {
    runSetup();
    const ss = apps.spreadsheet;
    const ledger = ss._sheet('稿件台账')!;
    // Rows written straight into the fake: the calls counted here are the custom functions', not the fill's.
    if (rows + 1 > ledger._maxRows) ledger._maxRows = rows + 1;
    for (let i = 0; i < rows; i++) {
      const row: Record<string, Cell> = {
        标题: `第${i + 1}篇信息`,
        作者: '张三',
        单位: UNITS[i % UNITS.length],
        报送日期: new Date(2024, i % 12, 3),
        媒体: i % 2 ? '河南日报' : '',
        录用日期: i % 2 ? new Date(2024, i % 12, 9) : '',
      };
      LEDGER_HEADERS.forEach((h, c) => {
        const v = row[h];
        if (v !== undefined && v !== '') ledger._cell(i + 2, c + 1, true)!.v = v as never;
      });
    }
    const calls: string[] = [];
    const functions: Record<string, (...a: unknown[]) => unknown> = {};
    for (const [name, fn] of Object.entries(main)) {
      if (!name.startsWith('ZG_') || typeof fn !== 'function') continue;
      functions[name] = (...args: unknown[]) => {
        calls.push(name);
        return (fn as (...a: unknown[]) => unknown)(...args);
      };
    }
    for (const sheet of ss._sheets) {
      for (let r = 1; r <= sheet._maxRows; r++) {
        for (let c = 1; c <= sheet._maxCols; c++) {
          const f = sheet._peek(r, c)?.f;
          if (f && /\bZG_[A-Z_]+\(/.test(f)) evaluateFormula(ss, sheet, f, functions);
        }
      }
    }
    return calls;
  } finally {
    uninstall();
  }
}

describe('custom-function calls per recalculation', () => {
  it('are one, for a ledger of 10 rows and of 3,000 rows', () => {
    const small = callsPerRecalculation(10);
    const large = callsPerRecalculation(3000);
    expect(large).toEqual(small);
    // One ZG_LEDGER call fills 积分, 计任务 and 校验 (one parse, one scoring), none per row.
    expect(small).toEqual(['ZG_LEDGER']);
  });
});
