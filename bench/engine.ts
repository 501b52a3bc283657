// Engine benchmark for one ledger size, run in its own process so that its peak memory is its own:
//   node --max-old-space-size=8192 --expose-gc --import tsx bench/engine.ts <rows> [iterations]
// Prints one JSON line (EngineResult) on stdout.
import { dayFromYmd } from '../src/core/dates';
import { writeRowOutputs } from '../src/core/index';
import { evaluateIndicators } from '../src/core/indicators';
import { parseLedger } from '../src/core/ledger';
import { yearPeriod } from '../src/core/period';
import { buildReport } from '../src/core/report';
import { presetRules } from '../src/core/rules';
import { scoreLedger } from '../src/core/score';
import type { Grid } from '../src/core/types';
import { floorPass } from './floor';
import { generateLedger } from './generate';
import { isMain, median } from './main';

export interface StageTimes {
  parse: number;
  score: number;
  indicators: number;
  report: number;
  outputs: number;
  total: number;
}

export interface EngineResult {
  rows: number;
  iterations: number;
  /** Median milliseconds per stage over the iterations. */
  ms: StageTimes;
  rowsPerSecond: number;
  /** Rows per second for score + indicators only (the work a formula sheet does). */
  scoreIndicatorsRowsPerSecond: number;
  /** Resident memory once the grid is built (the input itself), MB. */
  gridMb: number;
  /** Peak resident memory of the whole process (grid + engine), MB. */
  peakMb: number;
  /** Median ms of the floor (bench/floor.ts) on the same grid, timed between the passes; null for a single cold pass. */
  floorMs: number | null;
  /** Median minor page faults per stage (fresh memory the pass touches: the kernel maps a page at first touch). */
  faults: StageTimes;
  /** What one such fault costs on this machine, µs (faultMicros: a fresh 64 MB array written once). */
  faultMicros: number;
  rowsWithIssues: number;
}

const minorFaults = () => process.resourceUsage().minorPageFault;

/**
 * µs per minor page fault here: a fresh 64 MB array written once, against the same writes to it again. On a
 * virtual machine that hands freed memory back to its host a fault may cost far more than the write.
 */
export function faultMicros(): number {
  const bytes = 64 * 2 ** 20;
  const f0 = minorFaults();
  const t0 = performance.now();
  const fresh = new Float64Array(bytes / 8);
  for (let i = 0; i < fresh.length; i += 512) fresh[i] = i;
  const t1 = performance.now();
  const f1 = minorFaults();
  for (let i = 0; i < fresh.length; i += 512) fresh[i] = -i;
  const t2 = performance.now();
  return f1 > f0 ? (1000 * (t1 - t0 - (t2 - t1))) / (f1 - f0) : 0;
}

/** One pass of the whole engine on a grid, timed stage by stage, with the page faults of each stage. */
export function timeEngine(grid: Grid): { ms: StageTimes; faults: StageTimes; rowsWithIssues: number } {
  const f0 = minorFaults();
  const t0 = performance.now();
  const parsed = parseLedger(grid);
  const t1 = performance.now();
  const f1 = minorFaults();
  const rules = presetRules('上街区');
  const scored = scoreLedger(parsed, rules);
  const t2 = performance.now();
  const f2 = minorFaults();
  const asOf = dayFromYmd(rules.settings.year, 12, 31);
  const indicators = evaluateIndicators(scored, rules, asOf);
  const t3 = performance.now();
  const f3 = minorFaults();
  buildReport(scored, rules, yearPeriod(rules.settings.year), asOf, indicators); // as assess() does
  const t4 = performance.now();
  const f4 = minorFaults();
  // The three computed columns, as ZG_LEDGER and the ledger copy receive them (one write per row, no object).
  const dataRows = grid.length - 1;
  const points = new Array<number | ''>(dataRows).fill('');
  const credits = new Array<number | string>(dataRows).fill('');
  const checks = new Array<string>(dataRows).fill('');
  writeRowOutputs(scored, dataRows, (i, p, credit, check) => {
    points[i] = p;
    credits[i] = credit;
    checks[i] = check;
  });
  const t5 = performance.now();
  const f5 = minorFaults();
  return {
    faults: {
      parse: f1 - f0,
      score: f2 - f1,
      indicators: f3 - f2,
      report: f4 - f3,
      outputs: f5 - f4,
      total: f5 - f0,
    },
    ms: {
      parse: t1 - t0,
      score: t2 - t1,
      indicators: t3 - t2,
      report: t4 - t3,
      outputs: t5 - t4,
      total: t5 - t0,
    },
    // From the 校验 column, as the sheet shows it: reading scored.rows would make a ScoredRow per row.
    rowsWithIssues: checks.filter((check) => check !== '').length,
  };
}

export function measureEngine(rows: number, iterations: number): EngineResult {
  const grid = generateLedger({ rows, seed: 42 });
  (globalThis as { gc?: () => void }).gc?.();
  const gridMb = process.memoryUsage().rss / 2 ** 20;
  // One warm-up pass (JIT) for the sizes where that is cheap; the 1M run is a single cold pass, no floor.
  const rules = presetRules('上街区');
  const floors: number[] = [];
  const timeFloor = () => {
    const t0 = performance.now();
    floorPass(grid, rules);
    floors.push(performance.now() - t0);
  };
  if (iterations > 1) {
    timeFloor();
    timeEngine(grid);
    floors.length = 0;
  }
  const runs: StageTimes[] = [];
  const faultRuns: StageTimes[] = [];
  let rowsWithIssues = 0;
  for (let i = 0; i < iterations; i++) {
    // The floor in turn with the engine, three times each, so that both see the machine at its same speed.
    if (iterations > 1) for (let k = 0; k < 3; k++) timeFloor();
    const r = timeEngine(grid);
    runs.push(r.ms);
    faultRuns.push(r.faults);
    rowsWithIssues = r.rowsWithIssues;
  }
  const keys = Object.keys(runs[0]) as (keyof StageTimes)[];
  const medians = (of: StageTimes[]) =>
    Object.fromEntries(keys.map((k) => [k, median(of.map((r) => r[k]))])) as unknown as StageTimes;
  const ms = medians(runs);
  return {
    rows,
    iterations,
    ms,
    rowsPerSecond: rows / (ms.total / 1000),
    scoreIndicatorsRowsPerSecond: rows / ((ms.score + ms.indicators) / 1000),
    gridMb,
    peakMb: process.resourceUsage().maxRSS / 1024,
    floorMs: floors.length > 0 ? median(floors) : null,
    faults: medians(faultRuns),
    faultMicros: faultMicros(),
    rowsWithIssues,
  };
}

if (isMain('engine')) {
  const rows = Number(process.argv[2] ?? 1000);
  const iterations = Number(process.argv[3] ?? 3);
  console.log(JSON.stringify(measureEngine(rows, iterations)));
}
