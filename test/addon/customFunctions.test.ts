// The custom functions as Sheets calls them: 2D arrays with the header row, Date objects, '' blanks.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { AS_OF_MISSING } from '../../src/addon/customFunctions';
import * as main from '../../src/addon/main';
import { SCRIPT_ZONE } from '../../src/addon/runtime/zone';
import { runSetup } from '../../src/addon/setupLedger';
import { decodeCsv, parseCsv } from '../../src/cli/csv';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { presetRules, RULE_TABLE_NAMES, rulesToGrids } from '../../src/core/rules';
import type { Cell, Grid } from '../../src/core/types';
import { evaluateFormula } from '../fakes/evaluate';
import { createFakeApps, type FakeApps } from '../fakes/spreadsheetApp';
import { useFakeApps } from '../fakes/useFakeApps';

const { ZG_CHECK, ZG_CREDIT, ZG_LEDGER, ZG_POINTS, ZG_STATUS, ZG_UNIT_POINTS } = main;

/** A ledger as Sheets hands it to a custom function: dates are Date objects, blanks ''. */
function sheetLedger(rows: Record<string, Cell>[], blankRowsAfter = 0): Grid {
  const header = [...LEDGER_HEADERS];
  const out: Grid = [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))];
  for (let i = 0; i < blankRowsAfter; i++) out.push(header.map(() => ''));
  return out;
}

const provincialLong = {
  标题: '全面从严治党的探索',
  作者: '张三、李四',
  单位: '峡窝镇党委',
  报送对象: '区委组织部',
  报送日期: new Date(2024, 1, 20),
  媒体: '河南日报',
  采用方式: '录用',
  录用日期: new Date(2024, 2, 5),
  字数: 1500,
};
const cityShort = {
  标题: '社区党建',
  作者: '王五',
  单位: '中心路街道党工委',
  媒体: '郑州日报',
  录用日期: new Date(2024, 3, 1),
  字数: 800,
};

function column(out: unknown): unknown[] {
  return (out as unknown[][]).map((r) => r[0]);
}

describe('ZG_POINTS / ZG_CREDIT / ZG_CHECK', () => {
  it('returns a header cell and one value per row, as tall as the input (上街区 preset by default)', () => {
    const ledger = sheetLedger([provincialLong, {}, cityShort], 3);
    const points = column(ZG_POINTS(ledger));
    expect(points).toEqual(['积分', 30, '', 5, '', '', '']);
    expect(column(ZG_CREDIT(ledger))).toEqual(['计任务', 0.5, '', 1, '', '', '']);
    expect(column(ZG_CHECK(ledger))).toEqual(['校验', '', '', '', '', '', '']);
  });

  it('under a title line the header cell sits on the ledger’s header row, values beside their rows', () => {
    const ledger = sheetLedger([provincialLong, cityShort]);
    const titled: Grid = [['2024年组工信息台账', ...ledger[0].slice(1).map(() => '')], ...ledger];
    expect(column(ZG_POINTS(titled))).toEqual(['', '积分', 30, 5]);
    expect(column(ZG_CREDIT(titled))).toEqual(['', '计任务', 0.5, 1]);
  });

  it('reads the rule tables passed to it: an edited 计分 changes the points', () => {
    const grids = rulesToGrids(presetRules('上街区'));
    const points = grids.计分.map((r) => [...r]);
    const row = points.findIndex((r) => r[0] === '录用' && r[1] === '省级');
    points[row][5] = 12;
    const args = RULE_TABLE_NAMES.map((n) => (n === '计分' ? points : grids[n]));
    const out = column(ZG_POINTS(sheetLedger([provincialLong]), ...args));
    expect(out).toEqual(['积分', 36]);
  });

  it('with a broken rule table every filled row names the cell to fix, and no points are given', () => {
    const grids = rulesToGrids(presetRules('上街区'));
    const points = grids.计分.map((r) => [...r]);
    points[3][5] = '十分';
    const args = RULE_TABLE_NAMES.map((n) => (n === '计分' ? points : grids[n]));
    const ledger = sheetLedger([provincialLong, {}, cityShort]);
    for (const fn of [ZG_POINTS, ZG_CREDIT, ZG_CHECK]) {
      const out = column(fn(ledger, ...args));
      expect(out[2]).toBe('');
      for (const cell of [out[1], out[3]]) {
        expect(typeof cell).toBe('string');
        expect(cell).toContain('计分');
        expect(cell).toContain('第4行');
        expect(cell).toContain('分值');
      }
    }
  });

  it('takes 人员 as the argument after 设置: a bad 人员 cell stops the column; the old 8-argument form still works', () => {
    const grids = rulesToGrids(presetRules('上街区'));
    const old = RULE_TABLE_NAMES.filter((n) => n !== '人员').map((n) => grids[n]);
    const ledger = sheetLedger([provincialLong]);
    expect(column(ZG_POINTS(ledger, ...old))).toEqual(['积分', 30]);
    const people: Grid = [
      ['姓名', '单位', '在岗月数'],
      ['张三', '宣传科', 12],
    ];
    expect(column(ZG_POINTS(ledger, ...old, people))).toEqual([
      '积分',
      '规则表有误，暂不计分：「人员」表第2行「单位」“宣传科”不在「单位」表中',
    ]);
    expect(column(ZG_POINTS(ledger, ...old, [people[0]]))).toEqual(['积分', 30]);
  });

  it('reads names as the 通报 does: a spaced unit as the 单位 table writes it, a spaced 作者 as 人员 lists people', () => {
    const grids = rulesToGrids(presetRules('上街区'));
    const tables = RULE_TABLE_NAMES.filter((n) => n !== '人员').map((n) => grids[n]);
    const ledger = sheetLedger([
      { ...cityShort, 单位: '中心路街道 党工委' },
      { ...cityShort, 标题: '另一篇', 作者: '欧阳 娜娜' },
    ]);
    const people: Grid = [
      ['姓名', '单位', '在岗月数'],
      ['欧阳娜娜', '中心路街道党工委', 12],
    ];
    // Read without the names matched, the first row's 校验 said 单位不在「单位」表中 and the second credited
    // two people 欧阳 and 娜娜 (0.5 each) while the 通报 credits one.
    expect(column(ZG_CHECK(ledger, ...tables, people))).toEqual(['校验', '', '']);
    expect(column(ZG_CREDIT(ledger, ...tables, people))).toEqual(['计任务', 1, 1]);
    const report = main.ZG_LEDGER(ledger, ...tables, people) as unknown[][];
    expect(report.slice(1).map((r) => r[1])).toEqual([1, 1]);
  });

  it('explains a row it cannot score and keeps scoring the others', () => {
    const unknown = { ...cityShort, 媒体: '不存在的报纸' };
    const ledger = sheetLedger([unknown, provincialLong]);
    const check = column(ZG_CHECK(ledger));
    expect(String(check[1])).toContain('不存在的报纸');
    expect(column(ZG_POINTS(ledger))[2]).toBe(30);
  });

  it('never throws on odd arguments: a single cell, an empty range, a ledger without 标题', () => {
    expect(ZG_POINTS('标题')).toEqual([['积分']]);
    expect(ZG_POINTS([[]])).toEqual([['积分']]);
    const out = column(
      ZG_CHECK([
        ['名称', '单位'],
        ['x', '峡窝镇党委'],
      ]),
    );
    expect(out[0]).toBe('校验');
    expect(String(out[1])).toContain('标题');
  });
});

describe('ZG_LEDGER: 积分, 计任务, 校验 side by side from one call', () => {
  const sideBySide = (...outs: unknown[]) =>
    (outs[0] as unknown[][]).map((_, r) => outs.map((o) => (o as unknown[][])[r][0]));

  it('equals the three columns side by side on the example ledger', () => {
    const ledger = parseCsv(decodeCsv(readFileSync(join(__dirname, '../../examples/ledger.csv'))));
    expect(ledger.length).toBeGreaterThan(10);
    const out = ZG_LEDGER(ledger);
    expect(out[0]).toEqual(['积分', '计任务', '校验']);
    expect(out).toEqual(sideBySide(ZG_POINTS(ledger), ZG_CREDIT(ledger), ZG_CHECK(ledger)));
    expect(out.filter((row) => typeof row[0] === 'number' && row[0] > 0).length).toBeGreaterThan(5);
  });

  it('with a broken rule table every filled row names the cell to fix in all three columns', () => {
    const grids = rulesToGrids(presetRules('上街区'));
    const points = grids.计分.map((r) => [...r]);
    points[3][5] = '十分';
    const args = RULE_TABLE_NAMES.map((n) => (n === '计分' ? points : grids[n]));
    const ledger = sheetLedger([provincialLong, {}, cityShort]);
    const out = ZG_LEDGER(ledger, ...args);
    expect(out).toEqual(
      sideBySide(ZG_POINTS(ledger, ...args), ZG_CREDIT(ledger, ...args), ZG_CHECK(ledger, ...args)),
    );
    expect(out[2]).toEqual(['', '', '']);
    expect(String(out[1][0])).toMatch(/^规则表有误，暂不计分：「计分」表第4行.*分值/);
    expect(out[3]).toEqual([out[1][0], out[1][0], out[1][0]]);
  });

  it('a bad date with no other date on its row is advised in 设置 年度, as the 通报 advises it', () => {
    const base = presetRules('上街区');
    const grids = rulesToGrids({ ...base, settings: { ...base.settings, year: 2023 } });
    const ledger = sheetLedger([{ ...cityShort, 报送日期: '', 录用日期: '3月35日', 事件日期: '' }]);
    const out = ZG_LEDGER(ledger, ...RULE_TABLE_NAMES.map((n) => grids[n]));
    expect(String(out[1][2])).toContain('（可写 2023-03-05、2023/3/5、2023年3月5日）');
  });

  it('a header-only ledger gives the header row alone; a title line keeps the labels on the header row', () => {
    expect(ZG_LEDGER(sheetLedger([]))).toEqual([['积分', '计任务', '校验']]);
    expect(ZG_LEDGER(sheetLedger([], 2))).toEqual([
      ['积分', '计任务', '校验'],
      ['', '', ''],
      ['', '', ''],
    ]);
    const ledger = sheetLedger([provincialLong, cityShort]);
    const titled: Grid = [['2024年组工信息台账', ...ledger[0].slice(1).map(() => '')], ...ledger];
    expect(ZG_LEDGER(titled)).toEqual([
      ['', '', ''],
      ['积分', '计任务', '校验'],
      [30, 0.5, ''],
      [5, 1, ''],
    ]);
  });
});

describe('ZG_UNIT_POINTS and ZG_STATUS', () => {
  useFakeApps({}); // a spreadsheet with no rule tabs: left out, the tables are the preset's
  const ledger = sheetLedger([
    provincialLong,
    cityShort,
    { ...cityShort, 标题: '另一篇', 录用日期: new Date(2024, 6, 1) },
  ]);

  it('a period across two years is refused in the words written for the user, not as 计算出错 (sweep S20x)', () => {
    const cell = ZG_UNIT_POINTS('峡窝镇党委', ledger, new Date(2023, 11, 1), new Date(2024, 0, 31));
    expect(cell).toMatch(/^期间「.*」跨越2023年和2024年：考核以自然年度为期/);
  });

  it('sums a unit over the year, or between two dates; a column of units gives a column', () => {
    expect(ZG_UNIT_POINTS('峡窝镇党委', ledger)).toBe(30);
    expect(ZG_UNIT_POINTS('中心路街道党工委', ledger)).toBe(10);
    expect(ZG_UNIT_POINTS('中心路街道党工委', ledger, new Date(2024, 0, 1), new Date(2024, 5, 30))).toBe(5);
    expect(ZG_UNIT_POINTS([['峡窝镇党委'], ['中心路街道党工委'], ['']], ledger)).toEqual([[30], [10], ['']]);
    expect(ZG_UNIT_POINTS('不存在的单位', ledger)).toBe('未找到单位「不存在的单位」');
  });

  it('gives each unit its pace status as of a date', () => {
    const asOf = new Date(2024, 11, 31);
    const status = ZG_STATUS([['峡窝镇党委'], ['中心路街道党工委']], ledger, asOf) as string[][];
    for (const [s] of status) expect(['已达标', '进度正常', '进度滞后', '未达标']).toContain(s);
    // A township with 30 of its 50 points at the end of the year has failed its yearly task.
    expect(status[0][0]).toBe('未达标');
    // No 单位 table: the units are the ledger's, as the 通报 ranks them; with the preset's, 干部科 is one.
    expect(ZG_STATUS('干部科', ledger, asOf)).toBe('未找到单位「干部科」');
    const units = rulesToGrids(presetRules('上街区')).单位;
    expect(['已达标', '进度正常', '进度滞后', '未达标']).toContain(ZG_STATUS('干部科', ledger, asOf, units));
  });

  it('an old ZG_STATUS formula without the as-of date says how to add it, in every cell, instead of a stale status', () => {
    const units = [['峡窝镇党委'], ['干部科']];
    const tables = rulesToGrids(presetRules('上街区'));
    const old = ZG_STATUS(units, ledger);
    const blank = ZG_STATUS(units, ledger, '', tables.单位);
    const shifted = ZG_STATUS(units, ledger, tables.单位); // a rule table where the date belongs
    for (const out of [old, blank, shifted]) expect(out).toEqual([[AS_OF_MISSING], [AS_OF_MISSING]]);
    expect(ZG_STATUS('峡窝镇党委', ledger)).toBe(AS_OF_MISSING);
    expect(ZG_STATUS('峡窝镇党委', ledger, '2024-12-31')).toBe('未达标');
  });
});

describe('ZG_UNIT_POINTS / ZG_STATUS leaving out a rule table the spreadsheet holds (audit S23b F2, F3)', () => {
  const fake = useFakeApps({});
  const ledger = sheetLedger([provincialLong, cityShort]);
  const tables = rulesToGrids(presetRules('上街区'));
  function withTab(name: string, grid: Grid) {
    const sheet = fake.apps.spreadsheet.insertSheet(name);
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid as never);
  }

  it('refuse in every cell, naming the tables and how to pass them, instead of scoring by the preset', () => {
    withTab('计分', tables.计分!);
    withTab('考核指标', tables.指标!);
    const units = [['峡窝镇党委'], ['中心路街道党工委']];
    const points = ZG_UNIT_POINTS(units, ledger) as string[][];
    expect(points[0][0]).toMatch(
      /^公式没有传入「计分」「考核指标」（指标）表的范围，省略的规则表按上街区积分办法计算，与通报不同/,
    );
    expect(points[1][0]).toBe(points[0][0]);
    expect(points[0][0]).toContain('=ZG_UNIT_POINTS(A2, 稿件台账!A1:V, , , ');
    const status = ZG_STATUS('峡窝镇党委', ledger, new Date(2024, 11, 31), '', '', tables.计分) as string;
    expect(status).toMatch(/^公式没有传入「考核指标」（指标）表的范围/);
    // Every table passed: the status, no refusal.
    const all = RULE_TABLE_NAMES.map((t) => tables[t] ?? '');
    expect(ZG_STATUS('峡窝镇党委', ledger, new Date(2024, 11, 31), ...all)).toBe('未达标');
  });

  it('a tab found by its header, as the 通报 finds it (批示加分 with 批示 | 加分), is held too', () => {
    withTab('批示加分', tables.加分!);
    const refusal = ZG_UNIT_POINTS('峡窝镇党委', ledger) as string;
    expect(refusal).toMatch(/^公式没有传入「批示加分」（加分）表的范围/);
    // The example passes that tab where 加分 goes, as 初始化台账 writes it.
    expect(refusal).toContain("'批示加分'!");
  });

  it('a tab holding only its header is no table: left out, nothing is refused', () => {
    withTab('人员', [['姓名', '单位', '在岗月数']]);
    expect(ZG_UNIT_POINTS('峡窝镇党委', ledger)).toBe(30);
  });
});

describe('dates in the spreadsheet’s own time zone', () => {
  let apps: FakeApps;
  let uninstall: () => void;
  afterEach(() => uninstall());

  // One adoption on 2024-04-01 and one on 2024-03-31, as the cells show them.
  function sheetWith(timeZone: string) {
    apps = createFakeApps({ timeZone });
    uninstall = apps.install();
    const U = apps.globals.Utilities as { parseDate(s: string, tz: string, f: string): Date };
    const day = (iso: string) => U.parseDate(iso, timeZone, 'yyyy-MM-dd');
    const sheet = apps.spreadsheet.insertSheet('稿件台账');
    const grid = sheetLedger([
      { ...provincialLong, 报送日期: '', 录用日期: day('2024-04-01') }, // 30 points
      { ...cityShort, 标题: '三月稿', 单位: '峡窝镇党委', 录用日期: day('2024-03-31') }, // 5 points
    ]);
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
    return { sheet, day };
  }

  for (const tz of ['Asia/Tokyo', 'America/Los_Angeles', 'Asia/Shanghai']) {
    it(`counts 2024-04-01 in April and 2024-03-31 in March in a ${tz} spreadsheet`, () => {
      const { sheet, day } = sheetWith(tz);
      const functions = main as unknown as Record<string, (...a: unknown[]) => unknown>;
      const ss = apps.spreadsheet;
      // The window as typed text (fixed days) and as date cells (read like the ledger's).
      sheet.getRange('X1:Y1').setValues([[day('2024-04-01'), day('2024-04-30')]]);
      const march = evaluateFormula(
        ss,
        sheet,
        '=ZG_UNIT_POINTS("峡窝镇党委", A1:V3, "2024-03-01", "2024-03-31")',
        functions,
      );
      const april = evaluateFormula(ss, sheet, '=ZG_UNIT_POINTS("峡窝镇党委", A1:V3, X1, Y1)', functions);
      expect([march[0][0], april[0][0]]).toEqual([5, 30]);
      // Both dates are read as dates, not flagged.
      const checks = evaluateFormula(ss, sheet, '=ZG_CHECK(A1:V3)', functions);
      expect(checks.map((r) => r[0])).toEqual(['校验', '', '']);
    });
  }

  /** Utilities.formatDate calls while `run` runs. */
  function formatDateCalls(run: () => void): number {
    const before = apps.formatDateCalls;
    run();
    return apps.formatDateCalls - before;
  }

  it('in the script’s own zone reads each date as it is, without a Utilities.formatDate per date', () => {
    // As Apps Script runs it: Dates in the manifest's zone, which is also the spreadsheet's.
    const before = process.env.TZ;
    process.env.TZ = SCRIPT_ZONE;
    onTestFinished(() => {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    });
    const functions = main as unknown as Record<string, (...a: unknown[]) => unknown>;
    // Twelve adoptions of 5 points on twelve days, 2024-03-25 … 2024-04-05: five of them in April.
    function april(timeZone: string): { points: unknown; calls: number } {
      const { sheet, day } = sheetWith(timeZone);
      const rows = Array.from({ length: 12 }, (_, k) => {
        const iso = k < 7 ? `2024-03-${25 + k}` : `2024-04-0${k - 6}`;
        return { ...cityShort, 标题: `稿${k}`, 单位: '峡窝镇党委', 录用日期: day(iso) };
      });
      const grid = sheetLedger(rows);
      sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
      let points: unknown;
      const calls = formatDateCalls(() => {
        const out = evaluateFormula(
          apps.spreadsheet,
          sheet,
          '=ZG_UNIT_POINTS("峡窝镇党委", A1:V13, "2024-04-01", "2024-04-30")',
          functions,
        );
        points = out[0][0];
      });
      return { points, calls };
    }
    const own = april(SCRIPT_ZONE);
    uninstall();
    // Another zone: every distinct date is re-read in the spreadsheet's zone, one call each.
    const other = april('Asia/Tokyo');
    expect([own.points, other.points]).toEqual([25, 25]);
    // The winter and summer instants that confirm the zone, not one call per date.
    expect(own.calls).toBeLessThanOrEqual(2);
    expect(other.calls).toBeGreaterThanOrEqual(12);
  });

  it('takes the script’s zone from the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'));
    expect(SCRIPT_ZONE).toBe(manifest.timeZone);
  });
});

describe('the formulas 初始化台账 writes', () => {
  let apps: FakeApps;
  let uninstall: () => void;
  beforeEach(() => {
    apps = createFakeApps();
    uninstall = apps.install();
  });
  afterEach(() => uninstall());

  it('pass the ledger and every rule tab in the order the functions expect', () => {
    runSetup();
    const ss = apps.spreadsheet;
    const ledger = ss._sheet('稿件台账')!;
    const col = (h: string) => LEDGER_HEADERS.indexOf(h as (typeof LEDGER_HEADERS)[number]) + 1;
    ledger
      .getRange(2, 1, 1, LEDGER_HEADERS.length)
      .setValues([LEDGER_HEADERS.map((h) => (provincialLong as Record<string, Cell>)[h] ?? '')]);
    // The office raises 省级 录用 to 12 in its 计分 tab.
    const pointsTab = ss._sheet('计分')!;
    const r = pointsTab._grid().findIndex((row) => row[0] === '录用' && row[1] === '省级') + 1;
    pointsTab.getRange(r, 6).setValue(12);
    const functions = main as unknown as Record<string, (...a: unknown[]) => unknown>;
    const at = LEDGER_HEADERS.length + 1;
    // One ZG_LEDGER formula in the 积分 header cell; the two cells to its right are left for its result.
    expect([ledger._peek(1, at + 1)?.f, ledger._peek(1, at + 2)?.f]).toEqual([undefined, undefined]);
    const computed = evaluateFormula(ss, ledger, ledger._peek(1, at)!.f!, functions);
    expect(computed.length).toBe(ledger.getMaxRows()); // spills over the whole open-ended range
    expect(computed.slice(0, 3)).toEqual([
      ['积分', '计任务', '校验'],
      [36, 0.5, ''],
      ['', '', ''],
    ]);
    expect(col('标题')).toBe(1);
  });
});

describe('ZG_UNIT_POINTS / ZG_STATUS: a unit named by its 别名 (sweep s24r F3)', () => {
  it('answer for the unit the 单位 table calls so, as the 通报 counts its rows', () => {
    const tables = rulesToGrids(presetRules('上街区'));
    const units = tables.单位!.map((row, i) => [
      ...row,
      i === 0 ? '别名' : row[0] === '峡窝镇党委' ? '峡窝镇' : '',
    ]);
    const args = RULE_TABLE_NAMES.map((t) => (t === '单位' ? units : (tables[t] ?? '')));
    // One row under the old name and one under the new: both the unit's, 30 + 30.
    const ledger = sheetLedger([
      { ...provincialLong, 单位: '峡窝镇' },
      { ...provincialLong, 标题: '另一篇', 单位: '峡窝镇党委' },
    ]);
    const points = column(ZG_UNIT_POINTS([['峡窝镇党委'], ['峡窝镇']], ledger, '', '', ...args));
    expect(points).toEqual([60, 60]);
    const status = column(ZG_STATUS([['峡窝镇党委'], ['峡窝镇']], ledger, new Date(2024, 11, 31), ...args));
    expect(status[1]).toBe(status[0]);
    expect(['已达标', '未达标']).toContain(status[0]);
  });
});
