// Cell → text/number coercion and the name/title normalisation the domain relies on.
import type { Cell } from './types';

/** A cell as trimmed text ('' for blanks); numbers keep their plain form. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Parse a number cell: null when blank, NaN when not a number. Accepts "1,200" and full-width digits. */
export function cellNumber(cell: Cell): number | null {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : Number.NaN;
  if (typeof cell === 'boolean' || cell instanceof Date) return Number.NaN;
  const t = toHalfWidth(String(cell)).replace(/[,\s]/g, '');
  if (t === '') return null;
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return Number.NaN;
  return Number(t);
}

/** 是/否 style flags. */
export function cellFlag(cell: Cell): boolean {
  if (cell === true) return true;
  if (typeof cell === 'number') return cell !== 0;
  const t = cellText(cell).toLowerCase();
  return ['是', '√', '✓', 'y', 'yes', 'true', '1', '有', '否决'].includes(t);
}

export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Split a list of names on 、，,；; / and spaces (RULES §2 作者). */
export function splitNames(text: string): string[] {
  return text
    .split(/[、，,；;/／\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The key that identifies a piece (篇目) within its unit: the title without spaces, punctuation,
 * book-title marks or width differences, so 《关于…》 and 关于… are the same piece.
 */
export function normalizeTitle(title: string): string {
  return toHalfWidth(title)
    .toLowerCase()
    .replace(/[\s《》〈〉<>“”‘’"'「」『』【】()（）[\]{}.,:;!?·—\-_…、，。：；！？]/g, '');
}

/** Round half up (四舍五入) to a number of decimals, stable for values like 2.675. */
export function roundHalfUp(value: number, decimals = 0): number {
  const f = 10 ** decimals;
  const scaled = value * f;
  const r = Math.sign(scaled) * Math.floor(Math.abs(scaled) + 0.5 + 1e-9);
  return r / f + 0; // + 0 turns -0 into 0
}
