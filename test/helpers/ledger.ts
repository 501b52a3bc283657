// Build ledger grids the way Sheets hands them: a header row, then rows, '' for blanks.
import { LEDGER_HEADERS } from '../../src/core/ledger';
import type { Cell, Grid } from '../../src/core/types';

export type RowSpec = Partial<Record<string, Cell>>;

/** A ledger grid with the canonical headers (plus any extra header a row uses). */
export function ledgerGrid(rows: RowSpec[], headers: string[] = LEDGER_HEADERS): Grid {
  const all = [...headers];
  for (const r of rows) for (const k of Object.keys(r)) if (!all.includes(k)) all.push(k);
  return [all, ...rows.map((r) => all.map((h) => (r[h] === undefined ? '' : r[h])))];
}

/**
 * A typical adoption row in 2024; override any field. No 报送对象 and no 报送日期: the adoption alone, no
 * submission of its own (an adoption row with a 报送日期 is one, RULES §9, and says so when its unit's quotas
 * are to a recipient it does not name): a test of a submission says where it was sent and when.
 */
export function adoption(over: RowSpec = {}): RowSpec {
  return {
    标题: '关于基层党建的信息',
    作者: '张三',
    单位: '峡窝镇党委',
    类别: '动态信息',
    报送对象: '',
    报送日期: '',
    媒体: '郑州日报',
    采用方式: '录用',
    录用日期: '2024-03-05',
    字数: 800,
    ...over,
  };
}

/** A submission-only row in 2024. */
export function submission(over: RowSpec = {}): RowSpec {
  return {
    标题: '报送的信息',
    作者: '李四',
    单位: '峡窝镇党委',
    类别: '动态信息',
    报送对象: '区委组织部',
    报送日期: '2024-03-01',
    采用方式: '报送',
    ...over,
  };
}
