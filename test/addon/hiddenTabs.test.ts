// A ledger tab out of view is merged as 生成通报 merges any ledger tab, and said (audit s36 F5): one
// isSheetHidden call per ledger tab merged, none when the ledger is one tab.
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import type { Result } from '../../src/addon/sidebar/types';
import { useFakeApps } from '../fakes/useFakeApps';

const fake = useFakeApps({ owner: 'owner@example.org' });

function ok<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

const header = ['标题', '作者', '单位', '报送对象', '报送日期', '媒体', '采用方式', '录用日期', '字数'];
const row = (title: string, day: number) => [
  title,
  '潘平',
  '峡窝镇党委',
  '区委组织部',
  new Date(2024, 2, day),
  '郑州日报',
  '录用',
  new Date(2024, 2, day + 5),
  900,
];

describe('a hidden ledger tab', () => {
  it('is merged, and named with its rows', () => {
    runSetup();
    const ledger = fake.apps.spreadsheet._sheet('稿件台账')!;
    ledger.getRange(2, 1, 4, header.length).setValues([1, 2, 3, 4].map((d) => row(`峡窝镇信息${d}`, d)));
    const old = fake.apps.spreadsheet._addSheet('Sheet3', [
      header,
      row('峡窝镇旧稿', 9),
      row('峡窝镇旧稿二', 10),
    ]);
    const shown = ok(generateReport('2024'));
    old.hideSheet();
    const before = fake.apps.log.byMethod['Sheet.isSheetHidden'] ?? 0;
    const hidden = ok(generateReport('2024'));
    expect(fake.apps.log.byMethod['Sheet.isSheetHidden'] ?? 0).toBe(before + 2); // 稿件台账 and Sheet3
    expect(hidden.rows).toBe(shown.rows);
    expect(hidden.notices).toContain(
      '「Sheet3」表已隐藏，其中2行仍按台账合并读取；如这些稿件不应计分，请删除该表，或把表名改为“作废”',
    );
    expect(shown.notices.filter((n) => n.includes('已隐藏'))).toEqual([]);
  });

  it('is not asked about when the ledger is one tab', () => {
    runSetup();
    fake.apps.spreadsheet
      ._sheet('稿件台账')!
      .getRange(2, 1, 1, header.length)
      .setValues([row('峡窝镇信息', 3)]);
    ok(generateReport('2024'));
    expect(fake.apps.log.byMethod['Sheet.isSheetHidden'] ?? 0).toBe(0);
  });
});
