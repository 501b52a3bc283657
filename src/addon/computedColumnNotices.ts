// What the ledger's computed columns (积分, 计任务, 校验) cannot show as the 通报 does, said beside the 通报's
// notices by 生成通报 and 刷新领导看板 alike: both count the ledger, and a sheet whose columns disagree with
// the count without a word is a silently wrong figure (audit S26b F2, F3).

import { COMPUTED_HEADERS } from '../core/ledger';
import { cellText } from '../core/text';
import type { Cell, Grid } from '../core/types';
import { colLetters } from '../sheets/a1';
import { isBackupName } from '../sheets/backupTabs';
import { computedPlaceNote, ledgerCallColumn } from '../sheets/computedPlace';
import { COMPUTED_CALL, formulaLedgerTabs, shortRanges } from '../sheets/formulaTabs';
import { AppsWorkbook } from './appsWorkbook';
import { blockedSpillNote, locateLedgerHeader } from './setupLedger';

/** The port a run works through, keeping the first row of each tab it reads (its header). */
export class FirstRowsWorkbook extends AppsWorkbook {
  readonly firstRows = new Map<string, Cell[]>();

  override readValues(name: string): Grid {
    const grid = super.readValues(name);
    this.firstRows.set(name, grid[0] ?? []);
    return grid;
  }

  /** A tab by name, from the tabs the run listed (no service call). */
  tab(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
    return this.sheet(name);
  }
}

/**
 * What the ledger's computed columns cannot show as the 通报 does, read from their formulas (the header
 * row, a few Sheets calls whatever the ledger's length): a reference Sheets turned into #REF! (a tab
 * deleted), a ledger tab the 通报 joined that the formula does not name (added after 初始化台账), a range
 * that stops before a column its tab has (each tab's first row as the run read it, the port's tab list:
 * no tab is looked up again), a ledger column standing right of the three (outside the range) or the three moved
 * among the ledger's columns, and the three left without their formula (pasted as values).
 */
export function computedColumnNotices(
  port: FirstRowsWorkbook,
  ledgerTab: string,
  ledgerTabs: readonly string[],
): string[] {
  const firstRowOf = (tab: string) => port.firstRows.get(tab) ?? null;
  const sheet = port.tab(ledgerTab);
  const at = sheet ? locateLedgerHeader(sheet) : null;
  const formulas = (at?.formulas ?? []).filter((f) => COMPUTED_CALL.test(f));
  if (formulas.length === 0) return at ? valuesOnlyNotes(ledgerTab, at.header) : [];
  const out: string[] = [];
  // A paste under the computed columns: Sheets shows #REF! and leaves all three blank (audit S24c F2).
  const blocked = sheet && at ? blockedSpillNote(sheet, at) : null;
  if (blocked) out.push(blocked);
  if (formulas.some((f) => /#REF!/i.test(f))) {
    out.push(
      `「${ledgerTab}」表积分、计任务、校验列的公式中有失效的引用（#REF!，所引用的表曾被删除），这些列显示 #REF!：请运行“初始化台账”，公式将按现有的表重写`,
    );
  }
  // A range that stops before a column its tab has: the columns read less than the 通报 (sweep S22b F1, F3).
  const firstComputed = (at?.formulas ?? []).findIndex((f) => COMPUTED_CALL.test(f)) + 1;
  const short = shortRanges(formulas, firstComputed, at?.header ?? [], firstRowOf, ledgerTab);
  if (short.length > 0) {
    out.push(
      `「${ledgerTab}」表积分、计任务、校验列的公式少读了列：${short.join('；')}。这三列因此可能与通报不同：请运行“初始化台账”，公式将按现有的列重写`,
    );
  }
  // A ledger column right of ZG_LEDGER's three, outside its range (媒体 dragged there): 初始化台账 cannot
  // widen the range over the computed columns, so the column is to be dragged back (audit S26b F2).
  const ledgerAt = ledgerCallColumn(at?.formulas ?? []);
  const place = at ? computedPlaceNote(ledgerTab, at.header, ledgerAt) : null;
  if (place && !out.includes(place)) out.push(place);
  const named = (tab: string) =>
    formulas.every((f) => f.includes(`'${tab.replace(/'/g, "''")}'!`) || f.includes(`${tab}!`));
  const missing = ledgerTabs.filter((t) => t !== ledgerTab && !named(t));
  if (missing.length > 0) {
    out.push(
      `${missing.map((t) => `「${t}」`).join('、')}表的稿件已合并计入通报，但「${ledgerTab}」表积分、计任务、校验列的公式没有引用它：这些列未跨表判断重复稿件、多次录用，可能与通报不同；请运行“初始化台账”，公式将加上该表`,
    );
  }
  // A copy of a ledger tab an earlier 初始化台账 passed to the formula: the 通报 leaves it out (backupTabs.ts).
  const copies = [...new Set(formulas.flatMap(formulaLedgerTabs))].filter(
    (t) => !ledgerTabs.includes(t) && ledgerTabs.some((o) => isBackupName(t, o)),
  );
  if (copies.length > 0) {
    out.push(
      `「${ledgerTab}」表积分、计任务、校验列的公式引用了${copies.map((t) => `「${t}」`).join('、')}：它是台账的副本，未计入通报，这些列却把它的行当作稿件判断重复、多次录用，可能与通报不同；请运行“初始化台账”，公式将去掉该表`,
    );
  }
  return out;
}

/**
 * 积分, 计任务, 校验 headed in the ledger with no formula of ours in the header row: pasted as values (粘贴
 * 仅值) or typed, they no longer follow the ledger (audit S26b F3). 初始化台账 keeps a filled cell, so the
 * office clears the columns first; they are never cleared here.
 */
function valuesOnlyNotes(ledgerTab: string, header: readonly Cell[]): string[] {
  const cols: string[] = [];
  header.forEach((cell, i) => {
    const text = cellText(cell).trim();
    if ((COMPUTED_HEADERS as readonly string[]).includes(text))
      cols.push(`${colLetters(i + 1)}列「${text}」`);
  });
  if (cols.length === 0) return [];
  return [
    `「${ledgerTab}」表的${cols.join('、')}没有公式（可能被“选择性粘贴 → 仅粘贴值”覆盖），显示的是粘贴时的数，不随台账更新，可能与通报不同：如需恢复自动计算，请先清空这些列的全部单元格（含表头），再运行“初始化台账”（初始化台账不会改动已有内容的单元格，所以须先清空）`,
  ];
}
