// 稿件台账: the ledger grid (as Sheets hands it) → typed rows, each with its issues in plain Chinese.
import { dayFromYmd, dayOfDate, dayToIso, parseDay, serialOfDay, yearOf } from './dates';
import {
  parseInstruction as parseInstructionText,
  parseLevel as parseLevelText,
  parseMode as parseModeText,
  parseReview as parseReviewText,
  parseVerdict as parseVerdictText,
} from './levels';
import { own } from './maps';
import {
  brief,
  cellNumber,
  cellText,
  normalizeTitle,
  splitAuthors,
  toHalfWidth,
  UNCALCULATED,
  unitName,
  visibleText,
} from './text';
import type { Cell, Day, Grid, LedgerField, LedgerRow, Mode, Notice, ParsedLedger } from './types';

/** Input columns in the order 初始化台账 lays them out. */
export const LEDGER_HEADERS: LedgerField[] = [
  '标题',
  '作者',
  '单位',
  '类别',
  '报送对象',
  '报送日期',
  '媒体',
  '级别',
  '采用方式',
  '录用日期',
  '字数',
  '时长(分钟)',
  '版面',
  '领导批示',
  '对口处室',
  '审核状态',
  '核定',
  '备注',
  '调整分',
  '调整理由',
  '佐证',
  '事件日期',
];

/** Columns the add-on computes; staff never type them. */
export const COMPUTED_HEADERS: LedgerField[] = ['积分', '计任务', '校验'];

/** Columns holding a calendar day (a date cell, a serial number or text such as 2024-03-05). */
export const DATE_COLUMNS: readonly LedgerField[] = ['报送日期', '录用日期', '事件日期'];
/** Columns holding a number (a number cell or its text). */
export const NUMBER_COLUMNS: readonly LedgerField[] = ['字数', '时长(分钟)'];

/** Header text (normalised) → canonical column. RULES §2 aliases plus common variants. */
export const HEADER_ALIASES: Record<string, LedgerField> = {
  标题: '标题',
  稿件标题: '标题',
  稿件名称: '标题',
  信息标题: '标题',
  文章标题: '标题',
  题目: '标题',
  作者: '作者',
  作者姓名: '作者',
  撰稿人: '作者',
  单位: '单位',
  报送单位: '单位',
  所属单位: '单位',
  单位名称: '单位',
  类别: '类别',
  稿件类别: '类别',
  信息类别: '类别',
  报送对象: '报送对象',
  报送单位对象: '报送对象',
  报送日期: '报送日期',
  报送时间: '报送日期',
  事件日期: '事件日期',
  发生日期: '事件日期',
  媒体: '媒体',
  刊物: '媒体',
  刊物名称: '媒体',
  媒体名称: '媒体',
  采用媒体: '媒体',
  录用媒体: '媒体',
  采用刊物: '媒体',
  录用刊物: '媒体',
  刊发媒体: '媒体',
  级别: '级别',
  媒体级别: '级别',
  采用方式: '采用方式',
  录用方式: '采用方式',
  录用日期: '录用日期',
  采用日期: '录用日期',
  刊发日期: '录用日期',
  录用时间: '录用日期',
  采用时间: '录用日期',
  刊发时间: '录用日期',
  发表日期: '录用日期',
  字数: '字数',
  稿件字数: '字数',
  '时长(分钟)': '时长(分钟)',
  时长: '时长(分钟)',
  '时长(分)': '时长(分钟)',
  版面: '版面',
  领导批示: '领导批示',
  批示: '领导批示',
  批示情况: '领导批示',
  领导批示情况: '领导批示',
  对口处室: '对口处室',
  审核状态: '审核状态',
  审核: '审核状态',
  核定: '核定',
  备注: '备注',
  调整分: '调整分',
  调整理由: '调整理由',
  佐证: '佐证',
  佐证材料: '佐证',
  积分: '积分',
  计任务: '计任务',
  校验: '校验',
};

/** 类别 aliases: the seeds use several names for the same kind. */
const KIND_ALIASES: Record<string, string> = {
  真言文章: '言论文章',
  言论: '言论文章',
  调研: '调研报告',
  新闻: '宣传报道',
  宣传: '宣传报道',
  动态: '动态信息',
};

export function normalizeKind(text: string): string {
  const t = text.replace(/\s+/g, '');
  return own(KIND_ALIASES, t) ?? t;
}

function headerKey(cell: Cell): string {
  return visibleText(toHalfWidth(cellText(cell))).replace(/\s+/g, '');
}

/** A header's notes in brackets (字数（字）, 录用日期（年月日）) and required-field marks (*标题, 标题：). */
const HEADER_NOTES = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕|^[*＊]+|[*＊:]+$/g;

/** The column a header names, as offices write headers; undefined when it names none. */
export function headerField(cell: Cell): LedgerField | undefined {
  const key = headerKey(cell);
  if (key === '') return undefined;
  return own(HEADER_ALIASES, key) ?? own(HEADER_ALIASES, key.replace(HEADER_NOTES, ''));
}

const REQUIRED: LedgerField[] = ['标题', '单位'];

/** Header names (and synonyms) worth finding inside an unmatched header, longest first. */
const NEAR_MISS_NAMES = Object.keys(HEADER_ALIASES)
  .filter((k) => k.length >= 2)
  .sort((a, b) => b.length - a.length);

/** Find the columns of the header row. First occurrence wins; a repeat is reported. */
export function findColumns(header: Cell[]): {
  columns: Partial<Record<LedgerField, number>>;
  issues: string[];
} {
  const columns: Partial<Record<LedgerField, number>> = {};
  const issues: string[] = [];
  for (let c = 0; c < header.length; c++) {
    const field = headerField(header[c]);
    if (!field) continue;
    if (columns[field] === undefined) columns[field] = c;
    else
      issues.push(
        `列「${field}」出现了两次（第${columns[field]! + 1}列和第${c + 1}列），使用第${columns[field]! + 1}列`,
      );
  }
  for (const field of REQUIRED) {
    if (columns[field] === undefined) issues.push(`台账缺少「${field}」列`);
  }
  return { columns, issues };
}

/** Column letters as a sheet shows them (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Headers that hold a column's name but were not read as it (字数统计口径 is not 字数): said, not guessed. */
function nearMisses(
  header: Cell[],
  columns: Partial<Record<LedgerField, number>>,
  headerRow: number,
): Notice[] {
  const out: Notice[] = [];
  for (let c = 0; c < header.length; c++) {
    if (headerField(header[c])) continue;
    const key = headerKey(header[c]);
    if (key === '') continue;
    const name = NEAR_MISS_NAMES.find((n) => key.includes(n));
    if (!name) continue;
    const field = HEADER_ALIASES[name];
    if (columns[field] !== undefined) continue;
    out.push({
      code: 'header-near-miss',
      row: headerRow,
      column: columnLetter(c + 1),
      message: `表头第${headerRow}行${columnLetter(c + 1)}列「${brief(cellText(header[c]))}」含有「${name}」，但未被识别为「${field}」列，本列不参与计算；如果它就是${field}，请把表头改为「${field}」`,
    });
  }
  return out;
}

const INPUT_FIELDS = new Set<LedgerField>(LEDGER_HEADERS);

/** Every header naming 单位 (单位, 报送单位, 单位名称 …) has 位: a unit's name seldom does, so most rows skip headerField. */
function mayNameUnit(cell: Cell): boolean {
  return typeof cell === 'string' && cell.includes('位');
}

/** How far down a title line (often merged across the table: 2024年组工信息台账) may push the header. */
const MAX_TITLE_ROWS = 5;

function blankCell(v: Cell): boolean {
  return v === null || v === undefined || v === '' || (typeof v === 'string' && v.trim() === '');
}

function fieldCount(row: Cell[]): number {
  let n = 0;
  for (const cell of row) if (headerField(cell)) n++;
  return n;
}

/** Blank, or the same text as the cell above: what a cell merged down from the header row reads as. */
function mergedDown(cell: Cell, above: Cell): boolean {
  return blankCell(cell) || headerKey(cell) === headerKey(above);
}

/**
 * The header as Excel-made ledgers write it: on row 1, below title rows, or on two rows where merged group
 * cells (报送情况 over 报送对象 | 报送日期) leave the column names on the second row and the rest, merged
 * down, on the first. Returns the header cells and the grid index of the first row below it.
 */
function locateHeader(grid: Grid): { header: Cell[]; dataStart: number } {
  const limit = Math.min(MAX_TITLE_ROWS + 1, grid.length);
  let best = 0; // without 标题 and 单位: the row naming the most columns, so the issue names what is missing
  let bestCount = -1;
  for (let h = 0; h < limit; h++) {
    const row = grid[h];
    if (!Array.isArray(row)) continue;
    const count = fieldCount(row);
    if (count > bestCount) {
      best = h;
      bestCount = count;
    }
    const { columns } = findColumns(row);
    const complete = REQUIRED.every((f) => columns[f] !== undefined);
    const next = grid[h + 1];
    // A second header row names columns under a merged group title, and its cells under 标题 and 单位 are
    // merged down from above: blank as Sheets hands them, the master's text as Excel readers give them,
    // which no data row is. A title row (no names) is never the upper half.
    const lower = Array.isArray(next) ? fieldCount(next) : 0;
    const subHeader =
      lower > 0 &&
      (complete
        ? mergedDown(next![columns.标题!], row[columns.标题!]) &&
          mergedDown(next![columns.单位!], row[columns.单位!])
        : count > 0);
    if (subHeader) {
      const pair = next as Cell[];
      const merged: Cell[] = [];
      for (let c = 0; c < Math.max(row.length, pair.length); c++) {
        merged.push(headerField(pair[c]) ? pair[c] : (row[c] ?? ''));
      }
      if (REQUIRED.every((f) => findColumns(merged).columns[f] !== undefined)) {
        return { header: merged, dataStart: h + 2 };
      }
    }
    if (complete) return { header: row, dataStart: h + 1 };
  }
  return { header: grid[best], dataStart: best + 1 };
}

/** The ledger header of a grid (below title rows, over two rows): its columns and first data line; null without 标题 and 单位. */
export function ledgerHeader(
  grid: Grid,
): { header: Cell[]; columns: Partial<Record<LedgerField, number>>; dataStart: number } | null {
  if (!Array.isArray(grid) || grid.length === 0 || !Array.isArray(grid[0])) return null;
  const { header, dataStart } = locateHeader(grid);
  const { columns } = findColumns(header);
  return REQUIRED.every((f) => columns[f] !== undefined) ? { header, columns, dataStart } : null;
}

export interface ParseOptions {
  /** Where each grid line came from (several tabs read as one ledger); by default grid line i is sheet row i + 1. */
  sources?: { tab: string; row: number }[];
  /** Today, for dates typed a year or decades off (a row dated more than 31 days ahead is an issue). */
  today?: Day;
}

/**
 * A unit typed with spaces inside (峡窝镇 党委, padding for alignment) is its 单位 table entry; a name
 * matching none stays as typed and is a row issue downstream, never a refusal.
 */
export function matchUnitNames(parsed: ParsedLedger, units: readonly { name: string }[]): void {
  const known = new Set(units.map((u) => u.name));
  const byKey = new Map(units.map((u) => [unitName(u.name), u.name]));
  for (const r of parsed.rows) {
    if (r.unit !== '' && !known.has(r.unit)) r.unit = byKey.get(unitName(r.unit)) ?? r.unit;
    if (r.relayOffice !== '' && !known.has(r.relayOffice))
      r.relayOffice = byKey.get(unitName(r.relayOffice)) ?? r.relayOffice;
  }
}

/** Parse the whole ledger. Never throws; every problem becomes a Chinese message. */
export function parseLedger(grid: Grid, options: ParseOptions = {}): ParsedLedger {
  if (!Array.isArray(grid) || grid.length === 0 || !Array.isArray(grid[0])) {
    return { rows: [], columns: {}, headerIssues: ['台账为空：第1行应为表头'], notices: [] };
  }
  const { header, dataStart } = locateHeader(grid);
  const { columns, issues: headerIssues } = findColumns(header);
  if (REQUIRED.some((f) => columns[f] === undefined)) return { rows: [], columns, headerIssues, notices: [] };
  const notices = nearMisses(header, columns, dataStart);
  const inputCols = (Object.keys(columns) as LedgerField[])
    .filter((f) => INPUT_FIELDS.has(f))
    .map((f) => columns[f]!);
  const cols: Cols = {};
  const present: number[] = []; // the input columns, in LEDGER_HEADERS order
  for (const f of LEDGER_HEADERS) {
    if (columns[f] === undefined) continue;
    cols[f] = columns[f];
    present.push(columns[f]);
  }
  const rows: LedgerRow[] = [];
  const { sources } = options;
  const repeated: number[] = [];
  let repeatedTab: string | undefined;
  const etc: LedgerRow[] = [];
  for (let r = dataStart; r < grid.length; r++) {
    const cells = grid[r];
    if (!Array.isArray(cells) || isBlankRow(cells, inputCols)) continue;
    const source = sources?.[r];
    const sheetRow = source ? source.row : r + 1;
    // The header again (two exports joined): not a piece of unit 单位.
    if (
      mayNameUnit(cells[cols.单位!]) &&
      headerField(cells[cols.单位!]) === '单位' &&
      headerField(cells[cols.标题!]) === '标题'
    ) {
      repeated.push(sheetRow);
      repeatedTab ??= source?.tab;
      continue;
    }
    const row = parseRow(cells, cols, present, sheetRow);
    if (source) {
      row.tab = source.tab;
      row.gridRow = r + 1;
    }
    if (row.authorsEtc) etc.push(row);
    rows.push(row);
  }
  if (repeated.length > 0) {
    notices.push({
      code: 'repeated-header',
      ...(repeatedTab ? { tab: repeatedTab } : {}),
      row: repeated[0],
      message: `第${listRows(repeated)}行是重复的表头（两份台账接在一起？），已跳过，不作为稿件计算`,
    });
  }
  if (etc.length > 0) {
    notices.push({
      code: 'authors-etc',
      ...(etc[0].tab ? { tab: etc[0].tab } : {}),
      row: etc[0].row,
      column: columnLetter(cols.作者! + 1),
      message: `第${listRows(etc.map((r) => r.row))}行作者以“等”结尾：已去掉“等”，只按列出的作者计任务`,
    });
  }
  checkDates(rows, options.today);
  return { rows, columns, headerIssues, headerRow: dataStart, notices };
}

/** 3、5、9 or 3、5、9 等12行: a list of rows for a notice, never a flood. */
function listRows(rows: number[]): string {
  const shown = rows.slice(0, 8).join('、');
  return rows.length > 8 ? `${shown} 等${rows.length}` : shown;
}

/** Days ahead of today a date may be (a piece adopted at month's end, typed early). */
const FUTURE_DAYS = 31;

/**
 * Dates typed with a wrong year: more than 31 days after today, or more than two years before the year
 * most rows are in (2042 or 2014 in a 2024 ledger) make the row an issue scoring 0; a 录用日期 before
 * its 报送日期 is an issue that still scores.
 */
function checkDates(rows: LedgerRow[], today: Day | undefined): void {
  const years = new Map<number, number>();
  for (const r of rows) {
    const day = r.adoptedOn ?? r.submittedOn;
    if (day !== null) years.set(yearOf(day), (years.get(yearOf(day)) ?? 0) + 1);
  }
  let common = 0;
  let most = 0;
  for (const [y, n] of years) if (n > most || (n === most && y > common)) [common, most] = [y, n];
  for (const r of rows) {
    // Days before this one are more than two years before the common year (no Date, no list per row).
    const early = most > 0 ? dayFromYmd(common - 2, 1, 1) : Number.NEGATIVE_INFINITY;
    checkDate(r, '报送日期', r.submittedOn, today, early, common);
    checkDate(r, '录用日期', r.adoptedOn, today, early, common);
    if (r.adoptedOn !== null && r.submittedOn !== null && r.adoptedOn < r.submittedOn) {
      addIssue(r, `录用日期 ${dayToIso(r.adoptedOn)} 早于报送日期 ${dayToIso(r.submittedOn)}，请核对`);
    }
  }
}

function checkDate(
  r: LedgerRow,
  field: LedgerField,
  day: Day | null,
  today: Day | undefined,
  early: Day,
  common: number,
): void {
  if (day === null) return;
  let why = '';
  if (today !== undefined && day > today + FUTURE_DAYS) why = '晚于今天一个多月';
  else if (day < early) why = `比台账多数行所在的${common}年早两年以上`;
  if (why === '') return;
  addIssue(r, `${field} ${dayToIso(day)} ${why}，可能填错了年份，暂不计分`);
  r.blocked = true;
}

function isBlankRow(cells: Cell[], inputCols: number[]): boolean {
  for (const c of inputCols) {
    const v = cells[c];
    if (v !== null && v !== undefined && v !== '' && !(typeof v === 'string' && v.trim() === ''))
      return false;
  }
  return true;
}

/** Show a cell in a message without flooding 校验 with a huge string. */
function shown(cell: Cell): string {
  return brief(cell instanceof Date ? String(cell) : cellText(cell));
}

/** Input column indexes by field (absent = no such column). */
type Cols = Partial<Record<LedgerField, number>>;

/** Most rows have no issue: they share one frozen empty list, and a row gets its own on its first issue. */
const NO_ISSUES = Object.freeze([]) as unknown as string[];

function note(state: RowState, message: string): void {
  if (state.issues === NO_ISSUES) state.issues = [];
  state.issues.push(message);
}

function addIssue(r: LedgerRow, message: string): void {
  if (r.issues === NO_ISSUES) r.issues = [];
  r.issues.push(message);
}

/** One row's issues while it is parsed (module-level helpers instead of per-row closures: 100,000 rows). */
interface RowState {
  issues: string[];
  blocked: boolean;
}

function cellOf(cells: Cell[], cols: Cols, f: LedgerField): Cell {
  const c = cols[f];
  return c === undefined ? '' : cells[c];
}

/** A cell's text by column index (read with a constant key from Cols: no lookup by field name per cell). */
function textAt(cells: Cell[], c: number | undefined): string {
  return c === undefined ? '' : cellText(cells[c]);
}

function cellAt(cells: Cell[], c: number | undefined): Cell {
  return c === undefined ? '' : cells[c];
}

function block(state: RowState, message: string): void {
  note(state, message);
  state.blocked = true;
}

function badDate(cells: Cell[], cols: Cols, f: LedgerField): string {
  return `${f}“${shown(cellOf(cells, cols, f))}”不是有效日期（可写 2024-03-05、2024/3/5、2024年3月5日）`;
}

function numberOf(state: RowState, cells: Cell[], cols: Cols, f: LedgerField): number | null {
  const c = cols[f];
  if (c === undefined) return null;
  const cell = cells[c];
  if (cell === '' || cell === null || cell === undefined || cell === UNCALCULATED) return null;
  // A number formatted as a date (字数 1200 shown as 1903/4/14) is still the number: its serial.
  const v =
    typeof cell === 'number' && Number.isFinite(cell)
      ? cell
      : cell instanceof Date && !Number.isNaN(cell.getTime())
        ? serialOfDate(cell)
        : cellNumber(cell);
  if (v !== null && Number.isNaN(v)) {
    block(state, `${f}“${shown(cell)}”不是数字`);
    return null;
  }
  if (v !== null && v < 0 && f !== '调整分') {
    block(state, `${f}不能为负数`);
    return null;
  }
  // 调整分 adds to the points: an absurd value (a slip, or 1e306) would swamp every total.
  if (v !== null && f === '调整分' && Math.abs(v) > MAX_ADJUSTMENT) {
    note(state, `调整分“${shown(cell)}”超出合理范围（绝对值不超过${MAX_ADJUSTMENT}），暂不计入`);
    return null;
  }
  return v;
}

/** A vocabulary parser remembering each spelling it has seen: staff type the same few words 100,000 times. */
function remembered<T>(parse: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text) as T;
    const v = parse(text);
    if (seen.size < 10_000) seen.set(text, v);
    return v;
  };
}

const parseLevel = remembered(parseLevelText);
const parseMode = remembered(parseModeText);
const parseInstruction = remembered(parseInstructionText);
const parseReview = remembered(parseReviewText);
const parseVerdict = remembered(parseVerdictText);
const kindOf = remembered(normalizeKind);

/** The sheet's serial number of a Date cell (local calendar fields, as readers hand dates over). */
function serialOfDate(d: Date): number {
  const seconds = d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
  return serialOfDay(dayOfDate(d)) + seconds / 86_400;
}

function parseRow(cells: Cell[], cols: Cols, present: number[], rowNumber: number): LedgerRow {
  const state: RowState = { issues: NO_ISSUES, blocked: false };
  let uncalculated = false;
  for (let k = 0; k < present.length; k++) if (cells[present[k]] === UNCALCULATED) uncalculated = true;
  if (uncalculated) {
    for (const f of LEDGER_HEADERS) {
      const c = cols[f];
      if (c !== undefined && cells[c] === UNCALCULATED) {
        block(
          state,
          `${f}是公式，但文件中没有保存它的计算结果：请在 Excel/WPS 中打开、重新计算（F9）并保存后再试，本行暂不计分`,
        );
      }
    }
  }

  const title = textAt(cells, cols.标题);
  if (title === '') note(state, '缺少标题');
  const unit = visibleText(textAt(cells, cols.单位));
  if (unit === '') block(state, '缺少单位，无法计入任何单位');
  const outlet = visibleText(textAt(cells, cols.媒体));

  const levelText = textAt(cells, cols.级别);
  const levelOverride = levelText === '' ? null : parseLevel(levelText);
  if (levelText !== '' && levelOverride === null) {
    note(state, `级别“${shown(levelText)}”无法识别（应为 区县级/市级/省级/中央级）`);
  }

  const modeText = textAt(cells, cols.采用方式);
  let mode: Mode = outlet !== '' ? '录用' : '报送';
  if (modeText !== '') {
    const parsed = parseMode(modeText);
    if (parsed === null) block(state, `采用方式“${shown(modeText)}”无法识别（应为 录用/综合/报送）`);
    else mode = parsed;
  }

  const submitted = parseDay(cellAt(cells, cols.报送日期));
  const adopted = parseDay(cellAt(cells, cols.录用日期));
  const event = parseDay(cellAt(cells, cols.事件日期));
  const submittedOn = submitted === 'invalid' ? null : submitted;
  const adoptedOn = adopted === 'invalid' ? null : adopted;
  const eventOn = event === 'invalid' ? null : event;
  // The date a row is assessed by: without it the row belongs to no period, so it is blocked, and the
  // one message says both what is wrong and what follows. Other bad dates are plain issues.
  let blockingDate: LedgerField | null = null;
  if (mode !== '报送' && adoptedOn === null) {
    blockingDate = '录用日期';
    block(
      state,
      adopted === 'invalid'
        ? `${badDate(cells, cols, '录用日期')}，无法计分`
        : `${mode}行缺少录用日期，无法计分`,
    );
  } else if (mode === '报送' && submittedOn === null && adoptedOn === null) {
    blockingDate = submitted === 'invalid' || adopted !== 'invalid' ? '报送日期' : '录用日期';
    block(
      state,
      (blockingDate === '报送日期' ? submitted : adopted) === 'invalid'
        ? `${badDate(cells, cols, blockingDate)}，无法计入任何时段`
        : '报送行缺少报送日期，无法计入任何时段',
    );
  }
  if (submitted === 'invalid' && blockingDate !== '报送日期') note(state, badDate(cells, cols, '报送日期'));
  if (adopted === 'invalid' && blockingDate !== '录用日期') note(state, badDate(cells, cols, '录用日期'));
  if (event === 'invalid') note(state, badDate(cells, cols, '事件日期'));
  if (mode !== '报送' && outlet === '' && levelOverride === null) {
    block(state, `${mode}行缺少媒体和级别，无法计分`);
  }

  const instructionText = textAt(cells, cols.领导批示);
  const instruction = instructionText === '' ? '' : parseInstruction(instructionText);
  if (instruction === null) block(state, `领导批示“${shown(instructionText)}”无法识别（应为 国家/省/市）`);

  const reviewText = textAt(cells, cols.审核状态);
  const review = reviewText === '' ? '' : parseReview(reviewText);
  if (review === null) note(state, `审核状态“${shown(reviewText)}”无法识别（应为 待审/编审/复审/终审）`);

  const verdictText = textAt(cells, cols.核定);
  const verdict = verdictText === '' ? '' : parseVerdict(verdictText);
  if (verdict === null) block(state, `核定“${shown(verdictText)}”无法识别（应为空、不计分或倒扣）`);

  const adjustment = numberOf(state, cells, cols, '调整分');
  const adjustmentReason = textAt(cells, cols.调整理由);
  if (adjustment !== null && adjustment !== 0 && adjustmentReason === '') {
    note(state, '有调整分但缺少调整理由，调整分暂不计入');
  }
  let authorText = textAt(cells, cols.作者);
  // 张伟、王芳等: the office listed who it could; 等 is no one's name.
  const authorsEtc = authorText.length > 1 && authorText.endsWith('等');
  if (authorsEtc) authorText = authorText.slice(0, -1);
  const kindText = textAt(cells, cols.类别);
  const recipient = textAt(cells, cols.报送对象);
  const placement = textAt(cells, cols.版面);

  return {
    row: rowNumber,
    title,
    titleKey: normalizeTitle(title),
    authors: authorText === '' ? [] : splitAuthors(authorText),
    // Absent (undefined) unless 等 was dropped: a plain literal, no spread per row (JSON and equality as before).
    authorsEtc: authorsEtc ? true : undefined,
    unit,
    kind: kindText === '' ? '' : kindOf(kindText),
    recipient: SPACE.test(recipient) ? recipient.replace(SPACES, '') : recipient,
    submittedOn,
    eventOn,
    outlet,
    levelOverride,
    mode,
    adoptedOn,
    chars: numberOf(state, cells, cols, '字数'),
    minutes: numberOf(state, cells, cols, '时长(分钟)'),
    placement: SPACE.test(placement) ? placement.replace(SPACES, '') : placement,
    instruction: instruction ?? '',
    relayOffice: visibleText(textAt(cells, cols.对口处室)),
    review: review ?? '',
    verdict: verdict ?? '',
    note: textAt(cells, cols.备注),
    adjustment,
    adjustmentReason,
    evidence: textAt(cells, cols.佐证),
    issues: state.issues,
    blocked: state.blocked,
  };
}

/** Largest 调整分 a reviewer can give (RULES §8 speaks of 加2-5分; this only stops typing slips). */
const MAX_ADJUSTMENT = 1000;

const SPACE = /\s/;
const SPACES = /\s+/g;
