// A piece crossed out (删除线 on its 标题) marks it withdrawn in many offices (audit s35 D2). The .xlsx reader
// reads the font from the styles, and the report names the rows in one notice; the rows still count (a font
// decides nothing), with the way to void them. Struck cells elsewhere in the row say nothing.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { tempDir, zugong } from './helpers';

const header = ['标题', '作者', '单位', '报送对象', '报送日期', '媒体', '采用方式', '录用日期', '字数'];
const row = (title: string, day: number) => [
  title,
  '潘平',
  '峡窝镇党委',
  '区委组织部',
  new Date(Date.UTC(2024, 2, day)),
  '郑州日报',
  '录用',
  new Date(Date.UTC(2024, 2, day + 5)),
  900,
];

async function notices(
  strike: (ws: ExcelJS.Worksheet) => void,
): Promise<{ notices: string[]; points: number }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('稿件台账');
  ws.addRow(header);
  for (let i = 1; i <= 12; i++) ws.addRow(row(`峡窝镇信息${i}`, i));
  strike(ws);
  const path = join(tempDir(), 'ledger.xlsx');
  await wb.xlsx.writeFile(path);
  const run = zugong(['report', path, '--json', '--period', '2024']);
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout) as { meta: { notices: string[]; totals: { points: number } } };
  return { notices: out.meta.notices, points: out.meta.totals.points };
}

it('rows whose 标题 is struck through are named, and still count', async () => {
  const plain = await notices(() => {});
  const struck = await notices((ws) => {
    ws.getCell('A3').font = { strike: true };
    for (const c of ['A7', 'B7', 'C7']) ws.getCell(c).font = { strike: true, color: { argb: 'FFFF0000' } };
    ws.getCell('F10').font = { strike: true }; // a struck outlet alone is no piece crossed out
  });
  expect(struck.points).toBe(plain.points);
  expect(struck.notices).toContain(
    '「稿件台账」表第3、7行的标题有删除线，仍按有效稿件计分：如已作废，请在「核定」列填“不计分”或删除该行',
  );
  expect(plain.notices.filter((n) => n.includes('删除线'))).toEqual([]);
}, 60_000);

it('a strike on the text rather than the cell (rich text runs, all of it struck) is named too (audit s37 I2)', async () => {
  const plain = await notices(() => {});
  const struck = await notices((ws) => {
    ws.getCell('A4').value = { richText: [{ font: { strike: true }, text: '峡窝镇信息3' }] };
    ws.getCell('A6').value = {
      richText: [
        { font: { strike: true }, text: '峡窝镇' },
        { font: { strike: true, bold: true }, text: '信息5' },
      ],
    };
    // Part of a title struck is no piece crossed out.
    ws.getCell('A8').value = { richText: [{ text: '峡窝镇' }, { font: { strike: true }, text: '信息7' }] };
  });
  expect(struck.points).toBe(plain.points);
  expect(struck.notices).toContain(
    '「稿件台账」表第4、6行的标题有删除线，仍按有效稿件计分：如已作废，请在「核定」列填“不计分”或删除该行',
  );
}, 60_000);
