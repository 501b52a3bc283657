// npm run screenshots, second half: the 通报 (its .xlsx tabs and the .docx) and 领导看板 rendered to PNG
// pages through LibreOffice (soffice) and pdftoppm when both are installed, to be looked at as an office
// would print them → out/screenshots/pages/*.png.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { noticeDocx } from '../../src/cli/docx';
import { XlsxWorkbook } from '../../src/cli/xlsxWorkbook';
import { parseDay } from '../../src/core/dates';
import { parsePeriod } from '../../src/core/period';
import type { SheetModel } from '../../src/sheets/model';
import type { WorkbookPort } from '../../src/sheets/port';
import { runReport } from '../../src/sheets/run';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'out/screenshots/pages');

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Convert a file to PDF with LibreOffice, then each page to a PNG named <stem>-<n>.png. */
function toPages(file: string, stem: string): string[] {
  const r = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, file], {
    timeout: 180_000,
    env: { ...process.env, HOME: join(OUT, '.lo') },
  });
  if (r.status !== 0) throw new Error(`soffice failed on ${file}: ${r.stderr}`);
  const pdf = file.replace(/\.(xlsx|docx)$/, '.pdf').replace(/^.*[\\/]/, `${OUT}/`);
  const p = spawnSync('pdftoppm', ['-r', '80', '-png', pdf, join(OUT, stem)]);
  if (p.status !== 0) throw new Error(`pdftoppm failed on ${pdf}`);
  return readdirSync(OUT).filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png'));
}

export async function renderPages(): Promise<void> {
  if (!has('soffice') || !has('pdftoppm')) {
    console.log('LibreOffice (soffice) or pdftoppm not installed: 通报 and 领导看板 pages not rendered');
    return;
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const input = await XlsxWorkbook.open(join(ROOT, 'examples/上街区-2024.xlsx'));
  const output = new XlsxWorkbook();
  // Only the tabs an office prints: the 通报 with its 附件, 待核实 and 领导看板 (no ledger copy).
  const port: WorkbookPort = {
    sheetNames: () => input.sheetNames(),
    readValues: (name) => input.readValues(name),
    writeSheet: (model: SheetModel) => output.writeSheet(model),
  };
  const result = runReport(port, {
    period: parsePeriod('2024-Q3')!,
    asOf: parseDay('2024-10-09') as number,
    now: new Date(2024, 9, 9, 9, 30),
  });
  const xlsx = join(OUT, '通报-2024-Q3.xlsx');
  await output.save(xlsx);
  const docx = join(OUT, '通报-2024-Q3.docx');
  writeFileSync(docx, await noticeDocx(result.notice));
  for (const [file, stem] of [
    [xlsx, 'xlsx'],
    [docx, 'docx'],
  ] as const) {
    for (const page of toPages(file, stem)) console.log(`wrote ${join(OUT, page)}`);
  }
}
