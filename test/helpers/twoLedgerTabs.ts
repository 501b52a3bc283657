// A ledger kept on 稿件台账 and a 2025年 tab, read two ways: the sheet's computed columns (ZG_LEDGER as
// 初始化台账 writes it, on the fake spreadsheet) and `zugong report --json` on an .xlsx holding the same tabs.
// Tests that the two surfaces keep the same copy of a repeated piece use both.
import { join } from 'node:path';
import { expect } from 'vitest';
import * as main from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import { main as cli } from '../../src/cli/main';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import type { Grid } from '../../src/core/types';
import { tempDir, writeXlsx } from '../cli/helpers';
import { evaluateFormula } from '../fakes/evaluate';
import type { FakeSpreadsheet } from '../fakes/spreadsheetApp';
import { ledgerGrid, type RowSpec } from './ledger';

/** ZG_LEDGER on 稿件台账 (rows typed in after 初始化台账) with 2025年 as the other tab: rows 2… [积分, 计任务, 校验]. */
export function sheetColumns(ss: FakeSpreadsheet, ledgerRows: RowSpec[], yearRows: RowSpec[]): unknown[][] {
  ss._addSheet('稿件台账', [[...LEDGER_HEADERS]]);
  ss._addSheet('2025年', ledgerGrid(yearRows) as unknown[][]);
  runSetup();
  const ledger = ss._sheet('稿件台账')!;
  ledgerGrid(ledgerRows)
    .slice(1)
    .forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== '') ledger._cell(r + 2, c + 1, true)!.v = v as never;
      });
    });
  const formula = ledger._peek(1, LEDGER_HEADERS.length + 1)?.f ?? '';
  expect(formula).toMatch(/, TODAY\(\), '2025年'!A1:[A-Z]+\)$/);
  return evaluateFormula(ss, ledger, formula, main as never).slice(1, ledgerRows.length + 1);
}

export interface JsonRow {
  tab: string;
  row: number;
  points: number;
  taskCredit: number;
  issues: string[];
}

/** `zugong report --json --period <period>` on an .xlsx holding the same two tabs. */
export async function commandLineJson(
  ledgerRows: RowSpec[],
  yearRows: RowSpec[],
  period = '2025',
): Promise<{ rows: JsonRow[]; units: { unit: string; points: number }[] }> {
  const path = join(tempDir(), 'ledger.xlsx');
  await writeXlsx(path, { 稿件台账: ledgerGrid(ledgerRows) as Grid, '2025年': ledgerGrid(yearRows) as Grid });
  let stdout = '';
  const code = await cli(['report', path, '--json', '--period', period], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: () => {} },
    env: { ZUGONG_PROGRESS: '0' },
    now: () => new Date('2026-11-30T04:00:00Z'),
  });
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

/** 校验 of a duplicate copy, naming where the kept copy is. */
export const repeatMessage = (where: string) => `重复行：与${where}标题、媒体相同，只计一次`;
