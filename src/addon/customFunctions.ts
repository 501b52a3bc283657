// Custom functions: a whole range in, a whole column out (one call per column, not per row). The rule
// tables are arguments so that editing any of them recomputes. Bad input never throws: the cells say
// what is wrong, in Chinese. Date arguments (and the date cells of a range) are read in the
// spreadsheet's own time zone (runtime/zone.ts).
// Decisions: ZG_STATUS takes its as-of date as a required argument (a custom function recalculates
// only when its arguments change, so a `new Date()` inside it would go stale); an old formula without
// it shows how to add it instead of a status. Arguments are only ever appended.
// - After the 人员 table every function takes 今天 and then the other ledger tabs (one tab per year, read
//   by 生成通报 as one ledger, sheets/ledgerTabs.ts): a custom function sees only its arguments, so the
//   dependencies are written into the formula by 初始化台账 (TODAY() and '2025年'!A1:V …). With them, the
//   columns judge repeats across years and a date typed a year ahead exactly as the 通报 does; a formula
//   without them keeps reading its one tab with no date-ahead check, until 初始化台账 is run again.
// - TODAY() as an argument: Google's guide (https://developers.google.com/apps-script/guides/sheets/functions,
//   "Arguments") requires custom-function arguments to be deterministic and names NOW() and RAND() as refused;
//   TODAY() is not among them, nor in the error Sheets shows ("This function is not allowed to reference a
//   cell with NOW(), RAND(), RANDARRAY(), or RANDBETWEEN()", as public projects quote it). Its value changes once a day, and a custom function recalculates when an
//   argument's value changes, so the columns are recalculated when the date changes (how often Sheets
//   re-reads TODAY() is the spreadsheet's recalculation setting, ON_CHANGE / MINUTE / HOUR:
//   https://developers.google.com/apps-script/reference/spreadsheet/recalculation-interval). Not yet
//   checked in a live spreadsheet: if Sheets refused it, the cell would show that error, not a wrong number.
import { dayFromYmd, parseDay } from '../core/dates';
import { UserError } from '../core/errors';
import {
  assess,
  ledgerReadOptions,
  matchNames,
  resolveRules,
  ruleErrorText,
  writeRowOutputs,
} from '../core/index';
import { headerField, type ParseOptions, parseLedger } from '../core/ledger';
import { ledgerLength } from '../core/ledgerTable';
import { missingColumns, type NeededColumn } from '../core/neededColumns';
import { standingText } from '../core/notice';
import { rangePeriod, yearPeriod } from '../core/period';
import { RULE_CLASH, RULE_TABLE_NAMES, type RuleGrids } from '../core/rules';
import { scoreLedger } from '../core/score';
import { SUBMITTED, scoredColumns } from '../core/scoredColumns';
import { cellText, unitNameReader } from '../core/text';
import type { Cell, Day, Grid, ParsedLedger, Period, RuleError } from '../core/types';
import { withOtherLedgerTabs } from '../sheets/ledgerTabs';
import { knownUnitTypeNotes, ledgerUnitTables, ledgerUnitTypeNotes } from '../sheets/run';
import { ruleRangeArgs } from '../sheets/setup';
import { findRuleTabs } from './runtime/session';
import { datesInZone, spreadsheetZone } from './runtime/zone';

type Out = string | number;

/** A custom-function argument as a grid: a range is a 2D array, a single cell a bare value. */
export function toGrid(arg: unknown): Grid | undefined {
  if (arg === undefined || arg === null || arg === '') return undefined;
  if (!Array.isArray(arg)) return [[arg as Cell]];
  if (arg.length === 0) return undefined;
  return arg.every(Array.isArray) ? (arg as Grid) : [arg as Cell[]];
}

/** The arguments with their Dates read in the spreadsheet's zone (one getSpreadsheetTimeZone call). */
function inZone<T extends unknown[]>(...args: T): T {
  const tz = spreadsheetZone();
  return args.map((a) => datesInZone(a, tz)) as T;
}

/** An argument that is given but no date: the message names it by place and name, as the function's help does. */
export function notADate(place: number, name: string, text: string, hint: string): string {
  return `第${place}个参数“${name}”“${text.slice(0, 20)}”不是日期：${hint}，或写成 2024-12-20 这样的日期`;
}

/** A third argument that is one cell but no date. */
export function asOfUnreadable(text: string): string {
  return notADate(3, '截至日期', text, '请引用一个写有 =TODAY() 的单元格');
}

/** An old ZG_STATUS formula, written before the as-of date became its third argument. */
export const AS_OF_MISSING =
  '请补上第3个参数“截至日期”：引用一个写有 =TODAY() 的单元格，如 =ZG_STATUS(A2, 稿件台账!A1:V, $Z$1, …)';

/** Rule tables in RULE_TABLE_NAMES order (单位 媒体 计分 系数 加分 指标 设置 人员); none → the preset. */
export function tablesFromArgs(args: unknown[]): RuleGrids {
  const tables: RuleGrids = {};
  RULE_TABLE_NAMES.forEach((name, i) => {
    const grid = toGrid(args[i]);
    if (grid?.some((row) => row.some((c) => cellText(c) !== ''))) tables[name] = grid;
  });
  return tables;
}

/**
 * A refusal when a hand-written ZG_UNIT_POINTS / ZG_STATUS leaves out a rule table the spreadsheet holds (its
 * tab has rows under the header): left out, the table is the 上街区 preset's, and the cell would silently differ
 * from the 通报 (audit S23b F2, F3: the help's example had no rule ranges). '' when nothing is left out. The
 * spreadsheet is read only then (a custom function may read, never write): a formula passing every table makes
 * no SpreadsheetApp call here. Such a cell is recalculated when its arguments change, so a tab added later is
 * seen at the ledger's next edit.
 */
export function omittedRuleTables(tables: RuleGrids, example: (ruleArgs: string) => string): string {
  const missing = RULE_TABLE_NAMES.filter((t) => tables[t] === undefined);
  if (missing.length === 0) return '';
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = ss.getSheets();
  const names = sheets.map((s) => s.getName());
  const { tabs } = findRuleTabs(ss);
  const held = missing.filter((t) => {
    const tab = tabs[t];
    return tab !== undefined && sheets[names.indexOf(tab)].getLastRow() > 1;
  });
  if (held.length === 0) return '';
  // The example uses this spreadsheet's tab names (考核指标 for 指标), as 初始化台账 writes the arguments.
  const named = held.map((t) => (tabs[t] === t ? `「${t}」` : `「${tabs[t]}」（${t}）`)).join('');
  return `公式没有传入${named}表的范围，省略的规则表按上街区积分办法计算，与通报不同：请在日期参数之后依次传入单位、媒体、计分、系数、加分、指标、设置、人员各表的范围（可复制「稿件台账」积分列公式中的这些参数），如 ${example(ruleRangeArgs({}, tabs).join(', '))}`;
}

/** The label of the primary ledger range in the joined grid (never shown in a cell). */
const PRIMARY = '台账';

/**
 * The label of every other ledger range: a custom function gets its ranges as values, never their tabs'
 * names, so a message naming a row there says 「其他台账表」第N行 rather than a made-up name. Reading the
 * names from the calling cell's formula (getActiveRange().getFormula()) was not chosen: Sheets recalculates
 * a custom function only when its arguments' values change, so a renamed tab would stay misnamed until the
 * ledger is next edited, and a hand-written formula need not be one 初始化台账 wrote. The core never tells
 * tabs apart by name (pieces.ts better() orders copies by where they are read), so one label for all is safe.
 */
export const OTHER_TAB_LABEL = '其他台账表';

/**
 * The ledger as the 通报 reads it: the range given, then the rows of the other ledger tabs passed after
 * 今天 (`tail`: [today, ...ledgers], Dates already read in the spreadsheet's zone). `today` is the
 * first tail argument when it is one date; a range there (a hand-written formula without 今天) is a ledger.
 */
export function ledgerInput(ledger: Grid, tail: unknown[]): { grid: Grid; options: ParseOptions } {
  const [first, ...rest] = tail;
  const firstGrid = toGrid(first);
  const single = firstGrid !== undefined && firstGrid.length === 1 && firstGrid[0].length === 1;
  const today = single ? dayArg(first) : null;
  const others = (single ? rest : tail)
    .map((arg) => ({ tab: OTHER_TAB_LABEL, grid: toGrid(arg) }))
    .filter((o): o is { tab: string; grid: Grid } => o.grid !== undefined && o.grid.length > 1);
  // Arguments come as values without their number formats (a time of whole minutes in 时长: ParseOptions).
  const options: ParseOptions = today === null ? { formatsUnknown: true } : { today, formatsUnknown: true };
  const joined = others.length > 0 ? withOtherLedgerTabs({ tab: PRIMARY, grid: ledger }, others) : null;
  if (!joined) return { grid: ledger, options };
  return { grid: joined.grid, options: { ...options, sources: joined.sources } };
}

/**
 * The rule tables and the ledger read for them: with no 单位 rows (a header-only range, or none) the units are
 * the ledger's, as 生成通报 reads such a workbook (ledgerUnitTables), so the sheet and the 通报 agree. The
 * ledger is read once, with the year the date advice's examples use and a date without a year (3月5日) is
 * read in, as the 通报's own reading (assess) gives them; again only when merged unit spellings change it.
 */
/** The ledger range and how it is read (other tabs, merged unit spellings), and the ledger as read with them. */
interface LedgerRead {
  grid: Grid;
  options: ParseOptions;
  read: { parsed: ParsedLedger; options: ParseOptions };
}

function withLedgerUnits(
  input: { grid: Grid; options: ParseOptions },
  tables: RuleGrids,
): LedgerRead & { tables: RuleGrids } & ReturnType<typeof resolveRules> {
  const fromLedger = ledgerUnitTables(tables, undefined, (settingsYear) => {
    const options = ledgerReadOptions(settingsYear, tables, {}, input.options);
    return { parsed: parseLedger(input.grid, options), options };
  });
  if (fromLedger === null) {
    const resolved = resolveRules(tables);
    const options = ledgerReadOptions(resolved.rules.settings.year, tables, {}, input.options);
    const read = { parsed: parseLedger(input.grid, options), options };
    return { ...input, read, tables, ...resolved, errors: knownUnitTypeNotes(resolved.errors).errors };
  }
  const resolved = resolveRules(fromLedger.tables);
  const unitAliases = fromLedger.aliases;
  let read = fromLedger.read;
  if (unitAliases.size > 0) {
    // Two spellings of a unit merged: the ledger is read again with them (the rows of both are one unit's).
    const options = { ...read.options, unitAliases };
    read = { parsed: parseLedger(input.grid, options), options };
  }
  return {
    grid: input.grid,
    options: unitAliases.size === 0 ? input.options : { ...input.options, unitAliases },
    read,
    tables: fromLedger.tables,
    ...resolved,
    errors: knownUnitTypeNotes(ledgerUnitTypeNotes(resolved.errors).errors).errors,
  };
}

function blankRow(row: Cell[] | undefined): boolean {
  return !row || row.every((c) => cellText(c) === '');
}

/**
 * What a cell shows when a function refuses: a refusal written for the user (UserError: a cross-year
 * period, a missing table) as it is; `计算出错：` marks only an unexpected error (sweep S20x open question).
 */
function message(error: unknown): string {
  if (error instanceof UserError) return error.message;
  return `计算出错：${error instanceof Error ? error.message : String(error)}`;
}

type Column = 'points' | 'credit' | 'check';

/** The computed column: header cell, then one value per ledger row, as tall as the input. */
export function computedColumn(
  ledgerArg: unknown,
  tableArgs: unknown[],
  header: string,
  column: Column,
  tail: unknown[] = [],
): Out[][] {
  return computedColumns(ledgerArg, tableArgs, [[header, column]], tail);
}

/** The three computed columns ZG_LEDGER returns side by side, in the ledger's order. */
export const LEDGER_COLUMNS: [string, Column][] = [
  ['积分', 'points'],
  ['计任务', 'credit'],
  ['校验', 'check'],
];

/**
 * Computed columns side by side from one parse and one scoring: header cells, then one row per ledger
 * row, as tall as the input. Each column is exactly what its own function (ZG_POINTS …) returns.
 */
export function computedColumns(
  ledgerArg: unknown,
  tableArgs: unknown[],
  columns: [string, Column][],
  tail: unknown[] = [],
): Out[][] {
  [ledgerArg, tableArgs, tail] = inZone(ledgerArg, tableArgs, tail);
  const ledger = toGrid(ledgerArg) ?? [];
  const height = Math.max(ledger.length, 1);
  const width = columns.length;
  const out: Out[][] = Array.from({ length: height }, () => Array<Out>(width).fill(''));
  const fillRow = (r: number, value: Out) => out[r].fill(value);
  out[0] = columns.map(([header]) => header);
  try {
    // The other ledger tabs' rows come after this range's: only this range's rows are written below.
    const input = ledgerInput(ledger, tail);
    const { rules, errors, read } = withLedgerUnits(input, tablesFromArgs(tableArgs));
    const { parsed } = read;
    // A broken rule table: every filled row says which cell to fix, and no points are shown.
    const stop =
      errors.length > 0
        ? formulaRuleErrorText(errors)
        : parsed.headerIssues.length > 0 && ledgerLength(parsed) === 0
          ? startsBelowHeader(ledger)
            ? headerInsideText(ledger)
            : parsed.headerIssues.join('；')
          : '';
    if (stop !== '') {
      let any = false;
      for (let r = 1; r < height; r++) {
        if (blankRow(ledger[r])) continue;
        fillRow(r, stop);
        any = true;
      }
      if (!any && height > 1) fillRow(1, stop);
      return out;
    }
    // Each column's place in the range (-1: not asked for); rows are written as scoring hands them over.
    const at = (column: Column) => columns.findIndex(([, c]) => c === column);
    const [pointsAt, creditAt, checkAt] = [at('points'), at('credit'), at('check')];
    matchNames(parsed, rules); // as the report reads them: the sheet and the 通报 agree on names
    const scored = scoreLedger(parsed, rules);
    // Columns the rules read that the range leaves out: the rows they could change say so in 校验.
    const missing = missingColumns(parsed.columns, rules);
    const c = missing.length > 0 ? scoredColumns(scored) : null;
    writeRowOutputs(scored, height - 1, (i, points, credit, check, k) => {
      const row = out[i + 1];
      if (pointsAt >= 0) row[pointsAt] = points;
      if (creditAt >= 0) row[creditAt] = credit;
      if (checkAt < 0) return;
      const note =
        c === null || k === undefined
          ? ''
          : rangeNote(missing, {
              points,
              adopted: c.mode[k] !== SUBMITTED && points !== 0,
              counted: credit !== 0,
            });
      row[checkAt] = note === '' ? check : check === '' ? note : `${check}；${note}`;
    });
    // Title rows above the ledger's header stay blank; the labels sit on the (last) header row.
    const headerRow = parsed.headerRow ?? 1;
    if (headerRow > 1 && headerRow <= height) {
      for (let r = 0; r < headerRow - 1; r++) fillRow(r, '');
      out[headerRow - 1] = columns.map(([header]) => header);
    }
    return out;
  } catch (error) {
    if (height > 1) fillRow(1, message(error));
    return out;
  }
}

/**
 * A rule error as a formula's cells show it. Two rows of one rule with different values are what a rule range
 * cut short reads when the column that tells them apart (生效日期, 标签) lies beyond it: Sheets shrinks the
 * range when a column is deleted and typed back at the end (audit S22b F3). The cells then point at the
 * formula too; 生成通报 names the columns and 初始化台账 widens the range.
 */
function formulaRuleErrorText(errors: RuleError[]): string {
  const text = ruleErrorText(errors);
  const clash = errors.find((e) => e.message.includes(RULE_CLASH));
  if (!clash) return text;
  return `${text}。若表中这两行的生效日期或标签不同，则是公式中「${clash.table}」表的范围少读了列：请运行“初始化台账”重写公式`;
}

/** A ledger range that starts below the header (稿件台账!A2:V): its first rows name no column. */
export const BELOW_HEADER =
  '区域须从表头行开始：请把台账范围写成含表头的 稿件台账!A1:V（表头上方有标题行时从第1行写起）';

/**
 * Below-header text for a range whose header row sits among the data (sorted into it): where it is, so the
 * office moves it back; else BELOW_HEADER. Only on this refusal path, never on a readable ledger.
 */
function headerInsideText(ledger: Grid): string {
  for (let r = 8; r < ledger.length; r++) {
    const row = ledger[r];
    if (!Array.isArray(row)) continue;
    const fields = row.map((c) => headerField(c));
    if (fields.includes('标题') && fields.includes('单位')) {
      return `表头行在区域第${r + 1}行（可能排序时被排进了数据中）：请把它移回数据上方的第1行`;
    }
  }
  return BELOW_HEADER;
}

function startsBelowHeader(ledger: Grid): boolean {
  return !ledger
    .slice(0, 8)
    .some((row) => Array.isArray(row) && row.some((c) => headerField(c) !== undefined));
}

/**
 * The 校验 sentence of a row whose numbers a column the range leaves out could change (core/neededColumns.ts,
 * the table the 通报's 台账没有「…」列 notices read): a range ending before 字数 or 领导批示 (A1:J, a
 * hand-written formula, columns dragged right of it) scored 1500 字 as 800 with an empty 校验 while the 通报,
 * reading the whole tab, doubled it (sweep S22b F1). Without 媒体 or 录用日期 no row can score as adopted: each
 * row not scored as adopted says so, at 0 (sweep S21b F3) or kept above it by a bonus (audit S26b F2). Otherwise only the rows the column could change say it: a scored adopted row
 * for a multiplier, the bonus or 采用方式, a row counted to a task for 报送对象 and 作者; never a row it cannot
 * change. '' when the row has nothing to say.
 */
export function rangeNote(
  missing: readonly NeededColumn[],
  row: { points: number; adopted: boolean; counted: boolean },
): string {
  const names = (cols: readonly NeededColumn[]) => cols.map((n) => `「${n.field}」`).join('、');
  // Both causes and the one action (audit S24c F1): a standard column the office deleted (Sheets shrank the
  // range, so "check the range" sent it to the wrong place), or one standing right of 积分, outside the range.
  const tail = (cols: readonly NeededColumn[]) => {
    const it = cols.length > 1 ? '这些列' : '该列';
    return `如${it}已删除，请运行“初始化台账”补回；如${it}在「积分」列右边，请把${cols.length > 1 ? '它们' : '它'}拖到「积分」列左边后再运行“初始化台账”`;
  };
  const scoring = missing.filter((n) => n.rows === 'scoring');
  // Whatever its points: a 领导批示 bonus keeps a row that could not be scored as adopted above 0 (audit
  // S26b F2: 媒体 dragged right of 积分, a row of 60 showed 30 with an empty 校验).
  // Above 0 only 媒体 hides an adoption: without 录用日期 alone, a row with a 媒体 is blocked at 0.
  const unseen = row.points === 0 ? scoring : scoring.filter((n) => n.field === '媒体');
  if (unseen.length > 0 && !row.adopted) {
    const lost = row.points === 0 ? '无法计分' : '未能按录用计分，所示积分可能偏少';
    return `台账范围内没有${names(unseen)}列，本行${lost}：${tail(unseen)}`;
  }
  const here = missing.filter(
    (n) => (n.rows === 'adoption' && row.adopted) || (n.rows === 'counted' && row.counted),
  );
  if (here.length === 0) return '';
  return `台账范围内没有${names(here)}列，本行${here.map((n) => n.row).join('、')}：${tail(here)}`;
}

function dayArg(arg: unknown): Day | null {
  const grid = toGrid(arg);
  if (!grid) return null;
  const d = parseDay(grid[0]?.[0]);
  return typeof d === 'number' ? d : null;
}

/** Apply fn to a scalar or to every cell of a range, keeping the shape. */
function mapUnits(unitArg: unknown, fn: (unit: string) => Out): Out | Out[][] {
  if (!Array.isArray(unitArg)) return fn(cellText(unitArg as Cell));
  const grid = toGrid(unitArg) ?? [];
  return grid.map((row) => row.map((c) => fn(cellText(c))));
}

/**
 * ZG_UNIT_POINTS' from or to (its `place`-th argument): a day; null when left out (a blank cell or no
 * argument), the only reading of "left out"; else the Chinese message of ZG_STATUS's wording, since a cell
 * holding text that is no date (上半年, 2024-02-30, TRUE) or a range was not left out: read as blank, a typo
 * in `to` widened the period to the whole year.
 */
function periodEndArg(arg: unknown, place: number, name: string): Day | null | { refused: string } {
  const grid = toGrid(arg);
  if (!grid || grid.every((row) => row.every((c) => cellText(c) === ''))) return null;
  const hint = '留空表示省略；请引用一个写有日期的单元格';
  if (grid.length > 1 || grid[0].length > 1)
    return {
      refused: `第${place}个参数“${name}”是多个单元格的区域，不是日期：${hint}，或写成 2024-12-20 这样的日期`,
    };
  const d = parseDay(grid[0][0]);
  return typeof d === 'number' ? d : { refused: notADate(place, name, cellText(grid[0][0]), hint) };
}

function unitPeriod(from: Day | null, to: Day | null, year: number): Period {
  if (from === null && to === null) return yearPeriod(year);
  const start = from ?? dayFromYmd(new Date((to as Day) * 86_400_000).getUTCFullYear(), 1, 1);
  const end = to ?? dayFromYmd(new Date(start * 86_400_000).getUTCFullYear(), 12, 31);
  return rangePeriod(Math.min(start, end), Math.max(start, end));
}

/**
 * 积分：稿件台账每行的积分。整列一次算出：把公式放在“积分”列的表头单元格。
 *
 * @param {Array} ledger 稿件台账的范围，含第1行表头，例如 A1:V
 * @param {Array} units 「单位」规则表（表格中没有规则表时可省略，按上街区积分办法）
 * @param {Array} outlets 「媒体」规则表
 * @param {Array} points 「计分」规则表
 * @param {Array} multipliers 「系数」规则表
 * @param {Array} bonuses 「加分」规则表
 * @param {Array} indicators 「指标」规则表
 * @param {Array} settings 「设置」规则表
 * @param {Array} people 「人员」规则表（可省略：每位作者计入所填单位）
 * @param {Date} today 今天：写 TODAY()，每天自动重算（可省略：省略时不检查晚于今天一个多月的日期，与通报不同）
 * @param {Array} ledgers 其他台账表（可省略，可写多个），如 '2025年'!A1:V：与通报一样合并读取，跨表判断重复稿件、多次录用
 * @return 第1格为表头“积分”，其下每行一个积分；规则表有误时说明应修改哪一格
 * @customfunction
 */
export function ZG_POINTS(
  ledger: unknown,
  units?: unknown,
  outlets?: unknown,
  points?: unknown,
  multipliers?: unknown,
  bonuses?: unknown,
  indicators?: unknown,
  settings?: unknown,
  people?: unknown,
  today?: unknown,
  ...ledgers: unknown[]
): Out[][] {
  return computedColumn(
    ledger,
    [units, outlets, points, multipliers, bonuses, indicators, settings, people],
    '积分',
    'points',
    [today, ...ledgers],
  );
}

/**
 * 计任务：每行稿件计入任务的篇数（两位作者各0.5）。一篇稿件只计一次：再次录用、已录用稿件的报送行、不计分的行为0。公式放在“计任务”列的表头单元格。
 *
 * @param {Array} ledger 稿件台账的范围，含第1行表头，例如 A1:V
 * @param {Array} units 「单位」规则表（表格中没有规则表时可省略，按上街区积分办法）
 * @param {Array} outlets 「媒体」规则表
 * @param {Array} points 「计分」规则表
 * @param {Array} multipliers 「系数」规则表
 * @param {Array} bonuses 「加分」规则表
 * @param {Array} indicators 「指标」规则表
 * @param {Array} settings 「设置」规则表
 * @param {Array} people 「人员」规则表（可省略：每位作者计入所填单位）
 * @param {Date} today 今天：写 TODAY()，每天自动重算（可省略：省略时不检查晚于今天一个多月的日期，与通报不同）
 * @param {Array} ledgers 其他台账表（可省略，可写多个），如 '2025年'!A1:V：与通报一样合并读取，跨表判断重复稿件、多次录用
 * @return 第1格为表头“计任务”，其下每行一个值
 * @customfunction
 */
export function ZG_CREDIT(
  ledger: unknown,
  units?: unknown,
  outlets?: unknown,
  points?: unknown,
  multipliers?: unknown,
  bonuses?: unknown,
  indicators?: unknown,
  settings?: unknown,
  people?: unknown,
  today?: unknown,
  ...ledgers: unknown[]
): Out[][] {
  return computedColumn(
    ledger,
    [units, outlets, points, multipliers, bonuses, indicators, settings, people],
    '计任务',
    'credit',
    [today, ...ledgers],
  );
}

/**
 * 校验：每行稿件的问题（如日期无法识别、媒体不在媒体表中），没有问题则为空。公式放在“校验”列的表头单元格。
 *
 * @param {Array} ledger 稿件台账的范围，含第1行表头，例如 A1:V
 * @param {Array} units 「单位」规则表（表格中没有规则表时可省略，按上街区积分办法）
 * @param {Array} outlets 「媒体」规则表
 * @param {Array} points 「计分」规则表
 * @param {Array} multipliers 「系数」规则表
 * @param {Array} bonuses 「加分」规则表
 * @param {Array} indicators 「指标」规则表
 * @param {Array} settings 「设置」规则表
 * @param {Array} people 「人员」规则表（可省略：每位作者计入所填单位）
 * @param {Date} today 今天：写 TODAY()，每天自动重算（可省略：省略时不检查晚于今天一个多月的日期，与通报不同）
 * @param {Array} ledgers 其他台账表（可省略，可写多个），如 '2025年'!A1:V：与通报一样合并读取，跨表判断重复稿件、多次录用
 * @return 第1格为表头“校验”，其下每行的问题说明
 * @customfunction
 */
export function ZG_CHECK(
  ledger: unknown,
  units?: unknown,
  outlets?: unknown,
  points?: unknown,
  multipliers?: unknown,
  bonuses?: unknown,
  indicators?: unknown,
  settings?: unknown,
  people?: unknown,
  today?: unknown,
  ...ledgers: unknown[]
): Out[][] {
  return computedColumn(
    ledger,
    [units, outlets, points, multipliers, bonuses, indicators, settings, people],
    '校验',
    'check',
    [today, ...ledgers],
  );
}

/**
 * 台账计算列：积分、计任务、校验三列并排，一次算出（比分别写三个公式快）。公式放在“积分”列的表头单元格，其右侧两列（计任务、校验）须留空。
 *
 * @param {Array} ledger 稿件台账的范围，含第1行表头，例如 A1:V
 * @param {Array} units 「单位」规则表（表格中没有规则表时可省略，按上街区积分办法）
 * @param {Array} outlets 「媒体」规则表
 * @param {Array} points 「计分」规则表
 * @param {Array} multipliers 「系数」规则表
 * @param {Array} bonuses 「加分」规则表
 * @param {Array} indicators 「指标」规则表
 * @param {Array} settings 「设置」规则表
 * @param {Array} people 「人员」规则表（可省略：每位作者计入所填单位）
 * @param {Date} today 今天：写 TODAY()，每天自动重算（可省略：省略时不检查晚于今天一个多月的日期，与通报不同）
 * @param {Array} ledgers 其他台账表（可省略，可写多个），如 '2025年'!A1:V：与通报一样合并读取，跨表判断重复稿件、多次录用
 * @return 第1行为表头“积分、计任务、校验”，其下每行三个值；规则表有误时说明应修改哪一格
 * @customfunction
 */
export function ZG_LEDGER(
  ledger: unknown,
  units?: unknown,
  outlets?: unknown,
  points?: unknown,
  multipliers?: unknown,
  bonuses?: unknown,
  indicators?: unknown,
  settings?: unknown,
  people?: unknown,
  today?: unknown,
  ...ledgers: unknown[]
): Out[][] {
  return computedColumns(
    ledger,
    [units, outlets, points, multipliers, bonuses, indicators, settings, people],
    LEDGER_COLUMNS,
    [today, ...ledgers],
  );
}

/**
 * 某单位在一段时间内的积分（含对口处室分成）；单位可为一列，逐个返回。
 *
 * @param {string} unit 单位名称，或一列单位名称
 * @param {Array} ledger 稿件台账的范围，含第1行表头
 * @param {Date} from 起始日期（可省略：省略起止日期时为设置中的年度全年）
 * @param {Date} to 截止日期（可省略）
 * @param {Array} units 「单位」规则表（表格中没有规则表时可省略，按上街区积分办法）
 * @param {Array} outlets 「媒体」规则表
 * @param {Array} points 「计分」规则表
 * @param {Array} multipliers 「系数」规则表
 * @param {Array} bonuses 「加分」规则表
 * @param {Array} indicators 「指标」规则表
 * @param {Array} settings 「设置」规则表
 * @param {Array} people 「人员」规则表（可省略：每位作者计入所填单位）
 * @param {Date} today 今天：写 TODAY()，每天自动重算（可省略：省略时不检查晚于今天一个多月的日期，与通报不同）
 * @param {Array} ledgers 其他台账表（可省略，可写多个），如 '2025年'!A1:V：与通报一样合并读取，跨表判断重复稿件、多次录用
 * @return 该单位的积分
 * @customfunction
 */
export function ZG_UNIT_POINTS(
  unit: unknown,
  ledger: unknown,
  from?: unknown,
  to?: unknown,
  units?: unknown,
  outlets?: unknown,
  points?: unknown,
  multipliers?: unknown,
  bonuses?: unknown,
  indicators?: unknown,
  settings?: unknown,
  people?: unknown,
  today?: unknown,
  ...ledgers: unknown[]
): Out | Out[][] {
  try {
    let tail: unknown[] = [today, ...ledgers];
    [ledger, from, to, tail] = inZone(ledger, from, to, tail);
    const tables = tablesFromArgs(
      inZone(units, outlets, points, multipliers, bonuses, indicators, settings, people),
    );
    const omitted = omittedRuleTables(tables, (args) => `=ZG_UNIT_POINTS(A2, 稿件台账!A1:V, , , ${args})`);
    if (omitted !== '') return mapUnits(unit, () => omitted);
    const input = withLedgerUnits(ledgerInput(toGrid(ledger) ?? [], tail), tables);
    const { rules, errors } = input;
    if (errors.length > 0) return mapUnits(unit, () => formulaRuleErrorText(errors));
    const start = periodEndArg(from, 3, '起始日期');
    const end = periodEndArg(to, 4, '截止日期');
    for (const arg of [start, end])
      if (arg !== null && typeof arg === 'object') return mapUnits(unit, () => arg.refused);
    const period = unitPeriod(start as Day | null, end as Day | null, rules.settings.year);
    const a = assess(
      { ledger: input.grid, tables: input.tables, ledgerOptions: input.options, read: input.read },
      { period, asOf: period.to },
    );
    const byUnit = new Map(a.report.units.map((u) => [u.unit, u.points]));
    const named = unitNameReader(rules.units);
    return mapUnits(unit, (name) => {
      if (name === '') return '';
      const pts = byUnit.get(named(name));
      return pts === undefined ? `未找到单位「${name}」` : pts;
    });
  } catch (error) {
    return message(error);
  }
}

/**
 * 某单位截至某日的任务完成状态：已达标、进度正常、进度滞后或未达标（按时间进度）；单位可为一列。
 * 截至日期必填：在规则表以外的一个单元格（如 Z1）写 =TODAY()，再把它作为第3个参数引用，
 * 例如 =ZG_STATUS(A2, 稿件台账!A1:V, $Z$1, '单位'!A1:H, '媒体'!A1:D, '计分'!A1:H, '系数'!A1:G, '加分'!A1:C,
 * '指标'!A1:Q, '设置'!A1:C, '人员'!A1:C, TODAY())，这样每天自动更新。自定义函数只在参数变化时重算，
 * 函数内部无法得知“今天”。规则表范围可从「稿件台账」积分列的公式复制；表格中有的规则表不能省略。
 *
 * @param {string} unit 单位名称，或一列单位名称
 * @param {Array} ledger 稿件台账的范围，含第1行表头
 * @param {Date} asOf 截至日期：一个日期，或写有 =TODAY() 的单元格（必填）
 * @param {Array} units 「单位」规则表（表格中没有规则表时可省略，按上街区积分办法）
 * @param {Array} outlets 「媒体」规则表
 * @param {Array} points 「计分」规则表
 * @param {Array} multipliers 「系数」规则表
 * @param {Array} bonuses 「加分」规则表
 * @param {Array} indicators 「指标」规则表
 * @param {Array} settings 「设置」规则表
 * @param {Array} people 「人员」规则表（可省略：每位作者计入所填单位）
 * @param {Date} today 今天：写 TODAY()，每天自动重算（可省略：省略时不检查晚于今天一个多月的日期，与通报不同）
 * @param {Array} ledgers 其他台账表（可省略，可写多个），如 '2025年'!A1:V：与通报一样合并读取，跨表判断重复稿件、多次录用
 * @return 状态
 * @customfunction
 */
export function ZG_STATUS(
  unit: unknown,
  ledger: unknown,
  asOf?: unknown,
  units?: unknown,
  outlets?: unknown,
  points?: unknown,
  multipliers?: unknown,
  bonuses?: unknown,
  indicators?: unknown,
  settings?: unknown,
  people?: unknown,
  today?: unknown,
  ...ledgers: unknown[]
): Out | Out[][] {
  try {
    let tail: unknown[] = [today, ...ledgers];
    [ledger, asOf, tail] = inZone(ledger, asOf, tail);
    const day = dayArg(asOf);
    if (day === null) {
      // One cell given but not a date (明天, 2024-13-01): say so; blank or a whole table (an old formula
      // whose third argument was the 单位 table): the argument is missing.
      const given = toGrid(asOf);
      const single = given?.length === 1 && given[0].length === 1 ? cellText(given[0][0]) : '';
      return mapUnits(unit, () => (single !== '' ? asOfUnreadable(single) : AS_OF_MISSING));
    }
    const tables = tablesFromArgs(
      inZone(units, outlets, points, multipliers, bonuses, indicators, settings, people),
    );
    const omitted = omittedRuleTables(
      tables,
      (args) => `=ZG_STATUS(A2, 稿件台账!A1:V, $Z$1, ${args}, TODAY())`,
    );
    if (omitted !== '') return mapUnits(unit, () => omitted);
    const input = withLedgerUnits(ledgerInput(toGrid(ledger) ?? [], tail), tables);
    const { rules, errors } = input;
    if (errors.length > 0) return mapUnits(unit, () => formulaRuleErrorText(errors));
    const period = yearPeriod(rules.settings.year);
    const a = assess(
      { ledger: input.grid, tables: input.tables, ledgerOptions: input.options, read: input.read },
      { period, asOf: Math.min(Math.max(day, period.from), period.to) },
    );
    // The 达标状态 the 通报, its 附件1 and 领导看板 show: the unit's own tasks, else its 科室整体 task, else 无单位任务.
    const byUnit = new Map<string, string>(a.report.units.map((u) => [u.unit, standingText(a.report, u)]));
    const named = unitNameReader(rules.units);
    return mapUnits(unit, (name) => {
      if (name === '') return '';
      return byUnit.get(named(name)) ?? `未找到单位「${name}」`;
    });
  } catch (error) {
    return message(error);
  }
}
