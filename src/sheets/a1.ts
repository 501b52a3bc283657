// A1 notation, shared by both workbook backends, the setup formulas and the test fake.
import type { Block } from './model';

/** 1 → A, 27 → AA. */
export function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A → 1, AA → 27 (the other way from colLetters; case as typed). */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The block's range, 'B2:D9'; a single cell stays 'B2'. */
export function blockA1(block: Block): string {
  const topLeft = `${colLetters(block.col)}${block.row}`;
  if (block.rows === 1 && block.cols === 1) return topLeft;
  return `${topLeft}:${colLetters(block.col + block.cols - 1)}${block.row + block.rows - 1}`;
}

/** Runs of adjacent column numbers as [first, last], in order: [5, 1, 2, 3, 8, 9] → [[1, 3], [5, 5], [8, 9]]. */
export function columnRuns(cols: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...cols].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}
