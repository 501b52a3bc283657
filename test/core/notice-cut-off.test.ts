// A 通报 made before its period ends (--as-of inside it, or the add-on's today) counts its rows up to that day,
// and says so where the reader looks (audit S25e F1): the opening (数据截至2024年8月20日), 一、总体情况
// (2024年第三季度，截至8月20日，…) and 附件1's note on 累计积分 (2024年1月1日至8月20日, not 本期末). A period
// already over reads as before. One text source: the add-on's tab, the .xlsx and the .docx render this doc.
import { describe, expect, it } from 'vitest';
import { dayFromYmd as d } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { buildNotice, countedTo } from '../../src/core/notice';
import { monthPeriod, quarterPeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Day, Period } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

const LEDGER = ['2024-02-10', '2024-07-15', '2024-08-10', '2024-09-10'].map((day, k) =>
  adoption({ 标题: `稿${k}`, 媒体: '河南日报', 录用日期: day }),
);

function notice(period: Period, asOf: Day) {
  const rules = presetRules('上街区');
  const scored = scoreLedger(parseLedger(ledgerGrid(LEDGER)), rules);
  const report = buildReport(scored, rules, period, asOf);
  const doc = buildNotice(report, rules.settings, { issuedOn: asOf });
  const overall = doc.body.find((b) => b.text.startsWith(`${period.label}，`))?.text ?? '';
  const note = doc.attachments[0].notes.find((n) => n.includes('累计积分为')) ?? '';
  return { report, doc, overall, note };
}

describe('a 通报 made before its period ends says where its figures stop', () => {
  it('a quarter as of 8月20日: opening, 总体情况 and 附件1 name the day', () => {
    const n = notice(quarterPeriod(2024, 3), d(2024, 8, 20));
    expect(n.doc.opening).toBe(
      '根据《上街区组工信息宣传工作考核办法》，现将2024年第三季度（数据截至2024年8月20日）各单位组工信息宣传工作情况通报如下。',
    );
    // Two of the quarter's pieces are on or before 8月20日; the September piece is not counted.
    expect(n.overall).toMatch(/^2024年第三季度，截至8月20日，各单位未报送组工信息，被各级媒体录用2篇/);
    expect(n.note).toContain('累计积分为2024年1月1日至8月20日。');
    expect(n.note).not.toContain('本期末');
  });

  it('a year as of 5月15日 and a month as of its 10th alike', () => {
    const y = notice(yearPeriod(2024), d(2024, 5, 15));
    expect(y.doc.opening).toContain('现将2024年（数据截至2024年5月15日）各单位');
    expect(y.overall.startsWith('2024年，截至5月15日，')).toBe(true);
    expect(y.note).toContain('累计积分为2024年1月1日至5月15日。');
    const m = notice(monthPeriod(2024, 8), d(2024, 8, 10));
    expect(m.doc.opening).toContain('现将2024年8月（数据截至2024年8月10日）各单位');
    expect(m.overall.startsWith('2024年8月，截至8月10日，')).toBe(true);
    expect(m.note).toContain('累计积分为2024年1月1日至8月10日。');
  });

  it.each([
    ['on its last day', d(2024, 9, 30)],
    ['after it', d(2024, 10, 9)],
  ])('a period already over (as of %s) reads as before', (_, asOf) => {
    const n = notice(quarterPeriod(2024, 3), asOf);
    expect(countedTo(n.report)).toBeNull();
    expect(n.doc.opening).toBe(
      '根据《上街区组工信息宣传工作考核办法》，现将2024年第三季度各单位组工信息宣传工作情况通报如下。',
    );
    expect(n.overall).toMatch(/^2024年第三季度，各单位未报送组工信息，被各级媒体录用3篇/);
    expect(n.overall).not.toContain('截至');
    expect(n.note).toContain('累计积分为2024年1月1日至本期末。');
  });
});
