// The 通报's own words edited from the 生成通报 sidebar: what the page sent, checked, and the one block of
// the 设置 tab that takes it (pure: the add-on reads the tab and writes the block with one setValues).
//
// Decisions:
// - Only the 通报 rows (NOTICE_SETTING_KEYS) can be written this way; a key's first row is the one the
//   table reads, so it is the one written. A row an older 设置 tab lacks is added below the table.
// - 排名方式 and 个人表 take their two canonical words only (the page offers a dropdown of them), as 设置
//   names them (settingChoices).
// - A cell unchanged inside the block is null: the writer puts back what it holds (value or formula).

import { maxOf, minOf } from '../arrays';
import { UserError, userError } from '../errors';
import { cellText } from '../text';
import type { Grid } from '../types';
import { locateTable } from './schema';
import {
  NOTICE_SETTING_KEYS,
  type NoticeSettingKey,
  type NoticeSettings,
  noticeSettingNote,
  settingChoices,
  settingKey,
} from './settings';

/** Sheets holds at most 50,000 characters in a cell (https://support.google.com/drive/answer/37603). */
const MAX_CELL = 50_000;

/** The settings a page sent, each checked; throws one UserError naming every refused field. */
export function checkNoticeSettings(input: unknown): Partial<NoticeSettings> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw userError('form', '设置未保存：没有收到要保存的内容');
  }
  const values: Partial<NoticeSettings> = {};
  const fields: Record<string, string> = {};
  for (const [key, raw] of Object.entries(input)) {
    const known = (NOTICE_SETTING_KEYS as readonly string[]).includes(key) ? (key as NoticeSettingKey) : null;
    const text = typeof raw === 'string' ? raw.trim() : null;
    const choices = known ? settingChoices(known) : undefined;
    if (!known) fields[key] = '不是通报设置项';
    else if (text === null) fields[key] = '应为文字';
    else if (choices && !choices.includes(text)) fields[key] = `应为${choices.join('或')}，现为“${text}”`;
    else if (text.length > MAX_CELL) fields[key] = `超过单元格上限${MAX_CELL}字（现为${text.length}字）`;
    else values[known] = text;
  }
  const refused = Object.entries(fields);
  if (refused.length > 0) {
    const list = refused.map(([k, m]) => `“${k}”${m}`).join('；');
    throw new UserError(`设置未保存：${list}`, { code: 'form', fields });
  }
  return values;
}

export interface SettingsEdit {
  /** The block to write (0-based grid position): new text, or null where the cell keeps what it holds. */
  top: number;
  left: number;
  cells: (string | null)[][];
  /** The keys whose cell changes, in the order of NOTICE_SETTING_KEYS. */
  saved: NoticeSettingKey[];
}

/** The block of the 设置 grid that takes these values; null when nothing differs from the tab. */
export function planSettingsEdit(
  grid: Grid | undefined,
  values: Partial<NoticeSettings>,
): SettingsEdit | null {
  if (!grid) throw userError('not-found', '找不到“设置”工作表：请先在“规则与预设”中填充设置表');
  const table = locateTable('设置', grid, []);
  const keyCol = table?.columns.get('项目');
  const valueCol = table?.columns.get('值');
  if (!table || keyCol === undefined || valueCol === undefined) {
    throw userError('rules', '“设置”表没有“项目”“值”表头或没有内容：请先在“规则与预设”中填充设置表');
  }
  const noteCol = table.columns.get('说明');
  const rowOf = new Map<string, number>();
  for (const r of table.rows)
    if (!rowOf.has(settingKey(r.get('项目')))) rowOf.set(settingKey(r.get('项目')), r.row - 1);
  let next = maxOf(table.rows.map((r) => r.row)); // 0-based index of the row below the table
  const writes: { row: number; col: number; text: string }[] = [];
  const saved: NoticeSettingKey[] = [];
  for (const key of NOTICE_SETTING_KEYS) {
    const text = values[key];
    if (text === undefined) continue;
    const row = rowOf.get(key);
    if (row === undefined) {
      writes.push({ row: next, col: keyCol, text: key }, { row: next, col: valueCol, text });
      if (noteCol !== undefined) writes.push({ row: next, col: noteCol, text: noticeSettingNote(key) });
      next++;
    } else if (cellText(grid[row]?.[valueCol]).trim() !== text) {
      writes.push({ row, col: valueCol, text });
    } else continue;
    saved.push(key);
  }
  if (writes.length === 0) return null;
  const top = minOf(writes.map((w) => w.row));
  const left = minOf(writes.map((w) => w.col));
  const height = maxOf(writes.map((w) => w.row)) - top + 1;
  const width = maxOf(writes.map((w) => w.col)) - left + 1;
  const cells: (string | null)[][] = Array.from({ length: height }, () => new Array(width).fill(null));
  for (const w of writes) cells[w.row - top][w.col - left] = w.text;
  return { top, left, cells, saved };
}

/** The grid as it reads once the edit is written (to say what the 通报 will now use). */
export function applySettingsEdit(grid: Grid, edit: SettingsEdit): Grid {
  const out = grid.map((r) => [...r]);
  edit.cells.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text === null) return;
      out[edit.top + r] ??= [];
      out[edit.top + r][edit.left + c] = text;
    });
  });
  return out;
}
