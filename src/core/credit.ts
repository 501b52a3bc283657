// 计任务: which row of each piece carries its task credit (000 重复用稿不计任务, judged over the whole ledger).
import { yearReader } from './dates';
import { ledgerIds } from './ledgerIds';
import { type LedgerSource, ledgerSource, NO_DAY } from './ledgerTable';
import { levelRank } from './levels';
import { rowSignature } from './pieces';
import {
  ADOPTED,
  dayOrLast,
  type ScoredColumns,
  SUBMITTED,
  scoredColumns,
  scoredLength,
} from './scoredColumns';
import type { ScoredLedger } from './types';

export interface PieceIds {
  rowPiece: Int32Array;
  pieces: number;
}

// A scored ledger is not changed once scored: its piece ids and 计任务 rows are worked out once and shared by
// the report, the indicators and the row outputs (each used to group 100,000 rows again), the memo checked by
// length alone. A caller that already holds the ledger's columns passes them (no second scoredColumns ask).
const piecesMemo = new WeakMap<ScoredLedger, PieceIds>();
const creditedMemo = new WeakMap<ScoredLedger, Uint8Array>();
const repeatMemo = new WeakMap<ScoredLedger, Map<number, number[]>>();
const NO_REPEATS = new Map<number, number[]>();

/** Scoring numbers the pieces as it goes: the ids it found, for pieceIds to give back. */
export function rememberPieceIds(scored: ScoredLedger, ids: PieceIds): void {
  piecesMemo.set(scored, ids);
}

/**
 * Piece id per row: a unit's rows with one title key share one; an untitled row (or a hole in a hand-built
 * rows list) is a piece of its own.
 */
export function pieceIds(scored: ScoredLedger, columns?: ScoredColumns): PieceIds {
  // Not scored.rows: that would make every ScoredRow of a columnar ledger.
  const known = piecesMemo.get(scored);
  if (known && known.rowPiece.length === (columns?.n ?? scoredLength(scored))) return known;
  const c = columns ?? scoredColumns(scored);
  const rowPiece = new Int32Array(c.n);
  // Grouped by (scored unit id, title key id) as integers: key = title × units + unit.
  const { title, length } = ledgerIds(scored.ledger);
  const units = c.units.length;
  const byKey = new Map<number, number>();
  let pieces = 0;
  for (let i = 0; i < c.n; i++) {
    const t = i < length ? title[i] : -1; // a scored row past the ledger's rows: untitled
    if (t < 0 || c.unit[i] < 0) {
      rowPiece[i] = pieces++;
      continue;
    }
    const key = t * units + c.unit[i];
    let p = byKey.get(key);
    if (p === undefined) {
      p = pieces++;
      byKey.set(key, p);
    }
    rowPiece[i] = p;
  }
  const ids = { rowPiece, pieces };
  piecesMemo.set(scored, ids);
  return ids;
}

/**
 * The row of each piece that carries its 计任务: its earliest counted adoption (by 录用日期, then firstOfDay),
 * else its first counted row (a piece only submitted, by 报送日期 then firstOfDay). A piece counts once in the
 * whole ledger: a second adoption, even in a later year, and the submission row of an adopted piece show 0,
 * as the people table counts them.
 */
export function creditedRows(scored: ScoredLedger, columns?: ScoredColumns): Uint8Array {
  const known = creditedMemo.get(scored);
  if (known && known.length === (columns?.n ?? scoredLength(scored))) return known;
  return firstRows(scored, columns ?? scoredColumns(scored), false).credited;
}

/**
 * Countable rows whose 计任务 is 0 because another row of their piece carries it (a piece counts once over the
 * whole ledger, 000 重复用稿不计任务), as 校验 says them (score.ts), since a 0 with an empty 校验 reads as a
 * mistake. Two kinds: the carrier dated in an earlier year (a ledger kept one tab per year shows no other row
 * of the piece beside it), and a second adoption (录用/综合) in the carrier's own year (the piece taken by
 * another outlet too), or its submission again on the carrier's 报送日期 (a copy when sent to the same
 * recipient: score.ts). A submission of an adopted piece in its year is not one: its adoption, in the row
 * beside it, carries the piece. Per row that row's index, -1 for none; null when no row has one.
 */
export function creditedElsewhere(scored: ScoredLedger, c: ScoredColumns): Int32Array | null {
  const credited = creditedRows(scored, c);
  const { rowPiece, pieces } = pieceIds(scored, c);
  const carrier = new Int32Array(pieces).fill(-1);
  for (let i = 0; i < c.n; i++) if (credited[i] === 1) carrier[rowPiece[i]] = i;
  let found: Int32Array | null = null;
  const yearAt = yearReader();
  for (let i = 0; i < c.n; i++) {
    if (c.countable[i] === 0 || credited[i] === 1) continue;
    const k = carrier[rowPiece[i]];
    if (k < 0 || Number.isNaN(c.day[i]) || Number.isNaN(c.day[k])) continue;
    const before = yearAt(c.day[k]);
    const year = yearAt(c.day[i]);
    const adoptions = c.mode[i] !== SUBMITTED && c.mode[k] !== SUBMITTED;
    const sentThatDay = c.mode[i] === SUBMITTED && c.mode[k] === SUBMITTED && c.day[i] === c.day[k];
    if (before < year || (before === year && (adoptions || sentThatDay))) {
      found ??= new Int32Array(c.n).fill(-1);
      found[i] = k;
    }
  }
  return found;
}

/**
 * The adoptions (采用方式 录用) of a piece adopted earlier in the ledger (by 录用日期, then firstOfDay), in any
 * year, each with the piece's adoptions before it, first first. With 去重 a task counts a piece once, at its
 * earliest adoption that passes the task's filter (sweep s28a A1): a later adoption earns no person's or
 * team's 录用 item of a task an earlier one passes (000 §三(一) 重复用稿不计任务，以下同), yet a 省级 task
 * counts a piece's 省级 adoption that came after a 市级 one. A 综合 row (material merged into another piece)
 * is no adoption of the piece: a later 录用 of it is its first.
 */
export function earlierAdoptions(scored: ScoredLedger, columns?: ScoredColumns): Map<number, number[]> {
  const known = repeatMemo.get(scored);
  const n = columns?.n ?? scoredLength(scored);
  if (known && creditedMemo.get(scored)?.length === n) return known;
  return firstRows(scored, columns ?? scoredColumns(scored), true).repeat;
}

/**
 * One pass for both (the indicators ask the one when they read authors, the report and the row outputs the
 * other, of one ledger): per piece the row carrying its 计任务 (creditedRows) and, `repeats` asked, its
 * adoptions after the first with those before them (earlierAdoptions), each judged as if alone, what was
 * worked out remembered.
 */
function firstRows(
  scored: ScoredLedger,
  c: ScoredColumns,
  repeats: boolean,
): { credited: Uint8Array; repeat: Map<number, number[]> } {
  const ids = pieceIds(scored, c);
  const { countable, mode } = c;
  const credited = new Uint8Array(c.n);
  const chosen = new Int32Array(ids.pieces).fill(-1);
  // Per piece: its first adoption met, then -2 once a second one is met (the piece's adoptions are listed).
  const first = new Int32Array(repeats ? ids.pieces : 0).fill(-1);
  const tie = new DayTie(scored, c);
  let adoptedAgain = false;
  for (let i = 0; i < c.n; i++) {
    if (countable[i] === 0) continue;
    const piece = ids.rowPiece[i];
    const submitted = mode[i] === SUBMITTED;
    if (repeats && mode[i] === ADOPTED) {
      if (first[piece] === -1) first[piece] = i;
      else {
        first[piece] = -2;
        adoptedAgain = true;
      }
    }
    const prior = chosen[piece];
    if (prior >= 0) {
      const priorSubmitted = mode[prior] === SUBMITTED;
      const better =
        (priorSubmitted && !submitted) || (priorSubmitted === submitted && tie.earlier(i, prior));
      if (!better) continue;
      credited[prior] = 0;
    }
    credited[i] = 1;
    chosen[piece] = i;
  }
  creditedMemo.set(scored, credited);
  if (!repeats) return { credited, repeat: NO_REPEATS };
  const repeat = new Map<number, number[]>();
  if (adoptedAgain) {
    // The adoptions of each piece adopted more than once (few), in order (DayTie).
    const byPiece = new Map<number, number[]>();
    for (let i = 0; i < c.n; i++) {
      if (countable[i] === 0 || mode[i] !== ADOPTED) continue;
      const piece = ids.rowPiece[i];
      if (first[piece] !== -2) continue;
      const list = byPiece.get(piece);
      if (list) list.push(i);
      else byPiece.set(piece, [i]);
    }
    const order = (a: number, b: number) => (tie.earlier(a, b) ? -1 : tie.earlier(b, a) ? 1 : 0);
    for (const list of byPiece.values()) {
      list.sort(order);
      for (let k = 1; k < list.length; k++) repeat.set(list[k], list.slice(0, k));
    }
  }
  repeatMemo.set(scored, repeat);
  return { credited, repeat };
}

/**
 * "The first" of two counted rows of one piece (README "Repeats"): the earlier day (录用日期 of an adoption,
 * 报送日期 of a submission; none: last), and on one day by content, never by where the rows stand, so that an
 * office re-sorting its sheet moves no 计任务 and no person's or team's 录用 item (sweep S22c F1): a row the
 * 多次录用 policy drops (0 分, 只计最高级别) never before one that counts, then more points, then the higher
 * 级别, then the outlet, the 报送日期 and the rest of the row (rowSignature). Rows alike in all of that are
 * copies of one adoption (one of them a duplicate, not counted) and differ in nothing a figure reads; only
 * then the one read first. The content is read only on a tie (rare), from the ledger's rows.
 */
class DayTie {
  private source: LedgerSource | null = null;

  constructor(
    private readonly scored: ScoredLedger,
    private readonly c: ScoredColumns,
  ) {}

  /** Row i comes before row j. */
  earlier(i: number, j: number): boolean {
    const { c } = this;
    const di = dayOrLast(c.day, i);
    const dj = dayOrLast(c.day, j);
    if (di !== dj) return di < dj;
    const droppedI = c.dropped(i);
    if (droppedI !== c.dropped(j)) return !droppedI;
    if (c.points[i] !== c.points[j]) return c.points[i] > c.points[j];
    const ki = c.kinds[c.kind[i]];
    const kj = c.kinds[c.kind[j]];
    const li = ki.level === null ? -1 : levelRank(ki.level);
    const lj = kj.level === null ? -1 : levelRank(kj.level);
    if (li !== lj) return li > lj;
    this.source ??= ledgerSource(this.scored.ledger);
    const src = this.source;
    // A scored row past the ledger's rows (a hand-built rows list) has no content to compare.
    if (i >= src.length || j >= src.length) return i < j;
    // Each field read off the source's cursor (at: row i until the next call, no object made); a whole row
    // only for the content, on the last tie.
    const oi = ki.outlet || String(src.at(i).outlet ?? '');
    const oj = kj.outlet || String(src.at(j).outlet ?? '');
    if (oi !== oj) return oi < oj;
    const si = submittedDay(src.at(i).submittedOn);
    const sj = submittedDay(src.at(j).submittedOn);
    if (si !== sj) return si < sj;
    const ci = rowSignature(src.rowAt(i));
    const cj = rowSignature(src.rowAt(j));
    return ci !== cj ? ci < cj : i < j;
  }
}

/** A 报送日期 to order by: none last. */
function submittedDay(day: number | null | undefined): number {
  return typeof day === 'number' && day !== NO_DAY && Number.isFinite(day) ? day : Number.POSITIVE_INFINITY;
}
