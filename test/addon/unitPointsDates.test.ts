// ZG_UNIT_POINTS' from/to through the built dist/Code.js (sweep S21b F2): a cell that is given but no date
// (text, 2024-02-30, TRUE, a range) is refused in Chinese, as ZG_STATUS refuses its as-of date; only a blank
// argument is left out. Read as blank, a typo in `to` gave the whole year's points.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeApps } from '../fakes/spreadsheetApp';
import { adoption, ledgerGrid } from '../helpers/ledger';

const root = join(__dirname, '../..');
let code = '';
beforeAll(() => {
  if (!existsSync(join(root, 'dist/Code.js')))
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')]);
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
});

/** ZG_UNIT_POINTS as Sheets calls it: Dates of the script's realm, '' for a blank. */
function unitPoints() {
  const apps = createFakeApps({ owner: 'owner@example.org' });
  const ctx = vm.createContext({ ...apps.globals });
  const VDate = vm.runInContext('Date', ctx) as DateConstructor;
  apps.useScriptRealm(VDate);
  vm.runInContext(code, ctx, { filename: 'Code.js' });
  const day = (y: number, m: number, d: number) => new VDate(y, m - 1, d);
  const ledger = ledgerGrid([
    adoption({ 标题: '甲', 录用日期: day(2024, 3, 5) }),
    adoption({ 标题: '乙', 录用日期: day(2024, 9, 5) }),
  ]);
  const call = (from: unknown, to: unknown) =>
    apps.run(() => (ctx.ZG_UNIT_POINTS as (...a: unknown[]) => unknown)('峡窝镇党委', ledger, from, to), {});
  return { call, day };
}

describe('ZG_UNIT_POINTS from/to', () => {
  it('blank is left out; a date, a serial or date text is read', () => {
    const { call, day } = unitPoints();
    const year = call('', '');
    const half = call(day(2024, 1, 1), day(2024, 6, 30));
    expect(typeof year).toBe('number');
    expect(half).toBeLessThan(year as number);
    expect(call(day(2024, 1, 1), '')).toBe(year); // to 31 December
    expect(call(day(2024, 1, 1), '2024-06-30')).toBe(half);
    expect(call(day(2024, 1, 1), 45473)).toBe(half); // the serial of 2024-06-30
    expect(call([['']], [['']])).toBe(year);
  });

  it.each([
    ['to', '2024-02-30', 4, '截止日期'],
    ['to', '6月30日', 4, '截止日期'],
    ['to', '上半年', 4, '截止日期'],
    ['to', true, 4, '截止日期'],
    ['from', '2024年上半年', 3, '起始日期'],
    ['from', '2024-Q2', 3, '起始日期'],
  ])('%s = %j is refused, naming the argument', (which, value, place, name) => {
    const { call, day } = unitPoints();
    const out = which === 'to' ? call(day(2024, 1, 1), value) : call(value, '');
    expect(out).toBe(
      `第${place}个参数“${name}”“${String(value).toUpperCase()}”不是日期：留空表示省略；请引用一个写有日期的单元格，或写成 2024-12-20 这样的日期`,
    );
  });

  it('a range of cells is refused', () => {
    const { call, day } = unitPoints();
    expect(call([[day(2024, 1, 1), day(2024, 6, 30)]], '')).toBe(
      '第3个参数“起始日期”是多个单元格的区域，不是日期：留空表示省略；请引用一个写有日期的单元格，或写成 2024-12-20 这样的日期',
    );
  });
});
