// 稿件台账 as columns: what parseLedger reads, a typed array or a list per field instead of an object per row.
// An object per row (27 fields, 240 bytes) was half of parsing: fresh memory touched for the first time costs
// more than reading the cells. `parsed.rows` is made from the columns on first read (as scored.rows is).
import { lazyRows, Numbering } from './maps';
import type { Day, Instruction, LedgerRow, Level, Mode, ParsedLedger, Review, Verdict } from './types';

/** Most rows have no issue: they share one frozen empty list, and a row gets its own on its first issue. */
export const NO_ISSUES = Object.freeze([]) as unknown as string[];
const NO_AUTHORS = Object.freeze([]) as unknown as string[];

/** A day column's blank (no date): outside any day a ledger holds. */
export const NO_DAY = -2147483648;
const BLOCKED = 1;
const AUTHORS_ETC = 2;
const HAS_ISSUES = 4;
/**
 * A cell filled but not read (its issue says so) reads as blank to the scoring: these flags keep the
 * difference, so that what follows is said as 无法识别, never as 未填 (a filled cell is not empty).
 */
export const LEVEL_UNREAD = 8;
export const REVIEW_UNREAD = 16;
/**
 * Blocked for what the row is, not only for its points: no 单位, a 核定 not read (it may be 不计分 or 倒扣), a
 * formula without its result (any cell may be it). Such a row is not even a submission; a row blocked only
 * for its adoption's points (媒体, 级别, 录用日期, 字数 …) still is (score.ts).
 */
export const BLOCKED_WHOLE = 32;

/**
 * Ids into a table's `texts` (单位, 类别, 报送对象, 媒体, 版面, 对口处室): 16-bit while the ledger has at most
 * 65,536 distinct texts (any ledger an office keeps), widened to 32-bit past that (`roomForTexts`). At 1M rows
 * the columns were 66 bytes a row, over V8's 64 MB step of memory outside the heap that forces a full
 * collection of the whole grid (0.3-0.4 s); 16-bit ids make them 54. Readers index them as they did an
 * Int32Array (one type per column in practice: the 32-bit form is only made past 65,536 texts).
 */
export type TextIds = Uint16Array | Int32Array;
const NARROW_TEXTS = 1 << 16;
/** The most texts one row adds: 单位, 类别, 报送对象, 媒体, 版面, 对口处室 and its tab. */
export const TEXTS_PER_ROW = 7;

/**
 * A free-text column most ledgers leave blank (备注, 调整理由, 佐证): no list until its first filled row, so a
 * blank column costs no memory per row (8 bytes a row otherwise: 8 MB at 1M rows).
 */
export class OptionalTexts {
  private list: string[] | null = null;

  constructor(private readonly capacity: number) {}

  at(i: number): string {
    return this.list === null ? '' : (this.list[i] ?? '');
  }

  set(i: number, value: string): void {
    if (this.list === null) {
      if (value === '') return;
      this.list = new Array<string>(this.capacity);
    }
    this.list[i] = value;
  }
}

/** A number column most ledgers leave blank (调整分): NaN for a blank, no array until its first number. */
export class OptionalNumbers {
  private values: Float64Array | null = null;

  constructor(private readonly capacity: number) {}

  at(i: number): number {
    return this.values === null ? Number.NaN : this.values[i];
  }

  set(i: number, value: number): void {
    if (this.values === null) {
      if (Number.isNaN(value)) return;
      this.values = new Float64Array(this.capacity).fill(Number.NaN);
    }
    this.values[i] = value;
  }
}

/**
 * The rows of one parsed ledger. Categorical texts (单位, 类别, 报送对象, 媒体, 版面, 对口处室, tab) are ids
 * into `texts`; free texts (标题, 备注 …) are lists; days are day numbers (NO_DAY: blank); numbers are NaN
 * when blank; issues are kept for the rows that have any.
 */
export class LedgerTable {
  /** Rows held (the arrays may be longer: made for the grid's lines). */
  n = 0;
  readonly texts = new Numbering<string>(['']);
  readonly levels = new Numbering<Level | null>([null]);
  readonly modes = new Numbering<Mode>(['录用']);
  readonly instructions = new Numbering<Instruction>(['']);
  readonly reviews = new Numbering<Review>(['']);
  readonly verdicts = new Numbering<Verdict>(['']);
  readonly row: Int32Array;
  /** The tab and grid line of each row, when read from several tabs joined. */
  tab: Int32Array | null = null;
  gridRow: Int32Array | null = null;
  readonly title: string[];
  readonly titleHash: Int32Array;
  readonly authors: string[][];
  readonly flags: Uint8Array;
  unit: TextIds;
  kind: TextIds;
  recipient: TextIds;
  outlet: TextIds;
  relayOffice: TextIds;
  readonly submittedOn: Int32Array;
  readonly eventOn: Int32Array;
  readonly adoptedOn: Int32Array;
  readonly level: Uint8Array;
  readonly mode: Uint8Array;
  readonly instruction: Uint8Array;
  readonly review: Uint8Array;
  readonly verdict: Uint8Array;
  readonly chars: Float64Array;
  readonly minutes: Float64Array;
  readonly adjustment: OptionalNumbers;
  placement: TextIds;
  readonly note: OptionalTexts;
  readonly adjustmentReason: OptionalTexts;
  readonly evidence: OptionalTexts;
  /** Issues of the rows that have any, by row index. */
  readonly issues = new Map<number, string[]>();
  /** Remarks (remarks.ts: said in 校验, no issue) of the rows that have any, by row index. */
  readonly remarks = new Map<number, string[]>();
  /** 领导批示 as typed, of the rows whose instruction is 区县 (its 校验 quotes it when 「加分」 pays none). */
  readonly instructionTexts = new Map<number, string>();

  constructor(capacity: number) {
    const c = Math.max(capacity, 0);
    this.row = new Int32Array(c);
    // Filled, not holes: a list of holes holds small integers to the engine until its first text, so each new
    // table's first row met code optimised for a list of objects (a deopt per parse, issue 15).
    this.title = new Array<string>(c).fill('');
    this.titleHash = new Int32Array(c);
    this.authors = new Array<string[]>(c).fill(NO_AUTHORS);
    this.flags = new Uint8Array(c);
    this.unit = new Uint16Array(c);
    this.kind = new Uint16Array(c);
    this.recipient = new Uint16Array(c);
    this.outlet = new Uint16Array(c);
    this.relayOffice = new Uint16Array(c);
    this.submittedOn = new Int32Array(c);
    this.eventOn = new Int32Array(c);
    this.adoptedOn = new Int32Array(c);
    this.level = new Uint8Array(c);
    this.mode = new Uint8Array(c);
    this.instruction = new Uint8Array(c);
    this.review = new Uint8Array(c);
    this.verdict = new Uint8Array(c);
    this.chars = new Float64Array(c);
    this.minutes = new Float64Array(c);
    this.adjustment = new OptionalNumbers(c);
    this.placement = new Uint16Array(c);
    this.note = new OptionalTexts(c);
    this.adjustmentReason = new OptionalTexts(c);
    this.evidence = new OptionalTexts(c);
  }

  /**
   * Room for `more` new texts before ids are written: the id columns are widened to 32 bits (their ids
   * copied) when the texts would pass what 16 bits number. A reader calls it before a row's texts are numbered.
   */
  roomForTexts(more: number): void {
    if (this.texts.values.length + more > NARROW_TEXTS && this.unit.BYTES_PER_ELEMENT === 2) {
      this.unit = new Int32Array(this.unit);
      this.kind = new Int32Array(this.kind);
      this.recipient = new Int32Array(this.recipient);
      this.outlet = new Int32Array(this.outlet);
      this.relayOffice = new Int32Array(this.relayOffice);
      this.placement = new Int32Array(this.placement);
    }
  }

  /** Row i's issues list, or set it (an empty list: none). */
  issuesAt(i: number): string[] {
    return this.issues.get(i) ?? NO_ISSUES;
  }

  setIssues(i: number, issues: string[]): void {
    if (issues.length > 0) {
      this.issues.set(i, issues);
      this.flags[i] |= HAS_ISSUES;
    } else if ((this.flags[i] & HAS_ISSUES) !== 0) {
      // Only a row with the flag has an entry (most rows have neither: no lookup for them).
      this.issues.delete(i);
      this.flags[i] &= ~HAS_ISSUES;
    }
  }

  addIssue(i: number, message: string): void {
    const own = this.issues.get(i);
    if (own === undefined) this.setIssues(i, [message]);
    else own.push(message);
  }

  /** Row i has issues (no lookup: most rows have none). */
  hasIssues(i: number): boolean {
    return (this.flags[i] & HAS_ISSUES) !== 0;
  }

  blockedAt(i: number): boolean {
    return (this.flags[i] & BLOCKED) !== 0;
  }

  authorsEtcAt(i: number): boolean {
    return (this.flags[i] & AUTHORS_ETC) !== 0;
  }

  /** 级别 was filled but not read: blank to the scoring (LEVEL_UNREAD). */
  levelUnreadAt(i: number): boolean {
    return (this.flags[i] & LEVEL_UNREAD) !== 0;
  }

  /** 审核状态 was filled but not read: blank to the scoring (REVIEW_UNREAD). */
  reviewUnreadAt(i: number): boolean {
    return (this.flags[i] & REVIEW_UNREAD) !== 0;
  }

  /** Blocked for what the row is (BLOCKED_WHOLE), not only for its points. */
  blockedWholeAt(i: number): boolean {
    return (this.flags[i] & BLOCKED_WHOLE) !== 0;
  }

  /** unread: LEVEL_UNREAD | REVIEW_UNREAD, the cells filled but not read; | BLOCKED_WHOLE. */
  setFlags(i: number, blocked: boolean, authorsEtc: boolean, unread = 0): void {
    this.flags[i] =
      (this.flags[i] & HAS_ISSUES) |
      (blocked ? BLOCKED : 0) |
      (authorsEtc ? AUTHORS_ETC : 0) |
      (unread & (LEVEL_UNREAD | REVIEW_UNREAD | BLOCKED_WHOLE));
  }

  block(i: number): void {
    this.flags[i] |= BLOCKED;
  }

  dayAt(column: Int32Array, i: number): Day | null {
    const d = column[i];
    return d === NO_DAY ? null : d;
  }

  /** Row i as the object parseLedger made before columns (same fields, same order): its own, to keep. */
  rowAt(i: number): LedgerRow {
    const t = this.texts.values;
    const row: LedgerRow = {
      row: this.row[i],
      title: this.title[i],
      titleHash: this.titleHash[i],
      authors: this.authors[i],
      authorsEtc: this.authorsEtcAt(i) ? true : undefined,
      unit: t[this.unit[i]],
      kind: t[this.kind[i]],
      recipient: t[this.recipient[i]],
      submittedOn: this.dayAt(this.submittedOn, i),
      eventOn: this.dayAt(this.eventOn, i),
      outlet: t[this.outlet[i]],
      levelOverride: this.levels.values[this.level[i]],
      mode: this.modes.values[this.mode[i]],
      adoptedOn: this.dayAt(this.adoptedOn, i),
      chars: numberAt(this.chars, i),
      minutes: numberAt(this.minutes, i),
      placement: t[this.placement[i]],
      instruction: this.instructions.values[this.instruction[i]],
      relayOffice: t[this.relayOffice[i]],
      review: this.reviews.values[this.review[i]],
      verdict: this.verdicts.values[this.verdict[i]],
      note: this.note.at(i),
      adjustment: blankIfNaN(this.adjustment.at(i)),
      adjustmentReason: this.adjustmentReason.at(i),
      evidence: this.evidence.at(i),
      // Its own list (a caller may add to it), as the parser gave each row with an issue.
      issues: this.hasIssues(i) ? [...this.issuesAt(i)] : NO_ISSUES,
      blocked: this.blockedAt(i),
    };
    if (this.levelUnreadAt(i)) row.levelUnread = true;
    if (this.reviewUnreadAt(i)) row.reviewUnread = true;
    const remarks = this.remarks.get(i);
    if (remarks !== undefined) row.remarks = [...remarks];
    const typed = this.instructionTexts.get(i);
    if (typed !== undefined) row.instructionText = typed;
    if (this.blockedWholeAt(i)) row.blockedWhole = true;
    if (this.tab !== null) row.tab = t[this.tab[i]];
    if (this.gridRow !== null) row.gridRow = this.gridRow[i];
    return row;
  }
}

/** A number column's value at i; null when blank (NaN). */
export function numberAt(column: Float64Array, i: number): number | null {
  return blankIfNaN(column[i]);
}

function blankIfNaN(v: number): number | null {
  return Number.isNaN(v) ? null : v;
}

/**
 * One row of a table at a time, read as a LedgerRow: `at(i)` moves it (no object per row). Valid until it
 * moves: a reader keeping a row takes `rowAt`.
 */
export class RowCursor implements LedgerRow {
  private i = 0;
  constructor(private readonly t: LedgerTable) {}

  at(i: number): this {
    this.i = i;
    return this;
  }
  get row(): number {
    return this.t.row[this.i];
  }
  get tab(): string | undefined {
    const tab = this.t.tab;
    return tab === null ? undefined : this.t.texts.values[tab[this.i]];
  }
  get gridRow(): number | undefined {
    const g = this.t.gridRow;
    return g === null ? undefined : g[this.i];
  }
  get authorsEtc(): boolean | undefined {
    return this.t.authorsEtcAt(this.i) ? true : undefined;
  }
  get title(): string {
    return this.t.title[this.i];
  }
  get titleHash(): number {
    return this.t.titleHash[this.i];
  }
  get authors(): string[] {
    return this.t.authors[this.i];
  }
  get unit(): string {
    return this.t.texts.values[this.t.unit[this.i]];
  }
  get kind(): string {
    return this.t.texts.values[this.t.kind[this.i]];
  }
  get recipient(): string {
    return this.t.texts.values[this.t.recipient[this.i]];
  }
  get submittedOn(): Day | null {
    return this.t.dayAt(this.t.submittedOn, this.i);
  }
  get eventOn(): Day | null {
    return this.t.dayAt(this.t.eventOn, this.i);
  }
  get outlet(): string {
    return this.t.texts.values[this.t.outlet[this.i]];
  }
  get levelOverride(): Level | null {
    return this.t.levels.values[this.t.level[this.i]];
  }
  get mode(): Mode {
    return this.t.modes.values[this.t.mode[this.i]];
  }
  get adoptedOn(): Day | null {
    return this.t.dayAt(this.t.adoptedOn, this.i);
  }
  get chars(): number | null {
    return numberAt(this.t.chars, this.i);
  }
  get minutes(): number | null {
    return numberAt(this.t.minutes, this.i);
  }
  get placement(): string {
    return this.t.texts.values[this.t.placement[this.i]];
  }
  get instruction(): Instruction {
    return this.t.instructions.values[this.t.instruction[this.i]];
  }
  get relayOffice(): string {
    return this.t.texts.values[this.t.relayOffice[this.i]];
  }
  get review(): Review {
    return this.t.reviews.values[this.t.review[this.i]];
  }
  get verdict(): Verdict {
    return this.t.verdicts.values[this.t.verdict[this.i]];
  }
  get note(): string {
    return this.t.note.at(this.i);
  }
  get adjustment(): number | null {
    return blankIfNaN(this.t.adjustment.at(this.i));
  }
  get adjustmentReason(): string {
    return this.t.adjustmentReason.at(this.i);
  }
  get evidence(): string {
    return this.t.evidence.at(this.i);
  }
  get issues(): string[] {
    return this.t.issuesAt(this.i);
  }
  get blocked(): boolean {
    return this.t.blockedAt(this.i);
  }
  get levelUnread(): boolean | undefined {
    return this.t.levelUnreadAt(this.i) ? true : undefined;
  }
  get reviewUnread(): boolean | undefined {
    return this.t.reviewUnreadAt(this.i) ? true : undefined;
  }
  get blockedWhole(): boolean | undefined {
    return this.t.blockedWholeAt(this.i) ? true : undefined;
  }
}

/**
 * The rows a reader walks: `at(i)` is row i until the next call (the table's cursor, or the row object
 * itself); `rowAt(i)` is row i to keep.
 */
export interface LedgerSource {
  readonly length: number;
  at(i: number): LedgerRow;
  rowAt(i: number): LedgerRow;
  /** The rows as columns (for the rows of a list: made from them on first ask, as they are then). */
  readonly table: LedgerTable;
}

// Tables made by parseLedger, per parsed ledger, until its rows are made (and so may be changed by a caller).
const native = new WeakMap<ParsedLedger, LedgerTable>();

/**
 * A parsed ledger over a table: `rows` is made from it on first read (and may be replaced). Once made, the
 * rows are what counts: a caller may change them, so readers read them from then on.
 */
export function tabledLedger(table: LedgerTable, rest: Omit<ParsedLedger, 'rows'>): ParsedLedger {
  const parsed = { rows: NO_ROWS, ...rest } as ParsedLedger; // `rows` first, as the fields always came
  lazyRows(
    parsed,
    () => {
      const rows = new Array<LedgerRow>(table.n);
      for (let i = 0; i < table.n; i++) rows[i] = table.rowAt(i);
      return rows;
    },
    () => native.delete(parsed),
  );
  native.set(parsed, table);
  return parsed;
}
const NO_ROWS: LedgerRow[] = [];

/** The parser's own table while its rows were never made (so unchanged), else undefined. */
export function nativeTable(parsed: ParsedLedger): LedgerTable | undefined {
  return native.get(parsed);
}

/** How many rows the parsed ledger has, without making a table's rows. */
export function ledgerLength(parsed: ParsedLedger): number {
  const own = native.get(parsed);
  if (own !== undefined) return own.n;
  return Array.isArray(parsed?.rows) ? parsed.rows.length : 0;
}

/** The rows to read: the parser's table, else the rows as they are now (built by hand, or made and changed). */
export function ledgerSource(parsed: ParsedLedger): LedgerSource {
  const table = native.get(parsed);
  if (table !== undefined) {
    const cursor = new RowCursor(table);
    return {
      length: table.n,
      at: (i) => cursor.at(i),
      rowAt: (i) => table.rowAt(i),
      table,
    };
  }
  return rowsSource(Array.isArray(parsed?.rows) ? parsed.rows : []);
}

/** A rows list as a source: its own objects, and a table made from them when asked. */
export function rowsSource(rows: LedgerRow[]): LedgerSource {
  let table: LedgerTable | null = null;
  return {
    length: rows.length,
    at: (i) => rows[i],
    rowAt: (i) => rows[i],
    get table() {
      table ??= tableOfRows(rows);
      return table;
    },
  };
}

/** Columns of row objects as they are (a row list built or changed by hand; a missing row reads as blank). */
export function tableOfRows(rows: LedgerRow[]): LedgerTable {
  const n = rows.length;
  const t = new LedgerTable(n);
  t.n = n;
  if (rows.some((r) => r?.tab !== undefined)) t.tab = new Int32Array(n);
  if (rows.some((r) => r?.gridRow !== undefined)) t.gridRow = new Int32Array(n);
  const text = (v: string | undefined) => (v === '' || v === undefined ? 0 : t.texts.id(v));
  const day = (d: Day | null | undefined) => (d === null || d === undefined ? NO_DAY : d);
  const number = (v: number | null | undefined) => (v === null || v === undefined ? Number.NaN : v);
  for (let i = 0; i < n; i++) {
    const r: Partial<LedgerRow> = rows[i] ?? {};
    t.roomForTexts(TEXTS_PER_ROW);
    t.row[i] = r.row ?? 0;
    t.title[i] = r.title ?? '';
    t.titleHash[i] = r.titleHash ?? 0;
    t.authors[i] = r.authors ?? NO_AUTHORS;
    t.unit[i] = text(r.unit);
    t.kind[i] = text(r.kind);
    t.recipient[i] = text(r.recipient);
    t.outlet[i] = text(r.outlet);
    t.relayOffice[i] = text(r.relayOffice);
    t.submittedOn[i] = day(r.submittedOn);
    t.eventOn[i] = day(r.eventOn);
    t.adoptedOn[i] = day(r.adoptedOn);
    t.level[i] = t.levels.id(r.levelOverride ?? null);
    t.mode[i] = t.modes.id(r.mode ?? '录用');
    t.instruction[i] = t.instructions.id(r.instruction ?? '');
    t.review[i] = t.reviews.id(r.review ?? '');
    t.verdict[i] = t.verdicts.id(r.verdict ?? '');
    t.chars[i] = number(r.chars);
    t.minutes[i] = number(r.minutes);
    t.adjustment.set(i, number(r.adjustment));
    t.placement[i] = text(r.placement);
    t.note.set(i, r.note ?? '');
    t.adjustmentReason.set(i, r.adjustmentReason ?? '');
    t.evidence.set(i, r.evidence ?? '');
    if (t.tab !== null) t.tab[i] = text(r.tab);
    if (t.gridRow !== null) t.gridRow[i] = r.gridRow ?? 0;
    t.setIssues(i, r.issues ?? NO_ISSUES);
    if (r.remarks !== undefined && r.remarks.length > 0) t.remarks.set(i, [...r.remarks]);
    if (r.instructionText !== undefined) t.instructionTexts.set(i, r.instructionText);
    t.setFlags(
      i,
      r.blocked === true,
      r.authorsEtc === true,
      (r.levelUnread ? LEVEL_UNREAD : 0) |
        (r.reviewUnread ? REVIEW_UNREAD : 0) |
        (r.blockedWhole ? BLOCKED_WHOLE : 0),
    );
  }
  return t;
}
