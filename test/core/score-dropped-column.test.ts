// ScoredColumns.dropped (issue 15): the 计任务 tie (credit.ts) asks whether the 多次录用 policy dropped a row
// from scoring's flag, where it made the row's explanation to read its start. The flag and the explanation
// must say the same of every row, in scoring's columns and in the columns made from rows.
import { describe, expect, it } from 'vitest';
import { generateLedger } from '../../bench/generate';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { columnsOfRows, DROPPED_WHY, type ScoredColumns, scoredColumns } from '../../src/core/scoredColumns';
import type { MultipleAdoption, Rules } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

function rulesWith(policy: MultipleAdoption): Rules {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, multipleAdoption: policy } };
}

/** Rows where dropped(i) and the explanation's start disagree, and how many rows were dropped. */
function disagreements(c: ScoredColumns): { rows: number[]; dropped: number } {
  const rows: number[] = [];
  let dropped = 0;
  for (let i = 0; i < c.n; i++) {
    const says = c.why(i).startsWith(DROPPED_WHY);
    if (c.dropped(i) !== says) rows.push(i);
    if (says) dropped++;
  }
  return { rows, dropped };
}

describe('ScoredColumns.dropped says what the explanation says', () => {
  for (const policy of ['最高级别', '两个最高级别'] as MultipleAdoption[]) {
    it(`on generated ledgers, policy ${policy}`, () => {
      for (const seed of [3, 11]) {
        const grid = generateLedger({ rows: 3000, seed, clean: seed === 3 });
        const scored = scoreLedger(parseLedger(grid), rulesWith(policy));
        const native = disagreements(scoredColumns(scored));
        expect(native.rows).toEqual([]);
        expect(native.dropped).toBeGreaterThan(0);
        expect(disagreements(columnsOfRows(scored.rows)).rows).toEqual([]);
      }
    });
  }

  it('a dropped row with its 调整分 and a kept one', () => {
    const scored = scoreLedger(
      parseLedger(
        ledgerGrid([
          adoption({ 媒体: '上街区党建网', 调整分: 4, 调整理由: '首发及时' }),
          adoption({ 媒体: '郑州日报', 录用日期: '2024-03-08' }),
        ]),
      ),
      rulesWith('最高级别'),
    );
    const c = scoredColumns(scored);
    expect([c.dropped(0), c.dropped(1)]).toEqual([true, false]);
    expect(c.why(0)).toBe('0（多次录用不重复计分） +4（调整：首发及时） = 4');
  });
});
