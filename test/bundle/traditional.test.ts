// The add-on on a workbook typed in traditional characters (繁体): the bundled example's tabs (ledger and rules)
// converted cell by cell with OpenCC (cn → t), tab names too, loaded into the fake Sheets; dist/Code.js in
// node:vm, 初始化台账, then the sheet's ZG_LEDGER gives each row the 积分/计任务/校验 of the simplified workbook.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { simplified } from '../../src/core/simplified';
import { evaluateFormula } from '../fakes/evaluate';
import { createFakeApps } from '../fakes/spreadsheetApp';
import { traditional } from '../helpers/traditional';

const root = join(__dirname, '../..');
let code = '';
let tabs: [string, unknown[][]][] = [];

/** A cell as the fake sheet holds it: dates as their day's text (the same on both sides). */
function cell(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v;
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/Code.js')))
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')]);
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(root, 'examples', '上街区-2024.xlsx'));
  tabs = wb.worksheets.map((ws) => {
    const grid: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      grid[r - 1] = Array.from({ length: ws.columnCount }, (_, c) => cell(row.getCell(c + 1).value));
    });
    return [ws.name, grid];
  });
}, 60_000);

/** Each ledger row's [积分, 计任务, 校验] as ZG_LEDGER gives them after 初始化台账. */
function ledgerColumns(book: [string, unknown[][]][], ledgerTab: string): unknown[][] {
  const apps = createFakeApps({ owner: 'owner@example.org', startWithSheet1: false });
  for (const [name, grid] of book) apps.spreadsheet._addSheet(name, grid);
  const ctx = vm.createContext({ ...apps.globals });
  apps.useScriptRealm(vm.runInContext('Date', ctx));
  vm.runInContext(code, ctx, { filename: 'Code.js' });
  apps.run(() => vm.runInContext('setupLedger()', ctx), {});
  const sheet = apps.spreadsheet._sheet(ledgerTab)!;
  expect(apps.spreadsheet._sheet('稿件台账') === undefined || ledgerTab === '稿件台账').toBe(true);
  for (let c = 1; c <= sheet._maxCols; c++) {
    const f = sheet._peek(1, c)?.f;
    if (!f?.includes('ZG_LEDGER(')) continue;
    return evaluateFormula(apps.spreadsheet, sheet, f, {
      ZG_LEDGER: (...a: unknown[]) =>
        apps.run(() => (ctx.ZG_LEDGER as (...x: unknown[]) => unknown)(...a), {}),
    } as never);
  }
  throw new Error(`no ZG_LEDGER formula on ${ledgerTab}`);
}

const toTraditional = (grid: unknown[][]) =>
  grid.map((row) => row.map((v) => (typeof v === 'string' ? traditional(v) : v)));

describe('dist/Code.js on a 繁体 workbook', () => {
  it('ZG_LEDGER gives the simplified workbook’s 积分, 计任务 and 校验, row by row', () => {
    const clean = ledgerColumns(tabs, '稿件台账');
    const points = clean.slice(1).reduce((s, r) => s + (typeof r[0] === 'number' ? r[0] : 0), 0);
    expect(Math.round(points * 10) / 10).toBeGreaterThan(2000);
    const trad = ledgerColumns(
      tabs.map(([name, grid]) => [traditional(name), toTraditional(grid)]),
      traditional('稿件台账'),
    );
    expect(traditional('稿件台账')).not.toBe('稿件台账');
    const fold = (rows: unknown[][]) =>
      rows.map((r) => r.map((v) => (typeof v === 'string' ? simplified(v) : v)));
    expect(fold(trad)).toEqual(fold(clean));
  }, 120_000);
});
