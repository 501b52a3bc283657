// One person typed two ways (張三 and 张三, 王伟２ and 王伟2, 阿依古丽•买买提 and 阿依古丽·买买提): the same name,
// as 单位 and 媒体 already read their traditional and full-width forms. Each name is keyed by its simplified,
// half-width form with one middle dot; spellings of one key are one person, named as a 单位's 负责人 is written,
// else as most rows write it (its plain form on a tie), and a notice names the rows read so, as a guess is
// never silent. A name of the 人员 table's is matched to its spelling there (authorNames.ts, by nameKey too).

import { distinctAuthors } from './authorRepeats';
import { simplified } from './simplified';
import { brief } from './text';

// Middle dots of 少数民族 and foreign names as typed (·・･•‧∙⋅, a full stop): one dot.
const DOTS = /[\u00B7\u30FB\uFF65\u2022\u2027\u2219\u22C5.．]/g;

// Characters OpenCC's table changes that are standard simplified characters of their own, several of them
// surnames or name characters (於 is not 于, 乾 not 干, 昇 not 升): kept, so two people are never one. The 16
// of GB2312's 汉字 it changes, and the name characters 通用规范汉字表 restored (昇, 陞) or keeps (蒐, 崑, 峯).
const NAME_CHARACTERS = /[乾菸薹拚捱摺吒後徵夥榘於袷麴醣麽昇陞蒐崑峯]/;

/** The form two spellings of one name share: simplified, half-width (NFKC), one kind of middle dot. */
export function nameKey(name: string): string {
  const n = name.normalize('NFKC');
  const plain = NAME_CHARACTERS.test(n)
    ? Array.from(n, (ch) => (NAME_CHARACTERS.test(ch) ? ch : simplified(ch))).join('')
    : simplified(n);
  return plain.replace(DOTS, '·');
}

/** The rows whose lists a spelling was read in, and the lists read again. */
export interface SpellingFold {
  /** Each list that names a variant, and the list it becomes (one person named once). */
  lists: Map<readonly string[], string[]>;
  /** Variant → the spelling it is read as, with the rows (indices) it was typed on. */
  variants: Map<string, { as: string; rows: number[] }>;
}

/**
 * The spellings of one name in `lists` (row i's authors at lists[i]) folded into one: null when every name
 * has one spelling (the common case: one pass over the rows, a key per distinct name).
 */
export function foldSpellings(
  lists: ArrayLike<readonly string[] | undefined>,
  n: number,
  /** Spellings the rules write (a 单位's 负责人): the one a name's other spellings are read as. */
  preferred: ReadonlySet<string>,
  /** Keys of the 人员 table's names: a name of one is matched to it there (authorNames.ts readList). */
  listedKeys: ReadonlySet<string>,
): SpellingFold | null {
  // Distinct lists first (rows with one 作者 text share one list): most ledgers stop at the keys.
  const distinct = new Set<readonly string[]>();
  let last: readonly string[] | undefined;
  for (let i = 0; i < n; i++) {
    const list = lists[i];
    if (list === last || list === undefined) continue;
    last = list;
    distinct.add(list);
  }
  const byKey = new Map<string, string[]>();
  let shared = false;
  for (const list of distinct)
    for (const name of list) {
      const key = nameKey(name);
      if (listedKeys.has(key)) continue;
      const spellings = byKey.get(key);
      if (spellings === undefined) byKey.set(key, [name]);
      else if (!spellings.includes(name)) {
        spellings.push(name);
        shared = true;
      }
    }
  if (!shared) return null;
  const rowsOf = new Map<string, number>(); // spelling → rows naming it, for the spellings that share a key
  for (const spellings of byKey.values())
    if (spellings.length > 1) for (const s of spellings) rowsOf.set(s, 0);
  for (let i = 0; i < n; i++) {
    const list = lists[i];
    if (list === undefined) continue;
    for (const name of list) {
      const k = rowsOf.get(name);
      if (k !== undefined) rowsOf.set(name, k + 1);
    }
  }
  // Only the ledger's spellings are folded: one it writes one way alone is matched to the rules elsewhere.
  const preferredByKey = new Map<string, string>();
  for (const name of preferred) preferredByKey.set(nameKey(name), name);
  const readAs = new Map<string, string>();
  for (const [key, spellings] of byKey) {
    if (spellings.length < 2) continue;
    // The rules' spelling (a 负责人 stays one), else most rows'; on a tie the plain form (张三 over 張三).
    const chosen =
      preferredByKey.get(key) ??
      spellings.reduce((best, s) => {
        const d = rowsOf.get(s)! - rowsOf.get(best)!;
        return d > 0 || (d === 0 && s === key && best !== key) ? s : best;
      });
    for (const s of spellings) if (s !== chosen) readAs.set(s, chosen);
  }
  const fold: SpellingFold = { lists: new Map(), variants: new Map() };
  for (let i = 0; i < n; i++) {
    const list = lists[i];
    if (list === undefined || list.length === 0) continue;
    let read = fold.lists.get(list);
    if (read === undefined) {
      if (!list.some((name) => readAs.has(name))) continue;
      const mapped = list.map((name) => readAs.get(name) ?? name);
      read = (distinctAuthors(mapped)?.names ?? Object.freeze(mapped)) as string[];
      fold.lists.set(list, read);
    }
    for (const name of list) {
      const as = readAs.get(name);
      if (as === undefined) continue;
      const v = fold.variants.get(name);
      if (v === undefined) fold.variants.set(name, { as, rows: [i] });
      else if (v.rows[v.rows.length - 1] !== i) v.rows.push(i);
    }
  }
  return fold;
}

/** 作者“張三”（第7行）按“张三”计、…: the variants, the first eight, as the notice lists them. */
export function variantsSaid(fold: SpellingFold, rowText: (rows: number[]) => string): string {
  const all = [...fold.variants];
  const shown = all
    .slice(0, 8)
    .map(([name, v]) => `“${brief(name)}”（第${rowText(v.rows)}行）按“${brief(v.as)}”计`)
    .join('、');
  return all.length > 8 ? `${shown}等${all.length}个` : shown;
}
