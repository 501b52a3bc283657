// Command-line benchmark helpers, run in child processes by run.ts:
//   node out/bench/cli.mjs write <file.xlsx> <rows>   a generated ledger as an .xlsx (exceljs, streamed)
//   node out/bench/cli.mjs split <in.xlsx> <out.xlsx>  the CLI's own modules in-process, timed by stage
// The wall time and peak memory of the real command come from /usr/bin/time -v around bin/zugong.cjs.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { openWorkbook } from '../src/cli/inputs';
import { dateToExcel, XlsxWorkbook } from '../src/cli/xlsxWorkbook';
import { LEDGER_HEADERS } from '../src/core/ledger';
import type { Grid } from '../src/core/types';
import type { SheetModel } from '../src/sheets/model';
import { outputTabs } from '../src/sheets/outputTabs';
import type { WorkbookPort } from '../src/sheets/port';
import { runReport } from '../src/sheets/run';
import { rowGenerator } from './generate';
import { isMain } from './main';

/** Write `rows` generated ledger rows to a 稿件台账 tab, streaming so that the writer stays small. */
export async function writeLedgerXlsx(path: string, rows: number, seed = 9): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('稿件台账');
  ws.addRow(LEDGER_HEADERS).commit();
  const next = rowGenerator({ rows, seed });
  for (let i = 0; i < rows; i++) {
    const row = next().map((v) => (v instanceof Date ? dateToExcel(v) : v === '' ? null : v));
    const added = ws.addRow(row);
    row.forEach((v, c) => {
      if (v instanceof Date) added.getCell(c + 1).numFmt = 'yyyy-mm-dd';
    });
    added.commit();
  }
  ws.commit();
  await wb.commit();
}

export interface SplitTimes {
  /** The input file opened: its bytes, kind and zip directory checked, workbook.xml read (inputs.ts). */
  loadMs: number;
  /** The ledger and rule tabs read from their sheet XML into grids (XlsxReader.readValues). */
  readMs: number;
  /** Parse, score, indicators and report models (assess). */
  engineMs: number;
  /** The output tabs built in the exceljs workbook (通报, 领导看板, ledger copy, rule tabs). */
  modelsMs: number;
  /** exceljs writing the output file. */
  saveMs: number;
  rows: number;
}

/** The same steps as `zugong report <in> --out <out>`, timed: the split the CLI itself does not print. */
export async function splitRun(input: string, output: string): Promise<SplitTimes> {
  const t0 = performance.now();
  const source = await openWorkbook(input, '台账文件');
  const t1 = performance.now();
  const target = new XlsxWorkbook();
  const marks: Record<string, number> = {};
  const port: WorkbookPort = {
    sheetNames: () => source.sheetNames(),
    readValues: (name: string): Grid => source.readValues(name),
    writeSheet: (model: SheetModel) => target.writeSheet(model),
  };
  const result = runReport(port, {
    extraTabs: outputTabs,
    onStage: (stage, f) => {
      const key = `${stage}${f}`;
      marks[key] ??= performance.now();
    },
  });
  const t2 = performance.now();
  await target.save(output);
  const t3 = performance.now();
  const readStart = marks.read0 ?? t1;
  const assessStart = marks.assess0 ?? readStart;
  const writeStart = marks.write0 ?? assessStart;
  return {
    loadMs: t1 - t0 + (readStart - t1),
    readMs: assessStart - readStart,
    engineMs: writeStart - assessStart,
    modelsMs: t2 - writeStart,
    saveMs: t3 - t2,
    rows: result.assessment.scored.rows.length,
  };
}

if (isMain('cli')) {
  const [cmd, a, b] = process.argv.slice(2);
  if (cmd === 'write') {
    const t0 = performance.now();
    await writeLedgerXlsx(a, Number(b));
    console.log(JSON.stringify({ ms: performance.now() - t0 }));
  } else if (cmd === 'split') {
    console.log(JSON.stringify(await splitRun(a, b)));
  } else {
    console.error('usage: cli.mjs write <file.xlsx> <rows> | split <in.xlsx> <out.xlsx>');
    process.exitCode = 2;
  }
}
