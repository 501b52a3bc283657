import { describe, expect, it } from 'vitest';
import { formulaLedgerTabs, formulaOrder } from '../../src/sheets/formulaTabs';

const RULES =
  "'单位'!A1:G, '媒体'!A1:D, '计分'!A1:H, '系数'!A1:G, '加分'!A1:C, '指标'!A1:Q, '设置'!A1:C, '人员'!A1:C";

describe('formulaLedgerTabs', () => {
  it('names the tabs after 今天, in order, quoted or bare, and not the rule tables', () => {
    expect(
      formulaLedgerTabs(`=ZG_LEDGER(A1:V, ${RULES}, TODAY(), '2025年'!A1:V, 'O''Brien'!A1:C, 台账2!A1:V)`),
    ).toEqual(['2025年', "O'Brien", '台账2']);
    expect(formulaLedgerTabs(`=ZG_LEDGER(A1:V, ${RULES})`)).toEqual([]);
    expect(formulaLedgerTabs('=SUM(A1:A3)')).toEqual([]);
  });
});

describe('formulaOrder', () => {
  const host = `=ZG_LEDGER(A1:V, ${RULES}, TODAY(), 'C'!A1:V, 'B'!A1:V)`;
  it('the host first, then the formula order, then tabs it does not name in sheet order', () => {
    const got = formulaOrder(['B', 'D', 'A', 'C'], (t) => (t === 'A' ? ['', host] : []));
    expect(got).toEqual({ host: 'A', others: ['C', 'B', 'D'], notice: null });
  });
  it('null without a computed formula (sheet order stands)', () => {
    expect(formulaOrder(['B', 'A'], () => ['=SUM(1)'])).toBeNull();
  });
  it('a notice when two tabs hold computed columns', () => {
    const got = formulaOrder(['B', 'A'], () => [host]);
    expect(got?.host).toBe('B');
    expect(got?.notice).toContain('「B」、「A」表都有积分、计任务、校验列的公式');
  });
});
