// The one table of the ledger columns the rules read (core/neededColumns.ts): the 通报's 台账没有「…」列
// notices and the computed columns' 校验 for a narrow formula range both come from it (sweep S22b F1).
import { describe, expect, it } from 'vitest';
import { missingColumns, neededColumns } from '../../src/core/neededColumns';
import { presetRules } from '../../src/core/rules';

const fields = (name: '上街区' | '部机关' | '类别') =>
  neededColumns(presetRules(name)).map((n) => [n.field, n.rows, n.inReport === true ? true : 'shown']);

describe('the columns the rules need', () => {
  it('follow each preset’s rules, with the rows each could change', () => {
    expect(fields('上街区')).toEqual([
      ['媒体', 'scoring', 'shown'],
      ['字数', 'adoption', true],
      ['时长(分钟)', 'adoption', true],
      ['领导批示', 'adoption', true],
      ['报送对象', 'counted', true],
      ['录用日期', 'scoring', true],
      ['采用方式', 'adoption', true],
    ]);
    expect(fields('部机关')).toEqual([
      ['媒体', 'scoring', 'shown'],
      ['录用日期', 'scoring', true],
      ['采用方式', 'adoption', true],
      ['作者', 'counted', true],
    ]);
  });

  it('a 版面 multiplier needs 版面; a rule set without bonuses does not need 领导批示', () => {
    const rules = presetRules('上街区');
    const more = {
      ...rules,
      multipliers: [...rules.multipliers, { ...rules.multipliers[0], condition: { kind: '版面' } }],
      bonuses: [],
    } as typeof rules;
    const got = neededColumns(more).map((n) => n.field);
    expect(got).toContain('版面');
    expect(got).not.toContain('领导批示');
  });

  it('missingColumns keeps those the columns lack, in the table’s order, with the 通报’s words', () => {
    const rules = presetRules('上街区');
    const missing = missingColumns(
      { 标题: 0, 单位: 1, 媒体: 2, 录用日期: 3, 报送对象: 4, 采用方式: 5 },
      rules,
    );
    expect(missing.map((n) => [n.field, n.what, n.row])).toEqual([
      ['字数', '「系数」表按字数加倍的规则无法适用', '未按字数加倍'],
      ['时长(分钟)', '「系数」表按时长加倍的规则无法适用', '未按时长加倍'],
      ['领导批示', '领导批示加分无法计算', '未加领导批示分'],
    ]);
  });
});
