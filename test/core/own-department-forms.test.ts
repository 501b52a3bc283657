// 本级组织部 in the forms offices write it (relay.ts readOwnName), a city's own name with its prefecture or
// province in front, a 市 office that names itself nowhere, and a prefecture told from a county-level city
// (RULES §4 Relay share: a relayed row is the unit's submission to its own department; 001 §四.1).
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { DEFAULT_DEPARTMENT, department, officeRecipient } from '../../src/core/relay';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

const OUTLETS: Grid = [
  ['媒体', '别名', '级别', '标签'],
  ['临县报', '', '区县级', ''],
  ['吕梁日报', '', '市级', ''],
  ['山西组工信息', '', '省级', ''],
];

function march(a: ReturnType<typeof assess>, unit: string, quota: string): number | undefined {
  const u = a.indicators.units.find((x) => x.subject === unit);
  return u?.indicators.find((i) => i.name === quota)?.buckets?.[2]?.value;
}

function notes(a: ReturnType<typeof assess>) {
  return a.ruleNotes
    .filter((n) => /本级组织部|读不出/.test(n.message))
    .map((n) => [n.table, n.row, n.column, n.message]);
}

describe('G2: a county’s 本级组织部 in its other forms', () => {
  const tables = (settings: [string, string][]) => ({
    单位: [
      ['单位', '类型'],
      ['城关镇', '镇'],
      ['办公室', '部机关科室'],
    ],
    媒体: OUTLETS,
    指标: [
      ['名称', '对象', '度量', '窗口', '目标', '报送对象'],
      ['每月向县委组织部报送', '镇', '报送', '每月', 3, '县委组织部'],
      ['每月向市委组织部报送', '部机关科室', '报送', '每月', 2, '市委组织部'],
    ],
    设置: [['项目', '值'], ['年度', 2024], ...settings] as Grid,
  });
  // Two straight to the county's department, one relayed by 办公室 (whatever 报送对象 says, it went to the county).
  const rows: RowSpec[] = [
    submission({ 单位: '城关镇', 标题: '一', 报送对象: '临县县委组织部', 报送日期: '2024-03-01' }),
    submission({ 单位: '城关镇', 标题: '二', 报送对象: '县委组织部', 报送日期: '2024-03-02' }),
    adoption({
      单位: '城关镇',
      标题: '三',
      报送对象: '临县县委组织部',
      报送日期: '2024-03-03',
      媒体: '吕梁日报',
      录用日期: '2024-03-20',
      对口处室: '办公室',
    }),
  ];

  it.each([
    '中共临县委员会组织部',
    '临县县委',
    '临县党委组织部',
    '临县县委组织部信息科',
    '县委组织部办公室',
    '中共临县县委组织部（办公室）',
    '中共山西省吕梁市临县县委组织部',
  ])('本级组织部 %s is the 县委组织部, nothing assumed', (own) => {
    const a = assess({ ledger: ledgerGrid(rows), tables: tables([['本级组织部', own]]) });
    expect(march(a, '城关镇', '每月向县委组织部报送')).toBe(3);
    expect(march(a, '办公室', '每月向市委组织部报送')).toBe(1);
    expect(notes(a)).toEqual([]);
  });

  it('a 本级组织部 no department can be read from is not used, and the note names its cell and what is used', () => {
    const a = assess({
      ledger: ledgerGrid(rows),
      tables: tables([
        ['发文机关', '临县组工办'],
        ['本级组织部', '临县组工办'],
      ]),
    });
    expect(march(a, '城关镇', '每月向县委组织部报送')).toBe(3);
    expect(notes(a)).toEqual([
      [
        '设置',
        4,
        '值',
        '「设置」表第4行“本级组织部”“临县组工办”读不出是哪一级组织部（应如“临县县委组织部”“津市市委组织部”“山西省委组织部”），「设置」表第3行“发文机关”“临县组工办”读不出是哪一级组织部（应如“临县县委组织部”“津市市委组织部”“山西省委组织部”），未采用；按「指标」表第2行党（工）委报送任务的报送对象“县委组织部”取为县委组织部：党（工）委向它报送，经对口处室转报的稿件计为向它报送；如不对，请改正「设置」表第4行“本级组织部”',
      ],
    ]);
  });

  it('nothing to infer from either: the default 区委组织部, said', () => {
    const t = tables([['本级组织部', '组工办']]);
    t.指标 = [
      ['名称', '对象', '度量', '窗口', '目标', '报送对象'],
      ['每月报送', '镇', '报送', '每月', 3, ''],
    ];
    const a = assess({ ledger: ledgerGrid(rows), tables: t });
    expect(notes(a)).toEqual([
      [
        '设置',
        3,
        '值',
        '「设置」表第3行“本级组织部”“组工办”读不出是哪一级组织部（应如“临县县委组织部”“津市市委组织部”“山西省委组织部”），未采用；无从推断，按默认取为区委组织部：党（工）委向它报送，经对口处室转报的稿件计为向它报送；如不对，请改正「设置」表第3行“本级组织部”',
      ],
    ]);
  });
});

/** 津市 (county-level, under 常德市): 街道 send to 市委组织部 (its own), 研究室 to 常德市委组织部 (the prefecture). */
const JINSHI = (settings: [string, string][]) => ({
  单位: [
    ['单位', '类型'],
    ['嘉山街道', '乡镇街道'],
    ['研究室', '部机关科室'],
  ],
  媒体: OUTLETS,
  指标: [
    ['名称', '对象', '度量', '窗口', '目标', '报送对象'],
    ['每月向市委组织部报送', '乡镇街道', '报送', '每月', 2, '市委组织部'],
    ['每月向常德市委组织部报送', '部机关科室', '报送', '每月', 2, '常德市委组织部'],
  ],
  设置: [['项目', '值'], ['年度', 2024], ...settings] as Grid,
});
const jinshiRows: RowSpec[] = [
  submission({ 单位: '嘉山街道', 标题: 'J1', 报送对象: '津市市委组织部', 报送日期: '2024-03-01' }),
  submission({ 单位: '嘉山街道', 标题: 'J2', 报送对象: '中共常德市津市市委组织部', 报送日期: '2024-03-02' }),
  submission({ 单位: '研究室', 标题: 'J3', 报送对象: '常德市委组织部', 报送日期: '2024-03-03' }),
  adoption({
    单位: '嘉山街道',
    标题: 'J5',
    报送对象: '津市市委组织部',
    报送日期: '2024-03-05',
    媒体: '吕梁日报',
    录用日期: '2024-03-20',
    对口处室: '研究室',
  }),
];

describe('G3: a county-level city’s name with its prefecture or province in front', () => {
  it.each([
    ['本级组织部', '中共常德市津市市委组织部'],
    ['本级组织部', '湖南省津市市委组织部'],
    ['发文机关', '中共常德市津市市委组织部'],
  ])('%s %s is 津市’s own department, not the prefecture', (key, own) => {
    const a = assess({ ledger: ledgerGrid(jinshiRows), tables: JINSHI([[key, own]]) });
    expect(march(a, '嘉山街道', '每月向市委组织部报送')).toBe(3);
    expect(march(a, '研究室', '每月向常德市委组织部报送')).toBe(2); // J3 and J5 relayed up
    expect(a.scored.rows.map((r) => r.issues)).toEqual([[], [], [], []]);
  });

  it('the innermost place is the own one: 常德市委组织部 stays the prefecture', () => {
    const d = department('湖南省常德市津市市委组织部');
    expect(
      ['津市市委组织部', '常德市津市市委组织部', '常德市委组织部', '湖南省常德市委组织部', '市委'].map(
        d.canonical,
      ),
    ).toEqual(['市委组织部', '市委组织部', '上级市委组织部', '上级市委组织部', '市委组织部']);
  });
});

describe('G4: a 市 office that names its department nowhere', () => {
  it('its 党(工)委 quotas naming 市委组织部 make it the own department, with a note', () => {
    const a = assess({ ledger: ledgerGrid(jinshiRows), tables: JINSHI([]) });
    expect(march(a, '嘉山街道', '每月向市委组织部报送')).toBe(3);
    expect(a.scored.rows.map((r) => r.issues)).toEqual([[], [], [], []]);
    expect(notes(a)).toEqual([
      [
        '设置',
        1,
        '值',
        '「设置」表未填写“本级组织部”，按「指标」表第2行党（工）委报送任务的报送对象“市委组织部”取为市委组织部：党（工）委向它报送，经对口处室转报的稿件计为向它报送；按县级市计：报送对象写“市委组织部”的按本级计，上级市委组织部请写全称（如常德市委组织部）；如不对，请在「设置」表填写“本级组织部”',
      ],
    ]);
  });
});

/** 吕梁市 (a prefecture): its units are 县 departments and 市直机关工委; 信息科 reports to 省委组织部. */
const LVLIANG = (settings: [string, string][], units: [string, string][] = []) => ({
  单位: [
    ['单位', '类型'],
    ['临县县委组织部', '县市区'],
    ['市直机关工委', '市直工委'],
    ['信息科', '部机关科室'],
    ...units,
  ],
  媒体: OUTLETS,
  指标: [
    ['名称', '对象', '度量', '窗口', '目标', '报送对象'],
    ['每月向市委组织部报送', '县市区', '报送', '每月', 2, '市委组织部'],
    ['每月向省委组织部报送', '部机关科室', '报送', '每月', 1, '省委组织部'],
  ],
  设置: [['项目', '值'], ['年度', 2024], ...settings] as Grid,
});
const lvliangRows: RowSpec[] = [
  submission({ 单位: '临县县委组织部', 标题: 'L1', 报送对象: '吕梁市委组织部', 报送日期: '2024-03-01' }),
  adoption({
    单位: '临县县委组织部',
    标题: 'L3',
    报送对象: '吕梁市委组织部',
    报送日期: '2024-03-05',
    媒体: '山西组工信息',
    录用日期: '2024-03-20',
    对口处室: '信息科',
  }),
  adoption({
    单位: '市直机关工委',
    标题: 'M2',
    报送对象: '市委组织部',
    报送日期: '2024-03-07',
    媒体: '吕梁日报',
    录用日期: '2024-03-21',
    对口处室: '信息科',
  }),
];

describe('G9: a prefecture is not a county-level city', () => {
  it.each([
    ['本级组织部', '中共山西省吕梁市委组织部'],
    ['发文机关', '中共吕梁市委组织部'],
    ['本级组织部', ''],
  ])('%s %s: its 市级 is its own level, its upper 省委组织部', (key, own) => {
    const a = assess({ ledger: ledgerGrid(lvliangRows), tables: LVLIANG(own === '' ? [] : [[key, own]]) });
    expect(march(a, '临县县委组织部', '每月向市委组织部报送')).toBe(2); // L1 and the relayed L3
    expect(march(a, '信息科', '每月向省委组织部报送')).toBe(1); // L3 (省级) only: M2 (市级) stayed here
    expect(a.report.units.find((u) => u.unit === '信息科')?.submissions).toBe(1);
    expect(a.scored.rows.map((r) => r.issues)).toEqual([[], [], []]);
    expect(
      notes(a)
        .map((n) => n[3])
        .join(''),
    ).not.toContain('上级市委组织部');
  });

  it('the department: no 上级市委组织部, 市级 goes nowhere upward', () => {
    const d = department('吕梁市委组织部', '地级');
    expect(d.upper).toEqual({ 省级: '省委组织部', 中央级: '中组部' });
    expect(['吕梁市委组织部', '市委组织部', '山西省委组织部'].map(d.canonical)).toEqual([
      '市委组织部',
      '市委组织部',
      '省委组织部',
    ]);
    expect(officeRecipient({ recipient: '', mode: '录用' }, '市级', d)).toBe('');
    expect(officeRecipient({ recipient: '', mode: '录用' }, '省级', d)).toBe('省委组织部');
    // The bracket says it too.
    expect(department('吕梁市委组织部（地级）').tier).toBe('地级');
  });

  it('a 市 the rules cannot place (县 departments and 乡镇街道 both) is a county-level city, said', () => {
    const a = assess({
      ledger: ledgerGrid(lvliangRows),
      tables: LVLIANG([['本级组织部', '吕梁市委组织部']], [['城关镇', '乡镇街道']]),
    });
    expect(notes(a)).toEqual([
      [
        '设置',
        3,
        '值',
        '「设置」表第3行“本级组织部”“吕梁市委组织部”按县级市计：报送对象写“市委组织部”的按本级计，上级市委组织部请写全称（如常德市委组织部）（「单位」表既有县（市、区）组织部，又有乡镇街道或报送其他市委组织部的任务；如是地级市，请在「设置」表“本级组织部”写“吕梁市委组织部（地级）”）',
      ],
    ]);
    const b = assess({
      ledger: ledgerGrid(lvliangRows),
      tables: LVLIANG([['本级组织部', '吕梁市委组织部（地级）']], [['城关镇', '乡镇街道']]),
    });
    expect(notes(b)).toEqual([]);
    expect(march(b, '信息科', '每月向省委组织部报送')).toBe(1);
  });
});

// A province (audit S24a F1): 南岭省委组织部 scoring its 市州, with a 处室 that relays upward.
const NANLING = (settings: [string, string][]): Parameters<typeof assess>[0]['tables'] => ({
  单位: [
    ['单位', '类型'],
    ['长河市委组织部', '市州'],
    ['信息处', '部机关科室'],
  ],
  媒体: [
    ['媒体', '别名', '级别', '标签'],
    ['长河日报', '', '市级', ''],
    ['南岭组工信息', '', '省级', ''],
    ['人民日报', '', '中央级', ''],
  ],
  指标: [
    ['名称', '对象', '度量', '窗口', '目标', '报送对象'],
    ['每月向省委组织部报送', '市州', '报送', '每月', 3, '省委组织部'],
    ['每月向中组部报送', '部机关科室', '报送', '每月', 1, '中组部'],
  ],
  设置: [['项目', '值'], ['年度', 2024], ['转报最低级别', '中央级'], ...settings] as Grid,
});
// One to the province by its name, one to an office of it, one relayed by 信息处 to 中组部 (the 市州's
// submission to the province), and a 省级 adoption relayed by 信息处: no upward submission of 信息处.
const nanlingRows: RowSpec[] = [
  submission({ 单位: '长河市委组织部', 标题: 'N1', 报送对象: '省委组织部', 报送日期: '2024-03-01' }),
  submission({
    单位: '长河市委组织部',
    标题: 'N2',
    报送对象: '南岭省委组织部信息处',
    报送日期: '2024-03-02',
  }),
  adoption({
    单位: '长河市委组织部',
    标题: 'N3',
    报送对象: '中组部',
    报送日期: '2024-03-03',
    媒体: '人民日报',
    录用日期: '2024-03-20',
    对口处室: '信息处',
  }),
  adoption({
    单位: '长河市委组织部',
    标题: 'N4',
    媒体: '南岭组工信息',
    录用日期: '2024-04-20',
    对口处室: '信息处',
  }),
];

describe('G10: a province is its own 省委组织部', () => {
  it.each([
    ['本级组织部', '南岭省委组织部'],
    ['本级组织部', '省委组织部'],
    ['本级组织部', '中共南岭省委组织部'],
    ['本级组织部', '中共南岭省委员会组织部'],
    ['本级组织部', '南岭省委'],
    ['本级组织部', '南岭省委组织部（省级）'],
    ['本级组织部', '广西壮族自治区党委组织部'],
    ['本级组织部', '自治区党委组织部'],
    ['本级组织部', '北京市委组织部'],
    ['本级组织部', '中共上海市委组织部'],
    ['发文机关', '天津市委组织部'],
    ['发文机关', '中共南岭省委组织部'],
  ])('%s %s: rows to it count, a relayed row counts, 省级 is its own level, no warning', (key, own) => {
    const a = assess({ ledger: ledgerGrid(nanlingRows), tables: NANLING([[key, own]]) });
    expect(march(a, '长河市委组织部', '每月向省委组织部报送')).toBe(3);
    expect(march(a, '信息处', '每月向中组部报送')).toBe(1); // N3 only: N4 (省级) stayed here
    expect(a.report.units.find((u) => u.unit === '信息处')?.submissions).toBe(1);
    expect(a.scored.rows.map((r) => r.issues)).toEqual([[], [], [], []]);
    const said = notes(a).map((n) => n[3]);
    // Named in 本级组织部: nothing to say; by 发文机关: said what was taken, the province.
    if (key === '本级组织部') expect(said).toEqual([]);
    else
      expect(said.join('')).toMatch(
        /^「设置」表未填写“本级组织部”，按发文机关“[^”]+”取为[^；]*(省|市)委组织部：/,
      );
  });

  it('a 市州 sending straight to 中组部 is warned to go through the province', () => {
    const rows = [
      submission({ 单位: '长河市委组织部', 标题: 'N5', 报送对象: '中组部', 报送日期: '2024-03-04' }),
    ];
    const a = assess({ ledger: ledgerGrid(rows), tables: NANLING([['本级组织部', '南岭省委组织部']]) });
    expect(a.scored.rows[0].issues.join('')).toContain('直接报送中组部：请先向省委组织部对口处室报送');
  });

  it('the department: 省委组织部, its upper 中组部 only; a 直辖市’s 市委组织部 is its own', () => {
    const d = department('南岭省委组织部');
    expect(d.key).toBe('省委组织部');
    expect(d.upper).toEqual({ 中央级: '中组部' });
    expect(['南岭省委组织部', '省委组织部', '南岭省委', '长河市委组织部', '中组部'].map(d.canonical)).toEqual(
      ['省委组织部', '省委组织部', '省委组织部', '市委组织部', '中组部'],
    );
    expect(officeRecipient({ recipient: '', mode: '录用' }, '省级', d)).toBe('');
    expect(officeRecipient({ recipient: '', mode: '录用' }, '中央级', d)).toBe('中组部');
    const b = department('北京市委组织部');
    expect(b.key).toBe('省委组织部');
    expect(['北京市委组织部', '市委组织部', '海淀区委组织部'].map(b.canonical)).toEqual([
      '省委组织部',
      '省委组织部',
      '区委组织部',
    ]);
    // 自治区's 区 is no 区委组织部; an 自治州 stays a 州 (no department word read).
    expect(department('广西壮族自治区党委组织部').key).toBe('省委组织部');
    expect(department('自治区党委组织部').key).toBe('省委组织部');
    // Nor in a 报送对象 under a 区's rules: the 自治区's department is above it.
    expect(['广西壮族自治区党委组织部', '自治区党委组织部信息处'].map(DEFAULT_DEPARTMENT.canonical)).toEqual([
      '省委组织部',
      '省委组织部',
    ]);
  });

  it('a name no department can be read from names a provincial form in its advice', () => {
    const a = assess({ ledger: ledgerGrid(nanlingRows), tables: NANLING([['本级组织部', '南岭组工办']]) });
    expect(
      notes(a)
        .map((n) => n[3])
        .join(''),
    ).toContain('（应如“临县县委组织部”“津市市委组织部”“山西省委组织部”）');
  });
});
