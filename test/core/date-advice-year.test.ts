// A bad date's advice gives examples in the year the office is in (session 16 sweep S16a F6: a 2026 ledger
// was told 可写 2024-03-05): the row's own readable date's year, else the report's (设置 年度, or the period
// asked for), else this year.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { parseLedger } from '../../src/core/ledger';
import { parsePeriod } from '../../src/core/period';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import { adoption, ledgerGrid } from '../helpers/ledger';

const advice = (y: number) => `（可写 ${y}-03-05、${y}/3/5、${y}年3月5日）`;

describe('the date advice is dated in the office’s year', () => {
  it('a row with another readable date: that date’s year', () => {
    const { rows } = parseLedger(ledgerGrid([adoption({ 报送日期: '2026-03-01', 录用日期: '3月35日' })]), {
      year: 2025,
    });
    expect(rows[0].issues[0]).toBe(`录用日期“3月35日”不是有效日期${advice(2026)}，无法计分`);
  });

  it('a row with no readable date: the year the caller gives', () => {
    const { rows } = parseLedger(ledgerGrid([adoption({ 报送日期: '', 录用日期: '3月35日' })]), {
      year: 2026,
    });
    expect(rows[0].issues[0]).toBe(`录用日期“3月35日”不是有效日期${advice(2026)}，无法计分`);
  });

  it('no year given: today’s', () => {
    const { rows } = parseLedger(ledgerGrid([adoption({ 报送日期: '', 录用日期: '3月35日' })]), {
      today: dayFromYmd(2027, 6, 1),
    });
    expect(rows[0].issues[0]).toContain(advice(2027));
  });

  it('assess gives the report’s year: 设置 年度, or the period asked for', () => {
    const base = presetRules('上街区');
    const tables = rulesToGrids({ ...base, settings: { ...base.settings, year: 2026 } });
    const ledger = ledgerGrid([adoption({ 报送日期: '', 录用日期: '3月35日', 事件日期: '' })]);
    expect(assess({ ledger, tables }).scored.rows[0].issues[0]).toContain(advice(2026));
    const period = parsePeriod('2025-Q2') ?? undefined;
    expect(assess({ ledger, tables }, { period }).scored.rows[0].issues[0]).toContain(advice(2025));
  });
});
