// A cell filled with a word the reading cannot take (审核状态 已审核, 级别 国级) reads as blank to the scoring;
// what follows from it must not then call it 未填 (F5): the two messages of a row would contradict each other.
// The unreadable word is still refused (已审核 is no 终审): only the wording of the consequence changes.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

const gated: Rules = (() => {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, reviewGate: true } };
})();

/** [points, issues] of each row; `materialize` reads parsed.rows first (scoring then goes by the row objects). */
function scored(rows: RowSpec[], rules: Rules, materialize = false) {
  const parsed = parseLedger(ledgerGrid(rows));
  if (materialize) void parsed.rows.length;
  return scoreLedger(parsed, rules).rows.map((r) => [r.points, r.issues]);
}

const REVIEW_UNREAD = '审核状态“已审核”无法识别（应为 待审/编审/复审/终审）';
const LEVEL_UNREAD = '级别“国级”无法识别（应为 区县级/市级/省级/中央级）';

describe('审核状态 unreadable under 三审把关: 无法识别, not 未填', () => {
  const rows = [
    adoption({ 标题: 'a', 审核状态: '已审核' }),
    adoption({ 标题: 'b', 审核状态: '' }),
    adoption({ 标题: 'c', 审核状态: '已审核', 核定: '倒扣' }),
    adoption({ 标题: 'd', 审核状态: '终审' }),
  ];
  const expected = [
    [0, [REVIEW_UNREAD, '未终审（审核状态无法识别），暂不计分']],
    [0, ['未终审（未填审核状态），暂不计分']],
    // The verdict's own line (核定倒扣：…) is a remark, not an issue; the unreadable status still is.
    [-5, [REVIEW_UNREAD, '未终审（审核状态无法识别），核定倒扣照扣']],
    [5, []],
  ];

  it('from the parser’s columns', () => {
    expect(scored(rows, gated)).toEqual(expected);
  });

  it('from the row objects (parsed.rows read first): the same', () => {
    expect(scored(rows, gated, true)).toEqual(expected);
  });
});

describe('级别 unreadable where the row has no other level: 无法识别, not 未填/缺少', () => {
  const rows = [
    // Not in 媒体: blank 级别 and unreadable 级别 are rows of one outlet, said apart.
    adoption({ 标题: 'a', 媒体: '某某晚报', 级别: '国级' }),
    adoption({ 标题: 'b', 媒体: '某某晚报', 级别: '' }),
    // No 媒体 at all.
    adoption({ 标题: 'c', 媒体: '', 级别: '国级' }),
    adoption({ 标题: 'd', 媒体: '', 级别: '' }),
  ];
  const expected = [
    [
      0,
      [
        LEVEL_UNREAD,
        '媒体“某某晚报”不在「媒体」表中，级别又无法识别，无法计分。请改为「媒体」表中的名称，或在「媒体」表中添加该媒体（或别名），或改正级别',
      ],
    ],
    [
      0,
      [
        '媒体“某某晚报”不在「媒体」表中，且未填级别，无法计分。请改为「媒体」表中的名称，或在「媒体」表中添加该媒体（或别名），或填写级别',
      ],
    ],
    [0, [LEVEL_UNREAD, '录用行缺少媒体，级别又无法识别，无法计分']],
    [0, ['录用行缺少媒体和级别，无法计分']],
  ];

  it('from the parser’s columns', () => {
    expect(scored(rows, presetRules('上街区'))).toEqual(expected);
  });

  it('from the row objects (parsed.rows read first): the same', () => {
    expect(scored(rows, presetRules('上街区'), true)).toEqual(expected);
  });
});
