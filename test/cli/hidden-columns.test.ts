// An office hid its old 媒体 and 级别 columns and now types 采用媒体 / 采用级别 (audit s34 A-F1b): of two columns
// read as one field, the one in view is read, and the notice names the hidden one. Before, the hidden 媒体
// (named exactly so) won: stale outlets re-scored every row, with nothing said beyond a routine header note.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { tempDir, zugong } from './helpers';

const header = [
  '标题',
  '作者',
  '单位',
  '报送对象',
  '报送日期',
  '采用媒体',
  '采用方式',
  '录用日期',
  '字数',
  '媒体',
  '级别',
];
const rows = [
  [
    '峡窝镇推进网格党建',
    '潘平',
    '峡窝镇党委',
    '区委组织部',
    new Date(Date.UTC(2024, 2, 5)),
    '人民日报',
    '录用',
    new Date(Date.UTC(2024, 2, 12)),
    1500,
    '郑州日报',
    '市级',
  ],
  [
    '中心路街道红色物业',
    '李明',
    '中心路街道党工委',
    '区委组织部',
    new Date(Date.UTC(2024, 1, 1)),
    '河南日报',
    '录用',
    new Date(Date.UTC(2024, 1, 10)),
    900,
    '上街区党建网',
    '区县级',
  ],
];

/** The ledger with the first `old` of the old columns (媒体, 级别) kept right of the new ones, hidden or not. */
async function report(old: number, hide: boolean) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('稿件台账');
  const width = header.length - 2 + old;
  ws.addRow(header.slice(0, width));
  for (const r of rows) ws.addRow(r.slice(0, width));
  if (hide) for (let c = 10; c <= width; c++) ws.getColumn(c).hidden = true;
  const path = join(tempDir(), 'ledger.xlsx');
  await wb.xlsx.writeFile(path);
  const run = zugong(['report', path, '--json', '--period', '2024']);
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout) as {
    units: { unit: string; points: number }[];
    meta: { notices: string[] };
  };
  return {
    points: Object.fromEntries(out.units.map((u) => [u.unit, u.points])),
    notices: out.meta.notices.join('\n'),
  };
}

it('a hidden old 媒体 gives way to the 采用媒体 in view: the figures of the ledger without it', async () => {
  const clean = await report(0, false);
  const hidden = await report(1, true);
  expect(clean.points.峡窝镇党委).toBeGreaterThan(0);
  expect(hidden.points).toEqual(clean.points);
  expect(hidden.notices).toContain(
    'F列「采用媒体」和J列「媒体」都读作「媒体」列，使用F列「采用媒体」（J列已隐藏）',
  );
}, 60_000);

it('a hidden 级别, the only one, is read and said: its levels change the figures', async () => {
  const clean = await report(0, false);
  const hidden = await report(2, true);
  expect(hidden.points).not.toEqual(clean.points);
  expect(hidden.notices).toContain(
    'K列「级别」已隐藏，仍读作「级别」计分；如是不再使用的旧列，请删除该列或清空其内容',
  );
}, 60_000);

it('in view, the column named exactly so is still read (and said), as before', async () => {
  const clean = await report(0, false);
  const shown = await report(1, false);
  expect(shown.points).not.toEqual(clean.points);
  expect(shown.notices).toContain('F列「采用媒体」和J列「媒体」都读作「媒体」列，使用J列「媒体」');
  expect(shown.notices).not.toContain('已隐藏');
}, 60_000);
