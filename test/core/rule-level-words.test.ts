// 级别 words of the rule tables (audit S26d F1, F2): in 「计分」 “市级以上 / 省级及以上 / 市级及其以上” is that level
// and every higher one, a row naming a level exactly winning at that level; in 「指标」 a level is that level and
// above (RULES §4), and “仅省级 / 省级（本级）/ 省级（不含中央级）” is that level only.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { parseLedger } from '../../src/core/ledger';
import { presetRules, readRules, rulesToGrids, TABLE_HEADERS } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

const POINTS_HEADER = ['采用方式', '级别', '类别', '分值'];
const BASE = [
  ['录用', '区县级', '', 1],
  ['录用', '市级', '', 5],
  ['录用', '省级', '', 10],
  ['录用', '中央级', '', 30],
];
// 上街区党建网 区县级, 郑州日报 市级, 河南日报 省级, 人民日报 中央级 (the preset's 媒体).
const OUTLETS = ['上街区党建网', '郑州日报', '河南日报', '人民日报'];

/** The points of a 调研报告 adopted by each level's outlet, under the 计分 rows given (no 系数). */
function reportPoints(rows: (string | number)[][]): number[] {
  const { rules, errors } = readRules(
    { 计分: [POINTS_HEADER, ...BASE, ...rows], 系数: [TABLE_HEADERS.系数] },
    presetRules('上街区'),
  );
  expect(errors).toEqual([]);
  const ledger = ledgerGrid(OUTLETS.map((o, i) => adoption({ 标题: `调研${i}`, 类别: '调研报告', 媒体: o })));
  return scoreLedger(parseLedger(ledger), rules).rows.map((r) => r.points);
}

describe('「计分」级别 “以上” (S26d F1)', () => {
  it.each(['市级以上', '市级及以上', '市级及其以上', '市级 以上'])(
    '“%s” scores that level and every higher one',
    (typed) => {
      expect(reportPoints([['录用', typed, '调研报告', 20]])).toEqual([1, 20, 20, 20]);
    },
  );

  it('a row naming a level exactly wins at that level, the range keeps the others', () => {
    expect(
      reportPoints([
        ['录用', '市级以上', '调研报告', 20],
        ['录用', '省级', '调研报告', 25],
      ]),
    ).toEqual([1, 20, 25, 20]);
  });

  it('of two ranges the nearer one applies from its own level up', () => {
    expect(
      reportPoints([
        ['录用', '市级以上', '调研报告', 20],
        ['录用', '省级及以上', '调研报告', 40],
      ]),
    ).toEqual([1, 20, 40, 40]);
  });

  it('is written back as one row per level, each read back alike', () => {
    const { rules } = readRules(
      { 计分: [POINTS_HEADER, ...BASE, ['录用', '市级以上', '调研报告', 20]] },
      presetRules('上街区'),
    );
    const kinded = rules.points.filter((p) => p.kind === '调研报告');
    expect(kinded.map((p) => [p.level, p.points])).toEqual([
      ['市级', 20],
      ['省级', 20],
      ['中央级', 20],
    ]);
    const again = readRules({ 计分: rulesToGrids(rules).计分 }, presetRules('上街区'));
    expect(again.errors).toEqual([]);
    expect(again.rules.points).toEqual(rules.points);
  });

  it('in 「媒体」 an outlet keeps its one level', () => {
    const { rules, errors } = readRules(
      {
        媒体: [
          ['媒体', '级别'],
          ['某某报', '市级以上'],
        ],
      },
      presetRules('上街区'),
    );
    expect(errors).toEqual([]);
    expect(rules.outlets.map((o) => o.level)).toEqual(['市级']);
  });
});

/** 000 §一(二): 部级录用1-2篇，省级录用8篇，南通市级录用15篇, as three 指标 rows of the department. */
function departmentValues(levels: string[]): { values: number[]; errors: unknown[] } {
  const indicators: Grid = [
    ['名称', '对象', '度量', '目标', '级别'],
    ['部级录用', '全部门', '录用', 1, levels[0]],
    ['省级录用', '全部门', '录用', 8, levels[1]],
    ['市级录用', '全部门', '录用', 15, levels[2]],
  ];
  // 2 中央级, 3 省级, 4 市级 adoptions.
  const counts = [0, 4, 3, 2];
  const rows = OUTLETS.flatMap((o, level) =>
    Array.from({ length: counts[level] }, (_, k) => adoption({ 标题: `${o}${k}`, 媒体: o })),
  );
  const a = assess({ ledger: ledgerGrid(rows), tables: { 指标: indicators }, preset: '上街区' });
  const dept = a.report.department ?? a.indicators.department;
  const values = (dept?.indicators ?? []).map((i) => i.value);
  return { values, errors: a.ruleErrors };
}

describe('「指标」级别: this level and above, or this level only (S26d F2)', () => {
  it('a plain level counts it and every higher level (RULES §4)', () => {
    const { values, errors } = departmentValues(['中央级', '省级', '市级']);
    expect(errors).toEqual([]);
    expect(values).toEqual([2, 5, 9]);
  });

  it.each([
    [['部级', '仅省级', '只计市级']],
    [['中央级', '省级（本级）', '市级(本级)']],
    [['中央级', '省级（不含中央级）', '市级（不含省级及以上）']],
    [['中央级', '仅限省级', '限市级']],
  ])('%j counts each level alone: seed 000’s per-level targets', (levels) => {
    const { values, errors } = departmentValues(levels);
    expect(errors).toEqual([]);
    expect(values).toEqual([2, 3, 4]);
  });

  it('is written back as 仅省级 and read back alike', () => {
    const { rules, errors } = readRules(
      {
        指标: [
          ['名称', '对象', '度量', '目标', '级别'],
          ['省级录用', '全部门', '录用', 8, '省级（本级）'],
        ],
      },
      presetRules('上街区'),
    );
    expect(errors).toEqual([]);
    const grid = rulesToGrids(rules).指标;
    const at = (grid[0] as string[]).indexOf('级别');
    expect(grid[1][at]).toBe('仅省级');
    const again = readRules({ 指标: grid }, presetRules('上街区'));
    expect(again.rules.indicators[0].filter).toMatchObject({ minLevel: '省级', levelOnly: true });
  });

  it('refuses a level it cannot read, saying both forms', () => {
    const { errors } = readRules(
      {
        指标: [
          ['名称', '对象', '度量', '目标', '级别'],
          ['省级录用', '全部门', '录用', 8, '仅省极'],
        ],
      },
      presetRules('上街区'),
    );
    expect(errors.map((e) => e.message)).toEqual([
      '「指标」表第2行「级别」无法识别“仅省极”，应为区县级、市级、省级、中央级（该级别及以上；只计该级别写“仅市级”）',
    ]);
  });
});
