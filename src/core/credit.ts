// 计任务: which row of each piece carries its task credit (000 重复用稿不计任务, judged over the whole ledger).
import type { ScoredLedger } from './types';

/**
 * The row of each piece (a unit's rows with one title) that carries its 计任务: its earliest counted
 * adoption (by 录用日期, then row order), else its first counted row (a piece only submitted). A piece counts
 * once in the whole ledger: a second adoption, even in a later year, and the submission row of an adopted
 * piece show 0, as the people table counts them.
 */
export function creditedRows(scored: ScoredLedger): Uint8Array {
  const credited = new Uint8Array(scored.rows.length);
  const chosen = new Map<string, Map<string, number>>(); // unit → title key → the credited row
  const dayOf = (i: number) => scored.rows[i].day ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < scored.rows.length; i++) {
    const r = scored.rows[i];
    if (!r.countable) continue;
    const titleKey = scored.ledger.rows[i]?.titleKey ?? '';
    if (titleKey === '') {
      credited[i] = 1; // untitled: a piece of its own
      continue;
    }
    let ofUnit = chosen.get(r.unit);
    if (!ofUnit) {
      ofUnit = new Map();
      chosen.set(r.unit, ofUnit);
    }
    const prior = ofUnit.get(titleKey);
    const p = prior === undefined ? null : scored.rows[prior];
    const better =
      p === null ||
      (p.mode === '报送' && r.mode !== '报送') ||
      ((p.mode === '报送') === (r.mode === '报送') && dayOf(i) < dayOf(prior!));
    if (!better) continue;
    if (prior !== undefined) credited[prior] = 0;
    credited[i] = 1;
    ofUnit.set(titleKey, i);
  }
  return credited;
}
