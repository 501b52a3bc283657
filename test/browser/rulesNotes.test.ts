// 规则与预设 in Chromium: a 指标 row for a preset unit type the office has no unit of is shown as a grey note
// under 指标 (with its cell), not counted as an error, since 生成通报 and the sheet judge without it.
import { afterEach, describe, expect, it } from 'vitest';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import { fakeWorkbook, openSidebar, type Sidebar } from './harness';
import { sampleRows } from './sample';

let open: Sidebar | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

describe('规则与预设: notes beside errors', () => {
  it('a county without 科室 keeping the preset 部机关科室 rows: notes under 指标, the summary says no error', async () => {
    const fake = fakeWorkbook(sampleRows());
    const units = fake.spreadsheet._sheet('单位')!;
    const kept = units
      .getDataRange()
      .getValues()
      .filter((r) => r[1] !== '部机关科室');
    fake.spreadsheet.deleteSheet(units);
    fake.spreadsheet._addSheet('单位', kept);
    const tasks = rulesToGrids(presetRules('上街区')).指标;
    fake.spreadsheet._addSheet('指标', tasks);
    const subject = tasks[0].indexOf('对象');
    const rows = tasks.flatMap((r, i) => (r[subject] === '部机关科室' ? [i + 1] : []));
    expect(rows.length).toBeGreaterThan(0);
    open = await openSidebar('rules', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.textContent('#summary')).toBe('规则表没有发现错误');
    const item = page.locator('li[data-table="指标"]');
    expect(await item.locator('.badge').textContent()).toBe(`${tasks.length - 1} 行`);
    expect(await item.locator('ul.notes li').allTextContents()).toEqual(
      rows.map((r) =>
        expect.stringMatching(
          new RegExp(`^[A-Z]+${r}「指标」表第${r}行「对象」“部机关科室”：没有这一类型的单位，本行不参与考核`),
        ),
      ),
    );
    expect(await item.locator('ul.errs:not(.notes) li').count()).toBe(0);
    // The note is grey, not the error red.
    expect(
      await item
        .locator('ul.notes li')
        .first()
        .evaluate((e) => getComputedStyle(e).color),
    ).toBe('rgb(95, 99, 104)');
  });
});
