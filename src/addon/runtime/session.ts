// What every server function reads first: the active spreadsheet, the user's address, today, a tab's
// values and the rules in force. Dates are read, and today is taken, in the spreadsheet's own time
// zone (zone.ts), which may differ from the script's.
import { userError } from '../../core/errors';
import { resolveRules } from '../../core/index';
import { PRESET_TITLES, parsePresetName, RULE_TABLE_NAMES, type RuleGrids } from '../../core/rules';
import { cellText } from '../../core/text';
import type { Cell, Day, Grid, RuleError, Rules } from '../../core/types';
import { knownUnitTypeNotes, onItsTab, type RuleSources } from '../../sheets/run';
import {
  isGeneratedOrRuleTab,
  LEDGER_TAB,
  type RuleTabs,
  ruleTabs,
  ruleTabsByHeader,
  TOP_ROWS,
  tabWord,
} from '../../sheets/tabs';
import { datesInZone, spreadsheetZone, todayIn } from './zone';

export function book(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** A tab the page named, or a 'not-found' refusal saying `missing` (the page shows it). */
export function sheetOrRefuse(name: string, missing: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = book().getSheetByName(name);
  if (!sheet) throw userError('not-found', missing);
  return sheet;
}

/** A text argument from a page, trimmed; '' when the page sent something else. */
export function textArg(value: unknown): string {
  return cellText(typeof value === 'string' ? value : '');
}

/** The spreadsheet's time zone (null when it cannot be read: then Dates are taken as they come). */
export function zone(): string | null {
  return spreadsheetZone(book());
}

/** A tab's filled values, dates read in the spreadsheet's zone, or undefined when there is no such tab. */
export function readTab(name: string, tz: string | null = zone()): Grid | undefined {
  const sheet = book().getSheetByName(name);
  return sheet ? datesInZone(sheet.getDataRange().getValues() as Grid, tz) : undefined;
}

/**
 * Which tab holds each rule table, as the report finds them: by name (单位, 单位 , 考核指标 …), then, for a tab
 * no name matches, by its header row (批示加分 with 批示 | 加分). Only the top rows of those tabs are read.
 */
export function findRuleTabs(ss = book()): RuleTabs {
  const sheets = ss.getSheets();
  const names = sheets.map((s) => s.getName());
  const top = (tab: string): Grid => {
    const sheet = sheets[names.indexOf(tab)];
    const rows = sheet ? Math.min(TOP_ROWS, sheet.getLastRow()) : 0;
    const cols = sheet && rows > 0 ? sheet.getLastColumn() : 0;
    return rows > 0 && cols > 0 ? (sheet.getRange(1, 1, rows, cols).getValues() as Grid) : [];
  };
  const others = names.filter((n) => tabWord(n) !== LEDGER_TAB && !isGeneratedOrRuleTab(n.trim()));
  return ruleTabsByHeader(ruleTabs(names), others, top);
}

/** The rule tables from the tabs the report reads them from (findRuleTabs). */
export function readRuleGrids(tz: string | null = zone()): RuleGrids {
  const grids: RuleGrids = {};
  const { tabs } = findRuleTabs();
  for (const table of RULE_TABLE_NAMES) {
    const grid = readTab(tabs[table] ?? table, tz);
    if (grid) grids[table] = grid;
  }
  return grids;
}

/**
 * The rules in force; `unitsFromTable` says whether the office's 单位 tab lists units (else the preset's).
 * A 指标 row for a preset's unit type no unit has is a note, not an error, as 生成通报 and ZG_LEDGER take it:
 * else 录入稿件 refused to score and the sidebars counted an error the report does not (review S25).
 */
export function loadRules(grids: RuleGrids = readRuleGrids()): {
  rules: Rules;
  errors: RuleError[];
  notes: RuleError[];
  unitsFromTable: boolean;
} {
  const { rules, errors: all } = resolveRules(grids);
  const { errors, notes } = knownUnitTypeNotes(all);
  // Named by the tabs they were read from (计分标准, 考核指标), as the report names them: looked up only when
  // there is an error or note to name.
  const tabs = all.length > 0 ? findRuleTabs().tabs : {};
  const sources: RuleSources = {};
  for (const table of RULE_TABLE_NAMES) {
    const tab = tabs[table];
    if (tab !== undefined && grids[table] !== undefined) sources[table] = { tab };
  }
  return {
    rules,
    errors: errors.map((e) => onItsTab(e, sources)),
    notes: notes.map((e) => onItsTab(e, sources)),
    unitsFromTable: dataRowCount(grids.单位).rows > 0,
  };
}

/** Data rows below the header (the first non-blank row). */
export function dataRowCount(grid: Grid | undefined): { header: Cell[] | null; rows: number } {
  if (!grid) return { header: null, rows: 0 };
  const blank = (r: Cell[] | undefined) => !r || r.every((c) => cellText(c) === '');
  const h = grid.findIndex((r) => !blank(r));
  if (h < 0) return { header: null, rows: 0 };
  let rows = 0;
  for (let i = h + 1; i < grid.length; i++) if (!blank(grid[i])) rows++;
  return { header: grid[h], rows };
}

export function currentEmail(): string {
  try {
    return cellText(Session.getActiveUser().getEmail());
  } catch {
    return ''; // consumer accounts outside the owner's domain do not reveal their address
  }
}

/** Today in the spreadsheet's zone: a Tokyo spreadsheet's morning is still yesterday in Shanghai. */
export function today(tz: string | null = zone()): Day {
  return todayIn(tz);
}

/** The preset named in 设置, as its title (上街区 when unnamed). */
export function presetLabel(rules: Rules): string {
  const name = parsePresetName(rules.settings.preset);
  return name ? PRESET_TITLES[name] : rules.settings.preset || PRESET_TITLES.上街区;
}
