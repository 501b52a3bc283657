// Which 指标 one ledger row counts toward (录入稿件's preview): each indicator in force whose filter the
// row passes and whose 对象 covers the row, with the weight it counts at (0.5 through a 折半标签).
//
// Decisions:
// - 对象 is matched as the evaluator matches it (subjects.ts): a unit's indicator by the type of the
//   row's unit, a team's by each credited author's 科室 (人员, else the row's unit), a person's by the
//   types of each credited author's units, 全部门 always.
// - An author not listed in 人员 is judged on the units of all their rows; the preview knows this row only.
// - The 对口处室's relay share is its own, not the row's: the preview names what the row's unit and
//   authors earn; a relayed row's recipient is its unit's (relay.ts unitRecipient), as the evaluator reads it.
// - A 去重 录用 task counts a piece once, at its earliest adoption that passes the task's filter (credit.ts
//   earlierAdoptions): a row whose piece an earlier adoption already counted toward the task does not name
//   it, nor its 折半; a later 省级 adoption of a piece first adopted at 市级 names the 省级 tasks. A unit's
//   (全部门's) task counts the piece once per bucket at its largest weight (accumulate.ts): there an earlier
//   adoption stands in the way in an earlier year, or in the row's bucket at no lower weight.
import { monthOf, yearOf } from '../dates';
import { levelRank } from '../levels';
import { departmentOf, unitRecipient } from '../relay';
import type { Day, Indicator, IndicatorSubject, LedgerRow, Rules, ScoredRow } from '../types';
import { bucketOfMonth, yearCalendar } from './calendar';
import { compileIndicator, type IndicatorPlan, indicatorPlans } from './compile';
import { peopleTable, text, UnitRegistry } from './rows';
import { personMatches, unitTypeMatches } from './subjects';

export interface RowIndicator {
  name: string; // 名称
  weight: number; // 1, or 0.5 for a half tag
}

/** A scored row and its ledger row. */
export interface RowPair {
  row: ScoredRow;
  ledgerRow: LedgerRow;
}

/** `earlier`: the piece's adoptions before this row (credit.ts earlierAdoptions), when it is one. */
export function indicatorsForRow(
  row: ScoredRow,
  ledgerRow: LedgerRow,
  rules: Rules,
  asOf: Day,
  earlier: RowPair[] = [],
): RowIndicator[] {
  const year = rules.settings.year;
  // Each indicator's version judging the row's month (quarter), as the evaluator judges it (compile.ts
  // indicatorPlans): a June row does not count toward a task that starts in July.
  const day = row.day ?? ledgerRow.submittedOn ?? asOf;
  const inForce = indicatorPlans(rules.indicators ?? [], yearCalendar(year, asOf))
    .map((plan) => versionFor(plan, year, day))
    .filter((ind) => ind !== null);
  const dept = departmentOf(rules);
  const view = viewOf(row, ledgerRow, dept);
  const earlierViews = earlier.map((e) => ({ view: viewOf(e.row, e.ledgerRow, dept), day: e.row.day }));
  const found: RowIndicator[] = [];
  const covers = coverage(row, ledgerRow, rules);
  for (const ind of inForce) {
    if (!ind.subject || !covers(ind.subject)) continue;
    const c = compileIndicator(ind, rules.outlets, dept);
    // A row of 0 points adds nothing to a 积分 indicator: it counts toward it in name only.
    const weight = c && !(c.metric === '积分' && !(row.points > 0)) ? c.weight(view) : 0;
    // 去重 录用: an earlier adoption the filter passes counted the piece already.
    if (c?.metric === '录用' && c.distinct) {
      const byBucket = ind.subject.kind !== 'person' && ind.subject.kind !== 'team';
      const inWay = earlierViews.some((e) => {
        const w = c.weight(e.view);
        if (w <= 0) return false;
        if (!byBucket || e.day === null || yearOf(e.day) < yearOf(day)) return true;
        const bucket = (x: Day) => bucketOfMonth(ind.window, monthOf(x) - 1);
        return yearOf(e.day) === yearOf(day) && bucket(e.day) === bucket(day) && w >= weight;
      });
      if (inWay) continue;
    }
    // One name for several subjects (乡镇街道 and 其他党工委) is one line for the person entering the row.
    if (weight > 0 && !found.some((f) => f.name === ind.name)) found.push({ name: ind.name, weight });
  }
  return found;
}

/** How a filter sees a row (compile.ts RowView), as the evaluator reads it (rows.ts). */
function viewOf(row: ScoredRow, ledgerRow: LedgerRow, dept: ReturnType<typeof departmentOf>) {
  return {
    levelRank: row.level ? levelRank(row.level) : -1,
    tags: Array.isArray(row.tags) ? row.tags : [],
    outlet: typeof row.outlet === 'string' ? row.outlet.trim() : '',
    kind: typeof ledgerRow.kind === 'string' ? ledgerRow.kind.trim() : '',
    // A relayed row is its unit's submission to the own department (or the office of it 报送对象 names).
    recipient: unitRecipient(
      {
        recipient: text(ledgerRow.recipient),
        relayOffice: text(ledgerRow.relayOffice),
        unit: text(ledgerRow.unit),
      },
      dept,
    ),
    mode: row.mode,
  };
}

/** Whether an indicator for `subject` takes this row: its unit's type, or its credited authors'. */
function coverage(
  row: ScoredRow,
  ledgerRow: LedgerRow,
  rules: Rules,
): (subject: IndicatorSubject) => boolean {
  const units = new UnitRegistry(rules.units);
  const people = peopleTable(rules);
  const unitType = units.typeOf(text(ledgerRow.unit));
  const authors = (Array.isArray(ledgerRow.authors) ? ledgerRow.authors : [])
    .map(text)
    .filter((name, k) => name !== '' && (row.credit?.[k] ?? 0) > 0);
  // Each author's 科室 type: the one 人员 lists them in, else the row's unit.
  const teamTypes = authors.map((name) => {
    const listed = people.get(name);
    return listed ? units.typeOf(text(listed.unit)) : unitType;
  });
  return (subject) => {
    switch (subject.kind) {
      case 'department':
        return true;
      case 'person':
        return teamTypes.some((t) => personMatches(subject, new Set([t])));
      case 'team':
        return (authors.length === 0 ? [unitType] : teamTypes).some((t) => unitTypeMatches(subject, t));
      default:
        return unitTypeMatches(subject, unitType);
    }
  };
}

/** The version of a plan judging the bucket holding `day`; null when none does; a day of another year: the current one. */
function versionFor(plan: IndicatorPlan, year: number, day: Day): Indicator | null {
  const n = plan.bucketVersion.length;
  if (yearOf(day) !== year) return plan.versions[plan.current];
  const window = n === 12 ? '每月' : n === 4 ? '每季' : '全年';
  const v = plan.bucketVersion[bucketOfMonth(window, monthOf(day) - 1)];
  return v < 0 ? null : plan.versions[v];
}
