// The file backend of the workbook port: an exceljs Workbook read into Grids and written from SheetModels.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { UNCALCULATED } from '../core/text';
import type { Cell, Grid } from '../core/types';
import { blockA1 } from '../sheets/a1';
import type { Block, CellStyle, SheetModel, SheetValue } from '../sheets/model';
import type { WorkbookPort } from '../sheets/port';
import { addCharts, type PlacedChart } from './xlsxChart';

const EXCEL_MAX_TEXT = 32_767;
// Characters XML 1.0 cannot carry: a file holding them does not open in Excel.
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * exceljs hands dates over as UTC instants whose UTC fields are the calendar date and time shown in the
 * cell. The core reads a Date by its local fields (as Sheets hands them), so move the fields across.
 * Serial-number round-off (…59.999) is removed by rounding to the second.
 */
export function dateFromExcel(d: Date): Date {
  const t = Math.round(d.getTime() / 1000) * 1000;
  const u = new Date(t);
  return new Date(
    u.getUTCFullYear(),
    u.getUTCMonth(),
    u.getUTCDate(),
    u.getUTCHours(),
    u.getUTCMinutes(),
    u.getUTCSeconds(),
  );
}

/** The reverse of dateFromExcel: a local Date to the UTC instant exceljs writes as that date. */
export function dateToExcel(d: Date): Date {
  return new Date(
    Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()),
  );
}

/** One exceljs cell value as the core's Cell: rich text joined, formula results, hyperlink text, errors as text. */
export function cellFromExcel(value: unknown): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateFromExcel(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: unknown }[])
        .map((r) => (typeof r.text === 'string' ? r.text : ''))
        .join('');
    }
    if ('formula' in v || 'sharedFormula' in v) {
      // Saved without its result (never recalculated): said as such, never read as a blank.
      return v.result === undefined || v.result === null ? UNCALCULATED : cellFromExcel(v.result);
    }
    if ('hyperlink' in v || 'text' in v) return cellFromExcel(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

function textForExcel(text: string): string {
  const clean = text.replace(XML_INVALID, '');
  return clean.length > EXCEL_MAX_TEXT ? clean.slice(0, EXCEL_MAX_TEXT) : clean;
}

function valueForExcel(value: SheetValue | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : textForExcel(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToExcel(value);
  return textForExcel(String(value));
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
export function safeSheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, '-').trim() || 'Sheet';
  return clean.slice(0, 31);
}

function argb(hex: string): string {
  const h = hex.replace('#', '');
  return `FF${(h.length === 3 ? h.replace(/(.)/g, '$1$1') : h).toUpperCase()}`;
}

/** Pixels (Sheets' unit) to Excel character widths. */
export function pxToChars(px: number): number {
  return Math.max(2, Math.round(((px - 5) / 7) * 10) / 10);
}

/** 'A2:A' (open-ended, as Sheets writes it) → an absolute Excel range. */
function absoluteRange(sheet: string, ref: string): string {
  const parts = ref.split(':').map((p) => {
    const m = /^([A-Za-z]+)(\d*)$/.exec(p.trim());
    if (!m) return p;
    return `$${m[1].toUpperCase()}$${m[2] || '1048576'}`;
  });
  return `'${sheet.replace(/'/g, "''")}'!${parts.join(':')}`;
}

function eachCell(ws: ExcelJS.Worksheet, block: Block, fn: (cell: ExcelJS.Cell) => void): void {
  for (let r = block.row; r < block.row + block.rows; r++) {
    const row = ws.getRow(r);
    for (let c = block.col; c < block.col + block.cols; c++) fn(row.getCell(c));
  }
}

/** Every written cell gets this font: the CJK font every Chinese Windows and WPS has (Calibri has no CJK). */
const BASE_FONT: Partial<ExcelJS.Font> = { name: 'Microsoft YaHei', size: 10 };

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontSize !== undefined ||
    style.fontColor !== undefined
  ) {
    const font: Partial<ExcelJS.Font> = { ...BASE_FONT, ...(cell.font ?? {}) };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
    cell.font = font;
  }
  if (style.background !== undefined) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.background) } };
  }
  if (style.hAlign !== undefined || style.wrap !== undefined) {
    const al: Partial<ExcelJS.Alignment> = { vertical: 'middle', ...(cell.alignment ?? {}) };
    if (style.hAlign !== undefined) al.horizontal = style.hAlign;
    if (style.wrap !== undefined) al.wrapText = style.wrap;
    cell.alignment = al;
  }
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** Printed pages carry their number, centred at the foot. */
const PAGE_FOOTER: Partial<ExcelJS.HeaderFooter> = { oddFooter: '&C第 &P 页，共 &N 页' };

/** A4 print layout from the model's print settings (landscape and one page wide unless told otherwise). */
export function pageSetup(model: SheetModel): Partial<ExcelJS.PageSetup> {
  const print = model.print ?? {};
  // Without a choice, narrow tabs fit one page wide; a tab as wide as the ledger would print unreadably small.
  const fit = print.fitToWidth ?? (model.columnWidths ?? []).reduce((a, w) => a + w, 0) <= 1800;
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9, // A4
    orientation: print.landscape === false ? 'portrait' : 'landscape',
    fitToPage: fit,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  const repeat = Math.floor(print.repeatRows ?? 0);
  if (repeat > 0 && repeat <= model.values.length) setup.printTitlesRow = `1:${repeat}`;
  return setup;
}

/** The one row object standing for every row without cells (never written to: grids are read-only). */
const EMPTY_ROW: Cell[] = Object.freeze([]) as unknown as Cell[];

/** A WorkbookPort over one exceljs Workbook, in memory; `save` writes it to a file atomically. */
export class XlsxWorkbook implements WorkbookPort {
  /** Charts of the tabs written, added to the package on save. */
  private charts: PlacedChart[] = [];

  constructor(readonly workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {}

  static async open(path: string): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new XlsxWorkbook(wb);
  }

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as ArrayBuffer);
    return new XlsxWorkbook(wb);
  }

  sheetNames(): string[] {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  /**
   * The tab's cells as a grid whose memory follows the cells that exist: each row as long as its last
   * cell, rows without cells share one empty row (a stray cell at XFD1048576 costs one long row, not the
   * used-range box of 17 billion cells).
   */
  readValues(name: string): Grid {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) return [];
    const sparse = ws.getSheetValues() as unknown[][];
    const grid: Grid = [];
    let last = 0; // rows up to the last one holding a non-blank cell
    for (let r = 1; r < sparse.length; r++) {
      const src = sparse[r];
      if (!src) {
        grid.push(EMPTY_ROW);
        continue;
      }
      const out: Cell[] = [];
      let used = 0;
      for (let c = 1; c < src.length; c++) {
        if (src[c] === undefined) continue;
        const v = cellFromExcel(src[c]);
        if (v === '') continue;
        while (out.length < c - 1) out.push('');
        out.push(v);
        used = c;
      }
      grid.push(used > 0 ? out : EMPTY_ROW);
      if (used > 0) last = r;
    }
    grid.length = last;
    return grid;
  }

  writeSheet(model: SheetModel): void {
    const wb = this.workbook;
    const name = safeSheetName(model.name);
    const existing = wb.getWorksheet(name);
    const orderNo = existing ? (existing as unknown as { orderNo: number }).orderNo : undefined;
    // Built whole, then swapped in under the name: the old tab stays until the new one is complete.
    const temp = `~${randomBytes(4).toString('hex')}`;
    const ws = wb.addWorksheet(temp, {
      views: [
        model.frozenRows || model.frozenCols
          ? { state: 'frozen', xSplit: model.frozenCols ?? 0, ySplit: model.frozenRows ?? 0 }
          : { state: 'normal' },
      ],
      properties: model.tabColor ? { tabColor: { argb: argb(model.tabColor) } } : {},
      pageSetup: pageSetup(model),
      headerFooter: PAGE_FOOTER,
    });
    try {
      this.fill(ws, model);
    } catch (error) {
      wb.removeWorksheet(ws.id);
      throw error;
    }
    if (existing) wb.removeWorksheet(existing.id);
    ws.name = name;
    // exceljs draws no charts: each is added to the saved package as a native chart part (xlsxChart.ts).
    this.charts = this.charts.filter((c) => c.sheet !== name);
    for (const spec of model.charts ?? []) this.charts.push({ sheet: name, spec });
    if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  }

  private fill(ws: ExcelJS.Worksheet, model: SheetModel): void {
    const dateCells: ExcelJS.Cell[] = [];
    // A styled cell costs exceljs a style lookup on save: big tabs (the ledger copy) keep the default font.
    const font = model.values.length * (model.values[0]?.length ?? 0) <= 50_000 ? BASE_FONT : null;
    for (let r = 0; r < model.values.length; r++) {
      const src = model.values[r];
      const row = ws.getRow(r + 1);
      for (let c = 0; c < src.length; c++) {
        const v = valueForExcel(src[c]);
        if (v === null) continue;
        const cell = row.getCell(c + 1);
        cell.value = v;
        if (font) cell.font = font;
        if (v instanceof Date) dateCells.push(cell);
      }
    }
    for (const f of model.formulas ?? []) {
      ws.getCell(f.row, f.col).value = { formula: f.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
    }
    (model.columnWidths ?? []).forEach((px, i) => {
      if (px > 0) ws.getColumn(i + 1).width = pxToChars(px);
    });
    for (const { block, format } of model.numberFormats ?? []) {
      eachCell(ws, block, (cell) => {
        cell.numFmt = format;
      });
    }
    for (const cell of dateCells) {
      if (!cell.numFmt) {
        const d = cell.value as Date;
        cell.numFmt = d.getUTCHours() || d.getUTCMinutes() ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd';
      }
    }
    for (const { block, style } of model.styles ?? []) eachCell(ws, block, (cell) => applyStyle(cell, style));
    for (const m of model.merges ?? []) {
      if (m.rows > 1 || m.cols > 1) ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
    }
    const dv = (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } })
      .dataValidations;
    for (const v of model.validations ?? []) {
      const strict = !v.allowInvalid;
      const common = {
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: strict ? 'stop' : 'warning',
        showInputMessage: Boolean(v.helpText),
        prompt: v.helpText,
      } as const;
      const address = blockA1(v.block);
      if (v.kind === 'list' && v.values) {
        const joined = v.values.map((s) => s.replace(/"/g, '""')).join(',');
        if (joined.length <= 255) dv.add(address, { ...common, type: 'list', formulae: [`"${joined}"`] });
      } else if (v.kind === 'listRange' && v.sourceSheet && v.sourceA1) {
        dv.add(address, { ...common, type: 'list', formulae: [absoluteRange(v.sourceSheet, v.sourceA1)] });
      } else if (v.kind === 'date') {
        dv.add(address, {
          ...common,
          type: 'date',
          operator: 'greaterThan',
          formulae: [new Date(Date.UTC(1900, 0, 1))],
        });
      } else if (v.kind === 'number') {
        dv.add(address, { ...common, type: 'decimal', operator: 'between', formulae: [-1e9, 1e9] });
      }
    }
    for (const row of model.print?.breaksBefore ?? []) {
      // A break is stored on the row it follows.
      if (row > 1 && row <= model.values.length) ws.getRow(row - 1).addPageBreak();
    }
  }

  /**
   * Serialise through exceljs's streaming writer, one committed row at a time: the in-memory writer
   * builds each sheet's whole XML as one string (100,000 ledger rows: gigabytes and mostly GC).
   */
  private async streamTo(file: string): Promise<void> {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useStyles: true,
      useSharedStrings: true,
      zip: { zlib: { level: 1 } },
    } as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions);
    writer.creator = this.workbook.creator ?? 'zugong-ledger';
    // The report marker (outputs.ts) rides in the core properties' keywords.
    if (this.workbook.keywords) (writer as unknown as { keywords: string }).keywords = this.workbook.keywords;
    if (this.workbook.created) writer.created = this.workbook.created;
    if (this.workbook.modified) writer.modified = this.workbook.modified;
    for (const ws of this.workbook.worksheets) {
      const out = writer.addWorksheet(ws.name, {
        views: ws.views,
        properties: ws.properties,
        pageSetup: ws.pageSetup,
        headerFooter: ws.headerFooter,
      });
      (out as unknown as { rowBreaks: unknown[] }).rowBreaks = (
        ws as unknown as { rowBreaks: unknown[] }
      ).rowBreaks;
      const columns = (ws.columns ?? []).map((c) => ({ width: c.width }));
      if (columns.length > 0) out.columns = columns;
      const merges = Object.values(
        (ws as unknown as { _merges: Record<string, { model: unknown }> })._merges,
      );
      for (const m of merges) {
        const { top, left, bottom, right } = m.model as {
          top: number;
          left: number;
          bottom: number;
          right: number;
        };
        out.mergeCells(top, left, bottom, right);
      }
      const validations = (
        ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
      ).dataValidations.model;
      const target = (
        out as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
      ).dataValidations;
      for (const [address, v] of Object.entries(validations)) if (v) target.model[address] = v;
      ws.eachRow({ includeEmpty: false }, (row, n) => {
        const dst = out.getRow(n);
        if (row.height) dst.height = row.height;
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const d = dst.getCell(c);
          // Master cells only: exceljs re-creates merged slaves from mergeCells.
          if (cell.type !== ExcelJS.ValueType.Merge) d.value = cell.value;
          if (cell.style && Object.keys(cell.style).length > 0) d.style = cell.style;
        });
        dst.commit();
      });
      out.commit();
    }
    await writer.commit();
  }

  /** Write the workbook to `path` through a temporary file in the same folder, then rename. */
  async save(path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.${randomBytes(3).toString('hex')}.tmp`;
    try {
      await this.streamTo(temp);
      if (this.charts.length > 0) await writeFile(temp, await addCharts(await readFile(temp), this.charts));
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
