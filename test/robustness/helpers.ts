// A set-up spreadsheet on the fake with a generated ledger, and fingerprints of its tabs.
import { createHash } from 'node:crypto';
import { runSetup } from '../../src/addon/setupLedger';
import type { Cell } from '../../src/core/types';
import type { FakeApps, FakeSheet } from '../fakes/spreadsheetApp';

export const LEDGER = '稿件台账';

/** Put the grid's data rows under the ledger's header, straight into the fake (no calls counted). */
export function fillLedger(apps: FakeApps, rows: Cell[][], firstRow = 2): void {
  const ledger = apps.spreadsheet._sheet(LEDGER)!;
  if (firstRow + rows.length - 1 > ledger._maxRows) ledger._maxRows = firstRow + rows.length - 1;
  rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== '' && v !== null && v !== undefined) ledger._cell(firstRow + r, c + 1, true)!.v = v as never;
    });
  });
}

/** 初始化台账, then the ledger rows. */
export function setUpWorkbook(apps: FakeApps, rows: Cell[][]): void {
  runSetup();
  fillLedger(apps, rows);
}

function plain(v: unknown): unknown {
  if (Object.prototype.toString.call(v) === '[object Date]') return `D${(v as Date).getTime()}`;
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') {
    // A range (a dropdown fed by another tab): its place, not the object graph behind it.
    const r = v as {
      _sheet?: { _name: string };
      _row?: number;
      _col?: number;
      _rows?: number;
      _cols?: number;
    };
    if (r._sheet) return `${r._sheet._name}!R${r._row}C${r._col}:${r._rows}x${r._cols}`;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

/**
 * Everything a user could see or lose in a tab: values, formulas, formats, colours, validations,
 * frozen panes, widths, merges, protections and charts. `mask` rewrites values (e.g. the generation time).
 */
export function fingerprint(sheet: FakeSheet, mask: (v: unknown) => unknown = (v) => v): string {
  const cells: unknown[] = [];
  sheet._cells.forEach((row, r) => {
    row?.forEach((rec, c) => {
      if (!rec) return;
      const { dv, ...rest } = rec;
      const entry: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(rest))
        if (v !== undefined) entry[k] = plain(k === 'v' ? mask(v) : v);
      if (dv) entry.dv = [dv._type, dv._values.map(plain), dv._allowInvalid];
      if (Object.keys(entry).length === 1 && entry.v === '') return;
      cells.push([r + 1, c + 1, entry]);
    });
  });
  const layout = {
    maxRows: sheet._maxRows,
    maxCols: sheet._maxCols,
    frozen: [sheet._frozenRows, sheet._frozenCols],
    widths: [...sheet._widths.entries()],
    merges: sheet._merges,
    protections: sheet._protections.map((p) => [p._type, p._warningOnly, [...p._editors], p._description]),
    charts: sheet._charts.length,
    tab: sheet._tabColor,
  };
  return createHash('sha256')
    .update(JSON.stringify([cells, layout]))
    .digest('hex');
}

/** The tab names in order, as the user sees them. */
export function tabNames(apps: FakeApps): string[] {
  return apps.spreadsheet._sheets.map((s) => s._name);
}

/** The generation time is the one thing a regenerated tab may change. */
export const maskGenerated = (v: unknown): unknown =>
  typeof v === 'string' ? v.replace(/生成时间：[0-9:\-\s]+/g, '生成时间：…') : v;
