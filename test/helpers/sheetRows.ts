// The add-on tests' small shared steps: a server function's answer taken as a success, and ledger rows typed
// under a fake sheet's header in the columns the header now has.
import type { Result } from '../../src/addon/sidebar/types';
import type { FakeSheet } from '../fakes/spreadsheetApp';
import { ledgerGrid, type RowSpec } from './ledger';

/** The answer of a server function, or a thrown error with its message. */
export function ok<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** Rows typed into the ledger under its header, in the header's columns as the sheet now has them. */
export function fill(sheet: FakeSheet, rows: RowSpec[]): void {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const grid = ledgerGrid(rows);
  grid.slice(1).forEach((row, r) => {
    row.forEach((v, c) => {
      const at = header.indexOf(grid[0][c] as never);
      if (v !== '' && at >= 0) sheet._cell(r + 2, at + 1, true)!.v = v as never;
    });
  });
}
