// A 类别 list cell with spaces (系数 取值 on 类别, 指标 类别) read as 计分 类别 and the ledger read it (audit S21c
// F6): 调 研 报 告 and 调研 报告 are 调研报告, not the fragments 调, 研, 报, 告 or 调研, 报告.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { presetRules, type RuleGrids, readRules, rulesToGrids } from '../../src/core/rules';
import { kindList } from '../../src/core/rules/kinds';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

const preset = () => rulesToGrids(presetRules('上街区'));
const run = (tables: RuleGrids, rows: RowSpec[]) =>
  assess({ ledger: ledgerGrid(rows), tables: { ...preset(), ...tables } });
const office = (over: RowSpec) => adoption({ 单位: '组织科', ...over });
const kindNotices = (a: ReturnType<typeof run>) =>
  a.ruleNotes.map((n) => n.message).filter((m) => m.includes('不是已知的类别'));

const MULTIPLIER_HEADER = ['名称', '条件', '取值', '倍数', '适用方式', '分组', '生效日期'];
const multiplier = (value: string) => [MULTIPLIER_HEADER, ['调研加倍', '类别', value, 2, '录用', '类别', '']];
const INDICATOR_HEADER = ['名称', '对象', '度量', '目标', '类别'];
const indicator = (value: string) => [INDICATOR_HEADER, ['调研任务', '部机关科室', '录用', 1, value]];

describe('kindList: a 类别 cell split on 、，,；;/ and read part by part', () => {
  it('a part that is a kind once its spaces are squeezed is that one kind', () => {
    for (const text of ['调 研 报 告', '调研 报告', '调研　报告', ' 调 研 ', '调查 报告'])
      expect(kindList(text).map((k) => k.kind)).toEqual(['调研报告']);
  });

  it('a part whose squeezed whole is no kind but whose words each are is several', () => {
    expect(kindList('信息 调研').map((k) => k.kind)).toEqual(['信息', '调研报告']);
    // Runs of words, as 视同达标 reads units: 调研 报告 信息 is 调研报告 and 信息.
    expect(kindList('调研 报告 信息').map((k) => k.kind)).toEqual(['调研报告', '信息']);
  });

  it('a part some word of which is no kind stays one 类别, as typed', () => {
    expect(kindList('信息 专题片')).toEqual([{ kind: '信息专题片', typed: '信息 专题片' }]);
    expect(kindList('专 题 片、调 研')).toEqual([
      { kind: '专题片', typed: '专 题 片' },
      { kind: '调研报告', typed: '调 研' },
    ]);
  });

  it('keeps the separators lists are read with today, spaces apart', () => {
    expect(kindList('调研，信息;言论/简报、专报').map((k) => k.kind)).toEqual([
      '调研报告',
      '信息',
      '言论文章',
      '简报',
      '专报',
    ]);
  });
});

describe('a 类别 with spaces in a rule table is the kind the ledger reads', () => {
  const ledger = [office({ 类别: '调研报告', 标题: '甲' }), office({ 类别: '调 研 报 告', 标题: '乙' })];

  it('系数 取值 调 研 报 告 / 调研 报告 doubles 调研报告 rows as 调研报告 does, with no notice', () => {
    const twin = run({ 系数: multiplier('调研报告') }, ledger);
    for (const value of ['调 研 报 告', '调研 报告', '调研　报告']) {
      const a = run({ 系数: multiplier(value) }, ledger);
      expect(a.scored.rows.map((r) => r.points)).toEqual(twin.scored.rows.map((r) => r.points));
      expect(a.scored.rows.map((r) => r.points)).toEqual([10, 10]);
      expect(kindNotices(a)).toEqual([]);
    }
  });

  it('指标 类别 调 研 报 告 / 调研 报告 filters on 调研报告, with no notice', () => {
    for (const value of ['调 研 报 告', '调研 报告']) {
      const { rules } = readRules({ ...preset(), 指标: indicator(value) }, presetRules('上街区'));
      expect(rules.indicators[0].filter.kinds).toEqual(['调研报告']);
      expect(kindNotices(run({ 指标: indicator(value) }, ledger))).toEqual([]);
    }
  });

  it('the notice for a spaced 类别 that is no kind quotes the cell, not a fragment', () => {
    const a = run({ 系数: multiplier('专 题 片'), 指标: indicator('信息 专题片') }, ledger);
    expect(kindNotices(a)).toEqual([
      '「系数」表第2行「取值」“专 题 片”不是已知的类别，台账中也没有这一类别，此取值不会用到',
      '「指标」表第2行「类别」“信息 专题片”不是已知的类别，台账中也没有这一类别，按此统计为0',
    ]);
    // The ledger writing that kind (spaced or not) silences it, as for any office's own kind.
    const own = run({ 系数: multiplier('专 题 片') }, [office({ 类别: '专题片' })]);
    expect(kindNotices(own)).toEqual([]);
  });
});
