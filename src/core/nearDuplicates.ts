// One adoption typed twice under two titles (the unit logs it as submitted, the office as published: 网格 / 网络,
// 上街区 in front, …工作 added; audit s36 F3): same unit, authors, outlet and 录用日期, another title. The title
// key tells pieces apart, so both count. Which title is right is the office's to say: when the titles are alike
// (similarTitles) the later row gets a remark in 校验 and one notice names the rows. Two pieces of one author in
// one outlet on one day are possible, so nothing is merged.

import type { LedgerTable } from './ledgerTable';
import { NO_DAY } from './ledgerTable';
import { normalizeTitle } from './text';
import type { Notice } from './types';

/**
 * Two titles of one piece as typed twice: one holds the other (上街区 in front, 工作 added), or they differ by a
 * character or two (网格 / 网络; one per eight). Pieces of one author on one day (a website posts several) have
 * titles of their own, which this keeps apart.
 */
function similarTitles(a: string, b: string): boolean {
  const x = normalizeTitle(a);
  const y = normalizeTitle(b);
  const shorter = Math.min(x.length, y.length);
  // Titles differing in their numbers only (第3期 / 第4期, 2023 / 2024) are other pieces of a series.
  if (shorter < 4 || x.replace(/\d/g, '') === y.replace(/\d/g, '')) return false;
  if (x.includes(y) || y.includes(x)) return true;
  return Math.abs(x.length - y.length) <= 2 && editDistance(x, y, Math.max(1, Math.floor(shorter / 8))) >= 0;
}

/** The edit distance of two texts when it is at most `cap`, else -1 (rows of the table only, one band). */
function editDistance(x: string, y: string, cap: number): number {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const d = Math.min(prev[j] + 1, next[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      next.push(d);
      if (d < best) best = d;
    }
    if (best > cap) return -1;
    prev = next;
  }
  return prev[y.length] <= cap ? prev[y.length] : -1;
}

/**
 * Remarks on each row repeating an earlier adoption's unit, authors, outlet and 录用日期 under another title, and
 * one notice naming the pairs (sheet rows, the first few); null when there is none.
 */
export function nearDuplicateAdoptions(t: LedgerTable, listRows: (rows: number[]) => string): Notice | null {
  // Keyed by number (unit, outlet, day; ids past 65,535 may share a key, so all three are compared again), no
  // text per row: authors and titles are compared only for rows meeting an earlier one's key (rare).
  const first = new Map<number, number>();
  const pairs: [number, number][] = [];
  for (let i = 0; i < t.n; i++) {
    const day = t.adoptedOn[i];
    if (day === NO_DAY || t.outlet[i] === 0 || t.unit[i] === 0 || t.titleHash[i] === 0) continue;
    if (t.authors[i].length === 0) continue;
    const key = (t.unit[i] * 65536 + t.outlet[i]) * 100000 + (((day % 100000) + 100000) % 100000);
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    else if (
      t.adoptedOn[at] === day &&
      t.unit[at] === t.unit[i] &&
      t.outlet[at] === t.outlet[i] &&
      t.titleHash[at] !== t.titleHash[i] &&
      t.authors[at].join('、') === t.authors[i].join('、') &&
      similarTitles(t.title[at], t.title[i])
    )
      pairs.push([at, i]);
  }
  if (pairs.length === 0) return null;
  for (const [a, i] of pairs) {
    const remark = `与第${t.row[a]}行单位、作者、媒体、录用日期都相同而标题不同：如是同一稿件录入两次，请删除一行`;
    t.remarks.set(i, [...(t.remarks.get(i) ?? []), remark]);
  }
  const later = pairs.map(([, i]) => t.row[i]);
  const [a0, i0] = pairs[0];
  return {
    code: 'near-duplicate',
    row: t.row[i0],
    message: `第${listRows(later)}行各与前面一行的单位、作者、媒体、录用日期都相同而标题不同（如第${t.row[a0]}行“${t.title[a0]}”与第${t.row[i0]}行“${t.title[i0]}”），仍各计一篇：如是同一稿件录入两次，请删除一行`,
  };
}
