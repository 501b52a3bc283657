// Row scoring (RULES §4): base × multipliers + instruction bonus, verdicts, review gate, evidence,
// duplicates, multiple-adoption policy, relay share and per-author credit. Phases: scoreRow (each row on
// its own) → markDuplicates → applyMultipleAdoption → applyInstructionBonus (per piece) → shares and credit.
// The rule tables are compiled once; a row then costs a few map lookups (100,000 rows).
import { pieceIds } from './credit';
import { dayToIso } from './dates';
import { LEVELS, levelRank } from './levels';
import { earnsRelayShare, isUpperDepartment, recipientQuotas, relayOfficeOf } from './relay';
import { outletIndex } from './rules';
import { brief, roundHalfUp } from './text';
import type {
  BonusRule,
  Day,
  LedgerRow,
  Level,
  Mode,
  MultiplierRule,
  OutletDef,
  ParsedLedger,
  PointRule,
  Rules,
  ScoredLedger,
  ScoredRow,
  Settings,
} from './types';

/** In force on a day: no 生效日期, or one not after the day (an undated row takes undated rules only). */
function inForceOn(effectiveFrom: Day | null, day: Day | null): boolean {
  return effectiveFrom === null || (day !== null && effectiveFrom <= day);
}

const since = (r: { effectiveFrom: Day | null }) => r.effectiveFrom ?? Number.NEGATIVE_INFINITY;

/** Versions newest first, so the first one in force is the one that applies. */
function newestFirst<T extends { effectiveFrom: Day | null }>(list: T[]): T[] {
  return list
    .map((r, i) => ({ r, i }))
    .sort((a, b) => since(b.r) - since(a.r) || a.i - b.i)
    .map((x) => x.r);
}

/** 计分 lookup: rules grouped by mode×level; the most specific in force wins (kind > tag > placement). */
function pointLookup(points: PointRule[]) {
  const byMode = new Map<Mode, Map<Level, PointRule[]>>();
  for (const p of points) {
    let byLevel = byMode.get(p.mode);
    if (!byLevel) {
      byLevel = new Map();
      byMode.set(p.mode, byLevel);
    }
    const list = byLevel.get(p.level);
    if (list) list.push(p);
    else byLevel.set(p.level, [p]);
  }
  return (mode: Mode, level: Level, kind: string, tags: string[], placement: string, day: Day | null) => {
    const list = byMode.get(mode)?.get(level);
    if (!list) return undefined;
    let best: PointRule | undefined;
    let bestScore = -1;
    for (const p of list) {
      if (!inForceOn(p.effectiveFrom, day)) continue;
      if (p.kind !== '' && p.kind !== kind) continue;
      if (p.tag !== '' && !tags.includes(p.tag)) continue;
      if (p.placement !== '' && p.placement !== placement) continue;
      const score = (p.kind ? 4 : 0) + (p.tag ? 2 : 0) + (p.placement ? 1 : 0);
      if (score > bestScore || (score === bestScore && best !== undefined && since(p) > since(best))) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  };
}

const ADOPTION_ONLY: Mode[] = ['录用'];

function multiplierApplies(m: MultiplierRule, row: LedgerRow, tags: string[]): boolean {
  const modes = m.modes.length > 0 ? m.modes : ADOPTION_ONLY;
  if (!modes.includes(row.mode)) return false;
  const c = m.condition;
  switch (c.kind) {
    case '字数':
      return row.chars !== null && row.chars > c.over;
    case '时长':
      return row.minutes !== null && row.minutes > c.over;
    case '版面':
      return row.placement !== '' && c.values.includes(row.placement);
    case '类别':
      return row.kind !== '' && c.values.includes(row.kind);
    case '标签':
      return tags.some((t) => c.values.includes(t));
  }
}

const NO_NAMES: string[] = [];
const NO_TAGS: string[] = [];
/** A row without authors: one shared, frozen empty list instead of two new arrays per row. */
const NO_SHARES = Object.freeze([]) as unknown as number[];

/**
 * Multipliers: of several dated versions of a named multiplier only the newest in force counts; the
 * largest within a group applies (字数 or 时长 is one ×3, not ×9); groups multiply; a cap limits the product.
 */
function multiplierLookup(rules: MultiplierRule[], cap: number | null) {
  const byName = new Map<string, MultiplierRule[]>();
  for (const m of rules) {
    const key = m.name || `${m.condition.kind}|${m.group}`;
    const list = byName.get(key);
    if (list) list.push(m);
    else byName.set(key, [m]);
  }
  const versions = [...byName.values()].map(newestFirst);
  const modes = new Set<Mode>(rules.flatMap((m) => (m.modes.length > 0 ? m.modes : ['录用'])));
  // The outcome depends only on which rules apply: remembered by that set (a bit per rule), one object for
  // all rows it fits, instead of a list of groups and a result per row.
  const bit = new Map(rules.map((m, k) => [m, k < 30 ? 2 ** k : 0]));
  const memo = new Map<number, Multiplier>();
  const applied: MultiplierRule[] = [];
  return (row: LedgerRow, tags: string[], day: Day | null): Multiplier => {
    if (!modes.has(row.mode)) return NO_MULTIPLIER;
    applied.length = 0;
    let key = 0;
    for (const list of versions) {
      let m: MultiplierRule | undefined;
      for (const v of list) {
        if (inForceOn(v.effectiveFrom, day)) {
          m = v;
          break;
        }
      }
      if (!m || !multiplierApplies(m, row, tags)) continue;
      applied.push(m);
      key += bit.get(m) ?? 0;
    }
    if (applied.length === 0) return NO_MULTIPLIER;
    const exact = rules.length <= 30;
    const known = exact ? memo.get(key) : undefined;
    if (known) return known;
    const result = combine(applied, cap);
    if (exact) memo.set(key, result);
    return result;
  };
}

interface Multiplier {
  factor: number;
  names: string[];
  /** The names as the explanation shows them, each after a space. */
  text: string;
  /** Explanations so far (base, then these names), by the base part. */
  after: Map<string, string>;
}

const NO_MULTIPLIER: Multiplier = { factor: 1, names: NO_NAMES, text: '', after: new Map() };

/** The largest factor of each group, the groups multiplied, the product capped. */
function combine(applied: MultiplierRule[], cap: number | null): Multiplier {
  const groups: { group: string; factor: number; name: string }[] = [];
  for (const m of applied) {
    const group = m.group || m.name || m.condition.kind;
    const prev = groups.find((g) => g.group === group);
    if (!prev) groups.push({ group, factor: m.factor, name: m.name || m.condition.kind });
    else if (m.factor > prev.factor) {
      prev.factor = m.factor;
      prev.name = m.name || m.condition.kind;
    }
  }
  let factor = 1;
  const names: string[] = [];
  for (const g of groups) {
    factor *= g.factor;
    names.push(`×${g.factor}（${g.name}）`);
  }
  if (cap !== null && factor > cap) {
    factor = cap;
    names.push(`封顶×${cap}`);
  }
  return { factor, names, text: names.map((n) => ` ${n}`).join(''), after: new Map() };
}

/** Instruction bonus: the newest version in force for the instruction level. */
function bonusLookup(bonuses: BonusRule[]) {
  const byInstruction = new Map<string, BonusRule[]>();
  for (const b of newestFirst(bonuses)) {
    const list = byInstruction.get(b.instruction);
    if (list) list.push(b);
    else byInstruction.set(b.instruction, [b]);
  }
  return (instruction: string, day: Day | null): number => {
    if (instruction === '') return 0;
    return byInstruction.get(instruction)?.find((b) => inForceOn(b.effectiveFrom, day))?.points ?? 0;
  };
}

/** Credit per author (计任务): at most two authors; halves, or 3:2 for the first two. */
export function splitCredit(authorCount: number, split: Settings['coauthorSplit']): number[] {
  if (authorCount === 0) return [];
  if (authorCount === 1) return [1];
  const first = split === '3:2' ? 0.6 : 0.5;
  const out = new Array<number>(authorCount).fill(0);
  out[0] = first;
  out[1] = roundHalfUp(1 - first, 6);
  return out;
}

const fmtCache = new Map<number, string>();

/** A number in an explanation; the few values points take are formatted once. */
function fmt(n: number): string {
  let t = fmtCache.get(n);
  if (t === undefined) {
    t = String(roundHalfUp(n, 4));
    if (fmtCache.size < 1000) fmtCache.set(n, t);
  }
  return t;
}

export function scoreLedger(ledger: ParsedLedger, rules: Rules): ScoredLedger {
  const s = rules.settings;
  const findOutletByName = outletIndex(rules.outlets);
  // Staff type the same few outlet names over and over: look each spelling up once.
  const outletCache = new Map<string, OutletDef | null>();
  const findOutlet = (name: string) => {
    let o = outletCache.get(name);
    if (o === undefined) {
      o = findOutletByName(name);
      outletCache.set(name, o);
    }
    return o;
  };
  const ctx: ScoreContext = {
    s,
    findOutlet,
    findPoints: pointLookup(rules.points),
    findMultiplier: multiplierLookup(rules.multipliers, s.multiplierCap),
    findBonus: bonusLookup(rules.bonuses),
    knownUnits: new Set(rules.units.map((u) => u.name)),
    evidenceRank: s.evidenceFrom === null ? -1 : levelRank(s.evidenceFrom),
    recipientQuota: recipientQuotas(rules),
    unitType: new Map(rules.units.map((u) => [u.name, u.type])),
    hasOffices: rules.units.some((u) => u.type === OFFICE_TYPE),
  };
  const rows: ScoredRow[] = new Array(ledger.rows.length);
  const states = rowStates(rows.length);
  for (let i = 0; i < rows.length; i++) rows[i] = scoreRow(ctx, ledger.rows[i], states, i);

  const scored: ScoredLedger = { ledger, rows };
  // One grouping by piece (unit + title key) for the phases here and, remembered, for the report.
  const { rowPiece, pieces: pieceCount } = pieceIds(scored);
  const pieces = piecesOf(ledger.rows, rows, rowPiece, pieceCount);
  markDuplicates(ledger.rows, rows, states, pieces);
  applyMultipleAdoption(ledger.rows, rows, states, pieces, s.multipleAdoption);
  applyInstructionBonus(ctx, ledger.rows, rows, states, rowPiece, pieceCount);

  // Per author count: the shares, and the credit lists of a counted and an uncounted row (shared, frozen).
  const creditCache = new Map<number, { shares: number[]; counted: number[]; uncounted: number[] }>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const src = ledger.rows[i];
    r.points = roundHalfUp(r.points, s.decimals);
    if (relayOfficeOf(src) !== '' && earnsRelayShare(r.mode, r.level, s.relayMinLevel))
      r.relayPoints = roundHalfUp(r.points * s.relayShare, s.decimals);
    const n = src.authors.length;
    if (n > 0) {
      let split = creditCache.get(n);
      if (!split) {
        const shares = splitCredit(n, s.coauthorSplit);
        split = {
          shares,
          counted: Object.freeze(shares.slice()) as number[],
          uncounted: Object.freeze(shares.map(() => 0)) as number[],
        };
        creditCache.set(n, split);
      }
      const personPoints = new Array<number>(n);
      // Unrounded per row: a person's total is rounded once (RULES §4 Person credit).
      for (let a = 0; a < n; a++) personPoints[a] = r.points * split.shares[a];
      r.credit = r.countable ? split.counted : split.uncounted;
      r.personPoints = personPoints;
    }
    if (states.fixed[i] === 0) {
      const head = states.head[i];
      const tail = states.tail[i];
      if (r.bonus === 0 && tail === '') r.why = whyOf(head, r.points);
      else {
        const why = `${head}${r.bonus !== 0 ? ` +${fmt(r.bonus)}（${states.instruction[i] ?? ''}领导批示）` : ''}${tail}`;
        r.why = why ? `${why} = ${fmt(r.points)}` : fmt(r.points);
      }
    }
  }
  return scored;
}

/** The 部机关科室 type: the district department's offices, through which 党(工)委 relay upward. */
const OFFICE_TYPE = '部机关科室';

/** What each row's points are made of, kept until the piece-level phases are done: one column per fact. */
interface RowStates {
  /** base × multipliers (+ 调整分), before the verdict: the instruction bonus goes to the row where it is largest. */
  raw: Float64Array;
  /** The explanation before the bonus (base, multipliers, adjustment) and after it (verdict). */
  head: string[];
  tail: string[];
  /** 1: may carry the piece's instruction bonus (not blocked, not 不计分, not held by a gate, not dropped). */
  eligible: Uint8Array;
  /** The row's instruction of the piece that the bonus used, when not its own. */
  instruction: (string | undefined)[];
  /** 1: why was set by a phase (duplicate, dropped) and is final. */
  fixed: Uint8Array;
}

function rowStates(n: number): RowStates {
  return {
    raw: new Float64Array(n),
    head: new Array<string>(n).fill(''),
    tail: new Array<string>(n).fill(''),
    eligible: new Uint8Array(n),
    instruction: new Array<string | undefined>(n),
    fixed: new Uint8Array(n),
  };
}

// The explanation's parts, made once per level × mode × base and per multiplier outcome rather than per row.
const baseMemo: Map<number, string>[] = [];

function baseWhy(level: Level | null, mode: Mode, base: number): string {
  const rank = level === null ? -1 : levelRank(level);
  if (level !== null && rank < 0) return `${level}${mode} ${fmt(base)}`; // not a level of the table: not remembered
  const key = (rank + 1) * 3 + (mode === '录用' ? 0 : mode === '综合' ? 1 : 2);
  baseMemo[key] ??= new Map();
  const byBase = baseMemo[key];
  let why = byBase.get(base);
  if (why === undefined) {
    why = `${level}${mode} ${fmt(base)}`;
    if (byBase.size < 1000) byBase.set(base, why);
  }
  return why;
}

function withMultiplier(head: string, m: Multiplier): string {
  let why = m.after.get(head);
  if (why === undefined) {
    why = head + m.text;
    if (m.after.size < 1000) m.after.set(head, why);
  }
  return why;
}

// The explanation of a row without bonus or verdict: head = points, one string per pair, not one per row.
const whyMemo = new Map<string, Map<number, string>>();

function whyOf(head: string, points: number): string {
  let byPoints = whyMemo.get(head);
  if (!byPoints) {
    if (whyMemo.size >= 1000) whyMemo.clear();
    byPoints = new Map();
    whyMemo.set(head, byPoints);
  }
  let why = byPoints.get(points);
  if (why === undefined) {
    why = head ? `${head} = ${fmt(points)}` : fmt(points);
    if (byPoints.size < 1000) byPoints.set(points, why);
  }
  return why;
}

interface ScoreContext {
  s: Settings;
  findOutlet: (name: string) => OutletDef | null;
  findPoints: ReturnType<typeof pointLookup>;
  findMultiplier: ReturnType<typeof multiplierLookup>;
  findBonus: ReturnType<typeof bonusLookup>;
  knownUnits: Set<string>;
  evidenceRank: number;
  recipientQuota: Map<string, string[]>;
  unitType: Map<string, string>;
  /** The department has 对口处室 (units of type 部机关科室) a 党(工)委 should relay through. */
  hasOffices: boolean;
}

function scoreRow(ctx: ScoreContext, row: LedgerRow, states: RowStates, i: number): ScoredRow {
  const s = ctx.s;
  // The parser's issues; copied before the first issue of its own is added (most rows add none), so the
  // ledger row stays as parsed.
  let own: string[] | null = null;
  let blocked = row.blocked;
  if (ctx.knownUnits.size > 0) {
    if (row.unit !== '' && !ctx.knownUnits.has(row.unit))
      own = withIssue(row, own, `单位“${brief(row.unit)}”不在「单位」表中`);
    if (row.relayOffice !== '' && !ctx.knownUnits.has(row.relayOffice))
      own = withIssue(row, own, `对口处室“${brief(row.relayOffice)}”不在「单位」表中`);
  }
  let outletName = '';
  let tags: string[] = NO_TAGS;
  let level: Level | null = row.levelOverride;
  if (row.outlet !== '') {
    const outlet = ctx.findOutlet(row.outlet);
    if (outlet) {
      outletName = outlet.name;
      tags = outlet.tags;
      level = row.levelOverride ?? outlet.level;
    } else if (row.levelOverride !== null) {
      own = withIssue(row, own, `媒体“${brief(row.outlet)}”不在「媒体」表中，按所填级别计分`);
    } else if (row.mode !== '报送') {
      own = withIssue(row, own, `媒体“${brief(row.outlet)}”不在「媒体」表中，且未填级别，无法计分`);
      blocked = true;
    } else {
      own = withIssue(row, own, `媒体“${brief(row.outlet)}”不在「媒体」表中`);
    }
  }
  const day = row.mode === '报送' ? (row.adoptedOn ?? row.submittedOn) : row.adoptedOn;
  if (row.authors.length > 2) own = withIssue(row, own, `作者${row.authors.length}人，只计前两人`);
  own = recipientIssues(ctx, row, own);

  let base = 0;
  let multiplier = 1;
  let why = '';
  if (!blocked && level !== null) {
    const rule = ctx.findPoints(row.mode, level, row.kind, tags, row.placement, day);
    if (rule) base = rule.points;
    else if (row.mode !== '报送') {
      own = withIssue(row, own, `「计分」表中没有“${row.mode}×${level}”的分值`);
      blocked = true;
    }
  }
  if (!blocked) {
    why = row.mode === '报送' && base === 0 ? '报送 0' : baseWhy(level, row.mode, base);
    if (row.mode !== '报送') {
      const m = ctx.findMultiplier(row, tags, day);
      multiplier = m.factor;
      if (m.text !== '') why = withMultiplier(why, m);
    }
  }
  let points = blocked ? 0 : base * multiplier;
  if (!blocked && row.adjustment !== null && row.adjustment !== 0 && row.adjustmentReason !== '') {
    points += row.adjustment;
    why += ` ${row.adjustment > 0 ? '+' : ''}${fmt(row.adjustment)}（调整：${brief(row.adjustmentReason, 40)}）`;
  }
  states.raw[i] = points;
  let tail = '';
  let countable = !blocked && row.verdict === '';
  if (!blocked && row.verdict === '不计分') {
    points = 0;
    tail += ' 核定不计分';
  } else if (!blocked && row.verdict === '倒扣') {
    points = -points;
    tail += ' 核定倒扣';
  }
  // The gates (三审, 佐证) hold back positive points only: a 倒扣 is the office's own decision (RULES §9).
  const penalty = row.verdict === '倒扣';
  let held = false;
  if (!blocked && s.reviewGate && row.review !== '终审') {
    if (penalty) own = withIssue(row, own, `未终审（${row.review || '未填审核状态'}），核定倒扣照扣`);
    else {
      own = withIssue(row, own, `未终审（${row.review || '未填审核状态'}），暂不计分`);
      points = 0;
      held = true;
    }
    countable = false;
  }
  if (
    !blocked &&
    !penalty &&
    ctx.evidenceRank >= 0 &&
    row.mode !== '报送' &&
    level !== null &&
    levelRank(level) >= ctx.evidenceRank &&
    row.evidence === ''
  ) {
    own = withIssue(row, own, `${s.evidenceFrom}及以上稿件须填佐证，暂不计分`);
    points = 0;
    countable = false;
    held = true;
  }
  if (s.lateDays !== null && row.submittedOn !== null && row.eventOn !== null) {
    const late = row.submittedOn - row.eventOn;
    if (late > s.lateDays)
      own = withIssue(row, own, `迟报：报送日期晚于事件日期${late}天（规定${s.lateDays}天内）`);
  }
  states.head[i] = why;
  states.tail[i] = tail;
  states.eligible[i] = !blocked && !held && row.verdict !== '不计分' ? 1 : 0;
  if (blocked) {
    states.fixed[i] = 1;
    why = '0（有问题，暂不计分）';
  }
  return {
    row: row.row,
    unit: row.unit,
    level,
    outlet: outletName,
    tags,
    mode: row.mode,
    day,
    base,
    multiplier,
    bonus: 0,
    points,
    relayPoints: 0,
    credit: NO_SHARES,
    personPoints: NO_SHARES,
    duplicate: false,
    countable,
    issues: own ?? row.issues,
    why,
  };
}

/**
 * RULES §9: a 报送 row without 报送对象 counts toward no recipient quota of its unit (say so); a 党(工)委
 * sending straight to an upper department should have gone through the 对口处室 (001 §四.1): a warning,
 * the row still counts.
 */
function recipientIssues(ctx: ScoreContext, row: LedgerRow, own: string[] | null): string[] | null {
  if (relayOfficeOf(row) !== '') return own; // relayed: the unit's submission to 区委组织部
  if (row.mode === '报送' && row.recipient === '') {
    const quota = ctx.recipientQuota.get(row.unit);
    if (quota) return withIssue(row, own, `未填报送对象，不计入向${quota.join('、')}报送任务`);
  }
  if (ctx.hasOffices && isUpperDepartment(row.recipient)) {
    const type = ctx.unitType.get(row.unit);
    if (type !== undefined && type !== OFFICE_TYPE) {
      return withIssue(
        row,
        own,
        `直接报送${row.recipient}：请先向区委组织部对口处室报送并填“对口处室”（001 §四.1），本行仍计入`,
      );
    }
  }
  return own;
}

const INSTRUCTION_RANK: Record<string, number> = { 市: 1, 省: 2, 国家: 3 };

/**
 * 领导批示 belongs to the piece (001 §三.5 "被…批示的稿件"): once per piece, the highest instruction among its
 * rows, added to the eligible row with the largest base × multipliers (the earliest on a tie). A 倒扣 row
 * carrying it loses the bonus too. A piece is a unit's rows with one title; an untitled row is its own.
 */
function applyInstructionBonus(
  ctx: ScoreContext,
  src: LedgerRow[],
  rows: ScoredRow[],
  states: RowStates,
  rowPiece: Int32Array,
  pieceCount: number,
): void {
  // Only pieces with an instruction matter: find them first, so a ledger without any costs one pass.
  let instructed: Uint8Array | null = null; // by piece id: has a row with an instruction
  const groups: number[][] = [];
  for (let i = 0; i < rows.length; i++) {
    if (src[i].blocked || src[i].instruction === '') continue;
    if (src[i].titleKey === '')
      groups.push([i]); // untitled: a piece of its own
    else {
      instructed ??= new Uint8Array(pieceCount);
      instructed[rowPiece[i]] = 1;
    }
  }
  if (instructed !== null) {
    const groupOf = new Map<number, number[]>();
    for (let i = 0; i < rows.length; i++) {
      if (src[i].blocked || src[i].titleKey === '' || instructed[rowPiece[i]] === 0) continue;
      const g = groupOf.get(rowPiece[i]);
      if (g) g.push(i);
      else {
        const list = [i];
        groupOf.set(rowPiece[i], list);
        groups.push(list);
      }
    }
  }
  for (const g of groups) {
    let instruction = '';
    for (const i of g) {
      const ins = src[i].instruction;
      if ((INSTRUCTION_RANK[ins] ?? 0) > (INSTRUCTION_RANK[instruction] ?? 0)) instruction = ins;
    }
    if (instruction === '') continue;
    let target = -1;
    for (const i of g) {
      if (states.eligible[i] === 0 || rows[i].duplicate) continue;
      if (target < 0) {
        target = i;
        continue;
      }
      const a = states.raw[i];
      const b = states.raw[target];
      const earlier =
        (rows[i].day ?? Number.POSITIVE_INFINITY) < (rows[target].day ?? Number.POSITIVE_INFINITY);
      if (a > b || (a === b && earlier)) target = i;
    }
    if (target < 0) continue;
    const r = rows[target];
    const bonus = ctx.findBonus(instruction, r.day);
    if (bonus === 0) continue;
    r.bonus = bonus;
    r.points += src[target].verdict === '倒扣' ? -bonus : bonus;
    states.instruction[target] = instruction;
  }
}

/** The row's issues with one more, copying the parser's list on the first addition. */
function withIssue(row: LedgerRow, own: string[] | null, message: string): string[] {
  const list = own ?? row.issues.slice();
  list.push(message);
  return list;
}

/** Adoption rows (not 报送, not blocked, titled) of each piece that has two or more: row indexes by piece. */
function piecesOf(src: LedgerRow[], rows: ScoredRow[], rowPiece: Int32Array, pieceCount: number): number[][] {
  const adoption = (i: number) => rows[i].mode !== '报送' && src[i].titleKey !== '' && !src[i].blocked;
  const count = new Int32Array(pieceCount);
  for (let i = 0; i < rows.length; i++) if (adoption(i)) count[rowPiece[i]]++;
  // Lists only for pieces adopted more than once, in the order of their first row.
  const listOf = new Map<number, number[]>();
  const groups: number[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const p = rowPiece[i];
    if (count[p] < 2 || !adoption(i)) continue;
    const g = listOf.get(p);
    if (g) g.push(i);
    else {
      const list = [i];
      listOf.set(p, list);
      groups.push(list);
    }
  }
  return groups;
}

/** Which of two rows of one piece counts: more points, then by content, never by position. */
function better(src: LedgerRow[], rows: ScoredRow[], a: number, b: number): boolean {
  if (rows[a].points !== rows[b].points) return rows[a].points > rows[b].points;
  return signature(src[a]) < signature(src[b]);
}

function signature(r: LedgerRow): string {
  const { row: _row, issues: _issues, ...content } = r;
  return JSON.stringify(content);
}

/**
 * Same unit + title + outlet twice is one adoption typed twice: one copy counts, the others score 0.
 * A copy the reviewer gave a verdict (倒扣/不计分) speaks for the piece, so typing it twice cannot shed
 * the penalty; otherwise the copy worth most. Choosing by content keeps totals independent of row order.
 */
function markDuplicates(src: LedgerRow[], rows: ScoredRow[], states: RowStates, pieces: number[][]): void {
  const judged = (i: number) => (src[i].verdict !== '' ? 1 : 0);
  for (const piece of pieces) {
    const byOutlet = new Map<string, number[]>();
    for (const i of piece) {
      const outlet = rows[i].outlet || src[i].outlet;
      const g = byOutlet.get(outlet);
      if (g) g.push(i);
      else byOutlet.set(outlet, [i]);
    }
    for (const g of byOutlet.values()) {
      if (g.length < 2) continue;
      const keep = g.reduce((a, b) =>
        judged(b) !== judged(a) ? (judged(b) > judged(a) ? b : a) : better(src, rows, b, a) ? b : a,
      );
      for (const i of g) {
        if (i === keep) continue;
        const r = rows[i];
        r.duplicate = true;
        r.countable = false;
        r.points = 0;
        r.issues = [...r.issues, `重复行：与第${rows[keep].row}行标题、媒体相同，只计一次`];
        r.why = '0（重复行）';
        states.fixed[i] = 1;
        states.eligible[i] = 0;
      }
    }
  }
}

/**
 * 多次录用 policy (RULES §8): every adoption / the highest level only / the two highest levels. A 倒扣 row
 * is a penalty, not an adoption the policy may drop (RULES §10.3).
 */
function applyMultipleAdoption(
  src: LedgerRow[],
  rows: ScoredRow[],
  states: RowStates,
  pieces: number[][],
  policy: Settings['multipleAdoption'],
): void {
  if (policy === '全部') return;
  const keepLevels = policy === '最高级别' ? 1 : 2;
  for (const piece of pieces) {
    const g = piece.filter((i) => !rows[i].duplicate && rows[i].level !== null && src[i].verdict !== '倒扣');
    if (g.length < 2) continue;
    // Best row per level, levels from the highest down.
    const bestPerLevel = new Map<Level, number>();
    for (const i of g) {
      const lv = rows[i].level!;
      const cur = bestPerLevel.get(lv);
      if (cur === undefined || better(src, rows, i, cur)) bestPerLevel.set(lv, i);
    }
    const kept = new Set(
      [...LEVELS]
        .reverse()
        .filter((lv) => bestPerLevel.has(lv))
        .slice(0, keepLevels)
        .map((lv) => bestPerLevel.get(lv)!),
    );
    for (const i of g) {
      if (kept.has(i)) continue;
      rows[i].points = 0;
      rows[i].issues = [
        ...rows[i].issues,
        `同一稿件多次录用，按设置只计${policy === '最高级别' ? '最高级别' : '两个最高级别'}`,
      ];
      rows[i].why = '0（多次录用不重复计分）';
      states.fixed[i] = 1;
      states.eligible[i] = 0;
    }
  }
}

/** For messages: the day a row is assessed by, as ISO text. */
export function rowDayText(r: ScoredRow): string {
  return r.day === null ? '' : dayToIso(r.day);
}
