// 「计分」 “以上” rows and 生效日期: a row not yet in force on a piece's 录用日期 does not take the levels of a
// row that is. A 中央级 row from July beside a 省级以上 row in force all year: a 人民日报 piece of March is
// scored by the 省级以上 row (it was the plain 中央级 row's 30, or 0 and 本行未计分 without one), one of
// August by the 中央级 row.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules, readRules, TABLE_HEADERS } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid } from '../helpers/ledger';

const HEADER = ['采用方式', '级别', '类别', '分值', '生效日期'];
const BASE = [
  ['录用', '区县级', '', 1, ''],
  ['录用', '市级', '', 5, ''],
  ['录用', '省级', '', 10, ''],
  ['录用', '中央级', '', 30, ''],
];
// 郑州日报 市级, 河南日报 省级, 人民日报 中央级 (the preset's 媒体).
const OUTLETS = ['郑州日报', '河南日报', '人民日报'];

/** The points of a 调研报告 adopted by each outlet on each date, under the 计分 rows given (no 系数). */
function points(rows: (string | number)[][], dates: string[]): { points: number[][]; checks: string[] } {
  const { rules, errors } = readRules(
    { 计分: [HEADER, ...BASE, ...rows], 系数: [TABLE_HEADERS.系数] },
    presetRules('上街区'),
  );
  expect(errors).toEqual([]);
  const ledger = ledgerGrid(
    dates.flatMap((d) =>
      OUTLETS.map((o) => adoption({ 标题: `调研${o}${d}`, 类别: '调研报告', 媒体: o, 录用日期: d })),
    ),
  );
  const scored = scoreLedger(parseLedger(ledger), rules).rows;
  return {
    points: dates.map((_, k) => scored.slice(k * 3, k * 3 + 3).map((r) => r.points)),
    checks: scored.map((r) => r.issues.join('；')).filter((t) => t !== ''),
  };
}

describe('「计分」 “以上” rows and rows of a later 生效日期', () => {
  it('a row naming a level exactly applies only from its 生效日期: before it, the range does', () => {
    const { points: got, checks } = points(
      [
        ['录用', '省级以上', '调研报告', 20, ''],
        ['录用', '中央级', '调研报告', 50, '2024-07-01'],
      ],
      ['2024-03-05', '2024-08-05'],
    );
    expect(got).toEqual([
      [5, 20, 20],
      [5, 20, 50],
    ]);
    expect(checks).toEqual([]);
  });

  it('a nearer range applies only from its 生效日期: before it, the wider one does', () => {
    const { points: got } = points(
      [
        ['录用', '市级以上', '调研报告', 15, ''],
        ['录用', '省级以上', '调研报告', 40, '2024-07-01'],
      ],
      ['2024-03-05', '2024-08-05'],
    );
    expect(got).toEqual([
      [15, 15, 15],
      [15, 40, 40],
    ]);
  });

  it('two dated ranges: each piece is scored by the rows in force on its date', () => {
    const { points: got } = points(
      [
        ['录用', '市级以上', '调研报告', 15, '2024-01-01'],
        ['录用', '省级以上', '调研报告', 40, '2024-07-01'],
        ['录用', '中央级', '调研报告', 60, '2024-10-01'],
      ],
      ['2024-03-05', '2024-08-05', '2024-11-05'],
    );
    expect(got).toEqual([
      [15, 15, 15],
      [15, 40, 40],
      [15, 40, 60],
    ]);
  });

  it('a row in force before the range keeps its level throughout (the exact row wins)', () => {
    const { points: got } = points(
      [
        ['录用', '中央级', '调研报告', 50, ''],
        ['录用', '省级以上', '调研报告', 20, '2024-07-01'],
      ],
      ['2024-03-05', '2024-08-05'],
    );
    expect(got).toEqual([
      [5, 10, 50],
      [5, 20, 50],
    ]);
  });
});
