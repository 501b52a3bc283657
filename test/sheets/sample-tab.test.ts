// A tab named as a template or an example (模板, 填写示例, 样表) holds sample rows, not pieces: one sample row of a
// hidden 模板 tab added 30 points to the example's total (audit s33 A). Its rows are left out and a notice says
// so, unless no other tab holds the ledger.
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/types';
import type { LedgerSource } from '../../src/sheets/ledgerTabs';
import { readLedgerTabs } from '../../src/sheets/ledgerTabs';

const HEADER = ['标题', '作者', '单位', '报送对象', '报送日期'];
const ledger = (title: string): Grid => [HEADER, [title, '王芳', '峡窝镇党委', '区委组织部', '2024-03-01']];

describe('a 模板 / 示例 tab', () => {
  it('beside 稿件台账: its rows are left out, and said', () => {
    const tabs: Record<string, Grid> = {
      稿件台账: ledger('真稿件'),
      模板: ledger('示例标题'),
      填写示例: ledger('另一个'),
    };
    const read = readLedgerTabs('稿件台账', ['模板', '填写示例'], (t) => tabs[t]) as LedgerSource;
    expect(read.tabs).toEqual(['稿件台账']);
    expect(read.grid.map((r) => r[0])).toEqual(['标题', '真稿件']);
    expect(read.notices.filter((n) => n.code === 'sample-tab').map((n) => n.message)).toEqual([
      '「模板」表像是模板或填写示例（1行），未计入台账；如是真实稿件，请修改表名',
      '「填写示例」表像是模板或填写示例（1行），未计入台账；如是真实稿件，请修改表名',
    ]);
  });

  it('alone: it is the ledger', () => {
    const read = readLedgerTabs(null, ['台账模板'], () => ledger('唯一')) as LedgerSource;
    expect([read.tabs, read.notices.filter((n) => n.code === 'sample-tab')]).toEqual([['台账模板'], []]);
  });

  it('a year tab (2023年) is joined as before', () => {
    const tabs: Record<string, Grid> = { 稿件台账: ledger('今年'), '2023年': ledger('去年') };
    const read = readLedgerTabs('稿件台账', ['2023年'], (t) => tabs[t]) as LedgerSource;
    expect(read.tabs).toEqual(['稿件台账', '2023年']);
  });
});
