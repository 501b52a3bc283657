import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { LEVELS, MODES } from '../../src/core/levels';
import { emptyRules, METRICS, readRules, rulesToGrids, WINDOWS } from '../../src/core/rules';
import type {
  Cell,
  Grid,
  Indicator,
  IndicatorSubject,
  MultiplierCondition,
  MultiplierRule,
  OutletDef,
  PointRule,
  Rules,
  Settings,
  UnitDef,
} from '../../src/core/types';

const runs = Number(process.env.FUZZ_RUNS ?? 200);

// Names are tokens without list separators: rule tables split lists on 、，,；; / and spaces.
const token = fc.string({
  unit: fc.constantFrom(...'甲乙丙丁科镇党委街道报网台信息简AZ7'),
  minLength: 1,
  maxLength: 6,
});
const tokens = fc.uniqueArray(token, { maxLength: 3 });
const outletToken = fc.string({ unit: fc.constantFrom(...'日报电视台网刊'), minLength: 1, maxLength: 5 });
// Outlet names an indicator filter uses but the 媒体 table does not know: kept as typed.
const strangerOutlet = fc.string({ unit: fc.constantFrom(...'零壹贰叁'), minLength: 1, maxLength: 4 });
const level = fc.constantFrom(...LEVELS);
const mode = fc.constantFrom(...MODES);
const modes = fc.uniqueArray(mode, { maxLength: 3 });
const amount = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100);
const day = fc.option(fc.integer({ min: dayFromYmd(1990, 1, 1), max: dayFromYmd(2100, 12, 31) }), {
  nil: null,
});

const unit: fc.Arbitrary<UnitDef> = fc
  .record({
    name: token,
    type: token,
    headcount: fc.integer({ min: 0, max: 8 }),
    isOffice: fc.boolean(),
    chief: fc.option(token, { nil: '' }),
    veto: fc.boolean(),
    months: fc.array(
      fc.integer({ min: 0, max: 24 }).map((n) => n / 2),
      { minLength: 8, maxLength: 8 },
    ),
    monthsForm: fc.constantFrom('none', 'each', 'same', 'partial'),
  })
  .map(({ months, monthsForm, ...u }) => {
    const forMembers = months.slice(0, u.headcount);
    const monthsInPost =
      monthsForm === 'none' || u.headcount === 0
        ? []
        : monthsForm === 'same'
          ? forMembers.map(() => forMembers[0])
          : monthsForm === 'partial' && u.headcount >= 3
            ? forMembers.slice(0, u.headcount - 1) // the members not listed served all year
            : forMembers;
    return { ...u, monthsInPost };
  });

const outlet: fc.Arbitrary<OutletDef> = fc.record({
  name: outletToken,
  aliases: fc.uniqueArray(outletToken, { maxLength: 2 }),
  level,
  tags: tokens,
});

const point: fc.Arbitrary<PointRule> = fc.record({
  mode,
  level,
  kind: fc.option(token, { nil: '' }),
  tag: fc.option(token, { nil: '' }),
  placement: fc.option(token, { nil: '' }),
  points: amount,
  effectiveFrom: day,
});

const condition: fc.Arbitrary<MultiplierCondition> = fc.oneof(
  fc.record({ kind: fc.constantFrom('字数' as const, '时长' as const), over: amount }),
  fc.record({
    kind: fc.constantFrom('版面' as const, '类别' as const, '标签' as const),
    values: fc.uniqueArray(token, { minLength: 1, maxLength: 3 }),
  }),
);

const multiplier: fc.Arbitrary<MultiplierRule> = fc.record({
  name: fc.option(token, { nil: '' }),
  condition,
  factor: fc.integer({ min: 1, max: 500 }).map((n) => n / 100),
  modes,
  group: fc.option(token, { nil: '' }),
  effectiveFrom: day,
});

const subject: fc.Arbitrary<IndicatorSubject> = fc.oneof(
  fc.constant({ kind: 'department' as const }),
  fc.constant({ kind: 'everyUnit' as const }),
  fc.record({ kind: fc.constant('unitType' as const), unitType: token }),
  fc.record({
    kind: fc.constantFrom('person' as const, 'team' as const),
    unitType: fc.option(token, { nil: '' }),
  }),
  // Unit types that look like the keywords of the 对象 column.
  fc.record({
    kind: fc.constant('unitType' as const),
    unitType: fc.constantFrom('全部门', '每人', '科室', '科室整体', '离退休人员', '类型:甲'),
  }),
);

const indicator: fc.Arbitrary<Omit<Indicator, 'sourceRow'>> = fc.record({
  name: token,
  subject,
  metric: fc.constantFrom(...METRICS),
  filter: fc.record({
    minLevel: fc.option(level, { nil: null }),
    tags: tokens,
    outlets: fc.uniqueArray(strangerOutlet, { maxLength: 2 }),
    kinds: tokens,
    recipients: tokens,
    modes,
    halfTags: tokens,
  }),
  window: fc.constantFrom(...WINDOWS),
  threshold: amount,
  distinct: fc.boolean(),
  group: fc.option(token, { nil: '' }),
  award: fc.option(token, { nil: '' }),
  deemedMet: tokens,
  effectiveFrom: day,
  coauthors: fc.constantFrom('均分' as const, '各计' as const),
});

const settings: fc.Arbitrary<Settings> = fc.record({
  year: fc.integer({ min: 1900, max: 2200 }),
  preset: token,
  coauthorSplit: fc.constantFrom('均分' as const, '3:2' as const),
  relayShare: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  relayMinLevel: level,
  ownDepartment: fc.option(token, { nil: '' }),
  reviewGate: fc.boolean(),
  barUnits: fc.boolean(),
  warningOnlyProtection: fc.boolean(),
  decimals: fc.integer({ min: 0, max: 6 }),
  multipleAdoption: fc.constantFrom('全部' as const, '最高级别' as const, '两个最高级别' as const),
  multiplierCap: fc.option(
    fc.integer({ min: 1, max: 900 }).map((n) => n / 100),
    { nil: null },
  ),
  capPoints: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }),
  capPeriod: fc.constantFrom('月' as const, '季' as const),
  evidenceFrom: fc.option(level, { nil: null }),
  lateDays: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  bonuses: fc.dictionary(token, fc.integer({ min: 0, max: 1000 })),
  editors: fc.uniqueArray(
    fc
      .tuple(fc.constantFrom('a', 'li', 'wang'), fc.constantFrom('x.cn', 'gov.cn'))
      .map(([u, d]) => `${u}@${d}`),
    { maxLength: 2 },
  ),
  method: token,
  issuer: token,
  recipients: token,
  docNumber: token,
  contact: token,
  // Two paragraphs in one cell (a line break typed with Alt+Enter) stay two.
  problems: fc.tuple(token, token).map(([a, b]) => `${a}\n${b}`),
  nextSteps: token,
  rankingMode: fc.constantFrom('分类' as const, '合并' as const),
  showPeople: fc.boolean(),
});

const rulesArb: fc.Arbitrary<Rules> = fc
  .record({
    units: fc.array(unit, { maxLength: 5 }),
    outlets: fc.array(outlet, { maxLength: 5 }),
    points: fc.array(point, { maxLength: 6 }),
    multipliers: fc.array(multiplier, { maxLength: 4 }),
    bonuses: fc.array(
      fc.record({
        instruction: fc.constantFrom('国家' as const, '省' as const, '市' as const),
        points: amount,
        effectiveFrom: day,
      }),
      { maxLength: 3 },
    ),
    indicators: fc.array(indicator, { maxLength: 5 }),
    settings,
    // 人员: a person in a unit of the table (or any, when it is empty), with or without 在岗月数.
    people: fc.array(
      fc.record({
        name: token,
        unit: token,
        monthsInPost: fc.option(
          fc.integer({ min: 0, max: 24 }).map((n) => n / 2),
          { nil: null },
        ),
      }),
      { maxLength: 4 },
    ),
  })
  .map((r) => ({ ...r, indicators: r.indicators.map((i, n) => ({ ...i, sourceRow: n + 2 })) }));

describe('rulesToGrids → readRules', () => {
  it('is lossless for any rules in canonical form', () => {
    fc.assert(
      fc.property(rulesArb, (rules) => {
        const { rules: back } = readRules(rulesToGrids(rules), emptyRules());
        expect(back).toEqual(rules);
      }),
      { numRuns: runs },
    );
  });

  it('reads what it wrote even when the columns are shuffled and extra columns added', () => {
    fc.assert(
      fc.property(rulesArb, fc.integer({ min: 1, max: 1_000_000 }), (rules, seed) => {
        const grids = rulesToGrids(rules);
        const shuffled = Object.fromEntries(
          Object.entries(grids).map(([name, grid]) => [name, shuffleColumns(grid, seed)]),
        );
        const { rules: back } = readRules(shuffled, emptyRules());
        expect(back).toEqual(rules);
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });

  it('never throws on garbage cells, and every error names a table, a row and a column', () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        '录用',
        '省级',
        '字数',
        '每人:',
        '类型:',
        '全年',
        '是',
        '1/0',
        '-1',
        '20%',
        '奖金.',
        '奖金.x',
      ),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: false }),
    );
    const grid: fc.Arbitrary<Grid> = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 });
    const tables = fc.record(
      {
        单位: grid,
        媒体: grid,
        计分: grid,
        系数: grid,
        加分: grid,
        指标: grid,
        设置: grid,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(tables, fc.boolean(), (t, withHeaders) => {
        const input = withHeaders ? withCanonicalHeaders(t) : t;
        const { errors } = readRules(input, emptyRules());
        for (const e of errors) {
          expect(e.table).not.toBe('');
          expect(e.row).toBeGreaterThanOrEqual(1);
          expect(e.message).toContain(`「${e.table}」表`);
        }
      }),
      { numRuns: runs },
    );
  });
});

function shuffleColumns(grid: Grid, seed: number): Grid {
  const width = grid[0].length + 1;
  const order = Array.from({ length: width }, (_, i) => i);
  let s = seed;
  for (let i = width - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return grid.map((row, r) => order.map((c) => (c === width - 1 ? (r === 0 ? '备用列' : '不读') : row[c])));
}

function withCanonicalHeaders(t: Partial<Record<string, Grid>>): Partial<Record<string, Grid>> {
  const headers = rulesToGrids(emptyRules());
  return Object.fromEntries(
    Object.entries(t).map(([name, grid]) => [
      name,
      [headers[name as keyof typeof headers][0], ...(grid ?? [])],
    ]),
  );
}
