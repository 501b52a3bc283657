// The order the computed columns read the ledger tabs in, from their formula: the tab the formula sits on
// first, then the tabs its arguments after the rule tables name, in that order (customFunctions.ts
// withOtherLedgerTabs). 生成通报 reads the tabs in the same order when no tab is named 稿件台账, so a
// repeat across tabs keeps the same copy on the sheet and in the 通报 (pieces.ts better(): read order
// breaks ties), whatever order the tabs were dragged into after 初始化台账.

import { cellText } from '../core/text';
import type { Cell } from '../core/types';
import { colLetters } from './a1';
import { formulaArgs, rangeArg } from './setup';
import { RULE_TABS } from './tabs';

/** A computed column's call (one ZG_LEDGER, or the older three). */
export const COMPUTED_CALL = /ZG_(LEDGER|POINTS|CREDIT|CHECK)\s*\(/i;

const CALL = /^=\s*ZG_[A-Z_]+\s*\((.*)\)\s*$/is;

/** Arguments before 今天: the ledger range and the rule tables (setup.ts computedFormula). */
const HEAD_ARGS = 1 + RULE_TABS.length;

/** The tab a range argument names ('2025年'!A1:V, 台账2!A1:V); null for anything else (TODAY(), ""). */
function tabOf(arg: string): string | null {
  const quoted = /^'((?:[^']|'')+)'!/.exec(arg);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const bare = /^([^'!(),"]+)!/.exec(arg);
  return bare ? bare[1].trim() : null;
}

/** The other ledger tabs a computed-column formula names, in its order. */
export function formulaLedgerTabs(formula: string): string[] {
  const m = CALL.exec(formula.trim());
  if (!m) return [];
  return formulaArgs(m[1])
    .slice(HEAD_ARGS)
    .map(tabOf)
    .filter((t): t is string => t !== null);
}

/** What the tabs' formulas say about the read order. */
export interface FormulaOrder {
  /** The tab the computed columns' formula sits on: read first. */
  host: string;
  /** The other ledger tabs: those the formula names in its order, then the rest in sheet order. */
  others: string[];
  /** Said when the sheet cannot keep the same copy as the 通报 (computed columns on several tabs). */
  notice: string | null;
}

/**
 * The read order of `tabs` (the ledger tabs in sheet order, no 稿件台账 among them) as the computed columns
 * read them, from each tab's top-row formulas; null when no tab holds a computed column (then sheet order).
 */
export function formulaOrder(
  tabs: readonly string[],
  formulasOf: (tab: string) => string[],
): FormulaOrder | null {
  const hosts: { tab: string; formula: string }[] = [];
  for (const tab of tabs) {
    const formula = formulasOf(tab).find((f) => COMPUTED_CALL.test(f));
    if (formula !== undefined) hosts.push({ tab, formula });
  }
  if (hosts.length === 0) return null;
  const { tab: host, formula } = hosts[0];
  const named = formulaLedgerTabs(formula).filter(
    (t, i, all) => t !== host && tabs.includes(t) && all.indexOf(t) === i,
  );
  const others = [...named, ...tabs.filter((t) => t !== host && !named.includes(t))];
  // Each tab's own computed columns keep their own tab's copy first: no one order agrees with both.
  const notice =
    hosts.length > 1
      ? `${hosts.map((h) => `「${h.tab}」`).join('、')}表都有积分、计任务、校验列的公式，各表的公式先读本表，同一稿件在两表中的重复行各自保留本表的一份，与通报（先读「${host}」表）可能不同：请只保留「${host}」表的这三列公式（删除其他表的这三列），再运行“初始化台账”`
      : null;
  return { host, others, notice };
}

/**
 * The ranges of the computed columns' formulas that stop before a column their tab has, each in a few words
 * ('计分'!A1:G 未包含H列（生效日期）), for 生成通报's notice: the ledger range against the ledger's header up
 * to the first computed column (`firstComputed`, 1-based), a rule tab's range against its header row
 * (`ruleHeader`, row 1 of the tab the range names; null: not known). These are the ranges 初始化台账
 * widens (setup.ts refreshFormula), so the notice's "运行初始化台账" is what mends them. Columns with a
 * blank header are not named: nothing is read from them by header.
 */
export function shortRanges(
  formulas: readonly string[],
  firstComputed: number,
  header: readonly Cell[],
  ruleHeader: (tab: string) => readonly Cell[] | null,
  ledgerTab?: string,
): string[] {
  const out: string[] = [];
  const said = new Set<string>();
  const left = (range: string, cells: readonly Cell[], from: number, to: number, what: string) => {
    const cols: string[] = [];
    for (let c = from; c <= to; c++) {
      const text = cellText(cells[c - 1]).trim();
      if (text !== '') cols.push(`${colLetters(c)}列「${text}」`);
    }
    const key = `${what}${range}`;
    if (cols.length === 0 || said.has(key)) return;
    said.add(key);
    const shown = cols.length > 4 ? `${cols.slice(0, 4).join('、')}等${cols.length}列` : cols.join('、');
    out.push(`${what}范围 ${range} 未包含${shown}`);
  };
  for (const formula of formulas) {
    const m = CALL.exec(formula.trim());
    if (!m) continue;
    const args = formulaArgs(m[1]).slice(0, HEAD_ARGS);
    args.forEach((arg, i) => {
      const r = rangeArg(arg);
      if (!r) return;
      if (i === 0) {
        // The ledger range names no tab (the formula's own) or names that tab itself (稿件台账!A1:J).
        if (r.tab === null || r.tab === ledgerTab) left(arg, header, r.end + 1, firstComputed - 1, '台账');
        return;
      }
      const cells = r.tab === null ? null : ruleHeader(r.tab);
      if (cells) left(arg, cells, r.end + 1, cells.length, `「${r.tab}」表`);
    });
  }
  return out;
}
