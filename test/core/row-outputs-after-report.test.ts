// The 校验 column asks scoring only about the rows a 通报's pass found issues on, when one ran over the same
// scored ledger first: the row outputs are the same whether or not a report was built before them.
import { describe, expect, it } from 'vitest';
import { generateLedger } from '../../bench/generate';
import { dayFromYmd } from '../../src/core/dates';
import { rowOutputs } from '../../src/core/index';
import { parseLedger } from '../../src/core/ledger';
import { parsePeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Period } from '../../src/core/types';

describe('row outputs after a report', () => {
  const grid = generateLedger({ rows: 3000, seed: 7 }); // not clean: bad rows, duplicates, adjustments
  const rules = presetRules('上街区');
  const scoredFresh = () => scoreLedger(parseLedger(grid), rules);
  const year = rules.settings.year;

  it('are the same as without a report, issues included', () => {
    const alone = rowOutputs(scoredFresh(), grid.length - 1);
    const scored = scoredFresh();
    buildReport(scored, rules, yearPeriod(year), dayFromYmd(year, 12, 31));
    const after = rowOutputs(scored, grid.length - 1);
    expect(alone.filter((o) => o.check !== '').length).toBeGreaterThan(50);
    expect(after).toEqual(alone);
  });

  it('are the same after a report of a month (rows of other months have issues too)', () => {
    const alone = rowOutputs(scoredFresh(), grid.length - 1);
    const scored = scoredFresh();
    const march = parsePeriod(`${year}-03`) as Period;
    buildReport(scored, rules, march, march.to);
    expect(rowOutputs(scored, grid.length - 1)).toEqual(alone);
  });
});
