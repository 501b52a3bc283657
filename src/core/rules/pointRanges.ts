// 计分 rows whose 级别 reads “市级以上 / 省级及以上 / 市级及其以上”: the row applies to that level and every higher
// one (audit S26d F1), as “及以上” means in 指标 and 设置. A level where another row with the same 采用方式, 类别,
// 标签 and 版面 names that level exactly takes that row (the exact row wins); of two such ranges the nearer one
// (the higher starting level) applies.

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
  // Per key, the levels some row names exactly, and the starting ranks of the ranges.
  const exact = new Set<string>();
  const starts = new Map<string, number[]>();
  for (const r of read) {
    const key = sameRowsKey(r.rule);
    if (!r.andAbove) exact.add(`${key}\u0001${r.rule.level}`);
    else {
      const list = starts.get(key) ?? [];
      list.push(levelRank(r.rule.level));
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
    const ranges = starts.get(key) ?? [];
    for (let rank = from; rank < LEVELS.length; rank++) {
      const level = LEVELS[rank];
      if (exact.has(`${key}\u0001${level}`)) continue;
      // A nearer range (省级以上 beside 市级以上) takes the levels from its own up.
      if (ranges.some((start) => start > from && start <= rank)) continue;
      points.push({ ...r.rule, level });
      rows.push(sheetRows[i]);
    }
  });
  return { points, rows };
}
