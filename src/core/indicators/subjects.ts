// Phase 4 of the 指标 engine (subjects): each unit, the department, each team and each person judged on
// the accumulated values, with any-of groups, 视同达标, 不得评先评优 and the bonuses of 000 §三(四).
//
// Decisions:
// - A subject with no indicator is compliant and 已达标 (nothing to miss).
// - 年终四舍五入: a person's and a team's yearly count is rounded half up once the year is closed, and judged
//   on the rounded figure (7.5 meets ≥ 8); mid-year it shows unrounded (RULES §9).
// - 不得评先评优: a unit with a 报送 indicator (whatever its window) at 未达标; a points shortfall is not it.
// - Team task = personal task × headcount equivalent: a member in post six months or less counts 0.5
//   (不满半年的按半年折算: exactly six months is half), more counts 1. With a 人员 table listing members
//   of the 科室, headcount and tenure come from it; else from the 单位 table.
// - With a 人员 table listing members of a 科室, they are its team: an author it does not list (a newcomer, a
//   name typed otherwise) keeps their own person line but gets no team bonus, as their credit counts toward
//   no team's value (rows.ts) and they are not in its headcount; a notice names them (authorNames.ts).
// - Awards are paid when every standalone indicator and any-of group carrying them is met; a team gets
//   amount × headcount, 0 under 一票否决, half for the 办公室 when a yearly department indicator misses.
// - A 科室负责人 has the personal tasks like every member of the 部机关 (000 §三(一) 部机关每人), so their status
//   is their own; 000 §三(四)4 (仅与科室整体任务挂钩, under 年终考核激励) ties them to the team for the reward
//   only: no personal bonuses, the team's share only (RULES §10.11). `leads` names the team, for the 说明.
import { compareNames } from '../names';
import { shownDecimals } from '../scoredColumns';
import { peopleByUnit, staffedUnits, teamMembers } from '../teams';

export { headcountEquivalent, teamMembers } from '../teams';

import { clean, roundHalfUp } from '../text';
import type { IndicatorResult, IndicatorSubject, PersonDef, Settings, Status, SubjectResult } from '../types';
import type { Slot } from './accumulate';
import type { YearCalendar } from './calendar';
import type { CompiledIndicator } from './compile';
import { type RowTable, text, type UnitRegistry } from './rows';
import { bestStatus, bucketStatus, worstStatus, yearStatus } from './status';

export const DEPARTMENT = '全部门';

/** Whether a unit's or a team's indicator (每个单位, 类型:…, 科室整体:…) applies to a unit of this type. */
export function unitTypeMatches(subject: IndicatorSubject, type: string): boolean {
  if (subject.kind === 'everyUnit') return true;
  if (subject.kind === 'unitType' || subject.kind === 'team')
    return subject.unitType === '' || subject.unitType === type;
  return false;
}

/** Whether a person's indicator (每人, 每人:类型) applies to someone whose units have these types. */
export function personMatches(subject: IndicatorSubject, types: ReadonlySet<string>): boolean {
  const t = subject.kind === 'person' ? subject.unitType : '';
  return t === '' || types.has(t);
}

function indicatorResult(
  slot: Slot,
  values: Float64Array | undefined,
  target: number,
  subject: string,
  roundCounts: boolean,
  ctx: SubjectContext,
  scale = 1, // a team's headcount equivalent: each bucket's own 目标 (dated versions) is scaled by it too
): IndicatorResult {
  const { cal } = ctx;
  const c = slot.c;
  // 积分 is judged as the 通报 shows it: the unrounded row points summed, rounded to 小数位 (RULES §4).
  const decimals = shownDecimals(ctx.settings);
  const vals = new Array<number>(c.buckets);
  // 视同达标 is a cell of a version's row: each bucket is deemed met by the version judging it (compile.ts).
  const deemed = new Array<boolean>(c.buckets);
  for (let b = 0; b < c.buckets; b++) {
    const judge = versionOf(c, b);
    const v = clean(values ? values[b] : 0);
    vals[b] = judge.metric === '积分' && decimals !== null ? roundHalfUp(v, decimals) : v;
    deemed[b] = judge.deemed.has(subject);
  }
  let value: number;
  let status: Status;
  let buckets: IndicatorResult['buckets'];
  let currentBucket = 0;
  if (c.window === '全年') {
    value = vals[0];
    if (roundCounts && cal.closed && c.metric !== '积分') value = roundHalfUp(value);
    status = deemed[0] ? '已达标' : yearStatus(value, target, cal); // 视同达标, ticked by hand
  } else {
    const r = bucketStatus(vals, target, c.window, cal, c.bucketTargets, scale, deemed);
    value = r.value;
    status = r.status;
    buckets = r.buckets;
    currentBucket = r.current;
  }
  const out: IndicatorResult = {
    name: c.ind.name,
    metric: c.metric,
    unfiltered: c.unfiltered,
    value,
    target,
    met: status === '已达标',
    status,
    window: c.window,
    group: text(c.ind.group),
  };
  if (buckets) {
    out.buckets = buckets;
    out.currentBucket = currentBucket;
  }
  // Shown as 视同达标 (indicatorText) when every bucket is deemed; a part deemed shows its count of months met.
  if (deemed.every((d) => d)) out.deemed = true;
  return out;
}

/** The compiled version judging bucket `b` (itself when it judges every bucket, or none does). */
function versionOf(c: CompiledIndicator, b: number): CompiledIndicator {
  return c.bucketVersions?.[b] ?? c;
}

/**
 * 不得评先评优 (RULES §9): a 报送 task missed, a monthly quota in any closed month. Each month is judged by
 * its own version, 度量 and 视同达标 included: a month a 报送 version judged and found short bars the unit.
 */
function missedSubmission(c: CompiledIndicator, r: IndicatorResult): boolean {
  if (!r.buckets) return versionOf(c, 0).metric === '报送' && r.status === '未达标';
  return r.buckets.some((b) => b.met === false && versionOf(c, b.bucket - 1).metric === '报送');
}

type Judged = { slot: Slot; r: IndicatorResult }[];

/**
 * A subject's results: any-of groups (met when a member is met, status the best member's), the
 * overall status (the worst of standalone indicators and groups), compliance, and bonuses.
 */
function assemble(
  subject: string,
  kind: SubjectResult['kind'],
  unitType: string,
  rs: Judged,
  bonusFactor: number,
  amounts: Record<string, number> | undefined,
): SubjectResult {
  const groupMembers = new Map<string, IndicatorResult[]>();
  const standalone: IndicatorResult[] = [];
  for (const { r } of rs) {
    if (r.group === '') standalone.push(r);
    else {
      const list = groupMembers.get(r.group);
      if (list) list.push(r);
      else groupMembers.set(r.group, [r]);
    }
  }
  const groups = [...groupMembers].map(([group, members]) => ({
    group,
    met: members.some((m) => m.met),
    status: bestStatus(
      members.map((m) => m.status),
      '未达标',
    ),
  }));
  const groupMet = new Map(groups.map((g) => [g.group, g.met]));
  const parts: Status[] = [...standalone.map((r) => r.status), ...groups.map((g) => g.status)];
  const status = worstStatus(parts, '已达标');
  const compliant = standalone.every((r) => r.met) && groups.every((g) => g.met);

  const bonuses: Record<string, number> = {};
  const awardMet = new Map<string, boolean>();
  for (const { slot, r } of rs) {
    const award = text(slot.c.ind.award);
    if (!award) continue;
    const met = r.group === '' ? r.met : (groupMet.get(r.group) ?? false);
    awardMet.set(award, (awardMet.get(award) ?? true) && met);
  }
  for (const [award, met] of awardMet) {
    const amount = amounts?.[award];
    if (typeof amount !== 'number' || !Number.isFinite(amount)) continue; // award without an amount
    bonuses[award] = met ? clean(amount * bonusFactor) : 0;
  }
  return { subject, kind, unitType, indicators: rs.map((x) => x.r), groups, compliant, status, bonuses };
}

export interface SubjectContext {
  cal: YearCalendar;
  units: UnitRegistry;
  rows: RowTable;
  people: Map<string, PersonDef>;
  settings: Settings | undefined;
}

export function judgeUnits(ctx: SubjectContext, slotsOf: (id: number) => Slot[]): SubjectResult[] {
  const { units } = ctx;
  // Units found only in the ledger (rows outside the year included) follow the table's, by name.
  const ledgerOnly = units.names.slice(units.definedCount).sort(compareNames);
  return [...units.names.slice(0, units.definedCount), ...ledgerOnly].map((name) => {
    const id = units.idOf(name)!;
    const rs = slotsOf(id).map((slot) => ({
      slot,
      r: indicatorResult(slot, slot.values[id], slot.c.threshold, name, false, ctx),
    }));
    const unit = assemble(name, 'unit', units.typeOf(name), rs, 1, ctx.settings?.bonuses);
    // Only where the rules bar (001 §六.5): seeds 000 and 004 set no such sanction.
    unit.barred = (ctx.settings?.barUnits ?? true) && rs.some(({ slot, r }) => missedSubmission(slot.c, r));
    return unit;
  });
}

export function judgeDepartment(ctx: SubjectContext, slots: Slot[]): SubjectResult | null {
  if (slots.length === 0) return null;
  const rs = slots.map((slot) => ({
    slot,
    r: indicatorResult(slot, slot.values[0], slot.c.threshold, DEPARTMENT, false, ctx),
  }));
  return assemble(DEPARTMENT, 'department', '', rs, 1, ctx.settings?.bonuses);
}

export function judgeTeams(
  ctx: SubjectContext,
  slotsOf: (id: number) => Slot[],
  department: SubjectResult | null,
): SubjectResult[] {
  const { units } = ctx;
  // 办公室 bonus halves when the department misses any of its yearly indicators (000 §三(四)2): missed is
  // 未达标, known only once the year is closed; before, the bonus is shown in full as 预计 (sweep s25d F8).
  const departmentYearMissed =
    department?.indicators.some((r) => r.window === '全年' && r.status === '未达标') ?? false;
  const listedIn = peopleByUnit(ctx.people.values());
  const teams: SubjectResult[] = [];
  for (const name of units.names.slice(0, units.definedCount)) {
    const id = units.idOf(name)!;
    const slots = slotsOf(id);
    if (slots.length === 0) continue;
    const def = units.defs.get(name);
    const { members, equivalent, names } = teamMembers(def, listedIn.get(name) ?? []);
    // Team task = personal task × headcount equivalent; the value is the members' credits, summed.
    const rs = slots.map((slot) => ({
      slot,
      r: indicatorResult(
        slot,
        slot.values[id],
        clean(slot.c.threshold * equivalent),
        name,
        true,
        ctx,
        equivalent,
      ),
    }));
    const team = assemble(name, 'team', units.typeOf(name), rs, members, ctx.settings?.bonuses);
    const vetoed = Boolean(def?.veto);
    const halved = Boolean(def?.isOffice) && departmentYearMissed;
    let perMember = 0;
    for (const award of Object.keys(team.bonuses)) {
      if (vetoed)
        team.bonuses[award] = 0; // 一票否决
      else if (halved) team.bonuses[award] = clean(team.bonuses[award] / 2);
      if (members > 0) perMember += team.bonuses[award] / members;
    }
    team.members = equivalent;
    team.memberNames = names.length > 0 ? names : homeMembers(ctx, name);
    team.bonusPerMember = clean(perMember);
    team.vetoed = vetoed;
    if (halved && !vetoed) team.halved = true;
    teams.push(team);
  }
  return teams;
}

/** Without a 人员 table: the authors whose latest row is the unit's. */
function homeMembers(ctx: SubjectContext, unit: string): string[] {
  const ps = ctx.rows.persons;
  return ps.names.filter((_, id) => ps.home[id] === unit).sort(compareNames);
}

export function judgePeople(ctx: SubjectContext, slots: Slot[], teams: SubjectResult[]): SubjectResult[] {
  const { units } = ctx;
  const ps = ctx.rows.persons;
  const teamOf = new Map(teams.map((t) => [t.subject, t]));
  const staffed = staffedUnits(ctx.people);
  const chiefOf = new Map<string, SubjectResult>();
  for (const team of teams) {
    const chief = text(units.defs.get(team.subject)?.chief);
    if (chief !== '') chiefOf.set(chief, team);
  }
  const people: SubjectResult[] = [];
  const order = ps.names.map((_, id) => id).sort((a, b) => compareNames(ps.names[a], ps.names[b]));
  for (const id of order) {
    const name = ps.names[id];
    const applicable = slots.filter((s) => personMatches(s.subject, ps.types[id]));
    if (applicable.length === 0) continue;
    const rs = applicable.map((slot) => ({
      slot,
      r: indicatorResult(slot, slot.values[id], slot.c.threshold, name, true, ctx),
    }));
    const home = ps.home[id];
    const person = assemble(name, 'person', home ? units.typeOf(home) : '', rs, 1, ctx.settings?.bonuses);
    // Not listed where the 人员 table lists the team's members: no member of it.
    const team = ps.listed[id] || !staffed.has(home) ? teamOf.get(home) : undefined;
    const chiefTeam = chiefOf.get(name);
    if (chiefTeam) {
      // 科室负责人: judged on their own tasks all the same; the reward is the team's alone (000 §三(四)4).
      person.leads = {
        unit: chiefTeam.subject,
        status: chiefTeam.status,
        ...(chiefTeam.vetoed ? { vetoed: true } : {}),
        ...(chiefTeam.halved ? { halved: true } : {}),
      };
      for (const award of Object.keys(person.bonuses)) person.bonuses[award] = 0;
    }
    person.teamBonus = (chiefTeam ?? team)?.bonusPerMember ?? 0;
    person.unit = home;
    people.push(person);
  }
  return people;
}
