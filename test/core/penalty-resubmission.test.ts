// A 倒扣 row that is also a re-sent piece (sweep s28a A2). 001 §三.11 倒扣相应分值 deducts the piece's points and
// does not take back its submission (S26a F5); 001 §五.1 counts a piece sent again to the same recipient in the
// same year once, in the month it was first sent (S26a F3). So the 倒扣 row adds no 报送 of its own: its piece
// counted when first sent. 校验 says that once, not 仍计报送 beside 不再计报送.
import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../../src/core/period';
import { adoption } from '../helpers/ledger';
import { months, run, sent, TOWN, unit } from '../helpers/submissionReport';

const resentPenalty = (day: string, more: Record<string, string> = {}) =>
  adoption({
    单位: TOWN,
    标题: 'P稿',
    报送对象: '区委组织部',
    报送日期: day,
    录用日期: '2024-04-20',
    核定: '倒扣',
    ...more,
  });

describe('a 倒扣 row re-sending a piece already sent to the same recipient', () => {
  it('counts the piece’s one 报送 in March, none in April, and says so once', () => {
    const { rep, checks, issues } = run(
      [sent('P稿', '2024-03-01'), resentPenalty('2024-04-02')],
      yearPeriod(2024),
    );
    expect(months(rep, TOWN, '每月向区委组织部报送', 4)).toEqual([0, 0, 1, 0]);
    expect(unit(rep, TOWN).submissions).toBe(1);
    expect(unit(rep, TOWN).adoptions).toBe(0);
    expect(checks[0]).toBe('');
    expect(checks[1]).toBe(
      '重复报送：与第2行为同一稿件，已于2024年3月1日报送区委组织部，不再计报送；核定倒扣：扣除本稿分值，不计录用任务',
    );
    expect(checks[1].match(/计报送/g)).toHaveLength(1);
    expect(issues[1]).toHaveLength(1);
  });

  it('the first sending 倒扣, the re-sent row not: the 倒扣 row still says 仍计报送', () => {
    const { rep, checks } = run(
      [resentPenalty('2024-03-01', { 标题: 'Q稿' }), sent('Q稿', '2024-04-02')],
      yearPeriod(2024),
    );
    expect(months(rep, TOWN, '每月向区委组织部报送', 4)).toEqual([0, 0, 1, 0]);
    expect(checks[0]).toBe('核定倒扣：扣除本稿分值，仍计报送，不计录用任务');
    expect(checks[1]).toBe('重复报送：与第2行为同一稿件，已于2024年3月1日报送区委组织部，不再计报送');
  });
});
