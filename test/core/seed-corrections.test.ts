// RULES §10: each correction of an earlier reading, as a small ledger worked out by hand from the seed
// sentence it quotes (000 = 部机关 信息调研宣传工作计划, 001 = 上街区组工信息宣传工作考核办法, 004 = 津市).
// Every ledger goes through the whole engine (parse → score → indicators → report), as the sheet does.
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/dates';
import { type Assessment, assess, rowTaskCredits } from '../../src/core/index';
import { parsePeriod } from '../../src/core/period';
import { usualRecipients } from '../../src/core/relay';
import { type PresetName, presetRules, type RuleGrids } from '../../src/core/rules';
import type { Cell, Day, Grid, IndicatorResult, SubjectResult } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

function day(iso: string): Day {
  const d = parseDay(iso);
  if (typeof d !== 'number') throw new Error(iso);
  return d;
}

interface RunOptions {
  preset?: PresetName;
  period?: string;
  asOf?: string;
  tables?: RuleGrids;
}

function run(rows: RowSpec[], o: RunOptions = {}): Assessment {
  const period = o.period ? parsePeriod(o.period) : null;
  if (o.period && !period) throw new Error(o.period);
  return assess(
    { ledger: ledgerGrid(rows), tables: o.tables, preset: o.preset ?? '上街区' },
    { period: period ?? undefined, asOf: o.asOf ? day(o.asOf) : undefined },
  );
}

/** A 设置 tab with these keys over the preset's. */
function settingsTab(values: Record<string, Cell>): Grid {
  return [['项目', '值'], ...Object.entries(values).map(([k, v]) => [k, v])];
}

function unitOf(a: Assessment, name: string) {
  const u = a.report.units.find((x) => x.unit === name);
  if (!u) throw new Error(`no unit ${name}`);
  return u;
}

function subjectOf(list: SubjectResult[], name: string): SubjectResult {
  const s = list.find((x) => x.subject === name);
  if (!s) throw new Error(`no subject ${name} among ${list.map((x) => x.subject).join(',')}`);
  return s;
}

function ind(s: SubjectResult | { indicators: IndicatorResult[] }, name: string): IndicatorResult {
  const r = s.indicators.find((i) => i.name === name);
  if (!r) throw new Error(`no indicator ${name}`);
  return r;
}

/** [points, 计任务] per row, in ledger order. */
function rowFigures(a: Assessment): [number, number | string][] {
  const tasks = rowTaskCredits(a.scored);
  return a.scored.rows.map((r, i) => [r.points, tasks[i].taskCredit]);
}

const monthValue = (r: IndicatorResult, month: number) => r.buckets?.find((b) => b.bucket === month)?.value;

describe('1. relay (001 §三.9 对口处室…按该单位积分的1/5积分，计报送条数; §四.1 请先向区委组织部对口处室报送)', () => {
  // 峡窝镇党委 sends three pieces through 信息调研科:
  //  甲: 报送对象 市委组织部, adopted 省级 (河南组工信息, 10): the town's submission to 区委组织部 (March);
  //      the office's to 市委组织部 (March); share 10 / 5 = 2.
  //  乙: 报送对象 empty, adopted 区县级 (上街区党建网, 1): the town's submission (March); below 市级 the
  //      office relayed nothing upward: no submission, no share.
  //  丙: 报送对象 区委组织部 (the town's own view), adopted 市级 (郑州日报, 5): the town's submission (April);
  //      the office's inferred from the level: 市委组织部 (April); share 1.
  const rows: RowSpec[] = [
    adoption({
      标题: '甲',
      报送对象: '市委组织部',
      对口处室: '信息调研科',
      媒体: '河南组工信息',
      报送日期: '2024-03-01',
      录用日期: '2024-03-20',
    }),
    adoption({
      标题: '乙',
      报送对象: '',
      对口处室: '信息调研科',
      媒体: '上街区党建网',
      报送日期: '2024-03-10',
      录用日期: '2024-03-25',
    }),
    adoption({
      标题: '丙',
      报送对象: '区委组织部',
      对口处室: '信息调研科',
      媒体: '郑州日报',
      报送日期: '2024-04-02',
      录用日期: '2024-04-10',
    }),
  ];
  const a = run(rows, { asOf: '2024-12-31' });

  it('the unit keeps full points and each relayed row is its submission to 区委组织部', () => {
    expect(rowFigures(a).map((f) => f[0])).toEqual([10, 1, 5]);
    const town = subjectOf(a.indicators.units, '峡窝镇党委');
    const monthly = ind(town, '每月向区委组织部报送');
    expect([monthValue(monthly, 3), monthValue(monthly, 4)]).toEqual([2, 1]);
  });

  it('the office counts a submission to the upper department: 报送对象, else inferred from the level; none below 市级', () => {
    const office = subjectOf(a.indicators.units, '信息调研科');
    const monthly = ind(office, '每月向市委组织部报送');
    expect([monthValue(monthly, 3), monthValue(monthly, 4)]).toEqual([1, 1]);
    expect(unitOf(a, '信息调研科').submissions).toBe(2);
  });

  it('the 1/5 share only for pieces adopted at 市级 or above: 2 + 0 + 1', () => {
    expect(a.scored.rows.map((r) => r.relayPoints)).toEqual([2, 0, 1]);
    expect([unitOf(a, '信息调研科').relayPoints, unitOf(a, '信息调研科').points]).toEqual([3, 3]);
  });

  it('转报最低级别 省级 leaves the 市级 piece without a share', () => {
    const higher = run(rows, { asOf: '2024-12-31', tables: { 设置: settingsTab({ 转报最低级别: '省级' }) } });
    expect(higher.scored.rows.map((r) => r.relayPoints)).toEqual([2, 0, 0]);
  });

  it('an office that appears only as 对口处室 in the period is not 零报送', () => {
    // May: only 乙-like row, 区县级 (no share, no submission of the office).
    const may = run(
      [
        adoption({
          标题: '丁',
          对口处室: '信息调研科',
          媒体: '上街区党建网',
          报送日期: '2024-05-02',
          录用日期: '2024-05-06',
        }),
      ],
      { period: '2024-05' },
    );
    expect([unitOf(may, '信息调研科').zeroSubmissions, unitOf(may, '组织科').zeroSubmissions]).toEqual([
      false,
      true,
    ]);
  });
});

describe('2. the instruction bonus belongs to the piece (001 §三.5 被国家、省、市领导批示的稿件分别加30分、20分、10分)', () => {
  it('once per piece: the highest instruction, on the row with the largest base × multipliers', () => {
    // 戊 adopted twice: 郑州日报 5 with a 省 instruction, 河南日报 10 with a 市 instruction. The piece's bonus
    // is 省 20, added once to the 河南日报 row (10 > 5): 5 and 30, total 35 (not 5+20 + 10+10 = 45).
    const a = run([
      adoption({ 标题: '戊', 媒体: '郑州日报', 领导批示: '省', 录用日期: '2024-03-05' }),
      adoption({ 标题: '戊', 媒体: '河南日报', 领导批示: '市', 录用日期: '2024-03-08' }),
    ]);
    expect(rowFigures(a).map((f) => f[0])).toEqual([5, 30]);
    expect(a.scored.rows[1].why).toBe('省级录用 10 +20（省领导批示） = 30');
  });

  it('on a tie the earliest row carries it; 不计分 rows neither carry nor give it', () => {
    // 己: 郑州日报 (5, 4 March) and 郑州电视台 (5, 2 March) with a 市 instruction: the 2 March row gets +10.
    // 庚: 河南日报 核定不计分 with a 省 instruction and 郑州日报 (5): the bonus goes to 郑州日报 → 25.
    const a = run([
      adoption({ 标题: '己', 媒体: '郑州日报', 领导批示: '市', 录用日期: '2024-03-04' }),
      adoption({ 标题: '己', 媒体: '郑州电视台', 录用日期: '2024-03-02' }),
      adoption({ 标题: '庚', 媒体: '河南日报', 领导批示: '省', 核定: '不计分', 录用日期: '2024-03-04' }),
      adoption({ 标题: '庚', 媒体: '郑州日报', 录用日期: '2024-03-09' }),
    ]);
    expect(rowFigures(a).map((f) => f[0])).toEqual([5, 15, 0, 25]);
  });

  it('a 倒扣 row negates what it would have earned, its bonus included', () => {
    // 辛: 郑州日报 5 with a 省 instruction, 核定倒扣: −(5 + 20) = −25.
    const a = run([adoption({ 标题: '辛', 媒体: '郑州日报', 领导批示: '省', 核定: '倒扣' })]);
    expect(rowFigures(a)).toEqual([[-25, 0]]);
  });
});

describe('3. 最高级别 / 两个最高级别 never drop a 倒扣 row (001 §三.11 倒扣相应分值)', () => {
  it('the policy keeps the highest adoption and the penalty still applies', () => {
    // 壬: 河南日报 10, and 郑州日报 5 核定倒扣. 多次录用 = 最高级别 keeps the 省级 10 and drops nothing else:
    // the 倒扣 row is a penalty, −5. The unit: 10 − 5 = 5 (the old reading dropped it: 10).
    for (const policy of ['最高级别', '两个最高级别']) {
      const a = run(
        [
          adoption({ 标题: '壬', 媒体: '河南日报', 录用日期: '2024-03-05' }),
          adoption({ 标题: '壬', 媒体: '郑州日报', 核定: '倒扣', 录用日期: '2024-03-06' }),
          adoption({ 标题: '壬', 媒体: '上街时讯', 录用日期: '2024-03-07' }),
        ],
        { tables: { 设置: settingsTab({ 多次录用: policy }) } },
      );
      // The 倒扣 row is no adoption: the two highest levels of adoptions are 省级 and 区县级 (1).
      const kept = policy === '最高级别' ? 0 : 1;
      expect(rowFigures(a).map((f) => f[0])).toEqual([10, -5, kept]);
      expect(unitOf(a, '峡窝镇党委').points).toBe(5 + kept);
    }
  });
});

describe('4. repeats are judged across years (000 §三(一) 重复用稿不计任务)', () => {
  // 组织科's 张三: 癸 adopted by 南通日报 (市级) in November 2024 and by 新华日报 (省级) in February 2025.
  const rows: RowSpec[] = [
    adoption({
      标题: '癸',
      作者: '张三',
      单位: '组织科',
      媒体: '南通日报',
      报送日期: '2024-11-01',
      录用日期: '2024-11-05',
    }),
    adoption({
      标题: '癸',
      作者: '张三',
      单位: '组织科',
      媒体: '新华日报',
      报送日期: '2025-02-01',
      录用日期: '2025-02-05',
    }),
  ];

  it('counted in 2024, the 2025 adoption counts 0 toward 2025 tasks and its 计任务 is 0, but earns its points', () => {
    const y2024 = run(rows, { preset: '部机关', period: '2024' });
    const y2025 = run(rows, { preset: '部机关', period: '2025' });
    expect(ind(subjectOf(y2024.indicators.people, '张三'), '市级以上录用').value).toBe(1);
    expect(ind(subjectOf(y2025.indicators.people, '张三'), '市级以上录用').value).toBe(0);
    expect(ind(subjectOf(y2025.indicators.people, '张三'), '全年发稿').value).toBe(0);
    expect(rowFigures(y2025)).toEqual([
      [5, 1],
      [10, 0],
    ]);
    expect(y2025.report.people.map((p) => [p.person, p.credit, p.points])).toEqual([['张三', 0, 10]]);
  });

  it('listed in the other order, the earlier adoption still carries the 计任务', () => {
    const a = run([rows[1], rows[0]], { preset: '部机关', period: '2025' });
    expect(rowFigures(a)).toEqual([
      [10, 0],
      [5, 1],
    ]);
  });

  it('within one year, a repeat adoption earns no item its piece’s earlier adoption earned (以下同); each item judges alone', () => {
    // 子 first in 南通组工信息 (市级), then in 新华日报; 丑 first in 动态 (区县级), then in 南通日报.
    const of = (标题: string, 媒体: string, 录用日期: string, 类别 = '动态信息'): RowSpec =>
      adoption({ 标题, 作者: '张三', 单位: '组织科', 类别, 媒体, 报送日期: '2024-03-01', 录用日期 });
    const a = run(
      [
        of('子', '南通组工信息', '2024-03-10'),
        of('子', '新华日报', '2024-04-10'),
        of('丑', '动态', '2024-05-10', '调研报告'),
        of('丑', '南通日报', '2024-06-10', '调研报告'),
      ],
      { preset: '部机关', period: '2024', asOf: '2024-12-31' },
    );
    // The 计任务 column: the piece's first adoption carries the piece (the people table's count).
    expect(rowFigures(a).map(([, task]) => task)).toEqual([1, 0, 1, 0]);
    const person = subjectOf(a.indicators.people, '张三');
    // Each 去重 item counts a piece once, at its earliest adoption the item's filter passes (sweep s28a A1):
    // 子 counts toward 市级以上 at 南通组工信息 and not again at 新华日报, yet 新华日报或省电视台 counts its
    // 新华日报 adoption; 丑's 动态 (区县级) passes no 市级以上 item, its 南通日报 adoption does. (Before:
    // only each piece's first adoption counted, so 新华日报或省电视台 and 南通日报或市电视台 were 0 and
    // 市级以上录用 1, although 张三 had those adoptions.)
    expect(ind(person, '市级以上录用').value).toBe(2);
    expect(ind(person, '新华日报或省电视台').value).toBe(1);
    expect(ind(person, '南通日报或市电视台').value).toBe(1);
    expect(ind(person, '南通组工信息和南通党建录用').value).toBe(1);
    expect(ind(person, '本地媒体宣传').value).toBe(1);
    expect(ind(subjectOf(a.indicators.teams, '组织科'), '科室录用任务').value).toBe(2);
    // Points are not tasks: every adoption earns its own.
    expect(a.scored.rows.every((r) => r.points > 0)).toBe(true);
  });

  it('a piece used as 综合 material first, then adopted in full: the adoption is its first, not a repeat', () => {
    const a = run(
      [
        adoption({
          标题: '寅',
          作者: '张三',
          单位: '组织科',
          采用方式: '综合',
          媒体: '南通日报',
          录用日期: '2024-05-10',
        }),
        adoption({ 标题: '寅', 作者: '张三', 单位: '组织科', 媒体: '南通组工信息', 录用日期: '2024-06-10' }),
        adoption({ 标题: '卯', 作者: '张三', 单位: '组织科', 媒体: '南通组工信息', 录用日期: '2024-07-10' }),
      ],
      { preset: '部机关', period: '2024', asOf: '2024-12-31' },
    );
    const person = subjectOf(a.indicators.people, '张三');
    expect(ind(person, '市级以上录用').value).toBe(2);
    expect(ind(person, '南通组工信息和南通党建录用').value).toBe(2);
    expect(ind(subjectOf(a.indicators.teams, '组织科'), '科室录用任务').value).toBe(2);
  });

  it('without 去重 (篇次) every adoption counts, a repeat of last year’s piece too (000 总体目标 录用150篇次)', () => {
    // 辰 adopted in December 2023 and again in January 2024; 巳 twice in 2024.
    const of = (标题: string, 媒体: string, 报送日期: string, 录用日期: string): RowSpec =>
      adoption({ 标题, 作者: '张三', 单位: '组织科', 媒体, 报送日期, 录用日期 });
    const a = run(
      [
        of('辰', '南通日报', '2023-12-01', '2023-12-10'),
        of('辰', '新华日报', '', '2024-01-15'),
        of('巳', '南通日报', '2024-02-01', '2024-02-10'),
        of('巳', '新华日报', '', '2024-03-15'),
      ],
      { preset: '部机关', period: '2024', asOf: '2024-12-31' },
    );
    const department = a.indicators.department;
    if (!department) throw new Error('no department result');
    const year = department.indicators.find((r) => r.window === '全年' && r.name.includes('市级以上'));
    expect(year?.value).toBe(3);
    expect(a.report.totals.adoptions).toBe(3);
  });
});

describe('5. person points rounded on totals; 年终四舍五入 (000 §三(一) 每篇最多算两人，每人半篇，年终四舍五入)', () => {
  it('points: unrounded per row, rounded on the person total', () => {
    // 小数位 0; three 综合 市级 rows (3 each) by 张三 and 李四: 1.5 a row each. Per row rounded: 2+2+2 = 6;
    // on the total: 4.5 → 5.
    const rows = ['子', '丑', '寅'].map((t) =>
      adoption({ 标题: t, 作者: '张三、李四', 媒体: '郑州日报', 采用方式: '综合' }),
    );
    const a = run(rows, { tables: { 设置: settingsTab({ 小数位: 0 }) } });
    expect(a.report.people.map((p) => [p.person, p.points])).toEqual([
      ['李四', 5],
      ['张三', 5],
    ]);
  });

  it('a year-end count of 5.5 rounds to 6 and meets ≥ 6; mid-year it shows 5.5', () => {
    // 张三 (干部科): five pieces alone and one with 李四 in 南通日报: 5 + 0.5 = 5.5 for 市级以上录用 (≥ 6, 均分;
    // 全年发稿 is 各计 in the 部机关 preset since s25p1, where the co-authored piece counts 1).
    const rows = [
      ...Array.from({ length: 5 }, (_, k) =>
        adoption({
          标题: `发稿${k}`,
          作者: '张三',
          单位: '干部科',
          媒体: '南通日报',
          录用日期: '2024-03-05',
        }),
      ),
      adoption({
        标题: '合写',
        作者: '张三、李四',
        单位: '干部科',
        媒体: '南通日报',
        录用日期: '2024-03-06',
      }),
    ];
    const yearEnd = ind(
      subjectOf(run(rows, { preset: '部机关', asOf: '2024-12-31' }).indicators.people, '张三'),
      '市级以上录用',
    );
    const midYear = ind(
      subjectOf(run(rows, { preset: '部机关', asOf: '2024-06-30' }).indicators.people, '张三'),
      '市级以上录用',
    );
    expect([yearEnd.value, yearEnd.met]).toEqual([6, true]);
    expect([midYear.value, midYear.met]).toEqual([5.5, false]);
  });
});

describe('6. 条线简报 count half toward their own level only (000 §三(一)1 折算为半篇次同级组工信息)', () => {
  it('a 省级 briefing is half a 省组工信息, never part of the 南通 item', () => {
    // 李四: 干部教育培训简报 (省级 条线简报), 人才工作简报 (市级 条线简报), 南通组工信息 (市级), as of 30 June
    // (mid-year counts are unrounded). 省组工信息 item: 0.5 (the 省级 briefing). 南通 item: 1 + 0.5 = 1.5 < 2
    // (the old reading added the 省级 briefing too: 2, met).
    const a = run(
      [
        adoption({ 标题: '简报一', 作者: '李四', 单位: '干部科', 媒体: '干部教育培训简报' }),
        adoption({ 标题: '简报二', 作者: '李四', 单位: '干部科', 媒体: '人才工作简报' }),
        adoption({ 标题: '信息一', 作者: '李四', 单位: '干部科', 媒体: '南通组工信息' }),
      ],
      { preset: '部机关', asOf: '2024-06-30' },
    );
    const li = subjectOf(a.indicators.people, '李四');
    expect(ind(li, '省组工信息录用').value).toBe(0.5);
    expect([ind(li, '南通组工信息和南通党建录用').value, ind(li, '南通组工信息和南通党建录用').met]).toEqual([
      1.5,
      false,
    ]);
  });
});

describe('7. what counts for 论文/调研 (000 §三(一)2 …可视作任务)', () => {
  // 王五: a 电教片 shown on 南通电视台 (市级 TV). 赵六: 会议交流 at 市级 (the row's 级别, no outlet).
  // 孙七: 成果汇编 (调研报告收入部“调研成果汇编”). 周八: 会议交流 at 区县级 (not 市级 or above).
  // 吴九: a 电教片 on 动态 (区县级, not TV at 市级): none of the four.
  const a = run(
    [
      adoption({
        标题: '片',
        作者: '王五',
        单位: '干部科',
        类别: '电教片',
        媒体: '南通电视台',
        字数: '',
        时长: 10,
      }),
      submission({
        标题: '交流',
        作者: '赵六',
        单位: '干部科',
        类别: '会议交流',
        级别: '市级',
        报送对象: '',
      }),
      submission({ 标题: '汇编', 作者: '孙七', 单位: '干部科', 类别: '成果汇编', 报送对象: '' }),
      submission({
        标题: '区里交流',
        作者: '周八',
        单位: '干部科',
        类别: '会议交流',
        级别: '区县级',
        报送对象: '',
      }),
      adoption({ 标题: '县里片', 作者: '吴九', 单位: '干部科', 类别: '电教片', 媒体: '动态' }),
    ],
    { preset: '部机关' },
  );
  it('电教片 on 市级+ TV, 会议交流/获奖 at 市级+, 成果汇编 meet the item; 区县级 ones do not', () => {
    const met = (name: string) =>
      subjectOf(a.indicators.people, name).groups.find((g) => g.group === '论文调研')?.met;
    expect(['王五', '赵六', '孙七', '周八', '吴九'].map(met)).toEqual([true, true, true, false, false]);
  });
  it('the 类别 dropdown and preset carry the new kinds', () => {
    const kinds = presetRules('部机关').indicators.flatMap((i) => i.filter.kinds);
    expect(['电教片', '会议交流', '获奖', '成果汇编'].filter((k) => !kinds.includes(k))).toEqual([]);
  });
});

describe('8. 专报 by pieces edited into the 专报 (000 §三(一) 上报信息按编发《组工信息专报》统计)', () => {
  it('adoptions in an outlet tagged 专报 count, whatever the 类别; a 类别 专报 only submitted does not', () => {
    // 张三: three 动态信息 adopted in 组工信息专报 → 3, met. 李四: three rows of 类别 专报, submitted only → 0.
    const rows = [
      ...[1, 2, 3].map((k) =>
        adoption({ 标题: `专${k}`, 作者: '张三', 单位: '组织科', 媒体: '组工信息专报' }),
      ),
      ...[1, 2, 3].map((k) =>
        submission({ 标题: `报${k}`, 作者: '李四', 单位: '组织科', 类别: '专报', 报送对象: '市委组织部' }),
      ),
    ];
    const a = run(rows, { preset: '部机关' });
    expect(ind(subjectOf(a.indicators.people, '张三'), '组工信息专报')).toMatchObject({
      value: 3,
      met: true,
    });
    expect(ind(subjectOf(a.indicators.people, '李四'), '组工信息专报')).toMatchObject({
      value: 0,
      met: false,
    });
    expect(presetRules('部机关').outlets.find((o) => o.name === '组工信息专报')?.tags).toEqual(['专报']);
  });
});

describe('9. exactly six months in post is half a member (000 §三(四)1 工作不满半年的按半年折算)', () => {
  it('a 科室 of two, one in post six months: 1.5 members, team task 6 × 1.5 = 9', () => {
    const units: Grid = [
      ['单位', '类型', '人数', '在岗月数'],
      ['组织科', '部机关科室', 2, '6、12'],
    ];
    const a = run([], { preset: '部机关', tables: { 单位: units } });
    const team = subjectOf(a.report.teams, '组织科');
    expect([team.members, team.indicators[0].target]).toEqual([1.5, 9]);
  });
});

describe('10. people belong to their own 科室 (`人员`) for team tasks (000 §三(四)1 以科室为单位实行整体考核)', () => {
  // 张三 (组织科) and 李四 (干部科) co-write one piece adopted by 南通日报 (市级); the row's 单位 is 组织科.
  const rows = [
    adoption({ 标题: '合写', 作者: '张三、李四', 单位: '组织科', 媒体: '南通日报', 录用日期: '2024-03-05' }),
  ];
  const people: Grid = [
    ['姓名', '单位', '在岗月数'],
    ['张三', '组织科', 12],
    ['李四', '干部科', 5],
  ];

  it('co-authors from two 科室 credit their own teams; headcount and tenure come from 人员', () => {
    const a = run(rows, { preset: '部机关', tables: { 人员: people }, asOf: '2024-06-30' });
    const org = subjectOf(a.report.teams, '组织科');
    const cadre = subjectOf(a.report.teams, '干部科');
    // mid-year: unrounded halves; 组织科 lists 张三 (1 member), 干部科 lists 李四 (5 months → 0.5).
    expect([org.indicators[0].value, org.members, org.indicators[0].target, org.memberNames]).toEqual([
      0.5,
      1,
      6,
      ['张三'],
    ]);
    expect([cadre.indicators[0].value, cadre.members, cadre.indicators[0].target]).toEqual([0.5, 0.5, 3]);
  });

  it('a team value is its members’ unrounded credits, rounded half up at year end: 0.5 → 1', () => {
    const a = run(rows, { preset: '部机关', tables: { 人员: people }, asOf: '2024-12-31' });
    expect(subjectOf(a.report.teams, '组织科').indicators[0].value).toBe(1);
  });

  it('a header-only 人员 tab means none: the row’s 单位 takes the piece, headcount from 单位', () => {
    const a = run(rows, { preset: '部机关', tables: { 人员: [people[0]] }, asOf: '2024-06-30' });
    const org = subjectOf(a.report.teams, '组织科');
    // 组织科 in the preset: 5 members, one in post 4 months → 4.5; task 6 × 4.5 = 27.
    expect([org.indicators[0].value, org.members, org.indicators[0].target]).toEqual([1, 4.5, 27]);
    expect(subjectOf(a.report.teams, '干部科').indicators[0].value).toBe(0);
  });

  it('a 人员 row naming a unit the 单位 table lacks is a rule error at its cell', () => {
    const a = run(rows, { preset: '部机关', tables: { 人员: [...people, ['王五', '宣传科', 12]] } });
    expect(a.ruleErrors.map((e) => e.message)).toEqual(['「人员」表第4行「单位」“宣传科”不在「单位」表中']);
  });
});

describe('11. a 科室负责人 gets only the team bonus (000 §三(四)4 各科室主要负责人…仅与科室整体任务挂钩)', () => {
  it('the chief meets 发稿 but gets no personal 100, only the team’s 200; a member meeting it gets 100', () => {
    // 组织科 (1 member, 负责人 张三) and 干部科 (1 member, 李四). Each writes the 发稿 set: 3 in 组工信息专报,
    // 3 in 部编组工信息, 1 调研报告 in 南通组工信息. 张三 also has 6 in 南通日报: the team task 6 × 1 is met.
    const units: Grid = [
      ['单位', '类型', '人数', '负责人'],
      ['组织科', '部机关科室', 1, '张三'],
      ['干部科', '部机关科室', 1, ''],
    ];
    const set = (who: string, unit: string) => [
      ...[1, 2, 3].map((k) =>
        adoption({ 标题: `${who}专${k}`, 作者: who, 单位: unit, 媒体: '组工信息专报' }),
      ),
      ...[1, 2, 3].map((k) =>
        adoption({ 标题: `${who}编${k}`, 作者: who, 单位: unit, 媒体: '部编组工信息' }),
      ),
      adoption({ 标题: `${who}调研`, 作者: who, 单位: unit, 类别: '调研报告', 媒体: '南通组工信息' }),
    ];
    const rows = [
      ...set('张三', '组织科'),
      ...set('李四', '干部科'),
      ...[1, 2, 3, 4, 5, 6].map((k) =>
        adoption({ 标题: `科${k}`, 作者: '张三', 单位: '组织科', 媒体: '南通日报' }),
      ),
    ];
    const a = run(rows, { preset: '部机关', tables: { 单位: units } });
    const bonus = (name: string) => a.report.people.find((p) => p.person === name)?.bonus;
    expect([bonus('张三'), bonus('李四')]).toEqual([200, 100]);
    expect(subjectOf(a.indicators.people, '张三').bonuses.发稿).toBe(0);
  });

  it('a 人员-listed chief with no row of their own is still in the people table, with the team’s 200', () => {
    // 组织科: 甲 (12 months) and its chief 乙 (exactly 6 months, half a member) → task 6 × 1.5 = 9. 甲 has 8 pieces
    // in 南通组工信息 and one with 丙 (干部科): 8.5, rounded at year end to 9, so the team is met. 乙 wrote nothing.
    const units: Grid = [
      ['单位', '类型', '人数', '负责人'],
      ['组织科', '部机关科室', 2, '乙'],
      ['干部科', '部机关科室', 1, ''],
    ];
    const people: Grid = [
      ['姓名', '单位', '在岗月数'],
      ['甲', '组织科', 12],
      ['乙', '组织科', 6],
      ['丙', '干部科', 12],
    ];
    const rows = [
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((k) =>
        adoption({ 标题: `稿${k}`, 作者: '甲', 单位: '组织科', 媒体: '南通组工信息' }),
      ),
      adoption({ 标题: '合稿', 作者: '甲、丙', 单位: '组织科', 媒体: '南通组工信息' }),
    ];
    const a = run(rows, { preset: '部机关', tables: { 单位: units, 人员: people }, asOf: '2024-12-31' });
    const team = subjectOf(a.report.teams, '组织科');
    expect([team.members, team.indicators[0].target, team.indicators[0].value, team.compliant]).toEqual([
      1.5,
      9,
      9,
      true,
    ]);
    const chief = a.report.people.find((p) => p.person === '乙');
    expect(chief && [chief.unit, chief.credit, chief.points, chief.bonus]).toEqual(['组织科', 0, 0, 200]);
  });
});

describe('12. 不得评先评优 follows the yearly submission task (001 §六.5 未完成年度信息报送任务的单位…不得参加…评先评优)', () => {
  // 峡窝镇党委: 2 submissions to 区委组织部 every month but March (1), and 90 points (人民日报 1500 字):
  // points met, monthly submissions missed → barred. 济源路街道党工委: every month 2 submissions, no points:
  // 未达标 on points alone, not barred.
  const months = Array.from({ length: 12 }, (_, k) => String(k + 1).padStart(2, '0'));
  const subs = (unit: string, skipMarch: boolean) =>
    months.flatMap((m) =>
      [1, 2]
        .filter((k) => !(skipMarch && m === '03' && k === 2))
        .map((k) => submission({ 标题: `${unit}${m}-${k}`, 单位: unit, 报送日期: `2024-${m}-0${k}` })),
    );
  const rows = [
    ...subs('峡窝镇党委', true),
    adoption({ 标题: '大稿', 媒体: '人民日报', 字数: 1500 }),
    ...subs('济源路街道党工委', false),
  ];

  it('a missed month of a monthly submission quota bars the unit; a points shortfall alone does not', () => {
    const a = run(rows, { asOf: '2024-12-31' });
    const town = unitOf(a, '峡窝镇党委');
    const street = unitOf(a, '济源路街道党工委');
    expect([town.points, town.status, town.barred]).toEqual([90, '未达标', true]);
    expect([street.status, street.barred]).toEqual(['未达标', false]);
  });

  it('mid-year, once March has closed short, the mark is already due', () => {
    const a = run(rows, { asOf: '2024-04-15' });
    expect(unitOf(a, '峡窝镇党委').barred).toBe(true);
    expect(unitOf(a, '济源路街道党工委').barred).toBe(false);
  });
});

describe('13. 零报送 means no row at all in the period (RULES §8)', () => {
  it('a unit whose only March row was ruled 不计分 had a row: not 零报送; a unit with none is', () => {
    const a = run([adoption({ 标题: '离题', 核定: '不计分', 录用日期: '2024-03-05' })], {
      period: '2024-03',
    });
    expect([unitOf(a, '峡窝镇党委').zeroSubmissions, unitOf(a, '济源路街道党工委').zeroSubmissions]).toEqual([
      false,
      true,
    ]);
    expect(a.report.zeroUnits.includes('峡窝镇党委')).toBe(false);
  });
});

describe('14. the 类别 preset counts submissions to 研究室 (004 每月向研究室报送信息2条以上)', () => {
  it('two to 研究室 in January meet it; two to 区委组织部 do not', () => {
    // The preset's 三审把关 is on: the rows are 终审.
    const sent = (title: string, unit: string, to: string, on: string) =>
      submission({ 标题: title, 单位: unit, 报送对象: to, 报送日期: on, 审核状态: '终审' });
    const a = run(
      [
        sent('一', '示例镇党委', '研究室', '2024-01-05'),
        sent('二', '示例镇党委', '研究室', '2024-01-06'),
        sent('三', '示例街道党工委', '区委组织部', '2024-01-05'),
        sent('四', '示例街道党工委', '区委组织部', '2024-01-06'),
      ],
      { preset: '类别', asOf: '2024-01-31' },
    );
    const jan = (u: string) => ind(unitOf(a, u), '每月向研究室报送').buckets?.[0];
    expect([jan('示例镇党委'), jan('示例街道党工委')]).toEqual([
      { bucket: 1, value: 2, met: true },
      { bucket: 1, value: 0, met: false },
    ]);
  });
});

describe('§9 recipient, review gate and penalties', () => {
  it('a 报送 row with an empty 报送对象 says which quota it misses (乡镇街道 → 区委组织部, 部机关科室 → 市委组织部)', () => {
    const a = run([
      submission({ 标题: '空一', 单位: '峡窝镇党委', 报送对象: '' }),
      submission({ 标题: '空二', 单位: '组织科', 报送对象: '' }),
      submission({ 标题: '填了', 单位: '峡窝镇党委', 报送对象: '区委组织部' }),
    ]);
    expect(a.scored.rows.map((r) => r.issues)).toEqual([
      ['未填报送对象，不计入向区委组织部报送任务'],
      ['未填报送对象，不计入向市委组织部报送任务'],
      [],
    ]);
  });

  it('the form proposes each unit’s usual recipient: its quota’s, else by type', () => {
    const shangjie = usualRecipients(presetRules('上街区'));
    expect([shangjie.get('峡窝镇党委'), shangjie.get('区直机关工委'), shangjie.get('组织科')]).toEqual([
      '区委组织部',
      '区委组织部',
      '市委组织部',
    ]);
    expect(usualRecipients(presetRules('类别')).get('示例镇党委')).toBe('研究室');
  });

  it('a 党(工)委 sending straight to 市委组织部 gets a warning and still counts; through 对口处室 it does not', () => {
    const a = run([
      submission({ 标题: '直报', 单位: '峡窝镇党委', 报送对象: '市委组织部' }),
      submission({ 标题: '转报', 单位: '峡窝镇党委', 报送对象: '市委组织部', 对口处室: '信息调研科' }),
      submission({ 标题: '科室', 单位: '组织科', 报送对象: '市委组织部' }),
    ]);
    expect(a.scored.rows.map((r) => r.issues)).toEqual([
      [
        '直接报送市委组织部：请先向区委组织部对口处室报送并填“对口处室”（001 §四.1）；此提醒不影响报送条数，但本行不计入向区委组织部报送任务',
      ],
      [],
      [],
    ]);
    expect(rowFigures(a).map((f) => f[1])).toEqual([1, 1, 1]);
  });

  it('an adopted row sent straight up says its points still count, not an unspecified 仍计入', () => {
    const a = run([
      adoption({ 标题: '直报录用', 单位: '峡窝镇党委', 报送对象: '市委组织部', 媒体: '河南日报' }),
    ]);
    expect(a.scored.rows[0].issues).toEqual([
      '直接报送市委组织部：请先向区委组织部对口处室报送并填“对口处室”（001 §四.1）（此提醒不影响本行积分）',
    ]);
    expect(a.scored.rows[0].points).toBe(10);
  });

  it('a submission to anyone its unit’s quotas do not name says so, the own department and upper ones too', () => {
    // Each row counts toward none of its unit's 报送 quotas (§9: never a quota short with no word why).
    const 类别 = run(
      [
        submission({ 标题: '部', 单位: '示例镇党委', 报送对象: '区委组织部', 审核状态: '终审' }),
        submission({ 标题: '室', 单位: '示例镇党委', 报送对象: '研究室', 审核状态: '终审' }),
      ],
      { preset: '类别', period: '2024-03', asOf: '2024-03-31' },
    );
    expect(类别.scored.rows.map((r) => r.issues)).toEqual([
      ['报送对象“区委组织部”不是本单位报送任务的对象（研究室），不计入报送任务'],
      [],
    ]);
    expect(ind(unitOf(类别, '示例镇党委'), '每月向研究室报送').value).toBe(1);
    // A 科室's quota is 市委组织部 (001 §五.3): its own department is not it.
    const 科室 = run([submission({ 标题: '内', 单位: '组织科', 报送对象: '区委组织部' })]);
    expect(科室.scored.rows[0].issues).toEqual([
      '报送对象“区委组织部”不是本单位报送任务的对象（市委组织部），不计入报送任务',
    ]);
    // No 部机关科室 in 单位, so no 对口处室 to route through: the upper department is named like any other.
    const 无表 = assess({
      ledger: ledgerGrid([submission({ 标题: '直', 单位: '峡窝镇党委', 报送对象: '市委组织部' })]),
      tables: {
        单位: [
          ['单位', '类型'],
          ['峡窝镇党委', '乡镇街道'],
        ],
      },
    });
    expect(无表.scored.rows[0].issues).toEqual([
      '报送对象“市委组织部”不是本单位报送任务的对象（区委组织部），不计入报送任务',
    ]);
  });

  it('a 倒扣 applies whatever the 审核状态; the review gate holds back positive points only', () => {
    // 类别 preset: 三审把关 on 津市组工 (004: 津市组工微信公众号发文落实“编审、复审、终审”三审制度), 录用 区县级
    // 动态信息 1 point. 待审 + 倒扣 → −1; 待审 alone → 0; 终审 → 1. A 常德日报 piece is no 公众号 post: 待审, 3.
    const rows = [
      adoption({ 标题: '错', 单位: '示例镇党委', 媒体: '津市组工', 审核状态: '待审', 核定: '倒扣' }),
      adoption({ 标题: '等', 单位: '示例镇党委', 媒体: '津市组工', 审核状态: '待审' }),
      adoption({ 标题: '好', 单位: '示例镇党委', 媒体: '津市组工', 审核状态: '终审' }),
      adoption({ 标题: '报', 单位: '示例镇党委', 媒体: '常德日报', 审核状态: '待审' }),
    ];
    const a = run(rows, { preset: '类别' });
    expect(rowFigures(a)).toEqual([
      [-1, 0],
      [0, 0],
      [1, 1],
      [3, 1],
    ]);
    expect(unitOf(a, '示例镇党委').points).toBe(3);
  });
});
