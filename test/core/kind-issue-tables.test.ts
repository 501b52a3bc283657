// A ledger 类别 no rule knows, said on the row: the message names every table whose rows key on 类别 (计分,
// 系数, 指标) with the kinds each names, and what the row loses in each. Before, with 计分 and 系数 both on 类别
// it named 「计分」 only and left the 系数 out (a 调研文集 piece lost its ×1.5 with no word of 系数), and with
// 系数 alone it named no table at all (无法识别（本规则按类别计系数：…）).
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules, readRules, TABLE_HEADERS } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

const POINTS: Grid = [
  ['采用方式', '级别', '类别', '分值'],
  ['录用', '市级', '', 5],
  ['录用', '市级', '调研报告', 8],
];
const MULTIPLIERS: Grid = [
  ['名称', '条件', '取值', '倍数'],
  ['理论加成', '类别', '理论文章', 1.5],
];

/** The 类别 issue of a 郑州日报 (市级) piece of kind `kind` under the tables given, and its points. */
function issueOf(tables: Record<string, Grid>, kind: string): { points: number; issues: string[] } {
  const { rules, errors } = readRules(
    { 系数: [TABLE_HEADERS.系数], 指标: [TABLE_HEADERS.指标], ...tables },
    presetRules('上街区'),
  );
  expect(errors).toEqual([]);
  const [row] = scoreLedger(parseLedger(ledgerGrid([adoption({ 类别: kind })])), rules).rows;
  return { points: row.points, issues: row.issues.filter((i) => i.startsWith('类别')) };
}

describe('a 类别 no rule knows names the tables that key on 类别', () => {
  it('计分 and 系数 both: both tables named, with what the row loses in each', () => {
    expect(issueOf({ 计分: POINTS, 系数: MULTIPLIERS }, '杂谈')).toEqual({
      points: 5,
      issues: [
        '类别“杂谈”不是「计分」表（调研报告）或「系数」表（理论文章）中的类别，按一般稿件计分，不按类别计系数',
      ],
    });
  });

  it('系数 alone: 「系数」 named', () => {
    expect(issueOf({ 系数: MULTIPLIERS }, '杂谈')).toEqual({
      points: 5,
      issues: ['类别“杂谈”不是「系数」表中的类别（理论文章），不按类别计系数'],
    });
  });

  it('计分 alone: as before', () => {
    expect(issueOf({ 计分: POINTS }, '杂谈')).toEqual({
      points: 5,
      issues: ['类别“杂谈”不是「计分」表中的类别（调研报告），按一般稿件计分'],
    });
  });
});
