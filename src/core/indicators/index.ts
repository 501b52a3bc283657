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
// - Several rows with one name and subject are dated versions: the latest 生效日期 ≤ asOf applies.
// - The department (全部门) takes every row once: relay shares are not added again.
// - Subject unitType '' means every unit (or every person). Teams are units of the 单位 table.

import { capMonths, capSpan, deductionAt, relayDeduction } from '../cap';
import { ledgerSource } from '../ledgerTable';
import { departmentOf } from '../relay';
import { scoredColumns } from '../scoredColumns';
import type { Day, Rules, ScoredLedger, SubjectResult } from '../types';
import { accumulate, keepAccumulator, newSlot, type Slot, type Slots } from './accumulate';
import { bucketOfMonth, yearCalendar } from './calendar';
import { compileIndicator, indicatorsInForce } from './compile';
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

export { indicatorsInForce } from './compile';
export { bestStatus, STATUS_ORDER, statusRank, worstStatus } from './status';
export { DEPARTMENT, headcountEquivalent, teamMembers } from './subjects';

export interface IndicatorEvaluation {
  units: SubjectResult[];
  people: SubjectResult[];
  teams: SubjectResult[];
  department: SubjectResult | null;
}

/** The indicators in force, compiled, each with its accumulators, by the kind of subject. */
function slotsOf(rules: Rules, units: UnitRegistry, yearEnd: Day, asOf: Day): Slots {
  const unit: Slot[] = [];
  const team: Slot[] = [];
  const person: Slot[] = [];
  const department: Slot[] = [];
  const outlets = Array.isArray(rules?.outlets) ? rules.outlets : [];
  for (const ind of indicatorsInForce(rules?.indicators ?? [], yearEnd, asOf)) {
    const c = compileIndicator(ind, outlets);
    const subject = ind.subject;
    if (!c || !subject || typeof subject !== 'object') continue;
    const slot = newSlot(c, subject);
    if (subject.kind === 'person') person.push(slot);
    else if (subject.kind === 'department') department.push(slot);
    else if (subject.kind === 'team') team.push(slot);
    else if (subject.kind === 'unitType' || subject.kind === 'everyUnit') unit.push(slot);
  }
  const byType = (list: Slot[]) => {
    const cache: Slot[][] = [];
    return (id: number): Slot[] => {
      let found = cache[id];
      if (!found) {
        const type = units.typeOf(units.names[id]);
        found = list.filter((s) => unitTypeMatches(s.subject, type));
        cache[id] = found;
      }
      return found;
    };
  };
  return { unit, team, person, department, unitSlots: byType(unit), teamSlots: byType(team) };
}

/**
 * Phase 3 (cap): a unit's unfiltered 积分 is its points capped per month or quarter (封顶), as the 通报
 * ranks them (deductions taken after the cap, cap.ts); the department's own total stays uncapped there too.
 */
function capUnitPoints(
  scored: ScoredLedger,
  t: RowTable,
  units: UnitRegistry,
  slots: Slots,
  rules: Rules,
): void {
  const cap = finite(rules?.settings?.capPoints ?? 0);
  if (!(cap > 0) || !slots.unit.some((s) => s.c.metric === '积分' && s.c.unfiltered)) return;
  const c = scoredColumns(scored);
  const ledger = ledgerSource(scored.ledger).table;
  const monthly = new Float64Array(units.names.length * 12);
  const deducted = new Float64Array(units.names.length * 12);
  for (let i = 0; i < t.n; i++) {
    const m = t.pointsMonth[i];
    if (m < 0) continue;
    const d = deductionAt(c, ledger, i);
    if (t.unit[i] >= 0) {
      monthly[t.unit[i] * 12 + m] += finiteAt(t.points, i);
      deducted[t.unit[i] * 12 + m] += d;
    }
    if (t.flags[i] & RELAYED) {
      const relay = finiteAt(t.relayPoints, i);
      monthly[t.office.get(i)! * 12 + m] += relay;
      deducted[t.office.get(i)! * 12 + m] += relayDeduction(relay, t.points[i], d);
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
      if (slot.c.metric !== '积分' || !slot.c.unfiltered || !slot.values[id]) continue;
      const values = new Float64Array(slot.c.buckets);
      for (let m = 0; m < 12; m++) values[bucketOfMonth(slot.c.window, m)] += capped[m];
      slot.values[id] = values;
    }
  }
}

export function evaluateIndicators(scored: ScoredLedger, rules: Rules, asOf: Day): IndicatorEvaluation {
  const cal = yearCalendar(Number(rules?.settings?.year), asOf);
  const units = new UnitRegistry(rules?.units);
  const people = peopleTable(rules);
  const slots = slotsOf(rules, units, cal.end, cal.asOf);

  let reads = 0;
  for (const list of [slots.unit, slots.team, slots.person, slots.department])
    for (const s of list) reads |= s.c.reads;
  // Authors matter to people and teams, and a 科室 the 人员 table names is a unit even without them.
  const authors = slots.person.length > 0 || slots.team.length > 0 || people.size > 0;
  const rows = readRows(scored, units, people, cal, { reads, authors, department: departmentOf(rules) });
  accumulate(rows, slots, units.names.length);
  capUnitPoints(scored, rows, units, slots, rules);
  keepAccumulator(keepShapes(), slots);

  const ctx: SubjectContext = { cal, units, rows, people, settings: rules?.settings };
  const department = judgeDepartment(ctx, slots.department);
  const teams = judgeTeams(ctx, slots.teamSlots, department);
  return {
    units: judgeUnits(ctx, slots.unitSlots),
    people: judgePeople(ctx, slots.person, teams),
    teams,
    department,
  };
}
