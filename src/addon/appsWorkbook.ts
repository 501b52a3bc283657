// The WorkbookPort over SpreadsheetApp. Every SpreadsheetApp call is a round trip, so a tab is read
// with one getValues and written with one setValues; formats, validations and charts cost a few calls
// per style block, never per row. A replaced tab is built aside and swapped in, so a failure half-way
// leaves the previous tab as it was.
// Decisions:
// - Dates are read in the spreadsheet's own time zone (runtime/zone.ts).
// - insertSheet makes the new tab the active one: the user is put back on the tab they were on.
// - A generated tab is trimmed to what it holds (a new tab has 1000 × 26 cells; a spreadsheet may hold
//   10 million, https://support.google.com/drive/answer/37603).

import { pushAll } from '../core/arrays';
import { UserError } from '../core/errors';
import { xmlText } from '../core/text';
import type { Grid } from '../core/types';
import { blockA1 } from '../sheets/a1';
import type { Block, CellStyle, SheetModel, SheetValue, Validation } from '../sheets/model';
import { HEADER_FORMULA_ROWS, type WorkbookPort } from '../sheets/port';
import { ISSUES_TAB } from '../sheets/tabs';
import { sheetsWouldParse } from '../sheets/typedInput';
import { keepOfficeWork } from './issuesOfficeWork';
import { mergesOf } from './mergedRanges';
import { GENERATED_KEY, marked, ownedName, writtenBefore } from './ownTabs';
import { messageOf } from './runtime/respond';
import { datesInZone, spreadsheetZone } from './runtime/zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export { GENERATED_KEY };

/** Sheets limits a tab name to 100 characters. */
const MAX_NAME = 100;

/** The name a replacement tab is built under before it is swapped in. */
export function tempName(name: string): string {
  return `~${name}`.slice(0, MAX_NAME);
}

/** Where the previous tab waits while the new one takes its name. */
export function retiredName(name: string): string {
  return `~旧 ${name}`.slice(0, MAX_NAME);
}

/** True when Sheets would not keep the string as typed (see src/sheets/typedInput.ts). */
export const needsApostrophe = sheetsWouldParse;

/**
 * A model value as setValues should receive it: user text is always text, never a formula, and without the
 * characters no .xlsx may carry (text.ts xmlText), as the CLI's writer puts it: a 标题 copied from the ledger
 * into 待核实 with a control character reads the same in both.
 */
export function sheetValue(value: SheetValue | undefined): string | number | boolean | Date {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    const text = xmlText(value);
    return needsApostrophe(text) ? `'${text}` : text;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return value;
}

/** The grid setValues writes: values as text-safe cells, formulas (written on purpose) in place. */
export function valueGrid(model: SheetModel): (string | number | boolean | Date)[][] {
  let rows = model.values.length;
  let cols = 0;
  for (const row of model.values) cols = Math.max(cols, row.length);
  for (const f of model.formulas ?? []) {
    rows = Math.max(rows, f.row);
    cols = Math.max(cols, f.col);
  }
  const grid: (string | number | boolean | Date)[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = model.values[r] ?? [];
    const row: (string | number | boolean | Date)[] = new Array(cols);
    for (let c = 0; c < cols; c++) row[c] = sheetValue(src[c]);
    grid.push(row);
  }
  // setValues treats a string starting with = as a formula (the same as setFormulas), so the formulas
  // ride along in the one write instead of costing a call per block.
  for (const f of model.formulas ?? []) {
    grid[f.row - 1][f.col - 1] = f.formula.startsWith('=') ? f.formula : `=${f.formula}`;
  }
  return grid;
}

function blockEnd(b: Block): { row: number; col: number } {
  return { row: b.row + b.rows - 1, col: b.col + b.cols - 1 };
}

interface Size {
  rows: number;
  cols: number;
}

/** Rows and columns the model needs, so the tab can be grown in one call each. */
function extent(model: SheetModel, grid: unknown[][]): Size {
  let rows = grid.length;
  let cols = grid[0]?.length ?? 0;
  const blocks: Block[] = [
    ...(model.numberFormats ?? []).map((n) => n.block),
    ...(model.styles ?? []).map((s) => s.block),
    ...(model.merges ?? []),
    ...(model.validations ?? []).map((v) => v.block),
    ...(model.charts ?? []).map((c) => c.data),
  ];
  for (const b of blocks) {
    const end = blockEnd(b);
    rows = Math.max(rows, end.row);
    cols = Math.max(cols, end.col);
  }
  // Sheets refuses to freeze every row or column of a tab ("You can't freeze all visible rows on the
  // sheet"), and to delete all rows below a frozen header: a row and a column beyond them are kept.
  cols = Math.max(cols, model.columnWidths?.length ?? 0, model.frozenCols ? model.frozenCols + 1 : 0);
  rows = Math.max(rows, model.frozenRows ? model.frozenRows + 1 : 0);
  return { rows: Math.max(rows, 1), cols: Math.max(cols, 1) };
}

type StyleProp = keyof CellStyle;

/** Apply one style property to a RangeList of blocks in one call. */
function applyStyle(list: GoogleAppsScript.Spreadsheet.RangeList, prop: StyleProp, value: unknown): void {
  switch (prop) {
    case 'bold':
      list.setFontWeight(value ? 'bold' : 'normal');
      break;
    case 'italic':
      list.setFontStyle(value ? 'italic' : 'normal');
      break;
    case 'fontSize':
      list.setFontSize(value as number);
      break;
    case 'fontColor':
      list.setFontColor(value as string);
      break;
    case 'background':
      list.setBackground(value as string);
      break;
    case 'hAlign':
      list.setHorizontalAlignment(value as 'left' | 'center' | 'right');
      break;
    case 'wrap':
      list.setWrap(Boolean(value));
      break;
    case 'border':
      list.setBorder(
        Boolean(value),
        Boolean(value),
        Boolean(value),
        Boolean(value),
        Boolean(value),
        Boolean(value),
      );
      break;
  }
}

/** Group blocks by key so each distinct format or style value costs one RangeList call. */
function groupBlocks<T>(items: { block: Block; key: string; value: T }[]): { value: T; a1s: string[] }[] {
  const groups = new Map<string, { value: T; a1s: string[] }>();
  for (const item of items) {
    let g = groups.get(item.key);
    if (!g) {
      g = { value: item.value, a1s: [] };
      groups.set(item.key, g);
    }
    g.a1s.push(blockA1(item.block));
  }
  return [...groups.values()];
}

function buildValidation(ss: Spreadsheet, v: Validation): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = SpreadsheetApp.newDataValidation();
  switch (v.kind) {
    case 'list':
      if (!v.values || v.values.length === 0) return null;
      builder.requireValueInList(v.values, true);
      break;
    case 'listRange': {
      const source = v.sourceSheet ? ss.getSheetByName(v.sourceSheet) : null;
      if (!source || !v.sourceA1) return null;
      // A list tab trimmed to its header (单位 with one row) has no row 2 for A2:A: one empty row is added.
      const first = Number(/^[A-Z]+(\d+)/i.exec(v.sourceA1)?.[1] ?? 1);
      if (source.getMaxRows() < first)
        source.insertRowsAfter(source.getMaxRows(), first - source.getMaxRows());
      builder.requireValueInRange(source.getRange(v.sourceA1), true);
      break;
    }
    case 'date':
      builder.requireDate();
      break;
    case 'number':
      builder.requireNumberGreaterThanOrEqualTo(0);
      break;
  }
  builder.setAllowInvalid(v.allowInvalid ?? false);
  if (v.helpText) builder.setHelpText(v.helpText);
  return builder.build();
}

/** Set data validations, one call per rule (rules are few: one per validated column). */
export function applyValidations(ss: Spreadsheet, sheet: Sheet, validations: Validation[]): void {
  for (const v of validations) {
    const rule = buildValidation(ss, v);
    if (rule) sheet.getRange(v.block.row, v.block.col, v.block.rows, v.block.cols).setDataValidation(rule);
  }
}

/** Column widths, one call per run of equal widths. */
export function applyColumnWidths(sheet: Sheet, widths: number[], firstCol = 1): void {
  let start = 0;
  while (start < widths.length) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    if (widths[start] > 0) sheet.setColumnWidths(firstCol + start, end - start + 1, widths[start]);
    start = end + 1;
  }
}

/**
 * Write a model into a tab that is empty (just inserted): values and formulas with one setValues, then
 * formats and styles by RangeList, frozen panes, widths, merges, validations and charts. Returns the
 * rows and columns the model uses.
 */
export function writeModelInto(ss: Spreadsheet, sheet: Sheet, model: SheetModel): { need: Size; has: Size } {
  const grid = valueGrid(model);
  const need = extent(model, grid);
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (need.rows > maxRows) sheet.insertRowsAfter(maxRows, need.rows - maxRows);
  if (need.cols > maxCols) sheet.insertColumnsAfter(maxCols, need.cols - maxCols);
  const has = { rows: Math.max(maxRows, need.rows), cols: Math.max(maxCols, need.cols) };

  if (grid.length > 0 && grid[0].length > 0)
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);

  // One RangeList per distinct list of blocks, whatever number of formats and styles it takes.
  const lists = new Map<string, GoogleAppsScript.Spreadsheet.RangeList>();
  const rangeList = (a1s: string[]) => {
    const key = a1s.join(',');
    let list = lists.get(key);
    if (list === undefined) {
      list = sheet.getRangeList(a1s);
      lists.set(key, list);
    }
    return list;
  };
  for (const g of groupBlocks(
    (model.numberFormats ?? []).map((n) => ({ block: n.block, key: n.format, value: n.format })),
  )) {
    rangeList(g.a1s).setNumberFormat(g.value);
  }

  const styleItems: { block: Block; key: string; value: [StyleProp, unknown] }[] = [];
  for (const s of model.styles ?? []) {
    for (const [prop, value] of Object.entries(s.style) as [StyleProp, unknown][]) {
      if (value === undefined) continue;
      styleItems.push({ block: s.block, key: `${prop}=${String(value)}`, value: [prop, value] });
    }
  }
  for (const g of groupBlocks(styleItems)) applyStyle(rangeList(g.a1s), g.value[0], g.value[1]);

  if (model.frozenRows) sheet.setFrozenRows(model.frozenRows);
  if (model.frozenCols) sheet.setFrozenColumns(model.frozenCols);
  if (model.columnWidths) applyColumnWidths(sheet, model.columnWidths);
  for (const m of model.merges ?? []) {
    if (m.rows * m.cols > 1) sheet.getRange(m.row, m.col, m.rows, m.cols).merge();
  }
  if (model.validations) applyValidations(ss, sheet, model.validations);
  for (const chart of model.charts ?? []) {
    const base = sheet.newChart();
    const typed =
      chart.kind === 'line'
        ? base.asLineChart()
        : chart.kind === 'bar'
          ? base.asBarChart()
          : base.asColumnChart();
    typed
      .addRange(sheet.getRange(chart.data.row, chart.data.col, chart.data.rows, chart.data.cols))
      .setPosition(chart.anchor.row, chart.anchor.col, 0, 0)
      .setOption('title', chart.title)
      .setOption('width', chart.width ?? 640)
      .setOption('height', chart.height ?? 320);
    sheet.insertChart(typed.build());
  }
  if (model.tabColor) sheet.setTabColor(model.tabColor);
  return { need, has };
}

/**
 * Give the new tab the sheet protection the old one had (who may edit, or warning only). As Google's
 * sample does, the running user is added before the others are removed: removing editors first throws
 * when the user's own right comes from a group
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection).
 */
function copyProtection(from: Sheet, to: Sheet): void {
  const type = SpreadsheetApp.ProtectionType.SHEET;
  for (const p of from.getProtections(type)) {
    const q = to.protect().setDescription(p.getDescription());
    if (p.isWarningOnly()) {
      q.setWarningOnly(true);
      continue;
    }
    // getEmail() is '' where policy hides an address; such an editor cannot be named again.
    const editors = p
      .getEditors()
      .map((u) => u.getEmail())
      .filter((e) => e !== '');
    q.addEditor(Session.getEffectiveUser());
    q.removeEditors(q.getEditors());
    if (editors.length > 0) q.addEditors(editors);
    if (q.canDomainEdit() && !p.canDomainEdit()) q.setDomainEdit(false);
  }
}

/** A tab name as Sheets compares names: "A sheet with the name … already exists" whatever the case. */
function tabKey(name: string): string {
  return name.toLowerCase();
}

/** Delete the rows and columns a generated tab does not use (one call each): `has` is its size once written. */
function trimTo(sheet: Sheet, has: Size, need: Size): void {
  if (has.rows > need.rows) sheet.deleteRows(need.rows + 1, has.rows - need.rows);
  if (has.cols > need.cols) sheet.deleteColumns(need.cols + 1, has.cols - need.cols);
}

/**
 * What Sheets refused, in Chinese and naming the tab (Sheets words it in English: "You are trying to edit a
 * protected cell or object…"); a UserError already says where.
 */
function sheetsRefusal(what: string, error: unknown): unknown {
  if (error instanceof UserError) return error;
  const en = (error as { message?: unknown } | null)?.message;
  return new UserError(`${what}：${messageOf(error)}`, {
    code: 'output',
    en: typeof en === 'string' ? en : String(error),
  });
}

export class AppsWorkbook implements WorkbookPort {
  private tz: string | null | undefined;
  /**
   * The tabs by name as sheetNames last read them, kept in step with this port's own inserts, renames and
   * deletes, so that finding a tab again costs no service call. Null until read, and after a failed swap.
   * Keyed by tabKey: Sheets holds no two tab names that differ only in case.
   */
  private tabs: Map<string, Sheet> | null = null;
  /** The tab the user was on before the first write (undefined until then; null: none). */
  private back: { name: string; sheet: Sheet } | null | undefined;
  /** What the office should know about the tabs written (an own tab kept under another name), in Chinese. */
  readonly notes: string[] = [];

  constructor(readonly spreadsheet: Spreadsheet = SpreadsheetApp.getActive()) {}

  sheetNames(): string[] {
    const sheets = this.spreadsheet.getSheets();
    const names = sheets.map((s) => s.getName());
    this.tabs = new Map(names.map((name, i) => [tabKey(name), sheets[i]]));
    return names;
  }

  /** A tab by name: from the names read, else asked of the spreadsheet. */
  protected sheet(name: string): Sheet | null {
    return this.tabs === null ? this.spreadsheet.getSheetByName(name) : (this.tabs.get(tabKey(name)) ?? null);
  }

  /** The spreadsheet's time zone, asked once per port. */
  zone(): string | null {
    if (this.tz === undefined) this.tz = spreadsheetZone(this.spreadsheet);
    return this.tz;
  }

  readValues(name: string): Grid {
    const sheet = this.sheet(name);
    if (!sheet) return [];
    const values = sheet.getDataRange().getValues() as Grid;
    if (values.length === 1 && values[0].length === 1 && values[0][0] === '') return [];
    return datesInZone(values, this.zone());
  }

  /** A ledger tab's merged ranges (mergedRanges.ts): the values leave all but a merge's first cell blank. */
  readMerges(name: string): Block[] {
    const sheet = this.sheet(name);
    return sheet ? mergesOf(sheet.getDataRange()) : [];
  }

  /** The rows (1-based) whose cell in `column` (0-based) is struck through: one getFontLines for the column. */
  struckRows(name: string, column: number): number[] {
    const sheet = this.sheet(name);
    const last = sheet ? sheet.getLastRow() : 0;
    if (!sheet || last < 1) return [];
    const lines = sheet.getRange(1, column + 1, last, 1).getFontLines();
    const out: number[] = [];
    for (let r = 0; r < lines.length; r++) if (lines[r][0] === 'line-through') out.push(r + 1);
    return out;
  }

  /** Whether a tab is hidden: one isSheetHidden call. */
  isSheetHidden(name: string): boolean {
    return this.sheet(name)?.isSheetHidden() === true;
  }

  /** Each column asked of hiddenColumns is one isColumnHiddenByUser: asked only where two share a field. */
  readonly hiddenColumnsByCall = true;

  /** getValues gives no number formats: a 时长 of whole minutes is read as its h:mm cell shows it. */
  readonly formatsUnknown = true;

  /** Which of `among` (0-based) the user hid: one call per column asked. */
  hiddenColumns(name: string, among: readonly number[]): number[] {
    const sheet = this.sheet(name);
    // `among` are columns of the values read from this tab: all inside the sheet.
    return sheet ? among.filter((c) => sheet.isColumnHiddenByUser(c + 1)) : [];
  }

  /** The formulas of a tab's top rows (a few calls per tab, whatever its length): the computed columns'. */
  headerFormulas(name: string): string[] {
    const sheet = this.sheet(name);
    if (!sheet || sheet.getLastColumn() < 1) return [];
    const rows = Math.min(HEADER_FORMULA_ROWS, sheet.getMaxRows());
    return sheet
      .getRange(1, 1, rows, sheet.getLastColumn())
      .getFormulas()
      .flat()
      .filter((f) => f !== '');
  }

  writeSheet(model: SheetModel): void {
    const ss = this.spreadsheet;
    if (this.back === undefined) {
      const active = ss.getActiveSheet();
      this.back = active ? { name: active.getName(), sheet: active } : null;
    }
    const back = this.back;
    try {
      this.replace(model);
    } catch (error) {
      throw sheetsRefusal(`「${model.name}」未能写入`, error);
    } finally {
      // insertSheet activated the new tab; the user goes back to where they were: to the new tab when they
      // were on the one it replaces (or on a tab a swap may delete), found again by name (the tab list
      // after a swap, Sheets after a failed one).
      if (back !== null) {
        const swapped = [model.name, tempName(model.name), retiredName(model.name)].some(
          (name) => tabKey(name) === tabKey(back.name),
        );
        const found = swapped ? this.sheet(back.name) : back.sheet;
        if (found) {
          back.sheet = found;
          ss.setActiveSheet(found);
        }
      }
    }
  }

  /**
   * Whether a tab under one of this add-on's names is its own (ownTabs.ts): marked, or exactly as a version
   * before the mark wrote it (one read, only for an unmarked tab).
   */
  private generated(sheet: Sheet, model: SheetModel): boolean {
    return marked(sheet) || writtenBefore(sheet.getDataRange().getValues(), model);
  }

  /** A free tab name from `base`: base, base2, base3 … */
  private freeName(base: string): string {
    for (let i = 1; ; i++) {
      const name = (i === 1 ? base : `${base}${i}`).slice(0, MAX_NAME);
      if (!this.sheet(name)) return name;
    }
  }

  private replace(model: SheetModel): void {
    const ss = this.spreadsheet;
    const aside = tempName(model.name);
    const retired = retiredName(model.name);
    // Looked up before anything changes; a ~旧 tab matters only when there is an old tab to retire.
    let old = this.sheet(model.name);
    if (old && ownedName(model.name) && !this.generated(old, model)) {
      // The office's own tab under this name (its own 通报 2024): kept, under a name of its own.
      const kept = this.freeName(`${model.name}（原表）`);
      old.setName(kept);
      this.tabs?.delete(tabKey(model.name));
      this.tabs?.set(tabKey(kept), old);
      this.notes.push(
        `原有的「${model.name}」表不是本工具生成的，已改名为「${kept}」保留，未删除；新生成的内容写入「${model.name}」。`,
      );
      old = null;
    }
    let written = model;
    if (old && model.name === ISSUES_TAB) {
      const range = old.getDataRange();
      const kept = keepOfficeWork(range.getValues(), range.getFormulas(), model);
      written = kept.model;
      pushAll(this.notes, kept.notes);
    }
    const stale = this.sheet(aside);
    const staleRetired = old ? this.sheet(retired) : null;
    const tabs = this.tabs;
    this.tabs = null; // until the swap is done: a failure half-way leaves tabs this port did not follow
    if (stale) {
      ss.deleteSheet(stale); // left by an earlier run that failed before its swap
      tabs?.delete(tabKey(aside));
    }
    const index = old ? old.getIndex() - 1 : (tabs?.size ?? ss.getNumSheets());
    const sheet = ss.insertSheet(aside, index);
    try {
      const { need, has } = writeModelInto(ss, sheet, written);
      trimTo(sheet, has, need);
      if (old) copyProtection(old, sheet);
      if (ownedName(model.name)) sheet.addDeveloperMetadata(GENERATED_KEY, '1');
    } catch (error) {
      try {
        ss.deleteSheet(sheet);
      } catch {
        // The half-built tab keeps its ~ name; the next run deletes it.
      }
      throw error;
    }
    if (old) {
      // Swap by renames first and delete last, so a failure at any step leaves a tab under the real name.
      if (staleRetired) ss.deleteSheet(staleRetired);
      try {
        old.setName(retired); // refused when the old tab is protected against this user
      } catch (error) {
        ss.deleteSheet(sheet);
        throw error;
      }
      try {
        sheet.setName(model.name);
      } catch (error) {
        old.setName(model.name);
        ss.deleteSheet(sheet);
        throw error;
      }
      try {
        ss.deleteSheet(old);
      } catch {
        return; // the new tab is in place; the retired copy is deleted by the next run
      }
    } else sheet.setName(model.name);
    if (tabs) {
      tabs.delete(tabKey(retired)); // a stale ~旧 tab deleted above
      tabs.set(tabKey(model.name), sheet);
      this.tabs = tabs;
    }
  }

  /** Delete a tab this add-on wrote (marked); false, and nothing done, for any other tab (ownTabs.ts). */
  deleteSheet(name: string): boolean {
    const sheet = this.sheet(name);
    if (!sheet) return true;
    if (!marked(sheet)) return false;
    try {
      this.spreadsheet.deleteSheet(sheet);
    } catch (error) {
      throw sheetsRefusal(`「${name}」未能删除`, error);
    }
    this.tabs?.delete(tabKey(name));
    if (this.back && tabKey(this.back.name) === tabKey(name)) this.back = null; // gone: Sheets shows another
    return true;
  }

  /** Bring a tab to the front for the user (after a report is generated). */
  activate(name: string): void {
    const sheet = this.sheet(name);
    if (sheet) sheet.activate();
  }
}
