// An adoption row sent again in a later month to a recipient no quota names, or with no 报送对象, counts toward no
// quota in that month, and 校验 says so even though the piece's first 报送 row counted in its own month (re-sweep
// S19r F1). Sent again to the same recipient it is no new submission (S26a F3: 重复报送). The same month stays quiet.
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
  const months = u.indicators.find((i) => i.name === '每月向区委组织部报送')?.buckets ?? [];
  return { issues: scored.rows.map((r) => r.issues), march: months[2]?.value, april: months[3]?.value };
}

const sentMarch = submission({ 单位: TOWN, 标题: '甲', 报送对象: '区委组织部', 报送日期: '2024-03-01' });
const adoptedSent = (报送对象: string, 报送日期: string) =>
  adoption({ 单位: TOWN, 标题: '甲', 报送对象, 报送日期, 录用日期: '2024-04-10' });
const offQuota = '报送对象“郑州日报”不是本单位报送任务的对象（区委组织部），不计入报送任务';
const unnamed = '未填报送对象，不计入向区委组织部报送任务';

describe('an adoption row sent again in a later month', () => {
  it('to the outlet: April counts nothing and 校验 says why', () => {
    expect(run([sentMarch, adoptedSent('郑州日报', '2024-04-02')])).toEqual({
      issues: [[], [offQuota]],
      march: 1,
      april: 0,
    });
  });

  it('with no 报送对象: the same', () => {
    expect(run([sentMarch, adoptedSent('', '2024-04-02')])).toEqual({
      issues: [[], [unnamed]],
      march: 1,
      april: 0,
    });
  });

  it('to 区委组织部 again: the same piece sent again, counted once in March, and 校验 says so (S26a F3)', () => {
    expect(run([sentMarch, adoptedSent('区委组织部', '2024-04-02')])).toEqual({
      issues: [[], ['重复报送：与第2行为同一稿件，已于2024年3月1日报送区委组织部，不再计报送']],
      march: 1,
      april: 0,
    });
  });

  it('repeating the 报送 row’s month: one submission that counts, nothing said', () => {
    for (const typed of ['郑州日报', ''])
      expect(run([sentMarch, adoptedSent(typed, '2024-03-01')]).issues).toEqual([[], []]);
  });
});
