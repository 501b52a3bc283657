// Where the computed columns (积分, 计任务, 校验: ZG_LEDGER's cell and the two its result fills) stand among the
// ledger's own columns, said in one sentence by 初始化台账, 生成通报, 刷新领导看板 and 录入稿件:
// - a ledger column right of the three is outside the formula's range: the 通报 reads it, the columns do
//   not, so it is to be dragged left of 积分 (audit S24c F1; S26b F2: 媒体 dragged there, a row showed 30
//   where the 通报 counted 60);
// - the three dragged in among the ledger's columns (积分 next to 标题): the cells in their way and the
//   columns right of them are the office's own data, never to be cleared or dragged one by one; the three go
//   back right of the last ledger column (audit S26b F5: the notice said to clear 作者 and 单位).

import { COMPUTED_HEADERS, headerField } from '../core/ledger';
import { cellText } from '../core/text';
import type { Cell } from '../core/types';
import { colLetters } from './a1';

/** ZG_LEDGER's column (1-based) in a row of header formulas; 0 when none. */
export function ledgerCallColumn(formulas: readonly unknown[]): number {
  return formulas.findIndex((f) => /ZG_LEDGER\s*\(/i.test(String(f ?? ''))) + 1;
}

/** A column of the header: 1-based, with its text as typed. */
interface HeaderColumn {
  col: number;
  text: string;
}

export interface ComputedPlace {
  /** Ledger columns right of the three, outside the formula's range. */
  outside: HeaderColumn[];
  /**
   * The three stand among the ledger's columns: a ledger header where their result goes, 标题 or 单位
   * right of them, or more ledger columns right of them than left.
   */
  moved: boolean;
  /** The right-most ledger column (not a computed one), where the three belong after. */
  lastInput: HeaderColumn | null;
  /** The first ledger column right of ZG_LEDGER's cell (in its result's way, or outside the range). */
  firstRight: HeaderColumn | null;
}

/** A header the ledger reads as one of its input columns (not 积分, 计任务, 校验). */
function inputField(cell: Cell | undefined) {
  const field = headerField(cell);
  return field === undefined || COMPUTED_HEADERS.includes(field) ? undefined : field;
}

/** Where the three stand, from the header row and ZG_LEDGER's column (1-based). */
export function computedPlace(header: readonly Cell[], ledgerAt: number): ComputedPlace {
  const outside: HeaderColumn[] = [];
  let left = 0;
  let lastInput: HeaderColumn | null = null;
  let firstRight: HeaderColumn | null = null;
  let required = false;
  let inTheWay = false;
  header.forEach((cell, i) => {
    const col = i + 1;
    const field = inputField(cell);
    if (field === undefined) return;
    const column = { col, text: cellText(cell).trim() };
    lastInput = column;
    if (col > ledgerAt) firstRight ??= column;
    if (col < ledgerAt) left++;
    else if (col <= ledgerAt + 2) inTheWay = inTheWay || col > ledgerAt;
    else {
      outside.push(column);
      if (field === '标题' || field === '单位') required = true;
    }
  });
  const moved = inTheWay || required || outside.length > left;
  return { outside, moved, lastInput, firstRight };
}

/** `X列「媒体」` for a column. */
const named = (c: HeaderColumn) => `${colLetters(c.col)}列「${c.text}」`;

/**
 * The sentence for the three's place: columns to drag left of 积分, or the three to drag back right of the
 * last ledger column; null when they stand right of every ledger column.
 */
export function computedPlaceNote(tab: string, header: readonly Cell[], ledgerAt: number): string | null {
  if (ledgerAt <= 0) return null;
  const place = computedPlace(header, ledgerAt);
  if (place.moved) return movedNote(tab, ledgerAt, place);
  if (place.outside.length === 0) return null;
  const shown = place.outside.map(named).join('、');
  return `「${tab}」表${shown}在「积分」「计任务」「校验」列右边，不在公式的台账范围内，积分、计任务、校验列未读它（通报仍读），这三列因此可能与通报不同：请把它拖到「积分」列左边，再运行一次“初始化台账”（公式范围会随之改好）。`;
}

function movedNote(tab: string, ledgerAt: number, place: ComputedPlace): string {
  const last = place.lastInput;
  const after = last ? `台账最后一列${named(last)}的右边` : '台账各列的右边';
  const right = place.firstRight;
  return `「${tab}」表的「积分」列（${colLetters(ledgerAt)}列，连同「计任务」「校验」列）被移到了台账的列中间，积分、计任务、校验列因此无法正确计算，可能与通报不同。它右边的${right ? `${named(right)}等列` : '列'}是台账自己的内容，请勿清空：请把「积分」「计任务」「校验」三列拖回${after}，再运行一次“初始化台账”（公式范围会随之改好）。`;
}
