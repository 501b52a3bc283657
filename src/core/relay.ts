// 对口处室转报 (001 §三.9, §四.1, §六.2): who a relayed row is a submission of, and to whom.
//
// Decisions (RULES §4 "Relay share"):
// - A row with 对口处室 is the unit's submission to 区委组织部 (that is where it sent it), whatever 报送对象 says.
// - The office's submission goes to the upper department in 报送对象; when 报送对象 is empty or names
//   区委组织部 (the unit's own view) it is inferred from the adopting outlet's level (市级 → 市委组织部 …).
//   Neither → the office relayed nothing upward: no submission of its own.
import { levelRank } from './levels';
import type { LedgerRow, Level, Rules } from './types';

/** Where a 党(工)委 sends its pieces, and where the department's offices relay them. */
export const DISTRICT_DEPARTMENT = '区委组织部';

/** The upper departments (001 §四.1), by the level of the outlets they edit. */
export const UPPER_BY_LEVEL: Readonly<Partial<Record<Level, string>>> = {
  市级: '市委组织部',
  省级: '省委组织部',
  中央级: '中组部',
};

const UPPER = new Set(Object.values(UPPER_BY_LEVEL));

/** The departments by the words offices write for them (郑州市委组织部, 市组织部, 中央组织部 …). */
const DEPARTMENT_WORDS: [RegExp, string][] = [
  [/中组部|中央组织部/, '中组部'],
  [/省委?组织部/, '省委组织部'],
  [/市委?组织部/, '市委组织部'],
  [/区委?组织部/, '区委组织部'],
];

/**
 * 报送对象 as the rules name it: text naming one of the four departments (上街区委组织部, 郑州市委组织部信息科,
 * 市委组织部（信息处）, 市组织部, or the 党委 alone: 区委, 郑州市委) is that department; any other text, or text
 * naming two, stays as written.
 * The ledger and the 指标 table are read alike, so a table naming its own recipients still matches.
 */
export function canonicalRecipient(text: string): string {
  if (text === '' || text === DISTRICT_DEPARTMENT || UPPER.has(text)) return text;
  // 区委, 郑州市委, 河南省委 alone: in a 组织部's ledger, the 组织部 of that 党委.
  const party = /^[\u4e00-\u9fa5]{0,6}?([区市省])委$/.exec(text);
  if (party) return party[1] === '区' ? DISTRICT_DEPARTMENT : `${party[1]}委组织部`;
  let found = '';
  for (const [words, department] of DEPARTMENT_WORDS) {
    if (!words.test(text)) continue;
    if (found !== '') return text;
    found = department;
  }
  return found || text;
}

/**
 * Whether a row's 报送对象 is a quota's: the same text, or an office named in full (组织部研究室 and
 * 县委组织部研究室 are 研究室). The four departments are matched as canonicalRecipient reads them, never by
 * ending: 市委组织部、区委组织部 names two and counts for neither.
 */
export function sameRecipient(recipient: string, quota: string): boolean {
  if (recipient === quota) return true;
  if (quota === DISTRICT_DEPARTMENT || UPPER.has(quota) || /[、，,；;/\s]/.test(recipient)) return false;
  return recipient.length > quota.length && recipient.endsWith(quota);
}

export function isUpperDepartment(recipient: string): boolean {
  return UPPER.has(recipient);
}

/** The relaying office (对口处室) of a row, when it is not the unit itself; else ''. */
export function relayOfficeOf(row: Pick<LedgerRow, 'relayOffice' | 'unit'>): string {
  return row.relayOffice !== '' && row.relayOffice !== row.unit ? row.relayOffice : '';
}

/** The recipient the row counts toward for its own unit: 区委组织部 for a relayed row, else 报送对象. */
export function unitRecipient(row: Pick<LedgerRow, 'relayOffice' | 'unit' | 'recipient'>): string {
  return relayOfficeOf(row) !== '' ? DISTRICT_DEPARTMENT : row.recipient;
}

/**
 * The upper department the 对口处室 relayed the piece to: 报送对象 beyond 区委组织部, else the one the adopting
 * outlet's level names (an adoption, i.e. not a 报送 row). '' when the office relayed nothing upward.
 */
export function officeRecipient(row: Pick<LedgerRow, 'recipient' | 'mode'>, level: Level | null): string {
  // 报送对象 names where the piece went beyond the district (an upper department, or another office).
  if (row.recipient !== '' && row.recipient !== DISTRICT_DEPARTMENT) return row.recipient;
  if (row.mode === '报送' || level === null) return '';
  return UPPER_BY_LEVEL[level] ?? '';
}

/** The share goes to the office only for pieces adopted at 转报最低级别 or above (default 市级). */
export function earnsRelayShare(mode: LedgerRow['mode'], level: Level | null, minLevel: Level): boolean {
  return mode !== '报送' && level !== null && levelRank(level) >= levelRank(minLevel);
}

/** Per unit: the recipients its submission (报送) quotas filter by; a unit without such a quota is absent. */
export function recipientQuotas(rules: Pick<Rules, 'units' | 'indicators'>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const u of rules.units) {
    const list: string[] = [];
    for (const ind of rules.indicators) {
      if (ind.metric !== '报送' || ind.filter.recipients.length === 0) continue;
      const sub = ind.subject;
      const applies =
        sub.kind === 'everyUnit' ||
        (sub.kind === 'unitType' && (sub.unitType === '' || sub.unitType === u.type));
      if (applies) for (const r of ind.filter.recipients) if (!list.includes(r)) list.push(r);
    }
    if (list.length > 0) out.set(u.name, list);
  }
  return out;
}

const USUAL_BY_TYPE: Record<string, string> = {
  乡镇街道: DISTRICT_DEPARTMENT,
  其他党工委: DISTRICT_DEPARTMENT,
  部机关科室: '市委组织部',
};

/**
 * The recipient the entry form proposes for a unit (RULES §9): the one its submission quota counts, else
 * by type (乡镇街道 / 其他党工委 → 区委组织部; 部机关科室 → 市委组织部); '' when neither says.
 */
export function usualRecipients(rules: Pick<Rules, 'units' | 'indicators'>): Map<string, string> {
  const quotas = recipientQuotas(rules);
  const out = new Map<string, string>();
  for (const u of rules.units) {
    const r = quotas.get(u.name)?.[0] ?? USUAL_BY_TYPE[u.type] ?? '';
    if (r !== '') out.set(u.name, r);
  }
  return out;
}
