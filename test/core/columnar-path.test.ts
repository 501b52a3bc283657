// Issue 15: the engine's own path (assess → indicators → report → row outputs) reads the scoring's columns
// and never makes a ScoredRow per row; only an edge that asks for `scored.rows` does.
import { describe, expect, it } from 'vitest';
import { generateLedger } from '../../bench/generate';
import { dayFromYmd } from '../../src/core/dates';
import { assess, rowOutputs, rowTaskCredits } from '../../src/core/index';
import { evaluateIndicators } from '../../src/core/indicators';
import { ledgerSource } from '../../src/core/ledgerTable';
import { monthPeriod, quarterPeriod } from '../../src/core/period';
import { rowRemarks } from '../../src/core/remarks';
import { buildReport } from '../../src/core/report';
import { PRESET_NAMES } from '../../src/core/rules';
import { scoredColumns } from '../../src/core/scoredColumns';
import type { ScoredLedger } from '../../src/core/types';

/** Counts reads of `rows` on a scored ledger (its getter, kept as it is). */
function countRowReads(scored: ScoredLedger): () => number {
  const own = Object.getOwnPropertyDescriptor(scored, 'rows');
  let reads = 0;
  Object.defineProperty(scored, 'rows', {
    ...own,
    get() {
      reads++;
      return own?.get ? own.get.call(scored) : own?.value;
    },
  });
  return () => reads;
}

describe('the engine path reads columns', () => {
  for (const preset of PRESET_NAMES) {
    it(`${preset}: assess, indicators, reports of other periods and row outputs never read scored.rows`, () => {
      const grid = generateLedger({ rows: 400, seed: 5, badShare: 0.05 });
      const a = assess({ ledger: grid, preset });
      const reads = countRowReads(a.scored);
      const columns = scoredColumns(a.scored);
      const year = a.rules.settings.year;
      evaluateIndicators(a.scored, a.rules, dayFromYmd(year, 6, 30));
      buildReport(a.scored, a.rules, quarterPeriod(year, 2), dayFromYmd(year, 6, 30));
      buildReport(a.scored, a.rules, monthPeriod(year, 11), dayFromYmd(year, 11, 30));
      const outputs = rowOutputs(a.scored, grid.length - 1);
      rowTaskCredits(a.scored);
      expect(reads()).toBe(0);
      expect(scoredColumns(a.scored)).toBe(columns);
      // The edge: rows made on demand agree with what the sheet shows.
      // 校验 holds a row's issues, then its remarks (a 倒扣 verdict, a 核定 reason: core/remarks.ts).
      const parsedRemarks = ledgerSource(a.scored.ledger).table.remarks;
      const checked = a.scored.rows.filter(
        (r, i) => r.issues.length > 0 || rowRemarks(a.scored, parsedRemarks, i).length > 0,
      ).length;
      expect(reads()).toBe(1);
      expect(outputs.filter((o) => o.check !== '').length).toBe(checked);
      expect(checked).toBeGreaterThan(0);
    });
  }
});
