// The file backend of the workbook port: an exceljs Workbook read into Grids and written from SheetModels.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type ExcelJS from 'exceljs';
import { UNCALCULATED } from '../core/text';
import type { Cell, Grid } from '../core/types';
import type { SheetModel } from '../sheets/model';
import type { WorkbookPort } from '../sheets/port';
import { dateFromExcel } from './excelDate';
import { ValueType, Workbook } from './exceljsParts';
import { addCharts, type PlacedChart } from './xlsxChart';
import { CORE_PROPERTIES, openWriter, safeSheetName, streamModel, textCut } from './xlsxWriter';

export { dateToExcel, pageSetup, pxToChars, safeSheetName } from './xlsxWriter';

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

/** A model's values as the grid a read would give (blank cells as ''). */
function modelGrid(model: SheetModel): Grid {
  return model.values.map((row) => row.map((v) => (v === null || v === undefined ? '' : v)));
}

/** The one row object standing for every row without cells (never written to: grids are read-only). */
const EMPTY_ROW: Cell[] = Object.freeze([]) as unknown as Cell[];

type Tab = { name: string; sheet: ExcelJS.Worksheet } | { name: string; model: SheetModel };

/** A tab read from a file, copied cell by cell into the streaming writer (a workbook opened and saved). */
function copySheet(writer: ExcelJS.stream.xlsx.WorkbookWriter, ws: ExcelJS.Worksheet): void {
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
  const merges = Object.values((ws as unknown as { _merges: Record<string, { model: unknown }> })._merges);
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
  const target = (out as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations;
  for (const [address, v] of Object.entries(validations)) if (v) target.model[address] = v;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const dst = out.getRow(n);
    if (row.height) dst.height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const d = dst.getCell(c);
      // Master cells only: exceljs re-creates merged slaves from mergeCells.
      if (cell.type !== ValueType.Merge) d.value = cell.value;
      if (cell.style && Object.keys(cell.style).length > 0) d.style = cell.style;
    });
    dst.commit();
  });
  out.commit();
}

/**
 * A WorkbookPort over an exceljs Workbook (the tabs of a file opened) plus the tabs written to it, kept as
 * models; `save` streams them all to a file atomically, a written tab never built as an exceljs sheet.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** The tabs in order: those of the file opened, then (or in their place) those written. */
  private readonly tabs: Tab[];

  constructor(readonly workbook: ExcelJS.Workbook = new Workbook()) {
    this.tabs = workbook.worksheets.map((sheet) => ({ name: sheet.name, sheet }));
  }

  /** Charts of the tabs written, added to the package on save. */
  private charts: PlacedChart[] = [];

  static async open(path: string): Promise<XlsxWorkbook> {
    const wb = new Workbook();
    await wb.xlsx.readFile(path);
    return new XlsxWorkbook(wb);
  }

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const wb = new Workbook();
    await wb.xlsx.load(data as ArrayBuffer);
    return new XlsxWorkbook(wb);
  }

  sheetNames(): string[] {
    return this.tabs.map((t) => t.name);
  }

  /**
   * The tab's cells as a grid whose memory follows the cells that exist: each row as long as its last
   * cell, rows without cells share one empty row (a stray cell at XFD1048576 costs one long row, not the
   * used-range box of 17 billion cells).
   */
  readValues(name: string): Grid {
    const tab = this.tabs.find((t) => t.name === name);
    if (!tab) return [];
    if ('model' in tab) return modelGrid(tab.model);
    const ws = tab.sheet;
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

  /** Replace or add a tab; a replaced tab keeps its place. Written to the file by `save`. */
  writeSheet(model: SheetModel): void {
    const name = safeSheetName(model.name);
    const tab: Tab = { name, model: { ...model, name } };
    const at = this.tabs.findIndex((t) => t.name === name);
    if (at >= 0) this.tabs[at] = tab;
    else this.tabs.push(tab);
    // exceljs draws no charts: each is added to the saved package as a native chart part (xlsxChart.ts).
    this.charts = this.charts.filter((c) => c.sheet !== name);
    for (const spec of model.charts ?? []) this.charts.push({ sheet: name, spec });
  }

  /**
   * Show `texts` in a written tab where the model holds what they were read as (a CSV's formula text, read
   * as a formula without its result): the copy shows what the ledger cell held, as text (never a formula:
   * a string cell). Places are 0-based lines and columns of the tab's model.
   */
  showTexts(tab: string, texts: readonly { row: number; col: number; text: string }[]): void {
    const found = this.tabs.find((t) => t.name === tab);
    if (!found || !('model' in found)) return;
    const values = found.model.values;
    for (const { row, col, text } of texts)
      if (values[row] && col < values[row].length) values[row][col] = text;
  }

  /**
   * 待核实's 标题 where it shows what the ledger's 标题 was read as (UNCALCULATED for a CSV's formula text):
   * the text the ledger held, by the row's 行号 (`titles`: sheet row → text). A 待核实 naming 工作表 (several
   * ledger tabs) is not one CSV's and is left as it is.
   */
  showIssueTitles(tab: string, titles: ReadonlyMap<number, string>): void {
    const found = this.tabs.find((t) => t.name === tab);
    if (!found || !('model' in found) || titles.size === 0) return;
    const values = found.model.values;
    const headerAt = values.findIndex((line) => line?.includes('行号') && line.includes('标题'));
    if (headerAt < 0 || values[headerAt].includes('工作表')) return;
    const rowAt = values[headerAt].indexOf('行号');
    const titleAt = values[headerAt].indexOf('标题');
    for (let r = headerAt + 1; r < values.length; r++) {
      const line = values[r];
      const text = typeof line?.[rowAt] === 'number' ? titles.get(line[rowAt] as number) : undefined;
      if (text !== undefined && line[titleAt] === UNCALCULATED) line[titleAt] = text;
    }
  }

  /** Text cells of the written tabs longer than a cell of the file holds: where, and how many characters are cut. */
  cutTexts(): { tab: string; row: number; col: number; cut: number }[] {
    const out: { tab: string; row: number; col: number; cut: number }[] = [];
    for (const tab of this.tabs) {
      if (!('model' in tab)) continue;
      tab.model.values.forEach((line, r) => {
        if (!line) return;
        for (let c = 0; c < line.length; c++) {
          const v = line[c];
          const cut = typeof v === 'string' ? textCut(v) : 0;
          if (cut > 0) out.push({ tab: tab.name, row: r + 1, col: c + 1, cut });
        }
      });
    }
    return out;
  }

  /** Serialise every tab through exceljs's streaming writer, committed row by row. */
  private async streamTo(file: string): Promise<void> {
    const writer = openWriter(file);
    const props = writer as unknown as Record<string, unknown>;
    const source = this.workbook as unknown as Record<string, unknown>;
    for (const key of CORE_PROPERTIES) if (source[key]) props[key] = source[key];
    if (!source.creator) props.creator = 'zugong-ledger';
    for (const tab of this.tabs) {
      if ('model' in tab) await streamModel(writer, tab.model);
      else copySheet(writer, tab.sheet);
    }
    await writer.commit();
  }

  /** Write the workbook to `path` through a temporary file in the same folder, then rename. */
  async save(path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const temp = await this.saveBeside(path);
    try {
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  /**
   * Write the workbook to a temporary file in `path`'s folder (which must exist) and return its name: the
   * caller renames it into place once every output is written. Nothing is left when it fails.
   */
  async saveBeside(path: string): Promise<string> {
    const temp = `${path}.${process.pid}.${randomBytes(3).toString('hex')}.tmp`;
    try {
      await this.streamTo(temp);
      if (this.charts.length > 0) await writeFile(temp, await addCharts(await readFile(temp), this.charts));
      return temp;
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
