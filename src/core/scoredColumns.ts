// A scored ledger's results as columns (row i of each is ledger row i): what the report, the indicators and
// the row outputs read. Scoring fills them without making a ScoredRow object per row; `scored.rows` makes
// the objects the first time something asks (the --json output, the sidebar, the tests), from the columns.

import { MODES } from './levels';
import { lazyRows, Numbering } from './maps';
import { roundHalfUp } from './text';
import type { Day, Level, ParsedLedger, ScoredLedger, ScoredRow, Settings } from './types';

/** What every row of one kind scores alike: ScoredRow.level, outlet, tags, base and multiplier. */
export interface RowKind {
  level: Level | null;
  outlet: string;
  tags: string[];
  base: number;
  multiplier: number;
}

/**
 * The explanation (ScoredRow.why) of a row the 多次录用 policy drops (pieces.ts): how the 计任务 tie (credit.ts)
 * knows it, through ScoredColumns.dropped.
 */
export const DROPPED_WHY = '0（多次录用不重复计分）';

/** ScoredColumns.mode is an index into MODES (录用, 综合, 报送). */
export { MODES };
export const ADOPTED = 0; // MODES.indexOf('录用')
export const SUBMITTED = 2; // MODES.indexOf('报送')

export interface ScoredColumns {
  n: number;
  /** ScoredRow.row (sheet row number). */
  row: Int32Array;
  /**
   * The 单位 as rows spell them (ScoredRow.unit), each once, in order of first row; `unit` indexes it.
   * `unit` is -1 where a hand-built rows list has no row (a hole): readers skip that row.
   */
  units: string[];
  unit: Int32Array;
  /** Index into `kinds`. */
  kind: Int32Array;
  kinds: RowKind[];
  /** Index into MODES. */
  mode: Uint8Array;
  /** ScoredRow.day; NaN where it is null. */
  day: Float64Array;
  /** Unrounded: units and people add these up and round their totals (RULES §4, §10.5); shownAt rounds a row's. */
  points: Float64Array;
  relayPoints: Float64Array;
  /** 小数位 a row's points are shown with (the 积分 column, ScoredRow); null: as they are (hand-built rows). */
  decimals: number | null;
  /** 1 / 0 for ScoredRow.countable, heldSubmission and duplicate. */
  countable: Uint8Array;
  heldSubmission: Uint8Array;
  duplicate: Uint8Array;
  /** ScoredRow.bonus, issues, credit, personPoints and why of row i (lists shared: never change them). */
  bonus(i: number): number;
  issues(i: number): string[];
  credit(i: number): number[];
  personPoints(i: number): number[];
  why(i: number): string;
  /** Row i's points were dropped by the 多次录用 policy: its explanation starts with DROPPED_WHY. */
  dropped(i: number): boolean;
}

/** The 小数位 points are shown with; null for a value no rounding can use. */
export function shownDecimals(settings: Pick<Settings, 'decimals'> | undefined): number | null {
  const d = settings?.decimals;
  return typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 6 ? d : null;
}

/**
 * A row's points (or relay share) as shown: to 小数位 but never fewer than 2 decimals, so that with 小数位 0
 * a 0.5 row shows 0.5 and a unit's rows explain its total (rounded once, RULES §4); a whole number as it is
 * (+ 0: no -0).
 */
export function shownAt(c: Pick<ScoredColumns, 'decimals'>, value: number): number {
  return c.decimals === null || Number.isInteger(value)
    ? value + 0
    : roundHalfUp(value, Math.max(c.decimals, ROW_DECIMALS));
}
const ROW_DECIMALS = 2;

/** One ScoredRow from the columns (same fields, same order as scoring has always made them). */
export function scoredRowAt(c: ScoredColumns, i: number): ScoredRow {
  const k = c.kinds[c.kind[i]];
  const day = c.day[i];
  return {
    row: c.row[i],
    unit: c.units[c.unit[i]],
    level: k.level,
    outlet: k.outlet,
    tags: k.tags,
    mode: MODES[c.mode[i]],
    day: Number.isNaN(day) ? null : day,
    base: k.base,
    multiplier: k.multiplier,
    bonus: c.bonus(i),
    points: shownAt(c, c.points[i]),
    relayPoints: shownAt(c, c.relayPoints[i]),
    credit: c.credit(i),
    personPoints: c.personPoints(i),
    duplicate: c.duplicate[i] === 1,
    countable: c.countable[i] === 1,
    heldSubmission: c.heldSubmission[i] === 1,
    issues: c.issues(i),
    why: c.why(i),
  };
}

// V8 keeps a number field of a shape either as a 16-byte box per object (once any value is fractional) or
// tagged (whole numbers inline, only fractional ones boxed). One throwaway row with blanks for the numbers,
// made before the first real one, keeps ScoredRow's tagged: about 28 bytes a row less (28 MB at 1M rows).
// (Object literals with the same keys in the same order share their shapes, so this one primes scoredRowAt's.)
let shapePrimed = false;

function primeRowShape(): ScoredRow | undefined {
  if (shapePrimed) return;
  shapePrimed = true;
  const b = null as unknown as number;
  const tags: string[] = [];
  return {
    row: b,
    unit: '',
    level: null,
    outlet: '',
    tags,
    mode: MODES[0],
    day: null,
    base: b,
    multiplier: b,
    bonus: b,
    points: b,
    relayPoints: b,
    credit: [],
    personPoints: [],
    duplicate: false,
    countable: false,
    heldSubmission: false,
    issues: tags,
    why: '',
  };
}

// Columns made by scoring, per scored ledger, until its rows are made (and so may be changed by a caller).
const native = new WeakMap<ScoredLedger, ScoredColumns>();

/**
 * A scored ledger over columns: `rows` is made from them on first read (and may be replaced). Once made,
 * the rows are what counts: a caller may change them, so the columns are worked out again from them.
 */
export function columnarLedger(ledger: ParsedLedger, columns: ScoredColumns): ScoredLedger {
  const scored = { ledger } as ScoredLedger;
  lazyRows(
    scored,
    () => {
      primeRowShape();
      const rows = new Array<ScoredRow>(columns.n);
      for (let i = 0; i < columns.n; i++) rows[i] = scoredRowAt(columns, i);
      return rows;
    },
    () => native.delete(scored),
  );
  native.set(scored, columns);
  return scored;
}

/** How many scored rows the ledger has, without making a columnar ledger's rows. */
export function scoredLength(scored: ScoredLedger): number {
  const own = native.get(scored);
  if (own !== undefined) return own.n;
  return Array.isArray(scored?.rows) ? scored.rows.length : 0;
}

/**
 * The scored ledger's columns: scoring's own, else worked out from its rows as they are now (a ledger built
 * by hand, or whose rows were made and so may have been changed). Each reader asks once per pass.
 */
export function scoredColumns(scored: ScoredLedger): ScoredColumns {
  return native.get(scored) ?? columnsOfRows(Array.isArray(scored?.rows) ? scored.rows : []);
}

/** Columns over ScoredRow objects (read as they are now). */
export function columnsOfRows(rows: ScoredRow[]): ScoredColumns {
  const n = rows.length;
  const c: ScoredColumns = {
    n,
    row: new Int32Array(n),
    units: [],
    unit: new Int32Array(n),
    kind: new Int32Array(n),
    kinds: [],
    mode: new Uint8Array(n),
    day: new Float64Array(n),
    points: new Float64Array(n),
    relayPoints: new Float64Array(n),
    decimals: null,
    countable: new Uint8Array(n),
    heldSubmission: new Uint8Array(n),
    duplicate: new Uint8Array(n),
    bonus: (i) => rows[i].bonus,
    issues: (i) => rows[i].issues,
    credit: (i) => rows[i].credit,
    personPoints: (i) => rows[i].personPoints,
    why: (i) => rows[i].why,
    dropped: (i) => rows[i].why.startsWith(DROPPED_WHY),
  };
  const units = new Numbering(c.units);
  // Kinds by outlet (the last few of each): a row alike in all five fields (the very tags list) shares one.
  const kindsOf = new Map<unknown, number[]>();
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (r === null || typeof r !== 'object') {
      c.unit[i] = -1;
      continue;
    }
    c.row[i] = r.row;
    c.unit[i] = units.id(r.unit);
    let list = kindsOf.get(r.outlet);
    if (list === undefined) {
      list = [];
      kindsOf.set(r.outlet, list);
    }
    let k = -1;
    for (let j = list.length - 1; j >= 0 && j >= list.length - 16; j--) {
      const kind = c.kinds[list[j]];
      if (
        kind.level === r.level &&
        kind.tags === r.tags &&
        Object.is(kind.base, r.base) &&
        Object.is(kind.multiplier, r.multiplier)
      ) {
        k = list[j];
        break;
      }
    }
    if (k < 0) {
      k = c.kinds.length;
      c.kinds.push({
        level: r.level,
        outlet: r.outlet,
        tags: r.tags,
        base: r.base,
        multiplier: r.multiplier,
      });
      list.push(k);
    }
    c.kind[i] = k;
    const mode = MODES.indexOf(r.mode);
    c.mode[i] = mode < 0 ? 0 : mode;
    c.day[i] = r.day ?? Number.NaN;
    c.points[i] = r.points;
    c.relayPoints[i] = r.relayPoints;
    c.countable[i] = r.countable ? 1 : 0;
    c.heldSubmission[i] = r.heldSubmission ? 1 : 0;
    c.duplicate[i] = r.duplicate ? 1 : 0;
  }
  return c;
}

/** For messages and filters: the day of row i, null when it has none. */
export function dayAt(c: Pick<ScoredColumns, 'day'>, i: number): Day | null {
  const d = c.day[i];
  return Number.isNaN(d) ? null : d;
}

/** The day of row i for ordering: undated rows last. */
export function dayOrLast(day: Float64Array, i: number): number {
  return Number.isNaN(day[i]) ? Number.POSITIVE_INFINITY : day[i];
}
