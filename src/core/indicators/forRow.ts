// Which 指标 one ledger row counts toward (录入稿件's preview): each indicator in force whose filter the
// row passes, with the weight it counts at (0.5 through a 折半标签). Who the indicator is for (对象)
// is not checked here: a filter that takes the row counts it for whichever unit or person it concerns.
import { dayFromYmd } from '../dates';
import { levelRank } from '../levels';
import type { Day, LedgerRow, Rules, ScoredRow } from '../types';
import { compileIndicator, indicatorsInForce } from './compile';

export interface RowIndicator {
  name: string; // 名称
  weight: number; // 1, or 0.5 for a half tag
}

export function indicatorsForRow(
  row: ScoredRow,
  ledgerRow: LedgerRow,
  rules: Rules,
  asOf: Day,
): RowIndicator[] {
  const year = rules.settings.year;
  const inForce = indicatorsInForce(rules.indicators ?? [], dayFromYmd(year, 12, 31), asOf);
  const view = {
    levelRank: row.level ? levelRank(row.level) : -1,
    tags: Array.isArray(row.tags) ? row.tags : [],
    outlet: typeof row.outlet === 'string' ? row.outlet.trim() : '',
    kind: typeof ledgerRow.kind === 'string' ? ledgerRow.kind.trim() : '',
    recipient: typeof ledgerRow.recipient === 'string' ? ledgerRow.recipient.trim() : '',
    mode: row.mode,
  };
  const found: RowIndicator[] = [];
  for (const ind of inForce) {
    const c = compileIndicator(ind, rules.outlets);
    // A row of 0 points adds nothing to a 积分 indicator: it counts toward it in name only.
    const weight = c && !(c.metric === '积分' && !(row.points > 0)) ? c.weight(view) : 0;
    // One name for several subjects (乡镇街道 and 其他党工委) is one line for the person entering the row.
    if (weight > 0 && !found.some((f) => f.name === ind.name)) found.push({ name: ind.name, weight });
  }
  return found;
}
