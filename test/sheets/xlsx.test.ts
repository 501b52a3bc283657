// The exceljs backend, the CSV reader and the terminal table: conversions a user would notice.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
// exceljs's own zip library, to read a part of the file exceljs does not parse.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from '../../src/cli/csv';
import { displayWidth, formatTable } from '../../src/cli/table';
import { cellFromExcel, XlsxWorkbook } from '../../src/cli/xlsxWorkbook';
import { parseDay } from '../../src/core/dates';
import { tempDir } from '../cli/helpers';

describe('xlsx cells → grid cells', () => {
  it('rich text, formula results, hyperlinks and errors become plain values', () => {
    expect(cellFromExcel({ richText: [{ text: '关于' }, { text: '某某' }] })).toBe('关于某某');
    expect(cellFromExcel({ formula: 'A1*2', result: 10 })).toBe(10);
    expect(cellFromExcel({ sharedFormula: 'A1', result: '文本' })).toBe('文本');
    expect(cellFromExcel({ text: '剪报', hyperlink: 'http://x' })).toBe('剪报');
    expect(cellFromExcel({ error: '#N/A' })).toBe('#N/A');
    expect(cellFromExcel(null)).toBe('');
  });

  it('an exceljs date (UTC fields) is the same calendar day for the engine, whatever the zone', () => {
    const utcMidnight = new Date(Date.UTC(2024, 2, 5));
    expect(parseDay(cellFromExcel(utcMidnight))).toBe(parseDay('2024-03-05'));
    // Serial round-off: 23:59:59.999 the day before is the 5th.
    expect(parseDay(cellFromExcel(new Date(Date.UTC(2024, 2, 5) - 1)))).toBe(parseDay('2024-03-05'));
  });

  it('writes dates, text that looks like a formula, widths, frozen rows and fills, and reads them back', async () => {
    const path = join(tempDir(), 'w.xlsx');
    const wb = new XlsxWorkbook();
    wb.writeSheet({
      name: '测试',
      values: [
        ['标题', '日期', '积分'],
        ['=SUM(1,2)', new Date(2024, 2, 5), 1.5],
      ],
      frozenRows: 1,
      columnWidths: [300, 90, 64],
      numberFormats: [{ block: { row: 2, col: 3, rows: 1, cols: 1 }, format: '0.0#' }],
      styles: [{ block: { row: 1, col: 1, rows: 1, cols: 3 }, style: { bold: true, background: '#1f4e79' } }],
      merges: [],
    });
    await wb.save(path);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(path);
    const ws = raw.getWorksheet('测试')!;
    expect(ws.getCell('A2').value).toBe('=SUM(1,2)');
    expect(ws.getCell('A2').formula).toBeUndefined();
    expect(ws.getCell('C2').numFmt).toBe('0.0#');
    expect(ws.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    expect((ws.getCell('A1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF1F4E79');
    expect(ws.getColumn(1).width).toBeGreaterThan(ws.getColumn(2).width!);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const back = await XlsxWorkbook.open(path);
    const grid = back.readValues('测试');
    expect(parseDay(grid[1][1])).toBe(parseDay('2024-03-05'));
    expect(back.readValues('没有')).toEqual([]);
  });

  it('print settings: A4, orientation, one page wide, header rows on every page, page breaks', async () => {
    const path = join(tempDir(), 'p.xlsx');
    const wb = new XlsxWorkbook();
    const values = Array.from({ length: 6 }, (_, r) => [`第${r + 1}行`, r]);
    wb.writeSheet({
      name: '通报',
      values,
      columnWidths: [2000, 90],
      print: { landscape: false, fitToWidth: true, repeatRows: 1, breaksBefore: [4] },
    });
    // No print settings: landscape, and a tab wider than a page is not shrunk to one page.
    wb.writeSheet({ name: '台账', values, columnWidths: [2000, 90] });
    await wb.save(path);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(path);
    const report = raw.getWorksheet('通报')!;
    expect(report.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      printTitlesRow: '1:1',
    });
    // exceljs does not read page breaks back: look in the sheet's XML. A break is stored on the row
    // before the one that starts the new page.
    const zip = await JSZip.loadAsync(await readFile(path));
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toMatch(/<rowBreaks[^>]*><brk id="3"[^>]*man="1"/);
    expect(report.headerFooter.oddFooter).toContain('&P');
    const ledger = raw.getWorksheet('台账')!;
    expect(ledger.pageSetup.orientation).toBe('landscape');
    expect(ledger.pageSetup.fitToPage).toBe(false);
    expect(ledger.pageSetup.printTitlesRow).toBeUndefined();
  });

  it('replacing a tab keeps its place among the tabs', () => {
    const wb = new XlsxWorkbook();
    for (const name of ['通报 2024', '领导看板', '稿件台账']) wb.writeSheet({ name, values: [[name]] });
    wb.writeSheet({ name: '领导看板', values: [['新']] });
    expect(wb.sheetNames()).toEqual(['通报 2024', '领导看板', '稿件台账']);
    expect(wb.readValues('领导看板')).toEqual([['新']]);
  });
});

describe('CSV and terminal', () => {
  it('GBK bytes (Excel on Chinese Windows) decode as well as UTF-8 with a BOM', () => {
    const gbk = new Uint8Array([0xb1, 0xea, 0xcc, 0xe2, 0x2c, 0xb5, 0xa5, 0xce, 0xbb]); // 标题,单位
    expect(parseCsv(decodeCsv(gbk))).toEqual([['标题', '单位']]);
    const utf8 = new TextEncoder().encode('\ufeff标题,单位\r\n"a,""b""",c\r\n\r\n');
    expect(parseCsv(decodeCsv(utf8))).toEqual([
      ['标题', '单位'],
      ['a,"b"', 'c'],
    ]);
  });

  it('aligns CJK text by display width (wide characters take two columns)', () => {
    expect(displayWidth('峡窝镇')).toBe(6);
    expect(displayWidth('ab')).toBe(2);
    const text = formatTable(
      [{ header: '单位' }, { header: '积分', align: 'right' }],
      [
        ['峡窝镇党委', '5'],
        ['组织科', '12.5'],
      ],
    );
    const lines = text.split('\n');
    const widths = lines.map(displayWidth);
    expect(new Set(widths.slice(2)).size).toBe(1);
    expect(lines[2].endsWith('   5')).toBe(true);
  });
});
