// 单位 在岗月数 with one number for a 科室 of several (sweep s25d F5): read as every member's, as before, and said.
import { describe, expect, it } from 'vitest';
import { presetRules, readRules } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';

const UNITS = (months: unknown): Grid => [
  ['单位', '类型', '人数', '在岗月数'],
  ['组织科', '部机关科室', 3, ''],
  ['宣传科', '部机关科室', 2, months as string],
];

function read(months: unknown, people?: Grid) {
  return readRules({ 单位: UNITS(months), ...(people ? { 人员: people } : {}) }, presetRules('部机关'));
}

describe('单位 在岗月数: one number for several members', () => {
  it('is every member’s, and a notice at its cell says so and how to write one member’s', () => {
    const { rules, errors, notes } = read(6);
    expect(errors).toEqual([]);
    expect(rules.units.find((u) => u.name === '宣传科')?.monthsInPost).toEqual([6, 6]);
    expect(notes.filter((n) => n.column === '在岗月数')).toEqual([
      {
        table: '单位',
        row: 3,
        column: '在岗月数',
        message:
          '「单位」表第3行「在岗月数」只填了一个数（6），按该科室2人都在岗6个月计；如只有部分人员不满一年，请写“6、12”或在「人员」表逐人填写',
      },
    ]);
  });

  it('a list, 12, or a 科室 the 人员 table staffs says nothing', () => {
    for (const months of ['6、12', 12, '']) {
      expect(read(months).notes.filter((n) => n.column === '在岗月数')).toEqual([]);
    }
    const staffed = read(6, [
      ['姓名', '单位', '在岗月数'],
      ['黄鹂', '宣传科', 6],
      ['林涛', '宣传科', ''],
    ]);
    expect(staffed.notes.filter((n) => n.column === '在岗月数')).toEqual([]);
  });
});
