// One pass over a scored ledger for a 通报: every period it compares (this period, the previous one, the
// year to date, the same period last year), both years' months, the people table and the issue list fed
// row by row into per-unit accumulators (units as integer ids). Each sum still adds the rows in ledger
// order, so every figure is the one a pass per period gave.
import { cappedSlice } from './cap';
import { creditedRows, pieceIds } from './credit';
import { dayFromYmd, monthOf, yearOf } from './dates';
import { LEVELS } from './levels';
import { officeRecipient, relayOfficeOf } from './relay';
import { SUBMITTED, scoredColumns } from './scoredColumns';
import { roundHalfUp } from './text';
import type { Day, IssueRow, Level, Period, ReportModel, Rules, ScoredLedger } from './types';

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

export function emptyLevels(): Record<Level, number> {
  return { 区县级: 0, 市级: 0, 省级: 0, 中央级: 0 };
}

// The credit list read for a row that credits no 计任务 (never read past its length).
const NO_CREDIT: readonly number[] = [];

/** The row being fed to the accumulators (one object, refilled per row: no allocation per row). */
interface RowView {
  /** The row's day; NaN when none (every comparison with it is false). */
  day: number;
  /** year × 12 + month − 1 of day. */
  month: number;
  /** The row's own day, else 报送日期, else 录用日期: activity (零报送 means no row at all); NaN when none. */
  any: number;
  /** Submission (报送) day of a countable row, NaN when none; submitMonth its month key. */
  submit: number;
  submitMonth: number;
  unit: number;
  /** The relaying 对口处室, -1 when not relayed; officeSubmits: it relayed the piece upward (a submission of its own). */
  office: number;
  officeSubmits: boolean;
  points: number;
  relay: number;
  /** Countable and not a 报送 row; level: LEVELS index of such a row with a level, else -1. */
  adoption: boolean;
  level: number;
  piece: number;
}

/** Cap bucket (封顶周期) of a month key (year × 12 + month − 1): the month, or year × 4 + quarter − 1. */
function capBucket(month: number, perMonth: boolean): number {
  return perMonth ? month : Math.floor(month / 3);
}

function monthKey(day: Day): number {
  return yearOf(day) * 12 + monthOf(day) - 1;
}

/** monthKey, read from a table for the days of a year and the year before (most rows of a 通报). */
function monthKeys(year: number): (day: Day) => number {
  const start = dayFromYmd(year - 1, 1, 1);
  const table = new Int32Array(dayFromYmd(year, 12, 31) - start + 1);
  for (let d = 0; d < table.length; d++) table[d] = monthKey(start + d);
  return (day) => table[day - start] ?? monthKey(day); // a day outside (or not whole) is worked out
}

/** Per-unit figures for one period, fed row by row. Caps (封顶) apply per unit per month or quarter. */
interface PeriodAcc {
  from: Day;
  to: Day;
  /** Room for units 0 … units − 1. */
  grow(units: number): void;
  add(v: RowView): void;
  totals(units: string[], decimals: number): PeriodTotals;
}

function periodAcc(period: Period, rules: Rules, pieces: number): PeriodAcc {
  const s = rules.settings;
  const { from, to } = period;
  const cap = s.capPoints !== null && Number.isFinite(s.capPoints) ? s.capPoints : null;
  const perMonth = s.capPeriod === '月';
  const firstBucket = capBucket(monthKey(from), perMonth);
  const raw: number[] = [];
  const relay: number[] = [];
  const levels: number[] = []; // unit × 4 + level
  const hasLevels: number[] = [];
  const submissions: number[] = [];
  const active: number[] = [];
  // With a cap: per unit and cap bucket, the points up to the period's end and those before its start.
  const through = new Map<number, number>();
  const before = new Map<number, number>();
  const seenPiece = new Uint8Array(pieces); // pieces counted as submitted in the period
  const seen = new Set<number>(); // … and the offices' copies of relayed pieces
  let ownSubmissions = 0;
  let anyRows = false;

  const credit = (unit: number, v: RowView, pts: number) => {
    if (cap === null) {
      if (v.day >= from) raw[unit] += pts;
      return;
    }
    const key = unit * 1_000_000 + (capBucket(v.month, perMonth) - firstBucket);
    through.set(key, (through.get(key) ?? 0) + pts);
    if (v.day < from) before.set(key, (before.get(key) ?? 0) + pts);
  };

  return {
    from,
    to,
    grow(units) {
      for (let u = raw.length; u < units; u++) {
        raw.push(0);
        relay.push(0);
        hasLevels.push(0);
        submissions.push(0);
        active.push(0);
        levels.push(0, 0, 0, 0);
      }
    },
    add(v) {
      const { unit, office, day } = v;
      if (day <= to) {
        const inside = day >= from;
        // Rows before the period matter only for a cap bucket the period starts inside.
        if (inside || (cap !== null && capBucket(v.month, perMonth) >= firstBucket)) {
          credit(unit, v, v.points);
          if (office >= 0 && v.relay !== 0) credit(office, v, v.relay);
        }
        if (inside) {
          anyRows = true;
          active[unit] = 1;
          if (office >= 0) {
            active[office] = 1; // relayed a piece: activity of the office (not 零报送)
            if (v.relay !== 0) relay[office] += v.relay;
          }
          if (v.level >= 0) {
            hasLevels[unit] = 1;
            levels[unit * 4 + v.level]++;
          }
        }
      }
      if (v.any >= from && v.any <= to) {
        anyRows = true;
        active[unit] = 1;
        if (office >= 0) active[office] = 1;
      }
      const sd = v.submit;
      if (sd >= from && sd <= to) {
        anyRows = true;
        active[unit] = 1;
        if (seenPiece[v.piece] === 0) {
          seenPiece[v.piece] = 1;
          submissions[unit]++;
          ownSubmissions++;
        }
        if (office >= 0) {
          active[office] = 1;
          const key = pieces * (office + 1) + v.piece; // the office's copy of the piece
          if (v.officeSubmits && !seen.has(key)) {
            seen.add(key);
            submissions[office]++;
          }
        }
      }
    },
    totals(units, decimals) {
      for (const [key, v] of through)
        raw[Math.floor(key / 1_000_000)] += cappedSlice(before.get(key) ?? 0, v, cap);
      const out: PeriodTotals = {
        points: new Map(),
        relay: new Map(),
        byLevel: new Map(),
        submissions: new Map(),
        ownSubmissions,
        active: new Set(),
        anyRows,
      };
      units.forEach((name, u) => {
        if (raw[u] !== 0) out.points.set(name, roundHalfUp(raw[u], decimals));
        if (relay[u] !== 0) out.relay.set(name, relay[u]);
        if (hasLevels[u]) {
          const lv = emptyLevels();
          LEVELS.forEach((l, k) => {
            lv[l] = levels[u * 4 + k];
          });
          out.byLevel.set(name, lv);
        }
        if (submissions[u] !== 0) out.submissions.set(name, submissions[u]);
        if (active[u]) out.active.add(name);
      });
      return out;
    },
  };
}

/**
 * One year's months up to asOf: per unit the points before caps (relay shares in the month of their row),
 * adoptions, and each piece's first month submitted (a piece counts once, in that month).
 */
export interface MonthAcc {
  /** Points per unit × 12 + month. */
  raw: number[];
  adoptions: number[];
  /** Pieces first submitted, per month. */
  submissions(): number[];
  grow(units: number): void;
  add(v: RowView): void;
}

function monthAcc(year: number, asOf: Day, pieces: number): MonthAcc {
  const jan = year * 12;
  const raw: number[] = [];
  const adoptions = new Array<number>(12).fill(0);
  const firstSubmitted = new Uint8Array(pieces).fill(12); // piece → its first month submitted this year (12: none)
  return {
    raw,
    adoptions,
    submissions() {
      const out = new Array<number>(12).fill(0);
      for (const m of firstSubmitted) if (m < 12) out[m]++;
      return out;
    },
    grow(units) {
      while (raw.length < units * 12) raw.push(0);
    },
    add(v) {
      let m = v.month - jan;
      if (v.day <= asOf && m >= 0 && m < 12) {
        if (v.adoption) adoptions[m]++;
        raw[v.unit * 12 + m] += v.points;
        if (v.office >= 0) raw[v.office * 12 + m] += v.relay;
      }
      m = v.submitMonth - jan;
      if (v.submit <= asOf && m >= 0 && m < 12 && m < firstSubmitted[v.piece]) firstSubmitted[v.piece] = m;
    },
  };
}

/** A person in a period: points and 计任务, and the unit of their latest row (ties: the first by name). */
export interface PersonTotals {
  name: string;
  unit: string;
  day: Day;
  points: number;
  credit: number;
}

export interface Collected {
  /** Every unit and 对口处室 the ledger names, in order of appearance. */
  units: string[];
  unitId: Map<string, number>;
  cur: PeriodTotals;
  prev: PeriodTotals;
  ytd: PeriodTotals;
  lastYear: PeriodTotals;
  months: MonthAcc;
  lastYearMonths: MonthAcc;
  /** In order of their first row in the period. */
  people: PersonTotals[];
  issues: IssueRow[];
  lateRows: number[];
  penalties: ReportModel['penalties'];
  rowsInPeriod: number;
  adoptions: number;
}

export interface Periods {
  period: Period;
  /** The period as counted: up to asOf when the report is a snapshot inside it. */
  counted: Period;
  previous: Period;
  ytd: Period;
  lastYear: Period;
  year: number;
  asOf: Day;
}

/** Feed every row of the ledger, once, to everything a 通报 totals. */
export function collect(scored: ScoredLedger, rules: Rules, p: Periods): Collected {
  const c = scoredColumns(scored);
  const { rowPiece, pieces } = pieceIds(scored, c);
  const credited = creditedRows(scored, c);
  const decimals = rules.settings.decimals;
  // The periods a 通报 compares, each totalled once (a year's 累计 is the year, its 同比 the previous year).
  const periods: PeriodAcc[] = [];
  const slot = [p.counted, p.previous, p.ytd, p.lastYear].map((x) => {
    const k = periods.findIndex((acc) => acc.from === x.from && acc.to === x.to);
    return k >= 0 ? k : periods.push(periodAcc(x, rules, pieces)) - 1;
  });
  const months = monthAcc(p.year, p.asOf, pieces);
  const lastYearMonths = monthAcc(p.year - 1, dayFromYmd(p.year - 1, 12, 31), pieces);
  const unitId = new Map<string, number>();
  const units: string[] = [];
  const idOf = (name: string): number => {
    let id = unitId.get(name);
    if (id === undefined) {
      id = units.push(name) - 1;
      unitId.set(name, id);
      for (const acc of periods) acc.grow(units.length);
      months.grow(units.length);
      lastYearMonths.grow(units.length);
    }
    return id;
  };
  const byName: Record<string, PersonTotals> = Object.create(null); // (faster than a Map for these lookups)
  const people: PersonTotals[] = [];
  const issues: IssueRow[] = [];
  const lateRows: number[] = [];
  const penalties: ReportModel['penalties'] = [];
  let rowsInPeriod = 0;
  let adoptions = 0;
  const { counted, period } = p;

  const monthOfDay = monthKeys(p.year);
  const v: RowView = {
    day: Number.NaN,
    month: 0,
    any: Number.NaN,
    submit: Number.NaN,
    submitMonth: 0,
    unit: 0,
    office: -1,
    officeSubmits: false,
    points: 0,
    relay: 0,
    adoption: false,
    level: -1,
    piece: 0,
  };
  // Each distinct 单位 of the columns gets its report id once, at its first row (the order units appear in).
  const unitOf = new Int32Array(c.units.length).fill(-1);
  // Per row kind: its level's index in LEVELS (-1 when none), worked out once per kind.
  const kindLevel = c.kinds.map((k) => (k.level === null ? -1 : LEVELS.indexOf(k.level)));
  const sources = scored.ledger.rows;
  for (let i = 0; i < c.n; i++) {
    const u = c.unit[i];
    if (u < 0) continue; // a hole in a hand-built rows list
    const src = sources[i];
    const d = c.day[i]; // NaN when undated: every comparison with it is false
    const dated = !Number.isNaN(d);
    if (unitOf[u] < 0) unitOf[u] = idOf(c.units[u]);
    const unitId = unitOf[u];
    const unit = c.units[u];
    const kind = c.kind[i];
    const countable = c.countable[i] === 1;
    const points = c.points[i];
    v.day = d;
    v.month = dated ? monthOfDay(d) : 0;
    v.any = dated ? d : (src.submittedOn ?? src.adoptedOn ?? Number.NaN);
    v.unit = unitId;
    const office = relayOfficeOf(src);
    v.office = office === '' ? -1 : idOf(office);
    v.officeSubmits = office !== '' && officeRecipient(src, c.kinds[kind].level) !== '';
    const submitted = c.mode[i] === SUBMITTED;
    // 报送: names a recipient, is a 报送 row, or was relayed by a 对口处室; dated by 报送日期, else 录用日期.
    const sd =
      countable && (submitted || office !== '' || src.recipient !== '')
        ? (src.submittedOn ?? src.adoptedOn)
        : null;
    v.submit = sd ?? Number.NaN;
    v.submitMonth = sd === null ? 0 : monthOfDay(sd);
    v.points = points;
    v.relay = c.relayPoints[i];
    v.adoption = countable && !submitted;
    v.level = v.adoption ? kindLevel[kind] : -1;
    v.piece = rowPiece[i];
    for (let k = 0; k < periods.length; k++) periods[k].add(v);
    months.add(v);
    lastYearMonths.add(v);

    if (d >= counted.from && d <= counted.to) {
      rowsInPeriod++;
      if (v.adoption) adoptions++;
      if (src.verdict === '倒扣' && points < 0) {
        penalties.push({ unit, title: src.title, points, reason: src.note });
      }
      const authors = src.authors;
      if (authors.length > 0) {
        // 重复用稿不计任务 over the whole ledger: only the row carrying the piece's 计任务 credits it.
        const adopted = v.adoption && credited[i] === 1;
        const personPoints = c.personPoints(i);
        const credit = adopted ? c.credit(i) : NO_CREDIT;
        for (let a = 0; a < authors.length; a++) {
          const name = authors[a];
          let person = byName[name];
          if (person === undefined) {
            person = { name, unit, day: d, points: 0, credit: 0 };
            byName[name] = person;
            people.push(person);
          } else if (d > person.day || (d === person.day && unit < person.unit)) {
            person.unit = unit;
            person.day = d;
          }
          person.points += personPoints[a] ?? 0;
          // A piece counts once per person: an author named twice on the row gets the larger share, once.
          if (adopted && (a === 0 || authors.indexOf(name) === a)) {
            let share = 0;
            for (let b = a; b < authors.length; b++) {
              const cr = credit[b] ?? 0;
              if (authors[b] === name && cr > share) share = cr;
            }
            if (share > 0) person.credit += share;
          }
        }
      }
    }
    // Undated rows belong to no period: every 通报 lists them until they are fixed.
    const rowIssues = c.issues(i);
    if (rowIssues.length > 0) {
      const inP = d >= period.from && d <= period.to;
      if (inP || !dated) {
        issues.push({ row: c.row[i], unit, title: src.title, issues: rowIssues });
        if (inP && rowIssues.some((t) => t.startsWith('迟报'))) lateRows.push(c.row[i]);
      }
    }
  }
  const totals = periods.map((acc) => acc.totals(units, decimals));
  return {
    units,
    unitId,
    cur: totals[slot[0]],
    prev: totals[slot[1]],
    ytd: totals[slot[2]],
    lastYear: totals[slot[3]],
    months,
    lastYearMonths,
    people,
    issues,
    lateRows,
    penalties,
    rowsInPeriod,
    adoptions,
  };
}
