// 通报 and 领导看板 as plain data: the period ranking, people, issues, month series (RULES §7).
//
// Decisions (RULES leaves them open; they are fixed here):
// - A submission (报送) is a countable row that names a recipient, is a 报送 row, or was relayed by a
//   对口处室 (001 §三.9: the unit and the office both 计报送条数). Each piece (unit + title) counts once
//   per unit per period; the office counts each piece it relayed upward once (relay.ts: not a piece it
//   only received). Dated by 报送日期, else 录用日期.
// - 零报送: no row at all in the period (RULES §8): neither a submission, nor an adoption, nor a piece
//   relayed as 对口处室.
// - 不得评先评优 (barred): the unit's 报送 task for the year missed (the indicators say so), not points.
// - Caps (封顶, cap.ts) limit a unit's points per month or quarter; a shorter period gets its share of the
//   cap in date order, so the months of a quarter add up to the quarter.
// - No row of the ledger in the previous period → no previous figures (null), not a change from 0.
// - The ranking lists every unit of the 单位 table; a unit only the ledger names (a typo, a unit not yet
//   in the table) is listed in the periods where it has rows.
// - The people table credits adopted pieces (录用/综合) on the row that carries the piece's 计任务
//   (credit.ts): at most two authors, each piece once in the whole ledger (重复用稿不计任务); points are
//   every row's personal share, summed unrounded and rounded on the total.
import { capMonths, cappedSlice, capSpan } from './cap';
import { creditedRows } from './credit';
import { dayFromYmd, monthOf, quarterOf, yearOf } from './dates';
import { evaluateIndicators, type IndicatorEvaluation } from './indicators';
import { LEVELS } from './levels';
import { interner } from './maps';
import { compareNames } from './names';
import { inPeriod, previousPeriod, samePeriodLastYear, yearPeriod } from './period';
import { officeRecipient, relayOfficeOf } from './relay';
import { roundHalfUp } from './text';
import type {
  Day,
  IssueRow,
  Level,
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
export function unitNames(scored: ScoredLedger, rules: Rules): string[] {
  const names = rules.units.map((u) => u.name);
  const seen = new Set(names);
  const see = (name: string) => {
    if (name !== '' && !seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  };
  for (const r of scored.ledger.rows) {
    see(r.unit);
    if (r.relayOffice !== '') see(r.relayOffice);
  }
  return names;
}

/** The relaying office (对口处室) of row i, when it is not the unit itself; else ''. */
function relayOf(scored: ScoredLedger, i: number): string {
  return relayOfficeOf(scored.ledger.rows[i]);
}

/**
 * The day row i counts as a submission (报送), or null when it is none: it names a recipient, is a
 * 报送 row, or was relayed by a 对口处室. Dated by 报送日期, else 录用日期. Whether it counts is the
 * caller's: only countable rows do.
 */
export function submissionDay(scored: ScoredLedger, i: number): Day | null {
  const src = scored.ledger.rows[i];
  if (src.recipient === '' && src.mode !== '报送' && relayOf(scored, i) === '') return null;
  return src.submittedOn ?? src.adoptedOn;
}

/** What one scored ledger needs for every period: unit ids, piece ids and submission days, once. */
interface Prepared {
  unitId: Map<string, number>;
  units: string[];
  rowUnit: Int32Array;
  rowOffice: Int32Array; // -1 when not relayed
  rowPiece: Int32Array; // piece (unit + title key) id; an untitled row is a piece of its own
  rowSubmit: Float64Array; // submission day of a countable submission, NaN when none
  rowOfficeSubmits: Uint8Array; // the 对口处室 relayed the piece upward: a submission of the office too
  pieces: number;
  credited: Uint8Array; // the row carries its piece's 计任务 (credit.ts)
}

function prepare(scored: ScoredLedger): Prepared {
  const n = scored.rows.length;
  const { id: idOf, ids: unitId, names: units } = interner();
  const rowUnit = new Int32Array(n);
  const rowOffice = new Int32Array(n).fill(-1);
  const rowPiece = new Int32Array(n);
  const rowSubmit = new Float64Array(n).fill(Number.NaN);
  const rowOfficeSubmits = new Uint8Array(n);
  const pieceIds: Map<string, number>[] = []; // by unit id: title key → piece id
  let pieces = 0;
  for (let i = 0; i < n; i++) {
    const r = scored.rows[i];
    const src = scored.ledger.rows[i];
    const unit = idOf(r.unit);
    rowUnit[i] = unit;
    const office = relayOf(scored, i);
    if (office !== '') {
      rowOffice[i] = idOf(office);
      if (officeRecipient(src, r.level) !== '') rowOfficeSubmits[i] = 1;
    }
    if (src.titleKey === '') rowPiece[i] = pieces++;
    else {
      let ids = pieceIds[unit];
      if (!ids) {
        ids = new Map();
        pieceIds[unit] = ids;
      }
      let p = ids.get(src.titleKey);
      if (p === undefined) {
        p = pieces++;
        ids.set(src.titleKey, p);
      }
      rowPiece[i] = p;
    }
    if (r.countable) {
      const sd = submissionDay(scored, i);
      if (sd !== null) rowSubmit[i] = sd;
    }
  }
  const credited = creditedRows(scored, { rowPiece, pieces });
  return { unitId, units, rowUnit, rowOffice, rowPiece, rowSubmit, rowOfficeSubmits, pieces, credited };
}

export interface PeriodTotals {
  /** Points after caps, relay shares received included. */
  points: Map<string, number>;
  relay: Map<string, number>;
  byLevel: Map<string, Record<Level, number>>;
  submissions: Map<string, number>;
  /** Distinct pieces submitted, each once (a relayed piece is not counted again for the office). */
  ownSubmissions: number;
  /** Units with any row (points, relay or submission) dated in the period. */
  active: Set<string>;
  /** True when any row of the ledger is dated in the period. */
  anyRows: boolean;
}

function emptyLevels(): Record<Level, number> {
  return { 区县级: 0, 市级: 0, 省级: 0, 中央级: 0 };
}

/** Cap bucket (封顶周期) of a day as a number that grows with the day: year × 12 + month, or × 4 + quarter. */
function capBucket(day: Day, perMonth: boolean): number {
  return perMonth ? yearOf(day) * 12 + monthOf(day) - 1 : yearOf(day) * 4 + quarterOf(day) - 1;
}

/** Per-unit figures for one period in one pass. Caps (封顶) apply per unit per month or quarter. */
export function periodTotals(
  scored: ScoredLedger,
  rules: Rules,
  period: Period,
  p: Prepared = prepare(scored),
): PeriodTotals {
  const s = rules.settings;
  const nUnits = p.units.length;
  const cap = s.capPoints !== null && Number.isFinite(s.capPoints) ? s.capPoints : null;
  const perMonth = s.capPeriod === '月';
  const firstBucket = capBucket(period.from, perMonth);
  const raw = new Float64Array(nUnits);
  const relay = new Float64Array(nUnits);
  // With a cap: per unit and cap bucket, the points up to the period's end and those before its start.
  const through = new Map<number, number>();
  const before = new Map<number, number>();
  const levels: (Record<Level, number> | undefined)[] = new Array(nUnits);
  const submissions = new Int32Array(nUnits);
  const active = new Uint8Array(nUnits);
  const seen = new Set<number>();
  let ownSubmissions = 0;
  let anyRows = false;

  const credit = (unit: number, day: Day, pts: number) => {
    if (cap === null) {
      if (day >= period.from) raw[unit] += pts;
      return;
    }
    const key = unit * 1_000_000 + (capBucket(day, perMonth) - firstBucket);
    through.set(key, (through.get(key) ?? 0) + pts);
    if (day < period.from) before.set(key, (before.get(key) ?? 0) + pts);
  };
  const rowDay = (i: number) => {
    const src = scored.ledger.rows[i];
    return scored.rows[i].day ?? src.submittedOn ?? src.adoptedOn;
  };

  for (let i = 0; i < scored.rows.length; i++) {
    const r = scored.rows[i];
    const day = r.day;
    const unit = p.rowUnit[i];
    const office = p.rowOffice[i];
    if (day !== null && day <= period.to) {
      const inside = day >= period.from;
      // Rows before the period matter only for a cap bucket the period starts inside.
      if (inside || (cap !== null && capBucket(day, perMonth) >= firstBucket)) {
        credit(unit, day, r.points);
        if (office >= 0 && r.relayPoints !== 0) credit(office, day, r.relayPoints);
      }
      if (inside) {
        anyRows = true;
        active[unit] = 1;
        if (office >= 0) active[office] = 1; // relayed a piece: activity of the office (not 零报送)
        if (office >= 0 && r.relayPoints !== 0) relay[office] += r.relayPoints;
        if (r.countable && r.mode !== '报送' && r.level !== null) {
          let lv = levels[unit];
          if (!lv) {
            lv = emptyLevels();
            levels[unit] = lv;
          }
          lv[r.level]++;
        }
      }
    }
    // Any row dated in the period is activity (零报送 means no row at all), whatever it counts for.
    const any = rowDay(i);
    if (any !== null && any >= period.from && any <= period.to) {
      anyRows = true;
      active[unit] = 1;
      if (office >= 0) active[office] = 1;
    }
    const sd = p.rowSubmit[i];
    if (sd >= period.from && sd <= period.to) {
      anyRows = true;
      active[unit] = 1;
      const piece = p.rowPiece[i];
      if (!seen.has(piece)) {
        seen.add(piece);
        submissions[unit]++;
        ownSubmissions++;
      }
      if (office >= 0) active[office] = 1;
      if (office >= 0 && p.rowOfficeSubmits[i] === 1) {
        const key = p.pieces * (office + 1) + piece; // the office's copy of the piece
        if (!seen.has(key)) {
          seen.add(key);
          submissions[office]++;
        }
      }
    }
  }

  if (cap !== null) {
    for (const [key, v] of through)
      raw[Math.floor(key / 1_000_000)] += cappedSlice(before.get(key) ?? 0, v, cap);
  }
  const out: PeriodTotals = {
    points: new Map(),
    relay: new Map(),
    byLevel: new Map(),
    submissions: new Map(),
    ownSubmissions,
    active: new Set(),
    anyRows,
  };
  for (let u = 0; u < nUnits; u++) {
    const name = p.units[u];
    if (raw[u] !== 0) out.points.set(name, roundHalfUp(raw[u], s.decimals));
    if (relay[u] !== 0) out.relay.set(name, relay[u]);
    const lv = levels[u];
    if (lv) out.byLevel.set(name, lv);
    if (submissions[u] !== 0) out.submissions.set(name, submissions[u]);
    if (active[u]) out.active.add(name);
  }
  return out;
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
  const s = rules.settings;
  const year = yearOf(period.to);
  const unitType = new Map(rules.units.map((u) => [u.name, u.type]));
  const resultByUnit = new Map(indicators.units.map((u) => [u.subject, u]));

  const prep = prepare(scored);
  // A snapshot inside the period (asOf before its end) counts rows up to asOf, as the indicators do.
  const counted: Period = asOf >= period.from && asOf < period.to ? { ...period, to: asOf } : period;
  const cur = periodTotals(scored, rules, counted, prep);
  const prevPeriod = previousPeriod(period);
  const prev = periodTotals(scored, rules, prevPeriod, prep);
  // The ranking is of the 单位 table's units; a row naming another unit is in 待核实, not ranked.
  const units = unitNames(scored, rules).filter(
    (u) => unitType.has(u) || (unitType.size === 0 && cur.active.has(u)),
  );

  // 累计: the year to the period's end (or asOf), for the ranking's 累计 column.
  const ytd = periodTotals(scored, rules, { ...yearPeriod(year), to: counted.to }, prep);

  const rowsOut: UnitRankRow[] = units.map((unit) => {
    const lv = cur.byLevel.get(unit) ?? emptyLevels();
    const adoptions = LEVELS.reduce((a, l) => a + lv[l], 0);
    const points = cur.points.get(unit) ?? 0;
    const previousPoints = prev.anyRows ? (prev.points.get(unit) ?? 0) : null;
    const res = resultByUnit.get(unit);
    const submissions = cur.submissions.get(unit) ?? 0;
    return {
      rank: 0,
      rankInType: 0,
      unit,
      unitType: unitType.get(unit) ?? res?.unitType ?? '',
      points,
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

  const issues: IssueRow[] = [];
  let totalAdoptions = 0;
  // One total everywhere: the ranking's column summed (relay shares included), its parts beside it.
  let unitPoints = 0;
  let unitRelay = 0;
  for (const r of rowsOut) {
    unitPoints += r.points;
    unitRelay += r.relayPoints;
  }
  const lastYear = samePeriodLastYear(counted);
  const lastYearTotals = periodTotals(scored, rules, lastYear, prep);
  let rowsInPeriod = 0;
  const lateRows: number[] = [];
  const penalties: ReportModel['penalties'] = [];
  for (let i = 0; i < scored.rows.length; i++) {
    const r = scored.rows[i];
    const inP = inPeriod(r.day, period);
    if (inPeriod(r.day, counted)) {
      rowsInPeriod++;
      if (r.countable && r.mode !== '报送') totalAdoptions++;
      const src = scored.ledger.rows[i];
      if (src.verdict === '倒扣' && r.points < 0) {
        penalties.push({ unit: r.unit, title: src.title, points: r.points, reason: src.note });
      }
    }
    // Undated rows belong to no period: every 通报 lists them until they are fixed.
    if (r.issues.length > 0 && (inP || r.day === null)) {
      issues.push({ row: r.row, unit: r.unit, title: scored.ledger.rows[i].title, issues: r.issues });
      if (inP && r.issues.some((t) => t.startsWith('迟报'))) lateRows.push(r.row);
    }
  }
  const { months, unitMonths } = monthSeries(scored, rules, prep, year, asOf, units);

  return {
    period,
    previous: prevPeriod,
    asOf,
    preset: s.preset,
    year,
    units: rowsOut,
    people: peopleRows(scored, rules, prep, counted, indicators.people),
    issues,
    department: indicators.department,
    teams: indicators.teams,
    totals: {
      ...summary(cur, units, s.decimals),
      manuscriptPoints: roundHalfUp(unitPoints - unitRelay, s.decimals),
      relayPoints: roundHalfUp(unitRelay, s.decimals),
      adoptions: totalAdoptions,
      rows: rowsInPeriod,
    },
    previousTotals: prev.anyRows ? summary(prev, units, s.decimals) : null,
    lastYear,
    lastYearTotals: lastYearTotals.anyRows ? summary(lastYearTotals, units, s.decimals) : null,
    rankingMode,
    rankGroups,
    // The same rule as this year's months (relay shares, caps, ranked units), so the chart compares like with like.
    lastYearMonths: monthSeries(
      scored,
      rules,
      prep,
      year - 1,
      dayFromYmd(year - 1, 12, 31),
      units,
    ).months.map((m) => m.points),
    months,
    unitMonths,
    zeroUnits: rowsOut.filter((r) => r.zeroSubmissions).map((r) => r.unit),
    penalties,
    lateRows,
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

/** A period's department figures from its per-unit totals: the ranked units' points summed. */
function summary(t: PeriodTotals, units: string[], decimals: number): PeriodSummary {
  const adoptionsByLevel = emptyLevels();
  let points = 0;
  for (const u of units) {
    points += t.points.get(u) ?? 0;
    const lv = t.byLevel.get(u);
    if (lv) for (const l of LEVELS) adoptionsByLevel[l] += lv[l];
  }
  return {
    points: roundHalfUp(points, decimals),
    adoptions: LEVELS.reduce((a, l) => a + adoptionsByLevel[l], 0),
    adoptionsByLevel,
    submissions: t.ownSubmissions,
  };
}

/**
 * Month by month for the year up to asOf: each unit's points after caps (relay shares in the month of
 * their row, as units[].points counts them), and the department's month = the ranked units' months
 * summed, so the month table adds up to the ranking's total. A piece counts as submitted once, in the
 * first month it was submitted, so the months add up to the year's 报送 (a piece once a period).
 */
function monthSeries(
  scored: ScoredLedger,
  rules: Rules,
  p: Prepared,
  year: number,
  asOf: Day,
  units: string[],
): { months: MonthPoint[]; unitMonths: Record<string, number[]> } {
  const s = rules.settings;
  const months: MonthPoint[] = Array.from({ length: 12 }, (_, k) => ({
    month: k + 1,
    points: 0,
    adoptions: 0,
    submissions: 0,
  }));
  const raw = p.units.map(() => new Float64Array(12));
  const firstSubmitted = new Map<number, number>(); // piece → its first month submitted this year
  for (let i = 0; i < scored.rows.length; i++) {
    const r = scored.rows[i];
    if (r.day !== null && r.day <= asOf && yearOf(r.day) === year) {
      const m = monthOf(r.day) - 1;
      if (r.countable && r.mode !== '报送') months[m].adoptions++;
      raw[p.rowUnit[i]][m] += r.points;
      if (p.rowOffice[i] >= 0) raw[p.rowOffice[i]][m] += r.relayPoints;
    }
    const sd = p.rowSubmit[i];
    if (sd <= asOf && yearOf(sd) === year) {
      const m = monthOf(sd) - 1;
      const piece = p.rowPiece[i];
      if (m < (firstSubmitted.get(piece) ?? 12)) firstSubmitted.set(piece, m);
    }
  }
  for (const m of firstSubmitted.values()) months[m].submissions++;
  const cap = s.capPoints !== null && Number.isFinite(s.capPoints) ? s.capPoints : null;
  const unitMonths: Record<string, number[]> = {};
  const sums = new Float64Array(12);
  for (const u of units) {
    const id = p.unitId.get(u);
    const values =
      id === undefined ? new Array<number>(12).fill(0) : capMonths(raw[id], cap, capSpan(s.capPeriod));
    unitMonths[u] = values.map((v) => roundHalfUp(v, s.decimals));
    for (let m = 0; m < 12; m++) sums[m] += unitMonths[u][m];
  }
  for (const m of months) m.points = roundHalfUp(sums[m.month - 1], s.decimals);
  return { months, unitMonths };
}

function peopleRows(
  scored: ScoredLedger,
  rules: Rules,
  p: Prepared,
  period: Period,
  results: IndicatorEvaluation['people'],
): PersonRow[] {
  const acc = new Map<string, { unit: string; day: Day; points: number; pieces: Map<number, number> }>();
  const credited = p.credited;
  for (let i = 0; i < scored.rows.length; i++) {
    const r = scored.rows[i];
    if (!inPeriod(r.day, period)) continue;
    const authors = scored.ledger.rows[i].authors;
    // 重复用稿不计任务 over the whole ledger: only the row carrying the piece's 计任务 credits it.
    const adopted = r.countable && r.mode !== '报送' && credited[i] === 1;
    for (let a = 0; a < authors.length; a++) {
      const name = authors[a];
      let person = acc.get(name);
      if (!person) {
        person = { unit: r.unit, day: r.day!, points: 0, pieces: new Map() };
        acc.set(name, person);
      }
      if (r.day! > person.day || (r.day === person.day && r.unit < person.unit)) {
        person.unit = r.unit;
        person.day = r.day!;
      }
      person.points += r.personPoints[a] ?? 0;
      const share = r.credit[a] ?? 0;
      // 重复用稿不计任务: a piece adopted again adds no credit; the larger share counts.
      if (adopted && share > 0) {
        const piece = p.rowPiece[i];
        if (share > (person.pieces.get(piece) ?? 0)) person.pieces.set(piece, share);
      }
    }
  }
  const byPerson = new Map(results.map((r) => [r.subject, r]));
  const listed = new Map((rules.people ?? []).map((d) => [d.name, d.unit]));
  // 人员 listed with no row in the period: judged all the same (tasks unmet, a chief's team bonus), so listed.
  for (const [name, unit] of listed) {
    if (!acc.has(name) && byPerson.has(name)) acc.set(name, { unit, day: 0, points: 0, pieces: new Map() });
  }
  const out: PersonRow[] = [...acc.entries()].map(([name, person]) => {
    let credit = 0;
    for (const share of person.pieces.values()) credit += share;
    const res = byPerson.get(name);
    const bonuses = res?.bonuses ?? {};
    let bonus = res?.teamBonus ?? 0;
    for (const v of Object.values(bonuses)) bonus += v;
    return {
      person: name,
      unit: listed.get(name) || person.unit,
      credit: roundHalfUp(credit, 4),
      creditRounded: roundHalfUp(credit, 0),
      points: roundHalfUp(person.points, rules.settings.decimals),
      status: res?.status ?? null,
      compliant: res?.compliant ?? null,
      bonuses,
      bonus: roundHalfUp(bonus, 2),
      indicators: res?.indicators ?? [],
    };
  });
  out.sort((a, b) => b.points - a.points || b.credit - a.credit || compareNames(a.person, b.person));
  return out;
}
