// A piece adopted in two assessment years is still one piece (rulings on G5 and G6, sweep s13b): its 领导批示
// bonus is paid once over the whole ledger (RULES §4, §10.2 "once per piece, not once per row"), and under 多次录用
// 最高级别 / 两个最高级别 its highest level(s) count once (RULES §8; Repeats are judged over the whole ledger).
// Neither rewrites a closed year (001 §五 每个自然年度为一个考核期; RULES §8): the piece's years are taken in
// order, and a later year pays only what the earlier ones left.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
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

/** The last issue of each row that has one, as "row: issue". */
function lastIssues(rows: RowSpec[], rules: Rules): string[] {
  return scoreLedger(parseLedger(ledgerGrid(rows)), rules)
    .rows.filter((r) => r.issues.length > 0)
    .map((r) => `${r.row}: ${r.issues[r.issues.length - 1]}`);
}

/** 峡窝镇党委's points in each year's report. */
function unitByYear(rows: RowSpec[], rules: Rules, years: number[]): number[] {
  const ledger = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  return years.map(
    (y) =>
      buildReport(ledger, rules, yearPeriod(y), yearPeriod(y).to).units.find((u) => u.unit === '峡窝镇党委')
        ?.points ?? 0,
  );
}

/** One piece (title G of 峡窝镇党委) adopted by `outlet` on `day`. */
/** Piece G's adoption by `outlet` on `day`, the adoption alone (a 报送日期 would make it a submission too). */
const piece = (outlet: string, day: string, over: RowSpec = {}) =>
  adoption({ 标题: 'G', 媒体: outlet, 录用日期: day, ...over });

describe('领导批示 bonus: once per piece over the whole ledger, no closed year rewritten (G5)', () => {
  it('the same 省 instruction copied onto the 2025 row pays nothing more (sweep case d06 b, piece G)', () => {
    const rows = [
      piece('郑州日报', '2024-12-15', { 领导批示: '省' }),
      piece('河南日报', '2025-01-15', { 领导批示: '省' }),
    ];
    expect(scored(rows)).toEqual(['2 25 市级录用 5 +20（省领导批示） = 25', '3 10 省级录用 10 = 10']);
    expect(unitByYear(rows, rulesWith(), [2024, 2025])).toEqual([25, 10]);
  });

  it('市 in 2024, 省 in 2025, 国家 in 2026: each year adds what its instruction adds to those paid before', () => {
    expect(
      scored([
        piece('郑州日报', '2024-12-05', { 领导批示: '市' }),
        piece('河南日报', '2025-01-05', { 领导批示: '省' }),
        piece('人民日报', '2026-03-01', { 领导批示: '国家' }),
      ]),
    ).toEqual([
      '2 15 市级录用 5 +10（市领导批示） = 15',
      '3 20 省级录用 10 +10（省领导批示，往年已计10分） = 20',
      '4 40 中央级录用 30 +10（国家领导批示，往年已计20分） = 40',
    ]);
  });

  it('"already paid" is the amount paid then: 省 was 15 before 2025 (加分 生效日期), so 2025 adds 5', () => {
    const base = rulesWith();
    const rules: Rules = {
      ...base,
      bonuses: [
        { instruction: '省', points: 20, effectiveFrom: dayFromYmd(2025, 1, 1) },
        { instruction: '省', points: 15, effectiveFrom: null },
        ...base.bonuses.filter((b) => b.instruction !== '省'),
      ],
    };
    expect(
      scored(
        [
          piece('郑州日报', '2024-12-15', { 领导批示: '省' }),
          piece('河南日报', '2025-01-15', { 领导批示: '省' }),
        ],
        rules,
      ),
    ).toEqual([
      '2 20 市级录用 5 +15（省领导批示） = 20',
      '3 15 省级录用 10 +5（省领导批示，往年已计15分） = 15',
    ]);
  });

  it('a year that paid nothing (its only row 不计分) uses nothing up: next year pays the whole bonus', () => {
    expect(
      scored([
        piece('郑州日报', '2024-12-15', { 领导批示: '省', 核定: '不计分' }),
        piece('河南日报', '2025-01-15', { 领导批示: '省' }),
      ]),
    ).toEqual(['2 0 市级录用 5 核定不计分 = 0', '3 30 省级录用 10 +20（省领导批示） = 30']);
  });

  it('a bonus deducted on a 2024 倒扣 row was the piece’s one bonus: the copy on 2025’s row adds nothing', () => {
    expect(
      scored([
        piece('郑州日报', '2024-06-01', { 领导批示: '市', 核定: '倒扣' }),
        piece('河南日报', '2025-02-01', { 领导批示: '市' }),
      ]),
    ).toEqual(['2 -15 市级录用 5 +10（市领导批示） 核定倒扣 = -15', '3 10 省级录用 10 = 10']);
  });

  it('two pieces are paid apart (the deduction is per piece, not per unit)', () => {
    expect(
      scored([
        piece('郑州日报', '2024-12-15', { 领导批示: '省' }),
        adoption({
          标题: 'K',
          媒体: '郑州日报',
          报送日期: '2025-01-15',
          录用日期: '2025-01-15',
          领导批示: '省',
        }),
      ]),
    ).toEqual(['2 25 市级录用 5 +20（省领导批示） = 25', '3 25 市级录用 5 +20（省领导批示） = 25']);
  });
});

describe('多次录用 最高级别 / 两个最高级别: the piece’s highest level(s) count once over the whole ledger (G6)', () => {
  const highest = rulesWith({ multipleAdoption: '最高级别' });
  const twoHighest = rulesWith({ multipleAdoption: '两个最高级别' });

  it('最高级别: a lower re-adoption next year scores 0 and says why; 2024 keeps its 10 (sweep case d06 a, piece D)', () => {
    const rows = [piece('河南日报', '2024-11-10'), piece('郑州日报', '2025-02-01')];
    expect(scored(rows, highest).map((r) => r.split(' ').slice(0, 2).join(' '))).toEqual(['2 10', '3 0']);
    expect(lastIssues(rows, highest)).toEqual([
      '3: 同一稿件往年已按2024年第2行省级录用计分，多次录用按设置只计最高级别',
    ]);
    expect(unitByYear(rows, highest, [2024, 2025])).toEqual([10, 0]);
    // 全部 is untouched: both count.
    expect(unitByYear(rows, rulesWith(), [2024, 2025])).toEqual([10, 5]);
  });

  it('最高级别: the same level next year (another outlet) scores 0; a higher one counts, 2024 keeps its row', () => {
    expect(
      scored([piece('河南日报', '2024-11-10'), piece('河南组工信息', '2025-02-01')], highest).map((r) =>
        r.split(' ').slice(0, 2).join(' '),
      ),
    ).toEqual(['2 10', '3 0']);
    expect(scored([piece('郑州日报', '2024-11-10'), piece('河南日报', '2025-02-01')], highest)).toEqual([
      '2 5 市级录用 5 = 5',
      '3 10 省级录用 10 = 10',
    ]);
  });

  it('最高级别 over three years: 市 2024, 省 2025, then 市 2026 is below the highest counted', () => {
    const rows = [
      piece('郑州日报', '2024-05-01'),
      piece('河南日报', '2025-05-01'),
      piece('郑州组织信息', '2026-05-01'),
    ];
    expect(unitByYear(rows, highest, [2024, 2025, 2026])).toEqual([5, 10, 0]);
    expect(lastIssues(rows, highest)).toEqual([
      '4: 同一稿件往年已按2025年第3行省级录用计分，多次录用按设置只计最高级别',
    ]);
  });

  it('两个最高级别: 省 and 市 in 2024, then 区县级 in 2025 scores 0 (sweep case d06 b, piece F)', () => {
    const rows = [
      piece('河南日报', '2024-09-01'),
      piece('郑州日报', '2024-09-05'),
      piece('上街时讯', '2025-02-01'),
    ];
    expect(unitByYear(rows, twoHighest, [2024, 2025])).toEqual([15, 0]);
    expect(lastIssues(rows, twoHighest)).toEqual([
      '4: 同一稿件往年已按2024年第2行省级、2024年第3行市级录用计分，多次录用按设置只计两个最高级别',
    ]);
    // Under 最高级别 the 2024 市 row is dropped within 2024 as before, and 2025's 区县级 is below 省.
    expect(unitByYear(rows, highest, [2024, 2025])).toEqual([10, 0]);
  });

  it('两个最高级别: a level counted last year scores 0 again; a level above the lowest counted one counts', () => {
    const again = [
      piece('河南日报', '2024-09-01'),
      piece('郑州日报', '2024-09-05'),
      piece('河南组工信息', '2025-02-01'),
    ];
    expect(unitByYear(again, twoHighest, [2024, 2025])).toEqual([15, 0]);
    expect(lastIssues(again, twoHighest)).toEqual([
      '4: 同一稿件往年已按2024年第2行省级录用计分，多次录用按设置只计两个最高级别',
    ]);
    const higher = [
      piece('河南日报', '2024-09-01'),
      piece('郑州日报', '2024-09-05'),
      piece('人民日报', '2025-02-01'),
    ];
    expect(unitByYear(higher, twoHighest, [2024, 2025])).toEqual([15, 30]);
  });

  it('两个最高级别: with one level counted, a lower new level next year counts (fewer than two so far)', () => {
    const rows = [
      piece('郑州日报', '2024-09-01'),
      piece('上街时讯', '2025-02-01'),
      piece('上街组工动态', '2026-02-01'),
    ];
    const points = scored(rows, twoHighest).map((r) => r.split(' ').slice(0, 2).join(' '));
    expect(points).toEqual(['2 5', '3 1', '4 0']);
    expect(lastIssues(rows, twoHighest)).toEqual([
      '4: 同一稿件往年已按2025年第3行区县级录用计分，多次录用按设置只计两个最高级别',
    ]);
  });

  it('a 倒扣 row next year is never dropped, whatever was counted before', () => {
    expect(
      scored([piece('河南日报', '2024-11-10'), piece('郑州日报', '2025-02-01', { 核定: '倒扣' })], highest),
    ).toEqual(['2 10 省级录用 10 = 10', '3 -5 市级录用 5 核定倒扣 = -5']);
  });

  it('within the later year the year’s own rule still applies among the rows that pass', () => {
    // 2024 counted 市; 2025 has 中央 and 省 (both above 市): 最高级别 keeps 中央 only, 两个最高级别 both.
    const rows = [
      piece('郑州日报', '2024-05-01'),
      piece('人民日报', '2025-03-01'),
      piece('河南日报', '2025-04-01'),
    ];
    expect(unitByYear(rows, highest, [2024, 2025])).toEqual([5, 30]);
    expect(unitByYear(rows, twoHighest, [2024, 2025])).toEqual([5, 40]);
  });
});
