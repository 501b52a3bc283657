// 版面 pages as offices write them (sweep S21c F1, O1–O3): 第1版, 一版, A1 … are 头版 on both sides; a rule
// naming only a page covers every position on it unless a row for the position applies; a near miss names the
// word on its own page first.
import { describe, expect, it } from 'vitest';
import { type Assessment, assess } from '../../src/core/index';
import { placementFit, placementKey } from '../../src/core/placement';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import type { Grid, Notice } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

/** 郑州日报 is 市级 in the 上街区 preset: 录用 5 points. */
const piece = (title: string, placement: string, over: Record<string, string> = {}) =>
  adoption({ 标题: title, 版面: placement, ...over });

/** The 上街区 preset's tables with rows added to 计分 / 系数 (cells in their header order). */
function tables(extra: { 计分?: string[][]; 系数?: string[][] }): Record<string, Grid> {
  const grids = rulesToGrids(presetRules('上街区')) as Record<string, Grid>;
  const out: Record<string, Grid> = {};
  for (const name of ['计分', '系数'] as const) {
    const header = grids[name][0] as string[];
    const rows = (extra[name] ?? []).map((r) => header.map((_, k) => r[k] ?? ''));
    out[name] = [...grids[name], ...rows];
  }
  return out;
}

function run(rows: ReturnType<typeof piece>[], extra: { 计分?: string[][]; 系数?: string[][] }): Assessment {
  return assess({ ledger: ledgerGrid(rows), tables: tables(extra), preset: '上街区' });
}

const points = (a: Assessment) => a.scored.rows.map((r) => r.points);
const whys = (a: Assessment) => a.scored.rows.map((r) => r.why);
const notices = (a: Assessment): Notice[] =>
  (a.parsed.notices ?? []).filter((n) => n.code === 'placement-not-in-rules');

/** 计分 采用方式 级别 类别 标签 版面 分值 生效日期: 市级 录用 on a 版面. */
const onPage = (placement: string, value: string, from = '') => [
  '录用',
  '市级',
  '',
  '',
  placement,
  value,
  from,
];
/** 系数 名称 条件 取值 倍数 适用方式 分组. */
const onPageTimes = (name: string, values: string, factor: string) => [
  name,
  '版面',
  values,
  factor,
  '录用',
  '版面',
];

const FRONT = [
  '头版',
  '1版',
  '第1版',
  '一版',
  '第一版',
  '01版',
  '第01版',
  '第１版',
  'A1',
  'A01',
  'A1版',
  'A01版',
  // 首版 and a bare page number in the 版面 column (left in session 22's note: read as no page at all).
  '首版',
  '1',
  '01',
  // A magazine's 封面, a page as P1, and the numerals of amounts (audit s37 J7).
  '封面',
  'P1',
  'P01版',
  '壹版',
  '第壹版',
];

describe('placementKey: the page as offices write it (F1, O2)', () => {
  it.each([
    ...FRONT.map((t) => [t, '头版']),
    ['Ａ１版', '头版'],
    ['a1版', '头版'],
    ['A1版（头版）', '头版'],
    ['第1版头条', '头版头条'],
    ['A1版 头条', '头版头条'],
    ['一版右下', '头版右下'],
    ['第3版', '3版'],
    ['P3版', '3版'],
    ['叁版', '3版'],
    ['三版', '3版'],
    ['第三版', '3版'],
    ['03版', '3版'],
    ['第十二版', '12版'],
    ['二十一版', '21版'],
    ['B1', 'B1版'],
    ['B01版', 'B1版'],
    ['A3版', 'A3版'],
    ['要闻版', '要闻版'],
    ['第0版', '第0版'],
    ['首版头条', '头版头条'],
    ['3', '3版'],
    ['0', '0'],
    ['2024', '2024'],
  ])('%j → %j', (text, key) => {
    expect(placementKey(text)).toBe(key);
  });

  it('a page covers its positions; a position, another page or B1 do not cover 头版', () => {
    expect(placementFit('头版', '头版头条')).toBe(1);
    expect(placementFit('头版头条', '头版头条')).toBe(2);
    expect(placementFit('头版头条', '头版')).toBe(0);
    expect(placementFit('3版', '头版右下')).toBe(0);
    expect(placementFit('B1版', '头版')).toBe(0);
    expect(placementFit('3版', '3版头条')).toBe(1);
  });
});

describe('the front page written any office way scores the 计分 头版 row (F1)', () => {
  it('ledger 第1版, 一版, A1 … take 头版’s 8; B1 and 第3版 keep the 5, told nothing', () => {
    const a = run([...FRONT.map((t, k) => piece(`稿${k}`, t)), piece('乙', 'B1'), piece('丙', '第3版')], {
      计分: [onPage('头版', '8')],
    });
    expect(points(a)).toEqual([...FRONT.map(() => 8), 5, 5]);
    expect(notices(a)).toEqual([]);
  });

  it('a 版面 cell holding the number 1 (as Excel keeps a typed 1) is the front page; 3 is page 3', () => {
    const a = run([piece('甲', 1 as never), piece('乙', 3 as never)], {
      计分: [onPage('头版', '8'), onPage('第三版', '6')],
    });
    expect(points(a)).toEqual([8, 6]);
  });

  it('the rule side too: a 计分 row written 一版, A1版 or a1版 scores a ledger 头版', () => {
    for (const word of ['一版', 'A1版', 'a1版', '第01版']) {
      const a = run([piece('甲', '头版'), piece('乙', '三版')], {
        计分: [onPage(word, '8'), onPage('第三版', '6')],
      });
      expect(points(a)).toEqual([8, 6]);
      expect(notices(a)).toEqual([]);
    }
  });
});

describe('a 计分 版面 listing two (头版、头条; audit s37 K5)', () => {
  it('is refused at its cell, not read as 头版头条 (系数 reads such a list as two)', () => {
    const a = assess({
      ledger: ledgerGrid([piece('甲', '头版')]),
      tables: tables({ 计分: [onPage('头版、头条', '9')] }),
      preset: '上街区',
    });
    expect(a.ruleErrors.map((e) => e.message)).toEqual([
      '「计分」表第14行「版面」“头版、头条”含2个版面：每行只填一个（如“头版”），多个版面各占一行；如指头版头条，请写“头版头条”',
    ]);
  });
});

describe('a page covers every position on it, unless a row names the position (O1)', () => {
  it('头版头条 takes 计分’s 头版 8 and 系数’s 头版头条 ×1.5; 头版右下 takes the 8', () => {
    const a = run(
      [piece('甲', '头版头条'), piece('乙', '头版右下'), piece('丙', '第1版头条'), piece('丁', '二版')],
      {
        计分: [onPage('头版', '8')],
        系数: [onPageTimes('头条加倍', '头版头条', '1.5')],
      },
    );
    expect(points(a)).toEqual([12, 8, 12, 5]);
    expect(whys(a)).toEqual([
      '市级录用 8 ×1.5（头条加倍） = 12',
      '市级录用 8 = 8',
      '市级录用 8 ×1.5（头条加倍） = 12',
      '市级录用 5 = 5',
    ]);
    expect(notices(a)).toEqual([]);
  });

  it('a position on a covered page is a kind of row of its own, not the blank’s (the other order too)', () => {
    const a = run([piece('甲', '二版'), piece('乙', '头版右下'), piece('丙', ''), piece('丁', '头版')], {
      计分: [onPage('头版', '8')],
    });
    expect(points(a)).toEqual([5, 8, 5, 8]);
  });

  it('a 计分 row for 头版头条 wins over 头版 where it applies: from its 生效日期, at its 级别', () => {
    const a = run(
      [
        piece('甲', '头版头条', { 录用日期: '2024-03-05' }),
        piece('乙', '头版头条', { 录用日期: '2024-07-05' }),
        piece('丙', '头版右下', { 录用日期: '2024-07-05' }),
        piece('丁', '头版头条', { 录用日期: '2024-07-05', 媒体: '河南日报' }),
      ],
      {
        计分: [
          onPage('头版', '8'),
          onPage('头版头条', '10', '2024-06-01'),
          ['录用', '省级', '', '', '头版', '20'],
        ],
      },
    );
    expect(points(a)).toEqual([8, 10, 8, 20]);
  });

  it('系数: a row for 头版头条 wins over one for 头版 (×1.5, not ×1.2 nor ×1.8); 头版右下 takes the ×1.2', () => {
    const a = run([piece('甲', '头版头条'), piece('乙', '头版右下'), piece('丙', '头版')], {
      系数: [onPageTimes('头版加成', '头版', '1.2'), ['头条加倍', '版面', '头版头条', '1.5', '录用', '头条']],
    });
    expect(points(a)).toEqual([7.5, 6, 6]);
    expect(whys(a)).toEqual([
      '市级录用 5 ×1.5（头条加倍） = 7.5',
      '市级录用 5 ×1.2（头版加成） = 6',
      '市级录用 5 ×1.2（头版加成） = 6',
    ]);
  });
});

describe('the near miss names the word on the row’s own page first (O3)', () => {
  it('头版右下 against 2版右下 (计分) and 头版头条 (系数): 头版头条 is named first', () => {
    const a = run([piece('甲', '头版右下')], {
      计分: [onPage('2版右下', '6')],
      系数: [onPageTimes('头条加倍', '头版头条', '2')],
    });
    expect(points(a)).toEqual([5]);
    const column = String.fromCharCode(65 + (a.parsed.columns.版面 as number));
    expect(notices(a).map((n) => n.message)).toEqual([
      `${column}列「版面」中的“头版右下”（第2行）不是计分规则中的版面（头版头条、2版右下），未按版面计分`,
    ]);
  });
});
