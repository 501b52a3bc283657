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

  it.each(['模版', '样本', '例表', '使用说明', '说明', '填表须知', '格式'])(
    'named 「%s」 (audit s36 F4): left out beside 稿件台账, and said',
    (name) => {
      const tabs: Record<string, Grid> = { 稿件台账: ledger('真稿件'), [name]: ledger('示例标题') };
      const read = readLedgerTabs('稿件台账', [name], (t) => tabs[t]) as LedgerSource;
      expect(read.tabs).toEqual(['稿件台账']);
      expect(read.notices.map((n) => n.code)).toContain('sample-tab');
    },
  );

  it.each([
    '作废',
    '作废稿件',
    '撤稿',
    '已撤稿',
    '退稿',
    '废稿',
    '无效稿件',
    '不计分',
    '重复稿件',
    '删除',
    '回收站',
  ])('a tab of pieces set aside, 「%s」 (audit s36 F5): left out beside 稿件台账, and said', (name) => {
    const tabs: Record<string, Grid> = { 稿件台账: ledger('真稿件'), [name]: ledger('撤回的稿件') };
    const read = readLedgerTabs('稿件台账', [name], (t) => tabs[t]) as LedgerSource;
    expect(read.tabs).toEqual(['稿件台账']);
    expect(read.notices.filter((n) => n.code === 'void-tab').map((n) => n.message)).toEqual([
      `「${name}」表像是作废或撤回的稿件（1行），未计入台账；如应计分，请把这些行移到台账或修改表名`,
    ]);
  });

  it('a year tab (2023年) is joined as before', () => {
    const tabs: Record<string, Grid> = { 稿件台账: ledger('今年'), '2023年': ledger('去年') };
    const read = readLedgerTabs('稿件台账', ['2023年'], (t) => tabs[t]) as LedgerSource;
    expect(read.tabs).toEqual(['稿件台账', '2023年']);
  });
});
