// The sheet's computed columns (ZG_LEDGER with '2025年'!A1:V after TODAY(), as 初始化台账 writes it) on a piece
// sent in the 2025年 tab and sent again on 稿件台账 the next year: 计任务 0, as the command line gives it, and
// 校验 says why (audit: it was empty), naming the other tab as the formula can (「其他台账表」).
import { describe, expect, it } from 'vitest';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { submission } from '../helpers/ledger';
import { sheetColumns } from '../helpers/twoLedgerTabs';

const fake = useFakeApps({ owner: 'owner@example.org' });

fixClock();

const sent = (标题: string, 报送日期: string) =>
  submission({ 单位: '峡窝镇党委', 标题, 报送对象: '区委组织部', 报送日期 });

describe('a piece of the 2025年 tab sent again on 稿件台账 in 2026', () => {
  it('shows 计任务 0 and names the earlier row in 校验', () => {
    const rows = sheetColumns(
      fake.apps.spreadsheet,
      [sent('新稿', '2026-03-02'), sent('甲稿', '2026-03-04')],
      [sent('乙稿', '2025-11-05'), sent('甲稿', '2025-11-06')],
    );
    expect(rows).toEqual([
      [0, 1, ''],
      [
        0,
        0,
        '重复报送：与「其他台账表」第3行为同一稿件，已于2025年报送并计任务，本行不再计任务（2026年报送照计）',
      ],
    ]);
  });
});
