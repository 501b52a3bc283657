// Contradictions within and across the rule tables, each reported at the cell that causes it.

import { pushAll } from '../arrays';
import { placementKey } from '../placement';
import { toHalfWidth, unitKey } from '../text';
import type { Day, Indicator, RuleError, Rules } from '../types';
import { outletIndex, outletKey } from './outlets';
import { ruleError } from './schema';
import { BONUS_PREFIX, settingRow, validateSettings } from './settings';
import { describeSubject, formatSubject } from './subject';
import { KNOWN_UNIT_TYPES, nearUnitType } from './unitTypes';

/** Sheet rows of the items read from sheets; absent → the item's index + 2 (rules built in code). */
/**
 * Two rows of one rule with different values (计分, 加分): also what a formula's rule range cut short reads
 * when the column telling them apart lies beyond it (addon/customFunctions.ts formulaRuleErrorText).
 */
export const RULE_CLASH = '重复且分值不同';

export interface SourceRows {
  units?: number[];
  outlets?: number[];
  points?: number[];
  multipliers?: number[];
  bonuses?: number[];
  settings?: Map<string, number>;
  people?: number[];
}

/** Problems in rules built in code (rows are array index + 2; indicators use their sourceRow). */
export function validateRules(rules: Rules): RuleError[] {
  return validateWithRows(rules, {});
}

const nameKey = (s: string) => toHalfWidth(s).replace(/\s+/g, '');
const dateKey = (d: Day | null) => (d === null ? '' : String(d));
const fmt = (n: number) => String(Number.isFinite(n) ? Math.round(n * 1e6) / 1e6 : n);

/**
 * 「人员」表第7、12行都是“王芳”（，第9、15行都是“褚云”）：如是同名的两人…；如是调换科室的同一人… — at the first
 * name's second row. One error for all of them, so no name hides behind another as 另有1处.
 */
function duplicatePeople(twice: { name: string; rows: number[] }[]): RuleError {
  const where = twice.map((p) => `第${p.rows.join('、')}行都是“${p.name}”`).join('，');
  const example = `${twice[0].name.replace(/\s+/g, '')}2`;
  return {
    table: '人员',
    row: twice[0].rows[1],
    column: '姓名',
    message: `「人员」表${where}：如是同名的两人，请在「人员」表和台账中区分姓名（如 ${example}）；如是调换科室的同一人，只保留年底所在科室一行（其全年稿件计入该科室）`,
  };
}

export function validateWithRows(rules: Rules, rows: SourceRows): RuleError[] {
  const errors: RuleError[] = [];
  const rowIn = (list: number[] | undefined, i: number) => list?.[i] ?? i + 2;
  const indicatorRow = (ind: Indicator, i: number) => (ind.sourceRow > 0 ? ind.sourceRow : i + 2);

  // 单位
  const unitSeen = new Map<string, number>();
  rules.units.forEach((u, i) => {
    const row = rowIn(rows.units, i);
    const err = (column: string, problem: string) => errors.push(ruleError('单位', row, column, problem));
    if (u.name.trim() === '') err('单位', '不能为空');
    if (u.type.trim() === '') err('类型', '不能为空');
    const key = nameKey(u.name);
    const first = unitSeen.get(key);
    if (first !== undefined) err('单位', `“${u.name}”与第${first}行重复，每个单位只能列一次`);
    else unitSeen.set(key, row);
    if (!Number.isInteger(u.headcount) || u.headcount < 0)
      err('人数', `应为不小于0的整数，现为${fmt(u.headcount)}`);
    const badMonth = u.monthsInPost.find((m) => !(m >= 0 && m <= 12));
    if (badMonth !== undefined) err('在岗月数', `应为0到12之间的月数，现为${fmt(badMonth)}`);
    else if (u.headcount > 0 && u.monthsInPost.length > u.headcount) {
      err('在岗月数', `填了${u.monthsInPost.length}人的月数，多于人数${u.headcount}`);
    }
  });
  // 别名: one name, one unit. An alias that is another unit's name, or given to two units, would make whose a
  // ledger row is depend on the table's order: named at the 别名 cell.
  const unitNamed = new Map<string, { row: number; name: string }>();
  rules.units.forEach((u, i) => {
    if (!unitNamed.has(unitKey(u.name)))
      unitNamed.set(unitKey(u.name), { row: rowIn(rows.units, i), name: u.name });
  });
  const aliasOf = new Map<string, { row: number; name: string }>();
  rules.units.forEach((u, i) => {
    const row = rowIn(rows.units, i);
    for (const alias of u.aliases ?? []) {
      const key = unitKey(alias);
      const named = unitNamed.get(key);
      if (key === '' || key === unitKey(u.name)) continue;
      const prior = aliasOf.get(key);
      if (named)
        errors.push(
          ruleError('单位', row, '别名', `“${alias}”是第${named.row}行单位“${named.name}”的名称，不能作别名`),
        );
      else if (prior && prior.name !== u.name)
        errors.push(
          ruleError(
            '单位',
            row,
            '别名',
            `“${alias}”已是第${prior.row}行“${prior.name}”的别名，同一别名只能指一个单位`,
          ),
        );
      else if (!prior) aliasOf.set(key, { row, name: u.name });
    }
  });

  // 人员: each person once, in a 科室 of the 单位 table. A name on two rows is two people of one name or a
  // mover listed in both 科室: one message naming every such name and its rows, saying what to do in each case.
  const personRows = new Map<string, { name: string; rows: number[] }>();
  (rules.people ?? []).forEach((p, i) => {
    const row = rowIn(rows.people, i);
    const err = (column: string, problem: string) => errors.push(ruleError('人员', row, column, problem));
    const key = nameKey(p.name);
    if (key === '') err('姓名', '不能为空');
    else {
      const seen = personRows.get(key);
      if (seen) seen.rows.push(row);
      else personRows.set(key, { name: p.name.trim(), rows: [row] });
    }
    if (unitSeen.size > 0 && !unitSeen.has(nameKey(p.unit))) err('单位', `“${p.unit}”不在「单位」表中`);
    if (p.monthsInPost !== null && !(p.monthsInPost >= 0 && p.monthsInPost <= 12))
      err('在岗月数', `应为0到12之间的月数，现为${fmt(p.monthsInPost)}`);
  });

  const twice = [...personRows.values()].filter((p) => p.rows.length > 1);
  if (twice.length > 0) errors.push(duplicatePeople(twice));

  // 媒体: a name or alias claimed by two outlets makes the level of a ledger row depend on the table's order.
  const claimed = new Map<string, { index: number; row: number }>();
  rules.outlets.forEach((o, i) => {
    const row = rowIn(rows.outlets, i);
    if (o.name.trim() === '') errors.push(ruleError('媒体', row, '媒体', '不能为空'));
    const names: [string, string][] = [
      [o.name, '媒体'],
      ...o.aliases.map((a): [string, string] => [a, '别名']),
    ];
    const ownKeys = new Set<string>();
    for (const [name, column] of names) {
      const key = outletKey(name);
      if (key === '' || ownKeys.has(key)) continue;
      ownKeys.add(key);
      const prior = claimed.get(key);
      if (!prior) {
        claimed.set(key, { index: i, row });
        continue;
      }
      const other = rules.outlets[prior.index];
      const problem =
        other.level !== o.level
          ? `“${name}”已是第${prior.row}行“${other.name}”的名称或别名，两处级别不同（${other.level}与${o.level}）`
          : `“${name}”已是第${prior.row}行“${other.name}”的名称或别名，同一名称只能指一个媒体`;
      errors.push(ruleError('媒体', row, column, problem));
    }
  });

  // 计分: the same mode × level × kind × tag × placement × 生效日期 with two values.
  const pointSeen = new Map<string, { row: number; points: number }>();
  rules.points.forEach((p, i) => {
    const row = rowIn(rows.points, i);
    if (!Number.isFinite(p.points) || p.points < 0) {
      errors.push(
        ruleError('计分', row, '分值', `不能为负数，现为${fmt(p.points)}（错误稿件请用“核定：倒扣”）`),
      );
    }
    // 版面 as scoring compares it: 头版 头条 and 头版头条 are one placement (placement.ts).
    const key = [p.mode, p.level, p.kind, p.tag, placementKey(p.placement), dateKey(p.effectiveFrom)].join(
      '\u0000',
    );
    const prior = pointSeen.get(key);
    if (!prior) pointSeen.set(key, { row, points: p.points });
    else if (prior.points !== p.points) {
      const what = [p.mode, p.level, p.kind, p.tag, p.placement].filter((s) => s !== '').join('·');
      errors.push(
        ruleError(
          '计分',
          row,
          '分值',
          `与第${prior.row}行（${what}）${RULE_CLASH}（${fmt(prior.points)}与${fmt(p.points)}）`,
        ),
      );
    }
  });

  // 系数
  const multiplierSeen = new Map<string, { row: number; factor: number }>();
  rules.multipliers.forEach((m, i) => {
    const row = rowIn(rows.multipliers, i);
    if (!(m.factor > 0)) errors.push(ruleError('系数', row, '倍数', `应大于0，现为${fmt(m.factor)}`));
    const c = m.condition;
    if ('over' in c && !(c.over >= 0))
      errors.push(ruleError('系数', row, '取值', `不能为负数，现为${fmt(c.over)}`));
    if ('values' in c && c.values.length === 0)
      errors.push(ruleError('系数', row, '取值', `不能为空，应填${c.kind}`));
    // The same condition twice in one 分组 with two 倍数: only the larger could ever apply (audit s33 C-F3).
    const values =
      'values' in c ? c.values.map((v) => (c.kind === '版面' ? placementKey(v) : v)).sort() : [c.over];
    // As scoring reads them (scoreRules.ts combine): blank 适用方式 is 录用, blank 分组 the 名称 (names multiply).
    const modes = m.modes.length === 0 ? ['录用'] : [...m.modes].sort();
    const key = [
      c.kind,
      values.join('、'),
      modes.join('、'),
      m.group || m.name || c.kind,
      dateKey(m.effectiveFrom),
    ].join('\u0000');
    const prior = multiplierSeen.get(key);
    if (!prior) multiplierSeen.set(key, { row, factor: m.factor });
    else if (prior.factor !== m.factor) {
      const what = `${c.kind}${'over' in c ? `超过${fmt(c.over)}` : `：${c.values.join('、')}`}`;
      errors.push(
        ruleError(
          '系数',
          row,
          '倍数',
          `与第${prior.row}行（${what}）条件相同而倍数不同（${fmt(prior.factor)}与${fmt(m.factor)}），只能保留一行`,
        ),
      );
    }
  });

  // 加分
  const bonusSeen = new Map<string, { row: number; points: number }>();
  rules.bonuses.forEach((b, i) => {
    const row = rowIn(rows.bonuses, i);
    if (!Number.isFinite(b.points) || b.points < 0) {
      errors.push(ruleError('加分', row, '加分', `不能为负数，现为${fmt(b.points)}`));
    }
    const key = `${b.instruction}\u0000${dateKey(b.effectiveFrom)}`;
    const prior = bonusSeen.get(key);
    if (!prior) bonusSeen.set(key, { row, points: b.points });
    else if (prior.points !== b.points) {
      errors.push(
        ruleError(
          '加分',
          row,
          '加分',
          `与第${prior.row}行（${b.instruction}批示）${RULE_CLASH}（${fmt(prior.points)}与${fmt(b.points)}）`,
        ),
      );
    }
  });

  // 指标
  const findOutlet = outletIndex(rules.outlets);
  const unitTypes = new Set(rules.units.map((u) => u.type));
  const groups = new Map<string, { count: number; first: number; index: number }>();
  const indicatorSeen = new Map<string, number>();
  rules.indicators.forEach((ind, i) => {
    const row = indicatorRow(ind, i);
    const err = (column: string, problem: string) => errors.push(ruleError('指标', row, column, problem));
    if (!Number.isFinite(ind.threshold) || ind.threshold < 0)
      err('目标', `不能为负数，现为${fmt(ind.threshold)}`);
    const subjectKey = formatSubject(ind.subject);
    const nameId = `${subjectKey}\u0000${ind.name}\u0000${dateKey(ind.effectiveFrom)}`;
    const priorName = indicatorSeen.get(nameId);
    if (priorName !== undefined)
      err('名称', `“${ind.name}”与第${priorName}行重名（对象同为${describeSubject(ind.subject)}）`);
    else indicatorSeen.set(nameId, row);
    if ('unitType' in ind.subject && ind.subject.unitType !== '' && rules.units.length > 0) {
      if (!unitTypes.has(ind.subject.unitType)) {
        // A type close to one the 单位 table uses (乡镇 / 乡镇街道): which it may mean. Never a type no unit of
        // the table has (a preset's 乡镇街道 beside an office's 镇街); the presets' types only for a table
        // without types (with units from the ledger, sheets/run.ts ledgerUnitTypeNotes falls back to them).
        const used = [...unitTypes].filter((t) => t !== '');
        const near = nearUnitType(ind.subject.unitType, used.length > 0 ? used : KNOWN_UNIT_TYPES);
        err(
          '对象',
          `「单位」表中没有类型为“${ind.subject.unitType}”的单位${typesListed(unitTypes)}${near === null ? '' : `（是否应为“${near}”？）`}`,
        );
      }
    }
    if (rules.outlets.length > 0) {
      for (const name of ind.filter.outlets) {
        if (!findOutlet(name)) err('媒体', `“${name}”不在「媒体」表中`);
      }
    }
    if (ind.award !== '' && !(ind.award in rules.settings.bonuses)) {
      err('奖项', `“${ind.award}”在「设置」表中没有金额（应有一行“${BONUS_PREFIX}${ind.award}”）`);
    }
    if (ind.group !== '') {
      const key = `${subjectKey}\u0000${ind.group}`;
      const g = groups.get(key);
      if (g) g.count++;
      else groups.set(key, { count: 1, first: row, index: i });
    }
  });
  for (const g of groups.values()) {
    if (g.count === 1) {
      const ind = rules.indicators[g.index];
      errors.push(
        ruleError(
          '指标',
          g.first,
          '组',
          `“${ind.group}”只有这一项指标；“组”用于几项中完成一项即达标，至少要有两项`,
        ),
      );
    }
  }

  // 设置
  pushAll(
    errors,
    validateSettings(rules.settings, (key) => rows.settings?.get(key) ?? settingRow(rules.settings, key)),
  );
  return errors;
}

/** The 单位 table's types, for a 对象 naming none of them: what the office may write instead. */
function typesListed(types: ReadonlySet<string>): string {
  const named = [...types].filter((t) => t !== '');
  if (named.length === 0) return '（「单位」表的单位都没有填写类型）';
  const shown = named
    .slice(0, 8)
    .map((t) => `“${t}”`)
    .join('、');
  return `（「单位」表中的类型有：${shown}${named.length > 8 ? `等${named.length}种` : ''}）`;
}
