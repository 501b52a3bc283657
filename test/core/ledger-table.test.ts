// Issue 15: parseLedger reads the ledger into columns (ledgerTable.ts), and the engine's path reads them
// through a cursor: no LedgerRow object per row unless an edge asks for `parsed.rows`. What the engine
// computes must not depend on which of the two it read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLedger } from '../../bench/generate';
import { dayFromYmd } from '../../src/core/dates';
import { assess, rowOutputs, rowTaskCredits } from '../../src/core/index';
import { evaluateIndicators } from '../../src/core/indicators';
import { matchUnitNames, parseLedger } from '../../src/core/ledger';
import { ledgerLength, nativeTable } from '../../src/core/ledgerTable';
import { monthPeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { PRESET_NAMES, presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Grid, ParsedLedger, Rules } from '../../src/core/types';
import { ledgerArb, presetArb, RUNS, TIMEOUT } from '../fuzz/arbitraries';

/** Counts reads of `rows` on a parsed ledger (its getter, kept as it is). */
function countRowReads(parsed: ParsedLedger): () => number {
  const own = Object.getOwnPropertyDescriptor(parsed, 'rows');
  let reads = 0;
  Object.defineProperty(parsed, 'rows', {
    ...own,
    get() {
      reads++;
      return own?.get ? own.get.call(parsed) : own?.value;
    },
  });
  return () => reads;
}

/** Everything the engine says of a parsed ledger: each row's outputs and explanation, the year's report. */
function engineSays(parsed: ParsedLedger, rules: Rules, height: number): string {
  matchUnitNames(parsed, rules.units);
  const scored = scoreLedger(parsed, rules);
  const year = rules.settings.year;
  const report = buildReport(scored, rules, yearPeriod(year), dayFromYmd(year, 12, 31));
  return JSON.stringify({
    rows: scored.rows,
    outputs: rowOutputs(scored, height - 1),
    tasks: rowTaskCredits(scored),
    report,
  });
}

describe('the ledger as columns', () => {
  for (const preset of PRESET_NAMES) {
    it(`${preset}: assess, indicators, reports and row outputs never make the parsed rows`, () => {
      const grid = generateLedger({ rows: 400, seed: 9, badShare: 0.05 });
      const a = assess({ ledger: grid, preset });
      const reads = countRowReads(a.parsed);
      const year = a.rules.settings.year;
      evaluateIndicators(a.scored, a.rules, dayFromYmd(year, 6, 30));
      buildReport(a.scored, a.rules, monthPeriod(year, 11), dayFromYmd(year, 11, 30));
      rowOutputs(a.scored, grid.length - 1);
      rowTaskCredits(a.scored);
      expect(reads()).toBe(0);
      expect(nativeTable(a.parsed)).toBeDefined();
      // The edge: rows made on demand, one per ledger row, as many as the table holds.
      const n = ledgerLength(a.parsed);
      const made = a.parsed.rows;
      expect(reads()).toBe(1);
      expect(made.length).toBe(n);
      expect(n).toBeGreaterThan(350);
      expect(nativeTable(a.parsed)).toBeUndefined();
    });
  }

  it(
    'scores a messy ledger the same through the columns as through the row objects made from them',
    () => {
      fc.assert(
        fc.property(ledgerArb, presetArb, (grid: Grid, preset) => {
          const rules = presetRules(preset);
          const columnar = engineSays(parseLedger(grid), rules, grid.length);
          const parsed = parseLedger(grid);
          expect(parsed.rows.length).toBe(ledgerLength(parsed)); // made here: the engine reads the objects
          expect(nativeTable(parsed)).toBeUndefined();
          expect(engineSays(parsed, rules, grid.length)).toBe(columnar);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('scores a generated ledger with bad rows the same both ways, every preset', () => {
    const grid = generateLedger({ rows: 1500, seed: 3, badShare: 0.15 });
    for (const preset of PRESET_NAMES) {
      const rules = presetRules(preset);
      const parsed = parseLedger(grid);
      void parsed.rows;
      expect(engineSays(parsed, rules, grid.length)).toBe(engineSays(parseLedger(grid), rules, grid.length));
    }
  });

  it('matches unit names typed with spaces on the columns, 单位 and 对口处室 alike', () => {
    const grid: Grid = [
      ['标题', '作者', '单位', '报送日期', '对口处室'],
      ['稿一', '张三', '峡窝镇 党委', '2024-03-05', ''],
      ['稿二', '李四', '峡窝镇党委', '2024-03-06', '办公室'],
      ['稿三', '王五', '区直机关工委', '2024-03-07', ' 办 公 室'],
    ];
    const parsed = parseLedger(grid);
    matchUnitNames(parsed, [{ name: '峡窝镇党委' }, { name: '办公室' }, { name: '区直机关工委' }]);
    expect(nativeTable(parsed)).toBeDefined(); // matched on the columns, no row made
    expect(parsed.rows.map((r) => [r.unit, r.relayOffice])).toEqual([
      ['峡窝镇党委', ''],
      ['峡窝镇党委', '办公室'],
      ['区直机关工委', '办公室'],
    ]);
  });

  it('a skipped 合计 line leaves nothing on the row read after it', () => {
    // The 合计 line fills the columns most ledgers leave blank (kept only once a row fills them).
    const grid: Grid = [
      ['标题', '作者', '单位', '报送日期', '核定', '备注', '调整分', '调整理由', '佐证', '版面'],
      ['合计', '', '', '2024-13-45', '作废', '截至12月', 3, '汇总', 'http://x', '头版'],
      ['稿一', '张三', '峡窝镇党委', '2024-03-05', '', '', '', '', '', ''],
    ];
    const parsed = parseLedger(grid);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]).toMatchObject({
      row: 3,
      title: '稿一',
      issues: [],
      blocked: false,
      note: '',
      adjustment: null,
      adjustmentReason: '',
      evidence: '',
      placement: '',
    });
    expect(parsed.notices?.map((n) => n.code)).toContain('totals-row');
  });

  it('a row read from several tabs keeps its tab and grid line', () => {
    const grid: Grid = [
      ['标题', '作者', '单位', '报送日期'],
      ['稿一', '张三', '峡窝镇党委', '2024-03-05'],
      ['稿二', '李四', '峡窝镇党委', '2024-03-06'],
    ];
    const sources = [
      { tab: '2024年', row: 1 },
      { tab: '2024年', row: 7 },
      { tab: '补录', row: 2 },
    ];
    const parsed = parseLedger(grid, { sources });
    expect(parsed.rows.map((r) => [r.tab, r.row, r.gridRow])).toEqual([
      ['2024年', 7, 2],
      ['补录', 2, 3],
    ]);
  });
});
