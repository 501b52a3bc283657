// The report's totals agree with their parts (RULES §7 one total; audit S20y F1, F3, F4):
// - the department's 报送, 录用 (by level), 积分 and month table count the ranked units' rows only, so a row of
//   a unit not in the 单位 table is in no total, and 附件1's 合计 is its columns' sum;
// - under a cap, 其中转报分成 is the part of the capped points the relay shares make up (own pieces first);
// - a year 通报 made before the year ends compares the same days of last year in 附件1 as in its text.
import { describe, expect, it } from 'vitest';
import { dayFromYmd as d } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { buildNotice } from '../../src/core/notice';
import { monthPeriod, quarterPeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Day, Period, Rules, Settings } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

function rulesWith(over: Partial<Settings> = {}): Rules {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, ...over } };
}

function report(rows: RowSpec[], period: Period, asOf: Day, rules = rulesWith()) {
  return buildReport(scoreLedger(parseLedger(ledgerGrid(rows)), rules), rules, period, asOf);
}

const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);

describe('F1: rows of a unit outside the ranking are in no total', () => {
  const rows = [
    adoption({
      单位: '峡窝镇党委',
      标题: '甲',
      媒体: '郑州日报',
      报送日期: '2024-01-05',
      录用日期: '2024-01-10',
    }),
    adoption({
      单位: '峡窝镇',
      标题: '乙',
      媒体: '郑州日报',
      报送日期: '2024-01-05',
      录用日期: '2024-01-10',
    }),
    submission({ 单位: '某某街道', 标题: '丙', 报送日期: '2024-01-06' }),
  ];
  const model = report(rows, quarterPeriod(2024, 1), d(2024, 3, 31));

  it('totals are the ranked units summed', () => {
    const t = model.totals;
    expect(model.units.map((u) => u.unit)).not.toContain('峡窝镇');
    expect(t.points).toBe(sum(model.units.map((u) => u.points)));
    expect(t.adoptions).toBe(1);
    expect(t.adoptions).toBe(sum(model.units.map((u) => u.adoptions)));
    expect(t.adoptionsByLevel.市级).toBe(1);
    expect(t.submissions).toBe(1);
  });

  it('the month table adds up to the same totals', () => {
    expect(sum(model.months.map((m) => m.adoptions))).toBe(1);
    expect(sum(model.months.map((m) => m.submissions))).toBe(1);
  });

  it('the 通报 says 报送1篇, 录用1篇 and 附件1 合计 报送 is 1', () => {
    const doc = buildNotice(model, rulesWith().settings, { issuedOn: d(2024, 3, 31) });
    const text = doc.body.map((b) => b.text).join('\n');
    expect(text).toContain('各单位共报送组工信息1篇，被各级媒体录用1篇，其中市级1篇');
    const ranking = doc.attachments[0];
    expect(ranking.total?.[ranking.header.indexOf('报送')]).toBe(1);
    expect(ranking.total?.[ranking.header.indexOf('录用合计')]).toBe(1);
  });
});

describe('F3: under a cap, 其中转报分成 is the relay shares’ part of the capped points', () => {
  const rules = rulesWith({ capPoints: 10, capPeriod: '季' });
  const central = (unit: string, title: string, day: string, over: RowSpec = {}) =>
    adoption({ 单位: unit, 标题: title, 媒体: '人民日报', 报送日期: day, 录用日期: day, ...over });
  const relayed = [
    central('峡窝镇党委', '甲', '2024-01-10', { 对口处室: '信息调研科' }),
    central('济源路街道党工委', '乙', '2024-02-10', { 对口处室: '信息调研科' }),
  ];
  const office = (m: ReturnType<typeof report>) => m.units.find((u) => u.unit === '信息调研科');

  it('12 of shares under a cap of 10: 10, and the split sums the capped parts', () => {
    const m = report(relayed, quarterPeriod(2024, 1), d(2024, 3, 31), rules);
    expect(office(m)?.points).toBe(10);
    expect(office(m)?.relayPoints).toBe(10);
    expect(m.totals.points).toBe(30);
    expect(m.totals.relayPoints).toBe(10);
    expect(m.totals.manuscriptPoints).toBe(20);
  });

  it('the office’s own pieces count first; the shares fill what the cap leaves', () => {
    const own = adoption({
      单位: '信息调研科',
      标题: '丙',
      媒体: '郑州日报',
      报送日期: '2024-01-05',
      录用日期: '2024-01-05',
    });
    const m = report([own, ...relayed], quarterPeriod(2024, 1), d(2024, 3, 31), rules);
    const o = office(m);
    expect(o?.points).toBe(10);
    // 郑州日报 (市级) earns 5 of its own: the shares fill the other 5.
    expect(o?.relayPoints).toBe(5);
  });

  it('months of a quarter’s cap: each share ≤ its points, and they add up to the quarter', () => {
    const months = [1, 2, 3].map((k) =>
      office(report(relayed, monthPeriod(2024, k), monthPeriod(2024, k).to, rules)),
    );
    for (const o of months) expect(o?.relayPoints ?? 0).toBeLessThanOrEqual(o?.points ?? 0);
    expect(sum(months.map((o) => o?.relayPoints ?? 0))).toBe(10);
  });
});

describe('under a quarter’s cap, a month whose own pieces follow the shares', () => {
  const rules = rulesWith({ capPoints: 10, capPeriod: '季' });
  // January: 10 of shares to 信息调研科 (two 省级 pieces relayed, 5 each); February: 10 of its own pieces.
  const rows = [
    adoption({
      单位: '峡窝镇党委',
      标题: '甲',
      媒体: '河南日报',
      报送日期: '2024-01-10',
      录用日期: '2024-01-10',
      对口处室: '信息调研科',
    }),
    adoption({
      单位: '济源路街道党工委',
      标题: '乙',
      媒体: '河南日报',
      报送日期: '2024-01-12',
      录用日期: '2024-01-12',
      对口处室: '信息调研科',
    }),
    adoption({
      单位: '信息调研科',
      标题: '丙',
      媒体: '河南日报',
      报送日期: '2024-02-10',
      录用日期: '2024-02-10',
    }),
  ];
  it('shows 其中转报分成 between 0 and its points, never below 0', () => {
    for (const k of [1, 2, 3]) {
      const m = report(rows, monthPeriod(2024, k), monthPeriod(2024, k).to, rules);
      const o = m.units.find((u) => u.unit === '信息调研科');
      expect(o?.relayPoints ?? 0).toBeGreaterThanOrEqual(0);
      expect(o?.relayPoints ?? 0).toBeLessThanOrEqual(o?.points ?? 0);
    }
  });
});

describe('F4: a year made before it ends compares the same days of last year in 附件1', () => {
  const row = (unit: string, title: string, day: string, media = '郑州日报') =>
    adoption({ 单位: unit, 标题: title, 媒体: media, 报送日期: day, 录用日期: day });
  const rows = [
    row('峡窝镇党委', 'a23', '2023-01-10'),
    row('峡窝镇党委', 'b23', '2023-02-25'),
    row('济源路街道党工委', 'c23', '2023-11-10', '河南日报'),
    row('峡窝镇党委', 'a24', '2024-01-10', '河南日报'),
    row('峡窝镇党委', 'b24', '2024-02-25'),
  ];
  const model = report(rows, yearPeriod(2024), d(2024, 2, 15));
  const unit = (name: string) => model.units.find((u) => u.unit === name);

  it('上期积分 and 比上期增减 are 2023-01-01..02-15, as the text says', () => {
    expect(unit('峡窝镇党委')?.previousPoints).toBe(5);
    expect(unit('峡窝镇党委')?.change).toBe(5);
    expect(unit('济源路街道党工委')?.previousPoints).toBe(0);
    expect(unit('济源路街道党工委')?.change).toBe(0);
    expect(model.previousTotals?.points).toBe(5);
    const doc = buildNotice(model, rulesWith().settings, { issuedOn: d(2024, 2, 15) });
    expect(doc.body.map((b) => b.text).join('\n')).toContain('与去年同期（2023年1月1日至2月15日）相比');
  });

  it('a closed year still compares the whole of last year', () => {
    const closed = report(rows, yearPeriod(2024), d(2024, 12, 31));
    expect(closed.units.find((u) => u.unit === '济源路街道党工委')?.previousPoints).toBe(10);
  });
});
