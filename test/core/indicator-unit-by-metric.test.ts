// An indicator's unit (分 or 篇) comes from its 度量, not its 名称 (audit S20y F2): the office names its tasks
// in its own words, so 全年得分 on 积分 reads 分 and 积分稿件录用 on 录用 reads 篇. Before, the word 积分 in the
// name decided, and the 通报 read 全年得分15篇/目标50篇.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { indicatorCell, measure, shortfallText } from '../../src/core/indicatorText';
import { parseLedger } from '../../src/core/ledger';
import { buildNotice } from '../../src/core/notice';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Indicator, Rules } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

/** The 上街区 preset with 乡镇街道's points task renamed 全年得分 and a 录用 task named 积分稿件录用 added. */
function renamedRules(): Rules {
  const base = presetRules('上街区');
  const points = base.indicators.find((i) => i.name === '全年积分' && i.subject.kind === 'unitType')!;
  const renamed: Indicator[] = base.indicators.map((i) => (i === points ? { ...i, name: '全年得分' } : i));
  renamed.push({ ...points, name: '积分稿件录用', metric: '录用', threshold: 3, sourceRow: 9 });
  return { ...base, indicators: renamed };
}

/** Two 峡窝镇党委 adoptions in 2024, judged at the year's end. */
function yearReport() {
  const rules = renamedRules();
  const rows = [
    adoption({ 标题: '甲', 媒体: '河南日报', 录用日期: '2024-03-05' }),
    adoption({ 标题: '乙', 媒体: '郑州日报', 录用日期: '2024-04-05' }),
  ];
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const period = yearPeriod(2024);
  return { rules, report: buildReport(scored, rules, period, period.to) };
}

describe('an indicator reads in the unit of its 度量', () => {
  const { rules, report } = yearReport();
  const unit = report.units.find((u) => u.unit === '峡窝镇党委')!;
  const points = unit.indicators.find((i) => i.name === '全年得分')!;
  const count = unit.indicators.find((i) => i.name === '积分稿件录用')!;

  it('carries the 度量 on the result', () => {
    expect(points.metric).toBe('积分');
    expect(count.metric).toBe('录用');
  });

  it('reads 积分 in 分 and 录用 in 篇, whatever the name says', () => {
    expect(measure(points)).toBe('分');
    expect(measure(count)).toBe('篇');
    expect(points.value).toBe(15);
    expect(indicatorCell(points)).toBe('15分/目标50');
    expect(indicatorCell(count)).toBe('2篇/目标3');
    expect(shortfallText(points)).toBe('全年得分 15/50 分');
    expect(shortfallText(count)).toBe('积分稿件录用 2/3 篇');
  });

  it('says so in the 通报', () => {
    const doc = buildNotice(report, rules.settings, { issuedOn: dayFromYmd(2025, 1, 9) });
    const text = JSON.stringify(doc);
    expect(text).toContain('全年得分15分/目标50分');
    expect(text).toContain('积分稿件录用2篇/目标3篇');
    expect(text).not.toMatch(/全年得分[\d.]+篇/);
    expect(text).not.toMatch(/积分稿件录用[\d.]+分/);
  });
});
