// Words in 作者 that name no person (audit s37 I3, I4, I6): a placeholder for a writer unknown or collective (无,
// 不详, 集体, 本单位, -, 0, ?), a phone number, a job title or an office inside the unit typed beside the name
// (组织委员 潘平, 党建办潘平), a list number (1.潘平, ①潘平②蒋桂然), two names joined by a dot or a dash
// (潘平.蒋桂然). Read as people they were ranked in 附件2 with credit and points, and took the writer's share.
// Dropped or read as the name, and said by the notices authorNames.ts writes. A name the 人员 table lists is
// never touched.

/** A writer not known or not one person: no one's name. */
const PLACEHOLDER =
  /^(无|暂无|没有|无作者|无署名|不署名|未署名|不详|未知|未填|待定|待补|待填|待查|略|空|空白|集体|集体供稿|本单位|本部门|本部|单位|单位供稿|单位集体|综合|信息员|组工信息员|宣传信息员|联络员|佚名|匿名|[a-z]|n\/?a|none|null|nil)$/i;
/** Not a letter in it: -, —, 0, ?, a phone number, ①, …… */
const NO_LETTER = /^[\p{N}\p{P}\p{S}]+$/u;
/** Posts typed beside a name (组织委员 潘平, 潘平 副书记), longest first. */
const TITLE_WORDS = [
  '党委书记',
  '党工委书记',
  '支部书记',
  '组织委员',
  '宣传委员',
  '纪检委员',
  '统战委员',
  '青年委员',
  '副书记',
  '书记',
  '委员',
  '副主任',
  '主任',
  '副科长',
  '科长',
  '股长',
  '副部长',
  '部长',
  '副局长',
  '局长',
  '副镇长',
  '镇长',
  '副乡长',
  '乡长',
  '站长',
  '所长',
  '干事',
  '组织员',
  '宣传员',
  '科员',
  '办事员',
];
const TITLES = new Set(TITLE_WORDS);
/** An office inside a unit (党建办, 宣传科, 综合办公室): a stem of party or government work and an office word. */
const OFFICE =
  /^[\u4e00-\u9fff]*(党|政|组织|宣传|综合|事务|人事|纪检|统战|办公|服务|管理|发展|群团|工会|团委|妇联)[\u4e00-\u9fff]*(办公室|中心|办|科|室|股|站)$/;
const TITLE_OR_OFFICE = `(?:${TITLE_WORDS.join('|')}|[\\u4e00-\\u9fff]{0,4}?(?:党|政|组织|宣传|综合|事务|人事|纪检|统战)[\\u4e00-\\u9fff]{0,2}?(?:办公室|中心|办|科|室|股|站))`;
/** A name of two to four Han characters (a dot between the parts of a name from another script). */
const HAN_NAME = '[\\u4e00-\\u9fff]{2,4}';
/** A post or office glued before the name (组织委员潘平, 组织委员：潘平, 党建办潘平): the name. */
const AFTER_TITLE = new RegExp(`^${TITLE_OR_OFFICE}[：:]?(${HAN_NAME})$`);
/** A list number before the name (1.潘平, 1）潘平, （1）潘平, ①潘平): the name. */
const AFTER_NUMBER = new RegExp(
  `^(?:[0-9０-９]{1,2}[.．、)）]|[(（][0-9０-９]{1,2}[)）]|[\\u2460-\\u2473])\\s*(${HAN_NAME})$`,
);
/** Names joined by a dot, a dash, a backslash or circled numbers (潘平.蒋桂然, ①潘平②蒋桂然). */
const JOINED = new RegExp(
  `^[\\u2460-\\u2473]?${HAN_NAME}(?:(?:[.．\\-—–－\\\\＼]|[\\u2460-\\u2473])${HAN_NAME})+$`,
);
const JOINS = /[.．\-—–－\\＼\u2460-\u2473]+/;

/** What `name` reads as: [] for no person, the names it holds, or null for the name itself. */
function readWord(name: string): string[] | null {
  if (PLACEHOLDER.test(name) || NO_LETTER.test(name) || TITLES.has(name) || OFFICE.test(name)) return [];
  const after = AFTER_TITLE.exec(name) ?? AFTER_NUMBER.exec(name);
  if (after) return [after[1]];
  if (JOINED.test(name)) return name.split(JOINS).filter((s) => s !== '');
  return null;
}

/** The rows whose authors held such words: those dropped (as typed) and those read as names. */
export interface AuthorWords {
  droppedRows: number[];
  dropped: string[];
  rereadRows: number[];
  reread: [typed: string, names: string[]][];
}

/**
 * Each list of `lists` (row i's at lists[i]) with the words that name no person dropped and the names read out
 * of the others (readWord), rewritten through `set`; null when no list held one. `listed`: the 人员 table's
 * names, kept as they are.
 */
export function readAuthorWords(
  lists: readonly (readonly string[] | undefined)[],
  n: number,
  listed: ReadonlySet<string>,
  set: (i: number, list: string[]) => void,
): AuthorWords | null {
  const read = new Map<string, string[] | null>();
  const dropped: string[] = [];
  const reread: AuthorWords['reread'] = [];
  const wordOf = (name: string): string[] | null => {
    let r = read.get(name);
    if (r === undefined) {
      r = listed.has(name) ? null : readWord(name);
      read.set(name, r);
      if (r !== null && r.length === 0) dropped.push(name);
      else if (r !== null) reread.push([name, r]);
    }
    return r;
  };
  const droppedRows: number[] = [];
  const rereadRows: number[] = [];
  // Rows of one author text share one list (ledgerRow.ts authorsOf): read once per list, by identity.
  const lists2 = new Map<readonly string[], { list: string[]; dropped: boolean; reread: boolean } | null>();
  let lastList: readonly string[] | undefined;
  let lastRead: { list: string[]; dropped: boolean; reread: boolean } | null | undefined;
  for (let i = 0; i < n; i++) {
    const list = lists[i];
    if (list === undefined || list.length === 0) continue;
    let r = list === lastList ? lastRead : lists2.get(list);
    if (r === undefined) {
      r = null;
      if (list.some((name) => wordOf(name) !== null)) {
        const out: string[] = [];
        r = { list: out, dropped: false, reread: false };
        for (const name of list) {
          const w = wordOf(name);
          if (w === null) out.push(name);
          else if (w.length === 0) r.dropped = true;
          else {
            r.reread = true;
            for (const x of w) out.push(x);
          }
        }
        r.list = [...new Set(out)];
      }
      lists2.set(list, r);
    }
    lastList = list;
    lastRead = r;
    if (r === null) continue;
    set(i, r.list);
    if (r.dropped) droppedRows.push(i);
    if (r.reread) rereadRows.push(i);
  }
  return droppedRows.length + rereadRows.length === 0 ? null : { droppedRows, dropped, rereadRows, reread };
}
