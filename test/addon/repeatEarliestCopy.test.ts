// Copies of one adoption with equal points and different days, on 稿件台账 and a year tab: the sheet's computed
// columns (ZG_LEDGER as 初始化台账 writes it) and the command line both keep the earliest copy (录用日期, then
// 报送日期), whichever tab it is on and whatever the other cells say (sweep S18b F3: row text decided, so a
// March copy's points could land in a later quarter). The later copy's 报送对象 is empty, which sorts first by
// content: the day decides before it.
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

const early = { 报送日期: '2025-03-01', 录用日期: '2025-03-10', 报送对象: '区委组织部' };
const late = { 报送日期: '2025-09-01', 录用日期: '2025-09-10', 报送对象: '' };
const copy = (标题: string, day: RowSpec, over: RowSpec = {}) =>
  adoption({ 媒体: '郑州日报', 标题, ...day, ...over });

// 稿件台账 rows 2–4; 2025年 rows 2–5 (row 2 another piece).
const ledgerRows = [
  copy('台账的较早', early), // kept: earlier than the year tab's copy
  copy('年表的较早', late), // the year tab's copy is kept
  copy('同日报送较早', early, { 报送日期: '2025-03-02' }), // same 录用日期: the year tab's 报送日期 is earlier
];
const yearRows = [
  copy('只在年表', early),
  copy('台账的较早', late),
  copy('年表的较早', early),
  copy('同日报送较早', early, { 报送对象: '' }),
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

/** `zugong report --json` on an .xlsx holding the same two tabs, for `period`. */
async function commandLine(period: string): Promise<{ rows: JsonRow[]; points: number }> {
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
  const json = JSON.parse(stdout);
  const unit = json.units.find((u: { unit: string }) => u.unit === '峡窝镇党委');
  return { rows: json.rows, points: unit?.points ?? 0 };
}

const repeat = (where: string) => `重复行：与${where}标题、媒体相同，只计一次`;

describe('equal-points copies on 稿件台账 and a year tab, on different days', () => {
  it('the sheet’s columns and the command line keep the earliest copy, on either tab', async () => {
    expect(sheetColumns()).toEqual([
      [5, 1, ''],
      [0, 0, repeat('「其他台账表」第4行')],
      [0, 0, repeat('「其他台账表」第5行')],
    ]);
    const { rows } = await commandLine('2025');
    const at = (tab: string, row: number) => {
      const r = rows.find((x) => x.tab === tab && x.row === row)!;
      return [r.points, r.taskCredit, r.issues.join('；')];
    };
    expect([at('稿件台账', 2), at('稿件台账', 3), at('稿件台账', 4)]).toEqual([
      [5, 1, ''],
      [0, 0, repeat('「2025年」第4行')],
      [0, 0, repeat('「2025年」第5行')],
    ]);
    expect([at('2025年', 3), at('2025年', 4), at('2025年', 5)]).toEqual([
      [0, 0, repeat('「稿件台账」第2行')],
      [5, 1, ''],
      [5, 1, ''],
    ]);
  });

  it('the points land in the quarter of the earliest copies: Q1 20 (four pieces), Q3 none', async () => {
    expect([(await commandLine('2025-Q1')).points, (await commandLine('2025-Q3')).points]).toEqual([20, 0]);
  });
});
