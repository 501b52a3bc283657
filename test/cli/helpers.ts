// Fixture workbooks written to a temp dir, and the command run as a user runs it (a child process).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/cli/xlsxWorkbook';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import type { Cell, Grid } from '../../src/core/types';

export const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'zugong-cli-'));
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `zugong …` from the TypeScript source (the same main() the bundle runs). */
export function zugong(args: string[], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [TSX, join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ZUGONG_PROGRESS: '0' },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `node bin/zugong.cjs …`, the package's bin. */
export function zugongBin(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'zugong.cjs'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A ledger grid from rows keyed by header (every canonical header as a column). */
export function ledgerGrid(rows: Record<string, Cell>[]): Grid {
  const header = LEDGER_HEADERS.map(String);
  return [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))];
}

/** Write tabs to an .xlsx file (values only). */
export async function writeXlsx(path: string, tabs: Record<string, Grid>): Promise<void> {
  const wb = new XlsxWorkbook();
  for (const [name, grid] of Object.entries(tabs)) {
    const width = Math.max(1, ...grid.map((r) => r.length));
    wb.writeSheet({
      name,
      values: grid.map((r) =>
        Array.from({ length: width }, (_, c) => (r[c] === '' || r[c] === undefined ? null : r[c]!)),
      ),
    });
  }
  await wb.save(path);
}

export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every cell value of every tab, as plain JSON-able data. */
export function allValues(wb: ExcelJS.Workbook): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : v));
    });
    out[ws.name] = rows;
  }
  return out;
}

export const d = (iso: string): Date => {
  const [y, m, day] = iso.split('-').map(Number);
  return new Date(y, m - 1, day);
};

/** The paragraphs of a .docx as text, in order (table cells are paragraphs too). */
export async function docxParagraphs(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const xmlText = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => xmlText(m[1])).join(''))
    .filter((t, i, all) => i < all.length - 1 || t !== '');
}

/** `zugong report … --json --period 2024` run in this process (main(), no child), with what it wrote. */
export async function reportIn(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--json', '--period', '2024'], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr };
}

/**
 * The lines of a CSV ledger as Excel saves one (BOM, CRLF) in a temp file, reported with reportIn: the --json
 * text, after checking the command succeeded.
 */
export async function reportCsv(lines: string[]): Promise<string> {
  const file = join(tempDir(), 'ledger.csv');
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  const run = await reportIn(['report', file]);
  if (run.code !== 0) throw new Error(`zugong report exited ${run.code}: ${run.stderr}`);
  return run.stdout;
}
