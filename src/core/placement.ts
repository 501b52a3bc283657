// 版面 as the ledger and the rule tables are compared (audit S20w F9/F10, S21c F1): one normaliser for both
// sides, and the notice for a ledger 版面 that looks like a rule's but is none of them.
//
// Decisions:
// - Compared after width folding (NFKC: １版 is 1版), Latin case folding (a1版 is A1版), without spaces, without a
//   note in brackets (头版头条（A1版）, (A1), 【…】) and without the joiners 、，,·/ (头版、头条 is 头版头条). What a
//   row shows stays its cell's text.
// - The page is read the way offices write it (S21c F1): 头版 = 首版 = 1版 = 第1版 = 01版 = 一版 = 第一版 = A1 = A01 =
//   A1版, and a bare page number (1, 3) in the 版面 column is that page;
//   第N版 = N版 = 第〈Chinese numeral〉版 for any page (第3版 = 三版). A is the first section: A1 is 头版, B1 is not,
//   and a page of another section keeps its letter (B1版). What follows the page (头条, 右下) is its position.
// - A rule word that names only a page (头版, 第3版) covers every position on it (头版头条, 头版右下); a rule
//   naming the position itself wins where it applies (placementFit says which; scoreRules applies it).
// - A 系数 版面 取值 is a list split on 、，,；; only: a space inside 头版 头条 is no second value.
// - A near miss is told, not guessed: a ledger 版面 matching no rule word but sharing two or more consecutive
//   characters with one (头版右下 against 头版头条) is a notice naming its rows, the words on its own page first
//   (the one the office most likely meant); 第3版 against 头版头条 is not.
import { columnLetter, listRows } from './ledger';
import { nativeTable } from './ledgerTable';
import { simplified } from './simplified';
import { brief } from './text';
import type { ParsedLedger, Rules } from './types';

const keys = new Map<string, string>();

/** The form two 版面 are compared in; '' for blank. Once per distinct text (rows repeat a few values). */
export function placementKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = placementKeyOnce(text);
    if (keys.size >= 10_000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

/** A note in brackets, after NFKC (（…） is (…) then). */
const NOTE = /\([^)]*\)|【[^】]*】|\[[^\]]*\]|〔[^〕]*〕/g;
/** Spaces and the joiners that part 头版、头条 (after NFKC: ，→ , ／→ / ・→ ･ stays, so both dots). */
const JOINERS = /[\s、,·・･/]/g;

function placementKeyOnce(text: string): string {
  const folded = simplified(text.normalize('NFKC')).toUpperCase(); // 頭版 is 头版
  let key = folded.replace(NOTE, '').replace(JOINERS, '');
  // All of it in brackets ((头版)): the words are the 版面, not nothing.
  if (key === '') key = folded.replace(/[()【】[\]〔〕]/g, '').replace(JOINERS, '');
  const { page, rest } = pageOf(key);
  return page + rest;
}

/**
 * A 版面's page in one spelling (头版 for the front page, else 3版, or B1版 in a section other than A's first
 * page) and what follows it; page '' when it names none. Applied to a key it gives the key's own page back.
 */
function pageOf(typed: string): { page: string; rest: string } {
  // 壹版, 第贰版: the numerals of amounts are the page's too (audit s37 J7).
  const key = /[壹贰叁肆伍陆柒捌玖拾]/.test(typed)
    ? typed.replace(/[壹贰叁肆伍陆柒捌玖拾]/g, (c) => CAPITAL[c])
    : typed;
  if (key.startsWith('头版')) return { page: '头版', rest: key.slice(2) };
  if (key.startsWith('首版')) return { page: '头版', rest: key.slice(2) }; // 首版 is the front page too
  if (key.startsWith('封面')) return { page: '头版', rest: key.slice(2) }; // a magazine's front page
  // P1, P01, P3版: a page, not a section (A1 is a section's).
  const paged = /^P(\d+)版?/.exec(key);
  if (paged && Number(paged[1]) > 0) {
    const n = Number(paged[1]);
    return { page: n === 1 ? '头版' : `${n}版`, rest: key.slice(paged[0].length) };
  }
  // A 版面 cell holding a bare page number (1, 03): the column says what it counts.
  if (/^\d{1,3}$/.test(key) && Number(key) > 0)
    return { page: Number(key) === 1 ? '头版' : `${Number(key)}版`, rest: '' };
  const numbered = /^第?(\d+|[一二两三四五六七八九十]+)版/.exec(key);
  if (numbered) {
    const n = /^\d/.test(numbered[1]) ? Number(numbered[1]) : chineseNumber(numbered[1]);
    if (n > 0) return { page: n === 1 ? '头版' : `${n}版`, rest: key.slice(numbered[0].length) };
  }
  // A section's page: A1, A01, A1版, B2版 (the letter then the page, 版 optional).
  const lettered = /^([A-Z])(\d+)版?/.exec(key);
  if (lettered) {
    const n = Number(lettered[2]);
    if (n > 0) {
      const page = lettered[1] === 'A' && n === 1 ? '头版' : `${lettered[1]}${n}版`;
      return { page, rest: key.slice(lettered[0].length) };
    }
  }
  return { page: '', rest: key };
}

const DIGITS = '一二三四五六七八九';
/** 壹 … 拾 as 一 … 十. */
const CAPITAL: Record<string, string> = Object.fromEntries(
  [...'壹贰叁肆伍陆柒捌玖拾'].map((c, i) => [c, '一二三四五六七八九十'[i]]),
);

/** 一 … 九十九 (两 as 二); 0 for anything else (a 版面 page is never larger). */
function chineseNumber(text: string): number {
  const digit = (c: string) => (c === '两' ? 2 : DIGITS.indexOf(c) + 1);
  const m = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || (m[2] === '' && (m[1] === '' || m[3] !== ''))) return 0;
  if (m[2] === '') return digit(m[1]);
  return (m[1] === '' ? 1 : digit(m[1])) * 10 + (m[3] === '' ? 0 : digit(m[3]));
}

/** The page a 版面 key names ('' for none): 头版 for 头版头条, 3版 for 3版右下. */
export function placementPage(key: string): string {
  return pageOf(key).page;
}

/**
 * How a rule's 版面 fits a row's (both keys): 2 the same 版面, 1 the rule names only the page the row's
 * 版面 is a position on (头版 for 头版头条), 0 not at all. A rule naming the position wins over the page.
 */
export function placementFit(ruleKey: string, rowKey: string): 0 | 1 | 2 {
  if (ruleKey === '' || rowKey === '') return 0;
  if (ruleKey === rowKey) return 2;
  return ruleKey.length < rowKey.length && placementPage(rowKey) === ruleKey ? 1 : 0;
}

/** 系数 取值 when 维度 is 版面: split on 、，,；; only (a space is inside a 版面, 头版 头条). */
export function placementList(text: string): string[] {
  return text
    .split(/[、，,；;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** How the best of `values` (rule words) fits the 版面 `text`, as placementFit: 2 one is it, 1 one is its page. */
export function placementFitIn(values: readonly string[], text: string): 0 | 1 | 2 {
  const key = placementKey(text);
  let fit: 0 | 1 | 2 = 0;
  for (let k = 0; k < values.length && fit < 2; k++) {
    const f = placementFit(placementKey(values[k]), key);
    if (f > fit) fit = f;
  }
  return fit;
}

/** The 版面 words the rules use (计分 版面, 系数 取值 on 版面), as written, one per key. */
function ruleWords(rules: Rules): Map<string, string> {
  const words = new Map<string, string>();
  const add = (w: string) => {
    const key = placementKey(w);
    if (key !== '' && !words.has(key)) words.set(key, w);
  };
  for (const p of rules?.points ?? []) if (typeof p?.placement === 'string') add(p.placement);
  for (const m of rules?.multipliers ?? [])
    if (m?.condition?.kind === '版面') for (const v of m.condition.values) add(v);
  return words;
}

/**
 * The rule words `key` shares two or more consecutive characters with, those on its own page first (头版右下
 * against 2版右下 and 头版头条: 头版头条 is the likelier meant), else in the tables' order.
 */
function nearWords(key: string, words: Map<string, string>): string[] {
  const samePage: string[] = [];
  const others: string[] = [];
  const page = placementPage(key);
  for (const [word, shown] of words) {
    for (let k = 0; k + 2 <= key.length; k++) {
      if (word.includes(key.slice(k, k + 2))) {
        (page !== '' && placementPage(word) === page ? samePage : others).push(shown);
        break;
      }
    }
  }
  return [...samePage, ...others];
}

/** Notices at most: a ledger with many near misses names the first, then how many more. */
const MAX_NOTICES = 5;

/** A notice for each ledger 版面 that is no rule word but near one (parsed.notices). */
export function placementNotices(parsed: ParsedLedger, rules: Rules): void {
  const words = ruleWords(rules);
  if (words.size === 0) return;
  const table = nativeTable(parsed);
  const rows = table === undefined ? (Array.isArray(parsed.rows) ? parsed.rows : []) : null;
  const n = table !== undefined ? table.n : rows!.length;
  // The rows of each distinct text, and whether it is a near miss (decided once per text).
  const verdict = new Map<string, string[] | null>();
  const at = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const text = table !== undefined ? table.texts.values[table.placement[i]] : rows![i]?.placement;
    if (typeof text !== 'string' || text === '') continue;
    let near = verdict.get(text);
    if (near === undefined) {
      const key = placementKey(text);
      // A rule word that is the 版面, or the page it is a position on, applies: no miss.
      const found =
        key === '' || words.has(key) || words.has(placementPage(key)) ? [] : nearWords(key, words);
      near = found.length > 0 ? found : null;
      verdict.set(text, near);
    }
    if (near === null) continue;
    const list = at.get(text);
    if (list) list.push(i);
    else at.set(text, [i]);
  }
  if (at.size === 0) return;
  parsed.notices ??= [];
  const column = parsed.columns?.版面;
  const letter = column !== undefined ? columnLetter(column + 1) : '';
  const rowOf = (i: number) => (table !== undefined ? table.row[i] : rows![i].row);
  const tabOf = (i: number) =>
    table !== undefined ? (table.tab ? table.texts.values[table.tab[i]] : undefined) : rows![i].tab;
  let told = 0;
  for (const [text, list] of at) {
    if (told === MAX_NOTICES) {
      parsed.notices.push({
        code: 'placement-not-in-rules',
        message: `另有${at.size - told}种${letter}列「版面」的写法与计分规则中的版面相近但不相同，未按版面计分`,
      });
      break;
    }
    const tab = tabOf(list[0]);
    parsed.notices.push({
      code: 'placement-not-in-rules',
      ...(tab ? { tab } : {}),
      row: rowOf(list[0]),
      ...(letter !== '' ? { column: letter } : {}),
      message: `${letter}列「版面」中的“${brief(text)}”（第${listRows(list.map(rowOf))}行）不是计分规则中的版面（${(verdict.get(text) ?? []).map((w) => brief(w)).join('、')}），未按版面计分`,
    });
    told++;
  }
}
