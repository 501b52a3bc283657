// Which tabs hold the ledger: 稿件台账 plus every other tab whose header row is a ledger's (offices keep one
// tab per year: 2023年, 2024年), read as one ledger whose rows keep their tab and sheet row; cells outside
// the table (a stray cell at XFD1048576) are left out with a notice naming them. Cells merged down over
// data rows read as the user sees them, when the backend knows its merges (mergedCells.ts).

import { maxOf, pushAll } from '../core/arrays';
import {
  blankCell,
  columnLetter,
  type HeaderSpan,
  headerField,
  headerWithoutUnit,
  ledgerHeader,
} from '../core/ledger';
import { brief, cellText } from '../core/text';
import type { Cell, Grid, LedgerField, Notice } from '../core/types';
import { fillMerges, listMerges } from './mergedCells';
import type { Block } from './model';

export interface LedgerSource {
  grid: Grid;
  /** Where each grid line came from, when several tabs are joined. */
  sources?: { tab: string; row: number }[];
  /** The tab named in messages (the first read). */
  tab: string;
  tabs: string[];
  notices: Notice[];
  /** The first tab's header cells merged across columns (core ParseOptions.headerSpans). */
  headerSpans?: HeaderSpan[];
}

/** The grid cut below its last row with a cell inside the table's width; what lay below is a notice. */
function trimStray(tab: string, grid: Grid, width: number, notices: Notice[]): Grid {
  let last = -1;
  for (let r = grid.length - 1; r >= 0; r--) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    let inside = false;
    for (let c = 0; c < Math.min(width, row.length); c++) if (!blankCell(row[c])) inside = true;
    if (inside) {
      last = r;
      break;
    }
  }
  if (last === grid.length - 1) return grid;
  for (let r = last + 1; r < grid.length; r++) {
    const row = grid[r];
    const c = Array.isArray(row) ? row.findIndex((v) => !blankCell(v)) : -1;
    if (c < 0) continue;
    const where = `${columnLetter(c + 1)}${r + 1}`;
    notices.push({
      code: 'stray-cells',
      tab,
      row: r + 1,
      column: columnLetter(c + 1),
      message: `「${tab}」表 ${where} 单元格（“${brief(cellText(row[c]))}”）在台账表格之外，已忽略；如无用处，可删除该单元格后保存`,
    });
    break;
  }
  return grid.slice(0, last + 1);
}

/** No tab holds a ledger; `unitless`: the first whose header names 标题 but no 单位 (tab, 1-based row). */
export interface NoLedger {
  grid: null;
  unitless: { tab: string; row: number } | null;
}

interface Candidate {
  tab: string;
  grid: Grid;
  columns: Partial<Record<LedgerField, number>>;
  dataStart: number;
  dataRows: number;
  headerSpans?: HeaderSpan[];
}

/** The merges across columns on the header's last line (作者 over C:E), as core reads them; not a title above. */
function headerSpans(merges: readonly Block[], dataStart: number): HeaderSpan[] {
  return merges
    .filter((m) => m.cols > 1 && m.row <= dataStart && m.row + m.rows - 1 >= dataStart)
    .map((m) => ({ col: m.col - 1, cols: m.cols }));
}

function candidate(
  tab: string,
  raw: Grid,
  notices: Notice[],
  merges?: (tab: string) => Block[],
  primary: string | null = tab,
  filledMerges?: (tab: string) => Block[],
): Candidate | null {
  const found = ledgerHeader(raw);
  if (!found) return null;
  // Sheets hands a merge's value in its top-left cell only; the rows below it are the user's too. The
  // computed columns receive values only and see the top row alone: said, with the fix (初始化台账 fills them).
  const all = merges?.(tab);
  const filled = all ? fillMerges(raw, all, found.dataStart + 1) : [];
  const spans = headerSpans(all ?? filledMerges?.(tab) ?? [], found.dataStart);
  if (filled.length > 0) {
    notices.push({
      code: 'merged-data-cells',
      tab,
      // 初始化台账 fills the ledger tab's merges only: another tab's are the office's to undo.
      message:
        `「${tab}」数据行中有${filled.length}处上下合并的单元格（${listMerges(filled)}）：本次按合并的值计入每一行；` +
        '台账的积分、计任务、校验列只看到每处合并的第一行，' +
        (tab === primary
          ? '请运行“初始化台账”取消合并并填满每一行'
          : `请在「${tab}」中取消合并，并在每一行填写（“初始化台账”只整理「${primary ?? '稿件台账'}」）`),
    });
  }
  const grid = trimStray(tab, raw, found.header.length, notices);
  let dataRows = 0;
  const cols = Object.values(found.columns) as number[];
  for (let r = found.dataStart; r < grid.length; r++) {
    const row = grid[r];
    if (Array.isArray(row) && cols.some((c) => !blankCell(row[c]))) dataRows++;
  }
  return {
    tab,
    grid,
    columns: found.columns,
    dataStart: found.dataStart,
    dataRows,
    ...(spans.length > 0 ? { headerSpans: spans } : {}),
  };
}

/**
 * Read the ledger: `primary` (稿件台账) and `others` (tabs that are not rule or report tabs), each read
 * once. NoLedger when no tab has a ledger header. `merges` (a tab's merged ranges, asked only of a tab
 * with a ledger header) fills each merge down its data rows, as the user sees it.
 */
export function readLedgerTabs(
  primary: string | null,
  others: string[],
  read: (tab: string) => Grid,
  merges?: (tab: string) => Block[],
  filledMerges?: (tab: string) => Block[],
  hidden?: (tab: string) => boolean,
): LedgerSource | NoLedger {
  const notices: Notice[] = [];
  const found: Candidate[] = [];
  let unitless: NoLedger['unitless'] = null;
  // Each tab read once: a tab that is no ledger may still be one whose 单位 column went unread.
  const look = (tab: string): Candidate | null => {
    const raw = read(tab);
    const c = candidate(tab, raw, notices, merges, primary, filledMerges);
    if (!c && unitless === null) {
      const row = headerWithoutUnit(raw);
      if (row !== null) unitless = { tab, row };
    }
    return c;
  };
  const first = primary ? look(primary) : null;
  if (first) found.push(first);
  const samples: Candidate[] = [];
  const voided: Candidate[] = [];
  for (const tab of others) {
    const c = look(tab);
    if (c && c.dataRows > 0) (SAMPLE_TAB.test(tab) ? samples : VOID_TAB.test(tab) ? voided : found).push(c);
  }
  // A 模板 / 示例 tab's rows are examples, not pieces (audit s33 A: one sample row of a hidden 模板 tab added
  // 30 points), and a 作废 / 撤稿 tab's are pieces the office set aside (audit s36 F5): left out and said,
  // unless no other tab holds the ledger.
  if (found.some((c) => c.dataRows > 0)) {
    for (const c of samples)
      notices.push({
        code: 'sample-tab',
        tab: c.tab,
        message: `「${c.tab}」表像是模板或填写示例（${c.dataRows}行），未计入台账；如是真实稿件，请修改表名`,
      });
    for (const c of voided)
      notices.push({
        code: 'void-tab',
        tab: c.tab,
        message: `「${c.tab}」表像是作废或撤回的稿件（${c.dataRows}行），未计入台账；如应计分，请把这些行移到台账或修改表名`,
      });
  } else pushAll(found, [...samples, ...voided]);
  if (found.length === 0) return { grid: null, unitless };
  const withRows = found.filter((c) => c.dataRows > 0);
  if (first && first.dataRows === 0 && withRows.length > 0) {
    notices.push({
      code: 'ledger-tab-empty',
      tab: first.tab,
      message: `「${first.tab}」表没有数据行，台账改从${withRows.map((c) => `「${c.tab}」`).join('、')}读取`,
    });
  }
  const used = withRows.length > 0 ? withRows : [found[0]];
  const spans = used[0].headerSpans ? { headerSpans: used[0].headerSpans } : {};
  if (used.length === 1) {
    return { grid: used[0].grid, tab: used[0].tab, tabs: [used[0].tab], notices, ...spans };
  }
  const { grid, sources } = joinTabs(used, notices);
  notices.push({
    code: 'tabs-joined',
    tab: used.map((c) => c.tab).join('、'),
    message: `台账由 ${used.length} 个工作表合并读取：${used.map((c) => `「${c.tab}」${c.dataRows}行`).join('、')}；按期间取各自的行，重复稿件跨表判断`,
  });
  // A tab out of view is still read (last year's, hidden to tidy up, tells repeats across years), but an
  // office may have hidden an old copy or set-aside pieces there (audit s36 F5): said, tab by tab.
  for (const c of used) {
    if (hidden?.(c.tab))
      notices.push({
        code: 'hidden-tab',
        tab: c.tab,
        message: `「${c.tab}」表已隐藏，其中${c.dataRows}行仍按台账合并读取；如这些稿件不应计分，请删除该表，或把表名改为“作废”`,
      });
  }
  return { grid, sources, tab: used[0].tab, tabs: used.map((c) => c.tab), notices, ...spans };
}

/**
 * Several tabs' rows laid out in the first one's columns: its header lines, then each tab's rows in turn. A
 * column another tab has and the first lacks (媒体 … 录用日期 of a 录用登记 tab beside a 报送登记 tab, audit s35
 * D10) is added after the first tab's columns, named as that tab names it, so no tab's column goes unread.
 */
function joinTabs(
  used: Candidate[],
  notices: Notice[],
): { grid: Grid; sources: { tab: string; row: number }[] } {
  const base = used[0];
  const width = maxOf(base.grid.slice(0, base.dataStart).map((r) => (Array.isArray(r) ? r.length : 0)));
  // Added columns go right of every cell of the first tab (a note typed beyond its header included).
  let next = maxOf(base.grid.map((r) => (Array.isArray(r) ? r.length : 0)));
  const columns: Partial<Record<LedgerField, number>> = { ...base.columns };
  const headerLine = base.dataStart - 1;
  const grid: Grid = base.grid.slice(0, base.dataStart);
  const sources: { tab: string; row: number }[] = grid.map((_, i) => ({ tab: base.tab, row: i + 1 }));
  for (const c of used) {
    const fields = Object.keys(c.columns) as LedgerField[];
    const added = c === base ? [] : fields.filter((f) => columns[f] === undefined);
    if (added.length > 0) {
      const header = (Array.isArray(grid[headerLine]) ? grid[headerLine] : []).slice();
      for (const f of added) {
        columns[f] = next;
        // The other tab's own header text when it alone names the field (时长（秒） keeps its unit).
        const own = c.grid[c.dataStart - 1]?.[c.columns[f]!];
        header[next++] = headerField(own ?? '') === f ? own! : f;
      }
      grid[headerLine] = header;
    }
    for (let r = c.dataStart; r < c.grid.length; r++) {
      const row = c.grid[r];
      if (!Array.isArray(row)) continue;
      if (c === base) grid.push(row);
      else {
        const out: Cell[] = new Array(Math.max(width, next)).fill('');
        for (const f of fields) out[columns[f]!] = row[c.columns[f]!] ?? '';
        grid.push(out);
      }
      sources.push({ tab: c.tab, row: r + 1 });
    }
    // The other way round: a column the first tab has and this one lacks reads blank on each of its rows.
    const missing = (Object.keys(base.columns) as LedgerField[]).filter((f) => c.columns[f] === undefined);
    if (c !== base && missing.length > 0) {
      notices.push({
        code: 'tab-columns-missing',
        tab: c.tab,
        message: `「${c.tab}」表没有${missing.map((f) => `「${f}」`).join('、')}列（「${base.tab}」表有），该表各行按空白读取`,
      });
    }
    if (added.length > 0) {
      notices.push({
        code: 'tab-columns-added',
        tab: c.tab,
        message:
          `「${c.tab}」表的${added.map((f) => `「${f}」`).join('、')}列「${base.tab}」表没有：合并时一并读取，` +
          `「${base.tab}」等没有该列的表各行按空白读取`,
      });
    }
  }
  return { grid, sources };
}

/**
 * Tab names of templates, examples and instructions: 模板 (模版), 台账模板, 填写示例, 样表, 样本, 例表, 范例 …,
 * 填表说明, 使用说明, 填表须知, 格式 (audit s36 F4).
 */
export const SAMPLE_TAB =
  /模板|模版|样表|样本|样例|示例|范例|例表|说明$|须知|^(填报|填写|填表)?格式$|^(填表|填写|填报)说明/;

/** Tab names of pieces set aside: 作废, 作废稿件, 撤稿, 已撤稿, 退稿, 废稿, 无效稿件, 不计分, 重复稿件, 删除, 回收站. */
export const VOID_TAB = /作废|撤稿|退稿|废稿|无效|不计分|重复稿件|重复报送|删除|回收站/;

/** A grid handed over with the name of the tab it was read from (a custom function's numbered argument). */
export interface NamedGrid {
  tab: string;
  grid: Grid;
}

/**
 * The ledger in `primary` with the rows of the other ledger tabs after it, read as 生成通报 reads them
 * (readLedgerTabs: a tab without a ledger header or without rows is left out; its columns are laid out in
 * the primary's). The primary's grid is kept whole, untrimmed, so its line i is still sheet row i + 1 and
 * every other tab's row lies below it: a computed column writes the primary's rows only. Null when no other
 * tab adds rows (or the primary has no ledger header): the primary is read alone.
 */
export function withOtherLedgerTabs(
  primary: NamedGrid,
  others: NamedGrid[],
): { grid: Grid; sources: { tab: string; row: number }[] } | null {
  const found = ledgerHeader(primary.grid);
  if (!found) return null;
  const base: Candidate = {
    tab: primary.tab,
    grid: primary.grid,
    columns: found.columns,
    dataStart: found.dataStart,
    dataRows: 0,
  };
  const ignored: Notice[] = [];
  const rest = others.flatMap((o) => {
    const c = candidate(o.tab, o.grid, ignored);
    return c && c.dataRows > 0 ? [c] : [];
  });
  if (rest.length === 0) return null;
  return joinTabs([base, ...rest], ignored);
}
