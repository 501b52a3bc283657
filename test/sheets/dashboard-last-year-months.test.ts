// 领导看板's month table compares this year to date with the same months last year (RULES §7): before
// December its 合计 row's last-year figure sums January through the as-of month and says so (去年同期（1—5月）),
// not all twelve months beside five (session 16 sweep F5). The month rows still show every month of last year.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { dashboardSheet } from '../../src/sheets/dashboard';
import { adoption, ledgerGrid } from '../helpers/ledger';

/** 河南日报 (省级, 10 分) adoptions of 峡窝镇党委 on these days. */
function board(asOf: number): string[][] {
  const rules = presetRules('上街区');
  const days = ['2023-01-10', '2023-03-10', '2023-08-10', '2023-12-10', '2024-02-10'];
  const rows = days.map((day, k) =>
    adoption({ 单位: '峡窝镇党委', 标题: `稿${k}`, 媒体: '河南日报', 报送日期: day, 录用日期: day }),
  );
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const model = buildReport(scored, rules, yearPeriod(2024), asOf);
  return dashboardSheet(model, '2024-05-15 09:00').values.map((r) => r.map((v) => String(v ?? '')));
}

describe('领导看板: last year beside this year to date', () => {
  it('as of 5月15日 the 合计 row sums last year January to May and names the months', () => {
    const values = board(dayFromYmd(2024, 5, 15));
    const total = values.find((r) => r[0].startsWith('合计'));
    expect(total?.slice(0, 3)).toEqual(['合计（1—5月）', '10', '20']);
    // August and December of last year are still in their rows.
    expect(values.find((r) => r[0] === '8月')?.[2]).toBe('10');
    expect(values.find((r) => r[0] === '12月')?.[2]).toBe('10');
    expect(values.flat()).toContain(
      '合计行的2023年积分为去年同期（1—5月）之和，与2024年同期对比；2023年全年40分。',
    );
  });

  it('as of January: 1月 alone', () => {
    const total = board(dayFromYmd(2024, 1, 31)).find((r) => r[0].startsWith('合计'));
    expect(total?.slice(0, 3)).toEqual(['合计（1月）', '0', '10']);
  });

  it('a closed year compares all twelve months, as 合计', () => {
    const values = board(dayFromYmd(2024, 12, 31));
    expect(values.find((r) => r[0].startsWith('合计'))?.slice(0, 3)).toEqual(['合计', '10', '40']);
    expect(values.flat().some((v) => v.includes('去年同期'))).toBe(false);
  });
});
