// 规则与预设: each rule table's errors with the cell to fix, and filling empty tables from a preset
// after a confirmation that names what would change.
//
// Decisions:
// - "Empty" is one test for the status, the plan and the write: the tab has no non-blank cell at all
//   (sweep S20x F3). A tab holding one unit typed without a header, or a title line and a note, has no
//   data row below a header but is not empty: the preset would be written over it from A1. Such a tab is
//   refused, saying what is there (its first cell and how many), as 初始化台账 fills only empty tabs.

import { maxOf } from '../../core/arrays';
import { userError } from '../../core/errors';
import {
  isHeaderOnly,
  PRESET_NAMES,
  PRESET_TITLES,
  type PresetName,
  parsePresetName,
  RULE_TABLE_NAMES,
  type RuleTableName,
} from '../../core/rules';
import { cellText } from '../../core/text';
import type { Grid, RuleError } from '../../core/types';
import { colLetters, colNumber } from '../../sheets/a1';
import { sheetValue } from '../appsWorkbook';
import { withDocumentLock } from '../runtime/lock';
import { respond } from '../runtime/respond';
import {
  book,
  dataRowCount,
  findRuleTabs,
  loadRules,
  presetLabel,
  readRuleGrids,
  sheetOrRefuse,
  textArg,
} from '../runtime/session';
import { presetGridsForToday } from '../setupLedger';
import type { PresetPlan, Result, RulesStatus, SelectedCell, TableStatus } from './types';

export function getRulesStatus(): Result<RulesStatus> {
  return respond((): RulesStatus => {
    const grids = readRuleGrids();
    const { rules, errors, notes } = loadRules(grids);
    const tables = RULE_TABLE_NAMES.map((table): TableStatus => {
      const { header, rows } = dataRowCount(grids[table]);
      const mine = errors.filter((e) => e.table === table);
      const cellOf = (e: RuleError) => {
        const col = header ? header.findIndex((h) => cellText(h).replace(/\s+/g, '') === e.column) : -1;
        return {
          row: e.row,
          column: e.column,
          cell: col >= 0 ? `${colLetters(col + 1)}${e.row}` : '',
          message: e.message,
        };
      };
      return {
        table,
        present: grids[table] !== undefined,
        empty: contentOf(grids[table]) === null,
        // 人员 is optional: empty or missing means nobody listed (authors count for the unit of their row).
        usesPreset:
          rows === 0 &&
          table !== '人员' &&
          !((table === '系数' || table === '加分' || table === '指标') && isHeaderOnly(table, grids[table])),
        rows,
        errors: mine.map(cellOf),
        notes: notes.filter((e) => e.table === table).map(cellOf),
      };
    });
    // Errors outside the rule tables (cross-table checks) go with the table they name, else 设置.
    const other = errors.filter((e) => !(RULE_TABLE_NAMES as readonly string[]).includes(e.table));
    const settings = tables.find((t) => t.table === '设置')!;
    for (const e of other)
      settings.errors.push({ row: e.row, column: e.column, cell: '', message: e.message });
    return {
      preset: presetLabel(rules),
      presets: PRESET_NAMES.map((name) => ({ name, title: PRESET_TITLES[name] })),
      tables,
      errorCount: errors.length,
    };
  });
}

/** Select a rule table's cell for the user (an error's cell chip clicked in the sidebar). */
export function selectRuleCell(table: string, cell: string): Result<SelectedCell> {
  return respond((): SelectedCell => {
    const name = textArg(table);
    const a1 = textArg(cell).toUpperCase();
    // Only a rule tab and a plain A1 cell: the page sends what getRulesStatus gave it, nothing else.
    if (!(RULE_TABLE_NAMES as readonly string[]).includes(name) || !/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(a1)) {
      throw userError('not-found', `无法定位“${name}”表的单元格 ${a1}`);
    }
    // The tab the table is read from (单位 , 单位的副本 …), as the report reads it.
    const tab = findRuleTabs().tabs[name as RuleTableName] ?? name;
    const sheet = sheetOrRefuse(tab, `找不到“${name}”工作表`);
    const letters = a1.replace(/\d+$/, '');
    const col = colNumber(letters);
    const row = Number(a1.slice(letters.length));
    if (row > sheet.getMaxRows() || col > sheet.getMaxColumns()) {
      throw userError(
        'not-found',
        `“${tab}”表没有单元格 ${a1}（该表的行列可能已被删除），请刷新规则状态后重试`,
      );
    }
    sheet.activate();
    sheet.getRange(a1).activate();
    return { table: name, cell: a1 };
  });
}

/**
 * Fill the empty rule tabs from a preset. confirm=false only says what would change; confirm=true
 * writes, re-checking under the lock so a tab filled meanwhile is left alone.
 */
export function applyPreset(name: string, confirm = false): Result<PresetPlan> {
  return respond((): PresetPlan => {
    const preset: PresetName | null =
      typeof name === 'string'
        ? (PRESET_NAMES as readonly string[]).includes(name)
          ? (name as PresetName)
          : parsePresetName(name)
        : null;
    if (!preset) throw userError('usage', `没有名为“${name}”的预设：可选 ${PRESET_NAMES.join('、')}`);
    const grids = presetGridsForToday(preset);
    type Plan = Omit<PresetPlan, 'applied' | 'message'> & { refused: string };
    const plan = (): Plan => {
      const current = readRuleGrids();
      const changes: PresetPlan['changes'] = [];
      const headerOnly: RuleTableName[] = [];
      const kept: RuleTableName[] = [];
      const held: string[] = [];
      const notRows: string[] = [];
      for (const table of RULE_TABLE_NAMES) {
        const rows = Math.max(0, grids[table].length - 1);
        const content = contentOf(current[table]);
        if (content !== null) {
          kept.push(table);
          const n = dataRowCount(current[table]).rows;
          // A table with rows, or its header alone, is plainly the office's; anything else is said in full
          // (a title line, a row without a header), as it may look empty.
          if (n > 0) held.push(`${table}（${n} 行）`);
          else if (isHeaderOnly(table, current[table])) held.push(`${table}（只有表头）`);
          else notRows.push(`「${table}」表已有内容（${content}），未填充`);
        } else if (rows === 0) headerOnly.push(table);
        else changes.push({ table, rows, create: current[table] === undefined });
      }
      const refused = notRows.length ? [...notRows, '如要用预设，请先清空或改名'].join('；') : '';
      const keptNote = [...(held.length ? [`不改动已有内容的表：${held.join('、')}`] : []), refused]
        .filter(Boolean)
        .join('；');
      return { preset: PRESET_TITLES[preset], changes, headerOnly, kept, keptNote, refused };
    };
    // A table the preset has no rows for is never offered as filled ("（0 行）", sweep S17b F13): its header
    // is written with the others (系数 / 加分 header only: 不设此项, as the preset means; 人员: where people are
    // listed), and the confirmation says so apart.
    const headerNote = (p: Plan, done: boolean) =>
      p.headerOnly.length === 0
        ? ''
        : `；${done ? '只写入了表头' : '只写入表头'}（预设中没有该表的行）：${p.headerOnly.join('、')}`;
    // The message names a table refused for content that may look empty; the page lists every kept one.
    const keptNote = (p: Plan) => (p.refused ? `；${p.refused}` : '');
    const nothing = (p: Plan) =>
      p.kept.length === RULE_TABLE_NAMES.length
        ? `所有规则表都已有内容，预设不会覆盖任何表${keptNote(p)}`
        : `“${p.preset}”中没有空表（${p.headerOnly.join('、')}）的行，没有可填充的表${keptNote(p)}`;
    if (!confirm) {
      const p = plan();
      const message =
        p.changes.length === 0
          ? nothing(p)
          : `将用“${p.preset}”填充：${p.changes.map((c) => `${c.table}（${c.rows} 行）`).join('、')}${headerNote(p, false)}${keptNote(p)}`;
      return { ...p, applied: false, message };
    }
    return withDocumentLock(() => {
      const p = plan();
      // Nothing to fill with rows: no tab is written (a confirmation is only ever shown for rows).
      if (p.changes.length === 0) return { ...p, applied: false, message: nothing(p) };
      const ss = book();
      const active = ss.getActiveSheet();
      const written = new Set<RuleTableName>([...p.changes.map((c) => c.table), ...p.headerOnly]);
      for (const table of RULE_TABLE_NAMES) if (written.has(table)) writeRuleTab(table, grids[table]);
      ss.setActiveSheet(active); // insertSheet made a new rule tab the active one: back to the user's tab
      const message = `已用“${p.preset}”填充：${p.changes.map((c) => c.table).join('、')}${headerNote(p, true)}${keptNote(p)}`;
      return { ...p, applied: true, message };
    });
  });
}

/** Longest cell text quoted when a tab's content is named. */
const QUOTE_CHARS = 20;

/**
 * What a tab holds, or null when it has no non-blank cell (a missing tab too): its first filled cell (row
 * by row) and how many are filled, e.g. A1“新华社区党委”等3个单元格. The grid is the tab's data range, from A1.
 */
export function contentOf(grid: Grid | undefined): string | null {
  let first = '';
  let count = 0;
  for (const [r, row] of (grid ?? []).entries()) {
    for (const [c, cell] of (row ?? []).entries()) {
      const text = cellText(cell);
      if (text === '') continue;
      count++;
      if (count > 1) continue;
      const quoted = text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
      first = `${colLetters(c + 1)}${r + 1}“${quoted}”`;
    }
  }
  return count === 0 ? null : count === 1 ? first : `${first}等${count}个单元格`;
}

/** Write a preset table into an empty (or missing) tab: one setValues, text kept as text. */
function writeRuleTab(table: RuleTableName, grid: Grid): void {
  const ss = book();
  // Into the tab the table is read from (单位 , 单位的副本 …): a second 单位 tab would not be read.
  const tab = findRuleTabs(ss).tabs[table];
  const sheet = (tab !== undefined ? ss.getSheetByName(tab) : null) ?? ss.insertSheet(table);
  const width = maxOf(
    grid.map((r) => r.length),
    1,
  );
  const values = grid.map((r) => Array.from({ length: width }, (_, c) => sheetValue(r[c] ?? '')));
  // One row more than the table: Sheets refuses to freeze every row of a tab (a header-only 人员 table).
  if (values.length + 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), values.length + 1 - sheet.getMaxRows());
  if (width > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, values.length, width).setValues(values);
  sheet.setFrozenRows(1);
}
