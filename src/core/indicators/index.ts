// 指标 engine: every indicator of the rule table evaluated for units, people, teams and the department,
// with pace (按时间进度), any-of groups, 视同达标, and the bonuses of RULES §4 (teams, veto, office coupling).
//
// Decisions (RULES §4 leaves them open; they are fixed here):
// - Only rows of the assessment year (设置.年度) dated on or before asOf count. 积分/录用 rows are dated by
//   ScoredRow.day; 报送/篇目 events by 报送日期, else 录用日期.
// - 积分 sums ScoredRow.points (every row, 倒扣 negative); the 对口处室 receives ScoredRow.relayPoints.
//   Count metrics (录用, 报送, 篇目) take only countable rows.
// - 录用: adoption rows (采用方式 录用 unless the filter names modes); with 去重 a piece (unit + title key)
//   counts once per bucket. 报送: a row whose 报送对象 is filled or whose mode is 报送, distinct pieces
//   per bucket. 篇目: distinct pieces with any countable row. A relayed row (对口处室 set) also counts as
//   a submission, and its relay points, for that office (not as an adoption or a piece of the office);
//   the office counts each relayed piece (source unit + title) once per bucket.
// - Filters: level at or above, tags (any), outlets (name or alias), kinds, recipients, modes.
// - Windows: 每月/每季 judge closed buckets only; value = the bucket holding asOf (see status.ts).
// - Several rows with one name and subject are dated versions: the latest 生效日期 ≤ asOf applies.
// - Awards: paid when every standalone indicator and any-of group carrying the award is met; a team gets
//   amount × headcount, 0 under 一票否决, half for the 办公室 when a yearly department indicator misses.
// - Half tags (折半标签) weigh a row 0.5; a distinct piece takes the largest weight among its rows.
// - A person's count is Σ their credit (计任务) over matching rows, a piece once; their points are
//   personPoints. People are known by name. Year totals of counts are rounded half up once the year closes.
// - The department (全部门) takes every row once: relay shares are not added again.
// - Subject unitType '' means every unit (or every person). Teams are units of the 单位 table.
// - A subject with no indicator is compliant and 已达标 (nothing to miss).

import { levelRank } from '../levels';
import { interner } from '../maps';
import { compareNames } from '../names';
import { clean, roundHalfUp } from '../text';
import type {
  Day,
  IndicatorResult,
  IndicatorSubject,
  LedgerRow,
  Rules,
  ScoredLedger,
  ScoredRow,
  Status,
  SubjectResult,
  UnitDef,
} from '../types';
import { bucketOfMonth, type YearCalendar, yearCalendar } from './calendar';
import { type CompiledIndicator, compileIndicator, indicatorsInForce, type RowView } from './compile';
import { bestStatus, bucketStatus, worstStatus, yearStatus } from './status';

export { indicatorsInForce } from './compile';
export { bestStatus, STATUS_ORDER, statusRank, worstStatus } from './status';

export const DEPARTMENT = '全部门';

export interface IndicatorEvaluation {
  units: SubjectResult[];
  people: SubjectResult[];
  teams: SubjectResult[];
  department: SubjectResult | null;
}

/** One indicator's accumulators: per subject id, a value per bucket, and the pieces already seen. */
interface Slot {
  c: CompiledIndicator;
  subject: IndicatorSubject;
  values: (Float64Array | undefined)[]; // by subject id (unit, person, or 0 for the department)
  /** Distinct counts of the piece being read: key subject × 16 + bucket → the largest value. */
  pending: { keys: number[]; vals: number[]; n: number; map: Map<number, number> | null };
}

const MAX_BUCKETS = 16; // subject × 16 + bucket makes a numeric key for the pending maps

function finite(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

/** Headcount equivalent (000 §三(四)): a member in post under six months counts 0.5, else 1. */
export function headcountEquivalent(def: UnitDef | undefined): { members: number; equivalent: number } {
  if (!def) return { members: 0, equivalent: 0 };
  const months = Array.isArray(def.monthsInPost) ? def.monthsInPost : [];
  const head = Number.isFinite(def.headcount) && def.headcount > 0 ? Math.floor(def.headcount) : 0;
  const members = Math.max(head, months.length);
  let equivalent = 0;
  for (let i = 0; i < members; i++) {
    const m = months[i];
    const inPost = typeof m === 'number' && Number.isFinite(m) ? m : 12; // missing entries = 12
    equivalent += inPost < 6 ? 0.5 : 1;
  }
  return { members, equivalent };
}

function unitTypeMatches(subject: IndicatorSubject, type: string): boolean {
  if (subject.kind === 'everyUnit') return true;
  if (subject.kind === 'unitType' || subject.kind === 'team')
    return subject.unitType === '' || subject.unitType === type;
  return false;
}

export function evaluateIndicators(scored: ScoredLedger, rules: Rules, asOf: Day): IndicatorEvaluation {
  const settings = rules?.settings;
  const cal = yearCalendar(Number(settings?.year), asOf);
  const outlets = Array.isArray(rules?.outlets) ? rules.outlets : [];

  // Units: the 单位 table first, in its order; units only found in the ledger follow, typed ''.
  const defs = new Map<string, UnitDef>();
  for (const u of Array.isArray(rules?.units) ? rules.units : []) {
    const name = text(u?.name);
    if (name && !defs.has(name)) defs.set(name, u);
  }
  const { id: unitId, ids: unitIds, names: unitNames } = interner();
  for (const name of defs.keys()) unitId(name);
  const definedCount = unitNames.length;
  const typeOf = (name: string): string => text(defs.get(name)?.type);

  // Indicators in force, compiled, each with its accumulators, split by the kind of subject.
  const unitSlots: Slot[] = [];
  const personSlots: Slot[] = [];
  const deptSlots: Slot[] = [];
  for (const ind of indicatorsInForce(rules?.indicators ?? [], cal.end, cal.asOf)) {
    const c = compileIndicator(ind, outlets);
    const subject = ind.subject;
    if (!c || !subject || typeof subject !== 'object') continue;
    const slot: Slot = { c, subject, values: [], pending: { keys: [], vals: [], n: 0, map: null } };
    if (subject.kind === 'person') personSlots.push(slot);
    else if (subject.kind === 'department') deptSlots.push(slot);
    else if (subject.kind === 'unitType' || subject.kind === 'everyUnit' || subject.kind === 'team')
      unitSlots.push(slot);
  }
  // Per unit id, the unit-scoped slots (unit and team indicators) whose unit type matches.
  const slotsOfUnit: Slot[][] = [];
  const slotsFor = (id: number): Slot[] => {
    let list = slotsOfUnit[id];
    if (!list) {
      const type = typeOf(unitNames[id]);
      list = unitSlots.filter((s) => unitTypeMatches(s.subject, type));
      slotsOfUnit[id] = list;
    }
    return list;
  };

  // ───── pass 1: per row, what the indicators need; rows chained by piece (篇目: unit + title key) ─────
  const sRows: ScoredRow[] = Array.isArray(scored?.rows) ? scored.rows : [];
  const lRows: LedgerRow[] = Array.isArray(scored?.ledger?.rows) ? scored.ledger.rows : [];
  const n = Math.min(sRows.length, lRows.length);
  const rowUnit = new Int32Array(n).fill(-1);
  const rowOffice = new Int32Array(n).fill(-1);
  const rowPointsMonth = new Int8Array(n).fill(-1); // month 0..11 by the row's assessment day
  const rowSubmitMonth = new Int8Array(n).fill(-1); // month 0..11 by 报送日期 (else 录用日期)
  const rowCountable = new Uint8Array(n);
  const rowSubmission = new Uint8Array(n);
  const rowNext = new Int32Array(n).fill(-1); // next row of the same piece
  const views: RowView[] = new Array(n);
  const pieceHead: number[] = [];
  const pieceTail: number[] = [];
  const pieceSize: number[] = [];
  const piecesOfUnit = new Map<number, Map<string, number>>();
  // Authors of each row as person ids, flat: rowAuthors[authorStart[i] .. authorStart[i + 1]).
  const authorStart = new Int32Array(n + 1);
  const rowAuthors: number[] = [];
  const rowAuthorIndex: number[] = []; // position in LedgerRow.authors, to read credit / personPoints
  const personNames: string[] = [];
  const personIds = new Map<string, number>();
  const personTypes: Set<string>[] = [];
  const personLatest: { day: number; row: number; unit: string }[] = [];

  for (let i = 0; i < n; i++) {
    authorStart[i] = rowAuthors.length;
    const s = sRows[i];
    const l = lRows[i];
    if (!s || !l) continue;
    const unit = text(s.unit) || text(l.unit);
    const office = text(l.relayOffice);
    // Every unit named in the ledger is listed, whatever the date of its rows.
    const uid = unit ? unitId(unit) : -1;
    const oid = office && office !== unit ? unitId(office) : -1;
    const pointsMonth = cal.countedMonth(s.day);
    const submitMonth = cal.countedMonth(l.submittedOn ?? l.adoptedOn ?? s.day);
    if (pointsMonth < 0 && submitMonth < 0) continue;
    rowUnit[i] = uid;
    rowOffice[i] = oid;
    rowPointsMonth[i] = pointsMonth;
    rowSubmitMonth[i] = submitMonth;
    const recipient = text(l.recipient);
    views[i] = {
      levelRank: s.level ? levelRank(s.level) : -1,
      tags: Array.isArray(s.tags) ? s.tags : [],
      outlet: text(s.outlet),
      kind: text(l.kind),
      recipient,
      mode: s.mode,
    };
    // Scored rows without the flag: fall back to what makes a row countable.
    rowCountable[i] = (
      typeof s.countable === 'boolean'
        ? s.countable
        : !s.duplicate && !l.blocked && !l.verdict
    )
      ? 1
      : 0;
    // A relayed row was submitted through the office, so it is a submission of the unit as well (001 §三.9).
    rowSubmission[i] = recipient !== '' || s.mode === '报送' || oid >= 0 ? 1 : 0;

    // The piece: rows of one unit with the same title key; an untitled row is a piece of its own.
    const titleKey = text(l.titleKey);
    let piece = -1;
    if (titleKey) {
      let map = piecesOfUnit.get(uid);
      if (!map) {
        map = new Map();
        piecesOfUnit.set(uid, map);
      }
      piece = map.get(titleKey) ?? -1;
      if (piece < 0) map.set(titleKey, pieceHead.length);
    }
    if (piece < 0) {
      piece = pieceHead.length;
      pieceHead.push(i);
      pieceTail.push(i);
      pieceSize.push(1);
    } else {
      rowNext[pieceTail[piece]] = i;
      pieceTail[piece] = i;
      pieceSize[piece] += 1;
    }

    const authors = Array.isArray(l.authors) ? l.authors : [];
    const type = unit ? typeOf(unit) : '';
    const day = finite(s.day ?? l.submittedOn ?? 0);
    for (let k = 0; k < authors.length; k++) {
      const name = text(authors[k]);
      if (!name) continue;
      let pid = personIds.get(name);
      if (pid === undefined) {
        pid = personNames.length;
        personIds.set(name, pid);
        personNames.push(name);
        personTypes.push(new Set());
        personLatest.push({ day, row: i, unit });
      }
      personTypes[pid].add(type);
      const latest = personLatest[pid];
      if (day > latest.day || (day === latest.day && i > latest.row)) {
        latest.day = day;
        latest.row = i;
        latest.unit = unit;
      }
      rowAuthors.push(pid);
      rowAuthorIndex.push(k);
    }
  }
  authorStart[n] = rowAuthors.length;

  // ───── pass 2: piece by piece, every row adds to the accumulators of the indicators it concerns ─────
  // A distinct count takes, per subject and bucket, the largest weight among the piece's rows: while a
  // piece with several rows is read, each slot collects (subject, bucket → max) in `pending`, added at
  // the piece's end.
  const add = (slot: Slot, id: number, b: number, v: number): void => {
    let arr = slot.values[id];
    if (!arr) {
      arr = new Float64Array(slot.c.buckets);
      slot.values[id] = arr;
    }
    arr[b] += v;
  };
  const touched: Slot[] = [];
  const put = (slot: Slot, id: number, b: number, v: number, multi: boolean): void => {
    if (!multi || !slot.c.distinct) {
      add(slot, id, b, v);
      return;
    }
    const pend = slot.pending;
    if (pend.n === 0 && pend.map === null) touched.push(slot);
    const key = id * MAX_BUCKETS + b;
    if (pend.map) {
      if (v > (pend.map.get(key) ?? 0)) pend.map.set(key, v);
      return;
    }
    // A few entries per piece: a linear scan beats a hash map; a piece with very many rows gets a map.
    for (let k = 0; k < pend.n; k++) {
      if (pend.keys[k] === key) {
        if (v > pend.vals[k]) pend.vals[k] = v;
        return;
      }
    }
    if (pend.n < 32) {
      pend.keys[pend.n] = key;
      pend.vals[pend.n] = v;
      pend.n += 1;
      return;
    }
    pend.map = new Map();
    for (let k = 0; k < pend.n; k++) pend.map.set(pend.keys[k], pend.vals[k]);
    pend.n = 0;
    pend.map.set(key, v);
  };
  let gateBucket = 0;
  /** The row's weight for an indicator (0 = the row does not count), its bucket left in gateBucket. */
  const gate = (slot: Slot, r: number, submission: boolean): number => {
    const c = slot.c;
    const month = c.bySubmission ? rowSubmitMonth[r] : rowPointsMonth[r];
    if (month < 0) return 0;
    if (c.metric !== '积分') {
      if (rowCountable[r] === 0) return 0; // count metrics take countable rows only
      if (c.metric === '报送' && !submission) return 0;
    }
    gateBucket = bucketOfMonth(c.window, month);
    return c.weight(views[r]);
  };
  const credits: number[] = [];
  const personPoints: number[] = [];

  for (let p = 0; p < pieceHead.length; p++) {
    const multi = pieceSize[p] > 1;
    for (let r = pieceHead[p]; r >= 0; r = rowNext[r]) {
      const s = sRows[r];
      const uid = rowUnit[r];
      const oid = rowOffice[r];
      const submission = rowSubmission[r] === 1;
      const points = finite(s.points);
      if (uid >= 0) {
        for (const slot of slotsFor(uid)) {
          const w = gate(slot, r, submission);
          const amount = slot.c.metric === '积分' ? points : 1;
          if (w !== 0 && amount !== 0) put(slot, uid, gateBucket, amount * w, multi);
        }
      }
      if (oid >= 0) {
        // The relaying office (对口处室): its relay share and one submission per relayed piece, not an
        // adoption or a piece of its own.
        const relayPoints = finite(s.relayPoints);
        for (const slot of slotsFor(oid)) {
          if (slot.c.metric === '录用' || slot.c.metric === '篇目') continue;
          const w = gate(slot, r, true);
          const amount = slot.c.metric === '积分' ? relayPoints : 1;
          if (w !== 0 && amount !== 0) put(slot, oid, gateBucket, amount * w, multi);
        }
      }
      for (const slot of deptSlots) {
        const w = gate(slot, r, submission);
        const amount = slot.c.metric === '积分' ? points : 1;
        if (w !== 0 && amount !== 0) put(slot, 0, gateBucket, amount * w, multi);
      }

      const a0 = authorStart[r];
      const a1 = authorStart[r + 1];
      if (personSlots.length === 0 || a0 === a1) continue;
      const credit = Array.isArray(s.credit) ? s.credit : [];
      const pp = Array.isArray(s.personPoints) ? s.personPoints : [];
      for (let a = a0; a < a1; a++) {
        credits[a - a0] = finite(credit[rowAuthorIndex[a]]);
        personPoints[a - a0] = finite(pp[rowAuthorIndex[a]]);
      }
      for (const slot of personSlots) {
        const w = gate(slot, r, submission);
        if (w === 0) continue;
        const b = gateBucket;
        const byPoints = slot.c.metric === '积分';
        for (let a = a0; a < a1; a++) {
          // a person's count is their credit (计任务); a third author's 0 adds nothing
          const amount = byPoints ? personPoints[a - a0] : credits[a - a0];
          if (byPoints ? amount !== 0 : amount > 0) put(slot, rowAuthors[a], b, amount * w, multi);
        }
      }
    }
    if (touched.length > 0) {
      for (const slot of touched) {
        const pend = slot.pending;
        for (let k = 0; k < pend.n; k++) {
          const b = pend.keys[k] % MAX_BUCKETS;
          add(slot, (pend.keys[k] - b) / MAX_BUCKETS, b, pend.vals[k]);
        }
        if (pend.map) {
          for (const [key, v] of pend.map) {
            const b = key % MAX_BUCKETS;
            add(slot, (key - b) / MAX_BUCKETS, b, v);
          }
        }
        pend.n = 0;
        pend.map = null;
      }
      touched.length = 0;
    }
  }

  // 封顶: a unit's unfiltered 积分 is its points capped per month or quarter, as the 通报 ranks them
  // (the department's own total stays uncapped there too).
  const cap = finite(settings?.capPoints ?? 0);
  if (cap > 0 && unitSlots.some((s) => s.c.metric === '积分' && s.c.unfiltered)) {
    const monthly = new Float64Array(unitNames.length * 12);
    for (let i = 0; i < n; i++) {
      const m = rowPointsMonth[i];
      if (m < 0) continue;
      if (rowUnit[i] >= 0) monthly[rowUnit[i] * 12 + m] += finite(sRows[i].points);
      if (rowOffice[i] >= 0) monthly[rowOffice[i] * 12 + m] += finite(sRows[i].relayPoints);
    }
    const span = settings?.capPeriod === '月' ? 1 : 3;
    for (let id = 0; id < unitNames.length; id++) {
      const running = new Float64Array(12); // uncapped running total within each cap period
      for (let m = 0; m < 12; m++) {
        const before = m % span === 0 ? 0 : running[m - 1];
        running[m] = before + monthly[id * 12 + m];
      }
      for (const slot of slotsFor(id)) {
        if (slot.c.metric !== '积分' || !slot.c.unfiltered || !slot.values[id]) continue;
        const values = new Float64Array(slot.c.buckets);
        for (let m = 0; m < 12; m++) {
          const before = m % span === 0 ? 0 : running[m - 1];
          values[bucketOfMonth(slot.c.window, m)] += Math.min(running[m], cap) - Math.min(before, cap);
        }
        slot.values[id] = values;
      }
    }
  }

  // Units found only in the ledger (rows outside the year included) follow the table's, by name.
  const ledgerOnly = unitNames.slice(definedCount).sort(compareNames);

  // ───── results ─────
  const result = (slot: Slot, id: number, target: number, subject: string, roundCounts: boolean) =>
    indicatorResult(slot, slot.values[id], target, subject, roundCounts, cal);

  const units: SubjectResult[] = [];
  for (const name of [...unitNames.slice(0, definedCount), ...ledgerOnly]) {
    const id = unitIds.get(name)!;
    const applicable = slotsFor(id).filter((s) => s.subject.kind !== 'team');
    const rs = applicable.map((s) => ({ slot: s, r: result(s, id, s.c.threshold, name, false) }));
    units.push(assemble(name, 'unit', typeOf(name), rs, 1, settings?.bonuses));
  }

  let department: SubjectResult | null = null;
  if (deptSlots.length > 0) {
    const rs = deptSlots.map((s) => ({ slot: s, r: result(s, 0, s.c.threshold, DEPARTMENT, false) }));
    department = assemble(DEPARTMENT, 'department', '', rs, 1, settings?.bonuses);
  }
  // 办公室 bonus halves when the department misses any of its yearly indicators (000 §三(四)2).
  const departmentYearMissed = department?.indicators.some((r) => r.window === '全年' && !r.met) ?? false;

  const teams: SubjectResult[] = [];
  for (const name of unitNames.slice(0, definedCount)) {
    const id = unitIds.get(name)!;
    const applicable = slotsFor(id).filter((s) => s.subject.kind === 'team');
    if (applicable.length === 0) continue;
    const def = defs.get(name);
    const { members, equivalent } = headcountEquivalent(def);
    // Team task = personal task × headcount equivalent; the bonus is paid per member.
    const rs = applicable.map((s) => ({
      slot: s,
      r: result(s, id, clean(s.c.threshold * equivalent), name, false),
    }));
    const team = assemble(name, 'team', typeOf(name), rs, members, settings?.bonuses);
    for (const award of Object.keys(team.bonuses)) {
      if (def?.veto)
        team.bonuses[award] = 0; // 一票否决
      else if (def?.isOffice && departmentYearMissed) team.bonuses[award] = clean(team.bonuses[award] / 2);
    }
    teams.push(team);
  }

  const people: SubjectResult[] = [];
  const personOrder = personNames
    .map((_, id) => id)
    .sort((a, b) => compareNames(personNames[a], personNames[b]));
  for (const id of personOrder) {
    const name = personNames[id];
    const types = personTypes[id];
    const applicable = personSlots.filter((s) => {
      const t = s.subject.kind === 'person' ? s.subject.unitType : '';
      return t === '' || types.has(t);
    });
    if (applicable.length === 0) continue;
    const rs = applicable.map((s) => ({ slot: s, r: result(s, id, s.c.threshold, name, true) }));
    const latestUnit = personLatest[id].unit;
    people.push(assemble(name, 'person', latestUnit ? typeOf(latestUnit) : '', rs, 1, settings?.bonuses));
  }

  // A 科室负责人 answers for the team's task only (000 §三(四)4): status and personal bonuses follow the team.
  const teamByChief = new Map<string, SubjectResult>();
  for (const team of teams) {
    const chief = text(defs.get(team.subject)?.chief);
    if (chief !== '') teamByChief.set(chief, team);
  }
  for (const person of people) {
    const team = teamByChief.get(person.subject);
    if (!team) continue;
    person.compliant = team.compliant;
    person.status = team.status;
    for (const award of Object.keys(person.bonuses)) {
      person.bonuses[award] = team.compliant ? finite(settings?.bonuses?.[award]) : 0;
    }
  }

  return { units, people, teams, department };
}

function indicatorResult(
  slot: Slot,
  values: Float64Array | undefined,
  target: number,
  subject: string,
  roundCounts: boolean,
  cal: YearCalendar,
): IndicatorResult {
  const c = slot.c;
  const vals = new Array<number>(c.buckets);
  for (let b = 0; b < c.buckets; b++) vals[b] = clean(values ? values[b] : 0);
  let value: number;
  let status: Status;
  let buckets: IndicatorResult['buckets'];
  let currentBucket = 0;
  if (c.window === '全年') {
    value = vals[0];
    // 年终四舍五入: a person's yearly count is rounded half up once the year is over.
    if (roundCounts && cal.closed && c.metric !== '积分') value = roundHalfUp(value);
    status = yearStatus(value, target, cal);
  } else {
    const r = bucketStatus(vals, target, c.window, cal);
    value = r.value;
    status = r.status;
    buckets = r.buckets;
    currentBucket = r.current;
  }
  if (c.deemed.has(subject)) status = '已达标'; // 视同达标, ticked by hand
  const out: IndicatorResult = {
    name: c.ind.name,
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
  return out;
}

/**
 * A subject's results: any-of groups (met when a member is met, status the best member's), the
 * overall status (the worst of standalone indicators and groups), compliance, and bonuses: an award
 * is paid (amount × factor) when every standalone indicator and every group carrying it is met.
 */
function assemble(
  subject: string,
  kind: SubjectResult['kind'],
  unitType: string,
  rs: { slot: Slot; r: IndicatorResult }[],
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
  return {
    subject,
    kind,
    unitType,
    indicators: rs.map((x) => x.r),
    groups,
    compliant,
    status,
    bonuses,
  };
}
