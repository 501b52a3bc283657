// Remarks: what a row's 校验 says that is no problem to check (audit S26d F7). The reason an office gave with
// its 核定 (不计分（非组织工作范畴）), a 区/县 leader's instruction the 「加分」 table pays nothing for. They are
// written in 校验 after the row's issues, never make the row one of 待核实, and change no figure.

import type { ScoredLedger } from './types';

export const NO_REMARKS: readonly string[] = [];
const memo = new WeakMap<ScoredLedger, ReadonlyMap<number, readonly string[]>>();

/** Scoring's remarks of a scored ledger, by row index (the parser's are on its table). */
export function rememberRemarks(scored: ScoredLedger, remarks: ReadonlyMap<number, readonly string[]>): void {
  if (remarks.size > 0) memo.set(scored, remarks);
}

/** Whether scoring added any remark. */
export function hasRemarks(scored: ScoredLedger): boolean {
  return memo.has(scored);
}

/** Row i's remarks: the parser's (its table's), then scoring's. */
export function rowRemarks(
  scored: ScoredLedger,
  parsed: ReadonlyMap<number, readonly string[]> | undefined,
  i: number,
): readonly string[] {
  const own = parsed?.get(i);
  const scoring = memo.get(scored)?.get(i);
  if (own === undefined) return scoring ?? NO_REMARKS;
  return scoring === undefined ? own : [...own, ...scoring];
}

/** Add a remark to a map of them. */
export function addRemark(remarks: Map<number, string[]>, i: number, text: string): void {
  const list = remarks.get(i);
  if (list === undefined) remarks.set(i, [text]);
  else if (!list.includes(text)) list.push(text);
}
