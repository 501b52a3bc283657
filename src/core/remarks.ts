// Remarks: what a row's 校验 says that is no problem to check (audit S26d F7). The reason an office gave with
// its 核定 (不计分（非组织工作范畴）), a 区/县 leader's instruction the 「加分」 table pays nothing for. They are
// written in 校验 after the row's issues, never make the row one of 待核实, and change no figure.

import type { ScoredLedger } from './types';

export const NO_REMARKS: readonly string[] = [];

/** Scoring's remarks: those said as it went, and one said last that is worded only when read (`late`). */
interface ScoringRemarks {
  said: ReadonlyMap<number, readonly string[]>;
  /** Row i's last remark, made when asked (a fifth of a ledger's rows may have one: no text made unread). */
  late: ((i: number) => string | undefined) | null;
}
const memo = new WeakMap<ScoredLedger, ScoringRemarks>();

/** Scoring's remarks of a scored ledger, by row index (the parser's are on its table), and its late one. */
export function rememberRemarks(
  scored: ScoredLedger,
  said: ReadonlyMap<number, readonly string[]>,
  late: ScoringRemarks['late'] = null,
): void {
  if (said.size > 0 || late !== null) memo.set(scored, { said, late });
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
  return remarksReader(scored, parsed)(i);
}

/** rowRemarks of one ledger for row after row (its remarks looked up once). */
export function remarksReader(
  scored: ScoredLedger,
  parsed: ReadonlyMap<number, readonly string[]> | undefined,
): (i: number) => readonly string[] {
  const { listed, late } = remarkParts(scored, parsed);
  return (i) => {
    const list = listed(i);
    const last = late(i);
    if (last === undefined) return list ?? NO_REMARKS;
    return list === undefined ? [last] : [...list, last];
  };
}

/** remarksReader's remarks as 校验 writes them, joined with ；('' for none): no list made for a row of one. */
export function remarksTextReader(
  scored: ScoredLedger,
  parsed: ReadonlyMap<number, readonly string[]> | undefined,
): (i: number) => string {
  const { listed, late } = remarkParts(scored, parsed);
  return (i) => {
    const list = listed(i);
    const last = late(i);
    if (list === undefined) return last ?? '';
    const text = list.length === 1 ? list[0] : list.join('；');
    return last === undefined ? text : `${text}；${last}`;
  };
}

/** A ledger's remarks of row i in two parts: those listed (the parser's, then scoring's) and the late one. */
function remarkParts(
  scored: ScoredLedger,
  parsed: ReadonlyMap<number, readonly string[]> | undefined,
): { listed: (i: number) => readonly string[] | undefined; late: (i: number) => string | undefined } {
  const scoring = memo.get(scored);
  const said = scoring?.said;
  const late = scoring?.late ?? null;
  const parsedAny = parsed !== undefined && parsed.size > 0;
  return {
    listed(i) {
      const own = parsedAny ? parsed.get(i) : undefined;
      const mid = said?.get(i);
      if (own === undefined) return mid;
      return mid === undefined ? own : [...own, ...mid];
    },
    late: late === null ? () => undefined : late,
  };
}

/** Add a remark to a map of them. */
export function addRemark(remarks: Map<number, string[]>, i: number, text: string): void {
  const list = remarks.get(i);
  if (list === undefined) remarks.set(i, [text]);
  else if (!list.includes(text)) list.push(text);
}
