// A duplicate of a row on another ledger tab (one tab per year, joined as 生成通报 and the columns join them):
// 校验 names the kept row with its tab, as the 多次录用 message names its year (re-sweep S16c F3: "与第4行"
// pointed at a row of the user's own tab, with another title).
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { withOtherLedgerTabs } from '../../src/sheets/ledgerTabs';
import { adoption, ledgerGrid } from '../helpers/ledger';

describe('重复行 across ledger tabs', () => {
  it('names the kept row’s tab when it is another; within one tab, the row alone', () => {
    const outlet = { 媒体: '郑州日报', 单位: '峡窝镇党委' };
    const thisYear = ledgerGrid([
      adoption({ ...outlet, 标题: '新稿', 录用日期: '2024-03-01' }),
      adoption({ ...outlet, 标题: '乙稿', 录用日期: '2024-03-02' }),
      adoption({ ...outlet, 标题: '新稿', 录用日期: '2024-03-03' }),
    ]);
    const lastYear = ledgerGrid([
      adoption({ ...outlet, 标题: '甲稿', 报送日期: '2023-04-01', 录用日期: '2023-05-01' }),
      adoption({ ...outlet, 标题: '丙稿', 报送日期: '2023-04-01', 录用日期: '2023-05-02' }),
      adoption({ ...outlet, 标题: '乙稿', 报送日期: '2023-04-01', 录用日期: '2023-05-03' }),
    ]);
    const joined = withOtherLedgerTabs({ tab: '稿件台账', grid: thisYear }, [
      { tab: '2023年', grid: lastYear },
    ]);
    if (!joined) throw new Error('not joined');
    const a = assess({ ledger: joined.grid, ledgerOptions: { sources: joined.sources } });
    const at = (tab: string, row: number) => a.parsed.rows.findIndex((r) => r.tab === tab && r.row === row);
    const issues = (tab: string, row: number) => a.scored.rows[at(tab, row)]?.issues;
    expect(issues('稿件台账', 3)).toEqual(['重复行：与「2023年」第4行标题、媒体相同，只计一次']);
    expect(issues('稿件台账', 4)).toEqual(['重复行：与第2行标题、媒体相同，只计一次']);
  });
});
