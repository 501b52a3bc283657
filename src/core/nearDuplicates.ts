// One adoption typed twice under two titles (the unit logs it as submitted, the office as published: 网格 / 网络,
// 上街区 in front, …工作 added; audit s36 F3): same unit, authors, outlet and 录用日期, another title. The title
// key tells pieces apart, so both count. Which title is right is the office's to say: when the titles are alike
// (similarTitles) the later row gets a remark in 校验 and one notice names the rows. Two pieces of one author in
// one outlet on one day are possible, so nothing is merged.

import { editDistance } from './editDistance';
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
  // Text added before or after, or a character changed inside, leaves the first or the last one alike.
  if (a.charCodeAt(0) !== b.charCodeAt(0) && a.charCodeAt(a.length - 1) !== b.charCodeAt(b.length - 1))
    return false;
  const x = normalizeTitle(a);
  const y = normalizeTitle(b);
  const shorter = Math.min(x.length, y.length);
  // Titles differing in their numbers only (第3期 / 第4期, 2023 / 2024) are other pieces of a series.
  if (shorter < 4 || x.replace(/\d/g, '') === y.replace(/\d/g, '')) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const cap = Math.max(1, Math.floor(shorter / 8));
  return Math.abs(x.length - y.length) <= 2 && editDistance(x, y, cap) <= cap;
}

/** The same authors in the same order. */
function sameAuthors(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Remarks on each row repeating an earlier adoption's unit, authors, outlet and 录用日期 under another title, and
 * one notice naming the pairs (sheet rows, the first few); null when there is none.
 */
export function nearDuplicateAdoptions(t: LedgerTable, listRows: (rows: number[]) => string): Notice | null {
  // An open-addressing table of row indexes by (unit, outlet, 录用日期), no object or text per row (every parse
  // passes here; a Map keyed by text cost a tenth of the parse): authors and titles are compared only for a row
  // meeting an earlier one's unit, outlet and day, which is rare.
  const size = 1 << Math.max(4, 32 - Math.clz32(t.n * 2));
  const mask = size - 1;
  const slots = new Int32Array(size);
  const pairs: [number, number][] = [];
  for (let i = 0; i < t.n; i++) {
    const day = t.adoptedOn[i];
    const unit = t.unit[i];
    const outlet = t.outlet[i];
    if (day === NO_DAY || outlet === 0 || unit === 0 || t.titleHash[i] === 0 || t.authors[i].length === 0)
      continue;
    let h = Math.imul(unit ^ Math.imul(outlet, 0x9e3779b1) ^ Math.imul(day, 0x85ebca6b), 0x01000193);
    h ^= h >>> 15;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const held = slots[s];
      if (held === 0) {
        slots[s] = i + 1;
        break;
      }
      const at = held - 1;
      if (t.adoptedOn[at] !== day || t.unit[at] !== unit || t.outlet[at] !== outlet) continue;
      if (
        t.titleHash[at] !== t.titleHash[i] &&
        sameAuthors(t.authors[at], t.authors[i]) &&
        similarTitles(t.title[at], t.title[i])
      )
        pairs.push([at, i]);
      break;
    }
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
