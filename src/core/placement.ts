// 版面 as the ledger and the rule tables are compared (audit S20w F9/F10): one normaliser for both sides, and
// the notice for a ledger 版面 that looks like a rule's but is none of them.
//
// Decisions:
// - Compared after width folding (NFKC: １版 is 1版), without spaces, without a note in brackets (头版头条（A1版）,
//   (A1), 【…】) and without the joiners 、，,·/ (头版、头条 is 头版头条). What a row shows stays its cell's text.
// - A 系数 版面 取值 is a list split on 、，,；; only: a space inside 头版 头条 is no second value.
// - A near miss is told, not guessed: a ledger 版面 matching no rule word but sharing two or more consecutive
//   characters with one (1版头条 against 头版头条) is a notice naming its rows; 第3版 against 头版头条 is not.
import { columnLetter, listRows } from './ledger';
import { nativeTable } from './ledgerTable';
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
  const folded = text.normalize('NFKC');
  const key = folded.replace(NOTE, '').replace(JOINERS, '');
  // All of it in brackets ((头版)): the words are the 版面, not nothing.
  return key !== '' ? key : folded.replace(/[()【】[\]〔〕]/g, '').replace(JOINERS, '');
}

/** 系数 取值 when 维度 is 版面: split on 、，,；; only (a space is inside a 版面, 头版 头条). */
export function placementList(text: string): string[] {
  return text
    .split(/[、，,；;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** True when the 版面 `text` is one of `values` (rule words), compared as placementKey. */
export function placementIn(values: readonly string[], text: string): boolean {
  const key = placementKey(text);
  if (key === '') return false;
  for (let k = 0; k < values.length; k++) if (placementKey(values[k]) === key) return true;
  return false;
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

/** The rule words `key` shares two or more consecutive characters with. */
function nearWords(key: string, words: Map<string, string>): string[] {
  const near: string[] = [];
  for (const [word, shown] of words) {
    for (let k = 0; k + 2 <= key.length; k++) {
      if (word.includes(key.slice(k, k + 2))) {
        near.push(shown);
        break;
      }
    }
  }
  return near;
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
      const found = key === '' || words.has(key) ? [] : nearWords(key, words);
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
