// The note a report gives when a 指标 version it judges by is dated after its as-of day (README Rule tables:
// a bucket is judged by the version in force on its last day, so a May report paces the 全年 目标 dated
// 07-01). The number then differs from the 指标 row in force today: said, never silent.
import { dayToIso } from '../dates';
import type { Day, Indicator, RuleError, Window } from '../types';
import { bucketOfMonth, yearCalendar } from './calendar';
import { indicatorPlans } from './compile';

/** 全年目标, 7月目标, 第3季度目标: the bucket holding asOf, as the note names its 目标. */
function bucketWord(window: Window, bucket: number): string {
  if (window === '每月') return `${bucket + 1}月目标`;
  if (window === '每季') return `第${bucket + 1}季度目标`;
  return '全年目标';
}

/**
 * One note per indicator whose bucket holding asOf (the 全年 one, the open month or quarter) is judged by a
 * version dated after asOf. Closed buckets never are: their last day, hence their version's date, is on or
 * before asOf. `year` and `asOf` as the report judges (report.ts periodIndicators).
 */
export function laterVersionNotes(indicators: Indicator[], year: number, asOf: Day): RuleError[] {
  const cal = yearCalendar(year, asOf);
  const notes: RuleError[] = [];
  for (const plan of indicatorPlans(indicators, cal)) {
    const ind = plan.versions[plan.current];
    if (typeof ind.effectiveFrom !== 'number' || ind.effectiveFrom <= cal.asOf) continue;
    const held = Math.max(cal.start, Math.min(cal.asOf, cal.end));
    const window: Window =
      plan.bucketVersion.length === 12 ? '每月' : plan.bucketVersion.length === 4 ? '每季' : '全年';
    const bucket = bucketOfMonth(window, cal.monthByOffset[held - cal.start]);
    const where =
      ind.sourceRow > 0 ? `「指标」表第${ind.sourceRow}行「${ind.name}」` : `预设指标“${ind.name}”`;
    notes.push({
      table: '指标',
      row: ind.sourceRow,
      column: '生效日期',
      message: `${where}目标${ind.threshold}自${dayToIso(ind.effectiveFrom)}起生效，本期按${bucketWord(window, bucket)}${ind.threshold}计算`,
    });
  }
  return notes;
}
