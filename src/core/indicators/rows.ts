// Phase 1 of the 指标 engine (rows): per ledger row, what the indicators need to know — its unit and
// relaying office, its months, how a filter sees it, its piece (篇目), its authors and their teams.
//
// Decisions:
// - Only rows of the assessment year dated on or before asOf count. Rows dated before the year are kept
//   aside per piece: a piece counted in an earlier year counts 0 this year (000 重复用稿不计任务, RULES §10.4).
// - A relayed row (对口处室) is the unit's submission to 区委组织部; the office's is to the upper department in
//   报送对象, else the one the adopting outlet's level names (relay.ts). None → no submission of the office.
// - A person belongs to the 科室 the 人员 table names; an author it does not list belongs to the row's 单位.
import { pieceIds } from '../credit';
import { levelRank } from '../levels';
import { DISTRICT_DEPARTMENT, officeRecipient } from '../relay';
import type { LedgerRow, PersonDef, Rules, ScoredLedger, ScoredRow, UnitDef } from '../types';
import type { YearCalendar } from './calendar';
import type { RowView } from './compile';

export function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

export function finite(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** Units by id: the 单位 table first, in its order; units only the ledger names follow. */
export class UnitRegistry {
  readonly defs = new Map<string, UnitDef>();
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
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

  idOf(name: string): number | undefined {
    return this.ids.get(name);
  }

  typeOf(name: string): string {
    return text(this.defs.get(name)?.type);
  }
}

/** The 人员 table: name → the 科室 and months in post, for the names it lists once. */
export function peopleTable(rules: Rules): Map<string, PersonDef> {
  const out = new Map<string, PersonDef>();
  for (const p of Array.isArray(rules?.people) ? rules.people : []) {
    const name = text(p?.name);
    if (name && text(p.unit) && !out.has(name)) out.set(name, p);
  }
  return out;
}

export interface RowTable {
  n: number;
  scored: ScoredRow[];
  unit: Int32Array; // unit id, -1 when the row does not count this year
  office: Int32Array; // 对口处室 id, -1 when not relayed
  pointsMonth: Int8Array; // month 0..11 by the row's assessment day, -1 outside the year / after asOf
  submitMonth: Int8Array; // month 0..11 by 报送日期 (else 录用日期)
  countable: Uint8Array;
  submission: Uint8Array; // a submission of the unit
  officeSubmission: Uint8Array; // a submission of the 对口处室 (it relayed the piece upward)
  /** How filters see the row for its unit (and people, teams, department): an id in viewList, -1 = none. */
  view: Int32Array;
  officeView: Int32Array; // … and for its 对口处室 (recipient = where the office sent it)
  /** The distinct views: rows look alike (a few outlets, kinds, recipients), so filters judge each once. */
  viewList: RowView[];
  viewIds: Views;
  /** Pieces (a unit's rows with one title key): the first row, the next row of each, the size. */
  pieceHead: number[];
  next: Int32Array;
  pieceSize: number[];
  /** Rows dated before the year, by piece: what they counted makes this year's repeats count 0. */
  priorOf: Map<number, number[]>;
  /** Authors of those earlier rows who have rows this year: person id, team id, credit. */
  priorAuthors: Map<number, { person: number; team: number; credit: number }[]>;
  /** Authors of row i: authors[authorStart[i] .. authorStart[i + 1]), with their position and team. */
  authorStart: Int32Array;
  authors: number[]; // person id
  authorIndex: number[]; // position in LedgerRow.authors (to read credit / personPoints)
  authorTeam: number[]; // unit id of the person's 科室
  persons: PersonRegistry;
}

export interface PersonRegistry {
  names: string[];
  ids: Map<string, number>;
  /** Unit types of the person's 科室 (人员) or of the units of their rows. */
  types: Set<string>[];
  /** The person's 科室: from 人员, else the unit of their latest row. */
  home: string[];
  listed: boolean[];
}

/** Interns views: small ids for the texts (and tag lists) in them, one view per combination. */
class Views {
  private readonly texts = new Map<string, number>();
  private readonly tagLists = new Map<unknown, number>();
  private readonly byKey = new Map<number, number>();

  constructor(private readonly list: RowView[]) {}

  private textId(t: string): number {
    let id = this.texts.get(t);
    if (id === undefined) {
      id = this.texts.size;
      this.texts.set(t, id);
    }
    return id;
  }

  /** The id of the view of a row (its unit's, or with the office's recipient). */
  of(s: ScoredRow, l: LedgerRow, recipient: string): number {
    const rank = s.level ? levelRank(s.level) : -1;
    const outlet = text(s.outlet);
    const kind = text(l.kind);
    const mode = MODE_INDEX.get(s.mode) ?? 3;
    let tagsId = this.tagLists.get(s.tags);
    if (tagsId === undefined) {
      tagsId = this.tagLists.size;
      this.tagLists.set(s.tags, tagsId);
    }
    const o = this.textId(outlet);
    const k = this.textId(kind);
    const r = this.textId(recipient);
    // Ids below 2^12 pack into one exact number (under 2^53); past that every view is its own.
    const packable = o < 4096 && k < 4096 && r < 4096 && tagsId < 4096;
    const key = packable ? (((o * 4096 + k) * 4096 + r) * 4096 + tagsId) * 32 + (rank + 1) * 4 + mode : -1;
    const known = packable ? this.byKey.get(key) : undefined;
    if (known !== undefined) return known;
    const id = this.list.length;
    this.list.push({
      levelRank: rank,
      tags: Array.isArray(s.tags) ? s.tags : [],
      outlet,
      kind,
      recipient,
      mode: s.mode,
    });
    if (packable) this.byKey.set(key, id);
    return id;
  }
}

const MODE_INDEX = new Map<unknown, number>([
  ['录用', 0],
  ['综合', 1],
  ['报送', 2],
]);

export function readRows(
  scored: ScoredLedger,
  units: UnitRegistry,
  people: Map<string, PersonDef>,
  cal: YearCalendar,
): RowTable {
  const sRows: ScoredRow[] = Array.isArray(scored?.rows) ? scored.rows : [];
  const lRows: LedgerRow[] = Array.isArray(scored?.ledger?.rows) ? scored.ledger.rows : [];
  const n = Math.min(sRows.length, lRows.length);
  const viewList: RowView[] = [];
  const t: RowTable = {
    n,
    scored: sRows,
    unit: new Int32Array(n).fill(-1),
    office: new Int32Array(n).fill(-1),
    pointsMonth: new Int8Array(n).fill(-1),
    submitMonth: new Int8Array(n).fill(-1),
    countable: new Uint8Array(n),
    submission: new Uint8Array(n),
    officeSubmission: new Uint8Array(n),
    view: new Int32Array(n).fill(-1),
    officeView: new Int32Array(n).fill(-1),
    viewList,
    viewIds: new Views(viewList),
    pieceHead: [],
    next: new Int32Array(n).fill(-1),
    pieceSize: [],
    priorOf: new Map(),
    priorAuthors: new Map(),
    authorStart: new Int32Array(n + 1),
    authors: [],
    authorIndex: [],
    authorTeam: [],
    persons: { names: [], ids: new Map(), types: [], home: [], listed: [] },
  };
  const pieceTail: number[] = [];
  const latest: { day: number; row: number }[] = [];
  const prior: number[] = [];
  // The ledger's pieces (unit + title key, credit.ts), numbered here in the order their first row of the year comes.
  const { rowPiece, pieces } = n > 0 ? pieceIds(scored) : { rowPiece: new Int32Array(0), pieces: 0 };
  const localPiece = new Int32Array(pieces).fill(-1);

  for (let i = 0; i < n; i++) {
    t.authorStart[i] = t.authors.length;
    const s = sRows[i];
    const l = lRows[i];
    if (!s || !l) continue;
    const unit = text(s.unit) || text(l.unit);
    const relayOffice = text(l.relayOffice);
    const office = relayOffice !== '' && relayOffice !== unit ? relayOffice : ''; // relayOfficeOf, without an object per row
    // Every unit named in the ledger is listed, whatever the date of its rows.
    const uid = unit ? units.id(unit) : -1;
    const oid = office ? units.id(office) : -1;
    const pointsMonth = cal.countedMonth(s.day);
    const submitMonth = cal.countedMonth(l.submittedOn ?? l.adoptedOn ?? s.day);
    if (pointsMonth < 0 && submitMonth < 0) {
      const day = s.day ?? l.submittedOn ?? l.adoptedOn;
      if (day !== null && day !== undefined && day < cal.start && text(l.titleKey) !== '') prior.push(i);
      continue;
    }
    t.unit[i] = uid;
    t.office[i] = oid;
    t.pointsMonth[i] = pointsMonth;
    t.submitMonth[i] = submitMonth;
    describeRow(t, i, s, l, oid);

    // The piece: rows of one unit with the same title key; an untitled row is a piece of its own.
    const piece = text(l.titleKey) ? localPiece[rowPiece[i]] : -1;
    if (piece < 0) {
      if (text(l.titleKey)) localPiece[rowPiece[i]] = t.pieceHead.length;
      t.pieceHead.push(i);
      pieceTail.push(i);
      t.pieceSize.push(1);
    } else {
      t.next[pieceTail[piece]] = i;
      pieceTail[piece] = i;
      t.pieceSize[piece] += 1;
    }

    const authors = Array.isArray(l.authors) ? l.authors : [];
    const day = finite(s.day ?? l.submittedOn ?? 0);
    const ps = t.persons;
    for (let k = 0; k < authors.length; k++) {
      const name = text(authors[k]);
      if (!name) continue;
      const listed = people.get(name);
      let pid = ps.ids.get(name);
      if (pid === undefined) {
        pid = ps.names.length;
        ps.ids.set(name, pid);
        ps.names.push(name);
        ps.types.push(new Set(listed ? [units.typeOf(text(listed.unit))] : []));
        ps.home.push(listed ? text(listed.unit) : unit);
        ps.listed.push(Boolean(listed));
        latest.push({ day, row: i });
      }
      if (!listed) {
        ps.types[pid].add(unit ? units.typeOf(unit) : '');
        const last = latest[pid];
        if (day > last.day || (day === last.day && i > last.row)) {
          last.day = day;
          last.row = i;
          ps.home[pid] = unit;
        }
      }
      t.authors.push(pid);
      t.authorIndex.push(k);
      t.authorTeam.push(listed ? units.id(text(listed.unit)) : uid);
    }
  }
  t.authorStart[n] = t.authors.length;

  // Rows of earlier years matter only for pieces that have rows this year.
  for (const i of prior) {
    const s = sRows[i];
    const l = lRows[i];
    const unit = text(s.unit) || text(l.unit);
    const uid = units.idOf(unit);
    if (uid === undefined) continue;
    const piece = localPiece[rowPiece[i]];
    if (piece < 0) continue;
    t.unit[i] = uid;
    describeRow(t, i, s, l, -1);
    const list = t.priorOf.get(piece);
    if (list) list.push(i);
    else t.priorOf.set(piece, [i]);
    const authors = Array.isArray(l.authors) ? l.authors : [];
    const credit = Array.isArray(s.credit) ? s.credit : [];
    t.priorAuthors.set(
      i,
      authors.map((a, k) => {
        const name = text(a);
        const listed = people.get(name);
        return {
          person: t.persons.ids.get(name) ?? -1,
          team: listed ? units.id(text(listed.unit)) : uid,
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

/** Countable, submission and the filters' views of row i (for its unit and its 对口处室). */
function describeRow(t: RowTable, i: number, s: ScoredRow, l: LedgerRow, oid: number): void {
  // A relayed row is the unit's submission to 区委组织部, whatever 报送对象 says (001 §三.9).
  const recipient = oid >= 0 ? DISTRICT_DEPARTMENT : text(l.recipient);
  t.view[i] = t.viewIds.of(s, l, recipient);
  // Scored rows without the flag: fall back to what makes a row countable.
  const countable = typeof s.countable === 'boolean' ? s.countable : !s.duplicate && !l.blocked && !l.verdict;
  t.countable[i] = countable ? 1 : 0;
  t.submission[i] = recipient !== '' || s.mode === '报送' ? 1 : 0;
  if (oid >= 0) {
    const upward = officeRecipient({ recipient: text(l.recipient), mode: s.mode }, s.level);
    t.officeView[i] = t.viewIds.of(s, l, upward);
    t.officeSubmission[i] = upward !== '' ? 1 : 0;
  }
}
