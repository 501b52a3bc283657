// The bench's Apps Script cost model runs the formulas 初始化台账 writes through the add-on's own custom
// functions: when those formulas change (ZG_LEDGER replaced three), the bench must still evaluate them.
import { describe, expect, it } from 'vitest';
import { measureSheets } from '../../bench/sheets';

describe('bench Apps Script cost model', () => {
  it('evaluates the one formula 初始化台账 writes and counts one custom-function call', () => {
    const result = measureSheets(process.cwd(), [40]);
    expect(result.customFunctionCallsPerRecalc).toBe(1);
    expect(Object.keys(result.byRows['40'].customFunctionMs)).toEqual(['ZG_LEDGER']);
    expect(result.byRows['40'].report.calls).toBeGreaterThan(0);
  });
});
