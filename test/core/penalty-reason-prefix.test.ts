// 核定倒扣 said once (sweep s28a A3): a 倒扣 row whose 核定 gives a reason already has 校验 start with
// 核定倒扣：<reason>; the verdict's own line follows without saying 核定倒扣 again, whatever the reason's wording.
import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../../src/core/period';
import { adoption } from '../helpers/ledger';
import { run, sent, TOWN } from '../helpers/submissionReport';

const check = (verdict: string) =>
  run(
    [adoption({ 单位: TOWN, 标题: '庚', 报送对象: '区委组织部', 报送日期: '2024-03-01', 核定: verdict })],
    yearPeriod(2024),
  ).checks[0];

describe('a 倒扣 row with a reason says 核定倒扣 once', () => {
  it.each([
    '倒扣（抄袭）',
    '倒扣(抄袭)',
    '倒扣：抄袭',
    '倒扣:抄袭',
    '倒扣（核定倒扣：抄袭）',
    '倒扣（核定倒扣:抄袭）',
    '倒扣：核定倒扣 抄袭',
    '核定倒扣：抄袭',
    '核定倒扣(抄袭)',
    '扣分（倒扣：抄袭）',
  ])('核定 %s', (verdict) => {
    expect(check(verdict)).toBe('核定倒扣：抄袭；扣除本稿分值，仍计报送，不计录用任务');
  });

  it('no reason: the verdict line as before; a 不计分 reason once too', () => {
    expect(check('倒扣')).toBe('核定倒扣：扣除本稿分值，仍计报送，不计录用任务');
    expect(check('不计分（核定不计分：非组织工作范畴）')).toBe('核定不计分：非组织工作范畴');
    expect(check('核定不计分：非组织工作范畴')).toBe('核定不计分：非组织工作范畴');
  });

  it('a re-sent 倒扣 piece with a reason: 重复报送 first, then 核定倒扣 once', () => {
    const { checks } = run(
      [
        sent('庚', '2024-03-01'),
        adoption({
          单位: TOWN,
          标题: '庚',
          报送对象: '区委组织部',
          报送日期: '2024-04-02',
          录用日期: '2024-04-20',
          核定: '倒扣（抄袭）',
        }),
      ],
      yearPeriod(2024),
    );
    expect(checks[1]).toBe(
      '重复报送：与第2行为同一稿件，已于2024年3月1日报送区委组织部，不再计报送；核定倒扣：抄袭；扣除本稿分值，不计录用任务',
    );
  });
});
