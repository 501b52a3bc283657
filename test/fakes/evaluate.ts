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

/** The ZG_LEDGER formula 初始化台账 wrote on a tab's header line (below a title line too; '' when none). */
export function ledgerFormulaOn(sheet: FakeSheet): string {
  const width = Math.max(sheet.getLastColumn(), 1);
  const top = sheet.getRange(1, 1, Math.min(sheet.getMaxRows(), 5), width).getFormulas();
  return top.flat().find((f) => /ZG_LEDGER/.test(f)) ?? '';
}

/** A tab's 积分 / 计任务 / 校验 as Sheets computes them from that formula, from its header line down. */
export function evaluateLedgerFormula(
  ss: FakeSpreadsheet,
  tab: string,
  functions: Record<string, Fn>,
): Value[][] {
  const sheet = ss._sheet(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  return evaluateFormula(ss, sheet, ledgerFormulaOn(sheet), functions);
}
