// A 上街区 ledger scored and reported for one period, and what the 报送 tests read from it (a unit's monthly
// buckets of one indicator): shared by the S26a F3 (重复报送) and F5 (倒扣) tests.
import { rowOutputs } from '../../src/core/index';
import { parseLedger } from '../../src/core/ledger';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Period, ReportModel } from '../../src/core/types';
import { ledgerGrid, type RowSpec, submission } from './ledger';

export const TOWN = '峡窝镇党委'; // 乡镇街道: 每月向区委组织部报送 ≥ 2, 不得评先评优 when missed (001 §五.1, §六.5)
export const OFFICE = '干部科'; // 部机关科室: 每月向市委组织部报送 ≥ 2, 全年被省委组织部录用 ≥ 2 (001 §五.3)

export function run(rows: RowSpec[], period: Period) {
  const rules = presetRules('上街区');
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const rep = buildReport(scored, rules, period, period.to);
  // issues put a row in 待核实; checks are its whole 校验 text (issues, then remarks).
  return {
    rules,
    rep,
    issues: scored.rows.map((r) => r.issues),
    checks: rowOutputs(scored).map((o) => o.check),
  };
}

export function unit(rep: ReportModel, name: string) {
  const u = rep.units.find((x) => x.unit === name);
  if (!u) throw new Error(`no unit ${name}`);
  return u;
}

/** The first `count` monthly (or quarterly) values of a unit's indicator. */
export function months(rep: ReportModel, name: string, indicator: string, count: number): number[] {
  const ind = unit(rep, name).indicators.find((i) => i.name === indicator);
  if (!ind) throw new Error(`no indicator ${indicator}`);
  return (ind.buckets ?? []).slice(0, count).map((b) => b.value);
}

/** A 报送 row of TOWN to 区委组织部. */
export const sent = (title: string, day: string, over: RowSpec = {}) =>
  submission({ 单位: TOWN, 标题: title, 报送对象: '区委组织部', 报送日期: day, ...over });
