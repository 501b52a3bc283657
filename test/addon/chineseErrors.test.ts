// Failures reach users in Chinese (sweep s12 #8): Sheets' English refusals are told in Chinese, and a cell
// the rules page names beyond its tab is refused in words, not "The coordinates of the range…".
import { describe, expect, it } from 'vitest';
import { refreshDashboard, selectRuleCell } from '../../src/addon/main';
import { messageOf } from '../../src/addon/runtime/respond';
import { runSetup } from '../../src/addon/setupLedger';
import { useFakeApps } from '../fakes/useFakeApps';

const fake = useFakeApps({ owner: 'owner@example.org' });

describe('failures in Chinese', () => {
  it('a rule cell beyond its tab is refused naming the tab and cell', () => {
    runSetup();
    expect(selectRuleCell('单位', 'ZZZ99999')).toEqual({
      ok: false,
      code: 'not-found',
      message: '“单位”表没有单元格 ZZZ99999（该表的行列可能已被删除），请刷新规则状态后重试',
    });
    expect(selectRuleCell('单位', 'B2')).toEqual({ ok: true, table: '单位', cell: 'B2' });
  });

  it('a rule cell on a tab under a near-miss name (单位 ) is selected there', () => {
    fake.apps.spreadsheet._addSheet('单位 ', [
      ['单位', '类型'],
      ['甲镇党委', '乡镇街道'],
    ]);
    expect(selectRuleCell('单位', 'A2')).toEqual({ ok: true, table: '单位', cell: 'A2' });
    expect(fake.apps.spreadsheet.getActiveSheet()?.getName()).toBe('单位 ');
  });

  it('Sheets refusals, also from another realm, carry no English', () => {
    const foreign = { message: 'The coordinates of the range are outside the dimensions of the sheet.' };
    expect(messageOf(foreign)).toBe(
      '要找的单元格超出了工作表的范围（该表的行列可能已被删除），请刷新后重试。',
    );
    expect(
      messageOf(
        new Error(
          'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
        ),
      ),
    ).toBe('没有权限修改受保护的内容，请联系表格所有者或「设置」中的管理员。');
  });

  it('Sheets limits a retry never gets past say what to change, not "请稍后重试" (s25c F6)', () => {
    const cells = {
      message:
        'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    };
    expect(messageOf(cells)).toBe(
      '表格已达到 Google 表格 1000 万个单元格的上限，无法写入：请删除不用的工作表或空行，或把往年数据移到另一份表格',
    );
    expect(
      messageOf(
        new Error('This action would increase the number of columns in the sheet above the limit of 18278.'),
      ),
    ).toBe('工作表已达到 Google 表格 18278 列的上限，无法写入：请删除不用的空列');
    expect(
      messageOf(new Error('Your input contains more than the maximum of 50000 characters in a single cell.')),
    ).toBe('单元格内容超过 Google 表格每格 5 万个字符的上限，无法写入：请缩短该内容（如标题、备注）');
    expect(messageOf(new Error('Exceeded maximum execution time'))).toBe(
      '处理时间超过 Google 允许的 6 分钟，没有完成；请缩短统计期间或稍后重试',
    );
    expect(messageOf(new Error('Service Spreadsheets timed out while accessing document'))).toBe(
      '表格服务暂时没有响应，请稍后重试。',
    );
    // The fake's refusal (Google's words) is told the same way.
    let thrown: unknown = null;
    try {
      fake.apps.spreadsheet._assertRoom(10_000_001);
    } catch (error) {
      thrown = error;
    }
    expect(messageOf(thrown)).toMatch(/^表格已达到 Google 表格 1000 万个单元格的上限/);
  });

  it('领导看板 refreshed by someone the protection leaves out: Chinese only', () => {
    runSetup();
    fake.apps.setUser('staff@example.org');
    const r = refreshDashboard();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).not.toMatch(/[A-Za-z]{3,}/);
  });
});
