// 视同达标 names read as the names of the task's subjects are read (audit S21a F3): a unit's or 科室's as the
// 单位 column and the 单位 table read it (spaces inside, full-width brackets, invisible characters: unitKey),
// a person's as 人员 and 作者 are (splitAuthors). A name that is no unit, 科室 or person the task applies to
// is a notice at its cell, with the near name when there is one; it makes nobody met.
//
// Decisions:
// - The cell is split on 、，,；;/ only, not on spaces: 区直机关 工委 is one unit (README: unit spellings are read
//   as the 单位 table writes them). A part with spaces that is no unit as a whole is read word by word when
//   some run of its words is a unit (区直机关工委 非公经济组织党工委: two units).
// - A unit of another type than the task's (峡窝镇党委 on a 其他党工委 task) applies to nobody: said too.
// - A person: listed in 人员 (in a unit of the task's type), else an author of the ledger. The ledger is read
//   after the rules, so a name 人员 does not list is told in assess unless the ledger has that author, as a
//   类别 no rule knows is (read.ts kindsNoneKnows).
// - The near name: among the names the task applies to, those fewest edits away (at most one edit per three
//   characters, at least one), at most two named. A guess is named, never applied.
// - 全部门 (the department's own task) has one subject: its names are kept as typed.

import { pushAll } from '../arrays';
import { editDistance } from '../editDistance';
import { splitAuthors, unitKey, unitName } from '../text';
import type { RuleError, Rules, UnitDef } from '../types';
import { spacedWords, wordRuns } from './wordRuns';

/** A person 视同达标 names whom 人员 does not list: said in assess unless the ledger has that author. */
export interface DeemedPersonNote {
  name: string;
  /** Names of people the task may mean (人员's), for the near name; the ledger's authors are added then. */
  known: string[];
  table: string;
  row: number;
  column: string;
  /** Where, as a message starts: 「指标」表第4行「视同达标」. */
  where: string;
  /** A 单位 table's 负责人 (read.ts chiefsNotListed), not a 视同达标 name. */
  chief?: boolean;
}

/**
 * Reads every indicator's 视同达标 against the units and people of `rules` (in place: each name as the subject
 * is named), with the notices for names no subject of the task has. `fromTable`: 指标 was read from a sheet.
 */
export function readDeemed(
  rules: Rules,
  fromTable: boolean,
): { notes: RuleError[]; people: DeemedPersonNote[] } {
  const notes: RuleError[] = [];
  const people: DeemedPersonNote[] = [];
  const byKey = new Map<string, UnitDef>();
  for (const u of rules.units) if (!byKey.has(unitKey(u.name))) byKey.set(unitKey(u.name), u);
  const listed = new Map((rules.people ?? []).map((p) => [p.name, p]));
  for (const ind of rules.indicators) {
    if (ind.deemedMet.length === 0) continue;
    const row = fromTable ? ind.sourceRow : 0;
    const where = fromTable ? `「指标」表第${row}行「视同达标」` : `预设指标“${ind.name}”的视同达标`;
    const say = (message: string) => notes.push({ table: '指标', row, column: '视同达标', message });
    const s = ind.subject;
    if (s.kind === 'department') continue;
    if (s.kind === 'person') {
      const typeOf = (name: string) => byKey.get(unitKey(listed.get(name)?.unit ?? ''))?.type;
      const names = [...new Set(ind.deemedMet.flatMap((part) => splitAuthors(part)))];
      const applies = [...listed.keys()].filter((n) => s.unitType === '' || typeOf(n) === s.unitType);
      for (const name of names) {
        const p = listed.get(name);
        if (p && (s.unitType === '' || typeOf(name) === s.unitType)) continue;
        if (p)
          say(
            `${where}“${name}”在「人员」表中属“${p.unit}”（${typeOf(name) ?? '类型不明'}），此项指标考核${s.unitType}的人员，不视同达标`,
          );
        else people.push({ name, known: applies, table: '指标', row, column: '视同达标', where });
      }
      ind.deemedMet = names;
      continue;
    }
    if (byKey.size === 0) {
      ind.deemedMet = ind.deemedMet.map(unitName);
      continue;
    }
    const type = s.kind === 'everyUnit' ? '' : s.unitType;
    const applies = rules.units.filter((u) => type === '' || u.type === type).map((u) => u.name);
    const names: string[] = [];
    for (const part of ind.deemedMet) {
      for (const { name, unit } of unitsIn(part, byKey)) {
        if (names.includes(name)) continue;
        names.push(name);
        if (unit && (type === '' || unit.type === type)) continue;
        if (unit) say(`${where}“${name}”的类型是${unit.type}，此项指标考核${type}，不视同达标`);
        else say(`${where}“${name}”不在「单位」表中${nearText(name, applies)}，不视同达标`);
      }
    }
    ind.deemedMet = names;
  }
  return { notes, people };
}

/** The notices for the people of readDeemed the ledger has no author of (`authors`: the ledger's, as read). */
export function deemedPeopleTheLedgerLacks(
  pending: DeemedPersonNote[],
  authors: ReadonlySet<string>,
  listed: boolean,
): RuleError[] {
  return pending
    .filter((p) => !authors.has(p.name))
    .map((p) => {
      const near = nearText(p.name, [...new Set([...p.known, ...authors])]);
      const none = listed ? '不在「人员」表中，台账中也没有这位作者' : '不是台账中的作者';
      const message = p.chief
        ? `${p.where}“${p.name}”不是「人员」表或台账中的作者${near}，未按科室负责人处理`
        : `${p.where}“${p.name}”${none}${near}，不视同达标`;
      return { table: p.table, row: p.row, column: p.column, message };
    });
}

/** The units a part of 视同达标 names: the whole as one unit, else its runs of words, as the 单位 column reads them. */
function unitsIn(part: string, byKey: Map<string, UnitDef>): { name: string; unit?: UnitDef }[] {
  const whole = byKey.get(unitKey(part));
  if (whole) return [{ name: whole.name, unit: whole }];
  const runs = wordRuns(spacedWords(part), (joined) => byKey.get(unitKey(joined)));
  if (runs.every((r) => r.found === undefined)) return [{ name: unitName(part) }];
  const out: { name: string; unit?: UnitDef }[] = [];
  let unknown: string[] = [];
  for (const r of runs) {
    if (r.found === undefined) {
      pushAll(unknown, r.words);
      continue;
    }
    if (unknown.length > 0) out.push({ name: unknownName(unknown) });
    unknown = [];
    out.push({ name: r.found.name, unit: r.found });
  }
  if (unknown.length > 0) out.push({ name: unknownName(unknown) });
  return out;
}

const unknownName = (words: string[]) => unitName(words.join(''));

/** "；是否应为“X”" for the names nearest `name` (a few edits away), else "". */
function nearText(name: string, names: readonly string[]): string {
  const most = Math.max(1, Math.floor(name.length / 3));
  let best = most + 1;
  let near: string[] = [];
  for (const n of names) {
    if (n === name || Math.abs(n.length - name.length) > most) continue;
    const d = editDistance(name, n);
    if (d > most) continue;
    if (d < best) {
      best = d;
      near = [n];
    } else if (d === best && near.length < 2) near.push(n);
  }
  return near.length === 0 ? '' : `（是否应为${near.map((n) => `“${n}”`).join('或')}？）`;
}
