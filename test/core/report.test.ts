// buildReport (通报 model, RULES §7 and §8): ranking, ties, 首末, 零报送, change vs the previous period,
// relay shares, caps, the people table, the issue list and the month series.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { monthPeriod, parsePeriod, quarterPeriod, rangePeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Period, ReportModel, Rules, Settings } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

function rulesWith(over: Partial<Settings> = {}): Rules {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, ...over } };
}

function report(rows: RowSpec[], period: Period = yearPeriod(2024), rules = rulesWith(), asOf?: number) {
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  return buildReport(scored, rules, period, asOf ?? period.to);
}

function unit(rep: ReportModel, name: string) {
  const u = rep.units.find((x) => x.unit === name);
  if (!u) throw new Error(`no row for ${name}`);
  return u;
}

/** An adoption worth 10 points (省级, short) for a unit on a day. */
/** A 省级 adoption (10) on `day`, the adoption alone: no 报送日期 (with one it would be a submission too, RULES §9). */
const ten = (unitName: string, day: string, title: string, over: RowSpec = {}) =>
  adoption({ 单位: unitName, 标题: title, 媒体: '河南日报', 录用日期: day, ...over });

describe('ranking', () => {
  const rows = [
    ten('济源路街道党工委', '2024-02-01', 'a'),
    ten('济源路街道党工委', '2024-02-02', 'b'),
    ten('济源路街道党工委', '2024-02-03', 'c'),
    ten('峡窝镇党委', '2024-02-01', 'd'),
    ten('组织科', '2024-02-01', 'e'),
  ];

  it('orders units by points; equal points share a rank and the next rank skips', () => {
    const rep = report(rows);
    expect(rep.units.slice(0, 3).map((u) => [u.unit, u.points, u.rank])).toEqual([
      ['济源路街道党工委', 30, 1],
      [expect.any(String), 10, 2],
      [expect.any(String), 10, 2],
    ]);
    expect(new Set(rep.units.slice(1, 3).map((u) => u.unit))).toEqual(new Set(['峡窝镇党委', '组织科']));
    const zeros = rep.units.slice(3);
    expect(zeros.length).toBe(rulesWith().units.length - 3);
    expect(zeros.filter((u) => !(u.points === 0 && u.rank === 4))).toEqual([]);
  });

  it('lists every unit of the 单位 table, even with nothing in the period', () => {
    const rep = report(rows);
    expect(rep.units.map((u) => u.unit).sort()).toEqual(
      rulesWith()
        .units.map((u) => u.name)
        .sort(),
    );
  });

  it('ranks each unit type on its own (分类): its own first, its own ranks', () => {
    const rep = report(rows);
    expect(rep.units.filter((u) => u.first).map((u) => u.unit)).toEqual(['济源路街道党工委', '组织科']);
    expect(rep.rankGroups.map((g) => g.type)).toEqual(['乡镇街道', '其他党工委', '部机关科室']);
    expect(rep.rankGroups.map((g) => g.units.length)).toEqual([5, 4, 6]);
    const inType = (name: string) => [unit(rep, name).rank, unit(rep, name).rankInType];
    expect([inType('济源路街道党工委'), inType('峡窝镇党委'), inType('组织科'), inType('干部科')]).toEqual([
      [1, 1],
      [2, 2],
      [2, 1],
      [4, 2],
    ]);
  });

  it('more than three tied for last (a quiet period at 0) are one sentence, not each 末', () => {
    const rep = report(rows);
    // 乡镇街道: three at 0 are named 末; 部机关科室: five at 0 are a sentence.
    expect(rep.units.filter((u) => u.last).map((u) => u.unit)).toEqual([
      '工业路街道党工委',
      '新安路街道党工委',
      '中心路街道党工委',
    ]);
    expect(rep.rankGroups.map((g) => g.tiedLast)).toEqual([
      null,
      null, // 其他党工委: all four level at 0, nobody first or last
      { count: 5, points: 0 },
    ]);
  });

  it('three or fewer tied for last are each marked 末', () => {
    const rep = report([
      ...rows,
      ten('中心路街道党工委', '2024-03-01', 'f'),
      ten('新安路街道党工委', '2024-03-02', 'g'),
    ]);
    expect(rep.units.filter((u) => u.last).map((u) => u.unit)).toEqual(['工业路街道党工委']);
    expect(rep.rankGroups[0].tiedLast).toBeNull();
  });

  it('合并 ranks every unit in one group: one first, and the 11 at 0 are one sentence', () => {
    const rep = report(rows, yearPeriod(2024), rulesWith({ rankingMode: '合并' }));
    expect(rep.rankGroups.map((g) => [g.type, g.units.length, g.tiedLast])).toEqual([
      ['', 15, { count: 12, points: 0 }],
    ]);
    expect(rep.units.filter((u) => u.first).map((u) => u.unit)).toEqual(['济源路街道党工委']);
  });

  it('marks nobody first or last when every unit has the same points', () => {
    const rep = report([], yearPeriod(2024));
    expect(rep.units.filter((u) => u.first || u.last)).toEqual([]);
  });

  it('shows adoptions by level and the number of adoptions', () => {
    const rep = report([
      ten('峡窝镇党委', '2024-02-01', 'a'),
      adoption({ 单位: '峡窝镇党委', 标题: 'b', 媒体: '郑州日报' }),
      adoption({ 单位: '峡窝镇党委', 标题: 'c', 媒体: '上街区党建网', 采用方式: '综合' }),
      adoption({ 单位: '峡窝镇党委', 标题: 'd', 核定: '不计分' }),
    ]);
    const u = unit(rep, '峡窝镇党委');
    expect(u.adoptionsByLevel).toEqual({ 区县级: 1, 市级: 1, 省级: 1, 中央级: 0 });
    expect(u.adoptions).toBe(3);
    expect(u.points).toBe(10 + 5 + 0.5);
  });

  it('a unit that only the ledger names (a typo for 峡窝镇党委) is not ranked: its rows are in 待核实', () => {
    const rep = report([ten('峡窝镇', '2024-05-01', 'a'), ten('峡窝镇党委', '2024-05-02', 'b')]);
    expect(rep.units.filter((u) => u.unit === '峡窝镇')).toEqual([]);
    expect(unit(rep, '峡窝镇党委').points).toBe(10);
    expect(rep.issues.map((i) => i.issues.join())).toEqual(['单位“峡窝镇”不在「单位」表中']);
  });

  it('without a 单位 table the units are the ledger’s, each ranked in the periods where it has rows', () => {
    const rules = { ...rulesWith(), units: [] };
    const rows2 = [ten('峡窝镇', '2023-05-01', 'a')];
    expect(report(rows2, yearPeriod(2024), rules).units.filter((u) => u.unit === '峡窝镇')).toEqual([]);
    expect(unit(report(rows2, yearPeriod(2023), rules), '峡窝镇').points).toBe(10);
  });
});

describe('submissions and 零报送', () => {
  it('counts each piece a unit submitted once, rows not counting toward tasks excluded', () => {
    const rep = report([
      submission({ 单位: '峡窝镇党委', 标题: '甲' }),
      submission({ 单位: '峡窝镇党委', 标题: '《甲》', 报送对象: '市委组织部' }), // the same piece again
      submission({ 单位: '峡窝镇党委', 标题: '乙' }),
      submission({ 单位: '峡窝镇党委', 标题: '丙', 核定: '不计分' }),
      submission({ 单位: '峡窝镇党委', 标题: '丁', 报送日期: '2024-13-01' }), // no usable date
    ]);
    expect(unit(rep, '峡窝镇党委').submissions).toBe(2);
    expect(rep.totals.submissions).toBe(2);
  });

  it('a submission held by the review gate still counts: the gate holds back points only (RULES §9)', () => {
    const rep = report(
      [
        submission({ 单位: '峡窝镇党委', 标题: '甲', 审核状态: '复审' }),
        submission({ 单位: '峡窝镇党委', 标题: '乙', 审核状态: '终审' }),
      ],
      yearPeriod(2024),
      rulesWith({ reviewGate: true }),
    );
    expect(unit(rep, '峡窝镇党委').submissions).toBe(2);
  });

  it('names units with no submission and no adoption in the period (零报送)', () => {
    const rep = report(
      [
        submission({ 单位: '峡窝镇党委', 报送日期: '2024-03-02' }),
        ten('组织科', '2024-03-03', 'x'),
        submission({ 单位: '干部科', 报送日期: '2024-04-02' }), // another month
      ],
      monthPeriod(2024, 3),
    );
    expect(rep.zeroUnits).not.toContain('峡窝镇党委');
    expect(rep.zeroUnits).not.toContain('组织科');
    expect(rep.zeroUnits).toContain('干部科');
    expect(rep.zeroUnits.length).toBe(rulesWith().units.length - 2);
    expect(unit(rep, '干部科').zeroSubmissions).toBe(true);
    expect(unit(rep, '组织科').zeroSubmissions).toBe(false);
  });
});

describe('relay share (对口处室) in the ranking', () => {
  const rows = [ten('峡窝镇党委', '2024-05-06', '转报稿', { 对口处室: '信息调研科', 报送对象: '' })];

  it('the unit keeps full points and the submission; the office gets 1/5 and counts the submission too', () => {
    const rep = report(rows);
    const u = unit(rep, '峡窝镇党委');
    const office = unit(rep, '信息调研科');
    expect([u.points, u.relayPoints, u.adoptions, u.submissions]).toEqual([10, 0, 1, 1]);
    expect([office.points, office.relayPoints, office.adoptions, office.submissions]).toEqual([2, 2, 0, 1]);
    expect(office.zeroSubmissions).toBe(false);
  });

  it('one total: the units’ points summed (the relay share included), its two parts beside it', () => {
    const rep = report(rows);
    expect(rep.totals.points).toBe(rep.units.reduce((a, u) => a + u.points, 0));
    expect([rep.totals.points, rep.totals.manuscriptPoints, rep.totals.relayPoints]).toEqual([12, 10, 2]);
    expect(rep.totals.submissions).toBe(1);
    expect(rep.totals.adoptions).toBe(1);
  });
});

describe('change against the previous period', () => {
  const rows = [
    ten('峡窝镇党委', '2023-06-01', 'y1'),
    ten('峡窝镇党委', '2023-11-15', 'y2'),
    ten('峡窝镇党委', '2023-12-20', 'y3'),
    ten('峡窝镇党委', '2024-01-10', 'a'),
    ten('峡窝镇党委', '2024-01-11', 'b'),
    ten('峡窝镇党委', '2024-02-25', 'c'),
    ten('峡窝镇党委', '2024-03-05', 'd'),
    ten('组织科', '2024-03-06', 'e'),
  ];
  const cases: [string, Period, number, number][] = [
    ['year 2024 vs 2023', yearPeriod(2024), 40, 30],
    ['quarter 2024 Q1 vs 2023 Q4', quarterPeriod(2024, 1), 40, 20],
    ['month 2024-01 vs 2023-12', monthPeriod(2024, 1), 20, 10],
    ['month 2024-03 vs 2024-02', monthPeriod(2024, 3), 10, 10],
    // 10 days: 2024-03-01..10 against 2024-02-20..29 (a leap year)
    [
      'range vs the same length before it',
      rangePeriod(dayFromYmd(2024, 3, 1), dayFromYmd(2024, 3, 10)),
      10,
      10,
    ],
  ];
  it.each(cases)('%s', (_name, period, points, previous) => {
    const rep = report(rows, period);
    const u = unit(rep, '峡窝镇党委');
    expect(u.points).toBe(points);
    expect(u.previousPoints).toBe(previous);
    expect(u.change).toBe(points - previous);
    expect(rep.previous?.from).toBeLessThan(period.from);
  });

  it('a unit with nothing before gets its whole points as change when the ledger covers the previous period', () => {
    const u = unit(report(rows, monthPeriod(2024, 3)), '组织科');
    expect([u.previousPoints, u.change]).toEqual([0, 10]);
  });

  it('has no previous figures when the ledger has no row at all in the previous period', () => {
    const rep = report(rows, yearPeriod(2023));
    expect(rep.units.filter((u) => u.previousPoints !== null || u.change !== null)).toEqual([]);
  });
});

describe('caps (封顶) per unit per quarter or month', () => {
  // 峡窝镇党委: 30 in January, 30 in February, 10 in April.
  const rows = [
    ten('峡窝镇党委', '2024-01-05', 'a'),
    ten('峡窝镇党委', '2024-01-06', 'b'),
    ten('峡窝镇党委', '2024-01-07', 'c'),
    ten('峡窝镇党委', '2024-02-05', 'd'),
    ten('峡窝镇党委', '2024-02-06', 'e'),
    ten('峡窝镇党委', '2024-02-07', 'f'),
    ten('峡窝镇党委', '2024-04-07', 'g'),
  ];

  it('per quarter: the quarter is capped, and its months share the cap in date order', () => {
    const rules = rulesWith({ capPoints: 40, capPeriod: '季' });
    const pts = (p: Period) => unit(report(rows, p, rules), '峡窝镇党委').points;
    expect(pts(quarterPeriod(2024, 1))).toBe(40);
    expect(pts(monthPeriod(2024, 1))).toBe(30);
    expect(pts(monthPeriod(2024, 2))).toBe(10);
    expect(pts(quarterPeriod(2024, 2))).toBe(10);
    expect(pts(yearPeriod(2024))).toBe(50);
  });

  it('per month: each month is capped on its own', () => {
    const rules = rulesWith({ capPoints: 25, capPeriod: '月' });
    const pts = (p: Period) => unit(report(rows, p, rules), '峡窝镇党委').points;
    expect(pts(monthPeriod(2024, 1))).toBe(25);
    expect(pts(quarterPeriod(2024, 1))).toBe(50);
    expect(pts(yearPeriod(2024))).toBe(60);
  });

  it('the month series of each unit follows the cap', () => {
    const rules = rulesWith({ capPoints: 40, capPeriod: '季' });
    const rep = report(rows, yearPeriod(2024), rules);
    expect(rep.unitMonths.峡窝镇党委.slice(0, 4)).toEqual([30, 10, 0, 10]);
  });

  it('without a cap every point counts', () => {
    expect(unit(report(rows), '峡窝镇党委').points).toBe(70);
  });

  it('the 全年积分 indicator judges the capped points the ranking shows', () => {
    const at = (rules: Rules) => {
      const u = unit(report(rows, yearPeriod(2024), rules), '峡窝镇党委');
      return [u.points, u.indicators.find((i) => i.name === '全年积分')?.value];
    };
    expect(at(rulesWith({ capPoints: 40, capPeriod: '季' }))).toEqual([50, 50]);
    expect(at(rulesWith({ capPoints: 25, capPeriod: '月' }))).toEqual([60, 60]);
    expect(at(rulesWith())).toEqual([70, 70]);
    // A target of 55 is met only without the cap.
    const target = (rules: Rules) => ({
      ...rules,
      indicators: rules.indicators.map((i) => (i.name === '全年积分' ? { ...i, threshold: 55 } : i)),
    });
    const met = (rules: Rules) =>
      unit(report(rows, yearPeriod(2024), target(rules)), '峡窝镇党委').indicators.find(
        (i) => i.name === '全年积分',
      )?.met;
    expect(met(rulesWith({ capPoints: 40, capPeriod: '季' }))).toBe(false);
    expect(met(rulesWith())).toBe(true);
  });
});

describe('people table', () => {
  it('two authors get half a piece each; a piece adopted twice counts once, its points twice', () => {
    const rep = report([
      adoption({ 标题: '合写稿', 作者: '张三、李四', 媒体: '郑州日报' }),
      adoption({ 标题: '合写稿', 作者: '张三、李四', 媒体: '河南日报' }),
      adoption({ 标题: '独写稿', 作者: '张三', 媒体: '郑州日报' }),
    ]);
    const zhang = rep.people.find((p) => p.person === '张三')!;
    const li = rep.people.find((p) => p.person === '李四')!;
    expect([zhang.credit, zhang.creditRounded, zhang.points]).toEqual([1.5, 2, 7.5 + 5]);
    expect([li.credit, li.creditRounded, li.points]).toEqual([0.5, 1, 7.5]);
    expect(rep.people[0].person).toBe('张三');
  });

  it('3:2 split: the first author 0.6, the second 0.4, points the same way', () => {
    const rep = report(
      [adoption({ 标题: '合写稿', 作者: '王五、赵六', 媒体: '河南日报' })],
      yearPeriod(2024),
      rulesWith({ coauthorSplit: '3:2' }),
    );
    const wang = rep.people.find((p) => p.person === '王五')!;
    const zhao = rep.people.find((p) => p.person === '赵六')!;
    expect([wang.credit, wang.creditRounded, wang.points]).toEqual([0.6, 1, 6]);
    expect([zhao.credit, zhao.creditRounded, zhao.points]).toEqual([0.4, 0, 4]);
  });

  it('an author named twice on a row is one author (audit S21a F1): the row is shared as its clean twin', () => {
    const rep = report(
      [
        adoption({ 标题: '重名稿', 作者: '王五、王五', 媒体: '河南日报' }),
        adoption({ 标题: '三人稿', 作者: '赵六、王五、赵六', 媒体: '河南日报' }),
        adoption({ 标题: '后者稿', 作者: '孙七、周八、周八', 媒体: '郑州日报' }),
      ],
      yearPeriod(2024),
      rulesWith({ coauthorSplit: '3:2' }),
    );
    const person = (name: string) => rep.people.find((p) => p.person === name)!;
    // 王五: the sole author of the first row (王五、王五 is 王五: 1, points 10), 0.4 on the second; points 4.
    expect([person('王五').credit, person('王五').points]).toEqual([1.4, 14]);
    // 赵六、王五、赵六 is 赵六、王五 (赵六 0.6); 孙七、周八、周八 is 孙七、周八 (周八 0.4).
    expect([person('赵六').credit, person('赵六').points]).toEqual([0.6, 6]);
    expect([person('周八').credit, person('周八').points]).toEqual([0.4, 2]);
    expect([person('孙七').credit, person('孙七').points]).toEqual([0.6, 3]);
  });

  it('only adoptions count as pieces; a submission or a 不计分 row gives no credit', () => {
    const rep = report([
      submission({ 标题: '只报送', 作者: '孙七' }),
      adoption({ 标题: '不计分稿', 作者: '孙七', 核定: '不计分' }),
    ]);
    const sun = rep.people.find((p) => p.person === '孙七')!;
    expect([sun.credit, sun.points]).toEqual([0, 0]);
  });

  it('only rows of the period count', () => {
    const rep = report(
      [
        adoption({ 作者: '周八', 录用日期: '2024-03-05' }),
        adoption({ 标题: 'x', 作者: '周八', 录用日期: '2024-04-05' }),
      ],
      monthPeriod(2024, 3),
    );
    expect(rep.people.find((p) => p.person === '周八')?.credit).toBe(1);
  });
});

describe('issue list (待核实)', () => {
  it('lists rows with issues dated in the period and rows with no usable date, nothing else', () => {
    const rep = report(
      [
        adoption({ 标题: '好稿' }), // row 2: clean
        adoption({ 标题: '未知媒体', 媒体: '神秘刊物' }), // row 3: in March, blocked
        adoption({ 标题: '四月问题', 媒体: '神秘刊物', 录用日期: '2024-04-02' }), // row 4: April
        adoption({ 标题: '无日期', 录用日期: '' }), // row 5: undated
        submission({ 标题: '无报送日期', 报送日期: '' }), // row 6: undated
      ],
      monthPeriod(2024, 3),
    );
    expect(rep.issues.map((i) => i.row)).toEqual([3, 5, 6]);
    expect(rep.issues[0]).toMatchObject({ unit: '峡窝镇党委', title: '未知媒体' });
    expect(rep.issues[0].issues[0]).toMatch(/神秘刊物/);
    expect(rep.issues[2].issues.join()).toMatch(/报送日期/);
  });

  it('lists late submissions when the 迟报 setting is on', () => {
    const rep = report(
      [
        adoption({ 事件日期: '2024-02-01', 报送日期: '2024-03-01' }),
        adoption({ 标题: 'x', 事件日期: '2024-02-28' }),
      ],
      yearPeriod(2024),
      rulesWith({ lateDays: 5 }),
    );
    expect(rep.lateRows).toEqual([2]);
  });
});

describe('month series and totals', () => {
  it('gives points (relay shares in their month), adoptions and submissions per month up to asOf', () => {
    const rep = report(
      [
        ten('峡窝镇党委', '2024-01-10', 'a', { 对口处室: '信息调研科' }),
        submission({ 单位: '峡窝镇党委', 标题: 'b', 报送日期: '2024-02-01' }),
        ten('组织科', '2024-02-10', 'c'),
        ten('组织科', '2024-07-10', 'd'), // after asOf
      ],
      yearPeriod(2024),
      rulesWith(),
      dayFromYmd(2024, 6, 30),
    );
    expect(rep.months.slice(0, 3)).toEqual([
      // 10 for 峡窝镇党委's piece and the 1/5 share 信息调研科 relayed it for: as units[].points counts them.
      { month: 1, points: 12, adoptions: 1, submissions: 1 },
      { month: 2, points: 10, adoptions: 1, submissions: 1 },
      { month: 3, points: 0, adoptions: 0, submissions: 0 },
    ]);
    expect(rep.months[6]).toEqual({ month: 7, points: 0, adoptions: 0, submissions: 0 });
    // One total: the months add up to the ranking's total, adoptions and submissions alike.
    const sum = (k: 'points' | 'adoptions' | 'submissions') => rep.months.reduce((a, m) => a + m[k], 0);
    expect([sum('points'), sum('adoptions'), sum('submissions')]).toEqual([
      rep.totals.points,
      rep.totals.adoptions,
      rep.totals.submissions,
    ]);
    expect(rep.totals.points).toBe(22);
    expect(rep.unitMonths.峡窝镇党委.slice(0, 2)).toEqual([10, 0]);
    expect(rep.unitMonths.信息调研科[0]).toBe(2);
    expect(rep.unitMonths.组织科[1]).toBe(10);
  });

  it('months add up to the total under a quarterly cap, with a unit outside 单位 and a piece submitted twice', () => {
    const rep = report(
      [
        ten('峡窝镇党委', '2024-01-10', 'a', { 对口处室: '信息调研科' }),
        ten('峡窝镇党委', '2024-02-10', 'b'),
        ten('峡窝镇党委', '2024-03-10', 'c'), // the quarter's cap of 25 is reached in March
        ten('不在单位表的单位', '2024-03-11', 'x'), // in 待核实, not ranked: not in the total either
        submission({ 单位: '组织科', 标题: 'd', 报送日期: '2024-04-01' }),
        submission({ 单位: '组织科', 标题: 'd', 报送日期: '2024-05-01' }), // the same piece again
      ],
      yearPeriod(2024),
      rulesWith({ capPoints: 25, capPeriod: '季' }),
    );
    expect(rep.months.slice(0, 5).map((m) => [m.points, m.submissions])).toEqual([
      [12, 1], // relayed by 信息调研科: a submission (001 §三.9)
      [10, 0],
      [5, 0],
      [0, 1], // 'd' once, in April
      [0, 0],
    ]);
    const sum = (k: 'points' | 'submissions') => rep.months.reduce((a, m) => a + m[k], 0);
    expect([sum('points'), sum('submissions')]).toEqual([rep.totals.points, rep.totals.submissions]);
    expect(rep.totals.points).toBe(27);
  });

  it('counts totals of the period only', () => {
    const rep = report(
      [
        ten('峡窝镇党委', '2024-01-10', 'a'),
        ten('峡窝镇党委', '2024-04-10', 'b'),
        submission({ 报送日期: '2024-02-01' }),
      ],
      quarterPeriod(2024, 1),
    );
    expect(rep.totals).toEqual({
      points: 10,
      manuscriptPoints: 10,
      relayPoints: 0,
      adoptions: 1,
      adoptionsByLevel: { 区县级: 0, 市级: 0, 省级: 1, 中央级: 0 },
      submissions: 1,
      rows: 2,
    });
  });

  it('sets the period against the one before and the same period last year (同比)', () => {
    const rep = report(
      [
        ten('峡窝镇党委', '2023-02-10', 'y'),
        ten('峡窝镇党委', '2023-03-10', 'z'),
        ten('峡窝镇党委', '2023-11-10', 'p'),
        ten('峡窝镇党委', '2024-01-10', 'a'),
      ],
      quarterPeriod(2024, 1),
    );
    expect(rep.lastYear.label).toBe('2023年第一季度');
    expect([rep.totals.points, rep.previousTotals?.points, rep.lastYearTotals?.points]).toEqual([10, 10, 20]);
    expect(unit(rep, '峡窝镇党委').ytdPoints).toBe(10);
  });
});

describe('a report period in another year than 设置.年度', () => {
  it('judges compliance for the period year', () => {
    const rows: RowSpec[] = [];
    for (let i = 0; i < 5; i++) rows.push(ten('峡窝镇党委', `2023-0${i + 1}-10`, `稿${i}`));
    const rep = report(rows, parsePeriod('2023')!, rulesWith({ year: 2024 }));
    expect(rep.year).toBe(2023);
    const u = unit(rep, '峡窝镇党委');
    expect(u.points).toBe(50);
    expect(u.indicators.find((i) => i.name === '全年积分')).toMatchObject({ value: 50, met: true });
  });
});

describe('a snapshot inside the period (asOf before its end)', () => {
  it('counts rows up to asOf, so the points agree with the 全年积分 indicator beside them', () => {
    const rows = [
      ten('峡窝镇党委', '2024-03-01', 'spring'),
      ten('峡窝镇党委', '2024-09-01', 'autumn'), // after the snapshot
      ten('组织科', '2024-05-01', 'may'),
    ];
    const rep = report(rows, yearPeriod(2024), rulesWith(), dayFromYmd(2024, 6, 30));
    const xw = unit(rep, '峡窝镇党委');
    expect(xw.points).toBe(10);
    expect(xw.indicators.find((i) => i.name === '全年积分')?.value).toBe(10);
    expect(rep.totals.points).toBe(20);
    // At the year's end both rows count.
    expect(unit(report(rows), '峡窝镇党委').points).toBe(20);
  });
});
