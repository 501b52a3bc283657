// 对口处室 names "an office of the department that relayed the piece upward" (RULES §2; 001 §三.9 向区委组织部
// 对口处室报送…对口处室按该单位积分的1/5积分, §六.2 由对口处室及分管部领导审核后…报送). A unit of 单位 that is no office
// (a 党(工)委, a 乡镇街道: a mis-picked dropdown value) is said in 校验 and paid no share (sweep S18a F5; before,
// it was paid 1/5 with no word). An office is told as the 001 §四.1 warning and the entry form tell it: a unit
// typed 部机关科室 when 单位 types any so; when it types none, only a unit typed as a 乡镇街道 / 党(工)委 is said.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import type { PresetName } from '../../src/core/rules/presets';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

const notOffice = (name: string) =>
  `对口处室“${name}”不是部机关科室（对口处室应为部机关的科室），本行不计转报分成，也不计入其报送`;

/** One 省级 adoption of `unit`, relayed by `office`: the row's issues, its share, the units' shares. */
function relayed(
  unit: string,
  office: string,
  tables: Record<string, Grid> = {},
  preset: PresetName = '上街区',
) {
  const outlet = preset === '类别' ? '湖南日报' : '河南日报'; // 省级 in each preset's 媒体
  const row: RowSpec = adoption({
    单位: unit,
    标题: '转报稿',
    媒体: outlet,
    对口处室: office,
    审核状态: '终审',
  });
  const a = assess({ ledger: ledgerGrid([row]), preset, tables });
  const shares = Object.fromEntries(
    a.report.units.filter((u) => u.relayPoints !== 0).map((u) => [u.unit, u.relayPoints]),
  );
  return { issues: a.scored.rows[0].issues, share: a.scored.rows[0].relayPoints, shares };
}

describe('上街区 (单位 types its offices 部机关科室)', () => {
  it('a 党委 named as 对口处室: said, no share (sweep case F5-relay-office-not-an-office)', () => {
    expect(relayed('区直机关工委', '峡窝镇党委')).toEqual({
      issues: [notOffice('峡窝镇党委')],
      share: 0,
      shares: {},
    });
  });

  it('an 其他党工委 named as 对口处室: the same', () => {
    expect(relayed('峡窝镇党委', '区直机关工委')).toEqual({
      issues: [notOffice('区直机关工委')],
      share: 0,
      shares: {},
    });
  });

  it('an office: 1/5 of 10, no word', () => {
    expect(relayed('区直机关工委', '信息调研科')).toEqual({
      issues: [],
      share: 2,
      shares: { 信息调研科: 2 },
    });
  });

  it('a name 单位 does not list keeps its own message', () => {
    expect(relayed('区直机关工委', '宣传科').issues).toEqual(['对口处室“宣传科”不在「单位」表中']);
  });
});

describe('a 单位 table typing no unit 部机关科室 (the office calls its offices otherwise)', () => {
  const units: Grid = [
    ['单位', '类型'],
    ['甲镇', '乡镇街道'],
    ['乙工委', '其他党工委'],
    ['丙社区', '社区'],
    ['研究室', '科室'],
  ];
  it('a unit typed 乡镇街道 or 党(工)委 is said and paid none', () => {
    expect(relayed('乙工委', '甲镇', { 单位: units }, '类别')).toMatchObject({
      issues: [notOffice('甲镇')],
      share: 0,
    });
    expect(relayed('甲镇', '乙工委', { 单位: units }, '类别')).toMatchObject({
      issues: [notOffice('乙工委')],
      share: 0,
    });
  });

  it('类别 as shipped pays the 对口处室 no share: seed 004 has none, its 研究室 examines (audit s37 H5)', () => {
    expect(relayed('甲镇', '研究室', { 单位: units }, '类别')).toMatchObject({ issues: [], share: 0 });
  });

  it('a unit of another type is taken for an office: its share, no word', () => {
    // 类别 pays no share (seed 004 has none): this office sets one.
    const 设置: Grid = [
      ['项目', '值'],
      ['预设', '类别积分（示例）'],
      ['转报分成', '0.2'],
    ];
    const office = relayed('甲镇', '研究室', { 单位: units, 设置 }, '类别');
    expect([office.issues, office.share > 0]).toEqual([[], true]);
  });

  it('a 社区, 村 or 两新组织 is no office either (sweep S18e F2)', () => {
    expect(relayed('甲镇', '丙社区', { 单位: units }, '类别')).toMatchObject({
      issues: [notOffice('丙社区')],
      share: 0,
    });
  });
});
