// 「计分」 级别 written as “this level only” (仅省级, 限省级, 省级（仅）, 省级（本级）, 省级（不含中央级）): a 计分 row
// names its level exactly unless “以上” follows, so these are the plain level, a row that wins at that level
// beside a 以上 range. Before, the row was refused (「计分」表第7行「级别」无法识别“仅省级”) and the table kept
// the preset's. “省级（含中央级）” is 省级以上.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules, readRules, TABLE_HEADERS } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid } from '../helpers/ledger';

const HEADER = ['采用方式', '级别', '类别', '分值'];
const BASE = [
  ['录用', '区县级', '', 1],
  ['录用', '市级', '', 5],
  ['录用', '省级', '', 10],
  ['录用', '中央级', '', 30],
];
// 上街区党建网 区县级, 郑州日报 市级, 河南日报 省级, 人民日报 中央级 (the preset's 媒体).
const OUTLETS = ['上街区党建网', '郑州日报', '河南日报', '人民日报'];

function reportPoints(rows: (string | number)[][]): { points: number[]; errors: string[] } {
  const { rules, errors } = readRules(
    { 计分: [HEADER, ...BASE, ...rows], 系数: [TABLE_HEADERS.系数] },
    presetRules('上街区'),
  );
  const ledger = ledgerGrid(OUTLETS.map((o, i) => adoption({ 标题: `调研${i}`, 类别: '调研报告', 媒体: o })));
  return {
    points: scoreLedger(parseLedger(ledger), rules).rows.map((r) => r.points),
    errors: errors.map((e) => e.message),
  };
}

describe('「计分」级别 “this level only”', () => {
  it.each([
    '仅省级',
    '限省级',
    '仅限省级',
    '只计省级',
    '省级（仅）',
    '省级(仅限)',
    '省级（本级）',
    '省级（不含中央级）',
  ])('“%s” is the 省级 row: it wins at 省级 beside 市级以上', (typed) => {
    expect(
      reportPoints([
        ['录用', '市级以上', '调研报告', 20],
        ['录用', typed, '调研报告', 25],
      ]),
    ).toEqual({ points: [1, 20, 25, 20], errors: [] });
  });

  it('“省级（含中央级）” is 省级 and above', () => {
    expect(reportPoints([['录用', '省级（含中央级）', '调研报告', 25]])).toEqual({
      points: [1, 5, 25, 25],
      errors: [],
    });
  });

  it('“仅省级以上” says two things: refused at its cell', () => {
    expect(reportPoints([['录用', '仅省级以上', '调研报告', 25]]).errors).toEqual([
      '「计分」表第6行「级别」“仅省级以上”既写了“仅”又写了“以上”，应为“省级”（只计该级别）或“省级以上”',
    ]);
  });

  it('“市级（含省级）” leaves 中央级 unsaid: refused at its cell', () => {
    expect(reportPoints([['录用', '市级（含省级）', '调研报告', 25]]).errors).toEqual([
      '「计分」表第6行「级别」“市级（含省级）”读不出包括哪些级别，应为“市级以上”（该级别及以上）或“市级”（只计该级别）',
    ]);
  });

  it('in 「指标」 “省级（仅）” is 省级 only too', () => {
    const { rules, errors } = readRules(
      {
        指标: [
          ['名称', '对象', '度量', '目标', '级别'],
          ['省级录用', '全部门', '录用', 8, '省级（仅）'],
        ],
      },
      presetRules('上街区'),
    );
    expect(errors).toEqual([]);
    expect(rules.indicators[0].filter).toMatchObject({ minLevel: '省级', levelOnly: true });
  });

  it('a word it cannot read is still refused', () => {
    expect(reportPoints([['录用', '仅省极', '调研报告', 25]]).errors).toEqual([
      '「计分」表第6行「级别」无法识别“仅省极”，应为区县级、市级、省级、中央级',
    ]);
  });
});
