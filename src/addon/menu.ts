// The add-on menu 组工台账 and the handlers behind its items. onOpen may run in AuthMode.NONE (before
// the add-on is enabled in the document), where only the menu may be built: no other service calls.
import { DASHBOARD_TAB } from '../sheets/tabs';
import { refreshDashboard } from './dashboard';
import { withDocumentLock } from './runtime/lock';
import { respond } from './runtime/respond';
import { runSetup, setupSummaryText } from './setupLedger';

/** Menu captions and the top-level functions they call ('' = a separator). */
export const MENU_ITEMS: readonly (readonly [string, string])[] = [
  ['初始化台账', 'setupLedger'],
  ['', ''],
  ['录入稿件', 'showEntrySidebar'],
  ['生成通报…', 'showReportDialog'],
  ['刷新领导看板', 'refreshDashboardFromMenu'],
  ['', ''],
  ['规则与预设…', 'showRulesSidebar'],
  ['使用说明', 'showHelp'],
];

/**
 * Builds the 组工台账 menu (an add-on menu: under 扩展程序 for an add-on, named after the script project).
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: unknown): void {
  void e; // the menu is the same in every AuthMode, so nothing here needs authorization
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [caption, fn] of MENU_ITEMS) {
    if (caption === '') menu.addSeparator();
    else menu.addItem(caption, fn);
  }
  menu.addToUi();
}

/**
 * Runs when the add-on is installed: builds the menu at once, without reopening the document.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

function ui(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

/** 初始化台账: create the missing tabs and columns; never overwrites what is there. */
export function setupLedger(): void {
  const result = respond(() => ({ summary: setupSummaryText(withDocumentLock(() => runSetup())) }));
  ui().alert('初始化台账', result.ok ? result.summary : result.message, ui().ButtonSet.OK);
}

/** A page from src/ui (templated, so <?= ?> scriptlets work in it). */
function page(file: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createTemplateFromFile(file).evaluate();
}

/** 录入稿件: the entry form in the sidebar. */
export function showEntrySidebar(): void {
  ui().showSidebar(page('entry').setTitle('录入稿件'));
}

/** 生成通报…: pick a month, quarter, year or date range. */
export function showReportDialog(): void {
  ui().showSidebar(page('report').setTitle('生成通报'));
}

/** 规则与预设…: rule table status and presets. */
export function showRulesSidebar(): void {
  ui().showSidebar(page('rules').setTitle('规则与预设'));
}

/** 使用说明. */
export function showHelp(): void {
  ui().showSidebar(page('help').setTitle('使用说明'));
}

/** 刷新领导看板 from the menu: refresh, then say how it went. */
export function refreshDashboardFromMenu(): void {
  const result = refreshDashboard();
  if (result.ok) SpreadsheetApp.getActive().toast(result.message, DASHBOARD_TAB, 8);
  else ui().alert('刷新领导看板', result.message, ui().ButtonSet.OK);
}
