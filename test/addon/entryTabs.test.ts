// 录入稿件 scores the row as the sheet's columns and the 通报 do (sweep S16a F1, F2, F6): after the same
// piece's rows on the other ledger tabs (one per year), with today's date check; the append's warnings
// carry what the row's 校验 will say.
import { describe, expect, it } from 'vitest';
import { appendLedgerRow, listMyRows, previewRow } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import type { Result } from '../../src/addon/sidebar/types';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { adoption, ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org' });

fixClock();

function ok<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

const piece = { 标题: '党建引领基层治理', 作者: '张三', 单位: '峡窝镇党委', 领导批示: '市' };
const form = { ...piece, 报送日期: '2026-01-05', 媒体: '河南日报', 采用方式: '录用', 录用日期: '2026-01-10' };

describe('录入稿件 with last year on a tab of its own', () => {
  it('the preview and the append give the 通报’s 10 points (the bonus was last year’s), not 20', () => {
    runSetup();
    expect(ok(previewRow(form)).points).toBe(20);
    fake.apps.spreadsheet._addSheet(
      '2025年',
      ledgerGrid([
        adoption({ ...piece, 报送日期: '2025-11-01', 媒体: '郑州日报', 录用日期: '2025-11-20' }),
      ]) as unknown[][],
    );
    const preview = ok(previewRow(form));
    expect([preview.points, preview.why]).toEqual([10, '省级录用 10 = 10']);
    const appended = ok(appendLedgerRow(form));
    expect(appended.points).toBe(10);
  });
});

describe('录入稿件 with a date more than a month after today', () => {
  it('previews 0 points with the 校验 text, as the sheet and the 通报 give', () => {
    runSetup();
    const preview = ok(previewRow({ ...form, 报送日期: '2027-01-05', 录用日期: '2027-01-15' }));
    expect(preview.points).toBe(0);
    expect(preview.issues.join()).toContain('录用日期 2027-01-15 晚于今天一个多月');
  });
});

describe('appendLedgerRow’s warnings', () => {
  it('carry the row’s 校验 text (a 报送 row without 报送对象)', () => {
    runSetup();
    const r = ok(
      appendLedgerRow({
        标题: '报送的信息',
        作者: '李四',
        单位: '峡窝镇党委',
        采用方式: '报送',
        报送日期: '2026-03-01',
      }),
    );
    expect(r.warnings).toContain('校验：未填报送对象，不计入向区委组织部报送任务');
  });
});

describe('我的记录 scores the rows as the sheet’s columns and the 通报 do', () => {
  it('after last year’s tab (10 points, not 20) and with today’s date check (0 for a 2027 date)', () => {
    runSetup();
    fake.apps.spreadsheet._addSheet(
      '2025年',
      ledgerGrid([
        adoption({ ...piece, 报送日期: '2025-11-01', 媒体: '郑州日报', 录用日期: '2025-11-20' }),
      ]) as unknown[][],
    );
    ok(appendLedgerRow(form));
    ok(appendLedgerRow({ ...form, 标题: '另一篇', 报送日期: '2027-01-05', 录用日期: '2027-01-15' }));
    const mine = ok(listMyRows(20, '张三'));
    // This tab's rows only, newest first: last year's row is not listed.
    expect(mine.rows.map((r) => [r.row, r.title, r.points])).toEqual([
      [3, '另一篇', 0],
      [2, '党建引领基层治理', 10],
    ]);
    expect(mine.rows[0].issues.join()).toContain('晚于今天一个多月');
  });
});
