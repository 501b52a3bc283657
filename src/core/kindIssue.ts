// What a row's 类别 that no rule and no word of the domain knows costs it, said on the row (audit S26c F5).
//
// Decisions:
// - Said whenever some rule reads 类别: 计分 rows, 系数 on 类别, or 指标 counting by 类别 (the 部机关 preset's
//   调研报告 tasks have no 计分 row of their own). Without any, 类别 changes nothing and nothing is said.
// - The issue names each table whose rows key on 类别 (「计分」, 「系数」, 「指标」) with the kinds it names, and what
//   the row loses in each: 按一般稿件计分, 不按类别计系数, 本行不计入按类别统计的指标.
// - A known word (the domain's, KIND_WORDS, or one a rule names) is no issue, even one no rule scores apart.
// - A word containing a known kind or one of its other names (调研材料 ⊃ 调研) is only offered as a guess
//   (是否为“调研报告”？): the reading follows the synonym list (ledgerRow normalizeKind), never the guess.
import { KIND_WORDS, kindsWithin } from './ledgerRow';
import { brief } from './text';
import type { Rules } from './types';

/** The 类别 each kind of rule reads. */
function ruleKinds(rules: Rules): { points: string[]; multipliers: string[]; indicators: string[] } {
  const distinct = (kinds: string[]) => [...new Set(kinds.filter((k) => k !== ''))];
  return {
    points: distinct(rules.points.map((p) => p.kind)),
    multipliers: distinct(
      rules.multipliers.flatMap((m) => (m.condition.kind === '类别' ? m.condition.values : [])),
    ),
    indicators: distinct(rules.indicators.flatMap((i) => i.filter.kinds)),
  };
}

/**
 * A reader of 类别 (as the ledger reads it, not blank) for the rules: the row's issue for a kind they cannot
 * place, null for one they can (or when no rule reads 类别).
 */
export function kindIssues(rules: Rules): (kind: string) => string | null {
  const { points, multipliers, indicators } = ruleKinds(rules);
  const named = new Set([...points, ...multipliers, ...indicators]);
  if (named.size === 0) return () => null;
  const all = [...named];
  return (kind) => {
    if (named.has(kind) || KIND_WORDS.has(kind)) return null;
    const near = kindsWithin(kind, all);
    const guess = near.length > 0 ? `；是否为“${near[0]}”？` : '';
    // Each table whose rows key on 类别 named with its kinds, and what the row loses in it (计分: scored as a
    // piece of no kind; 系数: no factor by 类别; 指标: not counted by 类别).
    const every: [string, string[], string][] = [
      ['计分', points, '按一般稿件计分'],
      ['系数', multipliers, '不按类别计系数'],
      ['指标', indicators, '本行不计入按类别统计的指标'],
    ];
    const tables = every.filter((t) => t[1].length > 0);
    const where =
      tables.length === 1
        ? `「${tables[0][0]}」表中的类别（${tables[0][1].join('、')}）`
        : `${tables.map(([table, kinds]) => `「${table}」表（${kinds.join('、')}）`).join('或')}中的类别`;
    const misses = tables.map((t) => t[2]).join('，');
    return `类别“${brief(kind)}”不是${where}，${misses}${guess}`;
  };
}
