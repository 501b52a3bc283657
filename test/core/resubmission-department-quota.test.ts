// A 全部门 报送 quota judges its own re-submissions as a unit's does (review s29 #3): two units each send a piece
// to 区委组织部 in March and to 研究室 in April; a department-wide quota to 研究室 counts both in April, one to
// 区委组织部 and 市委组织部 (研究室 is part of the former) both in March only.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { ledgerGrid, type RowSpec } from '../helpers/ledger';
import { sent } from '../helpers/submissionReport';

const BASE = '每月向区委组织部报送';
const OTHER = '济源路街道党工委';

function run(rows: RowSpec[]) {
  const rules = presetRules('上街区');
  const base = rules.indicators.find((i) => i.name === BASE)!;
  rules.indicators.push(
    {
      ...base,
      name: '全部门向研究室报送',
      subject: { kind: 'department' },
      filter: { ...base.filter, recipients: ['研究室'] },
    },
    // Its recipients are no unit quota's list: it is dated on its own.
    {
      ...base,
      name: '全部门向区委组织部报送',
      subject: { kind: 'department' },
      filter: { ...base.filter, recipients: ['区委组织部', '市委组织部'] },
    },
  );
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const p = yearPeriod(2024);
  const rep = buildReport(scored, rules, p, p.to);
  const months = (name: string) =>
    (rep.department?.indicators.find((i) => i.name === name)?.buckets ?? []).slice(0, 5).map((b) => b.value);
  return { office: months('全部门向研究室报送'), dept: months('全部门向区委组织部报送') };
}

describe('全部门 报送 quota dated by its own recipients', () => {
  it('区委组织部 in March, 研究室 in April: 研究室 quota April, 区委组织部 quota March', () => {
    const got = run([
      sent('甲稿', '2024-03-05'),
      sent('甲稿', '2024-04-05', { 报送对象: '研究室' }),
      sent('乙稿', '2024-03-05', { 单位: OTHER }),
      sent('乙稿', '2024-04-05', { 单位: OTHER, 报送对象: '研究室' }),
    ]);
    expect(got).toEqual({ office: [0, 0, 0, 2, 0], dept: [0, 0, 2, 0, 0] });
  });

  it('研究室 in March, 区委组织部 in April: both quotas March only', () => {
    const got = run([
      sent('丙稿', '2024-03-05', { 报送对象: '研究室' }),
      sent('丙稿', '2024-04-05'),
      sent('丁稿', '2024-03-05', { 单位: OTHER, 报送对象: '研究室' }),
      sent('丁稿', '2024-04-05', { 单位: OTHER }),
    ]);
    expect(got).toEqual({ office: [0, 0, 2, 0, 0], dept: [0, 0, 2, 0, 0] });
  });
});

describe('a person 报送 quota dated by its own recipients', () => {
  it('研究室 in March (a unit quota counts it on its own), 区委组织部 in April: the person’s quota March only', () => {
    const rules = presetRules('上街区');
    const base = rules.indicators.find((i) => i.name === BASE)!;
    rules.indicators.push(
      { ...base, name: '镇向研究室报送', filter: { ...base.filter, recipients: ['研究室'] } },
      {
        ...base,
        name: '每人向区委组织部报送',
        subject: { kind: 'person', unitType: '' },
        filter: { ...base.filter, recipients: ['区委组织部', '市委组织部'] },
      },
    );
    const rows = [
      sent('戊稿', '2024-03-05', { 报送对象: '研究室', 作者: '王五' }),
      sent('戊稿', '2024-04-05', { 作者: '王五' }),
    ];
    const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
    const p = yearPeriod(2024);
    const person = buildReport(scored, rules, p, p.to).people[0];
    const ind = person.indicators.find((i) => i.name === '每人向区委组织部报送');
    expect((ind?.buckets ?? []).slice(0, 5).map((b) => b.value)).toEqual([0, 0, 1, 0, 0]);
  });
});
