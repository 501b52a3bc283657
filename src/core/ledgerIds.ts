// A parsed ledger's 单位 and 标题 key as integer ids per row: for the piece ids of a scored ledger scoring did
// not number (credit.ts). Scoring numbers its units and finds its pieces itself in the same pass over the rows
// (score.ts: a hash table over unit + title key, faster than a Map of the title keys). Numbering is shared.
// (Recording them in the parser, strings interned, measured slower over parse + score: 100k and 1M rows.)
import { type LedgerSource, ledgerSource, nativeTable, rowsSource } from './ledgerTable';
import { Numbering } from './maps';
import { normalizeTitle } from './text';
import type { LedgerRow, ParsedLedger } from './types';

export interface LedgerIds {
  /** What the ids were taken from: the parser's table, or a rows list (ids hold for it while its rows are unchanged). */
  source: unknown;
  /** Rows numbered. */
  length: number;
  /** Distinct LedgerRow.unit, in order of first row; `unit` indexes it. */
  units: string[];
  unit: Int32Array;
  /** Distinct non-empty title keys (normalizeTitle), in order of first row; `title` indexes it, -1 when untitled. */
  titles: string[];
  title: Int32Array;
}

const known = new WeakMap<ParsedLedger, LedgerIds>();

/**
 * Ids per row of the ledger: those worked out before when they still describe its rows (the parser's table,
 * unchanged as long as it is the ledger's; or the same rows list with every row's unit and title key still
 * the ones its ids name), else worked out again.
 */
export function ledgerIds(ledger: ParsedLedger): LedgerIds {
  const before = known.get(ledger);
  const table = nativeTable(ledger);
  const source = table ?? ledger.rows;
  if (
    before !== undefined &&
    before.source === source &&
    (table !== undefined || stillHolds(before, ledger.rows))
  )
    return before;
  const ids = idsOf(ledgerSource(ledger), source);
  known.set(ledger, ids);
  return ids;
}

function stillHolds(ids: LedgerIds, rows: LedgerRow[]): boolean {
  const { units, unit, titles, title } = ids;
  if (unit.length !== rows.length) return false;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (units[unit[i]] !== r.unit) return false;
    const t = title[i];
    const key = normalizeTitle(r.title);
    if (t < 0 ? key !== '' : titles[t] !== key) return false;
  }
  return true;
}

export function idsOfRows(rows: LedgerRow[]): LedgerIds {
  return idsOf(rowsSource(rows), rows);
}

function idsOf(src: LedgerSource, source: unknown): LedgerIds {
  const n = src.length;
  const ids: LedgerIds = {
    source,
    length: n,
    units: [],
    unit: new Int32Array(n),
    titles: [],
    title: new Int32Array(n),
  };
  const units = new Numbering(ids.units);
  const titles = new Numbering(ids.titles);
  for (let i = 0; i < n; i++) {
    const r = src.at(i);
    ids.unit[i] = units.id(r.unit);
    const key = normalizeTitle(r.title);
    ids.title[i] = key === '' ? -1 : titles.id(key);
  }
  return ids;
}
