// The engine's front door: a ledger grid and rule grids in, every computed figure out.

import { pushAll } from './arrays';
import { matchAuthorNames } from './authorNames';
import { creditedRows } from './credit';
import { yearOf } from './dates';
import { type IndicatorEvaluation, laterVersionNotes } from './indicators';
import { matchUnitNames, type ParseOptions, parseLedger } from './ledger';
import { ledgerSource } from './ledgerTable';
import { clampToPeriod, yearPeriod } from './period';
import { placementNotices } from './placement';
import { hasRemarks, remarksTextReader } from './remarks';
import { buildReport, periodIndicators } from './report';
import {
  type ColumnNeed,
  type DeemedPersonNote,
  deemedPeopleTheLedgerLacks,
  hasText,
  isHeaderOnly,
  type KindNote,
  kindsTheLedgerLacks,
  noneLine,
  PRESET_NAMES,
  PRESET_TITLES,
  type PresetName,
  parsePresetName,
  presetFallback,
  RULE_TABLE_NAMES,
  type RuleGrids,
  type RuleTableName,
  readRules,
  rulesNeedingLackedColumns,
  settingInGrid,
  textOnlyLines,
} from './rules';
import { scoreLedger } from './score';
import { type ScoredColumns, scoredColumns, shownAt } from './scoredColumns';
import { brief } from './text';
import type { Day, Grid, ParsedLedger, Period, ReportModel, RuleError, Rules, ScoredLedger } from './types';

export { creditedRows } from './credit';
export { COMPUTED_HEADERS, LEDGER_HEADERS, parseLedger } from './ledger';
export { clampToPeriod, parsePeriod } from './period';
export { buildReport, periodIndicators } from './report';
export { scoreLedger } from './score';

export interface AssessInput {
  ledger: Grid;
  tables?: RuleGrids;
  /** The preset that fills rule tables the workbook does not have; else 设置's 预设, else 上街区. */
  preset?: PresetName;
  /**
   * The scoring tables `preset` filled, when the caller made some of `tables` from it (the command line's
   * units inferred from the ledger, with the preset's 指标 for the ledger's unit types); else worked out
   * from `tables` (presetFilledTables).
   */
  presetFilled?: readonly RuleTableName[];
  /** Where the ledger's lines came from (several tabs) and today, for date sanity. */
  ledgerOptions?: ParseOptions;
  /**
   * The ledger as a caller already read it (units taken from the ledger need it first), with the options it
   * was read with: used when they are the ones assess reads with (ledgerReadOptions), else read again.
   */
  read?: { parsed: ParsedLedger; options: ParseOptions };
}

export interface AssessOptions {
  period?: Period;
  /** "Today" for pace, as given (an explicit as-of date); defaults to `today` clamped into the period. */
  asOf?: Day;
  /** The calendar day it is now: clamped into the period when no asOf is given; else the period's end. */
  today?: Day;
}

export interface Assessment {
  parsed: ParsedLedger;
  /** Problems with the ledger's header row (missing 标题/单位, a repeated column): show them to the user. */
  headerIssues: string[];
  rules: Rules;
  ruleErrors: RuleError[];
  /** What the rule tables say with a doubt (a column no table knows): notices, not refusals. */
  ruleNotes: RuleError[];
  /**
   * The rule cells reading a ledger column the ledger lacks (计分 by 类别 with no 类别 column): never applied,
   * each said at its cell. Also in ruleNotes; here with the column, for a caller that says the column itself.
   */
  ruleColumnNotes: ColumnNeed[];
  scored: ScoredLedger;
  indicators: IndicatorEvaluation;
  report: ReportModel;
}

/** The 预设 row of a 设置 grid: the preset it names (null: none or unknown), its text and sheet row. */
function presetInSettings(grid: Grid | undefined): { name: PresetName | null; text: string; row: number } {
  const found = settingInGrid(grid, '预设');
  return found
    ? { name: parsePresetName(found.text), text: found.text, row: found.row }
    : { name: null, text: '', row: 0 };
}

/** The tables that score (设置 is read key by key, and no preset lists 人员). */
const SCORING_TABLES: readonly RuleTableName[] = ['单位', '媒体', '计分', '系数', '加分', '指标'];

/**
 * The scoring tables a preset fills for `tables`: those absent or blank, and 单位 / 媒体 / 计分 with only
 * their header (those cannot be empty; a header-only 系数 / 加分 / 指标 means none, the workbook's own).
 */
export function presetFilledTables(tables: RuleGrids): RuleTableName[] {
  return SCORING_TABLES.filter((t) => {
    const grid = tables[t];
    if (!hasText(grid)) return true;
    if ((t === '单位' || t === '媒体' || t === '计分') && isHeaderOnly(t, grid)) return true;
    // Lines of text and no header (a title alone): no rules of its own, unless a line says none (本年度不设加分).
    return textOnlyLines(t, grid) !== null && noneLine(t, grid) === null;
  });
}

/**
 * Rules from the workbook's tables over the chosen preset, with every table error. `presetFilled`: the
 * scoring tables the preset filled, when the caller knows better than `tables` (AssessInput.presetFilled).
 */
export function resolveRules(
  tables: RuleGrids = {},
  preset?: PresetName,
  presetFilled: readonly RuleTableName[] = presetFilledTables(tables),
): {
  rules: Rules;
  errors: RuleError[];
  notes: RuleError[];
  kindNotes: KindNote[];
  deemedPeople: DeemedPersonNote[];
  columnNeeds: ColumnNeed[];
} {
  const inSettings = presetInSettings(tables.设置);
  const named = inSettings.name;
  const base = presetFallback(preset ?? named ?? '上街区');
  const { rules, errors, notes, kindNotes, deemedPeople, columnNeeds } = readRules(tables, base);
  // An office's own name for its rules (临县积分办法) is no preset: what fills the tables it lacks is said.
  if (!preset && named === null && inSettings.text !== '') {
    const titles = PRESET_NAMES.map((p) => PRESET_TITLES[p]).join('、');
    // The tables the preset fills with rows of its own (its 人员 is empty): those the workbook lacks.
    const presetRows: Record<string, number> = {
      单位: base.units.length,
      媒体: base.outlets.length,
      计分: base.points.length,
      系数: base.multipliers.length,
      加分: base.bonuses.length,
      指标: base.indicators.length,
      人员: base.people?.length ?? 0,
    };
    const missing = RULE_TABLE_NAMES.filter(
      (t) => (presetRows[t] ?? 0) > 0 && (!Array.isArray(tables[t]) || tables[t]!.length === 0),
    );
    const filled =
      missing.length > 0
        ? `工作簿中没有的规则表（${missing.join('、')}）和「设置」中没有的项目按${PRESET_TITLES.上街区}取`
        : `「设置」中没有的项目按${PRESET_TITLES.上街区}取`;
    notes.push({
      table: '设置',
      row: inSettings.row,
      column: '值',
      message: `「设置」表第${inSettings.row}行“预设”为“${brief(inSettings.text)}”，不是已知的预设（${titles}）：${filled}`,
    });
  }
  // A preset asked for over a 设置 that names another, and filling scoring tables: the rules say which
  // preset filled them in. Filling none (the workbook has every scoring table), it filled at most 设置 keys
  // the workbook's 设置 lacks: the rules are the workbook's and keep the name its 设置 gives them (its 预设,
  // an office's own name included).
  if (preset && named !== preset && presetFilled.length > 0)
    return {
      rules: { ...rules, settings: { ...rules.settings, preset: base.settings.preset } },
      errors,
      notes,
      kindNotes,
      deemedPeople,
      columnNeeds,
    };
  return { rules, errors, notes, kindNotes, deemedPeople, columnNeeds };
}

/**
 * The ledger's names as the rules know them: 单位 / 对口处室 spellings as the 单位 table writes them, 作者 split
 * as 人员 lists people. The report, the sheet's computed columns and the entry form read names alike.
 */
export function matchNames(parsed: ParsedLedger, rules: Rules): void {
  matchUnitNames(parsed, rules.units);
  matchAuthorNames(parsed, rules);
  placementNotices(parsed, rules); // a 版面 near a rule's but none of them: told, not guessed
}

/** The 类别 the ledger's rows write (as read: 调研 is 调研报告). */
function ledgerKinds(parsed: ParsedLedger): Set<string> {
  const src = ledgerSource(parsed);
  const kinds = new Set<string>();
  const t = src.table;
  if (t === undefined) for (let i = 0; i < src.length; i++) kinds.add(src.at(i).kind);
  else for (let i = 0; i < t.n; i++) kinds.add(t.texts.values[t.kind[i]]);
  return kinds;
}

/** The authors the ledger's rows name (as read, after matchNames). */
function ledgerAuthors(parsed: ParsedLedger): Set<string> {
  const src = ledgerSource(parsed);
  const authors = new Set<string>();
  const t = src.table;
  if (t === undefined) for (let i = 0; i < src.length; i++) for (const a of src.at(i).authors) authors.add(a);
  else for (let i = 0; i < t.n; i++) for (const a of t.authors[i]) authors.add(a);
  return authors;
}

/** The 设置 table gives 年度 (not the preset's default): a date typed without a year can be read in it. */
export function yearInSettings(grid: Grid | undefined): boolean {
  return (settingInGrid(grid, '年度')?.text ?? '') !== '';
}

/**
 * The options assess reads the ledger with, `settingsYear` being its rules' 设置 年度 (or the preset's). The
 * report's year is the office's: a bad date's advice gives its examples in it. A date typed without a year
 * (3月5日) is read in it when the office named it (设置 年度, or the period asked), else a row issue. For a
 * caller that reads the ledger first (AssessInput.read).
 */
export function ledgerReadOptions(
  settingsYear: number,
  tables: RuleGrids | undefined,
  options: AssessOptions,
  ledgerOptions: ParseOptions | undefined,
): ParseOptions {
  const year = yearOf((options.period ?? yearPeriod(settingsYear)).to);
  const yearKnown = options.period !== undefined || yearInSettings(tables?.设置);
  return { year, ...(yearKnown ? { yearlessYear: year } : {}), ...ledgerOptions };
}

/** Options alike key by key (the same sources and spans objects): a ledger read with one is read with the other. */
function sameReadOptions(a: ParseOptions, b: ParseOptions): boolean {
  const keys = Object.keys(a) as (keyof ParseOptions)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export function assess(input: AssessInput, options: AssessOptions = {}): Assessment {
  const { rules, errors, notes, kindNotes, deemedPeople, columnNeeds } = resolveRules(
    input.tables,
    input.preset,
    input.presetFilled ?? presetFilledTables(input.tables ?? {}),
  );
  const period = options.period ?? yearPeriod(rules.settings.year);
  const parseOptions = ledgerReadOptions(rules.settings.year, input.tables, options, input.ledgerOptions);
  const parsed =
    input.read && sameReadOptions(input.read.options, parseOptions)
      ? input.read.parsed
      : parseLedger(input.ledger, parseOptions);
  matchNames(parsed, rules);
  // A rule's 类别 that is no kind at all is said unless the ledger writes it (an office's own kind) — or has
  // no 类别 column: then the rule's row is said with the rows the missing column leaves unused (below).
  const kindsApply = parsed.columns.类别 !== undefined;
  const unused = new Set(
    columnNeeds.filter((n) => !kindsApply && n.field === '类别').map((n) => `${n.table}|${n.row}`),
  );
  if (kindNotes.length > 0)
    pushAll(
      notes,
      kindsTheLedgerLacks(kindNotes, ledgerKinds(parsed)).filter((n) => !unused.has(`${n.table}|${n.row}`)),
    );
  // A person 视同达标 names whom 人员 does not list: said unless the ledger has that author.
  if (deemedPeople.length > 0)
    pushAll(
      notes,
      deemedPeopleTheLedgerLacks(deemedPeople, ledgerAuthors(parsed), (rules.people ?? []).length > 0),
    );
  // A rule reading a column the ledger lacks (计分 by 版面, 三审把关 with no 审核状态) is never applied: said.
  const ruleColumnNotes = rulesNeedingLackedColumns(columnNeeds, parsed.columns);
  pushAll(notes, ruleColumnNotes);
  const scored = scoreLedger(parsed, rules);
  const asOf =
    options.asOf ?? (options.today !== undefined ? clampToPeriod(options.today, period) : period.to);
  // Evaluated once, for the period's year, so the indicators and the report's statuses agree.
  const indicators = periodIndicators(scored, rules, period, asOf);
  // A 指标 version dated after asOf that the report judges by (a 全年 目标 dated 07-01 in a May report): said.
  pushAll(notes, laterVersionNotes(rules.indicators, yearOf(period.to), Math.min(asOf, period.to)));
  const report = buildReport(scored, rules, period, asOf, indicators);
  return {
    parsed,
    headerIssues: parsed.headerIssues,
    rules,
    ruleErrors: errors,
    ruleNotes: notes,
    ruleColumnNotes,
    scored,
    indicators,
    report,
  };
}

export interface RowOutput {
  points: number | '';
  /** 计任务: per-author credit; one number when the credited authors share equally. */
  credit: number | string | '';
  check: string;
}

/** 计任务 as shown in the sheet: 1, 0.5, or "0.6、0.4" for a 3:2 split; 0 when not counted. */
export function creditText(credit: number[], countable: boolean): number | string {
  if (!countable) return 0;
  // The common cases without building a list: no author, or every credited author with one share.
  let share = 0;
  let equal = true;
  for (let a = 0; a < credit.length; a++) {
    const c = credit[a];
    if (!(c > 0)) continue;
    if (share === 0) share = c;
    else if (c !== share) equal = false;
  }
  if (share === 0) return 1; // a unit's piece with no (credited) author still counts as one piece
  return equal ? share : credit.filter((c) => c > 0).join('、');
}

/**
 * Receives one scored row's 积分, 计任务 and 校验; `i` is its index below the header (sheet row i + 2), `k`
 * its index in scoredColumns (the computed columns read its mode there; writers of other rows leave it out).
 */
export type RowOutputWriter = (
  i: number,
  points: number,
  credit: number | string,
  check: string,
  k?: number,
  /** The row has issues (待核实): a 校验 of remarks alone (remarks.ts) is no problem to mark. */
  issue?: boolean,
) => void;

/** The sheet rows below the header the outputs cover: `dataRows`, else down to the last scored row. */
function outputCount(c: ScoredColumns, dataRows: number | undefined): number {
  const last = c.n > 0 ? c.row[c.n - 1] - 1 : 0;
  return Math.max(dataRows ?? last, 0);
}

/**
 * Each scored row's outputs handed to `write` as they are made (no object per row): a custom function
 * writes them straight into the range it returns. Rows no scored row lands on are not written: the caller
 * has them blank. Returns the number of rows covered (`dataRows`, else down to the last scored row).
 */
export function writeRowOutputs(
  scored: ScoredLedger,
  dataRows: number | undefined,
  write: RowOutputWriter,
): number {
  const c = scoredColumns(scored);
  const n = outputCount(c, dataRows);
  writeEach(scored, c, n, write);
  return n;
}

function writeEach(scored: ScoredLedger, c: ScoredColumns, n: number, write: RowOutputWriter): void {
  // Only rows read from several tabs joined have a grid line of their own: other ledgers' rows are not read here.
  const sources = scored.ledger.joined ? ledgerSource(scored.ledger) : null;
  const credited = creditedRows(scored, c);
  const parsedRemarks = ledgerSource(scored.ledger).table.remarks;
  const remarked = parsedRemarks.size > 0 || hasRemarks(scored);
  const remarksAt = remarksTextReader(scored, parsedRemarks);
  for (let k = 0; k < c.n; k++) {
    if (c.unit[k] < 0) continue; // a hole in a hand-built rows list
    // Several tabs read as one: the row's line in the joined grid, not its own tab's row number.
    const i = ((sources !== null && k < sources.length ? sources.at(k).gridRow : undefined) ?? c.row[k]) - 2;
    if (i < 0 || i >= n) continue;
    const issues = c.issues(k);
    // Remarks (remarks.ts) after the issues: said, yet no problem to check.
    const remarks = remarked ? remarksAt(k) : '';
    // One message is its own text (no join: a quarter of a ledger's rows may say one).
    const own = issues.length === 0 ? '' : issues.length === 1 ? issues[0] : issues.join('；');
    write(
      i,
      shownAt(c, c.points[k]),
      c.countable[k] === 1 && credited[k] === 1 ? creditText(c.credit(k), true) : 0,
      own === '' ? remarks : remarks === '' ? own : `${own}；${remarks}`,
      k,
      issues.length > 0,
    );
  }
}

/**
 * One output per sheet row below the header (index i ↔ sheet row i + 2), blank rows blank.
 * `dataRows` is the number of rows below the header to cover (defaults to the last filled row).
 */
export function rowOutputs(scored: ScoredLedger, dataRows?: number): RowOutput[] {
  const c = scoredColumns(scored);
  const n = outputCount(c, dataRows);
  const out = new Array<RowOutput>(n);
  writeEach(scored, c, n, (i, points, credit, check) => {
    out[i] = { points, credit, check };
  });
  // Blank sheet rows (and rows no scored row landed on) read blank; each its own object, as callers may set fields.
  for (let i = 0; i < n; i++) if (out[i] === undefined) out[i] = { points: '', credit: '', check: '' };
  return out;
}

/**
 * Per scored row, what the --json contract shows: `credit` the per-author shares, all 0 on a row that does
 * not count toward tasks, and `taskCredit` the sheet's 计任务 cell.
 */
export function rowTaskCredits(scored: ScoredLedger): { credit: number[]; taskCredit: number | string }[] {
  const c = scoredColumns(scored);
  const credited = creditedRows(scored, c);
  const out = new Array<{ credit: number[]; taskCredit: number | string }>(c.n);
  for (let k = 0; k < c.n; k++) {
    if (c.unit[k] < 0) {
      out[k] = { credit: [], taskCredit: 0 }; // a hole in a hand-built rows list
      continue;
    }
    const credit = c.credit(k);
    const counts = c.countable[k] === 1 && credited[k] === 1;
    out[k] = { credit: counts ? credit : credit.map(() => 0), taskCredit: creditText(credit, counts) };
  }
  return out;
}

/** What every computed cell says when a rule table is broken: fix this cell first. */
export function ruleErrorText(errors: RuleError[]): string {
  if (errors.length === 0) return '';
  const more = errors.length > 1 ? `（另有${errors.length - 1}处）` : '';
  return `规则表有误，暂不计分：${errors[0].message}${more}`;
}

/** The most bad cells ruleErrorList names one by one; past them it says how many more. */
export const RULE_ERRORS_LISTED = 50;

/**
 * Every bad rule cell, one a line (each message names its table, row and column), for the command line's
 * refusal and 生成通报's: an office fixes its rule workbook in one round, not one cell a run. Past
 * RULE_ERRORS_LISTED it stops with ……另有N处. One error reads as ruleErrorText's.
 */
export function ruleErrorList(errors: RuleError[]): string {
  if (errors.length <= 1) return ruleErrorText(errors);
  const shown = errors.slice(0, RULE_ERRORS_LISTED).map((e) => e.message);
  const rest = errors.length - shown.length;
  return `规则表有误，暂不计分，共${errors.length}处：\n${shown.join('\n')}${rest > 0 ? `\n……另有${rest}处` : ''}`;
}
