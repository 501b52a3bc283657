// The rule tables compiled for scoring (RULES §4): 计分 by mode × level, 系数 by name and group, 加分 by
// instruction, each dated version in force from its 生效日期. Scoring asks them once per kind of row, not per row.
import { placementIn, placementKey } from './placement';
import type { BonusRule, Day, LedgerRow, Level, Mode, MultiplierRule, PointRule } from './types';

/** In force on a day: no 生效日期, or one not after the day (an undated row takes undated rules only). */
export function inForceOn(effectiveFrom: Day | null, day: Day | null): boolean {
  return effectiveFrom === null || (day !== null && effectiveFrom <= day);
}

const since = (r: { effectiveFrom: Day | null }) => r.effectiveFrom ?? Number.NEGATIVE_INFINITY;

/** Versions newest first, so the first one in force is the one that applies (the sort is stable). */
function newestFirst<T extends { effectiveFrom: Day | null }>(list: T[]): T[] {
  // Two undated: −∞ − −∞ is NaN, which sorts as equal.
  return [...list].sort((a, b) => since(b) - since(a));
}

export type PointLookup = (
  mode: Mode,
  level: Level,
  kind: string,
  tags: string[],
  placement: string,
  day: Day | null,
) => PointRule | undefined;

/** 计分 lookup: rules grouped by mode×level; the most specific in force wins (kind > tag > placement). */
export function pointLookup(points: PointRule[]): PointLookup {
  // By mode and level written one after the other (both from short fixed lists: no two pairs spell alike).
  const byModeLevel = new Map<string, PointRule[]>();
  for (const p of points) {
    const list = byModeLevel.get(p.mode + p.level);
    if (list) list.push(p);
    else byModeLevel.set(p.mode + p.level, [p]);
  }
  return (mode, level, kind, tags, placement, day) => {
    const list = byModeLevel.get(mode + level);
    if (!list) return undefined;
    // 版面 compared as placement.ts normalises both sides (头版 头条, 头版头条（A1版） are 头版头条).
    const place = placementKey(placement);
    let best: PointRule | undefined;
    let bestScore = -1;
    for (const p of list) {
      if (!inForceOn(p.effectiveFrom, day)) continue;
      if (p.kind !== '' && p.kind !== kind) continue;
      if (p.tag !== '' && !tags.includes(p.tag)) continue;
      if (p.placement !== '' && placementKey(p.placement) !== place) continue;
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
      return row.placement !== '' && placementIn(c.values, row.placement);
    case '类别':
      return row.kind !== '' && c.values.includes(row.kind);
    case '标签':
      return tags.some((t) => c.values.includes(t));
  }
}

export interface Multiplier {
  factor: number;
  /** The names as the explanation shows them, each after a space. */
  text: string;
}

const NO_MULTIPLIER: Multiplier = { factor: 1, text: '' };

export type MultiplierLookup = (row: LedgerRow, tags: string[], day: Day | null) => Multiplier;

/**
 * Multipliers: of several dated versions of a named multiplier only the newest in force counts; the
 * largest within a group applies (字数 or 时长 is one ×3, not ×9); groups multiply; a cap limits the product.
 */
export function multiplierLookup(rules: MultiplierRule[], cap: number | null): MultiplierLookup {
  const byName = new Map<string, MultiplierRule[]>();
  for (const m of rules) {
    const key = m.name || `${m.condition.kind}|${m.group}`;
    const list = byName.get(key);
    if (list) list.push(m);
    else byName.set(key, [m]);
  }
  const versions = [...byName.values()].map(newestFirst);
  return (row, tags, day) => {
    const applied: MultiplierRule[] = [];
    for (const list of versions) {
      const m = list.find((v) => inForceOn(v.effectiveFrom, day));
      if (m && multiplierApplies(m, row, tags)) applied.push(m);
    }
    return applied.length === 0 ? NO_MULTIPLIER : combine(applied, cap);
  };
}

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
  let text = '';
  for (const g of groups) {
    factor *= g.factor;
    text += ` ×${g.factor}（${g.name}）`;
  }
  if (cap !== null && factor > cap) {
    factor = cap;
    text += ` 封顶×${cap}`;
  }
  return { factor, text };
}

/** Instruction bonus: the newest version in force for the instruction level. */
export function bonusLookup(bonuses: BonusRule[]): (instruction: string, day: Day | null) => number {
  const byInstruction = new Map<string, BonusRule[]>();
  for (const b of newestFirst(bonuses)) {
    const list = byInstruction.get(b.instruction);
    if (list) list.push(b);
    else byInstruction.set(b.instruction, [b]);
  }
  return (instruction, day) => {
    if (instruction === '') return 0;
    return byInstruction.get(instruction)?.find((b) => inForceOn(b.effectiveFrom, day))?.points ?? 0;
  };
}

/**
 * What a row's rule lookups depend on besides its outlet, mode and levels, as small codes: which dated
 * version is in force (the count of 生效日期 not after the day), which 字数/时长 thresholds it passes, and its
 * 类别/版面 when some rule names them (any other value matches no rule, like a blank one); 版面 by placementKey.
 */
export interface LookupKeys {
  changes: number[];
  charsOver: number[];
  minutesOver: number[];
  kinds: Map<string, number>;
  placements: Map<string, number>;
}

export function lookupKeys(points: PointRule[], multipliers: MultiplierRule[]): LookupKeys {
  const changes = new Set<number>();
  const chars = new Set<number>();
  const minutes = new Set<number>();
  const kinds = new Map<string, number>();
  const placements = new Map<string, number>();
  const code = (map: Map<string, number>, value: string) => {
    if (value !== '' && !map.has(value)) map.set(value, map.size + 1);
  };
  for (const p of points) {
    if (p.effectiveFrom !== null) changes.add(p.effectiveFrom);
    code(kinds, p.kind);
    code(placements, placementKey(p.placement));
  }
  for (const m of multipliers) {
    if (m.effectiveFrom !== null) changes.add(m.effectiveFrom);
    const c = m.condition;
    if (c.kind === '字数') chars.add(c.over);
    else if (c.kind === '时长') minutes.add(c.over);
    else if (c.kind === '类别') for (const v of c.values) code(kinds, v);
    else if (c.kind === '版面') for (const v of c.values) code(placements, placementKey(v));
  }
  return { changes: [...changes], charsOver: [...chars], minutesOver: [...minutes], kinds, placements };
}

/**
 * How many of the values are below x (or not above it, for days): the 字数/时长 thresholds a row passes, the
 * dated versions in force on its day. None for a missing x (an undated row takes undated rules only).
 */
export function countPassed(values: number[], x: number | null, orEqual: boolean): number {
  let n = 0;
  if (x !== null)
    for (let i = 0; i < values.length; i++) if (values[i] < x || (orEqual && values[i] === x)) n++;
  return n;
}
