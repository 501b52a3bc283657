// 录入稿件 in Chromium, what the page does with what is typed (sweep S17b F3, F4, F5, F10, F13): a number the
// browser cannot read is refused beside its field (never written blank), authors are read as the ledger reads
// 作者, a long title is never cut, and a field's error goes as soon as the field is changed.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeWorkbook, ledgerRecords, openSidebar, type Sidebar } from './harness';
import { sampleRows } from './sample';

let open: Sidebar | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

async function entry(): Promise<Sidebar> {
  open = await openSidebar('entry', fakeWorkbook(sampleRows()));
  await open.page.waitForSelector('body[data-ready=true]');
  return open;
}

/** An adoption of 峡窝镇党委 in 郑州日报 (市级 5, ×3 above 1000 字), authors and 字数 left to the test. */
async function fillAdoption(s: Sidebar, title = '峡窝镇经验材料'): Promise<void> {
  const { page } = s;
  await page.fill('#f-title', title);
  await page.selectOption('#f-unit', '峡窝镇党委');
  await page.fill('#f-outlet', '郑州日报');
  await page.fill('#f-submitted', '2024-03-01');
  await page.fill('#f-adopted', '2024-03-05');
}

describe('F3: a number field holding text the browser cannot read', () => {
  it('1500e in 字数 is refused beside the field, red, and nothing is written', async () => {
    const s = await entry();
    const { page, fake } = s;
    const before = ledgerRecords(fake).length;
    await fillAdoption(s);
    await page.fill('#f-author', '张三');
    await page.press('#f-author', 'Enter');
    await page.focus('#f-chars');
    await page.keyboard.type('1500e');
    await page.keyboard.press('Tab');
    expect(await page.$eval('#f-chars', (e) => (e as HTMLInputElement).validity.badInput)).toBe(true);
    // The preview scores what would be written: nothing, with the refusal's words (not 5 points for no 字数).
    await expect.poll(() => page.textContent('#pv-issues')).toBe('字数中有无法识别的字符，请只填写数字');
    expect(await page.textContent('#pv-points')).toBe('0 分');
    await page.click('#submit');
    await expect.poll(() => page.textContent('#err-字数')).toBe('字数中有无法识别的字符，请只填写数字');
    expect(await page.getAttribute('#f-chars', 'aria-invalid')).toBe('true');
    expect(await page.$eval('#f-chars', (e) => getComputedStyle(e).borderTopColor)).toBe('rgb(221, 75, 57)');
    expect(ledgerRecords(fake)).toHaveLength(before);
    expect(s.errors).toEqual([]);
  });

  it('1e4 (which the browser accepts) gets one message at preview and at submit', async () => {
    const s = await entry();
    const { page } = s;
    await fillAdoption(s);
    await page.fill('#f-chars', '1e4');
    await expect.poll(() => page.textContent('#pv-issues')).toBe('字数“1e4”不是数字');
    await page.click('#submit');
    await expect.poll(() => page.textContent('#err-字数')).toBe('字数“1e4”不是数字');
  });
});

describe('F4: authors read as the ledger reads 作者', () => {
  it('王 芳 is one person; a pasted list ending in 等 has no author 等; the row stores the names as read', async () => {
    const s = await entry();
    const { page, fake } = s;
    await fillAdoption(s);
    await page.fill('#f-author', '王 芳');
    await page.press('#f-author', 'Enter');
    await expect.poll(() => page.textContent('#pv-credit')).toBe('计任务：王芳 1');
    await page.click('.chip button');
    await page.focus('#f-author');
    await page.keyboard.insertText('王芳、李四，张三, 王芳 等');
    await page.press('#f-author', 'Enter');
    await expect.poll(() => page.textContent('#pv-credit')).toBe('计任务：王芳 0.5，李四 0.5，张三 0');
    expect(await page.locator('#pv-issues li').allTextContents()).toEqual([
      '作者3人，只计前两人', // the row's 校验
      '作者以“等”结尾：已去掉“等”，只按列出的作者计任务',
    ]);
    expect(await page.textContent('#author-warn')).toBe(
      '共 3 位作者：只有前两位计任务（各 0.5 篇），其余只记录姓名',
    );
    await page.click('#submit');
    await expect.poll(() => page.textContent('#status')).toContain('已写入稿件台账');
    const records = ledgerRecords(fake);
    expect(records[records.length - 1].作者).toBe('王芳、李四、张三');
  });
});

describe('F5: a long title is kept whole, or refused with a message', () => {
  it('600 characters pasted are kept; 5,001 are refused beside the title, never cut', async () => {
    const s = await entry();
    const { page, fake } = s;
    const before = ledgerRecords(fake).length;
    await page.focus('#f-title');
    await page.keyboard.insertText(`${'长'.repeat(598)}结尾`);
    expect(await page.inputValue('#f-title')).toHaveLength(600);
    await page.fill('#f-title', '');
    await page.focus('#f-title');
    await page.keyboard.insertText(`${'长'.repeat(4999)}结尾`);
    expect(await page.inputValue('#f-title')).toHaveLength(5001);
    await page.selectOption('#f-unit', '峡窝镇党委');
    await page.fill('#f-submitted', '2024-03-01');
    await page.click('#submit');
    await expect.poll(() => page.textContent('#err-标题')).toBe('内容过长（5001 字），请精简到 5000 字以内');
    expect(ledgerRecords(fake)).toHaveLength(before);
  });
});

describe('F10: a field’s error goes when the field is changed', () => {
  it('after an empty submit, filling 标题, 单位 and 报送日期 clears each one’s message and red border', async () => {
    const { page } = await entry();
    await page.selectOption('#f-mode', '报送');
    await page.click('#submit');
    await expect.poll(() => page.textContent('#err-标题')).toBe('请填写标题');
    expect(await page.textContent('#err-单位')).toBe('请选择单位');
    expect(await page.textContent('#err-报送日期')).toBe('请填写报送日期');
    await page.fill('#f-title', '补上的标题');
    expect(await page.textContent('#err-标题')).toBe('');
    expect(await page.getAttribute('#f-title', 'aria-invalid')).toBe(null);
    // The others stay until they are changed.
    expect(await page.textContent('#err-单位')).toBe('请选择单位');
    expect(await page.getAttribute('#f-unit', 'aria-invalid')).toBe('true');
    await page.selectOption('#f-unit', '峡窝镇党委');
    await page.fill('#f-submitted', '2024-03-01');
    expect(await page.textContent('#err-单位')).toBe('');
    expect(await page.textContent('#err-报送日期')).toBe('');
    expect(await page.locator('[aria-invalid=true]').count()).toBe(0);
  });
});
