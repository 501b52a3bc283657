// Rules that read a ledger column the ledger may not have: a 计分 / 系数 row keyed by 类别 or 版面, a 指标 row
// filtered by 类别, 设置 佐证要求 (the 佐证 column), 三审把关 (审核状态) and 迟报天数 (事件日期, 报送日期). Without
// that column the row is never applied and the figures change with no word (audit s28 F4): each such rule
// is said at its cell, naming the missing column; the rows of one table lacking one column in one notice
// (「计分」表第6–21行按「类别」计分…, never 16 lines). Read with the tables (their rows are known there) and told
// once the ledger's columns are (assess: rulesNeedingLackedColumns).

import type { LedgerField, RuleError, Rules } from '../types';

/** A rule cell that reads a ledger column, and what the 通报 says when the ledger lacks it. */
export interface ColumnNeed extends RuleError {
  field: LedgerField;
  /** Rows of one table that lack one column are said together: the table as said (预设的「计分」表) and what
   *  follows the row list (按「类别」计分，但台账没有「类别」列，这些行未生效); absent → said on its own. */
  many?: { at: string; text: string; task?: string };
}

/** Where each table's items were read (sheet rows); absent → the preset's table, rows as it writes them. */
export interface NeedRows {
  points?: number[];
  multipliers?: number[];
  settings?: Map<string, number>;
  /** The 指标 table was read from the workbook (else the preset's). */
  indicatorsRead?: boolean;
}

const quote = (s: string) => `“${s}”`;

/** The rule cells of `rules` that read a ledger column (one per rule cell and column). */
export function ruleColumnNeeds(rules: Rules, rows: NeedRows): ColumnNeed[] {
  const out: ColumnNeed[] = [];
  const seen = new Set<string>();
  const add = (
    table: string,
    row: number,
    column: string,
    field: LedgerField,
    message: string,
    many?: ColumnNeed['many'],
  ) => {
    const key = `${table}|${row}|${field}`;
    if (seen.has(key)) return; // a 计分 row of a range (市级-省级) is several rules of one cell
    seen.add(key);
    out.push({ table, row, column, field, message, ...(many ? { many } : {}) });
  };
  const where = (table: string, read: number[] | undefined, i: number) => {
    const row = read?.[i] ?? i + 2;
    const tab = `${read === undefined ? '预设的' : ''}「${table}」表`;
    return { row, tab, at: `${tab}第${row}行` };
  };
  const lacks = (c: string) => `但台账没有「${c}」列`;
  rules.points.forEach((p, i) => {
    const { row, tab, at } = where('计分', rows.points, i);
    for (const [c, value] of [
      ['类别', p.kind],
      ['版面', p.placement],
    ] as const) {
      if (value === '') continue;
      add('计分', row, c, c, `${at}按${c}${quote(value)}计分，${lacks(c)}，该行未生效`, {
        at: tab,
        text: `按「${c}」计分，${lacks(c)}，这些行未生效`,
      });
    }
  });
  rules.multipliers.forEach((m, i) => {
    const c = m.condition.kind;
    if (c !== '版面' && c !== '类别') return;
    const { row, tab, at } = where('系数', rows.multipliers, i);
    add('系数', row, '条件', c, `${at}${quote(m.name)}按${c}加倍，${lacks(c)}，该行未生效`, {
      at: tab,
      text: `按「${c}」加倍，${lacks(c)}，这些行未生效`,
    });
  });
  rules.indicators.forEach((ind, i) => {
    if (ind.filter.kinds.length === 0) return;
    const row = ind.sourceRow > 0 ? ind.sourceRow : i + 2;
    const tab = `${rows.indicatorsRead ? '' : '预设的'}「指标」表`;
    add(
      '指标',
      row,
      '类别',
      '类别',
      `${tab}第${row}行${quote(ind.name)}只统计类别为${ind.filter.kinds.map(quote).join('、')}的稿件，${lacks('类别')}，该行任务都计为0`,
      { at: tab, text: `只统计某些类别的稿件，${lacks('类别')}，这些任务都计为0`, task: ind.name },
    );
  });
  const s = rules.settings;
  const setting = (key: string) => {
    const row = rows.settings?.get(key);
    return row === undefined
      ? { row: 1, at: `「设置」${quote(key)}` }
      : { row, at: `「设置」表第${row}行${quote(key)}` };
  };
  // A list of outlets none of which is known was made 否 as the rules were read (read.ts canonicalReviewGate).
  if (s.reviewGate !== false) {
    const { row, at } = setting('三审把关');
    const gated = s.reviewGate === true ? '为“是”' : `为“${s.reviewGate.join('、')}”`;
    const rows = s.reviewGate === true ? '所有稿件' : '这些媒体的稿件';
    add('设置', row, '值', '审核状态', `${at}${gated}，但台账没有「审核状态」列：${rows}都按未终审暂不计分`);
  }
  if (s.evidenceFrom !== null) {
    const { row, at } = setting('佐证要求');
    add(
      '设置',
      row,
      '值',
      '佐证',
      `${at}为${quote(s.evidenceFrom)}，但台账没有「佐证」列：${s.evidenceFrom}及以上稿件都按未填佐证暂不计分`,
    );
  }
  if (s.lateDays !== null) {
    const { row, at } = setting('迟报天数');
    for (const f of ['事件日期', '报送日期'] as const)
      add('设置', row, '值', f, `${at}为${s.lateDays}天，但台账没有「${f}」列，该行未生效（不判断迟报）`);
  }
  return out;
}

/** Row numbers as a notice lists them: 第6–21行, 第3、5、7行, 第3–10、12行; past ten runs cut with 等N行. */
export function rowRuns(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  const cut = runs.length > MAX_RUNS;
  return `第${runs.slice(0, MAX_RUNS).join('、')}行${cut ? `等${sorted.length}行` : ''}`;
}

const MAX_RUNS = 10;

/**
 * The needs whose column `columns` (a parsed ledger's) lacks: the notices to give, one per table and column
 * (at its first row; the rows listed) where several rows of a table lack it, a single row said as before.
 */
export function rulesNeedingLackedColumns(
  needs: readonly ColumnNeed[],
  columns: Partial<Record<LedgerField, number>>,
): ColumnNeed[] {
  const lacking = needs.filter((n) => columns[n.field] === undefined);
  const groups = new Map<string, ColumnNeed[]>();
  const out: (ColumnNeed | ColumnNeed[])[] = [];
  for (const n of lacking) {
    if (!n.many) {
      out.push(n);
      continue;
    }
    const key = `${n.table}|${n.field}|${n.many.at}|${n.many.text}`;
    const group = groups.get(key);
    if (group) group.push(n);
    else {
      const fresh = [n];
      groups.set(key, fresh);
      out.push(fresh);
    }
  }
  return out.map((g) => {
    if (!Array.isArray(g)) return g;
    if (g.length === 1) return g[0];
    const first = g.reduce((a, n) => (n.row < a.row ? n : a));
    const many = first.many as NonNullable<ColumnNeed['many']>;
    const tasks = many.task === undefined ? '' : `的任务${taskList(g.map((n) => n.many?.task ?? ''))}`;
    return { ...first, message: `${many.at}${rowRuns(g.map((n) => n.row))}${tasks}${many.text}` };
  });
}

const MAX_TASKS = 5;

/** 指标 task names as a grouped notice lists them: “甲”、“乙”, past five cut with 等N项. */
function taskList(names: readonly string[]): string {
  const distinct = [...new Set(names.filter((n) => n !== ''))];
  const cut = distinct.length > MAX_TASKS;
  return `${distinct.slice(0, MAX_TASKS).map(quote).join('、')}${cut ? `等${distinct.length}项` : ''}`;
}
