// The rule tables compiled for scoring (RULES §4): 计分 by mode × level, 系数 by name and group, 加分 by
// instruction, each dated version in force from its 生效日期. Scoring asks them once per kind of row, not per row.
import { dayToIso } from './dates';
import { placementFit, placementFitIn, placementKey, placementPage } from './placement';
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

/**
 * How specifically a 计分 row fits a kind of row, each of 类别, 标签 and 版面 blank or matching: -1 not at all;
 * else 类别 4 + 标签 2 + 版面 1, or ½ when the rule's 版面 names only the page the row's is a position on (头版
 * for 头版头条: a row for the position itself is more specific, and wins where it applies).
 */
function pointFit(p: PointRule, kind: string, tags: string[], place: string): number {
  if ((p.kind !== '' && p.kind !== kind) || (p.tag !== '' && !tags.includes(p.tag))) return -1;
  let score = (p.kind ? 4 : 0) + (p.tag ? 2 : 0);
  if (p.placement !== '') {
    const fit = placementFit(placementKey(p.placement), place);
    if (fit === 0) return -1;
    score += fit / 2;
  }
  return score;
}

/**
 * 计分 lookup: rules grouped by mode×level; the most specific in force wins (kind > tag > placement). Of rows
 * as specific as each other, those of one 标签 (or none) are versions of one rule, the newest in force applies;
 * rows an outlet matches through different 标签 are not versions of each other (S21c F5): of their versions in
 * force the larger 分值 applies, whatever their dates and the table's order (readRules says so at the rows).
 */
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
    // 版面 compared as placement.ts normalises both sides (头版 头条, 头版头条（A1版）, 1版头条 are 头版头条).
    const place = placementKey(placement);
    let bestScore = -1;
    const tied: PointRule[] = [];
    for (const p of list) {
      if (!inForceOn(p.effectiveFrom, day)) continue;
      const score = pointFit(p, kind, tags, place);
      if (score < 0 || score < bestScore) continue;
      if (score > bestScore) {
        bestScore = score;
        tied.length = 0;
      }
      tied.push(p);
    }
    let best: PointRule | undefined;
    for (const p of tied) {
      // A newer version of its own 标签 replaces it (of one date, the larger: two values are a rule error).
      if (tied.some((q) => q.tag === p.tag && since(q) > since(p))) continue;
      if (
        best === undefined ||
        p.points > best.points ||
        (p.points === best.points && since(p) > since(best))
      )
        best = p;
    }
    return best;
  };
}

/**
 * Why a row found no 计分 value (pointLookup gave none), for its 校验: no row for it at all, or rows that all
 * start after the row's 录用日期 (named by the earliest 生效日期, which the clerk can find in the table). Asked
 * once per kind of row that misses; the kinds of row it is asked for share the versions in force, not the day.
 */
export function pointMiss(
  points: PointRule[],
): (mode: Mode, level: Level, kind: string, tags: string[], placement: string) => string {
  return (mode, level, kind, tags, placement) => {
    let earliest = Number.POSITIVE_INFINITY;
    const place = placementKey(placement);
    for (const p of points) {
      if (p.mode !== mode || p.level !== level || p.effectiveFrom === null) continue;
      if (pointFit(p, kind, tags, place) < 0) continue;
      if (p.effectiveFrom < earliest) earliest = p.effectiveFrom;
    }
    const what = `「计分」表中${Number.isFinite(earliest) ? '' : '没有'}“${mode}×${level}”的分值`;
    if (!Number.isFinite(earliest)) return what;
    return `${what}自${dayToIso(earliest)}起生效，本行录用日期在此之前，未计分`;
  };
}

const ADOPTION_ONLY: Mode[] = ['录用'];

/**
 * How a multiplier fits a row: 0 not; 2 it applies; 1 its 版面 取值 names only the page the row's 版面 is a
 * position on (头版 for 头版头条), which applies unless a row for the position itself does (multiplierLookup).
 */
function multiplierFit(m: MultiplierRule, row: LedgerRow, tags: string[]): 0 | 1 | 2 {
  const modes = m.modes.length > 0 ? m.modes : ADOPTION_ONLY;
  if (!modes.includes(row.mode)) return 0;
  const c = m.condition;
  let applies: boolean;
  switch (c.kind) {
    case '字数': {
      const chars = textLength(row, tags);
      applies = chars !== null && chars > c.over;
      break;
    }
    case '时长':
      applies = row.minutes !== null && row.minutes > c.over && !audioOnly(tags);
      break;
    case '版面':
      return row.placement === '' ? 0 : placementFitIn(c.values, row.placement);
    case '类别':
      applies = row.kind !== '' && c.values.includes(row.kind);
      break;
    case '标签':
      applies = tags.some((t) => c.values.includes(t));
      break;
  }
  return applies ? 2 : 0;
}

/**
 * The 字数 a 系数 row on 字数 reads. 001 §三.7 triples 文字稿件 over 1000字 and 影像报道 over 1 minute: a row of a
 * 电视/广播 outlet (its 标签) with a 时长 is a 影像/音频 report, judged by its 时长 alone, its 字数 a script (a TV
 * piece of 1500字 at 0.5 minutes is no 文字稿件 over 1000字: audit s32 F1). Elsewhere a 时长 is a video beside
 * a text, and either passing triples the piece once (one 篇幅 group).
 */
function textLength(row: Pick<LedgerRow, 'chars' | 'minutes'>, tags: readonly string[]): number | null {
  if (row.minutes === null || !(row.minutes > 0)) return row.chars;
  // A radio piece is a 文字稿件 read on air (001 §二: 文字、图片、影像稿件): its 字数 counts, its 时长 does not.
  return tags.some((t) => BROADCAST.test(t)) && !audioOnly(tags) ? null : row.chars;
}
/** Tag words of a 影像 outlet (TV, video) and of an audio one (radio): also how a name tells them (rules/read.ts). */
export const VIDEO_WORDS = /电视|视频|影像|广电/;
export const AUDIO_WORDS = /广播|音频/;
const BROADCAST = /电视|广播|视频|影像|音频|广电/;

/**
 * A radio outlet's piece (标签 广播 / 音频, none of 电视 视频 影像 广电): 001 §三.7 triples 影像报道 over 1 minute, and a
 * radio report is no 影像 (audit s34 B-F5; RULES had 时长 for video and audio, the seed wins): no 时长 multiplier.
 */
export const audioOnly = (tags: readonly string[]): boolean =>
  tags.some((t) => AUDIO_WORDS.test(t)) && !tags.some((t) => VIDEO_WORDS.test(t));

export interface Multiplier {
  factor: number;
  /** The names as the explanation shows them, each after a space. */
  text: string;
}

const NO_MULTIPLIER: Multiplier = { factor: 1, text: '' };

export type MultiplierLookup = (row: LedgerRow, tags: string[], day: Day | null) => Multiplier;

/**
 * Multipliers: rows of one name are versions only when their 生效日期 differ: on a day the newest 生效日期 in
 * force decides, and every row of the name with that date is in force together (an office writes its tiers
 * under one name: 篇幅系数 字数 1000 ×1.5, 字数 2000 ×2, or one name over 字数 and 时长). The largest within a
 * group applies (字数 or 时长 is one ×3, not ×9); groups multiply; a cap limits the product.
 */
export function multiplierLookup(rules: MultiplierRule[], cap: number | null): MultiplierLookup {
  const byName = new Map<string, MultiplierRule[]>();
  for (const m of rules) {
    const key = m.name || `${m.condition.kind}|${m.group}`;
    const list = byName.get(key);
    if (list) list.push(m);
    else byName.set(key, [m]);
  }
  // Per name, its versions newest first, each the rows of one 生效日期.
  const versions = [...byName.values()].map((list) => {
    const dated: MultiplierRule[][] = [];
    for (const m of newestFirst(list)) {
      const last = dated[dated.length - 1];
      if (last !== undefined && last[0].effectiveFrom === m.effectiveFrom) last.push(m);
      else dated.push([m]);
    }
    return dated;
  });
  return (row, tags, day) => {
    let applied: MultiplierRule[] = [];
    // A row whose 版面 取值 names only the row's page (头版 for 头版头条) applies unless one naming it does.
    let covers = false;
    let named = false;
    const fits: number[] = [];
    for (const dated of versions) {
      const rows = dated.find((v) => inForceOn(v[0].effectiveFrom, day));
      if (!rows) continue;
      for (const m of rows) {
        const fit = multiplierFit(m, row, tags);
        if (fit === 0) continue;
        applied.push(m);
        fits.push(fit);
        if (fit === 1) covers = true;
        else if (m.condition.kind === '版面') named = true;
      }
    }
    if (covers && named) applied = applied.filter((_, k) => fits[k] === 2);
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

/**
 * Instruction bonus: the newest version in force for the instruction level; undefined when none is (no 加分
 * row for the level, or all start later: bonusMiss says which). A 加分 table with no row at all pays none, and
 * that is no miss: it is how an office drops the bonus (README; the 部机关 and 类别 presets have none).
 */
export function bonusLookup(
  bonuses: BonusRule[],
): (instruction: string, day: Day | null) => number | undefined {
  const byInstruction = new Map<string, BonusRule[]>();
  for (const b of newestFirst(bonuses)) {
    const list = byInstruction.get(b.instruction);
    if (list) list.push(b);
    else byInstruction.set(b.instruction, [b]);
  }
  return (instruction, day) => {
    if (instruction === '' || bonuses.length === 0) return 0;
    return byInstruction.get(instruction)?.find((b) => inForceOn(b.effectiveFrom, day))?.points;
  };
}

/**
 * 校验 of an instructed row whose level has no 加分 row in force on the day the bonus is paid (`day`, of the
 * row that would carry it, dayOf; `own`: whether that is the instructed row itself), worded as the 计分 miss.
 */
export function bonusMiss(bonuses: BonusRule[], instruction: string, day: Day | null, own: boolean): string {
  let earliest = Number.POSITIVE_INFINITY;
  for (const b of bonuses)
    if (b.instruction === instruction && b.effectiveFrom !== null && b.effectiveFrom < earliest)
      earliest = b.effectiveFrom;
  if (!Number.isFinite(earliest)) return `「加分」表中没有“${instruction}”领导批示的加分，本行未加分`;
  const on = day === null ? '' : `（${dayToIso(day)}）`;
  const row = own ? `本行${on}` : `本稿件计分的行${on}`;
  return `「加分」表中“${instruction}”领导批示的加分自${dayToIso(earliest)}起生效，${row}在此之前，未加分`;
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
  placements: PlacementCodes;
}

/**
 * The code of a 版面 key: a rule word's own; a position on a page some rule names alone (头版右下, rule 头版)
 * looks up as that page does (the same rows fit both, placementFit), so it takes the page's code, not the
 * blank's. `get` as a Map's, so a caller asks `placements.get(placementKey(text))`.
 */
export class PlacementCodes {
  constructor(private readonly codes: Map<string, number>) {}
  get size(): number {
    return this.codes.size;
  }
  get(key: string): number | undefined {
    return this.codes.get(key) ?? this.codes.get(placementPage(key));
  }
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
  return {
    changes: [...changes],
    charsOver: [...chars],
    minutesOver: [...minutes],
    kinds,
    placements: new PlacementCodes(placements),
  };
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
