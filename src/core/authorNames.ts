// 作者 read again once the rules are known: names typed with alignment spaces matched to the 人员 table, and
// the notices for the names the ledger alone could only guess at, or that the 人员 table does not list.
//
// Decisions:
// - With a 人员 table, each maximal run of consecutive authors it does not list is read again as listed names
//   when its letters, joined, split into listed names in exactly one way (王芳李四 → 王芳、李四 when 王芳 and
//   李四 are listed; 欧阳、娜娜 → 欧阳娜娜). A run that does not, or that splits two ways, stays as typed.
// - Without it (or where it lists none of them), spaced single characters are read as text.ts splitAuthors
//   reads them (王　芳 李　四: two by two), and a notice names the rows so read: a guess is never silent.
// - 王芳和李四 (text.ts splitAuthors split it at 和/与/及/跟, authorJoins.ts) is two people, a guess said in a notice
//   naming the rows unless the 人员 table lists both parts; a 人员 table listing the whole keeps it one person.
// - With a 人员 table, an author it does not list on a row of a 科室 it staffs is no member of that team (RULES
//   §4: a team's members are its 人员 rows): a notice names them, when some 科室整体 task exists.
// - A reading that names one person twice (王芳、王芳李四 read as 王芳、王芳、李四; 王 芳 王 芳 paired) keeps
//   the name once and says so on the row, as ledgerRow.ts does for a repeat it reads itself (authorRepeats.ts).
// - Lists are shared between rows with one cell text: a list is mapped to its new list once, by identity, and
//   no list is changed in place.

import { minOf, pushAll } from './arrays';
import { joinWordsQuoted, splitAtJoin } from './authorJoins';
import { distinctAuthors } from './authorRepeats';
import { foldSpellings, nameKey, variantsSaid } from './authorSpellings';
import { dropNames, dropUnitNames, isDittoMark, unitKeys, unprefixUnitNames } from './authorUnits';
import { readAuthorWords } from './authorWords';
import { columnLetter, listRows } from './ledger';
import { addIssue } from './ledgerRow';
import { nativeTable } from './ledgerTable';
import { peopleTable, staffedUnits } from './teams';
import { authorsText, brief, joinedAuthors, type Padding, paddedAuthors } from './text';
import type { Notice, ParsedLedger, Rules } from './types';

/** What one authors list becomes, and what the notices say of it. */
interface Reading {
  names: string[];
  /** The list as read, when the 人员 table changed it. */
  reread: readonly string[] | null;
  /** A guess from spaces alone the 人员 table did not confirm. */
  padding: Padding | undefined;
  /** Names the 人员 table does not list (with a 人员 table). */
  unlisted: string[];
  /** The list before a 和/与 split the 人员 table did not confirm (王芳和李四 read as two): a guess. */
  joins: readonly string[] | null;
  /** The row's note when a name came out twice (authorRepeats.ts): names holds it once. */
  repeated: string | null;
  /** The 作者 text the list was read from, as typed: what the notices quote. */
  cell: string;
}

/** Read every row's 作者 against the 人员 table; notices go to parsed.notices. */
export function matchAuthorNames(parsed: ParsedLedger, rules: Rules): void {
  const people = peopleTable(rules);
  const staffed = staffedUnits(people);
  const teamTasks = (rules?.indicators ?? []).some((ind) => ind?.subject?.kind === 'team');
  const table = nativeTable(parsed);
  const rows = table === undefined ? (Array.isArray(parsed.rows) ? parsed.rows : []) : null;
  const n = table !== undefined ? table.n : rows!.length;
  // Every row's author list as it stands, and a list put back, in the table or the rows alike.
  const authorLists = () => (table !== undefined ? table.authors : rows!.map((r) => r?.authors));
  const setAuthors = (i: number, list: string[]) => {
    if (table !== undefined) table.authors[i] = list;
    else rows![i].authors = list;
  };
  // One name typed two ways (張三, 张三) is one person (authorSpellings.ts), said below; the 人员 table's names
  // are matched to it in readList.
  const fold = foldSpellings(
    authorLists(),
    n,
    new Set(chiefUnits(rules).keys()), // the spelling a name the ledger types two ways is read as
    listedKeys(people),
  );
  if (fold !== null)
    for (let i = 0; i < n; i++) {
      const list = table !== undefined ? table.authors[i] : rows![i]?.authors;
      const read = list === undefined ? undefined : fold.lists.get(list);
      if (read !== undefined) setAuthors(i, read);
    }
  // A unit's name among the authors (干部科 潘平) is no person, nor is a ditto mark (同上, 〃): dropped, said below.
  const units = unitKeys(rules);
  const unitNamed = dropUnitNames(authorLists(), n, units, setAuthors);
  const prefixed = unprefixUnitNames(authorLists(), n, units, setAuthors);
  const dittoNamed = dropNames(authorLists(), n, isDittoMark, setAuthors);
  // 无, 集体, a phone number, 组织委员, 党建办, 1.潘平, 潘平.蒋桂然: no person, or the name read out (authorWords.ts).
  const words = readAuthorWords(authorLists(), n, new Set(people.keys()), setAuthors);
  const readings = new Map<readonly string[], Reading>();
  const lengths = [...new Set([...people.keys()].map((name) => name.length))].sort((a, b) => a - b);
  const reading = (list: readonly string[]): Reading => {
    let r = readings.get(list);
    if (r === undefined) {
      r = readList(list, people, lengths);
      readings.set(list, r);
    }
    return r;
  };

  const reread: number[] = [];
  const rereadLists: Reading[] = [];
  // Read by the 人员 table and at a joiner both: one notice for the cell says both.
  const both: number[] = [];
  const bothLists: Reading[] = [];
  const paired: number[] = [];
  const pairedLists: Reading[] = [];
  const joined: number[] = [];
  const joinedLists: Reading[] = [];
  const surnames: number[] = [];
  const surnameLists: Reading[] = [];
  const anded: number[] = [];
  const andedLists: Reading[] = [];
  const andedTyped = new Set<readonly string[]>(); // each distinct list split at a joiner, as typed
  const bothTyped = new Set<readonly string[]>();
  const unlisted = new Map<string, number[]>();
  // Unlisted names first on a row of a 科室 the 人员 table does not staff, and on one it staffs.
  const ownElsewhere = new Set<string>();
  const firstOnStaffed = new Set<string>();
  let last: readonly string[] | null = null;
  let r: Reading | null = null;
  for (let i = 0; i < n; i++) {
    const list = table !== undefined ? table.authors[i] : rows![i]?.authors;
    if (!Array.isArray(list) || list.length === 0) continue;
    if (list !== last) {
      last = list;
      r = reading(list);
    }
    const read = r!;
    if (
      read.names === list && // 蔣超宇 named as 人员 lists him (蒋超宇): a new list, nothing to tell
      read.reread === null &&
      read.padding === undefined &&
      read.unlisted.length === 0 &&
      read.joins === null &&
      read.repeated === null
    )
      continue;
    if (read.names !== list) {
      if (table !== undefined) table.authors[i] = read.names;
      else rows![i].authors = read.names;
    }
    if (read.reread !== null && read.joins !== null) note(both, bothLists, i, read);
    // 王芳和李四 kept whole as the 人员 table lists it: read as typed, nothing to tell.
    else if (read.reread !== null && read.names.join('、') !== read.cell) note(reread, rereadLists, i, read);
    if (read.repeated !== null) {
      if (table !== undefined) table.addIssue(i, read.repeated);
      else addIssue(rows![i], read.repeated);
    }
    if (read.padding === 'paired') note(paired, pairedLists, i, read);
    if (read.padding === 'joined') note(joined, joinedLists, i, read);
    if (read.padding === 'surname') note(surnames, surnameLists, i, read);
    if (read.joins !== null && read.reread === null) {
      note(anded, andedLists, i, read);
      andedTyped.add(read.joins);
    } else if (read.joins !== null) bothTyped.add(read.joins);
    if (read.unlisted.length > 0 && teamTasks) {
      const unit = table !== undefined ? table.texts.values[table.unit[i]] : rows![i].unit;
      const first = read.names[0];
      if (!staffed.has(unit)) {
        if (read.unlisted.includes(first)) ownElsewhere.add(first);
        continue;
      }
      if (read.unlisted.includes(first)) firstOnStaffed.add(first);
      for (const name of read.unlisted) {
        const at = unlisted.get(name);
        if (at) at.push(i);
        else unlisted.set(name, [i]);
      }
    }
  }
  // A co-author on a staffed 科室's rows who writes their own pieces (alone or first) for a 科室 the 人员 table
  // does not staff belongs to that one and counts for it (indicators/rows.ts settleHomes): not said.
  for (const name of [...unlisted.keys()]) {
    if (ownElsewhere.has(name) && !firstOnStaffed.has(name)) unlisted.delete(name);
  }
  if (
    reread.length +
      both.length +
      paired.length +
      joined.length +
      surnames.length +
      anded.length +
      unlisted.size ===
      0 &&
    fold === null &&
    unitNamed === null &&
    prefixed === null &&
    dittoNamed === null &&
    words === null
  )
    return;

  parsed.notices ??= [];
  const notices = parsed.notices;
  const column = parsed.columns?.作者;
  const rowOf = (i: number) => (table !== undefined ? table.row[i] : rows![i].row);
  const rowsOf = (at: number[]) => listRows(at.map(rowOf));
  // A notice is placed at its first row (its tab, when several tabs were read as one ledger).
  const where = (i: number): Partial<Notice> => {
    const tab =
      table !== undefined ? (table.tab ? table.texts.values[table.tab[i]] : undefined) : rows![i].tab;
    return {
      ...(tab ? { tab } : {}),
      row: rowOf(i),
      ...(column !== undefined ? { column: columnLetter(column + 1) } : {}),
    };
  };
  const shown = (names: readonly string[]) => `“${names.map((s) => brief(s)).join('、')}”`;
  // The cell as typed, never a form read on the way (欧阳、娜娜跟张跟随): the user finds the cell by its text.
  const readAs = (lists: Reading[]) =>
    lists
      .slice(0, 3)
      .map((x) => `“${brief(x.cell, 40)}”读作${shown(x.names)}`)
      .join('，');
  if (fold !== null) {
    const first = minOf([...fold.variants.values()].map((v) => v.rows[0]));
    notices.push({
      code: 'author-spellings',
      ...where(first),
      message: `作者${variantsSaid(fold, rowsOf)}：同一姓名的繁体、全角或间隔号不同写法按一人计；如确是不同的人，请在「人员」表中分别列出`,
    });
  }
  if (unitNamed !== null) {
    notices.push({
      code: 'author-is-unit',
      ...where(unitNamed.rows[0]),
      message: `第${rowsOf(unitNamed.rows)}行的作者中有单位名称${shown(unitNamed.names)}，单位不是个人，未作为作者计：请只填作者姓名`,
    });
  }
  if (prefixed !== null) {
    notices.push({
      code: 'author-unit-prefix',
      ...where(prefixed.rows[0]),
      message: `第${rowsOf(prefixed.rows)}行的作者前写有单位名称，按姓名计：${prefixed.pairs
        .slice(0, 5)
        .map(([typed, person]) => `“${brief(typed)}”读作“${person}”`)
        .join('、')}${prefixed.pairs.length > 5 ? '等' : ''}；请只填作者姓名`,
    });
  }
  if (dittoNamed !== null) {
    notices.push({
      code: 'author-ditto',
      ...where(dittoNamed.rows[0]),
      message: `第${rowsOf(dittoNamed.rows)}行的作者为${shown(dittoNamed.names)}，不是姓名，未作为作者计：请填写作者姓名（与上一行相同也请写出）`,
    });
  }
  if (words !== null && words.droppedRows.length > 0) {
    notices.push({
      code: 'author-not-a-name',
      ...where(words.droppedRows[0]),
      message: `第${rowsOf(words.droppedRows)}行的作者中有${shown(words.dropped.slice(0, 8))}${words.dropped.length > 8 ? '等' : ''}，不是姓名，未作为作者计：作者不详或集体供稿可留空，职务、科室、电话请写在备注中`,
    });
  }
  if (words !== null && words.rereadRows.length > 0) {
    notices.push({
      code: 'author-words-read',
      ...where(words.rereadRows[0]),
      message: `第${rowsOf(words.rereadRows)}行的作者按姓名读取：${words.reread
        .slice(0, 5)
        .map(([typed, names]) => `“${brief(typed)}”读作${shown(names)}`)
        .join('、')}${words.reread.length > 5 ? '等' : ''}；请只填作者姓名，多位作者之间用“、”分隔`,
    });
  }
  if (reread.length > 0) {
    const examples = readAs(rereadLists);
    notices.push({
      code: 'authors-by-people',
      ...where(reread[0]),
      message: `第${rowsOf(reread)}行作者按「人员」表中的姓名读取：${examples}`,
    });
  }
  if (paired.length > 0) {
    notices.push({
      code: 'authors-padded',
      ...where(paired[0]),
      message: `第${rowsOf(paired)}行作者是空格隔开的单字，已按每两字一人读取（如${shown(pairedLists[0].names)}）；如不是两字的姓名，请去掉姓名内的空格，姓名之间用“、”分隔`,
    });
  }
  if (joined.length > 0) {
    notices.push({
      code: 'authors-padded',
      ...where(joined[0]),
      message: `第${rowsOf(joined)}行作者是空格隔开的5个以上单字，无法确定是几人，已按一人读取（如${shown(joinedLists[0].names)}）；请去掉姓名内的空格，姓名之间用“、”分隔`,
    });
  }
  if (surnames.length > 0) {
    notices.push({
      code: 'authors-padded',
      ...where(surnames[0]),
      message: `第${rowsOf(surnames)}行作者的姓与名之间有空格，已按一人读取（${readAs(surnameLists)}）；如是两人，姓名之间请用“、”分隔`,
    });
  }
  if (anded.length > 0) {
    notices.push({
      code: 'authors-joined',
      ...where(anded[0]),
      message: `第${rowsOf(anded)}行作者中的${joinWordsQuoted([...andedTyped].flat())}已按连接两位作者读取（${readAs(andedLists)}）；如是一人的姓名，请在「人员」表中列出，多位作者之间请用“、”分隔`,
    });
  }
  if (both.length > 0) {
    notices.push({
      code: 'authors-by-people',
      ...where(both[0]),
      message: `第${rowsOf(both)}行作者按「人员」表中的姓名读取，其中的${joinWordsQuoted([...bothTyped].flat())}已按连接两位作者读取（${readAs(bothLists)}）；如是一人的姓名，请在「人员」表中列出，多位作者之间请用“、”分隔`,
    });
  }
  if (unlisted.size > 0) {
    // A 科室负责人 单位 names is paid the team's reward all the same (subjects.ts): said apart, not "no 奖金".
    const chiefOf = chiefUnits(rules);
    const chiefs = [...unlisted].filter(([name]) => chiefOf.has(name));
    const named = [...unlisted].filter(([name]) => !chiefOf.has(name));
    if (named.length > 0) {
      const list = named
        .slice(0, 8)
        .map(([name, at]) => `“${brief(name)}”（第${rowsOf(at)}行）`)
        .join('、');
      const more = named.length > 8 ? `等${named.length}人` : '';
      notices.push({
        code: 'author-not-in-people',
        ...where(named[0][1][0]),
        message: `作者${list}${more}不在「人员」表中：未计入科室整体任务和科室奖金；如是该科室人员请补入「人员」表，并列全该科室所有人员（科室在「人员」表列了人员后，只按所列人员计）`,
      });
    }
    for (const [name, at] of chiefs) {
      const unit = brief(chiefOf.get(name) ?? '');
      notices.push({
        code: 'author-not-in-people',
        ...where(at[0]),
        message: `“${brief(name)}”是「单位」表中${unit}的负责人，但不在「人员」表中（第${rowsOf(at)}行）：其稿件未计入${unit}整体任务，${unit}人数未含本人，奖励仍随${unit}整体任务；请补入「人员」表`,
      });
    }
  }
}

/** Row i for a notice, with its list as an example (the first three distinct lists are kept). */
function note(rows: number[], lists: Reading[], i: number, r: Reading): void {
  rows.push(i);
  if (lists.length < 3 && !lists.includes(r)) lists.push(r);
}

/** The 单位 table's 负责人 as written, each with the first unit naming them. */
function chiefUnits(rules: Rules): Map<string, string> {
  const out = new Map<string, string>();
  for (const u of rules?.units ?? []) {
    const chief = typeof u?.chief === 'string' ? u.chief.trim() : '';
    if (chief !== '' && !out.has(chief)) out.set(chief, u.name);
  }
  return out;
}

/** The 人员 table's names' keys (authorSpellings.ts nameKey). */
function listedKeys(people: Map<string, unknown>): Set<string> {
  return new Set(listedSpelling(people).keys());
}

const spellings = new WeakMap<Map<string, unknown>, Map<string, string>>();

/** The 人员 table's names by their key (authorSpellings.ts nameKey: 蔣 is 蒋, ２ is 2), made once per table. */
function listedSpelling(people: Map<string, unknown>): Map<string, string> {
  let out = spellings.get(people);
  if (out === undefined) {
    out = new Map();
    for (const name of people.keys()) {
      const key = nameKey(name);
      if (!out.has(key)) out.set(key, name);
    }
    spellings.set(people, out);
  }
  return out;
}

function readList(typed: readonly string[], people: Map<string, unknown>, lengths: number[]): Reading {
  const before = joinedAuthors(typed);
  const joins = before === undefined ? null : people.size > 0 ? rejoinListed(before, people) : null;
  const list = joins?.names ?? typed;
  const guess = before !== undefined && (people.size === 0 || joins!.guess);
  let names = list as string[];
  let reread: readonly string[] | null = list === typed ? null : typed;
  if (people.size > 0) {
    const out: string[] = [];
    let changed = false;
    let folded = false;
    for (let s = 0; s < list.length; ) {
      if (people.has(list[s])) {
        out.push(list[s++]);
        continue;
      }
      // 蔣超宇 is the 人员 table's 蒋超宇 (traditional characters, full-width digits): one person, named as listed.
      const listed = listedSpelling(people).get(nameKey(list[s]));
      if (listed !== undefined) {
        out.push(listed);
        s++;
        folded = true;
        continue;
      }
      let e = s + 1;
      while (e < list.length && !people.has(list[e])) e++;
      const split = listedNames(list.slice(s, e).join(''), people, lengths);
      if (split === null) pushAll(out, list.slice(s, e));
      else {
        pushAll(out, split);
        changed = true;
      }
      s = e;
    }
    if (changed || folded) names = Object.freeze(out) as string[];
    if (changed) reread = typed;
  }
  // The reading may name one person twice (王芳、王芳李四 with 李四 listed; 王 芳 王 芳): one author, said.
  const distinct = distinctAuthors(names);
  if (distinct !== null) names = distinct.names;
  const unlisted = people.size > 0 ? [...new Set(names.filter((name) => !people.has(name)))] : [];
  // Spacing the 人员 table confirmed (every name listed) was no guess.
  const padding = unlisted.length === 0 && people.size > 0 ? undefined : paddedAuthors(typed);
  return {
    names,
    reread,
    padding,
    unlisted,
    joins: guess ? before! : null,
    repeated: distinct?.issue ?? null,
    cell: authorsText(typed) ?? typed.join('、'),
  };
}

/**
 * A list split at 和/与 (`before`: as typed) read against the 人员 table: an author it lists whole (王芳和李四)
 * stays one person (names: the new list, else null); guess: some split it does not confirm (a part unlisted).
 */
function rejoinListed(
  before: readonly string[],
  people: Map<string, unknown>,
): { names: string[] | null; guess: boolean } {
  const out: string[] = [];
  let kept = false;
  let guess = false;
  for (const name of before) {
    const parts = splitAtJoin(name);
    if (parts === null) out.push(name);
    else if (people.has(name)) {
      out.push(name);
      kept = true;
    } else {
      pushAll(out, parts);
      if (!parts.every((p) => people.has(p))) guess = true;
    }
  }
  return { names: kept ? (Object.freeze(out) as string[]) : null, guess };
}

/** `text` as listed names one after another, when it splits into them in exactly one way; else null. */
function listedNames(text: string, people: Map<string, unknown>, lengths: number[]): string[] | null {
  // ways[k]: how many ways text[k..] splits (counted to 2), next[k]: the end of its first name.
  const ways = new Uint8Array(text.length + 1);
  const next = new Int32Array(text.length + 1);
  ways[text.length] = 1;
  for (let k = text.length - 1; k >= 0; k--) {
    for (const len of lengths) {
      if (k + len > text.length) break;
      if (ways[k + len] === 0 || !people.has(text.slice(k, k + len))) continue;
      if (ways[k] === 0) next[k] = k + len;
      ways[k] = Math.min(2, ways[k] + ways[k + len]);
    }
  }
  if (ways[0] !== 1) return null;
  const out: string[] = [];
  for (let k = 0; k < text.length; k = next[k]) out.push(text.slice(k, next[k]));
  return out;
}
