// A CSV exported from a sheet with 单位 merged down over each unit's rows holds the unit in the first row only.
// The CSV has no merge information: the blank rows are not filled from the row above; each has its row issue
// in 校验, and one notice names them with the hint that the file looks like an export of merged cells.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/cli/csv';
import { main } from '../../src/cli/main';
import { ROOT, tempDir } from './helpers';

interface Json {
  rows: { row: number; unit: string; issues?: string[] }[];
  meta: { notices: string[]; totals: { points: number } };
}

async function report(file: string): Promise<Json> {
  let out = '';
  const io = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: () => true },
    env: { NO_COLOR: '1', ZUGONG_PROGRESS: '0' },
  };
  expect(await main(['report', file, '--json'], io)).toBe(0);
  return JSON.parse(out);
}

/** The example's ledger rows sorted by 单位, written as a merged 单位 exports: first row of each unit only. */
async function mergedExport(): Promise<{ file: string; blanks: number[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(ROOT, 'examples', '上街区-2024.xlsx'));
  const ws = wb.getWorksheet('稿件台账')!;
  const text = (v: ExcelJS.CellValue) =>
    v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(text);
  const rows: string[][] = [];
  for (let r = 2; r <= ws.rowCount; r++)
    if (text(ws.getCell(r, 1).value) !== '')
      rows.push(Array.from({ length: header.length }, (_, c) => text(ws.getCell(r, c + 1).value)));
  rows.sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  const blanks: number[] = [];
  const lines = [header.map(csvField).join(',')];
  rows.forEach((cells, k) => {
    const out = [...cells];
    if (k > 0 && rows[k - 1][2] === cells[2]) {
      out[2] = '';
      blanks.push(k + 2);
    }
    lines.push(out.map(csvField).join(','));
  });
  const file = join(tempDir(), 'merged-units.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, blanks };
}

describe('a CSV of a ledger whose 单位 was merged', () => {
  it('leaves the blank 单位 rows unfilled, each a row issue, named in one notice with the hint', async () => {
    const { file, blanks } = await mergedExport();
    const j = await report(file);
    const blankRows = j.rows.filter((r) => r.unit === '');
    expect(blankRows.map((r) => r.row)).toEqual(blanks);
    expect(blankRows.filter((r) => !(r.issues ?? []).includes('缺少单位，无法计入任何单位'))).toEqual([]);
    const shown = blanks.slice(0, 8).join('、');
    expect(j.meta.notices.filter((n) => n.includes('单位为空'))).toEqual([
      `「稿件台账」表：第${shown} 等${blanks.length}行单位为空，无法计入任何单位：这些行紧接在填有单位的行下面，像是从「单位」合并了单元格的表格导出的（导出后只有第一行保留单位），未按上一行补填；请在每一行填写单位（导出前先取消合并并填充），或直接使用原 .xlsx 文件`,
    ]);
  }, 60_000);
});
