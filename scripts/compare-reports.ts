// Two report workbooks read back and compared cell by cell (value and style), tab by tab (names, merges),
// and part by part (the package's parts, byte for byte but for docProps' timestamps); the 生成时间 a
// report carries is left out. For a change that
// must not move the output: run the old and the new command on the same ledger with the same --as-of.
//   npx tsx scripts/compare-reports.ts old/report.xlsx new/report.xlsx     (exit 1 on any difference)
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** The clock's mark in a report (生成时间：2026-11-28 21:47), left out of the comparison. */
const STAMP = /生成时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g;

/** A cell value or a part's text with the time it was generated taken out. */
function unstamped(v: unknown): unknown {
  return typeof v === 'string' ? v.replace(STAMP, '生成时间：…') : v;
}

async function compare(a: string, b: string): Promise<string[]> {
  const found: string[] = [];
  const [wa, wb] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
  await wa.xlsx.readFile(a);
  await wb.xlsx.readFile(b);
  const names = (w: ExcelJS.Workbook) => w.worksheets.map((s) => s.name);
  if (!isDeepStrictEqual(names(wa), names(wb))) found.push(`tabs: ${names(wa)} ≠ ${names(wb)}`);
  let cells = 0;
  for (const sa of wa.worksheets) {
    const sb = wb.getWorksheet(sa.name);
    if (!sb) continue;
    const rows = Math.max(sa.rowCount, sb.rowCount);
    const cols = Math.max(sa.columnCount, sb.columnCount);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const [ca, cb] = [sa.getCell(r, c), sb.getCell(r, c)];
        cells++;
        if (
          !isDeepStrictEqual(unstamped(ca.value), unstamped(cb.value)) ||
          !isDeepStrictEqual(ca.style, cb.style)
        )
          found.push(`${sa.name}!${ca.address}: ${JSON.stringify(ca.value)} ≠ ${JSON.stringify(cb.value)}`);
      }
    }
    const merges = (s: ExcelJS.Worksheet) => Object.keys((s as unknown as { _merges: object })._merges);
    if (!isDeepStrictEqual(merges(sa), merges(sb))) found.push(`${sa.name}: merged ranges differ`);
  }
  const [za, zb] = [await JSZip.loadAsync(readFileSync(a)), await JSZip.loadAsync(readFileSync(b))];
  const parts = (z: JSZip) => Object.keys(z.files).filter((p) => !z.files[p].dir);
  if (!isDeepStrictEqual(parts(za).sort(), parts(zb).sort())) found.push('the packages hold different parts');
  let same = 0;
  for (const p of parts(za)) {
    const [x, y] = [za.file(p), zb.file(p)];
    if (!x || !y) continue;
    if (unstamped(await x.async('string')) === unstamped(await y.async('string'))) same++;
    else if (!/^docProps\/(core|app)\.xml$/.test(p)) found.push(`part ${p} differs`);
  }
  console.log(`${cells} cells compared; ${same} of ${parts(za).length} parts byte for byte the same`);
  return found;
}

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: npx tsx scripts/compare-reports.ts <old.xlsx> <new.xlsx>');
  process.exit(2);
}
const found = await compare(a, b);
for (const line of found.slice(0, 20)) console.log(line);
console.log(found.length === 0 ? 'the same' : `${found.length} differences`);
process.exitCode = found.length === 0 ? 0 : 1;
