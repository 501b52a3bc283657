// The tabs only a new output workbook gets (the command line's --out): the ledger copy with its computed
// columns filled, and the rule tables in force. Passed to runReport as extraTabs, so the add-on, which
// never writes them, does not carry them.

import { maxOf } from '../core/arrays';
import { type RowOutputWriter, writeRowOutputs } from '../core/index';
import { ledgerHeader } from '../core/ledger';
import { RULE_TABLE_NAMES, rulesToGrids } from '../core/rules';
import { cellText } from '../core/text';
import type { Grid } from '../core/types';
import { type LedgerCopyRun, ledgerWithComputed } from './ledgerSheet';
import type { SheetModel } from './model';
import { COLORS } from './report';

/**
 * 稿件台账 as read, with 积分 / 计任务 / 校验 filled. A ledger read from several tabs (one per year) is copied
 * as those tabs, each under its own name with its rows on their own sheet rows, so 待核实's 工作表 and 行号
 * point into the copy as into the office's file; each in the first tab's columns (as they were read).
 */
export function ledgerCopyTabs(run: LedgerCopyRun): SheetModel[] {
  const { assessment, ledger, sources, headerMerges } = run;
  const dataStart = ledgerHeader(ledger)?.dataStart ?? 1;
  const headerLine = dataStart - 1;
  const dataRows = Math.max(0, ledger.length - 1);
  const fillAll = (write: RowOutputWriter) => writeRowOutputs(assessment.scored, dataRows, write);
  if (sources === undefined || sources.length !== ledger.length)
    return [ledgerWithComputed(ledger, fillAll, { headerLine, headerMerges })];

  // Each joined line's outputs (index i ↔ line i + 1), then each tab's lines at their own sheet rows.
  const points: number[] = new Array(ledger.length).fill(0);
  const credits: (number | string)[] = new Array(ledger.length).fill('');
  const checks: string[] = new Array(ledger.length).fill('');
  const written: boolean[] = new Array(ledger.length).fill(false);
  const issues: (boolean | undefined)[] = new Array(ledger.length).fill(undefined);
  fillAll((i, p, credit, check, _k, issue) => {
    points[i + 1] = p;
    credits[i + 1] = credit;
    checks[i + 1] = check;
    written[i + 1] = true;
    issues[i + 1] = issue;
  });
  const linesOf = new Map<string, number[]>();
  for (let l = dataStart; l < ledger.length; l++) {
    const lines = linesOf.get(sources[l].tab) ?? [];
    lines.push(l);
    linesOf.set(sources[l].tab, lines);
  }
  const base = sources[0]?.tab;
  return [...linesOf].map(([tab, lines]) => {
    const own = tab === base;
    // The first tab keeps its header lines (a title above); another gets the column names above its first row.
    // A loop, not Math.min(...rows): a tab of a few hundred thousand rows would overflow the call's arguments.
    let firstRow = Number.POSITIVE_INFINITY;
    for (const l of lines) if (sources[l].row < firstRow) firstRow = sources[l].row;
    const at = own ? headerLine : Math.max(0, firstRow - 2);
    const grid: Grid = [];
    if (own) for (let l = 0; l < dataStart; l++) grid[l] = ledger[l];
    else grid[at] = ledger[headerLine];
    for (const l of lines) grid[sources[l].row - 1] = ledger[l];
    for (let l = 0; l < grid.length; l++) if (grid[l] === undefined) grid[l] = [];
    return ledgerWithComputed(
      grid,
      (write) => {
        for (const l of lines)
          if (written[l]) write(sources[l].row - 2, points[l], credits[l], checks[l], undefined, issues[l]);
      },
      { name: tab, headerLine: at, headerMerges: own ? headerMerges : [] },
    );
  });
}

/** The ledger copy, then each rule table in force (a self-contained output workbook). */
export function outputTabs(run: LedgerCopyRun): SheetModel[] {
  const grids = rulesToGrids(run.assessment.rules);
  return [...ledgerCopyTabs(run), ...RULE_TABLE_NAMES.map((name) => ruleTabModel(name, grids[name]))];
}

function ruleTabModel(name: string, grid: Grid): SheetModel {
  const width = maxOf(
    grid.map((r) => r.length),
    1,
  );
  const values = grid.map((r) => {
    const out = r.map((c) => (c === undefined || c === '' ? null : c));
    while (out.length < width) out.push(null);
    return out;
  });
  return {
    name,
    values,
    frozenRows: 1,
    columnWidths: Array.from({ length: width }, (_, c) =>
      Math.min(
        320,
        maxOf(
          grid.slice(0, 200).map((r) => cellText(r[c]).length * 14 + 16),
          72,
        ),
      ),
    ),
    styles: [
      {
        block: { row: 1, col: 1, rows: 1, cols: width },
        style: { bold: true, background: '#efefef', hAlign: 'center' },
      },
    ],
    tabColor: COLORS.muted,
  };
}
