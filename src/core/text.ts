// Cell → text/number coercion and the name/title normalisation the domain relies on.
import { JOIN_WORDS, mayJoinNames, splitJoinedNames } from './authorJoins';
import { dayOfDate, dayToIso } from './dates';
import { simplified, simplifiedCode } from './simplified';
import type { Cell } from './types';

/**
 * What a reader hands over for a formula saved without its result (a file written by a program and never
 * recalculated): like Excel's error values, a text starting with #, which the ledger turns into a row issue.
 */
export const UNCALCULATED = '#公式无结果';

/** Error values a formula leaves in a cell (Excel, WPS, LibreOffice, Sheets), as text. */
const ERROR_VALUES = new Set(
  '#N/A #REF! #VALUE! #DIV/0! #NAME? #NULL! #NUM! #ERROR! #SPILL! #CALC! #GETTING_DATA ERR:502 ERR:504 ERR:508 ERR:522'.split(
    ' ',
  ),
);

/** A formula's error value (#N/A from a lookup that found nothing …), never a name. */
export function isErrorValue(text: string): boolean {
  return (text.charCodeAt(0) === 0x23 || text.charCodeAt(0) === 0x45) && ERROR_VALUES.has(text.toUpperCase());
}

/** A cell as trimmed text ('' for blanks); numbers keep their plain form. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  // A Date is the calendar day Sheets shows (local time), not its UTC instant.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : dayToIso(dayOfDate(cell));
  return String(cell).trim();
}

/** A number as typed, for reading: half width, without thousands separators or spaces (１，２５７ → 1257). */
export function numberText(text: string): string {
  return toHalfWidth(text).replace(/[,\s]/g, '');
}

/** Parse a number cell: null when blank, NaN when not a number. Accepts "1,200" and full-width digits. */
export function cellNumber(cell: Cell): number | null {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : Number.NaN;
  if (typeof cell === 'boolean' || cell instanceof Date) return Number.NaN;
  const t = numberText(String(cell));
  if (t === '') return null;
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return Number.NaN;
  return Number(t);
}

const FLAG_YES = new Set('是 √ ✓ ✔ ☑ ✅ ● y yes true 1 有 否决 开 开启 启用'.split(' '));
const FLAG_NO = new Set('否 × ✗ ✘ ☐ n no false 0 无 不 关 关闭 停用'.split(' '));

/**
 * A 是/否 cell as offices mark it (√, ✔ from WPS's symbol menu, 是（发生泄密） with its reason): true or
 * false; blank is false; null for anything else, which the caller names rather than reads as 否.
 */
export function readFlag(cell: Cell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  const t = simplified(toHalfWidth(cellText(cell)).toLowerCase().replace(/\s+/g, ''));
  if (t === '') return false;
  const word = t.replace(/\(.*\)$/, ''); // 是(发生泄密): the reason after the mark
  if (FLAG_YES.has(word)) return true;
  if (FLAG_NO.has(word)) return false;
  return null;
}

/** FULL_WIDTH_ALL would match: a loop over the code units, cheaper than a regular expression per cell. */
function hasFullWidth(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) return true;
  }
  return false;
}
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u3000]/g;

export function toHalfWidth(text: string): string {
  // Most text has no full-width character: test first, replace only when needed (hot in parsing).
  if (!hasFullWidth(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** What separates the items of a list cell (RULES §2): 、，,；; and slashes (spaces too, where splitNames reads them). */
const LIST_SEPARATORS = '、，,；;/／';
/** Further separators between 作者 names only: 。|｜ and & ＋, which no name holds. */
const NAME_ONLY_SEPARATORS = '。|｜&＆+＋';

/**
 * Between names, never in one: 、，,；;/ as RULES §2 lists them, spaces, 。|｜ (王芳。李四, 王芳|李四) and & ＋
 * (潘平&蒋桂然, 潘平+蒋桂然: no name holds them).
 */
const NAME_SEPARATOR = new RegExp(`[${LIST_SEPARATORS}${NAME_ONLY_SEPARATORS}\\s]`);
/** NAME_SEPARATOR less the spaces: what parts a 作者 cell into groups, each then read on its spaces. */
const NAME_GROUPS = new RegExp(`[${LIST_SEPARATORS}${NAME_ONLY_SEPARATORS}]+`);
/**
 * Characters no XML document may carry (XML 1.0 §2.2: C0 controls but tab, LF and CR; lone surrogates; U+FFFE,
 * U+FFFF) and the other noncharacters (U+FDD0–U+FDEF, U+nFFFE/U+nFFFF, a pair of code units here): a byte-swapped
 * BOM or another tool's file leaves them, and a .docx or .xlsx holding one does not open. Without the `u` flag,
 * so a surrogate is matched as a code unit (a lone one, or the pair of a plane's last two code points).
 */
const XML_ILLEGAL_SOURCE =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufdd0-\\ufdef\\ufffe\\uffff]' +
  '|[\\ud83f\\ud87f\\ud8bf\\ud8ff\\ud93f\\ud97f\\ud9bf\\ud9ff\\uda3f\\uda7f\\udabf\\udaff\\udb3f\\udb7f\\udbbf\\udbff][\\udffe\\udfff]' +
  '|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const XML_ILLEGAL = new RegExp(XML_ILLEGAL_SOURCE, 'g');

/** Whether the code unit at `i` is (part of) what XML_ILLEGAL matches; its neighbours decide for a surrogate. */
function xmlIllegalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d;
  if (c < 0xd800) return false;
  if (c <= 0xdbff) {
    const next = text.charCodeAt(i + 1); // NaN past the end
    return !(next >= 0xdc00 && next <= 0xdfff) || ((c & 0x3f) === 0x3f && next >= 0xdffe);
  }
  if (c <= 0xdfff) {
    const before = text.charCodeAt(i - 1);
    return !(before >= 0xd800 && before <= 0xdbff) || ((before & 0x3f) === 0x3f && c >= 0xdffe);
  }
  return (c >= 0xfdd0 && c <= 0xfdef) || c >= 0xfffe;
}

/**
 * Text without the characters XML cannot carry (XML_ILLEGAL): what every writer of a .docx or .xlsx puts in
 * its parts, the last guard after reading has cleaned names (visibleText). Surrogate pairs that are
 * characters (emoji, CJK beyond U+FFFF) stay.
 */
export function xmlText(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (xmlIllegalAt(text, i)) return text.replace(XML_ILLEGAL, '');
  }
  return text;
}

/**
 * Zero-width, bidirectional and control characters: invisible in a cell, but they make two names differ; and
 * what XML cannot carry (XML_ILLEGAL), so 峡窝镇党委\uFFFE is 峡窝镇党委 and no output breaks on it.
 */
const INVISIBLE = new RegExp(
  `[\\u007f-\\u009f\\u00ad\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\ufeff]|${XML_ILLEGAL_SOURCE}`,
  'g',
);

/** INVISIBLE would match: a loop over the code units (units, outlets and authors of every row pass here). */
export function hasInvisible(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Han and everything else above U+2064 first (nearly every code unit of a name): one test. Surrogates
    // and noncharacters (0xd800 and up) may be XML_ILLEGAL: an emoji's pair is not.
    if (
      c > 0x2064
        ? c === 0xfeff || (c >= 0xd800 && xmlIllegalAt(text, i))
        : c < 0x20
          ? c !== 0x09 && c !== 0x0a && c !== 0x0d
          : c >= 0x7f &&
            (c <= 0x9f ||
              c === 0xad ||
              (c >= 0x200b && c <= 0x200f) ||
              (c >= 0x202a && c <= 0x202e) ||
              c >= 0x2060)
    )
      return true;
  }
  return false;
}

/**
 * Non-empty trimmed text made of invisible characters only (\u0000, a zero-width space, a BOM left by another
 * tool): no text an office typed. Only text starting with a code unit hasInvisible may match is read again.
 */
export function invisibleOnly(trimmedText: string): boolean {
  const c = trimmedText.charCodeAt(0);
  return (
    (c < 0x20 || (c >= 0x7f && c <= 0x2064) || c === 0xfeff || c >= 0xd800) && visibleText(trimmedText) === ''
  );
}

/** Text without invisible characters (names, units, outlets). */
export function visibleText(text: string): string {
  return hasInvisible(text) ? text.replace(INVISIBLE, '').trim() : text;
}

/** A unit's name as the tables know it: no invisible characters and no spaces (峡窝镇 党委 is 峡窝镇党委). */
export function unitName(text: string): string {
  const t = visibleText(text);
  return /\s/.test(t) ? t.replace(/\s+/g, '') : t;
}

/** The suffixes a Party committee's name may be typed with or without (峡窝镇 / 峡窝镇党委). */
export const COMMITTEE_SUFFIX = /(党委|党工委|党组|党总支)$/;
/** The party's name an office may type before a unit's (中共中心路街道党工委): no part of the unit's name. */
export const PARTY_PREFIX = /^(?:中国共产党|中共)/;

/** How a unit's name ends: a committee, an office, a bureau, a town (峡窝镇党委, 组织科, 人才办, 城建局 …). */
export const UNIT_ENDING =
  /(党委|党工委|党组|党总支|党支部|支部|工委|委员会|科|室|办|局|中心|部|处|站|所|院|队|镇|乡|街道|社区|村|公司|集团|学校|医院)$/;

/**
 * Two units typed in one 单位 cell (峡窝镇党委、区直机关工委: a piece written by both): the names, when the text
 * splits at 、，；/ into two or more parts that each end as a unit's name does; else null (one name).
 */
export function unitsInOneCell(text: string): string[] | null {
  if (!/[、，,；;／/]/.test(text)) return null;
  const parts = text
    .split(/[、，,；;／/]+/)
    .map((p) => unitName(p))
    .filter((p) => p !== '');
  return parts.length >= 2 && parts.every((p) => p.length >= 2 && UNIT_ENDING.test(p)) ? parts : null;
}

/** What two spellings of one unit share: 区直机关工委（机关党委） and 区直机关工委(机关党委) are one unit. */
export function unitKey(text: string): string {
  return simplified(toHalfWidth(unitName(text)));
}

/**
 * The 单位 table's name a typed unit reads as, as the ledger reads its 单位 (spaces, bracket widths) and a
 * 别名 (a renamed unit's old name) as the unit; names win over aliases (validate refuses a clash). Text no
 * unit is named or called stays as typed.
 */
export function unitNameReader(
  units: readonly { name: string; aliases?: readonly string[] }[],
): (typed: string) => string {
  const known = new Set(units.map((u) => u.name));
  const byKey = new Map(units.flatMap((u) => (u.aliases ?? []).map((a) => [unitKey(a), u.name] as const)));
  for (const u of units) byKey.set(unitKey(u.name), u.name);
  // 中共峡窝镇党委 is the table's 峡窝镇党委 (audit s38 O3), unless the table lists it so.
  return (typed) =>
    typed === '' || known.has(typed)
      ? typed
      : (byKey.get(unitKey(typed)) ?? byKey.get(unitKey(typed.replace(PARTY_PREFIX, ''))) ?? typed);
}

/**
 * 张伟、王芳等 (等人, 等同志, 等3人, 等三位同志): the office listed who it could; the trailing 等 is no one's name
 * (README "Names"). The length of that ending when 作者 text ends in it and names someone before it, else 0:
 * the reader drops it and says so.
 */
export function trailingEtc(text: string): number {
  if (text.indexOf('等') < 0) return 0;
  const m = ETC.exec(text);
  return m === null || text.slice(0, m.index).trim() === '' ? 0 : m[0].length;
}
const ETC =
  /等\s*(?:(?:[0-9０-９一二两三四五六七八九十百]+\s*[余多]?|[多数几])\s*[人位名])?\s*(?:人|同志|作者)?$/;

/** Split a list of names on 、，,；; / and spaces. */
export function splitNames(text: string): string[] {
  return text
    .split(LIST_ITEMS_AND_SPACES)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Split a list on 、，,；; / but not on spaces: an item keeps the spaces it was typed with (区直机关 工委,
 * 调 研 报 告), for a reader that knows what the items may be (rules/deemed.ts, rules/kinds.ts).
 */
export function splitListItems(text: string): string[] {
  return text
    .split(LIST_ITEMS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
const LIST_ITEMS = new RegExp(`[${LIST_SEPARATORS}]+`);
const LIST_ITEMS_AND_SPACES = new RegExp(`[${LIST_SEPARATORS}\\s]+`);

/**
 * Split 作者 like splitNames (RULES §2) and on 。|｜, without invisible characters; 和/与 between two names of
 * 2–4 characters (王芳和李四) parts them, marked (joinedAuthors) for the notice that names the rows; single characters separated by
 * spaces are one name padded for alignment (王　芳, 王 芳 → 王芳, README), never two people. An even run of
 * four or more (王　芳 李　四, 王 芳 李 四) is two-character names padded, one after another: read two by two
 * (王芳、李四), not as one person 王芳李四; an odd run of five or more stays one name. Either way the list is
 * marked (paddedAuthors) for the notice that names the rows so read.
 */
export function splitAuthors(text: string): string[] {
  // Staff type the same names row after row: one frozen list per spelling, shared by its rows.
  let names = authorsMemo.get(text);
  if (names === undefined) {
    padding = undefined;
    const read = splitAuthorsOnce(text);
    // 王芳和李四: two names, a guess (authorJoins.ts) the list remembers its reading before (joinedAuthors).
    const split = mayJoinNames(text) ? splitJoinedNames(read) : null;
    names = Object.freeze(split ?? read) as string[];
    if (split !== null) {
      joined.set(names, Object.freeze(read));
      anyJoined = true;
    }
    if (padding !== undefined) {
      padded.set(names, padding);
      anyPadded = true;
    }
    cellOfList.set(names, text);
    if (authorsMemo.size >= 10_000) {
      authorsMemo.clear();
      authorsGeneration++;
    }
    authorsMemo.set(text, names);
  }
  return names;
}

const authorsMemo = new Map<string, string[]>();
let authorsGeneration = 0;

/**
 * Counts the times splitAuthors forgot its lists (a new list for a text from then on): a caller keeping
 * lists by text keeps them while this is unchanged, so that it hands out the very list splitAuthors would.
 */
export function authorListsGeneration(): number {
  return authorsGeneration;
}

/**
 * How spaced characters were read: a run of four or more two by two, or (odd) as one name; a surname typed apart
 * from the given name (卢 军璐) as one name.
 */
export type Padding = 'paired' | 'joined' | 'surname';
const padded = new WeakMap<readonly string[], Padding>();
/** Set by splitAuthorsOnce for the list it is making. */
let padding: Padding | undefined;
let anyPadded = false;

const joined = new WeakMap<readonly string[], readonly string[]>();
let anyJoined = false;

/** The text each list was read from (one list per text: splitAuthors' memo). */
const cellOfList = new WeakMap<readonly string[], string>();

/**
 * The 作者 text a list was read from, as typed (trimmed, without invisible characters): what a notice about
 * the list quotes, for the user finds the cell by its text (欧阳 娜娜 跟 张跟随, not 欧阳、娜娜跟张跟随).
 * Undefined for a list splitAuthors did not make.
 */
export function authorsText(names: readonly string[]): string | undefined {
  const typed = cellOfList.get(names);
  return typed === undefined ? undefined : visibleText(typed).trim();
}

/** The list before an author joined by 和/与 was split (王芳和李四 as one), for a list splitAuthors split so. */
export function joinedAuthors(names: readonly string[]): readonly string[] | undefined {
  return anyJoined ? joined.get(names) : undefined;
}

/** How splitAuthors read a run of spaced single characters in this list; undefined for every other list. */
export function paddedAuthors(names: readonly string[]): Padding | undefined {
  return anyPadded ? padded.get(names) : undefined;
}

/**
 * The words a byline puts before a name (README "Names", the one list): no part of a name, whether a colon
 * (通讯员：潘平), a slash (文/潘平, 文/图 潘平) or a space (本报记者 潘平) follows. 文/图 and 图/文 are read as
 * 文 and 图 on either side of the slash.
 */
export const ROLE_WORDS: readonly string[] = [
  '通讯员',
  '本报通讯员',
  '特约通讯员',
  '记者',
  '本报记者',
  '特约记者',
  '见习记者',
  '实习生',
  '摄影',
  '摄像',
  '摄',
  '文',
  '图',
  '文字',
  '图片',
  '文/图',
  '图/文',
  '编辑',
  '责任编辑',
  '执笔',
  '执笔人',
  '作者',
  '第一作者',
  '第二作者',
  '第三作者',
  '通讯作者',
  '撰稿',
  '撰稿人',
  '供稿',
  '供稿人',
];
const ROLES = new Set(ROLE_WORDS);
/** Role words of one character: in a run of spaced single characters they are part of a padded name (张 文). */
const isShortRole = (s: string) => s.length === 1 && ROLES.has(s);
/** A token that is only a joiner (潘平 和 蒋桂然): read as the unspaced 潘平和蒋桂然, never a person. */
const isJoinToken = (s: string) => s.length === 1 && JOIN_WORDS.indexOf(s) >= 0;

/**
 * Notes typed with names, no part of one: 付璐（执笔）, 张三(组织科), and a role word with a colon where a name
 * could start (通讯员：潘平, 潘平、记者:蒋桂然, 文/图：潘平), longest word first (本报记者 before 记者).
 */
const NAME_NOTES = new RegExp(
  `[（(【[〔][^）)】\\]〕]*[）)】\\]〕]|(?<=^|[${LIST_SEPARATORS}${NAME_ONLY_SEPARATORS}\\s])\\s*(?:${[
    ...ROLE_WORDS,
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*[:：]`,
  'g',
);

function splitAuthorsOnce(text: string): string[] {
  const names = splitAuthorsRaw(text);
  // 潘平同志: the honorific is no part of the name (audit s34 A-F5: a second person 潘平同志 beside 潘平).
  return names.some((x) => x.endsWith('同志')) ? names.map(withoutHonorific).filter((x) => x !== '') : names;
}
const withoutHonorific = (name: string) =>
  name.length > 2 && name.endsWith('同志') ? name.slice(0, -2) : name;

function splitAuthorsRaw(text: string): string[] {
  const visible = visibleText(text);
  const t = /[（(【[〔:：]/.test(visible) ? visible.replace(NAME_NOTES, ' ') : visible;
  if (!NAME_SEPARATOR.test(t)) {
    const one = t.trim();
    return one === '' || ROLES.has(one) || isJoinToken(one) ? [] : [one];
  }
  const out: string[] = [];
  for (const group of t.split(NAME_GROUPS)) {
    // 本报记者 潘平 通讯员 蒋桂然: a role word alone is no one. 潘平 和 蒋桂然: a joiner alone joins the names on
    // either side as if typed without spaces (潘平和蒋桂然, then read by authorJoins.ts, said in its notice).
    const parts = latinNames(group.split(/\s+/).filter((s) => s !== '' && (s.length === 1 || !ROLES.has(s))));
    let start = 0;
    let joiner = '';
    let named = false; // the tokens before the joiner gave a name
    for (let k = 0; k <= parts.length; k++) {
      if (k < parts.length && !isJoinToken(parts[k])) continue;
      const from = out.length;
      readSpaced(parts, start, k, out);
      const read = out.length > from;
      // A joiner with a name on both sides: the last name before it and the first after it, unspaced.
      if (joiner !== '' && named && read) {
        const right = out.splice(from, 1)[0];
        out[from - 1] += joiner + right;
      }
      named = read;
      joiner = k < parts.length ? parts[k] : '';
      start = k + 1;
    }
  }
  return out;
}

/**
 * Latin-letter words next to one another are one name (Jiang Chaoyu, Mary Ann Lee: a space is how such a
 * name is written, sweep S22c F2), joined by one space; a Latin run beside a Chinese name stays apart from it
 * (Jiang Chaoyu 王芳: two people). Tokens as split on spaces; the list itself when it holds no such run.
 */
function latinNames(parts: string[]): string[] {
  let out: string[] | null = null;
  for (let k = 0; k < parts.length; k++) {
    const latin = k > 0 && LATIN_WORD.test(parts[k]) && LATIN_WORD.test(parts[k - 1]);
    if (latin) {
      out ??= parts.slice(0, k);
      out[out.length - 1] += ` ${parts[k]}`;
    } else out?.push(parts[k]);
  }
  return out ?? parts;
}
/** A word of Latin letters (Chaoyu, O'Neil, Jean-Luc, J.): with a letter first, no Chinese character in it. */
const LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}\p{M}.'’-]*$/u;

/**
 * parts[from, to) (spaced tokens with no joiner among them) as names: single characters separated by spaces are
 * one name padded (王　芳), an even run of four or more two-character names one after another; a role word of
 * one character (文 潘平, 潘平 图) outside such a run is no one.
 */
function readSpaced(parts: string[], from: number, to: number, out: string[]): void {
  for (let i = from; i < to; i++) {
    if ([...parts[i]].length === 1 && i + 1 < to && [...parts[i + 1]].length === 1) {
      let end = i + 1;
      while (end + 1 < to && [...parts[end + 1]].length === 1) end++;
      const run = end - i + 1;
      if (run >= 4 && run % 2 === 0) {
        for (let k = i; k < end; k += 2) out.push(parts[k] + parts[k + 1]);
        padding = 'paired';
      } else {
        out.push(parts.slice(i, end + 1).join(''));
        if (run >= 5) padding ??= 'joined';
      }
      i = end;
    } else if (i + 1 < to && spacedSurname(parts[i], parts[i + 1])) {
      out.push(parts[i] + parts[i + 1]);
      padding ??= 'surname';
      i++;
    } else if (!isShortRole(parts[i])) out.push(parts[i]);
  }
}

/**
 * A surname typed apart from the given name (卢 军璐, 欧阳 娜娜, 司马 相如): one character that is no role word before
 * two, or a compound surname before one or two. A person has no one-character name, and a compound surname
 * alone is none (audit s38 O2: 卢 军璐 was two people, 卢 and 军璐, at half credit each).
 */
function spacedSurname(first: string, next: string): boolean {
  if (!HAN_ONLY.test(first) || !HAN_ONLY.test(next)) return false;
  const a = [...first].length;
  const b = [...next].length;
  if (a === 1) return b === 2 && !isShortRole(first) && !isShortRole(next) && !ROLES.has(next);
  return a === 2 && (b === 1 || b === 2) && COMPOUND_SURNAMES.has(first) && !ROLES.has(next);
}
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** The compound surnames of the 百家姓 still borne (欧阳 娜娜 is one person, 欧阳娜娜). */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 令狐 慕容 司徒 夏侯 长孙 尉迟 公孙 宇文 轩辕 端木 独孤 南宫 西门 百里 呼延 万俟 申屠 澹台 公冶 太史 闻人 钟离 宗政 濮阳 淳于 单于 赫连 拓跋 左丘 东郭 司空 鲜于 闾丘 子车 亓官 司寇 巫马 公西 颛孙 壤驷 公良 漆雕 乐正 宰父 谷梁 段干 东门 梁丘 羊舌 微生 公户 公玉 公仪 公仲 公上 公门 公山 公坚 左人'.split(
    ' ',
  ),
);

/** A list number before a title: 1. 1、 1） （1） (一) ① 一、, fullwidth digits too; never 1.5万 (a number). */
const LIST_MARK =
  /^(?:[0-9０-９]{1,3}\s*[.．、)）](?![0-9０-９])|[(（]\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|[\u2460-\u249b]|[一二三四五六七八九十]{1,3}\s*、)\s*/;
/** A note on the draft after a title: （报送稿）, (送审稿). */
const DRAFT_NOTE = /\s*[(（](?:报送稿|送审稿|报送件|报送版|上报稿)[)）]$/;

/**
 * A title without the list number a numbered 报送 list carries (1.峡窝镇推进网格党建) or a note on the draft
 * (…（报送稿）): neither is the piece's title, and its 录用 row is typed without them (audit s35 D6). Only a
 * title starting with a digit, a bracket, a circled number or a Chinese numeral, or ending in a bracket, is
 * read again; one that would be left with under two characters is kept.
 */
export function withoutListMark(title: string): string {
  const n = title.length;
  if (n < 3) return title;
  // Cheap tests first (titles pass here once per row): the regular expressions only for a title that may
  // hold a mark or a note, most holding neither.
  const mark = maybeListMark(title);
  const before = title.charCodeAt(n - 2);
  const end = title.charCodeAt(n - 1);
  // …稿） / …件） / …版）: the last word of every DRAFT_NOTE.
  const note =
    (end === 0x29 || end === 0xff09) && (before === 0x7a3f || before === 0x4ef6 || before === 0x7248);
  if (!mark && !note) return title;
  let bare = mark ? title.replace(LIST_MARK, '') : title;
  if (note) bare = bare.replace(DRAFT_NOTE, '');
  return bare.length >= 2 ? bare : title;
}

/** Chinese numerals a list number is written in (一 … 十). */
const CHINESE_NUMERALS = new Set(Array.from('一二三四五六七八九十', (c) => c.charCodeAt(0)));

const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/** Whether LIST_MARK may match: a bracket or circled number first, or up to three digits or Chinese numerals and a separator. */
function maybeListMark(title: string): boolean {
  const c = title.charCodeAt(0);
  if (c === 0x28 || c === 0xff08 || (c >= 0x2460 && c <= 0x249b)) return true;
  const digits = isDigit(c);
  if (!digits && !CHINESE_NUMERALS.has(c)) return false;
  for (let i = 1; i < 4 && i < title.length; i++) {
    const d = title.charCodeAt(i);
    if (digits ? isDigit(d) : CHINESE_NUMERALS.has(d)) continue;
    // . ． 、 ) ） or a space before one
    return (
      d === 0x2e || d === 0xff0e || d === 0x3001 || d === 0x29 || d === 0xff09 || d === 0x20 || d === 0x3000
    );
  }
  return false;
}

/**
 * The key that identifies a piece (篇目) within its unit: the title without spaces, punctuation,
 * book-title marks or width differences, traditional characters simplified, so 《关于…》, 关于… and 關於… are
 * the same piece (audit s33 B-F1).
 */
export function normalizeTitle(title: string): string {
  // Long text takes the plain regex route; titles a table-driven loop (CJK ideographs kept without it).
  if (title.length > 500) return normalizeTitleSlow(title);
  const buffer = TITLE_BUFFER;
  let kept = 0;
  let changed = false;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    const m = titleCode(c);
    // toLowerCase decides such a letter, and by its neighbours as typed (Σ at a word's end is ς): the
    // reference route, which lowers case before the punctuation goes.
    if (m === CASED) return normalizeTitleSlow(title);
    if (m < 0) {
      changed = true;
      continue;
    }
    if (m !== c) changed = true;
    buffer[kept++] = m;
  }
  if (!changed) return title;
  let codes = TITLE_CODES[kept];
  if (codes === undefined) {
    codes = Array.from(buffer.subarray(0, kept)); // packed, not new Array(n): apply reads that fastest
    TITLE_CODES[kept] = codes;
  }
  for (let k = 0; k < kept; k++) codes[k] = buffer[k];
  return String.fromCharCode.apply(null, codes);
}

/**
 * normalizeTitle(title)'s hash (FNV-1a over the key's code units, a 32-bit integer), made without the key: 0
 * exactly when the key is empty. The parser keeps it beside the title, read while the title is at hand;
 * only a title with a letter toLowerCase decides (or over 500 code units) has its key made.
 */
export function titleHash(title: string): number {
  const n = title.length;
  if (n > 500) return keyHash(normalizeTitle(title));
  let h = 0x811c9dc5;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    let m = title.charCodeAt(i);
    // A CJK ideograph (most of a title) is kept, simplified (組 → 组): the table only for the other code units.
    if (m >= 0x4e00 && m <= 0x9fff) m = simplifiedCode(m);
    else {
      m = TITLE_MAP[m];
      if (m < 0) {
        if (m === UNFILLED) m = fillTitlePage(title.charCodeAt(i));
        if (m === CASED) return keyHash(normalizeTitle(title));
        if (m < 0) continue;
      }
    }
    h = Math.imul(h ^ m, 0x01000193);
    kept++;
  }
  return kept === 0 ? 0 : h === 0 ? 1 : h;
}

/** titleHash of a key already made: the same code units give the same hash. */
function keyHash(key: string): number {
  if (key === '') return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h;
}

/** normalizeTitle(a) === normalizeTitle(b); the keys are made only when the titles differ as typed. */
export function sameTitleKey(a: string, b: string): boolean {
  return a === b || normalizeTitle(a) === normalizeTitle(b);
}

/** normalizeTitle's codes, and arrays of them by length (titles are at most 500 codes here), reused. */
const TITLE_BUFFER = new Uint16Array(500);
const TITLE_CODES: number[][] = [];

/** The reference form of normalizeTitle: half width, lower case, no spaces or punctuation. */
export function normalizeTitleSlow(title: string): string {
  return simplified(toHalfWidth(title))
    .toLowerCase()
    .replace(
      /[\s《》〈〉<>“”‘’"'「」『』【】()（）[\]{}.,:;!?·—\-_…、，。：；！？\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064]/g,
      '',
    );
}

/** Code unit ranges of invisible characters a title key drops (INVISIBLE's, \ufeff being whitespace already). */
const TITLE_INVISIBLE: readonly [number, number][] = [
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
];

const TITLE_PUNCTUATION = '《》〈〉<>“”‘’"\'「」『』【】()（）[]{}.,:;!?·—-_…、，。：；！？';
/** What JavaScript's \s matches. */
const WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * Per UTF-16 code unit: what normalizeTitle keeps after width and ASCII case folding; -1 = dropped, CASED = a
 * letter outside ASCII that may have case (Latin-1, Greek, Cyrillic …), kept as it is for toLowerCase to
 * decide. Filled 256 code units at a time as titles use them (UNFILLED until then): each Apps Script execution
 * starts anew.
 */
const UNFILLED = -2;
const CASED = -3;
const TITLE_MAP = new Int32Array(65_536).fill(UNFILLED);
/** Code units a title key leaves out: punctuation and whitespace. */
const TITLE_DROP = new Uint8Array(65_536);
for (const ch of TITLE_PUNCTUATION + WHITESPACE) TITLE_DROP[ch.charCodeAt(0)] = 1;
// Invisible characters (INVISIBLE's: a zero-width space copied from a web page or WeChat) leave no mark either.
for (const [from, to] of TITLE_INVISIBLE) for (let c = from; c <= to; c++) TITLE_DROP[c] = 1;

/** What a code unit keeps in a title key (TITLE_MAP; CJK ideographs themselves), its page filled on first use. */
function titleCode(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return simplifiedCode(c);
  const m = TITLE_MAP[c];
  return m === UNFILLED ? fillTitlePage(c) : m;
}

/** Fills the 256 code units around `code`; what `code` maps to. */
function fillTitlePage(code: number): number {
  const page = code >>> 8;
  for (let c = page << 8; c < (page + 1) << 8; c++) {
    const half = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
    const folded = half >= 0x41 && half <= 0x5a ? half + 0x20 : half;
    // A code unit that folds to 0x80 or above is itself (only full-width forms and A–Z fold, below 0x80).
    const letter =
      folded >= 0x80 && !(folded >= 0x3000 && folded <= 0x9fff) && !(folded >= 0xff00 && folded <= 0xffef);
    TITLE_MAP[c] =
      TITLE_DROP[c] || TITLE_DROP[half] || TITLE_DROP[folded] ? -1 : letter ? CASED : simplifiedCode(folded);
  }
  return TITLE_MAP[code];
}

/** User text quoted in a message, cut short so that one long cell cannot flood 校验 (a Sheets cell holds 50,000). */
export function brief(text: string, max = 20): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Round away float noise (0.1 + 0.2 → 0.3, -0 → 0) before a number is summed on or shown. */
export function clean(n: number): number {
  return Math.round(n * 1e6) / 1e6 + 0;
}

/** Round half up (四舍五入) to a number of decimals, stable for values like 2.675. */
export function roundHalfUp(value: number, decimals = 0): number {
  const f = 10 ** decimals;
  const scaled = value * f;
  // Beyond 2^52 a double has no fraction left to round (and scaling could overflow to Infinity).
  if (!(Math.abs(scaled) < 2 ** 52)) return Number.isFinite(value) ? value + 0 : value;
  const r = Math.sign(scaled) * Math.floor(Math.abs(scaled) + 0.5 + 1e-9);
  return r / f + 0; // + 0 turns -0 into 0
}

/**
 * The filled blocks of a progress bar `width` wide for a fraction: full only at 100 % or more, so a unit short
 * of its target never shows a full bar (198/200 is 9 of 10, not 10 as rounding gave it); below that the blocks
 * are floored, and a fraction under 0 shows none. One rule for every bar: 领导看板 and the command line's.
 */
export function barBlocks(fraction: number, width: number): number {
  const f = Number.isFinite(fraction) ? fraction : 0;
  if (f >= 1) return width;
  if (f <= 0) return 0;
  // The 1e-9 keeps a product that is whole on paper (0.7 × 10) whole in binary; still never full below 1.
  return Math.min(width - 1, Math.floor(f * width + 1e-9));
}

/** A number in a row's explanation (为什么): to 4 decimals, as score.ts and the piece phases write them. */
export function whyNumber(n: number): string {
  return String(roundHalfUp(n, 4));
}
