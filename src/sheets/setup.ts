// 初始化台账: the layout of a new ledger workbook — the 稿件台账 tab (headers, dropdowns, date checks,
// computed columns filled by custom functions) and the rule tabs — and, for a workbook that already
// has them, the plan that only adds what is missing (never overwrites a filled cell or an edited rule).

import { maxOf, minOf, pushAll } from '../core/arrays';
import { COMPUTED_HEADERS, DATE_COLUMNS, headerField, LEDGER_HEADERS, NUMBER_COLUMNS } from '../core/ledger';
import { LEVELS, MODES } from '../core/levels';
import { type RuleTableName, TABLE_HEADERS } from '../core/rules';
import { locateTable } from '../core/rules/schema';
import { simplified } from '../core/simplified';
import { cellText } from '../core/text';
import type { Cell, Grid, LedgerField } from '../core/types';
import { colLetters, colNumber } from './a1';
import { computedPlaceNote } from './computedPlace';
import type { Block, CellStyle, SheetModel, SheetValue, Validation } from './model';
import { DASHBOARD_TAB, LEDGER_TAB, RULE_TABS } from './tabs';

/** The custom function behind each computed column. */
export const COMPUTED_FUNCTIONS: Record<string, string> = {
  积分: 'ZG_POINTS',
  计任务: 'ZG_CREDIT',
  校验: 'ZG_CHECK',
};

/** The one custom function that fills 积分, 计任务 and 校验 side by side (one parse, one scoring per recalculation). */
export const LEDGER_FUNCTION = 'ZG_LEDGER';

/** Rows a new tab has in Sheets; validations cover them. */
export const DEFAULT_ROWS = 1000;

/** Pixel widths of the ledger's columns by header (初始化台账 and the CLI's ledger copy); others get 90. */
export const LEDGER_WIDTHS: Record<string, number> = {
  标题: 300,
  作者: 100,
  单位: 140,
  类别: 80,
  报送对象: 100,
  报送日期: 90,
  媒体: 150,
  级别: 64,
  采用方式: 72,
  录用日期: 90,
  字数: 56,
  '时长(分钟)': 72,
  版面: 72,
  领导批示: 72,
  对口处室: 100,
  审核状态: 72,
  核定: 56,
  备注: 160,
  调整分: 56,
  调整理由: 120,
  佐证: 160,
  事件日期: 90,
  积分: 64,
  计任务: 64,
  校验: 320,
};

const INPUT_HEADER: CellStyle = { bold: true, background: '#efefef', hAlign: 'center' };
const COMPUTED_HEADER: CellStyle = {
  bold: true,
  background: '#cfe2f3',
  fontColor: '#1c4587',
  hAlign: 'center',
};
const RULE_HEADER: CellStyle = { bold: true, background: '#1f4e79', fontColor: '#ffffff', hAlign: 'center' };

/** Dropdowns of fixed values; `strict` rejects anything else, otherwise Sheets only warns. */
export const FIXED_LISTS: Partial<Record<LedgerField, { values: string[]; strict: boolean; help: string }>> =
  {
    类别: {
      // 会议交流, 获奖, 成果汇编 count for 部机关's 论文/调研 item (000 §三(一)2 可视作任务).
      values: '动态信息 言论文章 调研报告 经验材料 论文 宣传报道 电教片 专报 会议交流 获奖 成果汇编'.split(
        ' ',
      ),
      strict: false,
      help: '稿件类别，可从下拉中选择，也可填写规则表中的其他类别',
    },
    采用方式: { values: [...MODES], strict: true, help: '录用、综合或报送；填了媒体默认为录用' },
    报送对象: {
      values: ['区委组织部', '市委组织部', '省委组织部', '中组部'],
      strict: false,
      help: '报送给哪一级组织部门',
    },
    级别: { values: [...LEVELS], strict: true, help: '留空则按媒体表中的级别' },
    领导批示: { values: ['国家', '省', '市'], strict: true, help: '获得领导批示的级别' },
    审核状态: { values: ['待审', '编审', '复审', '终审'], strict: true, help: '三审流程所处环节' },
    核定: { values: ['不计分', '倒扣'], strict: true, help: '留空为正常计分' },
  };

/** Columns fed by a rule table: the dropdown lists that table's first column. */
export const RANGE_LISTS: Partial<Record<LedgerField, { sheet: '单位' | '媒体'; help: string }>> = {
  单位: { sheet: '单位', help: '从「单位」表中选择' },
  媒体: { sheet: '媒体', help: '从「媒体」表中选择；表中没有的媒体请填写级别' },
  对口处室: { sheet: '单位', help: '转报稿件的对口部机关科室，从「单位」表中选择' },
};

/** Where a dropdown's list is read from on its rule tab: the name column below the header, e.g. B3:B. */
export type ListSources = Partial<Record<'单位' | '媒体', string>>;

/**
 * The name column of the 单位 and 媒体 tabs found by its header (单位 / 名称 / 媒体 …) as the rules read it,
 * not column A: an office's 单位 tab with 序号 in A would offer the numbers (sweep S20x). A1 from the row
 * below the header; A2:A when the table cannot be located (an empty tab is filled with the header in A1).
 */
export function listSources(grids: Partial<Record<'单位' | '媒体', Grid>>): ListSources {
  const out: ListSources = {};
  for (const table of ['单位', '媒体'] as const) {
    const located = locateTable(table, grids[table], []);
    const col = located?.columns.get(table);
    if (located && col !== undefined) {
      const letter = colLetters(col + 1);
      out[table] = `${letter}${located.header + 2}:${letter}`;
    }
  }
  return out;
}

/**
 * Columns of free text, formatted as plain text "@" so Sheets keeps what staff type (0012, 3月5日,
 * 1 1/2, #N/A and TRUE would otherwise turn into numbers, dates, errors or booleans).
 */
export const TEXT_COLUMNS = '标题 作者 单位 类别 报送对象 媒体 版面 对口处室 备注 调整理由 佐证'.split(
  ' ',
) as LedgerField[];
/** The reviewers' columns: staff may not approve or score their own rows (protected like the rule tabs). */
export { REVIEWER_FIELDS as REVIEWER_COLUMNS } from '../core/entryForm';
/** Number formats 初始化台账 gives the ledger's columns: dates as 2024-03-05, text as text. */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const TEXT_FORMAT = '@';

/** The number format a ledger column gets at setup, or null. */
export function columnFormat(header: Cell): string | null {
  const key = fieldOf(header);
  if (key === undefined) return null;
  if (DATE_COLUMNS.includes(key)) return DATE_FORMAT;
  if (TEXT_COLUMNS.includes(key)) return TEXT_FORMAT;
  return null;
}

/** Formats for the data rows (firstRow … maxRows) of the columns in `header` that get one. */
export function ledgerFormats(
  header: Cell[],
  maxRows: number,
  only?: (col: number, format: string) => boolean,
  firstRow = 2,
): { block: Block; format: string }[] {
  const out: { block: Block; format: string }[] = [];
  header.forEach((cell, i) => {
    const format = columnFormat(cell);
    if (format === null || (only && !only(i + 1, format))) return;
    out.push({
      block: { row: firstRow, col: i + 1, rows: Math.max(maxRows - firstRow + 1, 1), cols: 1 },
      format,
    });
  });
  return out;
}

/** A tab name quoted for a formula reference: '单位'!A1:G. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The formula of a computed column, in its header cell: the ledger from its header's first row
 * (`headerRow`, 1 unless title lines sit above it) up to the last input column (the custom function
 * returns the header and one value per row, keeping the input's height), then the rule tables (under the
 * tab names they have, `tabNames`) so an edit to any of them recomputes.
 */
export function computedFormula(
  fn: string,
  lastInputCol: number,
  tableWidths: Partial<Record<RuleTableName, number>> = {},
  headerRow = 1,
  tabNames: Partial<Record<RuleTableName, string>> = {},
  tail?: FormulaTail,
): string {
  const tables = ruleRangeArgs(tableWidths, tabNames);
  return `=${fn}(${[`A${headerRow}:${colLetters(lastInputCol)}`, ...tables, ...tailArgs(tail)].join(', ')})`;
}

/** Standard columns an existing rule tab is read to when it lacks the optional ones after them (单位 without 别名). */
const KEPT_WIDTH: Partial<Record<RuleTableName, number>> = { 单位: TABLE_HEADERS.单位.indexOf('别名') };

/** The rule-table arguments of our formulas, in their order ('计分'!A1:H …), under the tab names given. */
export function ruleRangeArgs(
  tableWidths: Partial<Record<RuleTableName, number>> = {},
  tabNames: Partial<Record<RuleTableName, string>> = {},
): string[] {
  return RULE_TABS.map((name) => {
    // An existing tab is read as wide as it is, at least to its standard columns; 单位's 别名 (added in
    // session 24, last) only when the tab has it: re-running 初始化台账 over a 单位 tab without it keeps
    // '单位'!A1:G (no widening said of an empty column), one with it reaches H.
    const standard =
      tableWidths[name] === undefined
        ? TABLE_HEADERS[name].length
        : (KEPT_WIDTH[name] ?? TABLE_HEADERS[name].length);
    const width = Math.max(tableWidths[name] ?? 0, standard);
    return `${quoteSheet(tabNames[name] ?? name)}!A1:${colLetters(width)}`;
  });
}

/**
 * What the computed columns are given after the rule tables (customFunctions.ts): 今天 as TODAY(), so the
 * date-ahead check follows the calendar, and the other tabs 生成通报 reads as the same ledger (one per year).
 */
export interface FormulaTail {
  /** The other ledger tabs as they are named in the workbook. */
  ledgers: { tab: string; lastCol: number }[];
}

function tailArgs(tail: FormulaTail | undefined): string[] {
  if (!tail) return [];
  return [
    'TODAY()',
    ...tail.ledgers.map((l) => `${quoteSheet(l.tab)}!A1:${colLetters(Math.max(l.lastCol, 1))}`),
  ];
}

/** The top-level arguments of a formula's call, as written (quoted names and nested calls kept whole). */
export function formulaArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of text) {
    if (quote !== '') {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim() !== '' || out.length > 0) out.push(cur.trim());
  return out;
}

/** Arguments before 今天: the ledger range and the eight rule tables. */
const HEAD_ARGS = 1 + RULE_TABS.length;

/** What rewriting a computed-column formula changed (none: it is left as it is). */
export interface FormulaRefresh {
  formula: string;
  /** Arguments that were #REF! (a tab deleted, even if made again since), now the tab's range again. */
  repaired: boolean;
  /** TODAY() was not given before. */
  today: boolean;
  /** Ledger tabs now named that were not. */
  tabs: string[];
  /** Ranges that ended before a column they should read, now reaching it (widenedNote words each). */
  widened?: string[];
}

/** A range argument as written: `prefix` is its tab part ('计分'! or ""), `end` the column it ends at. */
export interface RangeArg {
  tab: string | null;
  prefix: string;
  start: string;
  end: number;
  endRow: string;
}

const RANGE_ARG = /^((?:'(?:[^']|'')+'|[^'!(),"\s]+)!)?(\$?[A-Z]{1,3}\$?\d*):\$?([A-Z]{1,3})(\$?\d*)$/i;

/** A formula argument read as a range (A1:J, '计分'!A1:G, 台账!A2:V500); null for anything else. */
export function rangeArg(arg: string): RangeArg | null {
  const m = RANGE_ARG.exec(arg.trim());
  if (!m) return null;
  const prefix = m[1] ?? '';
  const tab =
    prefix === '' ? null : prefix.slice(0, -1).replace(/^'(.*)'$/s, (_, t: string) => t.replace(/''/g, "'"));
  return { tab, prefix, start: m[2], end: colNumber(m[3]), endRow: m[4] };
}

/**
 * `arg` reaching `wanted`'s last column when it ends before it and reads the same tab (the ledger range has
 * none named: it is the formula's own tab, `ownTab`, which an office may also write out: 稿件台账!A1:J);
 * null when it already reaches it or is no such range. Only the end column moves: the office's first row
 * and last row stay (a range is never narrowed, never moved).
 */
function widenedArg(arg: string, wanted: string, ownTab?: string): { arg: string; from: RangeArg } | null {
  const a = rangeArg(arg);
  const w = rangeArg(wanted);
  const tab = a && w && w.tab === null && a.tab === ownTab ? null : a?.tab;
  if (!a || !w || tab !== w.tab || a.end >= w.end) return null;
  return { arg: `${a.prefix}${a.start}:${colLetters(w.end)}${a.endRow}`, from: a };
}

/**
 * A computed-column formula brought up to what 初始化台账 writes (`standard`): an argument that reads #REF!
 * becomes the standard one, and 今天 and the other ledger tabs follow the rule tables (replacing what
 * followed them). Every other argument stays as the office wrote it (an old formula without 人员 gets ""
 * there: no 人员 table, as before). Null when nothing changes or the formula is not one call.
 */
export function refreshFormula(
  formula: string,
  standard: string,
  tail: FormulaTail,
  ledgerHeader: readonly Cell[] = [],
  ledgerTab?: string,
  inserted?: ReadonlySet<number>,
): FormulaRefresh | null {
  const m = CALL.exec(formula);
  const s = CALL.exec(standard);
  if (!m || !s) return null;
  const args = formulaArgs(m[2]);
  const wanted = formulaArgs(s[2]);
  let repaired = false;
  const head: string[] = [];
  const widened: string[] = [];
  for (let i = 0; i < HEAD_ARGS; i++) {
    const a = args[i];
    const wider = a === undefined ? null : widenedArg(a, wanted[i], i === 0 ? ledgerTab : undefined);
    if (a !== undefined && /#REF!/i.test(a)) {
      head.push(wanted[i]);
      repaired = true;
    } else if (wider) {
      // A range that stops short (A1:J before 字数; '计分'!A1:G after 生效日期 was deleted and typed back):
      // the columns it leaves out are read by the 通报 but not by the computed columns (sweep S22b F1, F3).
      head.push(wider.arg);
      const last = rangeArg(wider.arg)?.end ?? wider.from.end + 1;
      let onlyInserted = i === 0 && inserted !== undefined;
      for (let c = wider.from.end + 1; onlyInserted && c <= last; c++)
        onlyInserted = inserted?.has(c) === true;
      if (!onlyInserted)
        widened.push(widenedNote(a as string, wider.arg, wider.from, i === 0 ? ledgerHeader : null));
    } else head.push(a === undefined || a === '' ? '""' : a);
  }
  const oldTail = args.slice(HEAD_ARGS);
  if (oldTail.some((a) => /#REF!/i.test(a))) repaired = true;
  const next = `=${m[1]}(${[...head, ...tailArgs(tail)].join(', ')})`;
  if (next.replace(/\s+/g, '') === formula.trim().replace(/\s+/g, '')) return null;
  const had = oldTail.join(',');
  return {
    formula: next,
    repaired,
    widened,
    today: !/\bTODAY\s*\(/i.test(had),
    tabs: tail.ledgers
      .map((l) => l.tab)
      .filter((t) => !had.includes(`${quoteSheet(t)}!`) && !had.includes(`${t}!`)),
  };
}

/**
 * One widened range in the summary's words: which, from what to what, and the columns it now reads (the
 * ledger's by their header, a rule tab's by letter: its header row is read by the rules, not here).
 */
function widenedNote(from: string, to: string, old: RangeArg, ledgerHeader: readonly Cell[] | null): string {
  const first = old.end + 1;
  const last = rangeArg(to)?.end ?? first;
  const letters = first === last ? colLetters(first) : `${colLetters(first)}–${colLetters(last)}`;
  if (ledgerHeader === null) {
    return `「${old.tab}」表的范围由 ${from} 改为 ${to}：原范围未包含该表的${letters}列，计算列读到的表与通报读到的不同`;
  }
  const names = ledgerHeader
    .slice(first - 1, last)
    .map((c) => cellText(c).trim())
    .filter((t) => t !== '');
  const named =
    names.length === 0 ? '' : `（${names.slice(0, 6).join('、')}${names.length > 6 ? '等' : ''}）`;
  return `台账范围由 ${from} 改为 ${to}：原范围未包含${letters}列${named}，这些列未参与计算，与通报不同`;
}

/** The summary's sentence for the formulas rewritten. */
export function refreshNote(refreshes: FormulaRefresh[]): string {
  if (refreshes.length === 0) return '';
  const parts: string[] = [];
  if (refreshes.some((r) => r.repaired)) {
    parts.push('公式中有失效的引用（#REF!，如所引用的表曾被删除），已改为引用现有的表');
  }
  pushAll(parts, new Set(refreshes.flatMap((r) => r.widened ?? [])));
  if (refreshes.some((r) => r.today)) {
    parts.push('加上了“今天”（TODAY()），日期晚于今天一个多月的行暂不计分，与通报一致');
  }
  const tabs = [...new Set(refreshes.flatMap((r) => r.tabs))];
  if (tabs.length > 0) {
    parts.push(
      `加上了其他台账表${tabs.map((t) => `「${t}」`).join('、')}，跨表判断重复稿件、多次录用，与通报一致`,
    );
  }
  if (parts.length === 0) parts.push('其他台账表的引用已按现有的表更新');
  return `积分、计任务、校验的公式已重写：${parts.join('；')}。`;
}

function headerKey(cell: Cell): string {
  return simplified(cellText(cell).replace(/\s+/g, '')); // 計任務 is 计任务
}

/** The ledger column a header names, as the engine reads headers (执笔人 is 作者, 见报日期 is 录用日期). */
function fieldOf(cell: Cell): LedgerField | undefined {
  return headerField(cell);
}

/**
 * Validations of the ledger columns found in `header` (1-based columns), rows firstRow … maxRows; the
 * 单位 and 媒体 dropdowns list the tabs `tabNames` gives for those tables.
 */
export function ledgerValidations(
  header: Cell[],
  maxRows: number,
  only?: (col: number) => boolean,
  firstRow = 2,
  tabNames: Partial<Record<RuleTableName, string>> = {},
  recipients?: readonly string[],
  sources: ListSources = {},
): Validation[] {
  const out: Validation[] = [];
  const rows = Math.max(maxRows - firstRow + 1, 1);
  header.forEach((cell, i) => {
    const col = i + 1;
    if (only && !only(col)) return;
    const key = fieldOf(cell);
    if (key === undefined) return;
    const block: Block = { row: firstRow, col, rows, cols: 1 };
    const fixed = FIXED_LISTS[key];
    const ranged = RANGE_LISTS[key];
    if (fixed) {
      // 报送对象 as the rules see it (relay.ts recipientChoices): a 县 office's own department, not 区委组织部.
      const values =
        key === '报送对象' && recipients && recipients.length > 0 ? [...recipients] : fixed.values;
      out.push({
        block,
        kind: 'list',
        values,
        allowInvalid: !fixed.strict,
        helpText: fixed.help,
      });
    } else if (ranged) {
      out.push({
        block,
        kind: 'listRange',
        sourceSheet: tabNames[ranged.sheet] ?? ranged.sheet,
        sourceA1: sources[ranged.sheet] ?? 'A2:A',
        allowInvalid: true,
        helpText: ranged.help,
      });
    } else if (DATE_COLUMNS.includes(key)) {
      // Warn only: the engine also reads dates typed as text (2024.3.5, 2024年3月5日).
      out.push({ block, kind: 'date', allowInvalid: true, helpText: '日期，如 2024-03-05' });
    } else if (NUMBER_COLUMNS.includes(key)) {
      out.push({ block, kind: 'number', allowInvalid: true, helpText: '不小于 0 的数字' });
    }
  });
  return out;
}

/** A new 稿件台账: input headers, the three computed columns (formula in the header cell), layout. */
export function ledgerModel(
  tableWidths: Partial<Record<RuleTableName, number>> = {},
  maxRows = DEFAULT_ROWS,
  tabNames: Partial<Record<RuleTableName, string>> = {},
  recipients?: readonly string[],
  tail?: FormulaTail,
  sources: ListSources = {},
): SheetModel {
  const inputs = LEDGER_HEADERS.length;
  const header: SheetValue[] = [...LEDGER_HEADERS, ...COMPUTED_HEADERS.map(() => null)];
  // One array formula in the 积分 header cell; its result fills the 计任务 and 校验 headers beside it.
  const formulas = [
    {
      row: 1,
      col: inputs + 1,
      formula: computedFormula(LEDGER_FUNCTION, inputs, tableWidths, 1, tabNames, tail),
    },
  ];
  const names = [...LEDGER_HEADERS, ...COMPUTED_HEADERS];
  return {
    name: LEDGER_TAB,
    values: [header],
    formulas,
    frozenRows: 1,
    columnWidths: names.map((h) => LEDGER_WIDTHS[h] ?? 90),
    styles: [
      { block: { row: 1, col: 1, rows: 1, cols: inputs }, style: INPUT_HEADER },
      { block: { row: 1, col: inputs + 1, rows: 1, cols: COMPUTED_HEADERS.length }, style: COMPUTED_HEADER },
    ],
    numberFormats: [
      { block: { row: 2, col: inputs + 1, rows: Math.max(maxRows - 1, 1), cols: 1 }, format: '0.0#' },
      ...ledgerFormats(LEDGER_HEADERS, maxRows),
    ],
    validations: ledgerValidations(LEDGER_HEADERS, maxRows, undefined, 2, tabNames, recipients, sources),
  };
}

/** A rule tab from its grid (header row first), header styled and frozen. */
export function ruleTabModel(name: RuleTableName, grid: Grid): SheetModel {
  const width = maxOf(
    grid.map((r) => r.length),
    TABLE_HEADERS[name].length,
  );
  const values: SheetValue[][] = grid.map((row) => {
    const out: SheetValue[] = [];
    for (let c = 0; c < width; c++) {
      const v = row[c];
      out.push(v === undefined || v === '' ? null : v);
    }
    return out;
  });
  const widths = values[0].map((h) => {
    const key = headerKey(h);
    if (name === '设置' && key === '说明') return 420;
    if (['单位', '媒体', '名称', '别名', '标签', '视同达标', '项目'].includes(key)) return 160;
    return 90;
  });
  return {
    name,
    values,
    frozenRows: 1,
    columnWidths: widths,
    styles: [{ block: { row: 1, col: 1, rows: 1, cols: width }, style: RULE_HEADER }],
  };
}

/** 领导看板 before its first refresh. */
export function dashboardPlaceholder(): SheetModel {
  return {
    name: DASHBOARD_TAB,
    values: [[DASHBOARD_TAB], ['请在菜单「组工台账 › 刷新领导看板」生成本年度各单位积分与任务进度。']],
    styles: [{ block: { row: 1, col: 1, rows: 1, cols: 1 }, style: { bold: true, fontSize: 16 } }],
    columnWidths: [480],
  };
}

/** What an existing 稿件台账 is missing. Columns are 1-based. */
export interface LedgerPatch {
  /** Header cells to write into blank cells after the last header (one contiguous block). */
  headers: { row: number; col: number; text: string }[];
  /**
   * Custom-function formulas for computed columns whose header cell is blank or plain text over a blank
   * column; `columns` is how many computed columns the formula fills (3 for ZG_LEDGER).
   */
  formulas: { row: number; col: number; formula: string; columns: number; rewrite?: boolean }[];
  /** Header cells whose old per-column formula (ZG_CREDIT, ZG_CHECK) gives way to ZG_LEDGER's result. */
  clears: { row: number; col: number }[];
  validations: Validation[];
  /** Date and text formats for columns whose row 2 does not have theirs yet. */
  formats: { block: Block; format: string }[];
  widths: { col: number; width: number }[];
  /** Rows to freeze (through the header's last row) when fewer are frozen; 0 to leave as is. */
  freezeRows: number;
  /** Things the office should know, in Chinese. */
  notes: string[];
}

export interface LedgerState {
  /** The ledger's tab name: a formula's ledger range may name it (稿件台账!A1:J), the same as A1:J. */
  tab?: string;
  /** The header as the engine reads it (formula results for the computed columns). */
  header: Cell[];
  /** The header rows' formulas per column ('' where none). */
  headerFormulas: string[];
  /**
   * Sheet rows of the header: `top` (its first row, below any title lines; formulas go there and read
   * from there) and `last` (its last row: two when merged group cells head the columns; appended header
   * cells go there, data starts below). Both 1 by default.
   */
  headerRows?: { top: number; last: number };
  /** Whether the first data row of each column already carries a data validation. */
  validated: boolean[];
  /** The first data row's number format per column ('' or undefined when unknown). */
  formats?: string[];
  /**
   * True when a column holds data the format would change (numbers such as 20240305 in a date column read
   * as a date of year 57315 under yyyy-mm-dd): it keeps its format.
   */
  keepFormat?: (col: number, format: string) => boolean;
  /**
   * True when the column below the header is blank (asked for computed headers found as plain text, and for
   * the unheaded columns a new column would go into).
   */
  blankBelow: (col: number) => boolean;
  /** The sheet's last column holding anything (getLastColumn): an unheaded column of data may end there. */
  usedColumns?: number;
  /**
   * Columns this run put in left of 积分 (insertBeforeComputed): the range widened over them reads no data
   * left out before, so no note says it did (sweep s24r F7e: 原范围未包含…与通报不同 beside the insertion's own note).
   */
  inserted?: ReadonlySet<number>;
  /** Where the 单位 and 媒体 dropdowns read their lists (listSources). */
  listSources?: ListSources;
  maxRows: number;
  frozenRows: number;
}

type ComputedPlan =
  | { kind: 'done' }
  | { kind: 'append' }
  | { kind: 'migrate'; col: number; formula: string }
  | { kind: 'columns'; reason: string };

const CALL = /^=\s*(ZG_[A-Z_]+)\s*\((.*)\)\s*$/is;

/**
 * How the computed columns get their formulas: ZG_LEDGER already there (done); none yet (append one
 * ZG_LEDGER); the three old formulas side by side with the same arguments (migrate: ZG_LEDGER in the 积分
 * cell with those arguments, the other two cleared for its result); otherwise one formula per column,
 * with the reason ZG_LEDGER was not used when some column exists.
 */
function ledgerPlan(computedAt: Map<string, number>, formulas: string[], keys: string[]): ComputedPlan {
  if (formulas.some((f) => (f ?? '').toUpperCase().includes(`${LEDGER_FUNCTION}(`))) return { kind: 'done' };
  if (computedAt.size === 0) return { kind: 'append' };
  const at = COMPUTED_HEADERS.map((name) => computedAt.get(name));
  const calls = at.map((col) => (col === undefined ? null : CALL.exec(formulas[col - 1] ?? '')));
  const fns = calls.map((m) => m?.[1].toUpperCase() ?? '');
  const ours = COMPUTED_HEADERS.map((name) => COMPUTED_FUNCTIONS[name]);
  const sideBySide = at[0] !== undefined && at[1] === at[0] + 1 && at[2] === at[0] + 2;
  if (sideBySide && fns.every((fn, i) => fn === ours[i])) {
    const args = calls.map((m) => (m?.[2] ?? '').replace(/\s+/g, ''));
    if (args[1] === args[0] && args[2] === args[0]) {
      const formula = (formulas[(at[0] as number) - 1] ?? '').replace(
        /ZG_POINTS\s*\(/i,
        `${LEDGER_FUNCTION}(`,
      );
      return { kind: 'migrate', col: at[0] as number, formula };
    }
    return {
      kind: 'columns',
      reason:
        '积分、计任务、校验三列的公式参数不同，未合并为一个 ZG_LEDGER 公式，保留原有三个公式（仍可正常计算）。',
    };
  }
  if (fns.some((fn, i) => fn === ours[i])) {
    return {
      kind: 'columns',
      reason:
        '积分、计任务、校验三列不是依次相邻的三个公式（中间有其他列，或有列为手填/缺失），未合并为一个 ZG_LEDGER 公式，保留原有公式（仍可正常计算）；如需更快的计算，请把三列移到一起后重新运行初始化台账。',
    };
  }
  // Plain-text headers over blank columns: ZG_LEDGER would need the 计任务 and 校验 header cells free.
  // A cell past the header's end is free (keys stops at its last cell: undefined there is no content).
  const blocked = at[0] !== undefined && ((keys[at[0]] ?? '') !== '' || (keys[at[0] + 1] ?? '') !== '');
  return {
    kind: 'columns',
    reason: blocked
      ? '「积分」右侧两格已有内容，无法放置一次算出三列的 ZG_LEDGER 公式，改为每列一个公式（ZG_POINTS、ZG_CREDIT、ZG_CHECK）。'
      : '',
  };
}

/**
 * Plan the additions to an existing ledger. Missing input headers are appended after the last header,
 * before any computed column is added; a computed column whose header cell already holds our formula
 * is left alone; a filled cell is never planned over.
 *
 * A new column goes only where the column is wholly free: a blank header and nothing below it (sweep
 * S20x F6). An office column of data under a blank header (notes, 稿费 amounts) would otherwise be named
 * 报送对象 or 字数 and read as one: so when the columns right of the last header are not all free, the
 * new ones go right of the sheet's last used column, and a note names the unheaded columns passed over.
 */
export function planLedgerPatch(
  state: LedgerState,
  tableWidths: Partial<Record<RuleTableName, number>> = {},
  tabNames: Partial<Record<RuleTableName, string>> = {},
  recipients?: readonly string[],
  tail?: FormulaTail,
): LedgerPatch {
  const header = [...state.header];
  const keys = header.map(headerKey);
  const { top, last: lastHeader } = state.headerRows ?? { top: 1, last: 1 };
  const firstData = lastHeader + 1;
  const formulas = state.headerFormulas;
  const isCall = (f: string, fn: string) => f.toUpperCase().includes(`${fn}(`);
  // A ZG_LEDGER formula covers its own column and the two to its right (its result, not typed text).
  const ledgerAt = formulas.findIndex((f) => isCall(f ?? '', LEDGER_FUNCTION)) + 1;
  const covered = (col: number) => ledgerAt > 0 && col >= ledgerAt && col <= ledgerAt + 2;
  // Which computed columns exist already, by our formula or by their header text.
  const computedAt = new Map<string, number>();
  if (ledgerAt > 0) {
    COMPUTED_HEADERS.forEach((name, i) => {
      computedAt.set(name, ledgerAt + i);
    });
  }
  header.forEach((_, i) => {
    if (covered(i + 1)) return;
    const f = formulas[i] ?? '';
    for (const [name, fn] of Object.entries(COMPUTED_FUNCTIONS)) {
      if (isCall(f, fn) || (f === '' && keys[i] === name)) {
        if (!computedAt.has(name)) computedAt.set(name, i + 1);
      }
    }
  });
  let last = ledgerAt > 0 ? ledgerAt + 2 : 0;
  keys.forEach((k, i) => {
    if (k !== '' || (formulas[i] ?? '') !== '') last = Math.max(last, i + 1);
  });
  const notes: string[] = [];
  // Columns right of the last header up to the last used one: unheaded, some may hold the office's data.
  const used = Math.max(last, state.usedColumns ?? 0);
  const free = (col: number) =>
    col > used || ((keys[col - 1] ?? '') === '' && (formulas[col - 1] ?? '') === '' && state.blankBelow(col));
  let passedOver = false;
  /** The first of `n` new adjacent columns: right after `last` when all are free, else past the last used one. */
  const take = (n: number): number => {
    let start = last + 1;
    for (let col = last + 1; col < last + 1 + n && start === last + 1; col++)
      if (!free(col)) start = Math.max(last, used) + 1;
    if (start > last + 1 && !passedOver) {
      passedOver = true;
      const unheaded: string[] = [];
      for (let col = last + 1; col <= used; col++) if (!free(col)) unheaded.push(colLetters(col));
      notes.push(
        `${unheaded.join('、')}列有内容但表头为空：初始化台账没有给它命名，也没有写入；补充的列从${colLetters(start)}列起。如果它就是某一标准列（例如报送对象），请填上该列的表头后重新运行初始化台账。`,
      );
    }
    last = start + n - 1;
    return start;
  };
  const headers: LedgerPatch['headers'] = [];
  const widths: { col: number; width: number }[] = [];
  // A column headed by a synonym (执笔人, 见报日期) is that column: no standard one is added beside it.
  const newCols = new Set<number>();
  const missing = missingLedgerHeaders(header);
  // A standard column right of ZG_LEDGER's three is outside its range: the 通报 reads it, the columns do not.
  // Named with what to do; never moved here (the office's data keeps its place).
  const place = computedPlaceNote(state.tab ?? LEDGER_TAB, header, ledgerAt);
  if (place) notes.push(place);
  // Input columns go before the computed ones only when none exist yet; otherwise after everything.
  if (missing.length > 0) last = take(missing.length) - 1;
  for (const h of missing) {
    last++;
    headers.push({ row: lastHeader, col: last, text: h });
    widths.push({ col: last, width: LEDGER_WIDTHS[h] ?? 90 });
    header[last - 1] = h;
    newCols.add(last);
  }
  const firstComputed = minOf(computedAt.values());
  const lastInput = Number.isFinite(firstComputed) ? firstComputed - 1 : last;
  if (Number.isFinite(firstComputed) && headers.some((h) => h.col > firstComputed)) {
    notes.push(
      '新增的列位于积分等计算列之后，不参与计算；如需计算，请把它们移到计算列之前并重新运行初始化台账。',
    );
  }
  const out: LedgerPatch['formulas'] = [];
  const clears: LedgerPatch['clears'] = [];
  const plan = ledgerPlan(computedAt, formulas, keys);
  // An existing formula of ours brought up to date (#REF! repaired, 今天 and the other ledger tabs added).
  const refreshes: FormulaRefresh[] = [];
  const refresh = (fn: string, formula: string): string | null => {
    if (!tail) return null;
    const standard = computedFormula(fn, lastInput, tableWidths, top, tabNames, tail);
    const r = refreshFormula(formula, standard, tail, state.header, state.tab, state.inserted);
    if (r) refreshes.push(r);
    return r?.formula ?? null;
  };
  if (plan.kind === 'append') {
    // No computed column yet: the one ZG_LEDGER after everything, its two result columns free beside it.
    const col = take(3);
    out.push({
      row: top,
      col,
      formula: computedFormula(LEDGER_FUNCTION, lastInput, tableWidths, top, tabNames, tail),
      columns: 3,
    });
    COMPUTED_HEADERS.forEach((name, i) => {
      widths.push({ col: col + i, width: LEDGER_WIDTHS[name] ?? 90 });
    });
  } else if (plan.kind === 'done') {
    const formula = refresh(LEDGER_FUNCTION, formulas[ledgerAt - 1] ?? '');
    if (formula !== null) out.push({ row: top, col: ledgerAt, formula, columns: 3, rewrite: true });
  } else if (plan.kind === 'migrate') {
    out.push({
      row: top,
      col: plan.col,
      formula: refresh(LEDGER_FUNCTION, plan.formula) ?? plan.formula,
      columns: 3,
    });
    clears.push({ row: top, col: plan.col + 1 }, { row: top, col: plan.col + 2 });
    notes.push('积分、计任务、校验三个公式已合并为一个 ZG_LEDGER 公式（参数不变），每次重算只计算一次。');
  } else if (plan.kind === 'columns') {
    if (plan.reason !== '') notes.push(plan.reason);
    for (const name of COMPUTED_HEADERS) {
      const fn = COMPUTED_FUNCTIONS[name];
      const at = computedAt.get(name);
      const formula = computedFormula(fn, lastInput, tableWidths, top, tabNames, tail);
      if (at === undefined) {
        const col = take(1);
        out.push({ row: top, col, formula, columns: 1 });
        widths.push({ col, width: LEDGER_WIDTHS[name] ?? 90 });
        continue;
      }
      const f = formulas[at - 1] ?? '';
      if (isCall(f, fn)) {
        const next = refresh(fn, f);
        if (next !== null) out.push({ row: top, col: at, formula: next, columns: 1, rewrite: true });
      } else if (f === '' && keys[at - 1] === name) {
        if (state.blankBelow(at)) out.push({ row: top, col: at, formula, columns: 1 });
        else notes.push(`「${name}」列已有手填内容，未改动；清空该列后重新运行初始化台账即可自动计算。`);
      }
    }
  }
  const refreshed = refreshNote(refreshes);
  if (refreshed !== '') notes.push(refreshed);
  const joined = otherTabsNote([...new Set(refreshes.flatMap((r) => r.tabs))], state.tab ?? LEDGER_TAB);
  if (joined !== '') notes.push(joined);
  // A date column kept in its own format (yyyymmdd numbers) gets no date check either: Sheets would mark
  // every such cell as invalid.
  const numberDates = (col: number) =>
    DATE_COLUMNS.includes(fieldOf(header[col - 1]) as LedgerField) &&
    !newCols.has(col) &&
    (state.keepFormat?.(col, DATE_FORMAT) ?? false);
  const validations = ledgerValidations(
    header,
    state.maxRows,
    (col) => (newCols.has(col) || !(state.validated[col - 1] ?? false)) && !numberDates(col),
    firstData,
    tabNames,
    recipients,
    state.listSources,
  );
  const formats = ledgerFormats(
    header,
    state.maxRows,
    (col, format) =>
      state.formats?.[col - 1] !== format &&
      (newCols.has(col) || !(state.keepFormat?.(col, format) ?? false)),
    firstData,
  );
  return {
    headers,
    formulas: out,
    clears,
    validations,
    formats,
    widths,
    freezeRows: state.frozenRows < lastHeader ? lastHeader : 0,
    notes,
  };
}

/** The standard columns a ledger header lacks (a synonym such as 执笔人 counts as its column), in order. */
export function missingLedgerHeaders(header: readonly Cell[]): LedgerField[] {
  const present = new Set(header.map(fieldOf));
  return LEDGER_HEADERS.filter((h) => !present.has(h));
}

/**
 * A new-year tab joined to the formula (another tab with the ledger's header): what it does and does not get,
 * and how a new year is started instead (audit S24c F3; README 新的一年).
 */
function otherTabsNote(tabs: readonly string[], ledgerTab: string): string {
  if (tabs.length === 0) return '';
  const named = tabs.map((t) => `「${t}」`).join('、');
  // The ledger kept under its own name (2025年台账): a blank 稿件台账 becomes the new year's, that tab stays.
  const start =
    ledgerTab === LEDGER_TAB
      ? `把「${LEDGER_TAB}」表改名为上一年（如「2025年」），新建一个空白工作表命名为「${LEDGER_TAB}」，运行“初始化台账”`
      : `新建一个空白工作表命名为「${LEDGER_TAB}」，运行“初始化台账”（「${ledgerTab}」留作上一年的台账）`;
  return `${named}表本身没有积分、计任务、校验列（这三列只在「${ledgerTab}」表），“录入稿件”仍写入「${ledgerTab}」表。新的一年请这样开始：${start}；再把「设置」表的年度改为新的一年。`;
}

/** 保护方式 in the 设置 grid: 仅警告 makes rule tabs warn instead of refusing edits. */
export function protectionWarningOnly(settings: Grid | undefined): boolean {
  for (const row of settings ?? []) {
    if (headerKey(row?.[0]) === '保护方式') return simplified(cellText(row?.[1])).includes('仅警告');
  }
  return false;
}
