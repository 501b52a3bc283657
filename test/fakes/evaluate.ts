// Evaluate a custom-function formula the way Sheets would call it: each range argument read with
// getValues (Dates, '' blanks), the function called once, its 2D result spilled from the formula cell.
import type { FakeSheet, FakeSpreadsheet, Value } from './spreadsheetApp';
import { instantOf, wallOf } from './zone';

type Fn = (...args: unknown[]) => unknown;

function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = '';
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')') depth--;
    if (!quoted && depth === 0 && ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

const DAY_MS = 86_400_000;

/** An argument that is a reference Sheets could not resolve: the whole formula is that error. */
class RefError extends Error {}

/** The value of one argument: a range (of this sheet or a named one) read as Sheets passes it. */
function argument(ss: FakeSpreadsheet, home: FakeSheet, text: string): unknown {
  if (/^".*"$/.test(text)) return text.slice(1, -1);
  // TODAY(): the current date, a date value at midnight of the spreadsheet's zone, handed over as a Date
  // (https://support.google.com/docs/answer/3092984 : "Returns the current date as a date value").
  if (/^TODAY\(\s*\)$/i.test(text)) {
    const tz = ss.getSpreadsheetTimeZone();
    const wall = wallOf(Date.now(), tz);
    // A Date of the script's realm, as every Date Sheets hands over (the bundle in node:vm tests instanceof).
    return new ss.ctx.scriptDate(instantOf(wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS), tz));
  }
  // A reference to a deleted tab reads #REF! in the formula's text, and the formula shows #REF! without
  // calling the function (as the tab-deleted ranges in https://gist.github.com/tanaikech/f9b993c4a178291324e03eeb5c161c1d).
  if (/#REF!/i.test(text)) throw new RefError(text);
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const bang = text.lastIndexOf('!');
  const sheet = bang >= 0 ? ss._sheet(text.slice(0, bang).replace(/^'|'$/g, '')) : home;
  if (!sheet) return '#REF!';
  const values = sheet.getRange(bang >= 0 ? text.slice(bang + 1) : text).getValues();
  return values.length === 1 && values[0].length === 1 ? values[0][0] : values;
}

/** Evaluate `=NAME(args…)` in a cell; returns the spilled result (a bare value becomes [[value]]). */
export function evaluateFormula(
  ss: FakeSpreadsheet,
  sheet: FakeSheet,
  formula: string,
  functions: Record<string, Fn>,
): Value[][] {
  const m = /^=([A-Z_][A-Z0-9_]*)\((.*)\)$/s.exec(formula.trim());
  if (!m) throw new Error(`not a function call: ${formula}`);
  const fn = functions[m[1]];
  if (!fn) throw new Error(`#NAME? ${m[1]}`);
  let args: unknown[];
  try {
    args = splitArgs(m[2]).map((a) => argument(ss, sheet, a));
  } catch (error) {
    if (error instanceof RefError) return [['#REF!']];
    throw error;
  }
  // Read-only while it runs, as Sheets runs a custom function (spreadsheetApp.ts Ctx.customFunction).
  ss.ctx.customFunction = true;
  let result: unknown;
  try {
    result = fn(...args);
  } finally {
    ss.ctx.customFunction = false;
  }
  return (Array.isArray(result) ? result : [[result]]) as Value[][];
}

/** Where the ZG_LEDGER formula 初始化台账 wrote sits on a tab's header line (below a title line too). */
function ledgerFormulaCell(sheet: FakeSheet): { row: number; col: number; formula: string } | null {
  const width = Math.max(sheet.getLastColumn(), 1);
  const top = sheet.getRange(1, 1, Math.min(sheet.getMaxRows(), 5), width).getFormulas();
  for (let r = 0; r < top.length; r++) {
    const c = top[r].findIndex((f) => /ZG_LEDGER/.test(f));
    if (c >= 0) return { row: r + 1, col: c + 1, formula: top[r][c] };
  }
  return null;
}

/** The ZG_LEDGER formula 初始化台账 wrote on a tab's header line (below a title line too; '' when none). */
export function ledgerFormulaOn(sheet: FakeSheet): string {
  return ledgerFormulaCell(sheet)?.formula ?? '';
}

/** The cells of a spill area (the formula's own cell left out) that hold a value or a formula, in A1. */
function blockingCells(sheet: FakeSheet, row: number, col: number, rows: number, cols: number): string[] {
  const out: string[] = [];
  for (let r = row; r < row + rows && r <= sheet.getMaxRows(); r++) {
    for (let c = col; c < col + cols && c <= sheet.getMaxColumns(); c++) {
      if (r === row && c === col) continue;
      const rec = sheet._cell(r, c, false);
      if (rec && ((rec.f ?? '') !== '' || (rec.v !== '' && rec.v !== null))) {
        out.push(sheet.getRange(r, c).getA1Notation());
      }
    }
  }
  return out;
}

/**
 * A tab's 积分 / 计任务 / 校验 as Sheets computes them from that formula, from its header line down.
 * Sheets does not expand an array result over cells that hold data: the formula's cell shows #REF! ("Array
 * result was not expanded because it would overwrite data in X82") and no cell of the result is filled
 * (audit S24c F2; third-party descriptions only, no Google page was found: https://buralog.jp/en/arrayformula-risk-en/
 * "spill behavior, error messages", https://errorhandle.ai/explain-arrayformula-expansion-rules "should not
 * conflict with existing data in the target cells--otherwise, errors may occur"). The fake then stores
 * #REF! as the formula cell's value, so getValues reads it as a script would; once the cells are cleared
 * the next evaluation puts the cell back to '' (the fake never stores a result's values in cells: getValues
 * of the rows below reads '' where Sheets would read the result).
 */
export function evaluateLedgerFormula(
  ss: FakeSpreadsheet,
  tab: string,
  functions: Record<string, Fn>,
): Value[][] {
  const sheet = ss._sheet(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  const at = ledgerFormulaCell(sheet);
  if (!at) return evaluateFormula(ss, sheet, '', functions);
  const result = evaluateFormula(ss, sheet, at.formula, functions);
  const width = Math.max(...result.map((r) => r.length), 1);
  const blocked = blockingCells(sheet, at.row, at.col, result.length, width);
  const rec = sheet._cell(at.row, at.col, true) as { v: Value; err?: boolean };
  if (blocked.length > 0) {
    rec.v = '#REF!';
    rec.err = true;
    return [['#REF!']];
  }
  if (rec.err && rec.v === '#REF!') {
    rec.v = '';
    rec.err = false;
  }
  return result;
}
