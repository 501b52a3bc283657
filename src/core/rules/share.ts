// A share or rate as offices write it (转报分成, 系数's 倍数): 0.2, 1/5, 20%, ２０％, and in words: 五分之一,
// 百分之二十, 百分之十五 (audit S26d F7), 两成, 三成 (tenths).

import { own } from '../maps';
import { cellText, toHalfWidth } from '../text';
import type { Cell } from '../types';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A whole number in Chinese or Arabic digits up to 100: 五, 十, 十五, 二十, 二十五, 一百, 百, 20. Null otherwise. */
export function smallNumber(text: string): number | null {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === '百' || text === '一百') return 100;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (m === null || text === '') return null;
  const [, tens, ten, ones] = m;
  if (ten === undefined) return tens !== undefined && ones === undefined ? DIGITS[tens] : null;
  return (tens === undefined ? 1 : DIGITS[tens]) * 10 + (ones === undefined ? 0 : DIGITS[ones]);
}

/** 0.2, 1/5, 20% (also ２０％), 五分之一, 百分之二十, 两成; null when the cell is none of these. */
export function parseShare(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const t = toHalfWidth(cellText(cell)).replace(/\s+/g, '');
  let m = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (m) return Number(m[1]) / 100;
  m = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(t);
  if (m) return Number(m[2]) === 0 ? null : Number(m[1]) / Number(m[2]);
  if (/^\d+(\.\d+)?$/.test(t) || /^\.\d+$/.test(t)) return Number(t);
  // 五分之一, 百分之二十 (百分之 is 100 分之).
  m = /^(.+?)分之(.+)$/.exec(t);
  if (m) {
    const whole = smallNumber(m[1]);
    const part = smallNumber(m[2]);
    return whole === null || part === null || whole === 0 ? null : part / whole;
  }
  // 两成, 三成, 2成: tenths (一成 to 十成; 十一成 is no share).
  m = /^(.+?)成$/.exec(t);
  if (m) {
    const tenths = smallNumber(m[1]);
    return tenths === null || tenths < 1 || tenths > 10 ? null : tenths / 10;
  }
  return null;
}

/**
 * Words for a half or the whole as offices write a share (转报分成 一半, 全额), read for 转报分成 only: a 系数
 * 倍数 of 平分 or 全部 says no factor.
 */
const SHARE_WORDS: Readonly<Record<string, number>> = {
  平分: 0.5,
  一半: 0.5,
  各半: 0.5,
  各一半: 0.5,
  对半: 0.5,
  对半分: 0.5,
  五五分: 0.5,
  五五开: 0.5,
  五五分成: 0.5,
  半数: 0.5,
  全部: 1,
  全额: 1,
  全数: 1,
  全计: 1,
};

/** A share as parseShare reads it, or one of the words for a half or the whole (一半 0.5, 全额 1). */
export function parseShareOrWord(cell: Cell): number | null {
  const n = parseShare(cell);
  if (n !== null || typeof cell === 'number') return n;
  const word = toHalfWidth(cellText(cell)).replace(/\s+/g, '');
  return own(SHARE_WORDS, word) ?? null;
}
