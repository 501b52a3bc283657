// Points per author (ScoredRow.personPoints): scoring hands rows with equal points one shared list, found
// in a small table of its own that grows with the number of distinct points. Whatever the number of
// distinct values, each author's points are the row's points times the author's share.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { scoredColumns } from '../../src/core/scoredColumns';
import { adoption, ledgerGrid } from '../helpers/ledger';

/** 600 rows with 300 distinct 调整分 values, each on two rows 300 apart; one, two and three authors in turn. */
function ledger() {
  const authors = ['张三', '张三、李四', '张三、李四、王五'];
  return Array.from({ length: 600 }, (_, k) =>
    adoption({
      标题: `信息${k}`,
      作者: authors[k % 3],
      调整分: Math.round((k % 300) * 37 - 3700) / 100,
      调整理由: '领导表扬',
    }),
  );
}

describe('points per author', () => {
  const rules = presetRules('上街区');
  const scored = scoreLedger(parseLedger(ledgerGrid(ledger())), rules);
  // The row's unrounded points (a person's total is rounded, not each row: RULES §4).
  const exact = scoredColumns(scored).points;
  const rows = scored.rows;
  const first = rules.settings.coauthorSplit === '3:2' ? 0.6 : 0.5;

  it('are the points times the share, for hundreds of distinct points', () => {
    expect(new Set(rows.map((r) => r.points)).size).toBeGreaterThan(250);
    const shares = [[1], [first, 1 - first], [first, 1 - first, 0]];
    const wrong = rows.filter((r, k) => {
      const expected = shares[k % 3].map((s) => exact[k] * s);
      return JSON.stringify(r.personPoints) !== JSON.stringify(expected);
    });
    expect(wrong).toEqual([]);
  });

  it('are one list for rows with equal points and author count', () => {
    // Rows k and k + 300 have equal 调整分 and author count.
    const pairs = rows.slice(0, 300).map((r, k) => [r, rows[k + 300]]);
    expect(pairs.filter(([a, b]) => a.points !== b.points)).toEqual([]);
    expect(pairs.filter(([a, b]) => a.personPoints !== b.personPoints)).toEqual([]);
  });
});
