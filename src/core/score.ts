// Row scoring (RULES §4): base × multipliers + instruction bonus, verdicts, review gate, evidence,
// duplicates, multiple-adoption policy, relay share and per-author credit. Phases: each row on its own into
// the columns → the piece phases (pieces.ts: duplicates, 多次录用, 领导批示) → relay shares and rounding. The
// rule lookups are made once per kind of row (outlet, mode, levels, 类别, 版面, dated version, 字数/时长
// thresholds) and the phases work on typed columns, not on the row objects; no ScoredRow is made.
import { creditedElsewhere, rememberPieceIds } from './credit';
import { dayToIso, monthIndex, yearReader, ymdOfDay } from './dates';
import { noEvidence } from './evidence';
import { kindIssues } from './kindIssue';
import { errorValueIssue, isErrorText, KIND_WORDS, NO_ISSUES, NO_WINDOW } from './ledgerRow';
import { type LedgerSource, type LedgerTable, ledgerSource, NO_DAY, numberAt } from './ledgerTable';
import { levelRank } from './levels';
import { Numbering } from './maps';
import {
  type OutletTask,
  outletTasks,
  severalOutlets,
  severalOutletsIssue,
  tasksForKind,
  tasksMissed,
  unknownOutletAdvice,
} from './outletNotes';
import {
  ADOPTION,
  ADOPTIONS,
  AUTHORS_SHIFT,
  applyAdoptionPhases,
  applyInstructionBonus,
  BLOCKED,
  DROPPED,
  DROPPED_WHY,
  DUPLICATE,
  ELIGIBLE,
  FIXED,
  issuesOf,
  markIssues,
  noteInstruction,
  PENALTY,
  type RowFacts,
  sayUnpaidInstructions,
  setIssues,
  setOwnIssues,
  TAIL_SHIFT,
  tailOf,
  VOIDED,
  type Work,
} from './pieces';
import { placementKey } from './placement';
import {
  addressedRecipient,
  type Department,
  departmentOf,
  isNoOffice,
  isUpperDepartment,
  OFFICE_TYPE,
  officeRecipient,
  quotaKey,
  quotaRecipient,
  recipientIdentity,
  recipientQuotaLists,
  recipientQuotas,
  relayedRecipient,
  sameRecipient,
  unitRecipient,
} from './relay';
import { addRemark, rememberRemarks } from './remarks';
import { findResubmissions, type Resubmissions, rememberResubmissions, where } from './resubmissions';
import { outletIndex } from './rules';
import {
  ADOPTED,
  columnarLedger,
  type ScoredColumns,
  SUBMITTED,
  shownAt,
  shownDecimals,
} from './scoredColumns';
import {
  bonusLookup,
  bonusMiss,
  countPassed,
  type LookupKeys,
  lookupKeys,
  type MultiplierLookup,
  multiplierLookup,
  type PointLookup,
  pointLookup,
  pointMiss,
} from './scoreRules';
import { submissionDays } from './submissionDays';
import { peopleTable } from './teams';
import {
  brief,
  isErrorValue,
  roundHalfUp,
  sameTitleKey,
  UNCALCULATED,
  unitsInOneCell,
  whyNumber,
} from './text';
import type {
  Day,
  Level,
  Mode,
  OutletDef,
  ParsedLedger,
  PersonDef,
  Rules,
  ScoredLedger,
  ScoredRow,
  Settings,
} from './types';

const NO_TAGS: string[] = [];
/** A kind of row whose outlet misses no 指标 (one shared list: compared by identity in the row loop). */
const NO_TASKS: OutletTask[] = [];
const orNone = (tasks: OutletTask[]) => (tasks.length === 0 ? NO_TASKS : tasks);
/** A row without authors: one shared, frozen empty list. */
const NO_SHARES = Object.freeze([]) as unknown as number[];

/** A number in an explanation (made when the explanation is asked for). */
const fmt = whyNumber;

/** What every row of one kind (same outlet as typed, mode, levels, codes of LookupKeys) scores alike. */
interface RowClass extends RowFacts {
  /** Blocked: scores 0 whatever the row says. */
  blocked: boolean;
  /** base × multipliers; 0 when blocked. */
  points: number;
  /** Index into MODES (a kind has one 采用方式). */
  mode: number;
  tags: string[];
  base: number;
  multiplier: number;
  /** The explanation so far: base and multipliers. */
  head: string;
  outletIssue: string | null;
  /**
   * An unknown outlet scored by its 级别 (s25a F5): the 媒体/标签 指标 it would count toward by its level, mode
   * and 类别 (NO_TASKS: none); the row's message is then outletHead + the tasks its unit's or authors' 对象
   * cover + outletTail, else outletIssue.
   */
  outletTasks: OutletTask[];
  outletHead: string;
  outletTail: string;
  ruleIssue: string | null;
  /** A 级别 typed against the 媒体 table's level of a known outlet: scored as typed, and said (audit s37 J3). */
  levelIssue: string | null;
  /** 三审把关 applies: every row, or this row's 媒体 is one named (or carries a 标签 named). */
  reviewed: boolean;
  /** 佐证 is required at this level (RULES §8). */
  needsEvidence: boolean;
  /** A relayed row of this kind earns the 对口处室 its share. */
  relay: boolean;
  /**
   * Explanations by verdict (none, 不计分, 倒扣) then points: one string for all rows alike. Three slots from
   * the start: reading past the end of an empty list is a slow lookup.
   */
  whys: (Map<number, string> | undefined)[];
}

/** A unit as rows spell it: what scoring says about it. */
interface UnitFacts {
  /** 单位 not in the 单位 table (when there is one). */
  issue: string | null;
  /** A 报送 row without 报送对象 counts toward none of its quotas (RULES §9). */
  quotaIssue: string | null;
  /** The recipients its 报送 quotas count (null: none). */
  quotas: string[] | null;
  /** A 党(工)委 (a known unit, not an office) should send upward through its 对口处室. */
  relaysUpward: boolean;
}

/** An outlet as rows spell it: its rows' kinds by classKey (a small number: an array, not a map). */
interface OutletFacts {
  def: OutletDef | null;
  kinds: number[];
}

interface Context {
  s: Settings;
  /** After 只计前两人: the 各计 tasks that count every author, named (audit s33 B-F5: 校验 said otherwise). */
  everyAuthor: string;
  findOutlet: (name: string) => OutletDef | null;
  findPoints: PointLookup;
  findMultiplier: MultiplierLookup;
  keys: LookupKeys;
  evidenceRank: number;
  hasOffices: boolean;
  quotas: Map<string, string[]>;
  /** Per unit, the recipient lists of its 报送 quotas (relay.ts recipientQuotaLists): 重复报送 per quota. */
  quotaLists: Map<string, string[][]>;
  /** Every 报送 quota's recipients (trimmed, each once), whoever it counts: recipientIdentity's officeQuotas. */
  quotaRecipients: string[];
  /** The office's own department: how 报送对象 reads (recipientIssues). */
  department: Department;
  /** The 单位 table's units by name: their type. */
  unitType: Map<string, string>;
  /** Why a kind of row found no 计分 value (its 校验). */
  pointMiss: ReturnType<typeof pointMiss>;
  /** A row's issue for its 类别 (as read, not blank), null when the rules can place it (kindIssue.ts). */
  kindIssue: (kind: string) => string | null;
  /** 类别 known without being scored apart: the domain's words and those the 指标 count. */
  namedKinds: Set<string>;
  /** The 指标 counted by 媒体 or 标签 (an unknown outlet counts toward none: its 校验 names them). */
  outletTasks: OutletTask[];
  /** 人员 by name (only read for a row whose unknown outlet misses a task). */
  people: Map<string, PersonDef>;
  /** 「加分」 has a 区县 row: a 区/县 leader's instruction is paid as the others are. */
  countyBonus: boolean;
}

/** A 采用方式 as its index into MODES; 3 for any other text (compared, not looked up: one per row). */
function modeCode(mode: string): number {
  return mode === '录用' ? 0 : mode === '综合' ? 1 : mode === '报送' ? 2 : 3;
}
/** A 报送 row's RowClass.mode. */
const SUBMISSION = modeCode('报送');
const TAILS = ['', ' 核定不计分', ' 核定倒扣'];
const FIXED_WHY = ['', '0（有问题，暂不计分）', '0（重复行）', DROPPED_WHY];

export function scoreLedger(ledger: ParsedLedger, rules: Rules): ScoredLedger {
  const s = rules.settings;
  const src = ledgerSource(ledger);
  const n = src.length;
  const ctx: Context = {
    s,
    everyAuthor: everyAuthorTasks(rules),
    findOutlet: outletIndex(rules.outlets),
    findPoints: pointLookup(rules.points),
    pointMiss: pointMiss(rules.points),
    findMultiplier: multiplierLookup(rules.multipliers, s.multiplierCap),
    keys: lookupKeys(rules.points, rules.multipliers),
    evidenceRank: s.evidenceFrom === null ? -1 : levelRank(s.evidenceFrom),
    hasOffices: rules.units.some((u) => u.type === OFFICE_TYPE),
    quotas: recipientQuotas(rules),
    quotaLists: recipientQuotaLists(rules),
    quotaRecipients: [
      ...new Set(
        rules.indicators.flatMap((ind) =>
          ind.metric === '报送' ? quotaKey(ind.filter.recipients).split('、') : [],
        ),
      ),
    ].filter((r) => r !== ''),
    department: departmentOf(rules),
    unitType: new Map(rules.units.map((u) => [u.name, u.type])),
    kindIssue: kindIssues(rules),
    namedKinds: new Set([...KIND_WORDS, ...rules.indicators.flatMap((i) => i.filter.kinds)]),
    outletTasks: outletTasks(rules.indicators, rules.outlets),
    people: peopleTable(rules),
    countyBonus: rules.bonuses.some((b) => b.instruction === '区县'),
  };
  // The relay shares are worked out last (finishColumns): until then their buffer, two Int32 per row, is the
  // piece table of scoreRows and the phases' scratch (no per-row temporary of its own).
  const relayPoints = new Float64Array(n);
  const w: Work = {
    src,
    facts: objectList(),
    factOf: new Int32Array(n),
    rowPiece: new Int32Array(n),
    pieces: 0,
    pieceFlags: new Uint8Array(n),
    multi: 0,
    instructed: new Map(),
    points: new Float64Array(n),
    day: new Float64Array(n),
    flags: new Uint8Array(n),
    bonus: new Map(),
    countable: new Uint8Array(n),
    heldSubmission: new Uint8Array(n),
    adjustments: new Map(),
    issueOf: new Int32Array(n),
    issueLists: objectList(),
    single: new Map(),
    unsent: [],
    unsentMessages: objectList(),
    namedPieces: new Uint8Array(n),
    unpaid: [],
    copyOf: new Map(),
    remarks: new Map(),
    issueRows: new Uint32Array((n + 31) >>> 5),
    instruction: new Map(),
    heads: new Map(),
    scratch: new Int32Array(relayPoints.buffer),
  };
  // The result columns (points rounded as shown once the phases are done), filled by the passes below.
  const a = resultColumns(w, s, relayPoints);
  const later: LaterNotes = {
    undated: [],
    offQuota: [],
    offQuotaNotes: objectList(),
    named: { undated: new Uint8Array(n), first: new Int32Array(n).fill(NO_MONTH), more: new Map() },
    // Pairs are rare (34 in the bench's 100k rows): room for 2,048, widened when a ledger needs more (2n was 8 MB at 1M).
    otherMonths: new Int32Array(Math.min(2 * n, 4096)),
    penalties: [],
  };
  const others = scoreRows(ctx, w, a, later);
  for (let k = 0; k < others; k += 2) noteMonth(later.named, later.otherMonths[k], later.otherMonths[k + 1]);
  // The piece phases change a few rows; then every row's relay share, duplicate flag and rounding (finishColumns).
  applyAdoptionPhases(w, s.multipleAdoption);
  applyInstructionBonus(w, bonusLookup(rules.bonuses), (instruction, day, own) =>
    bonusMiss(rules.bonuses, instruction, day, own),
  );
  unsentAdoptions(w, later.named);
  offQuotaAdoptions(ctx, w, later);
  relayNamedElsewhere(w, a, s.relayShare);
  const resent = resubmissionsIn(ctx, w);
  sayPenalties(w, later.penalties, resent);
  finishColumns(s, w, a);
  const scored = columnarLedger(ledger, a);
  // The piece ids, remembered for the report, the indicators and the row outputs; the re-submissions for
  // submissionDays.
  rememberPieceIds(scored, { rowPiece: w.rowPiece, pieces: w.pieces });
  rememberResubmissions(scored, resent);
  undatedRows(w, scored, a, later.undated);
  sayUnpaidInstructions(w);
  rememberRemarks(scored, w.remarks, creditedElsewhereRemark(ctx.department, w, scored, a, resent));
  return scored;
}

/**
 * Blocked submissions with no readable date at all (scoreRows put them in `undated`). Such a row takes its
 * piece's day when another row of the piece gives one (submissionDays; sweep S18e F6 ruling): it is part of the
 * piece's one submission, so an adoption row is told only that it cannot score, and a 报送 row's "无法计入任何
 * 时段" says the day it counts on instead. When no row of the piece gives a date, the piece cannot be placed in
 * any window: an adoption row says it is no submission either (a 报送 row's own message already does).
 */
function undatedRows(w: Work, scored: ScoredLedger, a: ScoredColumns, undated: number[]): void {
  if (undated.length === 0) return;
  const days = submissionDays(scored, a);
  const t = w.src.table;
  const modes = t.modes.values;
  for (const i of undated) {
    const issues = issuesOf(w, i);
    const day = days[i];
    if (modes[t.mode[i]] !== '报送') {
      if (Number.isNaN(day)) setIssues(w, i, [...issues, '也无可用的报送日期，本行不计入任何时段的报送']);
      continue;
    }
    if (Number.isNaN(day)) continue;
    const at = issues.findIndex((m) => m.endsWith(NO_WINDOW));
    if (at < 0) continue;
    const list = issues.slice();
    list[at] = `${list[at].slice(0, -NO_WINDOW.length)}，随本稿件于${dayToIso(day)}计入报送`;
    setIssues(w, i, list);
  }
}

/**
 * Each row on its own: its unit, its kind's lookups (made once per kind), its own checks, its piece (a unit's
 * rows with one title key, found in a hash table of its own), its columns. A function of its own: the loop
 * is optimised on its own, whatever follows it.
 */
function scoreRows(ctx: Context, w: Work, a: ScoredColumns, later: LaterNotes): number {
  const { s, keys } = ctx;
  const { src, flags, rowPiece, pieceFlags, points, countable, scratch: table } = w;
  const { unit: unitOf, kind, mode, day: days, duplicate } = a;
  const classes = w.facts as RowClass[];
  const n = src.length;
  // The ledger's columns: its texts are ids, so what is looked up by text is looked up once per id.
  const t = src.table;
  const texts = t.texts.values;
  const unitIds = new Numbering(a.units);
  // Scoring's unit id (-1: not met yet) and outlet facts per text id.
  const unitOfText = new Int32Array(texts.length).fill(-1);
  const outletOfText = outletsByText(ctx, t);
  // classKey's 类别 and 版面 parts by text id (-1: not worked out yet): a Map lookup by text once per text.
  const codes: TextCodes = {
    kind: new Int32Array(texts.length).fill(-1),
    placement: new Int32Array(texts.length).fill(-1),
  };
  // What scoring says about each unit, by unit id (made on the unit's first row).
  const units: UnitFacts[] = objectList();
  const noOutlet: OutletFacts = { def: null, kinds: [] };
  const modes = t.modes.values;
  const verdicts = t.verdicts.values;
  const reviews = t.reviews.values;
  // Per unit id × (报送 or not): what each 报送对象 (by text id) says, null for nothing.
  const recipientSaid: (RecipientNote | null)[][] = objectList();
  // What each 类别 (by text id) says, null for nothing.
  const kindSaid = new Map<number, string | null>();
  const { unsent, unsentMessages } = w;
  const { undated, offQuota, offQuotaNotes, named } = later;
  let { otherMonths } = later;
  let others = 0;
  const size = table.length;
  // A table entry: the piece's first row + 1 in the low rowBits, above them as many bits of its hash as fit
  // (compared before any row is read: a probe past another piece touches no row).
  const rowBits = 32 - Math.clz32(n);
  // Small integers (a sheet holds at most 10 million cells, so rowBits ≤ 24), kept as such in the loop.
  const rowMask = ((1 << rowBits) - 1) | 0;
  const tagMask = ~rowMask;
  for (let i = 0; i < n; i++) {
    const tu = t.unit[i];
    let u = unitOfText[tu];
    if (u < 0) {
      u = unitIds.id(texts[tu]);
      unitOfText[tu] = u;
    }
    unitOf[i] = u;
    if (u === units.length) units.push(unitFacts(ctx, texts[tu]));
    const unit = units[u];
    const to = t.outlet[i];
    const outlet = to === 0 ? noOutlet : (outletOfText[to] as OutletFacts);
    const rowMode = modes[t.mode[i]];
    const adopted = t.adoptedOn[i];
    const adoptedOn = adopted === NO_DAY ? null : adopted;
    const submitted = t.submittedOn[i];
    const submittedOn = submitted === NO_DAY ? null : submitted;
    const day = rowMode === '报送' ? (adoptedOn ?? submittedOn) : adoptedOn; // dayOf
    const key = classKey(keys, t, i, day, ctx.namedKinds, codes);
    let k = outlet.kinds[key];
    if (k === undefined) {
      k = classes.length;
      classes.push(classOf(ctx, src, i, outlet.def, day));
      outlet.kinds[key] = k;
    }
    kind[i] = k;
    const c = classes[k];

    // The parser's issues; copied before the first issue of its own is added (most rows add none).
    let own: string[] | null = null;
    if (unit.issue !== null) own = withIssueAt(t, i, own, unit.issue);
    const tr = t.relayOffice[i];
    const relayOffice = texts[tr];
    if (tr !== 0 && unknownUnit(ctx, relayOffice))
      own = withIssueAt(t, i, own, `对口处室“${brief(relayOffice)}”不在「单位」表中`);
    const relayed = tr !== 0 && tr !== tu; // relayOfficeOf
    const notOffice = relayed ? notAnOffice(ctx, relayOffice) : null;
    if (notOffice !== null) own = withIssueAt(t, i, own, notOffice);
    if (c.outletIssue !== null)
      own = withIssueAt(
        t,
        i,
        own,
        c.outletTasks === NO_TASKS ? c.outletIssue : outletTaskIssue(ctx, c, texts[tu], t.authors[i]),
      );
    const authorCount = t.authors[i].length;
    let f = (authorCount < 3 ? authorCount : 3) << AUTHORS_SHIFT;
    if (authorCount > 2) own = withIssueAt(t, i, own, `作者${authorCount}人，只计前两人${ctx.everyAuthor}`);
    if (!relayed) {
      // What 报送对象 says for the unit, once per unit, kind of row (报送, an adoption with a 报送日期 of its own,
      // another) and 报送对象 (a pure function of the three).
      const slot = u * 3 + (rowMode === '报送' ? 1 : submittedOn !== null ? 2 : 0);
      let said = recipientSaid[slot];
      if (said === undefined) {
        said = objectList();
        recipientSaid[slot] = said;
      }
      const tc = t.recipient[i];
      let note = said[tc];
      if (note === undefined) {
        note = recipientIssue(ctx, rowMode, submittedOn !== null, texts[tc], unit);
        said[tc] = note;
      }
      // An adoption row repeating its piece's 报送日期 without 报送对象 is usually the adoption of a 报送 row that
      // names it: said only when no row of the piece names one (unsentAdoptions, once pieces are known); one
      // naming no quota's recipient (the outlet, repeated) only when no row of the piece counts toward a quota
      // (offQuotaAdoptions).
      if (note !== null) {
        if (!note.pieceAware) own = withIssueAt(t, i, own, note.message);
        else if (tc === 0) {
          unsent.push(i);
          unsentMessages.push(note.message);
        } else {
          offQuota.push(i);
          offQuotaNotes.push(note);
        }
      }
    }
    if (c.ruleIssue !== null) own = withIssueAt(t, i, own, c.ruleIssue);
    if (c.levelIssue !== null) own = withIssueAt(t, i, own, c.levelIssue);
    // A 类别 no rule or word of the domain knows, once per spelling (kindIssue.ts).
    const tk = t.kind[i];
    if (tk !== 0) {
      let said = kindSaid.get(tk);
      if (said === undefined) {
        said = ctx.kindIssue(texts[tk]);
        kindSaid.set(tk, said);
      }
      if (said !== null) own = withIssueAt(t, i, own, said);
    }

    const blocked = c.blocked;
    let p = c.points;
    const adjustment = blocked ? 0 : countedAdjustment(t, i);
    if (adjustment !== 0) {
      p += adjustment;
      // 调整分 2 with 调整理由 扣分：… : a deduction typed without its sign (audit s37 J5), scored as typed, said.
      if (adjustment > 0 && /^\s*(扣|减|倒扣)/.test(t.adjustmentReason.at(i)))
        own = withIssueAt(
          t,
          i,
          own,
          `调整分为+${fmt(adjustment)}，调整理由却是扣分（“${brief(t.adjustmentReason.at(i), 20)}”）：如应扣分，请填-${fmt(adjustment)}`,
        );
      w.adjustments.set(i, adjustment);
      w.heads.set(
        i,
        `${c.head} ${adjustment > 0 ? '+' : ''}${fmt(adjustment)}（调整：${brief(t.adjustmentReason.at(i), 40)}）`,
      );
    }
    const verdict = verdicts[t.verdict[i]];
    let ok = !blocked && verdict === '';
    if (!blocked && verdict === '不计分') {
      p = 0;
      f |= VOIDED << TAIL_SHIFT;
    } else if (!blocked && verdict === '倒扣') {
      p = -p;
      f |= PENALTY << TAIL_SHIFT;
      later.penalties.push(i);
    }
    // The gates (三审, 佐证) hold back positive points only: a 倒扣 is the office's own decision (RULES §9).
    const penalty = verdict === '倒扣';
    let held = false;
    const review = reviews[t.review[i]];
    // A 报送 row earning nothing has nothing to hold back: not flagged (every submission was 待核实 under 类别).
    if (!blocked && c.reviewed && review !== '终审' && (c.mode !== SUBMISSION || p > 0 || penalty)) {
      // Blank after a failed read is no 未填: the cell holds a word the reading said it cannot take.
      const why = review || (t.reviewUnreadAt(i) ? '审核状态无法识别' : '未填审核状态');
      if (penalty) own = withIssueAt(t, i, own, `未终审（${why}），核定倒扣照扣`);
      else {
        own = withIssueAt(t, i, own, `未终审（${why}），暂不计分`);
        p = 0;
        held = true;
      }
      ok = false;
    }
    // Not on a 不计分 row either: filling 佐证 can never make it count (RULES §4). Text saying there is none
    // (无, —, 待补) is no evidence, and the message quotes it (evidence.ts).
    if (!blocked && !penalty && verdict !== '不计分' && c.needsEvidence) {
      const evidence = t.evidence.at(i);
      if (noEvidence(evidence)) {
        const typed =
          evidence.trim() === '' ? '' : `佐证“${brief(evidence.trim())}”不是佐证（应填链接或文件名），`;
        own = withIssueAt(t, i, own, `${typed}${s.evidenceFrom}及以上稿件须填佐证，暂不计分`);
        p = 0;
        ok = false;
        held = true;
      }
    }
    const eventOn = t.eventOn[i];
    if (s.lateDays !== null && submittedOn !== null && eventOn !== NO_DAY) {
      const late = submittedOn - eventOn;
      if (late > s.lateDays)
        own = withIssueAt(t, i, own, `迟报：报送日期晚于事件日期${late}天（规定${s.lateDays}天内）`);
      // An event after its own report is a typed date (a year off, two dates swapped): lateness cannot be judged.
      else if (late < 0)
        own = withIssueAt(
          t,
          i,
          own,
          `事件日期（${dayToIso(eventOn)}）晚于报送日期（${dayToIso(submittedOn)}），无法判断是否迟报：请核对这两个日期`,
        );
    }
    points[i] = p;
    countable[i] = ok ? 1 : 0;
    // A gate holds back points and adoption, never the submission (RULES §9 "the gate holds back only positive
    // points"): a held row is its unit's submission as the same row not held would be (dated by its 报送日期, or
    // by its 录用日期 when it has none, as submissionDays dates any row). Not a 不计分 row (its verdict voids it).
    // So is a row blocked only for its adoption's points (RULES §4 zeroes the points that cannot be known, not
    // the submission): 媒体 not in 媒体 without 级别, no 计分 value for its 采用方式 × 级别, 录用日期 missing or
    // unreadable, no 媒体 and no 级别, 采用方式 not read, 字数 / 时长 not a number, a date a year off. Not one
    // blocked for what the row is (no 单位, 核定 not read, a formula without its result: BLOCKED_WHOLE), nor
    // a 不计分 row: that is no submission, blocked or not (001 §三.10: no 组织工作信息). A 倒扣 row is: 001 §三.11
    // deducts its points, it does not take back the submission (S26a F5 ruling), so it counts toward 报送 like
    // any sent row, never toward 录用 (not countable).
    const blockedForPoints = blocked && tu !== 0 && !t.blockedWholeAt(i);
    if (penalty && (!blocked || blockedForPoints)) w.heldSubmission[i] = 1;
    if ((held || blockedForPoints) && verdict === '') {
      w.heldSubmission[i] = 1;
      // A blocked submission with no readable date at all takes its piece's day when another row gives one
      // (submissionDays): said once pieces are known (undatedRows).
      if (
        blockedForPoints &&
        adoptedOn === null &&
        submittedOn === null &&
        (rowMode === '报送' || t.recipient[i] !== 0 || relayed)
      )
        undated.push(i);
    }
    if (!blocked && !held && verdict !== '不计分') f |= ELIGIBLE;
    if (blocked) f |= BLOCKED;
    if (own !== null) setOwnIssues(w, i, own);
    else if (t.hasIssues(i)) markIssues(w, i); // the parser's alone: marked, not copied

    // The piece: a unit's rows with one title key; an untitled row is a piece of its own. The table holds
    // each piece's first row + 1 (0: free), which tells its unit, title key and piece, and a tag of its hash.
    let piece: number;
    const titleHash = t.titleHash[i];
    if (titleHash === 0) piece = w.pieces++;
    else {
      // The title key's hash with the unit mixed in: its high bits scaled to the table (multiply-high) pick
      // the slot, its low bits are the tag.
      const h = pieceHash(titleHash, u);
      const tag = (h << rowBits) & 0x7fffffff;
      let slot = Math.floor((h * size) / 4294967296);
      for (;;) {
        const entry = table[slot];
        if (entry === 0) {
          piece = w.pieces++;
          table[slot] = tag | (i + 1);
          break;
        }
        if ((entry & tagMask) === tag) {
          const first = (entry & rowMask) - 1;
          // The whole hash first (a function of the key): another piece whose tag agrees by chance is told apart
          // here, so that the key comparison's call, first met under the optimised loop, waits for titles typed
          // differently with one key (a deopt per cold scoring otherwise, V8 "insufficient type feedback for call").
          if (
            unitOf[first] === u &&
            t.titleHash[first] === titleHash &&
            sameTitleKey(t.title[first], t.title[i])
          ) {
            piece = rowPiece[first];
            break;
          }
        }
        if (++slot === size) slot = 0;
      }
      if (rowMode !== '报送' && !t.blockedAt(i)) {
        f |= ADOPTION;
        const count = pieceFlags[piece] & ADOPTIONS;
        if (count < 2) {
          pieceFlags[piece]++;
          if (count === 1) w.multi++;
        }
      }
    }
    rowPiece[i] = piece;
    // A row of it names a 报送对象 (or was relayed): it speaks for the piece in the month it was sent, or with
    // no 报送日期 of its own for the piece's submission (unsentAdoptions), noted as met (row order).
    if (t.recipient[i] !== 0 || relayed) {
      w.namedPieces[piece] = 1;
      if (submitted === NO_DAY) named.undated[piece] = 1;
      else {
        const month = monthIndex(submitted);
        // Without a branch: a month other than the piece's first is rare, and a call first met under the
        // optimised loop throws it away (V8 "insufficient type feedback for call", a deopt per cold scoring).
        // Every later row's pair is written, kept (the count moved on) only when its month is another.
        const first = named.first[piece];
        named.first[piece] = first === NO_MONTH ? month : first;
        if (others + 2 > otherMonths.length) later.otherMonths = otherMonths = widened(otherMonths);
        otherMonths[others] = piece;
        otherMonths[others + 1] = month;
        others += first !== NO_MONTH && first !== month ? 2 : 0;
      }
    }
    // RULES §4: "the highest instruction among its rows": any row of the piece, one the parser blocked (no
    // 录用日期) too; 不计分 and review-gated rows are left out as the row that carries the bonus (ELIGIBLE), not here.
    const instruction = t.instructions.values[t.instruction[i]];
    // A 区/县 leader's is paid only where 「加分」 has a 区县 row; else its 校验 says so, no issue (remarks.ts).
    if (instruction === '区县' && !ctx.countyBonus) countyInstruction(w, i);
    else if (instruction !== '') noteInstruction(w, piece, i, instruction);
    flags[i] = f;
    mode[i] = c.mode;
    days[i] = day ?? Number.NaN;
    // Relayed (its share worked out once the phases are done): marked in duplicate, set right then too. A
    // 对口处室 that is no office is paid none (said above).
    if (c.relay && relayed && notOffice === null) duplicate[i] = 1;
  }
  // Folded by the caller: code after the loop, never run before the loop was optimised, would throw it away.
  return others;
}

/**
 * A piece whose 报送 row names a 对口处室 while its adoption row names none (audit s38 S2): the share is the
 * adoption row's (RULES §4), so the office earns nothing from it. Said on the adoption row, which may be meant
 * as relayed too (seed 001 §三.9 pays the office per piece); its figures stay as typed.
 */
function relayNamedElsewhere(w: Work, a: ScoredColumns, share: number): void {
  if (share === 0) return; // no office earns a share (the 类别 preset)
  const classes = w.facts as RowClass[];
  const t = w.src.table;
  const n = w.src.length;
  let office: Int32Array | null = null; // per piece, the text id of a 对口处室 one of its rows names
  for (let i = 0; i < n; i++) {
    const r = t.relayOffice[i];
    if (r === 0 || r === t.unit[i]) continue;
    office ??= new Int32Array(w.pieces);
    office[w.rowPiece[i]] = r;
  }
  if (office === null) return;
  for (let i = 0; i < n; i++) {
    if (t.relayOffice[i] !== 0 || a.mode[i] === SUBMISSION || w.points[i] <= 0) continue;
    if (!classes[a.kind[i]].relay) continue; // below 转报最低级别: no share to miss
    const named = office[w.rowPiece[i]];
    if (named === 0) continue;
    const name = brief(t.texts.values[named]);
    addRemark(
      w.remarks,
      i,
      `本稿件的报送行对口处室为“${name}”，本录用行未填对口处室，${name}不计本行的转报分成：如由其转报，请在本行也填写对口处室`,
    );
  }
}

/** Row i's 区/县 leader's instruction, which 「加分」 pays nothing for: said in its 校验, not a problem to check. */
function countyInstruction(w: Work, i: number): void {
  const typed = w.src.table.instructionTexts.get(i) ?? '区县';
  addRemark(w.remarks, i, `领导批示“${brief(typed)}”为区县级：「加分」表未设区县级批示加分，不加分`);
}

/** A title key's hash (LedgerRow.titleHash) with its unit id mixed in: 0 to 2^32 - 1. */
function pieceHash(titleHash: number, unit: number): number {
  const h = Math.imul(titleHash ^ Math.imul(unit, 0x9e3779b1), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * After the phases, every row: the 对口处室's share of a relayed row's points (over the scratch, which is done
 * with), the duplicate flag in place of the relayed mark. Points and shares stay unrounded: a unit's, an
 * office's and a person's totals are rounded, not each row (RULES §4, §10.5); a row is rounded where shown.
 */
function finishColumns(s: Settings, w: Work, a: ScoredColumns): void {
  const { relayPoints, duplicate } = a;
  const { points, flags } = w;
  for (let i = 0; i < points.length; i++) {
    const p = points[i] + 0; // + 0: no -0
    relayPoints[i] = duplicate[i] === 1 ? p * s.relayShare + 0 : 0;
    duplicate[i] = (flags[i] & FIXED) === DUPLICATE ? 1 : 0;
    points[i] = p;
  }
}

/**
 * The 对口处室 of a relayed row (not the unit itself) names a unit of 单位 that is no office of the department
 * (relay.ts relayingOffice, the one test the 通报 and the 指标 ask too): its message, else null. Such a name
 * relays nothing: no share, no submission of its own (sweep S18e F3). A name 单位 does not list is said apart
 * (unknownUnit) and taken for an office.
 */
function notAnOffice(ctx: Context, office: string): string | null {
  if (!isNoOffice(office, ctx.department)) return null;
  return `对口处室“${brief(office)}”不是${OFFICE_TYPE}（对口处室应为部机关的科室），本行不计转报分成，也不计入其报送`;
}

/**
 * RULES §9 on an adoption row with a 报送日期 and no 报送对象 (scoreRows put them in w.unsent with the message):
 * it counts toward no quota filtered by recipient, yet its piece does when another row of it names a 报送对象
 * or was relayed (one piece, one submission: the usual 报送 row, then its adoption repeating the 报送日期).
 * Said only for a piece no row of which names one, and never on a duplicate copy (no submission at all).
 */
function unsentAdoptions(w: Work, spoken: SpokenMonths): void {
  const { unsent, unsentMessages } = w;
  if (unsent.length === 0) return;
  const t = w.src.table;
  // A row of the piece naming a 报送对象 (or relayed) speaks for it in the month it was sent: scoreRows noted
  // those months per piece as it met the rows (no second pass over the ledger).
  for (let k = 0; k < unsent.length; k++) {
    const i = unsent[k];
    if (spokenFor(spoken, w.rowPiece[i], t, i) || (w.flags[i] & FIXED) === DUPLICATE) continue;
    const message = unsentMessages[k];
    // A row with no issue yet takes the list shared by the rows saying this message alone (setOwnIssues).
    if (w.issueOf[i] === 0 && !t.hasIssues(i)) setIssues(w, i, soleIssue(w, message));
    else setOwnIssues(w, i, [...issuesOf(w, i), message]);
  }
}

/**
 * A 倒扣 deducts the piece's points (001 §三.11); the piece stays its unit's submission and counts toward no
 * 录用 task (S26a F5 ruling): each deducting row says so, a duplicate copy not (it says 重复行). A row that is
 * no submission, of a piece no row of which is one (an adoption typed alone), is not told 仍计报送; nor a row
 * re-sending a piece already sent to the same recipient that year (`resent`): the piece's one 报送 counted when
 * first sent (001 §五.1, S26a F3), as its 重复报送 line says (sweep s28a A2), so 校验 speaks of 报送 once.
 */
function sayPenalties(w: Work, penalties: number[], resent: Resubmissions): void {
  if (penalties.length === 0) return;
  const t = w.src.table;
  const modes = t.modes.values;
  const sends = (i: number) =>
    t.recipient[i] !== 0 ||
    t.submittedOn[i] !== NO_DAY ||
    (t.relayOffice[i] !== 0 && t.relayOffice[i] !== t.unit[i]) ||
    modes[t.mode[i]] === '报送';
  for (const i of penalties) {
    if ((w.flags[i] & FIXED) === DUPLICATE) continue;
    const sent = !resent.unit.has(i) && (sends(i) || w.namedPieces[w.rowPiece[i]] === 1);
    // A remark, not an issue: the office's own verdict needs no checking, so the row is not one of 待核实.
    // After the 核定's own reason (核定倒扣：抄袭, parsed) it goes on without saying 核定倒扣 again.
    const said = sent ? PENALTY_SENT : PENALTY_UNSENT;
    const reasoned = t.remarks.get(i)?.some((r) => r.startsWith(PENALTY_PREFIX)) === true;
    addRemark(w.remarks, i, reasoned ? said.slice(PENALTY_PREFIX.length) : said);
  }
}
const PENALTY_PREFIX = '核定倒扣：';
const PENALTY_SENT = '核定倒扣：扣除本稿分值，仍计报送，不计录用任务';
const PENALTY_UNSENT = '核定倒扣：扣除本稿分值，不计录用任务';

/**
 * 计任务 0 on a countable row because another row of its piece carries it (credit.ts creditedElsewhere): a
 * remark naming that row, worded when 校验 is read (remarks.ts). A piece counted in an earlier year: a ledger
 * kept one tab per year shows such a row with no other row of its piece beside it (audit: the 2024 re-send of
 * a 2023 piece had 计任务 0 and an empty 校验); its own year's 报送 still counts (重复报送 is judged within one
 * year), and the remark says so where the row is that submission and nothing else is said. A second adoption
 * in the year names the day of the first (it had 计任务 0 and an empty 校验 too). A duplicate says 重复行.
 */
function creditedElsewhereRemark(
  dept: Department,
  w: Work,
  scored: ScoredLedger,
  a: ScoredColumns,
  resent: Resubmissions,
): ((i: number) => string | undefined) | null {
  const carrier = creditedElsewhere(scored, a);
  if (carrier === null) return null;
  const t = w.src.table;
  const sentOn = t.submittedOn;
  // Said on its year's 报送 (earlier-year rows only, few): judged now, with the row's issues as scoring left them.
  const sentToo = new Set<number>();
  const yearAt = yearReader();
  for (let i = 0; i < carrier.length; i++) {
    const k = carrier[i];
    if (k < 0) continue;
    const year = yearAt(a.day[i]);
    // A submission typed twice is a copy only to the same recipient (by the same office): one sent to two
    // recipients that day is two submissions, each counted where it went, and needs no word.
    const copy = a.mode[i] === SUBMITTED && a.mode[k] === SUBMITTED && yearAt(a.day[k]) === year;
    if ((w.flags[i] & FIXED) === DUPLICATE || (copy && !sameSending(t, i, k, dept))) {
      carrier[i] = -1;
      continue;
    }
    if (
      yearAt(a.day[k]) < year &&
      sentOn[i] !== NO_DAY &&
      yearAt(sentOn[i]) === year &&
      !resent.unit.has(i) &&
      issuesOf(w, i).length === 0
    )
      sentToo.add(i);
  }
  // Worded when read. Only what the words need is kept (they live as long as the scored ledger): not a or w.
  const { day: dayOf, mode } = a;
  const src = { src: w.src };
  const tabs = w.src.table.tab;
  const rowNumbers = w.src.table.row;
  const yearRead = yearReader();
  // A second adoption in its year is said by the day of the one that counted, not its row: the words are
  // then one string per day (a quarter of a ledger's rows may say them; a string per row cost 40 MB and
  // 0.3 s at 1M rows), and the row is found beside it by its title and that day.
  const sameYearWords = new Map<number, string>();
  return (i) => {
    const k = i < carrier.length ? carrier[i] : -1;
    if (k < 0) return undefined;
    const year = yearRead(dayOf[i]);
    const before = yearRead(dayOf[k]);
    const submitted = mode[i] === SUBMITTED;
    const dayNumber = dayOf[k] | 0; // a whole day, as an integer key
    if (!submitted && before === year) {
      const key = dayNumber * 4 + mode[k];
      let said = sameYearWords.get(key);
      if (said === undefined) {
        const { m, d } = ymdOfDay(dayNumber);
        said = `重复用稿：同一稿件已于${year}年${m}月${d}日${modeWord(mode[k])}并计任务，${ADOPTED_AGAIN}`;
        sameYearWords.set(key, said);
      }
      return said;
    }
    const place = tabs === null ? `第${rowNumbers[k]}行` : where(src, i, k);
    if (submitted && mode[k] === SUBMITTED && before === year)
      return `重复行：与${place}标题、报送对象、报送日期相同，只计一次`;
    return [
      submitted ? '重复报送：与' : '重复用稿：与',
      place,
      `为同一稿件，已于${before}年`,
      modeWord(mode[k]),
      submitted ? '并计任务，本行不再计任务' : `并计任务，${ADOPTED_AGAIN}`,
      sentToo.size > 0 && sentToo.has(i) ? `（${year}年报送照计）` : '',
    ].join('');
  };
}
/** 报送, 录用 or 综合采用: how the carrying row took the piece. */
function modeWord(mode: number): string {
  return mode === SUBMITTED ? '报送' : mode === ADOPTED ? '录用' : '综合采用';
}
// An adoption may still count toward a 去重 录用 item whose filter the earlier one failed (s28a A1).
const ADOPTED_AGAIN = '本行“计任务”记0（按级别等条件去重的录用任务另行判断）';

/**
 * Two submission rows of one piece on one day went the same way: to one recipient as relay.ts reads it
 * (區委組織部 is 区委组织部), by one 对口处室, naming one 媒体. Else they are two sendings, each counted where it went.
 */
function sameSending(t: LedgerTable, i: number, k: number, dept: Department): boolean {
  if (t.outlet[i] !== t.outlet[k] || t.relayOffice[i] !== t.relayOffice[k]) return false;
  if (t.recipient[i] === t.recipient[k]) return true;
  const texts = t.texts.values;
  return (
    addressedRecipient(texts[t.recipient[i]].trim(), dept) ===
    addressedRecipient(texts[t.recipient[k]].trim(), dept)
  );
}

/**
 * 重复报送 (resubmissions.ts): a row's recipient as its unit's quotas read it (a relayed row's the own
 * department), '' without 报送对象; and a relayed row's 对口处室 and where it relayed the piece, as the 通报 and
 * the 指标 read them (relay.ts relayingOffice, officeRecipient).
 */
function resubmissionsIn(ctx: Context, w: Work): Resubmissions {
  const t = w.src.table;
  const texts = t.texts.values;
  const dept = ctx.department;
  const relayed = (i: number) => t.relayOffice[i] !== 0 && t.relayOffice[i] !== t.unit[i];
  const read = new Map<number, string>();
  const identity = new Map<string, string>();
  const counts = new Map<string, boolean>();
  // Every 报送 quota's recipients but the department (whoever it counts: a unit, 全部门, a person).
  const officeQuotas = ctx.quotaRecipients.filter(
    (q) => q !== dept.key && quotaRecipient(q, dept) !== dept.key,
  );
  return findResubmissions(w, {
    recipientOf(i) {
      const typed = t.recipient[i];
      if (relayed(i)) return relayedRecipient(texts[typed].trim(), texts[t.relayOffice[i]].trim(), dept);
      if (typed === 0) return '';
      let r = read.get(typed);
      if (r === undefined) {
        r = addressedRecipient(texts[typed].trim(), dept);
        read.set(typed, r);
      }
      return r;
    },
    identity(r) {
      let id = identity.get(r);
      if (id === undefined) {
        id = recipientIdentity(r, dept, officeQuotas);
        identity.set(r, id);
      }
      return id;
    },
    officeOf(i) {
      if (!relayed(i)) return '';
      const office = texts[t.relayOffice[i]].trim();
      return isNoOffice(office, dept) ? '' : office;
    },
    upwardOf(i) {
      const row = w.src.at(i);
      return officeRecipient(row, w.facts[w.factOf[i]].level, dept);
    },
    quotasOf: (unit) => ctx.quotaLists.get(unit) ?? [],
    // As the 指标 filter reads it (compile.ts): the same text, or sameRecipient.
    countsToward(r, quota) {
      const key = `${r}\u0001${quota.join('、')}`;
      let yes = counts.get(key);
      if (yes === undefined) {
        yes = quota.some((q) => r === q || sameRecipient(r, q, dept));
        counts.set(key, yes);
      }
      return yes;
    },
  });
}

/** The one list of the rows whose only issue is `message` (Work.single, as setOwnIssues shares it). */
function soleIssue(w: Work, message: string): string[] {
  let list = w.single.get(message);
  if (list === undefined) {
    list = [message];
    w.single.set(message, list);
  }
  return list;
}

/**
 * Another row of the same piece (one submission) decides what 报送对象 of an adoption row with a 报送日期 of its
 * own says (RULES §9): it counts toward a quota through that row. Said on a duplicate copy never (no submission).
 */
function offQuotaAdoptions(ctx: Context, w: Work, later: LaterNotes): void {
  const { offQuota, offQuotaNotes } = later;
  if (offQuota.length === 0) return;
  const t = w.src.table;
  const texts = t.texts.values;
  const dept = ctx.department;
  // A submission row of the piece counting toward a quota of its unit speaks for it (as the 指标 read it:
  // countable or held, its recipient for its unit, a relayed row's the own department).
  const counted = monthsSpoken(w, offQuota, (j) => {
    if ((w.flags[j] & FIXED) === DUPLICATE || (w.countable[j] === 0 && w.heldSubmission[j] === 0))
      return false;
    const unit = texts[t.unit[j]];
    const quotas = ctx.quotas.get(unit);
    if (quotas === undefined) return false;
    const row = { recipient: texts[t.recipient[j]], relayOffice: texts[t.relayOffice[j]], unit };
    const recipient = unitRecipient(row, dept);
    return recipient !== '' && quotas.some((q) => sameRecipient(recipient, q, dept));
  });
  for (let k = 0; k < offQuota.length; k++) {
    const i = offQuota[k];
    if ((w.flags[i] & FIXED) === DUPLICATE) continue;
    const note = offQuotaNotes[k];
    const message = spokenFor(counted, w.rowPiece[i], t, i) ? note.ifPieceCounts : note.message;
    if (message !== null) setIssues(w, i, [...issuesOf(w, i), message]);
  }
}

/**
 * The months in which some row of the pieces of `asking` speaks for its piece (`speaks`): one pass over the
 * ledger, made only when a row asks. By piece id, not a set of (piece, month) keys: such a key is no small
 * integer, and a set of doubles costs a boxed number and its hash per row (half the rows of a ledger ask).
 */
function monthsSpoken(w: Work, asking: number[], speaks: (j: number) => boolean): SpokenMonths {
  const asked = new Uint8Array(w.pieces);
  for (let k = 0; k < asking.length; k++) asked[w.rowPiece[asking[k]]] = 1;
  const t = w.src.table;
  const spoken: SpokenMonths = {
    undated: new Uint8Array(w.pieces),
    first: new Int32Array(w.pieces).fill(NO_MONTH),
    more: new Map(),
  };
  for (let j = 0; j < w.src.length; j++) {
    const p = w.rowPiece[j];
    if (asked[p] !== 1 || !speaks(j)) continue;
    const month = submissionMonth(t, j);
    if (month === -1) spoken.undated[p] = 1;
    else if (spoken.first[p] === NO_MONTH) spoken.first[p] = month;
    else if (spoken.first[p] !== month) noteMonth(spoken, p, month);
  }
  return spoken;
}

/** Another month than its first in which a row speaks for piece p. */
function noteMonth(spoken: SpokenMonths, p: number, month: number): void {
  const months = spoken.more.get(p);
  if (months === undefined) spoken.more.set(p, new Set([month]));
  else months.add(month);
}

/** By piece id: a speaking row with no 报送日期, the month of the first that has one, the other months. */
interface SpokenMonths {
  undated: Uint8Array;
  first: Int32Array;
  more: Map<number, Set<number>>;
}
/** No month yet (no month index is this low). */
const NO_MONTH = -0x80000000;

/** The list twice as long, its values kept. */
function widened(list: Int32Array): Int32Array {
  const wider = new Int32Array(Math.max(4, list.length * 2));
  wider.set(list);
  return wider;
}

/**
 * The month row j was sent in by its own 报送日期 (year × 12 + month − 1), −1 with none (an adoption row naming
 * the piece's 报送对象 speaks of the piece's submission): a re-submission counts in its own month (README "One
 * piece, one submission"), so only a row of its month speaks for it (re-sweep S19r F1).
 */
function submissionMonth(t: LedgerTable, j: number): number {
  const d = t.submittedOn[j];
  return d === NO_DAY ? -1 : monthIndex(d);
}

/** Another row of row i's piece, sent in i's month or with no 报送日期 of its own, speaks for it. */
function spokenFor(spoken: SpokenMonths, piece: number, t: LedgerTable, i: number): boolean {
  if (spoken.undated[piece] === 1) return true;
  const month = submissionMonth(t, i);
  if (month === -1) return false;
  if (spoken.first[piece] === month) return true;
  return spoken.more.size > 0 && (spoken.more.get(piece)?.has(month) ?? false);
}

/** （「指标」中…按“各计”，每位作者都计）: the tasks a third author counts toward, '' when none. */
function everyAuthorTasks(rules: Rules): string {
  const names = [...new Set(rules.indicators.filter((i) => i.coauthors === '各计').map((i) => i.name))];
  if (names.length === 0) return '';
  const shown = names.length > 3 ? `${names.slice(0, 3).join('、')}等${names.length}项` : names.join('、');
  return `（「指标」中${shown}按“各计”，每位作者都计）`;
}

/** A name the 单位 table (when there is one) does not list. */
function unknownUnit(ctx: Context, name: string): boolean {
  return ctx.unitType.size > 0 && !ctx.unitType.has(name);
}

/** The 调整分 row i adds to its points (unless it is blocked): none without 调整理由. */
function countedAdjustment(t: LedgerTable, i: number): number {
  const adjustment = t.adjustment.at(i);
  return !Number.isNaN(adjustment) && t.adjustmentReason.at(i) !== '' ? adjustment : 0;
}

/** A 单位 the 单位 table does not list: two units in one cell (a piece both wrote) said as such. */
function unknownUnitIssue(name: string): string {
  const units = unitsInOneCell(name);
  return units === null
    ? `单位“${brief(name)}”不在「单位」表中`
    : `单位“${brief(name)}”是${units.length}个单位：一篇稿件只计入一个单位，请只填其中一个（合写的其他单位可写在备注中）`;
}

function unitFacts(ctx: Context, name: string): UnitFacts {
  const type = ctx.unitType.get(name);
  const quota = ctx.quotas.get(name);
  return {
    issue: name !== '' && unknownUnit(ctx, name) ? unknownUnitIssue(name) : null,
    quotaIssue: quota ? `未填报送对象，不计入向${quota.join('、')}报送任务` : null,
    quotas: quota ?? null,
    relaysUpward: type !== undefined && type !== OFFICE_TYPE,
  };
}

/**
 * The columns with the per-row lists and texts read on demand: issues, credit per author, points per author
 * and the explanation are worked out when asked (lists shared by rows alike), never stored per row.
 * Until finishColumns, `duplicate` marks the relayed rows (their shares are worked out there), then duplicates.
 */
function resultColumns(w: Work, s: Settings, relayPoints: Float64Array): ScoredColumns {
  const { coauthorSplit } = s;
  const decimals = shownDecimals(s);
  const shown = { decimals }; // how explain() shows a row's points (scoredColumns shownAt)
  // By author count.
  const splits: AuthorSplit[] = [];
  // Per row (Work.flags): the final explanation, the verdict's part of it (0 none, 1 不计分, 2 倒扣), the authors.
  // (Read from w here: the closures keep these, not w and its scratch.)
  const {
    src,
    issueOf,
    issueLists,
    bonus: bonuses,
    flags,
    points,
    countable,
    factOf: kind,
    heads,
    instruction,
  } = w;
  const { adjustments } = w;
  // A row with issues has its bit (markIssues, where scoring meets them): most have none, and are not read again.
  const marked = w.issueRows;
  const n = src.length;
  const classes = w.facts as RowClass[];
  const splitOf = (i: number): AuthorSplit | null => {
    const authors = (flags[i] >> AUTHORS_SHIFT) & 3;
    const count = authors < 3 ? authors : src.at(i).authors.length;
    if (count === 0) return null;
    splits[count] ??= authorSplit(count, coauthorSplit);
    return splits[count];
  };
  const bonus = (i: number): number => (bonuses.size > 0 ? (bonuses.get(i) ?? 0) : 0);
  // Every field written out, in one order (no spread): one object shape for every scoring's columns, so the
  // readers' optimised code is not thrown away on the next ledger ("wrong map").
  return {
    n,
    row: src.table.row.subarray(0, n), // the ledger's own column (a view, not a copy)
    units: objectList(),
    unit: new Int32Array(n),
    kind,
    kinds: classes,
    mode: new Uint8Array(n),
    day: w.day,
    points,
    relayPoints,
    decimals,
    countable,
    heldSubmission: w.heldSubmission,
    duplicate: new Uint8Array(n),
    bonus,
    issues: (i) => {
      if (((marked[i >>> 5] >>> (i & 31)) & 1) === 0) return NO_ISSUES;
      const k = issueOf[i];
      return k === 0 ? src.at(i).issues : issueLists[k - 1];
    },
    credit: (i) => {
      const split = splitOf(i);
      return split === null ? NO_SHARES : countable[i] === 1 ? split.counted : split.uncounted;
    },
    personPoints: (i) => {
      const split = splitOf(i);
      return split === null ? NO_SHARES : personShares(split, points[i]);
    },
    why: (i) => {
      const f = flags[i];
      if ((f & FIXED) === DROPPED && adjustments.has(i)) {
        // The policy drops the adoption's points, not the reviewer's award for the manuscript (RULES §8).
        const a = adjustments.get(i) as number;
        const reason = brief(src.table.adjustmentReason.at(i), 40);
        return equation(
          `0（多次录用不重复计分） ${a > 0 ? '+' : ''}${fmt(a)}（调整：${reason}）`,
          shownAt(shown, points[i]),
        );
      }
      if ((f & FIXED) !== 0) return FIXED_WHY[f & FIXED];
      return explain(heads, instruction, classes[kind[i]], i, tailOf(f), bonus(i), shownAt(shown, points[i]));
    },
    // What why(i) starts with DROPPED_WHY for, without making it: the policy's rows (no explanation of another
    // row starts so: an unfixed one starts with its kind's head, its 调整分 or bonus, or is a number).
    dropped: (i) => (flags[i] & FIXED) === DROPPED,
  };
}

/**
 * The kind of a row within its outlet (as typed): the parser's block, levels, mode, the 类别 and 版面 some
 * rule names, the dated version in force and the 字数/时长 thresholds passed. Rows of one kind look up alike.
 */
function classKey(
  keys: LookupKeys,
  t: LedgerTable,
  i: number,
  day: Day | null,
  namedKinds: Set<string>,
  codes: TextCodes,
): number {
  const lo = t.levels.values[t.level[i]];
  let key = t.blockedAt(i) ? 1 : 0;
  // No 级别: blank (0) or filled but unreadable (6), said apart when the 媒体 is unknown too.
  key = key * 7 + (lo === null ? (t.levelUnreadAt(i) ? 6 : 0) : levelRank(lo) + 1 || 5);
  key = key * 4 + modeCode(t.modes.values[t.mode[i]]);
  // A 类别 neither the rules nor the domain name is a kind of its own (said on its rows), after the named.
  if (keys.kinds.size > 0) {
    const tk = t.kind[i];
    let code = codes.kind[tk];
    if (code < 0) {
      const kind = t.texts.values[tk];
      code = kind === '' ? 0 : (keys.kinds.get(kind) ?? (namedKinds.has(kind) ? 0 : keys.kinds.size + 1));
      codes.kind[tk] = code;
    }
    key = key * (keys.kinds.size + 2) + code;
  }
  if (keys.placements.size > 0) {
    const tp = t.placement[i];
    let code = codes.placement[tp];
    if (code < 0) {
      const placement = t.texts.values[tp];
      code = placement === '' ? 0 : (keys.placements.get(placementKey(placement)) ?? 0);
      codes.placement[tp] = code;
    }
    key = key * (keys.placements.size + 1) + code;
  }
  if (keys.changes.length > 0) key = key * (keys.changes.length + 1) + countPassed(keys.changes, day, true);
  if (keys.charsOver.length > 0) {
    // With whether the row has a 时长: a 电视/广播 outlet's row with one reads no 字数 (scoreRules.ts textLength).
    const minutes = numberAt(t.minutes, i);
    key = key * (keys.charsOver.length + 1) + countPassed(keys.charsOver, numberAt(t.chars, i), false);
    key = key * 2 + (minutes !== null && minutes > 0 ? 1 : 0);
  }
  if (keys.minutesOver.length > 0)
    key = key * (keys.minutesOver.length + 1) + countPassed(keys.minutesOver, numberAt(t.minutes, i), false);
  return key;
}

/** classKey's 类别 and 版面 codes by text id, worked out on the first row holding the text (-1: not yet). */
interface TextCodes {
  kind: Int32Array;
  placement: Int32Array;
}

/**
 * The outlet facts of each text the 媒体 column holds (by text id), looked up before the rows are scored. Not
 * in scoreRows' loop: findOutlet is a closure made for each scoring, and a call to it there is compiled into the
 * loop's optimised code with that closure, which the next garbage collection frees, throwing the code away (V8
 * "weak objects"); the next scoring then runs unoptimised until compiled again.
 */
function outletsByText(ctx: Context, t: LedgerTable): (OutletFacts | undefined)[] {
  const texts = t.texts.values;
  const seen = new Uint8Array(texts.length);
  for (let i = 0; i < t.n; i++) seen[t.outlet[i]] = 1;
  const outlets: (OutletFacts | undefined)[] = new Array(texts.length).fill(undefined);
  for (let id = 1; id < texts.length; id++)
    if (seen[id] === 1) outlets[id] = { def: ctx.findOutlet(texts[id]), kinds: [] };
  return outlets;
}

/** A kind of row scored from its first row: outlet, level, 计分 rule, multipliers, their issues. */
function classOf(
  ctx: Context,
  src: LedgerSource,
  i: number,
  outlet: OutletDef | null,
  day: Day | null,
): RowClass {
  const row = src.at(i);
  let blocked = row.blocked;
  let outletName = '';
  let tags = NO_TAGS;
  let level: Level | null = row.levelOverride;
  let outletIssue: string | null = null;
  let levelIssue: string | null = null;
  let outletHead = '';
  let outletTail = '';
  if (row.outlet !== '') {
    if (outlet) {
      outletName = outlet.name;
      tags = outlet.tags;
      level = row.levelOverride ?? outlet.level;
      if (row.levelOverride !== null && row.levelOverride !== outlet.level)
        levelIssue = `级别“${row.levelOverride}”与「媒体」表中${brief(outlet.name)}的级别（${outlet.level}）不同，按所填级别计分：如是误填，请清空本行级别`;
    } else if (row.outlet === UNCALCULATED) {
      blocked = true; // a formula without its result: the row's first issue says so, no outlet is named
    } else {
      const filled = row.levelOverride !== null;
      const several = severalOutlets(row.outlet, ctx.findOutlet);
      if (several !== null) {
        outletHead = severalOutletsIssue(brief(row.outlet), several.length, filled);
      } else if (isErrorText(row.outlet)) {
        // #VALUE! is a formula to mend, no outlet to add to 「媒体」 (audit s38 P5).
        outletHead = errorValueIssue(
          '媒体',
          row.outlet,
          filled ? '按所填级别计分' : row.mode === '报送' ? '' : '无法计分',
        );
      } else {
        outletHead = `媒体“${brief(row.outlet)}”不在「媒体」表中`;
        if (filled) outletHead += '，按所填级别计分';
        else if (row.mode !== '报送')
          outletHead += row.levelUnread ? '，级别又无法识别，无法计分' : '，且未填级别，无法计分';
        outletTail = unknownOutletAdvice(row.outlet, ctx.findOutlet, filled, row.levelUnread === true);
      }
      if (!filled && row.mode !== '报送') blocked = true;
      outletIssue = outletHead + outletTail;
    }
  }
  let base = 0;
  let multiplier = 1;
  let head = '';
  let ruleIssue: string | null = null;
  if (!blocked && level !== null) {
    const rule = ctx.findPoints(row.mode, level, row.kind, tags, row.placement, day);
    if (rule) base = rule.points;
    else if (row.mode !== '报送') {
      ruleIssue = ctx.pointMiss(row.mode, level, row.kind, tags, row.placement);
      blocked = true;
    }
  }
  if (!blocked) {
    head = row.mode === '报送' && base === 0 ? '报送 0' : `${level}${row.mode} ${fmt(base)}`;
    if (row.mode !== '报送') {
      const m = ctx.findMultiplier(row, tags, day);
      multiplier = m.factor;
      head += m.text;
    }
  }
  return {
    level,
    outlet: outletName,
    mode: modeCode(row.mode) % 3,
    tags,
    base,
    multiplier,
    blocked,
    points: blocked ? 0 : base * multiplier,
    head,
    outletIssue,
    outletTasks:
      outletIssue !== null && !blocked && level !== null && row.mode !== '报送' && ctx.outletTasks.length > 0
        ? orNone(tasksForKind(ctx.outletTasks, level, row.mode, row.kind))
        : NO_TASKS,
    outletHead,
    outletTail,
    ruleIssue,
    levelIssue,
    reviewed: reviewGated(ctx.s.reviewGate, outlet),
    needsEvidence:
      !blocked &&
      ctx.evidenceRank >= 0 &&
      row.mode !== '报送' &&
      level !== null &&
      levelRank(level) >= ctx.evidenceRank,
    relay: row.mode !== '报送' && level !== null && levelRank(level) >= levelRank(ctx.s.relayMinLevel),
    whys: [undefined, undefined, undefined],
  };
}

/** Whether 三审把关 holds a row of this outlet: 是 every row, a list the rows of those 媒体 or 标签 (004 §三项机制). */
function reviewGated(gate: boolean | string[], outlet: OutletDef | null): boolean {
  if (typeof gate === 'boolean') return gate;
  return outlet !== null && gate.some((g) => g === outlet.name || outlet.tags.includes(g));
}

/**
 * An unknown outlet's message on a row of a kind that misses 指标 (s25a F5): the tasks of the row's unit's type or
 * its authors' (人员, else the row's unit) named. Made only for such rows.
 */
function outletTaskIssue(ctx: Context, c: RowClass, unit: string, authors: readonly string[]): string {
  const unitType = ctx.unitType.get(unit) ?? '';
  const authorTypes = authors.map((name) => {
    const listed = ctx.people.get(name);
    return listed ? (ctx.unitType.get(listed.unit.trim()) ?? '') : unitType;
  });
  const missed = tasksMissed(c.outletTasks, unitType, authorTypes);
  return missed === '' ? (c.outletIssue as string) : c.outletHead + missed + c.outletTail;
}

/** Row i's issues with one more, copying the parser's list on the first addition. */
function withIssueAt(t: LedgerTable, i: number, own: string[] | null, message: string): string[] {
  if (own !== null) {
    own.push(message);
    return own;
  }
  const parsed = t.issuesAt(i);
  // Made holding the message (a list of texts from the start: see objectList).
  return parsed.length === 0 ? [message] : [...parsed, message];
}

/**
 * An empty list for objects or texts, made as such: a list made `[]` holds small integers until its first
 * object, and that change under scoreRows' optimised loop throws the code away (V8 "not a Smi"); the next
 * scorings then run partly unoptimised while it is compiled again, the larger part of the scoring's time on a
 * ledger scored a few times (bench/engine.ts).
 */
function objectList<T>(): T[] {
  const list: T[] = [null as T];
  list.pop();
  return list;
}

/**
 * What 报送对象 says of a row (RecipientNote), once per unit, kind of row and 报送对象. `pieceAware` on an
 * adoption row: what it says depends on the other rows of its piece (one submission), known once pieces are.
 */
interface RecipientNote {
  message: string;
  pieceAware: boolean;
  /** What an off-quota adoption row says when another row of its piece counts toward a quota (null: nothing). */
  ifPieceCounts: string | null;
}

function recipientNote(
  message: string,
  pieceAware = false,
  ifPieceCounts: string | null = null,
): RecipientNote {
  return { message, pieceAware, ifPieceCounts };
}

/** Scoring's notes said once pieces are known (undatedRows, offQuotaAdoptions). */
interface LaterNotes {
  /** Blocked submissions with no readable date at all. */
  undated: number[];
  /** Adoption rows with a 报送日期 of their own addressed to no quota of their unit, and the note of each. */
  offQuota: number[];
  offQuotaNotes: RecipientNote[];
  /** By piece id, the months its rows naming a 报送对象 (or relayed) were sent in (unsentAdoptions). */
  named: SpokenMonths;
  /** (piece, month) pairs of rows naming a 报送对象 sent in another month than their piece's first, in row order. */
  otherMonths: Int32Array;
  /** Rows a 倒扣 deducts (not blocked): told once duplicates are known (sayPenalties). */
  penalties: number[];
}

/**
 * RULES §9: a 报送 row without 报送对象 counts toward no recipient quota of its unit (say so), nor does an
 * adoption row with a 报送日期 of its own (`sent`: a submission as a 报送 row is, reportPass, rows.ts); and
 * neither does one addressed to anyone no quota of its unit names: the own department under a quota to its 研究室, 区委组织部
 * for a 科室 whose quota is 市委组织部, a typo, the adopting outlet repeated on an adoption row (say so too:
 * never a quota short with no word why). On an adoption row both are said only when no other row of the piece
 * takes it (pieceAware: a 报送 row naming 区委组织部, then its adoption with 报送对象 left blank or repeating the
 * outlet, is one submission that counts). A 党(工)委 sending straight to an upper department should have gone
 * through the 对口处室 of the office's own department (001 §四.1): a warning; the row still counts as a
 * submission, and the warning says whether a quota takes it. Only for rows not relayed (a relayed row is the
 * unit's submission to the own department). 报送对象 is read as the own department sees it (relay.ts).
 */
function recipientIssue(
  ctx: Context,
  mode: Mode,
  sent: boolean,
  typed: string,
  unit: UnitFacts,
): RecipientNote | null {
  const adoption = mode !== '报送';
  const submits = !adoption || sent;
  if (submits && typed === '' && unit.quotaIssue !== null) return recipientNote(unit.quotaIssue, adoption);
  // A formula's error value names no recipient (and the placeholder is no text: the row says it first).
  if (typed === UNCALCULATED) return null;
  if (isErrorValue(typed)) {
    const plain = errorValueIssue('报送对象', typed, '');
    if (!submits) return recipientNote(plain);
    // An adoption's piece may count through its 报送 row: then only the cell is said.
    return recipientNote(
      errorValueIssue('报送对象', typed, '不计入报送任务'),
      adoption,
      adoption ? plain : null,
    );
  }
  const dept = ctx.department;
  const recipient = addressedRecipient(typed, dept);
  const quotas = unit.quotas;
  const missesQuotas =
    submits && quotas !== null && recipient !== '' && !quotas.some((q) => sameRecipient(recipient, q, dept));
  if (ctx.hasOffices && unit.relaysUpward && isUpperDepartment(recipient, dept)) {
    const route = `直接报送${recipient}：请先向${dept.key}对口处室报送并填“对口处室”（001 §四.1）`;
    // Said of the warning itself, true whatever else holds the row (不计分, 三审, 佐证: their own notes say so):
    // "本行积分照计" beside 暂不计分 told the user two things at once (audit S22a F3).
    const off = `，但本行不计入向${quotas?.join('、')}报送任务`;
    if (!adoption)
      return recipientNote(
        missesQuotas ? `${route}；此提醒不影响报送条数${off}` : `${route}（此提醒不影响报送条数）`,
      );
    const scores = `${route}（此提醒不影响本行积分）`;
    if (missesQuotas) return recipientNote(`${route}；此提醒不影响本行积分和报送条数${off}`, true, scores);
    return recipientNote(scores);
  }
  if (missesQuotas) {
    return recipientNote(
      `报送对象“${brief(typed)}”不是本单位报送任务的对象（${quotas.join('、')}），不计入报送任务`,
      adoption,
    );
  }
  return null;
}

/**
 * Per author count: the shares, the credit lists of a counted and an uncounted row, points lists by points,
 * the last list made or found per slot in front of them (a Map keyed by a double boxes it on each call, and
 * the report asks once per authored row).
 */
interface AuthorSplit {
  shares: number[];
  counted: number[];
  uncounted: number[];
  byPoints: Map<number, number[]>;
  keys: Float64Array;
  lists: (number[] | null)[];
}

/** Credit per author (计任务), one or more authors: at most two count; halves, or 3:2 for the first two. */
function authorSplit(authors: number, split: Settings['coauthorSplit']): AuthorSplit {
  const first = authors === 1 ? 1 : split === '3:2' ? 0.6 : 0.5;
  const shares = new Array<number>(authors).fill(0);
  shares[0] = first;
  if (authors > 1) shares[1] = roundHalfUp(1 - first, 6);
  return {
    shares,
    counted: Object.freeze(shares.slice()) as number[],
    uncounted: Object.freeze(shares.map(() => 0)) as number[],
    byPoints: new Map(),
    keys: new Float64Array(256),
    lists: new Array<number[] | null>(256).fill(null),
  };
}

/**
 * Points per author, unrounded (a person's total is rounded once, RULES §4): one frozen list per value. The
 * slots are probed for the value before the map is asked: a number handed to the map is a heap number made per
 * call (3.7 MB a 100k-row 通报 when values shared their slot: 15 and 31, 0 and 16 …).
 */
function personShares(split: AuthorSplit, points: number): number[] {
  // Points are mostly multiples of a quarter: sixteenths, mixed, spread them over the slots (0 and -0 alike).
  let slot = Math.imul((points * 16) | 0, 0x9e3779b1) >>> 24;
  for (let probe = 0; probe < 8; probe++) {
    const cached = split.lists[slot];
    if (cached === null) return sharesAt(split, points, slot);
    if (split.keys[slot] === points) return cached;
    slot = (slot + 1) & 255;
  }
  return sharesOf(split, points); // NaN (never equal to itself), or a ninth value in a row of slots
}

function sharesAt(split: AuthorSplit, points: number, slot: number): number[] {
  const list = sharesOf(split, points);
  if (!Number.isNaN(points)) {
    split.keys[slot] = points;
    split.lists[slot] = list;
  }
  return list;
}

function sharesOf(split: AuthorSplit, points: number): number[] {
  let list = split.byPoints.get(points);
  if (list === undefined) {
    list = Object.freeze(split.shares.map((share) => points * share)) as number[];
    split.byPoints.set(points, list);
  }
  return list;
}

/** The explanation: base, multipliers, adjustment, instruction bonus, verdict = points. */
function explain(
  heads: Map<number, string>,
  instruction: Map<number, string>,
  c: RowClass,
  i: number,
  tail: number,
  bonus: number,
  points: number,
): string {
  const head = heads.size > 0 ? heads.get(i) : undefined;
  if (head === undefined && bonus === 0) {
    // Rows alike share one string.
    c.whys[tail] ??= new Map();
    const byPoints = c.whys[tail];
    let why = byPoints.get(points);
    if (why === undefined) {
      why = equation(c.head + TAILS[tail], points);
      byPoints.set(points, why);
    }
    return why;
  }
  const bonusText = bonus !== 0 ? ` +${fmt(bonus)}（${instruction.get(i) ?? ''}）` : '';
  return equation(`${head ?? c.head}${bonusText}${TAILS[tail]}`, points);
}

function equation(why: string, points: number): string {
  return why ? `${why} = ${fmt(points)}` : fmt(points);
}

/** For messages: the day a row is assessed by, as ISO text. */
export function rowDayText(r: ScoredRow): string {
  return r.day === null ? '' : dayToIso(r.day);
}
