// A 报送 quota to an office of the own department, written in 指标 with the department's name (区委组织部研究室,
// 上街区委组织部（研究室）, 组织部（研究室）): the office, as a ledger row addressed so reads it. It was read as the
// whole department (counting every piece sent to 区委组织部), or, bracketed without a level, as matching nothing.
import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/core/index';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { ledgerGrid } from '../helpers/ledger';
import { months, sent, TOWN } from '../helpers/submissionReport';

const OFFICE_QUOTA = '每月向研究室报送';

function run(spelled: string, rows: Parameters<typeof ledgerGrid>[0]) {
  const grids = rulesToGrids(presetRules('上街区'));
  const header = grids.指标![0] as string[];
  const row = header.map(
    (h) =>
      ({ 名称: OFFICE_QUOTA, 对象: '乡镇街道', 度量: '报送', 窗口: '每月', 目标: 1, 报送对象: spelled })[h] ??
      '',
  );
  const { rules, errors } = resolveRules({ ...grids, 指标: [...grids.指标!, row] });
  expect(errors).toEqual([]);
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const p = yearPeriod(2024);
  const rep = buildReport(scored, rules, p, p.to);
  return {
    dept: months(rep, TOWN, '每月向区委组织部报送', 5),
    office: months(rep, TOWN, OFFICE_QUOTA, 5),
    issues: scored.rows.map((r) => r.issues),
  };
}

describe('a quota to 研究室 written with the department’s name counts 研究室 alone', () => {
  for (const spelled of [
    '研究室',
    '区委组织部研究室',
    '区委组织部（研究室）',
    '上街区委组织部（研究室）',
    '组织部（研究室）',
    '組織部（研究室）',
  ]) {
    it(`${spelled}: 区委组织部 in March is not 研究室’s; 研究室 in April is, and 区委组织部 had the piece in March`, () => {
      const got = run(spelled, [
        sent('甲稿', '2024-03-20'),
        sent('甲稿', '2024-04-10', { 报送对象: '研究室' }),
      ]);
      expect(got.dept).toEqual([0, 0, 1, 0, 0]);
      expect(got.office).toEqual([0, 0, 0, 1, 0]);
      // The row is another recipient's first submission for the unit's overall 报送, and says which quota it left.
      expect(got.issues[1]).toHaveLength(1);
      expect(got.issues[1][0]).toMatch(
        /^重复报送：与第2行为同一稿件，已于2024年3月20日报送区委组织部，不再计入向区委组织部报送任务（仍计入向.*研究室报送任务）$/,
      );
    });
  }
});

describe('a quota to the department written with a word after its name is still the department’s (review s31 #1)', () => {
  // Not an office: 本级, 机关, 各科室, 含研究室, and two recipients joined by a word. Each counted nothing for a while.
  for (const spelled of [
    '区委组织部（本级）',
    '区委组织部机关',
    '区委组织部（各科室）',
    '区委组织部（含研究室）',
    '区委组织部或研究室',
  ]) {
    it(`${spelled}: 区委组织部 in March and 研究室 in April are one piece, March's`, () => {
      const got = run(spelled, [
        sent('甲稿', '2024-03-20'),
        sent('甲稿', '2024-04-10', { 报送对象: '研究室' }),
      ]);
      expect(got.dept).toEqual([0, 0, 1, 0, 0]);
      expect(got.office).toEqual([0, 0, 1, 0, 0]);
      expect(got.issues[0]).toEqual([]);
    });
  }
});
