// 对口处室转报 (001 §三.9, §四.1, §六.2): who a relayed row is a submission of, and to whom; and which
// department a 报送对象 names, seen from the office's own department (本级组织部).
//
// Decisions (RULES §4 "Relay share"):
// - A row with 对口处室 is the unit's submission to the office's own department (that is where it sent it),
//   whatever 报送对象 says. The own department is 设置 本级组织部, else the one 发文机关 names, else the
//   县/旗 department the 党(工)委's 报送 quotas name, else 区委组织部 (the 上街区 of seed 001).
// - The office's submission goes to the upper department in 报送对象; when 报送对象 is empty or names the own
//   department (the unit's own view) it is inferred from the adopting outlet's level (市级 → 市委组织部 …).
//   Neither → the office relayed nothing upward: no submission of its own.
// - Departments are keys: the own one is X委组织部 by its level word (区委组织部, 县委组织部, 旗委组织部), so
//   临县县委组织部, 中共临县县委组织部 and 县委 are all 县委组织部 in a county. A county-level city's own is
//   市委组织部, as its own documents write it (津市市委组织部, or 市委组织部 alone); another city's
//   (常德市委组织部) is then 上级市委组织部, the prefecture. Elsewhere a prefecture's is 市委组织部.
import { levelRank } from './levels';
import type { Indicator, LedgerRow, Level, Rules } from './types';

/** The own department when nothing names another: 上街区's (seed 001), as the presets assume. */
export const DISTRICT_DEPARTMENT = '区委组织部';

/** The upper departments (001 §四.1), by the level of the outlets they edit, seen from a 区/县/旗. */
export const UPPER_BY_LEVEL: Readonly<Partial<Record<Level, string>>> = {
  市级: '市委组织部',
  省级: '省委组织部',
  中央级: '中组部',
};

/** The prefecture's department as a county-level city's office names it (its own is 市委组织部). */
const PREFECTURE_OF_CITY = '上级市委组织部';

const UPPER = new Set(Object.values(UPPER_BY_LEVEL));

/** Keys that are departments: a quota naming one matches that key only (sameRecipient). */
const DEPARTMENT_KEYS = new Set([DISTRICT_DEPARTMENT, PREFECTURE_OF_CITY, ...UPPER]);

/** A level word and the 组织部 after it: 县委组织部, 旗组织部, 区委组织部 …, found anywhere in a text. */
const LOCAL_WORDS = /([区县旗市])委?组织部/g;
/** The 党委 alone: 区委, 郑州市委, 临县县委 (in a 组织部's ledger, the 组织部 of that 党委). */
const PARTY_ALONE = /^([\u4e00-\u9fa5]{0,6}?)([区县旗市省])委$/;
/** An own department's name: what comes before its level word (临县, 津市, 上街) and the word. */
const OWN_NAME = /^(.*?)([区县旗市])(?:委|党工委|工委)?组织部$/;

/** Where a recipient text is ambiguous or names no department, it stays as written. */
export interface Department {
  /** The key of the own department: 区委组织部, 县委组织部, 旗委组织部, 市委组织部, or a name with no level word. */
  key: string;
  /** The name the setting or 发文机关 gives (临县县委组织部), else the key. */
  name: string;
  /** The upper department for each level above the office: 市级 → 市委组织部 (上级市委组织部 from a city). */
  upper: Readonly<Partial<Record<Level, string>>>;
  /** 报送对象 (of the ledger or of 指标) as this office's rules name it; remembered per text. */
  canonical(text: string): string;
}

/** The own department named `name` (临县县委组织部, 中共津市市委组织部, 县委组织部, 区委组织部 …). */
export function department(name: string): Department {
  const bare = name.replace(/\s+/g, '').replace(/^中共/, '');
  const m = OWN_NAME.exec(bare);
  const place = m ? m[1] : '';
  const word = m ? m[2] : '';
  const key = word !== '' ? `${word}委组织部` : bare;
  const upper = word === '市' ? { ...UPPER_BY_LEVEL, 市级: PREFECTURE_OF_CITY } : UPPER_BY_LEVEL;
  /** The key of a level word met after `before` in a text; null when it names no department of ours. */
  const keyOf = (level: string, before: string): string | null => {
    if (level === '省') return '省委组织部';
    if (level === word) {
      // In a city, 市委组织部 alone (or after its own name) is the own; another city's is the prefecture.
      if (word !== '市' || before === '' || before === place) return key;
      return PREFECTURE_OF_CITY;
    }
    if (level === '市') return '市委组织部';
    if (level === '区') return DISTRICT_DEPARTMENT;
    return null; // 县 or 旗 under another office's rules: stays as written
  };
  const read = (text: string): string => {
    if (text === '' || text === key || text === upper.市级 || UPPER.has(text)) return text;
    const t = text.replace(/^中共/, '');
    if (t === bare) return key;
    // The own department by its own name: 临县县委, 津市组织部, 上街区委组织部信息科.
    if (place !== '' && t.startsWith(place)) {
      const rest = t.slice(place.length);
      if (rest === '组织部' || rest === '委' || read(rest) === key) return key;
    }
    const party = PARTY_ALONE.exec(t);
    if (party) return keyOf(party[2], party[1]) ?? text;
    const found = new Set<string>();
    if (/中组部|中央组织部/.test(t)) found.add('中组部');
    if (/省委?组织部/.test(t)) found.add('省委组织部');
    for (const local of t.matchAll(LOCAL_WORDS)) {
      const k = keyOf(local[1], t.slice(0, local.index));
      if (k !== null) found.add(k);
    }
    // Two departments named (市委组织部、区委组织部): neither.
    return found.size === 1 ? [...found][0] : text;
  };
  const memo = new Map<string, string>();
  return {
    key,
    name: bare || key,
    upper,
    canonical(text) {
      let v = memo.get(text);
      if (v === undefined) {
        v = read(text);
        if (memo.size < 4096) memo.set(text, v);
      }
      return v;
    },
  };
}

/** The own department when nothing names another. */
export const DEFAULT_DEPARTMENT = department(DISTRICT_DEPARTMENT);

/**
 * 报送对象 as a 区 office's rules name it: text naming one of the four departments (上街区委组织部,
 * 郑州市委组织部信息科, 市委组织部（信息处）, 市组织部, or the 党委 alone: 区委, 郑州市委) is that department;
 * any other text, or text naming two, stays as written. Other offices: departmentOf(rules).canonical.
 */
export function canonicalRecipient(text: string): string {
  return DEFAULT_DEPARTMENT.canonical(text);
}

/** Where the own department was found, for the notice that says what was assumed. */
export type DepartmentSource =
  | { from: '设置' | '默认' }
  | { from: '发文机关'; text: string }
  | { from: '指标'; text: string; row: number };

/** The 党(工)委 (not a 部机关科室) a quota applies to: their 报送 quotas name the own department. */
function partyQuota(i: Indicator): boolean {
  const sub = i?.subject;
  return (
    i.metric === '报送' && sub?.kind === 'unitType' && sub.unitType !== '' && sub.unitType !== '部机关科室'
  );
}

/** The own department of the rules, and what it was taken from (see the file's Decisions). */
export function findDepartment(rules: Pick<Rules, 'indicators' | 'settings'>): {
  department: Department;
  source: DepartmentSource;
} {
  // Hand-built rules may lack any of these: missing reads as blank.
  const own = text(rules?.settings?.ownDepartment);
  if (own !== '') return { department: cached(own), source: { from: '设置' } };
  const issuer = text(rules?.settings?.issuer).replace(/\s+/g, '').replace(/^中共/, '');
  if (OWN_NAME.test(issuer))
    return { department: cached(issuer), source: { from: '发文机关', text: text(rules.settings.issuer) } };
  // A county's quotas say 县委组织部 (旗委组织部); a 区's and a city's say what the default already reads.
  const named = new Map<string, { text: string; row: number }>();
  for (const i of Array.isArray(rules?.indicators) ? rules.indicators : []) {
    if (!partyQuota(i)) continue;
    for (const r of i.filter?.recipients ?? []) {
      const m = /([县旗])(?:委|党工委|工委)?组织部$/.exec(r);
      if (m && !named.has(m[1])) named.set(m[1], { text: r, row: i.sourceRow ?? 0 });
    }
  }
  if (named.size === 1) {
    const [word, at] = [...named][0];
    return { department: cached(`${word}委组织部`), source: { from: '指标', ...at } };
  }
  return { department: DEFAULT_DEPARTMENT, source: { from: '默认' } };
}

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

const known = new Map<string, Department>([[DISTRICT_DEPARTMENT, DEFAULT_DEPARTMENT]]);
function cached(name: string): Department {
  let d = known.get(name);
  if (d === undefined) {
    d = department(name);
    if (known.size < 64) known.set(name, d);
  }
  return d;
}

/** The own department of the rules (findDepartment without its source). */
export function departmentOf(rules: Pick<Rules, 'indicators' | 'settings'>): Department {
  return findDepartment(rules).department;
}

/**
 * Whether a row's 报送对象 is a quota's: the same text, or an office named in full (组织部研究室 and
 * 县委组织部研究室 are 研究室). The departments are matched as Department.canonical reads them, never by
 * ending: 市委组织部、区委组织部 names two and counts for neither.
 */
export function sameRecipient(recipient: string, quota: string): boolean {
  if (recipient === quota) return true;
  if (DEPARTMENT_KEYS.has(quota) || /[、，,；;/\s]/.test(recipient)) return false;
  return recipient.length > quota.length && recipient.endsWith(quota);
}

/** Whether a recipient (as `dept` reads it) is a department above the office's own. */
export function isUpperDepartment(recipient: string, dept: Department = DEFAULT_DEPARTMENT): boolean {
  const r = dept.canonical(recipient);
  return r !== dept.key && (r === dept.upper.市级 || UPPER.has(r));
}

/** The relaying office (对口处室) of a row, when it is not the unit itself; else ''. */
export function relayOfficeOf(row: Pick<LedgerRow, 'relayOffice' | 'unit'>): string {
  return row.relayOffice !== '' && row.relayOffice !== row.unit ? row.relayOffice : '';
}

/** The recipient the row counts toward for its own unit: the own department for a relayed row, else 报送对象. */
export function unitRecipient(
  row: Pick<LedgerRow, 'relayOffice' | 'unit' | 'recipient'>,
  dept: Department = DEFAULT_DEPARTMENT,
): string {
  return relayOfficeOf(row) !== '' ? dept.key : dept.canonical(row.recipient);
}

/**
 * The upper department the 对口处室 relayed the piece to: 报送对象 beyond the own department, else the one the
 * adopting outlet's level names (an adoption, i.e. not a 报送 row). '' when the office relayed nothing upward.
 */
export function officeRecipient(
  row: Pick<LedgerRow, 'recipient' | 'mode'>,
  level: Level | null,
  dept: Department = DEFAULT_DEPARTMENT,
): string {
  // 报送对象 names where the piece went beyond the office's own department (an upper one, or another office).
  const named = dept.canonical(row.recipient);
  if (named !== '' && named !== dept.key) return named;
  if (row.mode === '报送' || level === null) return '';
  return dept.upper[level] ?? '';
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

/**
 * The recipient the entry form proposes for a unit (RULES §9): the one its submission quota counts, else
 * by type (乡镇街道 / 其他党工委 → the own department, 区委组织部 by default; 部机关科室 → 市委组织部); '' when
 * neither says.
 */
export function usualRecipients(
  rules: Pick<Rules, 'units' | 'indicators' | 'settings'>,
): Map<string, string> {
  const quotas = recipientQuotas(rules);
  const dept = departmentOf(rules);
  const byType: Record<string, string> = {
    乡镇街道: dept.key,
    其他党工委: dept.key,
    部机关科室: dept.upper.市级 ?? '',
  };
  const out = new Map<string, string>();
  for (const u of rules.units) {
    const r = quotas.get(u.name)?.[0] ?? byType[u.type] ?? '';
    if (r !== '') out.set(u.name, r);
  }
  return out;
}

/**
 * What a 报送对象 dropdown offers (the ledger's, the entry form's): the office's own department, the upper
 * ones, then every other recipient a 指标 quota names (研究室 …). A 县 office is not offered 区委组织部.
 */
export function recipientChoices(rules: Pick<Rules, 'indicators' | 'settings'>): string[] {
  const dept = departmentOf(rules);
  const out = [dept.key];
  for (const level of ['市级', '省级', '中央级'] as const) {
    const upper = dept.upper[level];
    if (upper !== undefined && !out.includes(upper)) out.push(upper);
  }
  for (const ind of Array.isArray(rules?.indicators) ? rules.indicators : []) {
    for (const r of ind.filter?.recipients ?? []) {
      if (r !== '' && !out.includes(r) && !out.includes(dept.canonical(r))) out.push(r);
    }
  }
  return out;
}
