// A1 notation for the fake: "B2", "A1:C5", open ends "A2:A" and "A:C", optionally "'Tab'!A1:B2".

import { colLetters } from '../../src/sheets/a1';

export { colLetters };

export interface A1Ref {
  sheet: string | null;
  row: number;
  col: number;
  /** null = to the sheet's last row / column. */
  endRow: number | null;
  endCol: number | null;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function cellPart(text: string): { row: number | null; col: number | null } {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) throw new Error(`Range not found: ${text}`);
  return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

export function parseA1(a1: string): A1Ref {
  let sheet: string | null = null;
  let rest = a1.trim();
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const [a, b] = rest.split(':');
  const start = cellPart(a);
  const end = b === undefined ? start : cellPart(b);
  return {
    sheet,
    row: start.row ?? 1,
    col: start.col ?? 1,
    endRow: b === undefined ? start.row : end.row,
    endCol: b === undefined ? start.col : end.col,
  };
}

export function toA1(row: number, col: number, rows = 1, cols = 1): string {
  const a = `${colLetters(col)}${row}`;
  return rows === 1 && cols === 1 ? a : `${a}:${colLetters(col + cols - 1)}${row + rows - 1}`;
}
