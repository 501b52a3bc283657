// 初始化台账, 录入稿件 and the generated tabs on the strict fake: what real Sheets would refuse or do
// differently (time zone, plain-text columns, protections of whole columns, who may change what).
import { afterEach, describe, expect, it } from 'vitest';
import { refreshDashboard } from '../../src/addon/dashboard';
import { appendLedgerRow, generateReport } from '../../src/addon/main';
import { BUSY_MESSAGE, withDocumentLock } from '../../src/addon/runtime/lock';
import {
  COMPUTED_PROTECTION,
  REVIEW_PROTECTION,
  runSetup,
  setupSummaryText,
} from '../../src/addon/setupLedger';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { createFakeApps, type FakeApps, type FakeSheet } from '../fakes/spreadsheetApp';

let apps: FakeApps;
let uninstall: () => void = () => {};
afterEach(() => uninstall());

function fresh(options: Parameters<typeof createFakeApps>[0] = {}): FakeApps {
  apps = createFakeApps({ owner: 'owner@example.org', ...options });
  uninstall = apps.install();
  return apps;
}

const col = (h: string) => LEDGER_HEADERS.indexOf(h as (typeof LEDGER_HEADERS)[number]) + 1;
const ledger = (): FakeSheet => apps.spreadsheet._sheet('稿件台账')!;

/** 设置 with the office's 管理员 (and 保护方式) before setup runs. */
function settingsFirst(rows: string[][]): void {
  apps.spreadsheet._addSheet('设置', [['项目', '值', '说明'], ...rows]);
}

const FORM = {
  标题: '0012号文件解读',
  作者: ['张三'],
  单位: '峡窝镇党委',
  采用方式: '报送',
  报送对象: '区委组织部',
  报送日期: '2024-04-01',
  备注: '1 1/2',
  版面: '#N/A',
};

describe('初始化台账 and the time zone', () => {
  it('sets a blank spreadsheet to Asia/Shanghai and says so', () => {
    fresh({ timeZone: 'America/Los_Angeles' });
    const text = setupSummaryText(runSetup());
    expect(apps.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Shanghai');
    expect(text.split('\n')).toContain(
      '表格时区已由 America/Los_Angeles 设为 Asia/Shanghai（北京时间）：日期按北京时间记录（可在“文件 → 设置”中查看）。',
    );
  });

  it('keeps the zone of a spreadsheet that already holds something, and says which it is', () => {
    fresh({ timeZone: 'Asia/Tokyo' });
    apps.spreadsheet._sheets[0].getRange(1, 1).setValue('我的笔记');
    const text = setupSummaryText(runSetup());
    expect(apps.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
    expect(text.split('\n')).toContain(
      '表格时区为 Asia/Tokyo（文件 → 设置），未改动：日期、“今天”均按该时区计算。',
    );
  });
});

describe('初始化台账 formats the ledger', () => {
  it('gives date columns yyyy-mm-dd and the text columns plain text, down to the last row', () => {
    fresh();
    runSetup();
    const formats = (h: string) => [2, 1000].map((r) => ledger()._peek(r, col(h))?.fmt);
    for (const h of ['报送日期', '录用日期', '事件日期'])
      expect(formats(h), h).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd']);
    const text = [
      '标题',
      '作者',
      '单位',
      '类别',
      '报送对象',
      '媒体',
      '版面',
      '对口处室',
      '备注',
      '调整理由',
      '佐证',
    ];
    expect(text.filter((h) => formats(h).some((f) => f !== '@'))).toEqual([]);
    expect(formats('字数')).toEqual([undefined, undefined]);
  });

  it('adds the formats to a ledger made before, without touching its values', () => {
    fresh();
    apps.spreadsheet._sheets[0].setName('稿件台账');
    ledger()
      .getRange(1, 1, 2, 3)
      .setValues([
        ['标题', '单位', '录用日期'],
        ['旧稿', '峡窝镇党委', '2024-03-05'],
      ]);
    runSetup();
    expect([ledger()._peek(2, 1)?.fmt, ledger()._peek(2, 3)?.fmt]).toEqual(['@', 'yyyy-mm-dd']);
    expect(ledger().getRange(2, 3).getDisplayValues()).toEqual([['2024-03-05']]);
    expect(ledger().getRange(2, 1).getValue()).toBe('旧稿');
  });

  it('keeps what staff type into the text columns as typed: 0012, 1 1/2, #N/A, 3月5日', () => {
    fresh();
    runSetup();
    const typed = ['0012', '1 1/2', '#N/A', '3月5日', 'TRUE', '1e5', '50%', '1,000'];
    ledger()
      .getRange(2, col('标题'), typed.length, 1)
      .setValues(typed.map((t) => [t]));
    expect(ledger().getRange(2, col('标题'), typed.length, 1).getValues().flat()).toEqual(typed);
  });
});

describe('protections', () => {
  it('protects the reviewers’ columns as whole columns for the owner and the 管理员', () => {
    fresh();
    settingsFirst([['管理员', 'xinxike@example.org', '']]);
    runSetup();
    const review = ledger()._protections.filter((p) => p._description === REVIEW_PROTECTION);
    expect(review.map((p) => p.getRange().getA1Notation()).sort()).toEqual(['P:Q', 'S:T']);
    for (const p of review) {
      expect(p._warningOnly).toBe(false);
      expect(p._editors.sort()).toEqual(['owner@example.org', 'xinxike@example.org']);
    }
    const computed = ledger()._protections.find((p) => p._description === COMPUTED_PROTECTION)!;
    expect(computed.getRange().getA1Notation()).toBe('W:Y');
    // Staff may not approve or score a row, not even one added below the sheet's last row.
    ledger().insertRowsAfter(1000, 5);
    apps.setUser('staff@example.org');
    for (const h of ['审核状态', '核定', '调整分', '调整理由']) {
      expect(() => ledger().getRange(1003, col(h)).setValue('终审'), h).toThrow(/protected cell/);
    }
    apps.setUser('xinxike@example.org');
    ledger().getRange(1003, col('审核状态')).setValue('终审');
  });

  it('makes the reviewers’ columns a warning when 保护方式 is 仅警告', () => {
    fresh();
    settingsFirst([['保护方式', '仅警告', '']]);
    runSetup();
    apps.setUser('staff@example.org');
    ledger().getRange(2, col('核定')).setValue('不计分');
    expect(ledger().getRange(2, col('核定')).getValue()).toBe('不计分');
  });

  it('run by a 管理员 whose right comes from a group: adds them before removing anyone, no error', () => {
    fresh({ user: 'admin@example.org' });
    apps.grantThroughGroup('admin@example.org');
    settingsFirst([['管理员', 'admin@example.org', '']]);
    const summary = runSetup();
    expect(summary.protectedTabs).toContain('单位');
    // Then 刷新领导看板 swaps the protected board, copying its protection.
    apps.resetCounts();
    const board = refreshDashboard();
    expect(board.ok, board.ok ? '' : board.message).toBe(true);
    const p = apps.spreadsheet._sheet('领导看板')!._protections[0];
    expect(p._editors.sort()).toEqual(['admin@example.org', 'owner@example.org']);
  });

  it('run again by someone who may not edit the protections: leaves them and says so, no error', () => {
    fresh();
    runSetup();
    apps.setUser('staff@example.org');
    // Staff can run it: nothing is missing, the protections are not theirs to change.
    const text = setupSummaryText(runSetup());
    expect(text).toContain('「单位」的保护由其他管理员设置，您无权修改，未改动。');
    expect(text).toContain('「稿件台账」P:Q 的保护由其他管理员设置，您无权修改，未改动。');
  });
});

describe('录入稿件 by a staff member who is no 管理员', () => {
  it('appends the row into the columns staff fill, text as typed and the date as shown', () => {
    fresh({ timeZone: 'Asia/Tokyo' });
    apps.spreadsheet._sheets[0].getRange(1, 1).setValue('笔记'); // an existing spreadsheet: keeps Tokyo
    runSetup();
    apps.setUser('staff@example.org');
    const r = appendLedgerRow(FORM);
    if (!r.ok) throw new Error(r.message);
    expect(r.row).toBe(2);
    const row = ledger().getRange(2, 1, 1, LEDGER_HEADERS.length).getDisplayValues()[0];
    const at = (h: string) => row[col(h) - 1];
    expect([at('标题'), at('备注'), at('版面'), at('报送日期'), at('审核状态')]).toEqual([
      '0012号文件解读',
      '1 1/2',
      '#N/A',
      '2024-04-01',
      '',
    ]);
    expect(ledger()._peek(2, col('版面'))?.err).toBeUndefined(); // text, not the error #N/A
  });
});

describe('generated tabs', () => {
  it('are trimmed to what they hold, and the user stays on the tab they were on', () => {
    fresh();
    runSetup();
    appendLedgerRow(FORM);
    apps.spreadsheet.setActiveSheet(apps.spreadsheet._sheet('单位')!);
    const board = refreshDashboard();
    expect(board.ok).toBe(true);
    expect(apps.spreadsheet.getActiveSheet().getName()).toBe('单位');
    const tab = apps.spreadsheet._sheet('领导看板')!;
    const grid = tab._grid();
    expect(tab.getMaxRows()).toBeLessThanOrEqual(grid.length + 20);
    expect(tab.getMaxColumns()).toBeLessThan(26);
    // 生成通报 shows the 通报 it made (the user asked for it).
    const report = generateReport('2024-Q2');
    if (!report.ok) throw new Error(report.message);
    expect(apps.spreadsheet.getActiveSheet().getName()).toBe(report.sheetName);
    expect(apps.spreadsheet._sheet(report.sheetName)!.getMaxRows()).toBeLessThan(200);
  });
});

describe('the document lock helper', () => {
  it('commits its writes before the next holder gets the lock', () => {
    fresh();
    const sheet = apps.spreadsheet.insertSheet('表');
    let seen: unknown = null;
    apps.interleaveAfterRelease(() => {
      apps.run(() => withDocumentLock(() => (seen = sheet.getRange('A1').getValue())), {
        user: 'b@example.org',
      });
    });
    apps.run(() => withDocumentLock(() => sheet.getRange('A1').setValue('甲')), { user: 'a@example.org' });
    expect(seen).toBe('甲');
    expect(apps.lock._held).toBe(false);
  });

  it('outside a document (no document lock) takes the script lock instead', () => {
    fresh({ documentLock: false });
    expect(apps.run(() => withDocumentLock(() => 'done'))).toBe('done');
    expect(apps.lock._acquired).toBe(1);
  });

  it('says the document is busy, in Chinese, while another execution holds it', () => {
    fresh();
    apps.run(() => {
      const Lock = apps.globals.LockService as { getDocumentLock(): { tryLock(ms: number): boolean } };
      Lock.getDocumentLock().tryLock(0);
      apps.run(() => {
        expect(() => withDocumentLock(() => 'x')).toThrow(BUSY_MESSAGE);
      });
    });
  });
});
