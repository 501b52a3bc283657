// An office whose own department is not a 区委组织部 (a 县, a county-level city): 本级组织部, set or inferred,
// is where its 党(工)委 send and what a relayed row counts toward (RULES §4 Relay share, 001 §三.9, §四.1);
// and another office's 通报 never carries the 上街区 preset's 发文机关 / 考核办法 / 主送 (RULES §7).
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { buildNotice } from '../../src/core/notice';
import { canonicalRecipient, department } from '../../src/core/relay';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

const OUTLETS: Grid = [
  ['媒体', '别名', '级别', '标签'],
  ['临县报', '', '区县级', ''],
  ['吕梁日报', '', '市级', ''],
];

/** A county's tables: 镇 must send 县委组织部 3 a quarter, 科室 市委组织部 2 a quarter. */
function county(settings: [string, unknown][] = [['年度', 2024]]) {
  return {
    单位: [
      ['单位', '类型'],
      ['城关镇', '镇'],
      ['办公室', '部机关科室'],
    ],
    媒体: OUTLETS,
    指标: [
      ['名称', '对象', '度量', '窗口', '目标', '报送对象'],
      ['每季向县委组织部报送', '镇', '报送', '每季', 3, '县委组织部'],
      ['每季向市委组织部报送', '部机关科室', '报送', '每季', 2, '市委组织部'],
    ],
    设置: [['项目', '值'], ...settings] as Grid,
  };
}

/** Three Q2 pieces of 城关镇 sent to the county's department: one of them relayed by 办公室, adopted at 市级. */
const countyRows = (to: string): RowSpec[] => [
  submission({ 单位: '城关镇', 标题: '一', 报送对象: to, 报送日期: '2024-04-01' }),
  submission({ 单位: '城关镇', 标题: '二', 报送对象: to, 报送日期: '2024-06-30' }),
  adoption({
    单位: '城关镇',
    标题: '三',
    报送对象: to,
    报送日期: '2024-05-10',
    媒体: '吕梁日报',
    录用日期: '2024-05-20',
    对口处室: '办公室',
  }),
  // Straight to the prefecture, not through the 对口处室.
  submission({ 单位: '城关镇', 标题: '四', 报送对象: '吕梁市委组织部', 报送日期: '2024-05-11' }),
];

function quarters(a: ReturnType<typeof assess>, unit: string) {
  const u = a.indicators.units.find((x) => x.subject === unit)!;
  return u.indicators.map((i) => [i.name, i.buckets?.map((b) => b.value)]);
}

describe('本级组织部: a county', () => {
  it('a relayed row counts toward the 镇’s quota to 县委组织部, and the 对口处室’s to 市委组织部 by level', () => {
    const a = assess({ ledger: ledgerGrid(countyRows('县委组织部')), tables: county() });
    expect(quarters(a, '城关镇')).toEqual([['每季向县委组织部报送', [0, 3, 0, 0]]]);
    expect(quarters(a, '办公室')).toEqual([['每季向市委组织部报送', [0, 1, 0, 0]]]);
    // The quotas name 县委组织部 and 设置 names no department: what was assumed is said.
    expect(a.ruleNotes.map((n) => n.message)).toContain(
      '「设置」表未填写“本级组织部”，按「指标」表第2行党（工）委报送任务的报送对象“县委组织部”取为县委组织部：党（工）委向它报送，经对口处室转报的稿件计为向它报送；如不对，请在「设置」表填写“本级组织部”',
    );
  });

  it('the department spelled in full (中共临县县委组织部, 临县县委) is the same one', () => {
    const rows = countyRows('中共临县县委组织部');
    rows[1] = { ...rows[1], 报送对象: '临县县委' };
    const a = assess({
      ledger: ledgerGrid(rows),
      tables: county([
        ['年度', 2024],
        ['本级组织部', '临县县委组织部'],
      ]),
    });
    expect(quarters(a, '城关镇')).toEqual([['每季向县委组织部报送', [0, 3, 0, 0]]]);
    expect(quarters(a, '办公室')).toEqual([['每季向市委组织部报送', [0, 1, 0, 0]]]);
    // Named in 设置: nothing assumed, nothing said about it.
    expect(a.ruleNotes.filter((n) => n.message.includes('本级组织部'))).toEqual([]);
  });

  it('a 党(工)委 sending straight to 市委组织部 is told to go through the 县委组织部’s 对口处室 (001 §四.1)', () => {
    const a = assess({ ledger: ledgerGrid(countyRows('县委组织部')), tables: county() });
    expect(a.scored.rows.map((r) => r.issues)).toEqual([
      [],
      [],
      [],
      [
        '直接报送市委组织部：请先向县委组织部对口处室报送并填“对口处室”（001 §四.1）；此提醒不影响报送条数，但本行不计入向县委组织部报送任务',
      ],
    ]);
  });

  it('发文机关 names the department when 本级组织部 is blank', () => {
    const a = assess({
      ledger: ledgerGrid(countyRows('临县县委组织部')),
      tables: county([
        ['年度', 2024],
        ['发文机关', '中共临县县委组织部'],
      ]),
    });
    expect(quarters(a, '城关镇')).toEqual([['每季向县委组织部报送', [0, 3, 0, 0]]]);
  });
});

describe('本级组织部: a county-level city (津市)', () => {
  const tables = {
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
    设置: [
      ['项目', '值'],
      ['年度', 2024],
      ['发文机关', '中共津市市委组织部'],
    ] as Grid,
  };
  const rows: RowSpec[] = [
    submission({ 单位: '嘉山街道', 标题: 'J1', 报送对象: '津市市委组织部', 报送日期: '2024-03-01' }),
    submission({ 单位: '嘉山街道', 标题: 'J2', 报送对象: '市委组织部', 报送日期: '2024-03-02' }),
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
    // Straight to the prefecture: not a submission to the city's own department.
    submission({ 单位: '嘉山街道', 标题: 'J6', 报送对象: '常德市委组织部', 报送日期: '2024-03-06' }),
  ];

  it('its own department and the prefecture’s are two: each quota counts its own, the relayed row included', () => {
    const march = (ledger: RowSpec[], unit: string) =>
      quarters(assess({ ledger: ledgerGrid(ledger), tables }), unit)[0][1]?.[2];
    expect(march(rows.slice(0, 4), '嘉山街道')).toBe(3); // J1, J2 and the relayed J5
    expect(march(rows, '嘉山街道')).toBe(3); // not J6, to the prefecture
    expect(march(rows, '研究室')).toBe(2); // J3 and J5 relayed up (市级 → the prefecture)
  });

  it('no warning on a submission to its own department; one naming it on a submission to the prefecture', () => {
    const a = assess({ ledger: ledgerGrid(rows), tables });
    expect(a.scored.rows.map((r) => r.issues)).toEqual([
      [],
      [],
      [],
      [],
      [
        '直接报送上级市委组织部：请先向市委组织部对口处室报送并填“对口处室”（001 §四.1）；此提醒不影响报送条数，但本行不计入向市委组织部报送任务',
      ],
    ]);
  });
});

describe('本级组织部: how 报送对象 is read', () => {
  it('by default (区委组织部) as before: 上街区委组织部 and 区委 are it, 郑州市委组织部 the city’s', () => {
    const d = department('区委组织部');
    const texts = [
      '上街区委组织部',
      '区委',
      '郑州市委组织部信息科',
      '市组织部',
      '县委组织部',
      '市委组织部、区委组织部',
    ];
    expect(texts.map(d.canonical)).toEqual(texts.map((t) => canonicalRecipient(t)));
    expect(texts.map(d.canonical)).toEqual([
      '区委组织部',
      '区委组织部',
      '市委组织部',
      '市委组织部',
      '县委组织部',
      '市委组织部、区委组织部',
    ]);
  });

  it('in a 旗, 旗委 and 某旗委组织部 are its own; a prefecture stays 市委组织部', () => {
    const d = department('中共达拉特旗委组织部');
    expect(['旗委', '达拉特旗委组织部', '鄂尔多斯市委组织部', '旗委组织部'].map(d.canonical)).toEqual([
      '旗委组织部',
      '旗委组织部',
      '市委组织部',
      '旗委组织部',
    ]);
  });
});

describe('通报 words of another office (RULES §7)', () => {
  it('its 设置 without 发文机关 / 考核办法 / 主送 gives the placeholders and a notice, not 上街区’s words', () => {
    const a = assess({ ledger: ledgerGrid(countyRows('县委组织部')), tables: county() });
    const s = a.rules.settings;
    expect([s.method, s.issuer, s.recipients]).toEqual(['', '', '']);
    expect(a.ruleNotes.map((n) => n.message)).toContain(
      '「设置」表没有“考核办法”“发文机关”“主送”行：「单位」表列的不是上街区积分办法的单位，通报不沿用其“《上街区组工信息宣传工作考核办法》”、“中共上街区委组织部”、“各党（工）委，部机关各科室”，暂以“组工信息宣传工作考核办法”、“（发文机关）”、“各单位”代替；请在「设置」表填写本单位的考核办法、发文机关、主送',
    );
    const doc = buildNotice(a.report, s, { issuedOn: a.report.period.to });
    expect([doc.recipients, doc.issuer, doc.opening]).toEqual([
      '各单位：',
      '（发文机关）',
      `根据组工信息宣传工作考核办法，现将${a.report.period.label}各单位组工信息宣传工作情况通报如下。`,
    ]);
  });

  it('what its 设置 gives is kept, and only the missing row is named', () => {
    const a = assess({
      ledger: ledgerGrid(countyRows('县委组织部')),
      tables: county([
        ['年度', 2024],
        ['发文机关', '中共临县县委组织部'],
        ['考核办法', '《临县组工信息考核办法》'],
        ['主送', ''],
      ]),
    });
    const s = a.rules.settings;
    expect([s.method, s.issuer, s.recipients]).toEqual([
      '《临县组工信息考核办法》',
      '中共临县县委组织部',
      '',
    ]);
    expect(a.ruleNotes.filter((n) => n.message.includes('主送')).map((n) => n.message)).toEqual([
      '「设置」表第5行“主送”为空：「单位」表列的不是上街区积分办法的单位，通报不沿用其“各党（工）委，部机关各科室”，暂以“各单位”代替；请在「设置」表填写本单位的主送',
    ]);
  });

  it('上街区’s own units over its preset keep the preset’s words (the bundled example’s 设置 has none)', () => {
    const a = assess({
      ledger: ledgerGrid([submission()]),
      tables: {
        单位: [
          ['单位', '类型'],
          ['峡窝镇党委', '乡镇街道'],
          ['信息调研科', '部机关科室'],
        ],
        设置: [
          ['项目', '值'],
          ['年度', 2024],
        ],
      },
    });
    expect(a.rules.settings.issuer).toBe('中共上街区委组织部');
    expect(a.ruleNotes).toEqual([]);
  });
});
