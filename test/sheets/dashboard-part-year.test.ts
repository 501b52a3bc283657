// A board made before the year ends (audit s35 E-F1, F2): its points are the year so far, headed 累计积分 (a March
// board said 全年积分664.5分), and 按进度应完成 is the target times the 全年时间进度 it prints (25% stood beside 12.43).
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { dashboardSheet } from '../../src/sheets/dashboard';
import { adoption, ledgerGrid } from '../helpers/ledger';

function board(asOf: number) {
  const rules = presetRules('上街区');
  const rows = [adoption({ 标题: '甲', 媒体: '河南日报', 录用日期: '2024-03-05' })];
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const model = buildReport(scored, rules, yearPeriod(2024), asOf);
  const values = dashboardSheet(model, '2024-04-01 09:00').values.map((r) => r.map((v) => String(v ?? '')));
  const header = values[values.findIndex((r) => r[0] === '单位')];
  return { values, header, town: values.find((r) => r[0] === '峡窝镇党委')! };
}

describe('领导看板 before the year ends', () => {
  it('on 31 March: 累计积分, 24.9% of the year, and 50 × 24.9% = 12.5 due', () => {
    const { values, header, town } = board(dayFromYmd(2024, 3, 31));
    expect(header).toContain('累计积分');
    expect(header).not.toContain('全年积分');
    expect(values.flat().join('\n')).toMatch(/^累计积分10分，录用1篇/m);
    expect(values.flat().join('\n')).toContain('全年时间进度：24.9%');
    // 91 of 366 days: 24.86% shown 24.9%; 50 × 24.9% = 12.45 → 12.5 (half up), the figure the printed % gives.
    expect(town[header.indexOf('按进度应完成')]).toBe('12.5');
  });

  it('once the year has ended: 全年积分, 100%, the whole target due', () => {
    const { values, header, town } = board(dayFromYmd(2024, 12, 31));
    expect(header).toContain('全年积分');
    expect(values.flat().join('\n')).toMatch(/^全年积分10分，录用1篇/m);
    expect(values.flat().join('\n')).toContain('全年时间进度：100%');
    expect(town[header.indexOf('按进度应完成')]).toBe('50');
  });
});
