// 待核实's note says undated rows are listed every period (until they are fixed) only when it lists one
// (session 16 sweep S16a F6: the line stood under a list holding no undated row).
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { parsePeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { issuesSheet } from '../../src/sheets/notice';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

describe('待核实 says undated rows are listed every period only when it lists one', () => {
  const note = (rows: RowSpec[]) => {
    const rules = presetRules('上街区');
    const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
    const period = parsePeriod('2024-Q1')!;
    const values = issuesSheet(buildReport(scored, rules, period, period.to), '2024-04-01 09:00').values;
    return values
      .slice(1, 4)
      .map((r) => String(r[0] ?? ''))
      .join('');
  };

  it('an unknown 媒体 in the period: no word about undated rows', () => {
    const text = note([adoption({ 媒体: '不知名小报', 级别: '' })]);
    expect(text).toContain('生成时间：2024-04-01 09:00。');
    expect(text).not.toContain('无日期的行');
  });

  it('an undated row: said', () => {
    const text = note([adoption({ 报送日期: '', 录用日期: '' })]);
    expect(text).toContain('无日期的行每期都列出，直到补全。');
  });
});
