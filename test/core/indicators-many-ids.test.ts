// The indicators keep unit and row-view ids in 2-byte columns while they fit: a ledger naming more units or
// more distinct row views than that (past 32,767) still counts every row for its own unit and filter.
import { describe, expect, it } from 'vitest';
import { evaluateIndicators } from '../../src/core/indicators';
import { d, indicator, ledgerOf, rulesOf, unit } from './indicators-fixture';

const ROWS = 33_000;

describe('indicators of a ledger with more than 32,767 units and row views', () => {
  // Each row its own unit and its own 类别 (a filter on 类别 makes each row a view of its own).
  const scored = ledgerOf(
    Array.from({ length: ROWS }, (_, k) => ({
      unit: `单位${k}`,
      kind: `类别${k}`,
      mode: '报送' as const,
      submittedOn: '2024-03-01',
    })),
  );
  const rules = rulesOf({
    units: [unit('单位0', '乡镇街道'), unit(`单位${ROWS - 1}`, '乡镇街道')],
    indicators: [
      indicator({ name: '报送', metric: '报送' }),
      indicator({ name: '末类报送', metric: '报送', filter: { kinds: [`类别${ROWS - 1}`] } }),
    ],
  });

  it('counts the first and the last unit each for its own row and 类别', () => {
    const result = evaluateIndicators(scored, rules, d('2024-12-31'));
    const line = (name: string) => {
      const u = result.units.find((r) => r.subject === name);
      return `${name} ${u?.indicators.map((i) => `${i.name}=${i.value}`).join(' ')}`;
    };
    expect([line('单位0'), line(`单位${ROWS - 2}`), line(`单位${ROWS - 1}`)]).toEqual([
      '单位0 报送=1 末类报送=0',
      `单位${ROWS - 2} 报送=1 末类报送=0`,
      `单位${ROWS - 1} 报送=1 末类报送=1`,
    ]);
  });
});
