// The tabs only a new output workbook gets (the command line's --out): the ledger copy with its computed
// columns filled, and the rule tables in force. Passed to runReport as extraTabs, so the add-on, which
// never writes them, does not carry them.
import { type Assessment, writeRowOutputs } from '../core/index';
import { RULE_TABLE_NAMES, rulesToGrids } from '../core/rules';
import { cellText } from '../core/text';
import type { Grid } from '../core/types';
import { ledgerWithComputed } from './ledgerSheet';
import type { SheetModel } from './model';
import { COLORS } from './report';

/** 稿件台账 as read, with 积分 / 计任务 / 校验 filled. */
export function ledgerCopyTab({ assessment, ledger }: { assessment: Assessment; ledger: Grid }): SheetModel {
  const dataRows = Math.max(0, ledger.length - 1);
  return ledgerWithComputed(ledger, (write) => writeRowOutputs(assessment.scored, dataRows, write));
}

/** The ledger copy, then each rule table in force (a self-contained output workbook). */
export function outputTabs(run: { assessment: Assessment; ledger: Grid }): SheetModel[] {
  const grids = rulesToGrids(run.assessment.rules);
  return [ledgerCopyTab(run), ...RULE_TABLE_NAMES.map((name) => ruleTabModel(name, grids[name]))];
}

function ruleTabModel(name: string, grid: Grid): SheetModel {
  const width = Math.max(1, ...grid.map((r) => r.length));
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
      Math.min(320, Math.max(72, ...grid.slice(0, 200).map((r) => cellText(r[c]).length * 14 + 16))),
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
