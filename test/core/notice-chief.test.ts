// A 科室负责人 (部机关 preset): their 状态 is their own personal tasks (000 §三(一) sets them for 部机关每人),
// while their reward follows the team alone (000 §三(四)4, under 年终考核激励; RULES §10.11). The 通报's
// sentence on personal tasks counts and names chiefs by their own figures; 附件2's 说明 says the reward rule once.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { buildNotice } from '../../src/core/notice';
import { yearPeriod } from '../../src/core/period';
import type { Grid } from '../../src/core/types';
import { dashboardSheet } from '../../src/sheets/dashboard';
import { adoption, ledgerGrid } from '../helpers/ledger';

// 组织科 (2 members, chief 张三): 张三 meets every personal item (发稿 12 ≥ 8, 专报 3, 部编 3, 调研 1,
// 市级以上 7 ≥ 6, 南通/省 structure), 李四 writes nothing; the team's 市级以上 7 < 6 × 2 misses.
// 干部科 (1 member, chief 王五): 6 pieces in 南通日报 meet the team's 6 × 1, but 王五 has no 专报 or 部编.
const units: Grid = [
  ['单位', '类型', '人数', '负责人'],
  ['组织科', '部机关科室', 2, '张三'],
  ['干部科', '部机关科室', 1, '王五'],
];
const people: Grid = [
  ['姓名', '单位', '在岗月数'],
  ['张三', '组织科', 12],
  ['李四', '组织科', 12],
  ['王五', '干部科', 12],
];
const zhang = (title: string, 媒体: string, extra: Record<string, string> = {}) =>
  adoption({ 标题: title, 作者: '张三', 单位: '组织科', 媒体, ...extra });
const rows = [
  zhang('张一', '南通组工信息'),
  zhang('张二', '南通党建'),
  zhang('张三稿', '新华日报'),
  zhang('张调研', '南通日报', { 类别: '调研报告' }),
  zhang('张五', '省组工信息'),
  zhang('张专一', '组工信息专报'),
  zhang('张专二', '组工信息专报'),
  zhang('张专三', '组工信息专报'),
  zhang('张编一', '部编组工信息'),
  zhang('张编二', '部编组工信息'),
  zhang('张编三', '部编组工信息'),
  zhang('张十二', '南通日报'),
  ...[1, 2, 3, 4, 5, 6].map((k) =>
    adoption({ 标题: `王${k}`, 作者: '王五', 单位: '干部科', 媒体: '南通日报' }),
  ),
];

describe('a 科室负责人 is judged on their own tasks; the reward follows the team', () => {
  const a = assess(
    { ledger: ledgerGrid(rows), tables: { 单位: units, 人员: people }, preset: '部机关' },
    { period: yearPeriod(2024), asOf: dayFromYmd(2024, 12, 31) },
  );
  const person = (name: string) => a.report.people.find((p) => p.person === name);
  const team = (name: string) => a.report.teams.find((t) => t.subject === name);

  it('status is personal, the bonus the team’s: 张三 met but unpaid, 王五 missed but paid the team’s', () => {
    expect([team('组织科')?.status, team('干部科')?.status]).toEqual(['未达标', '已达标']);
    expect(['张三', '王五', '李四'].map((n) => [n, person(n)?.status, person(n)?.bonus])).toEqual([
      ['张三', '已达标', 0],
      ['王五', '未达标', 200],
      ['李四', '未达标', 0],
    ]);
    expect(person('张三')?.leads).toEqual({ unit: '组织科', status: '未达标' });
    expect(person('李四')?.leads).toBeNull();
  });

  it('the 通报 names 张三 as having met the personal tasks, and 附件2 says the reward rule once', () => {
    const doc = buildNotice(a.report, a.rules.settings, { issuedOn: dayFromYmd(2025, 1, 9) });
    const texts = doc.body.flatMap((b) => ('text' in b ? [b.text] : []));
    expect(texts.filter((t) => t.startsWith('对照个人任务'))).toEqual([
      '对照个人任务，3人中已达标1人、未达标2人，已完成任务的是张三（每人情况详见附件2）。',
    ]);
    const table = doc.attachments.find((t) => t.header.includes('计任务（篇）'));
    const status = table?.header.indexOf('状态') ?? -1;
    const lines = (table?.groups ?? []).flatMap((g) => g.rows).map((r) => [r[1], r[status], r.at(-1)]);
    expect(lines).toEqual([
      ['张三', '已达标', '科室负责人：奖励随科室整体任务（组织科未达标）'],
      ['王五', '未达标', '科室负责人：奖励随科室整体任务（干部科已达标）'],
      ['李四', '未达标', '本期无稿件'],
    ]);
  });
});

describe('附件2 says who gets what in 元 and why (sweep s25d F3, F8)', () => {
  const vetoUnits: Grid = [
    ['单位', '类型', '人数', '负责人', '一票否决'],
    ['组织科', '部机关科室', 2, '张三', ''],
    ['干部科', '部机关科室', 1, '王五', '是'],
  ];
  const run = (asOf: number) =>
    assess(
      { ledger: ledgerGrid(rows), tables: { 单位: vetoUnits, 人员: people }, preset: '部机关' },
      { period: yearPeriod(2024), asOf },
    );
  const attachment2 = (asOf: number) => {
    const a = run(asOf);
    const doc = buildNotice(a.report, a.rules.settings, { issuedOn: dayFromYmd(2025, 1, 9) });
    return doc.attachments.find((t) => t.header.includes('计任务（篇）'));
  };

  it('a 奖金（元） column, the vetoed chief’s 说明 saying 不发奖金, and a note on the cut', () => {
    const table = attachment2(dayFromYmd(2024, 12, 31));
    expect(table?.header).toEqual([
      '名次',
      '姓名',
      '单位',
      '计任务（篇）',
      '四舍五入',
      '积分',
      '状态',
      '奖金（元）',
      '说明',
    ]);
    const lines = (table?.groups ?? []).flatMap((g) => g.rows).map((r) => [r[1], r[7], r[8]]);
    expect(lines).toEqual([
      ['张三', 0, '科室负责人：奖励随科室整体任务（组织科未达标）'],
      ['王五', 0, '科室负责人：奖励随科室整体任务（干部科已达标，一票否决，不发奖金）'],
      ['李四', 0, '本期无稿件'],
    ]);
    expect(table?.notes.at(-1)).toBe(
      '奖金含个人任务奖励和科室整体任务奖励（按人均分），科室负责人只发科室整体任务奖励；干部科一票否决，不发科室整体任务奖金。',
    );
  });

  it('before the year closes the amounts are 预计, said in the heading and a note', () => {
    const table = attachment2(dayFromYmd(2024, 12, 30));
    expect(table?.header.filter((h) => h.startsWith('奖金'))).toEqual(['奖金（元，预计）']);
    expect(table?.notes.at(-1)).toMatch(/^年度未结束，奖金为按目前完成情况的预计数/);
  });
});

describe('领导看板 科室整体任务 says why a team’s bonus is cut, and 预计 before the close (sweep s25d F3, F8)', () => {
  const vetoUnits: Grid = [
    ['单位', '类型', '人数', '负责人', '一票否决'],
    ['组织科', '部机关科室', 2, '张三', ''],
    ['干部科', '部机关科室', 1, '王五', '是'],
  ];
  const board = (asOf: number) => {
    const a = assess(
      { ledger: ledgerGrid(rows), tables: { 单位: vetoUnits, 人员: people }, preset: '部机关' },
      { period: yearPeriod(2024), asOf },
    );
    const values = dashboardSheet(a.report, '2025-01-05 09:00').values.map((r) =>
      r.map((v) => String(v ?? '')).filter((v) => v !== ''),
    );
    const at = values.findIndex((r) => r[0]?.endsWith('科室整体任务'));
    return values.slice(at + 1, at + 4);
  };

  it('干部科 一票否决 beside its tasks; 奖金（元，预计） before 12-31', () => {
    expect(board(dayFromYmd(2024, 12, 31))).toEqual([
      ['科室', '类型', '状态', '奖金（元）', '未完成指标及奖金说明'],
      ['组织科', '部机关科室', '未达标', '0', '科室录用任务 6/12'],
      ['干部科', '部机关科室', '已达标', '0', '一票否决'],
    ]);
    expect(board(dayFromYmd(2024, 12, 30))[0][3]).toBe('奖金（元，预计）');
  });
});
