// Whether a tab under a name this add-on writes (通报 …, 通报 … 附件N, 待核实, 领导看板) is the add-on's own, so
// that it may be replaced or deleted. Only the add-on's mark makes it so: a name, or a title the office
// copied, never does (README 生成通报; audit S20x F1, F2, F9).
// Decisions:
// - Tabs written before the mark (3633fa4 added it to 通报/附件/待核实; 领导看板, and 初始化台账's placeholder,
//   never had it) are the add-on's only when they hold exactly what that writer wrote: the same first cell
//   (up to its bracket, numbers aside: 2025年…领导看板, 待核实稿件（…）), the same table header, nothing
//   above the header outside column A (titles and notes are one cell each), nothing right of the widest row
//   it writes, and in 待核实 no line under the header but listed rows (a 行号) or （无）. Anything else the
//   office wrote or changed makes it the office's tab, kept as （原表）: a copy too many costs a deletion, a
//   tab taken for the add-on's costs the office's work.

import type { SheetModel } from '../sheets/model';
import { dashboardPlaceholder } from '../sheets/setup';
import { DASHBOARD_TAB, ISSUES_TAB, REPORT_TAB_PREFIX } from '../sheets/tabs';

/**
 * The developer metadata key on every tab this add-on writes under a name of its own: only such a tab is
 * replaced or deleted.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#adddevelopermetadatakey,-value
 */
export const GENERATED_KEY = 'zugong-generated';

/** Tabs whose name this add-on writes and an office may also have made by hand (通报 2024, 待核实, 领导看板). */
export function ownedName(name: string): boolean {
  return name.startsWith(REPORT_TAB_PREFIX) || name === ISSUES_TAB || name === DASHBOARD_TAB;
}

/** Whether the tab carries the add-on's mark (one call). */
export function marked(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === GENERATED_KEY);
}

const blank = (v: unknown) => v === '' || v === null || v === undefined;
const text = (v: unknown) => (blank(v) ? '' : String(v).trim());

/** A first cell up to its bracket, numbers aside: 待核实稿件（2024年，共5条）, 2025年…领导看板 and 2026年… alike. */
function stem(v: unknown): string {
  return text(v).split('（')[0].trim().replace(/\d+/g, '#');
}

/** Cells with something in them, by column, trailing blanks dropped. */
function filled(row: readonly unknown[]): number {
  for (let c = row.length; c > 0; c--) if (!blank(row[c - 1])) return c;
  return 0;
}

/**
 * Whether an unmarked tab's values are exactly what a version before the mark wrote for `model`'s name
 * (the Decisions above): the tab is then the add-on's and is replaced like a marked one.
 */
export function writtenBefore(grid: readonly (readonly unknown[])[], model: SheetModel): boolean {
  const rows = grid.filter((r) => filled(r) > 0).length;
  if (rows === 0) return false; // an empty tab under the name: nothing to tell it by, kept
  if (model.name === DASHBOARD_TAB) {
    // 初始化台账's placeholder, cell for cell.
    const placeholder = dashboardPlaceholder().values;
    const same =
      grid.length >= placeholder.length &&
      grid.every((r, i) => {
        const want = placeholder[i] ?? [];
        const width = Math.max(filled(r), want.length);
        for (let c = 0; c < width; c++) if (text(r[c]) !== text(want[c])) return false;
        return true;
      });
    if (same) return true;
  }
  if (stem(grid[0]?.[0]) === '' || stem(grid[0]?.[0]) !== stem(model.values[0]?.[0])) return false;
  const width = model.values.reduce((w, r) => Math.max(w, filled(r)), 0);
  if (grid.some((r) => filled(r) > width)) return false;
  const headerAt = model.frozenRows ?? 0;
  if (headerAt === 0) return width === 1; // the 通报 body: one column, nothing beside it
  const header = (model.values[headerAt - 1] ?? []).map(text);
  const cols = filled(header);
  const at = grid.findIndex((r) => header.slice(0, cols).every((h, c) => text(r[c]) === h));
  if (at < 0) return false;
  if (grid.slice(0, at).some((r) => filled(r) > 1)) return false;
  const below = grid.slice(at + 1);
  const line = (r: readonly unknown[], pattern: RegExp) => filled(r) === 1 && pattern.test(text(r[0]));
  if (model.name === ISSUES_TAB) {
    const rowCol = header.indexOf('行号');
    return below.every(
      (r) =>
        filled(r) === 0 ||
        (typeof r[rowCol] === 'number' && Number.isInteger(r[rowCol])) ||
        line(r, /^（无）$/),
    );
  }
  // The board's lines of one cell under its first table: section titles, the legend, its notes.
  if (model.name === DASHBOARD_TAB) return below.every((r) => filled(r) !== 1 || line(r, DASHBOARD_LINE));
  // A 附件: no blank row inside the table, its 注： lines last.
  const note = below.findIndex((r) => line(r, /^注：/));
  return below.every((r) => filled(r) > 0) && (note < 0 || below.slice(note).every((r) => line(r, /^注：/)));
}

/** The one-cell lines 刷新领导看板 writes under its first table (src/sheets/dashboard.ts). */
const DASHBOARD_LINE =
  /^([一二三四五六七八九十]+、|暂无单位数据|颜色说明：|各单位、各月积分|合计行的|台账中没有|总体：)/;
