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
import { yearOf } from '../core/dates';
import { resolveRules } from '../core/index';
import { type PresetName, presetRules, type RuleTableName, rulesToGrids } from '../core/rules';
import type { Grid } from '../core/types';
import { blockA1, colLetters, columnRuns } from '../sheets/a1';
import {
  dashboardPlaceholder,
  ledgerModel,
  planLedgerPatch,
  protectionWarningOnly,
  REVIEWER_COLUMNS,
  ruleTabModel,
} from '../sheets/setup';
import { DASHBOARD_TAB, LEDGER_TAB, RULE_TABS } from '../sheets/tabs';
import { applyValidations, sheetValue, writeModelInto } from './appsWorkbook';
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
  /** Computed-column formulas written. */
  formulas: number;
  protectedTabs: string[];
  notes: string[];
}

function isEmptySheet(sheet: Sheet): boolean {
  return sheet.getLastRow() === 0 && sheet.getLastColumn() === 0;
}

function patchLedger(
  ss: Spreadsheet,
  sheet: Sheet,
  widths: Partial<Record<RuleTableName, number>>,
  summary: SetupSummary,
): void {
  const lastCol = Math.max(sheet.getLastColumn(), 1);
  const lastRow = sheet.getLastRow();
  const maxRows = sheet.getMaxRows();
  const head = sheet.getRange(1, 1, 1, lastCol);
  const header = head.getValues()[0];
  const headerFormulas = head.getFormulas()[0];
  const row2 = maxRows >= 2 ? sheet.getRange(2, 1, 1, lastCol) : null;
  const validated = row2 ? row2.getDataValidations()[0].map((v) => v !== null) : [];
  const formats = row2 ? row2.getNumberFormats()[0] : [];
  const plan = planLedgerPatch(
    {
      header,
      headerFormulas,
      validated,
      formats,
      maxRows,
      frozenRows: sheet.getFrozenRows(),
      blankBelow: (col) =>
        lastRow < 2 ||
        sheet
          .getRange(2, col, lastRow - 1, 1)
          .getValues()
          .every((r) => r[0] === '' || r[0] === null),
    },
    widths,
  );
  const needCols = Math.max(0, ...plan.headers.map((h) => h.col), ...plan.formulas.map((f) => f.col));
  const maxCols = sheet.getMaxColumns();
  if (needCols > maxCols) sheet.insertColumnsAfter(maxCols, needCols - maxCols);
  if (plan.headers.length > 0) {
    // Appended headers are contiguous: one write.
    const first = plan.headers[0].col;
    sheet.getRange(1, first, 1, plan.headers.length).setValues([plan.headers.map((h) => sheetValue(h.text))]);
    summary.addedHeaders.push(...plan.headers.map((h) => h.text));
  }
  // Old per-column formulas go first, so ZG_LEDGER's result has the cells it fills free.
  for (const c of plan.clears) sheet.getRange(c.row, c.col).clearContent();
  for (const f of plan.formulas) sheet.getRange(f.row, f.col).setFormula(f.formula);
  summary.formulas += plan.formulas.reduce((n, f) => n + f.columns, 0);
  applyValidations(ss, sheet, plan.validations);
  for (const format of new Set(plan.formats.map((f) => f.format))) {
    const a1s = plan.formats.filter((f) => f.format === format).map((f) => blockA1(f.block));
    sheet.getRangeList(a1s).setNumberFormat(format);
  }
  for (const w of plan.widths) sheet.setColumnWidth(w.col, w.width);
  if (plan.freezeHeader) sheet.setFrozenRows(1);
  summary.notes.push(...plan.notes);
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
function protectComputedColumns(sheet: Sheet, summary: SetupSummary): void {
  const formulas = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getFormulas()[0];
  // ZG_LEDGER fills its own column and the two to its right.
  const cols = formulas.flatMap((f, i) =>
    /ZG_LEDGER\(/i.test(f) ? [i + 1, i + 3] : /ZG_(POINTS|CREDIT|CHECK)\(/i.test(f) ? [i + 1] : [],
  );
  if (cols.length === 0) return;
  const first = Math.min(...cols);
  const last = Math.max(...cols);
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
      (REVIEWER_COLUMNS as readonly string[]).includes(String(h).replace(/\s+/g, '')) ? i + 1 : 0,
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
): Record<RuleTableName, Grid> {
  const rules = presetRules(name);
  rules.settings.year = year;
  return rulesToGrids(rules);
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
  const preset = presetGridsForToday('上街区', yearOf(todayIn(spreadsheetZone(ss))));
  const widths: Partial<Record<RuleTableName, number>> = {};

  // Rule tabs first: the ledger's formulas name them.
  for (const name of RULE_TABS) {
    const sheet = ss.getSheetByName(name);
    if (sheet && !isEmptySheet(sheet)) {
      widths[name] = sheet.getLastColumn();
      continue;
    }
    writeModelInto(ss, sheet ?? ss.insertSheet(name, ss.getNumSheets()), ruleTabModel(name, preset[name]));
    (sheet ? summary.filled : summary.created).push(name);
  }

  let ledger = ss.getSheetByName(LEDGER_TAB);
  // A new spreadsheet's blank first tab (Sheet1 / 工作表1) becomes the ledger rather than a leftover.
  const blankDefault = ledger
    ? null
    : (ss.getSheets().find((sh) => /^(Sheet|工作表)\s?\d+$/.test(sh.getName()) && isEmptySheet(sh)) ?? null);
  const created = !ledger;
  ledger = ledger ?? blankDefault?.setName(LEDGER_TAB) ?? ss.insertSheet(LEDGER_TAB, 0);
  if (created || isEmptySheet(ledger)) {
    writeModelInto(ss, ledger, ledgerModel(widths, ledger.getMaxRows()));
    (created ? summary.created : summary.filled).push(LEDGER_TAB);
    summary.formulas += 3;
  } else {
    patchLedger(ss, ledger, widths, summary);
  }
  protectComputedColumns(ledger, summary);

  let dashboard = ss.getSheetByName(DASHBOARD_TAB);
  if (!dashboard) {
    dashboard = ss.insertSheet(DASHBOARD_TAB, 1);
    writeModelInto(ss, dashboard, dashboardPlaceholder());
    summary.created.push(DASHBOARD_TAB);
  }

  const settingsSheet = ss.getSheetByName('设置');
  const settingsGrid = (settingsSheet ? settingsSheet.getDataRange().getValues() : []) as Grid;
  const warningOnly = protectionWarningOnly(settingsGrid);
  const { rules } = resolveRules({ 设置: settingsGrid });
  for (const name of [...RULE_TABS, DASHBOARD_TAB]) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    if (protectTab(sheet, warningOnly, rules.settings.editors, summary)) summary.protectedTabs.push(name);
  }
  const header = ledger.getRange(1, 1, 1, Math.max(ledger.getLastColumn(), 1)).getValues()[0];
  protectReviewerColumns(ledger, header, warningOnly, rules.settings.editors, summary);
  ledger.activate();
  return summary;
}

/** The summary as the office reads it in the alert. */
export function setupSummaryText(s: SetupSummary): string {
  const lines: string[] = [];
  if (s.created.length > 0) lines.push(`已新建：${s.created.join('、')}`);
  if (s.filled.length > 0) lines.push(`已按上街区积分办法填入：${s.filled.join('、')}`);
  if (s.addedHeaders.length > 0) lines.push(`稿件台账已补充列：${s.addedHeaders.join('、')}`);
  if (s.formulas > 0) lines.push(`已设置自动计算列 ${s.formulas} 列（积分、计任务、校验）`);
  if (lines.length === 0) lines.push('台账已完整，没有需要补充的内容；已有内容均未改动。');
  if (s.protectedTabs.length > 0) {
    lines.push(
      `受保护的表：${s.protectedTabs.join('、')}；稿件台账的审核状态、核定、调整分、调整理由列同样受保护`,
    );
  }
  lines.push(...s.notes);
  return lines.join('\n');
}
