// Rule tables as an office we have never seen writes them (audit S23a): numbers in the seeds' own words,
// a 设置 with a 序号 column, a misspelt column named in the refusal it causes, and messages that keep a
// column's name apart from the next name.
import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/core';
import { presetRules, readRules, rulesToGrids } from '../../src/core/rules';
import { numberWithUnit } from '../../src/core/rules/schema';
import type { Grid } from '../../src/core/types';

const shangjie = () => presetRules('上街区');

describe('numbers in the seeds’ own wording (README: “Numbers may carry their unit or the seed’s wording”)', () => {
  it.each([
    ['每篇计6分', 6],
    ['每条计3分', 3],
    ['每条计0.5分', 0.5],
    ['计6分', 6],
    ['加30分', 30],
    ['按2倍积分', 2],
    ['按３倍积分', 3],
    ['全年积分不少于60分', 60],
    ['每季度不少于3篇', 3],
    ['2倍', 2],
    ['不少于50分', 50],
    ['≥３篇', 3],
    ['６分', 6],
    ['50（分）', 50],
    ['5', 5],
  ])('reads %s as %d', (text, n) => {
    expect(numberWithUnit(text)).toBe(n);
  });

  it.each([
    '十五分左右',
    '约6分',
    '6或7分',
    '6-8分',
    '不超过60分',
    '每篇计5分，每条计0.5分',
    '计6分加2分',
    '五分',
    '加',
  ])('refuses %s (not one clean number)', (text) => {
    expect(numberWithUnit(text)).toBeNaN();
  });

  it('a 计分 分值, 加分 and 指标 目标 in those words score as the plain numbers do', () => {
    const plain = rulesToGrids(shangjie());
    const worded = rulesToGrids(shangjie());
    const col = (g: Grid, name: string) => (g[0] as string[]).indexOf(name);
    const points = worded.计分!;
    points[1][col(points, '分值')] = `每篇计${points[1][col(points, '分值')]}分`;
    const bonus = worded.加分!;
    bonus[1][col(bonus, '加分')] = `加${bonus[1][col(bonus, '加分')]}分`;
    const ind = worded.指标!;
    ind[1][col(ind, '目标')] = `全年积分不少于${ind[1][col(ind, '目标')]}分`;
    const a = readRules(plain, shangjie());
    const b = readRules(worded, shangjie());
    expect(b.errors).toEqual([]);
    expect(b.rules.points).toEqual(a.rules.points);
    expect(b.rules.bonuses).toEqual(a.rules.bonuses);
    expect(b.rules.indicators.map((i) => i.threshold)).toEqual(a.rules.indicators.map((i) => i.threshold));
  });
});

describe('设置 read by its 项目 / 值 columns wherever they are', () => {
  const settings = (withSeq: boolean, preset: string): Grid => {
    const rows: Grid = [
      ['项目', '值'],
      ['年度', 2024],
      ['预设', preset],
      ['小数位', 1],
    ];
    return withSeq ? rows.map((r, i) => [i === 0 ? '序号' : i, ...r]) : rows;
  };
  const notices = (withSeq: boolean, preset: string) =>
    resolveRules({ 设置: settings(withSeq, preset) }).notes.filter((n) => n.message.includes('预设'));

  it('the notice that 预设 names no known preset is said with a 序号 column before 项目 (audit S23a P3)', () => {
    const without = notices(false, '临县组工信息积分办法').map((n) => n.message);
    expect(without).toHaveLength(1);
    expect(without[0]).toMatch(/^「设置」表第3行“预设”为“临县组工信息积分办法”，不是已知的预设/);
    expect(notices(true, '临县组工信息积分办法').map((n) => n.message)).toEqual(without);
  });

  it('a known 预设 beside a 序号 column chooses that preset, as without it', () => {
    const preset = (withSeq: boolean) => resolveRules({ 设置: settings(withSeq, '部机关') }).rules;
    expect(preset(true).settings.preset).toBe(preset(false).settings.preset);
    expect(preset(true).units).toEqual(preset(false).units);
    expect(preset(true).units).toEqual(presetRules('部机关').units);
  });
});

describe('是 with a scope in brackets (audit s37 K7)', () => {
  const settings = (key: string, value: string): Grid => [
    ['项目', '值'],
    [key, value],
  ];
  it('三审把关 是（仅津市组工）gates that outlet only, as 津市组工 alone does', () => {
    const base = presetRules('类别');
    const scoped = readRules({ 设置: settings('三审把关', '是（仅津市组工）') }, base);
    expect(scoped.errors).toEqual([]);
    expect(scoped.rules.settings.reviewGate).toEqual(['津市组工']);
  });

  it('a 是/否 setting with a scope is refused at the cell, not read as 是', () => {
    const { errors } = readRules({ 设置: settings('评先评优限制', '是（仅其他党工委）') }, shangjie());
    expect(errors.map((e) => e.message)).toEqual([
      '「设置」表第2行「值」（评先评优限制）“是”后括号中的范围（其他党工委）无法按此设置区分：本项只能填“是”或“否”',
    ]);
    // A reason in brackets is still 是.
    expect(readRules({ 设置: settings('评先评优限制', '是（2024年起）') }, shangjie()).errors).toEqual([]);
  });
});

describe('a 指标 window in the 考核办法’s words (audit s37 K1)', () => {
  const row = (name: string, window: string, target: string | number): Grid => [
    ['名称', '对象', '度量', '窗口', '目标', '报送对象'],
    [name, '乡镇街道', '报送', window, target, '区委组织部'],
  ];
  const read = (grid: Grid) => readRules({ 指标: grid }, shangjie());

  it.each([
    ['报送任务', '', '每月不少于2条', '每月'],
    ['报送任务', '', '每季度不少于3篇', '每季'],
    ['每月向区委组织部报送', '', 2, '每月'],
    ['季度报送', '', 2, '每季'],
    ['报送任务', '每月', '每月不少于2条', '每月'],
    ['报送任务', '', 2, '全年'],
  ])('%s, 窗口 “%s”, 目标 %s: judged %s', (name, window, target, expected) => {
    const { rules, errors } = read(row(name, window, target));
    expect(errors).toEqual([]);
    expect(rules.indicators.map((i) => [i.window, i.threshold])).toEqual([
      [expected, Number.parseInt(String(target).replace(/\D/g, ''), 10)],
    ]);
  });

  it('目标 saying one window and 窗口 another is refused at 目标', () => {
    expect(read(row('报送任务', '全年', '每月不少于2条')).errors.map((e) => e.message)).toEqual([
      '「指标」表第2行「目标」写的是每月，「窗口」却是全年：请统一（目标只填数字）',
    ]);
  });
});

describe('a 生效日期 Excel keeps as a number (2025, 2025.1, 2024.7 typed into a 常规 cell; audit s37 K2)', () => {
  it.each([2025, 2025.1, 2024.7])('%s is refused at its cell, not read as a day of 1905', (typed) => {
    const grid: Grid = [
      ['采用方式', '级别', '分值', '生效日期'],
      ['录用', '市级', 5, ''],
      ['录用', '市级', 8, typed],
    ];
    const { errors } = readRules({ 计分: grid }, shangjie());
    expect(errors.map((e) => e.message)).toEqual([
      `「计分」表第3行「生效日期」是数字${typed}，不是日期（表格把 2025、2025.1 这样的输入存为数字），请写成2025-01-01`,
    ]);
  });

  it('a day as a date cell or as text reads as before', () => {
    for (const day of [new Date(2025, 0, 1), '2025-01-01', '2025.1.1', 45658]) {
      const grid: Grid = [
        ['采用方式', '级别', '分值', '生效日期'],
        ['录用', '市级', 5, ''],
        ['录用', '市级', 8, day],
      ];
      expect(readRules({ 计分: grid }, shangjie()).errors).toEqual([]);
    }
  });
});

describe('a refused table names the columns it did not read (audit S23a F2)', () => {
  it('a misspelt 生效日期 making two dated versions a clash is said in the refusal, with the name meant', () => {
    const grid: Grid = [
      ['采用方式', '级别', '分值', '生效曰期'],
      ['录用', '市级', 6, ''],
      ['录用', '市级', 7, '2024-07-01'],
    ];
    const { errors, notes } = readRules({ 计分: grid }, shangjie());
    expect(errors.map((e) => e.message)).toEqual([
      '「计分」表第3行「分值」与第2行（录用·市级）重复且分值不同（6与7）；另：该表的列「生效曰期」不是该表的列名，未读取（是否应为“生效日期”？）',
    ]);
    expect(notes.map((n) => n.message)).toContain(
      '「计分」表第1行的列「生效曰期」不是该表的列名，未读取（是否应为“生效日期”？）',
    );
  });

  it('a column no name is near keeps the list of names; a table read without error says nothing more', () => {
    const grid: Grid = [
      ['采用方式', '级别', '分值', '稿费'],
      ['录用', '市级', '待定', 100],
    ];
    const { errors } = readRules({ 计分: grid }, shangjie());
    expect(errors.map((e) => e.message)).toEqual([
      '「计分」表第2行「分值」应为数字，现为“待定”；另：该表的列「稿费」不是该表的列名，未读取（可用列名：采用方式、级别、类别、标签、版面、分值、生效日期、备注）',
    ]);
    const fine = readRules({ 计分: [grid[0], ['录用', '市级', 6, 100]] }, shangjie());
    expect(fine.errors).toEqual([]);
  });

  it('a missing header names the header row read and the header near it (分植 for 分值)', () => {
    const grid: Grid = [['计分标准'], ['采用方式', '级别', '分植'], ['录用', '市级', 6]];
    const { errors } = readRules({ 计分: grid }, shangjie());
    expect(errors.map((e) => e.message)).toEqual([
      '「计分」表缺少表头「分值」（第2行的表头中有「分植」，是否应为「分值」？），该表无法读取',
    ]);
    const none = readRules(
      {
        计分: [
          ['采用方式', '级别'],
          ['录用', '市级'],
        ],
      },
      shangjie(),
    );
    expect(none.errors.map((e) => e.message)).toEqual([
      '「计分」表缺少表头「分值」（表头在第1行），该表无法读取',
    ]);
  });
});

describe('a column name is set off from a name that follows it (audit S23a F9)', () => {
  it('「对象」：「单位」表中没有类型为…', () => {
    const grids = rulesToGrids(shangjie());
    const ind = grids.指标!;
    ind[1][(ind[0] as string[]).indexOf('对象')] = '乡镇党委';
    const { errors } = readRules({ 单位: grids.单位, 指标: ind }, shangjie());
    expect(errors.map((e) => e.message)).toContain(
      '「指标」表第2行「对象」：「单位」表中没有类型为“乡镇党委”的单位（「单位」表中的类型有：“乡镇街道”、“其他党工委”、“部机关科室”）',
    );
  });
});
