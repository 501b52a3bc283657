// The report, the row outputs and the 计任务 credits read a scored ledger through its columns (issue 15):
// a ScoredLedger built or changed by hand is read as its rows now say, and a columnar one is read without
// making its ScoredRow objects.
import { describe, expect, it } from 'vitest';
import { generateLedger } from '../../bench/generate';
import { dayFromYmd } from '../../src/core/dates';
import { rowOutputs, rowTaskCredits } from '../../src/core/index';
import { parseLedger } from '../../src/core/ledger';
import { monthPeriod, yearPeriod } from '../../src/core/period';
import { rememberRemarks, rowRemarks } from '../../src/core/remarks';
import { buildReport, periodIndicators } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { columnarLedger, columnsOfRows, scoredColumns } from '../../src/core/scoredColumns';
import type { Rules, ScoredLedger, ScoredRow } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

/** 上街区 without a cap, so a row's points show one for one in its unit's total. */
function uncapped(): Rules {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, capPoints: null } };
}

const unitRow = (report: ReturnType<typeof buildReport>, name: string) => {
  const u = report.units.find((x) => x.unit === name);
  if (!u) throw new Error(`no row for ${name}`);
  return u;
};

describe('a scored ledger changed by hand', () => {
  const grid = ledgerGrid([
    adoption({ 单位: '峡窝镇党委', 标题: '甲', 作者: '张三', 媒体: '河南日报' }),
    adoption({ 单位: '峡窝镇党委', 标题: '乙', 作者: '张三', 媒体: '河南日报' }),
    adoption({ 单位: '济源路街道党工委', 标题: '丙', 作者: '李四', 媒体: '河南日报' }),
  ]);
  const rules = uncapped();
  const period = yearPeriod(2024);
  const asOf = period.to;

  /** The scoring's rows, copied, with row 2 given 99 points and an issue and row 3 no longer counted. */
  function changed(scored: ScoredLedger): ScoredLedger {
    const rows: ScoredRow[] = scored.rows.map((r) => ({ ...r }));
    rows[1].points = 99;
    rows[1].issues = ['人工核对'];
    rows[2].countable = false;
    return { ledger: scored.ledger, rows };
  }

  it('the row outputs and the 计任务 credits show the changed rows', () => {
    const scored = scoreLedger(parseLedger(grid), rules);
    const before = rowOutputs(scored, 3);
    expect(before[2]).toEqual({ points: scored.rows[2].points, credit: 1, check: '' });
    const out = rowOutputs(changed(scored), 3);
    expect(out).toEqual([
      before[0],
      { points: 99, credit: before[1].credit, check: '人工核对' },
      { points: scored.rows[2].points, credit: 0, check: '' },
    ]);
    expect(rowTaskCredits(changed(scored)).map((t) => t.taskCredit)).toEqual([1, 1, 0]);
  });

  it('the report totals, adoptions and issue list follow the changed rows', () => {
    const scored = scoreLedger(parseLedger(grid), rules);
    const hand = changed(scored);
    const indicators = periodIndicators(hand, rules, period, asOf);
    const report = buildReport(hand, rules, period, asOf, indicators);
    const xiawo = unitRow(report, '峡窝镇党委');
    expect([xiawo.points, xiawo.adoptions]).toEqual([scored.rows[0].points + 99, 2]);
    const wuyun = unitRow(report, '济源路街道党工委');
    expect([wuyun.points, wuyun.adoptions]).toEqual([scored.rows[2].points, 0]);
    expect(report.issues).toEqual([{ row: 3, unit: '峡窝镇党委', title: '乙', issues: ['人工核对'] }]);
  });

  it('a hole in a hand-built rows list is a row that counts nowhere, not a crash', () => {
    const scored = scoreLedger(parseLedger(grid), rules);
    const hand: ScoredLedger = {
      ledger: scored.ledger,
      rows: [scored.rows[0], undefined as never, scored.rows[2]],
    };
    expect(rowOutputs(hand, 3)[1]).toEqual({ points: '', credit: '', check: '' });
    expect(rowTaskCredits(hand)[1]).toEqual({ credit: [], taskCredit: 0 });
    const report = buildReport(hand, rules, period, asOf, periodIndicators(scored, rules, period, asOf));
    const xiawo = unitRow(report, '峡窝镇党委');
    expect([xiawo.points, xiawo.adoptions]).toEqual([scored.rows[0].points, 1]);
  });

  it('a columnar ledger whose rows were read and changed is reported as changed', () => {
    const scored = scoreLedger(parseLedger(grid), rules);
    const lazy = columnarLedger(scored.ledger, columnsOfRows(scored.rows));
    const indicators = periodIndicators(scored, rules, period, asOf);
    const first = buildReport(lazy, rules, period, asOf, indicators);
    lazy.rows[1].points = 99;
    const again = buildReport(lazy, rules, period, asOf, indicators);
    expect(unitRow(again, '峡窝镇党委').points).toBe(
      unitRow(first, '峡窝镇党委').points - scored.rows[1].points + 99,
    );
    expect(rowOutputs(lazy, 3)[1].points).toBe(99);
  });
});

describe('a columnar scored ledger', () => {
  const grid = generateLedger({ rows: 3000, seed: 7 });
  const rules = presetRules('上街区');
  const year = rules.settings.year;
  const asOf = dayFromYmd(year, 12, 31);

  /** The ledger scored, and the same scoring as a columnar ledger whose reads of `rows` are counted. */
  function setUp() {
    const scored = scoreLedger(parseLedger(grid), rules);
    const columns = columnsOfRows(scored.rows);
    const lazy = columnarLedger(scored.ledger, columns);
    // Scoring's remarks (a 倒扣 verdict line) ride beside the columns, as score.ts remembers them on its ledger.
    const remarks = new Map(scored.rows.map((_, i) => [i, rowRemarks(scored, undefined, i)] as const));
    rememberRemarks(lazy, new Map([...remarks].filter(([, r]) => r.length > 0)));
    const made = Object.getOwnPropertyDescriptor(lazy, 'rows')?.get;
    if (!made) throw new Error('columnarLedger has no rows getter');
    const reads = { n: 0 };
    Object.defineProperty(lazy, 'rows', {
      enumerable: true,
      configurable: true,
      get() {
        reads.n++;
        return made.call(lazy);
      },
    });
    return { scored, columns, lazy, reads };
  }

  it('gives the report, row outputs and 计任务 credits of its rows without making them', () => {
    const { scored, columns, lazy, reads } = setUp();
    for (const period of [yearPeriod(year), monthPeriod(year, 7)]) {
      const indicators = periodIndicators(scored, rules, period, asOf);
      expect(buildReport(lazy, rules, period, asOf, indicators)).toEqual(
        buildReport(scored, rules, period, asOf, indicators),
      );
    }
    expect(rowOutputs(lazy, grid.length - 1)).toEqual(rowOutputs(scored, grid.length - 1));
    expect(rowTaskCredits(lazy)).toEqual(rowTaskCredits(scored));
    expect(reads.n).toBe(0);
    expect(scoredColumns(lazy)).toBe(columns);
  });

  it('the count would see the rows being made', () => {
    const { columns, lazy, reads } = setUp();
    expect(lazy.rows).toHaveLength(columns.n);
    expect(reads.n).toBe(1);
    expect(scoredColumns(lazy)).not.toBe(columns);
  });
});
