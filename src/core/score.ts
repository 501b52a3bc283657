// Row scoring (RULES §4): base × multipliers + instruction bonus, verdicts, review gate, evidence,
// duplicates, multiple-adoption policy, relay share and per-author credit. One pass plus two small
// passes over groups; no per-row search of the rule tables beyond a few candidates.
import { dayToIso } from './dates';
import { LEVELS, levelRank } from './levels';
import { outletIndex } from './rules';
import { roundHalfUp } from './text';
import type {
  BonusRule,
  Day,
  LedgerRow,
  Level,
  Mode,
  MultiplierRule,
  ParsedLedger,
  PointRule,
  Rules,
  ScoredLedger,
  ScoredRow,
  Settings,
} from './types';

/** The rule of several dated versions in force on a day: the latest 生效日期 not after it. */
function inForce<T extends { effectiveFrom: Day | null }>(candidates: T[], day: Day | null): T[] {
  return candidates.filter((r) => r.effectiveFrom === null || (day !== null && r.effectiveFrom <= day));
}

function latest<T extends { effectiveFrom: Day | null }>(rules: T[]): T | undefined {
  let best: T | undefined;
  for (const r of rules) {
    if (best === undefined || (r.effectiveFrom ?? -Infinity) > (best.effectiveFrom ?? -Infinity)) best = r;
  }
  return best;
}

/** 计分 lookup: rules grouped by mode×level; the most specific in force wins (kind > tag > placement). */
function pointLookup(points: PointRule[]) {
  const byKey = new Map<string, PointRule[]>();
  for (const p of points) {
    const key = `${p.mode}|${p.level}`;
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  return (mode: Mode, level: Level, kind: string, tags: string[], placement: string, day: Day | null) => {
    const list = byKey.get(`${mode}|${level}`);
    if (!list) return undefined;
    let best: PointRule | undefined;
    let bestScore = -1;
    for (const p of inForce(list, day)) {
      if (p.kind !== '' && p.kind !== kind) continue;
      if (p.tag !== '' && !tags.includes(p.tag)) continue;
      if (p.placement !== '' && p.placement !== placement) continue;
      const score = (p.kind ? 4 : 0) + (p.tag ? 2 : 0) + (p.placement ? 1 : 0);
      const newer = best !== undefined && (p.effectiveFrom ?? -Infinity) > (best.effectiveFrom ?? -Infinity);
      if (score > bestScore || (score === bestScore && newer)) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  };
}

function multiplierApplies(m: MultiplierRule, row: LedgerRow, tags: string[]): boolean {
  const modes = m.modes.length > 0 ? m.modes : ['录用'];
  if (!modes.includes(row.mode)) return false;
  const c = m.condition;
  switch (c.kind) {
    case '字数':
      return row.chars !== null && row.chars > c.over;
    case '时长':
      return row.minutes !== null && row.minutes > c.over;
    case '版面':
      return row.placement !== '' && c.values.includes(row.placement);
    case '类别':
      return row.kind !== '' && c.values.includes(row.kind);
    case '标签':
      return tags.some((t) => c.values.includes(t));
  }
}

/** Multipliers: the largest within a group (字数 or 时长 is one ×3, not ×9), groups multiply, capped. */
function multiplierFor(
  rules: MultiplierRule[],
  row: LedgerRow,
  tags: string[],
  day: Day | null,
  cap: number | null,
) {
  const perGroup = new Map<string, { factor: number; name: string }>();
  // Of several dated versions of a named multiplier, only the newest in force counts.
  const byName = new Map<string, MultiplierRule[]>();
  for (const m of inForce(rules, day)) {
    const key = m.name || `${m.condition.kind}|${m.group}`;
    const list = byName.get(key);
    if (list) list.push(m);
    else byName.set(key, [m]);
  }
  for (const versions of byName.values()) {
    const m = latest(versions)!;
    if (!multiplierApplies(m, row, tags)) continue;
    const group = m.group || m.name || m.condition.kind;
    const prev = perGroup.get(group);
    if (!prev || m.factor > prev.factor)
      perGroup.set(group, { factor: m.factor, name: m.name || m.condition.kind });
  }
  let factor = 1;
  const names: string[] = [];
  for (const { factor: f, name } of perGroup.values()) {
    factor *= f;
    names.push(`×${f}（${name}）`);
  }
  if (cap !== null && factor > cap) {
    factor = cap;
    names.push(`封顶×${cap}`);
  }
  return { factor, names };
}

function bonusFor(bonuses: BonusRule[], instruction: string, day: Day | null): number {
  if (instruction === '') return 0;
  return (
    latest(
      inForce(
        bonuses.filter((b) => b.instruction === instruction),
        day,
      ),
    )?.points ?? 0
  );
}

/** Credit per author (计任务): at most two authors; halves, or 3:2 for the first two. */
export function splitCredit(authorCount: number, split: Settings['coauthorSplit']): number[] {
  if (authorCount === 0) return [];
  if (authorCount === 1) return [1];
  const first = split === '3:2' ? 0.6 : 0.5;
  const out = new Array<number>(authorCount).fill(0);
  out[0] = first;
  out[1] = roundHalfUp(1 - first, 6);
  return out;
}

function fmt(n: number): string {
  return String(roundHalfUp(n, 4));
}

export function scoreLedger(ledger: ParsedLedger, rules: Rules): ScoredLedger {
  const s = rules.settings;
  const findOutlet = outletIndex(rules.outlets);
  const findPoints = pointLookup(rules.points);
  const knownUnits = new Set(rules.units.map((u) => u.name));
  const round = (n: number) => roundHalfUp(n, s.decimals);
  const rows: ScoredRow[] = ledger.rows.map((row) => scoreRow(row));

  function scoreRow(row: LedgerRow): ScoredRow {
    const issues = [...row.issues];
    let blocked = row.blocked;
    const block = (m: string) => {
      issues.push(m);
      blocked = true;
    };
    if (row.unit !== '' && knownUnits.size > 0 && !knownUnits.has(row.unit)) {
      issues.push(`单位“${row.unit}”不在「单位」表中`);
    }
    if (row.relayOffice !== '' && knownUnits.size > 0 && !knownUnits.has(row.relayOffice)) {
      issues.push(`对口处室“${row.relayOffice}”不在「单位」表中`);
    }
    let outletName = '';
    let tags: string[] = [];
    let level: Level | null = row.levelOverride;
    if (row.outlet !== '') {
      const outlet = findOutlet(row.outlet);
      if (outlet) {
        outletName = outlet.name;
        tags = outlet.tags;
        level = row.levelOverride ?? outlet.level;
      } else if (row.levelOverride !== null) {
        issues.push(`媒体“${row.outlet}”不在「媒体」表中，按所填级别计分`);
      } else if (row.mode !== '报送') {
        block(`媒体“${row.outlet}”不在「媒体」表中，且未填级别，无法计分`);
      } else {
        issues.push(`媒体“${row.outlet}”不在「媒体」表中`);
      }
    }
    const day = row.mode === '报送' ? (row.adoptedOn ?? row.submittedOn) : row.adoptedOn;
    if (row.authors.length > 2) issues.push(`作者${row.authors.length}人，只计前两人`);

    let base = 0;
    let multiplier = 1;
    let bonus = 0;
    const why: string[] = [];
    if (!blocked) {
      if (level !== null) {
        const rule = findPoints(row.mode, level, row.kind, tags, row.placement, day);
        if (rule) base = rule.points;
        else if (row.mode !== '报送') block(`「计分」表中没有“${row.mode}×${level}”的分值`);
      }
      if (row.mode === '报送' && base === 0) why.push('报送 0');
      else if (!blocked) why.push(`${level}${row.mode} ${fmt(base)}`);
      if (!blocked && row.mode !== '报送') {
        const m = multiplierFor(rules.multipliers, row, tags, day, s.multiplierCap);
        multiplier = m.factor;
        why.push(...m.names);
      }
      bonus = blocked ? 0 : bonusFor(rules.bonuses, row.instruction, day);
      if (bonus !== 0) why.push(`+${fmt(bonus)}（${row.instruction}领导批示）`);
    }
    let points = blocked ? 0 : base * multiplier + bonus;
    if (!blocked && row.adjustment !== null && row.adjustment !== 0 && row.adjustmentReason !== '') {
      points += row.adjustment;
      why.push(`${row.adjustment > 0 ? '+' : ''}${fmt(row.adjustment)}（调整：${row.adjustmentReason}）`);
    }
    let countable = !blocked && row.verdict === '';
    if (!blocked && row.verdict === '不计分') {
      points = 0;
      why.push('核定不计分');
    } else if (!blocked && row.verdict === '倒扣') {
      points = -points;
      why.push('核定倒扣');
    }
    if (!blocked && s.reviewGate && row.review !== '终审') {
      issues.push(`未终审（${row.review || '未填审核状态'}），暂不计分`);
      points = 0;
      countable = false;
    }
    if (
      !blocked &&
      s.evidenceFrom !== null &&
      row.mode !== '报送' &&
      level !== null &&
      levelRank(level) >= levelRank(s.evidenceFrom) &&
      row.evidence === ''
    ) {
      issues.push(`${s.evidenceFrom}及以上稿件须填佐证，暂不计分`);
      points = 0;
      countable = false;
    }
    if (s.lateDays !== null && row.submittedOn !== null && row.eventOn !== null) {
      const late = row.submittedOn - row.eventOn;
      if (late > s.lateDays) issues.push(`迟报：报送日期晚于事件日期${late}天（规定${s.lateDays}天内）`);
    }
    if (blocked) why.splice(0, why.length, '0（有问题，暂不计分）');
    points = round(points);
    return {
      row: row.row,
      unit: row.unit,
      level,
      outlet: outletName,
      tags,
      mode: row.mode,
      day,
      base,
      multiplier,
      bonus,
      points,
      relayPoints: 0,
      credit: [],
      personPoints: [],
      duplicate: false,
      countable,
      issues,
      why: why.join(' '),
    };
  }

  markDuplicates(ledger.rows, rows);
  applyMultipleAdoption(ledger.rows, rows, s.multipleAdoption);

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const src = ledger.rows[i];
    if (src.relayOffice !== '' && src.relayOffice !== src.unit)
      r.relayPoints = round(r.points * s.relayShare);
    const shares = splitCredit(src.authors.length, s.coauthorSplit);
    r.credit = r.countable ? shares : shares.map(() => 0);
    r.personPoints = shares.map((share) => round(r.points * share));
    r.why = r.why ? `${r.why} = ${fmt(r.points)}` : fmt(r.points);
  }
  return { ledger, rows };
}

/** Which of two rows of one piece counts: more points, then by content, never by position. */
function better(src: LedgerRow[], rows: ScoredRow[], a: number, b: number): boolean {
  if (rows[a].points !== rows[b].points) return rows[a].points > rows[b].points;
  return signature(src[a]) < signature(src[b]);
}

function signature(r: LedgerRow): string {
  const { row: _row, issues: _issues, ...content } = r;
  return JSON.stringify(content);
}

/**
 * Same unit + title + outlet twice is one adoption typed twice: the copy worth most (then the
 * earliest row) counts, the others score 0. Choosing by value keeps totals independent of row order.
 */
function markDuplicates(src: LedgerRow[], rows: ScoredRow[]): void {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.mode === '报送' || src[i].titleKey === '' || src[i].blocked) continue;
    const key = `${r.unit}\u0000${src[i].titleKey}\u0000${r.outlet || src[i].outlet}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const keep = g.reduce((a, b) => (better(src, rows, b, a) ? b : a));
    for (const i of g) {
      if (i === keep) continue;
      const r = rows[i];
      r.duplicate = true;
      r.countable = false;
      r.points = 0;
      r.issues.push(`重复行：与第${rows[keep].row}行标题、媒体相同，只计一次`);
      r.why = '0（重复行）';
    }
  }
}

/** 多次录用 policy (RULES §8): every adoption / the highest level only / the two highest levels. */
function applyMultipleAdoption(
  src: LedgerRow[],
  rows: ScoredRow[],
  policy: Settings['multipleAdoption'],
): void {
  if (policy === '全部') return;
  const pieces = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.mode === '报送' || r.duplicate || src[i].blocked || src[i].titleKey === '' || r.level === null)
      continue;
    const key = `${r.unit}\u0000${src[i].titleKey}`;
    const g = pieces.get(key);
    if (g) g.push(i);
    else pieces.set(key, [i]);
  }
  const keepLevels = policy === '最高级别' ? 1 : 2;
  for (const g of pieces.values()) {
    if (g.length < 2) continue;
    // Best row per level, levels from the highest down.
    const bestPerLevel = new Map<Level, number>();
    for (const i of g) {
      const lv = rows[i].level!;
      const cur = bestPerLevel.get(lv);
      if (cur === undefined || better(src, rows, i, cur)) bestPerLevel.set(lv, i);
    }
    const kept = new Set(
      [...LEVELS]
        .reverse()
        .filter((lv) => bestPerLevel.has(lv))
        .slice(0, keepLevels)
        .map((lv) => bestPerLevel.get(lv)!),
    );
    for (const i of g) {
      if (kept.has(i)) continue;
      rows[i].points = 0;
      rows[i].issues.push(
        `同一稿件多次录用，按设置只计${policy === '最高级别' ? '最高级别' : '两个最高级别'}`,
      );
      rows[i].why = '0（多次录用不重复计分）';
    }
  }
}

/** For messages: the day a row is assessed by, as ISO text. */
export function rowDayText(r: ScoredRow): string {
  return r.day === null ? '' : dayToIso(r.day);
}
