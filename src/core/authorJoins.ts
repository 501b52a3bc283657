// 作者 joined by 和 / 与 (王芳和李四, 王芳与李四: audit S20w F11). A given name may hold 和 (王和平, 欧阳和平), so the
// split is a guess: made only where both sides look like names, and said in a notice (authorNames.ts) unless the
// 人员 table lists both parts; a 人员 row naming the whole (王芳和李四) keeps it one person.

const JOIN = /[和与]/;

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
 * The names one author's text joins with 和 / 与, or null when it is read as one name: split at every 和/与 when
 * each part is 2–4 characters (王芳和李四和张三), else at the one 和/与 whose two sides are (张和平和李四 → 张和平、李四);
 * two such places, or none (王和平, 欧阳和平), leave it whole.
 */
export function splitAtJoin(name: string): string[] | null {
  if (!JOIN.test(name)) return null;
  const parts = name.split(/[和与]/);
  if (parts.every(nameLike)) return parts;
  let found: string[] | null = null;
  for (let k = 1; k < name.length - 1; k++) {
    const c = name[k];
    if (c !== '和' && c !== '与') continue;
    const left = name.slice(0, k);
    const right = name.slice(k + 1);
    if (!nameLike(left) || !nameLike(right)) continue;
    if (found !== null) return null; // two ways to read it: no guess
    found = [left, right];
  }
  return found;
}

/** The list with each 和/与-joined author split (splitAtJoin); null when none is. */
export function splitJoinedNames(names: readonly string[]): string[] | null {
  let out: string[] | null = null;
  for (let k = 0; k < names.length; k++) {
    const parts = splitAtJoin(names[k]);
    if (parts === null) {
      out?.push(names[k]);
      continue;
    }
    out ??= names.slice(0, k);
    out.push(...parts);
  }
  return out;
}

/** True when a cell's text may join names with 和 / 与 (a cheap test before splitJoinedNames). */
export function mayJoinNames(text: string): boolean {
  return text.indexOf('和') >= 0 || text.indexOf('与') >= 0;
}
