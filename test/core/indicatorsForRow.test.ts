// 录入稿件's "计入指标": a row counts toward an indicator only when the indicator's 对象 covers it (the
// row's unit, or its credited authors), matched as the evaluator matches subjects.
import { describe, expect, it } from 'vitest';
import { evaluateIndicators } from '../../src/core/indicators';
import { indicatorsForRow } from '../../src/core/indicators/forRow';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Indicator, IndicatorSubject, Rules } from '../../src/core/types';
import { ledgerGrid, type RowSpec, submission } from '../helpers/ledger';
import { d } from './indicators-fixture';

/** 上街区's rules for 2024 with these indicators (all in force) and people. */
function rulesWith(indicators: Indicator[], people: Rules['people'] = []): Rules {
  const rules = presetRules('上街区');
  return { ...rules, indicators, people, settings: { ...rules.settings, year: 2024 } };
}

/** The names of the indicators one row counts toward, and those the evaluator credited it to. */
function counted(rules: Rules, spec: RowSpec): { preview: string[]; evaluator: string[] } {
  const scored = scoreLedger(parseLedger(ledgerGrid([spec])), rules);
  const [row] = scored.rows;
  const preview = indicatorsForRow(row, scored.ledger.rows[0], rules, d('2024-12-31')).map((q) => q.name);
  const ev = evaluateIndicators(scored, rules, d('2024-12-31'));
  const evaluator = [...ev.units, ...ev.people, ...ev.teams]
    .flatMap((s) => s.indicators)
    .filter((r) => r.value > 0 || (r.buckets ?? []).some((b) => b.value > 0))
    .map((r) => r.name);
  return { preview, evaluator: [...new Set(evaluator)] };
}

const township = presetRules('上街区').indicators.find((i) => i.name === '每月向区委组织部报送')!;

function asFor(subject: IndicatorSubject, name: string): Indicator {
  return { ...township, name, subject };
}

describe('indicatorsForRow: 对象', () => {
  it('an indicator for 乡镇街道 only: a 部机关科室 row does not count toward it, a 乡镇 row does', () => {
    expect(township.subject).toEqual({ kind: 'unitType', unitType: '乡镇街道' });
    const rules = rulesWith([township]);
    // 组织科 is a 部机关科室: its submission to 区委组织部 passes the filter but is not for it.
    expect(counted(rules, submission({ 单位: '组织科' }))).toEqual({ preview: [], evaluator: [] });
    expect(counted(rules, submission({ 单位: '峡窝镇党委' }))).toEqual({
      preview: ['每月向区委组织部报送'],
      evaluator: ['每月向区委组织部报送'],
    });
  });

  it('the 上街区 preset: a 乡镇 submission counts toward its own type’s task, not 其他党工委’s of the same filter', () => {
    const rules = rulesWith(presetRules('上街区').indicators);
    expect(counted(rules, submission({ 单位: '峡窝镇党委' })).preview).toEqual(['每月向区委组织部报送']);
    expect(counted(rules, submission({ 单位: '区直机关工委' })).preview).toEqual(['全年向区委组织部报送']);
  });

  it('a person’s indicator follows the author: listed in 人员 under a 部机关科室, or the row’s unit', () => {
    const rules = rulesWith(
      [asFor({ kind: 'person', unitType: '部机关科室' }, '科室人员报送')],
      [{ name: '王五', unit: '组织科', monthsInPost: null }],
    );
    const both = { preview: ['科室人员报送'], evaluator: ['科室人员报送'] };
    expect(counted(rules, submission({ 单位: '峡窝镇党委', 作者: '王五' }))).toEqual(both);
    expect(counted(rules, submission({ 单位: '峡窝镇党委', 作者: '张三' }))).toEqual({
      preview: [],
      evaluator: [],
    });
    expect(counted(rules, submission({ 单位: '组织科', 作者: '张三' }))).toEqual(both);
  });

  it('a team’s indicator by the author’s 科室; 全部门 and 每个单位 take every row', () => {
    const rules = rulesWith([
      asFor({ kind: 'team', unitType: '部机关科室' }, '科室报送'),
      asFor({ kind: 'department' }, '全部门报送'),
      asFor({ kind: 'everyUnit' }, '各单位报送'),
    ]);
    expect(counted(rules, submission({ 单位: '峡窝镇党委' })).preview).toEqual(['全部门报送', '各单位报送']);
    expect(counted(rules, submission({ 单位: '组织科' })).preview).toEqual([
      '科室报送',
      '全部门报送',
      '各单位报送',
    ]);
  });
});

describe('indicatorsForRow: dated versions (sweep S14, F1 follow-up)', () => {
  // A task that starts on 07-01: the evaluator does not judge June by it, so the preview of a June row must not
  // say the row counts toward it; a July row does. Entered in August (as of 08-15) either way.
  const july: Indicator = { ...township, name: '下半年每月报送', effectiveFrom: d('2024-07-01') };
  const rules = rulesWith([july]);
  const preview = (day: string) => {
    const scored = scoreLedger(parseLedger(ledgerGrid([submission({ 报送日期: day })])), rules);
    return indicatorsForRow(scored.rows[0], scored.ledger.rows[0], rules, d('2024-08-15')).map((q) => q.name);
  };

  it('a row dated before the task starts counts toward nothing; one dated after counts toward it', () => {
    expect(preview('2024-06-20')).toEqual([]);
    expect(preview('2024-07-02')).toEqual(['下半年每月报送']);
  });
});
