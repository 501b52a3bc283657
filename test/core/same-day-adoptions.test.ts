// One piece adopted by two outlets on one 录用日期 (sweep S22c F1): which row carries its 计任务 and its people's and
// teams' 录用 items (README "Repeats") follows the rows' content, never their order on the sheet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowTaskCredits } from '../../src/core/index';
import { evaluateIndicators } from '../../src/core/indicators';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { type PresetName, presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Cell, Grid, Rules, Settings, SubjectResult } from '../../src/core/types';
import { ledgerGrid, type RowSpec } from '../helpers/ledger';
import { d } from './indicators-fixture';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const YEAR_END = d('2024-12-31');
type Policy = Settings['multipleAdoption'];

function rulesFor(preset: PresetName, policy: Policy): Rules {
  const rules = presetRules(preset);
  return { ...rules, settings: { ...rules.settings, multipleAdoption: policy } };
}

/** Everything a shuffle must leave alone, with each row keyed by its cells (not its place). */
function figures(grid: Grid, rules: Rules) {
  const scored = scoreLedger(parseLedger(grid), rules);
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  const tasks = rowTaskCredits(scored)
    .map(
      (t, i) => `${JSON.stringify(grid[scored.rows[i].row - 1])} → ${t.taskCredit} ${scored.rows[i].points}`,
    )
    .sort();
  const out = evaluateIndicators(scored, rules, YEAR_END);
  const subjects = (list: SubjectResult[]) =>
    Object.fromEntries(
      list.map((s) => [
        `${s.kind}:${s.subject}`,
        [
          s.unitType,
          s.memberNames ?? [],
          s.indicators.map((r) => [
            r.name,
            round(r.value),
            r.met,
            (r.buckets ?? []).map((b) => round(b.value)),
          ]),
        ],
      ]),
    );
  const report = buildReport(scored, rules, yearPeriod(2024), YEAR_END, out);
  return {
    tasks,
    people: subjects(out.people),
    teams: subjects(out.teams),
    units: subjects(out.units),
    department: out.department ? subjects([out.department]) : {},
    unitFigures: Object.fromEntries(
      report.units.map((u) => [u.unit, [round(u.points), u.adoptions, u.submissions, u.status]]),
    ),
    personFigures: Object.fromEntries(
      report.people.map((p) => [p.person, [round(p.credit), round(p.points), p.rows, p.adoptedRows]]),
    ),
  };
}

/** The example ledger's “同稿被多家媒体采用” pair (rows 524/525) under the 部机关 preset. */
const SAME_DAY: RowSpec[] = [
  { 媒体: '南通日报', 级别: '市级' },
  { 媒体: '县电视台', 级别: '区县级' },
].map((o) => ({
  标题: '办公室突出多措并举加强基层党组织书记队伍建设',
  作者: '万娟',
  单位: '办公室',
  类别: '动态信息',
  报送日期: '2024-12-22',
  采用方式: '录用',
  录用日期: '2024-12-31',
  字数: 900,
  ...o,
}));

function itemValue(list: SubjectResult[], subject: string, name: string): number | undefined {
  return list.find((s) => s.subject === subject)?.indicators.find((r) => r.name === name)?.value;
}

describe('same-day adoptions of one piece (README "Repeats")', () => {
  for (const policy of ['全部', '最高级别'] as Policy[]) {
    it(`南通日报 / 县电视台 on one day, either order (多次录用 ${policy}): 计任务 and the 市级 items on the 市级 row`, () => {
      const rules = rulesFor('部机关', policy);
      for (const rows of [SAME_DAY, [...SAME_DAY].reverse()]) {
        const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
        const tasks = rowTaskCredits(scored);
        const city = scored.rows.findIndex((r) => r.outlet === '南通日报');
        expect(tasks.map((t) => t.taskCredit)).toEqual(city === 0 ? [1, 0] : [0, 1]);
        const out = evaluateIndicators(scored, rules, YEAR_END);
        expect(itemValue(out.people, '万娟', '南通日报或市电视台')).toBe(1);
        expect(itemValue(out.people, '万娟', '市级以上录用')).toBe(1);
        // Each 去重 item counts the piece at its earliest adoption its filter passes (sweep s28a A1): the
        // 县电视台 adoption is the piece's only one 本地媒体宣传 passes (before: 0, the 市级 row alone counted).
        expect(itemValue(out.people, '万娟', '本地媒体宣传')).toBe(1);
        expect(itemValue(out.teams, '办公室', '科室录用任务')).toBe(1);
      }
    });
  }

  // Rows drawn from a few values each, so that pieces share titles, days and outlets often.
  const PRESETS: Record<string, { units: string[]; outlets: [string, string][] }> = {
    部机关: {
      units: ['办公室', '组织科'],
      outlets: [
        ['南通日报', '市级'],
        ['县电视台', '区县级'],
        ['新华日报', '省级'],
        ['动态', '区县级'],
        ['南通组工信息', '市级'],
      ],
    },
    上街区: {
      units: ['峡窝镇党委', '办公室'],
      outlets: [
        ['郑州日报', '市级'],
        ['河南日报', '省级'],
        ['中央电视台', '中央级'],
        ['上街区党建网', '区县级'],
      ],
    },
  };
  const rowArb = (preset: string): fc.Arbitrary<RowSpec> => {
    const { units, outlets } = PRESETS[preset];
    return fc
      .record({
        标题: fc.constantFrom('甲稿', '乙稿'),
        单位: fc.constantFrom(...units),
        作者: fc.constantFrom('万娟', '王芳', '万娟、王芳', '李四', ''),
        outlet: fc.constantFrom(...outlets),
        采用方式: fc.constantFrom('录用', '录用', '录用', '综合', '报送'),
        录用日期: fc.constantFrom('2024-03-05', '2024-03-05', '2024-06-10', '2023-12-20'),
        报送日期: fc.constantFrom('2024-03-01', '2024-03-02', ''),
        核定: fc.constantFrom('', '', '', '不计分', '倒扣'),
        领导批示: fc.constantFrom('', '', '', '市', '省'),
        调整分: fc.constantFrom('', '', '', 2),
        字数: fc.constantFrom(900, 300),
      })
      .map(({ outlet, ...r }) => ({
        ...r,
        媒体: outlet[0],
        级别: outlet[1],
        类别: '动态信息',
        报送对象: r.报送日期 === '' ? '' : '区委组织部',
        录用日期: r.采用方式 === '报送' ? '' : r.录用日期,
        调整理由: r.调整分 === '' ? '' : '质量高',
      }));
  };
  const caseArb = fc
    .record({
      preset: fc.constantFrom('部机关', '上街区'),
      policy: fc.constantFrom<Policy>('全部', '最高级别', '两个最高级别'),
    })
    .chain(({ preset, policy }) =>
      fc.array(rowArb(preset), { minLength: 1, maxLength: 12 }).chain((rows) =>
        fc
          .shuffledSubarray(
            rows.map((_, i) => i),
            { minLength: rows.length, maxLength: rows.length },
          )
          .map((order) => ({ preset, policy, rows, order })),
      ),
    );

  it(
    'shuffling the rows changes no row’s 计任务 (by content), no person’s, team’s or unit’s figure',
    () => {
      fc.assert(
        fc.property(caseArb, ({ preset, policy, rows, order }) => {
          const rules = rulesFor(preset as PresetName, policy);
          const grid = ledgerGrid(rows);
          const shuffled: Grid = [grid[0], ...order.map((i) => grid[i + 1] as Cell[])];
          expect(figures(shuffled, rules)).toEqual(figures(grid, rules));
        }),
        { numRuns: RUNS },
      );
    },
    Math.max(60_000, RUNS * 200),
  );
});
