// The streaming .xlsx writer: the ledger copy's rows written as sheet XML directly must be the bytes
// exceljs' own Row/Cell objects render, and a written workbook reads back as the models said.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
// exceljs's own zip library, to read the parts of the file as they are.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/cli/xlsxWorkbook';
import { openWriter, streamModel } from '../../src/cli/xlsxWriter';
import type { SheetModel, SheetValue } from '../../src/sheets/model';
import { tempDir } from './helpers';

/** Every part of an .xlsx file as text, apart from the core properties (they carry the time of writing). */
async function parts(path: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (name === 'docProps/core.xml' || zip.files[name].dir) continue;
    out[name] = await zip.files[name].async('string');
  }
  return out;
}

async function write(path: string, models: SheetModel[], exceljsRows: boolean): Promise<void> {
  const writer = openWriter(path);
  for (const model of models) await streamModel(writer, model, { exceljsRows });
  await writer.commit();
}

/** A ledger-like tab: every kind of value, styled header, a number format, issue-row blocks, blank cells. */
function ledgerLike(rows: number): SheetModel {
  const values: SheetValue[][] = [['标题', '单位', '日期', '积分', '已核', '备注 <&>"\'']];
  for (let r = 1; r <= rows; r++) {
    values.push([
      r % 7 === 0 ? '' : `关于第${r}条 <稿件> & "引号"`,
      ['组织科', '峡窝镇党委', null][r % 3],
      r % 5 === 0 ? new Date(2024, r % 12, (r % 28) + 1, 9, 30) : new Date(2024, r % 12, (r % 28) + 1),
      r % 4 === 0 ? null : [0, 1.5, -2, 1e21, 0.1 + 0.2, 123456.789][r % 6],
      r % 6 === 0 ? true : r % 6 === 1 ? false : null,
      r % 9 === 0 ? '=SUM(A1)' : null,
    ]);
  }
  const styles: SheetModel['styles'] = [
    {
      block: { row: 1, col: 1, rows: 1, cols: 6 },
      style: { bold: true, background: '#1f4e79', fontColor: '#ffffff' },
    },
  ];
  // Runs of rows with issues, as ledgerSheet marks them: many blocks of one look.
  for (let r = 3; r <= rows; r += 10) {
    styles.push({ block: { row: r, col: 1, rows: 2, cols: 8 }, style: { background: '#fff2cc' } });
    styles.push({ block: { row: r, col: 6, rows: 2, cols: 1 }, style: { fontColor: '#c00000' } });
  }
  return {
    name: '稿件台账',
    values,
    frozenRows: 1,
    columnWidths: [300, 120, 90, 64, 50, 200],
    numberFormats: [{ block: { row: 2, col: 4, rows: rows, cols: 1 }, format: '0.0#' }],
    styles,
    validations: [
      { block: { row: 2, col: 2, rows: rows, cols: 1 }, kind: 'list', values: ['组织科', '峡窝镇党委'] },
    ],
    print: { repeatRows: 1 },
  };
}

describe('the streaming .xlsx writer', () => {
  it('writes the ledger copy directly as the same bytes exceljs Row and Cell objects give', async () => {
    const dir = tempDir();
    const small: SheetModel = {
      name: '规则',
      values: [
        ['项目', '值'],
        ['年度', 2024],
        ['转报分成', 0.2],
      ],
      styles: [{ block: { row: 1, col: 1, rows: 1, cols: 2 }, style: { bold: true } }],
    };
    const models = [ledgerLike(300), small];
    await write(join(dir, 'direct.xlsx'), models, false);
    await write(join(dir, 'exceljs.xlsx'), models, true);
    const direct = await parts(join(dir, 'direct.xlsx'));
    const viaExceljs = await parts(join(dir, 'exceljs.xlsx'));
    expect(Object.keys(direct)).toEqual(Object.keys(viaExceljs));
    const differing = Object.keys(direct).filter((name) => direct[name] !== viaExceljs[name]);
    expect(differing).toEqual([]);
    // The sheet really holds the rows (not two empty sheets alike).
    expect(direct['xl/worksheets/sheet1.xml']).toContain('<row r="301" ');
  });

  it('gives each look one style, however many rows and issue blocks share it', async () => {
    const dir = tempDir();
    await write(join(dir, 'a.xlsx'), [ledgerLike(50)], false);
    await write(join(dir, 'b.xlsx'), [ledgerLike(2000)], false);
    const xfs = async (f: string) =>
      /<cellXfs count="(\d+)"/.exec((await parts(join(dir, f)))['xl/styles.xml'])?.[1];
    expect(await xfs('b.xlsx')).toBe(await xfs('a.xlsx'));
  });

  it('reads back values, dates, merges with their style, formulas, an empty chart anchor, validations', async () => {
    const path = join(tempDir(), 'r.xlsx');
    const wb = new XlsxWorkbook();
    wb.workbook.keywords = 'zugong-ledger-report';
    wb.writeSheet({
      name: '看板',
      values: [
        ['2024年看板', null, null],
        ['单位', '积分', '日期'],
        ['组织科', 12.5, new Date(2024, 2, 5, 14, 5)],
      ],
      merges: [{ row: 1, col: 1, rows: 1, cols: 3 }],
      styles: [{ block: { row: 1, col: 1, rows: 1, cols: 3 }, style: { bold: true, hAlign: 'center' } }],
      formulas: [{ row: 3, col: 4, formula: '=B3*2' }],
      charts: [
        {
          kind: 'column',
          title: '逐月积分',
          data: { row: 2, col: 1, rows: 2, cols: 2 },
          anchor: { row: 5, col: 1 },
        },
      ],
      validations: [{ block: { row: 3, col: 2, rows: 1, cols: 1 }, kind: 'number' }],
    });
    wb.writeSheet(ledgerLike(20));
    await wb.save(path);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(path);
    expect(raw.keywords).toBe('zugong-ledger-report');
    const board = raw.getWorksheet('看板')!;
    expect(board.getCell('A1').value).toBe('2024年看板');
    expect(board.getCell('C1').isMerged).toBe(true);
    expect(board.getCell('C1').font?.bold).toBe(true);
    expect(board.getCell('C3').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(board.getCell('D3').formula).toBe('B3*2');
    // The chart is a native part XlsxWorkbook adds on save (xlsxChart.ts): no note in its anchor cell.
    expect(board.getCell('A5').value).toBeNull();
    expect(board.getCell('B3').dataValidation?.type).toBe('decimal');
    const ledger = raw.getWorksheet('稿件台账')!;
    expect(ledger.getCell('A2').value).toBe('关于第1条 <稿件> & "引号"');
    expect(ledger.getCell('F10').value).toBe('=SUM(A1)'); // text that looks like a formula stays text
    expect(ledger.getCell('F10').formula).toBeUndefined();
    expect(ledger.getCell('E7').value).toBe(true);
    expect(ledger.getCell('E8').value).toBe(false);
    expect(ledger.getCell('D3').numFmt).toBe('0.0#');
    expect((ledger.getCell('H3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    expect(ledger.getCell('B3').dataValidation?.formulae).toEqual(['"组织科,峡窝镇党委"']);
    const back = await XlsxWorkbook.open(path);
    expect(back.readValues('稿件台账').length).toBe(21);
  });
});
