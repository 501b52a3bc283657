// npm run screenshots: each sidebar at 300 px on a sample workbook → out/screenshots/*.png, in Chromium's
// zh-CN locale (harness.ts), so date inputs read 2024/03/01 as an office's browser shows them.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { presetRules, rulesToGrids, TABLE_HEADERS } from '../../src/core/rules';
import { fakeWorkbook, openSidebar, zhCnMissing } from './harness';
import { renderPages } from './renderPages';
import { sampleRows } from './sample';

const OUT = resolve(import.meta.dirname, '../../out/screenshots');

async function shoot(
  name: 'entry' | 'report' | 'rules' | 'help',
  act: (s: Awaited<ReturnType<typeof openSidebar>>) => Promise<void>,
) {
  const fake = fakeWorkbook(sampleRows());
  if (name === 'rules')
    fake.spreadsheet._addSheet('计分', [TABLE_HEADERS.计分, ['录用', '市级', '', '', '', '五分']]);
  // 生成通报 shows and saves the 通报 rows of the office's 设置 tab.
  if (name === 'report') fake.spreadsheet._addSheet('设置', rulesToGrids(presetRules('上街区')).设置);
  const s = await openSidebar(name, fake, { width: 300, height: 700 });
  try {
    if (name !== 'help') await s.page.waitForSelector('body[data-ready]');
    await act(s);
    await s.idle();
    await s.page.waitForTimeout(150);
    const file = join(OUT, `${name}.png`);
    await s.page.screenshot({ path: file, fullPage: true });
    if (s.errors.length > 0) throw new Error(`${name}: page errors: ${s.errors.join('; ')}`);
    console.log(`wrote ${file}`);
  } finally {
    await s.close();
  }
}

if (zhCnMissing()) {
  console.error(
    'Chromium 缺少中文语言包，截图中的日期会显示为 03/01/2024：请运行 apt-get install -y chromium-l10n / ' +
      'Chromium lacks its zh-CN locale (dates would read 03/01/2024): apt-get install -y chromium-l10n',
  );
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
await shoot('entry', async ({ page }) => {
  await page.fill('#f-title', '上街区“三个一”工作法激活基层治理新动能');
  await page.fill('#f-author', '张三');
  await page.press('#f-author', 'Enter');
  await page.fill('#f-author', '李四');
  await page.press('#f-author', 'Enter');
  await page.fill('#f-author', '王五');
  await page.press('#f-author', 'Enter');
  await page.selectOption('#f-unit', '峡窝镇党委');
  await page.selectOption('#f-kind', '动态信息');
  await page.fill('#f-outlet', '郑州日报');
  await page.fill('#f-submitted', '2024-03-01');
  await page.fill('#f-adopted', '2024-03-05');
  await page.fill('#f-chars', '1500');
  await page.waitForFunction(() => document.getElementById('pv-points')?.textContent !== '—');
});
await shoot('report', async ({ page }) => {
  await page.check('input[value=year]', { force: true });
  await page.fill('#s-contact', '张三，电话：68911234');
  await page.fill('#s-problems', '一是部分单位报送不均衡。\n二是高质量稿件偏少。');
  await page.click('#go');
  await page.waitForSelector('#result:not([hidden])');
});
await shoot('rules', async ({ page }) => {
  await page.click('#fill');
  await page.waitForSelector('#confirm:not([hidden])');
});
await shoot('help', async () => {});
await renderPages();
