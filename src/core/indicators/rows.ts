// Phase 1 of the 指标 engine (rows): per ledger row, what the indicators need to know — its unit and
// relaying office, its months, how a filter sees it, its piece (篇目), its authors and their teams.
//
// Decisions:
// - Only rows of the assessment year dated on or before asOf count. Rows dated before the year are kept
//   aside per piece: a piece counted in an earlier year counts 0 this year (000 重复用稿不计任务, RULES §10.4).
// - A row's submission month (报送, 篇目) is by submissionDays: its 报送日期, else its piece's earliest (the
//   submission it is the adoption of), else 录用日期. So a 报送 row and its later 录用 row fall in one bucket (one
//   distinct piece), and a 录用 row of last year's submission is no submission this year.
// - A relayed row (对口处室) is the unit's submission to the office's own department (区委组织部, 县委组织部 …),
//   to the office of it 报送对象 names (区委组织部研究室) when it names one; the office's is to the upper
//   department in 报送对象, else the one the adopting outlet's level names (relay.ts). None → no submission
//   of the office; nor when 单位 says the 对口处室 is no office (relay.ts relayingOffice: it relayed nothing,
//   while the row stays its unit's submission). 报送对象 is read as that own department sees it.
// - A person belongs to the 科室 the 人员 table names; an author it does not list belongs to the row's 单位 (their
//   person line and its type), but is no member of a team the 人员 table staffs (RULES §4: its members are its
//   人员 rows): their credit counts for no team there, as the team's headcount does not count them.
// Speed: one pass over the scored columns (scoredColumns), no object per row; texts are interned by the very
// string the ledger holds (no trim per row), what a row's kind shows a filter is worked out once per kind,
// and a row's view keeps only the fields some filter reads.
import { earlierAdoptions, pieceIds } from '../credit';
import { type LedgerSource, ledgerSource, NO_DAY } from '../ledgerTable';
import { levelRank } from '../levels';
import {
  addressedRecipient,
  DEFAULT_DEPARTMENT,
  type Department,
  isNoOffice,
  officeRecipient,
  relayedRecipient,
} from '../relay';
import { resubmissionsOf } from '../resubmissions';
import { dayAt, MODES, type RowKind, type ScoredColumns, SUBMITTED, scoredColumns } from '../scoredColumns';
import { officeSubmissionDays, submissionDays } from '../submissionDays';
import { staffedUnits } from '../teams';
import type { PersonDef, ScoredLedger, UnitDef } from '../types';
import { countedMonth, type YearCalendar, yearCalendar } from './calendar';
import {
  READS_KIND,
  READS_LEVEL,
  READS_MODE,
  READS_OUTLET,
  READS_RECIPIENT,
  READS_TAGS,
  type RowView,
} from './compile';

export function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

export function finite(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/**
 * Units by id: the 单位 table first, in its order; units only the ledger names follow. `raw`: the id of a
 * ledger cell's text as the ledger holds it (-1 when blank), so a row's unit is one lookup (idOfCell:
 * units.id(text(v)), or -1 when v is blank). (Comments inside a class body stay in the bundle: they are here.)
 */
export class UnitRegistry {
  readonly defs = new Map<string, UnitDef>();
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly raw = new Map<unknown, number>();
  private readonly types: (string | undefined)[] = [];
  readonly definedCount: number;

  constructor(units: unknown) {
    for (const u of Array.isArray(units) ? (units as UnitDef[]) : []) {
      const name = text(u?.name);
      if (name && !this.defs.has(name)) this.defs.set(name, u);
    }
    for (const name of this.defs.keys()) this.id(name);
    this.definedCount = this.names.length;
  }

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  idOfCell(v: unknown): number {
    let id = this.raw.get(v);
    if (id === undefined) {
      const name = text(v);
      id = name ? this.id(name) : -1;
      this.raw.set(v, id);
    }
    return id;
  }

  idOf(name: string): number | undefined {
    return this.ids.get(name);
  }

  typeOf(name: string): string {
    return text(this.defs.get(name)?.type);
  }

  typeOfId(id: number): string {
    let type = this.types[id];
    if (type === undefined) {
      type = this.typeOf(this.names[id]);
      this.types[id] = type;
    }
    return type;
  }
}

export { peopleTable } from '../teams';

/** RowTable.flags bits. */
export const HEAD = 1; // the first row of its piece this year (accumulate reads the piece from here)
export const SUBMISSION = 4; // a submission of the unit
export const OFFICE_SUBMISSION = 8; // a submission of the 对口处室 (it relayed the piece upward)
export const RELAYED = 16; // relayed by a 对口处室 (RowTable.office has it)

export interface RowTable {
  n: number;
  unit: IdColumn; // unit id, -1 when the row does not count this year
  /** Rows relayed by a 对口处室 (RELAYED; a few in a hundred): row → the office's id. */
  office: Map<number, number>;
  pointsMonth: Int8Array; // month 0..11 by the row's assessment day, -1 outside the year / after asOf
  submitMonth: Int8Array; // month 0..11 by the row's submission day (submissionDays), -1 outside / after asOf
  /**
   * Relayed rows whose 对口处室's submission falls in another month than the unit's (officeSubmissionDays: the
   * unit had sent the piece before, the office relays it now): row → that month (-1 after asOf).
   */
  officeSubmitMonth: Map<number, number>;
  /**
   * Per 报送 quota (relay.ts quotaKey), the rows whose submission toward it falls in another month than
   * submitMonth (officeSubmitMonth for the office's): the piece first reached one of the quota's recipients then
   * (resubmissions.ts unitByQuota, officeByQuota). Row → month (-1 after asOf).
   */
  quotaSubmitMonth: Map<string, Map<number, number>>;
  quotaOfficeSubmitMonth: Map<string, Map<number, number>>;
  /** The scored columns, read in place (not copied): points and relay shares (finiteAt), countable. */
  points: Float64Array;
  relayPoints: Float64Array; // the 对口处室's share, read where RELAYED
  countable: Uint8Array;
  /** Held by a gate (佐证, 三审) yet a submission: counts toward 报送 only (ScoredColumns.heldSubmission). */
  heldSubmission: Uint8Array;
  /**
   * The adoptions after a piece's first, each with the piece's adoptions before it (credit.ts
   * earlierAdoptions): a person's or team's 去重 录用 item is earned by the earliest that passes the task's
   * filter. Empty when no indicator reads authors (no person or team slot reads it then).
   */
  earlierAdoptions: Map<number, number[]>;
  flags: Uint8Array; // HEAD | SUBMISSION | OFFICE_SUBMISSION | RELAYED
  /** How filters see the row for its unit (and people, teams, department): an id in viewList, -1 = none. */
  view: IdColumn;
  officeView: Map<number, number>; // … and for its 对口处室 (recipient = where the office sent it), by row
  /** The distinct views: rows look alike (a few outlets, kinds, recipients), so filters judge each once. */
  viewList: RowView[];
  /** Pieces (a unit's rows with one title key): from each HEAD row, the next row of the piece (-1: none). */
  next: Int32Array;
  /** The ledger's piece of each row (credit.ts pieceIds): priorOf is keyed by it. */
  rowPiece: Int32Array;
  /** Rows dated before the year, by ledger piece: what they counted makes this year's repeats count 0. */
  priorOf: Map<number, number[]>;
  /** Authors of those earlier rows who have rows this year: person id, team id, credit. */
  priorAuthors: Map<number, { person: number; team: number; credit: number }[]>;
  /** Authors of row i: authors[authorStart[i] .. authorStart[i + 1]), with their credit, points and team. */
  authorStart: Int32Array;
  authors: number[]; // person id
  authorCredit: number[]; // ScoredRow.credit of the author (finite)
  authorPoints: number[]; // ScoredRow.personPoints of the author (finite)
  authorTeam: number[]; // unit id of the person's 科室
  persons: PersonRegistry;
}

/**
 * A column of ids (-1: none), 2 bytes a row while the ids fit (a ledger has few units and row views: 1M rows
 * then hold 4 MB less typed-array memory, under what makes V8 mark the whole heap), widened to 4 past that.
 */
export type IdColumn = Int16Array | Int32Array;
const MAX_SHORT_ID = 32767;

/** The column with row i's id set: the same column, or a widened copy when the id does not fit two bytes. */
function withId(column: IdColumn, i: number, id: number): IdColumn {
  const out = id > MAX_SHORT_ID && column instanceof Int16Array ? Int32Array.from(column) : column;
  out[i] = id;
  return out;
}

/** A number column's value, 0 where it is not finite (a hand-built row's missing points). */
export function finiteAt(column: Float64Array, i: number): number {
  const v = column[i];
  return v - v === 0 ? v : 0;
}

export interface PersonRegistry {
  names: string[];
  ids: Map<string, number>;
  /** Unit types of the person's 科室 (人员) or of the units of their rows. */
  types: Set<string>[];
  /**
   * The person's 科室: from 人员, else the unit of the rows they wrote alone or as first author (most such
   * rows; tie: the latest, then the name first), else of all their rows alike (AuthorReader.settleHomes).
   */
  home: string[];
  listed: boolean[];
}

const NO_TAGS: string[] = [];

/** Texts of one column, interned: id of the trimmed text, looked up by the very value the ledger holds (cell). */
class Texts {
  private readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  private readonly raw = new Map<unknown, number>();

  /** `read`: how a cell's text is named (报送对象: by the own department), once per cell value. */
  constructor(private readonly read: (t: string) => string = (t) => t) {}

  id(t: string): number {
    let id = this.ids.get(t);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(t, id);
      this.list.push(t);
    }
    return id;
  }

  cell(v: unknown): number {
    let id = this.raw.get(v);
    if (id === undefined) {
      id = this.id(this.read(text(v)));
      this.raw.set(v, id);
    }
    return id;
  }
}

/**
 * Interns views: small ids for the texts (and tag lists) in them, one view per combination. `of` gives the view
 * id of a row of a kind, mode code and 类别 (its unit's, or its office's by recipient id); `reads` are the
 * RowView fields some filter reads (READS_*): the others are left out of the view. Views without outlet and
 * kind are found by tag list (byTags), then recipient × 32 + level and mode (-1: none yet); others by key.
 * perKind: per row kind (ScoredColumns.kinds), worked out on its first row: level rank + 2 (0: not yet),
 * outlet id, tags id.
 */
class Views {
  readonly outlets = new Texts();
  readonly kinds = new Texts();
  readonly recipients: Texts;
  private readonly tagLists = new Map<unknown, number>();
  private readonly byTags: Int32Array[] = [];
  private readonly byKey = new Map<number, number>();
  private readonly perKind: Int32Array;

  constructor(
    private readonly list: RowView[],
    private readonly reads: number,
    private readonly rowKinds: RowKind[],
    readonly department: Department,
  ) {
    this.recipients = new Texts((typed) => addressedRecipient(typed, department));
    this.outlets.id('');
    this.kinds.id('');
    this.recipients.id('');
    this.perKind = new Int32Array(rowKinds.length * 3);
  }

  of(kind: number, modeCode: number, kindCell: unknown, recipientId: number): number {
    const reads = this.reads;
    const pk = this.perKind;
    const at = kind * 3;
    if (pk[at] === 0) {
      const rk = this.rowKinds[kind];
      const tags = reads & READS_TAGS ? rk.tags : NO_TAGS;
      let id = this.tagLists.get(tags);
      if (id === undefined) {
        id = this.tagLists.size;
        this.tagLists.set(tags, id);
      }
      pk[at] = (reads & READS_LEVEL && rk.level ? levelRank(rk.level) : -1) + 2;
      pk[at + 1] = reads & READS_OUTLET ? this.outlets.cell(rk.outlet) : 0;
      pk[at + 2] = id;
    }
    const rank = pk[at] - 2;
    const o = pk[at + 1];
    const tagsId = pk[at + 2];
    const k = reads & READS_KIND ? this.kinds.cell(kindCell) : 0;
    const r = reads & READS_RECIPIENT ? recipientId : 0;
    const mode = reads & READS_MODE ? modeCode : 0;
    const low = (rank + 1) * 4 + mode; // 5 bits
    let key = -1;
    let table: Int32Array | undefined;
    if (o === 0 && k === 0 && r < 32) {
      table = this.byTags[tagsId] ??= new Int32Array(1024).fill(-1);
      key = r * 32 + low;
      if (table[key] >= 0) return table[key];
    } else if (o < 4096 && k < 4096 && r < 4096 && tagsId < 4096) {
      // Ids below 2^12 pack into one exact number (under 2^53); past that every view is its own.
      key = (((o * 4096 + k) * 4096 + r) * 4096 + tagsId) * 32 + low;
      const known = this.byKey.get(key);
      if (known !== undefined) return known;
    }
    const id = this.list.length;
    const tags = reads & READS_TAGS ? this.rowKinds[kind].tags : NO_TAGS;
    this.list.push({
      levelRank: rank,
      tags: Array.isArray(tags) ? tags : [],
      outlet: this.outlets.list[o],
      kind: this.kinds.list[k],
      recipient: this.recipients.list[r],
      mode: MODES[modeCode],
    });
    if (table) table[key] = id;
    else if (key >= 0) this.byKey.set(key, id);
    return id;
  }
}

export interface ReadOptions {
  /** The RowView fields the filters in force read (READS_*). */
  reads: number;
  /** Read the rows' authors (people and teams are judged, or the 人员 table names units). */
  authors: boolean;
  /** The office's own department (relay.ts departmentOf): 区委组织部 when not given. */
  department?: Department;
}

export function readRows(
  scored: ScoredLedger,
  units: UnitRegistry,
  people: Map<string, PersonDef>,
  cal: YearCalendar,
  options: ReadOptions,
): RowTable {
  const c = scoredColumns(scored);
  const lRows = ledgerSource(scored?.ledger as ScoredLedger['ledger']);
  const n = Math.min(c.n, lRows.length);
  const viewList: RowView[] = [];
  const views = new Views(viewList, options.reads, c.kinds, options.department ?? DEFAULT_DEPARTMENT);
  // The ledger's pieces (unit + title key, credit.ts): this year's rows of one are chained in row order.
  const { rowPiece, pieces } = n > 0 ? pieceIds(scored, c) : { rowPiece: new Int32Array(0), pieces: 0 };
  const t: RowTable = {
    n,
    unit: new Int16Array(n).fill(-1),
    office: new Map(),
    pointsMonth: new Int8Array(n).fill(-1),
    submitMonth: new Int8Array(n).fill(-1),
    officeSubmitMonth: new Map(),
    quotaSubmitMonth: new Map(),
    quotaOfficeSubmitMonth: new Map(),
    points: c.points,
    relayPoints: c.relayPoints,
    countable: c.countable,
    heldSubmission: c.heldSubmission,
    // Read by the person and team slots alone (accumulate.ts people, teams): none without authors to read.
    earlierAdoptions: n > 0 && options.authors ? earlierAdoptions(scored, c) : new Map(),
    flags: new Uint8Array(n),
    view: new Int16Array(n).fill(-1),
    officeView: new Map(),
    viewList,
    next: new Int32Array(n).fill(-1),
    rowPiece,
    priorOf: new Map(),
    priorAuthors: new Map(),
    authorStart: new Int32Array(options.authors ? n + 1 : 0),
    authors: [],
    authorCredit: [],
    authorPoints: [],
    authorTeam: [],
    persons: { names: [], ids: new Map(), types: [], home: [], listed: [] },
  };
  // Per ledger piece, its last row this year so far (-1: none yet).
  const tail = new Int32Array(pieces).fill(-1);
  const prior: number[] = []; // row, unit id, … of rows dated before the year
  const staffed = staffedUnits(people);
  const authors = options.authors ? new AuthorReader(t, units, people, staffed) : null;
  const sent = n > 0 ? submissionDays(scored, c) : new Float64Array(0);
  const officeSent = n > 0 ? officeSubmissionDays(scored, c) : sent;
  readYear(t, c, lRows, { units, cal, views, authors, tail, prior, sent, officeSent });
  if (n > 0) quotaMonths(t, scored, lRows, cal);
  if (authors) {
    t.authorStart[n] = t.authors.length;
    authors.settleHomes();
  }

  // Rows of earlier years matter only for pieces that have rows this year.
  for (let p = 0; p < prior.length; p += 2) {
    const i = prior[p];
    const uid = prior[p + 1];
    const l = lRows.at(i);
    if (uid < 0) continue;
    const piece = rowPiece[i];
    if (tail[piece] < 0) continue;
    t.unit = withId(t.unit, i, uid);
    describeRow(t, views, c, i, l.kind, l.recipient, '', views.recipients.cell(l.recipient));
    const list = t.priorOf.get(piece);
    if (list) list.push(i);
    else t.priorOf.set(piece, [i]);
    const authors = Array.isArray(l.authors) ? l.authors : [];
    const rowCredit = c.credit(i);
    const credit = Array.isArray(rowCredit) ? rowCredit : [];
    t.priorAuthors.set(
      i,
      authors.map((a, k) => {
        const name = text(a);
        const listed = people.get(name);
        return {
          person: t.persons.ids.get(name) ?? -1,
          team: listed ? units.id(text(listed.unit)) : staffed.has(units.names[uid]) ? -1 : uid,
          credit: finite(credit[k]),
        };
      }),
    );
  }
  // A person listed in 人员 with no row is still judged: their tasks are unmet, a chief keeps the team's bonus.
  const ps = t.persons;
  for (const [name, listed] of people) {
    if (ps.ids.has(name)) continue;
    ps.ids.set(name, ps.names.length);
    ps.names.push(name);
    ps.types.push(new Set([units.typeOf(text(listed.unit))]));
    ps.home.push(text(listed.unit));
    ps.listed.push(true);
  }
  return t;
}

/** RowTable.quotaSubmitMonth and quotaOfficeSubmitMonth: rows of the year (and their offices') only. */
function quotaMonths(t: RowTable, scored: ScoredLedger, lRows: LedgerSource, cal: YearCalendar): void {
  const found = resubmissionsOf(scored);
  const { submittedOn } = lRows.table;
  const fill = (
    from: Map<string, Map<number, number>>,
    into: Map<string, Map<number, number>>,
    office: boolean,
  ) => {
    for (const [quota, rows] of from) {
      const months = new Map<number, number>();
      for (const [i, first] of rows) {
        if (i >= t.n || t.unit[i] < 0 || (office && !t.office.has(i))) continue;
        months.set(i, countedMonth(cal, submittedOn[first]));
      }
      if (months.size > 0) into.set(quota, months);
    }
  };
  fill(found.unitByQuota, t.quotaSubmitMonth, false);
  fill(found.officeByQuota, t.quotaOfficeSubmitMonth, true);
}

/** What readYear reads with and fills besides the table. */
interface Reading {
  units: UnitRegistry;
  cal: YearCalendar;
  views: Views;
  authors: AuthorReader | null;
  /** Per ledger piece, its last row this year so far (-1: none yet). */
  tail: Int32Array;
  /** Row, unit id, … of rows dated before the year. */
  prior: number[];
  /** The day each row counts as submitted on (submissionDays: a piece's earliest 报送日期; NaN: none). */
  sent: Float64Array;
  /** The day a relayed row counts as its 对口处室's submission on (officeSubmissionDays; `sent` when the same). */
  officeSent: Float64Array;
}

/**
 * The pass over the rows for the year. A function that ends with its loop: code optimised while the loop runs
 * is otherwise thrown away on the code after it, and made again for the next ledger.
 */
function readYear(t: RowTable, c: ScoredColumns, lRows: LedgerSource, r: Reading): void {
  const { units, cal, views, authors, tail, prior, sent: sentDays, officeSent } = r;
  const { n, rowPiece } = t;
  // Registry id of each of the columns' units (-2: not looked up yet), looked up on its first row so that
  // ledger-only units are numbered in the order the rows name them, as before.
  const unitOfColumn = new Int32Array(c.units.length).fill(-2);
  // The ledger's columns: what is looked up by a text (a unit, a 报送对象) is looked up once per text id.
  const lt = lRows.table;
  const texts = lt.texts.values;
  const unitOfText = new Int32Array(texts.length).fill(-2);
  const recipientOfText = new Int32Array(texts.length).fill(-1);
  const unitId = (id: number): number => {
    let u = unitOfText[id];
    if (u === -2) {
      u = units.idOfCell(texts[id]);
      unitOfText[id] = u;
    }
    return u;
  };
  for (let i = 0; i < n; i++) {
    if (authors) t.authorStart[i] = t.authors.length;
    const column = c.unit[i];
    if (column < 0 || !lRows.at(i)) continue; // no scored row (a hole in a hand-built list) or no ledger row
    // Every unit named in the ledger is listed, whatever the date of its rows.
    let sid = unitOfColumn[column];
    if (sid === -2) {
      sid = units.idOfCell(c.units[column]);
      unitOfColumn[column] = sid;
    }
    const uid = sid >= 0 ? sid : unitId(lt.unit[i]);
    const relay = lt.relayOffice[i];
    const rid = relay === 0 ? -1 : unitId(relay);
    const named = rid !== uid ? rid : -1; // relayOfficeOf, without an object per row
    // The office that relayed it (relay.ts relayingOffice): a name 单位 says is no office relays nothing, nor does
    // a row of a unit the 单位 table does not list, which counts nowhere (reportPass: audit s38 L6).
    const listed = uid < units.definedCount || units.definedCount === 0;
    const oid = named >= 0 && listed && !isNoOffice(units.names[named], views.department) ? named : -1;
    const day = dayAt(c, i);
    const pointsMonth = countedMonth(cal, day);
    const submitted = lt.submittedOn[i];
    // 报送日期, else its piece's earliest, else 录用日期, else the row's day (submissionDays)
    const sent = sentDays[i];
    const submitMonth = countedMonth(cal, sent);
    if (pointsMonth < 0 && submitMonth < 0) {
      const dated = day ?? (Number.isNaN(sent) ? null : sent);
      if (dated !== null && dated < cal.start && lt.titleHash[i] !== 0) prior.push(i, uid);
      continue;
    }
    t.unit = withId(t.unit, i, uid);
    if (oid >= 0) {
      t.office.set(i, oid);
      const os = officeSent[i];
      if (os !== sent && !Number.isNaN(os)) t.officeSubmitMonth.set(i, countedMonth(cal, os));
    }
    t.pointsMonth[i] = pointsMonth;
    t.submitMonth[i] = submitMonth;
    // A relayed row is the unit's submission to the own department, as it addressed it (001 §三.9, relay.ts),
    // whether or not its 对口处室 is an office (that decides only the office's part: describeRow).
    let recipient: number;
    if (named >= 0)
      recipient = views.recipients.id(
        relayedRecipient(text(texts[lt.recipient[i]]), text(texts[relay]), views.department),
      );
    else {
      const typed = lt.recipient[i];
      recipient = recipientOfText[typed];
      if (recipient < 0) {
        recipient = views.recipients.cell(texts[typed]);
        recipientOfText[typed] = recipient;
      }
    }
    // A submission: it names a recipient, is a 报送 row, or has a 报送日期 of its own (an adoption row without
    // 报送对象 is one as a 报送 row is: RULES §9 takes it out of the quotas filtered by recipient only).
    const submits = recipient !== 0 || c.mode[i] === SUBMITTED || submitted !== NO_DAY;
    let flags = (submits ? SUBMISSION : 0) | (oid >= 0 ? RELAYED : 0);
    const office = oid >= 0 ? text(texts[relay]) : '';
    flags |= describeRow(t, views, c, i, texts[lt.kind[i]], texts[lt.recipient[i]], office, recipient);

    // The piece: rows of one unit with the same title key. Scoring and pieceIds give an untitled row a piece
    // of its own, so a piece met again is titled: no title is read here.
    const piece = rowPiece[i];
    const last = tail[piece];
    if (last < 0) {
      tail[piece] = i;
      flags |= HEAD;
    } else {
      t.next[last] = i;
      tail[piece] = i;
    }
    t.flags[i] = flags;
    if (authors) authors.read(i, c, lt.authors[i], submitted === NO_DAY ? null : submitted, uid);
  }
}

/**
 * The filters' views of row i (for its unit and its 对口处室 `office`, '' when not relayed); OFFICE_SUBMISSION
 * when the office relayed it upward.
 */
function describeRow(
  t: RowTable,
  views: Views,
  c: ScoredColumns,
  i: number,
  typedKind: string,
  typedRecipient: string,
  office: string,
  recipient: number,
): number {
  const kind = c.kind[i];
  const mode = c.mode[i];
  t.view = withId(t.view, i, views.of(kind, mode, typedKind, recipient));
  if (office === '') return 0;
  const upward = officeRecipient(
    { recipient: text(typedRecipient), mode: MODES[mode], relayOffice: office },
    c.kinds[kind].level,
    views.department,
  );
  t.officeView.set(i, views.of(kind, mode, typedKind, views.recipients.id(upward)));
  return upward !== '' ? OFFICE_SUBMISSION : 0;
}

/**
 * Reads rows' authors into the person registry and RowTable.authors*. Per person: the units of their rows
 * (an unlisted person's 科室 is settled once all are read: settleHomes), the unit whose type was last added to
 * types (skips repeats), the 科室 id the 人员 table names (-1 when unlisted); byCell: author cell as the ledger
 * holds it → person id (-1 blank).
 */
class AuthorReader {
  /**
   * Per unlisted person, the units of their rows, 5 numbers a unit: unit id, rows written alone or as first
   * author, the latest day of those, all rows, the latest day of all (sweep s25d F6: a co-author's row filed
   * under another 科室 does not move them).
   */
  private readonly homeRows: number[][] = [];
  /** Author slots (index into RowTable.authors) of an unlisted person named after the first author. */
  private readonly coAuthorSlots: number[] = [];
  private readonly lastTypeUnit: number[] = [];
  private readonly listedTeam: number[] = [];
  private readonly byCell = new Map<unknown, number>();
  /** Per unit id: the team an unlisted author of its rows counts for (-1: none; undefined: not looked up yet). */
  private readonly unlistedTeam: number[] = [];

  constructor(
    private readonly t: RowTable,
    private readonly units: UnitRegistry,
    private readonly people: Map<string, PersonDef>,
    private readonly staffed: Set<string>,
  ) {}

  /** The row's unit, unless the 人员 table lists its team (then an author it does not list is no member). */
  private teamOfUnlisted(uid: number): number {
    if (uid < 0) return uid;
    let team = this.unlistedTeam[uid];
    if (team === undefined) {
      team = this.staffed.has(this.units.names[uid]) ? -1 : uid;
      this.unlistedTeam[uid] = team;
    }
    return team;
  }

  private personOf(cell: unknown, uid: number): number {
    let pid = this.byCell.get(cell);
    if (pid !== undefined) return pid;
    const name = text(cell);
    const ps = this.t.persons;
    const units = this.units;
    if (!name) pid = -1;
    else {
      pid = ps.ids.get(name);
      if (pid === undefined) {
        const listed = this.people.get(name);
        pid = ps.names.length;
        ps.ids.set(name, pid);
        ps.names.push(name);
        ps.types.push(new Set(listed ? [units.typeOf(text(listed.unit))] : []));
        ps.home.push(listed ? text(listed.unit) : uid >= 0 ? units.names[uid] : '');
        ps.listed.push(Boolean(listed));
        this.homeRows.push([]);
        this.lastTypeUnit.push(-2);
        this.listedTeam.push(listed ? units.id(text(listed.unit)) : -1);
      }
    }
    this.byCell.set(cell, pid);
    return pid;
  }

  /** Row i's authors (作者, as parsed) and 报送日期 (null: blank), of unit id uid. */
  read(i: number, c: ScoredColumns, rowAuthors: string[], submittedOn: number | null, uid: number): void {
    const authors = Array.isArray(rowAuthors) ? rowAuthors : NO_TAGS;
    if (authors.length === 0) return;
    const t = this.t;
    const ps = t.persons;
    const rowCredit = c.credit(i);
    const rowPoints = c.personPoints(i);
    const credit = Array.isArray(rowCredit) ? rowCredit : NO_TAGS;
    const pp = Array.isArray(rowPoints) ? rowPoints : NO_TAGS;
    const day = finite(dayAt(c, i) ?? submittedOn ?? 0);
    for (let k = 0; k < authors.length; k++) {
      const pid = this.personOf(authors[k], uid);
      if (pid < 0) continue;
      if (!ps.listed[pid]) {
        if (this.lastTypeUnit[pid] !== uid) {
          ps.types[pid].add(uid >= 0 ? this.units.typeOfId(uid) : '');
          this.lastTypeUnit[pid] = uid;
        }
        if (uid >= 0) this.countHome(pid, uid, k === 0, day);
        if (k > 0) this.coAuthorSlots.push(t.authors.length);
      }
      t.authors.push(pid);
      t.authorCredit.push(finite(credit[k]));
      t.authorPoints.push(finite(pp[k]));
      t.authorTeam.push(ps.listed[pid] ? this.listedTeam[pid] : this.teamOfUnlisted(uid));
    }
  }

  private countHome(pid: number, uid: number, first: boolean, day: number): void {
    const list = this.homeRows[pid];
    let at = 0;
    while (at < list.length && list[at] !== uid) at += 5;
    if (at === list.length) list.push(uid, 0, Number.NEGATIVE_INFINITY, 0, Number.NEGATIVE_INFINITY);
    if (first) {
      list[at + 1] += 1;
      if (day > list[at + 2]) list[at + 2] = day;
    }
    list[at + 3] += 1;
    if (day > list[at + 4]) list[at + 4] = day;
  }

  /**
   * Each unlisted person's 科室 (PersonRegistry.home): the unit of most of the rows they wrote alone or as first
   * author, on a tie the one with the latest such row, then the name first (never the sheet's order: sweep
   * S22c F1); with no such row, of all their rows alike. A co-author's credit on a row of another unit goes to
   * that 科室's team (as a member of another 科室 credits their own), their own rows' to the row's unit.
   */
  settleHomes(): void {
    const ps = this.t.persons;
    const names = this.units.names;
    for (let pid = 0; pid < this.homeRows.length; pid++) {
      const list = this.homeRows[pid];
      if (ps.listed[pid] || list.length === 0) continue;
      let firsts = 0;
      for (let at = 0; at < list.length; at += 5) firsts += list[at + 1];
      const count = firsts > 0 ? 1 : 3;
      let best = -1;
      for (let at = 0; at < list.length; at += 5) {
        if (list[at + count] === 0) continue;
        if (best < 0) {
          best = at;
          continue;
        }
        const more = list[at + count] - list[best + count];
        const later = list[at + count + 1] - list[best + count + 1];
        if (more > 0 || (more === 0 && (later > 0 || (later === 0 && names[list[at]] < names[list[best]]))))
          best = at;
      }
      ps.home[pid] = names[list[best]];
    }
    const t = this.t;
    for (const a of this.coAuthorSlots) {
      const home = ps.home[t.authors[a]];
      const id = home === '' ? -1 : this.units.id(home);
      t.authorTeam[a] = this.teamOfUnlisted(id);
    }
  }
}

// V8 forgets an object shape once its last object is gone, and with it the optimized code that read such
// objects; an evaluation's objects (and its ledger's) are all gone by the next one. So idle objects of each
// class here are kept, made anew after each evaluation (with the shapes it left). (The ledger's row cursor
// is kept by reportPass.ts: a kept row of a ledger would keep its whole table.)
const NO_LEDGER = { ledger: { rows: [] }, rows: [] } as unknown as ScoredLedger;
const kept: unknown[] = [];

/** An idle table and readers, kept until the next evaluation; the table is for accumulate's. */
export function keepShapes(): RowTable {
  const units = new UnitRegistry([]);
  const table = readRows(NO_LEDGER, units, new Map(), yearCalendar(2000, 0), { reads: 0, authors: false });
  kept[0] = [
    table,
    new Views([], 0, [], DEFAULT_DEPARTMENT),
    new AuthorReader(table, units, new Map(), new Set()),
  ];
  return table;
}
