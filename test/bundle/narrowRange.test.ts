// Sweep S22b F1 through the built dist/Code.js in node:vm (as Apps Script loads it): ZG_LEDGER given a range
// that ends before 字数 and 领导批示 says so in 校验 on the rows those columns could change.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { createFakeApps } from '../fakes/spreadsheetApp';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

const root = join(__dirname, '../..');
let code = '';
beforeAll(() => {
  if (!existsSync(join(root, 'dist/Code.js')))
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')]);
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
});

describe('the bundle: a ledger range without 字数 and 领导批示', () => {
  it('scores without them and says so on the adopted rows only', () => {
    const apps = createFakeApps({ owner: 'owner@example.org' });
    const ctx = vm.createContext({ ...apps.globals });
    apps.useScriptRealm(vm.runInContext('Date', ctx));
    vm.runInContext(code, ctx, { filename: 'Code.js' });
    const grid = ledgerGrid([
      adoption({
        标题: '长稿',
        报送对象: '区委组织部',
        媒体: '河南日报',
        录用日期: '2026-03-10',
        字数: 1500,
      }),
      adoption({ 标题: '批示稿', 报送对象: '区委组织部', 录用日期: '2026-03-11', 领导批示: '省' }),
      submission({ 标题: '报送稿', 报送对象: '区委组织部', 报送日期: '2026-03-03' }),
    ]);
    const zgLedger = (g: unknown[][]) =>
      apps.run(() => (ctx.ZG_LEDGER as (x: unknown) => unknown[][])(JSON.parse(JSON.stringify(g))), {});
    expect(zgLedger(grid).map((r) => r.slice(0, 3))).toEqual([
      ['积分', '计任务', '校验'],
      [30, 1, ''],
      [25, 1, ''],
      [0, 1, ''],
    ]);
    const narrow = grid.map((r) => r.slice(0, LEDGER_HEADERS.indexOf('录用日期') + 1));
    const said =
      '台账范围内没有「字数」、「时长(分钟)」、「领导批示」列，本行未按字数加倍、未按时长加倍、未加领导批示分：如这些列已删除，请运行“初始化台账”补回；如这些列在「积分」列右边，请把它们拖到「积分」列左边后再运行“初始化台账”';
    expect(zgLedger(narrow)).toEqual([
      ['积分', '计任务', '校验'],
      [10, 1, said],
      [5, 1, said],
      [0, 1, ''],
    ]);
  });
});
