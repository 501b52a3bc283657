// A row read as 报送 that carries a 录用日期 was adopted somewhere: its 媒体 is blank or its 采用方式 says 报送.
// Either way it scores no adoption points, and 校验 says which cell to mend, so the row is in 待核实 (audit s33
// A-F2, B-F4: 0 points with an empty 校验). A 报送 row naming an outlet with no 录用日期 is a plain submission.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

/** Sent to 峡窝镇党委's quota recipient, so that the rows say nothing of 报送对象. */
const SENT = { 报送对象: '区委组织部', 报送日期: '2024-03-01' };

function scored(rows: RowSpec[]) {
  return scoreLedger(parseLedger(ledgerGrid(rows)), presetRules('上街区')).rows.map((r) => ({
    points: r.points,
    issues: r.issues,
  }));
}

describe('a 录用日期 on a row read as 报送', () => {
  it('采用方式 报送 beside a 媒体 and a 录用日期: told to change 采用方式', () => {
    expect(scored([adoption({ 采用方式: '报送', ...SENT })])).toEqual([
      {
        points: 0,
        issues: [
          '采用方式为“报送”，但填有媒体和录用日期：本行按报送计，不计录用分；如已录用，请把采用方式改为“录用”',
        ],
      },
    ]);
  });

  it('a 录用日期 and no 媒体: told to fill 媒体', () => {
    expect(scored([adoption({ 媒体: '', 采用方式: '', ...SENT })])).toEqual([
      { points: 0, issues: ['填有录用日期但未填媒体：本行按报送计，不计录用分；如已录用，请补填媒体'] },
    ]);
  });

  it('a 是否录用 column of 否: told in its own words', () => {
    const grid: Grid = [
      ['标题', '单位', '媒体', '报送日期', '录用日期', '是否录用'],
      ['甲', '峡窝镇党委', '郑州日报', '2024-03-01', '2024-03-10', '否'],
    ];
    expect(parseLedger(grid).rows[0].issues).toEqual([
      '是否录用为“否”，但填有媒体和录用日期：本行按报送计，不计录用分；如已录用，请把是否录用改为“是”',
    ]);
  });

  it('the row is in 待核实; a 报送 to an outlet with no 录用日期, and a plain adoption, say nothing', () => {
    const rows = [
      submission({ 媒体: '郑州日报' }),
      adoption(),
      adoption({ 标题: '另一篇', 媒体: '', ...SENT }),
    ];
    const a = assess({ ledger: ledgerGrid(rows), preset: '上街区' });
    expect(a.scored.rows.map((r) => r.issues.length)).toEqual([0, 0, 1]);
    expect(a.report.issues.map((i) => i.row)).toEqual([4]);
  });
});
