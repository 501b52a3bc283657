// 生成通报 and 规则与预设 in Chromium against the real server functions on the fake workbook.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { issueLine } from '../../src/core/notice';
import { parsePeriod } from '../../src/core/period';
import { presetRules, rulesToGrids, TABLE_HEADERS } from '../../src/core/rules';
import type { Grid, ReportModel } from '../../src/core/types';
import { type FakeApps, FakeRange } from '../fakes/spreadsheetApp';
import { fakeWorkbook, openSidebar, type Sidebar } from './harness';
import { sampleRows } from './sample';

let open: Sidebar | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
  vi.restoreAllMocks();
});

describe('生成通报 sidebar', () => {
  it('produces the 通报 tab for the chosen period, lists the rows to check, and a click selects the row', async () => {
    const fake = fakeWorkbook(sampleRows());
    open = await openSidebar('report', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.textContent('#preset-name')).toBe('上街区积分办法');

    await page.check('input[name=kind][value=quarter]', { force: true });
    await page.selectOption('#year', '2024');
    await page.selectOption('#quarter', '1');
    expect(await page.textContent('#code')).toBe('通报期间：2024年第一季度');
    await page.click('#go');
    await page.waitForSelector('#result:not([hidden])');
    expect(fake.lock.hasLock()).toBe(false);

    const tab = fake.spreadsheet.getSheets().find((s) => s.getName().startsWith('通报'));
    expect(tab?.getName()).toBe('通报 2024-Q1');
    expect(await page.textContent('#result-text')).toContain(
      `已生成2024年第一季度通报（工作表“${tab!.getName()}”）`,
    );
    // Row 5 (unknown outlet, March) and row 6 (no adoption date: undated rows show in every period).
    const items = page.locator('#issues button');
    expect(await items.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-row')))).toEqual(['5', '6']);
    expect(await items.first().textContent()).toContain('未知媒体的稿件');
    expect(await items.nth(1).textContent()).toContain('录用日期');

    const activate = vi.spyOn(FakeRange.prototype, 'activate');
    await items.first().click();
    await expect.poll(() => page.textContent('#status')).toBe('已在台账中选中第 5 行');
    const range = activate.mock.contexts.at(-1) as FakeRange;
    expect(range.getSheet().getName()).toBe('稿件台账');
    expect(range.getRow()).toBe(5);
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe('稿件台账');

    await page.click('#open');
    await expect.poll(() => fake.spreadsheet.getActiveSheet().getName()).toBe(tab!.getName());
    expect(open.dialogs).toEqual([]);
    expect(open.errors).toEqual([]);
  });

  it('a notice at a row (a struck-through title) is listed as 提示, not as a piece lacking its unit and title', async () => {
    const fake = fakeWorkbook(sampleRows());
    fake.spreadsheet._sheet('稿件台账')!.getRange('A2').setFontLine('line-through');
    open = await openSidebar('report', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    await page.check('input[name=kind][value=year]', { force: true });
    await page.click('#go');
    await page.waitForSelector('#result:not([hidden])');
    const struck = page.locator('#issues button[data-row="2"]');
    const text = await struck.textContent();
    expect(text).toContain('第 2 行 · 提示');
    expect(text).toContain('第2行的标题有删除线');
    expect(text).not.toContain('未填单位');
    expect(text).not.toContain('（无标题）');
    expect(open.errors).toEqual([]);
  });

  it('the year lists every row to check; a date range with no end reports nothing and asks for dates', async () => {
    const fake = fakeWorkbook(sampleRows());
    open = await openSidebar('report', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    await page.check('input[name=kind][value=year]', { force: true });
    await page.click('#go');
    await page.waitForSelector('#result:not([hidden])');
    const rows = await page
      .locator('#issues button')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-row')));
    expect(rows).toEqual(['5', '6']);

    await page.check('input[name=kind][value=range]', { force: true });
    await page.fill('#from', '2024-01-01');
    await page.fill('#to', '2024-06-30');
    await page.dispatchEvent('#to', 'change');
    expect(await page.textContent('#code')).toBe('通报期间：2024年上半年');
    await page.fill('#to', '2025-01-31');
    await page.dispatchEvent('#to', 'change');
    expect(await page.textContent('#code')).toBe('通报期间：2024年1月1日至2025年1月31日');
    await page.fill('#to', '');
    const calls = open.calls.length;
    await page.click('#go');
    expect(await page.textContent('#code')).toContain('起止日期');
    expect(open.calls.length).toBe(calls);
  });

  it('a broken rule table stops the report with a message naming the cell, and no tab is written', async () => {
    const fake = fakeWorkbook(sampleRows());
    fake.spreadsheet._addSheet('计分', [TABLE_HEADERS.计分, ['录用', '市级', '', '', '', '五分']]);
    open = await openSidebar('report', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    await page.click('#go');
    await page.waitForSelector('#result.bad:not([hidden])');
    expect(await page.textContent('#result-text')).toContain('「计分」表第2行');
    expect(fake.spreadsheet.getSheets().filter((s) => s.getName().startsWith('通报'))).toEqual([]);
  });
});

describe('生成通报 sidebar: 通报设置', () => {
  /** The sample workbook with the 上街区 设置 tab, a few of its rows set to `values`. */
  function withSettings(values: Record<string, string>): FakeApps {
    const fake = fakeWorkbook(sampleRows());
    const grid: Grid = rulesToGrids(presetRules('上街区')).设置.map((r) =>
      r[0] !== undefined && String(r[0]) in values ? [r[0], values[String(r[0])], r[2]] : r,
    );
    fake.spreadsheet._addSheet('设置', grid);
    return fake;
  }
  const cell = (fake: FakeApps, key: string) => {
    const sheet = fake.spreadsheet._sheet('设置')!;
    return sheet.getRange(sheet._grid().findIndex((r) => r[0] === key) + 1, 2);
  };

  it('fills the fields from 设置 as text, previews the 文号, saves what was edited, and the 通报 uses it', async () => {
    const fake = withSettings({
      主送: '<b>各党（工）委</b>&amp;',
      文号: '<i>上组</i>〔{年}〕{期}号',
      联系人: '张三',
    });
    open = await openSidebar('report', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.inputValue('#s-issuer')).toBe('中共上街区委组织部');
    expect(await page.inputValue('#s-recipients')).toBe('<b>各党（工）委</b>&amp;');
    expect(await page.inputValue('#s-ranking')).toBe('分类');
    expect(await page.inputValue('#s-people')).toBe('显示');
    // The 文号 for the chosen period, live, as text (no element made from the office's text).
    await page.check('input[name=kind][value=quarter]', { force: true });
    await page.selectOption('#year', '2024');
    await page.selectOption('#quarter', '3');
    expect(await page.textContent('#s-number-preview')).toBe('本期：<i>上组</i>〔2024〕3号');
    await page.check('input[name=kind][value=month]', { force: true });
    await page.selectOption('#month', '8');
    expect(await page.textContent('#s-number-preview')).toBe('本期：<i>上组</i>〔2024〕8号');
    await page.fill('#s-number', '{年}年第{期}期');
    expect(await page.textContent('#s-number-preview')).toBe('本期：2024年第8期');
    expect(await page.locator('#settings b, #settings i').count()).toBe(0);

    await page.fill('#s-issuer', '中共某区委组织部');
    await page.fill('#s-next', '一要提高认识。\n二要压实责任。');
    await page.selectOption('#s-ranking', '合并');
    expect(await page.textContent('#settings-status')).toBe('有未保存的修改');
    await page.click('#save');
    await expect
      .poll(() => page.textContent('#settings-status'))
      .toBe('已保存到“设置”表：发文机关、文号、下步要求、排名方式');
    expect(open.calls.filter((c) => c === 'saveReportSettings')).toHaveLength(1);
    expect(
      ['发文机关', '文号', '下步要求', '排名方式', '联系人'].map((k) => cell(fake, k).getValue()),
    ).toEqual(['中共某区委组织部', '{年}年第{期}期', '一要提高认识。\n二要压实责任。', '合并', '张三']);

    // Edited and generated in one click: saved first, then the 通报 with it.
    await page.fill('#s-contact', '李四，电话：68911234');
    await page.click('#go');
    await page.waitForSelector('#result:not([hidden])');
    expect(open.calls.slice(-2)).toEqual(['saveReportSettings', 'generateReport']);
    expect(cell(fake, '联系人').getValue()).toBe('李四，电话：68911234');
    const lines = fake.spreadsheet
      ._sheet('通报 2024-08')!
      ._grid()
      .map((r) =>
        r
          .filter((c) => c !== '')
          .join('')
          .trim(),
      );
    expect(
      lines.filter((l) => /^(2024年第8期|中共某区委组织部|（联系人：李四，电话：68911234）)$/.test(l)),
    ).toEqual(['2024年第8期', '中共某区委组织部', '（联系人：李四，电话：68911234）']);
    expect(open.errors).toEqual([]);
  });

  it('a staff member who may not edit 设置 is told so in Chinese; the typed text stays and nothing is generated', async () => {
    const fake = withSettings({});
    fake.spreadsheet._sheet('设置')!.protect().setDescription('规则表仅所有者可改');
    fake.setUser('staff@example.org');
    open = await openSidebar('report', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    const typed = '一是部分单位报送不均衡。\n二是高质量稿件偏少。';
    await page.fill('#s-problems', typed);
    await page.click('#go');
    await page.waitForSelector('#result.bad:not([hidden])');
    const protectedText =
      '“设置”表受保护，您没有修改权限，设置未保存（表单中的内容仍在）。请表格所有者或「设置」中的管理员修改，或请其把您加为管理员。';
    expect(await page.textContent('#result-text')).toBe(`通报未生成：${protectedText}`);
    expect(await page.textContent('#settings-status')).toBe(protectedText);
    expect(await page.inputValue('#s-problems')).toBe(typed);
    expect(open.calls).not.toContain('generateReport');
    expect(fake.spreadsheet.getSheets().filter((s) => s.getName().startsWith('通报'))).toEqual([]);
    expect(cell(fake, '存在问题').getValue()).toBe('');
  });
});

describe('生成通报 sidebar: the 文号 preview', () => {
  it('reads as core/notice.ts fills the template, for every kind of period', async () => {
    open = await openSidebar('report', fakeWorkbook(sampleRows()));
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    const template = '{年}|{期}|{月}|{季}|{年度}';
    await page.fill('#s-number', template);
    const choose: [string, () => Promise<unknown>][] = [
      ['2024', () => page.check('input[name=kind][value=year]', { force: true })],
      [
        '2024-Q2',
        async () => {
          await page.check('input[name=kind][value=quarter]', { force: true });
          await page.selectOption('#quarter', '2');
        },
      ],
      [
        '2024-11',
        async () => {
          await page.check('input[name=kind][value=month]', { force: true });
          await page.selectOption('#month', '11');
        },
      ],
      [
        '2024-02-01..2025-05-31',
        async () => {
          await page.check('input[name=kind][value=range]', { force: true });
          await page.fill('#from', '2024-02-01');
          await page.fill('#to', '2025-05-31');
          await page.dispatchEvent('#to', 'change');
        },
      ],
    ];
    for (const [code, pick] of choose) {
      await page.selectOption('#year', '2024');
      await pick();
      const period = parsePeriod(code)!;
      expect(await page.textContent('#s-number-preview'), code).toBe(
        `本期：${issueLine({ period } as ReportModel, template)}`,
      );
    }
  });
});

describe('规则与预设 sidebar', () => {
  it('names a bad rule cell, and fills only the empty tabs after the confirm', async () => {
    const fake = fakeWorkbook(sampleRows());
    fake.spreadsheet._addSheet('计分', [TABLE_HEADERS.计分, ['录用', '市级', '', '', '', '五分']]);
    fake.spreadsheet._addSheet('加分', [TABLE_HEADERS.加分]); // header only: no row, and not filled (S20x F3)
    open = await openSidebar('rules', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');

    // An emptied 加分 tab means no bonus (not the preset's); a missing 媒体 tab falls back to the preset.
    expect(await page.locator('li[data-table=加分] .badge').textContent()).toBe('没有数据行：不设此项');
    expect(await page.locator('li[data-table=媒体] .badge').textContent()).toBe('缺少此表，使用预设');
    // 人员 is optional: missing means nobody listed, not the preset's.
    expect(await page.locator('li[data-table=人员] .badge').textContent()).toBe('未列人员：作者计入所填单位');
    const points = page.locator('li[data-table=计分]');
    expect(await points.locator('.cell').textContent()).toBe('F2');
    expect(await points.locator('.errs').textContent()).toContain('分值');
    // The chip jumps to the cell, like a 待核实 row does.
    const activate = vi.spyOn(FakeRange.prototype, 'activate');
    await points.locator('button.cell').click();
    await expect.poll(() => page.textContent('#status')).toBe('已选中“计分”表 F2');
    const range = activate.mock.contexts.at(-1) as FakeRange;
    expect([range.getSheet().getName(), range.getA1Notation()]).toEqual(['计分', 'F2']);
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe('计分');

    await page.selectOption('#preset', '上街区');
    await page.click('#fill');
    await page.waitForSelector('#confirm:not([hidden])');
    const listed = await page.locator('#confirm-list li').allTextContents();
    // Only tables that get rows are listed; the missing 人员 tab is created with its header only (no preset
    // lists people), said apart, never as "人员（0 行）" (sweep S17b F13).
    // A tab with any non-blank cell is never filled, its header alone too (sweep S20x F3): 加分 is kept.
    expect(listed.map((t) => t.slice(0, 2))).toEqual(['媒体', '系数', '指标', '设置']);
    expect(await page.textContent('#confirm-kept')).toBe(
      '只写入表头（预设中没有该表的行）：人员；不改动已有内容的表：单位（15 行）、计分（1 行）、加分（只有表头）',
    );
    // Nothing is written before the confirm.
    expect(fake.spreadsheet._sheet('媒体')).toBeUndefined();
    expect(fake.spreadsheet._sheet('加分')!.getLastRow()).toBe(1);

    await page.click('#confirm-no');
    expect(await page.isVisible('#confirm')).toBe(false);
    expect(fake.spreadsheet._sheet('媒体')).toBeUndefined();

    await page.click('#fill');
    await page.waitForSelector('#confirm:not([hidden])');
    await page.click('#confirm-yes');
    // 计分 is not in the list: it has content (the bad cell), and only empty tabs are filled.
    await expect
      .poll(() => page.textContent('#status'))
      .toBe('已用“上街区积分办法”填充：媒体、系数、指标、设置；只写入了表头（预设中没有该表的行）：人员');
    expect(fake.spreadsheet._sheet('媒体')!.getLastRow()).toBeGreaterThan(10);
    expect(fake.spreadsheet._sheet('加分')!.getLastRow()).toBe(1); // the office's emptied table stays so
    // Filled tabs are never overwritten: the bad cell is still there for the office to fix.
    expect(fake.spreadsheet._sheet('计分')!.getRange(2, 6).getValue()).toBe('五分');
    expect(fake.spreadsheet._sheet('单位')!.getLastRow()).toBe(16);
    await expect.poll(() => page.locator('li[data-table=媒体] .badge').textContent()).toMatch(/^\d+ 行$/);
    expect(await page.locator('li[data-table=加分] .badge').textContent()).toBe('没有数据行：不设此项');
    expect(open.dialogs).toEqual([]);
  });
});

describe('keyboard and progress', () => {
  it('生成通报 from the keyboard alone: arrows pick the period kind, Enter runs it, and it says it is working', async () => {
    const fake = fakeWorkbook(sampleRows());
    open = await openSidebar('report', fake, { hold: ['generateReport'] });
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    await page.focus('input[name=kind]:checked'); // 季度
    await page.keyboard.press('ArrowRight'); // → 年
    expect(await page.isChecked('input[name=kind][value=year]')).toBe(true);
    expect(await page.textContent('#code')).toBe('通报期间：2024年');
    await page.focus('#go');
    await page.keyboard.press('Enter');
    // While the server works: a visible progress line, the button disabled, the form marked busy.
    await page.waitForSelector('#progress:not([hidden])');
    expect(await page.isDisabled('#go')).toBe(true);
    expect(await page.getAttribute('#report-form, form', 'aria-busy')).toBe('true');
    expect(fake.spreadsheet.getSheets().filter((s) => s.getName().startsWith('通报'))).toEqual([]);
    open.release();
    await page.waitForSelector('#result:not([hidden])');
    expect(await page.isVisible('#progress')).toBe(false);
    expect(await page.isDisabled('#go')).toBe(false);
    expect(fake.spreadsheet.getSheets().some((s) => s.getName() === '通报 2024')).toBe(true);
    // The rows to check are buttons: Tab reaches them and Enter selects the row in the ledger.
    await page.focus('#issues button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#status')).toBe('已在台账中选中第 5 行');
    expect(open.errors).toEqual([]);
  });

  it('规则与预设 from the keyboard: Enter on 填充空表 asks first, the confirm takes the focus, Enter fills', async () => {
    const fake = fakeWorkbook(sampleRows());
    open = await openSidebar('rules', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    await page.focus('#preset');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fill');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#confirm:not([hidden])');
    expect(fake.spreadsheet._sheet('媒体')).toBeUndefined();
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^confirm-(yes|no)$/);
    await page.focus('#confirm-yes');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.textContent('#status'))
      .toBe(
        '已用“上街区积分办法”填充：媒体、计分、系数、加分、指标、设置；只写入了表头（预设中没有该表的行）：人员',
      );
    expect(fake.spreadsheet._sheet('媒体')!.getLastRow()).toBeGreaterThan(10);
  });
});
