// 指标 合作者 (sweep s25g F1, ruling s25p1): 均分 (blank) keeps at most two authors, half each; 各计 credits every
// author of a piece whole. Seed 000 §三(一) states 每篇最多算两人，每人半篇…以下同 with the 南通市以上录用 task and
// the 用稿结构 after it, not with 全年发稿 8 and its 硬性指标 (专报 3, 部编 3, 调研报告 1): the 部机关 preset sets
// 各计 on those four rows (this departs from RULES §4, which said all personal tasks; the seed wins).
import { describe, expect, it } from 'vitest';
import { evaluateIndicators } from '../../src/core/indicators';
import { parseLedger } from '../../src/core/ledger';
import { presetRules, readRules, rulesToGrids } from '../../src/core/rules';
import { TABLE_HEADERS } from '../../src/core/rules/schema';
import { scoreLedger } from '../../src/core/score';
import type { Grid, Rules } from '../../src/core/types';
import { ledgerGrid, type RowSpec } from '../helpers/ledger';
import { d } from './indicators-fixture';

const row = (title: string, over: RowSpec): RowSpec => ({
  标题: title,
  作者: '甲、乙',
  单位: '组织科',
  类别: '动态信息',
  报送日期: '2024-05-01',
  ...over,
});
const adopted = (title: string, outlet: string): RowSpec =>
  row(title, { 媒体: outlet, 采用方式: '录用', 录用日期: '2024-05-10' });

// 甲、乙 co-author 8 pieces: 3 专报, 3 部编, 1 调研报告 (submitted), 1 南通日报 (s25g b10.py).
const EIGHT: RowSpec[] = [
  ...[0, 1, 2].map((i) => adopted(`专报${i}`, '组工信息专报')),
  ...[0, 1, 2].map((i) => adopted(`部编${i}`, '部编组工信息')),
  row('调研', { 类别: '调研报告' }),
  adopted('日报', '南通日报'),
];

function people(rules: Rules, rows: RowSpec[], asOf = '2024-12-31') {
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  return evaluateIndicators(scored, rules, d(asOf)).people;
}

const taskValue = (out: ReturnType<typeof people>, person: string, name: string) =>
  out.find((p) => p.subject === person)?.indicators.find((i) => i.name === name)?.value;

describe('指标 合作者: 均分 or 各计', () => {
  it('部机关: two co-authors each meet 发稿 8, 专报 3, 部编 3, 调研报告 1 (各计); 市级以上录用 stays half (均分)', () => {
    const out = people(presetRules('部机关'), EIGHT);
    for (const p of ['甲', '乙']) {
      expect(taskValue(out, p, '全年发稿')).toBe(8);
      expect(taskValue(out, p, '组工信息专报')).toBe(3);
      expect(taskValue(out, p, '部编组工信息录用')).toBe(3);
      expect(taskValue(out, p, '调研报告')).toBe(1);
      // 南通日报, one piece of two authors: half each, 0.5 rounded half up at year end.
      expect(taskValue(out, p, '市级以上录用')).toBe(1);
      const person = out.find((s) => s.subject === p)!;
      expect(person.bonuses.发稿).toBe(100); // 发稿任务 (000 §三(四)5)
    }
  });

  it('各计 counts every author, a third one too; 均分 only the first two, half each', () => {
    const rules = presetRules('部机关');
    const three = [...EIGHT, adopted('日报2', '南通日报')].map((r) => ({ ...r, 作者: '甲、乙、丙' }));
    const out = people(rules, three);
    expect(taskValue(out, '丙', '全年发稿')).toBe(9);
    expect(taskValue(out, '丙', '市级以上录用')).toBe(0);
    // Two 南通日报 pieces, half each: 1 (各计 would give 2).
    expect(taskValue(out, '甲', '市级以上录用')).toBe(1);
    expect(taskValue(out, '乙', '市级以上录用')).toBe(1);
  });

  it('the preset says it on its rows; written out as tabs, the column is there and reads back alike', () => {
    const rules = presetRules('部机关');
    const mode = (name: string) => rules.indicators.find((i) => i.name === name)?.coauthors;
    for (const name of ['全年发稿', '组工信息专报', '部编组工信息录用', '调研报告'])
      expect(mode(name)).toBe('各计');
    for (const name of ['市级以上录用', '省组工信息录用', '科室录用任务', '本地媒体宣传'])
      expect(mode(name)).toBe('均分');
    const grids = rulesToGrids(rules);
    const table = grids.指标 as Grid;
    const at = table[0].indexOf('合作者');
    expect(at).toBeGreaterThan(0);
    const cell = (name: string) => table.find((r) => r[0] === name)?.[at];
    expect(cell('全年发稿')).toBe('各计');
    expect(cell('市级以上录用')).toBe('均分');
    expect(cell('每月上报信息')).toBe(''); // 全部门: no authors to share
    const back = readRules(grids, presetRules('上街区'));
    expect(back.errors).toEqual([]);
    expect(back.rules.indicators.map((i) => i.coauthors)).toEqual(rules.indicators.map((i) => i.coauthors));
    // The preset's own text reads without errors (a shifted cell would drop the row).
    expect(rules.indicators.map((i) => i.name)).toContain('全年发稿');
  });

  it('合作者 under its other names, blank = 均分; an unreadable value is a rule error named at its cell', () => {
    const header = [...TABLE_HEADERS.指标.slice(0, 5), '合著计算'];
    const grid: Grid = [
      header,
      ['发稿', '每人', '篇目', '全年', 2, '各计1篇'],
      ['录用', '每人', '录用', '全年', 2, ''],
      ['其他', '每人', '录用', '全年', 2, '按人头'],
    ];
    const read = readRules({ 指标: grid }, presetRules('上街区'));
    expect(read.rules.indicators.map((i) => [i.name, i.coauthors])).toEqual([
      ['发稿', '各计'],
      ['录用', '均分'],
    ]);
    expect(read.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^「指标」表第4行「合作者」.*按人头.*均分.*各计/),
    ]);
  });

  it('an 指标 tab written before the column (no 各计 anywhere) under the 部机关 preset says which tasks now split', () => {
    const rules = presetRules('部机关');
    const old = (rulesToGrids(rules).指标 as Grid).map((r) => r.slice(0, r.length));
    const at = old[0].indexOf('合作者');
    const withoutColumn = old.map((r) => r.filter((_, i) => i !== at));
    const read = readRules({ 指标: withoutColumn }, rules);
    expect(read.errors).toEqual([]);
    const said = read.notes.filter((n) => n.column === '合作者');
    expect(said).toHaveLength(1);
    expect(said[0].message).toMatch(
      /“全年发稿”、“组工信息专报”、“部编组工信息录用”、“调研报告”按“均分”计.*加「合作者」列并填“各计”/,
    );
    // The tab as the preset writes it now, and 上街区 (no 各计 rows), say nothing.
    expect(readRules({ 指标: old }, rules).notes.filter((n) => n.column === '合作者')).toEqual([]);
    const district = presetRules('上街区');
    const plain = readRules(rulesToGrids(district), district);
    expect(plain.notes.filter((n) => n.column === '合作者')).toEqual([]);
    // 各計 (繁体) is 各计.
    const header = [...TABLE_HEADERS.指标.slice(0, 5), '合作者'];
    const trad = readRules({ 指标: [header, ['发稿', '每人', '篇目', '全年', 2, '各計']] }, district);
    expect(trad.errors).toEqual([]);
    expect(trad.rules.indicators[0].coauthors).toBe('各计');
  });

  it('a team task follows its own row: 各计 gives the 科室 each member author, 均分 their halves', () => {
    const base = presetRules('部机关');
    const team = base.indicators.find((i) => i.name === '科室录用任务')!;
    const rules: Rules = {
      ...base,
      indicators: [
        { ...team, name: '科室发稿均分', metric: '篇目', filter: { ...team.filter, minLevel: null } },
        {
          ...team,
          name: '科室发稿各计',
          metric: '篇目',
          filter: { ...team.filter, minLevel: null },
          coauthors: '各计',
        },
      ],
    };
    const scored = scoreLedger(parseLedger(ledgerGrid(EIGHT)), rules);
    const teams = evaluateIndicators(scored, rules, d('2024-12-31')).teams;
    const org = teams.find((t) => t.subject === '组织科')!;
    const v = (name: string) => org.indicators.find((i) => i.name === name)?.value;
    expect(v('科室发稿均分')).toBe(8);
    expect(v('科室发稿各计')).toBe(16);
  });
});
