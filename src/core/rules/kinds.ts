// A 类别 list cell of a rule table (系数 取值 on 类别, 指标 类别) read as 计分 类别 and the ledger read 类别
// (audit S21c F6): spaces inside a kind are padding (调 研 报 告, 调研 报告 are 调研报告), not separators.
//
// Decisions:
// - The cell is split on 、，,；;/ as 视同达标 is (text.ts splitListItems), not on spaces.
// - A part whose words, squeezed, are a kind (or another name of one) is that kind. Only when the squeezed
//   whole is no kind and every word belongs to a run of words that is one is the part several kinds
//   (信息 调研 → 信息, 调研报告; 调研 报告 信息 → 调研报告, 信息): runs as 视同达标 reads units (wordRuns).
// - Otherwise the part is one 类别, squeezed (an office's own kind, 专 题 片 → 专题片, as the ledger reads it),
//   and `typed` keeps the part as written, so a notice quotes the cell's text, never a fragment of it.
import { KIND_WORDS, normalizeKind } from '../ledgerRow';
import { splitListItems } from '../text';
import { spacedWords, wordRuns } from './wordRuns';

/** A 类别 a rule cell lists: as the ledger reads it, and the text of the cell it was read from. */
export interface ListedKind {
  kind: string;
  typed: string;
}

const known = (text: string): string | undefined => {
  const kind = normalizeKind(text);
  return KIND_WORDS.has(kind) ? kind : undefined;
};

/** The 类别 a rule cell lists, each once, in the order written. */
export function kindList(text: string): ListedKind[] {
  const out: ListedKind[] = [];
  const add = (kind: string, typed: string) => {
    if (!out.some((k) => k.kind === kind)) out.push({ kind, typed });
  };
  for (const part of splitListItems(text)) {
    const whole = normalizeKind(part);
    const runs = KIND_WORDS.has(whole) ? [] : wordRuns(spacedWords(part), known);
    if (runs.length > 1 && runs.every((r) => r.found !== undefined))
      for (const r of runs) add(r.found as string, r.words.join(' '));
    else add(whole, part);
  }
  return out;
}
