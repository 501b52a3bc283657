// Rows hidden by hand or filtered out (an autofilter on 单位) in an .xlsx saved by exceljs: every row of the
// ledger is the record and counts, the figures are the clean ledger's, and one notice says how many hidden
// rows were counted (the office sees fewer rows on screen than the 通报 counts). A hidden column read is said
// too: it still counts (test/cli/hidden-columns for one giving way to a column in view).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { ROOT, tempDir } from './helpers';

interface Json {
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

describe('hidden and filtered ledger rows', () => {
  it('are counted, and one notice says how many', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ROOT, 'examples', '上街区-2024.xlsx'));
    const ws = wb.getWorksheet('稿件台账')!;
    // Filtered on 单位 to all but 人才办 (its rows hidden), and the 字数 column hidden.
    ws.autoFilter = 'A1:V540';
    const hidden: number[] = [];
    ws.eachRow((row, n) => {
      if (n > 1 && row.getCell(3).value === '人才办') {
        row.hidden = true;
        hidden.push(n);
      }
    });
    ws.getColumn(11).hidden = true;
    const file = join(tempDir(), 'hidden.xlsx');
    await wb.xlsx.writeFile(file);

    const j = await report(file);
    expect(j.meta.totals).toMatchObject({ points: 2584.6, adoptions: 248, submissions: 508 });
    expect(hidden).toHaveLength(40);
    expect(j.meta.notices.filter((n) => n.includes('隐藏'))).toEqual([
      '「稿件台账」表：K列「字数」已隐藏，仍读作「字数」计分；如是不再使用的旧列，请删除该列或清空其内容',
      `「稿件台账」表有40行被隐藏或筛选（第${hidden.slice(0, 10).join('、')}行等），已全部计入：合计可能与表格中看到的不同`,
    ]);
  }, 60_000);
});
