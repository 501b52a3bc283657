// Rows held back by 佐证要求 or 三审把关 (RULES §8, §9 "the gate holds back only positive points"): a hold keeps
// the points and the adoption back until the row is evidenced or approved, never its submission. A held row
// counts as its unit's submission as the clean 报送 row plus 录用 row would (dated by its 报送日期, else its
// 录用日期, as any row): in the submission quota, 附件1 报送, 领导看板's month and 不得评先评优.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { monthPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules, Settings } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

function rulesWith(over: Partial<Settings> = {}): Rules {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, ...over } };
}

const UNIT = '峡窝镇党委'; // 乡镇街道: 每月向区委组织部报送 ≥ 2 (上街区 preset)

/** The January 通报 of the rows, as of 01-31 (January closed). */
function january(rows: RowSpec[], rules: Rules) {
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const period = monthPeriod(2024, 1);
  const rep = buildReport(scored, rules, period, period.to);
  const u = rep.units.find((x) => x.unit === UNIT);
  if (!u) throw new Error('no unit');
  const monthly = u.indicators.find((i) => i.name === '每月向区委组织部报送');
  return {
    submissions: u.submissions,
    adoptions: u.adoptions,
    points: u.points,
    quota: monthly?.buckets?.[0]?.value,
    barred: u.barred,
    boardMonth: rep.months[0].submissions,
    rows: scored.rows,
  };
}

/** One clean submission in January, and a second piece 乙 spelled by `second`. */
function withSecond(...second: RowSpec[]): RowSpec[] {
  return [submission({ 单位: UNIT, 标题: '甲', 报送对象: '区委组织部', 报送日期: '2024-01-05' }), ...second];
}

const heldAdoption = (over: RowSpec = {}) =>
  adoption({
    单位: UNIT,
    标题: '乙',
    报送对象: '区委组织部',
    报送日期: '2024-01-10',
    媒体: '郑州日报', // 市级
    录用日期: '2024-01-20',
    ...over,
  });

describe('a hold (佐证, 三审) keeps back points and adoption, not the submission', () => {
  const evidence = rulesWith({ evidenceFrom: '市级' });

  it('a 录用 row without 佐证 but with its 报送日期 is January’s second submission: quota met, not barred', () => {
    const held = january(withSecond(heldAdoption()), evidence);
    expect(held.rows[1].points).toBe(0);
    expect(held.rows[1].heldSubmission).toBe(true);
    expect(held).toMatchObject({
      submissions: 2,
      adoptions: 0,
      points: 0,
      quota: 2,
      barred: false,
      boardMonth: 2,
    });
    // The same facts as a 报送 row plus a held 录用 row give the same figures.
    const split = january(
      withSecond(
        submission({ 单位: UNIT, 标题: '乙', 报送对象: '区委组织部', 报送日期: '2024-01-10' }),
        heldAdoption({ 报送日期: '' }),
      ),
      evidence,
    );
    const { rows: _a, ...heldFigures } = held;
    const { rows: _b, ...splitFigures } = split;
    expect(heldFigures).toEqual(splitFigures);
  });

  it('once evidenced the row adds its points and adoption; the submission was already counted', () => {
    const clean = january(withSecond(heldAdoption({ 佐证: '见附件3' })), evidence);
    expect(clean).toMatchObject({ submissions: 2, adoptions: 1, points: 5, quota: 2, barred: false });
  });

  it('a 报送 row not yet at 终审 under 三审把关 is a submission, not flagged: its 0 points hold nothing back', () => {
    const gated = january(
      withSecond(
        submission({
          单位: UNIT,
          标题: '乙',
          报送对象: '区委组织部',
          报送日期: '2024-01-10',
          审核状态: '复审',
        }),
      ),
      rulesWith({ reviewGate: true }),
    );
    // Flagged, every submission of a 类别 ledger was 待核实 (audit s34 B-F2).
    expect(gated.rows[1].issues.join()).not.toMatch(/未终审/);
    expect(gated).toMatchObject({ submissions: 2, quota: 2, barred: false, boardMonth: 2 });
  });

  it('不计分 keeps voiding the row: no submission, the unit barred', () => {
    const voided = january(withSecond(heldAdoption({ 核定: '不计分' })), evidence);
    expect(voided.rows[1].heldSubmission).toBe(false);
    expect(voided).toMatchObject({ submissions: 1, quota: 1, barred: true });
  });

  it('a held row with no 报送日期 is a submission dated by its 录用日期, as the same row not held is', () => {
    const undated = january(withSecond(heldAdoption({ 报送日期: '' })), evidence);
    const clean = january(withSecond(heldAdoption({ 报送日期: '', 佐证: '剪报.jpg' })), evidence);
    expect(undated.rows[1].heldSubmission).toBe(true);
    expect(clean).toMatchObject({ submissions: 2, barred: false });
    expect(undated).toMatchObject({ submissions: 2, barred: false, points: 0, adoptions: 0 });
  });
});
