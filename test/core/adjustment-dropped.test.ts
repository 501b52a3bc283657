// 调整分 (RULES §8 manual adjustment) on a row the 多次录用 policy drops: the reviewer's award is for the
// manuscript, the policy says which adoption's points count. A duplicate copy (the same piece typed twice)
// does not add its 调整分.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules, Settings } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function rulesWith(over: Partial<Settings> = {}): Rules {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, ...over } };
}

function score(rows: RowSpec[], rules: Rules) {
  return scoreLedger(parseLedger(ledgerGrid(rows)), rules).rows;
}

describe('调整分 on a row the 多次录用 policy drops, or on a duplicate copy', () => {
  const rules = rulesWith({ multipleAdoption: '最高级别' });

  it('a dropped row keeps its 调整分, and says so', () => {
    const [dropped, kept] = score(
      [
        adoption({ 媒体: '上街区党建网', 调整分: 4, 调整理由: '首发及时' }),
        adoption({ 媒体: '郑州日报', 录用日期: '2024-03-08' }),
      ],
      rules,
    );
    expect(kept.points).toBe(5);
    expect(dropped.points).toBe(4);
    expect(dropped.why).toBe('0（多次录用不重复计分） +4（调整：首发及时） = 4');
    expect(dropped.issues).toEqual(['同一稿件多次录用，按设置只计最高级别；本行调整分4照计']);
  });

  it('a duplicate copy does not add its 调整分: an award typed on both copies counts once', () => {
    const [kept, copy] = score(
      [
        adoption({ 调整分: 2, 调整理由: '重点稿件' }),
        adoption({ 调整分: 2, 调整理由: '重点稿件', 作者: '李四' }),
      ],
      rulesWith({ multipleAdoption: '全部' }),
    );
    expect([kept.points, copy.points]).toEqual([7, 0]);
    expect(copy.issues).toEqual(['重复行：与第2行标题、媒体相同，只计一次；本行调整分2不计（重复行）']);
  });
});
