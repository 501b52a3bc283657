// 初始化台账 on the live spreadsheet: create what is missing, patch what is incomplete, never overwrite a
// filled cell or an edited rule, then protect the rule tabs, 领导看板 and the reviewers' columns.
// Decisions:
// - The time zone is set to Asia/Shanghai only when a blank spreadsheet becomes a ledger; an existing
//   spreadsheet keeps its own (File → Settings), and dates are read in it (runtime/zone.ts).
// - Protections follow Google's sample: add the running user, then remove the others, then add the
//   管理员 (removing first throws when the user's right comes from a group); a protection this user
//   may not edit (canEdit() false) is left as it is and said so; computed and reviewer columns are
//   protected as whole columns (A1 "P:Q"), so rows added later are covered too.
// https://developers.google.com/apps-script/reference/spreadsheet/protection

import { maxOf, minOf, pushAll } from '../core/arrays';
import { yearOf } from '../core/dates';
import { resolveRules } from '../core/index';
import {
  blankCell,
  COMPUTED_HEADERS,
  findColumns,
  HEADER_SCAN_ROWS,
  headerField,
  headerWithoutUnit,
  ledgerHeader,
  parseLedger,
  unreadHeaders,
} from '../core/ledger';
import { recipientChoices } from '../core/relay';
import { MAX_HEADCOUNT, type PresetName, presetRules, type RuleTableName, rulesToGrids } from '../core/rules';
import { cellText } from '../core/text';
import type { Cell, Grid, UnitDef } from '../core/types';
import { blockA1, colLetters, columnRuns } from '../sheets/a1';
import { withoutBackups } from '../sheets/backupTabs';
import { computedPlace, computedPlaceNote, ledgerCallColumn } from '../sheets/computedPlace';
import { COMPUTED_CALL } from '../sheets/formulaTabs';
import { SAMPLE_TAB, VOID_TAB } from '../sheets/ledgerTabs';
import { inferUnits } from '../sheets/run';
import {
  COMPUTED_FUNCTIONS,
  DATE_FORMAT,
  DEFAULT_ROWS,
  dashboardPlaceholder,
  type FormulaTail,
  LEDGER_WIDTHS,
  type ListSources,
  ledgerModel,
  listSources,
  missingLedgerHeaders,
  planLedgerPatch,
  protectionWarningOnly,
  REVIEWER_COLUMNS,
  ruleTabModel,
} from '../sheets/setup';
import { DASHBOARD_TAB, isGeneratedOrRuleTab, LEDGER_TAB, RULE_TABS, tabWord } from '../sheets/tabs';
import { applyValidations, sheetValue, writeModelInto } from './appsWorkbook';
import { fillLedgerMerges, unmergeLedgerData } from './mergedRanges';
import { findRuleTabs } from './runtime/session';
import { spreadsheetZone, todayIn } from './runtime/zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const COMPUTED_PROTECTION = '组工台账：计算列（由公式自动计算，请勿手填）';
export const REVIEW_PROTECTION =
  '组工台账：审核列（审核状态、核定、调整分、调整理由），仅表格所有者和管理员可修改';
/** The zone a new ledger gets: the seeds' offices keep Beijing time. */
export const LEDGER_ZONE = 'Asia/Shanghai';

export interface SetupSummary {
  /** Tabs created. */
  created: string[];
  /** Existing empty rule tabs filled with the preset. */
  filled: string[];
  /** Headers added to an existing 稿件台账. */
  addedHeaders: string[];
  /** The columns the added headers went into, as letters (H, or I—X). */
  addedColumns?: string;
  /** Computed-column formulas written: how many columns, and which (积分、计任务、校验). */
  formulas: number;
  formulaColumns?: string[];
  /** Existing computed-column formulas rewritten (#REF! repaired, 今天 or other ledger tabs added). */
  rewritten?: number;
  protectedTabs: string[];
  notes: string[];
  /** The ledger's tab (稿件台账, or the tab the office keeps it in). */
  ledgerTab?: string;
  /** The ledger was left alone: no header row found (its reviewer columns are not protected either). */
  ledgerUntouched?: boolean;
  /** 积分, 计任务, 校验 stand among the ledger's columns (a note says to drag them back): not 台账已完整. */
  computedMoved?: boolean;
}

function isEmptySheet(sheet: Sheet): boolean {
  return sheet.getLastRow() === 0 && sheet.getLastColumn() === 0;
}

/** Where the ledger's header is: the engine's reading of the top rows, with its sheet rows. */
export interface LedgerHeaderAt {
  header: Cell[];
  /** Per column, the header rows' formula ('' where none). */
  formulas: string[];
  /** First and last sheet row of the header (two when merged group cells head the columns). */
  top: number;
  last: number;
  /** The header names 标题 and 单位 (the engine reads this tab as a ledger). */
  complete: boolean;
}

/**
 * The ledger header as the engine finds it (core ledgerHeader: below title lines, over two rows); a header
 * naming 标题 without 单位 is still the header (setup adds 单位); null when no row of the top ones is a
 * header (a header row deleted or sorted into the data): nothing is written then.
 */
export function locateLedgerHeader(sheet: Sheet, withFormulas = true): LedgerHeaderAt | null {
  const lastCol = Math.max(sheet.getLastColumn(), 1);
  // As the engine looks (core HEADER_SCAN_ROWS), and the row under the last one: a second header row.
  const rows = Math.min(HEADER_SCAN_ROWS + 1, sheet.getMaxRows());
  const top = sheet.getRange(1, 1, rows, lastCol);
  const values = top.getValues() as Grid;
  // The formulas only setup needs (the live preview reads the header alone).
  const formulas = withFormulas ? top.getFormulas() : values.map((r) => r.map(() => ''));
  const atRows = (first: number, last: number, complete = false, read?: Cell[]): LedgerHeaderAt => {
    const header: Cell[] = [];
    const fs: string[] = [];
    for (let c = 0; c < lastCol; c++) {
      const lower = values[last - 1]?.[c];
      // The engine's reading when it joined the rows (时长 over （分钟）: 时长（分钟）).
      if (read && !blankCell(read[c])) header.push(read[c]);
      else header.push(last > first && headerField(lower) === undefined ? values[first - 1][c] : lower);
      fs.push(formulas.slice(first - 1, last).find((r) => (r[c] ?? '') !== '')?.[c] ?? '');
    }
    return { header, formulas: fs, top: first, last, complete };
  };
  const found = ledgerHeader(values);
  if (found) {
    const last = found.dataStart;
    const single = found.header.every((h, c) => h === values[last - 1]?.[c]);
    return atRows(single ? last : last - 1, last, true, single ? undefined : found.header);
  }
  const unitless = headerWithoutUnit(values);
  if (unitless !== null) return atRows(unitless, unitless);
  // Row 1 naming ledger columns (a header that names neither 标题 nor 单位 yet): setup completes it.
  const named = values[0].filter((v) => headerField(v) !== undefined).length;
  return named >= 2 ? atRows(1, 1) : null;
}

/**
 * The ledger tab as the report finds it: 稿件台账 (or that name with stray spaces), else the tab that is no
 * rule or generated tab, whose header names 标题 and 单位 (an office's own name, a CSV import's) and holds
 * the computed columns' formula, else the one named with the latest year (2024年 beside 2023年), else the
 * first such tab.
 */
export function findLedgerSheet(ss: Spreadsheet, ruleTabNames: readonly string[] = []): Sheet | null {
  const exact = ss.getSheetByName(LEDGER_TAB);
  if (exact) return exact;
  const sheets = ss.getSheets();
  const own =
    sheets.find((s) => s.getName().trim() === LEDGER_TAB) ??
    sheets.find((s) => tabWord(s.getName()) === LEDGER_TAB);
  if (own) return own;
  // The tab holding the computed columns' formula, wherever the tabs were dragged since 初始化台账: the
  // formula reads it first (生成通报 too, formulaTabs.ts), so rerunning setup and 录入稿件 keep to it.
  let first: Sheet | null = null;
  let newest: { sheet: Sheet; year: number } | null = null;
  for (const sh of sheets) {
    const name = sh.getName();
    if (isGeneratedOrRuleTab(name.trim()) || ruleTabNames.includes(name) || isEmptySheet(sh)) continue;
    const at = locateLedgerHeader(sh);
    if (!at?.complete) continue;
    if (at.formulas.some((f) => COMPUTED_CALL.test(f))) return sh;
    first ??= sh;
    const year = tabYear(name);
    if (year !== null && (newest === null || year > newest.year)) newest = { sheet: sh, year };
  }
  // One tab per year (2023年, 2024年): new rows go in the newest year's, wherever it stands (audit s36 G1).
  return newest?.sheet ?? first;
}

/** The year a tab's name carries (2024年, 2024年台账, 稿件台账2024), null when none. */
function tabYear(name: string): number | null {
  const m = /(?:^|[^0-9])((?:19|20)\d{2})(?![0-9])/.exec(name);
  return m ? Number(m[1]) : null;
}

/** The 1-based column of the header's ZG_LEDGER formula, 0 when there is none. */
function ledgerFormulaColumn(at: LedgerHeaderAt): number {
  return ledgerCallColumn(at.formulas);
}

/**
 * Standard columns a ledger with ZG_LEDGER lacks (the office deleted 时长(分钟) it never used: Sheets shrank
 * the range, and every adopted row's 校验 said so) go immediately left of 积分, the computed columns moving
 * right (Sheet.insertColumnsBefore, https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnsbeforebeforeposition,-howmany),
 * so the formula's range is widened to take them in by the same run (audit S24c F1). Appended after the
 * computed columns, as before, they stayed outside the range until the office dragged them in and ran
 * 初始化台账 again. Null when nothing is inserted; else the header as it now is.
 */
function insertBeforeComputed(
  sheet: Sheet,
  at: LedgerHeaderAt,
  summary: SetupSummary,
): { at: LedgerHeaderAt; inserted: Set<number> } | null {
  const ledgerAt = ledgerFormulaColumn(at);
  if (ledgerAt < 2) return null;
  const missing = missingLedgerHeaders(at.header);
  if (missing.length === 0) return null;
  sheet.insertColumnsBefore(ledgerAt, missing.length);
  sheet.getRange(at.last, ledgerAt, 1, missing.length).setValues([missing.map((h) => sheetValue(h))]);
  missing.forEach((h, i) => {
    sheet.setColumnWidth(ledgerAt + i, LEDGER_WIDTHS[h] ?? 90);
  });
  const end = ledgerAt + missing.length - 1;
  pushAll(summary.addedHeaders, missing);
  summary.addedColumns = `${colLetters(ledgerAt)}${end > ledgerAt ? `—${colLetters(end)}` : ''}`;
  summary.notes.push(
    `补充的列放在「积分」列左边（${summary.addedColumns}列），积分、计任务、校验列随之右移，公式的台账范围已包含补充的列。`,
  );
  const located = locateLedgerHeader(sheet);
  return located ? { at: located, inserted: new Set(missing.map((_, i) => ledgerAt + i)) } : null;
}

/**
 * Cells under ZG_LEDGER's three columns that keep its result from expanding: Sheets then shows #REF! in the
 * formula's cell ("Array result was not expanded because it would overwrite data in X82") and the three
 * columns go blank (audit S24c F2: an Excel block pasted over them). Read only when the formula's cell shows
 * an error (one getValues of the three columns, whatever the ledger's length); the cells are named, never
 * cleared (they are the office's text). Null when nothing blocks.
 */
export function blockedSpillNote(sheet: Sheet, at: LedgerHeaderAt): string | null {
  const col = ledgerFormulaColumn(at);
  if (col === 0 || !/^#[A-Z/0]+[!?]?$/i.test(cellText(at.header[col - 1]).trim())) return null;
  // The three dragged in among the ledger's columns: what blocks is the office's own data, never to be
  // cleared; the three go back right of the last ledger column (audit S26b F5).
  if (computedPlace(at.header, col).moved) return computedPlaceNote(sheet.getName(), at.header, col);
  const last = sheet.getLastRow();
  if (last <= at.last) return null;
  const range = sheet.getRange(at.last + 1, col, last - at.last, 3);
  const values = range.getValues();
  // A formula showing "" blocks as any content does (an old ledger's =IF(…,"",…) pasted here, sweep s24r F8).
  const formulas = range.getFormulas();
  let top = 0;
  let bottom = 0;
  let left = 3;
  let right = -1;
  values.forEach((row, r) => {
    row.forEach((v, c) => {
      if ((v === '' || v === null) && !formulas[r]?.[c]) return;
      if (top === 0) top = r + 1;
      bottom = r + 1;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (top === 0) return null;
  const from = `${colLetters(col + left)}${at.last + top}`;
  const to = `${colLetters(col + right)}${at.last + bottom}`;
  return `「${sheet.getName()}」表「积分」「计任务」「校验」列的${from === to ? from : `${from}:${to}`}有手填或粘贴的内容，计算结果无法展开（三列全空、表头显示 #REF!）：请清空这些单元格`;
}

/** Two columns read as one (an office column named 备注 beside the ledger's): said as 生成通报 says it (F4). */
function headerClashNotes(header: Cell[]): string[] {
  return findColumns(header)
    .issues.filter((i) => i.includes('都读作'))
    .map((i) => `台账表头：${i}`);
}

function patchLedger(
  ss: Spreadsheet,
  sheet: Sheet,
  found: LedgerHeaderAt,
  widths: Partial<Record<RuleTableName, number>>,
  tabNames: Partial<Record<RuleTableName, string>>,
  recipients: readonly string[],
  summary: SetupSummary,
  tail: FormulaTail,
  sources: ListSources,
): void {
  const insertion = insertBeforeComputed(sheet, found, summary);
  const at = insertion?.at ?? found;
  const lastCol = Math.max(sheet.getLastColumn(), 1);
  const lastRow = sheet.getLastRow();
  const firstData = at.last + 1;
  // A tab that ends at its header (the office deleted the empty rows): Sheets has no row to validate
  // and refuses to freeze all rows. It gets the rows of a new tab under the header, nothing moved.
  if (sheet.getMaxRows() < firstData)
    sheet.insertRowsAfter(sheet.getMaxRows(), at.last + DEFAULT_ROWS - sheet.getMaxRows());
  const maxRows = sheet.getMaxRows();
  const dataRows = Math.max(lastRow - at.last, 0);
  const row2 = maxRows >= firstData ? sheet.getRange(firstData, 1, 1, lastCol) : null;
  const validated = row2 ? row2.getDataValidations()[0].map((v) => v !== null) : [];
  const formats = row2 ? row2.getNumberFormats()[0] : [];
  const read = new Map<number, unknown[]>();
  const columnValues = (col: number): unknown[] => {
    if (dataRows === 0 || col > lastCol) return [];
    let v = read.get(col);
    if (!v) {
      v = sheet
        .getRange(firstData, col, dataRows, 1)
        .getValues()
        .map((r) => r[0]);
      read.set(col, v);
    }
    return v;
  };
  const kept = new Set<number>();
  const plan = planLedgerPatch(
    {
      tab: sheet.getName(),
      header: at.header,
      headerFormulas: at.formulas,
      headerRows: { top: at.top, last: at.last },
      validated,
      formats,
      // A date column holding numbers (20240305, RULES §2) keeps its format: under yyyy-mm-dd Sheets shows
      // and hands back 20240305 as a date of year 57315. Text and dates are not changed by a number format.
      keepFormat: (col, format) => {
        const keep = format === DATE_FORMAT && columnValues(col).some((v) => typeof v === 'number');
        if (keep) kept.add(col);
        return keep;
      },
      maxRows,
      frozenRows: sheet.getFrozenRows(),
      blankBelow: (col) => columnValues(col).every((v) => v === '' || v === null),
      usedColumns: lastCol, // read above; the tab has its header, so at least 1
      inserted: insertion?.inserted,
      listSources: sources,
    },
    widths,
    tabNames,
    recipients,
    tail,
  );
  // ZG_LEDGER's result fills its own column and the two to its right: all must exist in the sheet
  // (a result past the edge is #REF! in Sheets), as must every column given a width.
  const needCols = maxOf(
    [
      ...plan.headers.map((h) => h.col),
      ...plan.formulas.map((f) => f.col + f.columns - 1),
      ...plan.widths.map((w) => w.col),
    ],
    0,
  );
  const maxCols = sheet.getMaxColumns();
  if (needCols > maxCols) sheet.insertColumnsAfter(maxCols, needCols - maxCols);
  if (plan.headers.length > 0) {
    // Appended headers are contiguous, on the header's last row: one write.
    const first = plan.headers[0];
    sheet
      .getRange(first.row, first.col, 1, plan.headers.length)
      .setValues([plan.headers.map((h) => sheetValue(h.text))]);
    pushAll(
      summary.addedHeaders,
      plan.headers.map((h) => h.text),
    );
    // Which columns they are: past an office column of data under a blank header they are not the next ones.
    const end = plan.headers[plan.headers.length - 1].col;
    summary.addedColumns = `${colLetters(first.col)}${end > first.col ? `—${colLetters(end)}` : ''}`;
  }
  // Old per-column formulas go first, so ZG_LEDGER's result has the cells it fills free.
  for (const c of plan.clears) sheet.getRange(c.row, c.col).clearContent();
  for (const f of plan.formulas) sheet.getRange(f.row, f.col).setFormula(f.formula);
  summary.formulas += plan.formulas.reduce((n, f) => n + (f.rewrite ? 0 : f.columns), 0);
  for (const f of plan.formulas) if (!f.rewrite) noteColumns(summary, computedColumnsOf(f.formula));
  summary.rewritten = (summary.rewritten ?? 0) + plan.formulas.filter((f) => f.rewrite).length;
  applyValidations(ss, sheet, plan.validations);
  for (const format of new Set(plan.formats.map((f) => f.format))) {
    const a1s = plan.formats.filter((f) => f.format === format).map((f) => blockA1(f.block));
    sheet.getRangeList(a1s).setNumberFormat(format);
  }
  for (const w of plan.widths) sheet.setColumnWidth(w.col, w.width);
  if (plan.freezeRows > 0) {
    try {
      sheet.setFrozenRows(plan.freezeRows);
    } catch (error) {
      // Sheets refuses a freeze that cuts a merged cell (a title merged over the header rows and data).
      if (!/merge|合并/i.test(String(error))) throw error;
      summary.notes.push(
        `「${sheet.getName()}」表头（第${at.top === at.last ? at.last : `${at.top}—${at.last}`}行）有跨越表头与数据的合并单元格，未能冻结表头；可取消该合并后重新运行初始化台账。`,
      );
    }
  }
  if (kept.size > 0) {
    const names = [...kept].map((c) => `「${cellText(at.header[c - 1])}」`).join('、');
    summary.notes.push(
      `${names}列有以数字填写的日期（如 20240305），未设为日期格式，以免这些数字被显示、读作别的日期；它们仍按日期读取。`,
    );
  }
  pushAll(summary.notes, plan.notes);
}

/** Whole columns in A1 notation, 'P:Q' (a protection of it covers rows added later). */
function columnsA1(first: number, last: number): string {
  return `${colLetters(first)}:${colLetters(last)}`;
}

/**
 * Range protections of whole columns with one description: the existing ones are kept when they cover
 * whole columns; one from an earlier version over fixed rows is replaced (when this user may).
 */
function protectColumns(
  sheet: Sheet,
  cols: number[],
  description: string,
  configure: (p: GoogleAppsScript.Spreadsheet.Protection, fresh: boolean) => void,
  summary: SetupSummary,
): void {
  const wanted = columnRuns(cols).map(([a, b]) => columnsA1(a, b));
  const have = new Set<string>();
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (p.getDescription() !== description) continue;
    const a1 = p.getRange().getA1Notation();
    if (!p.canEdit()) {
      summary.notes.push(`「${sheet.getName()}」${a1} 的保护由其他管理员设置，您无权修改，未改动。`);
      have.add(a1);
    } else if (wanted.includes(a1)) {
      configure(p, false);
      have.add(a1);
    } else {
      p.remove(); // an earlier version's protection over fixed rows: replaced by whole columns
    }
  }
  for (const a1 of wanted) {
    if (!have.has(a1)) configure(sheet.getRange(a1).protect().setDescription(description), true);
  }
}

/** Computed columns warn before anyone types over them (a typed value would break the array formula). */
function protectComputedColumns(sheet: Sheet, at: LedgerHeaderAt, summary: SetupSummary): void {
  const formulas = at.formulas;
  // ZG_LEDGER fills its own column and the two to its right.
  const cols = formulas.flatMap((f, i) =>
    /ZG_LEDGER\(/i.test(f) ? [i + 1, i + 3] : /ZG_(POINTS|CREDIT|CHECK)\(/i.test(f) ? [i + 1] : [],
  );
  if (cols.length === 0) return;
  const first = minOf(cols);
  const last = maxOf(cols);
  const all = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  protectColumns(
    sheet,
    all,
    COMPUTED_PROTECTION,
    (p) => {
      if (!p.isWarningOnly()) p.setWarningOnly(true);
    },
    summary,
  );
}

/**
 * 审核状态, 核定, 调整分, 调整理由: only the owner and the 管理员 may change them (staff would otherwise
 * approve and score their own rows); 保护方式 = 仅警告 makes it a warning, as for the rule tabs.
 */
function protectReviewerColumns(
  sheet: Sheet,
  header: unknown[],
  warningOnly: boolean,
  editors: string[],
  summary: SetupSummary,
): void {
  const cols = header
    .map((h, i) =>
      (REVIEWER_COLUMNS as readonly string[]).includes(headerField(h as Cell) ?? '') ? i + 1 : 0,
    )
    .filter((c) => c > 0);
  if (cols.length === 0) return;
  protectColumns(
    sheet,
    cols,
    REVIEW_PROTECTION,
    (p, fresh) => configureProtection(p, warningOnly, editors, fresh),
    summary,
  );
}

/** Bring a protection (new or existing) to 保护方式 and the 管理员 list; a re-run removes nobody. */
function configureProtection(
  p: GoogleAppsScript.Spreadsheet.Protection,
  warningOnly: boolean,
  editors: string[],
  fresh = false,
): void {
  if (fresh || p.isWarningOnly() !== warningOnly) {
    p.setWarningOnly(warningOnly);
    if (!warningOnly) restrict(p, editors);
  } else if (!warningOnly && editors.length > 0) {
    p.addEditors(editors); // adds the missing ones; nobody is removed on a re-run
  }
}

/** Rule tabs and 领导看板: only the owner and the 管理员 of 设置 may edit (or a warning only). */
function protectTab(sheet: Sheet, warningOnly: boolean, editors: string[], summary: SetupSummary): boolean {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (existing) {
    if (!existing.canEdit()) {
      summary.notes.push(`「${sheet.getName()}」的保护由其他管理员设置，您无权修改，未改动。`);
      return false;
    }
    configureProtection(existing, warningOnly, editors);
    return true;
  }
  const p = sheet.protect().setDescription(`组工台账：「${sheet.getName()}」仅表格所有者和管理员可修改`);
  configureProtection(p, warningOnly, editors, true);
  return true;
}

function restrict(p: GoogleAppsScript.Spreadsheet.Protection, editors: string[]): void {
  // As Google's sample does: keep the running user, drop everyone else, then add the 管理员.
  p.addEditor(Session.getEffectiveUser());
  p.removeEditors(p.getEditors());
  if (editors.length > 0) p.addEditors(editors);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

/**
 * A preset's rule tables for a new spreadsheet: 设置 年度 is this year (in the spreadsheet's zone), not
 * the preset's example year.
 */
export function presetGridsForToday(
  name: PresetName,
  year: number = yearOf(todayIn(spreadsheetZone())),
  units?: (known: UnitDef[]) => UnitDef[],
): Record<RuleTableName, Grid> {
  const rules = presetRules(name);
  rules.settings.year = year;
  if (units) rules.units = units(rules.units);
  return rulesToGrids(rules);
}

/**
 * The 单位 table for a ledger that has rows: the preset's units (the 指标 table names their types) and
 * every other unit the ledger names, as the report reads a workbook without a 单位 table (inferUnits: a
 * type from the name, the authors seen as headcount), so no unit of the ledger drops out of the 通报 once
 * the table exists. Said in the summary, for the office to check types and headcounts.
 */
function ledgerUnits(
  ledger: Sheet | null,
  summary: SetupSummary,
): ((known: UnitDef[]) => UnitDef[]) | undefined {
  if (!ledger || isEmptySheet(ledger) || !locateLedgerHeader(ledger)?.complete) return undefined;
  const range = ledger.getDataRange();
  const grid = range.getValues() as Grid;
  const head = ledgerHeader(grid);
  if (head) fillLedgerMerges(range, grid, head.dataStart + 1); // a unit merged down names each row
  return (known) => {
    const { inferred, uncounted } = inferUnits(parseLedger(grid), known);
    if (inferred.length === 0) return known;
    const blank = new Set(uncounted.map((u) => u.name));
    summary.notes.push(
      `「${ledger.getName()}」中有${inferred.length}个单位不在上街区预设中，已加入「单位」表：${inferred
        .map((u) => `${u.name}（${u.type}，${blank.has(u.name) ? '人数留空' : `${u.headcount}人`}）`)
        .join('、')}；类型按名称推断、人数按作者数计，请核对。`,
    );
    // More authors than a 人数 may be (MAX_HEADCOUNT): left blank, never a 单位 row every 生成通报 would refuse.
    for (const u of uncounted) {
      summary.notes.push(`${u.name}：台账中作者超过${MAX_HEADCOUNT}人，人数留空，请填写实际人数`);
    }
    return [...known, ...inferred];
  };
}

/**
 * The other tabs 生成通报 reads as the same ledger (sheets/run.ts: every tab that is no rule or generated
 * tab and whose header is a ledger's, one per year): the computed columns are given them, so they judge
 * repeats across years as the 通报 does. Each tab's top rows are read once. A copy of a ledger tab beside
 * it is left out, said in `notes`.
 */
export function otherLedgerTabs(
  ss: Spreadsheet,
  ledger: Sheet,
  ruleTabNames: readonly string[],
  notes: string[],
): FormulaTail {
  const own = ledger.getName();
  const sheets = new Map<string, Sheet>();
  for (const sh of ss.getSheets()) {
    const name = sh.getName();
    if (name === own || isGeneratedOrRuleTab(name.trim()) || ruleTabNames.includes(name)) continue;
    if (isEmptySheet(sh) || !locateLedgerHeader(sh, false)?.complete) continue;
    // A 模板 / 示例 tab holds sample rows, which 生成通报 leaves out too (ledgerTabs.ts SAMPLE_TAB).
    if (SAMPLE_TAB.test(name)) {
      notes.push(`「${name}」像是模板或填写示例，未传入积分、计任务、校验列的公式（生成通报也不计入它）。`);
      continue;
    }
    if (VOID_TAB.test(name)) {
      notes.push(`「${name}」像是作废或撤回的稿件，未传入积分、计任务、校验列的公式（生成通报也不计入它）。`);
      continue;
    }
    sheets.set(name, sh);
  }
  // A copy of a ledger tab beside it (稿件台账 的副本) is no second ledger, as 生成通报 reads it (backupTabs.ts).
  const { tabs, backups } = withoutBackups([own, ...sheets.keys()], (tab) => tab === own || sheets.has(tab));
  for (const b of backups) {
    notes.push(`「${b.tab}」是「${b.of}」的副本，未传入积分、计任务、校验列的公式（生成通报也不计入它）。`);
  }
  const ledgers = tabs
    .filter((t) => t !== own)
    .map((tab) => ({ tab, lastCol: sheets.get(tab)!.getLastColumn() }));
  return { ledgers };
}

/**
 * The sheet is protected as a whole against this user (a protection that is no warning, which the user may
 * not edit): Sheets refuses its cells, and the rows and columns setup would add
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection: "A protected sheet may include
 * unprotected regions"; setup needs the whole sheet, so any protection of it as a whole counts).
 */
function lockedAgainstMe(sheet: Sheet): boolean {
  return sheet
    .getProtections(SpreadsheetApp.ProtectionType.SHEET)
    .some((p) => !p.isWarningOnly() && !p.canEdit());
}

/** 初始化台账: idempotent; returns what it did. */
export function runSetup(ss: Spreadsheet = SpreadsheetApp.getActive()): SetupSummary {
  const summary: SetupSummary = {
    created: [],
    filled: [],
    addedHeaders: [],
    formulas: 0,
    protectedTabs: [],
    notes: [],
  };
  // A blank spreadsheet becomes a ledger in Beijing time; an existing one keeps its zone.
  const blank = ss.getSheets().every(isEmptySheet);
  const zone = spreadsheetZone(ss);
  if (blank && zone !== LEDGER_ZONE) {
    ss.setSpreadsheetTimeZone(LEDGER_ZONE);
    summary.notes.push(
      `表格时区已由 ${zone ?? '未知'} 设为 ${LEDGER_ZONE}（北京时间）：日期按北京时间记录（可在“文件 → 设置”中查看）。`,
    );
  } else if (!blank && zone !== null && zone !== LEDGER_ZONE) {
    summary.notes.push(`表格时区为 ${zone}（文件 → 设置），未改动：日期、“今天”均按该时区计算。`);
  }
  const widths: Partial<Record<RuleTableName, number>> = {};
  const found = findRuleTabs(ss);
  const existingLedger = findLedgerSheet(ss, Object.values(found.tabs) as string[]);
  const unitTab = found.tabs.单位 === undefined ? null : ss.getSheetByName(found.tabs.单位);
  const preset = presetGridsForToday(
    '上街区',
    yearOf(todayIn(spreadsheetZone(ss))),
    unitTab && !isEmptySheet(unitTab) ? undefined : ledgerUnits(existingLedger, summary),
  );

  // Rule tabs first: the ledger's formulas name them. A table is read from the tab the report reads it
  // from (单位 , 单位 的副本, 考核指标 …): a preset copy beside it would shadow the office's own.
  const tabNames: Partial<Record<RuleTableName, string>> = {};
  for (const name of RULE_TABS) {
    const tab = found.tabs[name];
    const sheet = tab === undefined ? null : ss.getSheetByName(tab);
    if (sheet && !isEmptySheet(sheet)) {
      widths[name] = sheet.getLastColumn();
      tabNames[name] = tab;
      if (tab !== name) summary.notes.push(`「${tab}」表作为「${name}」规则表使用，未另建「${name}」表。`);
      continue;
    }
    if (sheet) tabNames[name] = tab;
    writeModelInto(ss, sheet ?? ss.insertSheet(name, ss.getNumSheets()), {
      ...ruleTabModel(name, preset[name]),
      name: tab ?? name,
    });
    (sheet ? summary.filled : summary.created).push(tab ?? name);
  }

  // The rules as the tabs now hold them: 设置 (protection, editors) and the 报送对象 dropdown, whose own
  // department comes first (a 县 office is not offered 区委组织部; the 类别 preset's 研究室 is offered).
  const ruleGrid = (name: RuleTableName): Grid => {
    const sheet = ss.getSheetByName(tabNames[name] ?? name);
    return (sheet ? sheet.getDataRange().getValues() : []) as Grid;
  };
  const settingsGrid = ruleGrid('设置');
  // 单位 too: whether a 市 office is a prefecture or a county-level city follows its units (relay.ts cityTier).
  const unitGrid = ruleGrid('单位');
  const { rules } = resolveRules({ 设置: settingsGrid, 指标: ruleGrid('指标'), 单位: unitGrid });
  const recipients = recipientChoices(rules);
  // The 单位 and 媒体 dropdowns read the name column found by its header, not column A (序号 there).
  const sources = listSources({ 单位: unitGrid, 媒体: ruleGrid('媒体') });

  let ledger = findLedgerSheet(ss, Object.values(tabNames) as string[]);
  if (ledger && ledger.getName() !== LEDGER_TAB) {
    summary.notes.push(`台账在「${ledger.getName()}」表中，已在该表补充，未另建「${LEDGER_TAB}」表。`);
  }
  // A new spreadsheet's blank first tab (Sheet1 / 工作表1) becomes the ledger rather than a leftover.
  const blankDefault = ledger
    ? null
    : (ss.getSheets().find((sh) => /^(Sheet|工作表)\s?\d+$/.test(sh.getName()) && isEmptySheet(sh)) ?? null);
  const created = !ledger;
  ledger = ledger ?? blankDefault?.setName(LEDGER_TAB) ?? ss.insertSheet(LEDGER_TAB, 0);
  let at: LedgerHeaderAt | null = null;
  const ruleTabNames = [...(Object.values(tabNames) as string[]), ...found.unused.map((u) => u.tab)];
  const tail = otherLedgerTabs(ss, ledger, ruleTabNames, summary.notes);
  if (!created && lockedAgainstMe(ledger)) {
    // Sheets refuses every cell, row and column of it to this user: said, and the rest of setup still done.
    summary.ledgerUntouched = true;
    summary.notes.push(
      `「${ledger.getName()}」整表受保护，您不在可编辑该表的名单中，未改动该表（未补充列、公式和下拉选项）：请表格所有者或「设置」中的管理员运行“初始化台账”，或把您加入该表保护的可编辑人员。`,
    );
  } else if (created || isEmptySheet(ledger)) {
    writeModelInto(ss, ledger, {
      // An empty tab trimmed to a row or two gets a new tab's rows to type into (extent grows it).
      ...ledgerModel(
        widths,
        Math.max(ledger.getMaxRows(), DEFAULT_ROWS),
        tabNames,
        recipients,
        tail,
        sources,
      ),
      name: ledger.getName(),
    });
    (created ? summary.created : summary.filled).push(ledger.getName());
    summary.formulas += 3;
    noteColumns(summary, COMPUTED_HEADERS);
    at = locateLedgerHeader(ledger);
  } else if (locateLedgerHeader(ledger) === null) {
    // Never write headers over a data row: the office puts the header back first.
    summary.ledgerUntouched = true;
    summary.notes.push(
      `「${ledger.getName()}」前${HEADER_SCAN_ROWS}行中没有含「标题」「单位」的表头行（可能被删除或排序到了数据中），未改动该表：请在数据上方插入一行，填写表头（标题、作者、单位……）后重新运行初始化台账。`,
    );
  } else {
    // Cells merged down over data rows hold their value in the first row only: filled into each (F3).
    const merged = unmergeLedgerData(ledger, locateLedgerHeader(ledger) as LedgerHeaderAt);
    if (merged !== '') summary.notes.push(merged);
    patchLedger(
      ss,
      ledger,
      locateLedgerHeader(ledger) as LedgerHeaderAt,
      widths,
      tabNames,
      recipients,
      summary,
      tail,
      sources,
    );
    at = locateLedgerHeader(ledger);
    // An added column left empty beside an office's own column that was not read is said (F4).
    if (at) pushAll(summary.notes, unreadColumnsNotes(ledger.getName(), at.header, summary.addedHeaders));
    if (at) pushAll(summary.notes, headerClashNotes(at.header));
    const blocked = at ? blockedSpillNote(ledger, at) : null;
    // The three moved among the ledger's columns: the patch said so in the same words (said once).
    if (blocked && !summary.notes.includes(blocked)) summary.notes.push(blocked);
    const formulaAt = at ? ledgerFormulaColumn(at) : 0;
    if (at && formulaAt > 0 && computedPlace(at.header, formulaAt).moved) summary.computedMoved = true;
  }
  summary.ledgerTab = ledger.getName();
  if (at) protectComputedColumns(ledger, at, summary);

  let dashboard = ss.getSheetByName(DASHBOARD_TAB);
  if (!dashboard) {
    dashboard = ss.insertSheet(DASHBOARD_TAB, 1);
    writeModelInto(ss, dashboard, dashboardPlaceholder());
    summary.created.push(DASHBOARD_TAB);
  }

  const warningOnly = protectionWarningOnly(settingsGrid);
  for (const name of [...RULE_TABS.map((n) => tabNames[n] ?? n), DASHBOARD_TAB]) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    if (protectTab(sheet, warningOnly, rules.settings.editors, summary)) summary.protectedTabs.push(name);
  }
  if (at) protectReviewerColumns(ledger, at.header, warningOnly, rules.settings.editors, summary);
  ledger.activate();
  return summary;
}

/**
 * When setup added standard columns (empty), the office's columns it read as none: each may be one of
 * them under a name the ledger does not know, whose values the empty column would silently replace.
 */
export function unreadColumnsNotes(tab: string, header: Cell[], added: readonly string[]): string[] {
  if (added.length === 0) return [];
  const unread = unreadHeaders(header);
  const notes: string[] = [];
  for (const u of unread) {
    if (u.near === undefined || !added.includes(u.near)) continue;
    notes.push(
      `「${tab}」表头${u.column}列「${u.text}」含有「${u.name}」，但未被识别为「${u.near}」列，本列不参与计算；已补充的「${u.near}」列是空的：如果「${u.text}」就是${u.near}，请把它的表头改为「${u.near}」，删除补充的空列后重新运行初始化台账。`,
    );
  }
  const others = unread.filter((u) => u.near === undefined || !added.includes(u.near));
  if (others.length > 0) {
    const shown = others
      .slice(0, 8)
      .map((u) => `${u.column}列「${u.text}」`)
      .join('、');
    notes.push(
      `「${tab}」表头的${shown}${others.length > 8 ? ` 等${others.length}列` : ''}未被识别为台账的任何一列，不参与计算；已补充的${added
        .map((h) => `「${h}」`)
        .join(
          '、',
        )}列是空的。如果其中某列就是补充的某一列（例如报送对象），请把它的表头改为该列的名称，删除补充的空列后重新运行初始化台账。`,
    );
  }
  return notes;
}

/** The computed columns a formula fills: ZG_LEDGER all three, ZG_POINTS 积分, ZG_CREDIT 计任务, ZG_CHECK 校验. */
function computedColumnsOf(formula: string): readonly string[] {
  const upper = formula.toUpperCase();
  if (upper.includes('ZG_LEDGER(')) return COMPUTED_HEADERS;
  return COMPUTED_HEADERS.filter((name) => upper.includes(`${COMPUTED_FUNCTIONS[name]}(`));
}

function noteColumns(summary: SetupSummary, names: readonly string[]): void {
  const list = summary.formulaColumns ?? [];
  for (const name of names) if (!list.includes(name)) list.push(name);
  summary.formulaColumns = list;
}

/** The summary as the office reads it in the alert. */
export function setupSummaryText(s: SetupSummary): string {
  const lines: string[] = [];
  if (s.created.length > 0) lines.push(`已新建：${s.created.join('、')}`);
  if (s.filled.length > 0) lines.push(`已按上街区积分办法填入：${s.filled.join('、')}`);
  const tab = s.ledgerTab ?? LEDGER_TAB;
  if (s.addedHeaders.length > 0)
    lines.push(
      `${tab}已补充列${s.addedColumns ? `（${s.addedColumns}列）` : ''}：${s.addedHeaders.join('、')}`,
    );
  // The columns written, named: a hand-typed 积分 kept gets none (audit s38 P4 said 2 列（积分、计任务、校验）).
  if (s.formulas > 0)
    lines.push(`已设置自动计算列 ${s.formulas} 列（${(s.formulaColumns ?? COMPUTED_HEADERS).join('、')}）`);
  if (lines.length === 0 && !s.ledgerUntouched && !s.computedMoved && !(s.rewritten && s.rewritten > 0))
    lines.push('台账已完整，没有需要补充的内容；已有内容均未改动。');
  if (s.protectedTabs.length > 0) {
    lines.push(
      s.ledgerUntouched
        ? `受保护的表：${s.protectedTabs.join('、')}`
        : `受保护的表：${s.protectedTabs.join('、')}；${tab}的审核状态、核定、调整分、调整理由列同样受保护`,
    );
  }
  pushAll(lines, s.notes);
  return lines.join('\n');
}
