// 计任务: which row of each piece carries its task credit (000 重复用稿不计任务, judged over the whole ledger).
import { ledgerIds } from './ledgerIds';
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
 * The row of each piece that carries its 计任务: its earliest counted adoption (by 录用日期, then row
 * order), else its first counted row (a piece only submitted). A piece counts once in the whole ledger: a
 * second adoption, even in a later year, and the submission row of an adopted piece show 0, as the people
 * table counts them.
 */
export function creditedRows(scored: ScoredLedger, columns?: ScoredColumns): Uint8Array {
  const known = creditedMemo.get(scored);
  if (known && known.length === (columns?.n ?? scoredLength(scored))) return known;
  const c = columns ?? scoredColumns(scored);
  const ids = pieceIds(scored, c);
  const { countable, mode, day } = c;
  const credited = new Uint8Array(c.n);
  const chosen = new Int32Array(ids.pieces).fill(-1);
  for (let i = 0; i < c.n; i++) {
    if (countable[i] === 0) continue;
    const piece = ids.rowPiece[i];
    const prior = chosen[piece];
    if (prior >= 0) {
      const priorSubmitted = mode[prior] === SUBMITTED;
      const submitted = mode[i] === SUBMITTED;
      const better =
        (priorSubmitted && !submitted) ||
        (priorSubmitted === submitted && dayOrLast(day, i) < dayOrLast(day, prior));
      if (!better) continue;
      credited[prior] = 0;
    }
    credited[i] = 1;
    chosen[piece] = i;
  }
  creditedMemo.set(scored, credited);
  return credited;
}

/**
 * 1 on an adoption (采用方式 录用) of a piece adopted earlier in the ledger (by 录用日期, then row order), in any
 * year: with 去重, it earns no person's or team's 录用 item (000 §三(一) 重复用稿不计任务，以下同). A 综合 row
 * (material merged into another piece) is no adoption of the piece: a later 录用 of it is its first.
 */
export function repeatAdoptions(scored: ScoredLedger, columns?: ScoredColumns): Uint8Array {
  const c = columns ?? scoredColumns(scored);
  const ids = pieceIds(scored, c);
  const { countable, mode, day } = c;
  const first = new Int32Array(ids.pieces).fill(-1);
  for (let i = 0; i < c.n; i++) {
    if (countable[i] === 0 || mode[i] !== ADOPTED) continue;
    const piece = ids.rowPiece[i];
    const prior = first[piece];
    if (prior < 0 || dayOrLast(day, i) < dayOrLast(day, prior)) first[piece] = i;
  }
  const repeat = new Uint8Array(c.n);
  for (let i = 0; i < c.n; i++) {
    if (countable[i] === 1 && mode[i] === ADOPTED && first[ids.rowPiece[i]] !== i) repeat[i] = 1;
  }
  return repeat;
}
