import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { emptyRules, presetRules, readRules, TABLE_HEADERS, validateRules } from '../../src/core/rules';
import type { Grid, Indicator, Rules } from '../../src/core/types';

function indicator(over: Partial<Indicator>): Indicator {
  return {
    name: '甲',
    subject: { kind: 'everyUnit' },
    metric: '积分',
    filter: { minLevel: null, tags: [], outlets: [], kinds: [], recipients: [], modes: [], halfTags: [] },
    window: '全年',
    threshold: 1,
    distinct: false,
    group: '',
    award: '',
    deemedMet: [],
    effectiveFrom: null,
    sourceRow: 0,
    ...over,
  };
}

const cells = (rules: Rules) => validateRules(rules).map((e) => `${e.table}${e.row}${e.column}`);

describe('validateRules on rules built in code (row = index + 2)', () => {
  it('the same mode × level × kind × tag × placement × date twice with different points', () => {
    const rules = presetRules('上街区');
    rules.points.push({ ...rules.points[2], points: 12 }); // 录用 省级 again
    const errors = validateRules(rules);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ table: '计分', row: rules.points.length + 1, column: '分值' });
    expect(errors[0].message).toContain('与第4行');
    expect(errors[0].message).toContain('10与12');
  });

  it('the same key with another 生效日期 or the same points is no contradiction', () => {
    const rules = presetRules('上街区');
    rules.points.push({ ...rules.points[2], points: 12, effectiveFrom: dayFromYmd(2025, 1, 1) });
    rules.points.push({ ...rules.points[1] });
    expect(validateRules(rules)).toEqual([]);
  });

  it('a negative threshold', () => {
    const rules = presetRules('上街区');
    rules.indicators[1].threshold = -2;
    expect(cells(rules)).toEqual(['指标3目标']);
  });

  it('an any-of group with only one member', () => {
    const rules = presetRules('部机关');
    const i = rules.indicators.findIndex((x) => x.name === '南通组工信息和南通党建录用');
    rules.indicators.splice(i, 1);
    rules.indicators.forEach((x, n) => {
      x.sourceRow = n + 2;
    });
    const errors = validateRules(rules);
    const lone = rules.indicators.findIndex((x) => x.group === '信息结构');
    expect(errors.map((e) => `${e.table}${e.row}${e.column}`)).toEqual([`指标${lone + 2}组`]);
    expect(errors[0].message).toContain('信息结构');
  });

  it('a multiplier of 0 or below', () => {
    const rules = presetRules('上街区');
    rules.multipliers[1].factor = 0;
    rules.multipliers[0].factor = -3;
    expect(cells(rules)).toEqual(['系数2倍数', '系数3倍数']);
  });

  // Audit s33 C-F3: the larger was taken in silence (×4 on every long piece; a row “lowering” it to ×2 ignored).
  it('one 系数 condition twice in one 分组 with two 倍数, named at the second; the same 倍数 or another 分组 not', () => {
    const rules = presetRules('上街区');
    const long = rules.multipliers.findIndex((m) => m.condition.kind === '字数');
    const copy = (over: Partial<(typeof rules.multipliers)[number]>) =>
      rules.multipliers.push({ ...rules.multipliers[long], ...over });
    copy({ factor: 4 });
    copy({ factor: rules.multipliers[long].factor, name: '长稿' });
    copy({ factor: 2, group: '另一组' });
    expect(cells(rules)).toEqual([`系数${rules.multipliers.length - 1}倍数`]);
    expect(validateRules(rules)[0].message).toContain(
      `与第${long + 2}行（字数超过1000）条件相同而倍数不同（3与4）`,
    );
  });

  it('read as scoring reads them: two 名称 with a blank 分组 multiply (no error); blank 适用方式 is 录用', () => {
    const rules = presetRules('上街区');
    const long = rules.multipliers.findIndex((m) => m.condition.kind === '字数');
    rules.multipliers[long] = { ...rules.multipliers[long], group: '', modes: [] };
    rules.multipliers.push({ ...rules.multipliers[long], name: '另一个系数', factor: 2 });
    expect(cells(rules)).toEqual([]);
    rules.multipliers.push({ ...rules.multipliers[long], modes: ['录用'], factor: 4 });
    expect(cells(rules)).toEqual([`系数${rules.multipliers.length + 1}倍数`]);
  });

  it('an outlet name or alias used by two outlets with different levels', () => {
    const rules = presetRules('上街区');
    rules.outlets.push({ name: '郑州日报社', aliases: ['《河南日报》'], level: '市级', tags: [] });
    const errors = validateRules(rules);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ table: '媒体', row: rules.outlets.length + 1, column: '别名' });
    expect(errors[0].message).toContain('级别不同（省级与市级）');
  });

  it('units named twice', () => {
    const rules = presetRules('上街区');
    rules.units.push({ ...rules.units[0], name: ' 峡窝镇党委' });
    const errors = validateRules(rules);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ table: '单位', row: rules.units.length + 1, column: '单位' });
    expect(errors[0].message).toContain('与第2行重复');
  });

  it('cross-table references: an unknown outlet, a unit type nobody has, an award without an amount', () => {
    const rules = emptyRules();
    rules.units = [
      {
        name: '甲镇',
        type: '乡镇街道',
        headcount: 0,
        monthsInPost: [],
        isOffice: false,
        chief: '',
        veto: false,
      },
    ];
    rules.outlets = [{ name: '郑州日报', aliases: [], level: '市级', tags: [] }];
    rules.indicators = [
      indicator({ filter: { ...indicator({}).filter, outlets: ['南方日报'] } }),
      indicator({ name: '乙', subject: { kind: 'unitType', unitType: '街道' } }),
      indicator({ name: '丙', award: '录用' }),
    ];
    expect(cells(rules)).toEqual(['指标2媒体', '指标3对象', '指标4奖项']);
  });

  it('settings out of range, at the row rulesToGrids writes them', () => {
    const rules = presetRules('部机关');
    rules.settings.relayShare = 1.5;
    rules.settings.bonuses.科室 = -1;
    expect(cells(rules)).toEqual(['设置5值', '设置30值']); // 30: the 奖金.科室 row, after the settings' rows
  });
});

describe('validateRules inside readRules names the sheet cells', () => {
  it('reports contradictions at their sheet rows, counting blank rows, and keeps both rows', () => {
    const points: Grid = [
      ['采用方式', '级别', '分值'],
      ['录用', '省级', 10],
      [],
      ['录用', '市级', 5],
      ['录用', '省级', 12],
    ];
    const outlets: Grid = [
      ['媒体', '级别', '别名'],
      ['郑州日报', '市级', ''],
      ['河南日报', '省级', '郑州日报'],
    ];
    const units: Grid = [
      ['单位', '类型'],
      ['组织科', '部机关科室'],
      ['组织科', '部机关科室'],
    ];
    const { rules, errors } = readRules({ 计分: points, 媒体: outlets, 单位: units }, emptyRules());
    expect(rules.points).toHaveLength(3);
    expect(errors.map((e) => `${e.table}${e.row}${e.column}`)).toEqual([
      '单位3单位',
      '媒体3别名',
      '计分5分值',
    ]);
    expect(errors[2].message).toBe('「计分」表第5行「分值」与第2行（录用·省级）重复且分值不同（10与12）');
  });

  it('a one-member group read from a sheet is named at its sheet row', () => {
    const grid: Grid = [
      [...TABLE_HEADERS.指标],
      ['甲', '每人', '录用', '全年', 1, '', '', '', '', '', '', '', '', '结构'],
      ['乙', '每人', '录用', '全年', 1, '', '', '', '', '', '', '', '', ''],
    ];
    const { errors } = readRules({ 指标: grid }, emptyRules());
    expect(errors.map((e) => `${e.table}${e.row}${e.column}`)).toEqual(['指标2组']);
  });
});

describe('人员 listing one name twice (s25d F1)', () => {
  it('names every duplicate and says what to do for two people of one name and for a mover', () => {
    const rules = presetRules('部机关');
    const unit = (n: string) => rules.units.find((u) => u.name === n)?.name ?? rules.units[0].name;
    rules.people = [
      { name: '赵主任', unit: unit('办公室'), monthsInPost: null },
      { name: '王芳', unit: unit('组织科'), monthsInPost: null },
      { name: '褚云', unit: unit('组织科'), monthsInPost: 6 },
      { name: '王 芳', unit: unit('干部科'), monthsInPost: null },
      { name: '褚云', unit: unit('人才科'), monthsInPost: 6 },
    ];
    const errors = validateRules(rules);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ table: '人员', row: 5, column: '姓名' });
    expect(errors[0].message).toBe(
      '「人员」表第3、5行都是“王芳”，第4、6行都是“褚云”：如是同名的两人，请在「人员」表和台账中区分姓名（如 王芳2）；如是调换科室的同一人，只保留年底所在科室一行（其全年稿件计入该科室）',
    );
  });
});
