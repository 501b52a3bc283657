// The rule tables' names, headers and the plumbing shared by readers, writers and validation.

import { dayFromYmd, dayOfDate, dayToIso, parseDateCell } from '../dates';
import { columnLetter } from '../ledger';
import { LEVELS, MODES, parseLevel, parseMode } from '../levels';
import { aliasTable, own } from '../maps';
import { simplified } from '../simplified';
import {
  cellNumber,
  cellText,
  isErrorValue,
  readFlag,
  splitNames,
  toHalfWidth,
  UNCALCULATED,
  visibleText,
} from '../text';
import type { Cell, Day, Grid, Level, Mode, RuleError } from '../types';
import { parseShare } from './share';

export type RuleTableName = '单位' | '媒体' | '计分' | '系数' | '加分' | '指标' | '设置' | '人员';

/** In the order custom functions take them as arguments: a new table is only ever appended. */
export const RULE_TABLE_NAMES: readonly RuleTableName[] = [
  '单位',
  '媒体',
  '计分',
  '系数',
  '加分',
  '指标',
  '设置',
  '人员',
];

export type RuleGrids = Partial<Record<RuleTableName, Grid>>;

/** Canonical headers of each table, in the order rulesToGrids writes them. */
export const TABLE_HEADERS: Record<RuleTableName, string[]> = {
  单位: ['单位', '类型', '人数', '在岗月数', '办公室', '负责人', '一票否决', '别名'],
  媒体: ['媒体', '别名', '级别', '标签'],
  // 备注 is never read: it carries notes such as 示例 for the office.
  计分: ['采用方式', '级别', '类别', '标签', '版面', '分值', '生效日期', '备注'],
  系数: ['名称', '条件', '取值', '倍数', '适用方式', '分组', '生效日期'],
  加分: ['批示', '加分', '生效日期'],
  指标: [
    '名称',
    '对象',
    '度量',
    '窗口',
    '目标',
    '级别',
    '标签',
    '媒体',
    '类别',
    '报送对象',
    '采用方式',
    '折半标签',
    '去重',
    '组',
    '奖项',
    '视同达标',
    '生效日期',
    // Optional (absent: 均分): read only for 每人 and 科室整体 tasks.
    '合作者',
  ],
  设置: ['项目', '值', '说明'],
  // Optional: puts each person in their 科室 for team tasks (000 §三(四)); header only = nobody listed.
  人员: ['姓名', '单位', '在岗月数'],
};

/** Headers without which a table cannot be read (the fallback's table is used instead). */
export const REQUIRED_HEADERS: Record<RuleTableName, string[]> = {
  单位: ['单位', '类型'],
  媒体: ['媒体', '级别'],
  计分: ['采用方式', '级别', '分值'],
  系数: ['条件', '取值', '倍数'],
  加分: ['批示', '加分'],
  指标: ['名称', '对象', '度量', '目标'],
  设置: ['项目', '值'],
  人员: ['姓名', '单位'],
};

/** Other names offices give the same column. */
const HEADER_ALIASES: Record<RuleTableName, Record<string, string>> = {
  单位: aliasTable(
    '单位 单位名称 名称|类型 单位类型 单位类别|人数 人员数 科室人数 在编人数|在岗月数 在岗月份|办公室 是否办公室|' +
      '负责人 科室负责人|一票否决 否决 是否一票否决|别名 别称 曾用名 原名称',
  ),
  媒体: aliasTable('媒体 刊物 采用媒体 媒体名称 刊物名称|别名 别称|级别 媒体级别|标签 媒体标签'),
  计分: aliasTable(
    '采用方式 方式|分值 分数 积分|备注 说明|类别 稿件类别|级别 媒体级别 录用级别|标签 媒体标签',
  ),
  系数: aliasTable('倍数 系数 倍率|分组 组|适用方式 方式 采用方式'),
  加分: aliasTable('批示 领导批示|加分 分值 加分值'),
  指标: aliasTable(
    '名称 指标 指标名称|对象 考核对象|目标 目标值 任务数|级别 最低级别 录用级别 媒体级别|组 分组 任意组|' +
      '奖项 奖金 奖励|窗口 周期 考核周期 统计周期 考核窗口|报送对象 报送给 报送至|标签 媒体标签|类别 稿件类别|' +
      '去重 是否去重|视同达标 视为达标|合作者 合作者计算 合著计算',
  ),
  设置: aliasTable('项目 设置项 名称|值 取值|说明 备注'),
  人员: aliasTable('姓名 人员 作者 名字|单位 科室 所在科室|在岗月数 在岗月份'),
};

/** Columns offices keep beside a table for themselves: never read, never a notice. */
const OWN_COLUMNS = new Set('序号 编号 备注 说明 注 备考'.split(' '));

/**
 * A rule table's cell as every reader gets it: a text without the characters the ledger's cells lose
 * (text.ts visibleText: zero-width, bidirectional, control and XML-illegal characters), so a name pasted
 * with one (郑州日报\u200b, 郑州日报\b) is its clean twin in every table, in the add-on and the CLI alike.
 */
export function ruleCell(cell: Cell): Cell {
  return typeof cell === 'string' ? visibleText(cell) : cell;
}

/** ruleCell as trimmed text ('' for blanks). */
function ruleText(cell: Cell): string {
  return cellText(ruleCell(cell));
}

/** Header text as compared: no spaces, half width, no trailing note in brackets, no required-mark. */
export function headerKey(cell: Cell): string {
  return simplified(toHalfWidth(ruleText(cell)))
    .replace(/\s+/g, '')
    .replace(/\*/g, '')
    .replace(/\([^)]*\)$/, '');
}

/** 「计分」表第4行「分值」 */
export function cellRef(table: string, row: number, column: string): string {
  return `「${table}」表第${row}行「${column}」`;
}

/** A cell's text for quoting in a message, kept short; a formula without its result as what it is (no text of its own). */
export function quote(cell: Cell): string {
  if (cell === UNCALCULATED) return '没有保存计算结果的公式（请在 Excel/WPS 中打开、重新计算并保存）';
  const t = cellText(cell);
  return `“${t.length > 30 ? `${t.slice(0, 30)}…` : t}”`;
}

/**
 * 「指标」表第2行「对象」 followed by the problem; one that opens with another name in 「」 (「单位」表中没有…) is set
 * off by “：”, for two names run together read as one (「对象」「单位」表).
 */
export function ruleError(table: string, row: number, column: string, problem: string): RuleError {
  const sep = problem.startsWith('「') ? '：' : '';
  return { table, row, column, message: `${cellRef(table, row, column)}${sep}${problem}` };
}

/**
 * A tab with its header and not one data row: the office emptied it on purpose. For the tables that add
 * to the base rules (系数, 加分, 指标) that means none; an absent tab means the preset's.
 */
export function isHeaderOnly(table: RuleTableName, grid: Grid | undefined): boolean {
  if (!Array.isArray(grid)) return false;
  const headerIndex = grid.findIndex((r) => Array.isArray(r) && !isBlankRow(r));
  if (headerIndex < 0) return false;
  const known = new Set(TABLE_HEADERS[table]);
  const named = (grid[headerIndex] as Cell[]).some((cell) => {
    const key = headerKey(cell);
    return known.has(key) || own(HEADER_ALIASES[table], key) !== undefined;
  });
  return named && grid.slice(headerIndex + 1).every((r) => !Array.isArray(r) || isBlankRow(r));
}

/**
 * A tab holding only lines of text, one cell each, none a column of its table (a title 2024年加分规则, a note
 * 本年度不设加分): those lines with their sheet rows, else null. Such a tab has no header and no rule row.
 */
export function textOnlyLines(
  table: RuleTableName,
  grid: Grid | undefined,
): { row: number; text: string }[] | null {
  // A 单位 tab of names without a header is a list to refuse at its header, not a title.
  if (!Array.isArray(grid) || table === '单位') return null;
  const known = new Set(TABLE_HEADERS[table]);
  const lines: { row: number; text: string }[] = [];
  for (let i = 0; i < grid.length; i++) {
    const r = grid[i];
    if (!Array.isArray(r) || isBlankRow(r)) continue;
    const filled = r.filter((c) => ruleText(c) !== '');
    if (filled.length !== 1 || typeof filled[0] !== 'string') return null;
    const key = headerKey(filled[0]);
    if (known.has(key) || own(HEADER_ALIASES[table], key) !== undefined) return null;
    lines.push({ row: i + 1, text: ruleText(filled[0]) });
  }
  // More lines are rather a list typed without its header (人民日报, 河南日报, …): refused at the header.
  return lines.length > 0 && lines.length <= 3 ? lines : null;
}

/** A grid with any cell holding text: a tab neither missing nor blanked out. */
export function hasText(grid: Grid | undefined): boolean {
  return (
    Array.isArray(grid) && grid.some((r) => Array.isArray(r) && r.some((c) => cellText(c).trim() !== ''))
  );
}

/** The tables that add to the base rules: one kept with no rows means none of them (系数, 加分, 指标). */
export const DROPPABLE_TABLES: readonly RuleTableName[] = ['系数', '加分', '指标'];

/** Words by which a line says a table is not used this year (本年度不设加分, 暂停执行, 无). */
const NONE_LINE =
  /不设|不再设|不再实行|取消|暂停|停止执行|暂不|不执行|不实行|没有|^无$|[（(：:]\s*无\s*[)）]?$/;

/** The line of a text-only 系数 / 加分 / 指标 tab saying it is not used this year, else null. */
export function noneLine(table: RuleTableName, grid: Grid | undefined): { row: number; text: string } | null {
  if (!DROPPABLE_TABLES.includes(table)) return null;
  return textOnlyLines(table, grid)?.find((l) => NONE_LINE.test(l.text)) ?? null;
}

/** One data row of a rule table, with its sheet row number. */
export interface TableRow {
  row: number;
  get(column: string): Cell;
  has(column: string): boolean;
}

export interface LocatedTable {
  rows: TableRow[];
  /** The header's grid index (0-based) and each known column's index (an edit writes into them). */
  header: number;
  columns: ReadonlyMap<string, number>;
}

/** One character typed for another, one more or one less (分植, 生效曰期, 分数值), or the same characters in another order (值分). */
function nearSpelling(a: string, b: string): boolean {
  if (a === b || a.length < 2 || b.length < 2) return false;
  const x = [...a];
  const y = [...b];
  if (x.length === y.length) {
    if (x.filter((c, i) => c !== y[i]).length === 1) return true;
    return [...x].sort().join('') === [...y].sort().join('');
  }
  if (Math.abs(x.length - y.length) !== 1) return false;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.some((_, i) => long.filter((__, j) => j !== i).join('') === short.join(''));
}

/** The column of `table` a header that is none of its names is a near spelling of (its own name or another's). */
export function nearColumn(table: RuleTableName, typed: string): string | null {
  const key = headerKey(typed);
  const names = [
    ...TABLE_HEADERS[table].map((h) => [h, h] as const),
    ...Object.entries(HEADER_ALIASES[table]),
  ];
  return names.find(([name]) => nearSpelling(key, name))?.[1] ?? null;
}

/** What a column not read is said as, after its table and row: 该表的列「生效曰期」不是该表的列名，未读取（是否应为“生效日期”？）. */
function unreadColumnText(table: RuleTableName, typed: string): string {
  const near = nearColumn(table, typed);
  return `的列「${typed}」不是该表的列名，未读取（${near ? `是否应为“${near}”？` : `可用列名：${TABLE_HEADERS[table].join('、')}`}）`;
}

/** The rows above a table where its header may sit (a title line, a date line, then the header). */
const HEADER_SEARCH_ROWS = 20;

/** A line of a table that is no entry: a 合计 line, or a note typed under or inside it (注：…). */
function skippedLine(cells: Cell[]): '合计' | '说明' | null {
  const first = cells.find((c) => ruleText(c) !== '');
  const t = ruleText(first).replace(/\s+/g, '');
  if (/^(合计|小计|总计|共计)[:：]?/.test(t) && cells.filter((c) => ruleText(c) !== '').length <= 3)
    return '合计';
  if (/^(注|备注|说明|附注)\d*[:：]/.test(t)) return '说明';
  return null;
}

/**
 * Find the header and the data rows of a table. The header is the first of the top rows that names
 * every required column (a title line above it is passed over), else the first non-blank row; a second
 * header row under it (人员情况 merged over 人数 | 在岗月数) adds its columns. 合计 lines and notes are
 * skipped with a note. Returns null when the table is absent or has no data row; errors name missing headers.
 */
export function locateTable(
  table: RuleTableName,
  grid: Grid | undefined,
  errors: RuleError[],
  notes?: RuleError[],
  unreadSaid?: string[],
): LocatedTable | null {
  if (!grid) return null;
  const firstRow = grid.findIndex((r) => !isBlankRow(r));
  if (firstRow < 0) return null;
  const aliases = HEADER_ALIASES[table];
  const known = new Set(TABLE_HEADERS[table]);
  const nameOf = (cell: Cell) => {
    const key = headerKey(cell);
    return known.has(key) ? key : own(aliases, key);
  };
  const namesAll = (row: Cell[] | undefined) => {
    const names = new Set((row ?? []).map(nameOf));
    return REQUIRED_HEADERS[table].every((h) => names.has(h));
  };
  let headerIndex = firstRow;
  for (let i = firstRow; i < Math.min(grid.length, firstRow + HEADER_SEARCH_ROWS); i++) {
    if (namesAll(grid[i])) {
      headerIndex = i;
      break;
    }
  }
  const columns = new Map<string, number>();
  const unread = new Map<number, string>();
  // A name read from two columns (级别 and 最低级别): every column kept, one chosen once the rows are known.
  const twice = new Map<string, number[]>();
  (grid[headerIndex] ?? []).forEach((cell, i) => {
    const key = headerKey(cell);
    const name = nameOf(cell);
    if (name && !columns.has(name)) columns.set(name, i);
    else if (name) {
      const list = twice.get(name);
      if (list) list.push(i);
      else twice.set(name, [columns.get(name) as number, i]);
    } else if (key !== '' && !OWN_COLUMNS.has(key)) unread.set(i, ruleText(cell));
  });
  // A second header row: every cell in it a column name of this table or the cell above it (a merge).
  let lastHeader = headerIndex;
  const next = grid[headerIndex + 1];
  if (Array.isArray(next) && !isBlankRow(next)) {
    const above = grid[headerIndex] ?? [];
    const adds = new Map<string, number>();
    const continues = next.every((cell, i) => {
      if (ruleText(cell) === '' || headerKey(cell) === headerKey(above[i])) return true;
      const name = nameOf(cell);
      if (name && !columns.has(name) && !adds.has(name)) adds.set(name, i);
      return name !== undefined;
    });
    if (continues && adds.size > 0) {
      for (const [name, i] of adds) {
        columns.set(name, i);
        unread.delete(i);
      }
      // The group label over the added columns (人员情况) is no column of its own.
      for (const i of [...unread.keys()])
        if ([...adds.values()].some((c) => headerKey(above[c]) === headerKey(above[i]))) unread.delete(i);
      lastHeader = headerIndex + 1;
    }
  }
  const dataRows: TableRow[] = [];
  for (let i = lastHeader + 1; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    if (isBlankRow(cells)) continue;
    const skipped = skippedLine(cells);
    if (skipped !== null) {
      notes?.push({
        table,
        row: i + 1,
        column: '',
        message: `「${table}」表第${i + 1}行是${skipped === '合计' ? '合计行' : '说明文字'}，未作为规则读取`,
      });
      continue;
    }
    dataRows.push({
      row: i + 1,
      get: (column) => {
        const c = columns.get(column);
        return c === undefined ? '' : ruleCell(cells[c]);
      },
      has: (column) => columns.has(column),
    });
  }
  if (dataRows.length === 0) return null;
  for (const [name, list] of twice) {
    const said = chooseColumn(table, grid, headerIndex, lastHeader, name, list, columns);
    notes?.push(said);
  }
  const missing = REQUIRED_HEADERS[table].filter((h) => !columns.has(h));
  if (missing.length > 0) {
    // The header row meant (of the top rows, the one naming most required columns: not a title line above
    // it), and what in it may be the column meant (分植 for 分值): the office finds the cell.
    const top = grid.slice(firstRow, firstRow + HEADER_SEARCH_ROWS);
    const named = (row: Cell[] | undefined) => {
      const names = new Set((row ?? []).map(nameOf));
      return REQUIRED_HEADERS[table].filter((h) => names.has(h)).length;
    };
    const best = top.reduce((b, row, i) => (named(row) > named(top[b]) ? i : b), 0) + firstRow;
    const typed = (grid[best] ?? []).map(ruleText).filter((t) => t !== '' && nameOf(t) === undefined);
    const inBest = new Set((grid[best] ?? []).map(nameOf));
    const lacking = REQUIRED_HEADERS[table].filter((h) => !inBest.has(h));
    for (const h of lacking.length > 0 ? lacking : missing) {
      const near = typed.find((t) => nearColumn(table, t) === h);
      const found = near
        ? `第${best + 1}行的表头中有「${near}」，是否应为「${h}」？`
        : `表头在第${best + 1}行`;
      errors.push({
        table,
        row: best + 1,
        column: h,
        message: `「${table}」表缺少表头「${h}」（${found}），该表无法读取`,
      });
    }
    return null;
  }
  // A column under a name the table does not know is not read: said, or a 考核周期 would judge 每月 as 全年.
  // `unreadSaid` gets each as said after 该表 (readRules adds it to an error of this table: a misspelt 生效日期
  // makes two dated versions a clash, and the office must learn why).
  for (const name of unread.values()) {
    const text = unreadColumnText(table, name);
    unreadSaid?.push(`该表${text}`);
    notes?.push({
      table,
      row: headerIndex + 1,
      column: name,
      message: `「${table}」表第${headerIndex + 1}行${text}`,
    });
  }
  return { rows: dataRows, header: lastHeader, columns };
}

/**
 * Which of the columns read as one name is read, as the ledger's findColumns chooses: the column named
 * exactly so wins over one under another name, else the first; but a column with no value at all gives way
 * to one with values (a blank 级别 beside a filled 最低级别 would count every level). Sets it in `columns`
 * and returns the notice naming them all and the one used.
 */
function chooseColumn(
  table: RuleTableName,
  grid: Grid,
  headerIndex: number,
  lastHeader: number,
  name: string,
  list: number[],
  columns: Map<string, number>,
): RuleError {
  const header = grid[headerIndex] ?? [];
  const filled = (c: number) =>
    grid.slice(lastHeader + 1).some((r) => Array.isArray(r) && !skippedLine(r) && ruleText(r[c]) !== '');
  const withValues = list.filter(filled);
  const pool = withValues.length > 0 ? withValues : list;
  const use = pool.find((c) => headerKey(header[c]) === name) ?? pool[0];
  columns.set(name, use);
  const named = (c: number) => `${columnLetter(c + 1)}列「${ruleText(header[c]).trim()}」`;
  return {
    table,
    row: headerIndex + 1,
    column: name,
    message: `「${table}」表${list.map(named).join('和')}都读作「${name}」列，使用${named(use)}`,
  };
}

/** Most particular first: a 指标 header also names 媒体 and 级别, a 系数 header 名称 and 取值. */
const BY_HEADER: readonly RuleTableName[] = ['指标', '计分', '系数', '加分', '人员', '媒体', '单位', '设置'];

/** The rule table whose required columns one of a grid's top rows names; null when none does. */
export function tableOfHeader(grid: Grid | undefined): RuleTableName | null {
  if (!Array.isArray(grid)) return null;
  const top = grid.slice(0, HEADER_SEARCH_ROWS + 2).filter((r) => Array.isArray(r) && !isBlankRow(r));
  // A ledger (标题 … 媒体 级别 …) names 媒体's columns too: no rule table has a 标题.
  if (top.some((row) => (row as Cell[]).some((cell) => headerKey(cell) === '标题'))) return null;
  for (const table of BY_HEADER) {
    const known = new Set(TABLE_HEADERS[table]);
    const names = (row: Cell[]) =>
      new Set(
        row.map((cell) => {
          const key = headerKey(cell);
          return known.has(key) ? key : own(HEADER_ALIASES[table], key);
        }),
      );
    if (top.some((row) => REQUIRED_HEADERS[table].every((h) => names(row as Cell[]).has(h)))) return table;
  }
  return null;
}

export function isBlankRow(row: Cell[] | undefined): boolean {
  return !row || row.every((c) => ruleText(c) === '');
}

/**
 * Cell readers for one row: each returns the value or records an error and returns undefined,
 * so a reader can collect every bad cell of a row before deciding to skip it.
 */
export class RowReader {
  ok = true;
  constructor(
    readonly table: RuleTableName,
    readonly r: TableRow,
    readonly errors: RuleError[],
  ) {}

  fail(column: string, problem: string): undefined {
    this.ok = false;
    this.errors.push(ruleError(this.table, this.r.row, column, problem));
    return undefined;
  }

  text(column: string): string {
    return cellText(this.r.get(column));
  }

  required(column: string): string | undefined {
    const t = this.text(column);
    return t === '' ? this.fail(column, '不能为空') : t;
  }

  /**
   * A cell naming a unit or a person (单位, 负责人, 姓名): a formula's error value (#N/A from a lookup) or its
   * missing result names nobody, refused as such (never a unit or a person of that name).
   */
  name(column: string, required = false): string | undefined {
    const t = this.text(column);
    if (t === UNCALCULATED) return this.fail(column, `是${quote(t)}`);
    if (isErrorValue(t))
      return this.fail(column, `是公式的错误值“${t}”，不是名称：请修正公式，重新计算并保存`);
    return required ? this.required(column) : t;
  }

  /** 是/否; anything else is named, never read as 否 (a ✗ for 一票否决 would pay a vetoed team). */
  flag(column: string): boolean {
    const cell = this.r.get(column);
    const flag = readFlag(cell);
    if (flag === null) {
      this.fail(column, `应为“是”或“否”（也认 √、×），现为${quote(cell)}`);
      return false;
    }
    return flag;
  }

  list(column: string): string[] {
    return splitNames(this.text(column));
  }

  /** A number, blank → null. Trailing units such as 分, 元, 倍 are accepted. */
  number(
    column: string,
    options: { min?: number; above?: number; max?: number; integer?: boolean; rate?: boolean } = {},
  ): number | null | undefined {
    const cell = this.r.get(column);
    let n = numberWithUnit(cell);
    if (n === null) return null;
    // A rate (系数's 倍数) may be written as a share is: 50%, 1/2, 百分之五十, 二分之一 (share.ts).
    if (Number.isNaN(n) && options.rate) n = parseShare(cell) ?? Number.NaN;
    if (Number.isNaN(n)) return this.fail(column, notANumber(cell));
    if (options.integer && !Number.isInteger(n)) return this.fail(column, `应为整数，现为${quote(cell)}`);
    if (options.min !== undefined && n < options.min) {
      return this.fail(
        column,
        options.min === 0 ? `不能为负数，现为${quote(cell)}` : `不能小于${options.min}，现为${quote(cell)}`,
      );
    }
    if (options.above !== undefined && n <= options.above)
      return this.fail(column, `应大于${options.above}，现为${quote(cell)}`);
    if (options.max !== undefined && n > options.max)
      return this.fail(column, `不能大于${options.max}，现为${quote(cell)}`);
    const size = ruleNumberProblem(n);
    if (size) return this.fail(column, `${size}，现为${quote(cell)}`);
    return n;
  }

  requiredNumber(
    column: string,
    options: { min?: number; above?: number; max?: number; integer?: boolean; rate?: boolean } = {},
  ): number | undefined {
    const n = this.number(column, options);
    if (n === null) return this.fail(column, '不能为空，应填数字');
    return n;
  }

  level(column: string): Level | null | undefined {
    const range = this.levelRange(column);
    return range === null ? null : range?.level; // null (blank) kept: requiredLevel refuses it at its cell
  }

  /**
   * A level and whether “以上 / 及以上 / 及其以上” follows it (市级以上): 计分 applies such a row to every higher
   * level too (RULES §3); 媒体 reads it as the one level (an outlet has one). Null for blank.
   *
   * A 计分 row without “以上” already names its level exactly (pointRanges.ts: it wins at that level beside a
   * range), so “that level only” (仅省级, 限省级, 只计省级, 省级（仅）, 省级（本级）, 省级（不含中央级）) is read as
   * the plain level, andAbove false; no flag of its own. 省级（含中央级）, 省级（包括以上）: that level and every
   * higher one, as 省级以上 (a bracket naming some higher levels but not all is refused). “仅” and “以上” in one
   * cell (仅省级以上) contradict each other: refused.
   */
  levelRange(column: string): { level: Level; andAbove: boolean } | null | undefined {
    const t = this.text(column);
    if (t === '') return null;
    const bare = simplified(toHalfWidth(t)).replace(/\s+/g, '');
    const including = INCLUDING.exec(bare);
    const head = bare.replace(ONLY_BEFORE, '');
    const unbracketed = including
      ? head.slice(0, head.length - including[0].length)
      : head.replace(ONLY_AFTER, '');
    const stem = unbracketed.replace(AND_ABOVE, '');
    const level = parseLevel(stem);
    if (level === null) return this.fail(column, `无法识别${quote(t)}，应为${LEVELS.join('、')}`);
    const only = head !== bare || unbracketed !== head;
    const andAbove = stem !== unbracketed || including !== null;
    if (including !== null && !allAbove(level, including[1]))
      return this.fail(
        column,
        `${quote(t)}读不出包括哪些级别，应为“${level}以上”（该级别及以上）或“${level}”（只计该级别）`,
      );
    if (including === null && only && andAbove)
      return this.fail(
        column,
        `${quote(t)}既写了“仅”又写了“以上”，应为“${level}”（只计该级别）或“${level}以上”`,
      );
    return { level, andAbove };
  }

  /**
   * 指标's 级别: the level and above (RULES §4), or that level only when the cell says so (仅省级, 只计省级,
   * 省级（本级）, 省级（不含中央级）, 省级（不含以上）); “及以上” may be written. Null for blank.
   */
  levelFilter(column: string): { level: Level; only: boolean } | null | undefined {
    const t = this.text(column);
    if (t === '') return null;
    const bare = simplified(toHalfWidth(t)).replace(/\s+/g, '');
    const head = bare.replace(ONLY_BEFORE, '');
    const stem = head.replace(ONLY_AFTER, '').replace(AND_ABOVE, '');
    const only = head !== bare || /\((?:本级|仅|只|限|不含|不包括|不计)/.test(head);
    const level = parseLevel(stem);
    if (level === null)
      return this.fail(
        column,
        `无法识别${quote(t)}，应为${LEVELS.join('、')}（该级别及以上；只计该级别写“仅${LEVELS[1]}”）`,
      );
    return { level, only };
  }

  requiredLevel(column: string): Level | undefined {
    const level = this.level(column);
    if (level === null) return this.fail(column, `不能为空，应为${LEVELS.join('、')}`);
    return level;
  }

  modes(column: string): Mode[] | undefined {
    const out: Mode[] = [];
    let bad = false;
    // One word spaced out for alignment (录 用, 综　合): the word, not two unreadable characters (audit s38 R4).
    const items = this.list(column);
    const spaced = items.length > 1 && items.every((t) => [...t].length === 1) ? items.join('') : null;
    for (const t of spaced !== null && parseMode(spaced) !== null ? [spaced] : items) {
      const m = parseMode(t);
      if (m === null) {
        this.fail(column, `无法识别${quote(t)}，应为${MODES.join('、')}`);
        bad = true;
      } else if (!out.includes(m)) out.push(m);
    }
    return bad ? undefined : out;
  }

  day(column: string): Day | null | undefined {
    const cell = this.r.get(column);
    // 2025, 2025.1, 2024.7 typed into a 常规 cell are numbers to Excel and WPS: as a day serial each is a day of
    // 1905, and next year's rule applied from the start (audit s37 K2). No rule table dates before 1990.
    if (typeof cell === 'number' && cell < OLDEST_SERIAL)
      return this.fail(
        column,
        `是数字${cell}，不是日期（表格把 2025、2025.1 这样的输入存为数字），请写成2025-01-01`,
      );
    const d = parseDateCell(cell);
    if (d === 'invalid') return this.fail(column, `不是有效日期，现为${quote(cell)}，请写成2024-01-01`);
    return d;
  }
}

/** 1990-01-01 as an Excel day serial: a number below it in a date column is no day a rule starts on. */
const OLDEST_SERIAL = 32874;

/** “以上” after a level: 市级以上, 市级及以上, 市级及其以上. */
export const AND_ABOVE = /(?:及其以上|及以上|以上)$/;
/** Before a level in 指标, that level only: 仅省级, 只计省级, 仅限省级, 限省级. */
const ONLY_BEFORE = /^(?:仅限|仅计|只计|只限|只算|仅算|仅|只|限)/;
/** After it, a bracket (half width by then): 省级(本级), 省级(仅), 省级(不含中央级), 省级(不含以上), 省级(含中央级). */
const ONLY_AFTER = /\((?:本级|仅|只|限|不含|不包括|不计|含|包括)[^()]*\)$/;
/** After a level in 计分, a bracket saying it includes the levels above: 省级(含中央级), 省级(包括以上). */
const INCLUDING = /\((?:含|包括)([^()]*)\)$/;

/** Whether what 含 names after `level` is every higher level: 以上, 中央级 after 省级, 省级、中央级 after 市级. */
function allAbove(level: Level, named: string): boolean {
  if (/^(?:及其?)?以上(?:级别)?$/.test(named)) return true;
  const above = LEVELS.slice(LEVELS.indexOf(level) + 1);
  const levels = named
    .split(/[、,和及与]/)
    .filter((w) => w !== '')
    .map(parseLevel);
  return above.length > 0 && levels.length === above.length && above.every((l) => levels.includes(l));
}

/** The largest rule number in absolute value (a 倍数 of 1e308 would give every row Infinity points). */
export const MAX_RULE_NUMBER = 1_000_000;

/** Why a parsed rule number cannot be used (not finite, or beyond ±10^6); null when it can. */
export function ruleNumberProblem(n: number): string | null {
  if (!Number.isFinite(n)) return '不是有限的数字';
  if (Math.abs(n) > MAX_RULE_NUMBER) return `超出合理范围（绝对值不超过${MAX_RULE_NUMBER}）`;
  return null;
}

/**
 * The refusal of a cell that should hold a number. A date there is most often a fraction a sheet turned into
 * one as it was typed (1/2 becomes 1月2日, audit S23b F1): said, with the decimal to type instead.
 */
export function notANumber(cell: Cell): string {
  if (cell instanceof Date) {
    // A date of 1900–1902 is a number typed into a cell formatted as a date (30 shows as 1900-01-30 in Excel,
    // 1900-01-29 in Sheets): said as the number, not as a fraction typed (audit s38 R3).
    const serial = dayOfDate(cell) - dayFromYmd(1899, 12, 30);
    if (serial > 0 && serial < dayFromYmd(1903, 1, 1) - dayFromYmd(1899, 12, 30))
      return `应为数字，现为设成日期格式的数字${serial}（显示为日期）：请把单元格格式改为“常规”或“数值”，再填写数字`;
    return `应为数字，现为日期${quote(cell)}：表格把输入的分数（如1/2）识别成了日期，请写作小数（如0.5）`;
  }
  return `应为数字，现为${quote(cell)}`;
}

/** A target in the seed's words: 不少于50分, 全年积分不少于60分, 每季度不少于3篇, ≥3篇 (a ceiling, 不超过, is no target). */
const AT_LEAST =
  /^(?:全年|每年|每季度?|每月)?(?:积分|录用|报送|发稿|上稿|采用)?(?:不少于|不低于|至少|最少|达到|≥|>=)\s*/;
/** A value in the seed's words (001 §三): 每篇计5分, 每条计0.5分, 计6分, 加30分, 按3倍积分. */
const VALUE_WORDS = /^(?:每(?:篇|条|件|次|期|幅)(?:稿件)?(?:计|加|得)?|计|加|按|得)\s*/;
/** A unit after the number: 分, 元, 倍 (按3倍积分's 倍积分), 篇 … */
const UNIT_AFTER = /(?:倍积分|倍计分|倍计算|倍计|分|元|倍|篇次|篇|条|次|个月|月|人|天|日|年度|年)$/;

/**
 * cellNumber, also accepting a trailing unit (5分, 200元, 3倍, 6篇, 50（分）, 2024年) and the seed's own
 * wording of a value or a target (每篇计5分, 每条计0.5分, 加30分, 按3倍积分, 不少于50分, 全年积分不少于50分, ≥50).
 * What is not one plain number stays refused, naming the cell: 五分, 约6分, 十五分左右, 6或7分, 6-8分, 不超过60分.
 */
export function numberWithUnit(cell: Cell): number | null {
  if (typeof cell === 'string') {
    const t = toHalfWidth(cell).trim();
    const bare = t.replace(AT_LEAST, '');
    const n = (bare === t ? t.replace(VALUE_WORDS, '') : bare)
      .replace(/\s*\((分|元|倍|篇|篇次|条|次|个月|月|人|天|日)\)$/, '')
      .replace(UNIT_AFTER, '');
    // Words with no number (加, 分) are no blank cell: named as what they are.
    return n.trim() === '' && t !== '' ? Number.NaN : cellNumber(n);
  }
  return cellNumber(cell);
}

/** How rulesToGrids writes an effective date: ISO text, blank for none. */
export function dayCell(day: Day | null): string {
  return day === null ? '' : dayToIso(day);
}

/** Lists are written joined with 、, which splitNames reads back. */
export function listCell(values: readonly string[]): string {
  return values.join('、');
}

export function flagCell(flag: boolean): string {
  return flag ? '是' : '';
}
