// A unit's name typed among a row's authors (干部科 潘平, 峡窝镇党委、王芳): no person. Read as one, it took half of
// the piece's credit and points from the real author and showed in 附件2 as a person (audit s33 A-F5 small).
// Dropped from the list, and the rows said, by the notice authorNames.ts writes.

import { COMMITTEE_SUFFIX, unitKey } from './text';
import type { Rules } from './types';

/** The rows whose author lists named a unit, and the unit names so typed (as typed). */
export interface UnitsAsAuthors {
  rows: number[];
  names: string[];
}

/** A mark meaning “as the row above” (同上, 〃): no one's name (audit s34 A-F4: 〃 was a person in 附件2). */
const DITTO = /^(同上|同前|同左|仝上|〃|″|々|\.{2,}|…+)$/;
export const isDittoMark = (name: string): boolean => DITTO.test(name);

/**
 * Each list of `lists` (row i's at lists[i]) less the names of `units` (unitKeys; read as unit names are:
 * unitKey), rewritten in place through `set`; null when no list names a unit (one key per distinct name).
 */
export function dropUnitNames(
  lists: readonly (readonly string[] | undefined)[],
  n: number,
  units: ReadonlySet<string>,
  set: (i: number, list: string[]) => void,
): UnitsAsAuthors | null {
  if (units.size === 0) return null;
  return dropNames(lists, n, (name) => units.has(unitKey(name)), set);
}

/** The 单位 table's names as unitKey reads them, with each committee's short form (峡窝镇 for 峡窝镇党委). */
export function unitKeys(rules: Rules): Set<string> {
  const keys = new Set<string>();
  for (const u of rules.units) {
    const key = unitKey(u.name);
    keys.add(key);
    const short = key.replace(COMMITTEE_SUFFIX, '');
    if (short.length >= 2 && short !== key) keys.add(short);
  }
  return keys;
}

/**
 * A person written after a unit's name (峡窝镇潘平, 峡窝镇党委：潘平; audit s35 D5): the name after it, of two to four
 * characters, when the text before it is a unit the 单位 table lists (or its short form); else null.
 */
function afterUnitName(name: string, units: ReadonlySet<string>): string | null {
  for (let cut = name.length - 2; cut >= 2; cut--) {
    const person = name.slice(cut).replace(/^[：:\s]+/, '');
    if (person.length < 2 || person.length > 4 || !/^[\u4e00-\u9fff·]+$/.test(person)) continue;
    if (units.has(unitKey(name.slice(0, cut).replace(/[：:\s]+$/, '')))) return person;
  }
  return null;
}

/** The rows whose author lists named a person after a unit's name, and each such text with its person. */
export interface PrefixedAuthors {
  rows: number[];
  pairs: [typed: string, person: string][];
}

/**
 * Each list of `lists` with a person written after a unit's name (afterUnitName) read as the person, rewritten in
 * place through `set`; null when no list has one.
 */
export function unprefixUnitNames(
  lists: readonly (readonly string[] | undefined)[],
  n: number,
  units: ReadonlySet<string>,
  set: (i: number, list: string[]) => void,
): PrefixedAuthors | null {
  if (units.size === 0) return null;
  const read = new Map<string, string | null>();
  const pairs: PrefixedAuthors['pairs'] = [];
  const personOf = (name: string): string | null => {
    let person = read.get(name);
    if (person === undefined) {
      person = name.length > 3 ? afterUnitName(name, units) : null;
      read.set(name, person);
      if (person !== null) pairs.push([name, person]);
    }
    return person;
  };
  const rows = rewriteLists(lists, n, set, (list) =>
    list.some((name) => personOf(name) !== null)
      ? [...new Set(list.map((name) => personOf(name) ?? name))]
      : null,
  );
  return rows.length === 0 ? null : { rows, pairs };
}

/**
 * Each list of `lists` less the names `drop` refuses, rewritten in place through `set`; the rows and the names
 * (as typed, each once) when any was dropped, else null.
 */
export function dropNames(
  lists: readonly (readonly string[] | undefined)[],
  n: number,
  drop: (name: string) => boolean,
  set: (i: number, list: string[]) => void,
): UnitsAsAuthors | null {
  const isUnit = new Map<string, boolean>();
  const names: string[] = [];
  const dropped = (name: string): boolean => {
    let unit = isUnit.get(name);
    if (unit === undefined) {
      unit = drop(name);
      isUnit.set(name, unit);
      if (unit) names.push(name);
    }
    return unit;
  };
  const rows = rewriteLists(lists, n, set, (list) =>
    list.some(dropped) ? list.filter((x) => !dropped(x)) : null,
  );
  return rows.length === 0 ? null : { rows, names };
}

/**
 * Row i's list rewritten through `set` when `rewrite` changes it (null: unchanged), once per distinct list: rows
 * of one author text share one list (ledgerRow.ts authorsOf). The rows rewritten.
 */
function rewriteLists(
  lists: readonly (readonly string[] | undefined)[],
  n: number,
  set: (i: number, list: string[]) => void,
  rewrite: (list: readonly string[]) => string[] | null,
): number[] {
  const rows: number[] = [];
  let last: readonly string[] | undefined;
  let lastRead: string[] | null = null;
  for (let i = 0; i < n; i++) {
    const list = lists[i];
    if (list === undefined || list.length === 0) continue;
    if (list !== last) {
      last = list;
      lastRead = rewrite(list);
    }
    if (lastRead === null) continue;
    set(i, lastRead);
    rows.push(i);
  }
  return rows;
}
