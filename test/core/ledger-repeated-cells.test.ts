// The parser remembers what a cell string reads as (issue 15: a ledger types the same units, outlets and
// words row after row). A row must read the same whether its cells were met before or not: each row of a
// ledger parsed alone and the rows parsed together agree, field for field, issues and flags included.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { UNCALCULATED } from '../../src/core/text';
import type { Cell, Grid, LedgerRow } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

/** Cells that say something of their row (an error value, a formula without its result), or read as another. */
const TRICKY: Cell[] = [
  UNCALCULATED,
  ` ${UNCALCULATED}`,
  '#N/A',
  '  ',
  '峡窝镇\u200b党委',
  ' 峡窝镇党委 ',
  '峡窝镇 党委',
  '郑州日报',
  '言论',
  '头版 头条',
  '',
  42,
];

/** Every tricky cell in each text column, twice over, between ordinary rows. */
function rows(): RowSpec[] {
  const out: RowSpec[] = [];
  for (const column of ['单位', '媒体', '类别', '报送对象', '版面', '对口处室', '审核状态', '采用方式']) {
    for (const cell of TRICKY) {
      for (let k = 0; k < 2; k++) {
        out.push(adoption({ 标题: `${column}${out.length}`, [column]: cell }));
        out.push(submission({ 标题: `乙${out.length}`, 审核状态: k === 0 ? '终审' : '复审' }));
      }
    }
  }
  return out;
}

/** A row's fields but its sheet row (a row parsed alone is on row 2). */
function fields(r: LedgerRow): Omit<LedgerRow, 'row'> {
  const { row: _row, ...rest } = r;
  return rest;
}

describe('cells met again', () => {
  it('read as they did the first time: each row alone and all rows together agree', () => {
    const specs = rows();
    const together = parseLedger(ledgerGrid(specs)).rows.map(fields);
    const grid = ledgerGrid(specs);
    const alone = grid.slice(1).map((line) => parseLedger([grid[0], line] as Grid).rows.map(fields)[0]);
    expect(together).toHaveLength(specs.length);
    expect(together).toEqual(alone);
  });

  it('a formula without its result says so on every row that has it, not on the first only', () => {
    const parsed = parseLedger(
      ledgerGrid([
        adoption({ 标题: '甲', 媒体: UNCALCULATED }),
        adoption({ 标题: '乙', 媒体: UNCALCULATED }),
        adoption({ 标题: '丙', 单位: UNCALCULATED }),
        adoption({ 标题: '丁', 单位: UNCALCULATED }),
      ]),
    );
    expect(parsed.rows.map((r) => [r.blocked, r.issues[0]?.slice(0, 7)])).toEqual([
      [true, '媒体是公式，但'],
      [true, '媒体是公式，但'],
      [true, '单位是公式，但'],
      [true, '单位是公式，但'],
    ]);
  });
});

describe('titles that hold a totals word', () => {
  const header = ['标题', '单位', '媒体', '报送日期', '录用日期'];
  it('a long heading merged across the row is skipped; a long title of a piece that says 合计 stays a piece', () => {
    const heading = '二、2024年度组工信息统计汇总（全区合计）';
    const parsed = parseLedger([
      header,
      header.map(() => heading),
      ['关于全区党员发展计划执行情况的合计分析报告', '峡窝镇党委', '郑州日报', '2024-03-01', '2024-03-05'],
      ['合计', '', '', '', ''],
    ]);
    expect(parsed.rows.map((r) => r.row)).toEqual([3]);
    expect(parsed.notices?.map((n) => [n.code, n.row])).toEqual([
      ['section-row', 2],
      ['totals-row', 4],
    ]);
  });
});
