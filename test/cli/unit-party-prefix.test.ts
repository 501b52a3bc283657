// A unit typed with the party's name before it on some rows (中共中心路街道党工委) and without on others. Without a
// 单位 table they were two units of the ranking (audit s38 O3: 中心路街道党工委 172.5, 已达标, became 143 and 29.5,
// both 未达标; 19 units became 30, and a piece under both spellings counted twice); with one, the prefixed rows were
// no unit of the table. Now one unit under the name without 中共, said when the units come from the ledger.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT, reportIn, tempDir } from './helpers';

interface Json {
  units: { unit: string; points: number; status: string }[];
  meta: { notices: string[]; totals: { points: number; submissions: number } };
}

async function report(file: string): Promise<Json> {
  const run = await reportIn(['report', file, '--as-of', '2024-12-31']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

const figures = (j: Json) => [j.meta.totals, j.units.map((u) => [u.unit, u.points, u.status])];

describe('中共 before a unit’s name on some rows', () => {
  it('without a 单位 table: one unit, the clean figures, said', async () => {
    const csv = join(ROOT, 'examples', 'ledger.csv');
    const lines = readFileSync(csv, 'utf8').split(/\r?\n/);
    // Every other row of each unit with 中共 before it (the 单位 column is the third).
    const seen = new Map<string, number>();
    const prefixed = lines.map((line, k) => {
      const cells = line.split(',');
      if (k === 0 || cells.length < 3 || cells[2] === '') return line;
      const n = (seen.get(cells[2]) ?? 0) + 1;
      seen.set(cells[2], n);
      if (n % 2 === 0) cells[2] = `中共${cells[2]}`;
      return cells.join(',');
    });
    const file = join(tempDir(), 'ledger.csv');
    writeFileSync(file, prefixed.join('\n'));
    const clean = await report(csv);
    const messy = await report(file);
    expect(figures(messy)).toEqual(figures(clean));
    const said = messy.meta.notices.find((n) => n.includes('只差开头的“中共”'));
    expect(said).toMatch(
      /^未找到「单位」表：以下单位名称只差开头的“中共”，按同一单位统计（用不带“中共”的名称）：中共/,
    );
  }, 60_000);

  it('with a 单位 table: the table’s unit', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ROOT, 'examples', '上街区-2024.xlsx'));
    const ws = wb.getWorksheet('稿件台账')!;
    const unitCol = (ws.getRow(1).values as unknown[]).indexOf('单位');
    for (let r = 2; r <= ws.rowCount; r += 3) {
      const cell = ws.getCell(r, unitCol);
      if (typeof cell.value === 'string' && cell.value !== '') cell.value = `中共${cell.value}`;
    }
    const file = join(tempDir(), 'ledger.xlsx');
    await wb.xlsx.writeFile(file);
    const clean = await report(join(ROOT, 'examples', '上街区-2024.xlsx'));
    expect(figures(await report(file))).toEqual(figures(clean));
  }, 60_000);
});
