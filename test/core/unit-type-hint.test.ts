// A unit type in 指标's 对象 close to a known one (乡镇 for 乡镇街道) says which it may mean, both when refused
// (no unit of that type) and when said as a notice (a preset type no unit has) (audit s28 F6).
import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/core/index';
import { presetRules, presetUnitTypes, rulesToGrids } from '../../src/core/rules';
import { KNOWN_UNIT_TYPES } from '../../src/core/rules/unitTypes';
import { knownUnitTypeNotes } from '../../src/sheets/run';

function withObject(object: string, unitType?: string) {
  const g = rulesToGrids(presetRules('上街区'));
  const header = g.指标![0] as string[];
  g.指标 = [
    header,
    header.map((h) => ({ 名称: '全年积分', 对象: object, 度量: '积分', 窗口: '全年', 目标: 50 })[h] ?? ''),
  ];
  if (unitType !== undefined) g.单位 = g.单位!.map((r, i) => (i === 0 ? r : [r[0], unitType, ...r.slice(2)]));
  return resolveRules(g);
}

describe('a near-miss unit type', () => {
  it('乡镇 in 对象: the refusal asks whether 乡镇街道 is meant', () => {
    const { errors } = resolveRules(
      (() => {
        const g = rulesToGrids(presetRules('上街区'));
        const header = g.指标![0] as string[];
        g.指标 = [
          header,
          header.map(
            (h) => ({ 名称: '全年积分', 对象: '乡镇', 度量: '积分', 窗口: '全年', 目标: 50 })[h] ?? '',
          ),
        ];
        return g;
      })(),
    );
    const said = errors.filter((e) => e.table === '指标' && e.column === '对象').map((e) => e.message);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('没有类型为“乡镇”的单位');
    expect(said[0]).toContain('（是否应为“乡镇街道”？）');
  });

  it('单位 typed 乡镇, 指标 the preset 乡镇街道: the notice asks whether 乡镇 is meant', () => {
    const { errors } = withObject('乡镇街道', '乡镇');
    const { notes } = knownUnitTypeNotes(errors);
    const said = notes.map((n) => n.message);
    expect(said).toEqual([
      expect.stringContaining('“乡镇街道”：没有这一类型的单位，本行不参与考核（是否应为“乡镇”？）'),
    ]);
  });

  it('suggests only a type the 单位 table uses: 乡镇 beside types 镇街 and 党工委 gets no “乡镇街道” (review s28)', () => {
    // The office calls its towns 镇街: “乡镇街道” (a preset's word) names no unit of this workbook.
    const g = rulesToGrids(presetRules('上街区'));
    g.单位 = g.单位!.map((r, i) =>
      i === 0 ? r : [r[0], String(r[1]) === '乡镇街道' ? '镇街' : '党工委', ...r.slice(2)],
    );
    const header = g.指标![0] as string[];
    const row = (object: string) =>
      header.map(
        (h) => ({ 名称: `全年积分${object}`, 对象: object, 度量: '积分', 窗口: '全年', 目标: 50 })[h] ?? '',
      );
    g.指标 = [header, row('乡镇'), row('镇')];
    const said = resolveRules(g)
      .errors.filter((e) => e.table === '指标' && e.column === '对象')
      .map((e) => e.message);
    expect(said).toHaveLength(2);
    expect(said[0]).toContain('没有类型为“乡镇”的单位');
    expect(said[0]).not.toContain('是否应为');
    expect(said[0]).not.toContain('乡镇街道');
    expect(said[1]).toContain('（是否应为“镇街”？）');
  });

  it('a type close to none (县直单位) has no hint', () => {
    const { errors } = withObject('县直单位');
    const said = errors.filter((e) => e.column === '对象').map((e) => e.message);
    expect(said).toHaveLength(1);
    expect(said[0]).not.toContain('是否应为');
  });

  it('the known types are the presets’ (one list validate.ts reads without importing presets.ts)', () => {
    expect(new Set(KNOWN_UNIT_TYPES)).toEqual(presetUnitTypes());
  });
});
