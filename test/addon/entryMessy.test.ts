// 录入稿件 and 初始化台账 on ledgers where the office keeps them (sweep s12): a title line above the
// header, a ledger tab named otherwise (a CSV imported as "ledger", a renamed tab), a ledger whose units
// are not the preset's.
import { describe, expect, it } from 'vitest';
import { appendLedgerRow, listMyRows } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import type { Failure, Result } from '../../src/addon/sidebar/types';
import { useFakeApps } from '../fakes/useFakeApps';
import { adoption, ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org', startWithSheet1: false });

function okOf<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

const ROWS = [
  adoption({ 标题: '甲', 作者: '张三', 单位: '峡窝镇党委' }),
  adoption({ 标题: '乙', 作者: '王五', 单位: '国资系统党工委' }),
];
const FORM = { 标题: '新稿件', 作者: ['张三'], 单位: '峡窝镇党委', 采用方式: '报送', 报送日期: '2024-06-03' };

describe('录入稿件 finds the header and the tab as the report does', () => {
  it('a title line above the header: the row is appended below the last row, not refused', () => {
    const sheet = fake.apps.spreadsheet._addSheet('稿件台账', [
      ['2024年度组工信息台账'],
      ...ledgerGrid(ROWS),
    ] as unknown[][]);
    const r = okOf(appendLedgerRow(FORM));
    expect(r.row).toBe(5);
    expect(sheet._grid()[4][0]).toBe('新稿件');
    expect(sheet._grid()[0][0]).toBe('2024年度组工信息台账');
  });

  it('a ledger tab named otherwise (ledger): the row goes there, no empty 稿件台账 is made', () => {
    const sheet = fake.apps.spreadsheet._addSheet('ledger', ledgerGrid(ROWS) as unknown[][]);
    const r = okOf(appendLedgerRow(FORM));
    expect(r.message).toBe('已写入「ledger」表第 4 行');
    expect(sheet._grid()[3][0]).toBe('新稿件');
    expect(fake.apps.spreadsheet._sheet('稿件台账')).toBeUndefined();
    expect(okOf(listMyRows(5, '张三')).rows.map((x) => x.title)).toEqual(['新稿件', '甲']);
  });

  it('a header row gone: refused in Chinese naming the tab, nothing written', () => {
    const [, ...rows] = ledgerGrid(ROWS) as unknown[][];
    const sheet = fake.apps.spreadsheet._addSheet('稿件台账', rows);
    const r = appendLedgerRow(FORM) as Failure;
    expect(r.ok).toBe(false);
    expect(r.message).toBe(
      '“稿件台账”表前几行中找不到含“标题”和“单位”的表头行：请检查表头（可能被删除或排序到了数据中）后再录入',
    );
    expect(sheet._grid()).toHaveLength(2);
  });
});

describe('初始化台账 on an imported ledger', () => {
  it('a CSV imported as "ledger": that tab is completed, its units outside the preset join the 单位 table', () => {
    fake.apps.spreadsheet._addSheet('ledger', ledgerGrid(ROWS) as unknown[][]);
    const summary = runSetup();
    expect(fake.apps.spreadsheet._sheet('稿件台账')).toBeUndefined();
    expect(summary.notes).toContain('台账在「ledger」表中，已在该表补充，未另建「稿件台账」表。');
    expect(summary.notes).toContain(
      '「ledger」中有1个单位不在上街区预设中，已加入「单位」表：国资系统党工委（其他党工委，1人）；类型按名称推断、人数按作者数计，请核对。',
    );
    const units = fake.apps.spreadsheet
      ._sheet('单位')!
      ._grid()
      .map((r) => r[0]);
    expect(units).toContain('峡窝镇党委');
    expect(units).toContain('国资系统党工委');
    expect(units.filter((u) => u === '峡窝镇党委')).toHaveLength(1);
  });
});

describe('录入稿件 reads rule tables under near-miss names', () => {
  it('「单位 」(a trailing space) lists its units in the form', async () => {
    const { getEntryFormData } = await import('../../src/addon/main');
    fake.apps.spreadsheet._addSheet('单位 ', [
      ['单位', '类型'],
      ['甲镇党委', '乡镇街道'],
    ]);
    fake.apps.spreadsheet._addSheet('稿件台账', ledgerGrid(ROWS) as unknown[][]);
    expect(okOf(getEntryFormData()).units.map((u) => u.name)).toEqual(['甲镇党委']);
  });
});

describe('生成通报 on a ledger whose header row is gone', () => {
  it('says the tab is there but its header is not (it said there was no 稿件台账)', async () => {
    const { generateReport } = await import('../../src/addon/main');
    const [, ...rows] = ledgerGrid(ROWS) as unknown[][];
    fake.apps.spreadsheet._addSheet('稿件台账', rows);
    expect(generateReport('2024')).toMatchObject({
      ok: false,
      message:
        '「稿件台账」表前几行中找不到含「标题」和「单位」的表头行（表头可能被删除，或排序时被排进了数据中）：请在数据上方插入一行，填写表头（标题、作者、单位……）后重试',
    });
  });
});
