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
import type { WorkbookPort } from '../../src/sheets/port';
import { indicatorProgress, wrapText } from '../../src/sheets/report';
import { inferUnitType, refreshDashboard, runReport } from '../../src/sheets/run';
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
    expect(result.sheetNames).toEqual(['通报 2024', '领导看板']);
    expect(port.written.map((m) => m.name)).not.toContain('稿件台账');
    expect(JSON.stringify(port.tabs.get('稿件台账'))).toBe(before);
    expect(port.reads.filter((n) => n === '稿件台账')).toHaveLength(1);
    expect(port.reads.filter((n) => n === '单位')).toHaveLength(1);
    const report = port.written[0];
    expect(report.values[1][0]).toContain('生成时间：2024-04-01 09:30');
    // Rectangular values, as the port contract asks.
    const width = report.values[0].length;
    expect(report.values.map((r, i) => [i, r.length]).filter(([, n]) => n !== width)).toEqual([]);
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

  it('the ledger copy and rule tabs are written only when asked (a new workbook)', () => {
    const port = workbook([row('峡窝镇党委', '郑州日报', '2024-02-03')]);
    const result = runReport(port, { now, writeLedgerCopy: true, writeRuleTabs: true, period: undefined });
    expect(result.sheetNames.slice(0, 3)).toEqual(['通报 2024', '领导看板', '稿件台账']);
    expect(result.sheetNames).toContain('指标');
  });

  it('refreshDashboard writes only 领导看板, year to date', () => {
    const port = workbook([row('峡窝镇党委', '郑州日报', '2024-02-03')]);
    const result = refreshDashboard(port, { now, asOf: undefined });
    expect(port.written.map((m) => m.name)).toEqual(['领导看板']);
    expect(result.report.period.kind).toBe('year');
  });
});

describe('layouts', () => {
  it('通报 marks the first and the last and colours statuses by block', () => {
    const port = workbook([
      row('峡窝镇党委', '郑州日报', '2024-02-03'),
      row('峡窝镇党委', '河南日报', '2024-02-05'),
      row('组织科', '上街时讯', '2024-03-09'),
    ]);
    runReport(port, { now, asOf: d('2024-12-31').getTime() / 86_400_000 });
    const report = port.written[0];
    const rankRows = report.values.filter((r) => typeof r[0] === 'number');
    expect(rankRows[0][1]).toBe('峡窝镇党委');
    expect(String(rankRows[0][14])).toContain('首');
    expect(String(rankRows[rankRows.length - 1][14])).toContain('末');
    // The status column holds one block per run of equal statuses, not one per cell.
    const statusBlocks = (report.styles ?? []).filter((s) => s.block.col === 14 && s.block.row > 5);
    const runs = rankRows.reduce((n, r, i) => n + (i === 0 || r[13] !== rankRows[i - 1][13] ? 1 : 0), 0);
    expect(statusBlocks.length).toBe(runs);
  });

  it('领导看板 puts behind-pace units first, with a progress bar and a chart over the month table', () => {
    const port = workbook([
      ...[1, 2, 3, 4, 5].map((m) => row('峡窝镇党委', '郑州日报', `2024-0${m}-03`)),
      row('济源路街道党工委', '上街时讯', '2024-02-03'),
    ]);
    const result = runReport(port, { now, asOf: Math.round(Date.UTC(2024, 5, 30) / 86_400_000) });
    const dash = dashboardSheet(result.report, 'x');
    const unitRows = dash.values.slice(4, 4 + result.report.units.length);
    const rank = { 进度滞后: 0, 未达标: 1, 进度正常: 2, 已达标: 3 } as Record<string, number>;
    const order = unitRows.map((r) => rank[String(r[7])]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBe(0);
    const names = unitRows.map((r) => r[0]);
    expect(names.indexOf('济源路街道党工委')).toBeLessThan(names.indexOf('峡窝镇党委'));
    expect(String(unitRows[0][6])).toMatch(/^[█░]{10} \d+%$/);
    const chart = dash.charts![0];
    expect(dash.values[chart.data.row - 1].slice(0, 4)).toEqual(['月份', '积分', '录用', '报送']);
    expect(chart.data.rows).toBe(13);
    expect(progressBar(0.6)).toBe('██████░░░░ 60%');
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
    const report = port.written[0];
    const lines = report.values.map((r) => String(r[0] ?? ''));
    const reason = lines.find((l) => l.includes('峡窝镇党委：'));
    expect(reason).toContain(`${monthly.name} 11/12个月达标`);
    expect(reason).toContain('2月不足 2 篇');
    const dash = port.written[1];
    const header = dash.values.find((r) => r[0] === '单位')!;
    const col = header.indexOf(monthly.name);
    const cell = dash.values.find((r) => r[0] === '峡窝镇党委')![col];
    expect(cell).toBe('11/12个月');
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

  it('通报 and 领导看板 print on A4 landscape, one page wide; the ledger copy repeats its header row', () => {
    const port = workbook([row('峡窝镇党委', '郑州日报', '2024-02-03')]);
    runReport(port, { now, writeLedgerCopy: true });
    const [report, dash, ledger] = port.written;
    expect(report.print).toMatchObject({ landscape: true, fitToWidth: true });
    expect(dash.print).toMatchObject({ landscape: true, fitToWidth: true });
    expect(ledger.print).toMatchObject({ fitToWidth: false, repeatRows: 1 });
  });

  it('the ledger copy fills computed columns by header and highlights rows with issues', () => {
    const grid: Grid = [
      ['标题', '单位', '校验', '备注'],
      ['a', 'x', 'stale', ''],
      ['b', 'y', '', ''],
    ];
    const model = ledgerWithComputed(grid, [
      { points: 5, credit: 1, check: '' },
      { points: 0, credit: 0, check: '缺少录用日期' },
    ]);
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
    const lines = wrapText(`名单：${Array.from({ length: 30 }, (_, i) => `单位${i}号`).join('、')}。`, 40);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).filter((l) => !l.endsWith('、'))).toEqual([]);
    expect(lines.join('')).toContain('单位29号');
  });
});

describe('the 通报 totals line and 首末', () => {
  it('合计 is the sum of the column above it (relay shares included), and says how it differs from the department’s own points', () => {
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
    runReport(port, { period: parsePeriod('2024')! });
    const sheet = port.written.find((m) => m.name.startsWith('通报'))!;
    const grid = sheet.values as Cell[][];
    const total = grid.find((r) => r[0] === '合计')!;
    const header = grid.findIndex((r) => r[0] === '名次');
    const body = grid.slice(header + 2, grid.indexOf(total));
    const sum = (col: number) =>
      body.reduce((a, r) => a + (typeof r[col] === 'number' ? (r[col] as number) : 0), 0);
    expect(total[3]).toBeCloseTo(sum(3), 6);
    expect(total[4]).toBeCloseTo(sum(4), 6);
    expect(total[4]).toBe(2); // the 1/5 relay share of a 10-point piece
    const text = grid
      .flat()
      .filter((c) => typeof c === 'string')
      .join('\n');
    expect(text).toContain('稿件积分 15（表中各单位积分合计 17：含转报分成 2）');
  });
});

describe('首末 with many units tied', () => {
  it('names units tied for last on one line instead of a line each', () => {
    const port = new MemoryPort(
      new Map([
        ['稿件台账', ledgerGrid([row('峡窝镇党委', '河南日报', '2024-03-01')])],
        ['单位', rulesToGrids(presetRules('上街区')).单位],
      ]),
    );
    runReport(port, { period: parsePeriod('2024-03')! });
    const lines = (port.written[0].values as Cell[][]).map((r) => String(r[0] ?? ''));
    const last = lines.filter((l) => l.startsWith('末'));
    expect(last).toHaveLength(1);
    expect(last[0]).toMatch(/^末（\d+ 个单位并列，积分 0）：/);
    expect(lines.filter((l) => l.startsWith('首：峡窝镇党委'))).toHaveLength(1);
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
    expect(notices).toContain('1 个单位的类型没有对应的指标，不考核任务：济源路街道党工委（街道）');
  });
});
