// 规则与预设: each rule table's errors with the cell to fix, and filling empty tables from a preset
// after a confirmation that names what would change (never overwriting a table that holds rows).
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
import type { Grid } from '../../core/types';
import { colLetters } from '../../sheets/a1';
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
    const { rules, errors } = loadRules(grids);
    const tables = RULE_TABLE_NAMES.map((table): TableStatus => {
      const { header, rows } = dataRowCount(grids[table]);
      const mine = errors.filter((e) => e.table === table);
      return {
        table,
        present: grids[table] !== undefined,
        empty: rows === 0,
        // 人员 is optional: empty or missing means nobody listed (authors count for the unit of their row).
        usesPreset:
          rows === 0 &&
          table !== '人员' &&
          !((table === '系数' || table === '加分' || table === '指标') && isHeaderOnly(table, grids[table])),
        rows,
        errors: mine.map((e) => {
          const col = header ? header.findIndex((h) => cellText(h).replace(/\s+/g, '') === e.column) : -1;
          return {
            row: e.row,
            column: e.column,
            cell: col >= 0 ? `${colLetters(col + 1)}${e.row}` : '',
            message: e.message,
          };
        }),
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
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
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
    const plan = (): Omit<PresetPlan, 'applied' | 'message'> => {
      const current = readRuleGrids();
      const changes: PresetPlan['changes'] = [];
      const headerOnly: RuleTableName[] = [];
      const kept: RuleTableName[] = [];
      for (const table of RULE_TABLE_NAMES) {
        const rows = Math.max(0, grids[table].length - 1);
        if (dataRowCount(current[table]).rows > 0) kept.push(table);
        else if (rows === 0) headerOnly.push(table);
        else changes.push({ table, rows, create: current[table] === undefined });
      }
      return { preset: PRESET_TITLES[preset], changes, headerOnly, kept };
    };
    // A table the preset has no rows for is never offered as filled ("（0 行）", sweep S17b F13): its header
    // is written with the others (系数 / 加分 header only: 不设此项, as the preset means; 人员: where people are
    // listed), and the confirmation says so apart.
    const headerNote = (p: Omit<PresetPlan, 'applied' | 'message'>, done: boolean) =>
      p.headerOnly.length === 0
        ? ''
        : `；${done ? '只写入了表头' : '只写入表头'}（预设中没有该表的行）：${p.headerOnly.join('、')}`;
    const nothing = (p: Omit<PresetPlan, 'applied' | 'message'>) =>
      p.kept.length === RULE_TABLE_NAMES.length
        ? '所有规则表都已有内容，预设不会覆盖任何表'
        : `“${p.preset}”中没有空表（${p.headerOnly.join('、')}）的行，没有可填充的表`;
    if (!confirm) {
      const p = plan();
      const message =
        p.changes.length === 0
          ? nothing(p)
          : `将用“${p.preset}”填充：${p.changes.map((c) => `${c.table}（${c.rows} 行）`).join('、')}${headerNote(p, false)}`;
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
      const message = `已用“${p.preset}”填充：${p.changes.map((c) => c.table).join('、')}${headerNote(p, true)}`;
      return { ...p, applied: true, message };
    });
  });
}

/** Write a preset table into an empty (or missing) tab: one setValues, text kept as text. */
function writeRuleTab(table: RuleTableName, grid: Grid): void {
  const ss = book();
  // Into the tab the table is read from (单位 , 单位的副本 …): a second 单位 tab would not be read.
  const tab = findRuleTabs(ss).tabs[table];
  const sheet = (tab !== undefined ? ss.getSheetByName(tab) : null) ?? ss.insertSheet(table);
  const width = Math.max(1, ...grid.map((r) => r.length));
  const values = grid.map((r) => Array.from({ length: width }, (_, c) => sheetValue(r[c] ?? '')));
  // One row more than the table: Sheets refuses to freeze every row of a tab (a header-only 人员 table).
  if (values.length + 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), values.length + 1 - sheet.getMaxRows());
  if (width > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, values.length, width).setValues(values);
  sheet.setFrozenRows(1);
}
