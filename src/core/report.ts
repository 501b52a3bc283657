// 通报 and 领导看板 as plain data: the period ranking, people, issues, month series (RULES §7).
//
// Decisions (RULES leaves them open; they are fixed here):
// - A submission (报送) is a countable row that names a recipient, is a 报送 row, or was relayed by a
//   对口处室 (001 §三.9: the unit and the office both 计报送条数). Each piece (unit + title) counts once
//   per unit per period; the office counts each piece it relayed upward once (relay.ts: not a piece it
//   only received). Dated by 报送日期, else 录用日期; a piece sent again to the same recipient that year by its
//   first (submissionDays, resubmissions.ts). A 倒扣 row stays a submission (heldSubmission).
// - 零报送: no row at all in the period (RULES §8): neither a submission, nor an adoption, nor a piece
//   relayed as 对口处室.
// - 不得评先评优 (barred): the unit's 报送 task for the year missed (the indicators say so), not points.
// - Caps (封顶, cap.ts) limit what a unit earns per month or quarter, deductions (倒扣, negative 调整分)
//   taken in full after it; a shorter period gets its share of the cap in date order, so the months of a
//   quarter add up to the quarter.
// - No row of the ledger in the previous period → no previous figures (null), not a change from 0.
// - The ranking lists every unit of the 单位 table; a unit only the ledger names (a typo, a unit not yet
//   in the table) is listed in the periods where it has rows.
// - The people table credits adopted pieces (录用/综合) on the row that carries the piece's 计任务
//   (credit.ts): at most two authors, each piece once in the whole ledger (重复用稿不计任务); points are
//   every row's personal share, summed unrounded and rounded on the total.
import { capMonths, capOf, capSpan } from './cap';
import { yearOf } from './dates';
import { userError } from './errors';
import { evaluateIndicators, type IndicatorEvaluation } from './indicators';
import { LEVELS } from './levels';
import { compareNames } from './names';
import { periodRefusal, previousPeriodTo, samePeriodLastYear, yearPeriod } from './period';
import { collect, emptyLevels, type MonthAcc, type PeriodTotals, type PersonTotals } from './reportPass';
import { roundHalfUp } from './text';
import type {
  Day,
  MonthPoint,
  Period,
  PeriodSummary,
  PersonRow,
  RankGroup,
  ReportModel,
  Rules,
  ScoredLedger,
  UnitRankRow,
} from './types';

/** Units in table order, then any unit that only the ledger names (in order of appearance). */
function unitNames(ledgerUnits: string[], rules: Rules): string[] {
  const names = rules.units.map((u) => u.name);
  const seen = new Set(names);
  for (const name of ledgerUnits) if (name !== '' && !seen.has(name)) names.push(name);
  return names;
}

/** The rules a report judges with: 设置.年度 moved to the period's year (a 2023 通报 judges 2023). */
export function rulesForPeriod(rules: Rules, period: Period): Rules {
  const year = yearOf(period.to);
  return year === rules.settings.year ? rules : { ...rules, settings: { ...rules.settings, year } };
}

/** Indicators as a report of the period shows them: its year, judged at min(asOf, period end). */
export function periodIndicators(
  scored: ScoredLedger,
  rules: Rules,
  period: Period,
  asOf: Day,
): IndicatorEvaluation {
  return evaluateIndicators(scored, rulesForPeriod(rules, period), Math.min(asOf, period.to));
}

/**
 * Build the report model for a period; compliance is year to date as of min(asOf, period end).
 * `indicators` may be passed when the caller already evaluated them with periodIndicators.
 */
export function buildReport(
  scored: ScoredLedger,
  rules: Rules,
  period: Period,
  asOf: Day,
  indicators: IndicatorEvaluation = periodIndicators(scored, rules, period, asOf),
): ReportModel {
  // A range across two years has no one 累计 or 达标状态 (period.ts): refused, in every door.
  const refusal = periodRefusal(period);
  if (refusal) throw userError('usage', refusal, 'a report period may not span two years');
  const s = rules.settings;
  const year = yearOf(period.to);
  const unitType = new Map(rules.units.map((u) => [u.name, u.type]));
  const resultByUnit = new Map(indicators.units.map((u) => [u.subject, u]));

  // A snapshot inside the period (asOf before its end) counts rows up to asOf, as the indicators do.
  const counted: Period = asOf >= period.from && asOf < period.to ? { ...period, to: asOf } : period;
  const lastYear = samePeriodLastYear(counted);
  // 上期: the previous period; one counted to a day before its end compares the same part of the previous
  // period (period.ts previousPeriodTo; a year's is last year's same days, 去年同期), in the table as in the
  // text (notice.ts comparisons).
  const prevPeriod = previousPeriodTo(period, counted.to);
  // 累计 (ytd): the year to the period's end (or asOf), for the ranking's 累计 column.
  const all = collect(scored, rules, {
    period,
    counted,
    previous: prevPeriod,
    ytd: { ...yearPeriod(year), to: counted.to },
    lastYear,
    year,
    asOf,
  });
  const { cur, prev, ytd } = all;
  // The ranking is of the 单位 table's units; a row naming another unit is in 待核实, not ranked.
  const units = unitNames(all.units, rules).filter(
    (u) => unitType.has(u) || (unitType.size === 0 && cur.active.has(u)),
  );

  const rowsOut: UnitRankRow[] = units.map((unit) => {
    const lv = cur.byLevel.get(unit) ?? emptyLevels();
    const adoptions = LEVELS.reduce((a, l) => a + lv[l], 0);
    const points = cur.points.get(unit) ?? 0;
    const previousPoints = prev.anyRows ? (prev.points.get(unit) ?? 0) : null;
    const res = resultByUnit.get(unit);
    const submissions = cur.submissions.get(unit) ?? 0;
    const uncapped = cur.uncapped.get(unit);
    return {
      rank: 0,
      rankInType: 0,
      unit,
      unitType: unitType.get(unit) ?? res?.unitType ?? '',
      points,
      ...(uncapped !== undefined && uncapped !== points ? { uncappedPoints: uncapped } : {}),
      relayPoints: roundHalfUp(cur.relay.get(unit) ?? 0, s.decimals),
      adoptionsByLevel: lv,
      adoptions,
      submissions,
      previousPoints,
      ytdPoints: ytd.points.get(unit) ?? 0,
      change: previousPoints === null ? null : roundHalfUp(points - previousPoints, s.decimals),
      status: res?.status ?? '已达标',
      compliant: res?.compliant ?? true,
      indicators: res?.indicators ?? [],
      groups: res?.groups ?? [],
      first: false,
      last: false,
      zeroSubmissions: !cur.active.has(unit),
      barred: res?.barred ?? false,
    };
  });
  rowsOut.sort((a, b) => b.points - a.points || compareNames(a.unit, b.unit));
  rankIn(rowsOut, (r, rank) => {
    r.rank = rank;
  });
  const types: string[] = [];
  for (const r of rowsOut) if (!types.includes(r.unitType)) types.push(r.unitType);
  const tableOrder = new Map(rules.units.map((u, i) => [u.type, i]));
  types.sort((a, b) => (tableOrder.get(a) ?? 1e9) - (tableOrder.get(b) ?? 1e9));
  for (const t of types) {
    rankIn(
      rowsOut.filter((r) => r.unitType === t),
      (r, rank) => {
        r.rankInType = rank;
      },
    );
  }
  const rankingMode = s.rankingMode;
  const rankGroups = (rankingMode === '合并' ? [''] : types).map((type) =>
    markFirstLast(
      rowsOut.filter((r) => rankingMode === '合并' || r.unitType === type),
      type,
    ),
  );

  // One total everywhere: the ranking's column summed (relay shares included), its parts beside it.
  let unitPoints = 0;
  let unitRelay = 0;
  for (const r of rowsOut) {
    unitPoints += r.points;
    unitRelay += r.relayPoints;
  }
  const lastYearTotals = all.lastYear;
  const { months, unitMonths } = monthSeries(all.months, all.unitId, rules, units);
  // Last year's months by the same rule as this year's (relay shares, caps, ranked units): like with like.
  const lastYearMonths = monthSeries(all.lastYearMonths, all.unitId, rules, units).months.map(
    (m) => m.points,
  );

  return {
    period,
    previous: prevPeriod,
    asOf,
    preset: s.preset,
    year,
    units: rowsOut,
    people: peopleRows(all.people, rules, indicators.people),
    issues: all.issues,
    department: indicators.department,
    teams: indicators.teams,
    totals: {
      ...summary(cur, units, s.decimals),
      manuscriptPoints: roundHalfUp(unitPoints - unitRelay, s.decimals),
      relayPoints: roundHalfUp(unitRelay, s.decimals),
      rows: all.rowsInPeriod,
    },
    previousTotals: prev.anyRows ? summary(prev, units, s.decimals) : null,
    lastYear,
    lastYearTotals: lastYearTotals.anyRows ? summary(lastYearTotals, units, s.decimals) : null,
    rankingMode,
    decimals: s.decimals,
    rankGroups,
    lastYearMonths,
    months,
    unitMonths,
    zeroUnits: rowsOut.filter((r) => r.zeroSubmissions).map((r) => r.unit),
    penalties: all.penalties,
    lateRows: all.lateRows,
    cap: capOf(s) === null ? null : { points: capOf(s) as number, period: s.capPeriod },
  };
}

/** Equal points, equal rank; the next rank skips (1, 2, 2, 4). `rows` are sorted by points. */
function rankIn(rows: UnitRankRow[], set: (r: UnitRankRow, rank: number) => void): void {
  let rank = 0;
  rows.forEach((r, i) => {
    if (i === 0 || r.points !== rows[i - 1].points) rank = i + 1;
    set(r, rank);
  });
}

/** Units a 通报 names as 末 at most: more tied for last (a quiet month at 0) read as one sentence. */
export const MAX_NAMED_LAST = 3;

/**
 * 首末 within one ranked group (sorted by points): the best and the worst, ties included; nobody when
 * everyone is level; no 末 when more than three tie for last.
 */
function markFirstLast(rows: UnitRankRow[], type: string): RankGroup {
  const group: RankGroup = { type, units: rows.map((r) => r.unit), tiedLast: null };
  if (rows.length < 2 || rows[0].points === rows[rows.length - 1].points) return group;
  const top = rows[0].points;
  const bottom = rows[rows.length - 1].points;
  const tied = rows.filter((r) => r.points === bottom).length;
  if (tied > MAX_NAMED_LAST) group.tiedLast = { count: tied, points: bottom };
  for (const r of rows) {
    r.first = r.points === top;
    r.last = r.points === bottom && tied <= MAX_NAMED_LAST;
  }
  return group;
}

/**
 * A period's department figures from its per-unit totals: the ranked units' points, adoptions and own pieces
 * submitted summed (RULES §7 one total: a row of a unit outside the ranking is in no total).
 */
function summary(t: PeriodTotals, units: string[], decimals: number): PeriodSummary {
  const adoptionsByLevel = emptyLevels();
  let points = 0;
  let submissions = 0;
  for (const u of units) {
    points += t.points.get(u) ?? 0;
    submissions += t.ownSubmissions.get(u) ?? 0;
    const lv = t.byLevel.get(u);
    if (lv) for (const l of LEVELS) adoptionsByLevel[l] += lv[l];
  }
  return {
    points: roundHalfUp(points, decimals),
    adoptions: LEVELS.reduce((a, l) => a + adoptionsByLevel[l], 0),
    adoptionsByLevel,
    submissions,
  };
}

/**
 * Month by month for the year up to asOf: each unit's points after caps (relay shares in the month of
 * their row, as units[].points counts them), and the department's month = the ranked units' months
 * summed, so the month table adds up to the ranking's total. A piece counts as submitted once, in the
 * first month it was submitted, so the months add up to the year's 报送 (a piece once a period).
 */
function monthSeries(
  acc: MonthAcc,
  unitId: Map<string, number>,
  rules: Rules,
  units: string[],
): { months: MonthPoint[]; unitMonths: Record<string, number[]> } {
  const s = rules.settings;
  const submissions = acc.submissions();
  const months: MonthPoint[] = Array.from({ length: 12 }, (_, k) => ({
    month: k + 1,
    points: 0,
    adoptions: 0,
    submissions: 0,
  }));
  const cap = capOf(s);
  const unitMonths: Record<string, number[]> = {};
  const sums = new Float64Array(12);
  for (const u of units) {
    const id = unitId.get(u);
    if (id !== undefined)
      for (let m = 0; m < 12; m++) {
        months[m].adoptions += acc.adoptions[id * 12 + m];
        months[m].submissions += submissions[id * 12 + m];
      }
    const values =
      id === undefined
        ? new Array<number>(12).fill(0)
        : capMonths(
            acc.raw.slice(id * 12, id * 12 + 12),
            acc.deducted.slice(id * 12, id * 12 + 12),
            cap,
            capSpan(s.capPeriod),
          );
    unitMonths[u] = values.map((v) => roundHalfUp(v, s.decimals));
    for (let m = 0; m < 12; m++) sums[m] += unitMonths[u][m];
  }
  for (const m of months) m.points = roundHalfUp(sums[m.month - 1], s.decimals);
  return { months, unitMonths };
}

function peopleRows(rows: PersonTotals[], rules: Rules, results: IndicatorEvaluation['people']): PersonRow[] {
  const byPerson = new Map(results.map((r) => [r.subject, r]));
  const listed = new Map((rules.people ?? []).map((d) => [d.name, d.unit]));
  // Everyone judged for the year to the as-of day with no row in the period (人员 listed, or an author of an
  // earlier month: their tasks are yearly, sweep s25d F7) is listed all the same, at 0 for the period.
  const seen = new Set(rows.map((r) => r.name));
  for (const res of results) {
    const name = res.subject;
    if (seen.has(name)) continue;
    seen.add(name);
    const unit = listed.get(name) || res.unit || '';
    rows.push({ name, unit, day: 0, points: 0, credit: 0, rows: 0, adoptedRows: 0, homes: [] });
  }
  const out: PersonRow[] = rows.map((person) => {
    const name = person.name;
    const res = byPerson.get(name);
    const bonuses = res?.bonuses ?? {};
    let bonus = res?.teamBonus ?? 0;
    for (const v of Object.values(bonuses)) bonus += v;
    return {
      person: name,
      // An unlisted author's 科室 as the tasks judge it (their own rows', not a co-author's row elsewhere).
      unit: listed.get(name) || res?.unit || person.unit,
      credit: roundHalfUp(person.credit, 4),
      creditRounded: roundHalfUp(person.credit, 0),
      points: roundHalfUp(person.points, rules.settings.decimals),
      rows: person.rows,
      adoptedRows: person.adoptedRows,
      status: res?.status ?? null,
      compliant: res?.compliant ?? null,
      bonuses,
      bonus: roundHalfUp(bonus, 2),
      indicators: res?.indicators ?? [],
      leads: res?.leads ?? null,
    };
  });
  out.sort((a, b) => b.points - a.points || b.credit - a.credit || compareNames(a.person, b.person));
  return out;
}
