// 通报 and 领导看板 as plain data: the period ranking, people, issues, month series (RULES §7).
import { monthOf, quarterOf, yearOf } from './dates';
import { evaluateIndicators } from './indicators';
import { LEVELS } from './levels';
import { getOrInit } from './maps';
import { inPeriod, previousPeriod } from './period';
import { roundHalfUp } from './text';
import type {
  Day,
  IssueRow,
  Level,
  Period,
  PersonRow,
  ReportModel,
  Rules,
  ScoredLedger,
  Status,
  SubjectResult,
  UnitRankRow,
} from './types';

/** Units in table order, then any unit that only the ledger names (in order of appearance). */
export function unitNames(scored: ScoredLedger, rules: Rules): string[] {
  const names = rules.units.map((u) => u.name);
  const seen = new Set(names);
  for (const r of scored.ledger.rows) {
    for (const name of [r.unit, r.relayOffice]) {
      if (name !== '' && !seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }
  }
  return names;
}

/** A row is a submission (报送) when it names a recipient or is a 报送 row; dated by 报送日期. */
export function submissionDay(scored: ScoredLedger, i: number): Day | null {
  const src = scored.ledger.rows[i];
  if (src.recipient === '' && src.mode !== '报送') return null;
  return src.submittedOn ?? src.adoptedOn;
}

interface PeriodTotals {
  points: Map<string, number>;
  relay: Map<string, number>;
  byLevel: Map<string, Record<Level, number>>;
  submissions: Map<string, number>;
  /** Distinct pieces submitted, each once (a relayed piece is not counted again for the office). */
  ownSubmissions: number;
}

function emptyLevels(): Record<Level, number> {
  return { 区县级: 0, 市级: 0, 省级: 0, 中央级: 0 };
}

/** Per-unit figures for one period in one pass. Caps (封顶) apply per unit per month or quarter. */
export function periodTotals(scored: ScoredLedger, rules: Rules, period: Period): PeriodTotals {
  const s = rules.settings;
  const bucketOf = (day: Day) => `${yearOf(day)}-${s.capPeriod === '月' ? monthOf(day) : quarterOf(day)}`;
  const pointsByBucket = new Map<string, Map<string, number>>();
  const relay = new Map<string, number>();
  const byLevel = new Map<string, Record<Level, number>>();
  const submitted = new Map<string, Set<string>>();
  const add = (unit: string, day: Day, pts: number) => {
    const m = getOrInit(pointsByBucket, unit, () => new Map<string, number>());
    const b = bucketOf(day);
    m.set(b, (m.get(b) ?? 0) + pts);
  };
  let ownSubmissions = 0;
  const submit = (unit: string, key: string, own: boolean) => {
    const set = getOrInit(submitted, unit, () => new Set<string>());
    if (own && !set.has(key)) ownSubmissions++;
    set.add(key);
  };
  for (let i = 0; i < scored.rows.length; i++) {
    const r = scored.rows[i];
    const src = scored.ledger.rows[i];
    if (inPeriod(r.day, period)) {
      add(r.unit, r.day!, r.points);
      if (r.relayPoints !== 0) {
        add(src.relayOffice, r.day!, r.relayPoints);
        relay.set(src.relayOffice, (relay.get(src.relayOffice) ?? 0) + r.relayPoints);
      }
      if (r.countable && r.mode !== '报送' && r.level !== null) {
        getOrInit(byLevel, r.unit, emptyLevels)[r.level]++;
      }
    }
    if (src.blocked || r.duplicate) continue;
    const sd = submissionDay(scored, i);
    if (sd !== null && inPeriod(sd, period)) {
      const key = `${src.titleKey || `#${src.row}`}\u0000${src.recipient}`;
      submit(r.unit, key, true);
      if (src.relayOffice !== '' && src.relayOffice !== r.unit)
        submit(src.relayOffice, `${r.unit}\u0000${key}`, false);
    }
  }
  const points = new Map<string, number>();
  for (const [unit, buckets] of pointsByBucket) {
    let total = 0;
    for (const v of buckets.values()) total += s.capPoints !== null ? Math.min(v, s.capPoints) : v;
    points.set(unit, roundHalfUp(total, s.decimals));
  }
  const submissions = new Map<string, number>();
  for (const [unit, set] of submitted) submissions.set(unit, set.size);
  return { points, relay, byLevel, submissions, ownSubmissions };
}

const STATUS_ORDER: Status[] = ['未达标', '进度滞后', '进度正常', '已达标'];
export function worstStatus(statuses: Status[]): Status {
  let worst = 3;
  for (const s of statuses) worst = Math.min(worst, STATUS_ORDER.indexOf(s));
  return STATUS_ORDER[worst];
}

/** Build the report model for a period; compliance is year to date as of min(asOf, period end). */
export function buildReport(scored: ScoredLedger, rules: Rules, period: Period, asOf: Day): ReportModel {
  const s = rules.settings;
  const evalDay = Math.min(asOf, period.to);
  const year = yearOf(period.to);
  const yearRules: Rules = year === s.year ? rules : { ...rules, settings: { ...s, year } };
  const indicators = evaluateIndicators(scored, yearRules, evalDay);
  const units = unitNames(scored, rules);
  const unitType = new Map(rules.units.map((u) => [u.name, u.type]));
  const resultByUnit = new Map<string, SubjectResult>(indicators.units.map((u) => [u.subject, u]));

  const cur = periodTotals(scored, rules, period);
  const prevPeriod = previousPeriod(period);
  const prev = periodTotals(scored, rules, prevPeriod);

  const rowsOut: UnitRankRow[] = units.map((unit) => {
    const lv = cur.byLevel.get(unit) ?? emptyLevels();
    const adoptions = LEVELS.reduce((a, l) => a + lv[l], 0);
    const points = cur.points.get(unit) ?? 0;
    const previousPoints = prev.points.get(unit) ?? 0;
    const res = resultByUnit.get(unit);
    const submissions = cur.submissions.get(unit) ?? 0;
    return {
      rank: 0,
      unit,
      unitType: unitType.get(unit) ?? res?.unitType ?? '',
      points,
      relayPoints: roundHalfUp(cur.relay.get(unit) ?? 0, s.decimals),
      adoptionsByLevel: lv,
      adoptions,
      submissions,
      previousPoints,
      change: roundHalfUp(points - previousPoints, s.decimals),
      status: res?.status ?? '已达标',
      compliant: res?.compliant ?? true,
      indicators: res?.indicators ?? [],
      groups: res?.groups ?? [],
      first: false,
      last: false,
      zeroSubmissions: submissions === 0 && adoptions === 0,
    };
  });
  rowsOut.sort((a, b) => b.points - a.points || a.unit.localeCompare(b.unit, 'zh'));
  rowsOut.forEach((r, i) => {
    r.rank = i > 0 && r.points === rowsOut[i - 1].points ? rowsOut[i - 1].rank : i + 1;
  });
  if (rowsOut.length > 1 && rowsOut[0].points !== rowsOut[rowsOut.length - 1].points) {
    const top = rowsOut[0].points;
    const bottom = rowsOut[rowsOut.length - 1].points;
    for (const r of rowsOut) {
      r.first = r.points === top;
      r.last = r.points === bottom;
    }
  }

  const people = peopleRows(scored, rules, period, indicators.people);
  const issues: IssueRow[] = [];
  let totalPoints = 0;
  let totalAdoptions = 0;
  let rowsInPeriod = 0;
  const lateRows: number[] = [];
  for (let i = 0; i < scored.rows.length; i++) {
    const r = scored.rows[i];
    const src = scored.ledger.rows[i];
    const inP = inPeriod(r.day, period);
    if (inP) {
      rowsInPeriod++;
      totalPoints += r.points;
      if (r.countable && r.mode !== '报送') totalAdoptions++;
    }
    if (r.issues.length > 0 && (inP || r.day === null)) {
      issues.push({ row: r.row, unit: r.unit, title: src.title, issues: r.issues });
      if (inP && r.issues.some((t) => t.startsWith('迟报'))) lateRows.push(r.row);
    }
  }
  const months = Array.from({ length: 12 }, (_, k) => ({
    month: k + 1,
    points: 0,
    adoptions: 0,
    submissions: 0,
  }));
  const unitMonths: Record<string, number[]> = {};
  for (const u of units) unitMonths[u] = new Array(12).fill(0);
  for (let i = 0; i < scored.rows.length; i++) {
    const r = scored.rows[i];
    if (r.day !== null && yearOf(r.day) === year && r.day <= asOf) {
      const m = monthOf(r.day) - 1;
      months[m].points += r.points;
      if (r.countable && r.mode !== '报送') months[m].adoptions++;
      if (unitMonths[r.unit]) unitMonths[r.unit][m] += r.points;
      const office = scored.ledger.rows[i].relayOffice;
      if (r.relayPoints !== 0 && unitMonths[office]) unitMonths[office][m] += r.relayPoints;
    }
    const sd = scored.ledger.rows[i].blocked || r.duplicate ? null : submissionDay(scored, i);
    if (sd !== null && yearOf(sd) === year && sd <= asOf) months[monthOf(sd) - 1].submissions++;
  }
  for (const m of months) m.points = roundHalfUp(m.points, s.decimals);
  for (const u of units) unitMonths[u] = unitMonths[u].map((v) => roundHalfUp(v, s.decimals));

  return {
    period,
    previous: prevPeriod,
    asOf,
    preset: s.preset,
    year,
    units: rowsOut,
    people,
    issues,
    department: indicators.department,
    teams: indicators.teams,
    totals: {
      points: roundHalfUp(totalPoints, s.decimals),
      adoptions: totalAdoptions,
      submissions: cur.ownSubmissions,
      rows: rowsInPeriod,
    },
    months,
    unitMonths,
    zeroUnits: rowsOut.filter((r) => r.zeroSubmissions).map((r) => r.unit),
    lateRows,
  };
}

function peopleRows(
  scored: ScoredLedger,
  rules: Rules,
  period: Period,
  results: SubjectResult[],
): PersonRow[] {
  const acc = new Map<string, { unit: string; day: Day; credit: number; points: number }>();
  for (let i = 0; i < scored.rows.length; i++) {
    const r = scored.rows[i];
    if (!inPeriod(r.day, period)) continue;
    const authors = scored.ledger.rows[i].authors;
    for (let a = 0; a < authors.length; a++) {
      const name = authors[a];
      const p = getOrInit(acc, name, () => ({ unit: r.unit, day: r.day!, credit: 0, points: 0 }));
      if (r.day! > p.day || (r.day === p.day && r.unit < p.unit)) {
        p.unit = r.unit;
        p.day = r.day!;
      }
      p.credit += r.credit[a] ?? 0;
      p.points += r.personPoints[a] ?? 0;
    }
  }
  const byPerson = new Map(results.map((r) => [r.subject, r]));
  const out: PersonRow[] = [...acc.entries()].map(([person, p]) => {
    const res = byPerson.get(person);
    return {
      person,
      unit: p.unit,
      credit: roundHalfUp(p.credit, 4),
      creditRounded: roundHalfUp(p.credit, 0),
      points: roundHalfUp(p.points, rules.settings.decimals),
      status: res?.status ?? null,
      compliant: res?.compliant ?? null,
      bonuses: res?.bonuses ?? {},
    };
  });
  out.sort((a, b) => b.points - a.points || b.credit - a.credit || a.person.localeCompare(b.person, 'zh'));
  return out;
}
