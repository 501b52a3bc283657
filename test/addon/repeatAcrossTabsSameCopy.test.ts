// A piece typed on 稿件台账 and again on a year tab, with equal points: the sheet's computed columns (ZG_LEDGER,
// as 初始化台账 writes it, with '2025年'!A1:V after TODAY()) and the command line on the same tabs keep the
// same copy (sweep S17b F2: the tie went by tab name, '台账' won in the formula and '2025年' in the 通报, so the
// sheet counted a row the 通报 gave 0). The ledger tab's copy wins a full tie, then content decides, never the
// tab's name; the formula, which cannot know the other tab's name, says 「其他台账表」, the 通报 names it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import { main as cli } from '../../src/cli/main';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import type { Grid } from '../../src/core/types';
import { tempDir, writeXlsx } from '../cli/helpers';
import { evaluateFormula } from '../fakes/evaluate';
import type { FakeSheet } from '../fakes/spreadsheetApp';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org' });

fixClock();

const dated = { 报送对象: '区委组织部', 报送日期: '2025-05-06', 录用日期: '2025-05-10', 媒体: '郑州日报' };
const copy = (标题: string, over: RowSpec = {}) => adoption({ ...dated, 标题, ...over });

// 稿件台账 rows 2–4; 2025年 rows 2–5 (row 2 another piece, so the copies sit on other row numbers).
const ledgerRows = [
  copy('同样的两份'), // typed again exactly: the ledger tab's copy is kept
  copy('年表的更优', { 字数: 900 }), // 800 字 on 2025年 sorts first: that copy is kept
  copy('台账的更优', { 字数: 800 }), // 900 字 on 2025年: the ledger tab's copy is kept
];
const yearRows = [
  copy('只在年表'),
  copy('同样的两份'),
  copy('年表的更优', { 字数: 800 }),
  copy('台账的更优', { 字数: 900 }),
];

function fill(sheet: FakeSheet, rows: RowSpec[]): void {
  ledgerGrid(rows)
    .slice(1)
    .forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== '') sheet._cell(r + 2, c + 1, true)!.v = v as never;
      });
    });
}

/** ZG_LEDGER as Sheets computes the formula 初始化台账 wrote: 稿件台账 rows 2–4, [积分, 计任务, 校验]. */
function sheetColumns(): unknown[][] {
  const ss = fake.apps.spreadsheet;
  ss._addSheet('稿件台账', [[...LEDGER_HEADERS]]);
  ss._addSheet('2025年', ledgerGrid(yearRows) as unknown[][]);
  runSetup();
  const ledger = ss._sheet('稿件台账')!;
  fill(ledger, ledgerRows);
  const formula = ledger._peek(1, LEDGER_HEADERS.length + 1)?.f ?? '';
  expect(formula).toMatch(/, TODAY\(\), '2025年'!A1:[A-Z]+\)$/);
  return evaluateFormula(ss, ledger, formula, main as never).slice(1, 4);
}

interface JsonRow {
  tab: string;
  row: number;
  points: number;
  taskCredit: number;
  issues: string[];
}

/** `zugong report --json` on an .xlsx holding the same two tabs. */
async function commandLine(): Promise<JsonRow[]> {
  const path = join(tempDir(), 'ledger.xlsx');
  await writeXlsx(path, { 稿件台账: ledgerGrid(ledgerRows) as Grid, '2025年': ledgerGrid(yearRows) as Grid });
  let stdout = '';
  const code = await cli(['report', path, '--json', '--period', '2025'], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: () => {} },
    env: { ZUGONG_PROGRESS: '0' },
    now: () => new Date('2026-11-30T04:00:00Z'),
  });
  expect(code).toBe(0);
  return JSON.parse(stdout).rows;
}

const repeat = (where: string) => `重复行：与${where}标题、媒体相同，只计一次`;

describe('an equal-points repeat across 稿件台账 and a year tab', () => {
  it('the sheet’s columns and the command line keep the same copy, both ways round', async () => {
    expect(sheetColumns()).toEqual([
      [5, 1, ''],
      [0, 0, repeat('「其他台账表」第4行')],
      [5, 1, ''],
    ]);
    const rows = await commandLine();
    const at = (tab: string, row: number) => {
      const r = rows.find((x) => x.tab === tab && x.row === row)!;
      return [r.points, r.taskCredit, r.issues.join('；')];
    };
    expect([at('稿件台账', 2), at('稿件台账', 3), at('稿件台账', 4)]).toEqual([
      [5, 1, ''],
      [0, 0, repeat('「2025年」第4行')],
      [5, 1, ''],
    ]);
    expect([at('2025年', 3), at('2025年', 4), at('2025年', 5)]).toEqual([
      [0, 0, repeat('「稿件台账」第2行')],
      [5, 1, ''],
      [0, 0, repeat('「稿件台账」第4行')],
    ]);
  });
});
