// 重复报送 (resubmissions.ts) judged by the recipient the quotas read, not by the text typed: the own department
// and an office of it (研究室, 区委组织部研究室, 组织部, spaces or brackets typed in) are one recipient, so a piece
// sent to 区委组织部 and again to its 研究室 counts once toward 每月向区委组织部报送 (001 §五.1).
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { ledgerGrid, submission } from '../helpers/ledger';
import { months, run, sent, TOWN } from '../helpers/submissionReport';

const QUOTA = '每月向区委组织部报送';

describe('a piece re-sent to the own department under another name is one 报送', () => {
  const again = [
    '研究室',
    '区委组织部研究室',
    '组织部',
    '区委 组织部',
    '区委组织部（研究室）',
    '上街区委组织部　',
  ];
  for (const to of again) {
    it(`区委组织部 in January, then “${to}” in March: January only, and 校验 says so`, () => {
      const { rep, issues } = run(
        [sent('甲稿', '2024-01-05'), sent('甲稿', '2024-03-04', { 报送对象: to })],
        yearPeriod(2024),
      );
      expect(months(rep, TOWN, QUOTA, 3)).toEqual([1, 0, 0]);
      expect(issues[1]).toEqual(['重复报送：与第2行为同一稿件，已于2024年1月5日报送区委组织部，不再计报送']);
    });
  }

  it('研究室 first, then 区委组织部: the first row’s recipient is named', () => {
    const { rep, issues } = run(
      [sent('乙稿', '2024-02-01', { 报送对象: '研究室' }), sent('乙稿', '2024-04-02')],
      yearPeriod(2024),
    );
    expect(months(rep, TOWN, QUOTA, 4)).toEqual([0, 1, 0, 0]);
    expect(issues[1]).toEqual([
      '重复报送：与第2行为同一稿件，已于2024年2月1日报送区委组织部研究室，不再计报送',
    ]);
  });

  it('a spaced or bare 组织部 counts toward the quota as 区委组织部 does', () => {
    const { rep, issues } = run(
      [
        sent('丙稿', '2024-01-05', { 报送对象: '区委 组织部' }),
        sent('丁稿', '2024-01-09', { 报送对象: '组织部' }),
      ],
      yearPeriod(2024),
    );
    expect(months(rep, TOWN, QUOTA, 1)).toEqual([2]);
    expect(issues).toEqual([[], []]);
  });

  it('an upper department, or another body’s 研究室, is still another recipient', () => {
    const { issues } = run(
      [
        sent('戊稿', '2024-01-05'),
        sent('戊稿', '2024-02-05', { 报送对象: '市委组织部' }),
        sent('戊稿', '2024-03-05', { 报送对象: '区委研究室' }),
      ],
      yearPeriod(2024),
    );
    expect(issues.flat().filter((x) => x.startsWith('重复报送'))).toEqual([]);
  });
});

describe('an office a quota counts on its own is not its department (类别 preset: 每月向研究室报送)', () => {
  function 类别(rows: ReturnType<typeof submission>[]) {
    const rules = presetRules('类别');
    rules.units = [{ ...rules.units[0], name: '峡窝镇党委', type: '乡镇街道' }];
    const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
    const p = yearPeriod(2024);
    const ind = buildReport(scored, rules, p, p.to)
      .units.find((u) => u.unit === '峡窝镇党委')
      ?.indicators.find((i) => i.name === '每月向研究室报送');
    return {
      months: (ind?.buckets ?? []).slice(0, 5).map((b) => b.value),
      issues: scored.rows.map((r) => r.issues.filter((x) => x.startsWith('重复报送'))),
    };
  }

  it('区委组织部 in March, then 研究室 in April: the 研究室 quota has it in April, no 重复报送', () => {
    const got = 类别([
      submission({ 标题: '甲稿', 单位: '峡窝镇党委', 报送对象: '区委组织部', 报送日期: '2024-03-20' }),
      submission({ 标题: '甲稿', 单位: '峡窝镇党委', 报送对象: '研究室', 报送日期: '2024-04-10' }),
    ]);
    expect(got.months).toEqual([0, 0, 0, 1, 0]);
    expect(got.issues).toEqual([[], []]);
  });

  it('研究室 twice: once, in the first month, and the second row says so', () => {
    const got = 类别([
      submission({ 标题: '乙稿', 单位: '峡窝镇党委', 报送对象: '研究室', 报送日期: '2024-02-01' }),
      submission({ 标题: '乙稿', 单位: '峡窝镇党委', 报送对象: '区委组织部研究室', 报送日期: '2024-04-10' }),
    ]);
    expect(got.months).toEqual([0, 1, 0, 0, 0]);
    expect(got.issues[1]).toHaveLength(1);
  });
});
