// 录入稿件 in Chromium: the page, google.script.run stand-in and the real server functions on the fake workbook.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../fakes/zone';
import { fakeWorkbook, ledgerRecords, openSidebar, type Sidebar } from './harness';
import { sampleRows } from './sample';

let open: Sidebar | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

async function entry(rows = sampleRows(), user = 'xinxi@example.org'): Promise<Sidebar> {
  open = await openSidebar('entry', fakeWorkbook(rows, user));
  await open.page.waitForSelector('body[data-ready=true]');
  return open;
}

describe('录入稿件 sidebar', () => {
  it('fills and submits a row: it lands in 稿件台账 below the last row, with real dates and who entered it', async () => {
    const s = await entry();
    const { page, fake } = s;
    const before = ledgerRecords(fake).length;
    await page.fill('#f-title', '峡窝镇“党建+网格”经验');
    await page.fill('#f-author', '张三');
    await page.press('#f-author', 'Enter');
    await page.fill('#f-author', '李四');
    await page.press('#f-author', 'Enter');
    await page.selectOption('#f-unit', '峡窝镇党委');
    await page.selectOption('#f-kind', '经验材料');
    await page.fill('#f-outlet', '郑州日报');
    await expect.poll(() => page.textContent('#outlet-level')).toContain('市级');
    await page.fill('#f-submitted', '2024-03-01');
    await page.fill('#f-adopted', '2024-03-05');
    await page.fill('#f-chars', '1500');
    // Live preview from the engine: 市级录用 5 × 3 for more than 1000 characters.
    await expect.poll(() => page.textContent('#pv-points')).toBe('15 分');
    expect(await page.textContent('#pv-why')).toBe('市级录用 5 ×3（文字稿超过1000字） = 15');
    expect(await page.textContent('#pv-credit')).toContain('张三 0.5');
    // The unit's usual 报送对象 (区委组织部) is proposed, so the row counts toward its 报送 task too; a
    // 乡镇's row never counts toward 其他党工委's 全年向区委组织部报送, whose filter it would pass.
    expect(await page.textContent('#pv-quotas')).toBe('计入指标：全年积分、每月向区委组织部报送');

    await page.press('#f-title', 'Enter'); // Enter submits
    await expect.poll(() => page.textContent('#status')).toBe(`已写入稿件台账第 ${before + 2} 行，积分 15`);

    const records = ledgerRecords(fake);
    expect(records).toHaveLength(before + 1);
    const row = records[records.length - 1];
    expect(row.标题).toBe('峡窝镇“党建+网格”经验');
    expect(row.作者).toBe('张三、李四');
    expect(row.单位).toBe('峡窝镇党委');
    expect(row.类别).toBe('经验材料');
    expect(row.媒体).toBe('郑州日报');
    expect(row.字数).toBe(1500);
    expect(row.录用日期).toBeInstanceOf(Date);
    // Read in the spreadsheet's zone (the cell shows the day; the Date is midnight there).
    const zone = fake.spreadsheet.getSpreadsheetTimeZone();
    expect(formatDate(row.录用日期 as Date, zone, 'yyyy-MM-dd')).toBe('2024-03-05');
    expect(row.录入人).toBe('xinxi@example.org');
    // The first empty row after the last filled one (header row 1 + existing rows).
    // One write per run of adjacent filled columns: 标题…媒体 | 录用日期 字数 | 录入人. A field left blank
    // (级别, 采用方式 …) leaves its cell as it is (sweep S20x F4); the reviewers' 审核状态, 核定, 调整分,
    // 调整理由 and the computed columns are never touched.
    expect(fake.log.byMethod['Range.setValues']).toBe(3);
    expect(fake.lock.hasLock()).toBe(false);

    // The form is cleared for the next row.
    expect(await page.inputValue('#f-title')).toBe('');
    expect(await page.$$('.chip')).toHaveLength(0);
    expect(await page.inputValue('#f-outlet')).toBe('');
    expect(s.errors).toEqual([]);
  });

  it('explains 按媒体自动 in words, and warns when a row counts toward no 指标', async () => {
    const { page, errors } = await entry();
    expect(await page.textContent('#mode-hint')).toBe(
      '采用方式不选时按媒体自动判断：填了媒体记为“录用”，媒体空着记为“报送”（已报送、尚未录用）；材料被综合进别的稿件时请选“综合”。',
    );
    await page.fill('#f-title', '只报送的稿件');
    await page.fill('#f-author', '张三');
    await page.press('#f-author', 'Enter');
    await page.selectOption('#f-unit', '峡窝镇党委');
    await page.fill('#f-submitted', '2024-03-01');
    // No outlet: 报送, 0 points under 上街区's rules; it counts only toward the 乡镇's 区委组织部 报送 task …
    await expect.poll(() => page.textContent('#pv-points')).toBe('0 分');
    await expect.poll(() => page.textContent('#pv-quotas')).toBe('计入指标：每月向区委组织部报送');
    // … so sent to 省委组织部 instead, it counts toward none, and the preview says so.
    await page.selectOption('#f-recipient', '省委组织部');
    await expect
      .poll(() => page.textContent('#pv-quotas'))
      .toBe('不计入任何指标：请核对媒体、级别、类别与标签');
    expect(await page.getAttribute('#pv-quotas', 'class')).toBe('quotas none');
    expect(errors).toEqual([]);
  });

  it('proposes the unit’s usual 报送对象 (RULES §9) and keeps one typed over', async () => {
    const { page, errors } = await entry();
    await page.selectOption('#f-unit', '峡窝镇党委');
    expect(await page.inputValue('#f-recipient')).toBe('区委组织部');
    await page.selectOption('#f-unit', '组织科');
    expect(await page.inputValue('#f-recipient')).toBe('市委组织部');
    await page.selectOption('#f-recipient', '省委组织部');
    await page.selectOption('#f-unit', '峡窝镇党委');
    expect(await page.inputValue('#f-recipient')).toBe('省委组织部');
    expect(errors).toEqual([]);
  });

  it('a half-typed date and a missing unit show errors beside the fields and append nothing', async () => {
    const { page, fake } = await entry();
    const before = ledgerRecords(fake).length;
    await page.fill('#f-title', '缺单位的稿件');
    await page.selectOption('#f-mode', '报送');
    await page.focus('#f-submitted');
    await page.keyboard.type('3'); // only part of a date: the input reports bad input, value ''
    expect(await page.$eval('#f-submitted', (e) => (e as HTMLInputElement).validity.badInput)).toBe(true);
    await page.click('#submit');
    await expect.poll(() => page.textContent('#err-单位')).toContain('单位');
    expect(await page.textContent('#err-报送日期')).toContain('日期');
    expect(await page.getAttribute('#f-unit', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#status')).toBe('请先改正标红的字段，台账未写入');
    expect(ledgerRecords(fake)).toHaveLength(before);
    expect(fake.log.byMethod['Range.setValues'] ?? 0).toBe(0);
    // The title the user typed is still there to fix and resubmit.
    expect(await page.inputValue('#f-title')).toBe('缺单位的稿件');
  });

  it('a unit not in the 单位 table is refused by the server even if the page sends it', async () => {
    const { page, fake } = await entry();
    const before = ledgerRecords(fake).length;
    const result = await page.evaluate(
      () =>
        new Promise((resolve) => {
          type Run = { withSuccessHandler(f: (v: unknown) => void): Record<string, (form: unknown) => void> };
          const g = (window as unknown as { google: { script: { run: Run } } }).google;
          g.script.run
            .withSuccessHandler(resolve)
            .appendLedgerRow({ 标题: 'x', 单位: '不存在的单位', 采用方式: '报送', 报送日期: '2024-13-40' });
        }),
    );
    expect(result).toEqual({
      ok: false,
      code: 'form',
      message: '请先改正标红的字段，台账未写入',
      fieldErrors: {
        单位: '单位“不存在的单位”不在「单位」表中',
        报送日期: '日期无效，请按“年-月-日”填写完整',
      },
    });
    expect(ledgerRecords(fake)).toHaveLength(before);
  });

  it('a title with markup is shown as text everywhere and a formula-looking title is stored as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const fake = fakeWorkbook(sampleRows());
    // Markup in rule tables too: a unit name the office typed (no spaces: a unit's inner spaces are dropped).
    const evilUnit = `<b>${evil.replace(/ /g, '/')}</b>`;
    const units = fake.spreadsheet._sheet('单位')!;
    units.getRange(units.getLastRow() + 1, 1, 1, 2).setValues([[evilUnit, '其他党工委']]);
    open = await openSidebar('entry', fake);
    const { page, dialogs } = open;
    await page.waitForSelector('body[data-ready=true]');
    const next = ledgerRecords(fake).length + 2; // the first empty row after header + rows

    await page.fill('#f-title', evil);
    await page.fill('#f-author', '<i>张三');
    await page.press('#f-author', 'Enter');
    await page.selectOption('#f-unit', evilUnit);
    await page.selectOption('#f-mode', '报送');
    await page.fill('#f-submitted', '2024-05-06');
    await expect.poll(() => page.textContent('#pv-points')).toBe('0 分');
    expect(await page.textContent('.chip span')).toBe('<i>张三');
    await page.click('#submit');
    await expect.poll(() => page.textContent('#status')).toBe(`已写入稿件台账第 ${next} 行，积分 0`);

    await page.fill('#f-title', '=HYPERLINK("http://x","点我")');
    await page.selectOption('#f-unit', '峡窝镇党委');
    await page.selectOption('#f-mode', '报送');
    await page.fill('#f-submitted', '2024-05-07');
    await page.click('#submit');
    await expect.poll(() => page.textContent('#status')).toBe(`已写入稿件台账第 ${next + 1} 行，积分 0`);

    const ledger = fake.spreadsheet._sheet('稿件台账')!;
    const last = ledger.getLastRow();
    expect(ledger.getRange(last, 1).getValue()).toBe('=HYPERLINK("http://x","点我")');
    expect(ledger.getRange(last, 1).getFormula()).toBe('');
    expect(ledger.getRange(last - 1, 1).getValue()).toBe(evil);

    // 我的记录 lists both rows by the user's address, markup as text.
    await page.click('#tab-mine');
    await expect.poll(() => page.locator('.myrows .t').count()).toBeGreaterThanOrEqual(3);
    const titles = await page.locator('.myrows .t').allTextContents();
    expect(titles).toContain(evil);
    expect(titles[0]).toBe('=HYPERLINK("http://x","点我")'); // newest first
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#f-unit b, .chip i').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('lists my rows by author name when the address is unknown', async () => {
    const { page } = await entry(sampleRows(), '');
    await page.click('#tab-mine');
    await expect.poll(() => page.textContent('#mine-note')).toContain('姓名');
    await page.fill('#f-who', '李四');
    await page.press('#f-who', 'Enter');
    await expect.poll(() => page.locator('.myrows .t').allTextContents()).toEqual(['组织科调研报告']);
    expect(await page.textContent('.myrows .p')).toBe('30 分'); // 省级 10 × 3
  });

  it('is usable from the keyboard: arrow keys switch tabs and every field has a label', async () => {
    const { page } = await entry();
    const unlabeled = await page.$$eval('input, select', (els) =>
      els
        .filter((e) => (e as HTMLInputElement).type !== 'hidden')
        .filter((e) => !(e as HTMLInputElement).labels?.length && !e.getAttribute('aria-label'))
        .map((e) => e.id),
    );
    expect(unlabeled).toEqual([]);
    await page.focus('#tab-entry');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-mine', 'aria-selected')).toBe('true');
    expect(await page.isVisible('#panel-mine')).toBe(true);
    expect(await page.isVisible('#panel-entry')).toBe(false);
  });
});

describe('录入稿件 authors', () => {
  it('warns above two authors: only the first two are credited, half each, the third gets 0', async () => {
    const { page } = await entry();
    for (const name of ['张三', '李四', '王五']) {
      await page.fill('#f-author', name);
      await page.press('#f-author', 'Enter');
    }
    expect(await page.$$('.chip')).toHaveLength(3);
    expect(await page.textContent('#author-warn')).toContain('只有前两位计任务');
    await page.fill('#f-title', '三人合写的稿件');
    await page.selectOption('#f-unit', '峡窝镇党委');
    await page.fill('#f-outlet', '郑州日报');
    await page.fill('#f-adopted', '2024-03-05');
    // The whole line: a preview from before the date was typed (no adoption yet: all 0) must not pass.
    await expect.poll(() => page.textContent('#pv-credit')).toBe('计任务：张三 0.5，李四 0.5，王五 0');
    // Removing one chip clears the warning.
    await page.click('.chip button >> nth=2');
    await expect.poll(() => page.textContent('#author-warn')).toBe('');
  });
});
