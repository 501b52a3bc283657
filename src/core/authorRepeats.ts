// One name written twice on one row (作者 王芳、王芳, or 作者 王芳 and 第二作者 王芳) is one author: the row's
// author list keeps each name once, so every reader of it (计任务, person points, 附件2, 指标, teams) sees what
// the clean row (王芳) gives, and the row says what was dropped.
//
// Decisions:
// - Names are compared after the name reading (text.ts splitAuthors: spaces, brackets, 执笔 notes …; and
//   authorNames.ts against the 人员 table), as exact strings: 王芳（通讯员） and 王 芳 are 王芳 by then.
// - Each name keeps its first place: 王芳、李四、王芳 is 王芳 first, 李四 second (RULES §4: at most two authors,
//   half each), so 李四 is not pushed out of the two counted by a repeat.
// - Said on the row (校验), never held: the row scores as its clean twin does. A name repeated on other rows
//   is another piece's author and is not touched here.
// - Lists are shared between rows with one cell text: each list is looked at once (by identity) and never
//   changed in place; a list without a repeat is returned as is.

import { brief } from './text';

/** A list with a repeated name: the list with each name once, and the row's note saying so. */
export interface DistinctAuthors {
  names: string[];
  issue: string;
}

const seen = new WeakMap<readonly string[], DistinctAuthors | null>();

/** `list` with each name once (first place kept) and the note, or null when no name repeats. */
export function distinctAuthors(list: readonly string[]): DistinctAuthors | null {
  if (list.length < 2) return null;
  let d = seen.get(list);
  if (d === undefined) {
    d = readRepeats(list);
    seen.set(list, d);
  }
  return d;
}

function readRepeats(list: readonly string[]): DistinctAuthors | null {
  const counts = new Map<string, number>();
  for (const name of list) counts.set(name, (counts.get(name) ?? 0) + 1);
  if (counts.size === list.length) return null;
  const repeated = [...counts].filter(([, k]) => k > 1);
  const said = repeated.map(([name, k]) => `“${brief(name)}”填了${k === 2 ? '两' : k}次`).join('、');
  const names = Object.freeze([...counts.keys()]) as string[];
  return { names, issue: `作者${said}，${repeated.length > 1 ? '各' : ''}按一人计` };
}
