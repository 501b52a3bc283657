// Merged cells in a ledger's data rows, read as the user sees them: a unit (报送对象, 媒体, a date, a title)
// typed once and merged down over the rows of one unit or one piece belongs to every row of the merge.
// Sheets hands a script the value in the merge's top-left cell only (the other cells read blank); the
// command line's .xlsx reader gives the cells below a merge's first cell, in its first column, that value. Filling the grid here
// makes the add-on read what the command line reads.
// Decisions:
// - Only merges over two or more rows that start below the header: a header merged over two rows is
//   already read by core/ledger (blank as Sheets hands it), and a merge along one row (a section heading)
//   is left as Sheets hands it.
// - A merge is filled down to the grid's last row: a merge running past the data (a whole column) adds no rows.
// - Only down its first column: the other columns a merge spans (备注 merged over the empty 调整分 and
//   调整理由 beside it) stay blank, as the user sees them; the command line's reader does the same (s24b F5).
import { blankCell } from '../core/ledger';
import type { Grid } from '../core/types';
import { blockA1, colNumber } from './a1';
import type { Block } from './model';

/** 'C2:C4' (as Range.getA1Notation gives a merged range) → its block; null when it is no range. */
export function blockFromA1(a1: string): Block | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) return null;
  const c1 = colNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? colNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

/** The merges of a grid's data rows that fill anything: two or more rows, from `firstDataRow` (1-based) down. */
export function dataRowMerges(merges: readonly Block[], firstDataRow: number): Block[] {
  return merges.filter((m) => m.rows > 1 && m.row >= firstDataRow);
}

/**
 * Give each data-row merge's first-column cells below its top the value of its top-left cell, in place (grid row i is sheet row
 * i + 1, as a data range read from A1 is). Returns the merges that carried a value into other cells.
 */
export function fillMerges(grid: Grid, merges: readonly Block[], firstDataRow: number): Block[] {
  const filled: Block[] = [];
  for (const m of dataRowMerges(merges, firstDataRow)) {
    const top = grid[m.row - 1];
    const master = Array.isArray(top) ? top[m.col - 1] : undefined;
    if (blankCell(master)) continue;
    const bottom = Math.min(m.row + m.rows - 1, grid.length);
    for (let r = m.row; r <= bottom; r++) {
      const cells = grid[r - 1];
      if (!Array.isArray(cells)) continue;
      if (r === m.row) continue;
      while (cells.length < m.col - 1) cells.push('');
      cells[m.col - 1] = master;
    }
    filled.push(m);
  }
  return filled;
}

/** 'C2:C4、F5:F6' and 等N处 past a few: the merges named in a message. */
export function listMerges(merges: readonly Block[]): string {
  const shown = merges.slice(0, 3).map(blockA1).join('、');
  return merges.length > 3 ? `${shown} 等${merges.length}处` : shown;
}
