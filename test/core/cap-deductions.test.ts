// 封顶 and deductions (RULES §8 Caps, 001 §三.11 倒扣相应分值): the cap limits what a unit earns in a month
// or quarter; a 倒扣 row and a negative 调整分 are taken after it, so a penalty costs the same whether or not
// the unit is over the cap that month. Every place that shows a unit's capped points agrees: the period's
// points, a date range's slices, the month series and the 全年积分 indicator.
import { describe, expect, it } from 'vitest';
import { capMonths } from '../../src/core/cap';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { monthPeriod, quarterPeriod, rangePeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Period, Rules, Settings } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function rulesWith(over: Partial<Settings> = {}): Rules {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, ...over } };
}

/** An adoption worth 10 points (省级, short) for a unit on a day. */
const ten = (unitName: string, day: string, title: string, over: RowSpec = {}) =>
  adoption({ 单位: unitName, 标题: title, 媒体: '河南日报', 录用日期: day, 报送日期: day, ...over });
const UNIT = '峡窝镇党委';

function report(rows: RowSpec[], period: Period, rules: Rules) {
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  return buildReport(scored, rules, period, period.to);
}

function points(rows: RowSpec[], period: Period, rules: Rules) {
  const u = report(rows, period, rules).units.find((x) => x.unit === UNIT);
  return u?.points;
}

describe('capMonths: earnings share the cap, deductions are taken in full', () => {
  it.each([
    // values, deducted, cap, span → out
    [[30, -10], [0, -10], 25, 1, [25, -10]],
    [[20], [-10], 25, 1, [15]], // earned 30 (over the cap): 25 − 10
    [[30], [-10], 25, 1, [15]], // 30 from rows earning 40 with a −10 调整分 among them: 25 − 10
    [[20, 20, -5], [0, 0, -5], 30, 3, [20, 10, -5]],
    [[30, -10], [0, -10], null, 1, [30, -10]],
  ])('%j − %j, cap %s per %i month(s) → %j', (values, deducted, cap, span, out) => {
    expect(capMonths(values, deducted, cap, span)).toEqual(out);
  });
});

describe('a monthly cap of 25 with 倒扣 and negative 调整分', () => {
  const rules = rulesWith({ capPoints: 25, capPeriod: '月' });
  const adjusted = (by: number) => ({ 调整分: by, 调整理由: '格式不规范' });
  const rows = [
    // January: 30 earned (25 kept), then a 10-point 倒扣: 15.
    ten(UNIT, '2024-01-05', 'a'),
    ten(UNIT, '2024-01-06', 'b'),
    ten(UNIT, '2024-01-07', 'c'),
    ten(UNIT, '2024-01-20', 'd', { 核定: '倒扣' }),
    // February: a 倒扣 alone: −10.
    ten(UNIT, '2024-02-05', 'e', { 核定: '倒扣' }),
    // March: 30 earned (the third row 10 − 4), 25 kept, then −4: 21.
    ten(UNIT, '2024-03-05', 'f'),
    ten(UNIT, '2024-03-06', 'g'),
    ten(UNIT, '2024-03-07', 'h', adjusted(-4)),
    // April: 40 earned (the last row 10 − 10 = 0 points), 25 kept, then −10: 15.
    ten(UNIT, '2024-04-05', 'i'),
    ten(UNIT, '2024-04-06', 'j'),
    ten(UNIT, '2024-04-07', 'k'),
    ten(UNIT, '2024-04-08', 'l', adjusted(-10)),
  ];
  const months = [15, -10, 21, 15];

  it('each month keeps min(earned, cap) plus its deductions', () => {
    expect([1, 2, 3, 4].map((m) => points(rows, monthPeriod(2024, m), rules))).toEqual(months);
  });

  it('the quarter, the year, the month series and 全年积分 agree', () => {
    const rep = report(rows, yearPeriod(2024), rules);
    const u = rep.units.find((x) => x.unit === UNIT);
    expect([
      points(rows, quarterPeriod(2024, 1), rules),
      u?.points,
      u?.indicators.find((i) => i.name === '全年积分')?.value,
    ]).toEqual([26, 41, 41]);
    expect(rep.unitMonths[UNIT].slice(0, 4)).toEqual(months);
    expect(rep.months.slice(0, 4).map((m) => m.points)).toEqual(months);
  });

  it('a date range cutting January: the slices share the cap in date order and add up to the month', () => {
    const range = (from: number, to: number) =>
      rangePeriod(dayFromYmd(2024, 1, from), dayFromYmd(2024, 1, to));
    expect([points(rows, range(1, 6), rules), points(rows, range(7, 31), rules)]).toEqual([20, -5]);
  });

  it('a penalty costs the same in a month over the cap as in the next month', () => {
    const penalty = (day: string) => [
      adoption({ 单位: UNIT, 标题: 'k1', 媒体: '人民日报', 录用日期: '2024-04-03' }),
      ten(UNIT, day, 'k2', { 核定: '倒扣' }),
    ];
    const year = (day: string) => points(penalty(day), yearPeriod(2024), rules);
    expect(year('2024-04-20')).toBe(year('2024-05-03'));
    expect(year('2024-04-20')).toBe(15); // min(人民日报, 25) − 10
  });

  it('a 对口处室 over the cap bears its share of a relayed penalty in full', () => {
    const office = '信息调研科';
    const share = rules.settings.relayShare;
    const rep = report(
      [
        ten(office, '2024-01-05', 'o1'),
        ten(office, '2024-01-06', 'o2'),
        ten(office, '2024-01-07', 'o3'),
        ten(UNIT, '2024-01-10', 'r1', { 对口处室: office, 核定: '倒扣' }),
        ten(UNIT, '2024-01-11', 'r2', { 对口处室: office, ...adjusted(-4) }),
      ],
      monthPeriod(2024, 1),
      rules,
    );
    // The office earned 30 + its share of r2's own 10, kept 25; it bears its shares of −10 and −4.
    expect(rep.units.find((x) => x.unit === office)?.points).toBe(25 - 14 * share);
    // The unit: r2 earned 10 (under the cap), then −10 and −4.
    expect(rep.units.find((x) => x.unit === UNIT)?.points).toBe(-4);
  });
});
