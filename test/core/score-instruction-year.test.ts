// The 领导批示 bonus stays in the assessment year of its instruction (001 §五 每个自然年度为一个考核期，统计时以
// 稿件被录用时间为准; RULES §8: next year's entries never rewrite last year's points). A piece adopted again
// the next year keeps last year's bonus where it was; an instruction written on next year's row is next
// year's, less what the piece was paid before (once per piece, RULES §4, §10.2: score-once-per-piece.test.ts);
// within one year the rule of RULES §4 (highest row, earliest on a tie) is unchanged.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules, Settings } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function rulesWith(over: Partial<Settings> = {}): Rules {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, ...over } };
}

/** "row points why" per row. */
function scored(rows: RowSpec[], rules = rulesWith()): string[] {
  return scoreLedger(parseLedger(ledgerGrid(rows)), rules).rows.map((r) => `${r.row} ${r.points} ${r.why}`);
}

/** One piece (title B of 峡窝镇党委) adopted by `outlet` on `day`. */
const piece = (outlet: string, day: string, over: RowSpec = {}) =>
  adoption({ 标题: 'B', 媒体: outlet, 报送日期: day, 录用日期: day, ...over });

describe('领导批示 bonus by assessment year', () => {
  it('a re-adoption next year leaves the 2024 bonus on the 2024 row (峡窝镇党委 2024 = 25 either way)', () => {
    const only2024 = [piece('郑州日报', '2024-11-05', { 领导批示: '省' })];
    const with2025 = [...only2024, piece('河南日报', '2025-01-10')];
    expect(scored(with2025)).toEqual(['2 25 市级录用 5 +20（省领导批示） = 25', '3 10 省级录用 10 = 10']);
    const rules = rulesWith();
    const unit2024 = (rows: RowSpec[]) =>
      buildReport(
        scoreLedger(parseLedger(ledgerGrid(rows)), rules),
        rules,
        yearPeriod(2024),
        yearPeriod(2024).to,
      )
        .units.filter((u) => u.unit === '峡窝镇党委')
        .map((u) => u.points);
    expect(unit2024(only2024)).toEqual([25]);
    expect(unit2024(with2025)).toEqual([25]);
  });

  it('an instruction typed on the 2025 row only is 2025’s, even when the 2024 row scores more', () => {
    expect(
      scored([piece('河南日报', '2024-06-01'), piece('郑州日报', '2025-02-01', { 领导批示: '省' })]),
    ).toEqual(['2 10 省级录用 10 = 10', '3 25 市级录用 5 +20（省领导批示） = 25']);
  });

  // Was "each year its own" (2025 +20): the ruling on G5 (sweep s13b; RULES §4, §10.2 once per piece) pays the
  // highest instruction once over the two years, so 2025 gets 省's 20 less the 10 paid in 2024.
  it('instructions in both years: 2024 keeps its 市, 2025 gets only what 省 adds to it', () => {
    expect(
      scored([
        piece('郑州日报', '2024-05-01', { 领导批示: '市' }),
        piece('河南日报', '2024-09-01'),
        piece('人民日报', '2025-03-01', { 领导批示: '省' }),
        piece('河南组工信息', '2025-04-01', { 领导批示: '市' }),
      ]),
    ).toEqual([
      '2 5 市级录用 5 = 5',
      // Within 2024 the 市 instruction goes to the year's highest row, as RULES §4 says.
      '3 20 省级录用 10 +10（市领导批示） = 20',
      '4 40 中央级录用 30 +10（省领导批示，往年已计10分） = 40',
      '5 10 省级录用 10 = 10',
    ]);
  });

  it('within one year the bonus still moves to the highest row, across months (rule unchanged)', () => {
    expect(
      scored([piece('郑州日报', '2024-01-10', { 领导批示: '国家' }), piece('河南日报', '2024-12-20')]),
    ).toEqual(['2 5 市级录用 5 = 5', '3 40 省级录用 10 +30（国家领导批示） = 40']);
  });

  it('a year whose only row of the piece is 不计分 gets no bonus; it does not fall back to another year', () => {
    expect(
      scored([
        piece('河南日报', '2024-06-01'),
        piece('郑州日报', '2025-02-01', { 领导批示: '省', 核定: '不计分' }),
      ]),
    ).toEqual(['2 10 省级录用 10 = 10', '3 0 市级录用 5 核定不计分 = 0']);
  });

  it('倒扣: a 2024 倒扣 row carrying the 2024 instruction negates it; a 2025 倒扣 row does not take 2024’s', () => {
    expect(
      scored([
        piece('郑州日报', '2024-06-01', { 领导批示: '市', 核定: '倒扣' }),
        piece('河南日报', '2025-02-01'),
      ]),
    ).toEqual(['2 -15 市级录用 5 +10（市领导批示） 核定倒扣 = -15', '3 10 省级录用 10 = 10']);
    expect(
      scored([
        piece('郑州日报', '2024-06-01', { 领导批示: '省' }),
        piece('河南日报', '2025-02-01', { 核定: '倒扣' }),
      ]),
    ).toEqual(['2 25 市级录用 5 +20（省领导批示） = 25', '3 -10 省级录用 10 核定倒扣 = -10']);
  });

  // Was 2025 +10 (市领导批示) as well: the ruling on G5 pays the piece's bonus once, and 2024 paid 省's 20, so the
  // 2025 市 adds nothing. Both adoptions still count (two levels, each counted once).
  it('多次录用 两个最高级别: both years kept; the 2025 市 instruction adds nothing to 2024’s 省', () => {
    const rules = rulesWith({ multipleAdoption: '两个最高级别' });
    expect(
      scored(
        [
          piece('郑州日报', '2024-05-01', { 领导批示: '省' }),
          piece('河南日报', '2025-03-01', { 领导批示: '市' }),
        ],
        rules,
      ),
    ).toEqual(['2 25 市级录用 5 +20（省领导批示） = 25', '3 10 省级录用 10 = 10']);
  });

  it('多次录用 最高级别 within a year: the instruction on the dropped row goes to the kept row of that year', () => {
    const rules = rulesWith({ multipleAdoption: '最高级别' });
    const rows = scored(
      [piece('郑州日报', '2024-05-01', { 领导批示: '省' }), piece('河南日报', '2024-08-01')],
      rules,
    );
    expect(rows[1]).toBe('3 30 省级录用 10 +20（省领导批示） = 30');
    expect(rows[0].split(' ').slice(0, 2)).toEqual(['2', '0']);
  });

  it('多次录用 最高级别 across years: next year’s higher adoption does not drop this year’s (each year keeps its best)', () => {
    const rules = rulesWith({ multipleAdoption: '最高级别' });
    expect(
      scored([piece('郑州日报', '2024-11-05', { 领导批示: '省' }), piece('河南日报', '2025-01-10')], rules),
    ).toEqual(['2 25 市级录用 5 +20（省领导批示） = 25', '3 10 省级录用 10 = 10']);
    // Within 2025 the policy still keeps the highest level only.
    const three = scored(
      [piece('郑州日报', '2024-11-05'), piece('河南日报', '2025-01-10'), piece('郑州组织信息', '2025-02-10')],
      rules,
    );
    expect(three[0]).toBe('2 5 市级录用 5 = 5');
    expect(three[1]).toBe('3 10 省级录用 10 = 10');
    expect(three[2].split(' ').slice(0, 2)).toEqual(['4', '0']);
  });
});
