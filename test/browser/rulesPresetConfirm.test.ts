// 规则与预设's preset fill in Chromium against the real server functions (sweep S17b F9, F13): 确定 writes the
// preset the confirmation named, the dropdown is fixed while it is open, and the confirmation lists only the
// tables that get rows (a table the preset has none for is said apart, never "（0 行）").
import { afterEach, describe, expect, it } from 'vitest';
import { presetGridsForToday } from '../../src/addon/setupLedger';
import { TABLE_HEADERS } from '../../src/core/rules';
import { fakeWorkbook, openSidebar, type Sidebar } from './harness';
import { sampleRows } from './sample';

let open: Sidebar | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

/**
 * 单位 has rows; 加分 was emptied to its header (kept: a tab with any non-blank cell is never filled, sweep
 * S20x F3); 指标 is a wholly blank tab; the other tables are missing.
 */
function workbook() {
  const fake = fakeWorkbook(sampleRows());
  fake.spreadsheet._addSheet('加分', [TABLE_HEADERS.加分]);
  fake.spreadsheet._addSheet('指标', []);
  return fake;
}

describe('规则与预设: the preset confirmation', () => {
  it('names only the tables that get rows, and 确定 writes the preset it named', async () => {
    const fake = workbook();
    open = await openSidebar('rules', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    await page.selectOption('#preset', '部机关');
    await page.click('#fill');
    await page.waitForSelector('#confirm:not([hidden])');
    expect(await page.textContent('#confirm-title')).toBe('将用“部机关目标考核”填充以下 4 张表：');
    expect(await page.locator('#confirm-list li').allTextContents()).toEqual([
      '媒体（新建，18 行）',
      '计分（新建，12 行）',
      '指标（19 行）',
      '设置（新建，29 行）',
    ]);
    expect(await page.textContent('#confirm-kept')).toBe(
      '只写入表头（预设中没有该表的行）：系数、人员；不改动已有内容的表：单位（15 行）、加分（只有表头）',
    );
    // The choice cannot change under an open confirmation.
    expect(await page.locator('#preset').isDisabled()).toBe(true);
    // Even were the dropdown to show another preset, 确定 writes the one confirmed.
    await page.evaluate(() => {
      (document.getElementById('preset') as HTMLSelectElement).value = '类别';
    });
    await page.click('#confirm-yes');
    await expect
      .poll(() => page.textContent('#status'))
      .toBe(
        '已用“部机关目标考核”填充：媒体、计分、指标、设置；只写入了表头（预设中没有该表的行）：系数、人员',
      );
    const indicators = fake.spreadsheet._sheet('指标')!;
    const written = indicators
      .getRange(1, 1, indicators.getLastRow(), 1)
      .getValues()
      .map((r) => r[0]);
    expect(written).toEqual(presetGridsForToday('部机关').指标.map((r) => r[0]));
    expect(await page.locator('#preset').isDisabled()).toBe(false);
    expect(open.errors).toEqual([]);
  });

  it('a change of preset while it is open cancels it, and nothing is written', async () => {
    const fake = workbook();
    open = await openSidebar('rules', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    await page.selectOption('#preset', '部机关');
    await page.click('#fill');
    await page.waitForSelector('#confirm:not([hidden])');
    await page.evaluate(() => {
      const select = document.getElementById('preset') as HTMLSelectElement;
      select.value = '类别';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(await page.isVisible('#confirm')).toBe(false);
    expect(await page.textContent('#status')).toBe('预设已更换，已取消填充：请再点“填充空表”');
    expect(await page.locator('#preset').isDisabled()).toBe(false);
    expect(fake.spreadsheet._sheet('媒体')).toBeUndefined();
    expect(fake.spreadsheet._sheet('指标')!.getLastRow()).toBe(0);
  });

  it('a 单位 tab holding one unit without a header is not called empty, and the refusal says what it holds', async () => {
    const fake = workbook();
    fake.spreadsheet.deleteSheet(fake.spreadsheet._sheet('单位')!);
    fake.spreadsheet._addSheet('单位', [['新华社区党委', '乡镇街道', 35]]);
    open = await openSidebar('rules', fake);
    const { page } = open;
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.textContent('li[data-table="单位"] .badge')).toBe('没有数据行，使用预设');
    expect(await page.textContent('li[data-table="加分"] .badge')).toBe('没有数据行：不设此项');
    expect(await page.textContent('li[data-table="指标"] .badge')).toBe('空表，使用预设');
    await page.selectOption('#preset', '上街区');
    await page.click('#fill');
    await page.waitForSelector('#confirm:not([hidden])');
    expect(await page.locator('#confirm-list li').allTextContents()).not.toContain('单位（15 行）');
    expect(await page.textContent('#confirm-kept')).toContain(
      '「单位」表已有内容（A1“新华社区党委”等3个单元格），未填充；如要用预设，请先清空或改名',
    );
    await page.click('#confirm-yes');
    await expect.poll(() => page.textContent('#status')).toMatch(/^已用“上街区积分办法”填充/);
    expect(fake.spreadsheet._sheet('单位')!.getDataRange().getValues()).toEqual([
      ['新华社区党委', '乡镇街道', 35],
    ]);
    expect(open.errors).toEqual([]);
  });
});
