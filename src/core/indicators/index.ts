// 指标 engine: every indicator of the rule table evaluated for units, people, teams and the department,
// with pace (按时间进度), any-of groups, 视同达标, and the bonuses of RULES §4 (teams, veto, office coupling).
// Four phases, each in its own file: rows (rows.ts) → accumulate (accumulate.ts) → cap (here, with the
// 封顶 rule the 通报 uses, cap.ts) → subjects (subjects.ts).
//
// Decisions (RULES §4 leaves them open; they are fixed here):
// - Only rows of the assessment year (设置.年度) dated on or before asOf count. 积分/录用 rows are dated by
//   ScoredRow.day; 报送/篇目 events by 报送日期, else 录用日期.
// - Filters: level at or above, tags (any), outlets (name or alias), kinds, recipients, modes.
// - Windows: 每月/每季 judge closed buckets only; value = the bucket holding asOf (see status.ts).
// - Several rows with one name and subject are dated versions: each month (quarter, the year) is judged
//   by the version in force on its last day, and not at all before the first (compile.ts indicatorPlans).
// - The department (全部门) takes every row once: relay shares are not added again.
// - Subject unitType '' means every unit (or every person). Teams are units of the 单位 table.

import { capMonths, capSpan, deductionAt, relayDeduction } from '../cap';
import { ledgerSource } from '../ledgerTable';
import { type Department, departmentOf } from '../relay';
import { scoredColumns } from '../scoredColumns';
import type { Day, Rules, ScoredLedger, SubjectResult } from '../types';
import { accumulate, keepAccumulator, newSlot, type Slot, type Slots } from './accumulate';
import { bucketOfMonth, type YearCalendar, yearCalendar } from './calendar';
import { compileIndicator, type IndicatorPlan, indicatorPlans } from './compile';
import {
  finite,
  finiteAt,
  keepShapes,
  peopleTable,
  RELAYED,
  type RowTable,
  readRows,
  UnitRegistry,
} from './rows';
import {
  judgeDepartment,
  judgePeople,
  judgeTeams,
  judgeUnits,
  type SubjectContext,
  unitTypeMatches,
} from './subjects';

export { laterVersionNotes } from './laterVersions';
export { bestStatus, STATUS_ORDER, statusRank, worstStatus } from './status';
export { DEPARTMENT, headcountEquivalent, teamMembers } from './subjects';

export interface IndicatorEvaluation {
  units: SubjectResult[];
  people: SubjectResult[];
  teams: SubjectResult[];
  department: SubjectResult | null;
}

/** An indicator's slot per version (accumulated alike), and the buckets each judges (IndicatorPlan). */
interface Planned {
  plan: IndicatorPlan;
  slots: Slot[]; // by version
}

/** Slots by the kind of subject, with the unit and team slots of each unit type (cached per unit id). */
function slotsByKind(list: Slot[], units: UnitRegistry): Slots {
  const byType = (of: Slot[]) => {
    const cache: Slot[][] = [];
    return (id: number): Slot[] => {
      let found = cache[id];
      if (!found) {
        const type = units.typeOf(units.names[id]);
        found = of.filter((s) => unitTypeMatches(s.subject, type));
        cache[id] = found;
      }
      return found;
    };
  };
  const kind = (k: string) => list.filter((s) => s.subject.kind === k);
  const unit = list.filter((s) => s.subject.kind === 'unitType' || s.subject.kind === 'everyUnit');
  const team = kind('team');
  return {
    unit,
    team,
    person: kind('person'),
    department: kind('department'),
    unitSlots: byType(unit),
    teamSlots: byType(team),
  };
}

/** Every version of the indicators of the year, compiled, each with its accumulators. */
function plannedSlots(rules: Rules, cal: YearCalendar, dept: Department): Planned[] {
  const outlets = Array.isArray(rules?.outlets) ? rules.outlets : [];
  const planned: Planned[] = [];
  for (const plan of indicatorPlans(rules?.indicators ?? [], cal)) {
    const subject = plan.versions[plan.current].subject;
    if (!subject || typeof subject !== 'object') continue;
    const kinds = ['person', 'department', 'team', 'unitType', 'everyUnit'];
    if (!kinds.includes(subject.kind)) continue;
    const slots: Slot[] = [];
    for (const ind of plan.versions) {
      const c = compileIndicator(ind, outlets, dept);
      if (!c) break;
      slots.push(newSlot(c, subject));
    }
    if (slots.length === plan.versions.length) planned.push({ plan, slots });
  }
  return planned;
}

/**
 * Phase 3b (versions): one slot per indicator to judge, each bucket's value, 目标 and 视同达标 taken from
 * the version judging it (its filter, 折半标签, 去重 and 度量 made the value: each version has its own slot).
 * A single version judging every bucket is its own slot, unchanged.
 */
function judgedSlot({ plan, slots }: Planned): Slot {
  const cur = slots[plan.current];
  const n = plan.bucketVersion.length;
  if (slots.length === 1 && plan.bucketVersion.every((v) => v === 0)) return cur;
  const bucketTargets = new Float64Array(n);
  for (let b = 0; b < n; b++) {
    const v = plan.bucketVersion[b];
    bucketTargets[b] = v < 0 ? Number.NaN : slots[v].c.threshold;
  }
  const values: (Float64Array | undefined)[] = [];
  const ids = new Set<number>();
  for (const slot of slots) {
    slot.values.forEach((_, id) => {
      ids.add(id);
    });
  }
  for (const id of ids) {
    const merged = new Float64Array(n);
    let any = false;
    for (let b = 0; b < n; b++) {
      const v = plan.bucketVersion[b];
      const from = v < 0 ? undefined : slots[v].values[id];
      if (from) {
        merged[b] = from[b];
        any = true;
      }
    }
    if (any) values[id] = merged;
  }
  const bucketVersions = Array.from(plan.bucketVersion, (v) => (v < 0 ? null : slots[v].c));
  return { ...cur, c: { ...cur.c, bucketTargets, bucketVersions }, values };
}

/**
 * Phase 3 (cap): a unit's unfiltered 积分 is its points capped per month or quarter (封顶), as the 通报
 * ranks them (deductions taken after the cap, cap.ts); the department's own total stays uncapped there too.
 * A filtered 积分 task (级别, 标签, 媒体 … : a part of the unit's points) keeps no more than the whole: see
 * capFilteredPoints.
 */
function capUnitPoints(
  scored: ScoredLedger,
  t: RowTable,
  units: UnitRegistry,
  slots: Slots,
  rules: Rules,
): void {
  const cap = finite(rules?.settings?.capPoints ?? 0);
  if (!(cap > 0) || !slots.unit.some((s) => s.c.metric === '积分')) return;
  const c = scoredColumns(scored);
  const ledger = ledgerSource(scored.ledger).table;
  const monthly = new Float64Array(units.names.length * 12);
  const deducted = new Float64Array(units.names.length * 12);
  const parts = new FilteredParts(units.names.length, slots);
  for (let i = 0; i < t.n; i++) {
    const m = t.pointsMonth[i];
    if (m < 0) continue;
    const d = deductionAt(c, ledger, i);
    if (t.unit[i] >= 0) {
      monthly[t.unit[i] * 12 + m] += finiteAt(t.points, i);
      deducted[t.unit[i] * 12 + m] += d;
      parts.add(t.unit[i], t.view[i], m, finiteAt(t.points, i), d);
    }
    if (t.flags[i] & RELAYED) {
      const relay = finiteAt(t.relayPoints, i);
      const relayDeducted = relayDeduction(relay, t.points[i], d);
      monthly[t.office.get(i)! * 12 + m] += relay;
      deducted[t.office.get(i)! * 12 + m] += relayDeducted;
      parts.add(t.office.get(i)!, t.officeView.get(i)!, m, relay, relayDeducted);
    }
  }
  const span = capSpan(rules?.settings?.capPeriod === '月' ? '月' : '季');
  for (let id = 0; id < units.names.length; id++) {
    const from = id * 12;
    const capped = capMonths(
      monthly.subarray(from, from + 12),
      deducted.subarray(from, from + 12),
      cap,
      span,
    );
    for (const slot of slots.unitSlots(id)) {
      if (slot.c.metric !== '积分' || !slot.values[id]) continue;
      if (!slot.c.unfiltered) {
        capFilteredPoints(slot, id, parts, capped, deducted.subarray(from, from + 12), span);
        continue;
      }
      const values = new Float64Array(slot.c.buckets);
      for (let m = 0; m < 12; m++) values[bucketOfMonth(slot.c.window, m)] += capped[m];
      slot.values[id] = values;
    }
  }
}

/**
 * What each filtered 积分 unit slot's rows earned and deducted, per unit and month, as accumulate.ts adds
 * them (a row's points times the filter's weight of its view; a 对口处室 its relay share under its own view).
 */
class FilteredParts {
  private readonly earned = new Map<Slot, Float64Array>();
  private readonly deducted = new Map<Slot, Float64Array>();
  private readonly byUnit: Slot[][] = [];

  constructor(unitCount: number, slots: Slots) {
    for (let id = 0; id < unitCount; id++) {
      const list = slots.unitSlots(id).filter((s) => s.c.metric === '积分' && !s.c.unfiltered);
      this.byUnit.push(list);
      for (const s of list) {
        if (this.earned.has(s)) continue;
        this.earned.set(s, new Float64Array(unitCount * 12));
        this.deducted.set(s, new Float64Array(unitCount * 12));
      }
    }
  }

  add(id: number, view: number, month: number, points: number, deduction: number): void {
    if (view === undefined || view < 0) return;
    for (const s of this.byUnit[id]) {
      const w = s.weights[view];
      if (!(w > 0)) continue;
      this.earned.get(s)![id * 12 + month] += w * (points - deduction);
      this.deducted.get(s)![id * 12 + month] += w * deduction;
    }
  }

  earnedOf(s: Slot, id: number): Float64Array {
    return this.earned.get(s)!.subarray(id * 12, id * 12 + 12);
  }
}

/**
 * A filtered 积分 task under 封顶分值: a part of a unit's points never exceeds the whole, nor the cap. In each
 * stretch of months lying in one cap period (季/月, 封顶周期) and one of the task's buckets, the task keeps
 * min(what its rows earned there, what the unit keeps of its earnings there after the cap) plus its rows'
 * deductions, taken in full as the unfiltered path takes them (cap.ts). A 每月 bucket under a quarter's cap is
 * held to the month's slice of the quarter (capMonths: months share the cap in date order). Where the cap does
 * not bite the accumulated values stay as they are.
 */
function capFilteredPoints(
  slot: Slot,
  id: number,
  parts: FilteredParts,
  capped: ArrayLike<number>,
  unitDeducted: ArrayLike<number>,
  span: number,
): void {
  const values = slot.values[id]!;
  const earned = parts.earnedOf(slot, id);
  let partEarned = 0;
  let unitKept = 0;
  for (let m = 0; m < 12; m++) {
    partEarned += earned[m];
    unitKept += capped[m] - unitDeducted[m];
    const last = m === 11 || (m + 1) % span === 0 || slot.bucketOf[m + 1] !== slot.bucketOf[m];
    if (!last) continue;
    const over = partEarned - unitKept;
    if (over > 1e-9) values[slot.bucketOf[m]] -= over;
    partEarned = 0;
    unitKept = 0;
  }
}

export function evaluateIndicators(scored: ScoredLedger, rules: Rules, asOf: Day): IndicatorEvaluation {
  const cal = yearCalendar(Number(rules?.settings?.year), asOf);
  const units = new UnitRegistry(rules?.units);
  const people = peopleTable(rules);
  // The own department, read once (its offices, the tier of a 市): the indicators and the rows both use it.
  const department = departmentOf(rules);
  const planned = plannedSlots(rules, cal, department);
  const slots = slotsByKind(
    planned.flatMap((p) => p.slots),
    units,
  );

  let reads = 0;
  for (const list of [slots.unit, slots.team, slots.person, slots.department])
    for (const s of list) reads |= s.c.reads;
  // Authors matter to people and teams, and a 科室 the 人员 table names is a unit even without them.
  const authors = slots.person.length > 0 || slots.team.length > 0 || people.size > 0;
  const rows = readRows(scored, units, people, cal, { reads, authors, department });
  accumulate(rows, slots, units.names.length);
  capUnitPoints(scored, rows, units, slots, rules);
  keepAccumulator(keepShapes(), slots);
  const judged = slotsByKind(planned.map(judgedSlot), units);

  const ctx: SubjectContext = { cal, units, rows, people, settings: rules?.settings };
  const whole = judgeDepartment(ctx, judged.department);
  const teams = judgeTeams(ctx, judged.teamSlots, whole);
  return {
    units: judgeUnits(ctx, judged.unitSlots),
    people: judgePeople(ctx, judged.person, teams),
    teams,
    department: whole,
  };
}
