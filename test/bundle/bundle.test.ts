// The built dist/Code.js as Apps Script runs it: one classic script in a fresh global scope that has
// only the Apps Script services (here the fakes). Top-level functions are all Apps Script can call.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { createFakeApps, type FakeApps } from '../fakes/spreadsheetApp';

const root = join(__dirname, '../..');
const dist = join(root, 'dist');
let code = '';

beforeAll(() => {
  // `npm test` builds first; a bare `vitest run` on a fresh clone builds here.
  if (!existsSync(join(dist, 'Code.js'))) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')]);
  code = readFileSync(join(dist, 'Code.js'), 'utf8');
});

/** A fresh Apps Script-like global scope with the fake services and Code.js loaded. */
function load(apps: FakeApps = createFakeApps()): { ctx: vm.Context; apps: FakeApps } {
  const ctx = vm.createContext({ ...apps.globals });
  apps.useScriptRealm(vm.runInContext('Date', ctx));
  vm.runInContext(code, ctx, { filename: 'Code.js' });
  return { ctx, apps };
}

/** Values built inside the script's realm, as Sheets hands them over (Date objects of that realm). */
function inRealm(ctx: vm.Context, rows: unknown[][]): unknown {
  const json = JSON.stringify(rows);
  return vm.runInContext(
    `JSON.parse(${JSON.stringify(json)}, (k, v) => v && v.$date ? new Date(v.$date[0], v.$date[1] - 1, v.$date[2]) : v)`,
    ctx,
  );
}

const CUSTOM = ['ZG_LEDGER', 'ZG_POINTS', 'ZG_CREDIT', 'ZG_CHECK', 'ZG_UNIT_POINTS', 'ZG_STATUS'];

describe('dist/Code.js', () => {
  it('is a classic script: no import, export or require left', () => {
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toMatch(/\brequire\s*\(/);
  });

  it('declares every menu handler as a top-level function', () => {
    const { ctx, apps } = load();
    vm.runInContext('onOpen({ authMode: "NONE" })', ctx);
    const fns = apps.ui._menus[0]._items.map((i) => i.fn).filter((f): f is string => f !== null);
    expect(fns.length).toBe(6);
    for (const fn of [...fns, 'onOpen', 'onInstall']) {
      expect(typeof ctx[fn], fn).toBe('function');
      expect(code).toMatch(new RegExp(`^function ${fn}\\(`, 'm'));
    }
  });

  it('declares each custom function at top level with its Chinese JSDoc and @customfunction', () => {
    const { ctx } = load();
    for (const fn of CUSTOM) {
      expect(typeof ctx[fn], fn).toBe('function');
      const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${fn}\\(([^)]*)\\)`).exec(code);
      expect(doc, fn).not.toBeNull();
      expect(doc![1]).toContain('@customfunction');
      expect(doc![1]).toMatch(/@param \{Array\} ledger [\u4e00-\u9fff]/);
      // A rest parameter (...ledgers: the other ledger tabs) is documented by its name.
      for (const param of doc![2].split(',').map((p) => p.trim().replace(/^\.\.\./, '')))
        expect(doc![1]).toContain(` ${param} `);
    }
  });

  it('has a top-level function for every server call the sidebar pages make', () => {
    const { ctx } = load();
    const pages = readdirSync(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const calls = new Set<string>();
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      for (const m of html.matchAll(/\bcall\('(\w+)'/g)) calls.add(m[1]);
      for (const m of html.matchAll(/google\.script\.run(?:\s*\.\s*with\w+\([^)]*\))*\s*\.\s*(\w+)\(/g)) {
        if (!m[1].startsWith('with')) calls.add(m[1]);
      }
    }
    expect(calls.size).toBeGreaterThan(0);
    for (const name of calls) expect(typeof ctx[name], name).toBe('function');
  });

  it('ZG_POINTS scores a range with Date objects and blanks exactly as the engine does', () => {
    const { ctx } = load();
    const row = (o: Record<string, unknown>) => LEDGER_HEADERS.map((h) => o[h] ?? '');
    const grid = inRealm(ctx, [
      [...LEDGER_HEADERS],
      // 录用 省级 1500字 → 10 × 3 (字数 > 1000)
      row({
        标题: '一篇长稿',
        作者: '张三',
        单位: '峡窝镇党委',
        媒体: '河南日报',
        录用日期: { $date: [2024, 3, 5] },
        字数: 1500,
      }),
      row({}),
      // 录用 市级 800字 → 5
      row({
        标题: '一篇短稿',
        作者: '李四、王五',
        单位: '峡窝镇党委',
        媒体: '郑州日报',
        录用日期: { $date: [2024, 4, 1] },
        字数: 800,
      }),
      // 录用 中央级 电视 2分钟 省领导批示 → 30 × 3 + 20
      row({
        标题: '电视报道',
        单位: '组织科',
        媒体: '中央电视台',
        录用日期: { $date: [2024, 5, 6] },
        '时长(分钟)': 2,
        领导批示: '省',
      }),
    ]);
    ctx.__grid = grid;
    const points = vm.runInContext('ZG_POINTS(__grid)', ctx) as unknown[][];
    expect(points.map((r) => r[0])).toEqual(['积分', 30, '', 5, 110]);
    const credit = vm.runInContext('ZG_CREDIT(__grid)', ctx) as unknown[][];
    expect(credit.map((r) => r[0])).toEqual(['计任务', 1, '', 0.5, 1]);
    expect(vm.runInContext('ZG_UNIT_POINTS("峡窝镇党委", __grid)', ctx)).toBe(35);
  });

  it('builds nothing at load that a call may not need: no pinyin collator until a list is sorted by name', () => {
    // Each call is a fresh execution: ICU's collation data (12 ms from cold) only when a report sorts.
    const apps = createFakeApps();
    const ctx = vm.createContext({ ...apps.globals });
    apps.useScriptRealm(vm.runInContext('Date', ctx));
    vm.runInContext(
      'var __collators = 0; const __Collator = Intl.Collator; Intl.Collator = function (...a) { __collators++; return new __Collator(...a); };',
      ctx,
    );
    vm.runInContext(code, ctx, { filename: 'Code.js' });
    ctx.__grid = [
      LEDGER_HEADERS,
      LEDGER_HEADERS.map(
        (h) =>
          ({ 标题: '一篇', 单位: '组织科', 媒体: '河南日报', 录用日期: '2024-03-05' })[h as string] ?? '',
      ),
    ];
    vm.runInContext('ZG_LEDGER(__grid)', ctx);
    expect(vm.runInContext('__collators', ctx)).toBe(0);
    vm.runInContext('setupLedger()', ctx);
    const ledger = apps.spreadsheet._sheet('稿件台账')!;
    ledger.getRange(2, 1, 1, LEDGER_HEADERS.length).setValues([ctx.__grid[1]]);
    const result = vm.runInContext('generateReport("2024")', ctx) as { ok: boolean };
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(vm.runInContext('__collators', ctx)).toBe(1);
  });

  it('runs the whole flow on the fake spreadsheet: set up, type rows, generate a 通报', () => {
    const { ctx, apps } = load();
    vm.runInContext('setupLedger()', ctx);
    expect(apps.ui._alerts[0]).toContain('已新建');
    const ledger = apps.spreadsheet._sheet('稿件台账')!;
    const row = LEDGER_HEADERS.map(
      (h) =>
        ({
          标题: '=HYPERLINK("x")',
          单位: '峡窝镇党委',
          媒体: '河南日报',
          录用日期: '2024-03-05',
          字数: 1500,
        })[h as string] ?? '',
    );
    ledger
      .getRange(2, 1, 1, row.length)
      .setValues([row.map((v) => (typeof v === 'string' && v.startsWith('=') ? `'${v}` : v))]);
    const result = vm.runInContext('generateReport("2024-Q1")', ctx) as { ok: boolean; sheetName: string };
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const tab = apps.spreadsheet._sheet(result.sheetName)!;
    expect(tab._grid().flat().join('|')).toContain('峡窝镇党委');
    expect(apps.lock._held).toBe(false);
  });

  it('saves the 通报 rows of 设置 from the sidebar and the next 通报 uses them', () => {
    const { ctx, apps } = load();
    vm.runInContext('setupLedger()', ctx);
    const ledger = apps.spreadsheet._sheet('稿件台账')!._grid();
    apps.resetCounts();
    const saved = vm.runInContext(
      'saveReportSettings({ 发文机关: "中共某区委组织部", 文号: "第{期}期", 个人表: "不显示" })',
      ctx,
    ) as { ok: boolean; saved: string[] };
    expect(saved).toMatchObject({ ok: true, saved: ['发文机关', '文号', '个人表'] });
    expect(apps.log.byMethod['Range.setValues']).toBe(1);
    expect(apps.spreadsheet._sheet('稿件台账')!._grid()).toEqual(ledger);
    const refused = vm.runInContext('saveReportSettings({ 排名方式: "按积分" })', ctx) as { message: string };
    expect(refused.message).toBe('设置未保存：“排名方式”应为分类或合并，现为“按积分”');
    const info = vm.runInContext('getReportInfo()', ctx) as { settings: Record<string, string> };
    expect([info.settings.发文机关, info.settings.文号, info.settings.个人表]).toEqual([
      '中共某区委组织部',
      '第{期}期',
      '不显示',
    ]);
    const result = vm.runInContext('generateReport("2024-05")', ctx) as { ok: boolean; sheetName: string };
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const lines = apps.spreadsheet
      ._sheet(result.sheetName)!
      ._grid()
      .map((r) => r.join('').trim());
    expect(lines.filter((l) => l === '第5期' || l === '中共某区委组织部')).toEqual([
      '第5期',
      '中共某区委组织部',
    ]);
    // 个人表 不显示: no people table among the 附件.
    expect(
      apps.spreadsheet._sheets.map((t) => t._name).filter((n) => n.startsWith(result.sheetName)),
    ).toEqual([result.sheetName, `${result.sheetName} 附件1`]);
  });
});
