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
import { blankCell, COMPUTED_HEADERS, headerField } from '../core/ledger';
import type { Cell, Grid } from '../core/types';
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
 * A ledger tab's values (getDataRange, from A1) with each data-row merge's value in every cell of it:
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
    if (col < m.col || col >= m.col + m.cols) continue;
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
    for (let c = m.col; c < m.col + m.cols; c++) cells[c - 1] = master;
  }
}

/**
 * 初始化台账: break apart the merges of the ledger's data rows that hold a value and write it into each of
 * their cells, except over `skipCols` (1-based: the computed columns). Returns the merges filled and the
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
  const merges = range.getMergedRanges();
  const blocks = merges.map((m) => blockFromA1(m.getA1Notation()));
  const wanted = new Set(
    dataRowMerges(
      blocks.filter((b): b is Block => b !== null),
      firstDataRow,
    ).filter((b) => !Array.from({ length: b.cols }, (_, i) => b.col + i).some((c) => skipCols.has(c))),
  );
  if (wanted.size === 0) return { filled: [], note: '' };
  const values = range.getValues() as Grid;
  const filled: Block[] = [];
  merges.forEach((m, i) => {
    const b = blocks[i];
    if (b === null || !wanted.has(b)) return;
    const master = values[b.row - 1]?.[b.col - 1];
    if (blankCell(master as Cell)) return;
    const format = m.getNumberFormats()[0][0];
    const cell = typeof master === 'string' ? asTypedText(master, format) : (master as Cell);
    m.breakApart();
    m.setValues(Array.from({ length: b.rows }, () => Array.from({ length: b.cols }, () => cell ?? '')));
    filled.push(b);
  });
  if (filled.length === 0) return { filled, note: '' };
  return {
    filled,
    note: `「${sheet.getName()}」数据行中有${filled.length}处上下合并的单元格（${listMerges(filled)}），已取消合并，并把合并格的内容填入其中每一行：自动计算列（积分、计任务、校验）只读到每格自己的值，合并时只有第一行有值。`,
  };
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
