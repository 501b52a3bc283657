// 领导看板's 还差 column (sweep S14): it said 本月还差 above a quarterly quota's shortfall for the quarter. The
// header names the window of the quotas still open (本月, 本季, or both), and with both each amount says its own.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { evaluateIndicators } from '../../src/core/indicators';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules, Window } from '../../src/core/types';
import { dashboardSheet } from '../../src/sheets/dashboard';
import { ledgerGrid, submission } from '../helpers/ledger';

/** The board as of 5 May 2024 with the 乡镇街道 submission quota under each window given. */
function board(windows: Window[]): { header: string[]; row: string[] } {
  const base = presetRules('上街区');
  const quota = base.indicators.find((i) => i.name === '每月向区委组织部报送')!;
  // The preset's other monthly quotas (部机关科室's) left out: only the windows given are open.
  const indicators = [
    ...base.indicators.filter((i) => i.window !== '每月' && i.window !== '每季'),
    ...windows.map((window) => ({ ...quota, name: `${window}向区委组织部报送`, window })),
  ];
  const rules: Rules = { ...base, indicators };
  const rows = [
    submission({ 标题: '信息', 单位: '峡窝镇党委', 报送日期: '2024-05-02', 报送对象: '区委组织部' }),
  ];
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const asOf = dayFromYmd(2024, 5, 5);
  const model = buildReport(scored, rules, yearPeriod(2024), asOf, evaluateIndicators(scored, rules, asOf));
  const values = dashboardSheet(model, '2024-05-05 09:00').values.map((r) => r.map((v) => String(v ?? '')));
  const at = values.findIndex((r) => r[0] === '单位');
  return { header: values[at], row: values.find((r) => r[0] === '峡窝镇党委')! };
}

describe('领导看板 还差 column', () => {
  it('says 本季还差 when only quarterly quotas are open', () => {
    const { header, row } = board(['每季']);
    expect(header).toContain('本季还差');
    expect(header).not.toContain('本月还差');
    expect(row[header.indexOf('本季还差')]).toBe('1篇');
  });

  it('says 本月还差 for monthly quotas, as before', () => {
    const { header, row } = board(['每月']);
    expect(row[header.indexOf('本月还差')]).toBe('1篇');
  });

  it('names each window when both are open', () => {
    const { header, row } = board(['每月', '每季']);
    expect(row[header.indexOf('本月/本季还差')]).toBe('本月1篇，本季1篇');
  });
});
