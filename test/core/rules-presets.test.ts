import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/core';
import {
  emptyRules,
  outletIndex,
  PRESET_NAMES,
  parsePresetName,
  presetFallback,
  presetRules,
  type RuleGrids,
  readRules,
  rulesToGrids,
  validateRules,
} from '../../src/core/rules';
import type { Indicator, Level, Mode, Rules } from '../../src/core/types';

function points(rules: Rules, mode: Mode, level: Level, kind = ''): number | undefined {
  return rules.points.find((p) => p.mode === mode && p.level === level && p.kind === kind && p.tag === '')
    ?.points;
}

function find(rules: Rules, name: string, pred: (i: Indicator) => boolean = () => true): Indicator {
  const found = rules.indicators.filter((i) => i.name === name && pred(i));
  expect(found, name).toHaveLength(1);
  return found[0];
}

const ofType = (t: string) => (i: Indicator) => i.subject.kind === 'unitType' && i.subject.unitType === t;

describe('every preset', () => {
  // presets.json was written from the presets as object literals, before they became compact tables: the
  // tables must give the very same rules, value for value.
  const before = JSON.parse(readFileSync(join(__dirname, '../fixtures/presets.json'), 'utf8'));
  it.each(PRESET_NAMES)('%s gives the same rules as before it was written as compact data', (name) => {
    expect(JSON.parse(JSON.stringify(presetRules(name)))).toStrictEqual(before[name]);
  });

  it.each(PRESET_NAMES)('%s has no contradictions', (name) => {
    expect(validateRules(presetRules(name))).toEqual([]);
  });

  it.each(PRESET_NAMES)('%s survives rulesToGrids → readRules unchanged, with no errors', (name) => {
    const preset = presetRules(name);
    const { rules, errors } = readRules(rulesToGrids(preset), emptyRules());
    expect(errors).toEqual([]);
    expect(rules).toEqual(preset);
  });

  it.each(PRESET_NAMES)('%s written over another preset replaces each table it fills', (name) => {
    const preset = presetRules(name);
    const fallback = presetRules(name === '上街区' ? '部机关' : '上街区');
    const { rules, errors } = readRules(rulesToGrids(preset), fallback);
    expect(errors).toEqual([]);
    // An empty base table (单位, 媒体, 计分) keeps the fallback's; an emptied 系数 / 加分 / 指标 means none.
    for (const table of ['units', 'outlets', 'points'] as const) {
      expect(rules[table], table).toEqual(preset[table].length > 0 ? preset[table] : fallback[table]);
    }
    for (const table of ['multipliers', 'bonuses', 'indicators'] as const) {
      expect(rules[table], table).toEqual(preset[table]);
    }
    // The office's own 通报 words (发文机关, 主送 …) survive a preset that leaves them blank, unless the tables
    // read are another office's: 类别's units are not 上街区's (one 党工委 name in four is shared), so its 通报
    // does not borrow 上街区's 考核办法 / 发文机关 / 主送 (RULES §7; the note says which rows to fill).
    const another = name === '类别';
    const words = (['method', 'issuer', 'recipients', 'contact', 'problems', 'nextSteps'] as const).map(
      (k) => [
        k,
        another && ['method', 'issuer', 'recipients'].includes(k)
          ? ''
          : preset.settings[k] || fallback.settings[k],
      ],
    );
    expect(rules.settings).toEqual({
      ...preset.settings,
      bonuses: { ...fallback.settings.bonuses, ...preset.settings.bonuses },
      ...Object.fromEntries(words),
    });
  });

  it.each(PRESET_NAMES)('%s is a fresh copy each time, for 2024', (name) => {
    const a = presetRules(name);
    a.outlets[0].tags.push('改动');
    a.settings.bonuses.x = 1;
    const b = presetRules(name);
    expect(b.outlets[0].tags).not.toContain('改动');
    expect(b.settings.bonuses.x).toBeUndefined();
    expect(b.settings.year).toBe(2024);
    expect(parsePresetName(b.settings.preset)).toBe(name);
  });

  it.each(PRESET_NAMES)('%s: every outlet an indicator names is in its 媒体 table', (name) => {
    const rules = presetRules(name);
    const lookup = outletIndex(rules.outlets);
    for (const i of rules.indicators) for (const o of i.filter.outlets) expect(lookup(o)?.name).toBe(o);
  });

  it('the default preset is 上街区', () => {
    expect(PRESET_NAMES[0]).toBe('上街区');
    expect(parsePresetName('上街区积分办法')).toBe('上街区');
    expect(parsePresetName('类别积分（示例）')).toBe('类别');
    expect(parsePresetName('别的办法')).toBeNull();
  });
});

describe('上街区积分办法 (001)', () => {
  const rules = presetRules('上街区');

  it('计分: 录用 1/5/10/30, 综合 0.5/3/5/15, 报送 0', () => {
    const levels: Level[] = ['区县级', '市级', '省级', '中央级'];
    expect(levels.map((l) => points(rules, '录用', l))).toEqual([1, 5, 10, 30]);
    expect(levels.map((l) => points(rules, '综合', l))).toEqual([0.5, 3, 5, 15]);
    expect(levels.map((l) => points(rules, '报送', l))).toEqual([0, 0, 0, 0]);
  });

  it('系数: 字数 > 1000 and 时长 > 1 are ×3 in one group 篇幅, for 录用 only', () => {
    expect(rules.multipliers.map((m) => [m.condition, m.factor, m.group, m.modes])).toEqual([
      [{ kind: '字数', over: 1000 }, 3, '篇幅', ['录用']],
      [{ kind: '时长', over: 1 }, 3, '篇幅', ['录用']],
    ]);
  });

  it('加分 国家 30, 省 20, 市 10; 转报分成 1/5; review gate off', () => {
    expect(Object.fromEntries(rules.bonuses.map((b) => [b.instruction, b.points]))).toEqual({
      国家: 30,
      省: 20,
      市: 10,
    });
    expect(rules.settings.relayShare).toBe(0.2);
    expect(rules.settings.reviewGate).toBe(false);
    expect(rules.settings.multipleAdoption).toBe('全部');
  });

  it('indicators by unit type as 001 §五 sets them', () => {
    expect(find(rules, '全年积分', ofType('乡镇街道')).threshold).toBe(50);
    expect(find(rules, '每月向区委组织部报送', ofType('乡镇街道'))).toMatchObject({
      metric: '报送',
      window: '每月',
      threshold: 2,
      filter: { recipients: ['区委组织部'] },
    });
    expect(find(rules, '全年积分', ofType('其他党工委')).threshold).toBe(20);
    expect(find(rules, '全年向区委组织部报送', ofType('其他党工委'))).toMatchObject({
      metric: '报送',
      window: '全年',
      threshold: 6,
    });
    expect(find(rules, '全年积分', ofType('部机关科室')).threshold).toBe(40);
    expect(find(rules, '每月向市委组织部报送', ofType('部机关科室'))).toMatchObject({
      window: '每月',
      threshold: 2,
      filter: { recipients: ['市委组织部'] },
    });
    expect(find(rules, '省委组织部录用', ofType('部机关科室'))).toMatchObject({
      metric: '录用',
      threshold: 2,
      filter: { tags: ['省组工信息'] },
    });
    expect(rules.indicators).toHaveLength(7);
  });

  it('units of all three types, with the office flagged', () => {
    const byName = new Map(rules.units.map((u) => [u.name, u]));
    expect(byName.get('峡窝镇党委')?.type).toBe('乡镇街道');
    expect(byName.get('济源路街道党工委')?.type).toBe('乡镇街道');
    expect(byName.get('区直机关工委')?.type).toBe('其他党工委');
    expect(byName.get('信息调研科')?.type).toBe('部机关科室');
    expect(rules.units.filter((u) => u.isOffice).map((u) => u.name)).toEqual(['办公室']);
  });

  it('outlets the seed names, with their levels and tags', () => {
    const lookup = outletIndex(rules.outlets);
    const level = (n: string) => lookup(n)?.level;
    expect(['上街区党建网', '上街组工动态', '上街时讯'].map(level)).toEqual(Array(3).fill('区县级'));
    expect(['郑州组织信息', '郑州组工通讯', '郑州日报', '郑州电视台', '郑州人民广播电台'].map(level)).toEqual(
      Array(5).fill('市级'),
    );
    expect(['河南组工信息', '河南日报', '河南电视台', '河南人民广播电台'].map(level)).toEqual(
      Array(4).fill('省级'),
    );
    const central = [
      '人民日报',
      '光明日报',
      '经济日报',
      '中国青年报',
      '组织人事报',
      '求是',
      '内部清样',
      '内部参考',
    ];
    central.push('中央电视台', '中央人民广播电台', '新华社', '中组部组工信息', '组工通讯', '党建研究');
    expect(central.map(level)).toEqual(Array(central.length).fill('中央级'));
    expect(lookup('河南组工信息')?.tags).toContain('省组工信息');
  });
});

describe('部机关目标考核 (000)', () => {
  const rules = presetRules('部机关');
  const person = (i: Indicator) => i.subject.kind === 'person' && i.subject.unitType === '部机关科室';
  const dept = (i: Indicator) => i.subject.kind === 'department';

  it('personal count tasks', () => {
    expect(find(rules, '全年发稿', person)).toMatchObject({ metric: '篇目', threshold: 8, distinct: true });
    // 按编发《专报》统计: adoptions in outlets tagged 专报, not a 类别 (RULES §10.8).
    expect(find(rules, '组工信息专报', person)).toMatchObject({
      metric: '录用',
      threshold: 3,
      filter: { tags: ['专报'], kinds: [] },
      award: '发稿',
    });
    expect(find(rules, '部编组工信息录用', person)).toMatchObject({
      metric: '录用',
      threshold: 3,
      filter: { tags: ['部编'] },
      award: '发稿',
    });
    expect(find(rules, '调研报告', person)).toMatchObject({ threshold: 1, award: '发稿' });
    expect(find(rules, '市级以上录用', person)).toMatchObject({
      metric: '录用',
      threshold: 6,
      distinct: true,
      filter: { minLevel: '市级' },
      award: '录用',
    });
    expect(find(rules, '论文或调研报告录用', person).filter.kinds).toEqual(['论文', '调研报告']);
  });

  it('information structure: any of 省组工信息 ≥ 1 or 南通组工信息 + 南通党建 ≥ 2, 条线简报 at half', () => {
    const group = rules.indicators.filter((i) => i.group === '信息结构');
    expect(group.map((i) => i.threshold)).toEqual([1, 2]);
    for (const i of group) expect(i.filter.halfTags).toEqual(['条线简报']);
    const lookup = outletIndex(rules.outlets);
    const [province, city] = group;
    const tagged = (outlet: string, i: Indicator) =>
      lookup(outlet)?.tags.some((t) => i.filter.tags.includes(t));
    expect(tagged('江苏组工信息', province)).toBe(true);
    expect(tagged('南通组工信息', city) && tagged('南通党建', city)).toBe(true);
    expect(tagged('干部教育培训简报', province) && tagged('人才工作简报', city)).toBe(true);
    expect(lookup('干部教育培训简报')?.level).toBe('省级');
  });

  it('publicity structure: three alternatives over the outlets 000 names', () => {
    const group = rules.indicators.filter((i) => i.group === '宣传结构');
    expect(group.map((i) => [i.filter.outlets, i.threshold])).toEqual([
      [['新华日报', '省电视台'], 1],
      [['南通日报', '南通电视台'], 2],
      [['动态', '县电视台', '市委新闻网', '市政府网'], 3],
    ]);
    const lookup = outletIndex(rules.outlets);
    expect(lookup('市电视台')?.name).toBe('南通电视台');
    expect(lookup('县动态')?.name).toBe('动态');
    expect(lookup('江苏电视台')?.name).toBe('省电视台');
  });

  it('team task, department targets and bonuses', () => {
    const team = rules.indicators.filter((i) => i.subject.kind === 'team');
    expect(team).toHaveLength(1);
    expect(team[0]).toMatchObject({
      metric: '录用',
      threshold: 6,
      award: '科室',
      filter: { minLevel: '市级' },
    });
    expect(find(rules, '每月上报信息', dept)).toMatchObject({
      metric: '报送',
      window: '每月',
      threshold: 15,
    });
    expect(find(rules, '每月编报专报', dept)).toMatchObject({
      metric: '录用',
      window: '每月',
      threshold: 6,
      filter: { tags: ['专报'], kinds: [] },
    });
    expect(find(rules, '每月部编组工信息', dept)).toMatchObject({
      window: '每月',
      threshold: 4,
      filter: { tags: ['部编'] },
    });
    expect(find(rules, '全年市级以上录用', dept)).toMatchObject({ metric: '录用', threshold: 150 });
    expect(rules.settings.bonuses).toEqual({ 录用: 200, 发稿: 100, 科室: 200 });
  });

  it('科室 with headcounts, the office flagged, and members in post under six months', () => {
    expect(rules.units.filter((u) => !(u.type === '部机关科室' && u.headcount > 0))).toEqual([]);
    expect(rules.units.filter((u) => u.isOffice).map((u) => u.name)).toEqual(['办公室']);
    expect(rules.units.some((u) => u.monthsInPost.some((m) => m < 6))).toBe(true);
  });
});

describe('类别积分 (004, template)', () => {
  const rules = presetRules('类别');

  it('points by kind for the four kinds of 004, higher levels worth more', () => {
    for (const kind of ['动态信息', '言论文章', '调研报告', '经验材料']) {
      const levels: Level[] = ['区县级', '市级', '省级', '中央级'];
      const row = levels.map((l) => points(rules, '录用', l, kind) ?? -1);
      // Positive and rising with the level: the pairs that are not, by level.
      expect(
        row.flatMap((v, i) => (v > 0 && (i === 0 || v > row[i - 1]) ? [] : [[levels[i], v]])),
        kind,
      ).toEqual([]);
    }
  });

  it('review gate on 津市组工 (004: 微信公众号发文落实三审), each town and 县直 unit ≥ 2 submissions a month to 研究室 (004: not the 部机关 组室), marked 示例', () => {
    expect(rules.settings.reviewGate).toEqual(['津市组工']);
    expect(rules.settings.preset).toContain('示例');
    expect(rules.indicators).toMatchObject(
      ['乡镇街道', '其他党工委'].map((unitType) => ({
        subject: { unitType },
        metric: '报送',
        window: '每月',
        threshold: 2,
        filter: { recipients: ['研究室'] },
      })),
    );
  });
});

describe('outletIndex', () => {
  const lookup = outletIndex(presetRules('上街区').outlets);

  it('finds an outlet by name or alias, ignoring spaces, 《》 and full/half width', () => {
    expect(lookup('河南日报')?.level).toBe('省级');
    expect(lookup('《河南日报》')?.name).toBe('河南日报');
    expect(lookup(' 河南 日报 ')?.name).toBe('河南日报');
    expect(lookup('央视')?.name).toBe('中央电视台');
    expect(lookup('ＣＣＴＶ')?.name).toBe('中央电视台');
    expect(lookup('cctv')?.name).toBe('中央电视台');
    expect(lookup('《省组工信息》')?.name).toBe('河南组工信息');
  });

  it('returns null for an unknown or empty name', () => {
    expect(lookup('南方周末')).toBeNull();
    expect(lookup('')).toBeNull();
    expect(lookup('《》')).toBeNull();
  });

  it('a canonical name wins over another outlet’s alias', () => {
    const find = outletIndex([
      { name: '甲报', aliases: ['乙报'], level: '市级', tags: [] },
      { name: '乙报', aliases: [], level: '省级', tags: [] },
    ]);
    expect(find('乙报')?.level).toBe('省级');
  });
});

describe('a preset as the fallback of the office’s tables', () => {
  // resolveRules reads the preset's other tables only when one is missing: the same rules as reading over
  // the whole preset, whichever tables are there, header-only or broken.
  it('gives the rules reading over the whole preset gives, for every subset of the tables', () => {
    const differ: string[] = [];
    for (const name of PRESET_NAMES) {
      const grids = rulesToGrids(presetRules(name));
      const names = Object.keys(grids) as (keyof typeof grids)[];
      for (let mask = 0; mask < 1 << names.length; mask += 3) {
        for (const variant of ['as written', 'header only', 'a bad cell'] as const) {
          const tables: RuleGrids = {};
          names.forEach((table, k) => {
            if (!(mask & (1 << k))) return;
            const grid = grids[table]!.map((row) => [...row]);
            if (variant === 'a bad cell' && grid.length > 1) grid[1][0] = '乱码###';
            tables[table] = variant === 'header only' ? grid.slice(0, 1) : grid;
          });
          const eager = readRules(tables, presetRules(name));
          const lazy = resolveRules(tables, name);
          if (JSON.stringify(lazy) !== JSON.stringify(eager)) differ.push(`${name} ${mask} ${variant}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('is the preset itself when spread or read whole', () => {
    for (const name of PRESET_NAMES) expect({ ...presetFallback(name) }).toEqual(presetRules(name));
  });
});
