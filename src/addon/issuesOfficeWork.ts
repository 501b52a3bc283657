// 待核实 rebuilt without losing the office's work on it (README 生成通报; audit S20x F5): columns the office
// added (处理情况 …) follow their rows, formulas as formulas; lines it typed under the list are kept under
// the new one, and said. Pure over the old tab's values and formulas (read once each by the caller).
// Decisions:
// - A note goes to the row of the same 单位 and 标题 (and 工作表 when both lists have one): row numbers move as
//   the ledger grows. Notes of rows no longer listed follow the list under a line saying so.
// - Under the header the add-on writes listed rows (a 行号), （无） and its own section lines; any other line is
//   the office's, kept whole below the new list.
// - A formula moved to another cell is written as Sheets moves a copied cell: its relative references move
//   with it (=IF(D7="",…) on row 7 becomes =IF(D9="",…) on row 9); $-fixed ones stay.

import { xmlText } from '../core/text';
import { colLetters, colNumber } from '../sheets/a1';
import type { SheetModel, SheetValue } from '../sheets/model';

/** The columns 生成通报 writes in 待核实 (工作表 only for a ledger read from several tabs). */
const ISSUE_COLUMNS = new Set(['工作表', '行号', '单位', '标题', '问题']);

export const LEFT_LINE = '以下各行上次列出、本次已不在待核实中，办公室所填内容保留如下：';
export const OFFICE_LINE = '以下各行是办公室在上次的待核实表中列表下方填写的内容，照原样保留：';
const TOOL_LINES = new Set(['（无）', LEFT_LINE, OFFICE_LINE]);

const blank = (v: unknown) => v === '' || v === null || v === undefined;
// As the tab holds it: the model's text loses what XML cannot carry when written (appsWorkbook sheetValue).
const text = (v: unknown) => (blank(v) ? '' : xmlText(String(v)).trim());

/** A cell reference in a formula: not part of a name (LOG10, A1B), not a function call (ABS1(…)). */
const CELL_REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * A formula as Sheets writes a copied cell `rows` rows and `cols` columns away: relative references move,
 * $-fixed ones and the text inside quotes do not. A reference that would leave the sheet stays as it was.
 */
export function moveFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(CELL_REF, (ref, colFixed: string, col: string, rowFixed: string, row: string) => {
            const c = colFixed ? colNumber(col) : colNumber(col) + cols;
            const r = rowFixed ? Number(row) : Number(row) + rows;
            if (c < 1 || r < 1 || c > 18278) return ref;
            return `${colFixed}${colFixed ? col : colLetters(c)}${rowFixed}${r}`;
          }),
    )
    .join('"');
}

/**
 * 待核实 as the office annotated it, laid over the new list. `grid` and `formulas` are the old tab's values
 * and formulas (same shape); the notes say what was kept where, in Chinese.
 */
export function keepOfficeWork(
  grid: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[],
  model: SheetModel,
): { model: SheetModel; notes: string[] } {
  const unchanged = { model, notes: [] };
  const width = model.values.reduce((w, r) => Math.max(w, r.length), 0); // no spread: 待核实 may list 100k rows
  const formulaAt = (r: number, c: number) => formulas[r]?.[c] ?? '';
  const empty = (r: number, c: number) => blank(grid[r]?.[c]) && formulaAt(r, c) === '';
  const isHeader = (r: readonly unknown[]) =>
    r.some((v) => text(v) === '行号') && r.some((v) => text(v) === '问题');
  const at = model.values.findIndex(isHeader);
  if (at < 0) return unchanged;
  const oldAt = grid.findIndex(isHeader);
  if (oldAt < 0) return unchanged;
  const oldHeader = grid[oldAt].map(text);
  const oldWidth = grid.reduce((w, r) => Math.max(w, r.length), 0);
  const oldCol = (name: string) => oldHeader.indexOf(name);
  const rowCol = oldCol('行号');
  const listed = (r: number) => typeof grid[r][rowCol] === 'number';
  const toolLine = (r: number) => {
    for (let c = 1; c < oldWidth; c++) if (!empty(r, c)) return false;
    return empty(r, 0) || (formulaAt(r, 0) === '' && TOOL_LINES.has(text(grid[r][0])));
  };
  const officeLines: number[] = [];
  for (let r = oldAt + 1; r < grid.length; r++) {
    if (!listed(r) && !toolLine(r)) officeLines.push(r);
  }
  const extra: number[] = [];
  for (let c = 0; c < oldWidth; c++) {
    if (ISSUE_COLUMNS.has(oldHeader[c])) continue;
    for (let r = oldAt; r < grid.length; r++) {
      if (!empty(r, c)) {
        extra.push(c);
        break;
      }
    }
  }
  if (extra.length === 0 && officeLines.length === 0) return unchanged;

  const header = model.values[at].map(text);
  const newCol = (name: string) => header.indexOf(name);
  const withTab = newCol('工作表') >= 0 && oldCol('工作表') >= 0;
  const keyOf = (r: readonly unknown[], col: (name: string) => number) =>
    `${withTab ? text(r[col('工作表')]) : ''}\u0000${text(r[col('单位')])}\u0000${text(r[col('标题')])}`;
  const notes = new Map<string, number[]>();
  for (let r = oldAt + 1; r < grid.length; r++) {
    if (!listed(r) || extra.every((c) => empty(r, c))) continue;
    const k = keyOf(grid[r], oldCol);
    const list = notes.get(k) ?? [];
    list.push(r);
    notes.set(k, list);
  }

  const values: SheetValue[][] = [];
  const written: NonNullable<SheetModel['formulas']> = [...(model.formulas ?? [])];
  const total = width + extra.length;
  /** Put old cell (r, c) at new 0-based (row, col): a formula moves as a copied cell does. */
  const put = (row: SheetValue[], newRow: number, newCol0: number, r: number, c: number) => {
    const f = formulaAt(r, c);
    if (f !== '') {
      written.push({ row: newRow + 1, col: newCol0 + 1, formula: moveFormula(f, newRow - r, newCol0 - c) });
      row[newCol0] = null;
      return;
    }
    const v = grid[r]?.[c];
    row[newCol0] = blank(v)
      ? null
      : typeof v === 'number' || typeof v === 'boolean' || v instanceof Date
        ? v
        : String(v);
  };
  const line = (t: string) => [t, ...Array(total - 1).fill(null)];
  const pad = (r: readonly SheetValue[]) => [...r, ...Array(total - r.length).fill(null)].slice(0, total);
  /** The extra columns of old row `from` onto the new row at 0-based `i`. */
  const carry = (row: SheetValue[], i: number, from: number) => {
    for (const [k, c] of extra.entries()) put(row, i, width + k, from, c);
  };
  model.values.forEach((r, i) => {
    const row = pad(r);
    if (i === at) carry(row, i, oldAt);
    else if (i > at) {
      const mine = notes.get(keyOf(r, newCol))?.shift();
      if (mine !== undefined) carry(row, i, mine);
    }
    values.push(row);
  });
  const left = [...notes.values()].flat();
  if (left.length > 0) {
    values.push(line(''), line(LEFT_LINE));
    for (const r of left) {
      // Each old row laid out in the new list's columns (a column the old list lacked stays blank).
      const row: SheetValue[] = Array(total).fill(null);
      header.slice(0, width).forEach((h, c) => {
        if (h !== '' && oldCol(h) >= 0) put(row, values.length, c, r, oldCol(h));
      });
      carry(row, values.length, r);
      values.push(row);
    }
  }
  const said: string[] = [];
  if (officeLines.length > 0) {
    values.push(line(''), line(OFFICE_LINE));
    const first = values.length + 1;
    // Each cell where the office put it, its column followed by name when the list's columns moved.
    const place = (c: number) => {
      const k = extra.indexOf(c);
      if (k >= 0) return width + k;
      const named = oldHeader[c] !== '' ? newCol(oldHeader[c]) : -1;
      return named >= 0 ? named : c;
    };
    for (const r of officeLines) {
      const row: SheetValue[] = Array(total).fill(null);
      for (let c = 0; c < oldWidth; c++) if (!empty(r, c)) put(row, values.length, place(c), r, c);
      values.push(row);
    }
    const last = values.length;
    said.push(
      `「待核实」中办公室在列表下方填写的 ${officeLines.length} 行（原第${officeLines
        .slice(0, 10)
        .map((r) => r + 1)
        .join('、')}${officeLines.length > 10 ? ' 等' : ''}行）已照原样保留在新表第${
        first === last ? first : `${first}至${last}`
      }行。`,
    );
  }
  return { model: { ...model, values, formulas: written }, notes: said };
}
