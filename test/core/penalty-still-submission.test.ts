// What counts as a 报送 (S26a F5 ruling):
// - F5: 001 §三.11 deducts a 倒扣 piece's points; it does not take back its submission. A 倒扣 row stays a 报送
//   (报送 tasks, 附件1's 报送, 不得评先评优), never a 录用 (录用 tasks); a 不计分 row is neither (§三.10).
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { buildNotice } from '../../src/core/notice';
import { monthPeriod, yearPeriod } from '../../src/core/period';
import { adoption } from '../helpers/ledger';
import { months, OFFICE, run, sent, TOWN, unit } from '../helpers/submissionReport';

describe('F5: a 倒扣 row stays a 报送, never a 录用; a 不计分 row is neither', () => {
  const PENALTY = '核定倒扣：扣除本稿分值，仍计报送，不计录用任务';
  // The audit's e14.csv: P稿 sent, then its adoption 倒扣; Q稿's adoption row (sent 03-05) 倒扣.
  const e14 = [
    sent('P稿', '2024-03-01'),
    adoption({
      单位: TOWN,
      标题: 'P稿',
      报送对象: '区委组织部',
      报送日期: '2024-03-01',
      录用日期: '2024-03-10',
      核定: '倒扣',
    }),
    adoption({
      单位: TOWN,
      标题: 'Q稿',
      报送对象: '区委组织部',
      报送日期: '2024-03-05',
      录用日期: '2024-03-10',
      核定: '倒扣',
    }),
  ];

  it('Q稿, sent in March and 倒扣, is March’s second submission: the month is met, the points deducted', () => {
    const { rep, issues, checks } = run(e14, yearPeriod(2024));
    expect(months(rep, TOWN, '每月向区委组织部报送', 3)).toEqual([0, 0, 2]);
    const u = unit(rep, TOWN);
    expect(u.submissions).toBe(2);
    expect(u.adoptions).toBe(0);
    expect(u.points).toBe(-10);
    // The verdict line is a remark: the office decided the row, so it is not one of 待核实.
    expect(checks).toEqual(['', PENALTY, PENALTY]);
    expect(issues).toEqual([[], [], []]);
  });

  it('附件1 of the 通报 shows the 2 submissions', () => {
    const { rep, rules } = run(e14, monthPeriod(2024, 3));
    const doc = buildNotice(rep, rules.settings, { issuedOn: dayFromYmd(2024, 4, 9) });
    const table = doc.attachments[0];
    const col = table.header.indexOf('报送');
    expect(col).toBeGreaterThan(0);
    const row = table.groups.flatMap((g) => g.rows).find((r) => r[0] === TOWN || r[1] === TOWN);
    expect(row?.[col]).toBe(2);
  });

  it('an office’s 倒扣 省级 adoption counts toward 每月向市委组织部报送, not 全年被省委组织部录用; 不计分 toward neither', () => {
    const office = (title: string, verdict: string) =>
      adoption({
        单位: OFFICE,
        标题: title,
        报送对象: '市委组织部',
        报送日期: '2024-01-08',
        媒体: '河南组工信息',
        录用日期: '2024-01-20',
        核定: verdict,
      });
    const { rep, checks } = run(
      [office('甲', ''), office('乙', '倒扣'), office('丙', '不计分')],
      yearPeriod(2024),
    );
    expect(months(rep, OFFICE, '每月向市委组织部报送', 1)).toEqual([2]);
    const adopted = unit(rep, OFFICE).indicators.find((i) => i.metric === '录用');
    expect(adopted?.value).toBe(1);
    expect(checks[1]).toBe(PENALTY);
    expect(checks[2]).toBe('');
  });

  it('a 倒扣 adoption row of a piece never sent says no 仍计报送', () => {
    const { checks } = run([adoption({ 单位: TOWN, 标题: '庚', 核定: '倒扣' })], yearPeriod(2024));
    expect(checks).toEqual(['核定倒扣：扣除本稿分值，不计录用任务']);
  });
});
