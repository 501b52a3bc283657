// One pass over a scored ledger for a 通报: every period it compares (this period, the previous one, the
// year to date, the same period last year), both years' months, the people table and the issue list fed
// row by row into per-unit accumulators (units as integer ids). Each sum still adds the rows in ledger
// order, so every figure is the one a pass per period gave.
import { capOf, cappedSlice, deductionAt, relayDeduction } from './cap';
import { creditedRows, pieceIds } from './credit';
import { dayFromYmd, monthIndex } from './dates';
import { type LedgerSource, LedgerTable, ledgerSource, RowCursor } from './ledgerTable';
import { LEVELS } from './levels';
import {
  DEFAULT_DEPARTMENT,
  type Department,
  departmentOf,
  isNoOffice,
  officeRecipient,
  relayOfficeOf,
} from './relay';
import { columnsOfRows, type ScoredColumns, SUBMITTED, scoredColumns } from './scoredColumns';
import { officeSubmissionDays, submissionDays } from './submissionDays';
import { roundHalfUp } from './text';
import type { Day, IssueRow, Level, Period, ReportModel, Rules, ScoredLedger, Settings } from './types';

export interface PeriodTotals {
  /** Points after caps, relay shares received included. */
  points: Map<string, number>;
  relay: Map<string, number>;
  byLevel: Map<string, Record<Level, number>>;
  submissions: Map<string, number>;
  /**
   * Per unit, its own pieces submitted, each once (a piece it relayed as 对口处室 is the unit's, not counted
   * again): the department's 报送 is these summed over the ranked units (RULES §7 one total).
   */
  ownSubmissions: Map<string, number>;
  /** Units with any row (points, relay or submission) dated in the period. */
  active: Set<string>;
  /** True when any row of the ledger is dated in the period. */
  anyRows: boolean;
  /** Units the cap (封顶) cut in the period: their points before it (deductions included). */
  uncapped: Map<string, number>;
}

export function emptyLevels(): Record<Level, number> {
  return { 区县级: 0, 市级: 0, 省级: 0, 中央级: 0 };
}

/** A row as the accumulators read it. */
interface RowView {
  /** The row's day; NaN when none (every comparison with it is false). */
  day: number;
  /** year × 12 + month − 1 of day. */
  month: number;
  /** The row's own day, else 报送日期, else 录用日期: activity (零报送 means no row at all); NaN when none. */
  any: number;
  /**
   * Submission (报送) day of a countable row, or of one held by a gate or 倒扣 whose submission counts (heldSubmission),
   * by submissionDays; NaN when none; submitMonth its month key.
   */
  submit: number;
  submitMonth: number;
  unit: number;
  /**
   * The relaying 对口处室 (relay.ts relayingOffice), -1 when not relayed or when 单位 says it is no office (it
   * relayed nothing: no share, submission or activity of its own); officeSubmits: it relayed the piece upward.
   */
  office: number;
  officeSubmits: boolean;
  /** The day the office's submission counts on (officeSubmissionDays: its own relay where the unit sent before). */
  officeSubmit: number;
  points: number;
  relay: number;
  /** The deductions (≤ 0) in points and in relay (cap.ts deductionAt): a cap does not absorb them. */
  deduction: number;
  relayDeduction: number;
  /** Countable and not a 报送 row; level: LEVELS index of such a row with a level, else -1. */
  adoption: boolean;
  level: number;
  piece: number;
}

/** Cap bucket (封顶周期) of a month key (year × 12 + month − 1): the month, or year × 4 + quarter − 1. */
function capBucket(month: number, perMonth: boolean): number {
  return perMonth ? month : Math.floor(month / 3);
}

/** A row's issues say it was reported late (score.ts 迟报). */
function isLate(issues: string[]): boolean {
  for (let k = 0; k < issues.length; k++) if (issues[k].startsWith('迟报')) return true;
  return false;
}

/**
 * Per-unit figures for one period, fed row by row (grow: room for units 0 … units − 1). Caps (封顶) apply per
 * unit per month or quarter to what the rows earned: through and before hold, per unit and cap bucket, the
 * points earned up to the period's end and those before its start; a deduction in the period is taken in
 * full (cap.ts). levels: unit × 4 + level; seenPiece & bit: pieces counted as submitted in
 * the period (one byte a piece for all the periods, a bit each), seen: the offices' copies of relayed pieces.
 * (Classes, not closures, here and below: one shape and one method for every report, so the pass stays
 * optimised. Comments inside a class body stay in the bundle: they are above the class.)
 */
class PeriodAcc {
  readonly from: Day;
  readonly to: Day;
  private readonly cap: number | null;
  private readonly perMonth: boolean;
  private readonly firstBucket: number;
  private readonly raw: number[] = [];
  private readonly relay: number[] = [];
  private readonly levels: number[] = [];
  private readonly hasLevels: number[] = [];
  private readonly submissions: number[] = [];
  private readonly own: number[] = [];
  private readonly active: number[] = [];
  private readonly through = new Map<number, number>();
  private readonly before = new Map<number, number>();
  /** Of through and before, the relay shares' part (the rest is the unit's own pieces). */
  private readonly relayThrough = new Map<number, number>();
  private readonly relayBefore = new Map<number, number>();
  private readonly seenPiece: Uint8Array;
  private readonly bit: number;
  private readonly seen = new Set<number>();
  private anyRows = false;

  constructor(
    period: Period,
    s: Pick<Settings, 'capPoints' | 'capPeriod'>,
    seenPiece: Uint8Array,
    bit: number,
  ) {
    this.from = period.from;
    this.to = period.to;
    this.cap = capOf(s);
    this.perMonth = s.capPeriod === '月';
    this.firstBucket = capBucket(monthIndex(this.from), this.perMonth);
    this.seenPiece = seenPiece;
    this.bit = bit;
  }

  grow(units: number): void {
    for (let u = this.raw.length; u < units; u++) {
      this.raw.push(0);
      this.relay.push(0);
      this.hasLevels.push(0);
      this.submissions.push(0);
      this.own.push(0);
      this.active.push(0);
      this.levels.push(0, 0, 0, 0);
    }
  }

  private credit(unit: number, v: RowView, pts: number, deduction: number, relay: boolean): void {
    if (this.cap === null) {
      if (v.day >= this.from) this.raw[unit] += pts;
      return;
    }
    let earned = pts;
    if (deduction !== 0) {
      earned = pts - deduction;
      if (v.day >= this.from) {
        this.raw[unit] += deduction;
        if (relay) this.relay[unit] += deduction; // taken in full after the cap, as from the points
      }
    }
    const key = unit * 1_000_000 + (capBucket(v.month, this.perMonth) - this.firstBucket);
    this.through.set(key, (this.through.get(key) ?? 0) + earned);
    if (v.day < this.from) this.before.set(key, (this.before.get(key) ?? 0) + earned);
    if (!relay) return;
    this.relayThrough.set(key, (this.relayThrough.get(key) ?? 0) + earned);
    if (v.day < this.from) this.relayBefore.set(key, (this.relayBefore.get(key) ?? 0) + earned);
  }

  add(v: RowView): void {
    const { unit, office, day } = v;
    const { from, to, active } = this;
    if (day <= to) {
      const inside = day >= from;
      // Rows before the period matter only for a cap bucket the period starts inside.
      if (inside || (this.cap !== null && capBucket(v.month, this.perMonth) >= this.firstBucket)) {
        this.credit(unit, v, v.points, v.deduction, false);
        if (office >= 0 && v.relay !== 0) this.credit(office, v, v.relay, v.relayDeduction, true);
      }
      if (inside) {
        this.anyRows = true;
        active[unit] = 1;
        if (office >= 0) {
          active[office] = 1; // relayed a piece: activity of the office (not 零报送)
          // Under a cap the share's part of the capped points is worked out per cap bucket (totals).
          if (v.relay !== 0 && this.cap === null) this.relay[office] += v.relay;
        }
        if (v.level >= 0) {
          this.hasLevels[unit] = 1;
          this.levels[unit * 4 + v.level]++;
        }
      }
    }
    if (v.any >= from && v.any <= to) {
      this.anyRows = true;
      active[unit] = 1;
      if (office >= 0) active[office] = 1;
    }
    const sd = v.submit;
    if (sd >= from && sd <= to) {
      this.anyRows = true;
      active[unit] = 1;
      if ((this.seenPiece[v.piece] & this.bit) === 0) {
        this.seenPiece[v.piece] |= this.bit;
        this.submissions[unit]++;
        this.own[unit]++;
      }
      if (office >= 0) active[office] = 1;
    }
    // The office's copy of the piece, on the day it relayed it (the unit's may be an earlier one: 重复报送).
    const od = v.officeSubmit;
    if (office >= 0 && v.officeSubmits && od >= from && od <= to) {
      this.anyRows = true;
      active[office] = 1;
      const key = this.seenPiece.length * (office + 1) + v.piece;
      if (!this.seen.has(key)) {
        this.seen.add(key);
        this.submissions[office]++;
      }
    }
  }

  totals(units: string[], decimals: number): PeriodTotals {
    const { raw, relay, hasLevels, levels, submissions, own, active } = this;
    // What the cap took from each unit in the period (封顶, disclosed in 附件1's 备注).
    const cut = new Map<number, number>();
    for (const [key, v] of this.through) {
      const u = Math.floor(key / 1_000_000);
      const before = this.before.get(key) ?? 0;
      const kept = cappedSlice(before, v, this.cap);
      raw[u] += kept;
      if (v - before - kept > 1e-9) cut.set(u, (cut.get(u) ?? 0) + (v - before - kept));
      // 其中转报分成 under a cap: the unit's own pieces count first, its relay shares fill what the cap leaves
      // of the bucket; a slice of the bucket (a month of a quarter's cap) keeps its part of that in date
      // order, so the slices add up to the bucket and the share is never more than the points.
      const r = this.relayThrough.get(key);
      if (r !== undefined) {
        const rb = this.relayBefore.get(key) ?? 0;
        // A slice where own pieces come after the shares (January's shares, February's own) would go below 0:
        // the part stays within 0 and the slice's points.
        relay[u] += Math.min(kept, Math.max(0, kept - cappedSlice(before - rb, v - r, this.cap)));
      }
    }
    const out: PeriodTotals = {
      points: new Map(),
      relay: new Map(),
      byLevel: new Map(),
      submissions: new Map(),
      ownSubmissions: new Map(),
      active: new Set(),
      anyRows: this.anyRows,
      uncapped: new Map(),
    };
    units.forEach((name, u) => {
      if (raw[u] !== 0) out.points.set(name, roundHalfUp(raw[u], decimals));
      const lost = cut.get(u);
      if (lost !== undefined) out.uncapped.set(name, roundHalfUp(raw[u] + lost, decimals));
      if (relay[u] !== 0) out.relay.set(name, relay[u]);
      if (hasLevels[u]) {
        const lv = emptyLevels();
        LEVELS.forEach((l, k) => {
          lv[l] = levels[u * 4 + k];
        });
        out.byLevel.set(name, lv);
      }
      if (submissions[u] !== 0) out.submissions.set(name, submissions[u]);
      if (own[u] !== 0) out.ownSubmissions.set(name, own[u]);
      if (active[u]) out.active.add(name);
    });
    return out;
  }
}

/**
 * One year's months up to asOf: per unit × 12 + month the points before caps (raw; relay shares in the month
 * of their row) and the deductions in them (deducted: a cap does not absorb them, cap.ts), adoptions, and each piece's first month submitted (firstSubmitted >> shift & 15, 12: none; a
 * piece counts once, in that month; two years share a byte a piece); firsts: the pieces by that month, counted
 * as it is set, so submissions() gives the pieces first submitted per month.
 */
export class MonthAcc {
  readonly raw: number[] = [];
  readonly deducted: number[] = [];
  /** Per unit × 12 + month: adoptions with a level (as units[].adoptions counts them) and pieces first submitted. */
  readonly adoptions: number[] = [];
  private readonly firsts: number[] = [];
  private readonly jan: number;
  private readonly firstSubmitted: Uint8Array;

  constructor(
    year: number,
    private readonly asOf: Day,
    firstSubmitted: Uint8Array,
    private readonly shift: number,
  ) {
    this.jan = year * 12;
    this.firstSubmitted = firstSubmitted;
  }

  /** Per unit × 12 + month, the pieces first submitted in the month. */
  submissions(): number[] {
    return this.firsts.slice();
  }

  grow(units: number): void {
    while (this.raw.length < units * 12) {
      this.raw.push(0);
      this.deducted.push(0);
      this.adoptions.push(0);
      this.firsts.push(0);
    }
  }

  add(v: RowView): void {
    let m = v.month - this.jan;
    if (v.day <= this.asOf && m >= 0 && m < 12) {
      if (v.level >= 0) this.adoptions[v.unit * 12 + m]++;
      this.raw[v.unit * 12 + m] += v.points;
      if (v.deduction !== 0) this.deducted[v.unit * 12 + m] += v.deduction;
      if (v.office >= 0) {
        this.raw[v.office * 12 + m] += v.relay;
        if (v.relayDeduction !== 0) this.deducted[v.office * 12 + m] += v.relayDeduction;
      }
    }
    m = v.submitMonth - this.jan;
    if (v.submit <= this.asOf && m >= 0 && m < 12) {
      const both = this.firstSubmitted[v.piece];
      const first = (both >> this.shift) & 15;
      if (m < first) {
        this.firstSubmitted[v.piece] = (both & ~(15 << this.shift)) | (m << this.shift);
        if (first < 12) this.firsts[v.unit * 12 + first]--;
        this.firsts[v.unit * 12 + m]++;
      }
    }
  }
}

/** A person in a period: points and 计任务, and the unit of their latest row (ties: the first by name). */
export interface PersonTotals {
  name: string;
  unit: string;
  day: Day;
  points: number;
  credit: number;
  /** Rows of the period naming them, and of those the adoptions (录用/综合, counted or not). */
  rows: number;
  adoptedRows: number;
  /**
   * Per unit of their rows, five entries: the unit, rows written alone or first, the latest of those, all rows,
   * the latest of all: where `unit` is settled (homeOf), as indicators/rows.ts settles an unlisted author's 科室.
   */
  homes: (string | number)[];
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

/**
 * The pass over the rows: what it reads and what it fills. The loop is a method that ends with it (code
 * optimised while the loop runs is otherwise thrown away on the code after it, and made again next time).
 * - It is the Collected it fills (cur … lastYear set once the rows are read). units/unitId: every unit and
 *   对口处室 the ledger names, by id in order of appearance (idOf: a new one gets room in every accumulator);
 *   byName: people by name (an object: faster than a Map here).
 * - v: the row being fed to the accumulators (one object, refilled per row: no allocation per row);
 *   kindLevel: the LEVELS index of each row kind's level (-1: none).
 * - authors: a row of the period, to its authors: each their share of the points, and of 计任务 when
 *   `adopted` (the row carries its piece's 计任务; 重复用稿不计任务 over the whole ledger); people in order of
 *   their first row. authorsOf: per authors list (the parser shares one frozen list per 作者 text), its people
 *   by position, made by peopleOf (from the row that first names them): one lookup a row, not one a name.
 */
class Feed implements Collected {
  private readonly periods: PeriodAcc[];
  readonly months: MonthAcc;
  readonly lastYearMonths: MonthAcc;
  readonly units: string[] = [];
  readonly unitId = new Map<string, number>();
  cur!: PeriodTotals;
  prev!: PeriodTotals;
  ytd!: PeriodTotals;
  lastYear!: PeriodTotals;
  private readonly byName: Record<string, PersonTotals> = Object.create(null);
  private readonly authorsOf = new Map<readonly string[], PersonTotals[]>();
  private readonly kindLevel: Int8Array;
  readonly people: PersonTotals[] = [];
  private readonly people0: Day;
  private readonly people1: Day;
  readonly issues: IssueRow[] = [];
  readonly lateRows: number[] = [];
  readonly penalties: ReportModel['penalties'] = [];
  rowsInPeriod = 0;
  /** monthIndex of the days of the year and the year before (most rows of a 通报), from the first. */
  private readonly monthKeys: Int32Array;
  private readonly keysFrom: Day;
  private readonly v: RowView = {
    day: Number.NaN,
    month: 0,
    any: Number.NaN,
    submit: Number.NaN,
    submitMonth: 0,
    unit: 0,
    office: -1,
    officeSubmits: false,
    officeSubmit: Number.NaN,
    points: Number.NaN,
    relay: Number.NaN,
    deduction: 0,
    relayDeduction: 0,
    adoption: false,
    level: -1,
    piece: 0,
  };
  /** The ledger's columns when the rules cap points (deductions are then told apart), else null. */
  private readonly ledger: LedgerTable | null;
  /** Each distinct 单位 of the columns gets its report id once, at its first row (the order units appear in). */
  private readonly unitOf: Int32Array;

  constructor(
    private readonly c: ScoredColumns,
    private readonly sources: LedgerSource,
    private readonly rowPiece: Int32Array,
    private readonly credited: Uint8Array,
    /** The day each row counts as submitted on (submissionDays: a piece's earliest 报送日期; NaN: none). */
    private readonly sentDays: Float64Array,
    /** The day a relayed row counts as its office's submission on (officeSubmissionDays). */
    private readonly officeDays: Float64Array,
    periods: PeriodAcc[],
    private readonly p: Periods,
    pieces: number,
    /** The office's own department: a relayed row's 报送对象 naming it is no submission of the 对口处室. */
    private readonly department: Department = DEFAULT_DEPARTMENT,
    capped = false,
    /** By the columns' unit id, 1 for a unit the 单位 table does not list (none without a table). */
    private readonly stray: Uint8Array = new Uint8Array(c.units.length),
  ) {
    this.periods = periods;
    // The year so far, whose authors a 通报 lists (people0 … people1): to the period's end or the as-of day.
    this.people0 = p.ytd.from;
    this.people1 = Math.max(p.counted.to, Math.min(p.asOf, dayFromYmd(p.year, 12, 31)));
    this.ledger = capped ? sources.table : null;
    const firstSubmitted = new Uint8Array(pieces).fill(12 * 17); // 12 (none yet) in both halves
    this.months = new MonthAcc(p.year, p.asOf, firstSubmitted, 0);
    this.lastYearMonths = new MonthAcc(p.year - 1, dayFromYmd(p.year - 1, 12, 31), firstSubmitted, 4);
    this.keysFrom = dayFromYmd(p.year - 1, 1, 1);
    this.monthKeys = new Int32Array(dayFromYmd(p.year, 12, 31) - this.keysFrom + 1);
    for (let d = 0; d < this.monthKeys.length; d++) this.monthKeys[d] = monthIndex(this.keysFrom + d);
    this.unitOf = new Int32Array(c.units.length).fill(-1);
    this.kindLevel = new Int8Array(c.kinds.length);
    for (let k = 0; k < c.kinds.length; k++) this.kindLevel[k] = LEVELS.indexOf(c.kinds[k].level as Level);
  }

  rows(): void {
    const { c, sources, v, periods, months, lastYearMonths, monthKeys, keysFrom, sentDays, officeDays } =
      this;
    const { counted, period } = this.p;
    for (let i = 0; i < c.n; i++) {
      const u = c.unit[i];
      if (u < 0) continue; // a hole in a hand-built rows list
      const src = sources.at(i);
      const d = c.day[i]; // NaN when undated: every comparison with it is false
      const dated = !Number.isNaN(d);
      if (this.unitOf[u] < 0) this.unitOf[u] = this.idOf(c.units[u]);
      const unit = c.units[u];
      const countable = c.countable[i] === 1;
      const points = c.points[i];
      v.day = d;
      // A day outside the table (or not whole) is worked out.
      v.month = dated ? (monthKeys[d - keysFrom] ?? monthIndex(d)) : 0;
      v.any = dated ? d : (src.submittedOn ?? src.adoptedOn ?? Number.NaN);
      v.unit = this.unitOf[u];
      // Named a 对口处室: the unit's submission to the own department, whether or not the name is an office.
      const named = relayOfficeOf(src);
      const relayed = named !== '';
      // … the office that relayed it; none for a row of a unit the 单位 table does not list: such a row counts
      // nowhere, its share and its relay neither (audit s38 L6: the office kept 2 of a row said to count nowhere).
      const office = relayed && this.stray[u] !== 1 && !isNoOffice(named, this.department) ? named : '';
      v.office = office !== '' ? this.idOf(office) : -1;
      v.officeSubmits =
        office !== '' && officeRecipient(src, c.kinds[c.kind[i]].level, this.department) !== '';
      const submitted = c.mode[i] === SUBMITTED;
      // 报送: names a recipient, is a 报送 row, has a 报送日期 of its own (an adoption row without 报送对象 is a
      // submission as a 报送 row is, RULES §9), or was relayed by a 对口处室; dated by 报送日期, else its piece's
      // earliest (that submission's adoption), else its piece's earliest 录用日期 (submissionDays). A gate (佐证,
      // 三审) or a block of the adoption's points holds back the points and the adoption, not the submission
      // (scoring's heldSubmission).
      const sends = countable || c.heldSubmission[i] === 1;
      const sd =
        sends && (submitted || relayed || src.recipient !== '' || src.submittedOn !== null)
          ? sentDays[i]
          : Number.NaN;
      v.submit = sd;
      v.officeSubmit = Number.isNaN(sd) ? sd : officeDays[i];
      v.submitMonth = Number.isNaN(sd) ? 0 : (monthKeys[sd - keysFrom] ?? monthIndex(sd));
      v.points = points;
      v.relay = c.relayPoints[i];
      // Only a cap reads them: without one (most rules) the row is not looked at again.
      v.deduction = this.ledger === null ? 0 : deductionAt(c, this.ledger, i);
      v.relayDeduction = v.deduction === 0 ? 0 : relayDeduction(v.relay, points, v.deduction);
      v.adoption = countable && !submitted;
      v.level = v.adoption ? this.kindLevel[c.kind[i]] : -1;
      v.piece = this.rowPiece[i];
      for (let k = 0; k < periods.length; k++) periods[k].add(v);
      months.add(v);
      lastYearMonths.add(v);

      const inPeriod = d >= counted.from && d <= counted.to;
      if (inPeriod) {
        this.rowsInPeriod++;
        if (src.verdict === '倒扣' && points < 0) {
          this.penalties.push({ unit, title: src.title, points, reason: src.note });
        }
      }
      // A row of a unit the 单位 table does not list counts to no unit, and so to no person either (audit
      // s33 A-F5: 潘平 kept its points, and its piece counted twice beside his 干部科 row of it). A row of the
      // year so far outside the period lists its authors at 0 and places them (audit s38 L1, L3).
      if (
        (inPeriod || (d >= this.people0 && d <= this.people1)) &&
        src.authors.length > 0 &&
        this.stray[u] === 0
      )
        this.authors(i, src.authors, unit, d, v.adoption && this.credited[i] === 1, !submitted, inPeriod);
      // Undated rows belong to no period: every 通报 lists them until they are fixed.
      const rowIssues = c.issues(i);
      if (rowIssues.length > 0) {
        const inP = d >= period.from && d <= period.to;
        if (inP || !dated) {
          const item: IssueRow = { row: c.row[i], unit, title: src.title, issues: rowIssues };
          const tab = src.tab;
          if (tab !== undefined) item.tab = tab;
          if (!dated) item.undated = true;
          this.issues.push(item);
          if (inP && isLate(rowIssues)) this.lateRows.push(c.row[i]);
        }
      }
    }
  }

  private idOf(name: string): number {
    let id = this.unitId.get(name);
    if (id === undefined) {
      id = this.units.push(name) - 1;
      this.unitId.set(name, id);
      for (const acc of this.periods) acc.grow(this.units.length);
      this.months.grow(this.units.length);
      this.lastYearMonths.grow(this.units.length);
    }
    return id;
  }

  private peopleOf(authors: readonly string[], unit: string, d: Day): PersonTotals[] {
    const persons = authors.map((name) => {
      let person = this.byName[name];
      if (person === undefined) {
        person = { name, unit, day: d, points: 0, credit: 0, rows: 0, adoptedRows: 0, homes: [] };
        this.byName[name] = person;
        this.people.push(person);
      }
      return person;
    });
    this.authorsOf.set(authors, persons);
    return persons;
  }

  /**
   * Row i's authors: placed by it (countHome) for every row of the year so far, credited with its figures when
   * it is in the period (`inPeriod`): a person with rows of the year but none in a month or quarter is listed at
   * 0, in the unit the year's rows give, as in the year's 通报.
   */
  private authors(
    i: number,
    authors: readonly string[],
    unit: string,
    d: Day,
    adopted: boolean,
    adoptionRow: boolean,
    inPeriod: boolean,
  ): void {
    const persons = this.authorsOf.get(authors) ?? this.peopleOf(authors, unit, d);
    const n = authors.length;
    const personPoints = inPeriod ? this.c.personPoints(i) : null;
    const credit = inPeriod && adopted ? this.c.credit(i) : null;
    for (let a = 0; a < n; a++) {
      const person = persons[a];
      if (d > person.day) person.day = d;
      // Once a row, though named twice on it: as first author when named first.
      const once = persons.indexOf(person) === a;
      if (once) countHome(person, unit, a === 0, d);
      if (personPoints === null) continue; // a row of the year outside the period: placed, not credited
      person.points += personPoints[a] ?? 0;
      if (once) {
        person.rows++;
        if (adoptionRow) person.adoptedRows++;
      }
      if (credit === null) continue;
      // A piece counts once per person (one object per name): named twice on a row, the larger share, once.
      let share = credit[a] ?? 0;
      let first = true;
      for (let b = 0; b < n; b++) {
        if (b === a || persons[b] !== person) continue;
        if (b < a) {
          first = false;
          break;
        }
        const cr = credit[b] ?? 0;
        if (cr > share) share = cr;
      }
      if (first && share > 0) person.credit += share;
    }
  }
}

/** One row of `person` in `unit` on day d, written alone or first or not (PersonTotals.homes). */
function countHome(person: PersonTotals, unit: string, first: boolean, d: Day): void {
  const homes = person.homes;
  let at = 0;
  while (at < homes.length && homes[at] !== unit) at += 5;
  if (at === homes.length) homes.push(unit, 0, Number.NEGATIVE_INFINITY, 0, Number.NEGATIVE_INFINITY);
  const day = Number.isNaN(d) ? Number.NEGATIVE_INFINITY : d;
  if (first) {
    (homes[at + 1] as number)++;
    if (day > (homes[at + 2] as number)) homes[at + 2] = day;
  }
  (homes[at + 3] as number)++;
  if (day > (homes[at + 4] as number)) homes[at + 4] = day;
}

/**
 * An author's unit in the people table (README 人员): of most of the rows they wrote alone or as first author, on
 * a tie the one with the latest such row, then the name first; with no such row, of all their rows alike. A
 * co-author's row filed by another unit does not move them (audit s37 H1: the latest row's unit did, and a
 * barred unit's 信息员 was listed, unbarred, under the unit of a piece they co-wrote).
 */
function homeOf(person: PersonTotals): string {
  const homes = person.homes;
  if (homes.length === 0) return person.unit;
  let firsts = 0;
  for (let at = 0; at < homes.length; at += 5) firsts += homes[at + 1] as number;
  const count = firsts > 0 ? 1 : 3;
  let best = -1;
  for (let at = 0; at < homes.length; at += 5) {
    if (homes[at + count] === 0) continue;
    if (best < 0) {
      best = at;
      continue;
    }
    const more = (homes[at + count] as number) - (homes[best + count] as number);
    const later = (homes[at + count + 1] as number) - (homes[best + count + 1] as number);
    if (more > 0 || (more === 0 && (later > 0 || (later === 0 && homes[at] < homes[best])))) best = at;
  }
  return homes[best] as string;
}

/** Feed every row of the ledger, once, to everything a 通报 totals. */
export function collect(scored: ScoredLedger, rules: Rules, p: Periods): Collected {
  const c = scoredColumns(scored);
  const { rowPiece, pieces } = pieceIds(scored, c);
  // The periods a 通报 compares, each totalled once (a year's 累计 is the year, its 同比 the previous year).
  const periods: PeriodAcc[] = [];
  const seenPiece = new Uint8Array(pieces);
  const slot = [p.counted, p.previous, p.ytd, p.lastYear].map((x) => {
    const k = periods.findIndex((acc) => acc.from === x.from && acc.to === x.to);
    return k >= 0 ? k : periods.push(new PeriodAcc(x, rules.settings, seenPiece, 1 << periods.length)) - 1;
  });
  const credited = creditedRows(scored, c);
  const feed = new Feed(
    c,
    ledgerSource(scored.ledger),
    rowPiece,
    credited,
    submissionDays(scored, c),
    officeSubmissionDays(scored, c),
    periods,
    p,
    pieces,
    departmentOf(rules),
    capOf(rules.settings) !== null,
    strayUnits(c, rules),
  );
  feed.rows();
  for (const person of feed.people) person.unit = homeOf(person);
  keepShapes(c, p, rules);
  const totals = periods.map((acc) => acc.totals(feed.units, rules.settings.decimals));
  feed.cur = totals[slot[0]];
  feed.prev = totals[slot[1]];
  feed.ytd = totals[slot[2]];
  feed.lastYear = totals[slot[3]];
  return feed;
}

/** By the columns' unit id: 1 for a unit the 单位 table does not list (sheets/run.ts unitsNotInTable's). */
function strayUnits(c: ScoredColumns, rules: Rules): Uint8Array {
  const stray = new Uint8Array(c.units.length);
  if (rules.units.length === 0) return stray;
  const known = new Set(rules.units.map((u) => u.name));
  for (let u = 0; u < c.units.length; u++) if (c.units[u] !== '' && !known.has(c.units[u])) stray[u] = 1;
  return stray;
}

// V8 forgets an object shape once its last object is gone, and with it the optimised code that reads such
// objects; a report's objects (and its ledger's) are all gone by the next report. So after each pass an idle
// one is kept: its objects made anew (with the shapes the pass left), a row and a row kind of its ledger.
const idle: unknown[] = [];

function keepShapes(c: ScoredColumns, p: Periods, rules: Rules): void {
  const accs = [new PeriodAcc(p.counted, rules.settings, new Uint8Array(0), 1)];
  idle[0] = [
    new Feed(
      EMPTY_COLUMNS,
      NO_ROWS,
      new Int32Array(0),
      new Uint8Array(0),
      new Float64Array(0),
      new Float64Array(0),
      accs,
      p,
      0,
    ),
    c.kinds[0],
  ];
}

const NO_ROWS = ledgerSource({ rows: [], columns: {}, headerIssues: [] });
// A row cursor kept for good (and its shape with it), over no rows: a kept cursor of a ledger keeps the ledger.
idle[1] = new RowCursor(new LedgerTable(0));

const EMPTY_COLUMNS = columnsOfRows([]);
