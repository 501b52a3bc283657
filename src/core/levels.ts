// 级别, 采用方式, 领导批示, 审核状态, 核定: the fixed vocabularies and their aliases.
import { aliasTable, own } from './maps';
import type { Instruction, Level, Mode, Review, Verdict } from './types';

/** Levels from lowest to highest. */
export const LEVELS: readonly Level[] = ['区县级', '市级', '省级', '中央级'];

const LEVEL_ALIASES = aliasTable<Level>(
  '区县级 区级 县级 县(市、区)级 县（市、区）级 县市区级 区县 县区级 县区 区县级媒体|市级 市 地市级 市厅级 市级媒体|' +
    '省级 省 省部级 省级媒体|中央级 国家级 中央 国家 部级 中央媒体 国家级媒体',
);

/** Rank of a level: 区县级 0 … 中央级 3. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function parseLevel(text: string): Level | null {
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
  const t = text.replace(/\s+/g, '');
  return own(MODE_ALIASES, t) ?? own(YES_NO_MODES, t) ?? null;
}

export const INSTRUCTIONS: readonly Exclude<Instruction, ''>[] = ['国家', '省', '市'];

const INSTRUCTION_ALIASES = aliasTable<Exclude<Instruction, ''>>(
  '国家 国家级 国家领导 国家领导人 党和国家领导人 中央 中央级 中央领导|' +
    '省 省级 省领导 省级领导 省委 省委领导 省政府 省政府领导 省委省政府领导|' +
    '市 市级 市领导 市级领导 市委 市委领导 市政府 市政府领导 市委市政府领导',
);
/** Written for "no bonus": none, or a 区/县 leader's instruction (001 §三.5 adds only for 国家, 省, 市). */
const NO_INSTRUCTION = new Set(
  (
    '无 没有 否 未批示 无批示 / - — －  ——' +
    ' 区 县 区级 县级 区县级 区领导 县领导 区级领导 县级领导 区委 县委 区委领导 县委领导 区政府领导 县政府领导'
  )
    .split(' ')
    .filter((w) => w !== ''),
);

/**
 * 领导批示 as offices write it: its level ('' for none, 无 or a 区/县 leader's), or null when unknown. A
 * trailing 批示 / 同志 is no part of it (省领导批示, 市委领导同志).
 */
export function parseInstruction(text: string): Instruction | null {
  const t = text
    .replace(/\s+/g, '')
    .replace(/(肯定性)?批示$/, '')
    .replace(/同志$/, '');
  if (NO_INSTRUCTION.has(t)) return '';
  return own(INSTRUCTION_ALIASES, t) ?? null;
}

export const REVIEWS: readonly Exclude<Review, ''>[] = ['待审', '编审', '复审', '终审'];

export function parseReview(text: string): Exclude<Review, ''> | null {
  const t = text.replace(/\s+/g, '').replace(/^已/, '').replace(/通过$/, '');
  return (REVIEWS as readonly string[]).includes(t) ? (t as Exclude<Review, ''>) : null;
}

export const VERDICTS: readonly Exclude<Verdict, ''>[] = ['不计分', '倒扣'];

/** 核定 written for "as scored": none, or the office's word for it. */
const NO_VERDICT = new Set(['无', '正常', '计分', '正常计分', '通过', '否', '/', '-', '—', '－', '——']);

export function parseVerdict(text: string): Verdict | null {
  const t = text.replace(/\s+/g, '');
  if (t === '不计分' || t === '不计') return '不计分';
  if (t === '倒扣' || t === '扣分') return '倒扣';
  return NO_VERDICT.has(t) ? '' : null;
}
