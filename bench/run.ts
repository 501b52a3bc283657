// npm run bench: every figure of issue 6, measured in child processes (one per size, so that peak memory
// is the figure's own), printed as a table and written to out/bench.json.
//   tsx bench/run.ts            the full run (engine to 1M rows, peer at 1k and 10k, sheets and CLI at 100k)
//   tsx bench/run.ts --quick    a smoke run (small sizes), written to out/bench-quick.json
// The bench modules are bundled with esbuild first, the way dist/ is, so that what is timed is plain
// bundled JavaScript rather than code going through a TypeScript loader.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { bundleBenchModules } from './bundle';
import type { SplitTimes } from './cli';
import type { ColdCall } from './cold';
import type { EngineResult } from './engine';
import type { LoComparison } from './lo';
import { HEADLINE, median } from './main';
import type { PeerComparison } from './peer';
import { label, type SheetsResult } from './sheets';

const root = join(import.meta.dirname ?? __dirname, '..');
const outDir = join(root, 'out', 'bench');
const quick = process.argv.includes('--quick');
// --no-lo leaves LibreOffice out; --out FILE writes the JSON there (several runs for medians: summary.ts).
const withLo = !process.argv.includes('--no-lo');
const outArg = process.argv.indexOf('--out');
const outFile = outArg > 0 ? process.argv[outArg + 1] : undefined;

const PLAN = quick
  ? {
      engine: [1_000, 10_000],
      peer: [1_000],
      lo: [1_000],
      sheets: [1_000, 10_000],
      cold: [1_000],
      cli: 10_000,
    }
  : {
      engine: [1_000, 10_000, 100_000, 1_000_000],
      peer: [1_000, 10_000],
      lo: [10_000, 100_000],
      sheets: [1_000, 100_000],
      cold: [1_000, 10_000],
      cli: 100_000,
    };
/** Fresh processes per size for the cold recalculation (each is one sample). */
const COLD_RUNS = 7;

interface ColdSummary {
  rows: number;
  runs: number;
  loadMs: number;
  callMs: number;
  /** Median main-thread CPU of the call (null off Linux): the steadier figure on a busy machine. */
  callCpuMs: number | null;
  totalMs: number;
  formatDateCalls: number;
  spreadsheetCalls: number;
}

/** Seconds LibreOffice may take for one size (start, load, recalculation, edit) before it is stopped. */
const LO_DEADLINE_S = 400;
const ITERATIONS: Record<number, number> = { 1000: 20, 10000: 10, 100000: 3, 1000000: 1 };

/** Extra node flags for the measuring children (profile.ts adds --cpu-prof through ZUGONG_BENCH_NODE_FLAGS). */
const NODE_FLAGS = (process.env.ZUGONG_BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);

interface ChildRun {
  stdout: string;
  stderr: string;
  wallMs: number;
  status: number | null;
}

function child(cmd: string, args: string[], timeoutMs: number, env: Record<string, string> = {}): ChildRun {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  const wallMs = performance.now() - t0;
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  return { stdout: r.stdout, stderr: r.stderr, wallMs, status: r.status };
}

/** Run a bundled bench module with a big heap; its last stdout line is its JSON result. */
function node<T>(module: string, args: (string | number)[], timeoutMs: number): T {
  const r = child(
    process.execPath,
    [
      ...NODE_FLAGS,
      '--max-old-space-size=8192',
      '--expose-gc',
      join(outDir, `${module}.mjs`),
      ...args.map(String),
    ],
    timeoutMs,
    { ZUGONG_ROOT: root },
  );
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !last.startsWith('{')) {
    throw new Error(`${module} ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
  }
  return JSON.parse(last) as T;
}

async function bundle(): Promise<void> {
  await bundleBenchModules(root, outDir, ['engine', 'peer', 'sheets', 'cold', 'cli', 'lo']);
  if (!existsSync(join(root, 'dist', 'Code.js')) || !existsSync(join(root, 'dist', 'cli.cjs'))) {
    const r = child(process.execPath, [join(root, 'scripts', 'build.mjs')], 300_000);
    if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
  }
}

/** "Maximum resident set size" and "Elapsed" from /usr/bin/time -v. */
function timeV(stderr: string): { peakMb: number | null; elapsedS: number | null } {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const el = /Elapsed \(wall clock\) time[^:]*: (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  return {
    peakMb: rss ? Number(rss[1]) / 1024 : null,
    elapsedS: el ? Number(el[1] ?? 0) * 3600 + Number(el[2]) * 60 + Number(el[3]) : null,
  };
}

// ───────────────────────── formatting ─────────────────────────

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const n1 = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
/** A stage time over the floor timed beside it, one decimal; null without a floor. */
const floorTimes = (e: EngineResult | undefined, ms: (e: EngineResult) => number) =>
  e?.floorMs ? Number((ms(e) / e.floorMs).toFixed(1)) : null;

/** Minor page faults of score + indicators per row (the 100k run's medians). */
const faultsPerRow = (e: EngineResult) =>
  Number(((e.faults.score + e.faults.indicators) / e.rows).toFixed(4));

/** The share of score + indicators' time their page faults take, at the measured cost of one. */
const faultShare = (e: EngineResult) =>
  Number(
    (
      ((e.faults.score + e.faults.indicators) * e.faultMicros) /
      1000 /
      (e.ms.score + e.ms.indicators)
    ).toFixed(2),
  );

/** A ratio: whole above 10, one decimal below (2.5× is not 3×). */
const ratioText = (x: number) => (x >= 10 ? n0(x) : n1(x));
const n2 = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

/** Display width: CJK characters take two columns in a terminal. */
const width = (s: string) => [...s].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);

function table(title: string, headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => width(r[c] ?? ''))));
  const pad = (v: string, w: number, left: boolean) => {
    const fill = ' '.repeat(Math.max(0, w - width(v)));
    return left ? v + fill : fill + v;
  };
  const line = (r: string[]) => r.map((v, c) => pad(v, widths[c], c === 0)).join('  ');
  return [
    `\n${title}`,
    line(headers),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

function log(text: string): void {
  process.stdout.write(`${text}\n`);
}

// ───────────────────────── the run ─────────────────────────

async function main(): Promise<void> {
  const started = performance.now();
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memGb: totalmem() / 2 ** 30,
    node: process.version,
    load: loadavg(),
  };
  log(
    `zugong-ledger bench${quick ? ' (quick)' : ''} — node ${machine.node}, ${machine.cpus} CPUs, load ${machine.load.map(n2).join(' ')}`,
  );
  await bundle();

  // Engine
  const engine: Record<string, EngineResult> = {};
  for (const rows of PLAN.engine) {
    process.stderr.write(`engine ${label(rows)}…\n`);
    // A busy machine can make the 1M run slow: a size that fails or times out is left out, said once.
    try {
      engine[label(rows)] = node<EngineResult>('engine', [rows, ITERATIONS[rows] ?? 1], 900_000);
    } catch (error) {
      log(`engine ${label(rows)}: not measured — ${(error as Error).message.split('\n')[0]}`);
    }
  }
  log(
    table(
      'Engine: parse + score + indicators + report (median ms)',
      [
        'rows',
        'parse',
        'score',
        'indicators',
        'report',
        'total',
        'rows/s',
        'score+ind rows/s',
        'floor ms',
        'score+ind ÷ floor',
        'total ÷ floor',
        'grid MB',
        'peak MB',
        'faults score+ind',
        'their share',
      ],
      Object.entries(engine).map(([k, e]) => [
        k,
        n1(e.ms.parse),
        n1(e.ms.score),
        n1(e.ms.indicators),
        n1(e.ms.report),
        n1(e.ms.total),
        n0(e.rowsPerSecond),
        n0(e.scoreIndicatorsRowsPerSecond),
        e.floorMs === null ? '—' : n1(e.floorMs),
        e.floorMs === null ? '—' : `${n1((e.ms.score + e.ms.indicators) / e.floorMs)}×`,
        e.floorMs === null ? '—' : `${n1(e.ms.total / e.floorMs)}×`,
        n0(e.gridMb),
        n0(e.peakMb),
        n0(e.faults.score + e.faults.indicators),
        `${n0(100 * faultShare(e))}% at ${n1(e.faultMicros)} µs`,
      ]),
    ),
  );

  // Peer
  const peer: Record<string, PeerComparison> = {};
  for (const rows of PLAN.peer) {
    process.stderr.write(`peer ${label(rows)} (HyperFormula)…\n`);
    try {
      peer[label(rows)] = node<PeerComparison>('peer', [rows], 900_000);
    } catch (error) {
      log(`peer ${label(rows)}: not measured — ${(error as Error).message.split('\n')[0]}`);
    }
  }
  log(
    table(
      'Peer: the same points column and per-unit SUMIFS/COUNTIFS in HyperFormula, on the same clean rows',
      [
        'rows',
        'formulas',
        'peer build ms',
        'peer edit ms',
        'ours score+ind ms',
        'ours all ms',
        'ratio',
        'ratio (all)',
      ],
      Object.entries(peer).map(([k, p]) => [
        k,
        n0(p.peer.formulas),
        n0(p.peer.buildMs),
        n1(p.peer.editMs),
        n1(p.ours.score + p.ours.indicators),
        n1(p.ours.total),
        `${n0(p.ratio)}×`,
        `${n0(p.ratioFull)}×`,
      ]),
    ),
  );
  for (const [k, p] of Object.entries(peer)) {
    const c = p.check;
    const ok =
      c.yearPointsEqual === c.units && c.provinceAdoptionsEqual === c.units && c.rowPointsEqual === p.rows;
    log(
      `check ${k}: ${ok ? 'AGREE' : 'DISAGREE'} — year points equal for ${c.yearPointsEqual}/${c.units} units, ` +
        `province adoptions ${c.provinceAdoptionsEqual}/${c.units}, row points ${c.rowPointsEqual}/${p.rows}` +
        (c.mismatches.length ? `\n  ${c.mismatches.slice(0, 5).join('\n  ')}` : ''),
    );
  }

  // Second peer: LibreOffice recalculating the same formula workbook
  const lo: Record<string, LoComparison> = {};
  if (withLo) {
    for (const rows of PLAN.lo) {
      process.stderr.write(`peer ${label(rows)} (LibreOffice)…\n`);
      try {
        lo[label(rows)] = node<LoComparison>(
          'lo',
          [rows, outDir, LO_DEADLINE_S],
          (LO_DEADLINE_S + 200) * 1000,
        );
      } catch (error) {
        lo[label(rows)] = { available: true, rows, reason: (error as Error).message.slice(0, 500) };
      }
    }
    const measured = Object.entries(lo).filter(([, l]) => l.lo && l.ours && l.check);
    if (measured.length > 0) {
      log(
        table(
          'Peer: LibreOffice (headless soffice, UNO) recalculating the same formula workbook, same clean rows',
          [
            'rows',
            'formulas',
            'start ms',
            'load ms',
            'recalc ms',
            'edit ms',
            'ours score+ind ms',
            'ratio',
            'ratio (all)',
          ],
          measured.map(([k, l]) => [
            k,
            n0(l.formulas ?? 0),
            n0(l.lo!.startMs),
            n0(l.lo!.loadMs),
            n0(l.lo!.recalcMs),
            n1(l.lo!.editMs),
            n1(l.ours!.score + l.ours!.indicators),
            `${ratioText(l.ratio!)}×`,
            `${ratioText(l.ratioFull!)}×`,
          ]),
        ),
      );
    }
    for (const [k, l] of Object.entries(lo)) {
      if (!l.check) {
        log(`LibreOffice ${k}: not measured — ${l.reason ?? 'unknown reason'}`);
        continue;
      }
      const c = l.check;
      const ok =
        c.yearPointsEqual === c.units && c.provinceAdoptionsEqual === c.units && c.rowPointsEqual === l.rows;
      log(
        `check LibreOffice ${k}: ${ok ? 'AGREE' : 'DISAGREE'} — year points equal for ${c.yearPointsEqual}/${c.units} units, ` +
          `province adoptions ${c.provinceAdoptionsEqual}/${c.units}, row points ${c.rowPointsEqual}/${l.rows}` +
          (c.mismatches.length ? `\n  ${c.mismatches.slice(0, 5).join('\n  ')}` : ''),
      );
    }
  } else {
    log('\nLibreOffice peer left out (--no-lo)');
  }

  // Apps Script cost model
  process.stderr.write('sheets cost model…\n');
  const sheets = node<SheetsResult>('sheets', PLAN.sheets, 400_000);
  const costRows: (string | number)[][] = [
    [
      'setup (empty spreadsheet)',
      sheets.setupEmpty.calls,
      sheets.setupEmpty.writes,
      n0(sheets.setupEmpty.cellsRead),
      n0(sheets.setupEmpty.cellsWritten),
      n0(sheets.setupEmpty.ms),
    ],
  ];
  for (const [k, s] of Object.entries(sheets.byRows)) {
    for (const [what, c] of [
      ['setup again', s.setupAgain],
      ['one 通报 (year)', s.report],
      ['领导看板 refresh', s.dashboard],
    ] as const) {
      costRows.push([`${what} @ ${k}`, c.calls, c.writes, n0(c.cellsRead), n0(c.cellsWritten), n0(c.ms)]);
    }
  }
  log(
    table(
      'Apps Script cost model (counting fake SpreadsheetApp)',
      ['operation', 'calls', 'writes', 'cells read', 'cells written', 'ms (node)'],
      costRows,
    ),
  );
  log(
    `custom function calls per recalculation: ${sheets.customFunctionCallsPerRecalc} (one array formula per computed column)` +
      Object.entries(sheets.byRows)
        .map(
          ([k, s]) =>
            `\n  ${k}: ${Object.entries(s.customFunctionMs)
              .map(([f, ms]) => `${f} ${n0(ms)} ms`)
              .join(', ')}`,
        )
        .join(''),
  );
  log(
    `dist/Code.js: ${n0(sheets.bundleBytes)} bytes; load in a fresh node:vm context: median ${n1(sheets.bundleLoadMs.median)} ms ` +
      `(min ${n1(sheets.bundleLoadMs.min)}, max ${n1(sheets.bundleLoadMs.max)}, ${sheets.bundleLoadMs.runs} runs)`,
  );

  // One recalculation as Apps Script runs it: a fresh process per sample (load Code.js, one ZG_LEDGER).
  const cold: Record<string, ColdSummary> = {};
  for (const rows of PLAN.cold) {
    process.stderr.write(`cold custom function ${label(rows)}…\n`);
    const runs = Array.from({ length: COLD_RUNS }, () => node<ColdCall>('cold', [rows], 120_000));
    cold[label(rows)] = {
      rows,
      runs: runs.length,
      loadMs: median(runs.map((r) => r.loadMs)),
      callMs: median(runs.map((r) => r.callMs)),
      callCpuMs: runs.every((r) => r.callCpuMs !== null)
        ? median(runs.map((r) => r.callCpuMs as number))
        : null,
      totalMs: median(runs.map((r) => r.loadMs + r.callMs)),
      formatDateCalls: runs[0].formatDateCalls,
      spreadsheetCalls: runs[0].spreadsheetCalls,
    };
  }
  log(
    table(
      `One recalculation, cold (a fresh process each: load dist/Code.js, one ZG_LEDGER; median of ${COLD_RUNS})`,
      ['rows', 'load ms', 'call ms', 'call CPU ms', 'total ms', 'Utilities.formatDate', 'SpreadsheetApp'],
      Object.entries(cold).map(([k, c]) => [
        k,
        n1(c.loadMs),
        n1(c.callMs),
        c.callCpuMs === null ? '—' : n1(c.callCpuMs),
        n1(c.totalMs),
        c.formatDateCalls,
        c.spreadsheetCalls,
      ]),
    ),
  );

  // Command line
  const cliRows = PLAN.cli;
  const xlsx = join(outDir, `ledger-${label(cliRows)}.xlsx`);
  process.stderr.write(`cli: writing a ${label(cliRows)}-row .xlsx…\n`);
  const written = node<{ ms: number }>('cli', ['write', xlsx, cliRows], 400_000);
  const reportOut = join(root, 'out', quick ? 'bench-report-quick.xlsx' : 'bench-report.xlsx');
  // The command refuses to replace a file it did not write (an older version's output): start clean.
  rmSync(reportOut, { force: true });
  process.stderr.write('cli: zugong report …\n');
  const real = child(
    '/usr/bin/time',
    ['-v', process.execPath, join(root, 'bin', 'zugong.cjs'), 'report', xlsx, '--out', reportOut],
    600_000,
    {
      ZUGONG_PROGRESS: '0',
    },
  );
  const tv = timeV(real.stderr);
  const cliOk = real.status === 0 && existsSync(reportOut);
  if (!cliOk) log(`CLI FAILED (exit ${real.status}):\n${real.stderr.slice(-1500)}`);
  process.stderr.write('cli: in-process split…\n');
  const split = node<SplitTimes>(
    'cli',
    ['split', xlsx, join(outDir, `split-${label(cliRows)}.xlsx`)],
    600_000,
  );
  log(
    table(
      `Command line: zugong report on a ${label(cliRows)}-row .xlsx (${n1(statSync(xlsx).size / 2 ** 20)} MB)`,
      ['measure', 'value'],
      [
        [
          'wall time (s), /usr/bin/time',
          !cliOk ? 'failed' : tv.elapsedS === null ? n2(real.wallMs / 1000) : n2(tv.elapsedS),
        ],
        ['peak RSS (MB), /usr/bin/time', !cliOk ? 'failed' : tv.peakMb === null ? 'n/a' : n0(tv.peakMb)],
        ['split: load .xlsx (s)', n2(split.loadMs / 1000)],
        ['split: read tabs to grids (s)', n2(split.readMs / 1000)],
        ['split: engine (s)', n2(split.engineMs / 1000)],
        ['split: build output tabs (s)', n2(split.modelsMs / 1000)],
        ['split: save .xlsx (s)', n2(split.saveMs / 1000)],
      ],
    ),
  );

  const cliKey = label(cliRows);
  const engine100k: EngineResult | undefined =
    engine['100k'] ?? Object.values(engine)[Object.values(engine).length - 1];
  const peerAt = peer['10k'] ?? null;
  const engine1m = engine['1M'] ?? null;
  const loRatio = (k: string) => (lo[k]?.ratio === undefined ? null : Number(lo[k].ratio!.toFixed(1)));
  const result = {
    generated_at: new Date().toISOString(),
    quick,
    machine: { ...machine, loadEnd: loadavg() },
    // Issue 6's figure: scoring + all indicators. The full pass (parse … report) is beside it.
    engine_rows_per_s: engine100k ? Math.round(engine100k.scoreIndicatorsRowsPerSecond) : null,
    engine_rows_per_s_at: engine100k?.rows ?? null,
    engine_full_pass_rows_per_s: engine100k ? Math.round(engine100k.rowsPerSecond) : null,
    // The same two against the floor (bench/floor.ts) timed between the passes in the same process: how
    // many times plain code's time, a figure that holds while the shared machine changes speed.
    engine_floor_ms: engine100k?.floorMs ? Number(engine100k.floorMs.toFixed(1)) : null,
    engine_over_floor: floorTimes(engine100k, (e) => e.ms.score + e.ms.indicators),
    engine_full_pass_over_floor: floorTimes(engine100k, (e) => e.ms.total),
    // Page faults: fresh memory the score + indicators stages touch, per row, and the share of their time
    // that these faults take at this machine's cost per fault (engine_fault_us, measured in the same process).
    engine_faults_per_row: engine100k ? faultsPerRow(engine100k) : null,
    engine_fault_us: engine100k ? Number(engine100k.faultMicros.toFixed(1)) : null,
    engine_fault_share: engine100k ? faultShare(engine100k) : null,
    // The 1M-row full pass: one cold pass, and the peak RSS of the process that built the grid and ran it.
    engine_1m_s: engine1m ? Number((engine1m.ms.total / 1000).toFixed(2)) : null,
    engine_1m_peak_mb: engine1m ? Math.round(engine1m.peakMb) : null,
    peer_ratio: peerAt ? Number(peerAt.ratio.toFixed(1)) : null,
    peer_ratio_1k: peer['1k'] ? Number(peer['1k'].ratio.toFixed(1)) : null,
    peer_ratio_full: peerAt ? Number(peerAt.ratioFull.toFixed(1)) : null,
    peer_agrees: Object.values(peer).every(
      (p) => p.check.yearPointsEqual === p.check.units && p.check.rowPointsEqual === p.rows,
    ),
    // LibreOffice's full recalculation ÷ our score + indicators, same rows; null when not measured.
    lo_ratio_10k: loRatio('10k'),
    lo_ratio_100k: loRatio('100k'),
    ...(quick ? { lo_ratio_1k: loRatio('1k') } : {}),
    lo_agrees: Object.values(lo).some((l) => l.check)
      ? Object.values(lo).every(
          (l) => !l.check || (l.check.yearPointsEqual === l.check.units && l.check.rowPointsEqual === l.rows),
        )
      : null,
    sheets_calls: Object.fromEntries(Object.entries(sheets.byRows).map(([k, s]) => [k, s.report.calls])),
    sheets_dashboard_calls: Object.fromEntries(
      Object.entries(sheets.byRows).map(([k, s]) => [k, s.dashboard.calls]),
    ),
    sheets_setup_calls: sheets.setupEmpty.calls,
    custom_function_calls_per_recalc: sheets.customFunctionCallsPerRecalc,
    // One recalculation as Apps Script runs it (fresh process: load Code.js + one ZG_LEDGER), 1k rows.
    custom_function_cold_ms: cold['1k'] ? Number(cold['1k'].totalMs.toFixed(1)) : null,
    custom_function_cold_ms_10k: cold['10k'] ? Number(cold['10k'].totalMs.toFixed(1)) : null,
    // The 10k call's main-thread CPU (median): what the call itself costs when the machine is busy.
    custom_function_cold_call_cpu_ms_10k:
      cold['10k']?.callCpuMs == null ? null : Number(cold['10k'].callCpuMs.toFixed(1)),
    custom_function_format_date_calls: cold['1k']?.formatDateCalls ?? null,
    bundle_bytes: sheets.bundleBytes,
    bundle_load_ms: Number(sheets.bundleLoadMs.median.toFixed(2)),
    [`cli_${cliKey}_wall_s`]: cliOk ? Number((tv.elapsedS ?? real.wallMs / 1000).toFixed(2)) : null,
    [`cli_${cliKey}_peak_mb`]: cliOk && tv.peakMb !== null ? Math.round(tv.peakMb) : null,
    [`cli_${cliKey}_split_s`]: {
      load: split.loadMs / 1000,
      read: split.readMs / 1000,
      engine: split.engineMs / 1000,
      build_tabs: split.modelsMs / 1000,
      save: split.saveMs / 1000,
    },
    detail: {
      engine,
      peer,
      lo,
      sheets,
      cold,
      cli: { rows: cliRows, xlsxBytes: statSync(xlsx).size, writeXlsxMs: written.ms, split },
    },
    bench_wall_s: 0,
  };
  result.bench_wall_s = Number(((performance.now() - started) / 1000).toFixed(1));
  // A quick run measures the command line at 10k rows and LibreOffice at 1k: show those instead.
  const headline = quick
    ? [...HEADLINE.map((f) => f.replace('cli_100k', `cli_${cliKey}`)), 'lo_ratio_1k']
    : [...HEADLINE];
  log(
    table(
      'Headline figures (bench.json fields)',
      ['field', 'value'],
      headline.map((f) => [
        f,
        String((result as Record<string, unknown>)[f] ?? (quick ? 'n/a (quick)' : 'n/a')),
      ]),
    ),
  );
  log(
    `load average at start ${machine.load.map(n2).join(' ')}, at end ${result.machine.loadEnd.map(n2).join(' ')}`,
  );
  const file = outFile ?? join(root, 'out', quick ? 'bench-quick.json' : 'bench.json');
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  log(`\nwrote ${file} (bench took ${n1(result.bench_wall_s)} s)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
