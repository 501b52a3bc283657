// The names of the tabs the add-on and the command line read and write, once. Column names are the
// ledger's headers (core/ledger.ts LEDGER_HEADERS) and the rule tables' (core/rules TABLE_HEADERS).

import { headerField } from '../core/ledger';
import { RULE_TABLE_NAMES, type RuleTableName, TABLE_HEADERS, tableOfHeader } from '../core/rules';
import { simplified } from '../core/simplified';
import { cellText, toHalfWidth } from '../core/text';
import type { Cell, Grid, LedgerField } from '../core/types';

/** 稿件台账: one row per manuscript. */
export const LEDGER_TAB = '稿件台账';
/** 领导看板: the current year at a glance, rebuilt by its own menu item. */
export const DASHBOARD_TAB = '领导看板';
/** 通报 <period code>: one tab per period report. */
export const REPORT_TAB_PREFIX = '通报';
/** 待核实: the office's list of ledger rows to correct (never part of the sent 通报). */
export const ISSUES_TAB = '待核实';
/** The rule tabs 单位 媒体 计分 系数 加分 指标 设置. */
export const RULE_TABS: readonly RuleTableName[] = RULE_TABLE_NAMES;
/** Optional ledger column the 录入稿件 form fills with the user's address. */
export const ENTERED_BY_COLUMN = '录入人';

/**
 * A tab's name as compared with the names above: trimmed, traditional characters simplified (稿件臺賬 is
 * 稿件台账, 媒體 is 媒体). The tab keeps the name it has.
 */
export function tabWord(name: string): string {
  return simplified(name.trim());
}

/** A tab the add-on generates or reads as rules: never the ledger. */
export function isGeneratedOrRuleTab(name: string): boolean {
  name = simplified(name);
  return (
    (RULE_TABS as readonly string[]).includes(name) ||
    name === DASHBOARD_TAB ||
    name === ISSUES_TAB ||
    name.startsWith(REPORT_TAB_PREFIX)
  );
}

/**
 * A tab name as it may name a rule table: 考核指标, 指标表, 指标（2024）, 计分标准, 系统设置, 人员名单, 单位任务,
 * 单位 的副本 (Sheets' name for a copied tab) all name one. Without year, brackets, spaces and those words.
 */
function ruleTableKey(name: string): string {
  return toHalfWidth(simplified(name))
    .replace(/\s+/g, '')
    .replace(/^(copyof)/i, '')
    .replace(/的副本$|副本$/, '')
    .replace(/\([^)]*\)$/, '')
    .replace(/^(\d{4}年?(度)?)/, '')
    .replace(/^(考核|系统|规则|积分|评分)/, '')
    .replace(/(表|标准|名单|任务|一览表|清单)$/, '');
}

export interface RuleTabs {
  /** The tab read as each rule table. */
  tabs: Partial<Record<RuleTableName, string>>;
  /** Tabs read under a name that is not the table's own (考核指标 → 指标), for a notice; `byHeader` when only
   * the header row told the table (批示加分 with 批示 | 加分). */
  renamed: { tab: string; table: RuleTableName; byHeader?: boolean }[];
  /** Tabs that also name a table already found (two 单位 tabs): not read, for a notice. */
  unused: { tab: string; table: RuleTableName; used: string }[];
}

/** Which tab is each rule table: its own name first, then a trimmed one, then one that names it otherwise. */
export function ruleTabs(names: readonly string[]): RuleTabs {
  const tabs: Partial<Record<RuleTableName, string>> = {};
  const renamed: RuleTabs['renamed'] = [];
  const unused: RuleTabs['unused'] = [];
  const taken = new Set<string>();
  for (const table of RULE_TABLE_NAMES) {
    const tab = names.find((n) => n === table) ?? names.find((n) => tabWord(n) === table);
    if (tab !== undefined) {
      tabs[table] = tab;
      taken.add(tab);
    }
  }
  for (const n of names) {
    if (taken.has(n) || tabWord(n) === LEDGER_TAB || isGeneratedOrRuleTab(n.trim())) continue;
    const table = RULE_TABLE_NAMES.find((t) => t === ruleTableKey(n));
    if (table === undefined) continue;
    const used = tabs[table];
    if (used === undefined) {
      tabs[table] = n;
      renamed.push({ tab: n, table });
    } else unused.push({ tab: n, table, used });
    taken.add(n);
  }
  return { tabs, renamed, unused };
}

/** Ledger columns a rule table may hold beside its own (备注 for the office's notes). */
const NOTE_FIELDS: ReadonlySet<LedgerField> = new Set(['备注']);

/** How many of a row's headers name ledger columns that are not `table`'s own (单位, 类别 … beside 媒体, 级别). */
function foreignColumns(row: Cell[], table: RuleTableName): number {
  const own = new Set(TABLE_HEADERS[table]);
  let n = 0;
  for (const cell of row) {
    const field = headerField(cell);
    const key = simplified(toHalfWidth(cellText(cell)).replace(/\s+/g, ''));
    if (field !== undefined && !own.has(field) && !own.has(key) && !NOTE_FIELDS.has(field)) n++;
  }
  return n;
}

/** Rows a rule table's header is looked for in (as core/rules tableOfHeader looks). */
export const TOP_ROWS = 12;

/**
 * The rule table a tab's header names, or null. A header naming the columns of several tables or of the
 * ledger (a dropdown list tab: 单位 | 类别 | 媒体 | 级别 | 采用方式 | 报送对象) is none, though it holds 媒体 and 级别:
 * two or more ledger columns the table does not have make a header no rule table's.
 */
export function ruleTableOfHeader(grid: Grid): RuleTableName | null {
  const table = tableOfHeader(grid);
  if (table === null || !Array.isArray(grid)) return table;
  for (const row of grid.slice(0, TOP_ROWS)) {
    if (Array.isArray(row) && foreignColumns(row, table) >= 2) return null;
  }
  return table;
}

/**
 * What the header rows say, over what the names say: a tab read by a near-miss name whose header is another
 * table's (单位任务 holding 名称 | 对象 | 度量 | 目标) is that table; a tab no name matched (批示加分, 任务指标)
 * whose header names a table's required columns is that table. `others` are the tabs neither ledger nor
 * generated; `read` reads a tab (the caller's cache: each tab is read once).
 */
export function ruleTabsByHeader(
  found: RuleTabs,
  others: readonly string[],
  read: (tab: string) => Grid,
): RuleTabs {
  const tabs = { ...found.tabs };
  const renamed = [...found.renamed];
  let unused = [...found.unused];
  // A second tab a name gave to a table already found may hold another table (单位任务 beside 单位, with 指标).
  for (const u of found.unused) {
    const table = ruleTableOfHeader(read(u.tab));
    if (table === null || table === u.table || tabs[table] !== undefined) continue;
    tabs[table] = u.tab;
    renamed.push({ tab: u.tab, table, byHeader: true });
    unused = unused.filter((x) => x !== u);
  }
  for (const r of found.renamed) {
    const table = ruleTableOfHeader(read(r.tab));
    if (table === null || table === r.table || tabs[table] !== undefined) continue;
    delete tabs[r.table];
    tabs[table] = r.tab;
    renamed[renamed.indexOf(r)] = { tab: r.tab, table, byHeader: true };
  }
  const taken = new Set<string>([...(Object.values(tabs) as string[]), ...unused.map((u) => u.tab)]);
  for (const tab of others) {
    if (taken.has(tab)) continue;
    const table = ruleTableOfHeader(read(tab));
    if (table === null) continue;
    const used = tabs[table];
    if (used === undefined) {
      tabs[table] = tab;
      renamed.push({ tab, table, byHeader: true });
    } else unused.push({ tab, table, used });
  }
  return { tabs, renamed, unused };
}

/**
 * The tabs besides the ledger (`ledger`) that may hold more of it, one per year: every tab that is no rule
 * table (by name or near-miss name), report, 待核实 or 领导看板. 生成通报 reads them; so does 录入稿件.
 */
export function otherLedgerTabNames(
  names: readonly string[],
  ledger: string | null,
  found: RuleTabs = ruleTabs(names),
): string[] {
  const rules = new Set<string>([
    ...(Object.values(found.tabs) as string[]),
    ...found.unused.map((u) => u.tab),
  ]);
  return names.filter((n) => n !== ledger && !isGeneratedOrRuleTab(n.trim()) && !rules.has(n));
}
