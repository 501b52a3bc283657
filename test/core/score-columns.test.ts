// Scoring's results as columns (issue 15): scoreLedger fills typed columns and makes no ScoredRow until
// `scored.rows` is read; the columns say row for row what the rows say, and once the rows are made (and
// perhaps changed by a caller) the columns follow the rows.
import { describe, expect, it } from 'vitest';
import { generateLedger } from '../../bench/generate';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { MODES, type ScoredColumns, scoredColumns, scoredRowAt, shownAt } from '../../src/core/scoredColumns';
import type { ParsedLedger, Rules, ScoredRow } from '../../src/core/types';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

/** Row i as the columns give it, field by field (not through scoredRowAt, so that both are checked). */
function rowFromColumns(c: ScoredColumns, i: number): ScoredRow {
  const k = c.kinds[c.kind[i]];
  return {
    row: c.row[i],
    unit: c.units[c.unit[i]],
    level: k.level,
    outlet: k.outlet,
    tags: k.tags,
    mode: MODES[c.mode[i]],
    day: Number.isNaN(c.day[i]) ? null : c.day[i],
    base: k.base,
    multiplier: k.multiplier,
    bonus: c.bonus(i),
    // The columns keep them unrounded (totals are rounded, RULES §4); a row shows them to 小数位.
    points: shownAt(c, c.points[i]),
    relayPoints: shownAt(c, c.relayPoints[i]),
    credit: c.credit(i),
    personPoints: c.personPoints(i),
    duplicate: c.duplicate[i] === 1,
    countable: c.countable[i] === 1,
    heldSubmission: c.heldSubmission[i] === 1,
    issues: c.issues(i),
    why: c.why(i),
  };
}

/** Rows where the columns of one scoring and the rows of a second scoring of the same ledger differ. */
function mismatches(ledger: ParsedLedger, rules: Rules): string[] {
  const columns = scoredColumns(scoreLedger(ledger, rules));
  const rows = scoreLedger(ledger, rules).rows;
  const bad: string[] = [];
  if (columns.n !== rows.length) bad.push(`n ${columns.n} ≠ ${rows.length}`);
  // The columns read last row first: what a row says must not depend on the order rows are asked in.
  for (let i = rows.length - 1; i >= 0; i--) {
    for (const made of [rowFromColumns(columns, i), scoredRowAt(columns, i)]) {
      // What the parsed row itself says (not only what a second scoring says).
      const { row, unit, mode } = ledger.rows[i];
      if (made.row !== row || made.unit !== unit || made.mode !== mode)
        bad.push(`row ${i}: ${made.row} ${made.unit} ${made.mode} ≠ parsed ${row} ${unit} ${mode}`);
      if (JSON.stringify(made) !== JSON.stringify(rows[i]))
        bad.push(`row ${i}: ${JSON.stringify(made)} ≠ ${JSON.stringify(rows[i])}`);
    }
  }
  return bad.slice(0, 5);
}

describe('scoreLedger columns', () => {
  it('give every row of a generated ledger (clean and messy, three presets) as its ScoredRow', () => {
    for (const preset of ['上街区', '部机关', '类别'] as const) {
      for (const clean of [true, false]) {
        const grid = generateLedger({ rows: 3000, seed: 7, clean, badShare: clean ? 0 : 0.05 });
        expect(mismatches(parseLedger(grid), presetRules(preset))).toEqual([]);
      }
    }
  });

  it('carry what the piece phases change: duplicate, dropped adoption, instruction bonus, relay share', () => {
    const rules = presetRules('上街区');
    const rules2: Rules = { ...rules, settings: { ...rules.settings, multipleAdoption: '最高级别' } };
    const ledger = parseLedger(
      ledgerGrid([
        adoption({ 标题: '甲', 媒体: '郑州日报', 字数: 800 }),
        adoption({ 标题: '甲', 媒体: '郑州日报', 字数: 800 }),
        adoption({ 标题: '甲', 媒体: '河南组工信息', 字数: 800, 领导批示: '市' }),
        adoption({ 标题: '乙', 媒体: '河南组工信息', 对口处室: '信息调研科', 作者: '张三、李四' }),
        submission({ 标题: '丙' }),
      ]),
    );
    const scored = scoreLedger(ledger, rules2);
    const c = scoredColumns(scored);
    expect([...c.duplicate]).toEqual([0, 1, 0, 0, 0]);
    expect([...c.countable]).toEqual([1, 0, 1, 1, 1]);
    expect([...c.points]).toEqual([0, 0, 20, 10, 0]);
    expect(c.why(4)).toBe('报送 0 = 0');
    expect(scoredRowAt(c, 4).level).toBe(null);
    expect([...c.relayPoints]).toEqual([0, 0, 0, 2, 0]);
    expect([0, 1, 2, 3, 4].map((i) => c.bonus(i))).toEqual([0, 0, 10, 0, 0]);
    expect(c.why(1)).toBe('0（重复行）');
    expect(c.why(0)).toBe('0（多次录用不重复计分）');
    expect(c.why(2)).toBe('省级录用 10 +10（市领导批示） = 20');
    expect(c.credit(3)).toEqual([0.5, 0.5]);
    expect(c.personPoints(3)).toEqual([5, 5]);
    expect(c.issues(1)).toEqual(['重复行：与第2行标题、媒体相同，只计一次']);
    expect(mismatches(ledger, rules2)).toEqual([]);
  });

  it('give credit per author for any number of authors (the author count is kept per row up to 254)', () => {
    const names = (k: number) => Array.from({ length: k }, (_, j) => `作者${j + 1}`).join('、');
    const ledger = parseLedger(
      ledgerGrid([adoption({ 作者: names(254) }), adoption({ 作者: names(300) }), adoption({ 作者: '' })]),
    );
    const c = scoredColumns(scoreLedger(ledger, presetRules('上街区')));
    expect([0, 1, 2].map((i) => c.credit(i).length)).toEqual([254, 300, 0]);
    expect([0, 1, 2].map((i) => c.personPoints(i).length)).toEqual([254, 300, 0]);
    expect(c.credit(1).slice(0, 3)).toEqual([0.5, 0.5, 0]);
    expect(c.issues(1)).toEqual(['作者300人，只计前两人']);
    expect(mismatches(ledger, presetRules('上街区'))).toEqual([]);
  });

  it('follow the rows once they are made and changed by a caller', () => {
    const ledger = parseLedger(ledgerGrid([adoption({ 媒体: '郑州日报' }), adoption({ 媒体: '河南日报' })]));
    const scored = scoreLedger(ledger, presetRules('上街区'));
    expect([...scoredColumns(scored).points]).toEqual([5, 10]);
    scored.rows[0].points = 99;
    scored.rows[1].issues = ['改过'];
    const after = scoredColumns(scored);
    expect([...after.points]).toEqual([99, 10]);
    expect(after.issues(1)).toEqual(['改过']);
    // Rows assigned anew are what the columns say.
    scored.rows = [{ ...scored.rows[1], unit: '别的单位', points: 7 }];
    const replaced = scoredColumns(scored);
    expect(replaced.n).toBe(1);
    expect(replaced.units[replaced.unit[0]]).toBe('别的单位');
    expect([...replaced.points]).toEqual([7]);
  });
});
