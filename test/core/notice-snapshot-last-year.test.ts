// A 通报 issued before its period ends (a 截至 report, or the add-on's "today" inside the period) counts
// this year's rows up to the as-of day; its 去年同期 is the same days a year earlier, named by its dates,
// so the same window typed as a quarter and as a date range compares alike (session 16 sweep F4: the
// quarter compared 1 月 1 日–2 月 15 日 with the whole of last year's first quarter). 上期 is cut the same
// way to the same part of the previous period (audit S24a F5, previous-period-to test); a year snapshot's 上期
// and 同期 are then the same days of last year, said once.
import { describe, expect, it } from 'vitest';
import { dayFromYmd as d } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { buildNotice } from '../../src/core/notice';
import {
  monthPeriod,
  parsePeriod,
  quarterPeriod,
  samePeriodLastYear,
  yearPeriod,
} from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Day, Period } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

/** 河南日报 (省级) adoptions of 峡窝镇党委, one a day given. */
const rows = (days: string[]) =>
  days.map((day, k) =>
    adoption({
      单位: '峡窝镇党委',
      标题: `稿${k}`,
      媒体: '河南日报',
      报送对象: '区委组织部',
      报送日期: day,
      录用日期: day,
    }),
  );

/** Last year: one piece early in February, one in March (after the as-of day), one in August. */
const LEDGER = rows(['2023-02-10', '2023-03-10', '2023-08-10', '2024-01-20', '2024-02-10']);

function comparisonLine(period: Period, asOf: Day): string {
  const rules = presetRules('上街区');
  const scored = scoreLedger(parseLedger(ledgerGrid(LEDGER)), rules);
  const report = buildReport(scored, rules, period, asOf);
  const doc = buildNotice(report, rules.settings, { issuedOn: asOf });
  const line = doc.body.map((b) => b.text).find((t) => t.startsWith(`${period.label}，`)) ?? '';
  return line.slice(line.indexOf('。') + 1);
}

describe('samePeriodLastYear of a period counted up to a day before its end', () => {
  const upTo = (p: Period, to: Day): Period => ({ ...p, to });
  it.each([
    [upTo(monthPeriod(2024, 3), d(2024, 3, 10)), '2023年3月1日至3月10日'],
    [upTo(monthPeriod(2024, 1), d(2024, 1, 20)), '2023年1月1日至1月20日'],
    [upTo(quarterPeriod(2024, 1), d(2024, 2, 15)), '2023年1月1日至2月15日'],
    [upTo(quarterPeriod(2024, 3), d(2024, 8, 31)), '2023年7月1日至8月31日'],
    [upTo(yearPeriod(2024), d(2024, 5, 15)), '2023年1月1日至5月15日'],
    [upTo(yearPeriod(2024), d(2024, 2, 29)), '2023年1月1日至2月28日'],
    [upTo(parsePeriod('2024年上半年')!, d(2024, 5, 15)), '2023年1月1日至5月15日'],
  ])('case %#: %s', (p, label) => {
    expect(samePeriodLastYear(p).label).toBe(label);
  });

  it('a whole period keeps its own name', () => {
    expect(samePeriodLastYear(quarterPeriod(2024, 1)).label).toBe('2023年第一季度');
    expect(samePeriodLastYear(monthPeriod(2024, 2)).label).toBe('2023年2月');
    expect(samePeriodLastYear(yearPeriod(2024)).label).toBe('2023年');
  });
});

describe('the 通报 of a snapshot compares the same days a year earlier', () => {
  it('a quarter as of 2月15日 reads as the same window typed as a range', () => {
    const asOf = d(2024, 2, 15);
    const quarter = comparisonLine(quarterPeriod(2024, 1), asOf);
    const range = comparisonLine(parsePeriod('2024-01-01..2024-03-31')!, asOf);
    // This year to 2月15日: two pieces; last year to 2月15日: one (the March piece is after the day).
    expect(quarter).toContain('与去年同期（2023年1月1日至2月15日）相比，报送增加1篇，录用增加1篇，积分增加');
    expect(quarter.slice(quarter.indexOf('；'))).toBe(range.slice(range.indexOf('；')));
    // 上期 is last year's fourth quarter to the same day: 10月1日至11月15日.
    expect(quarter).toContain('上期（2023年10月1日至11月15日）无台账记录');
  });

  it('a year as of 5月15日: the same days of last year only (its 上期 is that year, whole)', () => {
    // Re-sweep S16c F4: "与上期（2023年）…减少10分；与去年同期（2023年1月1日至5月15日）…持平" said 2023 twice.
    const line = comparisonLine(yearPeriod(2024), d(2024, 5, 15));
    expect(line).toBe('与去年同期（2023年1月1日至5月15日）相比，报送持平，录用持平，积分持平。');
  });

  it('a closed year still says 上期及去年同期 once', () => {
    expect(comparisonLine(yearPeriod(2024), d(2024, 12, 31))).toBe(
      '与上期及去年同期（2023年）相比，报送减少1篇，录用减少1篇，积分减少10分。',
    );
  });

  it('a January snapshot compares last December and last January, each to the same day', () => {
    const line = comparisonLine(monthPeriod(2024, 1), d(2024, 1, 20));
    expect(line).toContain('上期（2023年12月1日至12月20日）无台账记录，不作比较');
    expect(line).toContain('去年同期（2023年1月1日至1月20日）无台账记录，不作比较');
  });
});
