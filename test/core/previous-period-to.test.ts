// 上期 of a 通报 made before its period ends (audit S24a F5): 下半年 as of 8月14日 compared its 45 days with the
// whole 上半年 (杏林村 上期 4, −4) while 去年同期 in the same sentence was cut to the same days. 上期 is now the
// previous period from its start to the day as far into it: the same day of the same month position for a
// year, quarter, month or range of whole months (clamped to the month's end), the same number of days for
// any other range; the text names the window, and 附件1's 上期积分 / 比上期增减 and the model's
// previousPoints / change (--json units[]) use it. A period already over keeps the whole previous period.
import { describe, expect, it } from 'vitest';
import { dayFromYmd as d } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { buildNotice } from '../../src/core/notice';
import { monthPeriod, parsePeriod, previousPeriodTo, quarterPeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Day, Period } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

const period = (code: string): Period => {
  const p = parsePeriod(code);
  if (!p) throw new Error(code);
  return p;
};

describe('previousPeriodTo', () => {
  it.each([
    ['2024-Q2', d(2024, 5, 15), '2024年1月1日至2月15日'],
    ['2024-07-01..2024-12-31', d(2024, 8, 14), '2024年1月1日至2月14日'],
    ['2024年下半年', d(2024, 8, 14), '2024年1月1日至2月14日'],
    ['2024-12', d(2024, 12, 10), '2024年11月1日至11月10日'],
    ['2024-03', d(2024, 3, 30), '2024年2月'], // clamped to 2月29日: the whole of February, named as it
    ['2024-Q2', d(2024, 5, 31), '2024年1月1日至2月29日'], // 31 clamped to February's end
    ['2024-Q1', d(2024, 2, 15), '2023年10月1日至11月15日'],
    ['2024', d(2024, 2, 29), '2023年1月1日至2月28日'], // a year's is 去年同期's days
    ['2024-02-01..2024-04-30', d(2024, 3, 5), '2023年11月1日至12月5日'], // three whole months
    ['2024-03-05..2024-03-14', d(2024, 3, 7), '2024年2月24日至2月26日'], // other ranges: the same days
    ['2024-Q2', d(2024, 4, 1), '2024年1月1日至1月1日'],
  ])('%s as of %s → %s', (code, asOf, label) => {
    expect(previousPeriodTo(period(code), asOf).label).toBe(label);
  });

  it('a period counted to its end, or not begun, keeps the whole previous period', () => {
    expect(previousPeriodTo(quarterPeriod(2024, 2), d(2024, 6, 30))).toEqual(quarterPeriod(2024, 1));
    expect(previousPeriodTo(quarterPeriod(2024, 2), d(2024, 12, 31))).toEqual(quarterPeriod(2024, 1));
    expect(previousPeriodTo(quarterPeriod(2024, 2), d(2024, 3, 31))).toEqual(quarterPeriod(2024, 1));
    expect(previousPeriodTo(monthPeriod(2024, 1), d(2024, 1, 31))).toEqual(monthPeriod(2023, 12));
    expect(previousPeriodTo(yearPeriod(2024), d(2024, 12, 31))).toEqual(yearPeriod(2023));
  });
});

/** 峡窝镇党委's 河南日报 (省级, 10 分) adoptions, one on each day given. */
const LEDGER = ['2024-01-10', '2024-02-10', '2024-03-10', '2024-05-20', '2024-07-10', '2024-08-10'].map(
  (day, k) =>
    adoption({
      单位: '峡窝镇党委',
      标题: `稿${k}`,
      媒体: '河南日报',
      报送对象: '区委组织部',
      报送日期: day,
      录用日期: day,
    }),
);

function report(p: Period, asOf: Day) {
  const rules = presetRules('上街区');
  const model = buildReport(scoreLedger(parseLedger(ledgerGrid(LEDGER)), rules), rules, p, asOf);
  const doc = buildNotice(model, rules.settings, { issuedOn: asOf });
  const text = doc.body.map((b) => b.text).join('\n');
  const table = doc.attachments[0];
  const row = table.groups.flatMap((g) => g.rows).find((r) => r[1] === '峡窝镇党委');
  const unit = model.units.find((u) => u.unit === '峡窝镇党委');
  if (!row || !unit) throw new Error('峡窝镇党委 not ranked');
  return {
    text,
    annex: {
      previous: row[table.header.indexOf('上期积分')],
      change: row[table.header.indexOf('比上期增减')],
    },
    unit,
  };
}

describe('the 通报 of a period not yet over compares the same part of the previous one', () => {
  it('下半年 as of 8月14日: 上期 is 1月1日至2月14日 in the text, 附件1 and the model', () => {
    // This half to 8月14日: 7月10日 and 8月10日, 20 分. 上半年 to 2月14日: 1月10日 and 2月10日, 20 分 (whole: 40).
    const r = report(period('2024-07-01..2024-12-31'), d(2024, 8, 14));
    expect(r.text).toContain('与上期（2024年1月1日至2月14日）相比，报送持平，录用持平，积分持平');
    expect(r.annex).toEqual({ previous: 20, change: 0 });
    expect(r.unit.previousPoints).toBe(20);
    expect(r.unit.change).toBe(0);
  });

  it('Q2 as of 5月15日: 上期 is 1月1日至2月15日, not the whole first quarter', () => {
    const r = report(quarterPeriod(2024, 2), d(2024, 5, 15));
    expect(r.text).toContain('与上期（2024年1月1日至2月15日）相比');
    expect(r.unit.previousPoints).toBe(20);
    expect(r.unit.change).toBe(-20);
  });

  it('a quarter already over compares the whole previous quarter, as before', () => {
    const r = report(quarterPeriod(2024, 2), d(2024, 9, 1));
    expect(r.text).toContain('与上期（2024年第一季度）相比');
    expect(r.unit.previousPoints).toBe(30);
    expect(r.unit.change).toBe(-20);
  });
});
