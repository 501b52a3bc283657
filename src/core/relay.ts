// 对口处室转报 (001 §三.9, §四.1, §六.2): who a relayed row is a submission of, and to whom; and which
// department a 报送对象 names, seen from the office's own department (本级组织部).
//
// Decisions (RULES §4 "Relay share"):
// - A row with 对口处室 is the unit's submission to the office's own department (that is where it sent it),
//   whatever 报送对象 says; when 报送对象 names an office of that department (ownOffice: 研究室, 信息科, the
//   row's 对口处室, a 部机关科室 of 单位, 组织部研究室, 县委组织部研究室 in a county), to the department as the unit
//   addressed it, 区委组织部研究室, which counts toward a quota naming the office and one naming the
//   department (RULES §4; 004's 每月向研究室报送 counts a piece the 研究室 relayed).
// - The own department is 设置 本级组织部, else the one 发文机关 names, else the 县/旗 department the
//   党(工)委's 报送 quotas name, else 市委组织部 when they name that and no 区/县/旗 one, else 区委组织部 (the
//   上街区 of seed 001). A 本级组织部 or 发文机关 no level word can be read from (临县, 组工办) is passed
//   over, never used as typed (rules/read.ts ownDepartment says so).
// - The name is read in the forms offices write: 中共临县委员会组织部, 临县党委组织部, 临县县委 (the 党委 alone),
//   临县县委组织部信息科 or （办公室） after it. Its place is the innermost one: 中共常德市津市市委组织部 and
//   湖南省津市市委组织部 are 津市's, 中共山西省吕梁市委组织部 吕梁's.
// - The office's submission goes to the upper department in 报送对象; when 报送对象 is empty or names the own
//   department or an office of it (the unit's own view) it is inferred from the adopting outlet's level
//   (市级 → 市委组织部 …), never the office itself. Neither → the office relayed nothing upward: no
//   submission of its own.
// - Departments are keys: the own one is X委组织部 by its level word (区委组织部, 县委组织部, 旗委组织部), so
//   临县县委组织部, 中共临县县委组织部 and 县委 are all 县委组织部 in a county.
// - A 市 department is a county-level city's (津市) or a prefecture's (吕梁市), and the name rarely tells:
//   孝义市委组织部 (county-level, in 吕梁) is written like 吕梁市委组织部. So (cityTier): a bracket says it
//   (吕梁市委组织部（地级）/（县级）); a place ending in 市 (津市市委组织部) is county-level; else the rules do: a
//   单位 that is a 区/县/旗 department (临县县委组织部, type 县市区) means a prefecture, a 乡镇街道 unit or a
//   部机关科室 quota naming another city's 市委组织部 a county-level city. Neither or both: county-level, as before,
//   with a note saying how to write a prefecture.
//   - County-level: its own is 市委组织部, as its own documents write it (津市市委组织部, or 市委组织部 alone);
//     another city's (常德市委组织部) is 上级市委组织部, the prefecture, where its 市级 outlets' pieces go.
//   - Prefecture: 市委组织部 (its own name, or any when its name is not given) is its own; 市级 outlets are its
//     own level (a 市级 adoption is no upward submission); its upper departments are 省委组织部 and 中组部.
//   Elsewhere (a 区/县/旗 office) a prefecture's is 市委组织部.
// - A province (南岭省委组织部, 省委组织部, 中共南岭省委员会组织部, 南岭省委, an 自治区's 广西壮族自治区党委组织部, and a
//   直辖市's 北京市委组织部, which is 省级) is read as a prefecture is: its own is 省委组织部 (a 直辖市's 市委组织部 too);
//   省级 outlets are its own level; its upper department is 中组部.
import { levelRank } from './levels';
import { simplified } from './simplified';
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

/**
 * A 组织部 with the 党委 it belongs to after it, in brackets or not: 组织部（市委）, 组织部(省委), 组织部（市委组织部）,
 * 组织部 市委, 组织部（中组部）. Group 1: what comes before 组织部 (mostly nothing); group 2: the 党委.
 */
const PARTY_AFTER =
  /^(.*?)组织部\s*[（(\-—–－~～:：·・]?\s*((?:中共)?[\u4e00-\u9fa5]{0,12}?(?:[区县旗市省]委|自治区党委)(?:组织部)?|中组部|中央组织部|中央)\s*(?:[）)]\s*(.*))?$/;
/**
 * A 组织部 with another body of a 党委 after it: 组织部（市委办）, 组织部（市委宣传部）, 组织部-区委办公室. Not the 组织部 nor
 * an office of it: read as written (another recipient).
 */
const OTHER_BODY_AFTER =
  /^.*?组织部\s*[（(\-—–－~～:：·・]\s*(?:中共)?[\u4e00-\u9fa5]{0,12}?(?:[区县旗市省]委|自治区党委)(?!组织部)[\u4e00-\u9fa5]+\s*[）)]?$/;
/** A 党委 (or its 组织部) named where an office would be: 市委, 郑州市委, 省委组织部, 中组部 — never an office. */
const PARTY_NAME =
  /^(?:中共)?[\u4e00-\u9fa5]{0,12}?(?:[区县旗市省]委|自治区党委)(?:组织部)?$|^(?:中组部|中央组织部|中央)$/;

/** A level word and the 组织部 after it: 县委组织部, 旗组织部, 区委组织部 …, found anywhere in a text. */
const LOCAL_WORDS = /([区县旗市])委?组织部/g;
/** The 党委 alone: 区委, 郑州市委, 临县县委 (in a 组织部's ledger, the 组织部 of that 党委). */
const PARTY_ALONE = /^([\u4e00-\u9fa5]{0,12}?)([区县旗市省])委$/;
/** An own department's name: what comes before its level word (临县, 津市, 上街, 南岭) and the word. */
const OWN_NAME = /^(.*?)([区县旗市省])(?:委|党工委|工委)?组织部$/;
/** The 直辖市, whose 市委组织部 is 省级. */
const MUNICIPALITIES = new Set(['北京', '上海', '天津', '重庆']);
/** The places around the innermost one: 山西省, 内蒙古自治区, 常德市, 恩施土家族苗族自治州 … */
const OUTER_PLACE = /^.+?(?:省|自治区|市|自治州|盟|地区)/;

/** A city's tier (only for a 市 department): 县级 (津市, under 常德市) or 地级 (吕梁市, over 县/区). */
export type CityTier = '县级' | '地级';

/** An own department's name as read: 临县县委组织部 → place 临县, word 县. */
interface OwnName {
  /** The name without spaces, 中共, 委员会 (→ 委), a trailing 科室 or bracket: 临县委组织部. */
  bare: string;
  /** The innermost place before the level word: 津市 in 中共常德市津市市委组织部, 吕梁 in 山西省吕梁市委组织部. */
  place: string;
  /** 区县旗市, or 省 for a province, an 自治区 (广西壮族自治区党委组织部) and a 直辖市 (北京市委组织部). */
  word: string;
  /** A 直辖市 (北京市委组织部): 省级, and its own 市委组织部 is itself. */
  municipality: boolean;
  /** What a bracket after the name says: 县级 / 地级 (吕梁市委组织部（地级）), else ''. */
  tier: CityTier | '';
}

/** The innermost place: 常德市津市 → 津市, 山西省吕梁 → 吕梁, 吕梁市临县 → 临县; 津市 stays 津市. */
function innermost(place: string): string {
  let p = place;
  for (;;) {
    const m = OUTER_PLACE.exec(p);
    if (m === null || m[0].length === p.length) return p;
    p = p.slice(m[0].length);
  }
}

/**
 * The own department a 设置 text names, in the forms offices write it: 中共临县委员会组织部, 临县党委组织部,
 * 临县县委 (the 党委 alone), 临县县委组织部信息科 / （办公室） (a 科室 after it), 湖南省常德市津市市委组织部. Null when
 * no level word (区县旗市) can be read from it, or it names two (市委组织部、区委组织部).
 */
function readOwnName(text: string): OwnName | null {
  let t = text.replace(/\s+/g, '');
  if (/[、，,；;/]/.test(t)) return null;
  let bracket = '';
  const b = /[（(]([^（）()]*)[）)]$/.exec(t);
  if (b) {
    bracket = b[1];
    t = t.slice(0, b.index);
  }
  t = t
    .replace(/^(?:中国共产党|中共)/, '')
    .replace(/委员会/g, '委')
    .replace(/党委组织部/, '委组织部')
    .replace(/组织部.+$/, '组织部');
  if (/[区县旗市省]委$/.test(t)) t += '组织部';
  const m = OWN_NAME.exec(t);
  if (m === null) return null;
  const tier: CityTier | '' = /地级|设区的市/.test(bracket) ? '地级' : /县级/.test(bracket) ? '县级' : '';
  const place = innermost(m[1]);
  // 广西壮族自治区党委组织部 is no 区委组织部; 北京市委组织部 is 省级.
  if (m[2] === '区' && m[1].endsWith('自治'))
    return { bare: t, place: `${m[1]}区`, word: '省', municipality: false, tier: '' };
  if (m[2] === '市' && MUNICIPALITIES.has(place))
    return { bare: t, place, word: '省', municipality: true, tier: '' };
  return { bare: t, place, word: m[2], municipality: false, tier };
}

/** Where a recipient text is ambiguous or names no department, it stays as written. */
export interface Department {
  /** The key of the own department: 区委组织部, 县委组织部, 旗委组织部, 市委组织部, or a name with no level word. */
  key: string;
  /** The name the setting or 发文机关 gives (临县县委组织部), else the key. */
  name: string;
  /** A 市 department's tier: 县级 (its upper 市级 is 上级市委组织部) or 地级 (市级 is its own level); else ''. */
  tier: CityTier | '';
  /** The upper department for each level above the office: 市级 → 市委组织部 (上级市委组织部 from a city). */
  upper: Readonly<Partial<Record<Level, string>>>;
  /** 报送对象 (of the ledger or of 指标) as this office's rules name it; remembered per text. */
  canonical(text: string): string;
  /** The 部机关科室 of the rules' 单位 table (人才办 …): offices of the department (ownOffice). */
  offices: ReadonlySet<string>;
  /** The units of 单位 that are no office of the department (noOffice): a 对口处室 naming one relays nothing. */
  notOffices: ReadonlySet<string>;
}

/**
 * The own department named `name` (临县县委组织部, 中共津市市委组织部, 县委组织部, 区委组织部 …). A 市 one is a
 * county-level city unless `tier` (or a bracket: 吕梁市委组织部（地级）) says 地级; a name whose place ends in 市
 * (津市市委组织部) is a county-level city whatever is passed (findDepartment decides the tier from the rules).
 */
export function department(name: string, tier: CityTier = '县级'): Department {
  name = simplified(name); // 區委組織部: read as 区委组织部
  const own = readOwnName(name);
  const bare = own?.bare ?? name.replace(/\s+/g, '').replace(/^中共/, '');
  const place = own?.place ?? '';
  const word = own?.word ?? '';
  const key = word !== '' ? `${word}委组织部` : bare;
  const cityTier: CityTier | '' = word !== '市' ? '' : place.endsWith('市') ? '县级' : own?.tier || tier;
  // A prefecture has no 市 above it: its 市级 outlets are its own level, its upper departments 省委 and 中组部;
  // a province's 省级 outlets are its own level, its upper department 中组部.
  const upper: Partial<Record<Level, string>> =
    cityTier === '县级'
      ? { ...UPPER_BY_LEVEL, 市级: PREFECTURE_OF_CITY }
      : cityTier === '地级'
        ? { 省级: UPPER_BY_LEVEL.省级, 中央级: UPPER_BY_LEVEL.中央级 }
        : word === '省'
          ? { 中央级: UPPER_BY_LEVEL.中央级 }
          : UPPER_BY_LEVEL;
  /** The key of a level word met after `before` in a text; null when it names no department of ours. */
  const keyOf = (level: string, before: string): string | null => {
    if (level === '省') return '省委组织部';
    // A 直辖市's own 市委组织部 (北京市委组织部, or 市委组织部 alone): it has no 市 under it.
    if (level === '市' && own?.municipality === true) {
      const at = innermost(before);
      if (at === '' || at === place) return key;
    }
    if (level === word) {
      const at = innermost(before);
      if (word !== '市' || at === '' || at === place) return key;
      // A prefecture's own name not given: any 某市委组织部 is its own (nothing above it is a 市).
      if (cityTier === '地级') return place === '' ? key : null;
      // A county-level city's own name not given: 津市市委组织部 (a name ending in 市) is its own, 常德市委组织部
      // the prefecture's.
      if (place === '' && at.endsWith('市')) return key;
      return PREFECTURE_OF_CITY;
    }
    if (level === '市') return '市委组织部';
    if (level === '区') return DISTRICT_DEPARTMENT;
    return null; // 县 or 旗 under another office's rules: stays as written
  };
  const read = (text: string): string => {
    if (own?.municipality === true && text === '市委组织部') return key;
    if (text === '' || text === key || text === upper.市级 || UPPER.has(text)) return text;
    const t = text
      .replace(/^中共/, '')
      .replace(/委员会/g, '委')
      .replace(/党委组织部/g, '委组织部');
    // 组织部 alone, in an office's own ledger, is the office's own department (as 组织部研究室 is its office).
    if (t === bare || t === '组织部') return key;
    // 组织部（市委）: the 市委's 组织部, not an office of the own one called 市委 (组织部（区委）: the own one).
    const after = PARTY_AFTER.exec(t);
    if (after) {
      const party =
        after[2] === '中央' ? '中组部' : /组织部$/.test(after[2]) ? after[2] : `${after[2]}组织部`;
      const named = read(party); // as 县委组织部 itself is read (under a 区: as written)
      // 组织部（市委）研究室: an office of 市委组织部, read as 市委组织部研究室 is.
      const office = after[3] ?? '';
      const whole = office === '' ? named : read(`${named}${office}`);
      return after[1] === '' || read(`${after[1]}组织部`) === named ? whole : text;
    }
    if (OTHER_BODY_AFTER.test(t)) return text;
    // The own department by its own name: 临县县委, 津市组织部, 上街区委组织部信息科.
    if (place !== '' && t.startsWith(place)) {
      const rest = t.slice(place.length);
      if (rest === '组织部' || rest === '委' || read(rest) === key) return key;
    }
    const party = PARTY_ALONE.exec(t);
    if (party) return keyOf(party[2], party[1]) ?? text;
    const found = new Set<string>();
    if (/中组部|中央组织部/.test(t)) found.add('中组部');
    if (/省委?组织部|自治区委?组织部/.test(t)) found.add('省委组织部');
    for (const local of t.matchAll(LOCAL_WORDS)) {
      // An 自治区's 党委组织部 is 省级, no 区委组织部.
      if (local[1] === '区' && t.slice(0, local.index).endsWith('自治')) continue;
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
    tier: cityTier,
    upper,
    offices: NO_OFFICES,
    notOffices: NO_OFFICES,
    canonical(text) {
      let v = memo.get(text);
      if (v === undefined) {
        // Traditional characters read as simplified (區委組織部, 研究室): the key is the folded text.
        v = read(simplified(text));
        if (memo.size < 4096) memo.set(text, v);
      }
      return v;
    },
  };
}

const NO_OFFICES: ReadonlySet<string> = new Set();

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

/** A 设置 text that names no department the reader can place (临县, 组工办): not used, and said. */
export interface UnreadName {
  key: '本级组织部' | '发文机关';
  text: string;
}

/**
 * How a 市 department's tier was decided: by its name (津市市委组织部, （地级）), by the rules (their units and
 * quotas), or not at all (`ambiguous`: the rules say nothing, or both; taken as a county-level city, as before).
 */
export type TierSource = { by: '名称' | '单位' | '指标' } | { by: '无从判断'; both: boolean };

/** The 党(工)委 (not a 部机关科室) a quota applies to: their 报送 quotas name the own department. */
function partyQuota(i: Indicator): boolean {
  const sub = i?.subject;
  return (
    i.metric === '报送' && sub?.kind === 'unitType' && sub.unitType !== '' && sub.unitType !== '部机关科室'
  );
}

/** A 单位 that is a 区/县/旗 department (临县县委组织部, 离石区委) or of their type (县市区, 县（市、区）). */
const COUNTY_UNIT = /[区县旗](?:委|党委|工委|党工委)?组织部$|[区县旗]委$/;
const COUNTY_TYPE = /县.*区|区.*县|县.*市|市.*县/;
/** A 单位 that is a 乡镇街道: only a 区/县/旗 or a county-level city has them. */
const TOWN = /乡|镇|街道|苏木/;

/**
 * The tier of a 市 department (see the file's Decisions), when its name does not say: a 单位 that is a
 * 区/县/旗 department means a prefecture; a 乡镇街道 unit, or a 部机关科室 quota naming another city's
 * 市委组织部 (常德市委组织部, the prefecture above), a county-level city. Neither or both: not decided.
 */
function cityTier(
  own: OwnName,
  rules: Pick<Rules, 'indicators' | 'settings'> & Partial<Pick<Rules, 'units'>>,
): { tier: CityTier; source: TierSource } {
  if (own.place.endsWith('市')) return { tier: '县级', source: { by: '名称' } };
  if (own.tier !== '') return { tier: own.tier, source: { by: '名称' } };
  const units = Array.isArray(rules?.units) ? rules.units : [];
  const prefecture = units.some(
    (u) => u.type !== '部机关科室' && (COUNTY_UNIT.test(u.name) || COUNTY_TYPE.test(u.type)),
  );
  const towns = units.some(
    (u) => u.type !== '部机关科室' && (TOWN.test(u.type) || /(镇|乡|街道)$/.test(u.name)),
  );
  const aboveCity = (Array.isArray(rules?.indicators) ? rules.indicators : []).some(
    (i) =>
      i.metric === '报送' &&
      !partyQuota(i) &&
      (i.filter?.recipients ?? []).some((r) => {
        if (r === PREFECTURE_OF_CITY) return true;
        const n = readOwnName(r);
        return (
          n !== null && n.word === '市' && n.place !== '' && n.place !== own.place && !n.place.endsWith('市')
        );
      }),
  );
  if (prefecture && !towns && !aboveCity) return { tier: '地级', source: { by: '单位' } };
  if (!prefecture && towns) return { tier: '县级', source: { by: '单位' } };
  if (!prefecture && aboveCity) return { tier: '县级', source: { by: '指标' } };
  return { tier: '县级', source: { by: '无从判断', both: prefecture } };
}

/**
 * The own department of the rules, and what it was taken from (see the file's Decisions): `unread` lists the
 * 设置 texts passed over because no department could be read from them; `tier` says how a 市's was decided.
 */
export function findDepartment(
  rules: Pick<Rules, 'indicators' | 'settings'> & Partial<Pick<Rules, 'units'>>,
): {
  department: Department;
  source: DepartmentSource;
  unread: UnreadName[];
  tier: TierSource | null;
} {
  const unread: UnreadName[] = [];
  const found = (name: string, own: OwnName, source: DepartmentSource) => {
    if (own.word !== '市')
      return { department: withOffices(cached(name, '县级'), rules), source, unread, tier: null };
    const t = cityTier(own, rules);
    return { department: withOffices(cached(name, t.tier), rules), source, unread, tier: t.source };
  };
  // Hand-built rules may lack any of these: missing reads as blank.
  const own = text(rules?.settings?.ownDepartment);
  if (own !== '') {
    const n = readOwnName(own);
    if (n !== null) return found(own, n, { from: '设置' });
    unread.push({ key: '本级组织部', text: own });
  }
  const issuer = text(rules?.settings?.issuer);
  if (issuer !== '') {
    const n = readOwnName(issuer);
    if (n !== null) return found(issuer, n, { from: '发文机关', text: issuer });
    unread.push({ key: '发文机关', text: issuer });
  }
  // A county's quotas say 县委组织部 (旗委组织部), a county-level city's or a prefecture's 市委组织部 (and no
  // 区/县/旗 department); a 区's say what the default already reads.
  const named = new Map<string, { text: string; row: number }>();
  for (const i of Array.isArray(rules?.indicators) ? rules.indicators : []) {
    if (!partyQuota(i)) continue;
    for (const r of i.filter?.recipients ?? []) {
      const w = readOwnName(r)?.word;
      if (w !== undefined && !named.has(w)) named.set(w, { text: r, row: i.sourceRow ?? 0 });
    }
  }
  const local = ['县', '旗'].filter((w) => named.has(w));
  const word = local.length === 1 ? local[0] : local.length === 0 && !named.has('区') ? '市' : '';
  const at = named.get(word);
  if (at !== undefined) {
    // The key only, not the quota's place: the quotas are read into keys (市委组织部) and inferred again.
    const name = `${word}委组织部`;
    return found(name, readOwnName(name) as OwnName, { from: '指标', ...at });
  }
  return { department: withOffices(DEFAULT_DEPARTMENT, rules), source: { from: '默认' }, unread, tier: null };
}

/** The 部机关科室 type: the department's offices, through which 党(工)委 relay upward (001 §三.9, §四.1). */
export const OFFICE_TYPE = '部机关科室';

/**
 * The 类型 of a unit that is no office of the department (乡镇街道, 其他党工委, 社区党委, 村, 两新组织 …):
 * what a 对口处室 is not, when the table types no unit 部机关科室 and so cannot say what an office is.
 */
const PARTY_OR_TOWN_TYPE =
  /乡|镇|街道|苏木|社区|村|嘎查|两新|非公|社会组织|党(?:工)?委|工委|党组|党总支|党支部/;

/**
 * The department with the rules' 部机关科室 as its offices (the cached one keeps its canonical memo), and the
 * units of 单位 that are no office of it (RULES §2: 对口处室 is an office of the department; 001 §三.9 向区委组织部
 * 对口处室报送, §六.2 由对口处室…报送). When 单位 types some unit 部机关科室, an office is a unit of that type,
 * as the 001 §四.1 warning and the entry form tell them; when it types none (an office's own tables may call
 * its offices otherwise), only a unit typed as a 乡镇街道, a 党(工)委 or a 社区 / 村 / 两新组织 is none. A name
 * 单位 does not list is neither (scoring says it apart).
 */
function withOffices(d: Department, rules: Partial<Pick<Rules, 'units'>>): Department {
  const units = Array.isArray(rules?.units) ? rules.units : [];
  const typed = units.some((u) => u?.type === OFFICE_TYPE);
  const offices = new Set<string>();
  const notOffices = new Set<string>();
  for (const u of units) {
    const name = text(u?.name);
    if (name === '') continue;
    if (u.type === OFFICE_TYPE) offices.add(simplified(name)); // as readOwnOffice compares
    if (typed ? u.type !== OFFICE_TYPE : PARTY_OR_TOWN_TYPE.test(text(u.type))) notOffices.add(name);
  }
  return offices.size === 0 && notOffices.size === 0 ? d : { ...d, offices, notOffices };
}

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

const known = new Map<string, Department>([[`${DISTRICT_DEPARTMENT}|县级`, DEFAULT_DEPARTMENT]]);
function cached(name: string, tier: CityTier): Department {
  const k = `${name}|${tier}`;
  let d = known.get(k);
  if (d === undefined) {
    d = department(name, tier);
    if (known.size < 64) known.set(k, d);
  }
  return d;
}

/** The own department of the rules (findDepartment without its source). */
export function departmentOf(
  rules: Pick<Rules, 'indicators' | 'settings'> & Partial<Pick<Rules, 'units'>>,
): Department {
  return findDepartment(rules).department;
}

/**
 * Whether a row's 报送对象 is a quota's: the same text, or an office of the own department as addressedRecipient
 * and relayedRecipient write it (区委组织部研究室), which is the quota's office (研究室, 组织部研究室) and the
 * department's. Another body's office (区委研究室, 党校研究室, 县委组织部研究室 read under a 区) is no own office:
 * it matches no office quota by its ending. The departments are matched as Department.canonical reads them,
 * never by ending: 市委组织部、区委组织部 names two and counts for neither.
 */
export function sameRecipient(
  recipient: string,
  quota: string,
  dept: Pick<Department, 'key'> = DEFAULT_DEPARTMENT,
): boolean {
  if (recipient === quota) return true;
  if (/[、，,；;/\s]/.test(recipient) || recipient.length <= quota.length) return false;
  // An office named with its department (区委组织部研究室, how a relayed row addressed to the office reads:
  // unitRecipient) is the department's too.
  if (quota.endsWith('组织部') && recipient.startsWith(quota)) return true;
  return (
    !DEPARTMENT_KEYS.has(quota) &&
    recipient.length > dept.key.length &&
    recipient.startsWith(dept.key) &&
    recipient.endsWith(quota)
  );
}

/**
 * Who a submission went to, for 重复报送 (resubmissions.ts): a recipient as addressedRecipient and
 * relayedRecipient write it, with the own department and every office of it (区委组织部研究室, 区委组织部信息科)
 * read as the department, which a quota naming the department counts them all toward (sameRecipient): a piece
 * sent to 区委组织部 and again to its 研究室 went to one recipient. Not an office one of `officeQuotas` (the
 * quotas' recipients other than the department) counts on its own (the 类别 preset's 研究室): for the unit's
 * overall 报送, a piece sent to 区委组织部 in March and to 研究室 in April reached another recipient in April
 * (review s28 #1, s29 #1); each quota still judges its own re-submissions (resubmissions.ts, recipientQuotaLists).
 * Any other (an upper department, another body's office) is itself.
 */
export function recipientIdentity(
  recipient: string,
  dept: Pick<Department, 'key'> = DEFAULT_DEPARTMENT,
  officeQuotas: readonly string[] = [],
): string {
  const office =
    recipient.length > dept.key.length && recipient.startsWith(dept.key) && !/[、，,；;/\s]/.test(recipient);
  return office && !officeQuotas.some((q) => sameRecipient(recipient, q, dept)) ? dept.key : recipient;
}

/** Whether a recipient (as `dept` reads it) is a department above the office's own. */
export function isUpperDepartment(recipient: string, dept: Department = DEFAULT_DEPARTMENT): boolean {
  const r = dept.canonical(recipient);
  // The office's own upper ones: under a province, 市委组织部 is below it.
  return r !== dept.key && (r === dept.upper.市级 || r === dept.upper.省级 || r === dept.upper.中央级);
}

/**
 * The 对口处室 a row names, when it is not the unit itself; else ''. The row is then its unit's submission to
 * the own department (unitRecipient), whether or not the name is an office (relayingOffice).
 */
export function relayOfficeOf(row: Pick<LedgerRow, 'relayOffice' | 'unit'>): string {
  return row.relayOffice !== '' && row.relayOffice !== row.unit ? row.relayOffice : '';
}

/**
 * The office that relayed the row upward: its 对口处室 (relayOfficeOf), unless 单位 says that unit is no office
 * of the department (Department.notOffices: a mis-picked 党(工)委 or 乡镇街道), which relays nothing: no relay
 * share, no submission of its own, no activity (sweep S18e F3). Scoring, the 通报 and the 指标 ask this alone.
 */
export function relayingOffice(
  row: Pick<LedgerRow, 'relayOffice' | 'unit'>,
  dept: Pick<Department, 'notOffices'> = DEFAULT_DEPARTMENT,
): string {
  const office = relayOfficeOf(row);
  return office !== '' && isNoOffice(office, dept) ? '' : office;
}

/** 单位 says the unit is no office of the department (Department.notOffices): named as 对口处室, it relays nothing. */
export function isNoOffice(name: string, dept: Pick<Department, 'notOffices'> = DEFAULT_DEPARTMENT): boolean {
  return dept.notOffices.has(name);
}

/** The recipient the row counts toward for its own unit: relayedRecipient for a relayed row, else 报送对象. */
export function unitRecipient(
  row: Pick<LedgerRow, 'relayOffice' | 'unit' | 'recipient'>,
  dept: Department = DEFAULT_DEPARTMENT,
): string {
  return relayOfficeOf(row) !== ''
    ? relayedRecipient(row.recipient, row.relayOffice, dept)
    : addressedRecipient(row.recipient, dept);
}

/**
 * 报送对象 as the own department reads it, an office of it written with the department: 研究室, 信息科,
 * 组织部研究室, 区委组织部研究室 and 县委组织部研究室 (in a county) read as the department's 研究室
 * (区委组织部研究室), which counts toward a quota naming 研究室 and one naming the department (sameRecipient),
 * as a relayed row addressed so does (relayedRecipient). Any other text (an upper department, another body's
 * office: 区委研究室) is read by Department.canonical.
 */
export function addressedRecipient(typed: string, dept: Department = DEFAULT_DEPARTMENT): string {
  const read = dept.canonical(typed);
  if (read !== dept.key && read !== typed) return read; // another department (an upper one …)
  const office = ownOffice(typed, '', dept);
  return office === '' ? read : `${dept.key}${office}`;
}

/**
 * A 指标 quota's 报送对象 as the own department reads it: an office of it written with its name (区委组织部研究室,
 * 上街区委组织部（研究室）, 组织部（研究室）, 組織部研究室) is a quota to that office (区委组织部研究室, as a ledger row
 * addressed so reads: addressedRecipient), not to the whole department. Only a text that names an office (a
 * 部机关科室 of 单位, or a name ending 室/科/股/处 that is no other body's) is one: 区委组织部（本级）, 区委组织部机关,
 * 区委组织部（各科室）, 区委组织部或研究室 stay the department, as Department.canonical reads them. A bare office name
 * (研究室) stays as typed, and anything else is read by Department.canonical.
 */
export function quotaRecipient(typed: string, dept: Department = DEFAULT_DEPARTMENT): string {
  const read = dept.canonical(typed);
  if (read !== dept.key && !simplified(typed).includes('组织部')) return read;
  const office = ownOffice(typed, '', dept);
  const named =
    dept.offices.has(office) ||
    (OFFICE_NAME.test(office) && !ANOTHER_BODY.test(office) && !QUALIFIER.test(office));
  return office !== '' && named ? `${dept.key}${office}` : read;
}

/** A word before an office's name that makes it no one office: 各科室, 含研究室, 或研究室, 本级科室. */
const QUALIFIER = /^[各含全诸及和或与并所本]/;

/**
 * A relayed row's recipient for its unit: the own department (区委组织部), whatever 报送对象 says, or, when
 * 报送对象 names an office of it, that office with its department (区委组织部研究室: sameRecipient counts it
 * toward a quota naming 研究室 and one naming 区委组织部).
 */
export function relayedRecipient(
  typed: string,
  relayOffice: string,
  dept: Department = DEFAULT_DEPARTMENT,
): string {
  const office = ownOffice(typed, relayOffice, dept);
  return office === '' ? dept.key : `${dept.key}${office}`;
}

/** A bracket or text after 组织部 that is a tier, not an office: 吕梁市委组织部（地级）. */
const TIER_WORD = /^(?:县级|地级|设区的市)$/;
/** The office after a 组织部: 区委组织部研究室, 上街区委组织部（信息科）, 组织部研究室. */
const AFTER_DEPARTMENT = /组织部[（(]?([^（）()]+?)[）)]?$/;
/**
 * An office of a 组织部 no level names: 组织部研究室. One a level names is the own department's only when
 * Department.canonical reads it so (县委组织部研究室 in a county, not under a 区: another department's).
 */
const LOCAL_OFFICE = /^组织部[（(]?([^（）()]+?)[）)]?$/;
/**
 * An office by its name alone: 研究室, 信息科, 信息调研科, 干部监督科, 组织股; not another body's (ANOTHER_BODY:
 * a 委, 政府, other 部, 党校, a 院, 局 …, a 乡镇街道: 区委研究室, 人大常委会办公室, 宣传部办公室, 区政府研究室,
 * 党校研究室, 某镇党政办公室).
 */
const OFFICE_NAME = /^[\u4e00-\u9fa5]{1,12}[室科股处]$/;
const ANOTHER_BODY =
  /委|政府|(?<!干)部|党校|学校|大学|学院|[法检]院|研究[院所]|局|厅|人大|政协|中心|公司|集团|报社|电视台|协会|联合会|镇|街道|社区|乡(?!村)/;

/**
 * The office of the own department a 报送对象 names, as the office is named (研究室), or '' when it names the
 * department itself (区委组织部, its full name), another department (an upper one), nothing, or no office.
 * Offices: the row's own 对口处室, a 部机关科室 of 单位 (Department.offices), an office after the own
 * department's name (县委组织部研究室 in a county) or after a bare 组织部 (组织部研究室), or a text that reads as an
 * office's name (OFFICE_NAME).
 */
export function ownOffice(typed: string, relayOffice: string, dept: Department = DEFAULT_DEPARTMENT): string {
  // Read once per department, 报送对象 and 对口处室: the report pass and the indicators ask per relayed row.
  let memo = officeMemo.get(dept);
  if (memo === undefined) {
    memo = new Map();
    officeMemo.set(dept, memo);
  }
  const key = `${typed}\u0001${relayOffice}`;
  let office = memo.get(key);
  if (office === undefined) {
    office = readOwnOffice(typed, relayOffice, dept);
    memo.set(key, office);
  }
  return office;
}

const officeMemo = new WeakMap<Department, Map<string, string>>();

function readOwnOffice(typed: string, relayOffice: string, dept: Department): string {
  const t = simplified(typed.replace(/\s+/g, ''));
  if (t === '' || /[、，,；;/]/.test(t)) return '';
  if (t === simplified(relayOffice.trim()) || dept.offices.has(t)) return t;
  const read = dept.canonical(t);
  // A 党委 after 组织部 (组织部（市委）, 组织部（区委）) names a department, never an office of the own one.
  if (read === dept.key) {
    const after = AFTER_DEPARTMENT.exec(t)?.[1] ?? '';
    return notAnOffice(after) ? '' : after;
  }
  if (read !== t) return ''; // another department: an upper one, 区委组织部 under a 县's rules …
  if (OTHER_BODY_AFTER.test(t)) return ''; // 组织部（市委办）: another body's, no office of ours
  const local = LOCAL_OFFICE.exec(t)?.[1];
  if (local !== undefined) return notAnOffice(local) ? '' : local;
  return OFFICE_NAME.test(t) && !ANOTHER_BODY.test(t) ? t : '';
}

/** Text after 组织部 that is no office of it: a tier (地级), a 党委 (市委), another body of one (市委办, 市委宣传部). */
function notAnOffice(after: string): boolean {
  return TIER_WORD.test(after) || PARTY_NAME.test(after) || /[区县旗市省]委(?!组织部)/.test(after);
}

/**
 * The upper department the 对口处室 relayed the piece to: 报送对象 beyond the own department and its offices,
 * else the one the adopting outlet's level names (an adoption, i.e. not a 报送 row). '' when the office relayed
 * nothing upward: never the office itself (研究室 relaying to 研究室).
 */
export function officeRecipient(
  row: Pick<LedgerRow, 'recipient' | 'mode'> & Partial<Pick<LedgerRow, 'relayOffice'>>,
  level: Level | null,
  dept: Department = DEFAULT_DEPARTMENT,
): string {
  // 报送对象 names where the piece went beyond the office's own department (an upper one, or another body).
  const named = dept.canonical(row.recipient);
  if (named !== '' && named !== dept.key && ownOffice(row.recipient, row.relayOffice ?? '', dept) === '')
    return named;
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

/** A 报送 quota's recipients as one key (its 报送对象 list, trimmed): how a per-quota re-submission is found. */
export function quotaKey(recipients: readonly unknown[]): string {
  const list: string[] = [];
  for (const r of Array.isArray(recipients) ? recipients : []) {
    const t = typeof r === 'string' ? r.trim() : '';
    if (t !== '') list.push(t);
  }
  return list.join('、');
}

/**
 * Per unit: the recipient lists of the 报送 quotas counting its pieces, each once (quotaKey), as the 指标 count
 * them: a piece counts toward a quota once a year, in the month it first reached one of its recipients. Every
 * subject kind: the unit's own (everyUnit, unitType) and those counting its pieces with others' (全部门, a
 * person or 科室整体 of its type) (review s29 #3).
 */
export function recipientQuotaLists(rules: Pick<Rules, 'units' | 'indicators'>): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const u of rules.units) {
    const lists: string[][] = [];
    const keys = new Set<string>();
    for (const ind of rules.indicators) {
      if (ind.metric !== '报送' || ind.filter.recipients.length === 0) continue;
      const sub = ind.subject;
      const applies =
        sub.kind === 'everyUnit' ||
        sub.kind === 'department' ||
        sub.unitType === '' ||
        sub.unitType === u.type;
      const key = quotaKey(ind.filter.recipients);
      if (!applies || key === '' || keys.has(key)) continue;
      keys.add(key);
      lists.push(key.split('、'));
    }
    if (lists.length > 0) out.set(u.name, lists);
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
    部机关科室: dept.upper.市级 ?? dept.upper.省级 ?? dept.upper.中央级 ?? '',
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
export function recipientChoices(
  rules: Pick<Rules, 'indicators' | 'settings'> & Partial<Pick<Rules, 'units'>>,
): string[] {
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
