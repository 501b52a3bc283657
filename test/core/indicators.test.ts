import { describe, expect, it } from 'vitest';
import { evaluateIndicators, headcountEquivalent } from '../../src/core/indicators';
import type { Indicator, SubjectResult } from '../../src/core/types';
import {
  d,
  type IndicatorSpec,
  indicator,
  ledgerOf,
  type RowSpec,
  rulesOf,
  unit,
} from './indicators-fixture';

const YEAR_END = d('2024-12-31');
const MID_YEAR = d('2024-07-01');

function unitResult(rows: RowSpec[], ind: Indicator, asOf = YEAR_END, unitName = '甲街道') {
  const rules = rulesOf({
    units: [unit('甲街道', '乡镇街道'), unit('办公室', '部机关科室')],
    indicators: [ind],
  });
  const out = evaluateIndicators(ledgerOf(rows), rules, asOf);
  const u = out.units.find((x) => x.subject === unitName);
  if (!u) throw new Error(`no unit ${unitName}`);
  return u;
}

function metricValue(rows: RowSpec[], ind: IndicatorSpec): number {
  return unitResult(rows, indicator({ threshold: 1000, ...ind })).indicators[0].value;
}

describe('metrics', () => {
  it('积分 sums the points of the year up to asOf, 倒扣 rows included', () => {
    const rows: RowSpec[] = [
      { unit: '甲街道', adoptedOn: '2024-02-01', points: 5 },
      { unit: '甲街道', adoptedOn: '2024-03-01', points: -5, countable: false },
      { unit: '甲街道', adoptedOn: '2024-05-01', points: 10 },
      { unit: '甲街道', adoptedOn: '2023-12-31', points: 30 }, // last year
      { unit: '甲街道', adoptedOn: '2024-08-01', points: 30 }, // after asOf
    ];
    expect(unitResult(rows, indicator({ threshold: 100 }), MID_YEAR).indicators[0].value).toBe(10);
  });

  it('录用 counts countable adoptions only, 综合 and 报送 rows excluded by default', () => {
    const rows: RowSpec[] = [
      { unit: '甲街道', adoptedOn: '2024-02-01', mode: '录用' },
      { unit: '甲街道', adoptedOn: '2024-02-02', mode: '综合' },
      { unit: '甲街道', submittedOn: '2024-02-03', mode: '报送', recipient: '区委组织部' },
      { unit: '甲街道', adoptedOn: '2024-02-04', mode: '录用', countable: false },
    ];
    expect(metricValue(rows, { metric: '录用' })).toBe(1);
    expect(metricValue(rows, { metric: '录用', filter: { modes: ['录用', '综合'] } })).toBe(2);
  });

  it('报送 counts distinct pieces with a recipient or mode 报送, dated by 报送日期', () => {
    const rows: RowSpec[] = [
      { unit: '甲街道', title: 'A', submittedOn: '2024-01-10', recipient: '区委组织部' },
      // the same piece adopted later: still one submission
      {
        unit: '甲街道',
        title: 'A',
        submittedOn: '2024-01-10',
        adoptedOn: '2024-03-01',
        recipient: '区委组织部',
      },
      { unit: '甲街道', title: 'B', submittedOn: '2024-01-12', mode: '报送' },
      // adoption with no recipient: not a submission
      { unit: '甲街道', title: 'C', adoptedOn: '2024-01-15' },
      // submitted last year, adopted this year: dated by 报送日期, so not this year's submission
      {
        unit: '甲街道',
        title: 'D',
        submittedOn: '2023-12-20',
        adoptedOn: '2024-01-05',
        recipient: '区委组织部',
      },
    ];
    expect(metricValue(rows, { metric: '报送' })).toBe(2);
  });

  it('篇目 counts distinct pieces with any countable row', () => {
    const rows: RowSpec[] = [
      { unit: '甲街道', title: 'A', submittedOn: '2024-01-10', recipient: '区委组织部' },
      { unit: '甲街道', title: 'A', adoptedOn: '2024-02-10' },
      { unit: '甲街道', title: 'B', adoptedOn: '2024-02-11', mode: '综合' },
      { unit: '甲街道', title: 'C', adoptedOn: '2024-02-12', countable: false },
    ];
    expect(metricValue(rows, { metric: '篇目' })).toBe(2);
  });

  it('units with no rows still appear with value 0', () => {
    const u = unitResult([], indicator({ metric: '报送', threshold: 2 }), MID_YEAR);
    expect(u.indicators[0].value).toBe(0);
    expect(u.compliant).toBe(false);
  });
});

describe('filters', () => {
  const rows: RowSpec[] = [
    { unit: '甲街道', adoptedOn: '2024-02-01', level: '区县级', outlet: '区报', kind: '动态信息', points: 1 },
    {
      unit: '甲街道',
      adoptedOn: '2024-02-02',
      level: '市级',
      outlet: '南通日报',
      kind: '言论文章',
      points: 5,
    },
    {
      unit: '甲街道',
      adoptedOn: '2024-02-03',
      level: '省级',
      outlet: '省组工信息',
      kind: '调研报告',
      points: 10,
    },
    {
      unit: '甲街道',
      adoptedOn: '2024-02-04',
      level: '省级',
      outlet: '人才简报',
      points: 10,
    },
    { unit: '甲街道', submittedOn: '2024-02-05', recipient: '市委组织部', mode: '报送' },
    { unit: '甲街道', submittedOn: '2024-02-06', recipient: '区委组织部', mode: '报送' },
  ];

  it('minLevel keeps rows at or above the level', () => {
    expect(metricValue(rows, { metric: '录用', filter: { minLevel: '市级' } })).toBe(3);
    expect(metricValue(rows, { metric: '积分', filter: { minLevel: '省级' } })).toBe(20);
  });

  it('tags keep rows with any of the tags', () => {
    expect(metricValue(rows, { metric: '录用', filter: { tags: ['组工信息', '党报'] } })).toBe(2);
  });

  it('outlets match canonical names and aliases', () => {
    expect(metricValue(rows, { metric: '录用', filter: { outlets: ['江苏组工信息'] } })).toBe(1);
    expect(metricValue(rows, { metric: '录用', filter: { outlets: ['南通日报', '省组工信息'] } })).toBe(2);
  });

  it('kinds keep rows of the kinds', () => {
    expect(metricValue(rows, { metric: '录用', filter: { kinds: ['调研报告', '言论文章'] } })).toBe(2);
  });

  it('recipients keep submissions to the recipient', () => {
    expect(metricValue(rows, { metric: '报送', filter: { recipients: ['市委组织部'] } })).toBe(1);
    expect(metricValue(rows, { metric: '报送' })).toBe(2);
  });

  it('modes replace the metric default', () => {
    expect(metricValue(rows, { metric: '篇目', filter: { modes: ['报送'] } })).toBe(2);
  });

  it('halfTags count a 条线简报 row as half a piece of the same level', () => {
    const f = { tags: ['省组工信息'], halfTags: ['条线简报'], minLevel: '省级' as const };
    expect(metricValue(rows, { metric: '录用', filter: f })).toBe(1.5);
    expect(metricValue(rows, { metric: '录用', filter: { tags: ['省组工信息'] } })).toBe(1);
    // a half tag also listed among the tags still counts half
    expect(metricValue(rows, { metric: '录用', filter: { ...f, tags: ['省组工信息', '条线简报'] } })).toBe(
      1.5,
    );
    // without a tag list, half tags only halve their own rows
    expect(metricValue(rows, { metric: '录用', filter: { halfTags: ['条线简报'] } })).toBe(3.5);
  });
});

describe('distinct (重复用稿不计任务)', () => {
  const rows: RowSpec[] = [
    { unit: '甲街道', title: '《经验》', adoptedOn: '2024-01-10', outlet: '南通日报' },
    { unit: '甲街道', title: '经验', adoptedOn: '2024-01-20', outlet: '省组工信息' },
    { unit: '甲街道', title: '经验', adoptedOn: '2024-02-20', outlet: '区报' },
    { unit: '乙街道', title: '经验', adoptedOn: '2024-01-20', outlet: '区报' },
  ];
  it('counts every adoption without 去重 and a piece once with it', () => {
    expect(metricValue(rows, { metric: '录用' })).toBe(3);
    expect(metricValue(rows, { metric: '录用', distinct: true })).toBe(1);
  });
  it('counts a piece once per bucket of a monthly window', () => {
    const u = unitResult(rows, indicator({ metric: '录用', distinct: true, window: '每月', threshold: 1 }));
    expect(u.indicators[0].buckets?.slice(0, 3).map((b) => b.value)).toEqual([1, 1, 0]);
  });
});

describe('windows and pace', () => {
  const yearly = indicator({ name: '年度积分', threshold: 50 });

  it('a yearly indicator is 已达标 as soon as the threshold is reached', () => {
    const rows: RowSpec[] = [{ unit: '甲街道', adoptedOn: '2024-03-01', points: 50 }];
    const r = unitResult(rows, yearly, d('2024-03-31')).indicators[0];
    expect(r).toMatchObject({ status: '已达标', met: true, value: 50, target: 50 });
  });

  it('mid-year: on pace at the prorated target, behind below it', () => {
    // 2024-07-01 is day 183 of 366: expected 50 × 183 / 366 = 25
    const onPace = unitResult([{ unit: '甲街道', adoptedOn: '2024-06-01', points: 25 }], yearly, MID_YEAR);
    expect(onPace.indicators[0].status).toBe('进度正常');
    expect(onPace.indicators[0].met).toBe(false);
    const behind = unitResult([{ unit: '甲街道', adoptedOn: '2024-06-01', points: 24 }], yearly, MID_YEAR);
    expect(behind.indicators[0].status).toBe('进度滞后');
    expect(behind.status).toBe('进度滞后');
  });

  it('the same value is on pace earlier in the year', () => {
    const rows: RowSpec[] = [{ unit: '甲街道', adoptedOn: '2024-02-01', points: 24 }];
    expect(unitResult(rows, yearly, d('2024-04-01')).indicators[0].status).toBe('进度正常');
  });

  it('the year closed and not met is 未达标', () => {
    const rows: RowSpec[] = [{ unit: '甲街道', adoptedOn: '2024-06-01', points: 49 }];
    const u = unitResult(rows, yearly, YEAR_END);
    expect(u.indicators[0].status).toBe('未达标');
    expect(u.compliant).toBe(false);
    expect(u.status).toBe('未达标');
  });

  it('每月 judges closed months only; the open month shows progress', () => {
    const monthly = indicator({ metric: '报送', window: '每月', threshold: 2 });
    const rows: RowSpec[] = [
      { unit: '甲街道', submittedOn: '2024-01-05', mode: '报送' },
      { unit: '甲街道', submittedOn: '2024-01-06', mode: '报送' },
      { unit: '甲街道', submittedOn: '2024-02-05', mode: '报送' },
      { unit: '甲街道', submittedOn: '2024-02-06', mode: '报送' },
      { unit: '甲街道', submittedOn: '2024-03-02', mode: '报送' },
    ];
    // 3 March: Jan and Feb closed and met; March open with 1 of 2 (ahead of its prorated 2 × 3/31)
    const r = unitResult(rows, monthly, d('2024-03-03')).indicators[0];
    expect(r.status).toBe('进度正常');
    expect(r.value).toBe(1);
    expect(r.target).toBe(2);
    expect(r.buckets?.slice(0, 4)).toEqual([
      { bucket: 1, value: 2, met: true },
      { bucket: 2, value: 2, met: true },
      { bucket: 3, value: 1, met: null },
      { bucket: 4, value: 0, met: null },
    ]);
    // 20 March with still 1, and 1 March with none yet: the open month is not judged (RULES §4 Pace; s33 F2)
    expect(unitResult(rows, monthly, d('2024-03-20')).indicators[0].status).toBe('进度正常');
    expect(unitResult(rows.slice(0, 4), monthly, d('2024-03-01')).indicators[0].status).toBe('进度正常');
    // 1 April: March closed with 1 of 2 → 未达标 for the year, whatever April brings
    const failed = unitResult(rows, monthly, d('2024-04-01')).indicators[0];
    expect(failed.status).toBe('未达标');
    expect(failed.buckets?.[2]).toEqual({ bucket: 3, value: 1, met: false });
  });

  it('每月 is 已达标 only when every month of the year closed and met', () => {
    const monthly = indicator({ metric: '报送', window: '每月', threshold: 1 });
    const rows: RowSpec[] = Array.from({ length: 12 }, (_, m) => ({
      unit: '甲街道',
      submittedOn: `2024-${String(m + 1).padStart(2, '0')}-15`,
      mode: '报送' as const,
    }));
    expect(unitResult(rows, monthly, YEAR_END).indicators[0].status).toBe('已达标');
    expect(unitResult(rows, monthly, d('2024-12-30')).indicators[0].status).toBe('进度正常');
    expect(unitResult(rows.slice(1), monthly, YEAR_END).indicators[0].status).toBe('未达标');
  });

  it('每季 buckets by quarter', () => {
    const quarterly = indicator({ metric: '录用', window: '每季', threshold: 2 });
    const rows: RowSpec[] = [
      { unit: '甲街道', adoptedOn: '2024-01-05' },
      { unit: '甲街道', adoptedOn: '2024-03-31' },
      { unit: '甲街道', adoptedOn: '2024-04-01' },
    ];
    const r = unitResult(rows, quarterly, d('2024-05-15')).indicators[0];
    expect(r.buckets).toEqual([
      { bucket: 1, value: 2, met: true },
      { bucket: 2, value: 1, met: null },
      { bucket: 3, value: 0, met: null },
      { bucket: 4, value: 0, met: null },
    ]);
    expect(r.status).toBe('进度正常');
    expect(unitResult(rows, quarterly, d('2024-07-01')).indicators[0].status).toBe('未达标');
  });
});

describe('groups, deemedMet, effective dates', () => {
  const structure = [
    indicator({
      name: '省组工信息',
      metric: '录用',
      threshold: 1,
      group: '信息结构',
      filter: { tags: ['省组工信息'] },
    }),
    indicator({ name: '党报', metric: '录用', threshold: 2, group: '信息结构', filter: { tags: ['党报'] } }),
  ];
  const rulesWith = (indicators: Indicator[]) =>
    rulesOf({ units: [unit('甲街道', '乡镇街道'), unit('乙街道', '乡镇街道')], indicators });

  it('an any-of group is met when one member is met', () => {
    const rows: RowSpec[] = [{ unit: '甲街道', adoptedOn: '2024-03-01', outlet: '省组工信息' }];
    const out = evaluateIndicators(ledgerOf(rows), rulesWith(structure), YEAR_END);
    const [a, b] = out.units;
    expect(a.indicators.map((r) => r.met)).toEqual([true, false]);
    expect(a.groups).toEqual([{ group: '信息结构', met: true, status: '已达标' }]);
    expect(a.compliant).toBe(true);
    expect(a.status).toBe('已达标');
    expect(b.groups[0]).toMatchObject({ met: false, status: '未达标' });
    expect(b.compliant).toBe(false);
  });

  it('a group takes its best member status; the subject its worst part', () => {
    const rows: RowSpec[] = [{ unit: '甲街道', adoptedOn: '2024-03-01', outlet: '南通日报' }];
    const withYearly = [...structure, indicator({ name: '积分', threshold: 100 })];
    const a = evaluateIndicators(ledgerOf(rows), rulesWith(withYearly), MID_YEAR).units[0];
    // 党报 1 of 2 by mid-year is on pace; 省组工信息 0 of 1 is behind
    expect(a.indicators.map((r) => r.status)).toEqual(['进度滞后', '进度正常', '进度滞后']);
    expect(a.groups[0].status).toBe('进度正常');
    expect(a.status).toBe('进度滞后');
  });

  it('视同达标 marks the named subject met by hand', () => {
    const ind = indicator({ name: '部编', metric: '录用', threshold: 3, deemedMet: ['乙街道'] });
    const out = evaluateIndicators(ledgerOf([]), rulesWith([ind]), YEAR_END);
    expect(out.units.map((u) => [u.subject, u.indicators[0].met, u.indicators[0].status])).toEqual([
      ['甲街道', false, '未达标'],
      ['乙街道', true, '已达标'],
    ]);
  });

  it('the 全年 bucket is judged by the version of 12-31, in a report made before it; one starting after the year does not', () => {
    const versions = [
      indicator({ name: '积分', threshold: 10 }),
      indicator({ name: '积分', threshold: 20, effectiveFrom: d('2024-06-01') }),
      indicator({ name: '积分', threshold: 99, effectiveFrom: d('2025-01-01') }),
      indicator({ name: '新指标', threshold: 1, effectiveFrom: d('2025-01-01') }),
    ];
    const rules = rulesWith(versions);
    expect(
      evaluateIndicators(ledgerOf([]), rules, d('2024-03-01')).units[0].indicators.map((r) => r.target),
    ).toEqual([20]);
    expect(
      evaluateIndicators(ledgerOf([]), rules, d('2025-02-01')).units[0].indicators.map((r) => r.target),
    ).toEqual([20]);
  });

  it('indicators of the same name for different unit types both apply', () => {
    const rules = rulesOf({
      units: [unit('甲街道', '乡镇街道'), unit('丙党工委', '其他党工委')],
      indicators: [
        indicator({ name: '全年积分', subject: { kind: 'unitType', unitType: '乡镇街道' }, threshold: 50 }),
        indicator({ name: '全年积分', subject: { kind: 'unitType', unitType: '其他党工委' }, threshold: 20 }),
      ],
    });
    const out = evaluateIndicators(ledgerOf([]), rules, YEAR_END);
    expect(out.units.map((u) => [u.subject, u.indicators.map((r) => r.target)])).toEqual([
      ['甲街道', [50]],
      ['丙党工委', [20]],
    ]);
  });
});

describe('people', () => {
  const person = (more: Partial<Indicator> = {}) =>
    indicator({
      subject: { kind: 'person', unitType: '' },
      metric: '录用',
      distinct: true,
      threshold: 3,
      ...more,
    });
  const rows: RowSpec[] = [
    { unit: '办公室', title: 'A', adoptedOn: '2024-02-01', authors: ['张三', '李四'], points: 10 },
    // a repeat adoption of A in another outlet (in the same outlet it would be a duplicate line)
    {
      unit: '办公室',
      title: 'A',
      adoptedOn: '2024-03-01',
      outlet: '南通日报',
      authors: ['张三', '李四'],
      points: 5,
    },
    { unit: '办公室', title: 'B', adoptedOn: '2024-04-01', authors: ['张三'], points: 5 },
    { unit: '办公室', title: 'C', adoptedOn: '2024-05-01', authors: ['张三', '王五'], points: 1 },
  ];
  const evalPeople = (inds: Indicator[], asOf = YEAR_END) =>
    evaluateIndicators(
      ledgerOf(rows),
      rulesOf({ units: [unit('办公室', '部机关科室')], indicators: inds }),
      asOf,
    ).people;
  const find = (people: SubjectResult[], name: string) => people.find((p) => p.subject === name)!;

  it('credits half a piece to each of two authors, a repeat adoption once', () => {
    const people = evalPeople([person()], MID_YEAR);
    expect(find(people, '张三').indicators[0].value).toBe(2); // 0.5 + 1 + 0.5
    expect(find(people, '李四').indicators[0].value).toBe(0.5);
  });

  it('rounds a yearly count half up once the year is closed', () => {
    const people = evalPeople([person()], YEAR_END);
    expect(find(people, '李四').indicators[0].value).toBe(1); // 0.5 → 1
    expect(find(people, '张三').indicators[0].value).toBe(2);
    // 2.5 rounds to 3 and meets a threshold of 3
    const extra = evalPeople([person({ distinct: false })], YEAR_END);
    expect(find(extra, '张三').indicators[0]).toMatchObject({ value: 3, met: true });
    expect(find(evalPeople([person({ distinct: false })], MID_YEAR), '张三').indicators[0].value).toBe(2.5);
  });

  it('sums personal points by the split', () => {
    const people = evalPeople([person({ metric: '积分', threshold: 100 })]);
    expect(find(people, '张三').indicators[0].value).toBe(5 + 2.5 + 5 + 0.5);
  });

  it('applies a person indicator of a unit type only to authors of that type', () => {
    const inds = [person({ subject: { kind: 'person', unitType: '乡镇街道' } })];
    expect(evalPeople(inds)).toEqual([]);
    expect(evalPeople([person({ subject: { kind: 'person', unitType: '部机关科室' } })]).length).toBe(3);
  });

  it('pays a personal award when every indicator and group carrying it is met', () => {
    const inds = [
      person({ name: '录用', threshold: 1, award: '录用' }),
      person({ name: '积分', metric: '积分', threshold: 10, award: '录用', group: '结构' }),
      person({ name: '篇目', metric: '篇目', threshold: 99, award: '录用', group: '结构' }),
    ];
    const people = evaluateIndicators(
      ledgerOf(rows),
      rulesOf({
        units: [unit('办公室', '部机关科室')],
        indicators: inds,
        settings: { bonuses: { 录用: 200 } },
      }),
      YEAR_END,
    ).people;
    expect(find(people, '张三').bonuses).toEqual({ 录用: 200 });
    expect(find(people, '李四').bonuses).toEqual({ 录用: 0 });
  });
});

describe('teams and bonuses', () => {
  const teamInd = indicator({
    name: '科室任务',
    subject: { kind: 'team', unitType: '部机关科室' },
    metric: '录用',
    threshold: 2,
    award: '科室',
  });
  const deptInd = indicator({
    name: '全年录用',
    subject: { kind: 'department' },
    metric: '录用',
    threshold: 5,
  });
  const adoptions = (unitName: string, n: number): RowSpec[] =>
    Array.from({ length: n }, (_, i) => ({ unit: unitName, adoptedOn: `2024-0${(i % 9) + 1}-10` }));

  it('counts a member in post six months or less as half (000 §三(四)1: 不满半年的按半年折算)', () => {
    // 4 months → 0.5, exactly 6 → 0.5 (half a year is 半年, RULES §10.9), the third (12) → 1.
    expect(headcountEquivalent(unit('a', 'x', { headcount: 3, monthsInPost: [4, 6] })).equivalent).toBe(2);
    expect(headcountEquivalent(unit('a', 'x', { headcount: 2, monthsInPost: [7, 6.5] })).equivalent).toBe(2);
    expect(headcountEquivalent(unit('a', 'x', { headcount: 2, monthsInPost: [] })).equivalent).toBe(2);
  });

  it('team target = personal threshold × headcount equivalent; bonus per member', () => {
    const units = [unit('组织科', '部机关科室', { headcount: 3, monthsInPost: [12, 4, 12] })];
    const rules = rulesOf({ units, indicators: [teamInd], settings: { bonuses: { 科室: 200 } } });
    const met = evaluateIndicators(ledgerOf(adoptions('组织科', 5)), rules, YEAR_END).teams[0];
    expect(met.indicators[0]).toMatchObject({ target: 5, value: 5, met: true });
    expect(met.bonuses).toEqual({ 科室: 600 });
    const short = evaluateIndicators(ledgerOf(adoptions('组织科', 4)), rules, YEAR_END).teams[0];
    expect(short.indicators[0].met).toBe(false);
    expect(short.bonuses).toEqual({ 科室: 0 });
  });

  it('一票否决 voids a met team bonus', () => {
    const units = [unit('组织科', '部机关科室', { headcount: 2, veto: true })];
    const rules = rulesOf({ units, indicators: [teamInd], settings: { bonuses: { 科室: 200 } } });
    const team = evaluateIndicators(ledgerOf(adoptions('组织科', 4)), rules, YEAR_END).teams[0];
    expect(team.compliant).toBe(true);
    expect(team.bonuses).toEqual({ 科室: 0 });
  });

  it("halves the office's team bonus when the department misses its yearly target", () => {
    const units = [
      unit('办公室', '部机关科室', { headcount: 2, isOffice: true }),
      unit('组织科', '部机关科室', { headcount: 1 }),
    ];
    const rules = rulesOf({ units, indicators: [teamInd, deptInd], settings: { bonuses: { 科室: 200 } } });
    const missed = evaluateIndicators(ledgerOf(adoptions('办公室', 4)), rules, YEAR_END);
    expect(missed.department?.indicators[0]).toMatchObject({ value: 4, met: false });
    expect(missed.teams.map((t) => [t.subject, t.bonuses.科室])).toEqual([
      ['办公室', 200],
      ['组织科', 0],
    ]);
    const met = evaluateIndicators(
      ledgerOf([...adoptions('办公室', 4), ...adoptions('组织科', 2)]),
      rules,
      YEAR_END,
    );
    expect(met.department?.compliant).toBe(true);
    expect(met.teams.map((t) => [t.subject, t.bonuses.科室])).toEqual([
      ['办公室', 400],
      ['组织科', 200],
    ]);
  });

  it('a 科室负责人 keeps their own status (000 §三(一) 每人), but only the team bonus is paid (000 §三(四)4)', () => {
    const personal = indicator({
      name: '个人录用',
      subject: { kind: 'person', unitType: '' },
      metric: '录用',
      threshold: 3,
      award: '录用',
    });
    const units = [unit('组织科', '部机关科室', { headcount: 1, chief: '王科长' })];
    const rules = rulesOf({
      units,
      indicators: [teamInd, personal],
      settings: { bonuses: { 科室: 200, 录用: 200 } },
    });
    // The chief wrote one piece (short of the personal 3), but the team met its 2.
    const rows: RowSpec[] = [
      ...adoptions('组织科', 1),
      { unit: '组织科', adoptedOn: '2024-05-10', authors: ['王科长'] },
    ];
    const res = evaluateIndicators(ledgerOf(rows), rules, YEAR_END);
    expect(res.teams[0].compliant).toBe(true);
    const chief = res.people.find((p) => p.subject === '王科长')!;
    expect(chief.indicators[0].met).toBe(false);
    // Their personal task is theirs to meet; the team's 已达标 is the reward's, named in `leads`.
    expect([chief.compliant, chief.status, chief.leads]).toEqual([
      false,
      '未达标',
      { unit: '组织科', status: '已达标' },
    ]);
    // 仅与科室整体任务挂钩: no personal award (RULES §10.11), the team's 200 as its one member.
    expect(chief.bonuses).toEqual({ 录用: 0 });
    expect(chief.teamBonus).toBe(200);
    const missed = evaluateIndicators(ledgerOf(rows.slice(1)), rules, YEAR_END);
    const chiefMissed = missed.people.find((p) => p.subject === '王科长')!;
    expect([chiefMissed.bonuses, chiefMissed.teamBonus]).toEqual([{ 录用: 0 }, 0]);
  });

  it('before the year closes the office is not halved yet; at the close it is, and its chief is told why (sweep s25d F3, F8)', () => {
    const units = [
      unit('办公室', '部机关科室', { headcount: 2, isOffice: true, chief: '赵主任' }),
      unit('干部科', '部机关科室', { headcount: 1, veto: true, chief: '孙科长' }),
    ];
    const personal = indicator({
      name: '个人录用',
      subject: { kind: 'person', unitType: '' },
      metric: '录用',
      threshold: 3,
    });
    const rules = rulesOf({
      units,
      indicators: [teamInd, deptInd, personal],
      settings: { bonuses: { 科室: 200 } },
    });
    const rows: RowSpec[] = [
      ...adoptions('办公室', 3),
      { unit: '办公室', adoptedOn: '2024-06-10', authors: ['赵主任'] },
      ...adoptions('干部科', 1),
      { unit: '干部科', adoptedOn: '2024-07-10', authors: ['孙科长'] },
    ];
    // The 办公室's 4 alone: its team task (2 × 2) met, the department's 5 missed.
    const short = rows.filter((r) => r.unit === '办公室');
    const open = evaluateIndicators(ledgerOf(short), rules, d('2024-12-30'));
    expect(open.department?.indicators[0]).toMatchObject({ value: 4, met: false });
    expect(open.teams.map((t) => [t.subject, t.bonuses.科室, t.halved ?? false])).toEqual([
      ['办公室', 400, false],
      ['干部科', 0, false],
    ]);
    const closed = evaluateIndicators(ledgerOf(short), rules, YEAR_END);
    expect(closed.teams.map((t) => [t.subject, t.bonuses.科室, t.halved ?? false])).toEqual([
      ['办公室', 200, true],
      ['干部科', 0, false],
    ]);
    expect(closed.people.find((p) => p.subject === '赵主任')?.leads).toEqual({
      unit: '办公室',
      status: '已达标',
      halved: true,
    });
    const vetoed = evaluateIndicators(ledgerOf(rows), rules, YEAR_END);
    expect(vetoed.teams[1]).toMatchObject({ subject: '干部科', compliant: true, vetoed: true });
    expect(vetoed.people.find((p) => p.subject === '孙科长')?.leads).toEqual({
      unit: '干部科',
      status: '已达标',
      vetoed: true,
    });
  });

  it('no department indicator: department is null', () => {
    expect(evaluateIndicators(ledgerOf([]), rulesOf({}), YEAR_END).department).toBeNull();
  });
});

describe('relay (对口处室)', () => {
  it('credits the relaying office with a submission and its relay points', () => {
    const rules = rulesOf({
      units: [unit('甲街道', '乡镇街道'), unit('信息调研科', '部机关科室')],
      indicators: [
        indicator({ name: '报送', subject: { kind: 'everyUnit' }, metric: '报送', threshold: 1 }),
        indicator({ name: '积分', subject: { kind: 'everyUnit' }, metric: '积分', threshold: 2 }),
        indicator({ name: '录用', subject: { kind: 'everyUnit' }, metric: '录用', threshold: 1 }),
      ],
    });
    const rows: RowSpec[] = [
      {
        unit: '甲街道',
        adoptedOn: '2024-03-01',
        submittedOn: '2024-02-20',
        level: '省级',
        points: 10,
        relayOffice: '信息调研科', // scored at the 20% relay share: 2
      },
    ];
    const out = evaluateIndicators(ledgerOf(rows), rules, YEAR_END);
    const values = (name: string) =>
      out.units.find((u) => u.subject === name)!.indicators.map((r) => r.value);
    // Relayed = submitted through the office: the unit keeps the submission count too (001 §三.9).
    expect(values('甲街道')).toEqual([1, 10, 1]);
    expect(values('信息调研科')).toEqual([1, 2, 0]);
  });
});

describe('odd data', () => {
  it('never throws and lists ledger-only units', () => {
    const scored = ledgerOf([{ unit: '未知单位', adoptedOn: '2024-03-01', points: 5 }]);
    scored.rows[0].day = Number.NaN;
    scored.rows[0].tags = undefined as unknown as string[];
    scored.rows.push(undefined as never);
    const bad = {
      ...indicator({}),
      metric: '奇怪' as never,
    };
    const rules = rulesOf({
      indicators: [
        bad,
        indicator({ threshold: Number.NaN }),
        { ...indicator({}), filter: undefined as never },
      ],
    });
    rules.settings.year = Number.NaN;
    const out = evaluateIndicators(scored, rules, Number.NaN);
    expect(out.units.map((u) => u.subject)).toEqual(['未知单位']);
  });
});
