// Backup copies of a ledger tab (audit S27 F4): clerks duplicate 稿件台账 before a risky edit, and the copy
// holds a ledger's header and rows. Read as a second ledger it doubled every row (each marked 重复 across
// tabs). One implementation for 生成通报, 刷新领导看板, 初始化台账's formula, 录入稿件 and the command line.
//
// Decisions:
// - A name is a copy of another when, compared without spaces, in half-width and simplified characters, it
//   is that name with a copy word before or after it: Sheets' 的副本 / Copy of (and a second copy's number),
//   Excel and WPS's (2), and the names people type: _2, -2, 备份, -备份, 副本, （旧）, 备份0315, (备份).
// - A year is no copy's number: 2025年台账 and 稿件台账2025 stay year tabs (a number of one or two digits
//   after a separator or in brackets only; 稿件台账2 is left a tab of its own).
// - A copy is left out only beside its original holding a ledger's header: a copy alone is the ledger the
//   office has (read as before, with a notice), and a copy of a tab that is no ledger is no concern here.
// - Rule tabs keep their own reading (tabs.ts ruleTableKey: 单位 的副本 is 单位 when 单位 is missing).

import { simplified } from '../core/simplified';
import { toHalfWidth } from '../core/text';
import type { Notice } from '../core/types';
import { LEDGER_TAB } from './tabs';

/** A tab left out as a copy of another (`of`). */
export interface BackupTab {
  tab: string;
  of: string;
}

const key = (name: string): string => toHalfWidth(simplified(name)).replace(/\s+/g, '').toLowerCase();

// 修改前 / 原表 / 存档 / 底稿 / 备用 / old: the names an office keeps an earlier state under (audit s36 F2).
const WORD = '(?:的副本|副本|备份|拷贝|复制|修改前|原表|存档|底稿|备用|旧|原|copy|backup|bak|old)';
const SEP = '[-_—.·]';
/** A day as a snapshot's name carries it: 0315, 3.15, 3月15日 (2025 is a year: no month 20). */
const DAY = '(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])|\\d{1,2}\\.\\d{1,2}|\\d{1,2}月\\d{1,2}日?)';
/** What may follow the original's name in a copy's: 的副本, 的副本2, (2), _2, 备份0315, （旧）, 0315, 3.15. */
const AFTER = new RegExp(`^${SEP}*(?:${WORD}.*|\\((?:${WORD}.*|\\d{1,2}|${DAY})\\)|${SEP}\\d{1,2}|${DAY})$`);
/** The copy words anywhere in a name: 原台账, 旧台账, 台账备份 are copies of 稿件台账 (its last word 台账). */
const WORDS = new RegExp(`${WORD}|[()]`, 'g');
/** Separators at a name's ends, once the copy words are taken out (原-台账 → 台账). */
const SEP_ENDS = new RegExp(`^${SEP}+|${SEP}+$`, 'g');
/** What may precede it: Copy of, 副本-, 备份_. */
const BEFORE = new RegExp(`^(?:copyof|${WORD}${SEP}*)$`);

/** `name` is a backup copy of `original` (稿件台账 的副本, Copy of 稿件台账, 稿件台账 (2) of 稿件台账). */
export function isBackupName(name: string, original: string): boolean {
  const n = key(name);
  const o = key(original);
  if (o === '' || n === o) return false;
  for (let at = n.indexOf(o); at >= 0; at = n.indexOf(o, at + 1)) {
    const before = n.slice(0, at);
    const after = n.slice(at + o.length);
    if ((before === '' || BEFORE.test(before)) && (after === '' || AFTER.test(after))) return true;
  }
  // A copy word with the original's last word only (原台账, 台账备份 beside 稿件台账).
  const bare = n.replace(WORDS, '').replace(SEP_ENDS, '');
  // A name of copy words alone (备份, 旧, 原表) is a copy of the ledger beside it.
  return bare !== n && (bare === '' || (bare.length >= 2 && bare !== o && o.endsWith(bare)));
}

/**
 * `tabs` (the ledger first, then the tabs read with it) without the copies of another of them; `isLedger`
 * says whether a tab holds a ledger's header, asked only of a copy's name and its original's.
 */
export function withoutBackups(
  tabs: readonly string[],
  isLedger: (tab: string) => boolean,
): { tabs: string[]; backups: BackupTab[] } {
  const backups: BackupTab[] = [];
  const kept = tabs.filter((tab) => {
    const of = tabs.find((o) => o !== tab && isBackupName(tab, o));
    if (of === undefined || !isLedger(tab) || !isLedger(of)) return true;
    backups.push({ tab, of });
    return false;
  });
  // The original of a copy left out is itself kept (稿件台账 的副本 的副本 beside 稿件台账 的副本 beside 稿件台账).
  return { tabs: kept, backups };
}

/** The notice for a copy left out (生成通报, 刷新领导看板, the command line). */
export function backupNotice(b: BackupTab): Notice {
  return {
    code: 'backup-tab',
    tab: b.tab,
    message: `「${b.tab}」是「${b.of}」的副本，未计入通报；如它另有稿件，请把这些行移到「${b.of}」`,
  };
}

/** The notice for a ledger read from a tab named as 稿件台账's copy, 稿件台账 itself missing; null otherwise. */
export function loneBackupNotice(tab: string, names: readonly string[]): Notice | null {
  if (!isBackupName(tab, LEDGER_TAB) || names.some((n) => key(n) === key(LEDGER_TAB))) return null;
  return {
    code: 'backup-tab-alone',
    tab,
    message: `台账从「${tab}」表读取：工作簿中没有「${LEDGER_TAB}」表，该表像是它的副本；如这就是台账，可把它改名为「${LEDGER_TAB}」`,
  };
}
