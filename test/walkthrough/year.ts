// A whole year of the add-on on the strict fake, through any door to its top-level functions (the
// TypeScript sources, or dist/Code.js in node:vm): 初始化台账 → the spreadsheet's zone set by the office →
// a year of rows through 录入稿件 by two staff members whose appends interleave under the lock →
// monthly 生成通报 → 刷新领导看板 → quarterly and yearly 通报. Every result is checked against what the
// command line's runner computes on the same ledger grid (the dates as the cells show them).

import { expect } from 'vitest';
import { prng } from '../../bench/generate';
import { parseDay } from '../../src/core/dates';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { dayZh, parsePeriod } from '../../src/core/period';
import { presetRules } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';
import type { SheetModel } from '../../src/sheets/model';
import type { WorkbookPort } from '../../src/sheets/port';
import { runReport } from '../../src/sheets/run';
import { evaluateFormula } from '../fakes/evaluate';
import type { FakeApps, Value } from '../fakes/spreadsheetApp';

/** 2025-12-20 20:00 UTC: Dec 21 in Shanghai and Tokyo, still Dec 20 in Los Angeles. */
export const NOW = Date.UTC(2025, 11, 20, 20, 0, 0);
export const YEAR = 2025;
export const OWNER = 'owner@example.org';
export const STAFF = ['xinxiyuan.a@example.org', 'xinxiyuan.b@example.org'] as const;

type Fn = (...args: unknown[]) => unknown;

/** How the walkthrough reaches the add-on. */
export interface Door {
  apps: FakeApps;
  /** Call a top-level function as one execution by `user`; returns its (plain) result. */
  call(user: string, name: string, ...args: unknown[]): Record<string, unknown>;
  /** The custom functions, as Sheets would call them. */
  functions: Record<string, Fn>;
}

class MemoryPort implements WorkbookPort {
  readonly written: SheetModel[] = [];
  constructor(readonly tabs: Map<string, Grid>) {}
  sheetNames(): string[] {
    return [...this.tabs.keys()];
  }
  readValues(name: string): Grid {
    return this.tabs.get(name) ?? [];
  }
  writeSheet(model: SheetModel): void {
    this.written.push(model);
  }
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Text Sheets would turn into something else if it were not written as text. */
const TRICKY = ['0012', '3月5日', '1 1/2', 'TRUE', '#N/A', '=1+2', '1e5', '50%', '1,000', '-5', '@所有人'];

/** About 500 录入稿件 forms over the year, month edges included, in the order staff enter them. */
export function yearOfForms(n = 500): Record<string, unknown>[] {
  const rules = presetRules('上街区');
  const units = rules.units;
  const offices = units.filter((u) => u.type === '部机关科室').map((u) => u.name);
  const outlets = rules.outlets;
  const names = ['张三', '李四', '王五', '赵六', '孙七', '周八', '吴九', '郑十'];
  const rand = prng(20251220);
  const last = Date.UTC(YEAR, 11, 20);
  const forms: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const unit = units[i % units.length];
    let t =
      Date.UTC(YEAR, 0, 1) + Math.floor(((i / n) * (last - Date.UTC(YEAR, 0, 1))) / 86_400_000) * 86_400_000;
    const month = new Date(t).getUTCMonth();
    if (i % 10 === 0) t = Date.UTC(YEAR, month, 1); // the first of a month
    if (i % 10 === 1) t = Math.min(Date.UTC(YEAR, month + 1, 0), last); // the last of a month
    const authors = [names[Math.floor(rand() * names.length)]];
    if (rand() < 0.3) authors.push(names[(names.indexOf(authors[0]) + 1) % names.length]);
    const title = i % 45 === 5 ? TRICKY[(i - 5) / 45] : `${unit.name}信息第${i}篇`;
    const form: Record<string, unknown> = { 标题: title, 作者: authors, 单位: unit.name };
    if (i % 3 === 0) {
      form.采用方式 = '报送';
      form.报送对象 = unit.type === '部机关科室' ? '市委组织部' : '区委组织部';
      form.报送日期 = iso(t);
    } else {
      const outlet = outlets[Math.floor(rand() * outlets.length)];
      form.媒体 = outlet.name;
      form.采用方式 = rand() < 0.15 ? '综合' : '录用';
      form.录用日期 = iso(t);
      form.报送日期 = iso(Math.max(Date.UTC(YEAR, 0, 1), t - 3 * 86_400_000)); // across a month edge at times
      form.报送对象 = unit.type === '部机关科室' ? '市委组织部' : '区委组织部';
      form.字数 = rand() < 0.3 ? 1500 : 800;
      if (i % 41 === 2) form.领导批示 = '省';
      if (unit.type !== '部机关科室' && outlet.level !== '区县级' && i % 7 === 2) {
        form.对口处室 = offices[i % offices.length];
      }
    }
    if (i % 17 === 3) form.备注 = TRICKY[i % TRICKY.length];
    forms.push(form);
  }
  return forms;
}

/** A tab's values with blanks as '', trailing blank rows and columns dropped (a model or a fake tab). */
function normalized(grid: unknown[][]): string[][] {
  const rows = grid.map((r) =>
    r.map((v) => (v === null || v === undefined ? '' : v instanceof Date ? iso(v.getTime()) : String(v))),
  );
  let height = rows.length;
  while (height > 0 && rows[height - 1].every((v) => v === '')) height--;
  const out = rows.slice(0, height);
  let width = 0;
  for (const r of out) for (let c = r.length; c > width; c--) if (r[c - 1] !== '') width = c;
  return out.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
}

export interface WalkResult {
  rows: number;
  periods: string[];
  units: number;
}

/** The whole year in one spreadsheet time zone; asserts as it goes. */
export function walkThroughYear(door: Door, timeZone: string, forms = yearOfForms()): WalkResult {
  const { apps } = door;
  const ss = apps.spreadsheet;
  const U = apps.globals.Utilities as { formatDate(d: Date, tz: string, f: string): string };

  // 初始化台账 by the owner on a blank spreadsheet (it becomes Beijing time), then the office's zone.
  door.call(OWNER, 'setupLedger');
  expect(apps.ui._alerts).toHaveLength(1);
  expect(apps.ui._alerts[0]).toMatch(/^初始化台账\n已新建/);
  expect(apps.ui._alerts[0]).not.toMatch(/出错|没有完成|无权/);
  apps.ui._alerts.length = 0;
  expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Shanghai');
  expect(
    ss
      ._sheet('设置')!
      ._grid()
      .find((r) => r[0] === '年度')?.[1],
  ).toBe(YEAR); // this year, by the clock
  ss.setSpreadsheetTimeZone(timeZone);
  const today = U.formatDate(new Date(NOW), timeZone, 'yyyy-MM-dd');

  // Two staff members enter the year; each second append runs while the first one's lock is released.
  const results: Record<string, unknown>[] = [];
  for (let i = 0; i < forms.length; i += 2) {
    const second = forms[i + 1];
    if (second) {
      apps.interleaveAfterRelease(() => {
        results[i + 1] = door.call(STAFF[1], 'appendLedgerRow', second);
      });
    }
    results[i] = door.call(STAFF[0], 'appendLedgerRow', forms[i]);
  }
  // Written as text, 标题 #N/A is kept as typed; 校验 asks about it as it asks about a lookup's #N/A (audit s38 P5).
  const asked = (i: number, w: string) => forms[i].标题 === '#N/A' && w.includes('标题“#N/A”是公式的错误值');
  const failed = results
    .map((r, i) => ({ i, r }))
    .filter(({ r, i }) => !r.ok || (r.warnings as string[]).some((w) => !asked(i, w)));
  expect(failed.map(({ i, r }) => `${i}: ${String(r.message)} ${String(r.warnings)}`)).toEqual([]);

  // No row lost, every field as typed, every date as entered.
  const ledger = ss._sheet('稿件台账')!;
  const width = LEDGER_HEADERS.length;
  const shown = ledger.getRange(2, 1, forms.length + 1, width).getDisplayValues();
  expect(shown[forms.length].every((v) => v === '')).toBe(true);
  const col = (h: string) => LEDGER_HEADERS.indexOf(h as (typeof LEDGER_HEADERS)[number]);
  const key = (row: string[]) =>
    ['标题', '单位', '报送日期', '录用日期', '媒体', '备注'].map((h) => row[col(h)]).join('|');
  const wanted = forms.map((f) => key(LEDGER_HEADERS.map((h) => (h === '作者' ? '' : String(f[h] ?? '')))));
  expect(shown.slice(0, forms.length).map(key).sort()).toEqual([...wanted].sort());

  // The command line's runner on the same grid: dates as the cells show them, rule tabs as they are.
  const cliTabs = () => {
    const tabs = new Map<string, Grid>();
    for (const sheet of ss._sheets) {
      const values = sheet.getDataRange().getValues() as Value[][];
      tabs.set(
        sheet._name,
        values.map((r) =>
          r.map((v) =>
            Object.prototype.toString.call(v) === '[object Date]'
              ? U.formatDate(v as Date, timeZone, 'yyyy-MM-dd')
              : v,
          ),
        ) as Grid,
      );
    }
    return tabs;
  };
  const asOf = Math.floor(Date.parse(`${today}T00:00:00Z`) / 86_400_000);
  const cli = (period: string) => {
    const port = new MemoryPort(cliTabs());
    return { port, result: runReport(port, { period: parsePeriodCode(period), asOf, now: new Date(NOW) }) };
  };

  // Monthly 通报 by a staff member, each tab equal to the command line's, cell for cell.
  const months = Array.from({ length: 12 }, (_, m) => `${YEAR}-${String(m + 1).padStart(2, '0')}`);
  const quarters = [1, 2, 3, 4].map((q) => `${YEAR}-Q${q}`);
  const compareReport = (period: string) => {
    const r = door.call(STAFF[0], 'generateReport', period);
    expect(r.ok, `${period}: ${String(r.message)}`).toBe(true);
    const { port, result } = cli(period);
    const model = port.written[0];
    expect(r.sheetName).toBe(model.name);
    expect(normalized(ss._sheet(model.name)!._grid()), period).toEqual(normalized(model.values));
    return result;
  };
  for (const m of months) compareReport(m);

  // 刷新领导看板 by the owner: the board equals the command line's for the year as of today.
  const board = door.call(OWNER, 'refreshDashboard');
  expect(board.ok, String(board.message)).toBe(true);
  const year = cli(String(YEAR));
  const cliBoard = year.port.written.find((m) => m.name === '领导看板')!;
  expect(normalized(ss._sheet('领导看板')!._grid())).toEqual(normalized(cliBoard.values));
  // Row 2 is the leaders' summary line; the date line follows it.
  expect(String(ss._sheet('领导看板')!._grid()[2][0])).toContain(
    `数据截至：${dayZh(parseDay(today) as number)}`,
  );

  for (const q of quarters) compareReport(q);
  const yearly = compareReport(String(YEAR));

  // Every unit's points, status and indicator values as the custom functions give them.
  const report = yearly.report;
  const unitsTab = ss._sheet('单位')!;
  const n = unitsTab.getLastRow() - 1;
  const asOfTab = ss.insertSheet('统计');
  asOfTab
    .getRange('A1')
    .setValue(
      (apps.globals.Utilities as { parseDate(s: string, tz: string, f: string): Date }).parseDate(
        today,
        timeZone,
        'yyyy-MM-dd',
      ),
    );
  const tables = `单位!A1:G, 媒体!A1:D, 计分!A1:H, 系数!A1:G, 加分!A1:C, 指标!A1:Q, 设置!A1:C`;
  const points = evaluateFormula(
    ss,
    asOfTab,
    `=ZG_UNIT_POINTS(单位!A2:A${n + 1}, 稿件台账!A1:V, "", "", ${tables})`,
    door.functions,
  );
  const status = evaluateFormula(
    ss,
    asOfTab,
    `=ZG_STATUS(单位!A2:A${n + 1}, 稿件台账!A1:V, 统计!A1, ${tables})`,
    door.functions,
  );
  const names = unitsTab
    .getRange(2, 1, n, 1)
    .getValues()
    .map((r) => String(r[0]));
  const byUnit = new Map(report.units.map((u) => [u.unit, u]));
  expect(names.map((u, i) => `${u} ${points[i][0]} ${status[i][0]}`)).toEqual(
    names.map((u) => `${u} ${byUnit.get(u)?.points} ${byUnit.get(u)?.status}`),
  );
  const perRow = evaluateFormula(ss, ledger, ledger.getRange(1, width + 1).getFormula(), door.functions);
  const cliRows = yearly.assessment.scored.rows.map((r) => r.points);
  expect(perRow.slice(1, forms.length + 1).map((r) => r[0])).toEqual(cliRows);
  expect(report.units.filter((u) => u.indicators.length === 0).map((u) => u.unit)).toEqual([]);

  // No alert was shown, and the lock is free.
  expect(apps.ui._alerts).toEqual([]);
  expect(apps.lock._held).toBe(false);
  return { rows: forms.length, periods: [...months, ...quarters, String(YEAR)], units: names.length };
}

function parsePeriodCode(code: string) {
  const p = parsePeriod(code);
  if (!p) throw new Error(`period ${code}`);
  return p;
}
