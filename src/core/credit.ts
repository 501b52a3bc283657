// 计任务: which row of each piece carries its task credit (000 重复用稿不计任务, judged over the whole ledger).
import type { ScoredLedger } from './types';

/** Piece id per row: a unit's rows with one title key share one; an untitled row is a piece of its own. */
export function pieceIds(scored: ScoredLedger): { rowPiece: Int32Array; pieces: number } {
  const rowPiece = new Int32Array(scored.rows.length);
  const byUnit = new Map<string, Map<string, number>>();
  let pieces = 0;
  for (let i = 0; i < scored.rows.length; i++) {
    const titleKey = scored.ledger.rows[i]?.titleKey ?? '';
    if (titleKey === '') {
      rowPiece[i] = pieces++;
      continue;
    }
    const unit = scored.rows[i].unit;
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
  return { rowPiece, pieces };
}

/**
 * The row of each piece that carries its 计任务: its earliest counted adoption (by 录用日期, then row
 * order), else its first counted row (a piece only submitted). A piece counts once in the whole ledger: a
 * second adoption, even in a later year, and the submission row of an adopted piece show 0, as the people
 * table counts them. `ids` may be passed when the caller already has the piece ids.
 */
export function creditedRows(scored: ScoredLedger, ids = pieceIds(scored)): Uint8Array {
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
  return credited;
}
