// Each indicator of the 上街区 and 部机关 presets, end to end: a ledger grid is parsed and scored with the
// preset, the indicator is met; without its qualifying rows it is not.
import { describe, expect, it } from 'vitest';
import { evaluateIndicators } from '../../src/core/indicators';
import { parseLedger } from '../../src/core/ledger';
import { type PresetName, presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { IndicatorResult, SubjectResult } from '../../src/core/types';
import { ledgerGrid, type RowSpec } from '../helpers/ledger';
import { d } from './indicators-fixture';

const YEAR_END = d('2024-12-31');
let seq = 0;
const mm = (month: number) => String(month).padStart(2, '0');

/** A submission-only row (报送) in the given month. */
function sub(unit: string, month: number, over: RowSpec = {}): RowSpec {
  seq += 1;
  return {
    标题: `报送稿${seq}`,
    作者: '张三',
    单位: unit,
    类别: '动态信息',
    报送对象: '区委组织部',
    报送日期: `2024-${mm(month)}-10`,
    采用方式: '报送',
    ...over,
  };
}

/** An adoption (录用) in an outlet in the given month, 800 characters. */
function adopt(unit: string, outlet: string, month: number, over: RowSpec = {}): RowSpec {
  seq += 1;
  return {
    标题: `录用稿${seq}`,
    作者: '张三',
    单位: unit,
    类别: '动态信息',
    // No 报送日期: the adoption alone (with one and no 报送对象 it is a submission that counts toward no quota
    // filtered by recipient, and says so: RULES §9).
    媒体: outlet,
    采用方式: '录用',
    录用日期: `2024-${mm(month)}-10`,
    字数: 800,
    ...over,
  };
}

const times = (n: number, make: (i: number) => RowSpec): RowSpec[] =>
  Array.from({ length: n }, (_, i) => make(i));
/** `perMonth` rows in each month of the year. */
const monthly = (perMonth: number, make: (month: number) => RowSpec): RowSpec[] =>
  times(12 * perMonth, (i) => make(Math.floor(i / perMonth) + 1));

type Kind = SubjectResult['kind'];

function run(preset: PresetName, rows: RowSpec[]) {
  const rules = presetRules(preset);
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  return { scored, out: evaluateIndicators(scored, rules, YEAR_END) };
}

function subjectsOf(out: ReturnType<typeof evaluateIndicators>, kind: Kind): SubjectResult[] {
  if (kind === 'unit') return out.units;
  if (kind === 'person') return out.people;
  if (kind === 'team') return out.teams;
  return out.department ? [out.department] : [];
}

function resultOf(
  out: ReturnType<typeof evaluateIndicators>,
  kind: Kind,
  subject: string,
  name: string,
): IndicatorResult | undefined {
  return subjectsOf(out, kind)
    .find((s) => s.subject === subject)
    ?.indicators.find((r) => r.name === name);
}

interface Case {
  preset: PresetName;
  name: string; // indicator name
  kind: Kind;
  subject: string;
  unitType: string; // of the indicator's subject ('' for the department)
  qualifying: () => RowSpec[];
  /** Rows that stay when the qualifying ones are dropped: near misses the filter must reject. */
  base?: () => RowSpec[];
  value: number; // expected value with the qualifying rows
}

// 部机关: a 不计分 row keeps 张三 listed without counting toward anything.
const keepPerson = (): RowSpec[] => [adopt('组织科', '南通日报', 1, { 核定: '不计分' })];

const CASES: Case[] = [
  // ───── 上街区积分办法 ─────
  {
    preset: '上街区',
    name: '全年积分',
    kind: 'unit',
    subject: '峡窝镇党委',
    unitType: '乡镇街道',
    qualifying: () => times(10, (i) => adopt('峡窝镇党委', '郑州日报', i + 1)),
    base: () => [sub('峡窝镇党委', 1), adopt('济源路街道党工委', '河南日报', 2, { 字数: 3000 })],
    value: 50,
  },
  {
    preset: '上街区',
    name: '每月向区委组织部报送',
    kind: 'unit',
    subject: '峡窝镇党委',
    unitType: '乡镇街道',
    qualifying: () => monthly(2, (m) => sub('峡窝镇党委', m)),
    base: () => monthly(2, (m) => sub('峡窝镇党委', m, { 报送对象: '市委组织部' })),
    value: 2,
  },
  {
    preset: '上街区',
    name: '全年积分',
    kind: 'unit',
    subject: '区直机关工委',
    unitType: '其他党工委',
    qualifying: () => times(4, (i) => adopt('区直机关工委', '郑州日报', i + 1)),
    base: () => [adopt('区直机关工委', '郑州日报', 5, { 核定: '不计分' })],
    value: 20,
  },
  {
    preset: '上街区',
    name: '全年向区委组织部报送',
    kind: 'unit',
    subject: '区直机关工委',
    unitType: '其他党工委',
    qualifying: () => times(6, (i) => sub('区直机关工委', i + 1)),
    base: () => times(6, (i) => sub('区直机关工委', i + 1, { 报送对象: '市委组织部' })),
    value: 6,
  },
  {
    preset: '上街区',
    name: '全年积分',
    kind: 'unit',
    subject: '组织科',
    unitType: '部机关科室',
    qualifying: () => times(4, (i) => adopt('组织科', '河南组工信息', i + 1)),
    value: 40,
  },
  {
    preset: '上街区',
    name: '每月向市委组织部报送',
    kind: 'unit',
    subject: '组织科',
    unitType: '部机关科室',
    qualifying: () => monthly(2, (m) => sub('组织科', m, { 报送对象: '市委组织部' })),
    base: () => monthly(2, (m) => sub('组织科', m)),
    value: 2,
  },
  {
    preset: '上街区',
    name: '省委组织部录用',
    kind: 'unit',
    subject: '组织科',
    unitType: '部机关科室',
    qualifying: () => times(2, (i) => adopt('组织科', '河南组工信息', i + 1)),
    base: () => times(2, (i) => adopt('组织科', '郑州组织信息', i + 1)),
    value: 2,
  },
  // ───── 部机关目标考核: each person ─────
  {
    preset: '部机关',
    name: '全年发稿',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    qualifying: () => times(8, (i) => sub('组织科', i + 1, { 报送对象: '部办公室' })),
    base: keepPerson,
    value: 8,
  },
  {
    preset: '部机关',
    name: '组工信息专报',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    // 按编发《专报》统计 (RULES §10.8): adoptions in 组工信息专报 count; rows of 类别 专报 only submitted do not.
    qualifying: () => times(3, (i) => adopt('组织科', '组工信息专报', i + 1)),
    base: () => [
      ...keepPerson(),
      ...times(3, (i) => sub('组织科', i + 1, { 类别: '专报', 报送对象: '部办公室' })),
    ],
    value: 3,
  },
  {
    preset: '部机关',
    name: '部编组工信息录用',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    qualifying: () => times(3, (i) => adopt('组织科', '部编组工信息', i + 1)),
    base: () => [...keepPerson(), ...times(3, (i) => adopt('组织科', '动态', i + 1))],
    value: 3,
  },
  {
    preset: '部机关',
    name: '调研报告',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    qualifying: () => [sub('组织科', 4, { 类别: '调研报告', 报送对象: '部办公室' })],
    base: keepPerson,
    value: 1,
  },
  {
    preset: '部机关',
    name: '市级以上录用',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    // 12 pieces by two authors = 6 for each; a piece adopted again does not count again
    qualifying: () => {
      const rows = times(12, (i) => adopt('组织科', '南通日报', (i % 12) + 1, { 作者: '张三、李四' }));
      return [...rows, { ...rows[0], 媒体: '新华日报' }];
    },
    base: () => [...keepPerson(), ...times(6, (i) => adopt('组织科', '动态', i + 1))],
    value: 6,
  },
  {
    preset: '部机关',
    name: '省组工信息录用',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    // two pieces in a 条线简报 of the same level count half each
    qualifying: () => times(2, (i) => adopt('组织科', '干部教育培训简报', i + 1)),
    base: () => [...keepPerson(), adopt('组织科', '人才工作简报', 3)],
    value: 1,
  },
  {
    preset: '部机关',
    name: '南通组工信息和南通党建录用',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    qualifying: () => [adopt('组织科', '南通组工信息', 2), adopt('组织科', '南通党建', 3)],
    base: () => [...keepPerson(), adopt('组织科', '南通日报', 3)],
    value: 2,
  },
  {
    preset: '部机关',
    name: '论文或调研报告录用',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    qualifying: () => [adopt('组织科', '南通党建', 5, { 类别: '论文' })],
    base: () => [...keepPerson(), adopt('组织科', '动态', 5, { 类别: '论文' })],
    value: 1,
  },
  // 可视作任务 (000 §三(一)2, RULES §10.7): each alone meets the 论文调研 group.
  {
    preset: '部机关',
    name: '电教片市级以上电视台播放',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    qualifying: () => [adopt('组织科', '市电视台', 5, { 类别: '电教片' })],
    base: () => [...keepPerson(), adopt('组织科', '县电视台', 5, { 类别: '电教片' })],
    value: 1,
  },
  {
    preset: '部机关',
    name: '市级以上会议交流或获奖',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    qualifying: () => [sub('组织科', 5, { 类别: '获奖', 级别: '市级', 报送对象: '部办公室' })],
    base: () => [
      ...keepPerson(),
      sub('组织科', 5, { 类别: '会议交流', 级别: '区县级', 报送对象: '部办公室' }),
    ],
    value: 1,
  },
  {
    preset: '部机关',
    name: '收入调研成果汇编',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    qualifying: () => [sub('组织科', 5, { 类别: '成果汇编', 报送对象: '部办公室' })],
    base: keepPerson,
    value: 1,
  },
  {
    preset: '部机关',
    name: '新华日报或省电视台',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    qualifying: () => [adopt('组织科', '江苏电视台', 6, { 类别: '宣传报道' })],
    base: () => [...keepPerson(), adopt('组织科', '南通日报', 6)],
    value: 1,
  },
  {
    preset: '部机关',
    name: '南通日报或市电视台',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    qualifying: () => [adopt('组织科', '南通日报', 6), adopt('组织科', '市电视台', 7)],
    base: () => [...keepPerson(), adopt('组织科', '新华日报', 6)],
    value: 2,
  },
  {
    preset: '部机关',
    name: '本地媒体宣传',
    kind: 'person',
    subject: '张三',
    unitType: '部机关科室',
    qualifying: () => [
      adopt('组织科', '县动态', 1),
      adopt('组织科', '县电视台', 2),
      adopt('组织科', '市委新闻网', 3),
    ],
    base: () => [...keepPerson(), adopt('组织科', '南通日报', 6)],
    value: 3,
  },
  // ───── 部机关: the 科室 as a team, and the department ─────
  {
    preset: '部机关',
    name: '科室录用任务',
    kind: 'team',
    subject: '组织科',
    unitType: '部机关科室',
    // 5 members, one in post 4 months: 4.5 × 6 = 27
    qualifying: () => times(27, (i) => adopt('组织科', '南通日报', (i % 12) + 1)),
    base: () => times(27, (i) => adopt('组织科', '动态', (i % 12) + 1)),
    value: 27,
  },
  {
    preset: '部机关',
    name: '每月上报信息',
    kind: 'department',
    subject: '全部门',
    unitType: '',
    qualifying: () => monthly(15, (m) => sub(m % 2 ? '组织科' : '办公室', m, { 报送对象: '部办公室' })),
    value: 15,
  },
  {
    preset: '部机关',
    name: '每月编报专报',
    kind: 'department',
    subject: '全部门',
    unitType: '',
    qualifying: () => monthly(6, (m) => adopt('干部科', '组工信息专报', m)),
    base: () => monthly(6, (m) => sub('干部科', m, { 类别: '专报', 报送对象: '部办公室' })),
    value: 6,
  },
  {
    preset: '部机关',
    name: '每月部编组工信息',
    kind: 'department',
    subject: '全部门',
    unitType: '',
    qualifying: () => monthly(4, (m) => adopt('人才科', '部编组工信息', m)),
    base: () => monthly(4, (m) => adopt('人才科', '动态', m)),
    value: 4,
  },
  {
    preset: '部机关',
    name: '全年市级以上录用',
    kind: 'department',
    subject: '全部门',
    unitType: '',
    qualifying: () => times(150, (i) => adopt(i % 2 ? '干部科' : '办公室', '南通日报', (i % 12) + 1)),
    base: () => times(150, (i) => adopt('干部科', '动态', (i % 12) + 1)),
    value: 150,
  },
];

describe('every preset indicator has a case here', () => {
  for (const preset of ['上街区', '部机关'] as const) {
    it(`${preset}`, () => {
      const listed = presetRules(preset).indicators.map((ind) => {
        const type = 'unitType' in ind.subject ? ind.subject.unitType : '';
        return `${ind.name}/${type}`;
      });
      const covered = CASES.filter((c) => c.preset === preset).map((c) => `${c.name}/${c.unitType}`);
      expect(covered.sort()).toEqual(listed.sort());
    });
  }
});

describe.each(CASES)('$preset $name ($subject)', (c) => {
  it('is met with its qualifying rows and not without them', () => {
    const base = c.base ? c.base() : [];
    const qualifying = c.qualifying();
    const withRows = run(c.preset, [...base, ...qualifying]);
    // the fixture rows themselves are clean: every qualifying row counts
    const firstQualifying = base.length;
    for (const r of withRows.scored.rows.slice(firstQualifying)) {
      expect(r.issues.filter((m) => !m.startsWith('重复行'))).toEqual([]);
    }
    const met = resultOf(withRows.out, c.kind, c.subject, c.name);
    expect(met).toMatchObject({ met: true, status: '已达标', value: c.value });

    const without = resultOf(run(c.preset, base).out, c.kind, c.subject, c.name);
    expect(without).toBeDefined();
    expect(without?.met).toBe(false);
    expect(without?.status).toBe('未达标');
  });
});

describe('preset semantics end to end', () => {
  it('上街区: the relaying office gets a fifth of the points and the submission (RULES §6)', () => {
    const rows = [
      adopt('峡窝镇党委', '河南组工信息', 3, {
        作者: '张三、李四',
        字数: 800,
        对口处室: '信息调研科',
        报送对象: '市委组织部',
      }),
    ];
    const { out } = run('上街区', rows);
    expect(resultOf(out, 'unit', '峡窝镇党委', '全年积分')?.value).toBe(10);
    expect(resultOf(out, 'unit', '信息调研科', '全年积分')?.value).toBe(2);
    const monthlySubmission = resultOf(out, 'unit', '信息调研科', '每月向市委组织部报送');
    expect(monthlySubmission?.buckets?.[2]).toEqual({ bucket: 3, value: 1, met: false });
  });

  it('部机关: the 录用 award is paid when the adoption task and both structures are met', () => {
    const rows = [
      ...times(6, (i) => adopt('组织科', '南通组工信息', i + 1)),
      adopt('组织科', '省组工信息', 7),
      adopt('组织科', '南通党建', 8, { 类别: '调研报告' }),
      adopt('组织科', '新华日报', 9),
    ];
    const zhang = (list: RowSpec[]) => run('部机关', list).out.people.find((p) => p.subject === '张三');
    expect(zhang(rows)?.bonuses.录用).toBe(200);
    expect(zhang(rows)?.groups.filter((g) => !g.met)).toEqual([]);
    // without the 新华日报 piece the publicity structure fails, and so does the award
    expect(zhang(rows.slice(0, -1))?.bonuses.录用).toBe(0);
  });
});
