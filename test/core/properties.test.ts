// Property tests: random ledgers, garbage cells included, through parse → score → report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { monthPeriod, quarterPeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { normalizeTitleSlow, roundHalfUp } from '../../src/core/text';
import type { Cell, Grid } from '../../src/core/types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

const units = ['峡窝镇党委', '济源路街道党工委', '信息调研科', '办公室', '区直机关工委', '不存在的单位'];
const outlets = ['郑州日报', '河南组工信息', '中央电视台', '上街区党建网', '河南日报', '神秘刊物', ''];
const garbage: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.double(),
  fc.boolean(),
  fc.constant(''),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom('=SUM(A1)', '+1', '@x', '-2', '2024-02-30', '  ', '\u0000'),
);
const date: fc.Arbitrary<Cell> = fc.oneof(
  fc.integer({ min: 1, max: 366 }).map((d) => {
    const t = new Date(Date.UTC(2024, 0, d));
    return `2024-${t.getUTCMonth() + 1}-${t.getUTCDate()}`;
  }),
  fc.integer({ min: 45292, max: 45657 }), // 2024 serials
  fc.constant(''),
);

function field(h: string): fc.Arbitrary<Cell> {
  const pick = <T>(a: T[]) => fc.constantFrom(...a) as fc.Arbitrary<Cell>;
  const typical: Record<string, fc.Arbitrary<Cell>> = {
    标题: fc.constantFrom('甲稿', '乙稿', '丙稿', '《甲稿》', ''),
    作者: fc.constantFrom('', '张三', '张三、李四', '王五,赵六,钱七'),
    单位: pick(units),
    媒体: pick(outlets),
    级别: pick(['', '', '市级', '省级', '县级', '未知级']),
    采用方式: pick(['', '录用', '综合', '报送', '乱写']),
    报送日期: date,
    录用日期: date,
    字数: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constant('')),
    领导批示: pick(['', '', '', '省', '国家', '市']),
    对口处室: pick(['', '', '信息调研科']),
    核定: pick(['', '', '', '不计分', '倒扣']),
    报送对象: pick(['', '区委组织部', '市委组织部']),
  };
  return fc.oneof({ weight: 6, arbitrary: typical[h] ?? fc.constant('') }, { weight: 1, arbitrary: garbage });
}

const row = fc.tuple(...LEDGER_HEADERS.map((h) => field(h)));
const ledger = fc.array(row, { maxLength: 40 }).map((rows) => [LEDGER_HEADERS as Cell[], ...rows] as Grid);

describe('engine properties on random ledgers', () => {
  it('never throws; every row gets a finite points value, and a blocked row says why', () => {
    fc.assert(
      fc.property(ledger, (grid) => {
        const a = assess({ ledger: grid });
        for (let i = 0; i < a.scored.rows.length; i++) {
          const r = a.scored.rows[i];
          expect(Number.isFinite(r.points)).toBe(true);
          if (a.parsed.rows[i].blocked) expect(r.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('unit totals equal the sum of row points plus relay shares received', () => {
    fc.assert(
      fc.property(ledger, (grid) => {
        const a = assess({ ledger: grid }, { period: yearPeriod(2024) });
        const expected = new Map<string, number>();
        const add = (u: string, v: number) => expected.set(u, (expected.get(u) ?? 0) + v);
        for (const r of a.scored.rows) {
          if (r.day === null || r.day < a.report.period.from || r.day > a.report.period.to) continue;
          add(r.unit, r.points);
          const office = a.parsed.rows.find((p) => p.row === r.row)!.relayOffice;
          // A row of a unit 单位 does not list counts nowhere, its relay share neither (audit s38 L6).
          const listed = a.rules.units.length === 0 || a.rules.units.some((x) => x.name === r.unit);
          if (r.relayPoints && listed) add(office, r.relayPoints);
        }
        for (const u of a.report.units) {
          expect(u.points).toBeCloseTo(roundHalfUp(expected.get(u.unit) ?? 0, 2), 6);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('credit per counted piece with authors sums to 1', () => {
    fc.assert(
      fc.property(ledger, (grid) => {
        const a = assess({ ledger: grid });
        for (const r of a.scored.rows) {
          if (r.countable && r.credit.length > 0) {
            expect(r.credit.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reordering rows changes no unit total, submission count, or person credit', () => {
    fc.assert(
      fc.property(ledger, fc.integer(), (grid, seed) => {
        const [header, ...rows] = grid;
        const shuffled = [...rows];
        let s = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1_103_515_245 + 12_345) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const a = assess({ ledger: grid }).report;
        const b = assess({ ledger: [header, ...shuffled] }).report;
        const byUnit = (rep: typeof a) =>
          Object.fromEntries(
            rep.units.map((u) => [u.unit, [u.points, u.submissions, u.adoptions, u.status]]),
          );
        expect(byUnit(b)).toEqual(byUnit(a));
        const byPerson = (rep: typeof a) =>
          Object.fromEntries(rep.people.map((p) => [p.person, [p.credit, p.points]]));
        expect(byPerson(b)).toEqual(byPerson(a));
      }),
      { numRuns: RUNS },
    );
  });

  it('with a cap (封顶), the months of a quarter add up to the quarter and the quarters to the year', () => {
    fc.assert(
      fc.property(
        ledger,
        fc.constantFrom<'月' | '季'>('月', '季'),
        fc.integer({ min: 1, max: 60 }),
        (grid, capPeriod, capPoints) => {
          const a = assess({ ledger: grid });
          const rules = { ...a.rules, settings: { ...a.rules.settings, capPoints, capPeriod } };
          const points = (p: ReturnType<typeof yearPeriod>) =>
            new Map(buildReport(a.scored, rules, p, p.to).units.map((u) => [u.unit, u.points]));
          const year = points(yearPeriod(2024));
          const sumQuarters = new Map<string, number>();
          for (let q = 1; q <= 4; q++) {
            const quarter = points(quarterPeriod(2024, q));
            const sumMonths = new Map<string, number>();
            for (let m = (q - 1) * 3 + 1; m <= q * 3; m++) {
              for (const [u, v] of points(monthPeriod(2024, m)))
                sumMonths.set(u, (sumMonths.get(u) ?? 0) + v);
            }
            for (const [u, v] of quarter) {
              expect(sumMonths.get(u) ?? 0).toBeCloseTo(v, 6);
              sumQuarters.set(u, (sumQuarters.get(u) ?? 0) + v);
            }
          }
          for (const [u, v] of year) expect(sumQuarters.get(u) ?? 0).toBeCloseTo(v, 6);
        },
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('a person never gets more credit than the adopted pieces they wrote', () => {
    fc.assert(
      fc.property(ledger, (grid) => {
        const a = assess({ ledger: grid });
        for (const p of a.report.people) {
          const pieces = new Set(
            a.scored.rows
              .map((r, i) => ({ r, src: a.parsed.rows[i] }))
              .filter(({ r, src }) => r.countable && r.mode !== '报送' && src.authors.includes(p.person))
              .map(({ r, src }) => {
                const key = normalizeTitleSlow(src.title);
                return key ? `${r.unit}|${key}` : `#${r.row}`;
              }),
          );
          expect(p.credit).toBeLessThanOrEqual(pieces.size + 1e-9);
          expect(p.credit).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
