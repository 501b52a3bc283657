// Phase 2 of the 指标 engine (accumulate): piece by piece, every row adds to the indicators it concerns,
// for its unit, its 对口处室, the department, its authors and their teams.
//
// Decisions:
// - 积分 sums points (倒扣 negative); the 对口处室 receives relayPoints. Count metrics take countable rows;
//   报送 also a row a gate (佐证, 三审) holds back or a 倒扣 deducts, whose submission counts (heldSubmission).
// - 录用: adoptions (采用方式 录用 unless the filter names modes); with 去重 a piece counts once per bucket.
//   报送: rows that are submissions; 篇目: any countable row; both distinct pieces per bucket.
// - The office counts a relayed piece's submission (to where it relayed it) and its relay share, never an
//   adoption or a piece of its own.
// - A distinct count takes, per subject and bucket, the largest weight among the piece's rows (折半标签 0.5).
// - A person's count is their credit (计任务); a team's is the sum of its members' credits in the row
//   (co-authors from two 科室 credit their own teams); a row without authors counts for its unit's team.
//   An indicator whose 合作者 is 各计 credits every author of a counted row the whole piece (1, or the row's
//   points), a team the sum of its authors' (each author 1); 均分 (the default) takes the 计任务 shares.
// - 录用 (with 去重) and 篇目 that a piece already earned in an earlier year are not earned again (重复用稿不计任务).
// - With 去重, a person's or team's 录用 is earned by the piece's earliest adoption that passes the task's
//   filter (credit.ts earlierAdoptions), each task on its own: a later adoption counts toward no personal
//   task an earlier one passes (000 §三(一) 重复用稿不计任务，以下同), yet a 省级 task counts the 省级
//   adoption of a piece first adopted at 市级 (sweep s28a A1). Without 去重 every adoption counts (篇次), in
//   any year.
// Speed: every filter is judged once per distinct row view up front, each subject's slots are listed once,
// and the pass reads typed arrays only; values add up in the same order as row by row, so sums are the same.
import { quotaKey } from '../relay';
import type { IndicatorSubject } from '../types';
import { bucketOfMonth } from './calendar';
import type { CompiledIndicator } from './compile';
import { finiteAt, HEAD, OFFICE_SUBMISSION, RELAYED, type RowTable, SUBMISSION } from './rows';

const POINTS = 0; // 积分
const ADOPTED = 1; // 录用
const SUBMITTED = 2; // 报送
const PIECES = 3; // 篇目
const METRIC_CODE: Record<string, number> = { 积分: POINTS, 录用: ADOPTED, 报送: SUBMITTED, 篇目: PIECES };

/** One indicator's accumulators: per subject id, a value per bucket, and the piece being read. */
export interface Slot {
  c: CompiledIndicator;
  subject: IndicatorSubject;
  values: (Float64Array | undefined)[]; // by subject id (unit, person, or 0 for the department)
  /** Subjects this piece already earned the indicator for in an earlier year. */
  consumed: Set<number> | null;
  /** The filter's weight of each distinct row view (RowTable.viewList). */
  weights: Float64Array;
  metric: number; // POINTS … PIECES
  /** Bucket of each month 0..11 under the window. */
  bucketOf: Int8Array;
  bySubmission: boolean; // CompiledIndicator.bySubmission
  distinct: boolean; // CompiledIndicator.distinct
  whole: boolean; // CompiledIndicator.wholeCredit (合作者 各计)
  /** A 报送 quota's recipients (relay.ts quotaKey; '' when none): its own re-submissions (RowTable.quotaSubmitMonth). */
  quota: string;
  /** The rows this quota dates apart, unit's and office's: RowTable.quotaSubmitMonth, quotaOfficeSubmitMonth. */
  unitMonths: Map<number, number> | null;
  officeMonths: Map<number, number> | null;
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

export function newSlot(c: CompiledIndicator, subject: IndicatorSubject): Slot {
  const bucketOf = new Int8Array(12);
  for (let m = 0; m < 12; m++) bucketOf[m] = bucketOfMonth(c.window, m);
  return {
    c,
    subject,
    values: [],
    consumed: null,
    weights: new Float64Array(0),
    metric: METRIC_CODE[c.metric] ?? POINTS,
    bucketOf,
    bySubmission: c.bySubmission,
    distinct: c.distinct,
    whole: c.wholeCredit === true,
    quota: c.metric === '报送' ? quotaKey(c.ind?.filter?.recipients ?? []) : '',
    unitMonths: null,
    officeMonths: null,
  };
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

/** The weight the slot's filter gives view v (-1: the row has no such view). */
function weightOf(slot: Slot, v: number): number {
  return v < 0 ? 0 : slot.weights[v];
}

export function accumulate(t: RowTable, slots: Slots, unitCount: number): void {
  const all = allSlots(slots);
  for (const slot of all) {
    slot.weights = new Float64Array(t.viewList.length);
    for (let v = 0; v < t.viewList.length; v++) slot.weights[v] = slot.c.weight(t.viewList[v]);
    slot.unitMonths = slot.quota === '' ? null : (t.quotaSubmitMonth.get(slot.quota) ?? null);
    slot.officeMonths = slot.quota === '' ? null : (t.quotaOfficeSubmitMonth.get(slot.quota) ?? null);
  }
  const acc = new Accumulator(t, slots, unitCount);
  const withAuthors = slots.person.length > 0 || slots.team.length > 0;
  const hasPrior = t.priorOf.size > 0;
  const { flags, next } = t;
  // Piece by piece, in the order of their first row this year; a piece's rows in row order.
  for (let head = 0; head < t.n; head++) {
    const f = flags[head];
    if ((f & HEAD) === 0) continue;
    const multi = next[head] >= 0;
    const prior = hasPrior ? t.priorOf.get(t.rowPiece[head]) : undefined;
    if (prior) markEarlierYears(t, slots, prior);
    for (let r = head; r >= 0; r = next[r]) {
      acc.unit(r, multi);
      acc.office(r, multi);
      acc.department(r, multi);
      if (!withAuthors) continue;
      acc.readAuthors(r);
      acc.people(r, multi);
      acc.teams(r, multi);
    }
    if (multi) acc.endPiece();
    if (prior) for (const slot of all) slot.consumed = null;
  }
}

/**
 * Adds rows to the slots; a distinct count keeps, per subject and bucket, the largest weight of a piece.
 * - bucket: the bucket of the last row `gate` let through; pending*: the distinct counts of the piece being
 *   read (slot, subject, bucket → the largest value); teamIds: the 科室 of the row's authors, each once;
 *   unitSlots: per unit id, the unit slots of its unit type; teamApplies: per team slot, per unit id, whether
 *   it applies to the unit as a team.
 * - gate: the row's weight for an indicator (0 = it does not count), its bucket left in `bucket`; `submission`
 *   the flag (SUBMISSION, or OFFICE_SUBMISSION for the 对口处室) that makes the row a submission of the subject.
 * - unit: the row's unit, its points or 1 for a count. office: the 对口处室, its relay share and the submission
 *   it relayed upward, never an adoption or a piece. department: 全部门, every row once (relay shares are not
 *   added again). into: one of these to its slots. people: each author, their credit (计任务) or share of the
 *   points (a third author's 0 adds nothing). teams: each author's 科室 gets the sum of its members' shares in
 *   the row (co-authors credit their own teams). endPiece: each distinct count adds the largest weight the
 *   piece's rows gave a subject and bucket.
 * (Comments inside a class body stay in the bundle; these are here.)
 */
class Accumulator {
  private bucket = 0;
  private readonly pendingSlot: Slot[] = [];
  private readonly pendingId: number[] = [];
  private readonly pendingBucket: number[] = [];
  private readonly pendingValue: number[] = [];
  private pending = 0;
  private readonly teamIds: number[] = [];
  private readonly unitSlots: Slot[][] = [];
  /** A 对口处室's slots for the rows it relayed: it earns no adoption or piece of its own from them. */
  private readonly officeSlots: Slot[][] = [];
  private readonly teamApplies = new Map<Slot, Uint8Array>();

  constructor(
    private readonly t: RowTable,
    private readonly slots: Slots,
    unitCount: number,
  ) {
    for (let id = 0; id < unitCount; id++) {
      const list = slots.unitSlots(id);
      this.unitSlots.push(list);
      this.officeSlots.push(list.filter((slot) => slot.metric !== ADOPTED && slot.metric !== PIECES));
    }
    for (const slot of slots.team) {
      const applies = new Uint8Array(unitCount);
      for (let id = 0; id < unitCount; id++) applies[id] = slots.teamSlots(id).includes(slot) ? 1 : 0;
      this.teamApplies.set(slot, applies);
    }
  }

  private put(slot: Slot, id: number, b: number, v: number, multi: boolean): void {
    if (slot.consumed?.has(id)) return;
    if (!multi || !slot.distinct) {
      add(slot, id, b, v);
      return;
    }
    for (let k = 0; k < this.pending; k++) {
      if (this.pendingSlot[k] === slot && this.pendingId[k] === id && this.pendingBucket[k] === b) {
        if (v > this.pendingValue[k]) this.pendingValue[k] = v;
        return;
      }
    }
    // A first value of 0 or less adds nothing (the largest of nothing is 0).
    if (!(v > 0)) return;
    const k = this.pending++;
    this.pendingSlot[k] = slot;
    this.pendingId[k] = id;
    this.pendingBucket[k] = b;
    this.pendingValue[k] = v;
  }

  private gate(slot: Slot, r: number, submission: number, view: number): number {
    const t = this.t;
    // The 对口处室's submission of a piece its unit had sent before is in the month the office relayed it.
    // A quota counting another recipient than the piece's first (研究室 after 区委组织部) has its own month.
    const month = !slot.bySubmission
      ? t.pointsMonth[r]
      : submission === OFFICE_SUBMISSION
        ? (slot.officeMonths?.get(r) ?? t.officeSubmitMonth.get(r) ?? t.submitMonth[r])
        : (slot.unitMonths?.get(r) ?? t.submitMonth[r]);
    if (month < 0) return 0;
    if (slot.metric !== POINTS) {
      // A row held by 佐证 or 三审 still counts as a submission (RULES §9: the gates hold back points only).
      if (t.countable[r] === 0 && (slot.metric !== SUBMITTED || t.heldSubmission[r] === 0)) return 0;
      if (slot.metric === SUBMITTED && (t.flags[r] & submission) === 0) return 0;
    }
    this.bucket = slot.bucketOf[month];
    return weightOf(slot, view);
  }

  unit(r: number, multi: boolean): void {
    const t = this.t;
    const uid = t.unit[r];
    if (uid >= 0) this.into(this.unitSlots[uid], uid, r, multi, SUBMISSION, t.view[r], finiteAt(t.points, r));
  }

  office(r: number, multi: boolean): void {
    const t = this.t;
    if ((t.flags[r] & RELAYED) === 0) return;
    const oid = t.office.get(r)!; // RELAYED rows have both
    const view = t.officeView.get(r)!;
    this.into(this.officeSlots[oid], oid, r, multi, OFFICE_SUBMISSION, view, finiteAt(t.relayPoints, r));
  }

  department(r: number, multi: boolean): void {
    const t = this.t;
    this.into(this.slots.department, 0, r, multi, SUBMISSION, t.view[r], finiteAt(t.points, r));
  }

  private into(
    list: Slot[],
    id: number,
    r: number,
    multi: boolean,
    submission: number,
    view: number,
    points: number,
  ): void {
    for (let s = 0; s < list.length; s++) {
      const slot = list[s];
      const w = this.gate(slot, r, submission, view);
      const amount = slot.metric === POINTS ? points : 1;
      if (w !== 0 && amount !== 0) this.put(slot, id, this.bucket, amount * w, multi);
    }
  }

  readAuthors(r: number): void {
    const t = this.t;
    const a0 = t.authorStart[r];
    const a1 = t.authorStart[r + 1];
    this.teamIds.length = 0;
    for (let a = a0; a < a1; a++) {
      const team = t.authorTeam[a];
      if (team >= 0 && !this.teamIds.includes(team)) this.teamIds.push(team);
    }
    // No author: the unit's piece, counted whole for the unit's team.
    if (a0 === a1 && t.unit[r] >= 0) this.teamIds.push(t.unit[r]);
  }

  people(r: number, multi: boolean): void {
    const t = this.t;
    const a0 = t.authorStart[r];
    const a1 = t.authorStart[r + 1];
    const earlier = t.earlierAdoptions.size > 0 ? t.earlierAdoptions.get(r) : undefined;
    for (const slot of this.slots.person) {
      if (earlier !== undefined && countedBefore(slot, t, earlier)) continue;
      const w = this.gate(slot, r, SUBMISSION, t.view[r]);
      if (w === 0) continue;
      const byPoints = slot.metric === POINTS;
      for (let a = a0; a < a1; a++) {
        const amount = slot.whole
          ? wholeOf(t, r, a0, byPoints)
          : byPoints
            ? t.authorPoints[a]
            : t.authorCredit[a];
        if (byPoints ? amount !== 0 : amount > 0)
          this.put(slot, t.authors[a], this.bucket, amount * w, multi);
      }
    }
  }

  teams(r: number, multi: boolean): void {
    const t = this.t;
    const a0 = t.authorStart[r];
    const a1 = t.authorStart[r + 1];
    const noAuthor = a0 === a1;
    const earlier = t.earlierAdoptions.size > 0 ? t.earlierAdoptions.get(r) : undefined;
    for (const slot of this.slots.team) {
      if (earlier !== undefined && countedBefore(slot, t, earlier)) continue;
      const w = this.gate(slot, r, SUBMISSION, t.view[r]);
      if (w === 0) continue;
      const byPoints = slot.metric === POINTS;
      const applies = this.teamApplies.get(slot)!;
      for (const team of this.teamIds) {
        if (applies[team] === 0) continue;
        let amount = noAuthor ? (byPoints ? finiteAt(t.points, r) : 1) : 0;
        for (let a = a0; a < a1; a++) {
          if (t.authorTeam[a] !== team) continue;
          amount += slot.whole
            ? wholeOf(t, r, a0, byPoints)
            : byPoints
              ? t.authorPoints[a]
              : t.authorCredit[a];
        }
        if (byPoints ? amount !== 0 : amount > 0) this.put(slot, team, this.bucket, amount * w, multi);
      }
    }
  }

  endPiece(): void {
    for (let k = 0; k < this.pending; k++) {
      add(this.pendingSlot[k], this.pendingId[k], this.pendingBucket[k], this.pendingValue[k]);
      this.pendingSlot[k] = undefined as unknown as Slot;
    }
    this.pending = 0;
  }
}

/**
 * A 去重 录用 slot counted the piece at one of its `earlier` adoptions already: one passes the slot's filter.
 * A row of an earlier year was read with its view (rows.ts, a piece with rows this year); a row not read
 * (after asOf) comes after every row counted.
 */
function countedBefore(slot: Slot, t: RowTable, earlier: number[]): boolean {
  if (!slot.distinct || slot.metric !== ADOPTED) return false;
  for (const e of earlier) if (t.countable[e] === 1 && weightOf(slot, t.view[e]) > 0) return true;
  return false;
}

/**
 * 合作者 各计: what each author of row r gets, the whole piece (1) or the row's points, when the row carries
 * its 计任务 (its first author's share is above 0: the same rows 均分 credits), else nothing.
 */
function wholeOf(t: RowTable, r: number, a0: number, byPoints: boolean): number {
  if (byPoints) return t.authorPoints[a0] !== 0 ? finiteAt(t.points, r) : 0;
  return t.authorCredit[a0] > 0 ? 1 : 0;
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
    const counts = (slot: Slot) =>
      slot.distinct && ONCE_PER_LEDGER.has(slot.c.metric) && weightOf(slot, t.view[r]) > 0;
    for (const slot of slots.unitSlots(uid)) if (counts(slot)) mark(slot, uid);
    for (const slot of slots.department) if (counts(slot)) mark(slot, 0);
    const authors = t.priorAuthors.get(r) ?? [];
    // 各计: every author of a credited row earned it (the first author's share above 0), a third one too.
    const credited = authors.length > 0 && authors[0].credit > 0;
    for (const slot of slots.person) {
      if (!counts(slot)) continue;
      for (const a of authors)
        if (a.person >= 0 && (slot.whole ? credited : a.credit > 0)) mark(slot, a.person);
    }
    for (const slot of slots.team) {
      if (!counts(slot)) continue;
      if (authors.length === 0) mark(slot, uid);
      for (const a of authors) if (a.team >= 0 && (slot.whole ? credited : a.credit > 0)) mark(slot, a.team);
    }
  }
}

const kept: unknown[] = [];

/** Keeps an idle Accumulator over `table` and the evaluation's slots until the next one (see rows.ts). */
export function keepAccumulator(table: RowTable, slots: Slots): void {
  kept[0] = new Accumulator(table, slots, 0);
}
