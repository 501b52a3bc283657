// 附件 tabs in the .xlsx (session 12 sweep): the 单位 column was 150 px whatever the names, clipping long
// ones. It is as wide as the longest name up to 280 px; a longer name wraps, its row as tall as its lines.
import { describe, expect, it } from 'vitest';
import type { NoticeTable } from '../../src/core/notice';
import type { ReportModel } from '../../src/core/types';
import { attachmentSheet } from '../../src/sheets/notice';

const model = { period: { code: '2024' } } as ReportModel;
const table = (names: string[]): NoticeTable => ({
  title: '2024年各单位组工信息积分排名表',
  header: ['名次', '单位', '本期积分', '备注'],
  pointCols: [3],
  changeCols: [],
  creditCols: [],
  decimals: 2,
  groups: [{ caption: '', rows: names.map((n, i) => [i + 1, n, 10, '']) }],
  total: null,
  notes: [],
});

describe('附件 单位 column', () => {
  it('widens to a 17-character name (17 × 13.5 + 12 px, rounded up) and wraps nothing', () => {
    const sheet = attachmentSheet(model, table(['峡窝镇党委', '上街区机关事务管理局暨区直机关后勤']), 1);
    expect(sheet.columnWidths?.[1]).toBe(242);
    expect(sheet.rowHeights).toEqual({});
  });

  it('wraps a 30-character name within 280 px on a row two lines tall', () => {
    const long = '中共郑州市上街区峡窝镇第一工业园区非公有制经济组织联合委员会';
    const sheet = attachmentSheet(model, table(['峡窝镇党委', long]), 1);
    expect(sheet.columnWidths?.[1]).toBe(280);
    const row = sheet.values.findIndex((r) => r[1] === long) + 1;
    expect(sheet.rowHeights).toEqual({ [row]: 30 });
    const wrapped = (sheet.styles ?? [])
      .filter((s) => s.style.wrap && s.block.col === 2)
      .map((s) => s.block.row);
    expect(wrapped).toEqual([row]);
  });
});

describe('附件 备注 column (review s28: 封顶（原积分89.5） ran past the table)', () => {
  const withRemarks = (remarks: string[]): NoticeTable => ({
    ...table(remarks.map((_, i) => `单位${i + 1}`)),
    groups: [{ caption: '', rows: remarks.map((r, i) => [i + 1, `单位${i + 1}`, 10, r]) }],
  });

  it('stays 150 px for short remarks', () => {
    expect(attachmentSheet(model, withRemarks(['首', '封顶（原积分30）']), 1).columnWidths?.[3]).toBe(150);
  });

  it('widens to its longest remark: 末；不得评先评优；封顶（原积分89.5） on one line (16 × 13.5 + 4 × 7 + 12 px)', () => {
    const sheet = attachmentSheet(model, withRemarks(['首', '末；不得评先评优；封顶（原积分89.5）']), 1);
    expect(sheet.columnWidths?.[3]).toBe(256);
    expect(sheet.rowHeights).toEqual({});
  });

  it('wraps a remark longer than 320 px, its row as tall as its lines', () => {
    const long = '末；零报送；不得评先评优；封顶（原积分89.5）；本期多次重复报送';
    const sheet = attachmentSheet(model, withRemarks(['首', long]), 1);
    expect(sheet.columnWidths?.[3]).toBe(320);
    const row = sheet.values.findIndex((r) => r[3] === long) + 1;
    expect(sheet.rowHeights).toEqual({ [row]: 30 });
  });
});
