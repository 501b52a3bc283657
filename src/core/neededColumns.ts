// The ledger columns the rules read, what is lost without each, and which rows it could change. One table
// for two readers: the 通报's notices (sheets/run.ts: 台账没有「字数」列：…无法适用) and the computed columns'
// 校验 when the formula's range leaves a column out (addon/customFunctions.ts). Two lists of one fact drifted
// apart before: the columns said only 媒体 and 录用日期, so a range ending before 字数 dropped the multiplier
// with an empty 校验 (sweep S22b F1).
import type { LedgerField, LedgerRow, Rules } from './types';

/**
 * The rows whose numbers a missing column can change:
 * - `scoring`: any row (no row can be scored as adopted without it); 校验 says so on each row left at 0;
 * - `adoption`: an adopted row that scores (its multipliers, bonus or 采用方式 read that column);
 * - `counted`: a row counted to a task (报送对象 filters, people's and teams' tasks read it).
 */
export type NeededRows = 'scoring' | 'adoption' | 'counted';

export interface NeededColumn {
  field: LedgerField;
  /** What cannot be applied without the column, in the 通报's words. */
  what: string;
  rows: NeededRows;
  /** What a row it could change misses, in a few words for its 校验 (未按字数加倍). */
  row: string;
  /**
   * When the 通报 says the column is missing: `true` always; else only when a row's own cells show it needed
   * the column (`shown`). 媒体: without it every row scores as 报送, so a ledger of submissions loses
   * nothing, but a row with a 录用日期 or 采用方式 录用/综合 was adopted somewhere and its outlet cannot be
   * read (audit S26b F1: a renamed 媒体 header took 88 % of the points with no notice).
   */
  inReport: true | Shown;
}

/** The rows whose own cells show they needed a column the ledger lacks, and what the 通报 says of them. */
export interface Shown {
  /** The row needed the column. */
  needs: (row: LedgerRow) => boolean;
  /** What those rows hold, in a few words after their count (12行填有录用日期…). */
  cells: string;
  /** What follows for them, and what to do. */
  what: string;
}

/** A row with a 录用日期 or an adoption 采用方式 was adopted: its 媒体 is what it scores by. */
const ADOPTED_ROWS: Shown = {
  needs: (r) => r.adoptedOn !== null || r.mode !== '报送',
  cells: '填有录用日期或采用方式为录用/综合',
  what: '无法按媒体计分（这些行按报送计分，没有级别的录用行不计分）：请在台账中加上「媒体」列填写刊发媒体，或把填写媒体的列的表头改为「媒体」',
};

/** The columns `rules` read, in the order the 通报 lists them. */
export function neededColumns(rules: Rules): NeededColumn[] {
  const out: NeededColumn[] = [];
  const need = (
    field: LedgerField,
    what: string,
    rows: NeededRows,
    row: string,
    inReport: NeededColumn['inReport'] = true,
  ) => out.push({ field, what, rows, row, inReport });
  need('媒体', '录用行无法计分', 'scoring', '无法计分', ADOPTED_ROWS);
  const kinds = new Set(rules.multipliers.map((m) => m.condition.kind));
  if (kinds.has('字数')) need('字数', '「系数」表按字数加倍的规则无法适用', 'adoption', '未按字数加倍');
  if (kinds.has('时长')) need('时长(分钟)', '「系数」表按时长加倍的规则无法适用', 'adoption', '未按时长加倍');
  if (kinds.has('版面')) need('版面', '「系数」表按版面加倍的规则无法适用', 'adoption', '未按版面加倍');
  if (rules.bonuses.length > 0) need('领导批示', '领导批示加分无法计算', 'adoption', '未加领导批示分');
  if (rules.indicators.some((i) => (i.filter?.recipients?.length ?? 0) > 0))
    need('报送对象', '按报送对象统计的报送任务都计为0', 'counted', '未按报送对象计入报送任务');
  need('录用日期', '录用行无法计分', 'scoring', '无法计分');
  if (rules.points.some((p) => p.mode === '综合'))
    need('采用方式', '有媒体的行都按“录用”计分，综合采用的稿件无法区分', 'adoption', '未区分综合采用');
  if (rules.indicators.some((i) => i.subject.kind === 'person' || i.subject.kind === 'team'))
    need('作者', '个人和科室的任务都计为0', 'counted', '未计入个人和科室的任务');
  return out;
}

/** The needed columns `columns` (a parsed ledger's, or a formula range's) lacks. */
export function missingColumns(columns: Partial<Record<LedgerField, number>>, rules: Rules): NeededColumn[] {
  return neededColumns(rules).filter((n) => columns[n.field] === undefined);
}
