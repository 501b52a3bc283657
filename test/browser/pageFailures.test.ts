// The pages in Chromium when google.script.run itself fails, and under a Chinese input method (sweep s25c
// F4, F5). F5: a failure respond() cannot catch (the 6-minute limit, a lapsed authorisation, a dropped
// connection) is told in Chinese, Google's text kept in brackets for the 管理员, and what was typed stays.
// F4: the Enter (or ，/、) that picks pinyin candidates belongs to the input method: 作者 gets the committed
// names as chips, never the letters; 我的稿件's name box does not search mid-composition.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeWorkbook, ledgerRecords, type OpenOptions, openSidebar, type Sidebar } from './harness';
import { sampleRows } from './sample';

let open: Sidebar | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

async function page(
  name: 'entry' | 'report' | 'rules',
  options: OpenOptions = {},
  ready = true,
): Promise<Sidebar> {
  open = await openSidebar(name, fakeWorkbook(sampleRows()), options);
  if (ready) await open.page.waitForSelector('body[data-ready=true]');
  else await open.page.waitForSelector('body[data-ready=error]');
  return open;
}

const AUTH = 'ScriptError: Authorisation is required to perform that action.';
const NETWORK = 'NetworkError: Connection failure due to HTTP 0';
const TIMEOUT = 'Exceeded maximum execution time';

describe('F5: failures google.script.run hands the page, in Chinese', () => {
  it('添加到台账 after the authorisation lapsed: Chinese, Google’s text in brackets, the typed row kept', async () => {
    const s = await page('entry', { fail: { appendLedgerRow: AUTH } });
    const { page: p } = s;
    const before = ledgerRecords(s.fake).length;
    await p.fill('#f-title', '失败时保留<b>&amp;"引号"');
    await p.fill('#f-author', '张三');
    await p.press('#f-author', 'Enter');
    await p.selectOption('#f-unit', '峡窝镇党委');
    await p.fill('#f-outlet', '郑州日报');
    await p.fill('#f-adopted', '2024-03-05');
    await p.click('#submit');
    await p.waitForFunction(() =>
      (document.getElementById('status')?.textContent ?? '').startsWith('没有写入'),
    );
    expect(await p.textContent('#status')).toBe(
      `没有写入：授权已失效，请刷新页面后重新打开侧栏并按提示授权（${AUTH}）`,
    );
    expect(await p.inputValue('#f-title')).toBe('失败时保留<b>&amp;"引号"');
    expect(await p.locator('.chip span').allTextContents()).toEqual(['张三']);
    expect(await p.inputValue('#f-unit')).toBe('峡窝镇党委');
    expect(await p.inputValue('#f-outlet')).toBe('郑州日报');
    expect(await p.isDisabled('#submit')).toBe(false);
    expect(ledgerRecords(s.fake).length).toBe(before);
    expect(s.errors).toEqual([]);
  });

  it('opening 录入稿件 with the network down', async () => {
    const s = await page('entry', { fail: { getEntryFormData: NETWORK } }, false);
    const text = await s.page.innerText('body');
    expect(text).toContain(`无法读取规则表：网络连接中断，没有完成；请检查网络后重试（${NETWORK}）`);
  });

  it('生成通报 stopped by the 6-minute limit', async () => {
    const s = await page('report', { fail: { generateReport: TIMEOUT } });
    await s.page.click('#go');
    await s.page.waitForFunction(() => (document.getElementById('result-text')?.textContent ?? '') !== '');
    expect(await s.page.textContent('#result-text')).toBe(
      `生成失败：处理时间超过 Google 允许的 6 分钟，没有完成；请缩短统计期间或稍后重试（${TIMEOUT}）`,
    );
  });

  it('规则 with a failure of no known kind: a Chinese sentence first, Google’s text after it', async () => {
    const s = await page(
      'rules',
      {
        fail: {
          getRulesStatus: 'We\u2019re sorry, a server error occurred. Please wait a bit and try again.',
        },
      },
      false,
    );
    const status = await s.page.textContent('#status');
    expect(status).toMatch(
      /^无法读取规则表：操作没有完成，Google 的服务返回了错误；请稍后重试，如仍出错，请把括号中的说明告诉管理员（We.re sorry/,
    );
  });

  it('a server answer already in Chinese is shown as it is (no brackets)', async () => {
    const s = await page('entry');
    await s.page.fill('#f-title', '只有标题');
    await s.page.click('#submit');
    await s.idle();
    expect(await s.page.textContent('#status')).not.toMatch(/（.*[A-Za-z]{4,}.*）/);
  });
});

describe('F4: 作者 under a Chinese input method', () => {
  it('the Enter that ends a composition adds no chip; the committed names do', async () => {
    const s = await page('entry');
    const { page: p } = s;
    const cdp = await p.context().newCDPSession(p);
    await p.focus('#f-author');
    // macOS Chrome: the Enter that confirms "wang" arrives as keydown Enter, isComposing true, keyCode 229.
    await cdp.send('Input.imeSetComposition', { text: 'wang', selectionStart: 4, selectionEnd: 4 });
    await p.evaluate(() => {
      const i = document.getElementById('f-author') as HTMLInputElement;
      for (const key of ['Enter', '，', '、']) {
        i.dispatchEvent(
          new KeyboardEvent('keydown', {
            key,
            keyCode: 229,
            isComposing: true,
            bubbles: true,
            cancelable: true,
          }),
        );
      }
    });
    expect(await p.locator('.chip span').allTextContents()).toEqual([]);
    await cdp.send('Input.insertText', { text: '王芳' });
    await p.keyboard.press('Enter');
    expect(await p.locator('.chip span').allTextContents()).toEqual(['王芳']);
    // Linux/Windows: Chrome's own key event during a composition (windowsVirtualKeyCode 229).
    await p.focus('#f-author');
    await cdp.send('Input.imeSetComposition', { text: 'li', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    expect(await p.locator('.chip span').allTextContents()).toEqual(['王芳']);
    await cdp.send('Input.insertText', { text: '李四' });
    await p.keyboard.press('Enter');
    expect(await p.locator('.chip span').allTextContents()).toEqual(['王芳', '李四']);
  });

  it('我的稿件: a composing Enter in the name box does not search', async () => {
    const s = await page('entry');
    const { page: p } = s;
    await p.click('#tab-mine');
    await s.idle();
    const searches = () => s.calls.filter((c) => c !== 'getEntryFormData' && c !== 'previewLedgerRow').length;
    const before = searches();
    await p.evaluate(() => {
      const i = document.getElementById('f-who') as HTMLInputElement;
      i.value = 'zhang';
      i.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          keyCode: 229,
          isComposing: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    });
    await s.idle();
    expect(searches()).toBe(before);
    // The box shows only when the account gives no name; its handler is what is tested, so it is driven directly.
    await p.evaluate(() => {
      const i = document.getElementById('f-who') as HTMLInputElement;
      i.value = '张三';
      i.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true, cancelable: true }),
      );
    });
    await s.idle();
    expect(searches()).toBe(before + 1);
  });
});
