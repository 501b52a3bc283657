// How an indicator reads to an office: progress cells (3篇/目标2), shortfalls (2月、8月不足 2 篇).
// Shared by the 通报 text, its 附件 and the 领导看板, so the three say the same thing.

import { clean } from './text';
import type { IndicatorResult, Status, UnitRankRow } from './types';

export { clean };

/** A number as text, e.g. in a sentence: 12.5, 3, 0.25. */
export function numText(n: number): string {
  return String(clean(n));
}

/**
 * The word after a count, from the indicator's 度量: 积分 is in 分; 录用, 报送 and 篇目 count pieces (篇).
 * Never from its 名称, the office's own word: 全年得分 on 积分 reads 分, 积分任务 on 录用 reads 篇.
 */
export function measure(i: Pick<IndicatorResult, 'metric'>): '分' | '篇' {
  return i.metric === '积分' ? '分' : '篇';
}

/**
 * A task met through 视同达标 (ticked by hand): its counts (达标0/11个月) would read as a miss, so every place
 * that shows the task's progress says this instead.
 */
export const DEEMED = '视同达标';

/**
 * How far a subject got on one indicator, as an office reads it. A monthly (quarterly) quota counts
 * the closed months met, e.g. 9/12个月, plus the open month's count; the single value of the month
 * holding asOf would hide a month missed earlier. A yearly one is value / target.
 */
export function indicatorProgress(i: IndicatorResult): string {
  if (i.deemed) return DEEMED;
  const buckets = i.buckets ?? [];
  if ((i.window === '每月' || i.window === '每季') && buckets.length > 0) {
    const closed = buckets.filter((b) => b.met !== null);
    const met = closed.filter((b) => b.met).length;
    const parts: string[] = [];
    if (closed.length > 0) parts.push(`${met}/${closed.length}${i.window === '每月' ? '个月' : '个季度'}`);
    const current = buckets.find((b) => b.bucket === i.currentBucket);
    if (current && current.met === null) {
      parts.push(`本${i.window === '每月' ? '月' : '季'} ${numText(i.value)}/${numText(i.target)}`);
    }
    return parts.join('，');
  }
  return `${numText(i.value)}/${numText(i.target)}`;
}

/**
 * An indicator cell with its unit, as a leader reads it: 3篇/目标2 for a yearly task; for a monthly
 * (quarterly) one the months met, e.g. 达标9/10个月，本月1篇/目标2.
 */
export function indicatorCell(i: IndicatorResult): string {
  if (i.deemed) return DEEMED;
  const m = measure(i);
  const buckets = i.buckets ?? [];
  if ((i.window === '每月' || i.window === '每季') && buckets.length > 0) {
    const closed = buckets.filter((b) => b.met !== null);
    const met = closed.filter((b) => b.met).length;
    const parts: string[] = [];
    if (closed.length > 0)
      parts.push(`达标${met}/${closed.length}${i.window === '每月' ? '个月' : '个季度'}`);
    const current = buckets.find((b) => b.bucket === i.currentBucket);
    if (current && current.met === null) {
      parts.push(`本${i.window === '每月' ? '月' : '季'}${numText(i.value)}${m}/目标${numText(i.target)}`);
    }
    return parts.join('，');
  }
  return `${numText(i.value)}${m}/目标${numText(i.target)}`;
}

/** What a monthly (quarterly) quota still needs in the open month (quarter); null when none is open. */
export function stillNeeded(i: IndicatorResult): number | null {
  if (i.window !== '每月' && i.window !== '每季') return null;
  const current = (i.buckets ?? []).find((b) => b.bucket === i.currentBucket);
  if (!current || current.met !== null) return null;
  // 视同达标: met whatever the month counts, so nothing is still needed.
  return i.deemed ? 0 : Math.max(0, clean(i.target - i.value));
}

/**
 * The closed months (quarters) missed, grouped by the 目标 each missed in order, e.g. 2月、3月 by 2 and 8月
 * by 3 when a dated version raised a monthly quota in July: each month is named with its own 目标.
 */
export function missedByTarget(i: IndicatorResult): { names: string[]; target: number }[] {
  const groups: { names: string[]; target: number }[] = [];
  for (const b of i.buckets ?? []) {
    if (b.met !== false) continue;
    const name = i.window === '每月' ? `${b.bucket}月` : `第${b.bucket}季度`;
    const target = b.target ?? i.target;
    const last = groups[groups.length - 1];
    if (last && last.target === target) last.names.push(name);
    else groups.push({ names: [name], target });
  }
  return groups;
}

/** One indicator a unit falls short on, e.g. 每月向区委组织部报送 10/12个月达标（2月、8月不足 2 篇）. */
export function shortfallText(i: IndicatorResult): string {
  const buckets = i.buckets ?? [];
  if ((i.window === '每月' || i.window === '每季') && buckets.length > 0) {
    const missed = buckets.filter((b) => b.met === false);
    const closed = buckets.filter((b) => b.met !== null).length;
    const done = `${closed - missed.length}/${closed}${i.window === '每月' ? '个月' : '个季度'}达标`;
    // The open month (quarter) so far, e.g. 本月已 1/2, when asOf is inside one (not on a month's end).
    const current = buckets.find((b) => b.bucket === i.currentBucket);
    const open =
      current && current.met === null
        ? `本${i.window === '每月' ? '月' : '季'}已 ${numText(i.value)}/${numText(i.target)}`
        : '';
    const missing = missedByTarget(i)
      .map((g) => `${g.names.join('、')}不足 ${numText(g.target)} ${measure(i)}`)
      .join('，');
    const why = missing || open ? `（${[missing, open].filter(Boolean).join('，')}）` : '';
    return `${i.name} ${closed > 0 ? done : ''}${why}`;
  }
  return `${i.name} ${numText(i.value)}/${numText(i.target)} ${measure(i)}`;
}

/** The indicators that hold a unit back: short of target and not covered by a met any-of group. */
export function shortfalls(u: UnitRankRow, statuses: Status[]): IndicatorResult[] {
  const metGroups = new Set(u.groups.filter((g) => g.met).map((g) => g.group));
  return u.indicators.filter((i) => statuses.includes(i.status) && !(i.group && metGroups.has(i.group)));
}
