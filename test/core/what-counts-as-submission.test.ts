// What counts as a submission (报送), whatever becomes of the adoption's points (sweeps S18a F2/F4, S18b F1/F2):
// - A row blocked only for its adoption's points (媒体 not in 媒体 without 级别, 录用日期 missing or unreadable,
//   no 媒体 and no 级别, 字数 not a number) is still its unit's submission, as the same row not blocked is
//   (RULES §4 zeroes the points that cannot be known; a held row is one too). Its 校验 keeps the block's message
//   alone. A row blocked for what it is (no 单位, 核定 not read) and a 不计分 row stay no submission; an
//   adoption row with no readable date at all cannot be placed, and says so.
// - An adoption row with a 报送日期 and no 报送对象 is a submission as a 报送 row is: it counts toward no quota
//   filtered by recipient, says so with the 报送 row's message, and counts everywhere else (RULES §9).
// - A piece without any 报送日期 is one submission, dated by its earliest 录用日期 (001 §五), in every window; the
//   对口处室's relayed submission of it too.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { monthPeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import type { PresetName } from '../../src/core/rules/presets';
import { scoreLedger } from '../../src/core/score';
import type { Period } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

const TOWN = '峡窝镇党委'; // 乡镇街道: 每月向区委组织部报送 ≥ 2 (上街区)
const OFFICE = '干部科'; // 部机关科室: 每月向市委组织部报送 ≥ 2 (上街区)

function run(rows: RowSpec[], period: Period, preset: PresetName = '上街区') {
  const rules = presetRules(preset);
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  return { scored, rep: buildReport(scored, rules, period, period.to) };
}

function figures(rows: RowSpec[], unit = TOWN, quota = '每月向区委组织部报送') {
  const { scored, rep } = run(rows, monthPeriod(2024, 1));
  const u = rep.units.find((x) => x.unit === unit);
  if (!u) throw new Error(`no unit ${unit}`);
  return {
    submissions: u.submissions,
    quota: u.indicators.find((i) => i.name === quota)?.buckets?.[0]?.value,
    barred: u.barred,
    boardMonth: rep.months[0].submissions,
    issues: scored.rows.map((r) => r.issues),
  };
}

const first = submission({ 单位: TOWN, 标题: '甲', 报送对象: '区委组织部', 报送日期: '2024-01-05' });
/** 乙, submitted to 区委组织部 on 01-10 and adopted by `over`'s outlet. */
const second = (over: RowSpec) =>
  adoption({
    单位: TOWN,
    标题: '乙',
    报送对象: '区委组织部',
    报送日期: '2024-01-10',
    媒体: '郑州日报',
    录用日期: '2024-01-20',
    ...over,
  });

describe('a row blocked for its adoption’s points is still its unit’s submission', () => {
  const blocks: [string, RowSpec, string][] = [
    [
      '媒体 not in 媒体, no 级别',
      { 媒体: '上街晚报' },
      '媒体“上街晚报”不在「媒体」表中，且未填级别，无法计分。请改为「媒体」表中的名称，或在「媒体」表中添加该媒体（或别名），或填写级别',
    ],
    ['no 录用日期', { 录用日期: '' }, '录用行缺少录用日期，无法计分'],
    [
      'an unreadable 录用日期',
      { 录用日期: '2024-01-32' },
      '录用日期“2024-01-32”不是有效日期（可写 2024-03-05、2024/3/5、2024年3月5日），无法计分',
    ],
    ['no 媒体 and no 级别', { 媒体: '', 采用方式: '录用' }, '录用行缺少媒体和级别，无法计分'],
    ['字数 not a number', { 字数: '很长' }, '字数“很长”不是数字'],
  ];

  it.each(blocks)(
    '%s: January’s second submission, the quota met, not barred; 校验 the block alone',
    (_, over, why) => {
      const f = figures([first, second(over)]);
      expect(f.issues).toEqual([[], [why]]);
      expect(f).toMatchObject({ submissions: 2, quota: 2, barred: false, boardMonth: 2 });
    },
  );

  it('as the same row not blocked', () => {
    expect(figures([first, second({})])).toMatchObject({
      submissions: 2,
      quota: 2,
      barred: false,
      boardMonth: 2,
    });
  });

  it('a whole year’s quota too: 全年向区委组织部报送 of a 党工委 (sweep S18a F2)', () => {
    const unit = '区直机关工委';
    const rows = [
      ...[1, 2, 3, 4, 5].map((m) =>
        submission({ 单位: unit, 标题: `报${m}`, 报送对象: '区委组织部', 报送日期: `2024-0${m}-05` }),
      ),
      second({ 单位: unit, 报送日期: '2024-07-05', 录用日期: '2024-07-20', 媒体: '上街晚报' }),
    ];
    const { rep } = run(rows, yearPeriod(2024));
    const u = rep.units.find((x) => x.unit === unit);
    expect(u?.submissions).toBe(6);
    expect(u?.indicators.find((i) => i.name === '全年向区委组织部报送')).toMatchObject({
      value: 6,
      met: true,
    });
    expect(u?.barred).toBe(false);
  });

  it('without any readable date it cannot be placed, and its 校验 says it is no submission either', () => {
    const f = figures([first, second({ 报送日期: '', 录用日期: '' })]);
    expect(f.issues[1]).toEqual([
      '录用行缺少录用日期，无法计分',
      '也无可用的报送日期，本行不计入任何时段的报送',
    ]);
    expect(f).toMatchObject({ submissions: 1, quota: 1, barred: true });
  });

  it('a 核定 not read, a 不计分 row and a row without 单位 stay no submission', () => {
    expect(figures([first, second({ 核定: '待定' })])).toMatchObject({
      submissions: 1,
      quota: 1,
      barred: true,
    });
    expect(figures([first, second({ 媒体: '上街晚报', 核定: '不计分' })])).toMatchObject({
      submissions: 1,
      quota: 1,
    });
    const { rep } = run([first, second({ 单位: '', 媒体: '上街晚报' })], monthPeriod(2024, 1));
    expect(rep.totals.submissions).toBe(1);
  });
});

describe('an adoption row with a 报送日期 and no 报送对象 is a submission, as a 报送 row is', () => {
  const noRecipient = second({ 报送对象: '' });

  it('counts toward the unit’s submissions and the month, not the quota filtered by recipient; 校验 says so', () => {
    const f = figures([first, noRecipient]);
    expect(f).toMatchObject({ submissions: 2, quota: 1, boardMonth: 2 });
    // The message a 报送 row without 报送对象 gets.
    const asSubmission = figures([
      first,
      submission({ 单位: TOWN, 标题: '乙', 报送对象: '', 报送日期: '2024-01-10' }),
    ]);
    expect(f.issues[1]).toEqual(['未填报送对象，不计入向区委组织部报送任务']);
    expect(asSubmission.issues[1]).toEqual(f.issues[1]);
    expect(asSubmission).toMatchObject({ submissions: 2, quota: 1, boardMonth: 2 });
  });

  it('no message when its piece’s 报送 row names the 报送对象 (the adoption repeats that submission’s date)', () => {
    // 乙 submitted to 区委组织部 on 01-10, then its adoption row repeats 01-10 with 报送对象 left blank: one
    // piece, one submission, counted toward the quota by its 报送 row. A duplicate copy is told only that.
    const sent = submission({ 单位: TOWN, 标题: '乙', 报送对象: '区委组织部', 报送日期: '2024-01-10' });
    const f = figures([first, sent, noRecipient]);
    expect(f).toMatchObject({ submissions: 2, quota: 2, issues: [[], [], []] });
    const copies = figures([first, noRecipient, second({ 报送对象: '', 录用日期: '2024-01-25' })]);
    expect(copies.issues[1]).toEqual(['未填报送对象，不计入向区委组织部报送任务']);
    expect(copies.issues[2]).toEqual([expect.stringMatching(/^重复行：与第3行标题、媒体相同/)]);
  });

  it('with neither 报送对象 nor 报送日期 it is the adoption alone: no submission, no message', () => {
    const f = figures([first, second({ 报送对象: '', 报送日期: '' })]);
    expect(f).toMatchObject({ submissions: 1, quota: 1, issues: [[], []] });
  });

  it('部机关: the department’s 每月上报信息 counts it (sweep S18b F2)', () => {
    const rows = [
      submission({ 单位: '办公室', 标题: '甲', 报送对象: '', 报送日期: '2024-03-05' }),
      adoption({
        单位: '办公室',
        标题: '乙',
        报送日期: '2024-03-06',
        媒体: '南通日报',
        录用日期: '2024-03-20',
      }),
    ];
    const { rep } = run(rows, yearPeriod(2024), '部机关');
    const monthly = rep.department?.indicators.find((i) => i.name === '每月上报信息');
    expect(monthly?.buckets?.[2]?.value).toBe(2);
    expect(rep.units.find((u) => u.unit === '办公室')?.submissions).toBe(2);
  });
});

describe('a piece without any 报送日期 is one submission, dated by its earliest 录用日期', () => {
  const monthly = (rows: RowSpec[], unit: string, quota: string) => {
    const { rep } = run(rows, yearPeriod(2024));
    const u = rep.units.find((x) => x.unit === unit);
    const buckets = u?.indicators.find((i) => i.name === quota)?.buckets ?? [];
    return {
      months: buckets.slice(0, 3).map((b) => b.value),
      year: u?.submissions,
      board: rep.months.slice(0, 3).map((m) => m.submissions),
    };
  };

  it('adopted in January and again in February: January’s submission only (sweep S18a F4)', () => {
    const undated = (outlet: string, day: string) =>
      adoption({
        单位: OFFICE,
        标题: '丙',
        报送对象: '市委组织部',
        报送日期: '',
        媒体: outlet,
        录用日期: day,
      });
    const rows = [
      submission({ 单位: OFFICE, 标题: '二月报送', 报送对象: '市委组织部', 报送日期: '2024-02-05' }),
      undated('上街组工动态', '2024-02-10'), // read first: the earliest adoption dates the piece, not the first row
      undated('郑州日报', '2024-01-20'),
    ];
    expect(monthly(rows, OFFICE, '每月向市委组织部报送')).toEqual({
      months: [1, 1, 0],
      year: 2,
      board: [1, 1, 0],
    });
  });

  it('the 对口处室’s relayed submission of it likewise', () => {
    const relayed = (outlet: string, day: string) =>
      adoption({
        单位: TOWN,
        标题: '丁',
        报送对象: '市委组织部',
        报送日期: '',
        媒体: outlet,
        录用日期: day,
        对口处室: OFFICE,
      });
    const rows = [relayed('郑州日报', '2024-01-19'), relayed('郑州电视台', '2024-02-06')];
    expect(monthly(rows, OFFICE, '每月向市委组织部报送').months).toEqual([1, 0, 0]);
    expect(monthly(rows, TOWN, '每月向区委组织部报送').months).toEqual([1, 0, 0]);
  });

  it('once a row has a 报送日期 the piece is dated by it; sent again to the same recipient it counts once (S26a F3)', () => {
    const rows = [
      adoption({ 单位: OFFICE, 标题: '丙', 报送对象: '市委组织部', 报送日期: '', 录用日期: '2024-03-20' }),
      submission({ 单位: OFFICE, 标题: '丙', 报送对象: '市委组织部', 报送日期: '2024-01-10' }),
      submission({ 单位: OFFICE, 标题: '丙', 报送对象: '市委组织部', 报送日期: '2024-02-03' }),
    ];
    expect(monthly(rows, OFFICE, '每月向市委组织部报送').months).toEqual([1, 0, 0]);
  });
});
