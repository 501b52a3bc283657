// The --json additions of issue 12 (fields only ever added) and "today" clamped into the period, through
// the command's own main() on CSV ledgers written to a temp dir.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, shanghaiToday } from '../../src/cli/main';
import { dayToIso } from '../../src/core/dates';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { tempDir, writeXlsx } from './helpers';

type Row = Record<string, string | number>;

function csv(rows: Row[]): string {
  const header = LEDGER_HEADERS.map(String);
  const cell = (v: string | number | undefined) => {
    const t = v === undefined ? '' : String(v);
    return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return `${[header.join(','), ...rows.map((r) => header.map((h) => cell(r[h])).join(','))].join('\n')}\n`;
}

async function report(rows: Row[], args: string[], now = new Date('2026-11-28T12:00:00Z')) {
  const path = join(tempDir(), 'ledger.csv');
  writeFileSync(path, csv(rows));
  let stdout = '';
  let stderr = '';
  const code = await main(['report', path, '--json', ...args], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { ZUGONG_PROGRESS: '0' },
    now: () => now,
  });
  return { code, stdout, stderr, json: code === 0 ? JSON.parse(stdout) : null };
}

const piece = (over: Row): Row => ({
  标题: '稿',
  作者: '张三',
  单位: '组织科',
  报送日期: '2024-03-01',
  采用方式: '录用',
  录用日期: '2024-03-05',
  ...over,
});

describe('--json: the fields issue 12 adds', () => {
  it('rows[].credit is all zeros and taskCredit 0 on a second adoption; the first keeps [1] and 1', async () => {
    // The same piece adopted by 南通日报 then 新华日报: points 5 and 10, 计任务 1 then 0 (重复用稿不计任务).
    const { json } = await report(
      [piece({ 媒体: '南通日报' }), piece({ 媒体: '新华日报', 录用日期: '2024-04-05' })],
      ['--preset', '部机关', '--period', '2024'],
    );
    expect(
      json.rows.map((r: { points: number; credit: number[]; taskCredit: number }) => [
        r.points,
        r.credit,
        r.taskCredit,
      ]),
    ).toEqual([
      [5, [1], 1],
      [10, [0], 0],
    ]);
  });

  it('units[].barred, people[].indicators and bonus, teams[], department.indicators and met', async () => {
    const rows = [
      piece({ 标题: 'a', 作者: '张三、李四', 媒体: '南通日报' }),
      piece({ 标题: 'b', 单位: '干部科', 作者: '李四', 媒体: '组工信息专报' }),
    ];
    const { json } = await report(rows, ['--preset', '部机关', '--period', '2024']);
    const zhang = json.people.find((p: { person: string }) => p.person === '张三');
    expect(zhang.indicators.find((i: { name: string }) => i.name === '市级以上录用')).toMatchObject({
      value: 1, // 0.5 rounded half up at the closed year's end
      target: 6,
      met: false,
    });
    expect(zhang.bonus).toBe(0);
    const team = json.teams.find((t: { unit: string }) => t.unit === '组织科');
    // 组织科 in the preset: 5 members, one in post 4 months → 4.5; task 6 × 4.5 = 27; both halves are its.
    expect(team).toMatchObject({
      unit: '组织科',
      members: 4.5,
      target: 27,
      value: 1,
      met: false,
      bonusPerMember: 0,
      vetoed: false,
    });
    expect(team.memberNames).toEqual(['张三']);
    expect(json.department.met).toBe(false);
    expect(json.department.indicators.map((i: { name: string }) => i.name)).toEqual([
      '每月上报信息',
      '每月编报专报',
      '每月部编组工信息',
      '全年市级以上录用',
    ]);
  });

  it('people[].chief: a 科室负责人 keeps their own status; the team their reward follows, said in Chinese', async () => {
    // 干部科 (1 member, chief 王五): 6 pieces in 南通日报 meet the team's 6, but 王五 has no 专报 or 部编.
    const rules = join(tempDir(), 'rules.xlsx');
    await writeXlsx(rules, {
      单位: [
        ['单位', '类型', '人数', '负责人'],
        ['干部科', '部机关科室', 1, '王五'],
      ],
    });
    const rows = [1, 2, 3, 4, 5, 6].map((k) =>
      piece({ 标题: `王${k}`, 作者: '王五', 单位: '干部科', 媒体: '南通日报' }),
    );
    const { json } = await report(rows, ['--preset', '部机关', '--period', '2024', '--rules', rules]);
    const wang = json.people.find((p: { person: string }) => p.person === '王五');
    expect([wang.status, wang.bonus, wang.chief]).toEqual([
      '未达标',
      200,
      { unit: '干部科', teamStatus: '已达标', note: '科室负责人：奖励随科室整体任务（干部科已达标）' },
    ]);
  });

  it('people[] and teams[] say whether the bonus is final: bonusProvisional before the year closes (sweep s25d F8)', async () => {
    const rows = [piece({ 标题: 'a', 作者: '张三', 媒体: '南通日报' })];
    for (const [asOf, provisional] of [
      ['2024-12-30', true],
      ['2024-12-31', false],
    ] as const) {
      const { json } = await report(rows, ['--preset', '部机关', '--period', '2024', '--as-of', asOf]);
      const zhang = json.people.find((p: { person: string }) => p.person === '张三');
      expect([zhang.bonus, zhang.bonusProvisional]).toEqual([0, provisional]);
      expect(json.teams.map((t: { bonusProvisional: boolean }) => t.bonusProvisional)).toEqual(
        json.teams.map(() => provisional),
      );
    }
  });

  it('a township that missed a month of its submission quota is barred in units[]', async () => {
    // A CSV ledger: the units are the ledger's. 峡窝镇党委 sent 1 of its 2 in January; 区直机关工委's 6 are
    // for the year, not yet over on 31 March.
    const sent = (title: string, unit: string): Row => ({
      标题: title,
      单位: unit,
      报送对象: '区委组织部',
      报送日期: '2024-01-05',
      采用方式: '报送',
    });
    const { json } = await report(
      [sent('一', '峡窝镇党委'), sent('二', '区直机关工委')],
      ['--period', '2024-Q1', '--as-of', '2024-03-31'],
    );
    const barred = Object.fromEntries(
      json.units.map((u: { unit: string; barred: boolean }) => [u.unit, u.barred]),
    );
    expect(barred).toEqual({ 峡窝镇党委: true, 区直机关工委: false });
  });
});

describe('"today" clamped into the period (RULES §9)', () => {
  const rows = [piece({ 单位: '峡窝镇党委', 媒体: '郑州日报' })];

  it('a past period is judged as of its end, a future one as of its first day', async () => {
    const past = await report(rows, ['--period', '2024']);
    const future = await report(rows, ['--period', '2027-Q2']);
    expect([past.json.meta.asOf, future.json.meta.asOf]).toEqual(['2024-12-31', '2027-04-01']);
  });

  it('today inside the period is today in Asia/Shanghai, whatever the machine’s zone', async () => {
    // 16:30 UTC on 31 Dec 2024 is already 1 Jan 2025 in Shanghai.
    const now = new Date('2024-12-31T16:30:00Z');
    expect(dayToIso(shanghaiToday(now))).toBe('2025-01-01');
    const r = await report(rows, ['--period', '2025'], now);
    expect(r.json.meta.asOf).toBe('2025-01-01');
  });

  it('an explicit --as-of before the period starts is refused', async () => {
    const r = await report(rows, ['--period', '2024-Q2', '--as-of', '2024-03-31']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      '错误：截至日期 2024-03-31 早于统计期间的开始（2024-04-01），请改用期间内的日期｜Error: --as-of 2024-03-31 is before the period starts (2024-04-01)\n',
    );
  });
});

describe('--json: what an indicator counts', () => {
  it('each indicator says its 度量 (so 分 or 篇) and whether it counts every row', async () => {
    const { json } = await report([piece({ 单位: '峡窝镇党委', 媒体: '河南日报' })], ['--period', '2024']);
    const town = json.units.find((u: { unit: string }) => u.unit === '峡窝镇党委');
    const shown = town.indicators.map((i: { name: string; metric: string; unfiltered: boolean }) => [
      i.name,
      i.metric,
      i.unfiltered,
    ]);
    expect(shown).toContainEqual(['全年积分', '积分', true]);
    expect(shown.filter((s: unknown[]) => s[1] === '录用' || s[1] === '报送').length).toBeGreaterThan(0);
    expect(shown.some((s: unknown[]) => s[2] === false)).toBe(true);
  });
});

describe('--json units[].namedFirst (audit S25b F1)', () => {
  it('a group whose best is below 0 has first=true on its top but namedFirst=false, as the 通报 names no 第一名', async () => {
    // 上街区 preset, one 乡镇街道 unit with a 倒扣 row: its group's top is −5, the 通报 and 附件1 name no 首.
    const rows = [
      piece({ 单位: '峡窝镇党委', 媒体: '郑州日报', 核定: '倒扣' }),
      piece({ 单位: '济源路街道党工委', 标题: '另一篇', 媒体: '郑州日报', 核定: '倒扣' }),
      piece({ 单位: '济源路街道党工委', 标题: '又一篇', 媒体: '郑州日报', 核定: '倒扣' }),
      piece({ 单位: '组织科', 标题: '第三篇', 媒体: '郑州日报' }),
      piece({ 单位: '人才办', 标题: '第四篇', 媒体: '郑州日报', 核定: '倒扣' }),
    ];
    const { json } = await report(rows, ['--preset', '上街区', '--period', '2024']);
    const unit = (name: string) => json.units.find((u: { unit: string }) => u.unit === name);
    const top = json.units.filter(
      (u: { unitType: string; first: boolean }) => u.unitType === '乡镇街道' && u.first,
    );
    expect(top.length).toBeGreaterThan(0);
    for (const u of top) expect(u.namedFirst).toBe(false);
    expect(unit('组织科')).toMatchObject({ first: true, namedFirst: true, points: 5 });
  });
});
