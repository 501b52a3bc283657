// A piece adopted again in 稿件台账 after a previous-year tab (2023年) counted it higher, under 多次录用 最高级别:
// the 校验 line names the row that counted it by its tab, since its number alone points at a row of 稿件台账.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { ROOT, tempDir } from './helpers';

interface Json {
  rows: { row: number; tab: string; issues?: string[] }[];
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

describe('a repeat across ledger tabs', () => {
  it('names the other row with its tab', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ROOT, 'examples', '上街区-2024.xlsx'));
    const settings = wb.getWorksheet('设置')!;
    settings.eachRow((row) => {
      if (row.getCell(1).value === '多次录用') row.getCell(2).value = '最高级别';
    });
    const ledger = wb.getWorksheet('稿件台账')!;
    const last = wb.addWorksheet('2023年');
    last.addRow((ledger.getRow(1).values as ExcelJS.CellValue[]).slice(1));
    // 稿件台账 row 3 (上街区党建网, 区县级, 2024) was adopted by 河南日报 (省级) in 2023: 2023年 row 2.
    const copy = (ledger.getRow(3).values as ExcelJS.CellValue[]).slice(1);
    const header = (ledger.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    for (const h of ['报送日期', '录用日期']) {
      const k = header.indexOf(h);
      const d = copy[k] as Date;
      copy[k] = new Date(Date.UTC(2023, d.getUTCMonth(), d.getUTCDate()));
    }
    copy[header.indexOf('媒体')] = '河南日报';
    copy[header.indexOf('级别')] = null;
    copy[header.indexOf('事件日期')] = null;
    last.addRow(copy);
    const file = join(tempDir(), 'two-years.xlsx');
    await wb.xlsx.writeFile(file);

    const j = await report(file);
    expect(j.rows.find((r) => r.tab === '稿件台账' && r.row === 3)?.issues).toEqual([
      '同一稿件往年已按「2023年」第2行省级录用计分，多次录用按设置只计最高级别',
    ]);
  }, 60_000);
});
