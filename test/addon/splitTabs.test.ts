// A ledger kept in several tabs (sweep s12 #9): each 待核实 row in the sidebar carries its tab, and the
// click selects that tab's row, not the same row number on 稿件台账 (another manuscript).
import { describe, expect, it } from 'vitest';
import { generateReport, selectLedgerRow } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import type { Result } from '../../src/addon/sidebar/types';
import { useFakeApps } from '../fakes/useFakeApps';
import { adoption, ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org' });

function ok<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('待核实 rows of a ledger in two tabs', () => {
  it('name their tab, and the click opens that tab at that row', () => {
    runSetup();
    const main = fake.apps.spreadsheet._sheet('稿件台账')!;
    ledgerGrid([adoption({ 标题: '下半年稿', 录用日期: '2024-09-05', 报送日期: '2024-09-01' })])
      .slice(1)
      .forEach((row) => {
        row.forEach((v, c) => {
          if (v !== '') main._cell(2, c + 1, true)!.v = v as never;
        });
      });
    fake.apps.spreadsheet._addSheet(
      '2024上半年',
      ledgerGrid([
        adoption({ 标题: '上半年有问题的稿', 媒体: '不存在的报纸', 录用日期: '2024-03-05' }),
      ]) as unknown[][],
    );
    const r = ok(generateReport('2024'));
    const issue = r.issues.find((i) => i.title === '上半年有问题的稿')!;
    expect(issue).toMatchObject({ row: 2, tab: '2024上半年' });
    const sel = ok(selectLedgerRow(issue.row, issue.tab));
    expect(sel).toEqual({ ok: true, row: 2, tab: '2024上半年' });
    expect(fake.apps.spreadsheet.getActiveSheet()?.getName()).toBe('2024上半年');
  });
});
