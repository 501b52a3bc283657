// What counts as a 报送 (S26a F3 ruling):
// - F3: the same piece sent again to the same recipient in the same year is one 报送: it counts in the month (and
//   every window) of its first 报送 to that recipient that year, and each later row says 重复报送 in 校验, naming
//   the first row. Sent to another recipient it counts for that recipient's tasks; sent again next year, there.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { monthPeriod, quarterPeriod, yearPeriod } from '../../src/core/period';
import { withOtherLedgerTabs } from '../../src/sheets/ledgerTabs';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';
import { months, OFFICE, run, sent, TOWN, unit } from '../helpers/submissionReport';

describe('F3: a piece sent again to the same recipient in the same year is one 报送', () => {
  // 甲 and 乙 re-sent every month (the audit's F3.csv, first quarter): with 丙 three pieces in the quarter.
  const rows = [
    sent('甲稿', '2024-01-05'),
    sent('乙稿', '2024-01-06'),
    sent('甲稿', '2024-02-05'),
    sent('乙稿', '2024-02-06'),
    sent('丙稿', '2024-02-10'),
    sent('甲稿', '2024-03-05'),
    sent('乙稿', '2024-03-06'),
  ];

  it('counts in the month of its first 报送 only: February and March miss the quota, the unit is barred', () => {
    const { rep } = run(rows, quarterPeriod(2024, 1));
    expect(months(rep, TOWN, '每月向区委组织部报送', 3)).toEqual([2, 1, 0]);
    expect(unit(rep, TOWN).submissions).toBe(3);
    expect(unit(rep, TOWN).barred).toBe(true);
    expect(rep.months.slice(0, 3).map((m) => m.submissions)).toEqual([2, 1, 0]);
  });

  it('a month’s report counts no re-sent piece: February has 丙 alone, March nothing', () => {
    expect(unit(run(rows, monthPeriod(2024, 2)).rep, TOWN).submissions).toBe(1);
    expect(unit(run(rows, monthPeriod(2024, 3)).rep, TOWN).submissions).toBe(0);
  });

  it('each later row says so in 校验, naming the first row (sheet row) and its day', () => {
    const { issues } = run(rows, yearPeriod(2024));
    expect(issues).toEqual([
      [],
      [],
      ['重复报送：与第2行为同一稿件，已于2024年1月5日报送区委组织部，不再计报送'],
      ['重复报送：与第3行为同一稿件，已于2024年1月6日报送区委组织部，不再计报送'],
      [],
      ['重复报送：与第2行为同一稿件，已于2024年1月5日报送区委组织部，不再计报送'],
      ['重复报送：与第3行为同一稿件，已于2024年1月6日报送区委组织部，不再计报送'],
    ]);
  });

  it('an adoption row sent again later is the same piece: it scores, its 报送 stays in the first month', () => {
    const again = [
      sent('丁稿', '2024-03-01'),
      adoption({
        单位: TOWN,
        标题: '丁稿',
        报送对象: '区委组织部',
        报送日期: '2024-04-02',
        录用日期: '2024-04-10',
      }),
    ];
    const { rep, issues } = run(again, yearPeriod(2024));
    expect(months(rep, TOWN, '每月向区委组织部报送', 4)).toEqual([0, 0, 1, 0]);
    expect(unit(rep, TOWN).points).toBe(5);
    expect(issues[1]).toEqual(['重复报送：与第2行为同一稿件，已于2024年3月1日报送区委组织部，不再计报送']);
  });

  it('the first row is the earliest 报送日期, whatever the row order', () => {
    const { rep, issues } = run([sent('甲稿', '2024-02-05'), sent('甲稿', '2024-01-05')], yearPeriod(2024));
    expect(months(rep, TOWN, '每月向区委组织部报送', 2)).toEqual([1, 0]);
    expect(issues[0]).toEqual(['重复报送：与第3行为同一稿件，已于2024年1月5日报送区委组织部，不再计报送']);
  });

  it('the same day (a 报送 row and its adoption repeating the 报送日期) is one submission, nothing said', () => {
    const same = [
      sent('戊稿', '2024-03-01'),
      adoption({
        单位: TOWN,
        标题: '戊稿',
        报送对象: '区委组织部',
        报送日期: '2024-03-01',
        录用日期: '2024-03-20',
      }),
    ];
    const { rep, issues } = run(same, yearPeriod(2024));
    expect(months(rep, TOWN, '每月向区委组织部报送', 3)).toEqual([0, 0, 1]);
    expect(issues).toEqual([[], []]);
  });

  it('the first row on another ledger tab is named with its tab, as a duplicate copy’s kept row is', () => {
    const here = ledgerGrid([sent('辛稿', '2024-06-03')]);
    const other = ledgerGrid([sent('壬稿', '2024-01-02'), sent('辛稿', '2024-02-01')]);
    const joined = withOtherLedgerTabs({ tab: '稿件台账', grid: here }, [{ tab: '上半年', grid: other }]);
    if (!joined) throw new Error('not joined');
    const a = assess({ ledger: joined.grid, ledgerOptions: { sources: joined.sources } });
    const at = a.parsed.rows.findIndex((r) => r.tab === '稿件台账' && r.row === 2);
    expect(a.scored.rows[at].issues).toEqual([
      '重复报送：与「上半年」第3行为同一稿件，已于2024年2月1日报送区委组织部，不再计报送',
    ]);
  });

  it('sent to another recipient it counts for that recipient’s task', () => {
    const rows2 = [
      submission({ 单位: OFFICE, 标题: '己稿', 报送对象: '区委组织部', 报送日期: '2024-01-10' }),
      submission({ 单位: OFFICE, 标题: '己稿', 报送对象: '市委组织部', 报送日期: '2024-02-03' }),
    ];
    const { rep, issues } = run(rows2, yearPeriod(2024));
    expect(months(rep, OFFICE, '每月向市委组织部报送', 3)).toEqual([0, 1, 0]);
    expect(issues[1]).toEqual([]);
  });

  it('sent again the next year it counts in that year', () => {
    const rows3 = [sent('庚稿', '2023-12-20'), sent('庚稿', '2024-01-08')];
    const { rep, issues } = run(rows3, yearPeriod(2024));
    expect(months(rep, TOWN, '每月向区委组织部报送', 1)).toEqual([1]);
    expect(issues).toEqual([[], []]);
  });
});
