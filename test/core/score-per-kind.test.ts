// Scoring looks a row's rules up once per kind of row (score.ts classKey: outlet as typed, block, levels, mode,
// the 类别 and 版面 some rule names, the dated version in force, the 字数/时长 tiers passed) and gives every row
// of the kind that kind's 计分 value and 系数 product. On random rule tables (类别, 版面, tiers, dated versions)
// and random ledgers, each row's kind must hold what the row's own lookups give, row by row: two rows that
// look up differently never share a kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { LEDGER_HEADERS, parseLedger } from '../../src/core/ledger';
import { ledgerSource, NO_DAY } from '../../src/core/ledgerTable';
import { outletIndex, presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { scoredColumns } from '../../src/core/scoredColumns';
import { multiplierLookup, pointLookup } from '../../src/core/scoreRules';
import { UNCALCULATED } from '../../src/core/text';
import type { Cell, Grid, Level, Mode, MultiplierRule, PointRule, Rules } from '../../src/core/types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

/** Days of 2024: a few, so that rows fall on the days versions change, before and after them. */
const day2024 = fc
  .constantFrom([1, 1], [2, 29], [3, 1], [3, 2], [6, 30], [7, 1], [12, 31])
  .map(([m, d]) => dayFromYmd(2024, m, d));
const dated = fc.option(day2024, { nil: null, freq: 2 });

// Mostly what the generated rows are (the 市级 and 省级 党报 below, adopted), so that rules meet rows.
const pointRule: fc.Arbitrary<PointRule> = fc.record({
  mode: fc.constantFrom<Mode>('录用', '录用', '综合', '报送'),
  level: fc.constantFrom<Level>('市级', '省级', '市级', '区县级'),
  kind: fc.constantFrom('', '', '经验材料', '专报'),
  tag: fc.constantFrom('', '', '', '党报'),
  placement: fc.constantFrom('', '头版头条', '头版头条', '要闻版'),
  points: fc.integer({ min: 0, max: 40 }),
  effectiveFrom: dated,
});
const multiplierRule: fc.Arbitrary<MultiplierRule> = fc.record({
  name: fc.constantFrom('篇幅', '位置', '类别系数', ''),
  condition: fc.oneof(
    fc.record({ kind: fc.constant('字数' as const), over: fc.constantFrom(500, 1000, 2000) }),
    fc.record({ kind: fc.constant('时长' as const), over: fc.constantFrom(1, 3) }),
    fc.record({ kind: fc.constant('版面' as const), values: fc.constant<string[]>(['头版头条']) }),
    fc.record({ kind: fc.constant('类别' as const), values: fc.constant<string[]>(['调研报告']) }),
  ),
  factor: fc.constantFrom(1.5, 2, 3),
  modes: fc.constantFrom<Mode[]>([], ['录用', '综合']),
  group: fc.constantFrom('', '篇幅'),
  effectiveFrom: dated,
});

const iso = (day: number) => {
  const t = new Date(Date.UTC(2024, 0, 1 + (day - dayFromYmd(2024, 1, 1))));
  return `2024-${t.getUTCMonth() + 1}-${t.getUTCDate()}`;
};
function cell(h: string): fc.Arbitrary<Cell> {
  const pick = (...a: Cell[]) => fc.constantFrom(...a);
  const typical: Record<string, fc.Arbitrary<Cell>> = {
    标题: pick('甲稿', '乙稿', '丙稿'),
    单位: pick('峡窝镇党委', '信息调研科'),
    媒体: pick('郑州日报', '郑州日报', '河南日报', '上街区党建网', '中央电视台', '神秘刊物', ''),
    级别: pick('', '', '', '', '市级', '省级', '未知级'),
    采用方式: pick('录用', '录用', '录用', '综合', '报送', '乱写'),
    类别: pick('', '经验材料', '专报', '动态信息', '调研报告', '乱写的类别'),
    版面: pick('', '头版头条', '头版 头条', '头版头条（A1版）', '要闻版', '二版'),
    报送日期: fc.oneof(day2024.map(iso), fc.constant('')),
    录用日期: fc.oneof(
      { weight: 8, arbitrary: day2024.map(iso) },
      { weight: 1, arbitrary: fc.constantFrom('', '2024-13-40') },
    ),
    字数: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(499, 500, 501, 1000, 1001, 2000, 2500) },
      { weight: 1, arbitrary: fc.constantFrom('', '多') },
    ),
    '时长(分钟)': fc.oneof(fc.constantFrom(0.5, 1, 2, 3, 4), fc.constant('')),
  };
  return typical[h] ?? fc.constant('');
}
const ledger = fc
  .array(fc.tuple(...LEDGER_HEADERS.map(cell)), { minLength: 20, maxLength: 80 })
  .map((rows) => [LEDGER_HEADERS as Cell[], ...rows] as Grid);

function withTables(points: PointRule[], multipliers: MultiplierRule[]): Rules {
  const rules = presetRules('上街区');
  return {
    ...rules,
    points: [...rules.points, ...points],
    multipliers: [...rules.multipliers, ...multipliers],
  };
}

/** Row i's 计分 value and 系数 product looked up for the row alone (RULES §4), as classOf does for its kind. */
function perRow(rules: Rules, grid: Grid): { base: number; multiplier: number }[] {
  const src = ledgerSource(parseLedger(grid));
  const t = src.table;
  const findOutlet = outletIndex(rules.outlets);
  const findPoints = pointLookup(rules.points);
  const findMultiplier = multiplierLookup(rules.multipliers, rules.settings.multiplierCap);
  const out = [];
  for (let i = 0; i < src.length; i++) {
    const row = src.rowAt(i);
    const adopted = t.adoptedOn[i] === NO_DAY ? null : t.adoptedOn[i];
    const submitted = t.submittedOn[i] === NO_DAY ? null : t.submittedOn[i];
    const day = row.mode === '报送' ? (adopted ?? submitted) : adopted;
    const outlet = row.outlet === '' ? null : findOutlet(row.outlet);
    let blocked = row.blocked;
    if (row.outlet !== '' && outlet === null)
      blocked ||= row.outlet === UNCALCULATED || (row.levelOverride === null && row.mode !== '报送');
    const level = row.levelOverride ?? outlet?.level ?? null;
    const tags = outlet?.tags ?? [];
    let base = 0;
    if (!blocked && level !== null) {
      const rule = findPoints(row.mode, level, row.kind, tags, row.placement, day);
      if (rule) base = rule.points;
      else if (row.mode !== '报送') blocked = true;
    }
    const multiplier = blocked || row.mode === '报送' ? 1 : findMultiplier(row, tags, day).factor;
    out.push({ base: blocked ? 0 : base, multiplier });
  }
  return out;
}

describe('scoring per kind of row', () => {
  it('takes a version from its 生效日期 on: rows of one outlet a day apart are two kinds', () => {
    const rules = withTables(
      [
        {
          mode: '录用',
          level: '市级',
          kind: '',
          tag: '',
          placement: '',
          points: 8,
          effectiveFrom: dayFromYmd(2024, 3, 1),
        },
      ],
      [],
    );
    const grid: Grid = [
      LEDGER_HEADERS as Cell[],
      ...['2024-2-29', '2024-3-1', '2024-3-2'].map((day, k) => {
        const cells: Record<string, Cell> = {
          标题: `稿${k}`,
          单位: '峡窝镇党委',
          媒体: '郑州日报',
          录用日期: day,
        };
        return LEDGER_HEADERS.map((h) => cells[h] ?? '');
      }),
    ];
    const c = scoredColumns(scoreLedger(parseLedger(grid), rules));
    // Before it, the preset's undated 市级 录用 5.
    expect([0, 1, 2].map((i) => c.kinds[c.kind[i]].base)).toEqual([5, 8, 8]);
  });

  it('gives each row the 计分 value and 系数 its own lookups give, dated versions included', () => {
    fc.assert(
      fc.property(
        fc.array(pointRule, { maxLength: 10 }),
        fc.array(multiplierRule, { maxLength: 5 }),
        ledger,
        (points, multipliers, grid) => {
          const rules = withTables(points, multipliers);
          const c = scoredColumns(scoreLedger(parseLedger(grid), rules));
          const expected = perRow(rules, grid);
          for (let i = 0; i < c.n; i++) {
            const kind = c.kinds[c.kind[i]];
            expect({ row: i, base: kind.base, multiplier: kind.multiplier }).toEqual({
              row: i,
              ...expected[i],
            });
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
