// Apps Script cost model, measured on the counting fake SpreadsheetApp: calls and cells read/written
// for 初始化台账, one 通报 and one 领导看板 refresh at 1k and 100k ledger rows; custom-function calls per
// recalculation; and the bundle: dist/Code.js size and its load time in a fresh node:vm context.
//   node out/bench/sheets.mjs [rows…]   (run.ts bundles and runs it; prints one JSON line)
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import * as customFunctionModule from '../src/addon/customFunctions';
import { generateReport, refreshDashboard } from '../src/addon/main';
import { runSetup } from '../src/addon/setupLedger';
import { evaluateFormula } from '../test/fakes/evaluate';
import { createFakeApps, type FakeApps, FakeRange } from '../test/fakes/spreadsheetApp';
import { generateLedger } from './generate';
import { isMain } from './main';

export interface Cost {
  calls: number;
  writes: number;
  cellsRead: number;
  cellsWritten: number;
  ms: number;
  /** The heaviest methods, for reading the figure. */
  top: Record<string, number>;
}

export interface SheetsResult {
  setupEmpty: Cost;
  byRows: Record<
    string,
    { setupAgain: Cost; report: Cost; dashboard: Cost; customFunctionMs: Record<string, number> }
  >;
  customFunctionCallsPerRecalc: number;
  bundleBytes: number;
  bundleLoadMs: { median: number; min: number; max: number; runs: number };
}

const cells = { read: 0, written: 0 };
let patched = false;

/** Count cells through the fake's Range methods (calls are counted by the fake itself). */
function patchCellCounts(): void {
  if (patched) return;
  patched = true;
  const proto = FakeRange.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const size = (r: unknown) => {
    const x = r as { _rows: number; _cols: number };
    return x._rows * x._cols;
  };
  for (const m of ['getValues', 'getDisplayValues', 'getFormulas', 'getNumberFormats', 'getBackgrounds']) {
    const orig = proto[m];
    proto[m] = function (this: unknown, ...a: unknown[]) {
      cells.read += size(this);
      return orig.apply(this, a);
    };
  }
  for (const m of ['getValue', 'getFormula']) {
    const orig = proto[m];
    proto[m] = function (this: unknown, ...a: unknown[]) {
      cells.read += 1;
      return orig.apply(this, a);
    };
  }
  for (const m of ['setValues', 'setFormulas']) {
    const orig = proto[m];
    proto[m] = function (this: unknown, ...a: unknown[]) {
      const g = a[0] as unknown[][];
      cells.written += Array.isArray(g)
        ? g.reduce((n, row) => n + (Array.isArray(row) ? row.length : 0), 0)
        : 0;
      return orig.apply(this, a);
    };
  }
  for (const m of ['setValue', 'setFormula']) {
    const orig = proto[m];
    proto[m] = function (this: unknown, ...a: unknown[]) {
      cells.written += 1;
      return orig.apply(this, a);
    };
  }
}

function measure(apps: FakeApps, fn: () => unknown): Cost {
  apps.resetCounts();
  cells.read = 0;
  cells.written = 0;
  const t0 = performance.now();
  const result = fn() as { ok?: boolean; message?: string } | undefined;
  const ms = performance.now() - t0;
  if (result && result.ok === false) throw new Error(`add-on refused: ${result.message}`);
  const top = Object.fromEntries(
    Object.entries(apps.log.byMethod)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6),
  );
  return {
    calls: apps.log.total,
    writes: apps.log.writes,
    cellsRead: cells.read,
    cellsWritten: cells.written,
    ms,
    top,
  };
}

/** A set-up spreadsheet whose ledger holds `rows` generated rows (written straight into the fake). */
function workbook(rows: number): FakeApps {
  const apps = createFakeApps();
  apps.install();
  runSetup();
  const ledger = apps.spreadsheet._sheet('稿件台账')!;
  const grid = generateLedger({ rows, seed: 5 });
  if (grid.length > ledger._maxRows) ledger._maxRows = grid.length;
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== '' && v !== null && v !== undefined) ledger._cell(r + 1, c + 1, true)!.v = v as never;
    }
  }
  return apps;
}

/** Time one recalculation of each computed column: Sheets calls each array formula once. */
function customFunctions(apps: FakeApps): { calls: number; ms: Record<string, number> } {
  const ledger = apps.spreadsheet._sheet('稿件台账')!;
  // Every custom function the add-on exports, so whatever 初始化台账 writes can be evaluated.
  const fns = customFunctionModule as unknown as Record<string, (...a: unknown[]) => unknown>;
  const ms: Record<string, number> = {};
  let calls = 0;
  for (let c = 1; c <= ledger._maxCols; c++) {
    const f = ledger._peek(1, c)?.f;
    const name = f ? /^=(ZG_[A-Z_]+)\(/.exec(f)?.[1] : undefined;
    if (!f || !name) continue;
    calls++;
    const t0 = performance.now();
    evaluateFormula(apps.spreadsheet, ledger, f, fns);
    ms[name] = performance.now() - t0;
  }
  return { calls, ms };
}

/** dist/Code.js: bytes, and compile + run in a fresh vm context (median of `runs`). */
export function bundleLoad(root: string, runs = 20): { bytes: number; ms: SheetsResult['bundleLoadMs'] } {
  const path = join(root, 'dist', 'Code.js');
  const code = readFileSync(path, 'utf8');
  const apps = createFakeApps();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const ctx = vm.createContext({ ...apps.globals });
    new vm.Script(code, { filename: `Code-${i}.js` }).runInContext(ctx);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    bytes: statSync(path).size,
    ms: { median: times[Math.floor(runs / 2)], min: times[0], max: times[runs - 1], runs },
  };
}

export function measureSheets(root: string, sizes: number[]): SheetsResult {
  patchCellCounts();
  const empty = createFakeApps();
  const undo = empty.install();
  const setupEmpty = measure(empty, () => runSetup());
  undo();
  const byRows: SheetsResult['byRows'] = {};
  let perRecalc = 0;
  for (const n of sizes) {
    const apps = workbook(n);
    const setupAgain = measure(apps, () => runSetup());
    const report = measure(apps, () => generateReport('2024'));
    const dashboard = measure(apps, () => refreshDashboard());
    const cf = customFunctions(apps);
    perRecalc = cf.calls;
    byRows[label(n)] = { setupAgain, report, dashboard, customFunctionMs: cf.ms };
  }
  const bundle = bundleLoad(root);
  return {
    setupEmpty,
    byRows,
    customFunctionCallsPerRecalc: perRecalc,
    bundleBytes: bundle.bytes,
    bundleLoadMs: bundle.ms,
  };
}

export function label(n: number): string {
  return n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n);
}

if (isMain('sheets')) {
  const sizes = process.argv.slice(2).map(Number);
  const root = process.env.ZUGONG_ROOT ?? process.cwd();
  console.log(JSON.stringify(measureSheets(root, sizes.length > 0 ? sizes : [1000, 100_000])));
}
