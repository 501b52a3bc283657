// 计分 rows whose 级别 reads “市级以上 / 省级及以上 / 市级及其以上”: the row applies to that level and every higher
// one (audit S26d F1), as “及以上” means in 指标 and 设置. A level where another row with the same 采用方式, 类别,
// 标签 and 版面 names that level exactly takes that row (the exact row wins); of two such ranges the nearer one
// (the higher starting level) applies. Each only from its 生效日期: a row that starts after the range does
// takes the level from that date, the range keeping it before (the copy and the row are versions of one rule,
// scoreRules.ts pointLookup, the newer in force applying); a row in force whenever the range is takes it always.

import { LEVELS, levelRank } from '../levels';
import { placementKey } from '../placement';
import type { PointRule } from '../types';

/** A 计分 row as read: its rule at the level it names, and whether that level was followed by “以上”. */
export interface RangedPoint {
  rule: PointRule;
  andAbove: boolean;
}

/** The keys besides 级别 (and 生效日期) that make two 计分 rows rules for the same rows. */
function sameRowsKey(p: PointRule): string {
  return [p.mode, p.kind, p.tag, placementKey(p.placement)].join('\u0000');
}

/**
 * The 计分 rules with each “以上” row written out at every level it covers, each copy carrying its sheet row:
 * `rows[i]` is the sheet row of `points[i]`.
 */
export function expandPointRanges(
  read: readonly RangedPoint[],
  sheetRows: readonly number[],
): { points: PointRule[]; rows: number[] } {
  const points: PointRule[] = [];
  const rows: number[] = [];
  if (!read.some((r) => r.andAbove)) {
    for (let i = 0; i < read.length; i++) {
      points.push(read[i].rule);
      rows.push(sheetRows[i]);
    }
    return { points, rows };
  }
  // Per key, the 生效日期 of the rows naming each level exactly, and the ranges (start rank, 生效日期).
  const since = (p: PointRule) => p.effectiveFrom ?? Number.NEGATIVE_INFINITY;
  const exact = new Map<string, number[]>();
  const starts = new Map<string, { rank: number; since: number }[]>();
  for (const r of read) {
    const key = sameRowsKey(r.rule);
    if (!r.andAbove) {
      const at = `${key}\u0001${r.rule.level}`;
      exact.set(at, [...(exact.get(at) ?? []), since(r.rule)]);
    } else {
      const list = starts.get(key) ?? [];
      list.push({ rank: levelRank(r.rule.level), since: since(r.rule) });
      starts.set(key, list);
    }
  }
  read.forEach((r, i) => {
    if (!r.andAbove) {
      points.push(r.rule);
      rows.push(sheetRows[i]);
      return;
    }
    const key = sameRowsKey(r.rule);
    const from = levelRank(r.rule.level);
    const mine = since(r.rule);
    const ranges = starts.get(key) ?? [];
    for (let rank = from; rank < LEVELS.length; rank++) {
      const level = LEVELS[rank];
      // The rows taking this level from this range: an exact one, and a nearer range (省级以上 beside 市级以上).
      const over = [
        ...(exact.get(`${key}\u0001${level}`) ?? []),
        ...ranges.filter((s) => s.rank > from && s.rank <= rank).map((s) => s.since),
      ];
      // One in force whenever this range is takes the level outright; ones starting later, only from then.
      if (over.some((day) => day <= mine)) continue;
      points.push({ ...r.rule, level });
      rows.push(sheetRows[i]);
    }
  });
  return { points, rows };
}
