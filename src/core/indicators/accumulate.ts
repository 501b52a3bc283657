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
  /** The filter's weight of each distinct row view (RowTable.viewList), NaN until asked. */
  weights: Float64Array;
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
  return { c, subject, values: [], pending: new Map(), consumed: null, weights: new Float64Array(0) };
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

/** The weight the slot's filter gives view v (-1: the row has no such view), judged once per view. */
function weightOf(t: RowTable, slot: Slot, v: number): number {
  if (v < 0) return 0;
  let w = slot.weights[v];
  if (Number.isNaN(w)) {
    w = slot.c.weight(t.viewList[v]);
    slot.weights[v] = w;
  }
  return w;
}

export function accumulate(t: RowTable, slots: Slots): void {
  for (const slot of allSlots(slots)) slot.weights = new Float64Array(t.viewList.length).fill(Number.NaN);
  const acc = new Accumulator(t, slots);
  for (let p = 0; p < t.pieceHead.length; p++) {
    const multi = t.pieceSize[p] > 1;
    const prior = t.priorOf.get(p);
    if (prior) markEarlierYears(t, slots, prior);
    for (let r = t.pieceHead[p]; r >= 0; r = t.next[r]) {
      acc.unit(r, multi);
      acc.office(r, multi);
      acc.department(r, multi);
      if (slots.person.length === 0 && slots.team.length === 0) continue;
      acc.readAuthors(r);
      acc.people(r, multi);
      acc.teams(r, multi);
    }
    acc.endPiece();
    if (prior) for (const slot of allSlots(slots)) slot.consumed = null;
  }
}

/** Adds rows to the slots; a distinct count keeps, per subject and bucket, the largest weight of a piece. */
class Accumulator {
  private readonly touched = new Set<Slot>();
  /** The bucket of the last row `gate` let through. */
  private bucket = 0;
  // The authors of the row being read: their credit and points, and the teams they belong to.
  private readonly credits: number[] = [];
  private readonly personPoints: number[] = [];
  private readonly teamIds: number[] = [];

  constructor(
    private readonly t: RowTable,
    private readonly slots: Slots,
  ) {}

  private put(slot: Slot, id: number, b: number, v: number, multi: boolean): void {
    if (slot.consumed?.has(id)) return;
    if (!multi || !slot.c.distinct) {
      add(slot, id, b, v);
      return;
    }
    const key = id * MAX_BUCKETS + b;
    if (v > (slot.pending.get(key) ?? 0)) slot.pending.set(key, v);
    this.touched.add(slot);
  }

  /** The row's weight for an indicator (0 = it does not count); its bucket is left in `bucket`. */
  private gate(slot: Slot, r: number, submission: boolean, office: boolean): number {
    const c = slot.c;
    const t = this.t;
    const month = c.bySubmission ? t.submitMonth[r] : t.pointsMonth[r];
    if (month < 0) return 0;
    if (c.metric !== '积分') {
      if (t.countable[r] === 0) return 0;
      if (c.metric === '报送' && !submission) return 0;
    }
    this.bucket = bucketOfMonth(c.window, month);
    return weightOf(t, slot, office ? t.officeView[r] : t.view[r]);
  }

  /** The row's unit: its points, or 1 for a count. */
  unit(r: number, multi: boolean): void {
    const uid = this.t.unit[r];
    if (uid < 0) return;
    const points = finite(this.t.scored[r].points);
    for (const slot of this.slots.unitSlots(uid)) {
      const w = this.gate(slot, r, this.t.submission[r] === 1, false);
      const amount = slot.c.metric === '积分' ? points : 1;
      if (w !== 0 && amount !== 0) this.put(slot, uid, this.bucket, amount * w, multi);
    }
  }

  /** The 对口处室: its relay share and the submission it relayed upward, never an adoption or a piece. */
  office(r: number, multi: boolean): void {
    const oid = this.t.office[r];
    if (oid < 0) return;
    const relayPoints = finite(this.t.scored[r].relayPoints);
    for (const slot of this.slots.unitSlots(oid)) {
      if (slot.c.metric === '录用' || slot.c.metric === '篇目') continue;
      const w = this.gate(slot, r, this.t.officeSubmission[r] === 1, true);
      const amount = slot.c.metric === '积分' ? relayPoints : 1;
      if (w !== 0 && amount !== 0) this.put(slot, oid, this.bucket, amount * w, multi);
    }
  }

  /** 全部门: every row once (relay shares are not added again). */
  department(r: number, multi: boolean): void {
    const points = finite(this.t.scored[r].points);
    for (const slot of this.slots.department) {
      const w = this.gate(slot, r, this.t.submission[r] === 1, false);
      const amount = slot.c.metric === '积分' ? points : 1;
      if (w !== 0 && amount !== 0) this.put(slot, 0, this.bucket, amount * w, multi);
    }
  }

  readAuthors(r: number): void {
    const t = this.t;
    const s = t.scored[r];
    const credit = Array.isArray(s.credit) ? s.credit : [];
    const pp = Array.isArray(s.personPoints) ? s.personPoints : [];
    const a0 = t.authorStart[r];
    const a1 = t.authorStart[r + 1];
    this.credits.length = 0;
    this.personPoints.length = 0;
    this.teamIds.length = 0;
    for (let a = a0; a < a1; a++) {
      this.credits.push(finite(credit[t.authorIndex[a]]));
      this.personPoints.push(finite(pp[t.authorIndex[a]]));
      const team = t.authorTeam[a];
      if (team >= 0 && !this.teamIds.includes(team)) this.teamIds.push(team);
    }
    // No author: the unit's piece, counted whole for the unit's team.
    if (a0 === a1 && t.unit[r] >= 0) this.teamIds.push(t.unit[r]);
  }

  /** Each author: their credit (计任务) or their share of the points; a third author's 0 adds nothing. */
  people(r: number, multi: boolean): void {
    const a0 = this.t.authorStart[r];
    for (const slot of this.slots.person) {
      const w = this.gate(slot, r, this.t.submission[r] === 1, false);
      if (w === 0) continue;
      const byPoints = slot.c.metric === '积分';
      for (let k = 0; k < this.credits.length; k++) {
        const amount = byPoints ? this.personPoints[k] : this.credits[k];
        if (byPoints ? amount !== 0 : amount > 0)
          this.put(slot, this.t.authors[a0 + k], this.bucket, amount * w, multi);
      }
    }
  }

  /** Each author's 科室 gets the sum of its members' shares in the row (co-authors credit their own teams). */
  teams(r: number, multi: boolean): void {
    const t = this.t;
    const a0 = t.authorStart[r];
    const noAuthor = this.credits.length === 0;
    for (const slot of this.slots.team) {
      const w = this.gate(slot, r, t.submission[r] === 1, false);
      if (w === 0) continue;
      const byPoints = slot.c.metric === '积分';
      for (const team of this.teamIds) {
        if (!this.slots.teamSlots(team).includes(slot)) continue;
        let amount = noAuthor ? (byPoints ? finite(t.scored[r].points) : 1) : 0;
        for (let k = 0; k < this.credits.length; k++) {
          if (t.authorTeam[a0 + k] === team) amount += byPoints ? this.personPoints[k] : this.credits[k];
        }
        if (byPoints ? amount !== 0 : amount > 0) this.put(slot, team, this.bucket, amount * w, multi);
      }
    }
  }

  /** A piece read: each distinct count adds the largest weight its rows gave a subject and bucket. */
  endPiece(): void {
    for (const slot of this.touched) {
      for (const [key, v] of slot.pending) {
        const b = key % MAX_BUCKETS;
        add(slot, (key - b) / MAX_BUCKETS, b, v);
      }
      slot.pending.clear();
    }
    this.touched.clear();
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
    const uid = t.unit[r];
    const counts = (slot: Slot) => ONCE_PER_LEDGER.has(slot.c.metric) && weightOf(t, slot, t.view[r]) > 0;
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
