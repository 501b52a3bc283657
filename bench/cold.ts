// One recalculation as Apps Script runs it: every custom-function call is a fresh execution, so the
// whole of dist/Code.js is loaded and ZG_LEDGER runs once, cold (no JIT, no table made before). One
// process per sample: run.ts starts this several times and takes medians.
//   node out/bench/cold.mjs <rows>   (ZUGONG_ROOT = the repository; prints one JSON line)
// The script's realm is node's own (vm.runInThisContext): a node:vm context would slow every global
// lookup (Math, Date …) through its interceptors, which Apps Script does not have. The process runs in
// Asia/Shanghai, the manifest's zone, with the spreadsheet in the same zone, as a Chinese office's is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { presetRules, RULE_TABLE_NAMES, rulesToGrids } from '../src/core/rules';
import { createFakeApps } from '../test/fakes/spreadsheetApp';
import { generateLedger } from './generate';
import { isMain } from './main';

export interface ColdCall {
  rows: number;
  /** Compiling and running dist/Code.js's top level. */
  loadMs: number;
  /** The one ZG_LEDGER call on the ledger and every rule tab, as 初始化台账's formula passes them. */
  callMs: number;
  /**
   * CPU time of the main thread during the call (Linux /proc/thread-self/schedstat; null elsewhere). On a
   * busy machine wall time is mostly waiting for a core; this is the call's own work, without the
   * background compiler threads.
   */
  callCpuMs: number | null;
  /** Utilities.formatDate calls the call made (service calls in Apps Script). */
  formatDateCalls: number;
  /** SpreadsheetApp calls the call made. */
  spreadsheetCalls: number;
  /** The 积分 column's sum, the work done (held to the engine's by test/bench/cold.test.ts). */
  pointsTotal: number;
}

export function coldCall(root: string, rows: number): ColdCall {
  process.env.TZ = 'Asia/Shanghai';
  const ledger = generateLedger({ rows, seed: 5 });
  const grids = rulesToGrids(presetRules('上街区'));
  const tables = RULE_TABLE_NAMES.map((name) => grids[name]);
  const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
  const apps = createFakeApps({ timeZone: 'Asia/Shanghai' });
  const utilities = apps.globals.Utilities as { formatDate: (...a: unknown[]) => string };
  // The fake's first formatDate loads node's ICU time zone data: its own start, not the script's.
  utilities.formatDate(new Date(), 'Asia/Shanghai', 'yyyy-MM-dd');
  Object.assign(globalThis, apps.globals);
  const t0 = performance.now();
  vm.runInThisContext(code, { filename: 'Code.js' });
  const t1 = performance.now();
  apps.resetCounts();
  const formatDatesBefore = apps.formatDateCalls;
  const zgLedger = (globalThis as unknown as { ZG_LEDGER: (...a: unknown[]) => unknown[][] }).ZG_LEDGER;
  // The CPU window lies inside the wall window, so the one can only exceed the other by the clocks' rates.
  const callStart = performance.now();
  const cpu0 = threadCpuMs();
  const out = zgLedger(ledger, ...tables);
  const cpu1 = threadCpuMs();
  const t2 = performance.now();
  if (!Array.isArray(out) || out.length !== ledger.length) throw new Error('ZG_LEDGER gave no column');
  return {
    rows,
    loadMs: t1 - t0,
    callMs: t2 - callStart,
    callCpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
    formatDateCalls: apps.formatDateCalls - formatDatesBefore,
    spreadsheetCalls: apps.log.total,
    pointsTotal: out.slice(1).reduce((sum, row) => sum + (typeof row[0] === 'number' ? row[0] : 0), 0),
  };
}

/** The calling thread's CPU time so far in ms (the first field of schedstat, in ns); null off Linux. */
function threadCpuMs(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

if (isMain('cold')) {
  const root = process.env.ZUGONG_ROOT ?? process.cwd();
  console.log(JSON.stringify(coldCall(root, Number(process.argv[2] ?? 1000))));
}
