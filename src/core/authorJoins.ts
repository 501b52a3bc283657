import { pushAll } from './arrays';
// 作者 joined by 和 / 与 / 及 / 跟 (王芳和李四, 潘平及蒋桂然: audits S20w F11, S21c F2). A given name may hold 和
// (王和平, 欧阳和平), so the split is a guess: made only where both sides look like names, and said in a notice
// (authorNames.ts) unless the 人员 table lists both parts; a 人员 row naming the whole (王芳和李四) keeps it one person.

/** The words for "and" a 署名 joins two names with: 及 and 跟 are read as 和 and 与 are (README "Names"). */
export const JOIN_WORDS = '和与及跟';
const JOIN = /[和与及跟]/;
const JOIN_ALL = /[和与及跟]/g;

/** A name's length as the eye counts it: code points, so a name outside the BMP is not counted twice. */
function nameLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const nameLike = (s: string) => {
  const n = nameLength(s);
  return n >= 2 && n <= 4;
};

/**
 * The names one author's text joins with 和 / 与 / 及 / 跟, or null when it is read as one name: split at every joiner when
 * each part is 2–4 characters (王芳和李四和张三), else at the one joiner whose two sides are (张和平和李四 → 张和平、李四);
 * two such places, or none (王和平, 欧阳和平), leave it whole.
 */
export function splitAtJoin(name: string): string[] | null {
  if (!JOIN.test(name)) return null;
  const parts = name.split(JOIN_ALL);
  if (parts.every(nameLike)) return parts;
  let found: string[] | null = null;
  for (let k = 1; k < name.length - 1; k++) {
    const c = name[k];
    if (JOIN_WORDS.indexOf(c) < 0) continue;
    const left = name.slice(0, k);
    const right = name.slice(k + 1);
    if (!nameLike(left) || !nameLike(right)) continue;
    if (found !== null) return null; // two ways to read it: no guess
    found = [left, right];
  }
  return found;
}

/** The list with each 和/与/及/跟-joined author split (splitAtJoin); null when none is. */
export function splitJoinedNames(names: readonly string[]): string[] | null {
  let out: string[] | null = null;
  for (let k = 0; k < names.length; k++) {
    const parts = splitAtJoin(names[k]);
    if (parts === null) {
      out?.push(names[k]);
      continue;
    }
    out ??= names.slice(0, k);
    pushAll(out, parts);
  }
  return out;
}

/** True when a cell's text may join names with 和 / 与 / 及 / 跟 (a cheap test before splitJoinedNames). */
export function mayJoinNames(text: string): boolean {
  return JOIN.test(text);
}

/**
 * The words a notice quotes for lists split at a joiner (`before`: as typed): “和”“与” as it always has, and “及”
 * or “跟” too when a list was split at one, so the notice names what the office typed.
 */
export function joinWordsQuoted(before: readonly string[]): string {
  let words = '“和”“与”';
  for (const c of '及跟')
    if (before.some((name) => name.includes(c) && splitAtJoin(name) !== null)) words += `“${c}”`;
  return words;
}
