// 生成通报 and 刷新领导看板 on the fake: every period kind, user text kept as text, a fixed number of
// SpreadsheetApp calls whatever the ledger's length, and a failure half-way leaving the old tab.
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { AppsWorkbook, GENERATED_KEY } from '../../src/addon/appsWorkbook';
import {
  generateReport,
  getReportInfo,
  refreshDashboard,
  refreshDashboardFromMenu,
  saveReportSettings,
} from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import { SETTINGS_PROTECTED } from '../../src/addon/sidebar/report';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import type { Cell } from '../../src/core/types';
import type { SheetModel } from '../../src/sheets/model';
import { chartRangeA1, createFakeApps, type FakeApps } from '../fakes/spreadsheetApp';

let apps: FakeApps;
let uninstall: () => void;

beforeEach(() => {
  apps = createFakeApps();
  uninstall = apps.install();
});
afterEach(() => uninstall());

const UNITS = ['峡窝镇党委', '济源路街道党工委', '区直机关工委', '组织科', '信息调研科'];
const OUTLETS = ['上街区党建网', '郑州日报', '河南日报', '人民日报'];
const AUTHORS = ['张三', '李四', '王五', '赵六', '钱七', '孙八'];

/** n clean rows spread over a year, from a fixed set of units, outlets and authors. */
function ledgerRows(n: number, year = 2024): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const row: Record<string, Cell> = {
      标题: `第${year}-${i + 1}篇信息`,
      作者: AUTHORS[i % AUTHORS.length],
      单位: UNITS[i % UNITS.length],
      报送日期: new Date(year, i % 12, 1 + (i % 26)), // the day before its adoption: a clean row
      // Each unit's quota's recipient (001 §五): 科室 to 市委组织部, the rest to 区委组织部.
      报送对象: UNITS[i % UNITS.length].endsWith('科') ? '市委组织部' : '区委组织部',
    };
    if (i % 3 !== 0) {
      row.媒体 = OUTLETS[i % OUTLETS.length];
      row.录用日期 = new Date(year, i % 12, 2 + (i % 26));
      row.字数 = i % 2 === 0 ? 1500 : 600;
    }
    rows.push(LEDGER_HEADERS.map((h) => row[h] ?? ''));
  }
  return rows;
}

/** A set-up workbook whose ledger holds `rows` (written directly, no calls counted). */
function workbookWith(rows: Cell[][]): void {
  runSetup();
  const ledger = apps.spreadsheet._sheet('稿件台账')!;
  if (rows.length + 1 > ledger._maxRows) ledger._maxRows = rows.length + 1;
  rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== '') ledger._cell(r + 2, c + 1, true)!.v = v as never;
    });
  });
}

/** The 通报 body tabs (their 附件 tabs follow each). */
function reportTabs(): string[] {
  return apps.spreadsheet._sheets
    .map((s) => s._name)
    .filter((n) => n.startsWith('通报') && !n.includes('附件'));
}

describe('生成通报', () => {
  it('makes one 通报 tab for each kind of period and leaves 领导看板 to its own menu item', () => {
    workbookWith(ledgerRows(60));
    const board = apps.spreadsheet._sheet('领导看板')!._grid();
    for (const code of ['2024', '2024-Q1', '2024-03', '2024-01-01..2024-06-30']) {
      const result = generateReport(code);
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
    const tabs = reportTabs();
    expect(tabs).toHaveLength(4);
    for (const t of tabs) {
      const text = apps.spreadsheet._sheet(`${t} 附件1`)!._grid().flat().join(' ');
      expect(text).toContain('峡窝镇党委');
    }
    // A 通报 of another period never replaces the leaders' board of the current year.
    expect(apps.spreadsheet._sheet('领导看板')!._grid()).toEqual(board);
    refreshDashboardFromMenu();
    expect(apps.spreadsheet._sheet('领导看板')!._grid().flat().join(' ')).toContain('峡窝镇党委');
    expect(apps.spreadsheet._sheets.filter((s) => s._name.startsWith('~'))).toEqual([]);
    expect(apps.lock._held).toBe(false);
  });

  it('replaces the tab of the same period in place, keeping its position among the tabs', () => {
    workbookWith(ledgerRows(30));
    generateReport('2024-Q1');
    const name = reportTabs()[0];
    const index = apps.spreadsheet._sheet(name)!.getIndex();
    apps.spreadsheet.insertSheet('后来的表');
    generateReport('2024-Q1');
    expect(reportTabs()).toEqual([name]);
    expect(apps.spreadsheet._sheet(name)!.getIndex()).toBe(index);
  });

  it('个人表 turned to 不显示: regenerating removes that period’s old 附件2, touching no other tab', () => {
    workbookWith(ledgerRows(60));
    expect(generateReport('2024').ok).toBe(true);
    expect(generateReport('2024-Q1').ok).toBe(true);
    expect(apps.spreadsheet._sheet('通报 2024 附件2')).toBeTruthy();
    const settings = apps.spreadsheet._sheet('设置')!;
    const row = settings._grid().findIndex((r) => r[0] === '个人表') + 1;
    settings.getRange(row, 2).setValue('不显示');
    const names = () => apps.spreadsheet._sheets.map((x) => x._name);
    const before = names();
    const others = new Map(
      before
        .filter((n) => !n.startsWith('通报 2024') && n !== '待核实')
        .map((n) => [n, apps.spreadsheet._sheet(n)!._grid()]),
    );
    expect(generateReport('2024').ok).toBe(true);
    expect(names()).toEqual(before.filter((n) => n !== '通报 2024 附件2'));
    // The other period's 附件2, the ledger and every other tab are as they were.
    expect(names()).toContain('通报 2024-Q1 附件2');
    for (const [name, grid] of others) expect(apps.spreadsheet._sheet(name)!._grid(), name).toEqual(grid);
    const body = apps.spreadsheet._sheet('通报 2024')!._grid().flat().join('');
    expect(body).not.toContain('个人组工信息计任务情况表');
  });

  it('刷新领导看板 again replaces the month chart, never stacks a second one', () => {
    workbookWith(ledgerRows(60));
    expect(refreshDashboard().ok).toBe(true);
    expect(refreshDashboard().ok).toBe(true);
    const board = apps.spreadsheet._sheet('领导看板')!;
    const charts = apps.spreadsheet._sheets.flatMap((s) => s.getCharts().map((c) => [s._name, c] as const));
    expect(charts.map(([name]) => name)).toEqual(['领导看板']);
    const [, chart] = charts[0];
    // It reads the month table of the tab it sits on (built aside as ~领导看板, then renamed).
    const header = board._grid().findIndex((r) => r[0] === '月份') + 1;
    expect(chart.getRanges().map(chartRangeA1)).toEqual([`领导看板!A${header}:B${header + 12}`]);
    expect(chart._spec.position).toEqual({ row: header, col: 7, offsetX: 0, offsetY: 0 });
    expect([chart._spec.type, chart._spec.options.title]).toEqual(['COLUMN', '2024年逐月积分']);
  });

  it('refuses an unreadable period with a Chinese message and writes nothing', () => {
    workbookWith(ledgerRows(10));
    const before = apps.spreadsheet._sheets.length;
    const result = generateReport('下个月');
    expect(result.ok).toBe(false);
    expect('message' in result && result.message).toContain('无法识别');
    expect(apps.spreadsheet._sheets.length).toBe(before);
  });

  it('writes formula-looking titles as text, exactly as typed', () => {
    const titles = ['=HYPERLINK("http://x.example")', '+1', '@x', '-2'];
    const rows = ledgerRows(5);
    // Rows with an unknown outlet are listed under 待核实 with their titles.
    const bad = titles.map((t, i) => {
      const row = [...rows[i]];
      row[LEDGER_HEADERS.indexOf('标题')] = t;
      row[LEDGER_HEADERS.indexOf('媒体')] = '不存在的报纸';
      row[LEDGER_HEADERS.indexOf('录用日期')] = new Date(2024, 1, 1);
      return row;
    });
    workbookWith([...rows, ...bad]);
    expect(generateReport('2024').ok).toBe(true);
    const sheet = apps.spreadsheet._sheet('待核实')!;
    const cells = sheet._cells.flat().filter((c) => c !== undefined);
    for (const t of titles) {
      const cell = cells.find((c) => c!.v === t);
      expect(cell, t).toBeDefined();
      expect(cell!.f).toBeUndefined();
    }
    expect(cells.filter((c) => c!.f !== undefined)).toEqual([]);
  });

  it('makes the same number of SpreadsheetApp calls for 100 rows as for 10,000', () => {
    // The same 2024 rows, then 9,900 rows of the year before: every row is read and scored, while the
    // 2024 report (its statuses and colours, hence its style blocks) stays the same.
    const counts = [100, 10_000].map((n) => {
      apps = createFakeApps();
      uninstall();
      uninstall = apps.install();
      workbookWith([...ledgerRows(100), ...ledgerRows(n - 100, 2023)]);
      apps.resetCounts();
      expect(generateReport('2024-Q2').ok).toBe(true);
      return { total: apps.log.total, byMethod: { ...apps.log.byMethod } };
    });
    expect(counts[1].byMethod).toEqual(counts[0].byMethod);
    expect(counts[1].total).toBe(counts[0].total);
    expect(counts[0].byMethod['Range.getValues']).toBeLessThanOrEqual(10); // a tab is read whole, once
    expect(counts[0].byMethod['Range.setValues']).toBe(4); // 通报, 附件1, 附件2, 待核实: one write each
  });

  it('in the script’s own zone asks Utilities.formatDate as often for 2,000 rows as for 100, not once a date', () => {
    // As Apps Script runs it for a Chinese office: Dates in Asia/Shanghai, the spreadsheet's zone too.
    const before = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    onTestFinished(() => {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    });
    const calls = [100, 2_000].map((n) => {
      apps = createFakeApps({ timeZone: 'Asia/Shanghai' });
      uninstall();
      uninstall = apps.install();
      workbookWith(ledgerRows(n)); // dates on 300 and more distinct days
      const before = apps.formatDateCalls;
      const report = generateReport('2024');
      if (!report.ok) throw new Error(report.message);
      const dashboard = refreshDashboard();
      if (!dashboard.ok) throw new Error(dashboard.message);
      return apps.formatDateCalls - before;
    });
    // The zone's two probes (once per execution), today's date and the like; none per date read.
    expect(calls[0]).toBeLessThanOrEqual(6);
    expect(calls[1]).toBeLessThanOrEqual(calls[0]);
  });

  it('makes the same calls for a year of 100 rows as for 10,000, every row in the period, 1 in 50 bad', () => {
    const counts = [100, 10_000].map((n) => {
      apps = createFakeApps();
      uninstall();
      uninstall = apps.install();
      const rows = ledgerRows(n);
      const dateCol = LEDGER_HEADERS.indexOf('录用日期');
      for (let i = 1; i < n; i += 50) rows[i][dateCol] = '2024-13-45'; // 待核实: grows with the ledger
      workbookWith(rows);
      apps.resetCounts();
      const result = generateReport('2024');
      if (!result.ok) throw new Error(result.message);
      expect(result.issues).toHaveLength(Math.ceil((n - 1) / 50));
      return { total: apps.log.total, byMethod: { ...apps.log.byMethod } };
    });
    expect(counts[1].byMethod).toEqual(counts[0].byMethod);
    // 199 when measured (247 before tabs were found by the names read and RangeLists shared), 212 once the
    // ledger's merges (one getMergedRanges) and its formula's reach (the header's formulas) were read: a few
    // more style blocks may come, a lookup per tab again may not.
    expect(counts[0].total).toBeLessThanOrEqual(215);
  });

  it('leaves the old 通报 intact and the lock free when a write fails half-way', () => {
    workbookWith(ledgerRows(40));
    expect(generateReport('2024-Q1').ok).toBe(true);
    const name = reportTabs()[0];
    const before = apps.spreadsheet._sheet(name)!._grid();
    for (const after of [1, 3, 6, 11]) {
      apps.failAfterWrites(after);
      const result = generateReport('2024-Q1');
      expect(result.ok).toBe(false);
      expect(apps.spreadsheet._sheet(name)!._grid()).toEqual(before);
      expect(apps.spreadsheet._sheets.filter((s) => s._name.startsWith('~'))).toHaveLength(0);
      expect(apps.lock._held).toBe(false);
    }
    expect(generateReport('2024-Q1').ok).toBe(true);
  });

  it('says so instead of writing while another run holds the lock', () => {
    workbookWith(ledgerRows(10));
    apps.lock._heldElsewhere = true;
    const result = generateReport('2024');
    expect(result.ok).toBe(false);
    expect(reportTabs()).toHaveLength(0);
  });
});

describe('通报设置 in 生成通报 (the 设置 rows the 通报 uses)', () => {
  /** The 值 cell of a 设置 row, by its 项目. */
  const settingCell = (key: string) => {
    const sheet = apps.spreadsheet._sheet('设置')!;
    const row = sheet._grid().findIndex((r) => r[0] === key) + 1;
    return sheet.getRange(row, 2);
  };

  it('shows the 设置 rows as the 通报 uses them', () => {
    workbookWith(ledgerRows(5));
    const info = getReportInfo();
    if (!info.ok) throw new Error(info.message);
    expect(info.settings).toEqual({
      发文机关: '中共上街区委组织部',
      主送: '各党（工）委，部机关各科室',
      文号: '{年}年第{期}期',
      联系人: '',
      存在问题: '',
      下步要求: '',
      排名方式: '分类',
      个人表: '显示',
    });
  });

  it('writes only the changed values with one setValues, as text, keeps a formula between them, and the 通报 uses them', () => {
    workbookWith(ledgerRows(30));
    settingCell('主送').setFormula('="各党（工）委"'); // between two changed rows: put back as it was
    const ledger = apps.spreadsheet._sheet('稿件台账')!._grid();
    const problems = '一是报送不均衡。\n二是高质量稿件少。';
    apps.resetCounts();
    const result = saveReportSettings({
      发文机关: '中共某区委组织部',
      文号: '上组〔{年}〕{期}号',
      联系人: '=HYPERLINK("http://x.example")',
      存在问题: problems,
      排名方式: '合并',
      个人表: '显示', // unchanged: not written
    });
    expect(result).toMatchObject({
      ok: true,
      saved: ['发文机关', '文号', '联系人', '存在问题', '排名方式'],
      message: '已保存到“设置”表：发文机关、文号、联系人、存在问题、排名方式',
    });
    expect(apps.log.byMethod['Range.setValues']).toBe(1);
    // 设置 read once whole, then the block's values, formulas and formats: no other tab is read.
    expect([apps.log.byMethod['Range.getValues'], apps.log.byMethod['Spreadsheet.getSheetByName']]).toEqual([
      2, 2,
    ]);
    expect(apps.lock._held).toBe(false);
    expect(settingCell('发文机关').getValue()).toBe('中共某区委组织部');
    expect(settingCell('联系人').getValue()).toBe('=HYPERLINK("http://x.example")');
    expect(settingCell('联系人').getFormula()).toBe('');
    expect(settingCell('存在问题').getValue()).toBe(problems);
    expect(settingCell('主送').getFormula()).toBe('="各党（工）委"');
    expect(apps.spreadsheet._sheet('稿件台账')!._grid()).toEqual(ledger);
    if (!result.ok) return;
    expect([result.settings.发文机关, result.settings.排名方式]).toEqual(['中共某区委组织部', '合并']);
    const info = getReportInfo(); // reads every rule tab: the same 通报 rows
    expect(info.ok && info.settings).toEqual(result.settings);

    expect(generateReport('2024-Q3').ok).toBe(true);
    const lines = apps.spreadsheet
      ._sheet('通报 2024-Q3')!
      ._grid()
      .map((r) =>
        r
          .filter((c) => c !== '')
          .join('')
          .trim(),
      );
    expect(lines).toContain('上组〔2024〕3号');
    expect(lines).toContain('中共某区委组织部');
    expect(lines).toContain('（联系人：=HYPERLINK("http://x.example")）');
    const cells = apps.spreadsheet._sheet('通报 2024-Q3')!._cells.flat();
    expect(cells.filter((c) => c?.f !== undefined)).toEqual([]);
    expect(lines).toContain('一是报送不均衡。');
  });

  it('refuses a value the dropdowns do not offer, an unknown row and a non-text value, writing nothing', () => {
    workbookWith(ledgerRows(5));
    const before = apps.spreadsheet._sheet('设置')!._grid();
    apps.resetCounts();
    const bad = saveReportSettings({ 排名方式: '随便', 个人表: '是', 联系人: '张三' });
    expect(bad).toEqual({
      ok: false,
      code: 'form',
      message: '设置未保存：“排名方式”应为分类或合并，现为“随便”；“个人表”应为显示或不显示，现为“是”',
      fieldErrors: { 排名方式: '应为分类或合并，现为“随便”', 个人表: '应为显示或不显示，现为“是”' },
    });
    const unknown = saveReportSettings({ 年度: '1999', 发文机关: 5 } as never);
    expect(unknown).toMatchObject({
      ok: false,
      fieldErrors: { 年度: '不是通报设置项', 发文机关: '应为文字' },
    });
    expect(saveReportSettings(null as never)).toMatchObject({ ok: false, code: 'form' });
    expect(apps.log.writes).toBe(0);
    expect(apps.spreadsheet._sheet('设置')!._grid()).toEqual(before);
  });

  it('a staff member the 设置 protection leaves out is told so in Chinese, and nothing is written', () => {
    workbookWith(ledgerRows(5)); // 初始化台账 protects the rule tabs: owner and 管理员 only
    const before = apps.spreadsheet._sheet('设置')!._grid();
    apps.setUser('staff@example.org');
    expect(saveReportSettings({ 联系人: '李四' })).toEqual({
      ok: false,
      code: 'permission',
      message: SETTINGS_PROTECTED,
    });
    expect(apps.spreadsheet._sheet('设置')!._grid()).toEqual(before);
    expect(apps.lock._held).toBe(false);
  });

  it('adds the rows an older 设置 tab lacks below its table, with their 说明, in the same one write', () => {
    workbookWith(ledgerRows(5));
    const sheet = apps.spreadsheet._sheet('设置')!;
    const old = sheet._grid().slice(0, 3); // 项目 | 值 | 说明, 年度, 预设
    sheet.clear();
    sheet.getRange(1, 1, old.length, old[0].length).setValues(old);
    apps.resetCounts();
    const result = saveReportSettings({ 联系人: '联系人：张三，电话：68911234', 个人表: '不显示' });
    expect(result).toMatchObject({ ok: true, saved: ['联系人', '个人表'] });
    expect(apps.log.byMethod['Range.setValues']).toBe(1);
    expect(sheet._grid().map((r) => r.slice(0, 2))).toEqual([
      ...old.map((r) => r.slice(0, 2)),
      ['联系人', '联系人：张三，电话：68911234'],
      ['个人表', '不显示'],
    ]);
    expect(sheet._grid()[4][2]).toBe('通报附件是否列出个人计任务表：显示或不显示');
  });

  it('a 发文机关 left blank reads as the preset’s, and the message says so', () => {
    workbookWith(ledgerRows(5));
    const result = saveReportSettings({ 发文机关: '', 联系人: '' });
    expect(result).toMatchObject({
      ok: true,
      saved: ['发文机关'],
      message: '已保存到“设置”表：发文机关；发文机关留空，沿用预设“中共上街区委组织部”',
    });
    expect(settingCell('发文机关').getValue()).toBe('');
  });

  it('says nothing changed, and writes nothing, when the values are those 设置 holds', () => {
    workbookWith(ledgerRows(5));
    apps.resetCounts();
    expect(saveReportSettings({ 发文机关: '中共上街区委组织部', 排名方式: '分类' })).toMatchObject({
      ok: true,
      saved: [],
      message: '设置没有改动',
    });
    expect(apps.log.writes).toBe(0);
  });
});

describe('刷新领导看板', () => {
  it('rewrites 领导看板 with a month-by-month chart and keeps its protection', () => {
    workbookWith(ledgerRows(50));
    const result = refreshDashboard();
    expect(result.ok, result.message).toBe(true);
    const board = apps.spreadsheet._sheet('领导看板')!;
    expect(board._charts.length).toBeGreaterThan(0);
    expect(board._protections.filter((p) => p._type === 'SHEET')).toHaveLength(1);
    expect(board._protections[0]._editors).toEqual(['owner@example.org']);
    expect(apps.lock._held).toBe(false);
  });

  it('run by a staff member who may not edit 领导看板: says so and leaves the tab as it was', () => {
    workbookWith(ledgerRows(20)); // set up by the owner
    expect(refreshDashboard().ok).toBe(true);
    const before = apps.spreadsheet._sheet('领导看板')!._grid();
    expect(apps.spreadsheet._sheet('领导看板')!._protections[0]._editors).toEqual(['owner@example.org']);
    apps.setUser('staff@example.org');
    const result = refreshDashboard();
    expect(result.ok).toBe(false);
    expect(result.message).toContain('受保护');
    expect(apps.spreadsheet._sheet('领导看板')!._grid()).toEqual(before);
    expect(apps.spreadsheet._sheets.filter((s) => s._name.startsWith('~'))).toHaveLength(0);
    expect(apps.lock._held).toBe(false);
  });

  it('from the menu: a toast when it worked, an alert in Chinese when it did not', () => {
    workbookWith(ledgerRows(5));
    refreshDashboardFromMenu();
    expect(apps.ui._alerts).toHaveLength(0);
    apps.spreadsheet._sheet('计分')!.getRange(4, 6).setValue('十分');
    refreshDashboardFromMenu();
    expect(apps.ui._alerts[0]).toContain('计分');
  });
});

describe('AppsWorkbook.writeSheet', () => {
  it('writes values, formats, merges, validations and charts in calls that do not grow with rows', () => {
    const model = (rows: number): SheetModel => ({
      name: '测试',
      values: [['单位', '积分'], ...Array.from({ length: rows }, (_, i) => [`单位${i}`, i])],
      frozenRows: 1,
      columnWidths: [160, 80],
      numberFormats: [{ block: { row: 2, col: 2, rows, cols: 1 }, format: '0.0#' }],
      styles: [
        { block: { row: 1, col: 1, rows: 1, cols: 2 }, style: { bold: true, background: '#efefef' } },
        { block: { row: 2, col: 1, rows, cols: 2 }, style: { border: true } },
      ],
      merges: [{ row: rows + 2, col: 1, rows: 1, cols: 2 }],
      validations: [{ block: { row: 2, col: 2, rows, cols: 1 }, kind: 'number', allowInvalid: true }],
      charts: [
        {
          kind: 'line',
          title: '走势',
          data: { row: 1, col: 1, rows: rows + 1, cols: 2 },
          anchor: { row: 1, col: 4 },
        },
      ],
    });
    new AppsWorkbook().writeSheet(model(5)); // measure replacements of an existing tab
    const totals = [1500, 3000].map((rows) => {
      apps.resetCounts();
      new AppsWorkbook().writeSheet(model(rows));
      return apps.log.total;
    });
    expect(totals[1]).toBe(totals[0]);
    const sheet = apps.spreadsheet._sheet('测试')!;
    expect(sheet._maxRows).toBeGreaterThanOrEqual(3002);
    expect(sheet._peek(3001, 2)?.v).toBe(2999);
    expect(sheet._peek(3001, 2)?.fmt).toBe('0.0#');
    expect(sheet._peek(1, 1)?.fw).toBe('bold');
    expect(sheet._merges).toEqual([{ row: 3002, col: 1, rows: 1, cols: 2 }]);
    expect(sheet._charts[0]._spec.options.title).toBe('走势');
  });

  it('one port writing several tabs asks for the user’s tab once, finds tabs by the names it read, and puts the user back', () => {
    workbookWith(ledgerRows(5));
    const ss = apps.spreadsheet;
    ss.setActiveSheet(ss._sheet('单位')!);
    const tab = (name: string): SheetModel => ({ name, values: [[name]] });
    for (const round of [1, 2]) {
      // Round 1 adds the tabs, round 2 replaces them (each built aside and swapped in).
      apps.resetCounts();
      const port = new AppsWorkbook();
      port.sheetNames();
      for (const name of ['甲', '乙', '丙']) port.writeSheet(tab(name));
      expect(apps.log.byMethod['Spreadsheet.getSheetByName'] ?? 0, `round ${round}`).toBe(0);
      expect(apps.log.byMethod['Spreadsheet.getActiveSheet']).toBe(1);
      expect(apps.log.byMethod['Sheet.getMaxRows']).toBe(3); // once a tab: its size is known once grown
      expect(ss.getActiveSheet().getName()).toBe('单位');
    }
    expect(ss._sheets.map((s) => s._name).slice(-3)).toEqual(['甲', '乙', '丙']);
    expect(ss._sheets.filter((s) => s._name.startsWith('~'))).toEqual([]);
  });

  it('a user on the tab being replaced is put on its replacement; on a tab deleted, Sheets shows another', () => {
    workbookWith(ledgerRows(5));
    const ss = apps.spreadsheet;
    expect(refreshDashboard().ok).toBe(true);
    ss.setActiveSheet(ss._sheet('领导看板')!);
    const before = ss._sheet('领导看板')!;
    apps.resetCounts();
    expect(refreshDashboard().ok).toBe(true);
    expect(ss.getActiveSheet()).not.toBe(before); // the old tab is gone …
    expect(ss.getActiveSheet().getName()).toBe('领导看板'); // … and the user is on the new one
    expect(apps.log.byMethod['Spreadsheet.getSheetByName'] ?? 0).toBe(0); // found in the port's tab list
    ss.setActiveSheet(ss._sheet('稿件台账')!);
    expect(refreshDashboard().ok).toBe(true);
    expect(ss.getActiveSheet().getName()).toBe('稿件台账');

    ss.insertSheet('旧附件').addDeveloperMetadata(GENERATED_KEY, '1'); // deleteSheet deletes only its own tabs
    const port = new AppsWorkbook();
    port.sheetNames();
    port.writeSheet({ name: '新表', values: [['x']] });
    port.deleteSheet('旧附件'); // the tab the user was on (insertSheet made it the active one)
    port.writeSheet({ name: '新表2', values: [['y']] });
    expect(ss._sheet('旧附件')).toBeUndefined();
    expect(ss._sheets.map((s) => s._name)).toContain('新表2');
  });

  it('a tab named as the one written but for case is the one replaced (Sheets holds no two such names)', () => {
    workbookWith(ledgerRows(5));
    const ss = apps.spreadsheet;
    ss.insertSheet('Report 2024'); // the user is on it (insertSheet made it the active one)
    const port = new AppsWorkbook();
    port.sheetNames();
    port.writeSheet({ name: 'REPORT 2024', values: [['x']] });
    expect(ss._sheets.filter((s) => s._name.toLowerCase() === 'report 2024').map((s) => s._name)).toEqual([
      'REPORT 2024',
    ]);
    expect(ss.getActiveSheet().getName()).toBe('REPORT 2024');
    ss._sheet('REPORT 2024')!.addDeveloperMetadata(GENERATED_KEY, '1'); // deleteSheet deletes only its own tabs
    port.deleteSheet('report 2024');
    port.writeSheet({ name: '新表', values: [['y']] });
    expect(ss._sheet('REPORT 2024')).toBeUndefined();
  });

  it('a ~ tab left by a failed run is deleted and the new tab still lands last', () => {
    workbookWith(ledgerRows(5));
    const ss = apps.spreadsheet;
    ss.insertSheet('~新表'); // as a run that failed before its swap leaves it
    const port = new AppsWorkbook();
    port.sheetNames();
    port.writeSheet({ name: '新表', values: [['x']] });
    expect(ss._sheets.map((s) => s._name).at(-1)).toBe('新表');
    expect(ss._sheets.filter((s) => s._name.startsWith('~'))).toEqual([]);
    port.writeSheet({ name: '新表', values: [['y']] }); // and replaced again by the same port
    expect(ss._sheet('新表')!._peek(1, 1)?.v).toBe('y');
    expect(ss._sheets.map((s) => s._name).at(-1)).toBe('新表');
  });

  it('keeps strings that look like formulas, numbers or dates as the text they are', () => {
    const texts = ['=SUM(A1:A2)', '+1', '-2', '@x', "'quoted", '2024-03-05', '0012', 'TRUE', '普通文字'];
    new AppsWorkbook().writeSheet({ name: '文本', values: [texts] });
    const sheet = apps.spreadsheet._sheet('文本')!;
    texts.forEach((t, i) => {
      const cell = sheet._peek(1, i + 1)!;
      expect(cell.v, t).toBe(t);
      expect(cell.f, t).toBeUndefined();
      expect(cell.parsed, t).toBeUndefined();
    });
    expect(sheet._peek(1, texts.length)?.quoted).toBeUndefined(); // plain text needs no apostrophe
  });
});
