// The day each row counts as submitted on (报送), one column for the 指标 engine and the 通报 alike.
//
// Decisions:
// - A piece (a unit's rows with one title key, credit.ts pieceIds) is one submission, dated by its earliest
//   报送日期 (RULES §1: a 报送 row, later a 录用 row; RULES §4: a submissions quota counts distinct pieces).
//   A row without a 报送日期 of its own takes that day when its piece has one: it is that submission's
//   adoption, not a new submission in the adoption's month, quarter or year (a 2023-12 报送 row's 2024-01
//   录用 row is no 2024 submission). Every row of the piece dates it, whatever its year or its verdict (不计分,
//   倒扣, a duplicate copy): the piece was sent then. The piece is one submission when any of its rows is one
//   (README "What counts as a submission"; whether a row is one is each reader's to judge, below).
// - A row with a 报送日期 of its own keeps it, unless it sends the piece again to the recipient it was sent to
//   earlier that year (resubmissions.ts, S26a F3 ruling): then it takes that first day, so the piece counts
//   once, in the month (and every window) of its first 报送 to that recipient.
// - A relayed row is also its 对口处室's submission upward (relay.ts): officeSubmissionDays dates that one by
//   the row's own 报送日期, or by the office's first relay of the piece to that recipient that year, where that is
//   not the unit's day (a piece sent directly in January and relayed in March: the office's March).
// - A piece without any 报送日期 is still one submission, dated by its earliest readable 录用日期 (001 §五
//   统计时以稿件被录用时间为准), in every window: each of its rows takes that day, so its second adoption in a
//   later month is no second submission there (nor the 对口处室's relayed one). An untitled row is a piece of
//   its own: its 录用日期, else the row's day.
// - A row with no readable date at all takes its piece's day when another row of the piece gives one: it is
//   part of the piece's one submission (sweep S18e F6 ruling). Only a piece with no date on any row stays
//   undated: it counts nowhere until fixed, and its rows say so (score.ts undatedRows).
// - Whether the row is a submission at all (报送对象, 报送 row, relayed; countable) is each reader's to judge.
import { pieceIds } from './credit';
import { ledgerSource, NO_DAY } from './ledgerTable';
import { resubmissionsOf } from './resubmissions';
import { type ScoredColumns, scoredColumns, scoredLength } from './scoredColumns';
import type { ScoredLedger } from './types';

// A scored ledger is not changed once scored: the column is worked out once and shared (as pieceIds), the
// memo checked by length alone.
const memo = new WeakMap<ScoredLedger, Float64Array>();

/** Per row, the day it counts as submitted on (NaN: none). */
export function submissionDays(scored: ScoredLedger, columns?: ScoredColumns): Float64Array {
  const known = memo.get(scored);
  if (known && known.length === (columns?.n ?? scoredLength(scored))) return known;
  const c = columns ?? scoredColumns(scored);
  const n = c.n;
  const t = ledgerSource(scored.ledger).table;
  const inLedger = Math.min(n, t.n);
  const { rowPiece, pieces } = pieceIds(scored, c);
  const { submittedOn, adoptedOn } = t;
  // Per piece, its earliest 报送日期, and its earliest 录用日期 (NO_DAY: none; a day is above NO_DAY).
  const earliest = new Int32Array(pieces).fill(NO_DAY);
  const firstAdopted = new Int32Array(pieces).fill(NO_DAY);
  for (let i = 0; i < inLedger; i++) {
    const p = rowPiece[i];
    const s = submittedOn[i];
    if (s !== NO_DAY && (earliest[p] === NO_DAY || s < earliest[p])) earliest[p] = s;
    const a = adoptedOn[i];
    if (a !== NO_DAY && (firstAdopted[p] === NO_DAY || a < firstAdopted[p])) firstAdopted[p] = a;
  }
  const resent = resubmissionsOf(scored).unit;
  const days = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i >= inLedger) {
      days[i] = c.day[i]; // a scored row past the ledger's rows: its day
      continue;
    }
    const own = submittedOn[i];
    if (own !== NO_DAY) {
      const first = resent.size > 0 ? resent.get(i) : undefined;
      days[i] = first === undefined ? own : submittedOn[first];
      continue;
    }
    const adopted = adoptedOn[i];
    const inferred = adopted !== NO_DAY ? adopted : c.day[i];
    const p = rowPiece[i];
    const piece = earliest[p] !== NO_DAY ? earliest[p] : firstAdopted[p];
    days[i] = piece !== NO_DAY ? piece : inferred;
  }
  memo.set(scored, days);
  return days;
}

const officeMemo = new WeakMap<ScoredLedger, Float64Array>();

/**
 * Per row, the day its 对口处室's submission counts on (NaN: none): submissionDays, but for a relayed row the
 * unit had sent before (resubmissions.ts officeFirst), the office's own. Read only for relayed rows.
 */
export function officeSubmissionDays(scored: ScoredLedger, columns?: ScoredColumns): Float64Array {
  const days = submissionDays(scored, columns);
  const apart = resubmissionsOf(scored).officeFirst;
  if (apart.size === 0) return days;
  const known = officeMemo.get(scored);
  if (known && known.length === days.length) return known;
  const out = days.slice();
  const { submittedOn } = ledgerSource(scored.ledger).table;
  for (const [i, first] of apart) if (i < out.length) out[i] = submittedOn[first];
  officeMemo.set(scored, out);
  return out;
}
