// A backend-neutral description of one tab: values plus layout. Backends (exceljs, SpreadsheetApp)
// write a SheetModel in a fixed, small number of batched calls whatever its size.

export type SheetValue = string | number | boolean | Date | null;

/** A block of cells, 1-based like Sheets: row, col, and how many rows/cols. */
export interface Block {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // #rrggbb
  background?: string; // #rrggbb
  hAlign?: 'left' | 'center' | 'right';
  wrap?: boolean;
  border?: boolean;
}

export interface Validation {
  block: Block;
  /** list: dropdown of values; listRange: dropdown fed by another tab's column (e.g. 单位!A2:A); date: a real date. */
  kind: 'list' | 'listRange' | 'date' | 'number';
  values?: string[];
  sourceSheet?: string;
  sourceA1?: string; // e.g. 'A2:A'
  allowInvalid?: boolean; // warn instead of reject
  helpText?: string;
}

export interface ChartSpec {
  kind: 'line' | 'column' | 'bar';
  title: string;
  /** Data block including its header row; the first column is the category axis. */
  data: Block;
  anchor: { row: number; col: number };
  width?: number;
  height?: number;
}

export interface SheetModel {
  name: string;
  /** Rectangular values; strings are always written as text (never as formulas). */
  values: SheetValue[][];
  /** Formulas written on purpose (custom function calls on the ledger); keyed 1-based. */
  formulas?: { row: number; col: number; formula: string }[];
  frozenRows?: number;
  frozenCols?: number;
  /** Column widths in pixels, by column index from 1. */
  columnWidths?: number[];
  numberFormats?: { block: Block; format: string }[];
  styles?: { block: Block; style: CellStyle }[];
  merges?: Block[];
  validations?: Validation[];
  charts?: ChartSpec[];
  /** Tab colour. */
  tabColor?: string;
  /**
   * Row heights in points by 1-based row, for rows of wrapped text. Honoured by the .xlsx backend (Excel
   * and WPS do not fit a row to wrapped text on opening); Sheets fits such a row itself, so the add-on
   * leaves heights alone.
   */
  rowHeights?: Record<number, number>;
  /**
   * How the tab prints (A4). Honoured by the .xlsx backend; Apps Script has no page-setup API, so the
   * add-on ignores it. landscape defaults to true; fitToWidth (one page wide) defaults to narrow tabs
   * only; repeatRows repeats the first n rows on every printed page; breaksBefore starts a new page
   * at each of these rows (1-based).
   */
  print?: { landscape?: boolean; fitToWidth?: boolean; repeatRows?: number; breaksBefore?: number[] };
}
