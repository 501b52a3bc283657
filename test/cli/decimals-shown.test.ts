// 设置 小数位 rounds the totals; every output must show them so (audit s38 L2). Under 小数位 3 the JSON and the
// prose said 300.625 while the .docx 附件1, the console and the .xlsx cells (format 0.0#) showed 300.63, right above
// a note saying 合计2532.625; under 小数位 0 the .xlsx showed 353.0 where the .docx said 353.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { docxParagraphs, ROOT, readXlsx, tempDir, zugong } from './helpers';

const EXAMPLE = join(ROOT, 'examples', '上街区-2024.xlsx');

/** The example with 设置's 小数位 and 转报分成 set, and its report's JSON, .xlsx, .docx and console. */
async function reportWith(decimals: number, share: number) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  wb.getWorksheet('设置')!.eachRow((row) => {
    if (row.getCell(1).value === '小数位') row.getCell(2).value = decimals;
    if (row.getCell(1).value === '转报分成') row.getCell(2).value = share;
  });
  const dir = tempDir();
  const input = join(dir, 'in.xlsx');
  await wb.xlsx.writeFile(input);
  const base = ['report', input, '--period', '2024', '--as-of', '2024-12-31'];
  const json = zugong([...base, '--json']);
  expect(json.code, json.stderr).toBe(0);
  const out = join(dir, 'out.xlsx');
  const run = zugong([...base, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  const report = JSON.parse(json.stdout) as {
    units: { unit: string; points: number }[];
    meta: { totals: { points: number } };
  };
  return {
    report,
    console: run.stdout,
    xlsx: await readXlsx(out),
    docx: (await docxParagraphs(join(dir, 'out.docx'))).join('\n'),
  };
}

/** The 附件1 cell of a unit's 本期积分 in the .xlsx: its value and number format. */
function rankingCell(wb: ExcelJS.Workbook, unit: string): { value: unknown; format: string } {
  const ws = wb.worksheets.find((w) => w.name.endsWith('附件1'))!;
  let header: string[] = [];
  let found: { value: unknown; format: string } | null = null;
  ws.eachRow((row) => {
    const cells = (row.values as unknown[]).slice(1).map((v) => String(v ?? ''));
    if (cells.includes('本期积分')) header = cells;
    else if (header.length > 0 && cells.includes(unit) && found === null) {
      const cell = row.getCell(header.indexOf('本期积分') + 1);
      found = { value: cell.value, format: cell.numFmt };
    }
  });
  return found!;
}

describe('设置 小数位 shown alike in every output', () => {
  it('小数位 3: the third decimal in the .xlsx format, the .docx table and the console', async () => {
    const r = await reportWith(3, 0.125);
    const fine = r.report.units.find((u) => Math.round(u.points * 100) !== u.points * 100)!;
    expect(fine, 'a unit whose total has a third decimal').toBeDefined();
    const shown = String(fine.points);
    expect(rankingCell(r.xlsx, fine.unit)).toEqual({ value: fine.points, format: '0.0##' });
    expect(r.docx).toContain(shown);
    expect(r.console).toContain(shown);
    expect(r.console).toContain(`积分 ${r.report.meta.totals.points}`);
  }, 120_000);

  it('小数位 0: whole numbers in the .xlsx (353, not 353.0); 附件2’s 计任务 keeps its halves', async () => {
    const r = await reportWith(0, 0.2);
    const top = r.report.units[0];
    expect(Number.isInteger(top.points)).toBe(true);
    expect(rankingCell(r.xlsx, top.unit)).toEqual({ value: top.points, format: '0' });
    const people = r.xlsx.worksheets.find((w) => w.name.endsWith('附件2'))!;
    const formats = new Set<string>();
    people.eachRow((row) => {
      const cell = row.getCell(4);
      if (typeof cell.value === 'number') formats.add(cell.numFmt);
    });
    expect([...formats]).toEqual(['0.0#']);
  }, 120_000);
});
