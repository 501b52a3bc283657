// 小数位 rounds totals, not rows (RULES §4 "unrounded per row and rounded on the person's total, as a unit's
// are", §10.5): a unit's, an office's relay share and a person's total are the unrounded row points added
// up, then rounded; each row is still shown rounded in the 积分 column.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { rowOutputs } from '../../src/core/index';
import { evaluateIndicators } from '../../src/core/indicators';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules, Settings } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function withSettings(over: Partial<Settings>): Rules {
  const rules = presetRules('上街区');
  return { ...rules, settings: { ...rules.settings, ...over } };
}

function run(rows: RowSpec[], rules: Rules) {
  const grid = ledgerGrid(rows);
  const scored = scoreLedger(parseLedger(grid), rules);
  const asOf = dayFromYmd(2024, 12, 31);
  const report = buildReport(scored, rules, yearPeriod(2024), asOf, evaluateIndicators(scored, rules, asOf));
  return { scored, report, outputs: rowOutputs(scored, grid.length - 1) };
}

/** Three pieces of 峡窝镇党委 at 5 + 0.5 (a 调整分 with its reason) by one author. */
const halves = [1, 2, 3].map((k) =>
  adoption({ 标题: `信息${k}`, 作者: '张三', 调整分: 0.5, 调整理由: '领导表扬' }),
);

describe('小数位 rounds the totals', () => {
  it('小数位 0: three rows of 5.5 make a unit 17 (16.5 rounded), not 18 (each row rounded to 6)', () => {
    const { report, outputs } = run(halves, withSettings({ decimals: 0 }));
    // Each row as shown: never fewer than 2 decimals, so the rows explain the total (G8).
    expect(outputs.map((o) => o.points)).toEqual([5.5, 5.5, 5.5]);
    expect(report.units.find((u) => u.unit === '峡窝镇党委')?.points).toBe(17);
    expect(report.totals.points).toBe(17);
    expect(report.people.find((p) => p.person === '张三')?.points).toBe(17);
  });

  it('a 1/3 relay share of three 5-point rows gives the office 5, not 5.01', () => {
    const rows = [1, 2, 3].map((k) => adoption({ 标题: `信息${k}`, 对口处室: '信息调研科' }));
    const { scored, report } = run(rows, withSettings({ relayShare: 1 / 3 }));
    expect(scored.rows.map((r) => r.relayPoints)).toEqual([1.67, 1.67, 1.67]); // each row as shown
    const office = report.units.find((u) => u.unit === '信息调研科');
    expect(office?.relayPoints).toBe(5);
    expect(office?.points).toBe(5);
    expect(report.totals.relayPoints).toBe(5);
  });

  it('a 积分 task is judged on the total as the 通报 shows it', () => {
    // 上街区's 积分 task for 乡镇（街道）: 16.5 rounds to 17 with 小数位 0, as the unit's total shows.
    const rules = withSettings({ decimals: 0 });
    const points = rules.indicators.find((i) => i.metric === '积分' && i.window === '全年');
    expect(points).toBeDefined();
    const target = { ...points!, threshold: 17 };
    const only: Rules = { ...rules, indicators: [target] };
    const { report } = run(halves, only);
    const unit = report.units.find((u) => u.unit === '峡窝镇党委');
    expect(unit?.points).toBe(17);
    const asOf = dayFromYmd(2024, 12, 31);
    const evaluation = evaluateIndicators(scoreLedger(parseLedger(ledgerGrid(halves)), only), only, asOf);
    const judged = evaluation.units.find((u) => u.subject === '峡窝镇党委')?.indicators[0];
    expect(judged?.value).toBe(17);
    expect(judged?.met).toBe(true);
  });
});
