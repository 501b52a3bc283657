// 重复报送 judged per quota's recipient (resubmissions.ts): a 峡窝镇党委 with 每月向区委组织部报送 and 每月向研究室报送 (an
// office of the own department the second quota counts on its own) sends a piece to 区委组织部 in March and to 研究室
// in April. Toward 区委组织部 (研究室 is part of it) the piece was sent in March: once, and April's row says 重复报送 for
// that quota; toward 研究室 April is its first submission: it counts in April.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { ledgerGrid, type RowSpec } from '../helpers/ledger';
import { months, sent, TOWN } from '../helpers/submissionReport';

const DEPT_QUOTA = '每月向区委组织部报送';
const OFFICE_QUOTA = '每月向研究室报送';

function run(rows: RowSpec[]) {
  const rules = presetRules('上街区');
  const base = rules.indicators.find((i) => i.name === DEPT_QUOTA)!;
  rules.indicators.push({ ...base, name: OFFICE_QUOTA, filter: { ...base.filter, recipients: ['研究室'] } });
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const p = yearPeriod(2024);
  const rep = buildReport(scored, rules, p, p.to);
  return {
    dept: months(rep, TOWN, DEPT_QUOTA, 5),
    office: months(rep, TOWN, OFFICE_QUOTA, 5),
    issues: scored.rows.map((r) => r.issues),
  };
}

/** A piece sent to 区委组织部 on 2024-03-20, to 研究室 on `toOffice`, and to 区委组织部研究室 on 2024-05-08. */
const againInMay = (title: string, toOffice: string) =>
  run([
    sent(title, '2024-03-20'),
    sent(title, toOffice, { 报送对象: '研究室' }),
    sent(title, '2024-05-08', { 报送对象: '区委组织部研究室' }),
  ]);

describe('re-submission per quota recipient', () => {
  it('区委组织部 in March, 研究室 in April: 区委组织部 once (March), 研究室 in April, and April says so', () => {
    const got = run([sent('甲稿', '2024-03-20'), sent('甲稿', '2024-04-10', { 报送对象: '研究室' })]);
    expect(got.dept).toEqual([0, 0, 1, 0, 0]);
    expect(got.office).toEqual([0, 0, 0, 1, 0]);
    expect(got.issues).toEqual([
      [],
      [
        '重复报送：与第2行为同一稿件，已于2024年3月20日报送区委组织部，不再计入向区委组织部报送任务（仍计入向研究室报送任务）',
      ],
    ]);
  });

  it('研究室 in March, 区委组织部 in April: both quotas have it in March only', () => {
    const got = run([sent('乙稿', '2024-03-20', { 报送对象: '研究室' }), sent('乙稿', '2024-04-10')]);
    expect(got.dept).toEqual([0, 0, 1, 0, 0]);
    expect(got.office).toEqual([0, 0, 1, 0, 0]);
    expect(got.issues[1]).toEqual([
      // 区委组织部 is another recipient than 研究室 for the unit's 报送 (a quota counts 研究室 on its own).
      '重复报送：与第2行为同一稿件，已于2024年3月20日报送区委组织部研究室，不再计入向区委组织部报送任务',
    ]);
  });

  it('区委组织部 in March, 研究室 in April and again in May: 区委组织部 March, 研究室 April', () => {
    const got = againInMay('丙稿', '2024-04-10');
    expect(got.dept).toEqual([0, 0, 1, 0, 0]);
    expect(got.office).toEqual([0, 0, 0, 1, 0]);
    // Counted by neither quota: both rows that did are named, March (区委组织部) and April (研究室) (review s29 #4a).
    expect(got.issues[2]).toEqual([
      '重复报送：与第2行、第3行为同一稿件，已于2024年3月20日报送区委组织部、2024年4月10日报送区委组织部研究室，不再计报送',
    ]);
  });
});

describe('rows of one day named once', () => {
  it('区委组织部 and 研究室 on one day, then 研究室 again: the day is said once, with both recipients', () => {
    const got = againInMay('丁稿', '2024-03-20');
    expect(got.dept).toEqual([0, 0, 1, 0, 0]);
    expect(got.office).toEqual([0, 0, 1, 0, 0]);
    expect(got.issues[2]).toEqual([
      '重复报送：与第2行、第3行为同一稿件，已于2024年3月20日报送区委组织部和区委组织部研究室，不再计报送',
    ]);
  });
});

describe('a relayed row a quota no longer counts says so (it was silent)', () => {
  it('研究室 in March, relayed by 干部科 to 市委组织部 in April: 区委组织部 had it in March, and April says so', () => {
    const got = run([
      sent('戊稿', '2024-03-20', { 报送对象: '研究室' }),
      sent('戊稿', '2024-04-10', { 对口处室: '干部科', 报送对象: '市委组织部' }),
    ]);
    expect(got.dept).toEqual([0, 0, 1, 0, 0]);
    expect(got.office).toEqual([0, 0, 1, 0, 0]);
    expect(got.issues[1]).toEqual([
      '重复报送：与第2行为同一稿件，已于2024年3月20日报送区委组织部研究室，不再计入向区委组织部报送任务（干部科转报市委组织部仍计报送）',
    ]);
  });
});
