// Which indicators apply (effective dates: which version judges each month, quarter or year), and each
// one's filter turned into fast per-row checks.
import { normalizeKind } from '../ledgerRow';
import { levelRank } from '../levels';
import { DEFAULT_DEPARTMENT, type Department, sameRecipient } from '../relay';
import { outletIndex } from '../rules/outlets';
import type { Indicator, IndicatorSubject, Metric, Mode, OutletDef, Window } from '../types';
import { bucketBounds, bucketCount, bucketOfMonth, type YearCalendar } from './calendar';

const METRICS: readonly Metric[] = ['积分', '录用', '报送', '篇目'];
const WINDOWS: readonly Window[] = ['全年', '每月', '每季'];

/** The fields of a RowView a filter reads (RowView is built only from the fields some filter reads). */
export const READS_LEVEL = 1;
export const READS_TAGS = 2;
export const READS_OUTLET = 4;
export const READS_KIND = 8;
export const READS_RECIPIENT = 16;
export const READS_MODE = 32;

/** What a row looks like to a filter (computed once per row). */
export interface RowView {
  levelRank: number; // -1 when the row has no level
  tags: string[];
  outlet: string;
  kind: string;
  recipient: string;
  mode: Mode;
}

export interface CompiledIndicator {
  ind: Indicator;
  metric: Metric;
  window: Window;
  buckets: number;
  threshold: number;
  /** Repeats of a piece count once per bucket: always for 报送 and 篇目, by the 去重 flag for 录用; never 积分. */
  distinct: boolean;
  /** 报送/篇目 are dated by 报送日期 (else 录用日期); 积分/录用 by the row's assessment day. */
  bySubmission: boolean;
  /** 合作者 各计: every author of a counted piece is credited it whole (else their 计任务 share, 均分). */
  wholeCredit: boolean;
  deemed: Set<string>;
  /**
   * Per bucket, the 目标 of the version judging it (NaN: no version judges it, the bucket is left out);
   * null when `threshold` judges every bucket. Set by the evaluator when 指标 has dated versions.
   */
  bucketTargets: Float64Array | null;
  /**
   * Per bucket, the compiled version judging it (null: no version judges it); null when this one judges
   * every bucket. Its cells are the bucket's: 视同达标, 度量 (index.ts judgedSlot, subjects.ts).
   */
  bucketVersions: (CompiledIndicator | null)[] | null;
  /** No filter at all: every row counts in full (a unit's 积分 then is its points, capped like the 通报's). */
  unfiltered: boolean;
  /** The RowView fields `weight` reads (READS_* bits). */
  reads: number;
  /** 0 when the row is filtered out, 0.5 when it passes through a half tag (折半标签), else 1. */
  weight(row: RowView): number;
}

function textList(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((x) => (typeof x === 'string' ? x.trim() : '')).filter((x) => x !== '');
}

function setOrNull<T>(list: T[]): Set<T> | null {
  return list.length > 0 ? new Set(list) : null;
}

/** Name or alias → canonical outlet name, so a filter may name an outlet by its alias. */
function outletCanon(outlets: OutletDef[]): (name: string) => string {
  const list = (Array.isArray(outlets) ? outlets : [])
    .filter((o) => o && typeof o.name === 'string')
    .map((o) => (Array.isArray(o.aliases) ? o : { ...o, aliases: [] }));
  const find = outletIndex(list);
  return (name) => find(name)?.name ?? name;
}

/** `dept`: the own department, whose offices (区委组织部研究室) count toward a quota naming the office. */
export function compileIndicator(
  ind: Indicator,
  outlets: OutletDef[],
  dept: Pick<Department, 'key'> = DEFAULT_DEPARTMENT,
): CompiledIndicator | null {
  if (!ind || typeof ind !== 'object') return null;
  const metric = ind.metric;
  if (!METRICS.includes(metric)) return null;
  const window: Window = WINDOWS.includes(ind.window) ? ind.window : '全年';
  const f = ind.filter ?? ({} as Partial<Indicator['filter']>);
  const minRank = f.minLevel ? levelRank(f.minLevel) : -1;
  // 仅省级: that level alone; else it and every higher one.
  const maxRank = minRank >= 0 && f.levelOnly === true ? minRank : Number.POSITIVE_INFINITY;
  const tags = setOrNull(textList(f.tags));
  const halfTags = setOrNull(textList(f.halfTags));
  // The alias index only for a filter naming outlets (few do): made per indicator, it was most of compiling one.
  const outletNames = textList(f.outlets);
  const outletSet = outletNames.length > 0 ? new Set(outletNames.map(outletCanon(outlets))) : null;
  // As the ledger reads 类别 (rules built in code too): 调研 is 调研报告.
  const kinds = setOrNull(textList(f.kinds).map(normalizeKind));
  const recipients = setOrNull(textList(f.recipients));
  // 区委组织部研究室 (an own office as relay.ts writes it) is 研究室 (the 类别 preset's quota), remembered per spelling.
  const recipientSeen = new Map<string, boolean>();
  const recipientIn = (r: string): boolean => {
    let ok = recipientSeen.get(r);
    if (ok === undefined) {
      ok = [...recipients!].some((x) => sameRecipient(r, x, dept));
      recipientSeen.set(r, ok);
    }
    return ok;
  };
  // 录用 counts adoptions in full (录用) unless the filter names modes; other metrics take any mode.
  const modeList = textList(f.modes) as Mode[];
  const modes = setOrNull(modeList.length > 0 ? modeList : metric === '录用' ? (['录用'] as Mode[]) : []);
  const threshold = Number.isFinite(ind.threshold) ? ind.threshold : 0;

  const weight = (row: RowView): number => {
    if (minRank >= 0 && (row.levelRank < minRank || row.levelRank > maxRank)) return 0;
    if (outletSet && !outletSet.has(row.outlet)) return 0;
    if (kinds && !kinds.has(row.kind)) return 0;
    if (recipients && !recipients.has(row.recipient) && !recipientIn(row.recipient)) return 0;
    if (modes && !modes.has(row.mode)) return 0;
    if (!tags && !halfTags) return 1;
    let half = false;
    for (const t of row.tags) {
      if (halfTags?.has(t)) half = true;
      else if (tags?.has(t)) return 1;
    }
    // A row needs one of the tags (weight 1) or a half tag (0.5, 条线简报 折算半篇); a half tag also
    // listed among the tags still counts half. Without a tag list, rows without half tags count fully.
    // 折算为半篇次同级组工信息 (000 §三(一)1): a half-tag row counts only at the item's own 级别.
    if (half) return minRank < 0 || row.levelRank === minRank ? 0.5 : 0;
    return tags ? 0 : 1;
  };

  return {
    ind,
    metric,
    window,
    buckets: bucketCount(window),
    threshold,
    distinct: metric === '报送' || metric === '篇目' || (metric === '录用' && ind.distinct === true),
    bySubmission: metric === '报送' || metric === '篇目',
    wholeCredit: ind.coauthors === '各计',
    deemed: new Set(textList(ind.deemedMet)),
    bucketTargets: null,
    bucketVersions: null,
    unfiltered: minRank < 0 && !outletSet && !kinds && !recipients && !modes && !tags && !halfTags,
    reads:
      (minRank >= 0 ? READS_LEVEL : 0) |
      (tags || halfTags ? READS_TAGS : 0) |
      (outletSet ? READS_OUTLET : 0) |
      (kinds ? READS_KIND : 0) |
      (recipients ? READS_RECIPIENT : 0) |
      (modes ? READS_MODE : 0),
    weight,
  };
}

function subjectKey(s: IndicatorSubject | undefined): string {
  if (!s || typeof s !== 'object') return '?';
  return `${s.kind}\u0001${'unitType' in s ? (s.unitType ?? '') : ''}`;
}

/** One indicator of the year: the versions that judge its buckets, and which judges which. */
export interface IndicatorPlan {
  /** The versions judging at least one bucket, in the order they apply. */
  versions: Indicator[];
  /** Per bucket (month, quarter, or the one year), the index in `versions` judging it; -1: not judged. */
  bucketVersion: Int8Array;
  /**
   * The version judging the bucket holding asOf: its 目标 is the one reported, its 组 and 奖项 apply (they
   * combine the indicator's verdict, not a bucket's); 视同达标 and 度量 are each bucket's own version's.
   */
  current: number;
}

/**
 * Which version of each indicator judges each bucket of the assessment year (RULES §8 Effective dates:
 * a rule is applied by the date of what it judges; README Rule tables: "A 指标 judges each month (quarter,
 * year) by its version in force on that month's last day … a 全年 quota raised mid-year is that year's 目标").
 *
 * A bucket is judged by the version in force on its **last day**: the latest 生效日期 on or before the
 * month's (quarter's, year's) end. Why the last day: what a window judges is its total, complete and
 * judged when the window closes, the way a row is judged on its 录用日期; and the seeds' rules take effect
 * on the day they are issued (001 §六.6 自发文之日起实施), so a 办法 issued on 07-15 is the one in force when
 * July is assessed. Every cell of that version's row judges the bucket: its 目标, its 视同达标, its filter
 * and 度量 (index.ts judgedSlot). Every report judging a month finds the same version, whatever its as-of
 * day, so the year, half-year, quarter and month 通报 agree about it. So:
 * - a bucket that ended before the indicator's first 生效日期 is not judged at all (not met, not missed,
 *   not in "N/12个月达标", not in 不得评先评优); a monthly quota raised on 07-01 judges Jan–Jun by the
 *   old 目标 and Jul–Dec by the new one;
 * - a 全年 indicator is judged by the version in force on 31 December: a 全年 quota raised on 07-01 is the
 *   year's 目标, counted on the whole year's rows (an office dating a 全年 row mid-year means it for that
 *   year; one meaning next year dates it 01-01). That holds in a report made before 07-01 too: a May
 *   report paces (§4) the year's 目标, not the one it replaces, so the Q2 and the year 通报 show one 目标;
 *   and the open month is judged by the version of its last day alike. A version dated after the as-of
 *   day is never silent: laterVersionNotes names it.
 * Versions dated after the year's end are left out. The window is the one of the version in force on the
 * as-of day (else of the first version); a bucket whose version has another window is not judged (a 每月
 * quota turned 每季 does not judge months by a quarter's 目标). Same name for different subjects (乡镇街道 vs
 * 其他党工委) are distinct indicators.
 */
export function indicatorPlans(indicators: Indicator[], cal: YearCalendar): IndicatorPlan[] {
  const byKey = new Map<string, { ind: Indicator; from: number; order: number }[]>();
  const list = Array.isArray(indicators) ? indicators : [];
  list.forEach((ind, order) => {
    if (!ind || typeof ind !== 'object') return;
    const from = typeof ind.effectiveFrom === 'number' ? ind.effectiveFrom : Number.NEGATIVE_INFINITY;
    if (from > cal.end) return;
    const key = `${ind.name}\u0002${subjectKey(ind.subject)}`;
    const found = byKey.get(key);
    if (found) found.push({ ind, from, order });
    else byKey.set(key, [{ ind, from, order }]);
  });
  const plans: IndicatorPlan[] = [];
  for (const found of byKey.values()) {
    // Oldest first; on equal dates the later row wins (the rule reader refuses true duplicates).
    const dated = found.slice().sort((a, b) => a.from - b.from || a.order - b.order);
    const windowOf = (ind: Indicator): Window => (WINDOWS.includes(ind.window) ? ind.window : '全年');
    const inForce = dated.filter((d) => d.from <= cal.asOf);
    const window = windowOf((inForce.length > 0 ? inForce[inForce.length - 1] : dated[0]).ind);
    const n = bucketCount(window);
    const versions: Indicator[] = [];
    const bucketVersion = new Int8Array(n).fill(-1);
    for (let b = 0; b < n; b++) {
      const last = bucketBounds(cal, window, b).to;
      let v: Indicator | null = null;
      for (const d of dated) if (d.from <= last) v = d.ind;
      if (!v || windowOf(v) !== window) continue;
      let k = versions.indexOf(v);
      if (k < 0) k = versions.push(v) - 1;
      bucketVersion[b] = k;
    }
    const held = Math.max(cal.start, Math.min(cal.asOf, cal.end));
    const current = bucketVersion[bucketOfMonth(window, cal.monthByOffset[held - cal.start])];
    if (current < 0) continue;
    plans.push({ versions, bucketVersion, current });
  }
  return plans;
}
