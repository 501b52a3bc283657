// Which tab names are a backup copy of a ledger tab (backupTabs.ts), and which are tabs of their own.
import { describe, expect, it } from 'vitest';
import { isBackupName, withoutBackups } from '../../src/sheets/backupTabs';

describe('isBackupName', () => {
  it.each([
    ['稿件台账 的副本', '稿件台账'],
    ['稿件台账 的副本 2', '稿件台账'],
    ['Copy of 稿件台账', '稿件台账'],
    ['稿件台账 (2)', '稿件台账'],
    ['稿件台账（2）', '稿件台账'],
    ['稿件台账_2', '稿件台账'],
    ['稿件台账备份', '稿件台账'],
    ['稿件台账-备份', '稿件台账'],
    ['稿件台账备份0315', '稿件台账'],
    ['稿件台账副本', '稿件台账'],
    ['稿件台账（旧）', '稿件台账'],
    ['2025年 的副本', '2025年'],
    // An earlier state kept under the names offices type (audit s36 F2): before, each was merged as a ledger.
    ['稿件台账（修改前）', '稿件台账'],
    ['稿件台账old', '稿件台账'],
    ['稿件台账（原）', '稿件台账'],
    ['稿件台账原表', '稿件台账'],
    ['稿件台账（存档）', '稿件台账'],
    ['稿件台账（底稿）', '稿件台账'],
    ['稿件台账（备用）', '稿件台账'],
    ['稿件台账0315', '稿件台账'],
    ['稿件台账3.15', '稿件台账'],
    ['稿件台账12月31日', '稿件台账'],
    ['原台账', '稿件台账'],
    ['旧台账', '稿件台账'],
    ['台账备份', '稿件台账'],
    ['备份', '稿件台账'],
  ])('「%s」 is a copy of 「%s」', (name, of) => {
    expect(isBackupName(name, of)).toBe(true);
  });

  it.each([
    ['2025年台账', '稿件台账'],
    ['2025年', '稿件台账'],
    ['稿件台账2025', '稿件台账'],
    ['稿件台账_2025', '稿件台账'],
    ['稿件台账', '稿件台账'],
    ['2025年台账', '台账'],
    ['2025年台账', '2025年'],
    ['稿件台账2012', '稿件台账'],
    ['稿件台账3月', '稿件台账'],
    ['稿件台账 2', '稿件台账'],
    ['2024年台账', '稿件台账'],
    ['Sheet1', '稿件台账'],
  ])('「%s」 is no copy of 「%s」', (name, of) => {
    expect(isBackupName(name, of)).toBe(false);
  });
});

describe('withoutBackups', () => {
  it('leaves a copy out only beside an original holding a ledger', () => {
    const ledgers = new Set(['稿件台账', '稿件台账 的副本', '2025年', '2025年 的副本', '说明 的副本']);
    const tabs = ['稿件台账', '2025年', '稿件台账 的副本', '2025年 的副本', '说明', '说明 的副本'];
    expect(withoutBackups(tabs, (t) => ledgers.has(t))).toEqual({
      tabs: ['稿件台账', '2025年', '说明', '说明 的副本'],
      backups: [
        { tab: '稿件台账 的副本', of: '稿件台账' },
        { tab: '2025年 的副本', of: '2025年' },
      ],
    });
  });
});
