// The bench's cold recalculation loads the built dist/Code.js the way Apps Script runs each call and
// calls ZG_LEDGER once: it must really compute the column, in the script's zone without a formatDate
// per date, or its time says nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coldCall } from '../../bench/cold';
import { generateLedger } from '../../bench/generate';
import { rowOutputs } from '../../src/core';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';

describe('bench cold recalculation', () => {
  it('loads dist/Code.js, computes every row once, and confirms the zone with two formatDate calls', () => {
    expect(existsSync(join(process.cwd(), 'dist', 'Code.js'))).toBe(true);
    const result = coldCall(process.cwd(), 300);
    expect(result.rows).toBe(300);
    expect(result.loadMs).toBeGreaterThan(0);
    // The main thread's own CPU for the call: some work, and never more than the call's wall time — within
    // 3 %: schedstat's clock and performance.now's may run at slightly different rates in a VM (a CI run saw
    // 75.9 ms of CPU in 74.5 ms of wall time); the whole process's CPU, compiler threads included, would be far more.
    expect(result.callCpuMs).toBeGreaterThan(0);
    expect(result.callCpuMs!).toBeLessThanOrEqual(result.callMs * 1.03 + 1);
    expect(result.formatDateCalls).toBe(2);
    // getActiveSpreadsheet and getSpreadsheetTimeZone: nothing that grows with the ledger.
    expect(result.spreadsheetCalls).toBeLessThanOrEqual(2);
    // The same points as the engine on the same rows (seed 5), in the zone the call ran in.
    const grid = generateLedger({ rows: 300, seed: 5 });
    const outputs = rowOutputs(scoreLedger(parseLedger(grid), presetRules('上街区')), 300);
    const total = outputs.reduce((sum, o) => sum + (typeof o.points === 'number' ? o.points : 0), 0);
    expect(total).toBeGreaterThan(100);
    expect(result.pointsTotal).toBeCloseTo(total, 6);
  });
});
