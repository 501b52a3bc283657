// The 组工台账 menu: built in AuthMode.NONE with nothing but the menu, every item wired to a function
// Apps Script can call, and each page it opens present in src/ui.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { createFakeApps, type FakeApps } from '../fakes/spreadsheetApp';

const uiDir = join(__dirname, '../../src/ui');
const htmlFiles = Object.fromEntries(
  (existsSync(uiDir) ? readdirSync(uiDir) : [])
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), readFileSync(join(uiDir, f), 'utf8')]),
);

let apps: FakeApps;
let uninstall: () => void;

beforeEach(() => {
  apps = createFakeApps({ htmlFiles });
  uninstall = apps.install();
});
afterEach(() => uninstall());

describe('onOpen / onInstall', () => {
  it('adds the 组工台账 items in order, each calling an exported top-level function', () => {
    main.onOpen({ authMode: 'NONE' });
    expect(apps.ui._menus).toHaveLength(1);
    const menu = apps.ui._menus[0];
    expect(menu._addon).toBe(true);
    const items = menu._items.filter((i) => i.fn !== null);
    expect(items.map((i) => i.caption)).toEqual([
      '初始化台账',
      '录入稿件',
      '生成通报…',
      '刷新领导看板',
      '规则与预设…',
      '使用说明',
    ]);
    for (const item of items) {
      expect(typeof (main as Record<string, unknown>)[item.fn!], item.fn!).toBe('function');
    }
  });

  it('touches no spreadsheet, lock or session service (it runs before the add-on is authorized)', () => {
    main.onOpen({ authMode: 'NONE' });
    const used = Object.keys(apps.log.byMethod);
    expect(
      used.filter(
        (k) => !(k.startsWith('SpreadsheetApp.getUi') || k.startsWith('Ui.') || k.startsWith('Menu.')),
      ),
    ).toEqual([]);
  });

  it('onInstall builds the same menu', () => {
    main.onInstall({ authMode: 'FULL' });
    expect(apps.ui._menus[0]._items.filter((i) => i.fn !== null)).toHaveLength(6);
  });
});

describe('menu items that open pages', () => {
  const pages: [() => void, string, string][] = [
    [main.showEntrySidebar, 'entry', '录入稿件'],
    [main.showReportDialog, 'report', '生成通报'],
    [main.showRulesSidebar, 'rules', '规则与预设'],
    [main.showHelp, 'help', '使用说明'],
  ];
  it('a page that cannot be opened is said in Chinese in an alert, not as a script error', () => {
    uninstall();
    apps = createFakeApps({ htmlFiles: {} });
    uninstall = apps.install();
    main.showEntrySidebar();
    expect(apps.ui._shown).toEqual([]);
    expect(apps.ui._alerts).toEqual([
      '录入稿件\n操作没有完成，表格服务返回了错误（请稍后重试；如仍出错，请把这段说明告诉管理员：No HTML file named entry was found.）',
    ]);
  });

  for (const [fn, file, title] of pages) {
    it(`${fn.name} shows ${file}.html (present in src/ui) titled ${title}`, () => {
      expect(htmlFiles[file], `src/ui/${file}.html`).toBeDefined();
      fn();
      expect(apps.ui._shown).toEqual([{ kind: 'sidebar', file, title, width: null, height: null }]);
    });
  }
});
