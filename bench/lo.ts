// LibreOffice as the second peer: the HyperFormula peer's formula workbook (bench/peer.ts) saved as an
// .xlsx and recalculated whole by a headless soffice (bench/lo_recalc.py, through the UNO bridge of the
// system python), against our score + indicators on the same clean rows.
//   node out/bench/lo.mjs <rows> <workdir> [deadline seconds]   (run.ts bundles and runs it)
// Prints one JSON line (LoComparison); { available: false, reason } when the bridge is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { LEDGER_HEADERS } from '../src/core/ledger';
import { presetRules } from '../src/core/rules';
import { isMain } from './main';
import { checkPeer, type Ours, oursFor, type PeerCheck, peerGrid, peerWorkbook, timeOurs } from './peer';

/** Debian's python3-uno installs `uno` for /usr/bin/python3 only (a pyenv python first on PATH lacks it). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export interface LoComparison {
  available: boolean;
  reason?: string;
  rows: number;
  formulas?: number;
  /** soffice start until the bridge answers, loading the .xlsx, calculateAll(), one edit + calculate(). */
  lo?: { startMs: number; loadMs: number; recalcMs: number; editMs: number };
  ours?: Ours;
  /** LibreOffice's full recalculation over our score + indicators. */
  ratio?: number;
  /** … over our whole pass (parse to report). */
  ratioFull?: number;
  check?: PeerCheck;
  writeXlsxMs?: number;
}

/** Whether the system python has the UNO bridge and soffice is installed. */
export function loAvailable(): { ok: boolean; reason: string } {
  if (!existsSync('/usr/bin/soffice')) return { ok: false, reason: '/usr/bin/soffice not installed' };
  if (!existsSync(SYSTEM_PYTHON)) return { ok: false, reason: `${SYSTEM_PYTHON} not installed` };
  const r = spawnSync(SYSTEM_PYTHON, ['-c', 'import uno'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0
    ? { ok: true, reason: '' }
    : { ok: false, reason: `${SYSTEM_PYTHON} has no uno (apt-get install python3-uno)` };
}

/** The peer's sheets as an .xlsx: strings starting with = become formulas, as an office types them. */
export async function writePeerXlsx(
  path: string,
  sheets: Record<string, (string | number | boolean | null)[][]>,
) {
  mkdirSync(dirname(path), { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: false,
    useSharedStrings: true,
  });
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) {
      ws.addRow(
        row.map((v) => (typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1) } : v)),
      ).commit();
    }
    ws.commit();
  }
  await wb.commit();
}

export async function compareLo(rows: number, workdir: string, deadlineS = 300): Promise<LoComparison> {
  const have = loAvailable();
  if (!have.ok) return { available: false, reason: have.reason, rows };
  const rules = presetRules('上街区');
  const grid = peerGrid(rows, rules);
  const book = peerWorkbook(grid, rules);
  const file = join(workdir, `lo-peer-${rows}.xlsx`);
  const t0 = performance.now();
  await writePeerXlsx(file, book.sheets);
  const writeXlsxMs = performance.now() - t0;
  // The row edited: the middle one's 字数, as in the HyperFormula peer.
  const editRow = Math.ceil(grid.length / 2);
  const r = spawnSync(
    SYSTEM_PYTHON,
    [
      join(process.env.ZUGONG_ROOT ?? process.cwd(), 'bench', 'lo_recalc.py'),
      file,
      String(deadlineS),
      String(editRow),
      String(LEDGER_HEADERS.indexOf('字数')),
    ],
    { encoding: 'utf8', timeout: (deadlineS + 30) * 1000, maxBuffer: 256 * 1024 * 1024 },
  );
  rmSync(file, { force: true });
  const last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  const lo = last.startsWith('{') ? JSON.parse(last) : { ok: false, error: `exit ${r.status}: ${r.stderr}` };
  if (!lo.ok)
    return { available: true, reason: String(lo.error), rows, formulas: book.formulas, writeXlsxMs };
  const ours = timeOurs(grid, rows >= 100_000 ? 3 : 5);
  const summary = (lo.summary as unknown[][]).slice(1);
  const unitPoints = new Map(summary.map((row) => [String(row[0]), Number(row[1])]));
  const provinceAdoptions = new Map(summary.map((row) => [String(row[0]), Number(row[2])]));
  const check = checkPeer(
    oursFor(grid, rules),
    unitPoints,
    provinceAdoptions,
    (lo.rowPoints as unknown[]).map(Number),
  );
  return {
    available: true,
    rows,
    formulas: book.formulas,
    lo: { startMs: lo.startMs, loadMs: lo.loadMs, recalcMs: lo.recalcMs, editMs: lo.editMs },
    ours,
    ratio: lo.recalcMs / (ours.score + ours.indicators),
    ratioFull: lo.recalcMs / ours.total,
    check,
    writeXlsxMs,
  };
}

if (isMain('lo')) {
  const rows = Number(process.argv[2] ?? 1000);
  const workdir = process.argv[3] ?? join(process.cwd(), 'out', 'bench');
  const deadline = Number(process.argv[4] ?? 300);
  console.log(JSON.stringify(await compareLo(rows, workdir, deadline)));
}
