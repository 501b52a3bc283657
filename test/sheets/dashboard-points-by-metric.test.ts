// 领导看板's points target is the unit's 全年 indicator whose 度量 is 积分, whatever the office named it
// (audit S20y F2): a task named 全年得分 lost its bar and read （无积分目标） with 15篇/目标50 in a column, and a
// 录用 task named 积分稿件录用 would have been taken for the points target.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Indicator, Rules } from '../../src/core/types';
import { dashboardSheet } from '../../src/sheets/dashboard';
import { adoption, ledgerGrid } from '../helpers/ledger';

/** The board for 2024 (as of its end) with 乡镇街道's tasks as given, under the 上街区 preset otherwise. */
function board(edit: (points: Indicator) => Indicator[]): { header: string[]; row: string[] } {
  const base = presetRules('上街区');
  const points = base.indicators.find((i) => i.name === '全年积分' && i.subject.kind === 'unitType')!;
  const indicators = base.indicators.flatMap((i) => (i === points ? edit(i) : [i]));
  const rules: Rules = { ...base, indicators };
  const rows = [
    adoption({ 标题: '甲', 媒体: '河南日报', 录用日期: '2024-03-05' }),
    adoption({ 标题: '乙', 媒体: '郑州日报', 录用日期: '2024-04-05' }),
  ];
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const period = yearPeriod(2024);
  const model = buildReport(scored, rules, period, period.to);
  const values = dashboardSheet(model, '2025-01-09 09:00').values.map((r) => r.map((v) => String(v ?? '')));
  const header = values[values.findIndex((r) => r[0] === '单位')];
  return { header, row: values.find((r) => r[0] === '峡窝镇党委')! };
}

describe('领导看板 points target by 度量', () => {
  it('takes a 积分 task named 全年得分 as the points target', () => {
    const { header, row } = board((p) => [{ ...p, name: '全年得分' }]);
    expect(row[header.indexOf('全年积分')]).toBe('15');
    expect(row[header.indexOf('全年目标')]).toBe('50');
    expect(row[header.indexOf('完成进度')]).toBe('███░░░░░░░ 30%');
    // Shown once, as the target, not again as a column in 篇.
    expect(header).not.toContain('全年得分');
    expect(row.join('|')).not.toContain('15篇');
  });

  it('does not take a 录用 task named with 积分 for the points target', () => {
    const { header, row } = board((p) => [
      { ...p, name: '积分稿件录用', metric: '录用', threshold: 3 },
      { ...p, name: '全年得分' },
    ]);
    expect(row[header.indexOf('全年目标')]).toBe('50');
    expect(row[header.indexOf('积分稿件录用')]).toBe('2篇/目标3');
  });

  it('says （无积分目标） when the only task with 积分 in its name counts pieces', () => {
    const { header, row } = board((p) => [{ ...p, name: '积分稿件录用', metric: '录用', threshold: 3 }]);
    expect(row[header.indexOf('完成进度')]).toBe('（无积分目标）');
    expect(row[header.indexOf('积分稿件录用')]).toBe('2篇/目标3');
  });

  // A 积分 task with a filter (级别 省级 and above) counts part of the unit's points: it is not the unit's 全年积分
  // whatever its place in the 指标 table; it gets its own column (it took the column and the bar when listed first).
  const provincial = (p: Indicator): Indicator => ({
    ...p,
    name: '省级以上积分',
    threshold: 20,
    filter: { ...p.filter, minLevel: '省级' },
  });

  it('does not take a filtered 积分 task listed first for the points target', () => {
    const { header, row } = board((p) => [provincial(p), p]);
    expect(row[header.indexOf('全年积分')]).toBe('15');
    expect(row[header.indexOf('全年目标')]).toBe('50');
    expect(row[header.indexOf('省级以上积分')]).toBe('10分/目标20');
  });

  it('shows the unit’s points and （无积分目标） when its only 积分 task is filtered', () => {
    const { header, row } = board((p) => [provincial(p)]);
    expect(row[header.indexOf('全年积分')]).toBe('15');
    expect(row[header.indexOf('完成进度')]).toBe('（无积分目标）');
    expect(row[header.indexOf('省级以上积分')]).toBe('10分/目标20');
  });
});
