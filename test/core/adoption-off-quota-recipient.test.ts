// An adoption row with a 报送日期 of its own is a submission (RULES §9); when its 报送对象 names no recipient of its
// unit's quotas (the outlet repeated, a typo) it counts toward none of them, and 校验 says so as on a 报送 row —
// unless its piece counts toward a quota through another row (the usual 报送 row to 区委组织部, then its adoption
// repeating the outlet in 报送对象: one submission, and it counts), as 未填报送对象 is said (score.ts namedPieces).
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

const TOWN = '峡窝镇党委'; // 每月向区委组织部报送

function run(rows: RowSpec[]) {
  const rules = presetRules('上街区');
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const rep = buildReport(scored, rules, yearPeriod(2024), yearPeriod(2024).to);
  const u = rep.units.find((x) => x.unit === TOWN)!;
  const march = u.indicators.find((i) => i.name === '每月向区委组织部报送')?.buckets?.[2]?.value;
  return { issues: scored.rows.map((r) => r.issues), submissions: u.submissions, march };
}

const sentTo = (报送对象: string, over: RowSpec = {}) =>
  submission({ 单位: TOWN, 标题: '甲', 报送对象, 报送日期: '2024-03-01', ...over });
const adoptedNaming = (报送对象: string, over: RowSpec = {}) =>
  adoption({ 单位: TOWN, 标题: '甲', 报送对象, 报送日期: '2024-03-01', 录用日期: '2024-03-10', ...over });

const offQuota = (typed: string) =>
  `报送对象“${typed}”不是本单位报送任务的对象（区委组织部），不计入报送任务`;
const way = '直接报送省委组织部：请先向区委组织部对口处室报送并填“对口处室”（001 §四.1）';
const route = `${way}（此提醒不影响本行积分）`;

describe('an adoption row with a 报送日期 naming no quota’s recipient', () => {
  it('alone: a submission toward no quota, and 校验 says so as on a 报送 row', () => {
    expect(run([adoptedNaming('郑州日报')])).toEqual({
      issues: [[offQuota('郑州日报')]],
      submissions: 1,
      march: 0,
    });
    expect(run([sentTo('郑州日报')]).issues).toEqual([[offQuota('郑州日报')]]);
  });

  it('after its 报送 row to 区委组织部: the piece counts, nothing said', () => {
    expect(run([sentTo('区委组织部'), adoptedNaming('郑州日报')])).toEqual({
      issues: [[], []],
      submissions: 1,
      march: 1,
    });
  });

  it('after a 报送 row that does not count (不计分): said, the piece counts toward no quota', () => {
    expect(run([sentTo('区委组织部', { 核定: '不计分' }), adoptedNaming('郑州日报')])).toEqual({
      issues: [[], [offQuota('郑州日报')]],
      submissions: 1,
      march: 0,
    });
  });

  it('straight to an upper department: the 001 §四.1 warning says the quota too, unless the piece counts', () => {
    expect(run([adoptedNaming('省委组织部')]).issues).toEqual([
      [`${way}；此提醒不影响本行积分和报送条数，但本行不计入向区委组织部报送任务`],
    ]);
    expect(run([sentTo('区委组织部'), adoptedNaming('省委组织部')]).issues).toEqual([[], [route]]);
  });

  it('without a 报送日期 of its own it is the adoption alone: nothing said (as before)', () => {
    expect(run([adoptedNaming('郑州日报', { 报送日期: '' })]).issues).toEqual([[]]);
  });

  it('a duplicate copy says only that it is one', () => {
    const { issues } = run([
      adoptedNaming('区委组织部'),
      adoptedNaming('郑州日报', { 报送日期: '2024-03-02' }),
    ]);
    expect(issues[1].filter((m) => m.includes('报送任务'))).toEqual([]);
  });
});
