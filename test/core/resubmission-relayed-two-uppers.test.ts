// A relayed piece sent on to a second upper department (001 §三.9: 对口处室协助向中组部、省委组织部、市委组织部报送的
// 信息稿件 … 计报送条数 — a piece is one 条): 干部科 relays 峡窝镇党委's piece to 市委组织部 in March and to 省委组织部
// in May. The office's submission is the piece, once a year, dated by its first relay (March): the May 通报 no
// longer counts it again (the year counted it once), and May's 校验 says that relay counts no more. A quota to
// 省委组织部 still has it in May, its first submission there (re-submission per quota's recipient).
import { describe, expect, it } from 'vitest';
import { monthPeriod, yearPeriod } from '../../src/core/period';
import { months, OFFICE, run, sent, TOWN, unit } from '../helpers/submissionReport';

const OFFICE_QUOTA = '每月向市委组织部报送';
const relayed = (title: string, day: string, to: string) =>
  sent(title, day, { 对口处室: OFFICE, 报送对象: to });

describe('a piece relayed to two upper departments is one submission of the office a year', () => {
  const rows = [relayed('甲稿', '2024-03-04', '市委组织部'), relayed('甲稿', '2024-05-06', '省委组织部')];

  it('the months add up to the year: March 1, May 0, year 1', () => {
    const perMonth = [3, 4, 5].map((m) => unit(run(rows, monthPeriod(2024, m)).rep, OFFICE).submissions);
    expect(perMonth).toEqual([1, 0, 0]);
    expect(unit(run(rows, yearPeriod(2024)).rep, OFFICE).submissions).toBe(1);
    expect(unit(run(rows, monthPeriod(2024, 5)).rep, TOWN).submissions).toBe(0);
  });

  it('May’s 校验 says neither the unit’s nor the office’s submission counts again', () => {
    const { rep, issues } = run(rows, yearPeriod(2024));
    expect(months(rep, OFFICE, OFFICE_QUOTA, 5)).toEqual([0, 0, 1, 0, 0]);
    expect(issues[1]).toEqual([
      '重复报送：与第2行为同一稿件，已于2024年3月4日报送区委组织部，干部科同日转报市委组织部，本行转报省委组织部不再计报送',
    ]);
  });

  it('sent directly in January, relayed to 市委 in March and to 省委 in May: the office’s March only', () => {
    const three = [sent('乙稿', '2024-01-05'), ...rows.map((r) => ({ ...r, 标题: '乙稿' }))];
    const perMonth = [3, 5].map((m) => unit(run(three, monthPeriod(2024, m)).rep, OFFICE).submissions);
    expect(perMonth).toEqual([1, 0]);
    expect(run(three, yearPeriod(2024)).issues[2]).toEqual([
      '重复报送：与第2行为同一稿件，已于2024年1月5日报送区委组织部，干部科已于2024年3月4日（第3行）转报市委组织部，本行转报省委组织部不再计报送',
    ]);
  });

  // 条数 (the 报送 column) against 任务 (the quota): the two halves agree (review s29 #4b).
  it('a quota to 省委组织部 counts the May relay, its first there, and 校验 says so', () => {
    const { rules } = run([], yearPeriod(2024));
    const base = rules.indicators.find((i) => i.name === OFFICE_QUOTA)!;
    const extra = {
      ...base,
      name: '每月向省委组织部报送',
      filter: { ...base.filter, recipients: ['省委组织部'] },
    };
    const got = runWith(rows, extra);
    expect(got.city).toEqual([0, 0, 1, 0, 0]);
    expect(got.province).toEqual([0, 0, 0, 0, 1]);
    expect(got.issues[1]).toEqual([
      '重复报送：与第2行为同一稿件，已于2024年3月4日报送区委组织部，干部科同日转报市委组织部，本行转报省委组织部不再计报送条数（仍计入干部科向省委组织部报送任务）',
    ]);
  });
});

import { parseLedger } from '../../src/core/ledger';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Indicator } from '../../src/core/types';
import { ledgerGrid, type RowSpec } from '../helpers/ledger';

function runWith(rows: RowSpec[], extra: Indicator) {
  const rules = presetRules('上街区');
  rules.indicators.push(extra);
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const p = yearPeriod(2024);
  const rep = buildReport(scored, rules, p, p.to);
  return {
    city: months(rep, OFFICE, OFFICE_QUOTA, 5),
    province: months(rep, OFFICE, '每月向省委组织部报送', 5),
    issues: scored.rows.map((r) => r.issues),
  };
}
