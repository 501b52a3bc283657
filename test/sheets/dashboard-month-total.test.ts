// 领导看板's month table at 小数位 0 (re-sweep G7): the 合计 is the year's total as the first line and the
// ranking give it (each unit's total rounded once, RULES §4), and when the months, each rounded on its own,
// add up to something else a note says so. With whole points nothing is said.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { evaluateIndicators } from '../../src/core/indicators';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules } from '../../src/core/types';
import { dashboardSheet } from '../../src/sheets/dashboard';
import { adoption, ledgerGrid } from '../helpers/ledger';

function board(adjustment: number): string[][] {
  const base = presetRules('上街区');
  const rules: Rules = { ...base, settings: { ...base.settings, decimals: 0 } };
  // 峡窝镇党委 in January and February, 中心路街道党工委 in February: 5 + 调整分 each.
  const rows = [
    ['峡窝镇党委', '2024-01-05'],
    ['峡窝镇党委', '2024-02-05'],
    ['中心路街道党工委', '2024-02-06'],
  ].map(([unit, day], k) =>
    adoption({
      标题: `信息${k}`,
      单位: unit,
      录用日期: day,
      报送日期: day,
      调整分: adjustment,
      调整理由: '表扬',
    }),
  );
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const asOf = dayFromYmd(2024, 12, 31);
  const model = buildReport(scored, rules, yearPeriod(2024), asOf, evaluateIndicators(scored, rules, asOf));
  return dashboardSheet(model, '2025-01-01 09:00').values.map((r) => r.map((v) => String(v ?? '')));
}

describe('领导看板 month table', () => {
  it('at 小数位 0 shows the ranking total as 合计 and says the months add up to more', () => {
    const values = board(0.5);
    // Units 11 (5.5 + 5.5) and 5.5 → 6: the total is 17; each unit-month 5.5 → 6: January 6, February 12, 18.
    const total = values.find((r) => r[0] === '合计');
    expect(total?.[1]).toBe('17');
    expect(values.flat().some((v) => v.includes('各月之和（18分）与合计（17分）略有出入'))).toBe(true);
  });

  it('with whole points says nothing more', () => {
    const values = board(1);
    expect(values.find((r) => r[0] === '合计')?.[1]).toBe('18');
    expect(values.flat().some((v) => v.includes('略有出入'))).toBe(false);
  });
});
