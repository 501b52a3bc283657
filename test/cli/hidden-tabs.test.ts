// A ledger tab out of view (右键 隐藏, or Excel's very hidden) is still merged into the ledger: last year's tab,
// hidden to tidy up, tells repeats across years. But an office may have hidden an old copy or set-aside pieces
// there (audit s36 F5), and nothing said so: now one notice per hidden tab names it, its rows and the way out.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { ROOT, tempDir, zugong } from './helpers';

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

async function report(state: 'visible' | 'hidden' | 'veryHidden', file = join(tempDir(), 'ledger.xlsx')) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('稿件台账');
  ws.addRow(header);
  for (let i = 1; i <= 6; i++) ws.addRow(row(`峡窝镇信息${i}`, i));
  const other = wb.addWorksheet('Sheet3', { state });
  other.addRow(header);
  for (let i = 7; i <= 9; i++) other.addRow(row(`峡窝镇旧稿${i}`, i));
  await wb.xlsx.writeFile(file);
  return run(file);
}

function run(file: string) {
  const out = zugong(['report', file, '--json', '--period', '2024']);
  expect(out.code, out.stderr).toBe(0);
  const json = JSON.parse(out.stdout) as { meta: { notices: string[]; totals: { points: number } } };
  return { notices: json.meta.notices, points: json.meta.totals.points };
}

const said =
  '「Sheet3」表已隐藏，其中3行仍按台账合并读取；如这些稿件不应计分，请删除该表，或把表名改为“作废”';

it.each(['hidden', 'veryHidden'] as const)(
  'a %s ledger tab is merged as a tab in view is, and said',
  async (state) => {
    const shown = await report('visible');
    const hidden = await report(state);
    expect(hidden.points).toBe(shown.points);
    expect(hidden.notices).toContain(said);
    expect(shown.notices.filter((n) => n.includes('隐藏'))).toEqual([]);
  },
  60_000,
);

it('reads the hidden state as LibreOffice Calc saves it', () => {
  // test/fixtures/libreoffice/hidden-tab.libreoffice.xlsx: the exceljs file of the test above (Sheet3 hidden),
  // opened and saved by LibreOffice Calc (make.sh).
  const fixture = join(ROOT, 'test', 'fixtures', 'libreoffice', 'hidden-tab.libreoffice.xlsx');
  expect(existsSync(fixture)).toBe(true);
  const file = join(tempDir(), 'hidden-tab.xlsx');
  copyFileSync(fixture, file);
  expect(run(file).notices).toContain(said);
});

it('renamed 作废, the hidden tab is left out, as the notice says', async () => {
  const file = join(tempDir(), 'void.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('稿件台账');
  ws.addRow(header);
  for (let i = 1; i <= 6; i++) ws.addRow(row(`峡窝镇信息${i}`, i));
  const other = wb.addWorksheet('作废', { state: 'hidden' });
  other.addRow(header);
  for (let i = 7; i <= 9; i++) other.addRow(row(`峡窝镇旧稿${i}`, i));
  await wb.xlsx.writeFile(file);
  const voided = run(file);
  const merged = await report('hidden');
  expect(voided.points).toBeLessThan(merged.points);
  expect(voided.notices.some((n) => n.startsWith('「作废」表像是作废或撤回的稿件（3行），未计入台账'))).toBe(
    true,
  );
}, 60_000);
