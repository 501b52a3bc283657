// Which copy of one adoption counts, and which row a 多次录用 policy keeps at a level (sweep S18b F3, F3b, F4):
// - equal points: the earliest (录用日期, then 报送日期), then content, then read order, as every other tie of the
//   rules goes (the bonus row, 计任务's first adoption; README: a re-adoption at a level already counted scores
//   0). Before, row text decided, so a March copy's points could land in Q4 with a November copy;
// - a 倒扣 copy before a 不计分 copy (RULES §9: the 倒扣 is the office's own decision), either way round.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { parseLedger } from '../../src/core/ledger';
import { quarterPeriod } from '../../src/core/period';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules, Settings } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function rulesWith(over: Partial<Settings> = {}): Rules {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, ...over } };
}

/** Each row's points, in row order. */
function points(rows: RowSpec[], rules = rulesWith()): number[] {
  return scoreLedger(parseLedger(ledgerGrid(rows)), rules).rows.map((r) => r.points);
}

/** Both orders of two rows: the points of [first, second] as given, then of the reversed ledger. */
function bothWays(a: RowSpec, b: RowSpec, rules = rulesWith()): number[][] {
  const reversed = points([b, a], rules);
  return [points([a, b], rules), [reversed[1], reversed[0]]];
}

const march = { 录用日期: '2024-03-10', 报送日期: '2024-03-01', 报送对象: '区委组织部' };
const november = { 录用日期: '2024-11-20', 报送日期: '2024-11-01', 报送对象: '' };

describe('two copies of one adoption with equal points', () => {
  it('the earliest 录用日期 is kept, whatever the other cells and the row order', () => {
    // The November copy sorts first by content (empty 报送对象) and by row order in the second ledger.
    const a = adoption({ 标题: '甲', ...march });
    const b = adoption({ 标题: '甲', ...november });
    expect(bothWays(a, b)).toEqual([
      [5, 0],
      [5, 0],
    ]);
  });

  it('same 录用日期: the earliest 报送日期; a copy without 报送日期 after one with', () => {
    const day = { 录用日期: '2024-03-10' };
    expect(
      bothWays(
        adoption({ 标题: '甲', ...day, 报送日期: '2024-03-02', 作者: '乙' }),
        adoption({ 标题: '甲', ...day, 报送日期: '2024-03-01', 作者: '甲' }),
      ),
    ).toEqual([
      [0, 5],
      [0, 5],
    ]);
    expect(
      bothWays(
        adoption({ 标题: '甲', ...day, 报送日期: '2024-03-02', 作者: '乙' }),
        adoption({ 标题: '甲', ...day, 报送日期: '', 作者: '甲' }),
      ),
    ).toEqual([
      [5, 0],
      [5, 0],
    ]);
  });

  it('more points still win over an earlier day (a 1,200-字 copy in November over an 800-字 one in March)', () => {
    expect(
      bothWays(adoption({ 标题: '甲', ...march }), adoption({ 标题: '甲', ...november, 字数: 1200 })),
    ).toEqual([
      [0, 15],
      [0, 15],
    ]);
  });

  it('the unit’s Q1 has the March copy’s points and adoption, Q4 none (sweep case F3_dup_copy_chosen_by_content)', () => {
    const ledger = ledgerGrid([
      adoption({ 标题: '甲', 作者: '王芳', ...march }),
      adoption({ 标题: '甲', 作者: '王芳', ...november }),
    ]);
    const unit = (q: 1 | 4) => {
      const a = assess({ ledger, preset: '上街区' }, { period: quarterPeriod(2024, q) });
      const u = a.report.units.find((x) => x.unit === '峡窝镇党委');
      return [u?.points, u?.adoptions];
    };
    expect([unit(1), unit(4)]).toEqual([
      [5, 1],
      [0, 0],
    ]);
  });
});

describe('多次录用 最高级别 / 两个最高级别: equal rows at the highest level keep the first adoption', () => {
  for (const policy of ['最高级别', '两个最高级别'] as const) {
    it(`${policy}: 中组部组工信息 on 25 Sep is kept, 中央电视台 on 12 Oct scores 0 (sweep case F3b)`, () => {
      const rules = rulesWith({ multipleAdoption: policy });
      const sep = adoption({ 标题: '甲', 单位: '组织科', 媒体: '中组部组工信息', 录用日期: '2024-09-25' });
      const oct = adoption({
        标题: '甲',
        单位: '组织科',
        媒体: '中央电视台',
        录用日期: '2024-10-12',
        时长: 0.5,
      });
      expect(bothWays(sep, oct, rules)).toEqual([
        [30, 0],
        [30, 0],
      ]);
    });
  }
});

describe('copies with verdicts: the 倒扣 copy speaks for the adoption', () => {
  it('倒扣 and 不计分 copies: −5 either way round (sweep case F4_penalty_shed_by_nocount_copy)', () => {
    expect(
      bothWays(adoption({ 标题: '甲', 核定: '倒扣' }), adoption({ 标题: '甲', 核定: '不计分' })),
    ).toEqual([
      [-5, 0],
      [-5, 0],
    ]);
  });

  it('a 不计分 copy still voids a copy without a verdict; a 倒扣 copy still wins over one', () => {
    expect(bothWays(adoption({ 标题: '甲' }), adoption({ 标题: '甲', 核定: '不计分' }))).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(bothWays(adoption({ 标题: '甲' }), adoption({ 标题: '甲', 核定: '倒扣' }))).toEqual([
      [0, -5],
      [0, -5],
    ]);
  });
});
