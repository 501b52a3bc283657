// Merged cells of the live ledger through SpreadsheetApp: read (so 生成通报, 领导看板 and 录入稿件 see a merge's
// value on each of its rows) and, in 初始化台账, broken apart with the value written into every row, so the
// custom functions, which receive values only, read the same.
// Decisions:
// - One getMergedRanges per read, on the data range: it returns every merge that meets the range
//   (https://developers.google.com/apps-script/reference/spreadsheet/range#getmergedranges); each merge
//   costs one getA1Notation, never a call per row.
// - A merge keeps its value in its top-left cell only, and breakApart does not bring the other cells'
//   values back (https://developers.google.com/apps-script/reference/spreadsheet/range#breakapart,
//   https://gist.github.com/tanaikech/a03b0bb4218a19b41d507a5b649e3802): the value is written into the
//   other cells after the merge is broken, as text that stays text (typedInput.ts).
// - Merges over the computed columns (ZG_LEDGER's result) are left alone: a value typed there would stop
//   the array formula.
// - Unmerging costs a fixed number of calls, however many merges (sweep S20x F7; before: a read, a
//   breakApart and a write per merge, 4,800 round trips for 1,600 merges): the values, formats and
//   formulas of the data range read once; one breakApart on a RangeList of exactly the merges to fill
//   (https://developers.google.com/apps-script/reference/spreadsheet/range-list#breakapart: no range cuts
//   a merge, which Sheets refuses); then one setValues per column over the rows its merges span. The
//   cells between those merges are written back as they are (text quoted as typedInput.ts does, so it
//   stays text); a formula cell between them is never rewritten: the span is cut there, so a column with
//   formulas among its merges costs a write more per such cell (none in a ledger of typed values).

import { maxOf, minOf } from '../core/arrays';
import { blankCell, COMPUTED_HEADERS, headerField } from '../core/ledger';
import type { Cell, Grid } from '../core/types';
import { blockA1 } from '../sheets/a1';
import { blockFromA1, dataRowMerges, fillMerges, listMerges } from '../sheets/mergedCells';
import type { Block } from '../sheets/model';
import { asTypedText } from '../sheets/typedInput';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The merges that meet a range, as blocks of sheet rows and columns. */
export function mergesOf(range: Range): Block[] {
  const out: Block[] = [];
  for (const m of range.getMergedRanges()) {
    const b = blockFromA1(m.getA1Notation());
    if (b) out.push(b);
  }
  return out;
}

/**
 * A ledger tab's values (getDataRange, from A1) with each data-row merge's value down its first column:
 * what the user sees. `firstDataRow` is 1-based; `values` when already read from the same range.
 */
export function fillLedgerMerges(range: Range, values: Grid, firstDataRow: number): Grid {
  fillMerges(values, mergesOf(range), firstDataRow);
  return values;
}

/**
 * A column read on its own (`values[i][0]` is sheet row `first` + i, the 1-based column `col`): each cell a
 * merge of `merges` covers below its first row takes that first row's value. No call.
 */
export function fillColumn(values: unknown[][], col: number, first: number, merges: readonly Block[]): void {
  for (const m of dataRowMerges(merges, first)) {
    if (col !== m.col) continue;
    const master = values[m.row - first]?.[0];
    for (let r = m.row + 1; r < m.row + m.rows && r - first < values.length; r++)
      values[r - first][0] = master;
  }
}

/**
 * One row read on its own (sheet row `row`): each cell under a merge that starts above it takes the merge's
 * value, read from its top-left cell (a call per such merge: the rows of one piece are few).
 */
export function fillRow(sheet: Sheet, cells: unknown[], row: number, merges: readonly Block[]): void {
  for (const m of merges) {
    if (m.rows < 2 || row <= m.row || row >= m.row + m.rows) continue;
    const master = sheet.getRange(m.row, m.col).getValue();
    cells[m.col - 1] = master;
  }
}

/**
 * 初始化台账: break apart the merges of the ledger's data rows that hold a value and write it into each row
 * of their first column (the other columns they span stay blank, as seen), except over `skipCols` (1-based: the computed columns). Returns the merges filled and the
 * message the alert shows ('' when none).
 */
export function unmergeDataRows(
  sheet: Sheet,
  firstDataRow: number,
  skipCols: ReadonlySet<number>,
): { filled: Block[]; note: string } {
  const lastRow = sheet.getLastRow();
  if (lastRow < firstDataRow) return { filled: [], note: '' };
  const range = sheet.getDataRange();
  const wanted = dataRowMerges(mergesOf(range), firstDataRow).filter(
    (b) => !Array.from({ length: b.cols }, (_, i) => b.col + i).some((c) => skipCols.has(c)),
  );
  if (wanted.length === 0) return { filled: [], note: '' };
  const values = range.getValues() as Grid;
  const filled = wanted.filter((b) => !blankCell(values[b.row - 1]?.[b.col - 1] as Cell));
  if (filled.length === 0) return { filled, note: '' };
  const formats = range.getNumberFormats();
  const formulas = range.getFormulas();
  sheet.getRangeList(filled.map(blockA1)).breakApart();
  writeMergeValues(sheet, filled, values, formats, formulas);
  return {
    filled,
    note: `「${sheet.getName()}」数据行中有${filled.length}处上下合并的单元格（${listMerges(filled)}），已取消合并，并把合并格的内容填入其中每一行：自动计算列（积分、计任务、校验）只读到每格自己的值，合并时只有第一行有值。`,
  };
}

/**
 * Each merge's value into every row of its first column, one setValues per column over the rows its merges span (cut at
 * a formula cell that is not a merge's: it is never rewritten). The other cells of the span are written
 * back as read. `values`, `formats` and `formulas` are the data range's, from A1.
 */
function writeMergeValues(
  sheet: Sheet,
  merges: readonly Block[],
  values: Grid,
  formats: string[][],
  formulas: string[][],
): void {
  const cellAt = (r: number, c: number): Cell => {
    const v = values[r - 1]?.[c - 1] as Cell;
    return typeof v === 'string' ? asTypedText(v, formats[r - 1]?.[c - 1]) : (v ?? '');
  };
  // Per column: sheet row → what the merge puts there.
  const byColumn = new Map<number, Map<number, Cell>>();
  for (const m of merges) {
    const master = values[m.row - 1]?.[m.col - 1] as Cell;
    // Down its first column only: the other columns it spans stay blank, as the user sees them.
    const c = m.col;
    const col = byColumn.get(c) ?? new Map<number, Cell>();
    byColumn.set(c, col);
    for (let r = m.row; r < m.row + m.rows; r++) {
      // A formula in the top-left cell keeps it: its result is what the rows below are given.
      if (r === m.row && (formulas[r - 1]?.[c - 1] ?? '') !== '') continue;
      const format = formats[r - 1]?.[c - 1];
      col.set(r, typeof master === 'string' ? asTypedText(master, format) : master);
    }
  }
  for (const [c, cells] of byColumn) {
    const rows = [...cells.keys()];
    if (rows.length === 0) continue;
    const last = maxOf(rows);
    let run: Cell[][] = [];
    let runStart = minOf(rows);
    const flush = () => {
      if (run.length > 0) sheet.getRange(runStart, c, run.length, 1).setValues(run);
      run = [];
    };
    for (let r = runStart; r <= last; r++) {
      const own = cells.get(r);
      // A formula the merges do not cover stays as it is: the write stops before it and resumes after.
      if (own === undefined && (formulas[r - 1]?.[c - 1] ?? '') !== '') {
        flush();
        runStart = r + 1;
        continue;
      }
      run.push([own ?? cellAt(r, c)]);
    }
    flush();
  }
}

/**
 * 初始化台账's step for a ledger whose header is `header` (its last row `last`, its cells' formulas): the
 * computed columns (a ZG_ formula's own, the two ZG_LEDGER fills to its right, or headed 积分 / 计任务 / 校验)
 * keep their merges. Returns the alert's line, '' when nothing was merged.
 */
export function unmergeLedgerData(
  sheet: Sheet,
  at: { header: Cell[]; formulas: string[]; last: number },
): string {
  const skip = new Set<number>();
  at.header.forEach((h, i) => {
    const f = at.formulas[i] ?? '';
    const field = headerField(h);
    if (/ZG_LEDGER\(/i.test(f)) for (const c of [i + 1, i + 2, i + 3]) skip.add(c);
    else if (/ZG_[A-Z_]+\(/i.test(f) || (field !== undefined && COMPUTED_HEADERS.includes(field)))
      skip.add(i + 1);
  });
  return unmergeDataRows(sheet, at.last + 1, skip).note;
}
