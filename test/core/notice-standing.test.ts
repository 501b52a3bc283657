// The 达标状态 a 通报, its 附件1 and 领导看板 show for a unit (session 12 sweep): a unit with no task of its
// own never reads 已达标; a 部机关科室 is judged on its 科室整体 task, the department and people on theirs;
// a unit the 通报 criticises or bars is not praised; 上期 and 去年同期 are said once when they are one period.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { buildNotice } from '../../src/core/notice';
import { quarterPeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import type { PresetName } from '../../src/core/rules/presets';
import { scoreLedger } from '../../src/core/score';
import type { Period, Rules, Settings } from '../../src/core/types';
import { dashboardSheet } from '../../src/sheets/dashboard';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

function notice(
  preset: PresetName,
  rows: RowSpec[],
  period: Period,
  over: Partial<Rules> = {},
  settings: Partial<Settings> = {},
) {
  const base = presetRules(preset);
  const rules: Rules = { ...base, ...over, settings: { ...base.settings, ...settings } };
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const report = buildReport(scored, rules, period, period.to);
  return { report, doc: buildNotice(report, rules.settings, { issuedOn: dayFromYmd(2025, 1, 9) }) };
}

/** 领导看板's first line: its rows (cut to the table's width) down to 数据截至, joined. */
const firstLine = (sheet: ReturnType<typeof dashboardSheet>) =>
  sheet.values
    .slice(
      1,
      sheet.values.findIndex((r) => String(r[0]).startsWith('数据截至')),
    )
    .map((r) => r[0])
    .join('');

const paragraphs = (doc: ReturnType<typeof buildNotice>) => doc.body.map((b) => b.text);
const statusColumn = (doc: ReturnType<typeof buildNotice>) => {
  const t = doc.attachments[0];
  const c = t.header.indexOf('达标状态');
  return Object.fromEntries(t.groups.flatMap((g) => g.rows.map((r) => [r[1], r[c]])));
};

describe('部机关: 科室 judged on their 科室整体 task, never 已达标 for want of a unit task', () => {
  const bj = (unit: string, person: string, title: string, day: string) =>
    adoption({
      单位: unit,
      作者: person,
      标题: title,
      媒体: '南通日报',
      报送日期: day,
      录用日期: day,
      报送对象: '',
    });
  const rows = [
    bj('组织科', '林一', 'a', '2024-03-05'),
    bj('组织科', '林二', 'b', '2024-04-05'),
    bj('办公室', '陈一', 'c', '2024-05-05'),
  ];
  const { report, doc } = notice('部机关', rows, yearPeriod(2024));

  it('附件1 shows each 科室’s team status (all missed), and says how it is judged', () => {
    expect(statusColumn(doc)).toEqual({
      组织科: '未达标',
      办公室: '未达标',
      干部科: '未达标',
      干部监督科: '未达标',
      人才科: '未达标',
      老干部科: '未达标',
      党员教育中心: '未达标',
    });
    expect(doc.attachments[0].notes).toContain(
      '达标状态：没有单位任务的科室按科室整体任务（个人任务×科室折算人数）判定。',
    );
  });

  it('the text counts the 科室, the department and the people, and praises nobody who missed', () => {
    const text = paragraphs(doc);
    expect(text).toContain(
      // Statuses no unit holds are left out; the units behind are named once, under 通报批评 (audit S25b F4, F5).
      '对照全年任务（部机关科室按科室整体任务，即个人任务×科室折算人数），7个单位均未达标，未达标的单位及原因见第三部分。',
    );
    expect(text).toContain(
      '对照全部门目标，未达标：每月上报信息0/12个月达标；每月编报专报0/12个月达标；每月部编组工信息0/12个月达标；全年市级以上录用3篇/目标150篇。',
    );
    expect(text).toContain('对照个人任务，3人均未达标（每人情况详见附件2）。');
    expect(text).toContain('（一）通报表扬。组织科积分排名第一，但有任务未完成，本期不作表扬。');
    const blame = text.find((t) => t.startsWith('（二）通报批评。')) ?? '';
    expect(blame).toContain(
      '；组织科未完成科室整体任务：科室录用任务2篇/目标27篇；办公室未完成科室整体任务：科室录用任务1篇/目标24篇；',
    );
    expect(text.filter((t) => t.includes('本期无零报送、任务滞后或倒扣的单位'))).toEqual([]);
  });

  it('领导看板’s first line counts the same', () => {
    const sheet = dashboardSheet(report, '2025-01-09 10:00');
    // Each row has a 报送日期 (no 报送对象): three submissions (RULES §9, sweep S18b F2).
    expect(firstLine(sheet)).toBe(
      '全年积分15分，录用3篇，报送3篇；7个单位均未达标（组织科、办公室、党员教育中心、干部监督科、干部科、老干部科、人才科）。',
    );
  });
});

describe('a unit with no task at all reads 无单位任务, not 已达标', () => {
  it('in 附件1, the counts and 领导看板', () => {
    const base = presetRules('上街区');
    const units = [...base.units, { ...base.units[0], name: '老干部活动中心', type: '直属单位' }];
    const rows = [
      adoption({
        单位: '老干部活动中心',
        标题: 'x',
        媒体: '河南日报',
        录用日期: '2024-08-05',
        报送日期: '2024-08-01',
      }),
    ];
    const { report, doc } = notice('上街区', rows, quarterPeriod(2024, 3), { units });
    expect(statusColumn(doc).老干部活动中心).toBe('无单位任务');
    expect(doc.attachments[0].notes).toContain(
      '达标状态：既无单位任务也无科室整体任务的单位为“无单位任务”。',
    );
    const line = paragraphs(doc).find((t) => t.startsWith('对照全年任务')) ?? '';
    expect(line).toMatch(
      /^对照全年任务，(?:(?:已达标|进度正常|进度滞后|未达标)[1-9]\d*个、?)+单位（另有1个单位无单位任务）/,
    );
    const sheet = dashboardSheet(report, '2025-01-09 10:00');
    expect(firstLine(sheet)).toMatch(/，无单位任务1个。$/);
    const row = sheet.values.find((r) => r[0] === '老干部活动中心');
    expect(row?.[7]).toBe('无单位任务');
  });
});

describe('a unit the 通报 criticises or bars is not praised', () => {
  it('the first of 乡镇街道 that missed its monthly 报送 task is named under 批评 only', () => {
    // 峡窝镇党委 leads 乡镇街道 on points but sent nothing to 区委组织部: 未达标 and barred.
    const rows = [
      adoption({
        单位: '峡窝镇党委',
        标题: 'a',
        媒体: '河南日报',
        录用日期: '2024-11-05',
        报送日期: '2024-11-01',
      }),
      adoption({
        单位: '中心路街道党工委',
        标题: 'b',
        媒体: '郑州日报',
        录用日期: '2024-11-05',
        报送日期: '2024-11-01',
      }),
      adoption({
        单位: '国资系统党工委',
        标题: 'c',
        媒体: '郑州日报',
        录用日期: '2024-11-05',
        报送日期: '2024-11-01',
      }),
      ...Array.from({ length: 6 }, (_, k) =>
        submission({ 单位: '国资系统党工委', 标题: `s${k}`, 报送日期: `2024-1${k % 2}-0${k + 1}` }),
      ),
    ];
    const { doc } = notice('上街区', rows, quarterPeriod(2024, 4));
    const text = paragraphs(doc);
    const praise = text.find((t) => t.startsWith('（一）通报表扬。')) ?? '';
    const blame = text.find((t) => t.startsWith('（二）通报批评。')) ?? '';
    // 15 units behind in the preset's 20: counted under 批评, each named with its reason in 附件1 (audit S25b F4).
    expect(blame).toContain('15个单位未完成全年任务（名单及原因见附件1）');
    const t = doc.attachments[0];
    const row = t.groups.flatMap((g) => g.rows).find((r) => r[1] === '峡窝镇党委') ?? [];
    expect(row[t.header.indexOf('备注')]).toBe(
      '首；不得评先评优；未完成全年任务：全年积分10分/目标50分；每月向区委组织部报送0/12个月达标',
    );
    expect(praise.includes('峡窝镇党委（')).toBe(false);
    expect(praise).toContain('峡窝镇党委积分排名第一，但有任务未完成');
  });
});

describe('a first place not praised says why', () => {
  it('a unit whose only fault is a 倒扣 row is not praised for that, not for tasks it met', () => {
    const rows = [
      adoption({ 单位: '峡窝镇党委', 标题: 'a', 媒体: '人民日报', 录用日期: '2024-03-05' }),
      adoption({ 单位: '峡窝镇党委', 标题: 'b', 媒体: '郑州日报', 录用日期: '2024-03-06', 核定: '倒扣' }),
      adoption({ 单位: '中心路街道党工委', 标题: 'c', 媒体: '郑州日报', 录用日期: '2024-03-07' }),
    ];
    const { doc } = notice('上街区', rows, quarterPeriod(2024, 1));
    const praise = paragraphs(doc).find((t) => t.startsWith('（一）通报表扬。')) ?? '';
    expect(praise).toContain('峡窝镇党委积分排名第一，但');
    expect(praise).toContain('有稿件被核定倒扣');
  });
});

describe('上期 and 去年同期 are one sentence when they are the same period', () => {
  it('a year compares with the year before once', () => {
    const rows = [
      adoption({ 单位: '峡窝镇党委', 标题: 'a', 媒体: '河南日报', 录用日期: '2024-03-05' }),
      adoption({
        单位: '峡窝镇党委',
        标题: 'b',
        媒体: '河南日报',
        录用日期: '2023-03-05',
        报送日期: '2023-03-01',
      }),
    ];
    const { doc } = notice('上街区', rows, yearPeriod(2024));
    const line = paragraphs(doc).find((t) => t.startsWith('2024年，')) ?? '';
    // b, with its 报送日期, was also 2023’s one submission (RULES §9: no 报送对象 takes it out of recipient quotas only).
    expect(line.slice(line.indexOf('。') + 1)).toBe(
      '与上期及去年同期（2023年）相比，报送减少1篇，录用持平，积分持平。',
    );
  });
  it('a quarter still says both', () => {
    const rows = [
      adoption({
        单位: '峡窝镇党委',
        标题: 'a',
        媒体: '河南日报',
        录用日期: '2024-08-05',
        报送日期: '2024-08-01',
      }),
    ];
    const { doc } = notice('上街区', rows, quarterPeriod(2024, 3));
    const line = paragraphs(doc).find((t) => t.startsWith('2024年第三季度，')) ?? '';
    expect(line).toContain(
      '上期（2024年第二季度）无台账记录，不作比较；去年同期（2023年第三季度）无台账记录，不作比较。',
    );
  });
});

describe('附件1 formats the columns it names', () => {
  it('points on 本期/转报/累计/上期/比上期增减, the sign on 比上期增减', () => {
    const { doc } = notice('上街区', [adoption({ 标题: 'a' })], quarterPeriod(2024, 1));
    const t = doc.attachments[0];
    expect(t.pointCols.map((c) => t.header[c - 1])).toEqual([
      '本期积分',
      '其中转报分成',
      '累计积分',
      '上期积分',
      '比上期增减',
    ]);
    expect(t.changeCols.map((c) => t.header[c - 1])).toEqual(['比上期增减']);
  });
});

describe('领导看板’s first line stays within the unit table', () => {
  it('with many units behind it takes several rows, each no wider than the table', () => {
    const base = presetRules('上街区');
    // Ten units behind (more are counted, not named: audit S25b F4), with names long enough to take several rows.
    const units = Array.from({ length: 10 }, (_, k) => ({
      ...base.units[0],
      name: `第${k + 1}街道某某社区联合党委工作委员会`,
    }));
    const rows = [
      adoption({
        单位: '第1街道某某社区联合党委工作委员会',
        标题: 'a',
        媒体: '河南日报',
        录用日期: '2024-08-05',
        报送日期: '2024-08-01',
      }),
    ];
    const { report } = notice('上街区', rows, yearPeriod(2024), { units });
    const sheet = dashboardSheet(report, '2025-01-09 10:00');
    const end = sheet.values.findIndex((r) => String(r[0]).startsWith('数据截至'));
    const lines = sheet.values.slice(1, end).map((r) => String(r[0]));
    expect(lines.length).toBeGreaterThan(3);
    // As wide as the unit table's columns (header 单位 …), 12 pt bold about 16 px a character.
    const header = sheet.values.find((r) => r[0] === '单位') ?? [];
    const cols = header.filter((v) => v !== null && v !== '').length;
    const table = (sheet.columnWidths ?? []).slice(0, cols).reduce((a, w) => a + w, 0);
    const px = (t: string) => [...t].reduce((a, ch) => a + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 16 : 8), 0);
    expect(lines.filter((l) => px(l) > table + 16)).toEqual([]);
    expect(lines.join('')).toMatch(
      /^全年积分10分，.*；10个单位均未达标（(第\d+街道某某社区联合党委工作委员会、){9}第\d+街道某某社区联合党委工作委员会）。$/,
    );
  });
});

describe('the department’s targets mid-year', () => {
  it('a yearly item behind pace is named under 进度滞后, not under 未达标', () => {
    const rows = [
      adoption({ 单位: '组织科', 作者: '张三', 标题: 'a', 媒体: '新华日报', 录用日期: '2024-04-05' }),
    ];
    const { report, doc } = notice('部机关', rows, quarterPeriod(2024, 2));
    const dept = report.department!;
    const behind = dept.indicators.filter((i) => i.status === '进度滞后');
    const failed = dept.indicators.filter((i) => i.status === '未达标');
    expect(behind.length).toBeGreaterThan(0);
    expect(failed.length).toBeGreaterThan(0);
    const line = paragraphs(doc).find((t) => t.startsWith('对照全部门目标')) ?? '';
    const [failedPart, behindPart] = line.split('；进度滞后：');
    expect(behindPart).toBeDefined();
    for (const i of behind) expect(failedPart.includes(i.name)).toBe(false);
    for (const i of failed) expect(behindPart.includes(i.name)).toBe(false);
  });
});
