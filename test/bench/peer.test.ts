// The benchmark's peers only mean something while they compute what the engine computes: a formula sheet
// that drifted from the rules would be timed against a different job. This holds the HyperFormula peer
// (the same workbook LibreOffice recalculates) to the engine's figures on the bench's own rows.
import { describe, expect, it } from 'vitest';
import { checkPeer, oursFor, peerGrid, runPeer } from '../../bench/peer';
import { presetRules } from '../../src/core/rules';

describe('bench peer formula sheet', () => {
  const rules = presetRules('上街区');
  const grid = peerGrid(600, rules);
  const peer = runPeer(grid, rules);
  const check = checkPeer(oursFor(grid, rules), peer.unitPoints, peer.provinceAdoptions, peer.rowPoints);

  it('gives every row the points the engine gives', () => {
    expect(check.mismatches.filter((m) => m.includes('行'))).toEqual([]);
    expect(check.rowPointsEqual).toBe(600);
  });

  it('gives every unit the year points and province adoptions the engine gives', () => {
    expect(check.mismatches).toEqual([]);
    expect([check.yearPointsEqual, check.provinceAdoptionsEqual]).toEqual([check.units, check.units]);
  });

  it('exercises what makes the sheet hard: relayed pieces and leader instructions', () => {
    const scored = oursFor(grid, rules).scored;
    expect(scored.rows.filter((r) => r.relayPoints > 0).length).toBeGreaterThan(5);
    expect(scored.rows.filter((r) => r.bonus > 0).length).toBeGreaterThan(5);
  });
});
