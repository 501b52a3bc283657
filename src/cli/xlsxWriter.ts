// The .xlsx writer of the command line: each SheetModel streamed row by row into exceljs' WorkbookWriter,
// never built as an in-memory worksheet first. Each distinct look (font, fill, number format …) is one
// shared style object, which exceljs serialises once; memory follows the rows in flight.
import type ExcelJS from 'exceljs';
import { pushAll } from '../core/arrays';
import { xmlText } from '../core/text';
import { blockA1 } from '../sheets/a1';
import type { Block, CellStyle, SheetModel, SheetValue } from '../sheets/model';
import { ValueType, WorkbookWriter } from './exceljsParts';

/** The most characters an Excel cell holds (Sheets holds 50,000): longer text is cut, and the run says so (textCut). */
export const EXCEL_MAX_TEXT = 32_767;
/**
 * Text that reads as an escape in a cell's string (ECMA-376 Part 1 §22.9.2.19 ST_Xstring: `_xHHHH_` is the
 * character U+HHHH): its leading underscore is written `_x005F_`, as Excel writes it, so the text reads back
 * as typed (our reader, Excel, openpyxl). exceljs writes strings as they are.
 */
const XSTRING_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
/** Rows written between yields to the event loop, so the zip drains what is written (memory stays flat). */
const ROWS_PER_YIELD = 2000;
/** A tab with more cells keeps the default font: its values are data, not a page to read. */
const FONT_CELL_LIMIT = 50_000;

/** The reverse of dateFromExcel: a local Date to the UTC instant exceljs writes as that date. */
export function dateToExcel(d: Date): Date {
  return new Date(
    Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()),
  );
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** How many characters of `text` a cell of the file cannot hold (0 for most): what textForExcel cuts. */
export function textCut(text: string): number {
  if (text.length <= EXCEL_MAX_TEXT) return 0;
  const clean = xmlText(text);
  return clean.length - withinLimit(clean).length;
}

/** Text cut at Excel's limit, between characters, never inside a surrogate pair (half a pair is no character). */
function withinLimit(clean: string): string {
  if (clean.length <= EXCEL_MAX_TEXT) return clean;
  return clean.slice(0, EXCEL_MAX_TEXT - (isHighSurrogate(clean.charCodeAt(EXCEL_MAX_TEXT - 1)) ? 1 : 0));
}

/** Text as a cell of the file holds it: without what XML cannot carry, cut at Excel's limit, `_xHHHH_` escaped. */
function textForExcel(text: string): string {
  const cut = withinLimit(xmlText(text));
  return cut.includes('_x') ? cut.replace(XSTRING_ESCAPE, '_x005F_$1') : cut;
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
  const clean =
    xmlText(name)
      .replace(/[[\]:*?/\\]/g, '-')
      .trim() || 'Sheet';
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

/** Every written cell of a readable tab gets this font: the CJK font every Chinese Windows and WPS has (Calibri has no CJK). */
const BASE_FONT: Partial<ExcelJS.Font> = { name: 'Microsoft YaHei', size: 10 };

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };

/** A model style laid over a cell's style so far (later blocks win, as in Sheets). */
function applyStyle(target: Partial<ExcelJS.Style>, style: CellStyle): void {
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontSize !== undefined ||
    style.fontColor !== undefined
  ) {
    const font: Partial<ExcelJS.Font> = { ...BASE_FONT, ...(target.font ?? {}) };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
    target.font = font;
  }
  if (style.background !== undefined) {
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.background) } };
  }
  if (style.hAlign !== undefined || style.wrap !== undefined) {
    const al: Partial<ExcelJS.Alignment> = { vertical: 'middle', ...(target.alignment ?? {}) };
    if (style.hAlign !== undefined) al.horizontal = style.hAlign;
    if (style.wrap !== undefined) al.wrapText = style.wrap;
    target.alignment = al;
  }
  if (style.border) target.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
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

/** What a cell holds, for its style: nothing, a value, a date, a date with a time of day. */
enum Kind {
  Empty = 0,
  Value = 1,
  Date = 2,
  DateTime = 3,
}

const coversCol = (b: Block, c: number) => c >= b.col && c < b.col + b.cols;

type FormatBlock = { block: Block; format: string };
type StyleBlock = { block: Block; style: CellStyle };

/** The blocks covering one row, and what they give each column (styles made on first use). */
type Plan = {
  formats: FormatBlock[];
  blocks: StyleBlock[];
  /** Per kind of content, per column: the shared style (null: none), undefined until first asked. */
  styles: (Partial<ExcelJS.Style> | null | undefined)[][];
  /** Per column: whether a block covers it (then it is written even when empty). */
  covered: (boolean | undefined)[];
};

/**
 * The styles of one tab's cells, shared. Rows are visited in order; the blocks covering the current row
 * are kept as they start and end (the ledger copy has a block per run of rows with issues: thousands).
 * Rows covered alike (same looks over the same columns) share one plan, and a plan one style object per
 * column and kind of content, so exceljs serialises each look once.
 */
class TabStyles {
  private readonly plans = new Map<string, Plan>();
  private readonly font: boolean;
  /** Blocks by the row they start at; each with its place in the model (later blocks win). */
  private readonly starts = new Map<
    number,
    { order: number; sig: string; entry: FormatBlock | StyleBlock }[]
  >();
  private active: { order: number; sig: string; entry: FormatBlock | StyleBlock }[] = [];
  private key = '';
  private current: Plan | null = null;
  private row = 0;

  constructor(model: SheetModel) {
    this.font = model.values.length * (model.values[0]?.length ?? 0) <= FONT_CELL_LIMIT;
    const looks = new Map<string, number>();
    const look = (text: string) => {
      const id = looks.get(text) ?? looks.size;
      looks.set(text, id);
      return id;
    };
    const add = (order: number, sig: string, entry: FormatBlock | StyleBlock) => {
      if (entry.block.rows < 1 || entry.block.cols < 1) return;
      const list = this.starts.get(entry.block.row) ?? [];
      list.push({ order, sig: `${sig}@${entry.block.col}+${entry.block.cols}`, entry });
      this.starts.set(entry.block.row, list);
    };
    // Number formats are laid first, then styles, each list in model order.
    const formats = model.numberFormats ?? [];
    for (let i = 0; i < formats.length; i++) add(i, `f${look(formats[i].format)}`, formats[i]);
    const styles = model.styles ?? [];
    for (let i = 0; i < styles.length; i++) {
      add(formats.length + i, `s${look(JSON.stringify(styles[i].style))}`, styles[i]);
    }
  }

  /** The plan of row r; rows must be asked for in increasing order. */
  plan(r: number): Plan {
    let changed = false;
    for (let x = this.row + 1; x <= r; x++) {
      const started = this.starts.get(x);
      if (started) {
        pushAll(this.active, started);
        changed = true;
      }
    }
    this.row = r;
    if (this.active.some((a) => a.entry.block.row + a.entry.block.rows <= r)) {
      this.active = this.active.filter((a) => a.entry.block.row + a.entry.block.rows > r);
      changed = true;
    }
    if (changed || !this.current) {
      this.active.sort((a, b) => a.order - b.order);
      this.key = this.active.map((a) => a.sig).join(',');
      let plan = this.plans.get(this.key);
      if (!plan) {
        plan = {
          formats: this.active.filter((a) => 'format' in a.entry).map((a) => a.entry as FormatBlock),
          blocks: this.active.filter((a) => 'style' in a.entry).map((a) => a.entry as StyleBlock),
          styles: [[], [], [], []],
          covered: [],
        };
        this.plans.set(this.key, plan);
      }
      this.current = plan;
    }
    return this.current;
  }

  /** The shared style of a cell in column c of a row with this plan, holding `kind`; null when none. */
  style(plan: Plan, c: number, kind: Kind): Partial<ExcelJS.Style> | null {
    const known = plan.styles[kind][c];
    if (known !== undefined) return known;
    const style: Partial<ExcelJS.Style> = {};
    if (kind !== Kind.Empty && this.font) style.font = BASE_FONT;
    // Number formats first, then a date's own format where none is set, then the style blocks in order.
    for (const f of plan.formats) if (coversCol(f.block, c)) style.numFmt = f.format;
    if (!style.numFmt && kind === Kind.Date) style.numFmt = 'yyyy-mm-dd';
    if (!style.numFmt && kind === Kind.DateTime) style.numFmt = 'yyyy-mm-dd hh:mm';
    for (const s of plan.blocks) if (coversCol(s.block, c)) applyStyle(style, s.style);
    const shared = Object.keys(style).length > 0 ? style : null;
    plan.styles[kind][c] = shared;
    return shared;
  }

  /** Whether a number-format or style block of this plan covers column c. */
  covered(plan: Plan, c: number): boolean {
    let known = plan.covered[c];
    if (known === undefined) {
      known =
        plan.formats.some((f) => coversCol(f.block, c)) || plan.blocks.some((s) => coversCol(s.block, c));
      plan.covered[c] = known;
    }
    return known;
  }
}

function kindOf(v: ExcelJS.CellValue): Kind {
  if (v === null || v === undefined) return Kind.Empty;
  if (v instanceof Date) return v.getUTCHours() || v.getUTCMinutes() ? Kind.DateTime : Kind.Date;
  return Kind.Value;
}

/** The last column any row, formula, block or chart note reaches (1-based). */
function lastColumn(model: SheetModel): number {
  let last = 0;
  for (const row of model.values) if (row.length > last) last = row.length;
  for (const f of model.formulas ?? []) if (f.col > last) last = f.col;
  for (const { block } of [...(model.numberFormats ?? []), ...(model.styles ?? [])]) {
    if (block.col + block.cols - 1 > last) last = block.col + block.cols - 1;
  }
  for (const m of model.merges ?? []) if (m.col + m.cols - 1 > last) last = m.col + m.cols - 1;
  for (const chart of model.charts ?? []) if (chart.anchor.col > last) last = chart.anchor.col;
  return last;
}

function lastRow(model: SheetModel): number {
  let last = model.values.length;
  for (const f of model.formulas ?? []) if (f.row > last) last = f.row;
  for (const { block } of [...(model.numberFormats ?? []), ...(model.styles ?? [])]) {
    if (block.row + block.rows - 1 > last) last = block.row + block.rows - 1;
  }
  for (const m of model.merges ?? []) if (m.row + m.rows - 1 > last) last = m.row + m.rows - 1;
  for (const chart of model.charts ?? []) if (chart.anchor.row > last) last = chart.anchor.row;
  return last;
}

/**
 * Empty styles, one per type of value: exceljs caches a style id per style object, and the id of an
 * empty style depends on the type (a number gets the General format), so the types must not share one.
 */
const PLAIN: Record<string, Partial<ExcelJS.Style>> = { number: {}, string: {}, boolean: {}, object: {} };

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

type DataValidationsModel = { model: Record<string, ExcelJS.DataValidation> };

function addValidations(out: ExcelJS.Worksheet, model: SheetModel): void {
  const target = (out as unknown as { dataValidations: DataValidationsModel }).dataValidations;
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
      if (joined.length <= 255)
        target.model[address] = { ...common, type: 'list', formulae: [`"${joined}"`] };
    } else if (v.kind === 'listRange' && v.sourceSheet && v.sourceA1) {
      target.model[address] = {
        ...common,
        type: 'list',
        formulae: [absoluteRange(v.sourceSheet, v.sourceA1)],
      };
    } else if (v.kind === 'date') {
      target.model[address] = {
        ...common,
        type: 'date',
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(1900, 0, 1))],
      };
    } else if (v.kind === 'number') {
      target.model[address] = {
        ...common,
        type: 'decimal',
        operator: 'between',
        formulae: [-1e9, 1e9],
      };
    }
  }
}

/** One SheetModel as a worksheet of the streaming writer, committed row by row. */
export async function streamModel(
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
  model: SheetModel,
  options: { exceljsRows?: boolean } = {},
): Promise<void> {
  const out = writer.addWorksheet(safeSheetName(model.name), {
    views: [
      model.frozenRows || model.frozenCols
        ? { state: 'frozen', xSplit: model.frozenCols ?? 0, ySplit: model.frozenRows ?? 0 }
        : { state: 'normal' },
    ],
    properties: model.tabColor ? { tabColor: { argb: argb(model.tabColor) } } : {},
    pageSetup: pageSetup(model),
    headerFooter: PAGE_FOOTER,
  });
  const widths = model.columnWidths ?? [];
  if (widths.some((px) => px > 0))
    out.columns = widths.map((px) => ({ width: px > 0 ? pxToChars(px) : undefined }));

  // Merged areas: the master keeps its value and lends its style to the rest, whose values are dropped.
  const merges = (model.merges ?? []).filter((m) => m.rows > 1 || m.cols > 1);
  const slaveOf = new Map<number, number>(); // r * 65536 + c → master's key
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++)
        if (r !== m.row || c !== m.col) slaveOf.set(r * 65536 + c, m.row * 65536 + m.col);
  }
  const masterStyle = new Map<number, Partial<ExcelJS.Style> | null>();
  for (const m of merges) masterStyle.set(m.row * 65536 + m.col, null);
  const formulaAt = new Map<number, string>();
  for (const f of model.formulas ?? []) formulaAt.set(f.row * 65536 + f.col, f.formula.replace(/^=/, ''));
  const styles = new TabStyles(model);
  const rows = lastRow(model);
  const cols = lastColumn(model);
  // Merges whose other cells are blank (the ledger copy's header) need no cell of exceljs' own: the
  // direct rows are written and the merges listed in <mergeCells> (WorksheetWriter._writeMergeCells).
  if (formulaAt.size === 0 && !options.exceljsRows && merges.every((m) => othersBlank(model, m))) {
    await writeRowsDirect(writer, out, model, styles, rows, cols);
    const listed = (out as unknown as { _merges: { toString(): string }[] })._merges;
    for (const m of merges) listed.push({ toString: () => blockA1(m) });
    finishSheet(out, model);
    return;
  }
  // Before any row is committed (exceljs marks the merged cells in the rows it still holds).
  for (const m of merges) out.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  const special = slaveOf.size + masterStyle.size + formulaAt.size > 0;
  for (let r = 1; r <= rows; r++) {
    const src = model.values[r - 1] ?? [];
    const plan = styles.plan(r);
    let row: ExcelJS.Row | null = null;
    for (let c = 1; c <= cols; c++) {
      let value: ExcelJS.CellValue = valueForExcel(src[c - 1]);
      const kind = kindOf(value);
      let style = kind !== Kind.Empty || styles.covered(plan, c) ? styles.style(plan, c, kind) : null;
      if (special) {
        const key = r * 65536 + c;
        const master = slaveOf.get(key);
        if (master !== undefined) {
          value = null;
          style = masterStyle.get(master) ?? null;
        } else {
          const formula = formulaAt.get(key);
          if (formula !== undefined) value = { formula } as ExcelJS.CellFormulaValue;
          // The rest of a merged area takes the master's style as the blocks left it.
          if (masterStyle.has(key)) masterStyle.set(key, style);
        }
      }
      if (value === null && !style) continue;
      row ??= out.getRow(r);
      const cell = row.getCell(c);
      if (value !== null) cell.value = value;
      // An unstyled cell still gets a shared (empty) style: exceljs would otherwise work one out per cell.
      if (style) cell.style = style;
      else if (value !== null) cell.style = PLAIN[typeof value] ?? {};
    }
    const ht = model.rowHeights?.[r];
    if (ht) {
      row ??= out.getRow(r);
      row.height = ht;
    }
    if (row) (row as ExcelJS.Row).commit();
    if (r % ROWS_PER_YIELD === 0) await tick();
  }
  finishSheet(out, model);
}

/** True when every cell of merge `m` but its first is empty in the model. */
function othersBlank(model: SheetModel, m: Block): boolean {
  for (let r = m.row; r < m.row + m.rows; r++)
    for (let c = m.col; c < m.col + m.cols; c++) {
      const v = model.values[r - 1]?.[c - 1];
      if ((r !== m.row || c !== m.col) && v !== null && v !== undefined && v !== '') return false;
    }
  return true;
}

/** Validations, page breaks, and the sheet's closing parts. */
function finishSheet(out: ExcelJS.Worksheet, model: SheetModel): void {
  addValidations(out, model);
  // A break is stored on the row it follows (exceljs' Row.addPageBreak, once the row is written).
  const breaks = (out as unknown as { rowBreaks: { id: number; max: number; man: number }[] }).rowBreaks;
  for (const row of model.print?.breaksBefore ?? []) {
    if (row > 1 && row <= model.values.length) breaks.push({ id: row - 1, max: 16838, man: 1 });
  }
  out.commit();
}

/** What of exceljs' streaming writer the direct rows use (exceljs 4.4: lib/stream/xlsx/*-writer.js). */
interface WriterParts {
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number };
  sharedStrings: { add(text: string): number; _totalRefs: number };
}
interface SheetParts {
  stream: { write(xml: string): unknown };
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
}

/** Column letters: 1 → A, 27 → AA. */
function columnName(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The rows of a tab without merges, formulas or chart notes, written as sheet XML directly: the XML
 * exceljs' Row and Cell objects would render (RowXform, CellXform: same attributes, same order, same
 * shared strings and style ids; a test holds the two byte for byte), without building those objects
 * for each of the ledger copy's 2.5 million cells.
 */
async function writeRowsDirect(
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
  out: ExcelJS.Worksheet,
  model: SheetModel,
  styles: TabStyles,
  rows: number,
  cols: number,
): Promise<void> {
  const parts = writer as unknown as WriterParts;
  const sheet = out as unknown as SheetParts;
  sheet._writeColumns();
  sheet._writeOpenSheetData();
  sheet.startedData = true;
  const letters = Array.from({ length: cols + 1 }, (_, c) => (c === 0 ? '' : columnName(c)));
  // Style ids by style object and type of value (exceljs' own cache is by object alone).
  const ids = new Map<ExcelJS.ValueType, Map<Partial<ExcelJS.Style>, number>>();
  const styleId = (style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType) => {
    const byStyle = ids.get(type) ?? new Map<Partial<ExcelJS.Style>, number>();
    ids.set(type, byStyle);
    let id = byStyle.get(style);
    if (id === undefined) {
      id = parts.styles.addStyleModel(style, type);
      byStyle.set(style, id);
    }
    return id;
  };
  // Shared-string indexes looked up in a Map first: exceljs keys its own by a dictionary object, a
  // slow lookup for the ledger copy's 2.5 million cells. Same indexes, same reference count.
  const strings = parts.sharedStrings;
  const stringIds = new Map<string, number>();
  const stringId = (text: string): number => {
    let id = stringIds.get(text);
    if (id === undefined) {
      id = strings.add(text);
      stringIds.set(text, id);
    } else strings._totalRefs++;
    return id;
  };
  let chunk = '';
  for (let r = 1; r <= rows; r++) {
    const src = model.values[r - 1] ?? [];
    const plan = styles.plan(r);
    let cells = '';
    let min = 0;
    let max = 0;
    let hasValue = false;
    for (let c = 1; c <= cols; c++) {
      const value = valueForExcel(src[c - 1]);
      const kind = kindOf(value);
      const style = kind !== Kind.Empty || styles.covered(plan, c) ? styles.style(plan, c, kind) : null;
      if (value === null && !style) continue;
      if (!min) min = c;
      max = c;
      const address = `${letters[c]}${r}`;
      if (value === null) {
        const id = styleId(style!, ValueType.Null);
        if (id) cells += `<c r="${address}" s="${id}"/>`;
        continue;
      }
      hasValue = true;
      if (typeof value === 'number') {
        const id = styleId(style ?? PLAIN.number, ValueType.Number);
        cells += `<c r="${address}"${id ? ` s="${id}"` : ''}><v>${value}</v></c>`;
      } else if (typeof value === 'string') {
        const id = styleId(style ?? PLAIN.string, ValueType.String);
        cells += `<c r="${address}"${id ? ` s="${id}"` : ''} t="s"><v>${stringId(value)}</v></c>`;
      } else if (typeof value === 'boolean') {
        const id = styleId(style ?? PLAIN.boolean, ValueType.Boolean);
        cells += `<c r="${address}"${id ? ` s="${id}"` : ''} t="b"><v>${value ? '1' : '0'}</v></c>`;
      } else if (value instanceof Date) {
        // exceljs' utils.dateToExcel: days since 1899-12-30 (the 1900 date system).
        const id = styleId(style ?? PLAIN.object, ValueType.Date);
        cells += `<c r="${address}"${id ? ` s="${id}"` : ''}><v>${25569 + value.getTime() / (24 * 3600 * 1000)}</v></c>`;
      }
    }
    // exceljs writes a row only when a cell of it holds a value (WorksheetWriter._writeRow: hasValues).
    // exceljs' RowXform order: r, spans, ht, customHeight, x14ac:dyDescent.
    const ht = model.rowHeights?.[r];
    const height = ht ? ` ht="${ht}" customHeight="1"` : '';
    if (hasValue)
      chunk += `<row r="${r}" spans="${min}:${max}"${height} x14ac:dyDescent="0.25">${cells}</row>`;
    if (chunk.length > 1 << 16) {
      sheet.stream.write(chunk);
      chunk = '';
    }
    if (r % ROWS_PER_YIELD === 0) await tick();
  }
  if (chunk) sheet.stream.write(chunk);
}

/** Core properties copied from a workbook onto the writer (creator, keywords, dates …). */
export const CORE_PROPERTIES = [
  'creator',
  'lastModifiedBy',
  'created',
  'modified',
  'title',
  'subject',
  'keywords',
  'category',
  'description',
  'company',
  'manager',
] as const;

/** A streaming writer to `file`: shared strings, styles, fast zip (the ledger copy is most of the bytes). */
export function openWriter(file: string): ExcelJS.stream.xlsx.WorkbookWriter {
  return new WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 1 } },
  } as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions);
}
