// Of two 倒扣 copies of one adoption the one that deducts more stays: RULES §4 makes 倒扣 −(what the row would
// have earned), and of two copies with no verdict the one worth more stays, so a mistyped copy (a lower 级别,
// fewer 字数) must not shed part of the penalty (sweep S18e F4: signed points kept −5 over −15). Equal → the
// earliest, then content, then read order, as for any copies. The other pairs are as before: 倒扣 before
// 不计分 before none (README "Duplicate copies").
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

/** "row points why" per row. */
function scored(rows: RowSpec[]): string[] {
  return scoreLedger(parseLedger(ledgerGrid(rows)), presetRules('上街区')).rows.map(
    (r) => `${r.row} ${r.points} ${r.why}`,
  );
}

/** A copy of 郑州日报's adoption of 甲 on 10 March. */
const copy = (over: RowSpec) => adoption({ 标题: '甲', 媒体: '郑州日报', 录用日期: '2024-03-10', ...over });
const mild = copy({ 字数: 800, 核定: '倒扣' }); // −5
const harsh = copy({ 字数: 1500, 核定: '倒扣' }); // −15

describe('two 倒扣 copies of one adoption', () => {
  it('the copy deducting more stays, in either order (F6 case: −15, not −5)', () => {
    expect(scored([mild, harsh])).toEqual([
      '2 0 0（重复行）',
      '3 -15 市级录用 5 ×3（文字稿超过1000字） 核定倒扣 = -15',
    ]);
    expect(scored([harsh, mild])).toEqual([
      '2 -15 市级录用 5 ×3（文字稿超过1000字） 核定倒扣 = -15',
      '3 0 0（重复行）',
    ]);
  });

  it('the copy typed with the higher 级别 stays (hot ledger g735: 市级 −5 was kept over 省级 −10)', () => {
    const rows = [
      copy({ 媒体: '郑州组织信息', 核定: '倒扣' }),
      copy({ 媒体: '郑州组织信息', 级别: '省级', 核定: '倒扣' }),
    ];
    expect(scored(rows)[1]).toBe('3 -10 省级录用 10 核定倒扣 = -10');
    expect(scored([rows[1], rows[0]])[0]).toBe('2 -10 省级录用 10 核定倒扣 = -10');
  });

  it('a 倒扣 copy that cannot be scored (媒体 unknown, no 级别) does not shed the penalty of one that can', () => {
    const unknown = copy({ 媒体: '某某内刊', 核定: '倒扣' });
    const known = copy({ 媒体: '某某内刊', 级别: '市级', 核定: '倒扣' });
    expect(scored([unknown, known]).map((r) => r.split(' ').slice(0, 2).join(' '))).toEqual(['2 0', '3 -5']);
    expect(scored([known, unknown]).map((r) => r.split(' ').slice(0, 2).join(' '))).toEqual(['2 -5', '3 0']);
  });

  it('equal penalties: the earliest copy stays (unchanged)', () => {
    const later = copy({ 字数: 800, 核定: '倒扣', 录用日期: '2024-05-10' });
    expect(scored([later, mild])).toEqual(['2 0 0（重复行）', '3 -5 市级录用 5 核定倒扣 = -5']);
  });

  it('other pairs as before: 倒扣 over no verdict worth more, 倒扣 over 不计分', () => {
    expect(scored([copy({ 字数: 1500 }), mild])).toEqual([
      '2 0 0（重复行）',
      '3 -5 市级录用 5 核定倒扣 = -5',
    ]);
    expect(scored([copy({ 字数: 1500, 核定: '不计分' }), mild])[1]).toBe('3 -5 市级录用 5 核定倒扣 = -5');
  });
});
