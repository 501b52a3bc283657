// 计任务: which row of each piece carries its task credit (000 重复用稿不计任务, judged over the whole ledger).
import { scoredColumns, scoredLength } from './scoredColumns';
import type { ScoredLedger } from './types';

export interface PieceIds {
  rowPiece: Int32Array;
  pieces: number;
}

// A scored ledger is not changed once scored: its piece ids and 计任务 rows are worked out once and shared by
// the report, the indicators and the row outputs (each used to group 100,000 rows again).
const piecesMemo = new WeakMap<ScoredLedger, PieceIds>();
const creditedMemo = new WeakMap<ScoredLedger, Uint8Array>();

/** Scoring numbers the pieces as it goes: the ids it found, for pieceIds to give back. */
export function rememberPieceIds(scored: ScoredLedger, ids: PieceIds): void {
  piecesMemo.set(scored, ids);
}

/** Piece id per row: a unit's rows with one title key share one; an untitled row is a piece of its own. */
export function pieceIds(scored: ScoredLedger): PieceIds {
  // Not scored.rows: that would make every ScoredRow of a columnar ledger.
  const known = piecesMemo.get(scored);
  if (known && known.rowPiece.length === scoredLength(scored)) return known;
  const c = scoredColumns(scored);
  const rowPiece = new Int32Array(c.n);
  const byUnit = new Map<string, Map<string, number>>();
  let pieces = 0;
  for (let i = 0; i < c.n; i++) {
    const titleKey = scored.ledger.rows[i]?.titleKey ?? '';
    if (titleKey === '') {
      rowPiece[i] = pieces++;
      continue;
    }
    const unit = c.units[c.unit[i]];
    let ids = byUnit.get(unit);
    if (!ids) {
      ids = new Map();
      byUnit.set(unit, ids);
    }
    let p = ids.get(titleKey);
    if (p === undefined) {
      p = pieces++;
      ids.set(titleKey, p);
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
export function creditedRows(scored: ScoredLedger): Uint8Array {
  const known = creditedMemo.get(scored);
  if (known && known.length === scored.rows.length) return known;
  const ids = pieceIds(scored);
  const rows = scored.rows;
  const credited = new Uint8Array(rows.length);
  const chosen = new Int32Array(ids.pieces).fill(-1);
  const dayOf = (i: number) => rows[i].day ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < rows.length; i++) {
    if (!rows[i].countable) continue;
    const piece = ids.rowPiece[i];
    const prior = chosen[piece];
    if (prior >= 0) {
      const priorSubmitted = rows[prior].mode === '报送';
      const submitted = rows[i].mode === '报送';
      const better =
        (priorSubmitted && !submitted) || (priorSubmitted === submitted && dayOf(i) < dayOf(prior));
      if (!better) continue;
      credited[prior] = 0;
    }
    credited[i] = 1;
    chosen[piece] = i;
  }
  creditedMemo.set(scored, credited);
  return credited;
}
