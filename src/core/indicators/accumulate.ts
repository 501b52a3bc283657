// Phase 2 of the 指标 engine (accumulate): piece by piece, every row adds to the indicators it concerns,
// for its unit, its 对口处室, the department, its authors and their teams.
//
// Decisions:
// - 积分 sums points (倒扣 negative); the 对口处室 receives relayPoints. Count metrics take countable rows.
// - 录用: adoptions (采用方式 录用 unless the filter names modes); with 去重 a piece counts once per bucket.
//   报送: rows that are submissions; 篇目: any countable row; both distinct pieces per bucket.
// - The office counts a relayed piece's submission (to where it relayed it) and its relay share, never an
//   adoption or a piece of its own.
// - A distinct count takes, per subject and bucket, the largest weight among the piece's rows (折半标签 0.5).
// - A person's count is their credit (计任务); a team's is the sum of its members' credits in the row
//   (co-authors from two 科室 credit their own teams); a row without authors counts for its unit's team.
// - 录用 and 篇目 that a piece already earned in an earlier year are not earned again (重复用稿不计任务).
import type { IndicatorSubject } from '../types';
import { bucketOfMonth } from './calendar';
import type { CompiledIndicator } from './compile';
import { finite, type RowTable } from './rows';

/** One indicator's accumulators: per subject id, a value per bucket, and the piece being read. */
export interface Slot {
  c: CompiledIndicator;
  subject: IndicatorSubject;
  values: (Float64Array | undefined)[]; // by subject id (unit, person, or 0 for the department)
  /** Distinct counts of the piece being read: key subject × 16 + bucket → the largest value. */
  pending: Map<number, number>;
  /** Subjects this piece already earned the indicator for in an earlier year. */
  consumed: Set<number> | null;
}

export interface Slots {
  unit: Slot[];
  team: Slot[];
  person: Slot[];
  department: Slot[];
  /** Per unit id, the unit (and team) slots whose unit type matches. */
  unitSlots(id: number): Slot[];
  teamSlots(id: number): Slot[];
}

const MAX_BUCKETS = 16; // subject × 16 + bucket makes a numeric key for the pending maps

export function newSlot(c: CompiledIndicator, subject: IndicatorSubject): Slot {
  return { c, subject, values: [], pending: new Map(), consumed: null };
}

function add(slot: Slot, id: number, b: number, v: number): void {
  let arr = slot.values[id];
  if (!arr) {
    arr = new Float64Array(slot.c.buckets);
    slot.values[id] = arr;
  }
  arr[b] += v;
}

/** Metrics a repeat in a later year does not earn again (用稿: adoptions and pieces). */
const ONCE_PER_LEDGER = new Set(['录用', '篇目']);

export function accumulate(t: RowTable, slots: Slots): void {
  const touched = new Set<Slot>();
  const put = (slot: Slot, id: number, b: number, v: number, multi: boolean): void => {
    if (slot.consumed?.has(id)) return;
    if (!multi || !slot.c.distinct) {
      add(slot, id, b, v);
      return;
    }
    const key = id * MAX_BUCKETS + b;
    if (v > (slot.pending.get(key) ?? 0)) slot.pending.set(key, v);
    touched.add(slot);
  };
  let bucket = 0;
  /** The row's weight for an indicator (0 = it does not count), its bucket left in `bucket`. */
  const gate = (slot: Slot, r: number, submission: boolean, office: boolean): number => {
    const c = slot.c;
    const month = c.bySubmission ? t.submitMonth[r] : t.pointsMonth[r];
    if (month < 0) return 0;
    if (c.metric !== '积分') {
      if (t.countable[r] === 0) return 0;
      if (c.metric === '报送' && !submission) return 0;
    }
    bucket = bucketOfMonth(c.window, month);
    const view = office ? t.officeViews[r] : t.views[r];
    return view ? c.weight(view) : 0;
  };
  const credits: number[] = [];
  const personPoints: number[] = [];
  const teams: number[] = [];

  for (let p = 0; p < t.pieceHead.length; p++) {
    const multi = t.pieceSize[p] > 1;
    const prior = t.priorOf.get(p);
    if (prior) markEarlierYears(t, slots, prior);
    for (let r = t.pieceHead[p]; r >= 0; r = t.next[r]) {
      const s = t.scored[r];
      const uid = t.unit[r];
      const oid = t.office[r];
      const submission = t.submission[r] === 1;
      const points = finite(s.points);
      if (uid >= 0) {
        for (const slot of slots.unitSlots(uid)) {
          const w = gate(slot, r, submission, false);
          const amount = slot.c.metric === '积分' ? points : 1;
          if (w !== 0 && amount !== 0) put(slot, uid, bucket, amount * w, multi);
        }
      }
      if (oid >= 0) {
        const relayPoints = finite(s.relayPoints);
        for (const slot of slots.unitSlots(oid)) {
          if (slot.c.metric === '录用' || slot.c.metric === '篇目') continue;
          const w = gate(slot, r, t.officeSubmission[r] === 1, true);
          const amount = slot.c.metric === '积分' ? relayPoints : 1;
          if (w !== 0 && amount !== 0) put(slot, oid, bucket, amount * w, multi);
        }
      }
      for (const slot of slots.department) {
        const w = gate(slot, r, submission, false);
        const amount = slot.c.metric === '积分' ? points : 1;
        if (w !== 0 && amount !== 0) put(slot, 0, bucket, amount * w, multi);
      }

      const a0 = t.authorStart[r];
      const a1 = t.authorStart[r + 1];
      if (slots.person.length === 0 && slots.team.length === 0) continue;
      const credit = Array.isArray(s.credit) ? s.credit : [];
      const pp = Array.isArray(s.personPoints) ? s.personPoints : [];
      for (let a = a0; a < a1; a++) {
        credits[a - a0] = finite(credit[t.authorIndex[a]]);
        personPoints[a - a0] = finite(pp[t.authorIndex[a]]);
      }
      for (const slot of slots.person) {
        const w = gate(slot, r, submission, false);
        if (w === 0) continue;
        const b = bucket;
        const byPoints = slot.c.metric === '积分';
        for (let a = a0; a < a1; a++) {
          // a person's count is their credit (计任务); a third author's 0 adds nothing
          const amount = byPoints ? personPoints[a - a0] : credits[a - a0];
          if (byPoints ? amount !== 0 : amount > 0) put(slot, t.authors[a], b, amount * w, multi);
        }
      }
      if (slots.team.length === 0) continue;
      // The row's teams: each author's 科室 (co-authors from two 科室 credit their own); no author → the unit.
      teams.length = 0;
      if (a0 === a1) {
        if (uid >= 0) teams.push(uid);
      } else {
        for (let a = a0; a < a1; a++) {
          const team = t.authorTeam[a];
          if (team >= 0 && !teams.includes(team)) teams.push(team);
        }
      }
      for (const slot of slots.team) {
        const w = gate(slot, r, submission, false);
        if (w === 0) continue;
        const b = bucket;
        const byPoints = slot.c.metric === '积分';
        for (const team of teams) {
          if (!slots.teamSlots(team).includes(slot)) continue;
          let amount = 0;
          if (a0 === a1) amount = byPoints ? points : 1;
          else {
            for (let a = a0; a < a1; a++) {
              if (t.authorTeam[a] === team) amount += byPoints ? personPoints[a - a0] : credits[a - a0];
            }
          }
          if (byPoints ? amount !== 0 : amount > 0) put(slot, team, b, amount * w, multi);
        }
      }
    }
    if (touched.size > 0) {
      for (const slot of touched) {
        for (const [key, v] of slot.pending) {
          const b = key % MAX_BUCKETS;
          add(slot, (key - b) / MAX_BUCKETS, b, v);
        }
        slot.pending.clear();
      }
      touched.clear();
    }
    if (prior) for (const slot of allSlots(slots)) slot.consumed = null;
  }
}

function allSlots(slots: Slots): Slot[] {
  return [...slots.unit, ...slots.team, ...slots.person, ...slots.department];
}

/**
 * The subjects each once-per-ledger indicator already counted this piece for in an earlier year: the unit,
 * the department, the authors and their teams of an earlier row that passed the indicator's filter.
 */
function markEarlierYears(t: RowTable, slots: Slots, prior: number[]): void {
  const mark = (slot: Slot, id: number) => {
    slot.consumed ??= new Set();
    slot.consumed.add(id);
  };
  for (const r of prior) {
    if (t.countable[r] === 0) continue;
    const view = t.views[r];
    const uid = t.unit[r];
    const counts = (slot: Slot) => ONCE_PER_LEDGER.has(slot.c.metric) && slot.c.weight(view) > 0;
    for (const slot of slots.unitSlots(uid)) if (counts(slot)) mark(slot, uid);
    for (const slot of slots.department) if (counts(slot)) mark(slot, 0);
    const authors = t.priorAuthors.get(r) ?? [];
    for (const slot of slots.person) {
      if (!counts(slot)) continue;
      for (const a of authors) if (a.person >= 0 && a.credit > 0) mark(slot, a.person);
    }
    for (const slot of slots.team) {
      if (!counts(slot)) continue;
      if (authors.length === 0) mark(slot, uid);
      for (const a of authors) if (a.team >= 0 && a.credit > 0) mark(slot, a.team);
    }
  }
}
