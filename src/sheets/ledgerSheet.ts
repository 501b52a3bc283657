// The ledger copy with its computed columns (积分 / 计任务 / 校验) filled, rows with issues highlighted.
// Written only to a new workbook (the CLI's output): the office's own ledger is never rewritten here.
import type { Assessment, RowOutputWriter } from '../core/index';
import { clean } from '../core/text';
import type { Cell, Grid } from '../core/types';
import type { Block, CellStyle, SheetModel, SheetValue } from './model';
import { COLORS, FMT_POINTS } from './report';
import { LEDGER_WIDTHS } from './setup';
import { LEDGER_TAB } from './tabs';

const COMPUTED = ['积分', '计任务', '校验'] as const;

const ISSUE_ROW: CellStyle = { background: '#fce8e6' };
const ISSUE_CELL: CellStyle = { fontColor: COLORS.issueFg };
const COMPUTED_HEADER: CellStyle = {
  bold: true,
  background: '#cfe2f3',
  fontColor: '#1c4587',
  hAlign: 'center',
};
const INPUT_HEADER: CellStyle = { bold: true, background: '#efefef', hAlign: 'center' };

function toValue(cell: Cell): SheetValue {
  if (cell === undefined || cell === '') return null;
  return cell;
}

function headerText(cell: Cell): string {
  return typeof cell === 'string' ? cell.replace(/\s+/g, '') : '';
}

/** What the ledger copy is made from: the ledger as read, where each line came from, the header's merges. */
export interface LedgerCopyRun {
  assessment: Assessment;
  /** The ledger grid as read (several tabs joined in the first one's columns). */
  ledger: Grid;
  /** Each grid line's tab and sheet row, when several tabs were joined. */
  sources?: { tab: string; row: number }[];
  /** Merges of the (first) ledger tab that the reader filled: those over the header lines are laid out again. */
  headerMerges?: Block[];
}

export interface LedgerCopyOptions {
  /** The tab's name (稿件台账 by default). */
  name?: string;
  /** The line holding the column names (0-based; a title line may sit above it). */
  headerLine?: number;
  /** Merged ranges over the header lines: their other cells are left blank, as in the office's sheet. */
  headerMerges?: Block[];
}

/**
 * Copy the ledger grid and fill 积分 / 计任务 / 校验 from what `fill` writes (index i ↔ grid line i + 1, as
 * writeRowOutputs hands them over: no object per row); rows it does not write are blank. Existing computed
 * columns are found by header and replaced; missing ones are appended after the last column, named on the
 * header line (below a title line, not on it).
 */
export function ledgerWithComputed(
  grid: Grid,
  fill: (write: RowOutputWriter) => void,
  options: LedgerCopyOptions = {},
): SheetModel {
  const headerLine = Math.min(options.headerLine ?? 0, Math.max(grid.length - 1, 0));
  const header = (grid[headerLine] ?? []).map(toValue);
  const cols: Record<(typeof COMPUTED)[number], number> = { 积分: -1, 计任务: -1, 校验: -1 };
  header.forEach((h, c) => {
    const t = headerText(h);
    if ((COMPUTED as readonly string[]).includes(t) && cols[t as (typeof COMPUTED)[number]] === -1) {
      cols[t as (typeof COMPUTED)[number]] = c;
    }
  });
  let width = header.length;
  for (const r of grid) if (r.length > width) width = r.length;
  for (const name of COMPUTED) {
    if (cols[name] === -1) cols[name] = width++;
  }
  const rows = Math.max(grid.length, 1);
  const values: SheetValue[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const src = grid[r] ?? [];
    const out: SheetValue[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = toValue(src[c]);
    values[r] = out;
  }
  // A merge over the header (a title line across the table, 报送情况 over two columns) keeps its first cell.
  const merges = (options.headerMerges ?? [])
    .filter((m) => m.row + m.rows - 1 <= headerLine + 1 && m.col <= width)
    .map((m) => ({ ...m, cols: Math.min(m.cols, width - m.col + 1) }))
    .filter((m) => m.rows > 1 || m.cols > 1);
  for (const m of merges)
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols && c <= width; c++)
        if (r !== m.row || c !== m.col) values[r - 1][c - 1] = null;
  for (const name of COMPUTED) values[headerLine][cols[name]] = name;
  // A merge whose hidden cell would now hold a computed column's name is not merged again (shown once).
  const named = (m: Block) =>
    COMPUTED.some((name) => {
      const r = headerLine + 1;
      const c = cols[name] + 1;
      return (
        r >= m.row && r < m.row + m.rows && c >= m.col && c < m.col + m.cols && (r !== m.row || c !== m.col)
      );
    });
  const kept = merges.filter((m) => !named(m));
  // No stale computed value from the input survives: a row scoring does not write reads blank.
  for (let r = headerLine + 1; r < rows; r++) {
    for (const name of COMPUTED) values[r][cols[name]] = null;
  }

  const issueRows: boolean[] = new Array(rows).fill(false);
  fill((i, points, credit, check, _k, issue) => {
    const row = values[i + 1];
    if (row === undefined) return; // below the grid: no sheet row to fill
    row[cols.积分] = clean(points);
    row[cols.计任务] = credit;
    row[cols.校验] = check === '' ? null : check;
    // A 校验 of remarks alone (核定's reason, core/remarks.ts) is no problem: not highlighted.
    issueRows[i + 1] = issue ?? check !== '';
  });

  const styles: { block: Block; style: CellStyle }[] = [];
  const top = headerLine + 1; // header lines (a title above the column names included)
  styles.push({ block: { row: 1, col: 1, rows: top, cols: width }, style: INPUT_HEADER });
  for (const name of COMPUTED) {
    styles.push({ block: { row: top, col: cols[name] + 1, rows: 1, cols: 1 }, style: COMPUTED_HEADER });
  }
  // One block per run of rows with issues, then the 校验 cells of those runs in red.
  let r = top;
  while (r < rows) {
    if (!issueRows[r]) {
      r++;
      continue;
    }
    let end = r + 1;
    while (end < rows && issueRows[end]) end++;
    styles.push({ block: { row: r + 1, col: 1, rows: end - r, cols: width }, style: ISSUE_ROW });
    styles.push({ block: { row: r + 1, col: cols.校验 + 1, rows: end - r, cols: 1 }, style: ISSUE_CELL });
    r = end;
  }

  const columnWidths = values[headerLine].map((h) => LEDGER_WIDTHS[headerText(h ?? '')] ?? 90);
  return {
    name: options.name ?? LEDGER_TAB,
    values,
    frozenRows: top,
    // Merged again as in the office's sheet (the reader filled them; their other cells are blank above).
    ...(kept.length > 0 ? { merges: kept } : {}),
    columnWidths,
    // One page wide (as an office prints a ledger), as many pages long as it takes, the header on each.
    print: { landscape: true, fitToWidth: true, repeatRows: top },
    numberFormats:
      rows > top
        ? [{ block: { row: top + 1, col: cols.积分 + 1, rows: rows - top, cols: 1 }, format: FMT_POINTS }]
        : [],
    styles,
  };
}
