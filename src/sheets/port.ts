// The small workbook port the spreadsheet-facing layer is written against. Two backends:
// src/cli/xlsxWorkbook.ts (exceljs, a file) and src/addon/appsWorkbook.ts (SpreadsheetApp).
import { HEADER_SCAN_ROWS } from '../core/ledger';
import type { Grid } from '../core/types';
import type { Block, SheetModel } from './model';

/** The top rows whose formulas headerFormulas gives (a header under title lines, where 初始化台账 writes them). */
export const HEADER_FORMULA_ROWS = HEADER_SCAN_ROWS + 1;

export interface WorkbookPort {
  /** Names of the tabs, in order. */
  sheetNames(): string[];
  /** All values of a tab (its data range) in one read; [] when the tab is missing or empty. */
  readValues(name: string): Grid;
  /**
   * The merged ranges of a tab's data range, for a backend whose values leave a merge's other cells blank
   * (Sheets); a reader that fills merges itself (the .xlsx reader) leaves it out.
   */
  readMerges?(name: string): Block[];
  /**
   * The merged ranges of a tab a reader filled itself (the .xlsx reader repeats a merge's first cell, as
   * Excel shows it), once the tab was read: only for laying a header out again in a copy.
   */
  filledMerges?(name: string): Block[];
  /**
   * The sheet rows (1-based) of a tab that are hidden or filtered out, once the tab was read: the .xlsx
   * reader knows them from the file. Those rows are read and counted as every row; a notice says how many.
   * The add-on leaves it out: Sheets tells it only row by row (isRowHiddenByFilter), no bulk call.
   */
  hiddenRows?(name: string): number[];
  /**
   * Which of `among` (0-based columns of a tab, read) are hidden: of two columns read as one field, the one in
   * view is the office's (an old 媒体 hidden beside the 采用媒体 now typed in), and a hidden column read is
   * said. The .xlsx reader knows them from the file; Sheets answers column by column (isColumnHiddenByUser).
   */
  hiddenColumns?(name: string, among: readonly number[]): number[];
  /**
   * The rows (1-based) of a tab whose cell in `column` (0-based) is struck through (删除线), once the tab was
   * read: a piece an office crossed out. The .xlsx reader knows them from the styles; Sheets, one
   * getFontLines per column.
   */
  struckRows?(name: string, column: number): number[];
  /**
   * Whether a tab is hidden (右键 隐藏; Excel's very hidden too): a ledger tab out of view is left out while a
   * tab in view holds the ledger, and said. The .xlsx reader knows it from the workbook part; Sheets, one
   * isSheetHidden call per tab asked (only tabs holding ledger rows beside another are).
   */
  isSheetHidden?(name: string): boolean;
  /** Each column asked of hiddenColumns is a service call: only columns sharing a field are asked. */
  readonly hiddenColumnsByCall?: boolean;
  /** The values read come without their number formats (Sheets' getValues): ParseOptions.formatsUnknown. */
  readonly formatsUnknown?: boolean;
  /**
   * The formulas in a tab's top rows, where 初始化台账 puts the computed columns' formula: its order of the
   * ledger tabs is the one 生成通报 reads them in (formulaTabs.ts). The .xlsx reader knows them once the tab
   * was read (a workbook downloaded from Sheets keeps the formula); without, the tabs are read in sheet order.
   */
  headerFormulas?(name: string): string[];
  /**
   * Replace a tab whole with the model. A backend that can builds it aside and swaps it in,
   * so a failure leaves the previous tab as it was.
   */
  writeSheet(model: SheetModel): void;
  /**
   * Delete a tab this tool generated and no longer writes (an older 附件 of the same 通报): false, and the
   * tab kept, when it is not one this tool wrote (no mark, whatever its name). A backend whose output starts
   * empty (the command line's new workbook) has nothing stale and leaves it out.
   */
  deleteSheet?(name: string): boolean;
}

/** A tab reader that reads each tab once, whoever asks (the ledger search, then the rule tables). */
export function readEachOnce(readValues: (name: string) => Grid): (name: string) => Grid {
  const grids = new Map<string, Grid>();
  return (name) => {
    let grid = grids.get(name);
    if (grid === undefined) {
      grid = readValues(name);
      grids.set(name, grid);
    }
    return grid;
  };
}
