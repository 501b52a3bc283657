// 生成通报 with a 日期段 whose end is before its start (sweep S17b F11): the page refuses it at once in plain
// Chinese, never labels the reversed range, sends nothing, and the server says the same words for such a code.
import { afterEach, describe, expect, it } from 'vitest';
import { generateReport } from '../../src/addon/main';
import { fakeWorkbook, openSidebar, type Sidebar } from './harness';
import { sampleRows } from './sample';

let open: Sidebar | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

const REVERSED = '起始日期2026年5月1日晚于截止日期2026年4月1日：请把起止日期改正后再生成';

describe('生成通报: a range that ends before it starts', () => {
  it('is refused on the page as soon as it is picked, and on 生成 nothing is asked of the server', async () => {
    const fake = fakeWorkbook(sampleRows());
    open = await openSidebar('report', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    await page.check('input[name=kind][value=range]', { force: true });
    await page.fill('#from', '2026-05-01');
    await page.fill('#to', '2026-04-01');
    await page.dispatchEvent('#to', 'change');
    expect(await page.textContent('#code')).toBe(REVERSED);
    expect(await page.getAttribute('#code', 'class')).toContain('error');
    expect(await page.getAttribute('#from', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#s-number-preview')).toBe('');
    const calls = open.calls.length;
    await page.click('#go');
    expect(await page.textContent('#code')).toBe(REVERSED);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('from');
    expect(open.calls.length).toBe(calls);
    // Put right, the label and the call come back.
    await page.fill('#to', '2026-06-30');
    await page.dispatchEvent('#to', 'change');
    expect(await page.textContent('#code')).toBe('通报期间：2026年5月1日至6月30日');
    expect(await page.getAttribute('#from', 'aria-invalid')).toBeNull();
    expect(open.errors).toEqual([]);
  });

  it('the server answers such a code with the same words, not “无法识别”', () => {
    const uninstall = fakeWorkbook(sampleRows()).install();
    try {
      for (const code of ['2026-05-01..2026-04-01', '2026年5月1日至4月1日']) {
        expect(generateReport(code)).toMatchObject({ ok: false, message: REVERSED });
      }
      // Text that is no period at all still gets the formats it may take.
      expect(generateReport('下周')).toMatchObject({
        ok: false,
        message: expect.stringContaining('无法识别'),
      });
    } finally {
      uninstall();
    }
  });
});
