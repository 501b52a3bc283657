// The floor (bench/floor.ts) is the peer's formula sheet as plain code: timing it means something only
// while it does the peer's whole job, so it is held to the engine's figures on the peer's rows, as the
// HyperFormula sheet is (peer.test.ts).
import { describe, expect, it } from 'vitest';
import { floorPass } from '../../bench/floor';
import { checkPeer, oursFor, peerGrid, runPeer } from '../../bench/peer';
import { presetRules } from '../../src/core/rules';

describe('bench floor pass', () => {
  const rules = presetRules('上街区');
  const grid = peerGrid(600, rules);
  const floor = floorPass(grid, rules);

  it('gives every row and every unit the figures the engine gives', () => {
    const check = checkPeer(oursFor(grid, rules), floor.unitPoints, floor.provinceAdoptions, [
      ...floor.rowPoints,
    ]);
    expect(check.mismatches).toEqual([]);
    expect(check.rowPointsEqual).toBe(600);
    expect([check.yearPointsEqual, check.provinceAdoptionsEqual]).toEqual([check.units, check.units]);
  });

  it('counts submissions per month as the formula sheet does', () => {
    expect(floor.monthlySubmissions).toEqual(runPeer(grid, rules).monthlySubmissions);
    const total = [...floor.monthlySubmissions.values()].flat().reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(100);
  });
});
