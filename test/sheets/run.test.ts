// The report layer against an in-memory port: what it reads, what it writes, what it refuses.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { parsePeriod } from '../../src/core/period';
import { rulesToGrids } from '../../src/core/rules';
import { presetRules } from '../../src/core/rules/presets';
import type { Cell, Grid } from '../../src/core/types';
import { dashboardSheet, progressBar } from '../../src/sheets/dashboard';
import { ledgerWithComputed } from '../../src/sheets/ledgerSheet';
import type { SheetModel } from '../../src/sheets/model';
import { ledgerCopyTabs, outputTabs } from '../../src/sheets/outputTabs';
import type { WorkbookPort } from '../../src/sheets/port';
import { indicatorProgress, wrapText } from '../../src/sheets/report';
import { inferUnitType, refreshDashboard, runReport } from '../../src/sheets/run';
import { ruleTabs } from '../../src/sheets/tabs';
import { d, ledgerGrid } from '../cli/helpers';

class MemoryPort implements WorkbookPort {
  readonly written: SheetModel[] = [];
  readonly reads: string[] = [];
  constructor(readonly tabs: Map<string, Grid>) {}
  sheetNames(): string[] {
    return [...this.tabs.keys()];
  }
  readValues(name: string): Grid {
    this.reads.push(name);
    return this.tabs.get(name) ?? [];
  }
  writeSheet(model: SheetModel): void {
    this.written.push(model);
    this.tabs.set(model.name, model.values as Grid);
  }
}

const row = (unit: string, outlet: string, day: string, extra: Record<string, Cell> = {}) => ({
  标题: `${unit}${day}`,
  作者: '李娜、王强',
  单位: unit,
  报送对象: '区委组织部',
  报送日期: d(day),
  媒体: outlet,
  录用日期: d(day),
  ...extra,
});

function workbook(rows: Record<string, Cell>[]): MemoryPort {
  const grids = rulesToGrids(presetRules('上街区'));
  return new MemoryPort(
    new Map<string, Grid>([
      ['稿件台账', ledgerGrid(rows)],
      ['单位', grids.单位],
      ['计分', grids.计分],
    ]),
  );
}

const now = new Date(2024, 3, 1, 9, 30);

describe('runReport', () => {
  it('reads each tab once, writes 通报 and 领导看板, and never the ledger', () => {
    const port = workbook([
      row('峡窝镇党委', '郑州日报', '2024-02-03'),
      row('组织科', '河南组工信息', '2024-03-09'),
    ]);
    const before = JSON.stringify(port.tabs.get('稿件台账'));
    const result = runReport(port, { now });
    expect(result.sheetNames).toEqual([
      '通报 2024',
      '通报 2024 附件1',
      '通报 2024 附件2',
      '待核实',
      '领导看板',
    ]);
    expect(port.written.map((m) => m.name)).not.toContain('稿件台账');
    expect(JSON.stringify(port.tabs.get('稿件台账'))).toBe(before);
    expect(port.reads.filter((n) => n === '稿件台账')).toHaveLength(1);
    expect(port.reads.filter((n) => n === '单位')).toHaveLength(1);
    const issues = port.written.find((m) => m.name === '待核实')!;
    expect(issues.values[1][0]).toContain('生成时间：2024-04-01 09:30');
    // The 通报 is dated the day it is generated, in Chinese numerals.
    expect(port.written[0].values.map((r) => String(r[0] ?? '').trim())).toContain('二〇二四年四月一日');
    // Rectangular values, as the port contract asks.
    const ragged = port.written.filter((m) => m.values.some((r) => r.length !== m.values[0].length));
    expect(ragged.map((m) => m.name)).toEqual([]);
  });

  it('refuses with the Chinese message naming the cell when a rule table is broken', () => {
    const port = workbook([row('峡窝镇党委', '郑州日报', '2024-02-03')]);
    port.tabs.get('计分')![2][5] = -3;
    let error: unknown;
    try {
      runReport(port, { now });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/「计分」表第3行「分值」/);
    expect(port.written).toHaveLength(0);
  });

  it('a ledger without 采用方式 says that adoptions all score as 录用 (综合 cannot be told apart)', () => {
    const port = workbook([row('峡窝镇党委', '郑州日报', '2024-02-03')]);
    const ledger = port.tabs.get('稿件台账')!;
    const mode = ledger[0].indexOf('采用方式');
    port.tabs.set(
      '稿件台账',
      ledger.map((r) => r.filter((_, i) => i !== mode)),
    );
    const result = runReport(port, { now });
    expect(result.noticeDetails.filter((n) => n.code === 'column-missing').map((n) => n.message)).toContain(
      '台账没有「采用方式」列：有媒体的行都按“录用”计分，综合采用的稿件无法区分',
    );
  });

  it('a ledger without a readable 媒体 column says so when rows have a 录用日期 (audit S26b F1), not when none has', () => {
    const withMedia = runReport(
      workbook([row('峡窝镇党委', '郑州日报', '2024-02-03'), row('组织科', '', '2024-02-05')]),
      { now },
    );
    const cut = (port: MemoryPort, header: (h: Cell) => Cell | null) => {
      const ledger = port.tabs.get('稿件台账')!;
      const keep = ledger[0].map((h) => header(h) !== null);
      port.tabs.set(
        '稿件台账',
        ledger.map((r, i) =>
          i === 0 ? r.map((h) => header(h)).filter((h) => h !== null) : r.filter((_, c) => keep[c]),
        ),
      );
      return port;
    };
    const media = (n: number) =>
      `台账没有「媒体」列：${n}行填有录用日期或采用方式为录用/综合，无法按媒体计分（这些行按报送计分，没有级别的录用行不计分）：请在台账中加上「媒体」列填写刊发媒体，或把填写媒体的列的表头改为「媒体」`;
    // The column deleted, or its header renamed to a word the reader does not know (平台): the same notice.
    for (const header of [(h: Cell) => (h === '媒体' ? null : h), (h: Cell) => (h === '媒体' ? '平台' : h)]) {
      const port = cut(
        workbook([
          row('峡窝镇党委', '郑州日报', '2024-02-03'),
          row('组织科', '', '2024-02-05'),
          row('组织科', '河南日报', '2024-03-05', { 采用方式: '录用', 录用日期: '' }),
        ]),
        header,
      );
      const result = runReport(port, { now });
      expect(result.notices).toContain(media(3));
      expect(result.noticeDetails.find((n) => n.message === media(3))).toMatchObject({
        code: 'column-missing',
        column: '媒体',
        tab: '稿件台账',
      });
      // The figures stay as the ledger gives them (the outlet cannot be invented): fewer than with 媒体.
      expect(result.report.totals.points).toBeLessThan(withMedia.report.totals.points);
      // 刷新领导看板 says it too.
      expect(refreshDashboard(port, { now }).notices).toContain(media(3));
    }
    // A ledger of submissions only (no 录用日期, no 采用方式 录用) loses nothing without 媒体: nothing said.
    const submissions = cut(workbook([row('组织科', '', '2024-02-05', { 录用日期: '' })]), (h) =>
      h === '媒体' ? null : h,
    );
    expect(runReport(submissions, { now }).notices.join('\n')).not.toContain('「媒体」列');
  });

  it('a ledger whose 单位 column it cannot read is refused naming the tab and header row, not as no ledger', () => {
    const port = workbook([row('峡窝镇党委', '郑州日报', '2024-02-03')]);
    const ledger = port.tabs.get('稿件台账')!;
    ledger[0] = ledger[0].map((h) => (h === '单位' ? '稿件来源单位' : h));
    expect(() => runReport(port, { now })).toThrow(
      '台账「稿件台账」第1行的表头有「标题」列，但没有「单位」列：请把各稿件单位所在列的表头改为「单位」（也认 报送单位、所属单位、作者单位、供稿单位）',
    );
    expect(port.written).toHaveLength(0);
  });

  it('the ledger copy and rule tabs are written only when asked (a new workbook)', () => {
    const port = workbook([row('峡窝镇党委', '郑州日报', '2024-02-03')]);
    const result = runReport(port, { now, extraTabs: outputTabs, period: undefined });
    expect(result.sheetNames.slice(3, 6)).toEqual(['待核实', '领导看板', '稿件台账']);
    expect(result.sheetNames).toContain('指标');
  });

  it('a ledger kept one tab a year: the copy puts each row’s 积分 and 校验 on that row’s own line', () => {
    const grids = rulesToGrids(presetRules('上街区'));
    const lines = (year: number, n: number) =>
      Array.from({ length: n }, (_, i) =>
        row('峡窝镇党委', '郑州日报', `${year}-0${(i % 9) + 1}-1${i % 9}`, {
          标题: `${year}年稿${i}`,
          // One row in three has a date no reader takes: its line alone says so in 校验.
          ...(i % 3 === 2 ? { 录用日期: '第三季度' } : {}),
        }),
      );
    const port = new MemoryPort(
      new Map<string, Grid>([
        ['2023年', ledgerGrid(lines(2023, 4))],
        ['2024年', ledgerGrid(lines(2024, 7))],
        ['单位', grids.单位],
        ['计分', grids.计分],
      ]),
    );
    runReport(port, { now, extraTabs: outputTabs, period: parsePeriod('2024年') ?? undefined });
    // One copy per year tab, under its name, each row on its own sheet row (row 2 is the tab's first row).
    expect(port.written.find((m) => m.name === '稿件台账')).toBeUndefined();
    for (const [tab, n] of [
      ['2023年', 4],
      ['2024年', 7],
    ] as const) {
      const copy = port.written.find((m) => m.name === tab)!;
      const header = copy.values[0] as string[];
      const [title, points, check] = ['标题', '积分', '校验'].map((h) => header.indexOf(h));
      const body = copy.values.slice(1);
      expect(body.map((r) => r[title])).toEqual(
        Array.from({ length: n }, (_, i) => `${tab.slice(0, 4)}年稿${i}`),
      );
      for (const line of body) {
        const bad = Number(String(line[title]).split('稿')[1]) % 3 === 2;
        expect(line[check] ? 'issue' : 'clean', String(line[title])).toBe(bad ? 'issue' : 'clean');
        expect(Number(line[points]) > 0, String(line[title])).toBe(!bad);
      }
    }
  });

  it('refreshDashboard writes only 领导看板, year to date', () => {
    const port = workbook([row('峡窝镇党委', '郑州日报', '2024-02-03')]);
    const result = refreshDashboard(port, { now, asOf: undefined });
    expect(port.written.map((m) => m.name)).toEqual(['领导看板']);
    expect(result.report.period.kind).toBe('year');
  });
});

describe('layouts', () => {
  it('附件1 ranks each unit type on its own, marks its first and colours statuses', () => {
    const port = workbook([
      row('峡窝镇党委', '郑州日报', '2024-02-03'),
      row('峡窝镇党委', '河南日报', '2024-02-05'),
      row('组织科', '上街时讯', '2024-03-09'),
    ]);
    runReport(port, { now, asOf: d('2024-12-31').getTime() / 86_400_000 });
    const table = port.written.find((m) => m.name === '通报 2024 附件1')!;
    const captions = table.values.filter((r) => typeof r[0] === 'string' && /个）$/.test(r[0]));
    expect(captions.map((r) => r[0])).toEqual(['乡镇街道（5个）', '其他党工委（4个）', '部机关科室（6个）']);
    // Each type starts at 名次 1 with its own 首.
    const firsts = table.values.filter((r) => r[0] === 1 && String(r[14]).includes('首'));
    expect(firsts.map((r) => r[1])).toEqual(['峡窝镇党委', '组织科']);
    const statusCells = (table.styles ?? []).filter((s) => s.block.col === 14 && s.style.background);
    expect(statusCells.reduce((a, s) => a + s.block.rows, 0)).toBe(15);
  });

  it('领导看板: a first line with totals and who is behind, 未达标 then 进度滞后 first, saturating bars, units in cells', () => {
    const port = workbook([
      ...[1, 2, 3, 4, 5].map((m) => row('峡窝镇党委', '郑州日报', `2024-0${m}-03`)),
      row('济源路街道党工委', '上街时讯', '2024-02-03'),
      row('2023年同月', '郑州日报', '2023-03-03', { 单位: '峡窝镇党委' }),
    ]);
    const result = runReport(port, { now, asOf: Math.round(Date.UTC(2024, 5, 20) / 86_400_000) });
    const dash = dashboardSheet(result.report, 'x');
    const t = result.report.totals;
    const behind = result.report.units.filter((u) => u.status === '进度滞后').map((u) => u.unit);
    // The first line, cut into rows as wide as the unit table, down to 数据截至.
    const summaryEnd = dash.values.findIndex((r) => String(r[0]).startsWith('数据截至'));
    const summary = dash.values
      .slice(1, summaryEnd)
      .map((r) => r[0])
      .join('');
    expect(summary).toMatch(
      new RegExp(
        // Statuses no unit holds are left out (audit S25b F5).
        `^累计积分${t.points}分，录用${t.adoptions}篇，报送${t.submissions}篇；15个单位中(已达标[1-9]\\d*个，)?(进度正常[1-9]\\d*个，)?进度滞后${behind.length}个（`,
      ),
    );
    expect(summary).toContain(behind.join('、'));
    // The merged 16 pt title row is tall enough not to overlap that line in the .xlsx; a row a line.
    expect(dash.rowHeights).toEqual({
      1: 26,
      ...Object.fromEntries(Array.from({ length: summaryEnd - 1 }, (_, k) => [k + 2, 18])),
    });
    const header = dash.values.findIndex((r) => r[0] === '单位');
    const unitRows = dash.values.slice(header + 1, header + 1 + result.report.units.length);
    const rank = { 未达标: 0, 进度滞后: 1, 进度正常: 2, 已达标: 3 } as Record<string, number>;
    const order = unitRows.map((r) => rank[String(r[7])]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const names = unitRows.map((r) => r[0]);
    expect(names.indexOf('济源路街道党工委')).toBeLessThan(names.indexOf('峡窝镇党委'));
    expect(String(unitRows[0][6])).toMatch(/^[█░]{10} \d+%$/);
    // A bar stops at 100 %; the percentage beside it does not.
    expect(progressBar(1.37)).toBe('██████████ 137%');
    expect(progressBar(0.6)).toBe('██████░░░░ 60%');
    // Indicator cells carry their unit; — where the indicator does not apply to the unit's type.
    const cols = dash.values[header].map(String);
    const office = unitRows.find((r) => r[0] === '组织科')!;
    expect(office[cols.indexOf('全年向区委组织部报送')]).toBe('—');
    expect(office[cols.indexOf('省委组织部录用')]).toBe('0篇/目标2');
    // 本月还差 while June is open: a 乡镇 with no June submission still needs 2.
    expect(unitRows.find((r) => r[0] === '济源路街道党工委')![cols.indexOf('本月还差')]).toBe('2篇');
    // The month table: this year against the same months last year; months after June blank.
    const chart = dash.charts![0];
    const monthHeader = dash.values[chart.data.row - 1];
    expect(monthHeader.slice(0, 3)).toEqual(['月份', '2024年积分', '2023年同月积分']);
    expect(chart.data.cols).toBe(3);
    expect(chart.data.rows).toBe(13);
    const monthRows = dash.values.slice(chart.data.row, chart.data.row + 12);
    expect(monthRows.map((r) => r[1] === null)).toEqual([...Array(6).fill(false), ...Array(6).fill(true)]);
    expect(monthRows[2][2]).toBeGreaterThan(0);
    expect(chart.title).toBe('2024年与2023年逐月积分');
    // Without last year's rows: one series, no empty legend entry, a title that compares nothing.
    const alone = workbook([row('峡窝镇党委', '郑州日报', '2024-03-03')]);
    const board = dashboardSheet(runReport(alone, { now }).report, 'x');
    expect([board.charts![0].data.cols, board.charts![0].title]).toEqual([2, '2024年逐月积分']);
    expect(board.values.flat()).toContain('台账中没有2023年的记录，去年同月不作对比。');
  });

  it('a monthly quota shows the months met, not the count of the last month alone', () => {
    // 峡窝镇党委 sends two pieces a month but only one in February: December alone would read 2/2.
    const days = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((m) => {
      const mm = String(m).padStart(2, '0');
      return m === 2 ? [`2024-${mm}-05`] : [`2024-${mm}-05`, `2024-${mm}-20`];
    });
    const submissions = days.map((day) => row('峡窝镇党委', '', day, { 录用日期: '' }));
    const port = workbook(submissions);
    const result = runReport(port, { now, asOf: Math.round(Date.UTC(2024, 11, 31) / 86_400_000) });
    const monthly = result.report.units
      .find((u) => u.unit === '峡窝镇党委')!
      .indicators.find((i) => i.window === '每月')!;
    expect(monthly.value).toBe(2);
    expect(monthly.status).toBe('未达标');
    // 15 units behind (more than ten): the text counts them, 附件1's 备注 gives each reason (audit S25b F4).
    const text = result.notice.body.map((b) => b.text).join('');
    expect(text).toContain('15个单位未完成全年任务（名单及原因见附件1）');
    const t = result.notice.attachments[0];
    const remark = t.groups.flatMap((g) => g.rows).find((r) => r[1] === '峡窝镇党委')![
      t.header.indexOf('备注')
    ];
    expect(remark).toBe(
      `不得评先评优；未完成全年任务：全年积分0分/目标50分；${monthly.name}11/12个月达标（2月不足2篇）`,
    );
    const dash = port.written.find((m) => m.name === '领导看板')!;
    const header = dash.values.find((r) => r[0] === '单位')!;
    const col = header.indexOf(monthly.name);
    const cell = dash.values.find((r) => r[0] === '峡窝镇党委')![col];
    expect(cell).toBe('达标11/12个月');
    // Mid-year: the closed months met, and the open month so far.
    const mid = runReport(workbook(submissions), {
      now,
      asOf: Math.round(Date.UTC(2024, 5, 10) / 86_400_000),
    });
    const midMonthly = mid.report.units
      .find((u) => u.unit === '峡窝镇党委')!
      .indicators.find((i) => i.window === '每月')!;
    expect(indicatorProgress(midMonthly)).toBe('4/5个月，本月 1/2');
  });

  it('the 通报 prints portrait, its 附件 landscape with the header repeated, the ledger one page wide', () => {
    const port = workbook([row('峡窝镇党委', '郑州日报', '2024-02-03')]);
    runReport(port, { now, extraTabs: ledgerCopyTabs });
    const tab = (name: string) => port.written.find((m) => m.name === name)!;
    expect(tab('通报 2024').print).toEqual({ landscape: false, fitToWidth: true });
    // One column as wide as an A4 portrait page's printable width with Sheets' default margins.
    expect(tab('通报 2024').columnWidths).toEqual([640]);
    const attachment = tab('通报 2024 附件1');
    expect(attachment.print).toEqual({
      landscape: true,
      fitToWidth: true,
      repeatRows: attachment.frozenRows,
    });
    // The people table (8 columns) fits A4 portrait, as in the .docx; the ranking (15) does not.
    expect(tab('通报 2024 附件2').print).toMatchObject({ landscape: false, fitToWidth: true });
    expect(tab('领导看板').print).toMatchObject({ landscape: true, fitToWidth: true });
    expect(tab('稿件台账').print).toMatchObject({ landscape: true, fitToWidth: true, repeatRows: 1 });
  });

  it('the ledger copy fills computed columns by header and highlights rows with issues', () => {
    const grid: Grid = [
      ['标题', '单位', '校验', '备注'],
      ['a', 'x', 'stale', ''],
      ['b', 'y', '', ''],
    ];
    const model = ledgerWithComputed(grid, (write) => {
      write(0, 5, 1, '');
      write(1, 0, 0, '缺少录用日期');
    });
    expect(model.values[0]).toEqual(['标题', '单位', '校验', '备注', '积分', '计任务']);
    expect(model.values[1]).toEqual(['a', 'x', null, null, 5, 1]);
    expect(model.values[2][2]).toBe('缺少录用日期');
    const highlighted = (model.styles ?? []).filter((s) => s.style.background === '#fce8e6');
    expect(highlighted.map((s) => s.block.row)).toEqual([3]);
  });

  it('unit types inferred from names; long lines cut at list separators', () => {
    expect(inferUnitType('峡窝镇党委')).toBe('乡镇街道');
    expect(inferUnitType('东城街道党工委')).toBe('乡镇街道');
    expect(inferUnitType('组织科')).toBe('部机关科室');
    expect(inferUnitType('人才办')).toBe('部机关科室');
    expect(inferUnitType('区直机关工委')).toBe('其他党工委');
    // Seed 004's 组室 are the department's own offices; a 党组 or a 领导小组 is not (audit s37 H3).
    for (const office of ['组织组', '干部一组', '人才组', '党员电教中心'])
      expect(inferUnitType(office), office).toBe('部机关科室');
    for (const other of ['区法院党组', '巡察工作领导小组', '政务服务中心'])
      expect(inferUnitType(other), other).toBe('其他党工委');
    const lines = wrapText(`名单：${Array.from({ length: 30 }, (_, i) => `单位${i}号`).join('、')}。`, 40);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).filter((l) => !l.endsWith('、'))).toEqual([]);
    expect(lines.join('')).toContain('单位29号');
  });
});

describe('one total everywhere', () => {
  it('附件1’s 合计 is the sum of the column above it, equal to the text’s and meta’s total, relay shares footnoted', () => {
    const port = new MemoryPort(
      new Map([
        [
          '稿件台账',
          ledgerGrid([
            row('峡窝镇党委', '河南日报', '2024-03-01', { 对口处室: '信息调研科' }),
            row('组织科', '郑州日报', '2024-03-02'),
          ]),
        ],
      ]),
    );
    const result = runReport(port, { period: parsePeriod('2024')! });
    const grid = port.written.find((m) => m.name === '通报 2024 附件1')!.values as Cell[][];
    const total = grid.find((r) => r[0] === '合计')!;
    const body = grid.filter((r) => typeof r[0] === 'number');
    const sum = (col: number) =>
      body.reduce((a, r) => a + (typeof r[col] === 'number' ? (r[col] as number) : 0), 0);
    expect([total[2], total[3]]).toEqual([sum(2), sum(3)]);
    expect([total[2], total[3]]).toEqual([17, 2]); // 10 + 5 points, and the 1/5 relay share of the 10
    expect(result.report.totals.points).toBe(17);
    const text = result.notice.body.map((b) => b.text).join('\n');
    expect(text).toContain('共计积分17分（含各单位稿件积分15分、对口处室转报分成2分）');
    expect(text.match(/转报分成/g)).toHaveLength(1);
  });
});

describe('末 with many units tied', () => {
  it('says “N个单位本期积分为0” once instead of marking each 末', () => {
    const port = new MemoryPort(
      new Map([
        ['稿件台账', ledgerGrid([row('峡窝镇党委', '河南日报', '2024-03-01')])],
        ['单位', rulesToGrids(presetRules('上街区')).单位],
      ]),
    );
    const result = runReport(port, { period: parsePeriod('2024-03')! });
    const ranking = result.notice.body.filter((b) => b.text.startsWith('（一）乡镇街道'));
    expect(ranking.map((b) => b.text)).toEqual([
      '（一）乡镇街道（5个）。第一名：峡窝镇党委（10分）；4个单位本期积分为0。',
    ]);
    expect(result.report.units.filter((u) => u.last)).toEqual([]);
    const table = port.written.find((m) => m.name === '通报 2024-03 附件1')!;
    expect(table.values.filter((r) => String(r[14]).includes('末'))).toEqual([]);
  });
});

describe('units whose type has no task', () => {
  it('names a 单位 row whose 类型 no 指标 row sets tasks for (a typo), and is silent for the preset’s own', () => {
    const units = rulesToGrids(presetRules('上街区')).单位.map((r) => [...r]);
    const ok = new MemoryPort(
      new Map([
        ['稿件台账', ledgerGrid([row('峡窝镇党委', '河南日报', '2024-03-01')])],
        ['单位', units.map((r) => [...r])],
      ]),
    );
    expect(runReport(ok, { period: parsePeriod('2024')! }).notices.join()).not.toContain('没有对应的指标');
    const typo = units.findIndex((r) => r[0] === '济源路街道党工委');
    units[typo][1] = '街道';
    const port = new MemoryPort(
      new Map([
        ['稿件台账', ledgerGrid([row('峡窝镇党委', '河南日报', '2024-03-01')])],
        ['单位', units],
      ]),
    );
    const notices = runReport(port, { period: parsePeriod('2024')! }).notices.join();
    // The type meant is offered (audit s37 K4).
    expect(notices).toContain(
      '1 个单位的类型没有对应的指标，不考核任务：济源路街道党工委（街道，是否应为“乡镇街道”？）',
    );
  });
});

describe('rule tabs under the names offices give them', () => {
  const ledger = () => ledgerGrid([row('峡窝镇党委', '河南日报', '2024-03-05')]);
  const units = rulesToGrids(presetRules('上街区')).单位!;
  const indicators = (target: number) => {
    const grid = rulesToGrids(presetRules('上街区')).指标!.map((r) => [...r]);
    const at = grid[0].indexOf('目标');
    for (const r of grid.slice(1)) r[at] = target;
    return grid;
  };
  const run = (tabs: [string, Grid][]) =>
    runReport(new MemoryPort(new Map<string, Grid>([['稿件台账', ledger()], ['单位', units], ...tabs])), {
      period: parsePeriod('2024')!,
    });
  const unitIndicators = (r: ReturnType<typeof run>) =>
    r.assessment.report.units.find((u) => u.unit === '峡窝镇党委')!.indicators.map((i) => i.target);

  it('考核指标, 指标（2024）, 指标表 and 指标 的副本 are read as 指标, and said', () => {
    const own = run([['指标', indicators(100)]]);
    for (const name of ['考核指标', '指标（2024）', '指标表', '2024年考核指标', '指标 的副本']) {
      const r = run([[name, indicators(100)]]);
      expect(unitIndicators(r)).toEqual(unitIndicators(own));
      expect(r.notices.filter((n) => n.includes(name))).toEqual([
        `工作表「${name}」按「指标」表读取（规则表的标准名称是「指标」）`,
      ]);
    }
    expect(unitIndicators(own)).not.toEqual(unitIndicators(run([])));
  });

  it('names offices give the other tables, and tabs that name none', () => {
    const names = [
      '稿件台账',
      '系统设置',
      '计分标准',
      '人员名单',
      '单位任务',
      'Copy of 媒体',
      '说明',
      '2024年',
      '通报 2024',
    ];
    expect(ruleTabs(names).tabs).toEqual({
      设置: '系统设置',
      计分: '计分标准',
      人员: '人员名单',
      单位: '单位任务',
      媒体: 'Copy of 媒体',
    });
  });

  it('a second tab naming a table already found is not read, and said', () => {
    const r = run([
      ['指标', indicators(100)],
      ['考核指标', indicators(7)],
    ]);
    expect(unitIndicators(r)).toEqual(unitIndicators(run([['指标', indicators(100)]])));
    expect(r.notices.filter((n) => n.includes('考核指标'))).toEqual([
      '工作表「考核指标」未读取：「指标」表取自工作表「指标」；如应以「考核指标」为准，请删除或改名另一张',
    ]);
  });

  it('a rule-table column no table knows is a notice naming its tab, row and column', () => {
    const grid = indicators(100).map((r, i) => (i === 0 ? r.map((h) => (h === '窗口' ? '时段' : h)) : r));
    const r = run([['指标', grid]]);
    expect(
      r.noticeDetails.filter((n) => n.code === 'rule-column').map((n) => [n.tab, n.row, n.column]),
    ).toEqual([['指标', 1, '时段']]);
  });
});

describe('one name in two units', () => {
  it('an author named on rows of two units is said to be counted as one person (or two people of one name?)', () => {
    const port = workbook([
      row('峡窝镇党委', '河南日报', '2024-03-05', { 作者: '王芳' }),
      row('人才办', '河南日报', '2024-03-06', { 作者: '王芳、李娜' }),
      row('人才办', '河南日报', '2024-03-07', { 作者: '李娜' }),
    ]);
    const r = runReport(port, { period: parsePeriod('2024')! });
    expect(r.notices.filter((n) => n.includes('同一人'))).toEqual([
      '1 个作者姓名出现在不同单位的稿件中，按同一人统计：王芳（峡窝镇党委、人才办）；如是同名的不同人员，请在台账中区分姓名（如 王芳2）',
    ]);
    expect(r.assessment.report.people.filter((p) => p.person === '王芳').length).toBe(1);
  });

  it('is not said of a name the 人员 table places (README), and never advises renaming one it lists', () => {
    const port = workbook([
      row('峡窝镇党委', '河南日报', '2024-03-05', { 作者: '王芳、张伟' }),
      row('人才办', '河南日报', '2024-03-06', { 作者: '王芳、张伟' }),
    ]);
    port.tabs.set('人员', [
      ['姓名', '单位'],
      ['王芳', '人才办'],
    ]);
    const r = runReport(port, { period: parsePeriod('2024')! });
    // 张伟 is in no 人员 row: still one name in two units.
    expect(r.notices.filter((n) => n.includes('按同一人统计'))).toEqual([
      '1 个作者姓名出现在不同单位的稿件中，按同一人统计：张伟（峡窝镇党委、人才办）；如是同名的不同人员，请在台账中区分姓名（如 张伟2）',
    ]);
  });

  it('a co-author on another unit’s row is no homonym of two units (s25d F6), but one person is said (audit s37 I5)', () => {
    const port = workbook([
      row('峡窝镇党委', '河南日报', '2024-03-05', { 作者: '王芳' }),
      row('人才办', '河南日报', '2024-03-06', { 作者: '李娜、王芳' }),
    ]);
    const r = runReport(port, { period: parsePeriod('2024')! });
    expect(r.notices.filter((n) => n.includes('按同一人统计'))).toEqual([
      '1 个作者姓名既是本单位稿件的作者，又是其他单位稿件的合作者，按同一人统计（个人积分和计任务合在一起）：王芳（峡窝镇党委；合作：人才办）；如是同名的不同人员，请在台账中区分姓名（如 王芳2），或在「人员」表中列出',
    ]);
    expect(r.assessment.report.people.filter((p) => p.person === '王芳').length).toBe(1);
  });

  it('a co-author elsewhere is said only of a name first on some row of its own (王芳, never first, is not)', () => {
    const port = workbook([
      row('峡窝镇党委', '河南日报', '2024-03-05', { 作者: '张伟' }),
      row('人才办', '河南日报', '2024-03-06', { 作者: '李娜、王芳' }),
      row('人才办', '河南日报', '2024-03-07', { 作者: '李娜、张伟' }),
    ]);
    const r = runReport(port, { period: parsePeriod('2024')! });
    expect(r.notices.filter((n) => n.includes('合作者'))).toEqual([
      '1 个作者姓名既是本单位稿件的作者，又是其他单位稿件的合作者，按同一人统计（个人积分和计任务合在一起）：张伟（峡窝镇党委；合作：人才办）；如是同名的不同人员，请在台账中区分姓名（如 张伟2），或在「人员」表中列出',
    ]);
  });

  it('rows whose 单位 the table does not list are said with their count and points, not as a homonym', () => {
    const port = workbook([
      row('峡窝镇', '河南日报', '2024-03-05', { 作者: '王芳' }),
      row('峡窝镇', '郑州日报', '2024-03-06', { 作者: '王芳' }),
      row('峡窝镇党委', '河南日报', '2024-03-07', { 作者: '王芳' }),
    ]);
    const r = runReport(port, { period: parsePeriod('2024')! });
    expect(r.notices.filter((n) => n.includes('不在「单位」表中'))).toEqual([
      '「稿件台账」表有 2 行的单位不在「单位」表中，这些行的积分（共 15 分）未计入任何单位的排名、任务和合计，其作者也不计入个人：峡窝镇（2 行）；请改为「单位」表中的名称，或在「单位」表中补充',
    ]);
    expect(r.notices.filter((n) => n.includes('按同一人统计'))).toEqual([]);
  });
});

describe('rule tabs told by their header row', () => {
  const ledger = () => ledgerGrid([row('峡窝镇党委', '河南日报', '2024-03-05', { 领导批示: '省' })]);
  const units = rulesToGrids(presetRules('上街区')).单位!;
  const bonus = (points: number): Grid => [
    ['批示', '加分'],
    ['国家', points],
    ['省', points],
    ['市', points],
  ];
  const run = (tabs: [string, Grid][]) =>
    runReport(new MemoryPort(new Map<string, Grid>([['稿件台账', ledger()], ['单位', units], ...tabs])), {
      period: parsePeriod('2024')!,
    });
  const points = (r: ReturnType<typeof run>) =>
    r.assessment.report.units.find((u) => u.unit === '峡窝镇党委')!.points;

  it('a tab under a name no table has (批示加分) whose header is 加分’s is read as 加分, and said', () => {
    const own = run([['加分', bonus(50)]]);
    const named = run([['批示加分', bonus(50)]]);
    expect(points(named)).toBe(points(own));
    expect(points(own)).not.toBe(points(run([])));
    expect(named.notices.filter((n) => n.includes('批示加分'))).toEqual([
      '工作表「批示加分」的表头是「加分」表的表头，按「加分」表读取（规则表的标准名称是「加分」）',
    ]);
  });

  it('a year tab holding only a ledger header is no 媒体 table, and a 单位任务 tab holding 指标 is 指标', () => {
    const r = run([['2023年', ledgerGrid([])]]);
    expect(r.notices.filter((n) => n.includes('2023年') && n.includes('媒体'))).toEqual([]);
    const indicators = rulesToGrids(presetRules('上街区')).指标!;
    const t = run([['单位任务', indicators]]);
    expect(t.notices.filter((n) => n.includes('单位任务'))).toEqual([
      '工作表「单位任务」的表头是「指标」表的表头，按「指标」表读取（规则表的标准名称是「指标」）',
    ]);
  });
});
