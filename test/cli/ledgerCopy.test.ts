// The --out workbook's ledger copy as the office's own file: one tab per ledger tab read (2023年, 2024年)
// with its rows on their own sheet rows, the computed columns named on the header line under a title, and
// 待核实 naming the tab of each row when the ledger came from several tabs.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { ROOT, tempDir } from './helpers';

const DIR = join(ROOT, 'test', 'fixtures', 'messy');

async function report(file: string) {
  const out = join(tempDir(), 'r.xlsx');
  let stdout = '';
  const path = file.startsWith('/') ? file : join(DIR, file);
  const code = await main(
    ['report', path, '--period', '2024', '--as-of', '2024-12-31', '--out', out, '--force'],
    { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => {} }, env: {} },
  );
  expect(code).toBe(0);
  const json = { rows: [] as { row: number; tab: string; points: number; issues: string[] }[] };
  await main(['report', path, '--period', '2024', '--as-of', '2024-12-31', '--json'], {
    stdout: { write: (s: string) => Object.assign(json, JSON.parse(s)) },
    stderr: { write: () => {} },
    env: {},
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return { wb, stdout, rows: json.rows };
}

const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));
function column(ws: ExcelJS.Worksheet, headerRow: number, name: string): number {
  let at = -1;
  ws.getRow(headerRow).eachCell((cell, c) => {
    if (text(cell.value) === name && at < 0) at = c;
  });
  return at;
}

/** year-tabs.xlsx with rows of 2024年 that 待核实 lists: a 录用日期 no calendar has, a 单位 of a dash. */
async function yearTabsFlagged(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(DIR, 'year-tabs.xlsx'));
  const ws = wb.getWorksheet('2024年')!;
  const head = ws.getRow(1);
  const at = (name: string) => {
    let c = -1;
    head.eachCell((cell, n) => {
      if (text(cell.value) === name && c < 0) c = n;
    });
    return c;
  };
  ws.getCell(5, at('录用日期')).value = '2024-13-01';
  ws.getCell(9, at('单位')).value = '-';
  const path = join(tempDir(), 'year-tabs-flagged.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

describe('the ledger copy of a ledger kept on year tabs', async () => {
  const { wb, stdout, rows } = await report(await yearTabsFlagged());

  it('is one tab per year tab, each row on its own sheet row with its own points', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('2023年');
    expect(names).toContain('2024年');
    expect(names).not.toContain('稿件台账');
    for (const tab of ['2023年', '2024年']) {
      const ws = wb.getWorksheet(tab)!;
      const points = column(ws, 1, '积分');
      const mine = rows.filter((r) => r.tab === tab);
      expect(mine.length).toBeGreaterThan(20);
      // The copy's row n is the office's row n of that tab: its title and its 积分 are that row's.
      for (const r of mine) expect(ws.getCell(r.row, points).value ?? 0).toBe(r.points);
      expect(ws.rowCount).toBe(Math.max(...mine.map((r) => r.row)));
    }
  });

  it('待核实 names the tab of each row, and so does the console', () => {
    const ws = wb.getWorksheet('待核实')!;
    let header = 0;
    ws.eachRow((row, n) => {
      if (header === 0 && text(row.getCell(1).value) === '工作表') header = n;
    });
    expect(header).toBeGreaterThan(0);
    expect(text(ws.getCell(header, 2).value)).toBe('行号');
    const flagged = rows.filter((r) => r.issues.length > 0 && r.tab === '2024年');
    expect(flagged.length).toBeGreaterThan(0);
    const listed = new Set<string>();
    for (let n = header + 1; n <= ws.rowCount; n++)
      listed.add(`${text(ws.getCell(n, 1).value)}#${text(ws.getCell(n, 2).value)}`);
    for (const r of flagged) expect(listed).toContain(`2024年#${r.row}`);
    expect(stdout).toMatch(/待核实：\d+ 行（「2024年」第 \d+/);
  });
});

describe('the ledger copy of a ledger under a title line and a two-row header', async () => {
  const { wb } = await report('merged-header.xlsx');
  const ws = wb.getWorksheet('稿件台账')!;

  it('names 积分 / 计任务 / 校验 on the column-name line and freezes all header lines', () => {
    expect(column(ws, 3, '积分')).toBeGreaterThan(0);
    expect(column(ws, 3, '校验')).toBeGreaterThan(0);
    expect(column(ws, 1, '积分')).toBe(-1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('merges the title and the group headers again, as in the office sheet, and only those', () => {
    expect(text(ws.getCell('A1').value)).toBe('2024年度组工信息宣传台账');
    expect(ws.getCell('B1').master.address).toBe('A1');
    expect(text(ws.getCell('E2').value)).toBe('报送情况');
    expect(ws.getCell('F2').master.address).toBe('E2');
    expect(text(ws.getCell('E3').value)).toBe('报送对象');
    expect(text(ws.getCell('F3').value)).toBe('报送日期');
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    expect(merges).toEqual(expect.arrayContaining(['A1:V1', 'E2:F2', 'G2:J2', 'A2:A3', 'B2:B3']));
    // Nothing below the header is merged: every data row stays a row of its own.
    expect(merges.every((ref) => Number(/\d+$/.exec(ref)?.[0]) <= 3)).toBe(true);
    expect(text(ws.getCell('A4').value)).not.toBe('');
  });
});
