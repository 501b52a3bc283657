// 级别, 采用方式, 领导批示, 审核状态, 核定: the fixed vocabularies and their aliases.
import { aliasTable, own } from './maps';
import { simplified } from './simplified';
import type { Instruction, Level, Mode, Review, Verdict } from './types';

/** Levels from lowest to highest. */
export const LEVELS: readonly Level[] = ['区县级', '市级', '省级', '中央级'];

const LEVEL_ALIASES = aliasTable<Level>(
  '区县级 区级 县级 县(市、区)级 县（市、区）级 县市区级 区县 县区级 县区 区县级媒体 区县媒体 县区级媒体 区级媒体 县级媒体|' +
    '市级 市 地市级 市厅级 市级媒体 市媒体 地市级媒体|省级 省 省部级 省级媒体 省媒体 省部级媒体|' +
    '中央级 国家级 中央 国家 部级 中央媒体 国家级媒体 中央级媒体 国家媒体',
);

/** Rank of a level: 区县级 0 … 中央级 3. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function parseLevel(text: string): Level | null {
  text = simplified(text); // 錄用, 中央級: traditional characters read as simplified
  return own(LEVEL_ALIASES, text.replace(/\s+/g, '')) ?? null;
}

export const MODES: readonly Mode[] = ['录用', '综合', '报送'];

const MODE_ALIASES = aliasTable<Mode>(
  '录用 采用 全文录用 全文采用 刊发 已录用 已采用 刊用 刊登 发表 播发 播出|综合 综合采用 综合录用 部分采用|' +
    '报送 上报 报送未用 已报送 已上报 未录用 未采用 报送未采用',
);
/** 是 / 否, as a 是否录用 column says it. */
// A 是否录用 column: 是/否, a tick, or a checkbox (Sheets and Excel hand TRUE/FALSE over).
const YES_NO_MODES = aliasTable<Mode>('录用 是 √ ✓ ✔ TRUE true|报送 否 × ✗ ✘ FALSE false');

export function parseMode(text: string): Mode | null {
  text = simplified(text); // 錄用, 中央級: traditional characters read as simplified
  const t = text.replace(/\s+/g, '');
  return own(MODE_ALIASES, t) ?? own(YES_NO_MODES, t) ?? null;
}

export const INSTRUCTIONS: readonly Exclude<Instruction, ''>[] = ['国家', '省', '市', '区县'];

const INSTRUCTION_ALIASES = aliasTable<Exclude<Instruction, ''>>(
  '国家 国家级 国家领导 国家领导人 党和国家领导人 中央 中央级 中央领导|' +
    '省 省级 省领导 省级领导 省委 省委领导 省政府 省政府领导 省委省政府领导|' +
    '市 市级 市领导 市级领导 市委 市委领导 市政府 市政府领导 市委市政府领导|' +
    '区县 区 县 区县级 县区 县区级 区级 县级 区领导 县领导 区级领导 县级领导 区委 县委 区委领导 县委领导 ' +
    '区政府 县政府 区政府领导 县政府领导 区委区政府领导 县委县政府领导 旗 旗级 旗领导',
);
/** Written for "no instruction". A 区/县 leader's is 区县 (001 §三.5 adds only for 国家, 省, 市; seed 003 a 县委领导's). */
const NO_INSTRUCTION = new Set('无 没有 否 未批示 无批示 / - — －  ——'.split(' ').filter((w) => w !== ''));

/**
 * 领导批示 as offices write it: its level ('' for none or 无; 区县 for a 区/县 leader's), or null when unknown. A
 * trailing 批示 / 同志, bracketed or not, is no part of it (省领导批示, 市委书记（批示）, 市委领导同志).
 */
export function parseInstruction(text: string): Instruction | null {
  text = simplified(text); // 錄用, 中央級: traditional characters read as simplified
  const bare = text.replace(/\s+/g, '');
  const t = bare.replace(/[（(](肯定性)?批示[)）]$|(肯定性)?批示$/, '').replace(/同志$/, '');
  if (NO_INSTRUCTION.has(t)) return '';
  const known = own(INSTRUCTION_ALIASES, t);
  if (known !== undefined) return known;
  // A leader who read it (圈阅, 审阅, 阅知), or a piece sent up (呈, 报送) or awaiting one (未批示, 待批示): no
  // instruction, whatever title it names; unread, the row's 校验 says so (audit s37 J1: each paid the bonus).
  if (NOT_INSTRUCTED.test(bare)) return null;
  return byTitle(t);
}

/**
 * Words saying a leader read a piece, or that it was only sent up or awaits an instruction. 批阅, 阅批 and 阅示
 * (read and wrote on it) are instructions.
 */
const NOT_INSTRUCTED =
  /(?<!批)阅(?![批示])|知悉|关注|过目|看过|未批|待批|拟批|请示|请求|^(?:呈|报|送|拟报|已报|转报|上报|报送)/;

/**
 * A leader's title as offices type it (audit S24a F3), by level; 区县 for a 区/县/旗 leader's (paid only where
 * 「加分」 has a 区县 row). Titles of other bodies (人民日报社长, 部长 alone) are none of these.
 */
const TITLES: Readonly<Record<Exclude<Instruction, ''>, string>> = {
  国家: '总书记 国家主席 国家副主席 国务院领导 国务院总理 总理 副总理 国务委员 中央领导 国家领导 党和国家领导 中央政治局 政治局常委 政治局委员 中央书记处书记 全国人大常委会委员长 全国政协主席',
  省: '省委书记 省委副书记 省委常委 省长 副省长 省人大常委会主任 省人大常委会副主任 省政协主席 省政协副主席 自治区主席 自治区政府主席 自治区党委书记 自治区党委副书记 自治区党委常委 省委主要领导 省委领导 省政府领导 省委省政府领导 省级领导 省领导',
  市: '市委书记 市委副书记 市委常委 市长 副市长 市人大常委会主任 市政协主席 市委主要领导 市委领导 市政府领导 市委市政府领导 市级领导 市领导 州委书记 州委副书记 州委常委 州长 副州长 盟委书记 盟长',
  区县: '县委书记 县委副书记 县委常委 县长 副县长 区委书记 区委副书记 区委常委 区长 副区长 旗委书记 旗委副书记 旗长 县委主要领导 区委主要领导 旗委主要领导 县委领导 区委领导 县政府领导 区政府领导 县级领导 区级领导 县领导 区领导 旗领导',
};
const TITLE_LEVEL = new Map<string, Instruction>(
  Object.entries(TITLES).flatMap(([level, words]) => words.split(' ').map((w) => [w, level as Instruction])),
);
/** Longest first: 副省长 before 省长, 国务院总理 before 总理. */
const TITLE = new RegExp([...TITLE_LEVEL.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
/** A province's name before one of its cities (湖南省 before 长沙市, 广西壮族自治区 before 南宁市). */
const CITY_IN_PROVINCE = /^[\u4e00-\u9fa5]{1,8}?(?:省|自治区)(?=[\u4e00-\u9fa5]{1,5}?[市州盟])/;
/** A 直辖市 (北京市委书记 is 省) or an 自治区 (广西自治区委书记) before a 市 / 区 title. */
const PROVINCIAL_PLACE = /(?:北京|上海|天津|重庆)市?$|自治$/;

/**
 * A leader's second post after a title (省委常委、组织部长, 市委常委、秘书长): the same leader, no level of its own.
 * Tried where a title ends (sticky).
 */
const SECOND_POST =
  /[、，,和及]?(?:(?:组织|宣传|统战)部部?长|(?:副)?秘书长|政法委书记|纪委书记|(?:纪委)?监委主任)/y;
/** Highest first: a piece takes its highest instruction (RULES §4). */
const INSTRUCTION_RANK: Readonly<Record<Instruction, number>> = { 国家: 4, 省: 3, 市: 2, 区县: 1, '': 0 };

/**
 * The level of the titles in a 领导批示 (省委书记王某, 王某省长, 长河市委书记, 北京市委书记 → 省), the rest being a
 * place (at most 6 characters), a title's second post (省委常委、组织部长) or a person's name (at most 4); the
 * highest when leaders of two levels are named (副省长王某、市委书记李某 → 省); null when none is found or when
 * more than a name is left.
 */
function byTitle(typed: string): Instruction | null {
  if (typed.length > 24 || !/^[\u4e00-\u9fa5、，,]+$/.test(typed)) return null;
  // A province named before its city (湖南省长沙市委书记, 吉林省长春市长): its 省 and the city's first character
  // are no 省长 (sweep s24r F6).
  const t = typed.replace(CITY_IN_PROVINCE, '');
  let found: Instruction | null = null;
  let last = 0;
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(t); m !== null; m = TITLE.exec(t)) {
    const gap = t.slice(last, m.index).replace(/^[、，,和及与]|^中共/, '');
    // A place before the first (新疆维吾尔自治区主席, 中共长河市委书记), a name elsewhere (省委书记王某、省长李某).
    if (gap.length > (last === 0 ? 6 : 4)) return null;
    let level = TITLE_LEVEL.get(m[0]) as Instruction;
    if ((level === '市' || (level === '区县' && m[0].startsWith('区'))) && PROVINCIAL_PLACE.test(gap))
      level = '省';
    if (found === null || INSTRUCTION_RANK[level] > INSTRUCTION_RANK[found]) found = level;
    last = m.index + m[0].length;
    SECOND_POST.lastIndex = last;
    if (SECOND_POST.test(t)) last = SECOND_POST.lastIndex;
    TITLE.lastIndex = last;
  }
  if (found === null || t.length - last > 4) return null;
  return found;
}

export const REVIEWS: readonly Exclude<Review, ''>[] = ['待审', '编审', '复审', '终审'];

export function parseReview(text: string): Exclude<Review, ''> | null {
  text = simplified(text); // 錄用, 中央級: traditional characters read as simplified
  const t = text.replace(/\s+/g, '').replace(/^已/, '').replace(/通过$/, '');
  return (REVIEWS as readonly string[]).includes(t) ? (t as Exclude<Review, ''>) : null;
}

export const VERDICTS: readonly Exclude<Verdict, ''>[] = ['不计分', '倒扣'];

/** 核定 written for "as scored": none, or the office's word for it. */
const NO_VERDICT = new Set([
  '无',
  '正常',
  '计分',
  '正常计分',
  '通过',
  // Not 否: in 核定 (核定结果, 认定结果) it says the row does not stand, as 不计分 or ×; unread, it holds the row and
  // says so (audit s37 J2: it scored in full, as 是 does).
  '/',
  '-',
  '—',
  '－',
  '——',
  // A reviewer's mark that the row stands (audit s33 A: 合格, 同意, √ scored the row 0 as unreadable).
  '合格',
  '同意',
  '有效',
  '是',
  '√',
  '✓',
  '✔',
  '审核通过',
  '核定通过',
  '已核定',
]);

const VOID_WORDS = new Set([
  '不计分',
  '不计',
  '不予计分',
  '不予计',
  '不计积分',
  '不予积分',
  '无效',
  '不合格',
  '不通过',
]);
const PENALTY_WORDS = new Set(['倒扣', '扣分']);

/**
 * 核定's word and the reason an office gives after it, in brackets or after a colon: 不计分（非组织工作范畴）,
 * 不计分：重复报送, 倒扣(抄袭). Only 不计分 and 倒扣 take a reason; reason '' when none is given. The word may
 * say 核定 too (核定倒扣：抄袭), and a reason that repeats the verdict (倒扣（核定倒扣：抄袭）) is its rest (抄袭):
 * 校验 says 核定倒扣 once (sweep s28a A3).
 */
export function verdictParts(text: string): { verdict: Verdict | null; reason: string } {
  const t = simplified(text).replace(/\s+/g, ''); // 錄用, 中央級: traditional characters read as simplified
  const word = (w: string): Verdict | null => {
    const bare = w.startsWith('核定') ? w.slice(2) : w;
    if (VOID_WORDS.has(bare)) return '不计分';
    if (PENALTY_WORDS.has(bare)) return '倒扣';
    return NO_VERDICT.has(w) ? '' : null;
  };
  const m = /^([^(（:：]+?)(?:[(（](.+)[)）]|[:：](.+))$/.exec(t);
  if (m !== null) {
    const verdict = word(m[1]);
    if (verdict === '不计分' || verdict === '倒扣')
      return { verdict, reason: ownReason(verdict, m[2] ?? m[3]) };
  }
  return { verdict: word(t), reason: '' };
}

/**
 * A reason less the verdict it repeats: 核定倒扣：抄袭, 倒扣:抄袭, 核定倒扣抄袭 and 核定倒扣（抄袭） are 抄袭 under
 * 倒扣 (a word alone is taken off only after 核定 or before a colon or bracket: 扣分标准 stays).
 */
function ownReason(verdict: Verdict, reason: string): string {
  const words = [...(verdict === '倒扣' ? PENALTY_WORDS : VOID_WORDS)].sort((a, b) => b.length - a.length);
  let r = reason.trim();
  for (;;) {
    const m = /^(核定)?([^(（:：]+?)(?:[(（](.+)[)）]|[:：](.*))$/.exec(r);
    let next = r;
    if (m !== null && words.includes(m[2])) next = (m[3] ?? m[4]).trim();
    else if (r.startsWith('核定')) {
      const w = words.find((x) => r.startsWith(x, 2));
      if (w !== undefined) next = r.slice(2 + w.length).trim();
    }
    if (next === r || next === '') return next; // 倒扣（核定倒扣）: no reason of its own
    r = next;
  }
}

export function parseVerdict(text: string): Verdict | null {
  return verdictParts(text).verdict;
}
