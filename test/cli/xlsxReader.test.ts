// The command line's .xlsx reader (src/cli/xlsxReader.ts) reads sheet XML directly. It must give the grids
// exceljs' Workbook gave (XlsxWorkbook, the reader before it) on every workbook Excel, WPS, LibreOffice
// and exceljs write, and the right cells where exceljs was wrong (Chinese built-in date formats, the 1904
// date system written as "true", prefixed element names, rows without numbers, ISO date cells).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CELL_PICTURE, isDateFormat, isHoursMinutesFormat, XlsxReader } from '../../src/cli/xlsxReader';
import { XlsxWorkbook } from '../../src/cli/xlsxWorkbook';
import { noEvidence } from '../../src/core/evidence';
import { HoursMinutes } from '../../src/core/hoursMinutes';
import { parseLedger } from '../../src/core/ledger';
import { UNCALCULATED } from '../../src/core/text';
import type { Grid, Notice } from '../../src/core/types';
import type { Block } from '../../src/sheets/model';
import { ROOT } from './helpers';

/** Every .xlsx under a folder (recursively). */
function workbooksUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(dir, f));
}

/** Each tab's grid as exceljs' Workbook model gave it, and as the direct reader gives it. */
async function bothReaders(bytes: Buffer) {
  const model = await XlsxWorkbook.fromBuffer(bytes);
  const reader = new XlsxReader(bytes);
  const names = model.sheetNames();
  return {
    names: [names, reader.sheetNames()],
    grids: names.map((n) => {
      const direct = reader.readValues(n);
      return [n, firstColumnMerges(model.readValues(n), reader.filledMerges(n)), direct] as const;
    }),
  };
}

/**
 * exceljs' grid with each merge as the reader gives it (s24b F5): its value down its first column only, the
 * other columns it spans blank (备注 merged over the empty 调整分 beside it is no 调整分), trailing blanks cut.
 */
function firstColumnMerges(grid: Grid, merges: readonly Block[]): Grid {
  const out = grid.map((row) => (Array.isArray(row) ? [...row] : row));
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rows && r <= out.length; r++) {
      const cells = out[r - 1];
      if (!Array.isArray(cells)) continue;
      for (let c = m.col + 1; c < m.col + m.cols && c <= cells.length; c++) cells[c - 1] = '';
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    }
  }
  while (out.length > 0 && Array.isArray(out[out.length - 1]) && out[out.length - 1].length === 0) out.pop();
  return out;
}

describe('the grids exceljs gave', () => {
  // Excel/WPS-shaped (our writer, scripts/make-messy-fixtures.ts) and LibreOffice-saved workbooks.
  const files = [...workbooksUnder(join(ROOT, 'test', 'fixtures')), ...workbooksUnder(join(ROOT, 'examples'))]
    // Refused before any reader (inputs.test.ts).
    .filter((f) => !/password|ods-named/.test(f))
    // Where exceljs was wrong (tested below): LibreOffice's empty text result (t="str" <v></v>) read as no
    // result, and shared strings under xl/SharedStrings.xml not found; and a time of day in a 1904 workbook
    // moved 1462 days (test/cli/excel-1904.test.ts).
    .filter((f) => !/formulas-libreoffice|sharedstrings-capital|time_1904/.test(f))
    // An Excel Table as openpyxl writes it: exceljs throws loading it (a TypeError reading the table in its
    // worksheet model); the reader gives its one-row twin's figures (test/cli/group-row.test.ts).
    .filter((f) => !/group-row\/table-group-openpyxl/.test(f));

  it('covers the fixture corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(19);
  });

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s, every tab', async (_, file) => {
    const { names, grids } = await bothReaders(readFileSync(file));
    expect(names[1]).toEqual(names[0]);
    const differing = grids.filter(([, a, b]) => JSON.stringify(a) !== JSON.stringify(b)).map(([n]) => n);
    expect(differing).toEqual([]);
    // JSON drops the difference between a Date and its text: compare the cells themselves too.
    for (const [, a, b] of grids) expect(b).toEqual(a);
  });

  type Value = ExcelJS.CellValue;
  const value: fc.Arbitrary<Value> = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom(
      '峡窝镇党委',
      ' 郑州日报 ',
      '关于"五个一"&<做法>',
      '第一行\n第二行',
      '\u0007响铃',
      '_x000D_',
    ),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.integer({ min: 0, max: 60_000 }),
    fc.boolean(),
    fc
      .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true })
      .map((d) => new Date(Math.round(d.getTime() / 1000) * 1000)),
    fc.constant({ formula: 'A1*2' }),
    fc.constantFrom(
      { formula: 'A1&"x"', result: '结果' },
      { formula: 'A1+1', result: 12 },
      { formula: 'TODAY()', result: new Date(Date.UTC(2024, 2, 5)) },
      { formula: 'A1=1', result: true },
      { error: '#N/A' } as ExcelJS.CellErrorValue,
      { richText: [{ text: '关于' }, { font: { bold: true }, text: '某某' }] },
    ),
  );
  const numFmt = fc.constantFrom(undefined, 'yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '0.00', '@', 'h:mm', '#,##0');
  const sheet = fc.record({
    cells: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }), value, numFmt),
      { maxLength: 40 },
    ),
    merge: fc.option(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 6 }))),
    sharedStrings: fc.boolean(),
  });

  it('on workbooks exceljs writes: values, formulas with and without results, dates, merges', async () => {
    await fc.assert(
      fc.asyncProperty(sheet, async (spec) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('稿件台账');
        for (const [r, c, v, fmt] of spec.cells) {
          const cell = ws.getCell(r, c);
          cell.value = v;
          if (fmt) cell.numFmt = fmt;
        }
        if (spec.merge) ws.mergeCells(spec.merge[0], spec.merge[1], spec.merge[0] + 2, spec.merge[1] + 1);
        // exceljs read a text or true/false result in a date-formatted cell as a date: tested below.
        let textInDate = false;
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const result = (cell.value as ExcelJS.CellFormulaValue | null)?.result;
            if (
              (typeof result === 'string' || typeof result === 'boolean') &&
              isDateFormat(cell.numFmt ?? '')
            )
              textInDate = true;
          }),
        );
        fc.pre(!textInDate);
        const bytes = Buffer.from(
          await wb.xlsx.writeBuffer({ useSharedStrings: spec.sharedStrings } as ExcelJS.XlsxWriteOptions),
        );
        const { grids } = await bothReaders(bytes);
        for (const [, a, b] of grids) expect(b).toEqual(a);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

/** An .xlsx package with one sheet, laid out as Excel writes it. */
async function excelPackage(parts: {
  sheet: string;
  sharedStrings?: string;
  numFmts?: string;
  cellXfs?: string;
  workbookPr?: string;
  /** The workbook's calcPr element (Excel's own by default). */
  calcPr?: string;
  /** Targets of the workbook's relationships other than Excel's (sharedStrings, worksheet). */
  targets?: { sharedStrings?: string; worksheet?: string };
  /** Part names as another writer stores them (xl/sharedStrings.xml → xl/SharedStrings.xml). */
  rename?: Record<string, string>;
  /** Further parts (name → text) and the workbook's relationships to them (<Relationship …/> elements). */
  parts?: Record<string, string>;
  workbookRels?: string;
}): Promise<Buffer> {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="${ns}" xmlns:r="${rel}"><workbookPr ${parts.workbookPr ?? 'defaultThemeVersion="166925"'}/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="稿件台账" sheetId="1" r:id="rId1"/></sheets>${parts.calcPr ?? '<calcPr calcId="191029"/>'}</workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${rel}/sharedStrings" Target="${parts.targets?.sharedStrings ?? 'sharedStrings.xml'}"/><Relationship Id="rId1" Type="${rel}/worksheet" Target="${parts.targets?.worksheet ?? 'worksheets/sheet1.xml'}"/>${parts.workbookRels ?? ''}</Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="${ns}">${parts.numFmts ?? ''}<fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs><cellXfs>${parts.cellXfs ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'}</cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="${ns}">${parts.sharedStrings ?? ''}</sst>`,
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    parts.sheet.includes('<worksheet') || parts.sheet.includes(':worksheet')
      ? parts.sheet
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${ns}" xmlns:r="${rel}"><dimension ref="A1:C3"/><sheetData>${parts.sheet}</sheetData></worksheet>`,
  );
  for (const [name, text] of Object.entries(parts.parts ?? {})) zip.file(name, text);
  for (const [from, to] of Object.entries(parts.rename ?? {})) {
    zip.file(to, await zip.file(from)!.async('nodebuffer'));
    zip.remove(from);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function gridOf(parts: Parameters<typeof excelPackage>[0]): Promise<Grid> {
  const reader = new XlsxReader(await excelPackage(parts));
  return reader.readValues('稿件台账');
}

describe('cells as Excel and WPS write them', () => {
  it('shared strings: rich text runs joined, phonetic guides left out, _x000D_ as a line break', async () => {
    const grid = await gridOf({
      sharedStrings:
        '<si><t>标题</t></si><si><r><rPr><b/><sz val="11"/></rPr><t>关于</t></r><r><t xml:space="preserve">某某 </t></r></si>' +
        '<si><t>郑州</t><rPh sb="0" eb="2"><t>zhengzhou</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>' +
        '<si><t>第一行_x000D_\n第二行 &amp; &lt;附&gt;</t></si>',
      sheet:
        '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
        '<row r="2" spans="1:2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>',
    });
    expect(grid).toEqual([
      ['标题', '关于某某 '],
      ['郑州', '第一行\r\n第二行 & <附>'],
    ]);
  });

  it('inline strings, plain or rich: _x000D_ as a line break, as in shared strings (audit s37 I7)', async () => {
    const grid = await gridOf({
      sharedStrings: '',
      sheet:
        '<row r="1"><c r="A1" t="inlineStr"><is><t>潘平_x000D_\n蒋桂然</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t>峡窝镇</t></r><r><t>党委_x000D_</t></r></is></c></row>',
    });
    expect(grid).toEqual([['潘平\r\n蒋桂然', '峡窝镇党委\r']]);
  });

  it('dates: built-in 14 and the Chinese built-ins (31 年月日, 57 年月), custom 年月日 and long dates', async () => {
    const grid = await gridOf({
      numFmts:
        '<numFmts count="4"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/><numFmt numFmtId="177" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/><numFmt numFmtId="178" formatCode="0.00_);[Red]\\(0.00\\)"/><numFmt numFmtId="179" formatCode="#,##0&quot;字&quot;"/></numFmts>',
      cellXfs:
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="57" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="178" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="179" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      sheet:
        '<row r="1"><c r="A1" s="1"><v>45356</v></c><c r="B1" s="2"><v>45356</v></c><c r="C1" s="3"><v>45356</v></c><c r="D1" s="4"><v>45356</v></c><c r="E1" s="5"><v>45356</v></c></row>' +
        '<row r="2"><c r="A2" s="6"><v>45356</v></c><c r="B2" s="7"><v>1200</v></c><c r="C2"><v>45356</v></c><c r="D2" s="8"><v>45356.6041666667</v></c></row>',
    });
    const day = new Date(2024, 2, 5);
    expect(grid).toEqual([
      [day, day, day, day, day],
      [45356, 1200, 45356, new Date(2024, 2, 5, 14, 30, 0)],
    ]);
  });

  it('the 1904 date system, as Excel for Mac writes it and as "true"', async () => {
    const parts = {
      cellXfs:
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      sheet: '<row r="1"><c r="A1" s="1"><v>43894</v></c></row>',
    };
    expect(await gridOf({ ...parts, workbookPr: 'date1904="1"' })).toEqual([[new Date(2024, 2, 5)]]);
    expect(await gridOf({ ...parts, workbookPr: 'date1904="true"' })).toEqual([[new Date(2024, 2, 5)]]);
    expect(await gridOf({ ...parts, workbookPr: 'date1904="false"' })).toEqual([[new Date(2020, 2, 4)]]);
  });

  it('a sheet cut short inside its rows (a damaged file zipped again whole) is refused, not read as fewer rows', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>';
    await expect(gridOf({ sheet: `<worksheet xmlns="${ns}"><sheetData>${rows}` })).rejects.toThrow(
      /已损坏或不是有效的 \.xlsx 工作簿/,
    );
    expect(
      await gridOf({ sheet: `<worksheet xmlns="${ns}"><sheetData>${rows}</sheetData></worksheet>` }),
    ).toEqual([['标题'], [1]]);
    expect(await gridOf({ sheet: `<worksheet xmlns="${ns}"><sheetData/></worksheet>` })).toEqual([]);
  });

  it('formulas give their saved results, an empty one a blank; one saved without is said as such', async () => {
    const grid = await gridOf({
      cellXfs:
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      sheet:
        '<row r="1"><c r="A1" t="str"><f>B1&amp;"镇"</f><v>峡窝镇</v></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1" s="1"><f>DATE(2024,3,5)</f><v>45356</v></c></row>' +
        '<row r="2"><c r="A2" t="b"><f>B1=2</f><v>1</v></c><c r="B2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C2"><f>SUM(A1:B1)</f></c>' +
        '<c r="D2"><f t="shared" ref="D2:D3" si="0">B1*2</f><v>4</v></c></row><row r="3"><c r="D3"><f t="shared" si="0"/><v>8</v></c></row>' +
        // An empty result ("" from =IF(…,"重复","")) as Excel and LibreOffice save it, <v></v>, and as <v/>.
        '<row r="4"><c r="A4" t="str"><f>IF(B1&gt;99,"重复","")</f><v></v></c><c r="B4" t="str"><f>IF(B1&gt;99,"x","")</f><v/></c><c r="C4" t="str"><f>B1&amp;""</f><v>2</v></c></row>',
    });
    expect(grid).toEqual([
      ['峡窝镇', 2, new Date(2024, 2, 5)],
      [true, '#DIV/0!', UNCALCULATED, 4],
      ['', '', '', 8],
      ['', '', '2'],
    ]);
  });

  it('an untyped empty result (<v/>, as openpyxl writes a formula) is no result, not a blank', async () => {
    const grid = await gridOf({
      sheet:
        '<row r="1"><c r="A1"><f>B1</f><v/></c><c r="B1"><f>C1</f><v></v></c><c r="C1" t="n"><f>D1</f><v/></c><c r="D1" t="str"><f>IF(1,"","")</f><v/></c><c r="E1"><v/></c></row>',
    });
    expect(grid).toEqual([[UNCALCULATED, UNCALCULATED, UNCALCULATED]]);
  });

  describe('a workbook marked fullCalcOnLoad (XlsxWriter, openpyxl: never saved by Excel, WPS or LibreOffice)', () => {
    const sheet =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" t="inlineStr"><is><t>字数</t></is></c><c r="C1" t="inlineStr"><is><t>单位</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>稿一</t></is></c><c r="B2"><v>1257</v></c><c r="C2" t="inlineStr"><is><t>郑州日报</t></is></c></row>' +
      // XlsxWriter's placeholder 0 (a shared formula too), and a text result the writer did save.
      '<row r="3"><c r="A3" t="inlineStr"><is><t>稿二</t></is></c><c r="B3"><f>B2</f><v>0</v></c><c r="C3" t="str"><f>C2</f><v>郑州日报</v></c></row>' +
      '<row r="4"><c r="A4" t="inlineStr"><is><t>稿三</t></is></c><c r="B4"><f t="shared" ref="B4:B5" si="0">B3</f><v>0</v></c></row>' +
      // Apache POI evaluates its formulas before it saves: a result other than 0 is the file's.
      '<row r="5"><c r="A5" t="inlineStr"><is><t>稿四</t></is></c><c r="B5"><f>B2+1</f><v>1258</v></c></row>';

    it('reads a saved 0 of a formula as no result, other saved results and cells as usual, and says so once', async () => {
      const notices: Notice[] = [];
      const reader = new XlsxReader(
        await excelPackage({ sheet, calcPr: '<calcPr calcId="124519" fullCalcOnLoad="1"/>' }),
        '/tmp/库.xlsx',
        '台账文件',
        notices,
      );
      expect(reader.readValues('稿件台账')).toEqual([
        ['标题', '字数', '单位'],
        ['稿一', 1257, '郑州日报'],
        ['稿二', UNCALCULATED, '郑州日报'],
        ['稿三', UNCALCULATED],
        ['稿四', 1258],
      ]);
      expect(notices).toEqual([
        {
          code: 'formula-results-placeholder',
          tab: '稿件台账',
          row: 3,
          column: 'B',
          message:
            '台账文件标记为“打开时重新计算”（由程序生成，未经 Excel/WPS 打开保存），其中没有结果或结果为 0 的公式可能并未计算（如「稿件台账」表 B3）：一律按“公式无结果”读取，台账中用到这类单元格的行暂不计分（见各行校验）；请用 Excel/WPS 打开并保存后重试',
        },
      ]);
    });

    it('"true" is the mark too; without it the saved results are read', async () => {
      const marked = await gridOf({ sheet, calcPr: '<calcPr fullCalcOnLoad="true"/>' });
      expect(marked[2]).toEqual(['稿二', UNCALCULATED, '郑州日报']);
      const saved = await gridOf({ sheet, calcPr: '<calcPr calcId="191029" fullCalcOnLoad="0"/>' });
      expect(saved[2]).toEqual(['稿二', 0, '郑州日报']);
    });

    it('says nothing when the workbook has no formulas', async () => {
      const notices: Notice[] = [];
      const reader = new XlsxReader(
        await excelPackage({
          sheet: '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row>',
          calcPr: '<calcPr calcId="124519" fullCalcOnLoad="1"/>',
        }),
        '',
        '台账文件',
        notices,
      );
      expect(reader.readValues('稿件台账')).toEqual([['标题']]);
      expect(notices).toEqual([]);
    });
  });

  it('part names and relationship targets in any case (OPC part names are case-insensitive)', async () => {
    const parts = {
      sharedStrings: '<si><t>标题</t></si><si><t>峡窝镇党委</t></si>',
      cellXfs:
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      sheet:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"><v>45356</v></c></row>',
    };
    const expected = [['标题', '峡窝镇党委', new Date(2024, 2, 5)]];
    // A "3rdparty" writer's xl/SharedStrings.xml named as such, or named sharedStrings.xml by the rels.
    expect(
      await gridOf({
        ...parts,
        rename: { 'xl/sharedStrings.xml': 'xl/SharedStrings.xml' },
        targets: { sharedStrings: 'SharedStrings.xml' },
      }),
    ).toEqual(expected);
    expect(
      await gridOf({
        ...parts,
        rename: {
          'xl/sharedStrings.xml': 'xl/SharedStrings.xml',
          'xl/styles.xml': 'xl/Styles.xml',
          'xl/worksheets/sheet1.xml': 'xl/Worksheets/Sheet1.xml',
          'xl/workbook.xml': 'xl/Workbook.xml',
          'xl/_rels/workbook.xml.rels': 'xl/_rels/Workbook.xml.rels',
        },
      }),
    ).toEqual(expected);
    // Shared strings under another name, found through the relationships as the worksheets are.
    expect(
      await gridOf({
        ...parts,
        rename: { 'xl/sharedStrings.xml': 'xl/strings.xml' },
        targets: { sharedStrings: '/xl/strings.xml', worksheet: 'WORKSHEETS/SHEET1.XML' },
      }),
    ).toEqual(expected);
  });

  it('an ISO date cell with a zone is the date and time it is in Asia/Shanghai', async () => {
    const grid = await gridOf({
      sheet:
        '<row r="1"><c r="A1" t="d"><v>2023-12-31T16:00:00.000Z</v></c><c r="B1" t="d"><v>2024-03-05T00:00:00+08:00</v></c><c r="C1" t="d"><v>2024-03-05T10:30:00-05:00</v></c><c r="D1" t="d"><v>2024-03-05T10:30:00</v></c></row>',
    });
    expect(grid).toEqual([
      [
        new Date(2024, 0, 1),
        new Date(2024, 2, 5),
        new Date(2024, 2, 5, 23, 30),
        new Date(2024, 2, 5, 10, 30),
      ],
    ]);
  });

  it('a text or TRUE result in a date-formatted cell stays itself (exceljs made them a blank and 1899-12-31)', async () => {
    const grid = await gridOf({
      cellXfs:
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      sheet:
        '<row r="1"><c r="A1" s="1" t="str"><f>IF(B1="","待定",B1)</f><v>待定</v></c><c r="B1" s="1" t="b"><f>A1="待定"</f><v>1</v></c></row>',
    });
    expect(grid).toEqual([['待定', true]]);
  });

  it('a merge repeats its first cell down its first column only; a blank first cell blanks the range', async () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>2024年稿件台账</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>标题</t></is></c><c r="B2" t="inlineStr"><is><t>单位</t></is></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>稿</t></is></c><c r="B3" s="0"/><c r="C3" t="inlineStr"><is><t>被覆盖</t></is></c></row>
</sheetData><mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B3:C3"/></mergeCells></worksheet>`;
    expect(await gridOf({ sheet })).toEqual([['2024年稿件台账'], ['标题', '单位'], ['稿']]);
  });

  it('a merge down a whole column stops at the last row with cells', async () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" t="inlineStr"><is><t>峡窝镇党委</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>稿一</t></is></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>稿二</t></is></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="B1:B1048576"/></mergeCells></worksheet>`;
    expect(await gridOf({ sheet })).toEqual([
      ['标题', '峡窝镇党委'],
      ['稿一', '峡窝镇党委'],
      ['稿二', '峡窝镇党委'],
    ]);
  });

  it('prefixed element names (x:, as the Open XML SDK writes), rows and cells without numbers, ISO date cells', async () => {
    const sheet = `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row><x:c t="inlineStr"><x:is><x:t>标题</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>报送日期</x:t></x:is></x:c></x:row>
<x:row><x:c t="inlineStr"><x:is><x:t><![CDATA[稿<一>]]></x:t></x:is></x:c><x:c t="d"><x:v>2024-03-05T00:00:00</x:v></x:c></x:row>
</x:sheetData></x:worksheet>`;
    expect(await gridOf({ sheet })).toEqual([
      ['标题', '报送日期'],
      ['稿<一>', new Date(2024, 2, 5)],
    ]);
  });

  it('a chartsheet (a chart on its own tab, as Excel moves one) is no tab of cells, as exceljs had it', async () => {
    const zip = await JSZip.loadAsync(
      await excelPackage({ sheet: '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row>' }),
    );
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const book = (await zip.file('xl/workbook.xml')!.async('string')).replace(
      '</sheets>',
      '<sheet name="图表1" sheetId="2" r:id="rId9"/></sheets>',
    );
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).replace(
      '</Relationships>',
      `<Relationship Id="rId9" Type="${rel}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
    );
    zip.file('xl/workbook.xml', book);
    zip.file('xl/_rels/workbook.xml.rels', rels);
    zip.file(
      'xl/chartsheets/sheet1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></chartsheet>',
    );
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const { names, grids } = await bothReaders(bytes);
    expect(names).toEqual([['稿件台账'], ['稿件台账']]);
    expect(grids.map(([, , b]) => b)).toEqual([[['标题']]]);
  });

  it('a cell past column XFD is refused in Chinese, naming the file', async () => {
    const bytes = await excelPackage({ sheet: '<row r="1"><c r="XFE1"><v>1</v></c></row>' });
    expect(() => new XlsxReader(bytes, '/tmp/宽.xlsx', '台账文件').readValues('稿件台账')).toThrow(
      '台账文件有工作表超过 16,384 列（Excel 的上限），无法读取：请删除多余的列后另存：/tmp/宽.xlsx',
    );
  });
});

describe('时长 typed 0:42 (h:mm) as Excel and WPS store it', () => {
  it('isHoursMinutesFormat: hours and minutes alone, no seconds, AM/PM, date or words', () => {
    for (const code of ['h:mm', 'hh:mm', '[h]:mm', 'h:mm;@', '[$-409]h:mm;@', '[Red]h:mm', 'H:MM'])
      expect(isHoursMinutesFormat(code), code).toBe(true);
    for (const code of [
      'mm:ss',
      'h:mm:ss',
      '[h]:mm:ss',
      'h:mm AM/PM',
      'h"时"mm"分"',
      'yyyy/m/d h:mm',
      '0.00',
      'General',
    ])
      expect(isHoursMinutesFormat(code), code).toBe(false);
  });

  it('an h:mm time under a day reads as the time carrying the text it shows; 时长 then as that m:ss', async () => {
    const grid = await gridOf({
      numFmts:
        '<numFmts count="2"><numFmt numFmtId="176" formatCode="hh:mm"/><numFmt numFmtId="177" formatCode="mm:ss"/></numFmts>',
      cellXfs:
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      sheet:
        '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" t="inlineStr"><is><t>单位</t></is></c><c r="C1" t="inlineStr"><is><t>媒体</t></is></c><c r="D1" t="inlineStr"><is><t>录用日期</t></is></c><c r="E1" t="inlineStr"><is><t>时长</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2" t="inlineStr"><is><t>峡窝镇党委</t></is></c><c r="C2" t="inlineStr"><is><t>郑州电视台</t></is></c><c r="D2" t="inlineStr"><is><t>2024-03-05</t></is></c><c r="E2" s="1"><v>2.9166666666666667E-2</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>b</t></is></c><c r="B3" t="inlineStr"><is><t>峡窝镇党委</t></is></c><c r="C3" t="inlineStr"><is><t>郑州电视台</t></is></c><c r="D3" t="inlineStr"><is><t>2024-03-05</t></is></c><c r="E3" s="2"><v>3.7499999999999999E-2</v></c></row>' +
        '<row r="4"><c r="A4" t="inlineStr"><is><t>c</t></is></c><c r="B4" t="inlineStr"><is><t>峡窝镇党委</t></is></c><c r="C4" t="inlineStr"><is><t>郑州电视台</t></is></c><c r="D4" t="inlineStr"><is><t>2024-03-05</t></is></c><c r="E4" s="3"><v>4.8611111111111112E-4</v></c></row>',
    });
    expect(grid.slice(1).map((r) => [r[4] instanceof HoursMinutes, (r[4] as HoursMinutes).shown])).toEqual([
      [true, '0:42'],
      [true, '00:54'],
      [false, undefined],
    ]);
    const parsed = parseLedger(grid);
    expect(parsed.rows.map((r) => r.minutes)).toEqual([0.7, 0.9, 0.7]);
    expect(parsed.notices?.find((n) => n.code === 'minutes-as-shown')?.message).toBe(
      '「时长」列第2、3行是时间格式“0:42”，按 0分42秒 读取；如为42分钟请写 42',
    );
  });
});

describe('pictures placed in cells (Excel 365 放置在单元格中)', () => {
  const rd = 'http://schemas.microsoft.com/office/spreadsheetml/2017/richdata';
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
  // As Excel 365 saves a picture placed in a cell: an error cell (#VALUE!) with value metadata vm, bound through
  // metadata.xml's XLRICHVALUE to a rich value whose structure is _localImage (the picture in xl/media). vm 2
  // is a linked data type (股票): a rich value of another structure, which stays the error it shows.
  const richData = {
    'xl/metadata.xml': `${head}<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xlrd="${rd}"><metadataTypes count="1"><metadataType name="XLRICHVALUE" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1"/></metadataTypes><futureMetadata name="XLRICHVALUE" count="3"><bk><extLst><ext uri="{3e2802c4-a4d2-4d8b-9148-e3be6c30e623}"><xlrd:rvb i="0"/></ext></extLst></bk><bk><extLst><ext uri="{3e2802c4-a4d2-4d8b-9148-e3be6c30e623}"><xlrd:rvb i="1"/></ext></extLst></bk><bk><extLst><ext uri="{3e2802c4-a4d2-4d8b-9148-e3be6c30e623}"><xlrd:rvb i="2"/></ext></extLst></bk></futureMetadata><valueMetadata count="3"><bk><rc t="1" v="0"/></bk><bk><rc t="1" v="1"/></bk><bk><rc t="1" v="2"/></bk></valueMetadata></metadata>`,
    'xl/richData/rdrichvalue.xml': `${head}<rvData xmlns="${rd}" count="3"><rv s="0"><v>0</v><v>5</v></rv><rv s="1"><v>MSFT</v><v>0</v></rv><rv s="0"><v>1</v><v>5</v></rv></rvData>`,
    'xl/richData/rdrichvaluestructure.xml': `${head}<rvStructures xmlns="${rd}" count="2"><s t="_localImage"><k n="_rvRel:LocalImageIdentifier" t="i"/><k n="CalcOrigin" t="i"/></s><s t="_linkedEntity"><k n="%EntityId" t="s"/><k n="%IsRefreshable" t="b"/></s></rvStructures>`,
    'xl/richData/rdRichValueTypes.xml': `${head}<rvTypesInfo xmlns="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata2" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><global><keyFlags><key name="_Self"><flag name="ExcludeFromFile" value="1"/><flag name="ExcludeFromCalcComparison" value="1"/></key></keyFlags></global></rvTypesInfo>`,
    'xl/richData/richValueRel.xml': `${head}<richValueRels xmlns="http://schemas.microsoft.com/office/spreadsheetml/2022/richvaluerel" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><rel r:id="rId1"/><rel r:id="rId2"/></richValueRels>`,
    'xl/richData/_rels/richValueRel.xml.rels': `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image2.png"/></Relationships>`,
    'xl/media/image1.png': 'png',
    'xl/media/image2.png': 'png',
  };
  const rels =
    '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/>' +
    '<Relationship Id="rId6" Type="http://schemas.microsoft.com/office/2022/10/relationships/richValueRel" Target="richData/richValueRel.xml"/>' +
    '<Relationship Id="rId7" Type="http://schemas.microsoft.com/office/2017/06/relationships/rdRichValue" Target="richData/rdrichvalue.xml"/>' +
    '<Relationship Id="rId8" Type="http://schemas.microsoft.com/office/2017/06/relationships/rdRichValueStructure" Target="richData/rdrichvaluestructure.xml"/>' +
    '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2017/06/relationships/rdRichValueTypes" Target="richData/rdRichValueTypes.xml"/>';
  const sheet =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>佐证</t></is></c></row>' +
    '<row r="2"><c r="A2" t="e" vm="1"><v>#VALUE!</v></c></row>' +
    '<row r="3"><c r="A3" t="e"><v>#VALUE!</v></c></row>' +
    '<row r="4"><c r="A4" t="e" vm="2"><v>#VALUE!</v></c></row>' +
    '<row r="5"><c r="A5" t="e" vm="3"><v>#VALUE!</v></c></row>';

  it('a picture reads as one (evidence in 佐证), never as #VALUE!; an error without a picture stays one', async () => {
    const grid = await gridOf({ sheet, parts: richData, workbookRels: rels });
    expect(grid).toEqual([['佐证'], [CELL_PICTURE], ['#VALUE!'], ['#VALUE!'], [CELL_PICTURE]]);
    expect(noEvidence(CELL_PICTURE)).toBe(false);
  });

  it('found at the parts’ usual names when the workbook does not relate them', async () => {
    const grid = await gridOf({ sheet, parts: richData });
    expect(grid[1]).toEqual([CELL_PICTURE]);
  });

  it('an error cell with vm but no rich data parts stays the error it shows', async () => {
    expect((await gridOf({ sheet }))[1]).toEqual(['#VALUE!']);
  });
});

describe('damaged sheet XML', () => {
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>关于</t></r></is></c></row>
<row r="2"><c r="A2" s="1"><v>45356</v></c><c r="B2" t="str"><f>A1</f><v>&amp;标题</v></c><c r="C2"><f t="shared" si="0"/></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
  const cut = fc.record({
    at: fc.nat({ max: sheet.length }),
    drop: fc.nat({ max: 20 }),
    insert: fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('<', '>', '"', '<![CDATA[', '<!--', '&#x110000;', 'r="XFD9"'),
    ),
  });

  it('reads to some grid or is refused in Chinese: never a crash, never a hang', async () => {
    await fc.assert(
      fc.asyncProperty(cut, async ({ at, drop, insert }) => {
        const bytes = await excelPackage({
          sharedStrings: '<si><t>标题</t></si>',
          sheet: sheet.slice(0, at) + insert + sheet.slice(at + drop),
        });
        try {
          const grid = new XlsxReader(bytes, '/tmp/坏.xlsx', '台账文件').readValues('稿件台账');
          expect(Array.isArray(grid)).toBe(true);
        } catch (error) {
          expect((error as Error).message).toMatch(/^台账文件(已损坏|有工作表超过)/);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('isDateFormat', () => {
  it('tells date and time formats from number formats, outside quotes, brackets and escapes', () => {
    const dates = [
      'yyyy-mm-dd',
      'yyyy"年"m"月"d"日"',
      '[$-F800]dddd, mmmm dd, yyyy',
      'h:mm',
      '[h]:mm:ss',
      'YYYY/M/D',
    ];
    const numbers = [
      'General',
      '0.00',
      '#,##0"字"',
      '0.00_);[Red]\\(0.00\\)',
      '@',
      '0"天"',
      '#,##0\\ \\k\\m',
    ];
    expect(dates.filter((f) => !isDateFormat(f))).toEqual([]);
    expect(numbers.filter((f) => isDateFormat(f))).toEqual([]);
  });
});
