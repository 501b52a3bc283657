// 重复报送: the same piece sent again to the same recipient in the same year is one 报送 (S26a F3 ruling).
//
// Decisions:
// - A piece (a unit's rows with one title key) sent to one recipient (报送对象 as the unit's quotas read it, the
//   own department and its offices being one: relay.ts recipientIdentity; 区委组织部, 研究室, 组织部 …) in
//   one calendar year (001 §五 每个自然年度为一个考核期) is one submission, dated by its first 报送日期 to that
//   recipient that year. A later row of it, sent on a later day to the same recipient that year, is no new
//   submission: it counts in the first one's month, quarter and year (submissionDays gives it that day), and
//   校验 says so, naming the first row as a duplicate copy names its kept row.
// - Rows on the first one's day are that same submission (a 报送 row and its 录用 row repeating the 报送日期):
//   nothing to say. Sent to another recipient, the piece counts for that recipient's tasks; sent again next
//   year, it counts in that year.
// - Only rows that are their unit's submission take part (countable, or held / 倒扣 yet a submission; not a
//   duplicate copy), with a 报送日期 of their own and a 报送对象 (a relayed row's: the own department). A
//   relayed row may be the first; a relayed row sent later is left in its own month: its 对口处室's submission
//   (to the upper department) is dated by it too.
import { ymdOfDay } from './dates';
import { NO_DAY } from './ledgerTable';
import { DUPLICATE, FIXED, issuesOf, setIssues, type Work } from './pieces';
import type { ScoredLedger } from './types';

/** Row → the row of its piece first sent to the same recipient that year (a later re-submission of it). */
export type Resubmissions = Map<number, number>;

const NONE: Resubmissions = new Map();
const memo = new WeakMap<ScoredLedger, Resubmissions>();

/** Scoring found them: remembered for submissionDays (a hand-built scored ledger has none). */
export function rememberResubmissions(scored: ScoredLedger, found: Resubmissions): void {
  if (found.size > 0) memo.set(scored, found);
}

export function resubmissionsOf(scored: ScoredLedger): Resubmissions {
  return memo.get(scored) ?? NONE;
}

/**
 * The re-submissions of the scored rows, each told in 校验. `recipientOf(i)`: row i's recipient for its unit
 * ('' when none), as 校验 names it; `identity(r)`: who that recipient is (relay.ts recipientIdentity: the own
 * department and its offices are one); `relayed(i)`: a 对口处室 relayed it.
 * Linear in the rows: per piece, the first row for each (recipient, year) is kept in a map, then each row is
 * compared with its group's first.
 */
export function findResubmissions(
  w: Work,
  recipientOf: (i: number) => string,
  relayed: (i: number) => boolean,
  identity: (recipient: string) => string = (r) => r,
): Resubmissions {
  const found: Resubmissions = new Map();
  const t = w.src.table;
  const n = w.src.length;
  const sent = t.submittedOn;
  const counts = (i: number) =>
    sent[i] !== NO_DAY &&
    (w.flags[i] & FIXED) !== DUPLICATE &&
    (w.countable[i] === 1 || w.heldSubmission[i] === 1);
  // Pieces with two or more such rows: only those can hold a re-submission.
  const perPiece = new Uint8Array(w.pieces);
  let any = false;
  for (let i = 0; i < n; i++) {
    if (!counts(i)) continue;
    const p = w.rowPiece[i];
    if (perPiece[p] < 2) perPiece[p]++;
    if (perPiece[p] === 2) any = true;
  }
  if (!any) return found;
  const rowsOf = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const p = w.rowPiece[i];
    if (perPiece[p] < 2 || !counts(i)) continue;
    const list = rowsOf.get(p);
    if (list) list.push(i);
    else rowsOf.set(p, [i]);
  }
  // Per piece: (recipient, year) → its first row (earliest 报送日期, then read first); rows are in row order.
  const firstOf = new Map<string, number>();
  const keys: string[] = [];
  for (const rows of rowsOf.values()) {
    firstOf.clear();
    keys.length = 0;
    for (const i of rows) {
      const to = recipientOf(i);
      const key = to === '' ? '' : `${identity(to)}\u0001${ymdOfDay(sent[i]).y}`;
      keys.push(key);
      if (key === '') continue;
      const first = firstOf.get(key);
      if (first === undefined || sent[i] < sent[first]) firstOf.set(key, i);
    }
    for (let a = 0; a < rows.length; a++) {
      const i = rows[a];
      if (keys[a] === '' || relayed(i)) continue;
      const kept = firstOf.get(keys[a]) as number;
      if (sent[kept] >= sent[i]) continue;
      found.set(i, kept);
      setIssues(w, i, [...issuesOf(w, i), resubmissionMessage(w, i, kept, recipientOf(kept))]);
    }
  }
  return found;
}

/** 重复报送：与第N行为同一稿件，已于2024年3月5日报送区委组织部，不再计报送 (the first row's tab when another). */
function resubmissionMessage(w: Work, i: number, kept: number, recipient: string): string {
  const { row, tab } = w.src.at(kept);
  const where = tab !== undefined && tab !== w.src.at(i).tab ? `「${tab}」` : '';
  const { y, m, d } = ymdOfDay(w.src.table.submittedOn[kept]);
  return `重复报送：与${where}第${row}行为同一稿件，已于${y}年${m}月${d}日报送${recipient}，不再计报送`;
}
