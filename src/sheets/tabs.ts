// The names of the tabs the add-on and the command line read and write, once. Column names are the
// ledger's headers (core/ledger.ts LEDGER_HEADERS) and the rule tables' (core/rules TABLE_HEADERS).
import { RULE_TABLE_NAMES, type RuleTableName } from '../core/rules';

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

/** A tab the add-on generates or reads as rules: never the ledger. */
export function isGeneratedOrRuleTab(name: string): boolean {
  return (
    (RULE_TABS as readonly string[]).includes(name) ||
    name === DASHBOARD_TAB ||
    name === ISSUES_TAB ||
    name.startsWith(REPORT_TAB_PREFIX)
  );
}
