// Dates typed without a year (3月5日, 1.15, 01-27, 1/24) in 报送日期 / 录用日期, as text cells of the example
// ledger saved by exceljs: read in 设置 → 年度, the figures the clean ledger gives, and one notice per column
// naming the rows; a workbook whose 设置 has no 年度 has them as row issues in 校验 (nothing guessed).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { ROOT, tempDir } from './helpers';

interface Json {
  rows: { row: number; issues?: string[] }[];
  meta: { notices: string[]; totals: { points: number; adoptions: number; submissions: number } };
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

/** The example with dates of rows 11, 12, 15, 16 and 20 retyped as a clerk does, without the year. */
async function yearless(dropYear: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(ROOT, 'examples', '上街区-2024.xlsx'));
  const ws = wb.getWorksheet('稿件台账')!;
  const retype = (row: number, col: number, write: (m: number, d: number) => string) => {
    const cell = ws.getCell(row, col);
    const v = cell.value as Date;
    cell.value = write(v.getUTCMonth() + 1, v.getUTCDate());
  };
  retype(12, 6, (m, d) => `${m}月${d}日`);
  retype(15, 6, (m, d) => `${m}月${d}日`);
  retype(20, 6, (m, d) => `${m}.${d}`);
  retype(11, 10, (m, d) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  retype(16, 10, (m, d) => `${m}/${d}`);
  if (dropYear) {
    const settings = wb.getWorksheet('设置')!;
    settings.eachRow((row, n) => {
      if (row.getCell(1).value === '年度') settings.spliceRows(n, 1);
    });
  }
  const file = join(tempDir(), dropYear ? 'no-year.xlsx' : 'yearless.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('dates typed without a year', () => {
  let clean: Json;
  beforeAll(async () => {
    clean = await report(join(ROOT, 'examples', '上街区-2024.xlsx'));
  }, 60_000);

  it('are read in 设置 年度: the clean figures, one notice per column naming the rows', async () => {
    const j = await report(await yearless(false));
    expect(j.meta.totals).toEqual(clean.meta.totals);
    expect(j.meta.totals.points).toBe(2584.6);
    expect(j.meta.notices.filter((n) => n.includes('没有年份'))).toEqual([
      '「稿件台账」表：录用日期第11、16行没有年份（如“01-27”），按2024年读取；如不是2024年，请写明年份（如 2024-03-05）',
      '「稿件台账」表：报送日期第12、15、20行没有年份（如“1月7日”），按2024年读取；如不是2024年，请写明年份（如 2024-03-05）',
    ]);
    expect(j.rows.filter((r) => r.row <= 20 && (r.issues ?? []).length > 0)).toEqual([]);
  }, 60_000);

  it('without 年度 in 设置 are row issues that say the year is missing', async () => {
    const j = await report(await yearless(true));
    const issues = j.rows.filter((r) => r.row <= 20 && (r.issues ?? []).length > 0);
    expect(issues.map((r) => r.row)).toEqual([11, 12, 15, 16, 20]);
    expect(issues.find((r) => r.row === 12)?.issues).toEqual([
      '报送日期“1月7日”没有年份，「设置」表又未填年度，无法确定是哪一年（可写 2024-03-05、2024/3/5、2024年3月5日）',
    ]);
    expect(j.meta.notices.filter((n) => n.includes('没有年份'))).toEqual([]);
  }, 60_000);
});
