// 初始化台账 through the fake SpreadsheetApp: what a new workbook gets, and that running it again
// never loses a typed row or an edited rule.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setupLedger } from '../../src/addon/menu';
import { COMPUTED_PROTECTION, runSetup } from '../../src/addon/setupLedger';
import { dayOfDate, yearOf } from '../../src/core/dates';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { RULE_TABLE_NAMES } from '../../src/core/rules';
import { computedFormula } from '../../src/sheets/setup';
import { createFakeApps, type FakeApps } from '../fakes/spreadsheetApp';
import { fingerprint } from '../robustness/helpers';

let apps: FakeApps;
let uninstall: () => void;

beforeEach(() => {
  apps = createFakeApps({ owner: 'owner@example.org' });
  uninstall = apps.install();
});
afterEach(() => uninstall());

function headerRow(name: string): unknown[] {
  const sheet = apps.spreadsheet._sheet(name)!;
  return sheet._grid()[0] ?? [];
}

describe('初始化台账 on an empty spreadsheet', () => {
  it('creates the ledger, the seven rule tabs and 领导看板', () => {
    setupLedger();
    const names = apps.spreadsheet._sheets.map((s) => s._name);
    for (const n of ['稿件台账', '领导看板', ...RULE_TABLE_NAMES]) expect(names).toContain(n);
    expect(names.indexOf('稿件台账')).toBe(0);
    expect(apps.ui._alerts[0]).toContain('已新建');
    // The new spreadsheet's blank Sheet1 became the ledger: no empty tab is left behind.
    expect(names.filter((n) => /^(Sheet|工作表)/.test(n))).toEqual([]);
    expect(names).toHaveLength(RULE_TABLE_NAMES.length + 2);
  });

  it('keeps a Sheet1 that holds anything, and puts the ledger first beside it', () => {
    apps.spreadsheet._sheets[0].getRange(1, 1).setValue('我的笔记');
    runSetup();
    const names = apps.spreadsheet._sheets.map((s) => s._name);
    expect(names[0]).toBe('稿件台账');
    expect(
      apps.spreadsheet._sheets.find((s) => s._name !== '稿件台账' && s._grid()[0]?.[0] === '我的笔记'),
    ).toBeDefined();
  });

  it('lays out the ledger: headers, frozen header, widths, computed columns as custom-function formulas', () => {
    runSetup();
    const ledger = apps.spreadsheet._sheet('稿件台账')!;
    expect(headerRow('稿件台账').slice(0, LEDGER_HEADERS.length)).toEqual(LEDGER_HEADERS);
    expect(ledger._frozenRows).toBe(1);
    expect(ledger.getColumnWidth(1)).toBeGreaterThan(200); // 标题 is wide
    const n = LEDGER_HEADERS.length;
    const formulas = [1, 2, 3].map((i) => ledger._peek(1, n + i)?.f ?? '');
    // One ZG_LEDGER in the 积分 header cell; 计任务 and 校验 header cells free for its array result.
    expect(formulas).toEqual([
      // 今天 after the rule tables: the date-ahead check follows the calendar (sweep S16a F2).
      "=ZG_LEDGER(A1:V, '单位'!A1:H, '媒体'!A1:D, '计分'!A1:H, '系数'!A1:G, '加分'!A1:C, '指标'!A1:R, '设置'!A1:C, '人员'!A1:C, TODAY())",
      '',
      '',
    ]);
    expect([ledger._peek(1, n + 2)?.v ?? '', ledger._peek(1, n + 3)?.v ?? '']).toEqual(['', '']);
  });

  it('puts dropdowns from the 单位 and 媒体 tables, fixed lists and date checks on the input columns', () => {
    runSetup();
    const ledger = apps.spreadsheet._sheet('稿件台账')!;
    const col = (h: string) => LEDGER_HEADERS.indexOf(h as (typeof LEDGER_HEADERS)[number]) + 1;
    const unit = ledger._peek(2, col('单位'))?.dv;
    expect(unit?._type).toBe('VALUE_IN_RANGE');
    const source = unit?._values[0] as { _sheet: { _name: string }; getA1Notation(): string };
    expect(source._sheet._name).toBe('单位');
    expect(source.getA1Notation()).toBe('A2:A1000');
    const outlet = ledger._peek(2, col('媒体'))!.dv!._values[0] as { _sheet: { _name: string } };
    expect(outlet._sheet._name).toBe('媒体');
    const mode = ledger._peek(500, col('采用方式'))?.dv;
    expect(mode?._type).toBe('VALUE_IN_LIST');
    expect(mode?._values[0]).toEqual(['录用', '综合', '报送']);
    expect(mode?._allowInvalid).toBe(false);
    expect(ledger._peek(2, col('级别'))?.dv?._values[0]).toEqual(['区县级', '市级', '省级', '中央级']);
    expect(ledger._peek(2, col('核定'))?.dv?._values[0]).toEqual(['不计分', '倒扣']);
    for (const h of ['报送日期', '录用日期', '事件日期']) {
      expect(ledger._peek(1000, col(h))?.dv?._type).toBe('DATE_IS_VALID_DATE');
    }
    expect(ledger._peek(1, col('单位'))?.dv ?? null).toBeNull(); // the header row is free
  });

  it('fills the rule tabs from the 上街区 preset', () => {
    runSetup();
    const units = apps.spreadsheet._sheet('单位')!._grid();
    expect(units[0][0]).toBe('单位');
    expect(units.map((r) => r[0])).toContain('峡窝镇党委');
    const points = apps.spreadsheet._sheet('计分')!._grid();
    const provincial = points.find((r) => r[0] === '录用' && r[1] === '省级');
    expect(provincial?.[5]).toBe(10);
  });

  it('protects the rule tabs and 领导看板 for the owner and the 管理员 of 设置', () => {
    // An office that lists its administrators in 设置 before running setup.
    apps.spreadsheet._addSheet('设置', [
      ['项目', '值', '说明'],
      ['管理员', 'xinxike@example.org', ''],
    ]);
    runSetup();
    for (const name of [...RULE_TABLE_NAMES, '领导看板']) {
      const p = apps.spreadsheet._sheet(name)!._protections.find((x) => x._type === 'SHEET');
      expect(p, name).toBeDefined();
      expect(p!._warningOnly).toBe(false);
      expect(p!._editors.sort()).toEqual(['owner@example.org', 'xinxike@example.org']);
      expect(p!._domainEdit).toBe(false);
    }
    const ledger = apps.spreadsheet._sheet('稿件台账')!;
    expect(ledger._protections.filter((p) => p._type === 'SHEET')).toHaveLength(0); // staff type here
    const computed = ledger._protections.find((p) => p._description === COMPUTED_PROTECTION);
    expect(computed?._warningOnly).toBe(true);
  });

  it('makes protection warning-only when 设置 says 保护方式 仅警告', () => {
    apps.spreadsheet._addSheet('设置', [
      ['项目', '值', '说明'],
      ['保护方式', '仅警告', ''],
    ]);
    runSetup();
    expect(apps.spreadsheet._sheet('单位')!._protections[0]._warningOnly).toBe(true);
  });
});

describe('初始化台账 on a new spreadsheet assesses this year', () => {
  it('writes 设置 年度 = the current year, so ZG_UNIT_POINTS and the report default to it', () => {
    runSetup();
    const settings = apps.spreadsheet._sheet('设置')!._grid();
    const year = settings.find((r) => r[0] === '年度')?.[1];
    expect(year).toBe(yearOf(dayOfDate(new Date())));
    expect(year).not.toBe(2024);
  });
});

describe('初始化台账 again', () => {
  it('loses nothing: typed rows, an edited rule, a changed width stay; nothing is duplicated', () => {
    runSetup();
    const ledger = apps.spreadsheet._sheet('稿件台账')!;
    ledger.getRange(2, 1, 1, 3).setValues([['关于基层党建的信息', '张三', '峡窝镇党委']]);
    ledger.setColumnWidth(1, 420); // the office widened 标题
    const points = apps.spreadsheet._sheet('计分')!;
    const row = points._grid().findIndex((r) => r[0] === '录用' && r[1] === '省级') + 1;
    points.getRange(row, 6).setValue(12);
    const before = new Map(apps.spreadsheet._sheets.map((sheet) => [sheet._name, fingerprint(sheet)]));

    const summary = runSetup();
    // Every tab exactly as it was: values, formulas, formats, validations, widths, merges, protections.
    const after = new Map(apps.spreadsheet._sheets.map((sheet) => [sheet._name, fingerprint(sheet)]));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, print] of before) expect(after.get(name), name).toBe(print);
    expect(points._grid()[row - 1][5]).toBe(12);
    expect(ledger._widths.get(1)).toBe(420);
    expect(summary.created).toEqual([]);
    expect(summary.filled).toEqual([]);
    expect(summary.formulas).toBe(0);
  });

  it('completes an existing ledger: missing headers appended, computed columns added, typed data untouched', () => {
    apps.spreadsheet._addSheet('稿件台账', [
      ['标题', '单位', '媒体', '录用日期', '我们自己的列'],
      ['关于基层党建的信息', '峡窝镇党委', '河南日报', '2024-03-05', '不动'],
    ]);
    const summary = runSetup();
    const grid = apps.spreadsheet._sheet('稿件台账')!._grid();
    expect(grid[1].slice(0, 5)).toEqual(['关于基层党建的信息', '峡窝镇党委', '河南日报', grid[1][3], '不动']);
    expect(grid[1][3]).toBeInstanceOf(Date);
    expect(summary.addedHeaders).toContain('作者');
    expect(summary.addedHeaders).not.toContain('标题');
    const header = grid[0];
    expect(header.slice(0, 5)).toEqual(['标题', '单位', '媒体', '录用日期', '我们自己的列']);
    const ledger = apps.spreadsheet._sheet('稿件台账')!;
    const formulas = ledger
      .getRange(1, 1, 1, ledger.getLastColumn())
      .getFormulas()[0]
      .filter((f) => f !== '');
    expect(formulas).toHaveLength(1);
    expect(formulas[0]).toMatch(/^=ZG_LEDGER\(/);
    expect(summary.formulas).toBe(3);
    // The formula reads every input column, the appended ones included, and not itself.
    const inputs = header.filter((h) => h !== '').length; // computed cells hold formulas, no value here
    expect(inputs).toBe(5 + LEDGER_HEADERS.length - 4);
    expect(formulas[0]).toContain(`A1:${String.fromCharCode(64 + inputs)},`);
    expect(ledger._peek(1, inputs + 1)?.f).toBe(formulas[0]);
  });

  it('replaces the three old formulas side by side with one ZG_LEDGER, keeping their arguments', () => {
    const n = LEDGER_HEADERS.length;
    apps.spreadsheet._addSheet('稿件台账', [
      [...LEDGER_HEADERS],
      ['关于基层党建的信息', '张三', '峡窝镇党委'],
    ]);
    const sheet = apps.spreadsheet._sheet('稿件台账')!;
    const old = ['ZG_POINTS', 'ZG_CREDIT', 'ZG_CHECK'].map((fn) => computedFormula(fn, n));
    old.forEach((f, i) => {
      sheet.getRange(1, n + 1 + i).setFormula(f);
    });
    const summary = runSetup();
    const row1 = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getFormulas()[0];
    // Their arguments kept, 今天 added after them (sweep S16a F2), and said.
    const merged = old[0].replace('=ZG_POINTS(', '=ZG_LEDGER(').replace(/\)$/, ', TODAY())');
    expect(row1.filter((f) => f !== '')).toEqual([merged]);
    expect(row1.indexOf(merged)).toBe(n);
    expect(summary.formulas).toBe(3);
    expect(summary.notes).toContain(
      '积分、计任务、校验三个公式已合并为一个 ZG_LEDGER 公式（参数不变），每次重算只计算一次。',
    );
    expect(sheet._grid()[1].slice(0, 3)).toEqual(['关于基层党建的信息', '张三', '峡窝镇党委']);
    // The computed columns stay protected as whole columns, all three.
    const computed = sheet._protections.filter((p) => p._description === COMPUTED_PROTECTION);
    expect(computed.map((p) => p.getRange().getA1Notation())).toEqual(['W:Y']);
    // A second run finds ZG_LEDGER in place and writes nothing.
    expect(runSetup().formulas).toBe(0);
    expect(
      sheet
        .getRange(1, 1, 1, sheet.getLastColumn())
        .getFormulas()[0]
        .filter((f) => f !== ''),
    ).toHaveLength(1);
  });

  it('keeps the three old formulas when a column sits between them, and says why', () => {
    const n = LEDGER_HEADERS.length;
    apps.spreadsheet._addSheet('稿件台账', [[...LEDGER_HEADERS, '', '我们的列']]);
    const sheet = apps.spreadsheet._sheet('稿件台账')!;
    const old = ['ZG_POINTS', 'ZG_CREDIT', 'ZG_CHECK'].map((fn) => computedFormula(fn, n));
    sheet.getRange(1, n + 1).setFormula(old[0]);
    sheet.getRange(1, n + 3).setFormula(old[1]);
    sheet.getRange(1, n + 4).setFormula(old[2]);
    const summary = runSetup();
    const row1 = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getFormulas()[0];
    // Each kept with its arguments, 今天 added after them (sweep S16a F2).
    const today = (f: string) => f.replace(/\)$/, ', TODAY())');
    expect(row1.slice(n, n + 4)).toEqual([today(old[0]), '', today(old[1]), today(old[2])]);
    expect(row1.filter((f) => /ZG_LEDGER/.test(f))).toEqual([]);
    expect(sheet._grid()[0][n + 1]).toBe('我们的列');
    expect(summary.formulas).toBe(0);
    expect(summary.rewritten).toBe(3);
    expect(summary.notes.filter((t) => t.includes('未合并为一个 ZG_LEDGER 公式'))).toHaveLength(1);
  });

  it('leaves a hand-filled 积分 column alone and says so', () => {
    const headers = [...LEDGER_HEADERS, '积分'];
    apps.spreadsheet._addSheet('稿件台账', [headers, [...LEDGER_HEADERS.map(() => ''), 5]]);
    apps.spreadsheet._sheet('稿件台账')!.getRange(2, 1).setValue('某标题');
    const summary = runSetup();
    const sheet = apps.spreadsheet._sheet('稿件台账')!;
    expect(sheet._peek(2, headers.length)?.v).toBe(5);
    expect(sheet._peek(1, headers.length)?.f).toBeUndefined();
    expect(summary.notes.join()).toContain('积分');
  });

  it('fills a rule tab that exists but is empty, and keeps one that has content', () => {
    apps.spreadsheet._addSheet('媒体');
    apps.spreadsheet._addSheet('单位', [
      ['单位', '类型'],
      ['我们的镇', '乡镇街道'],
    ]);
    const summary = runSetup();
    expect(summary.filled).toContain('媒体');
    expect(apps.spreadsheet._sheet('媒体')!._grid().length).toBeGreaterThan(10);
    expect(apps.spreadsheet._sheet('单位')!._grid()).toEqual([
      ['单位', '类型'],
      ['我们的镇', '乡镇街道'],
    ]);
  });
});
