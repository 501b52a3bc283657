// One ledger line's cells → a LedgerRow with its issues in plain Chinese. Staff type the same few dozen
// words (units, outlets, 类别, 终审 …) 100,000 times: each column remembers what its cell strings read as.

import { distinctAuthors } from './authorRepeats';
import { isDittoMark } from './authorUnits';
import {
  dayFromYmd,
  dayOfDate,
  isValidYmd,
  monthDayOf,
  parseDateCell,
  parseDay,
  serialOfDay,
  yearOf,
} from './dates';
import { HoursMinutes } from './hoursMinutes';
import {
  BLOCKED_WHOLE,
  LEVEL_UNREAD,
  type LedgerTable,
  NO_DAY,
  NO_ISSUES,
  REVIEW_UNREAD,
  TEXTS_PER_ROW,
} from './ledgerTable';
import { parseInstruction, parseLevel, parseMode, parseReview, parseVerdict, verdictParts } from './levels';
import { aliasTable, own } from './maps';
import { simplified } from './simplified';
import {
  authorListsGeneration,
  brief,
  cellNumber,
  cellText,
  hasInvisible,
  invisibleOnly,
  isErrorValue,
  joinedAuthors,
  numberText,
  paddedAuthors,
  splitAuthors,
  titleHash,
  trailingEtc,
  UNCALCULATED,
  visibleText,
  withoutListMark,
} from './text';
import type { Cell, Day, Instruction, LedgerField, Level, Mode, Review, Verdict } from './types';

/** What the header says of how to read some columns (core/ledger.ts columnReading). */
export interface ReadingOptions {
  /** Every 作者 column in column order, when there are several: one author list. */
  authors?: number[];
  /** What a plain number in 字数 / 时长(分钟) stands for (字数（千字） → 1000). */
  scale?: Partial<Record<LedgerField, number>>;
  /** The header of a yes/no 采用方式 column (是否录用). */
  yesNo?: string;
  /** Cells come without their number formats (ParseOptions.formatsUnknown). */
  formatsUnknown?: boolean;
}

/** Y / N and their words, as a 是否录用 column says them beside 是 / 否 (parseMode reads those). */
const YES_NO_LETTERS: Record<string, Mode> = { y: '录用', yes: '录用', n: '报送', no: '报送' };

/**
 * A time of whole minutes as h:mm shows it (0.029166… → 0:42), else null. Sheets hands values without their
 * formats; a 时长 of whole minutes is what typing 0:42 leaves (an h:mm cell), as the .xlsx reader's HoursMinutes.
 */
function clockOf(dayFraction: number): string | null {
  const minutes = Math.round(dayFraction * 1440);
  if (minutes === 0 || Math.abs(dayFraction * 1440 - minutes) > 1e-6) return null;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function parseYesNo(text: string): Mode | null {
  return own(YES_NO_LETTERS, text.replace(/\s+/g, '').toLowerCase()) ?? parseMode(text);
}

/** Input columns in the order 初始化台账 lays them out (Col below follows it). */
/** How a row blocked for having no readable date ends its message: scoring rewrites it once its piece dates it. */
export const NO_WINDOW = '，无法计入任何时段';

export const LEDGER_HEADERS =
  '标题 作者 单位 类别 报送对象 报送日期 媒体 级别 采用方式 录用日期 字数 时长(分钟) 版面 领导批示 对口处室 审核状态 核定 备注 调整分 调整理由 佐证 事件日期'.split(
    ' ',
  ) as LedgerField[];

/** 类别 aliases: the seeds use several names for the same kind. */
const KIND_ALIASES = aliasTable(
  '言论文章 真言文章 言论 评论 评论文章|调研报告 调研 调查报告 调研文章|宣传报道 新闻 宣传 新闻报道|动态信息 动态 工作动态|' +
    '经验材料 经验交流 经验交流材料 经验做法',
);

/** The 类别 the seeds and RULES §2 name: a ledger's word for a kind its rules may not score apart. */
export const KIND_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(KIND_ALIASES),
  ...'论文 电教片 专报 部编 会议交流 获奖 成果汇编 条线简报 简报 信息'.split(' '),
]);

export function normalizeKind(text: string): string {
  const t = simplified(text.replace(/\s+/g, '')); // 調研報告 is 调研报告
  return own(KIND_ALIASES, t) ?? t;
}

/**
 * The kinds of `known` whose name or one of its words (调研 for 调研报告) a 类别 as read contains (调研材料): a
 * guess offered in its 校验 (是否为“调研报告”？), never a reading.
 */
export function kindsWithin(kind: string, known: readonly string[]): string[] {
  return known.filter(
    (k) =>
      kind.includes(k) ||
      Object.keys(KIND_ALIASES).some(
        (alias) => KIND_ALIASES[alias] === k && alias.length > 1 && kind.includes(alias),
      ),
  );
}

/** The issue of a cell holding a formula's error value (#N/A, Err:502): what follows ('': nothing), then the cure. */
export function errorValueIssue(field: string, value: string, follows: string): string {
  return `${field}“${value}”是公式的错误值${follows === '' ? '' : `，${follows}`}：请修正公式，重新计算并保存`;
}

/** A trimmed cell text that is a formula's error value (# or E first: the rest only for those). */
function isError(t: string): boolean {
  return t !== '' && (t.charCodeAt(0) === 0x23 || t.charCodeAt(0) === 0x45) && isErrorValue(t);
}

export { isError as isErrorText, NO_ISSUES };

/** Rows without 作者 share one frozen empty list too (no caller changes a row's authors). */
const NO_AUTHORS = Object.freeze([]) as unknown as string[];

/** A 作者 text as read: its names (each once), whether it ended in 等, and the note when a name came twice. */
interface AuthorReading {
  names: string[];
  etc: boolean;
  repeated: string | null;
}

/**
 * 王芳、王芳 (or 第二作者 repeating 作者) is one author: the list with each name once, and the row's note. A list
 * read from spaces or a 和 (王 芳 王 芳) keeps its reading for authorNames.ts, which says that guess and drops
 * the repeat after it.
 */
function distinctOf(authors: string[]): { names: string[]; repeated: string | null } {
  if (authors.length > 1) {
    const distinct = distinctAuthors(authors);
    if (distinct !== null && paddedAuthors(authors) === undefined && joinedAuthors(authors) === undefined)
      return { names: distinct.names, repeated: distinct.issue };
  }
  return { names: authors, repeated: null };
}

/** Add an issue to a parsed row (its own list on the first). */
export function addIssue(r: { issues: string[] }, message: string): void {
  if (r.issues === NO_ISSUES) r.issues = [];
  r.issues.push(message);
}

/** Largest 调整分 a reviewer can give (RULES §8 speaks of 加2-5分; this only stops typing slips). */
const MAX_ADJUSTMENT = 1000;

/** Distinct spellings a column remembers (a column of free text, such as 标题, stops remembering there). */
const MEMO_LIMIT = 1 << 20;

/** A column's reading of a cell string, remembered by that string: `read` runs once per spelling. */
function recall<T>(memo: Map<string, T>, cell: string, read: (text: string) => T): T {
  let v = memo.get(cell);
  if (v === undefined) {
    // A zero-width space copied from a web page into a date or a word (录用\u200b) is not what was meant: read
    // without it, once per distinct text (audit s33 A: 2024-01-13 was refused, quoted as it looked).
    v = read(hasInvisible(cell) ? visibleText(cell) : cell);
    if (memo.size < MEMO_LIMIT) memo.set(cell, v);
  }
  return v;
}

/** Date cells remembered per ledger, by day number modulo this. */
const DATE_SLOTS = 1024;

/** A code unit String.prototype.trim may remove (a superset: a few control characters too). */
export function maybeSpace(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || (c >= 0x1680 && (c <= 0x205f || c === 0x3000 || c === 0xfeff));
}

/** The first code unit of `text` that is no space (a control character counts as one), NaN for none. */
export function firstVisibleCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!maybeSpace(c)) return c;
  }
  return Number.NaN;
}

/** cell.trim(), without the call for the cells that start and end with a visible character (most). */
export function trimmed(cell: string): string {
  const n = cell.length;
  if (n === 0 || maybeSpace(cell.charCodeAt(0)) || maybeSpace(cell.charCodeAt(n - 1))) return cell.trim();
  return cell;
}

/** Text without spaces (报送对象, 版面); the regular expression only for text with a code unit that may be one. */
function squeeze(t: string): string {
  for (let i = 0; i < t.length; i++) {
    if (maybeSpace(t.charCodeAt(i))) return t.replace(SPACES, '');
  }
  return t;
}
const SPACES = /\s+/g;

/** 字数, 时长(分钟) or 调整分 typed with a unit, as a number of 字, minutes or points; NaN for anything else. */
function measureText(text: string, f: LedgerField): number {
  const t = numberText(text);
  const n = (s: string | undefined) => Number(s ?? 0);
  const minutes = (x: number) => Math.round(x * 1e6) / 1e6;
  if (f === '字数') {
    const chars = /^(\d+(?:\.\d+)?)(千)?字$/.exec(t);
    if (chars) return chars[2] ? Math.round(n(chars[1]) * 1000) : n(chars[1]);
  } else if (f === '调整分') {
    // 2分, +2分, 加2分 add; 扣2分, 减2分, -2分 take away (the reviewer's words, RULES §8 加2-5分).
    const points = /^(加|扣|减|[-+])?(\d+(?:\.\d+)?)分?$/.exec(t);
    if (points)
      return points[1] === '扣' || points[1] === '减' || points[1] === '-' ? -n(points[2]) : n(points[2]);
  } else if (f === '时长(分钟)') {
    const whole = /^(\d+(?:\.\d+)?)分钟?$/.exec(t);
    if (whole) return n(whole[1]);
    const seconds = /^(?:(\d+)分钟?)?(\d+(?:\.\d+)?)秒钟?$/.exec(t);
    if (seconds) return minutes(n(seconds[1]) + n(seconds[2]) / 60);
    const clock = /^(?:(\d+):)?(\d+):(\d{2})$/.exec(t);
    if (clock) return minutes(n(clock[1]) * 60 + n(clock[2]) + n(clock[3]) / 60);
    // 1′05″, 1'05", 2′, 45″: minutes and seconds in prime marks, as TV durations are written (audit s33 B-F3).
    const primes = /^(?:(\d+)[′'’])?(?:(\d+(?:\.\d+)?)(?:″|"|”|''|′′))?$/.exec(t);
    if (primes && (primes[1] !== undefined || primes[2] !== undefined))
      return minutes(n(primes[1]) + n(primes[2]) / 60);
  }
  return Number.NaN;
}

/** 字数 and 时长: a row's length, read only for a multiplier. */
function isLength(f: LedgerField): boolean {
  return f === '字数' || f === '时长(分钟)';
}

/** One hour as a fraction of a day: a 时长 number below it may be a time stored as one (timeAsNumber). */
const ONE_HOUR_AS_DAYS = 1 / 24;

/** A number typed as text or as a number (2, 25, 3.5, 80%): what no unit is named. */
const NUMBER_TEXT = /^[-+]?[0-9０-９]+([.．][0-9０-９]+)?[%％]?$/;

/** What offices write in a 单位 cell for none: a dash, a slash, a question mark, 无, 不详. */
const NO_UNIT = /^([-－—–_/／\\?？.。·…]+|无|暂无|不详|未知|待定|待填|空|略|n\/?a|null|none)$/i;

/** What offices write in a length cell for none. */
const NO_LENGTH = new Set(['—', '——', '-', '－', '/', '／', '无']);

/**
 * What an office types in 媒体, 级别 or 录用日期 of a piece not adopted (audit s35 D8): a placeholder for none, or
 * 未采用 and its like, often merged across the adoption columns. A blank: the row is a submission, in no 待核实.
 */
const NOT_ADOPTED = new Set([
  ...NO_LENGTH,
  '未采用',
  '未录用',
  '暂未录用',
  '暂未采用',
  '待采用',
  '待录用',
  '未用',
  '暂无',
  '未刊发',
  '未发表',
  '未采纳',
]);

/** A cell holding a dash or a slash alone (—, ——, -, /): a placeholder for none. */
const dashOrSlash = (cell: Cell): boolean =>
  typeof cell === 'string' && NO_LENGTH.has(cell.trim()) && cell.trim() !== '无';

/** A 级别 as parseLevel reads it, NOT_ADOPTED's words a blank (once per spelling: recalled remembers it). */
const levelOrNone = (text: string): Level | null | '' =>
  NOT_ADOPTED.has(text.trim()) ? '' : parseLevel(text);

/** A cell holding one of NOT_ADOPTED. */
const notAdopted = (cell: Cell): boolean => typeof cell === 'string' && NOT_ADOPTED.has(cell.trim());

/**
 * 字数/时长 with a word of approximation (约1500, 大约1500, 近1500, 1500左右, 1500余, 1500多, 约1500字, 1500余字):
 * the text without it; null when there is none.
 */
function withoutApproximation(text: string): string | null {
  const t = numberText(text);
  const m = /^(大约|约|近|将近)?(\d+(?:\.\d+)?)(左右|余|多)?(千字|字|分钟|分|秒钟|秒)?(左右)?$/.exec(t);
  if (!m || (m[1] === undefined && m[3] === undefined && m[5] === undefined)) return null;
  return m[2] + (m[4] ?? '');
}

/** A Date cell's serial number (local calendar fields, as readers hand dates over). */
function serialOfDate(d: Date): number {
  const seconds = d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
  return serialOfDay(dayOfDate(d)) + seconds / 86_400;
}

/** Show a cell in a message without flooding 校验 with a huge string; a Date as its calendar day (57316-01-26). */
function shown(cell: Cell): string {
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${cell.getFullYear()}-${p(cell.getMonth() + 1)}-${p(cell.getDate())}`;
  }
  return brief(cellText(cell));
}

/** An issue quoting a cell as it was read shows the placeholder so: such an issue is dropped (uncalculatedFirst). */
const QUOTED_PLACEHOLDER = `“${UNCALCULATED}”`;

/** Set when a cell of the row being read is UNCALCULATED: the reads see it, so no second walk over the cells. */
let uncalculatedSeen = false;

/** A cell's trimmed text (cellText, with a shortcut for the string cells). */
function text(cell: Cell): string {
  if (cell === '') return '';
  if (typeof cell !== 'string') return cellText(cell);
  if (cell.length === UNCALCULATED.length && cell === UNCALCULATED) uncalculatedSeen = true;
  return trimmed(cell);
}

/** A cell's trimmed text as `read` reads it ('' when blank), remembered in the column's memory. */
function recalled<T>(memo: Map<string, T>, cell: Cell, read: (text: string) => T): T | '' {
  // The cell as it came first: a key is a trimmed text, so a cell equal to one is its own trimmed text.
  if (typeof cell === 'string') {
    const known = memo.get(cell);
    if (known !== undefined) {
      if (cell === UNCALCULATED) uncalculatedSeen = true;
      return known;
    }
  }
  const t = text(cell);
  return t === '' ? '' : recall(memo, t, read);
}

/** A string cell's id, kept unless the cell is a formula without its result (every row with it must say so). */
function remember(memo: Map<string, number>, cell: Cell, id: number): void {
  if (typeof cell === 'string' && cell !== UNCALCULATED && memo.size < MEMO_LIMIT) memo.set(cell, id);
}

/** The input columns, in LEDGER_HEADERS order: a column's index into RowReader.c. */
enum Col {
  title,
  author,
  unit,
  kind,
  recipient,
  submitted,
  outlet,
  level,
  mode,
  adopted,
  chars,
  minutes,
  placement,
  instruction,
  relay,
  review,
  verdict,
  note,
  adjustment,
  reason,
  evidence,
  event,
}

/**
 * Reads the rows of one ledger into its table: one object per parseLedger call, so its memories hold this ledger's
 * spellings only, and its dates as this process's time zone reads them now.
 */
export class RowReader {
  // Grid column of each input column (Col order), -1 when absent (cells[-1] reads as a blank).
  private readonly c: Int32Array;
  /** The input columns present, in LEDGER_HEADERS order. */
  readonly present: number[];
  private readonly fields: LedgerField[];
  /** The table read into. */
  private readonly table: LedgerTable;
  /** Per column, a string cell → its id in the table's texts (0: blank). */
  private readonly ids: Map<string, number>[];
  /**
   * The last 采用方式 and 审核状态 read, and their ids in the table: at first its id 0 (录用 and blank, see
   * LedgerTable). Always a string: a first compare with undefined deopted read() on each new reader.
   */
  private lastMode: Mode = '录用';
  private lastModeId = 0;
  private lastReview: Review | '' = '';
  private lastReviewId = 0;
  private readonly levels = new Map<string, Level | null | ''>();
  private readonly modes = new Map<string, Mode | null | ''>();
  private readonly instructions = new Map<string, Instruction | null>();
  private readonly reviews = new Map<string, Review | null>();
  private readonly verdicts = new Map<string, Verdict | null>();
  private readonly days = new Map<string, Day | null | 'invalid'>();
  private readonly dateTimes = new Float64Array(DATE_SLOTS).fill(Number.NaN);
  private readonly dateDays = new Int32Array(DATE_SLOTS);
  issues: string[] = NO_ISSUES;
  private blocked = false;
  /** Blocked for what the row is, not only for its points (ledgerTable BLOCKED_WHOLE). */
  private blockedWhole = false;
  private readonly year: number;
  /** The year a date typed without one (3月5日) is read in: 设置 年度, or the period asked; undefined: a row issue. */
  private readonly yearlessYear: number | undefined;
  /** The date cells read in `yearlessYear`: index in the table, sheet row, the column (said in one notice per column). */
  readonly yearless: { i: number; row: number; field: LedgerField; shown: string }[] = [];
  /** Rows whose 标题 was a ditto mark (同上, 〃), read as the row above's title: row index, the mark. */
  readonly dittoTitles: { i: number; mark: string }[] = [];
  /** Author columns after the first (第二作者 …), and the lists their joined texts read as. */
  private readonly moreAuthors: number[];
  private readonly joinedAuthors = new Map<string, { names: string[]; etc: boolean }>();
  /** 作者 texts (one author column) and what they read as, while splitAuthors keeps its lists (`authorsAge`). */
  private readonly authorReadings = new Map<string, AuthorReading>();
  private authorsAge = authorListsGeneration();
  private readonly charsScale: number;
  private readonly minutesScale: number;
  private readonly formatsUnknown: boolean;
  /**
   * The lines whose 时长 is an h:mm time (HoursMinutes): index in the table, sheet row, the text shown, and
   * whether it was read as the m:ss it shows (under one hour); `rowIndex` and `rowNumber` the line being read.
   */
  readonly timesShown: { i: number; row: number; shown: string; asShown: boolean }[] = [];
  private rowIndex = 0;
  private rowNumber = 0;
  private readonly parseModeCell: (text: string) => Mode | null | '';
  /** The 采用方式 column as its issues name it, and the values they offer. */
  private readonly modeName: string;
  private readonly modeValues: string;
  /** What the 采用方式 column says of an adopted row: 录用, or 是 in a 是否录用 column. */
  private readonly adoptedWord: string;

  /**
   * `year`: the year the office works in (the report's: 设置 年度 or the period asked for), else this year
   * (`today`, else the clock). The date advice writes its examples in it, unless the row's other dates say
   * which year the row is in.
   */
  constructor(
    table: LedgerTable,
    columns: Partial<Record<LedgerField, number>>,
    year?: number,
    today?: Day,
    reading: ReadingOptions = {},
    yearlessYear?: number,
  ) {
    this.year = year ?? yearOf(today ?? dayOfDate(new Date()));
    this.yearlessYear = yearlessYear;
    this.c = Int32Array.from(LEDGER_HEADERS, (f) => columns[f] ?? -1);
    this.fields = LEDGER_HEADERS.filter((f) => columns[f] !== undefined);
    this.present = this.fields.map((f) => columns[f]!);
    this.moreAuthors = (reading.authors ?? []).filter((c) => c !== columns.作者);
    this.charsScale = reading.scale?.字数 ?? 1;
    this.minutesScale = reading.scale?.['时长(分钟)'] ?? 1;
    this.formatsUnknown = reading.formatsUnknown === true;
    const parseModeText = reading.yesNo ? parseYesNo : parseMode;
    // A dash or slash carried across from 媒体 (merged over the adoption columns) is a blank: 未采用 there reads 报送.
    this.parseModeCell = (text) => (dashOrSlash(text) ? '' : parseModeText(text));
    this.modeName = reading.yesNo ?? '采用方式';
    this.modeValues = reading.yesNo ? '是/否（或 录用/综合/报送）' : '录用/综合/报送';
    this.adoptedWord = reading.yesNo ? '是' : '录用';
    // All set here, none first in read(): a reader whose fields are added or first set in its first read()
    // makes the optimised read() meet a new shape, or a null, on each new reader (a deopt per parse). The
    // list of memories filled by push (an array made by map may be holey or not, as the engine runs map).
    this.table = table;
    const ids: Map<string, number>[] = [];
    for (let k = 0; k < LEDGER_HEADERS.length; k++) ids.push(new Map());
    this.ids = ids;
  }

  private add(message: string): void {
    addIssue(this, message);
  }

  private block(message: string): void {
    this.add(message);
    this.blocked = true;
  }

  /** A block of the whole row (its unit, its verdict): not even a submission (ledgerTable BLOCKED_WHOLE). */
  private blockWhole(message: string): void {
    this.block(message);
    this.blockedWhole = true;
  }

  private day(cell: Cell): Day | null | 'invalid' {
    if (cell === '' || cell === undefined) return null;
    if (typeof cell === 'string') {
      if (cell === UNCALCULATED) uncalculatedSeen = true;
      return recall(this.days, cell, parseDateCell);
    }
    if (!(cell instanceof Date)) return parseDay(cell);
    const t = cell.getTime();
    const slot = (t / 86_400_000) & (DATE_SLOTS - 1);
    if (this.dateTimes[slot] === t) return this.dateDays[slot];
    const day = parseDay(cell);
    if (day !== 'invalid' && day !== null) {
      this.dateTimes[slot] = t;
      this.dateDays[slot] = day;
    }
    return day;
  }

  /**
   * A date cell parseDay refused, read again: a month and day typed without a year (3月5日, 3.5, 03-05) is
   * that day of `yearlessYear`, and remembered for the notice; anything else (or no year known) stays invalid.
   */
  private yearlessDay(cell: Cell, field: LedgerField): Day | 'invalid' {
    const y = this.yearlessYear;
    const md = y === undefined ? null : monthDayOf(cell);
    if (md === null || y === undefined || !isValidYmd(y, md.m, md.d)) return 'invalid';
    this.yearless.push({ i: this.rowIndex, row: this.rowNumber, field, shown: String(cell).trim() });
    return dayFromYmd(y, md.m, md.d);
  }

  /**
   * A number with a fraction in a date column typed as 月.日 or 年.月 into a 常规 cell (3.12, 2024.3) is no serial
   * (1900-01-02, 1905-07-16: days the user never typed, audit s34 A-F7): 3.12 and 3.05 are read as the text is
   * (that day of 设置 年度, said); 3.1 (3.1 or 3.10?) and 2024.3 are not dates. Any other number as parseDay read it.
   */
  private numberDay(cell: number, day: Day | null | 'invalid', field: LedgerField): Day | null | 'invalid' {
    if (Number.isInteger(cell)) return day;
    if (cell >= 1900 && cell < 2200) return 'invalid';
    if (cell < 1 || cell >= 13) return day;
    const text = String(cell);
    return /^\d{1,2}\.\d{2}$/.test(text) ? this.yearlessDay(text, field) : 'invalid';
  }

  /**
   * Why a date cell is not a date, with the forms to write it in, dated in the year the cell names, else the
   * year of `known` (the row's readable date, if any), else the office's: never a fixed year the office is not in.
   */
  private badDate(cell: Cell, f: LedgerField, known: Day | null): string {
    // The year typed in the cell itself (2024.1.20日) first: the row's other dates may be in another.
    const typed = /(?<!\d)(19|20)\d{2}(?!\d)/.exec(shown(cell));
    const y = typed ? typed[0] : known === null ? this.year : yearOf(known);
    if (!typed && this.yearlessYear === undefined && monthDayOf(cell) !== null)
      return `${f}“${shown(cell)}”没有年份，「设置」表又未填年度，无法确定是哪一年（可写 ${y}-03-05、${y}/3/5、${y}年3月5日）`;
    return `${f}“${shown(cell)}”不是有效日期（可写 ${y}-03-05、${y}/3/5、${y}年3月5日）`;
  }

  /**
   * What `number` reads a plain number of a length column as (a number cell, not below 0, in a column without
   * a unit in its header): the number itself. Null for any other cell, blank included: `number` reads those.
   */
  private plainNumber(cell: Cell, scale: number): number | null {
    return typeof cell === 'number' && cell >= 0 && cell < Infinity && scale === 1 ? cell : null;
  }

  /**
   * A 时长 number under 1/24 (2.5 seconds as minutes: no report is so short) that is whole seconds as a fraction
   * of a day is a time (2:30 typed, the cell then formatted 常规 or 0.0000: 0.001736): read as that time and
   * said, so its ×3 is not lost in silence (audit s33 A). Any other such number stays as it is.
   */
  private timeAsNumber(value: number): number {
    const seconds = value * 86_400;
    const whole = Math.round(seconds);
    if (whole < 1 || Math.abs(seconds - whole) > 1e-3) return value;
    const m = Math.floor(whole / 60);
    const sec = whole % 60;
    this.add(
      `时长“${String(value)}”像是以时间存入的${m > 0 ? `${m}分` : ''}${sec > 0 ? `${sec}秒` : ''}，按此计；请把单元格写成分钟数（如 ${Math.round((whole / 60) * 100) / 100}）`,
    );
    return Math.round((whole / 60) * 1e6) / 1e6;
  }

  private number(cell: Cell, f: LedgerField): number | null {
    if (cell === '' || cell === null || cell === undefined) return null;
    if (cell === UNCALCULATED) {
      uncalculatedSeen = true;
      return null;
    }
    // A number formatted as a date (字数 1200 shown as 1903/4/14) is still the number: its serial.
    let v =
      typeof cell === 'number' && Number.isFinite(cell)
        ? cell
        : cell instanceof Date && !Number.isNaN(cell.getTime())
          ? serialOfDate(cell)
          : cellNumber(cell);
    // A length written with its unit (1200字, 1.3千字, 1分30秒, 1:30, 90秒) is that length.
    let ownUnit = false;
    let about = false;
    if (typeof cell === 'string' && v !== null && Number.isNaN(v)) {
      v = measureText(cell, f);
      ownUnit = true;
      // 约1500, 1500左右, 1500余字 …: the number (sweep s25g F4), said in 校验.
      if (Number.isNaN(v) && (f === '字数' || f === '时长(分钟)')) {
        const bare = withoutApproximation(cell);
        if (bare !== null) {
          const plain = cellNumber(bare);
          ownUnit = plain === null || Number.isNaN(plain);
          v = ownUnit ? measureText(bare, f) : plain;
          about = !Number.isNaN(v);
        }
      }
    }
    // 时长 in a cell formatted as a time (01:12 shown, a fraction of a day stored): its minutes; an h:mm
    // time under one hour (0:42, typed as m:ss) as the m:ss it shows, as its CSV export reads: said in a notice.
    else if (f === '时长(分钟)' && cell instanceof Date && v !== null && v < 1) {
      const shownAs = cell instanceof HoursMinutes ? cell.shown : this.formatsUnknown ? clockOf(v) : null;
      const asShown = shownAs !== null && v < 1 / 24 - 1e-9;
      v = asShown ? Math.round(v * 1440) / 60 : Math.round(v * 1440 * 1e6) / 1e6;
      // An h:mm time of an hour or more (1:00, typed as m:ss?) keeps its value: said too.
      if (shownAs !== null)
        this.timesShown.push({ i: this.rowIndex, row: this.rowNumber, shown: shownAs, asShown });
      ownUnit = true;
    }
    if (v === null) return null;
    // A plain number in a column headed with its unit (字数（千字）, 时长（秒）) is in that unit.
    if (!ownUnit && !Number.isNaN(v)) {
      const scale = f === '字数' ? this.charsScale : f === '时长(分钟)' ? this.minutesScale : 1;
      if (scale !== 1) v = Math.round(v * scale * 1e6) / 1e6;
    }
    if (about && v !== null) {
      const shownValue = String(Math.round(v * 100) / 100);
      this.add(
        f === '字数' ? `字数“${shown(cell)}”按${shownValue}计` : `时长“${shown(cell)}”按${shownValue}分钟计`,
      );
    }
    if (Number.isNaN(v)) {
      // A formula's error value (#DIV/0!, #N/A): the formula is what to mend, not a text typed there.
      const typed = typeof cell === 'string' ? trimmed(cell) : '';
      if (isError(typed)) {
        if (f === '调整分') this.add(errorValueIssue(f, typed, '暂不计入'));
        else if (isLength(f)) this.add(errorValueIssue(f, typed, '未按其加倍'));
        else this.block(errorValueIssue(f, typed, '无法计分'));
        return null;
      }
      // A placeholder for none (—, /, 无) is a blank: the row has no length, not a wrong one.
      if (isLength(f) && NO_LENGTH.has(typed)) return null;
      // An unreadable 调整分 leaves the row's own points known: only the adjustment waits. So does an
      // unreadable 字数 or 时长: only its ×3 is in doubt, the base points stand (RULES §4; audit s33 B-F3).
      if (f === '调整分') this.add(`调整分“${shown(cell)}”不是数字（可写 3、-2、加2分、扣2分），暂不计入`);
      else if (isLength(f)) this.add(`${f}“${shown(cell)}”不是数字`);
      else this.block(`${f}“${shown(cell)}”不是数字`);
      return null;
    }
    if (v < 0 && f !== '调整分') {
      if (isLength(f)) this.add(`${f}不能为负数`);
      else this.block(`${f}不能为负数`);
      return null;
    }
    // 调整分 adds to the points: an absurd value (a slip, or 1e306) would swamp every total.
    if (f === '调整分' && Math.abs(v) > MAX_ADJUSTMENT) {
      this.add(`调整分“${shown(cell)}”超出合理范围（绝对值不超过${MAX_ADJUSTMENT}），暂不计入`);
      return null;
    }
    return v;
  }

  /** The issues of a formula without its result, before the row's others: why the row does not score. */
  private uncalculatedFirst(cells: Cell[]): void {
    // The placeholder is no text of the cell: an issue quoting it (级别“#公式无结果”无法识别) says nothing more.
    const others = this.issues.filter((m) => !m.includes(QUOTED_PLACEHOLDER));
    this.issues = NO_ISSUES;
    const say = (field: string) =>
      this.add(
        `${field}是公式，但文件中没有保存它的计算结果：请在 Excel/WPS 中打开、重新计算（F9）并保存后再试，本行暂不计分`,
      );
    let authorSaid = false;
    for (let k = 0; k < this.present.length; k++) {
      if (cells[this.present[k]] !== UNCALCULATED) continue;
      say(this.fields[k]);
      authorSaid ||= this.fields[k] === '作者';
    }
    // A further author column (第二作者) is read too: held for it, so said for it.
    if (!authorSaid && this.moreAuthors.some((c) => cells[c] === UNCALCULATED)) say('作者');
    this.issues = this.issues.concat(others);
    this.blocked = true;
    this.blockedWhole = true;
  }

  /**
   * A 作者 text's reading (one author column): its trailing 等 dropped, its names, each once. Once per text:
   * the very list splitAuthors gives, so kept only while splitAuthors keeps its own.
   */
  private authorsOf(typed: string): AuthorReading {
    const age = authorListsGeneration();
    if (age !== this.authorsAge) {
      this.authorsAge = age;
      this.authorReadings.clear();
    }
    let reading = this.authorReadings.get(typed);
    if (reading === undefined) {
      const etcLength = trailingEtc(typed);
      const text = etcLength > 0 ? typed.slice(0, -etcLength) : typed;
      const names = text === '' ? NO_AUTHORS : splitAuthors(text);
      const distinct = distinctOf(names);
      reading = { names: distinct.names, etc: etcLength > 0, repeated: distinct.repeated };
      if (this.authorsAge === authorListsGeneration() && this.authorReadings.size < MEMO_LIMIT)
        this.authorReadings.set(typed, reading);
    }
    return reading;
  }

  /**
   * The authors of 作者 and the columns after it (第二作者, 合作者 …), in column order: each cell read as 作者 is
   * (its 等 dropped, an error value said), the lists joined. One list per distinct set of cells.
   */
  private joinAuthors(first: string, cells: Cell[]): { names: string[]; etc: boolean } {
    const parts = first === '' ? [] : [first];
    let etc = false;
    for (const c of this.moreAuthors) {
      let t = text(cells[c]);
      if (t !== '' && (t.charCodeAt(0) === 0x23 || t.charCodeAt(0) === 0x45) && isErrorValue(t)) {
        this.add(`作者是公式的错误值“${t}”，未计入个人：请修正公式，重新计算并保存`);
        t = '';
      }
      const etcLength = trailingEtc(t);
      if (etcLength > 0) {
        etc = true;
        t = t.slice(0, -etcLength);
      }
      if (t !== '') parts.push(t);
    }
    const key = parts.join('\u0001');
    let out = this.joinedAuthors.get(key);
    if (out === undefined) {
      // Joined with 、, a separator splitAuthors reads: each cell's names as its own cell's.
      const names =
        parts.length === 0
          ? NO_AUTHORS
          : parts.length === 1
            ? splitAuthors(parts[0])
            : splitAuthors(parts.join('、'));
      out = { names, etc: false };
      if (this.joinedAuthors.size < MEMO_LIMIT) this.joinedAuthors.set(key, out);
    }
    return etc ? { names: out.names, etc } : out;
  }

  /**
   * The id of a cell naming something (对口处室, 类别): 0 for a formula's error value (said: `field`, what
   * follows) or its missing result (said first: uncalculatedFirst), which name nothing; else textId.
   */
  private nameId(col: Col, cell: Cell, texts: LedgerTable['texts'], field: string, follows: string): number {
    if (typeof cell === 'string') {
      if (cell === UNCALCULATED) {
        uncalculatedSeen = true;
        return 0;
      }
      const t = trimmed(cell);
      if (isError(t)) {
        this.add(errorValueIssue(field, t, follows));
        return 0;
      }
    }
    return this.textId(col, cell, texts);
  }

  /** Column col's id for a cell: once per string (blank: 0), else read as the column reads it. */
  private textId(col: Col, cell: Cell, texts: LedgerTable['texts']): number {
    const memo = this.ids[col];
    if (typeof cell === 'string') {
      if (cell === '') return 0;
      const known = memo.get(cell);
      if (known !== undefined) return known;
    }
    let v = text(cell);
    // 报送对象 and 版面 without spaces (which department 报送对象 names is read with the rules: relay.ts).
    if (col === Col.kind) v = v === '' ? '' : normalizeKind(v);
    else v = col === Col.relay ? visibleText(v) : squeeze(v);
    const id = v === '' ? 0 : texts.id(v);
    remember(memo, cell, id);
    return id;
  }

  /** Read one line's cells into row i of the table (a later line may take its place: it leaves nothing behind). */
  read(cells: Cell[], rowNumber: number, i: number): void {
    const t = this.table;
    // A line skipped leaves row i to the next read: its remarks go with it (most tables have none).
    if (t.remarks.size > 0) t.remarks.delete(i);
    if (t.instructionTexts.size > 0) t.instructionTexts.delete(i);
    this.issues = NO_ISSUES;
    this.blocked = false;
    this.blockedWhole = false;
    uncalculatedSeen = false;
    this.rowIndex = i;
    this.rowNumber = rowNumber;
    const c = this.c;

    t.roomForTexts(TEXTS_PER_ROW);
    let title = text(cells[c[Col.title]]);
    if (title === '' || invisibleOnly(title)) {
      title = '';
      this.add('缺少标题');
    } else if (title.length <= 4 && i > 0 && isDittoMark(title.trim()) && t.title[i - 1] !== '') {
      // 同上 under a piece's title: the same piece adopted again (audit s35 D3), not a piece called 同上.
      this.dittoTitles.push({ i, mark: title.trim() });
      title = t.title[i - 1];
    } else {
      title = withoutListMark(title);
      // A title lost to a formula (#REF!) cannot be matched with its piece's other rows: said (audit s38 P5).
      const typed = isError(title) ? title : ''; // # or E first, else no trim: titles pass here once a row
      if (typed !== '') this.add(errorValueIssue('标题', typed, '无法与其他行核对是否为同一稿件'));
    }
    // A unit or outlet met before has its id; one met first is read here, numbered below with the others.
    const unitCell = cells[c[Col.unit]];
    let unitId = typeof unitCell === 'string' ? this.ids[Col.unit].get(unitCell) : undefined;
    let unit = '';
    if (unitId === undefined) {
      unit = visibleText(text(unitCell));
      if (unit === '') this.blockWhole('缺少单位，无法计入任何单位');
      else if ((unit.charCodeAt(0) === 0x23 || unit.charCodeAt(0) === 0x45) && isErrorValue(unit)) {
        this.blockWhole(`单位是公式的错误值“${unit}”，无法计入任何单位：请修正公式，重新计算并保存`);
        unit = '';
      } else if (unit === UNCALCULATED)
        unit = ''; // no unit of that name: the row is held, said first (uncalculatedFirst)
      else if (NUMBER_TEXT.test(unit)) {
        // A count from a table under the ledger (各单位统计 without its header) or a column shifted: no unit is named 2.
        this.blockWhole(`单位“${unit}”是数字，不是单位名称，无法计入任何单位：请填写单位名称`);
        unit = '';
      } else if (unit.length <= 4 && NO_UNIT.test(unit)) {
        // A placeholder (-, 无, 不详): without a 单位 table it was a unit of its own, ranked (audit s37 I, A-F2).
        this.blockWhole(`单位“${unit}”不是单位名称，无法计入任何单位：请填写单位名称`);
        unit = '';
      }
    }
    const outletCell = cells[c[Col.outlet]];
    let outletId =
      outletCell === ''
        ? 0
        : typeof outletCell === 'string'
          ? this.ids[Col.outlet].get(outletCell)
          : undefined;
    const typedOutlet = outletId === undefined ? visibleText(text(outletCell)) : '';
    const outlet = NOT_ADOPTED.has(typedOutlet) ? '' : typedOutlet;
    const hasOutlet = outletId !== undefined ? outletId !== 0 : outlet !== '';

    const levelCell = cells[c[Col.level]];
    const levelOverride = levelCell === '' ? '' : recalled(this.levels, levelCell, levelOrNone);
    if (levelOverride === null) {
      this.add(`级别“${shown(text(levelCell))}”无法识别（应为 区县级/市级/省级/中央级）`);
    }

    let mode: Mode = hasOutlet ? '录用' : '报送';
    const modeCell = cells[c[Col.mode]];
    const modeRead = modeCell === '' ? '' : recalled(this.modes, modeCell, this.parseModeCell);
    if (modeRead === null) {
      this.block(`${this.modeName}“${shown(text(modeCell))}”无法识别（应为 ${this.modeValues}）`);
    } else if (modeRead !== '') mode = modeRead;

    const submittedCell = cells[c[Col.submitted]];
    const adoptedCell = cells[c[Col.adopted]];
    const eventCell = cells[c[Col.event]];
    let submitted = submittedCell === '' ? null : this.day(submittedCell);
    let adopted = adoptedCell === '' ? null : this.day(adoptedCell);
    if (adopted === 'invalid' && notAdopted(adoptedCell)) adopted = null; // 未采用, / in 录用日期: none
    let event = eventCell === '' ? null : this.day(eventCell);
    if (typeof submittedCell === 'number') submitted = this.numberDay(submittedCell, submitted, '报送日期');
    if (typeof adoptedCell === 'number') adopted = this.numberDay(adoptedCell, adopted, '录用日期');
    if (typeof eventCell === 'number') event = this.numberDay(eventCell, event, '事件日期');
    if (submitted === 'invalid') submitted = this.yearlessDay(submittedCell, '报送日期');
    if (adopted === 'invalid') adopted = this.yearlessDay(adoptedCell, '录用日期');
    if (event === 'invalid') event = this.yearlessDay(eventCell, '事件日期');
    const submittedOn = submitted === 'invalid' ? null : submitted;
    const adoptedOn = adopted === 'invalid' ? null : adopted;
    const eventOn = event === 'invalid' ? null : event;
    // The date a row is assessed by: without it the row belongs to no period, so it is blocked, and the
    // one message says both what is wrong and what follows. Other bad dates are plain issues.
    // A readable date of the row: a bad one's advice writes its examples in that year.
    const known = adoptedOn ?? submittedOn ?? eventOn;
    let blockingDate: LedgerField | null = null;
    if (mode !== '报送' && adoptedOn === null) {
      blockingDate = '录用日期';
      this.block(
        adopted === 'invalid'
          ? `${this.badDate(adoptedCell, '录用日期', known)}，无法计分`
          : `${mode}行缺少录用日期，无法计分`,
      );
    } else if (mode === '报送' && submittedOn === null && adoptedOn === null) {
      blockingDate = submitted === 'invalid' || adopted !== 'invalid' ? '报送日期' : '录用日期';
      const bySubmitted = blockingDate === '报送日期';
      this.block(
        (bySubmitted ? submitted : adopted) === 'invalid'
          ? `${this.badDate(bySubmitted ? submittedCell : adoptedCell, blockingDate, known)}${NO_WINDOW}`
          : `报送行缺少报送日期${NO_WINDOW}`,
      );
    }
    if (submitted === 'invalid' && blockingDate !== '报送日期')
      this.add(this.badDate(submittedCell, '报送日期', known));
    if (adopted === 'invalid' && blockingDate !== '录用日期')
      this.add(this.badDate(adoptedCell, '录用日期', known));
    if (event === 'invalid') this.add(this.badDate(eventCell, '事件日期', known));
    // An unreadable 级别 (said above) is filled: the row lacks its 媒体, not its 级别.
    if (mode !== '报送' && !hasOutlet && !levelOverride)
      this.block(
        levelOverride === null
          ? `${mode}行缺少媒体，级别又无法识别，无法计分`
          : `${mode}行缺少媒体和级别，无法计分`,
      );

    // A 录用日期 on a row read as 报送 says it was adopted: its points wait for the 媒体 or 采用方式 that is
    // wrong, and 校验 says which (audit s33 A-F2, B-F4: 0 points with no word, not in 待核实).
    if (mode === '报送' && adoptedOn !== null) {
      if (hasOutlet)
        this.add(
          `${this.modeName}为“${shown(text(modeCell))}”，但填有媒体和录用日期：本行按报送计，不计录用分；如已录用，请把${this.modeName}改为“${this.adoptedWord}”`,
        );
      else if (c[Col.outlet] !== -1)
        this.add('填有录用日期但未填媒体：本行按报送计，不计录用分；如已录用，请补填媒体');
    }

    const instructionCell = cells[c[Col.instruction]];
    const instruction =
      instructionCell === '' ? '' : recalled(this.instructions, instructionCell, parseInstruction);
    // The bonus alone is in doubt: the row's own points stand (RULES §4 zeroes only what cannot be known).
    if (instruction === null) {
      this.add(`领导批示“${shown(text(instructionCell))}”无法识别（应为 国家/省/市），暂不加分`);
    }
    const reviewCell = cells[c[Col.review]];
    const review = reviewCell === '' ? '' : recalled(this.reviews, reviewCell, parseReview);
    if (review === null) {
      this.add(`审核状态“${shown(text(reviewCell))}”无法识别（应为 待审/编审/复审/终审）`);
    }
    const verdictCell = cells[c[Col.verdict]];
    const verdict = verdictCell === '' ? '' : recalled(this.verdicts, verdictCell, parseVerdict);
    if (verdict === null) {
      this.blockWhole(`核定“${shown(text(verdictCell))}”无法识别（应为空、不计分或倒扣），本行暂不计分`);
    } else if (verdict !== '') {
      // 不计分（非组织工作范畴）: the reason is the office's, said in 校验 (remarks.ts), no issue.
      const { reason } = verdictParts(text(verdictCell));
      if (reason !== '') t.remarks.set(i, [`核定${verdict}：${brief(reason, 40)}`]);
    }
    if (instruction === '区县') t.instructionTexts.set(i, text(instructionCell));

    const adjustmentCell = cells[c[Col.adjustment]];
    const adjustment = adjustmentCell === '' ? null : this.number(adjustmentCell, '调整分');
    const reasonCell = cells[c[Col.reason]];
    const adjustmentReason = reasonCell === '' ? '' : text(reasonCell);
    if (adjustment !== null && adjustment !== 0 && adjustmentReason === '') {
      this.add('有调整分但缺少调整理由，调整分暂不计入');
    }
    let authorText = text(cells[c[Col.author]]);
    if (authorText === UNCALCULATED) authorText = ''; // no person of that name (the row is held, and says why)
    // # or E first (#N/A, Err:502): the rest of the test only for those. Not on a blank: charCodeAt past the
    // end throws the optimised read() away ("out of bounds"), recompiled while rows wait (one cold call).
    if (
      authorText !== '' &&
      (authorText.charCodeAt(0) === 0x23 || authorText.charCodeAt(0) === 0x45) &&
      isErrorValue(authorText)
    ) {
      this.add(`作者是公式的错误值“${authorText}”，未计入个人：请修正公式，重新计算并保存`);
      authorText = '';
    }
    const charsCell = cells[c[Col.chars]];
    const chars =
      charsCell === ''
        ? null
        : (this.plainNumber(charsCell, this.charsScale) ?? this.number(charsCell, '字数'));
    const minutesCell = cells[c[Col.minutes]];
    let minutes =
      minutesCell === ''
        ? null
        : (this.plainNumber(minutesCell, this.minutesScale) ?? this.number(minutesCell, '时长(分钟)'));
    if (
      minutes !== null &&
      minutes > 0 &&
      minutes < ONE_HOUR_AS_DAYS &&
      typeof minutesCell === 'number' &&
      this.minutesScale === 1
    )
      minutes = this.timeAsNumber(minutes);
    let authorsEtc = false;
    let authors = NO_AUTHORS;
    let repeated: string | null = null;
    if (this.moreAuthors.length === 0) {
      if (authorText !== '') {
        const reading = this.authorsOf(authorText);
        authorsEtc = reading.etc;
        authors = reading.names;
        repeated = reading.repeated;
      }
    } else {
      const etcLength = trailingEtc(authorText);
      authorsEtc = etcLength > 0;
      if (authorsEtc) authorText = authorText.slice(0, -etcLength);
      const joined = this.joinAuthors(authorText, cells);
      authorsEtc ||= joined.etc;
      const distinct = distinctOf(joined.names);
      authors = distinct.names;
      repeated = distinct.repeated;
    }
    const texts = t.texts;
    t.row[i] = rowNumber;
    t.title[i] = title;
    t.titleHash[i] = titleHash(title);
    t.authors[i] = authors;
    if (repeated !== null) this.add(repeated);
    if (unitId === undefined) {
      unitId = unit === '' ? 0 : texts.id(unit);
      if (unitId !== 0) remember(this.ids[Col.unit], unitCell, unitId);
    }
    t.unit[i] = unitId;
    const kindCell = cells[c[Col.kind]];
    t.kind[i] = kindCell === '' ? 0 : this.nameId(Col.kind, kindCell, texts, '类别', '本行按未填类别计');
    const recipientCell = cells[c[Col.recipient]];
    t.recipient[i] = recipientCell === '' ? 0 : this.textId(Col.recipient, recipientCell, texts);
    t.submittedOn[i] = submittedOn ?? NO_DAY;
    t.eventOn[i] = eventOn ?? NO_DAY;
    if (outletId === undefined) {
      outletId = outlet === '' ? 0 : texts.id(outlet);
      remember(this.ids[Col.outlet], outletCell, outletId);
    }
    t.outlet[i] = outletId;
    // Blank 级别, 领导批示, 审核状态 and 核定 are each table's id 0 (its first value).
    t.level[i] = levelOverride === '' ? 0 : t.levels.id(levelOverride || null);
    if (mode !== this.lastMode) {
      this.lastMode = mode;
      this.lastModeId = t.modes.id(mode);
    }
    t.mode[i] = this.lastModeId;
    t.adoptedOn[i] = adoptedOn ?? NO_DAY;
    t.chars[i] = chars ?? Number.NaN;
    t.minutes[i] = minutes ?? Number.NaN;
    const placementCell = cells[c[Col.placement]];
    t.placement[i] = placementCell === '' ? 0 : this.textId(Col.placement, placementCell, texts);
    t.instruction[i] = instruction === '' ? 0 : t.instructions.id(instruction ?? '');
    const relayCell = cells[c[Col.relay]];
    // Never a unit's name (inferUnits would rank it): the row is read as not relayed.
    t.relayOffice[i] =
      relayCell === '' ? 0 : this.nameId(Col.relay, relayCell, texts, '对口处室', '本行不计转报分成');
    const reviewText = review ?? '';
    if (reviewText !== this.lastReview) {
      this.lastReview = reviewText;
      this.lastReviewId = t.reviews.id(reviewText);
    }
    t.review[i] = this.lastReviewId;
    t.verdict[i] = verdict === '' ? 0 : t.verdicts.id(verdict ?? '');
    const noteCell = cells[c[Col.note]];
    t.note.set(i, noteCell === '' ? '' : text(noteCell));
    t.adjustment.set(i, adjustment ?? Number.NaN);
    t.adjustmentReason.set(i, adjustmentReason);
    const evidenceCell = cells[c[Col.evidence]];
    t.evidence.set(i, evidenceCell === '' ? '' : text(evidenceCell));
    // Noticed while reading, said first: a formula without its result is why the row does not score.
    if (uncalculatedSeen) this.uncalculatedFirst(cells);
    t.setIssues(i, this.issues);
    t.setFlags(
      i,
      this.blocked,
      authorsEtc,
      (levelOverride === null ? LEVEL_UNREAD : 0) |
        (review === null ? REVIEW_UNREAD : 0) |
        (this.blockedWhole ? BLOCKED_WHOLE : 0),
    );
  }
}
