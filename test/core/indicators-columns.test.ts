// The indicators read a scored ledger through its columns (scoredColumns): a ledger built or changed by hand
// is read from its rows as they are, and a columnar one without making its ScoredRow objects.
import { describe, expect, it } from 'vitest';
import { generateLedger } from '../../bench/generate';
import { dayFromYmd } from '../../src/core/dates';
import { evaluateIndicators } from '../../src/core/indicators';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { columnarLedger, columnsOfRows } from '../../src/core/scoredColumns';
import type { ScoredLedger, ScoredRow } from '../../src/core/types';
import { d, indicator, ledgerOf, rulesOf, unit } from './indicators-fixture';

const YEAR_END = d('2024-12-31');
const rules = rulesOf({
  units: [unit('甲街道', '乡镇街道'), unit('乙街道', '乡镇街道')],
  indicators: [indicator({ name: '积分', threshold: 1000 }), indicator({ name: '录用', metric: '录用' })],
});

/** 积分 and 录用 of each unit, as "unit 积分 录用" lines. */
function lines(scored: ScoredLedger): string[] {
  return evaluateIndicators(scored, rules, YEAR_END).units.map(
    (u) => `${u.subject} ${u.indicators.map((r) => r.value).join(' ')}`,
  );
}

/** Two 甲街道 adoptions of 5 and 3 points, as a hand-built ledger of copies of the scored rows. */
function handBuilt(): ScoredLedger & { rows: ScoredRow[] } {
  const scored = ledgerOf([
    { unit: '甲街道', adoptedOn: '2024-03-01', points: 5 },
    { unit: '甲街道', adoptedOn: '2024-04-01', points: 3 },
  ]);
  return { ledger: scored.ledger, rows: scored.rows.map((r) => ({ ...r })) };
}

describe('indicators of a scored ledger built or changed by hand', () => {
  it('reads the rows as they were changed before the evaluation', () => {
    const scored = handBuilt();
    expect(lines(scored)).toEqual(['甲街道 8 2', '乙街道 0 0']);
    const changed = handBuilt();
    changed.rows[0].points = 20;
    changed.rows[1].unit = '乙街道';
    expect(lines(changed)).toEqual(['甲街道 20 1', '乙街道 3 1']);
  });

  it('reads the rows again when they change between two evaluations', () => {
    const scored = handBuilt();
    expect(lines(scored)).toEqual(['甲街道 8 2', '乙街道 0 0']);
    scored.rows[1].points = 10;
    scored.rows[0].countable = false;
    expect(lines(scored)).toEqual(['甲街道 15 1', '乙街道 0 0']);
    scored.rows[0].day = d('2023-12-31'); // dated before the year: it no longer counts
    expect(lines(scored)).toEqual(['甲街道 10 1', '乙街道 0 0']);
    scored.rows = scored.rows.slice(1);
    expect(lines(scored)).toEqual(['甲街道 10 1', '乙街道 0 0']);
  });

  it('skips a missing scored row and never throws on one', () => {
    const scored = handBuilt();
    scored.rows[0] = undefined as unknown as ScoredRow;
    expect(lines(scored)).toEqual(['甲街道 3 1', '乙街道 0 0']);
  });
});

describe('indicators of a columnar scored ledger', () => {
  // A generated ledger under a preset: people, teams, relay offices, quotas by recipient and 封顶.
  const preset = presetRules('部机关');
  const plain: ScoredLedger = scoreLedger(parseLedger(generateLedger({ rows: 3000, seed: 11 })), preset);
  const asOf = dayFromYmd(preset.settings.year, 9, 30);

  /** A columnar copy of the plain ledger, counting reads of its `rows`. */
  function counted(): { scored: ScoredLedger; reads: () => number } {
    const rows: ScoredRow[] = plain.rows.map((r) => ({ ...r }));
    const scored = columnarLedger(plain.ledger, columnsOfRows(rows));
    const own = Object.getOwnPropertyDescriptor(scored, 'rows');
    let reads = 0;
    Object.defineProperty(scored, 'rows', {
      ...own,
      get() {
        reads += 1;
        return own?.get?.call(scored);
      },
    });
    return { scored, reads: () => reads };
  }

  it('gives the results of the plain ledger without making its rows', () => {
    const expected = evaluateIndicators(plain, preset, asOf);
    expect(expected.people.length).toBeGreaterThan(0);
    expect(expected.teams.length).toBeGreaterThan(0);
    const { scored, reads } = counted();
    const out = evaluateIndicators(scored, preset, asOf);
    expect(reads()).toBe(0);
    expect(out).toEqual(expected);
  });

  it('worked out from rows, shares a kind among rows alike only', () => {
    const rows: ScoredRow[] = plain.rows.map((r) => ({ ...r }));
    rows[1] = { ...rows[0], base: rows[0].base + 1 };
    const c = columnsOfRows(rows);
    expect(c.kind[1]).not.toBe(c.kind[0]);
    expect(c.kinds.length).toBeLessThan(rows.length / 10);
    const kindOf = (i: number) => c.kinds[c.kind[i]];
    const unlike = rows.filter((r, i) => {
      const k = kindOf(i);
      return (
        k.level !== r.level ||
        k.outlet !== r.outlet ||
        k.tags !== r.tags ||
        k.base !== r.base ||
        k.multiplier !== r.multiplier
      );
    });
    expect(unlike).toEqual([]);
  });

  it('counts a read of its rows (the check above can fail)', () => {
    const { scored, reads } = counted();
    expect(scored.rows.length).toBe(plain.rows.length);
    expect(reads()).toBe(1);
  });
});
