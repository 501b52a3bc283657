// A 通报 period across two years is refused with a Chinese line naming the two parts to issue instead
// (session 12 sweep: 2024-11-15..2025-02-10 said 全年累计积分0分, judged 2025 from January alone, 期数
// 2024年第2期). The assessment period is the natural year (001 §五), so 累计 and 达标状态 are a year's.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { parseLedger } from '../../src/core/ledger';
import { parsePeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid } from '../helpers/ledger';

const MESSAGE =
  '期间「2024年11月15日至2025年2月10日」跨越2024年和2025年：考核以自然年度为期，累计积分和达标状态按年度计算，一期通报不能跨年。请分两期生成：2024-11-15..2024-12-31（2024年11月15日至12月31日）和 2025-01-01..2025-02-10（2025年1月1日至2月10日）。';

describe('a period across two years', () => {
  it('is refused by the command line before anything is read', () => {
    expect(() => parseArgs(['report', 'ledger.xlsx', '--period', '2024-11-15..2025-02-10'])).toThrow(MESSAGE);
  });

  it('is refused by buildReport (the add-on’s door too)', () => {
    const rules = presetRules('上街区');
    const scored = scoreLedger(parseLedger(ledgerGrid([adoption()])), rules);
    const p = parsePeriod('2024-11-15..2025-02-10')!;
    expect(() => buildReport(scored, rules, p, p.to)).toThrow(MESSAGE);
  });

  it('a range whose end is before its start is said as such, as the 生成通报 sidebar says it', () => {
    expect(() => parseArgs(['report', 'ledger.xlsx', '--period', '2024-05-01..2024-04-01'])).toThrow(
      '起始日期2024年5月1日晚于截止日期2024年4月1日：请把起止日期改正后再生成',
    );
  });

  it('a range within one year is still a period', () => {
    expect(() => parseArgs(['report', 'ledger.xlsx', '--period', '2024-11-15..2024-12-31'])).not.toThrow();
  });
});
