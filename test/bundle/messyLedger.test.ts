// Sweep s12 through the built dist/Code.js in node:vm (as Apps Script loads it): 初始化台账 then the sheet's
// ZG_LEDGER and 生成通报 on a ledger with a title line above its header, and one on a tab imported as
// "ledger" with a unit the preset lacks, give the numbers of the clean ledger.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateFormula } from '../fakes/evaluate';
import { createFakeApps, type FakeSheet } from '../fakes/spreadsheetApp';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

const root = join(__dirname, '../..');
let code = '';
beforeAll(() => {
  if (!existsSync(join(root, 'dist/Code.js')))
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')]);
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
});

const ROWS = [
  adoption({ 标题: '甲', 单位: '峡窝镇党委', 报送日期: '2024-03-01', 录用日期: '2024-03-05' }),
  adoption({ 标题: '乙', 单位: '组织科', 媒体: '河南日报', 报送日期: '2024-04-01', 录用日期: '2024-04-05' }),
  adoption({ 标题: '丙', 单位: '国资系统党工委', 报送日期: '2024-05-01', 录用日期: '2024-05-05' }),
  submission({ 标题: '丁', 单位: '峡窝镇党委', 报送日期: '2024-06-01' }),
];

function door(tabs: [string, unknown[][]][], timeZone?: string) {
  const apps = createFakeApps({ owner: 'owner@example.org', startWithSheet1: false, timeZone });
  for (const [name, grid] of tabs) apps.spreadsheet._addSheet(name, grid);
  const ctx = vm.createContext({ ...apps.globals });
  apps.useScriptRealm(vm.runInContext('Date', ctx));
  vm.runInContext(code, ctx, { filename: 'Code.js' });
  const call = (name: string, ...args: unknown[]) =>
    apps.run(() => {
      ctx.__json = JSON.stringify(args);
      return vm.runInContext(`${name}.apply(null, JSON.parse(__json))`, ctx) as Record<string, unknown>;
    }, {});
  const fns = Object.fromEntries(
    ['ZG_LEDGER'].map((n) => [
      n,
      (...a: unknown[]) => apps.run(() => (ctx[n] as (...x: unknown[]) => unknown)(...a), {}),
    ]),
  );
  /** 积分 by 标题 as the sheet shows the ZG_LEDGER result. */
  const sheetPoints = (sheet: FakeSheet) => {
    for (let r = 1; r <= 5; r++) {
      for (let c = 1; c <= sheet._maxCols; c++) {
        const f = sheet._peek(r, c)?.f;
        if (!f?.includes('ZG_LEDGER(')) continue;
        const out = evaluateFormula(apps.spreadsheet, sheet, f, fns as never);
        const grid = sheet._grid();
        return Object.fromEntries(
          out
            .map((o, i) => [grid[r - 1 + i]?.[0], o[0]])
            .filter(([t]) => ['甲', '乙', '丙', '丁'].includes(t as string)),
        );
      }
    }
    return {};
  };
  return { apps, call, sheetPoints, ctx };
}

function total(d: ReturnType<typeof door>): number {
  const r = d.call('generateReport', '2024');
  if (!r.ok) throw new Error(String(r.message));
  const annex = d.apps.spreadsheet._sheet('通报 2024 附件1')!._grid();
  const points = annex
    .filter((row) => typeof row[0] === 'number' && typeof row[2] === 'number')
    .map((row) => row[2] as number);
  return Math.round(points.reduce((a, b) => a + b, 0) * 10) / 10;
}

describe('dist/Code.js on ledgers as offices keep them', () => {
  it('a title line above the header: setup, the sheet and the 通报 give the clean ledger’s numbers', () => {
    const clean = door([['稿件台账', ledgerGrid(ROWS) as unknown[][]]]);
    clean.call('setupLedger');
    const cleanSheet = clean.sheetPoints(clean.apps.spreadsheet._sheet('稿件台账')!);
    const cleanTotal = total(clean);
    expect(cleanTotal).toBeGreaterThan(0);

    const banner = door([
      ['稿件台账', [['2024年度组工信息宣传积分台账'], ...(ledgerGrid(ROWS) as unknown[][])]],
    ]);
    banner.call('setupLedger');
    expect(banner.apps.ui._alerts.join('\n')).not.toContain('已补充列');
    expect(banner.sheetPoints(banner.apps.spreadsheet._sheet('稿件台账')!)).toEqual(cleanSheet);
    expect(total(banner)).toBe(cleanTotal);
  });

  it('a ledger imported as "ledger": setup completes that tab, its units all reach the 通报', () => {
    const cli = door([['ledger', ledgerGrid(ROWS) as unknown[][]]]);
    const before = total(cli); // no 单位 table: units inferred from the ledger, as the command line does
    const d = door([['ledger', ledgerGrid(ROWS) as unknown[][]]]);
    d.call('setupLedger');
    expect(d.apps.spreadsheet._sheet('稿件台账')).toBeUndefined();
    expect(total(d)).toBe(before);
    const annex = d.apps.spreadsheet._sheet('通报 2024 附件1')!._grid();
    expect(annex.some((row) => row[1] === '国资系统党工委')).toBe(true);
  });

  // In the script's own zone no Date is converted on the way in: TODAY() must come as the script realm's Date.
  it('TODAY() reaches the bundle as a date: a row dated months ahead is held on the sheet', () => {
    const ahead = adoption({ 标题: '戊', 单位: '组织科', 报送日期: '2024-03-01', 录用日期: '2099-02-15' });
    const d = door([['稿件台账', ledgerGrid([...ROWS, ahead]) as unknown[][]]], 'Asia/Shanghai');
    d.call('setupLedger');
    const sheet = d.apps.spreadsheet._sheet('稿件台账')!;
    const f = sheet._peek(1, 23)?.f ?? '';
    expect(f).toContain('TODAY()');
    const out = evaluateFormula(d.apps.spreadsheet, sheet, f, {
      ZG_LEDGER: (...a: unknown[]) =>
        d.apps.run(() => (d.ctx.ZG_LEDGER as (...x: unknown[]) => unknown)(...a), {}),
    } as never);
    expect(out[5]).toEqual([0, 0, expect.stringContaining('晚于今天一个多月')]);
  });
});
