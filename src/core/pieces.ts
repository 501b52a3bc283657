// The piece phases of scoring (RULES §4, §8): a piece (篇目) is a unit's rows with one title key. Same
// outlet twice in a piece is a duplicate; the 多次录用 policy may drop adoptions; 领导批示 is added once per piece.
// Both take the piece's years in order, so a later year never rewrites a closed one. They work on the
// scoring's per-row columns (typed arrays), before any ScoredRow exists.
import { yearOf } from './dates';
import { type LedgerSource, NO_DAY } from './ledgerTable';
import { levelRank } from './levels';
import { dayAt, dayOrLast } from './scoredColumns';
import { whyNumber } from './text';
import type { Day, LedgerRow, Level, Settings } from './types';

/** Why a row's explanation is final, set by the phase that zeroed it (the last one wins). */
export const BLOCKED = 1;
export const DUPLICATE = 2;
export const DROPPED = 3;
/** The explanation of a row the 多次录用 policy drops (scoredColumns.ts, beside the columns' dropped test). */
export { DROPPED_WHY } from './scoredColumns';

// Work.flags, one byte per row: the final explanation (2 bits), the verdict's part of it (2 bits), the
// authors (0–2; 3: more, read from the row) and two flags. One array instead of five.
export const FIXED = 3;
export const TAIL_SHIFT = 2;
/** The verdict's part of the explanation (the tail): none, 不计分 or 倒扣. */
export const VOIDED = 1;
export const PENALTY = 2;
export const AUTHORS_SHIFT = 4;
/** An adoption row of a piece (titled, not 报送, not blocked by the parser). */
export const ADOPTION = 64;
/** May carry the piece's instruction bonus (not blocked, not 不计分, not held by a gate, not dropped). */
export const ELIGIBLE = 128;

/** What the piece phases read of a row's scored facts (shared by all rows of one kind). */
export interface RowFacts {
  level: Level | null;
  outlet: string;
}

/** One scoring's per-row columns; row i of each is ledger row i. */
export interface Work {
  src: LedgerSource;
  facts: RowFacts[];
  /** Index into facts, per row. */
  factOf: Int32Array;
  rowPiece: Int32Array;
  pieces: number;
  /** Per piece: its adoption rows counted up to 2 (ADOPTIONS), the rank of its highest instruction (RANK_SHIFT). */
  pieceFlags: Uint8Array;
  /** Pieces with two or more adoption rows. */
  multi: number;
  /** The rows with a ranked 领导批示 (noteInstruction), each with its rank: the piece's bonus takes the highest. */
  instructed: Map<number, number>;
  /** Points so far (not rounded; scoring rounds them in place once the phases are done). */
  points: Float64Array;
  /** The day each row is assessed by (dayOf; NaN: none): the result column. */
  day: Float64Array;
  /** Per row: FIXED, the tail, the authors, ADOPTION and ELIGIBLE (above). */
  flags: Uint8Array;
  /** The instruction bonus of the rows that carry one. */
  bonus: Map<number, number>;
  countable: Uint8Array;
  /** ScoredColumns.heldSubmission: a held row whose submission counts (a duplicate copy's does not). */
  heldSubmission: Uint8Array;
  /** Rows with a counted 调整分 (with its 调整理由): the amount. */
  adjustments: Map<number, number>;
  /**
   * Rows whose issues are not the parsed row's list (scoring added some): 1 + the list's index in issueLists,
   * 0 for the others (a typed column, not a Map: a quarter of a ledger's rows may have one).
   */
  issueOf: Int32Array;
  issueLists: string[][];
  /** A list holding one message, shared by every row whose only issue it is (issueList). */
  single: Map<string, string[]>;
  /** The rows with issues (the parser's or scoring's), one bit each (markIssues), set where they are met. */
  issueRows: Uint32Array;
  /** The rows that carry a bonus: the words in its brackets (省领导批示; …，往年已计10分 when earlier years paid some). */
  instruction: Map<number, string>;
  /** Rows with an adjustment: their explanation before bonus and verdict. */
  heads: Map<number, string>;
  /** The piece table of scoring (half full at most), then the phases' scratch: two entries per row. */
  scratch: Int32Array;
  /** Adoption rows with a 报送日期 and no 报送对象, and RULES §9's message for each (score.ts unsentAdoptions). */
  unsent: number[];
  unsentMessages: string[];
  /** 1 for a piece some row of which names a 报送对象 or was relayed (scoreRows; by piece id). */
  namedPieces: Uint8Array;
  /** Rows whose 领导批示 no year pays, each followed by its message: said last (sayUnpaidInstructions). */
  unpaid: (number | string)[];
  /** A duplicate copy's kept row (the adoption it repeats, whose date its 领导批示 takes). */
  copyOf: Map<number, number>;
  /** Remarks scoring adds (remarks.ts: said in 校验, no issue), by row. */
  remarks: Map<number, string[]>;
}

/** Work.pieceFlags: the adoption rows counted up to 2, then (from RANK_SHIFT) the rank of the piece's highest 领导批示. */
export const ADOPTIONS = 3;
const RANK_SHIFT = 2;
const INSTRUCTION_BY_RANK = ['', '区县', '市', '省', '国家'];

/** The date a row is assessed by: 录用日期 for adoptions, else 报送日期. */
export function dayOf(row: LedgerRow): Day | null {
  return row.mode === '报送' ? (row.adoptedOn ?? row.submittedOn) : row.adoptedOn;
}

/** Row i has issues: its bit in Work.issueRows (bit i & 31 of entry i >> 5). */
export function markIssues(w: Work, i: number): void {
  w.issueRows[i >>> 5] |= 1 << (i & 31);
}

/** Row i's issues are now `issues` (never changed once set), and its bit says so: the one way scoring sets them. */
export function setIssues(w: Work, i: number, issues: string[]): void {
  const k = w.issueOf[i];
  if (k === 0) w.issueOf[i] = w.issueLists.push(issues);
  else w.issueLists[k - 1] = issues;
  markIssues(w, i);
}

/** Row i's issues: scoring's list when it set one, else the parser's. */
export function issuesOf(w: Work, i: number): string[] {
  const k = w.issueOf[i];
  return k === 0 ? w.src.table.issuesAt(i) : w.issueLists[k - 1];
}

/**
 * Row i's issues are now `issues` (the parser's and scoring's, a list made for the row). A row whose only issue
 * is one of scoring's shares one list with every row alike: a quarter of a ledger's rows may say one message
 * (未填报送对象), and a list per row is kept as long as the scoring.
 */
export function setOwnIssues(w: Work, i: number, issues: string[]): void {
  if (issues.length === 1 && !w.src.table.hasIssues(i)) {
    const message = issues[0];
    let list = w.single.get(message);
    if (list === undefined) {
      list = issues;
      w.single.set(message, list);
    }
    setIssues(w, i, list);
  } else setIssues(w, i, issues);
}

/**
 * A phase zeroes row i: its points, the phase's explanation (final), its message; no instruction bonus.
 * A row the 多次录用 policy drops keeps its 调整分: the reviewer's award is for the manuscript (RULES §8 manual
 * adjustment), the policy says which adoption's points count. A duplicate copy does not (an award typed on
 * both copies would count twice); its message says so.
 */
function zero(w: Work, i: number, why: number, message: string): void {
  const adjustment = w.adjustments.size > 0 ? w.adjustments.get(i) : undefined;
  let said = message;
  if (adjustment !== undefined) {
    const amount = whyNumber(adjustment);
    said += why === DROPPED ? `；本行调整分${amount}照计` : `；本行调整分${amount}不计（重复行）`;
  }
  w.points[i] = why === DROPPED && adjustment !== undefined ? adjustment : 0;
  setIssues(w, i, [...issuesOf(w, i), said]);
  w.flags[i] = (w.flags[i] & ~(FIXED | ELIGIBLE)) | why;
}

/**
 * Which of two rows of one piece counts: more points (a 倒扣 row's unsigned, what it would have earned: of two
 * 倒扣 copies the one deducting more stays, so a mistyped copy cannot shed part of the penalty, as the higher
 * of two copies with no verdict stays; sweep S18e F4), then the earliest (录用日期, then 报送日期; none: last),
 * then by content, then the one read first. Earliest first as every other tie of the rules (the bonus row,
 * 计任务's first adoption; README: a re-adoption at a level already counted scores 0): a copy typed again
 * months later, or a later re-adoption at the same level, never moves the points out of the first one's
 * period. Rows are read tab by tab, the ledger tab first (the computed columns' own range; in 生成通报 and the
 * CLI the first ledger tab read), then the other ledger tabs in the order they are read (the custom
 * function's arguments, which 初始化台账 writes in sheet order; 生成通报 and the CLI in sheet order), each
 * tab's rows in sheet order: so the last step is the tab's rank, then the row. Never by tab name: the custom
 * function gets its ranges as values and does not know them, and the sheet's columns and the 通报 must keep
 * the same copy. Copies that tie on points, dates and content differ in nothing that is counted, so totals
 * stay independent of row order.
 */
function better(w: Work, a: number, b: number): boolean {
  const pa = unsignedPoints(w, a);
  const pb = unsignedPoints(w, b);
  if (pa !== pb) return pa > pb;
  const da = dayOrLast(w.day, a);
  const db = dayOrLast(w.day, b);
  if (da !== db) return da < db;
  const submitted = w.src.table.submittedOn;
  const ta = submitted[a] === NO_DAY ? Number.POSITIVE_INFINITY : submitted[a];
  const tb = submitted[b] === NO_DAY ? Number.POSITIVE_INFINITY : submitted[b];
  if (ta !== tb) return ta < tb;
  const sa = rowSignature(w.src.rowAt(a));
  const sb = rowSignature(w.src.rowAt(b));
  return sa !== sb ? sa < sb : a < b;
}

/** A row's content: all it holds but where it was read (tab, sheet row, grid line) and its issues. */
export function rowSignature(r: LedgerRow): string {
  const { row: _row, tab: _tab, gridRow: _gridRow, issues: _issues, ...content } = r;
  return JSON.stringify(content);
}

/** Duplicates, then the 多次录用 policy, piece by piece (pieces in order of their first adoption row). */
export function applyAdoptionPhases(w: Work, policy: Settings['multipleAdoption']): void {
  if (w.multi === 0) return;
  // Each piece's adoption rows as a list in row order (built from the last row back): first row per piece,
  // next row per row (from entry n on); in the scratch array, which scoring is done with.
  const { rowPiece, pieceFlags, flags, scratch } = w;
  const n = w.src.length;
  const first = scratch.fill(-1, 0, w.pieces);
  for (let i = n - 1; i >= 0; i--) {
    const p = rowPiece[i];
    if ((flags[i] & ADOPTION) === 0 || (pieceFlags[p] & ADOPTIONS) < 2) continue;
    scratch[n + i] = first[p];
    first[p] = i;
  }
  // The pieces in order of their first adoption row, each gathered into one reused list (no array per piece).
  for (let i = 0; i < n; i++) {
    if (first[rowPiece[i]] !== i) continue;
    let count = 0;
    for (let j = i; j >= 0; j = scratch[n + j]) pieceRows[count++] = j;
    markDuplicates(w, pieceRows, count);
    if (policy !== '全部') applyPolicyByYear(w, count, policy);
  }
}

/** Scratch: the rows of the piece at hand dated in one year; the piece's years, in order. */
const yearRows: number[] = [];
const pieceYears: number[] = [];
/** Per level rank: the row that counted the level for the piece in an earlier year, or -1. */
const countedRow = [-1, -1, -1, -1];

/**
 * The 多次录用 policy (RULES §8): the piece's highest level (最高级别) or two highest (两个最高级别) count once
 * over the whole ledger, yet a later year never rewrites a closed one (001 §五 每个自然年度为一个考核期; RULES §8:
 * next year's entries never rewrite last year's points). The piece's years are taken in order, and the levels
 * counted in earlier years stay counted. In a later year a row first has to get past them: under 最高级别 its
 * level must be higher than every counted one; under 两个最高级别 it must not be counted yet, and either fewer
 * than two levels are counted or it is higher than the lowest. Among the rows that pass, the year's own rule
 * (applyMultipleAdoption) is as before. So a higher re-adoption next year adds its points and last year's
 * stay; a lower or equal one scores 0. The piece is pieceRows' first `count` entries.
 */
function applyPolicyByYear(w: Work, count: number, policy: Settings['multipleAdoption']): void {
  const year = (i: number) => yearAt(w, i);
  let years = 0;
  for (let b = 0; b < count; b++) {
    const y = year(pieceRows[b]);
    let seen = false;
    for (let a = 0; a < years && !seen; a++) seen = pieceYears[a] === y;
    if (!seen) pieceYears[years++] = y;
  }
  if (years === 1) {
    applyMultipleAdoption(w, pieceRows, count, policy);
    return;
  }
  const yearsInOrder = pieceYears.slice(0, years).sort((a, b) => a - b);
  countedRow.fill(-1);
  for (const y of yearsInOrder) {
    let size = 0;
    for (let b = 0; b < count; b++) {
      const i = pieceRows[b];
      if (year(i) !== y) continue;
      const rank = droppable(w, i);
      const why = rank < 0 ? '' : countedBefore(w, i, rank, policy);
      if (why === '') yearRows[size++] = i;
      else zero(w, i, DROPPED, why);
    }
    applyMultipleAdoption(w, yearRows, size, policy);
    // The levels this year counted join the earlier years' (the first row of a level names it).
    for (let b = 0; b < size; b++) {
      const i = yearRows[b];
      const rank = droppable(w, i);
      if (rank >= 0 && (w.flags[i] & FIXED) !== DROPPED && countedRow[rank] < 0) countedRow[rank] = i;
    }
  }
}

/**
 * Why row `at` of level `rank` may not count after the piece's earlier years (countedRow), or '' when it may:
 * the message names the rows that counted the levels in the way, with their years, and their tab when it is
 * another (a year tab): its row number alone would point at a row of this tab.
 */
function countedBefore(w: Work, at: number, rank: number, policy: Settings['multipleAdoption']): string {
  const ownTab = w.src.at(at).tab;
  const counted: number[] = [];
  for (let r = countedRow.length - 1; r >= 0; r--) if (countedRow[r] >= 0) counted.push(r);
  if (counted.length === 0) return '';
  let blocking: number[];
  if (policy === '最高级别') {
    if (rank > counted[0]) return '';
    blocking = [counted[0]];
  } else if (countedRow[rank] >= 0) blocking = [rank];
  else {
    if (counted.length < 2 || rank > counted[counted.length - 1]) return '';
    blocking = counted;
  }
  const named = blocking
    .map((r) => {
      const i = countedRow[r];
      const y = yearOf(w.day[i]);
      const { row, tab } = w.src.at(i);
      const level = w.facts[w.factOf[i]].level;
      if (tab === undefined || tab === ownTab) return `${y}年第${row}行${level}`;
      return `「${tab}」第${row}行${tab.includes(String(y)) ? '' : `（${y}年）`}${level}`;
    })
    .join('、');
  return `同一稿件往年已按${named}录用计分，多次录用按设置只计${policy === '最高级别' ? '最高级别' : '两个最高级别'}`;
}

/** Scratch: the rows of the piece at hand (its first `count` entries). */
const pieceRows: number[] = [];

/** The outlet a row's duplicates are found by: the canonical name, else as typed. */
function outletKey(w: Work, i: number): string {
  return w.facts[w.factOf[i]].outlet || w.src.at(i).outlet;
}

/** Scratch: per position in a piece, the position of the first row with the same outlet; those positions. */
const leaders: number[] = [];
const outletFirsts: number[] = [];

/**
 * Same unit + title + outlet twice is one adoption typed twice: one copy counts, the others score 0.
 * A copy the reviewer gave a verdict (倒扣/不计分) speaks for the piece, so typing it twice cannot shed
 * the penalty, and a 倒扣 copy speaks before a 不计分 one (RULES §9: the 倒扣 is the office's own decision;
 * the 不计分 copy's 0 would otherwise void it); otherwise the copy worth most, the earliest on a tie
 * (better). Choosing by content, never by position, keeps totals independent of row order.
 * The piece is its first `size` rows.
 */
function markDuplicates(w: Work, piece: number[], size: number): void {
  // The first row of each outlet in the piece, by position: a scan of the outlets so far (a piece has few).
  let outlets = 0;
  let twice = false;
  for (let b = 0; b < size; b++) {
    const key = outletKey(w, piece[b]);
    let a = b;
    for (let o = 0; o < outlets; o++) {
      const x = outletFirsts[o];
      if (outletKey(w, piece[x]) === key) {
        a = x;
        break;
      }
    }
    if (a === b) outletFirsts[outlets++] = b;
    else twice = true;
    leaders[b] = a;
  }
  if (!twice) return;
  for (let a = 0; a < size; a++) {
    if (leaders[a] !== a) continue;
    let keep = piece[a];
    let copies = 1;
    for (let b = a + 1; b < size; b++) {
      if (leaders[b] !== a) continue;
      copies++;
      const i = piece[b];
      const ji = verdictRank(w.src.at(i).verdict);
      const jk = verdictRank(w.src.at(keep).verdict);
      if (ji !== jk ? ji > jk : better(w, i, keep)) keep = i;
    }
    if (copies < 2) continue;
    // Read now: at() moves one cursor, so the kept row's fields are taken before any other row's.
    const { row: keptRow, tab: keptTab } = w.src.at(keep);
    for (let b = a; b < size; b++) {
      const i = piece[b];
      if (leaders[b] !== a || i === keep) continue;
      // The kept row named with its tab when it is on another one (a year tab): its number alone would point
      // at a row of this tab.
      const where = keptTab !== undefined && keptTab !== w.src.at(i).tab ? `「${keptTab}」` : '';
      w.countable[i] = 0;
      w.heldSubmission[i] = 0;
      w.copyOf.set(i, keep);
      zero(w, i, DUPLICATE, `重复行：与${where}第${keptRow}行标题、媒体相同，只计一次`);
    }
  }
}

/** Which copy's verdict speaks for an adoption typed twice: 倒扣 before 不计分 before none. */
function verdictRank(verdict: string): number {
  return verdict === '倒扣' ? 2 : verdict === '' ? 0 : 1;
}

/**
 * 多次录用 policy (RULES §8): every adoption / the highest level only / the two highest levels, among the
 * `size` rows given (one year's). A 倒扣 row is a penalty, not an adoption the policy may drop (RULES §10.3).
 */
function applyMultipleAdoption(
  w: Work,
  piece: number[],
  size: number,
  policy: Settings['multipleAdoption'],
): void {
  // Best row per level (by rank), among the rows the policy may drop.
  const best = [-1, -1, -1, -1];
  let count = 0;
  for (let b = 0; b < size; b++) {
    const i = piece[b];
    const rank = droppable(w, i);
    if (rank < 0) continue;
    count++;
    if (best[rank] < 0 || better(w, i, best[rank])) best[rank] = i;
  }
  if (count < 2) return;
  // The best rows of the highest one or two levels present stay.
  let keepLevels = policy === '最高级别' ? 1 : 2;
  const kept: number[] = [];
  for (let rank = best.length - 1; rank >= 0 && keepLevels > 0; rank--) {
    if (best[rank] < 0) continue;
    kept.push(best[rank]);
    keepLevels--;
  }
  const message = `同一稿件多次录用，按设置只计${policy === '最高级别' ? '最高级别' : '两个最高级别'}`;
  for (let b = 0; b < size; b++) {
    const i = piece[b];
    if (droppable(w, i) < 0 || kept.includes(i)) continue;
    zero(w, i, DROPPED, message);
  }
}

/**
 * A row's points before its 倒扣 (base × multipliers + 调整分, negated by the verdict; a row blocked in scoring
 * has none to negate: 0): what the row is worth, which an ELIGIBLE row's instruction bonus and a 倒扣 copy's
 * penalty follow. Only a 倒扣 row differs from its points.
 */
function unsignedPoints(w: Work, i: number): number {
  return tailOf(w.flags[i]) === PENALTY ? -w.points[i] : w.points[i];
}

/** The verdict's part of a row's explanation (Work.flags): 0, VOIDED or PENALTY. */
export function tailOf(flags: number): number {
  return (flags >> TAIL_SHIFT) & 3;
}

/**
 * The level rank of a row the 多次录用 policy weighs (counts or may drop); else -1. Not a duplicate, has a
 * level, not 倒扣 (never dropped, RULES §10.3), and counts (ELIGIBLE: not blocked, 不计分 or held by 佐证 or
 * 三审): a row that does not count is no level the piece is counted at, so the piece's valid lower adoption
 * is paid while the top one is held, and gives way once it counts (RULES §4 leaves those rows out of the
 * bonus row too). A row left out keeps its own state and message.
 */
function droppable(w: Work, i: number): number {
  const level = w.facts[w.factOf[i]].level;
  const f = w.flags[i];
  return (f & FIXED) === DUPLICATE || (f & ELIGIBLE) === 0 || level === null || w.src.at(i).verdict === '倒扣'
    ? -1
    : levelRank(level);
}

/**
 * Scoring meets row i with a 领导批示 (RULES §4 "the highest instruction among its rows": any row of it, one
 * the parser blocked too): the row keeps its rank, the piece its highest (pieceFlags from bit RANK_SHIFT on).
 * Other text ranks none and carries no bonus.
 */
export function noteInstruction(w: Work, piece: number, i: number, instruction: string): void {
  const r = INSTRUCTION_BY_RANK.indexOf(instruction); // -1: other text
  if (r <= 0) return;
  w.instructed.set(i, r);
  const flags = w.pieceFlags[piece];
  if (r > flags >> RANK_SHIFT) w.pieceFlags[piece] = (flags & ADOPTIONS) | (r << RANK_SHIFT);
}

/**
 * 领导批示 belongs to the piece (001 §三.5 "被…批示的稿件"): once per piece, the highest instruction among its
 * rows, added to the eligible row with the largest base × multipliers (the earliest on a tie). Every row of
 * the piece speaks for it, one the parser blocked (no 录用日期) or scoring blocked (媒体 unknown), a 不计分, a
 * held or a duplicate row alike: those are left out only as the row that carries it (ELIGIBLE). A 倒扣 row
 * carrying it loses the bonus too. A piece is a unit's rows with one title; an untitled row is its own.
 * Once per piece over the whole ledger (RULES §4, §10.2), yet no year rewritten by a later one (001 §五
 * 每个自然年度为一个考核期，以稿件被录用时间为准; RULES §8): an instruction is dated by 录用日期, else 报送日期
 * (RULES §4), and is paid in the piece's first year at or after its own that has an eligible row (one on a row
 * with neither date, in the piece's first such year). The rows that can carry it decide, not the row that
 * names it: a December submission blocked or voided and adopted in January pays its instruction in January,
 * which is then the piece's first year to pay anything (sweep S18e F1). The piece's years are taken in order,
 * and a year pays the bonus of its highest instruction less what the piece was paid in earlier years (never
 * below 0), on the year's best eligible row. So an instruction copied onto next year's row pays nothing more,
 * and 市 in 2024 then 省 in 2025 pays 10 then 10 (省's 20 less the 10 paid). "Paid" is the amount put on a row
 * (a dated 加分 table may have paid less than today's amount; on a 倒扣 row it was deducted, and still used the
 * piece's one bonus). An instruction with no such year (the piece's eligible rows all earlier, or none) pays
 * nothing, and its row's 校验 says so unless the piece pays one as high elsewhere (sweep S18e F5): the bonus
 * is never lost without a word.
 */
export function applyInstructionBonus(
  w: Work,
  findBonus: (instruction: string, day: Day | null) => number | undefined,
  missed: (instruction: string, day: Day | null, own: boolean) => string,
): void {
  if (w.instructed.size === 0) return;
  const { pieceFlags } = w;
  const n = w.src.length;
  // The instructed pieces, each with its instructed rows and, per year, the eligible row to carry the bonus;
  // only the rows scoring noted (few).
  const pieces = new Map<number, { rows: number[]; carriers: Map<number, number> }>();
  for (const i of w.instructed.keys()) {
    const p = w.rowPiece[i];
    const piece = pieces.get(p);
    if (piece === undefined) pieces.set(p, { rows: [i], carriers: new Map() });
    else piece.rows.push(i);
  }
  // One pass keeps, per instructed piece and year, the eligible row with the largest points (the earliest on
  // a tie, then by content: better, so that re-sorting the sheet never moves the bonus to another row). An
  // undated row carries nothing (no year to pay in).
  for (let i = 0; i < n; i++) {
    if (pieceFlags[w.rowPiece[i]] >> RANK_SHIFT === 0 || (w.flags[i] & ELIGIBLE) === 0) continue;
    const y = yearAt(w, i);
    const carriers = pieces.get(w.rowPiece[i])?.carriers;
    if (y === 0 || carriers === undefined) continue;
    const t = carriers.get(y);
    if (t === undefined) {
      carriers.set(y, i);
      continue;
    }
    if (better(w, i, t)) carriers.set(y, i);
  }
  for (const { rows, carriers } of pieces.values()) {
    const years = [...carriers.keys()].sort((a, b) => a - b);
    // Per year of the piece (by index in years): the highest instruction it pays; the highest placed at all.
    const ranks = years.map(() => 0);
    let placed = 0;
    for (const i of rows) {
      const rank = w.instructed.get(i) as number;
      const own = instructionYear(w, i);
      const k = years.findIndex((y) => y >= own);
      if (k < 0) continue;
      if (rank > ranks[k]) ranks[k] = rank;
      if (rank > placed) placed = rank;
    }
    let paid = 0;
    for (let k = 0; k < years.length; k++) {
      if (ranks[k] === 0) continue;
      const t = carriers.get(years[k]) as number;
      const instruction = INSTRUCTION_BY_RANK[ranks[k]];
      const found = findBonus(instruction, dayAt(w, t));
      if (found === undefined) {
        // No 加分 row in force for the level that day: said on the rows giving it (scoreRules bonusMiss).
        for (const i of rows)
          if (w.instructed.get(i) === ranks[k] && years.findIndex((y) => y >= instructionYear(w, i)) === k)
            w.unpaid.push(i, missed(instruction, dayAt(w, t), i === t));
        continue;
      }
      const bonus = found - paid;
      if (bonus <= 0) continue;
      w.bonus.set(t, bonus);
      // The target is eligible: its tail says 倒扣 as its verdict does.
      w.points[t] += tailOf(w.flags[t]) === PENALTY ? -bonus : bonus;
      w.instruction.set(
        t,
        paid > 0 ? `${instruction}领导批示，往年已计${whyNumber(paid)}分` : `${instruction}领导批示`,
      );
      paid += bonus;
    }
    // The instructions no year could pay, higher than any the piece pays: said on their own rows.
    for (const i of rows) {
      const rank = w.instructed.get(i) as number;
      if (rank <= placed) continue;
      w.unpaid.push(i, unpaidInstruction(w, i, INSTRUCTION_BY_RANK[rank], years.length));
    }
  }
}

/**
 * The unpaid instructions' messages, after every note of the row's own (the 也无…报送日期 scoring adds once
 * pieces date their rows continues the row's first message): a piece's word closes the row's 校验.
 */
export function sayUnpaidInstructions(w: Work): void {
  for (let k = 0; k < w.unpaid.length; k += 2) {
    const i = w.unpaid[k] as number;
    setIssues(w, i, [...issuesOf(w, i), w.unpaid[k + 1] as string]);
  }
}

/**
 * 校验 of a row whose `level` instruction no year of its piece can pay: the piece has no eligible row at all
 * (`years` 0), or all of them lie before the instruction's year (named: it may come from the 报送日期).
 */
function unpaidInstruction(w: Work, i: number, level: string, years: number): string {
  if (years === 0) return `本稿件没有可计分的行，${level}领导批示未加分`;
  return `本稿件的${level}领导批示所在年度（${instructionYear(w, i)}年）及以后没有可计分的行，未加分`;
}

/**
 * The year row i's instruction is dated in (RULES §4: 录用日期, else 报送日期; a duplicate copy's, its kept row's): its day (dayOf), else its
 * readable 报送日期 (a row the parser blocked for its 录用日期); 0 when it has neither.
 */
function instructionYear(w: Work, i: number): number {
  // A copy typed again is the adoption it repeats (README: a later copy never moves the points): so is its date.
  const kept = w.copyOf.get(i);
  if (kept !== undefined) return instructionYear(w, kept);
  const y = yearAt(w, i);
  if (y !== 0) return y;
  const submitted = w.src.table.submittedOn[i];
  return submitted === NO_DAY ? 0 : yearOf(submitted);
}

/** The assessment year of row i (of its day, dayOf); 0 for an undated row. */
function yearAt(w: Work, i: number): number {
  const d = w.day[i];
  return Number.isNaN(d) ? 0 : yearOf(d);
}
