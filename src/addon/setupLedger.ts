// 初始化台账 on the live spreadsheet: create what is missing, patch what is incomplete, never overwrite a
// filled cell or an edited rule, then protect the rule tabs and 领导看板.
import { dayOfDate, yearOf } from '../core/dates';
import { resolveRules } from '../core/index';
import { type PresetName, presetRules, type RuleTableName, rulesToGrids } from '../core/rules';
import type { Grid } from '../core/types';
import {
  dashboardPlaceholder,
  ledgerModel,
  planLedgerPatch,
  protectionWarningOnly,
  ruleTabModel,
} from '../sheets/setup';
import { DASHBOARD_TAB, LEDGER_TAB, RULE_TABS } from '../sheets/tabs';
import { applyValidations, sheetValue, writeModelInto } from './appsWorkbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const COMPUTED_PROTECTION = '组工台账：计算列（由公式自动计算，请勿手填）';

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
  const validated =
    maxRows >= 2
      ? sheet
          .getRange(2, 1, 1, lastCol)
          .getDataValidations()[0]
          .map((v) => v !== null)
      : [];
  const plan = planLedgerPatch(
    {
      header,
      headerFormulas,
      validated,
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
  for (const f of plan.formulas) sheet.getRange(f.row, f.col).setFormula(f.formula);
  summary.formulas += plan.formulas.length;
  applyValidations(ss, sheet, plan.validations);
  for (const w of plan.widths) sheet.setColumnWidth(w.col, w.width);
  if (plan.freezeHeader) sheet.setFrozenRows(1);
  summary.notes.push(...plan.notes);
}

/** Computed columns warn before anyone types over them (a typed value would break the array formula). */
function protectComputedColumns(sheet: Sheet): void {
  const type = SpreadsheetApp.ProtectionType.RANGE;
  if (sheet.getProtections(type).some((p) => p.getDescription() === COMPUTED_PROTECTION)) return;
  const formulas = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getFormulas()[0];
  const cols = formulas
    .map((f, i) => (/ZG_(POINTS|CREDIT|CHECK)\(/i.test(f) ? i + 1 : 0))
    .filter((c) => c > 0);
  if (cols.length === 0) return;
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  sheet
    .getRange(1, first, sheet.getMaxRows(), last - first + 1)
    .protect()
    .setDescription(COMPUTED_PROTECTION)
    .setWarningOnly(true);
}

/** Rule tabs and 领导看板: only the owner and the 管理员 of 设置 may edit (or a warning only). */
function protectTab(sheet: Sheet, warningOnly: boolean, editors: string[]): void {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (existing) {
    if (existing.isWarningOnly() !== warningOnly) {
      existing.setWarningOnly(warningOnly);
      if (!warningOnly) restrict(existing, editors);
    } else if (!warningOnly && editors.length > 0) {
      existing.addEditors(editors); // adds the missing ones; nobody is removed on a re-run
    }
    return;
  }
  const p = sheet.protect().setDescription(`组工台账：「${sheet.getName()}」仅表格所有者和管理员可修改`);
  if (warningOnly) p.setWarningOnly(true);
  else restrict(p, editors);
}

function restrict(p: GoogleAppsScript.Spreadsheet.Protection, editors: string[]): void {
  // As Google's sample does: keep the running user, drop everyone else, then add the 管理员.
  p.addEditor(Session.getEffectiveUser());
  p.removeEditors(p.getEditors());
  if (editors.length > 0) p.addEditors(editors);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

/** A preset's rule tables for a new spreadsheet: 设置 年度 is this year, not the preset's example year. */
export function presetGridsForToday(name: PresetName, now: Date = new Date()): Record<RuleTableName, Grid> {
  const rules = presetRules(name);
  rules.settings.year = yearOf(dayOfDate(now));
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
  const preset = presetGridsForToday('上街区');
  const widths: Partial<Record<RuleTableName, number>> = {};

  // Rule tabs first: the ledger's formulas name them.
  for (const name of RULE_TABS) {
    let sheet = ss.getSheetByName(name);
    if (!sheet) {
      sheet = ss.insertSheet(name, ss.getNumSheets());
      writeModelInto(ss, sheet, ruleTabModel(name, preset[name]));
      summary.created.push(name);
    } else if (isEmptySheet(sheet)) {
      writeModelInto(ss, sheet, ruleTabModel(name, preset[name]));
      summary.filled.push(name);
    } else {
      widths[name] = sheet.getLastColumn();
    }
  }

  let ledger = ss.getSheetByName(LEDGER_TAB);
  // A new spreadsheet's blank first tab (Sheet1 / 工作表1) becomes the ledger rather than a leftover.
  const blankDefault = ledger
    ? null
    : (ss.getSheets().find((sh) => /^(Sheet|工作表)\s?\d+$/.test(sh.getName()) && isEmptySheet(sh)) ?? null);
  if (blankDefault) {
    ledger = blankDefault.setName(LEDGER_TAB);
    writeModelInto(ss, ledger, ledgerModel(widths, ledger.getMaxRows()));
    summary.created.push(LEDGER_TAB);
    summary.formulas += 3;
  } else if (!ledger) {
    ledger = ss.insertSheet(LEDGER_TAB, 0);
    writeModelInto(ss, ledger, ledgerModel(widths, ledger.getMaxRows()));
    summary.created.push(LEDGER_TAB);
    summary.formulas += 3;
  } else if (isEmptySheet(ledger)) {
    writeModelInto(ss, ledger, ledgerModel(widths, ledger.getMaxRows()));
    summary.filled.push(LEDGER_TAB);
    summary.formulas += 3;
  } else {
    patchLedger(ss, ledger, widths, summary);
  }
  protectComputedColumns(ledger);

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
    protectTab(sheet, warningOnly, rules.settings.editors);
    summary.protectedTabs.push(name);
  }
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
  if (s.protectedTabs.length > 0) lines.push(`受保护的表：${s.protectedTabs.join('、')}`);
  lines.push(...s.notes);
  return lines.join('\n');
}
