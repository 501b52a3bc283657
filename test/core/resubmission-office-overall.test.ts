// The unit's overall 报送 column when an office of the own department is a quota's recipient on its own (the 类别
// preset's 每月向研究室报送): a piece sent to 区委组织部 in March and to 研究室 in April reached two recipients, so the
// April 通报 counts it in the unit's 报送 as the 研究室 quota does (review s29 #1, a regression of the per-quota fix).
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { monthPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { ledgerGrid, submission } from '../helpers/ledger';

const UNIT = '示例镇党委';

describe('overall 报送 with an office quota (类别 preset)', () => {
  it('two pieces to 区委组织部 in March, to 研究室 in April: April 报送 2 and 每月向研究室报送 2', () => {
    const rules = presetRules('类别');
    const rows = ['甲稿', '乙稿'].flatMap((title) => [
      submission({
        单位: UNIT,
        标题: title,
        报送对象: '区委组织部',
        报送日期: '2024-03-04',
        审核状态: '终审通过',
      }),
      submission({
        单位: UNIT,
        标题: title,
        报送对象: '研究室',
        报送日期: '2024-04-04',
        审核状态: '终审通过',
      }),
    ]);
    const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
    const got = [3, 4].map((m) => {
      const p = monthPeriod(2024, m);
      const u = buildReport(scored, rules, p, p.to).units.find((x) => x.unit === UNIT)!;
      return [u.submissions, u.indicators.find((i) => i.name === '每月向研究室报送')?.value];
    });
    expect(got).toEqual([
      [2, 0],
      [2, 2],
    ]);
  });
});
