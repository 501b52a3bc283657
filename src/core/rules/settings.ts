// The 设置 table: one row per setting (项目 | 值 | 说明), read key by key over the fallback's settings.

import { LEVELS, parseLevel } from '../levels';
import { ISSUER_PLACEHOLDER, METHOD_PLACEHOLDER, RECIPIENTS_PLACEHOLDER } from '../notice';
import { simplified } from '../simplified';
import { cellText, readFlag, splitNames, toHalfWidth, xmlText } from '../text';
import type { Cell, Grid, Level, RuleError, Settings } from '../types';
import { locateTable, notANumber, numberWithUnit, quote, ruleError, ruleNumberProblem } from './schema';
import { parseShare, parseShareOrWord } from './share';

const TABLE = '设置';

/** Neutral settings: what an office gets before choosing a preset. */
export function defaultSettings(): Settings {
  return {
    year: 2024,
    preset: '',
    coauthorSplit: '均分',
    relayShare: 0.2,
    relayMinLevel: '市级',
    ownDepartment: '',
    reviewGate: false,
    barUnits: true,
    decimals: 2,
    multipleAdoption: '全部',
    multiplierCap: null,
    capPoints: null,
    capPeriod: '季',
    evidenceFrom: null,
    lateDays: null,
    bonuses: {},
    editors: [],
    warningOnlyProtection: false,
    method: '',
    issuer: '',
    recipients: '',
    docNumber: DEFAULT_DOC_NUMBER,
    contact: '',
    problems: '',
    nextSteps: '',
    rankingMode: '分类',
    showPeople: true,
  };
}

/** 文号 template: the issue line reads e.g. 2024年第3期 (the month or quarter number is the 期). */
export const DEFAULT_DOC_NUMBER = '{年}年第{期}期';

type Parsed = { value: unknown } | { error: string };

interface SettingSpec {
  key: string; // 项目
  field: keyof Settings;
  note: string | ((s: Settings) => string); // 说明
  read(cell: Cell): Parsed | null; // null: blank, keep the fallback's value
  write?(value: never): Cell; // how the value is written; else as it is, '' for none
  check?(n: number): string | null; // a number's bounds, checked on settings built in code too
  choices?: string[]; // a choice's canonical words
}

const ok = (value: unknown): Parsed => ({ value });
const bad = (error: string): Parsed => ({ error });

function flagValue(cell: Cell): boolean | null {
  if (cellText(cell) === '') return null;
  // 是（仅上街组工动态）limits the 是; read as 是 it was every row's (audit s37 K7).
  return SCOPED_YES.test(toHalfWidth(cellText(cell)).trim()) ? null : readFlag(cell);
}

/** 是 with a scope in brackets: 是（仅上街组工动态）, 是(只对公众号), 是（限其他党工委）; the scope in group 1. */
const SCOPED_YES = /^是\s*\(\s*(?:仅限|仅对|只对|只限|仅|只|限)\s*([^()]+?)\s*\)$/;

export { parseShare };

/** A free-text setting: blank keeps the fallback, text is kept as typed (line breaks included). */
const text = (key: string, field: keyof Settings, note: string): SettingSpec => ({
  key,
  field,
  note,
  // What XML cannot carry is no part of the office's words (the 通报 document would not open).
  read: (c) => (cellText(c) === '' ? null : ok(xmlText(cellText(c)))),
});

/** A number setting; optional: a blank cell means none (null), else it keeps the fallback's. */
function number(
  key: string,
  field: keyof Settings,
  note: string,
  check: (n: number) => string | null,
  optional = false,
): SettingSpec {
  const read = (cell: Cell): Parsed | null => {
    if (optional && cellText(cell) === '') return ok(null);
    const n = numberWithUnit(cell);
    if (n === null) return null;
    if (Number.isNaN(n))
      // A date in 年度 is a year typed as a day (2024-01-01), not a fraction turned into one (audit s33 C-F4).
      return bad(
        key === '年度' && cell instanceof Date
          ? `应为年份（如2024），现为日期${quote(cell)}`
          : notANumber(cell),
      );
    const problem = ruleNumberProblem(n) ?? check(n);
    return problem ? bad(`${problem}，现为${quote(cell)}`) : ok(n);
  };
  return { key, field, note, read, check };
}

/** A 是/否 setting; blank keeps the fallback's. */
function flag(key: string, field: keyof Settings, note: string): SettingSpec {
  return {
    key,
    field,
    note,
    read: (c) => {
      if (cellText(c) === '') return null;
      const f = flagValue(c);
      const scope = SCOPED_YES.exec(toHalfWidth(cellText(c)).trim());
      if (scope) return bad(`“是”后括号中的范围（${scope[1]}）无法按此设置区分：本项只能填“是”或“否”`);
      return f === null ? bad(`应为“是”或“否”，现为${quote(c)}`) : ok(f);
    },
    write: (v: boolean) => (v ? '是' : '否'),
  };
}

/**
 * One of a few words, each group's first the canonical one (others are how offices also write it);
 * values, when given, are what each group stands for.
 */
/** One of `words` (groups of spellings, the first written), as `values` when given; null for blank. */
function settingChoice(c: Cell, words: string[], values?: unknown[]): Parsed | null {
  const groups = words.map((w) => w.split(' '));
  const names = groups.map((g) => g[0]);
  const expected = `${names.slice(0, -1).join('、')}或${names[names.length - 1]}`;
  const t = simplified(toHalfWidth(cellText(c)).replace(/\s+/g, ''));
  if (t === '') return null;
  const i = groups.findIndex((g) => g.includes(t));
  return i < 0 ? bad(`无法识别${quote(c)}，应为${expected}`) : ok(values ? values[i] : names[i]);
}

function choice(key: string, field: keyof Settings, words: string[], note: string, values?: unknown[]) {
  const names = words.map((w) => w.split(' ')[0]);
  const spec: SettingSpec = {
    key,
    field,
    note,
    choices: names,
    read: (c) => settingChoice(c, words, values),
  };
  if (values) spec.write = (v: unknown) => names[values.indexOf(v)];
  return spec;
}

/** A level, 及以上 allowed; optional: a blank cell means none (null). */
const level = (key: string, field: keyof Settings, note: string, optional: boolean): SettingSpec => ({
  key,
  field,
  note,
  read: (c) => {
    const t = cellText(c);
    if (t === '') return optional ? ok(null) : null;
    const found: Level | null = parseLevel(t.replace(/(及以上|以上)$/, ''));
    return found
      ? ok(found)
      : bad(`无法识别${quote(c)}，应为${LEVELS.join('、')}${optional ? '或空白' : ''}`);
  },
});

const above0 = (n: number) => (n > 0 ? null : '应大于0');

const SPECS: SettingSpec[] = [
  number('年度', 'year', '考核年度，如2024；统计以录用日期（未录用的以报送日期）所在年度为准', (n) =>
    Number.isInteger(n) && n >= 1900 && n <= 2200 ? null : '应为四位年份',
  ),
  {
    ...text('预设', 'preset', ''),
    note: (s) =>
      s.preset.includes('示例')
        ? '本预设的分值均为示例，请按本单位考核办法修改「计分」表后使用'
        : '当前使用的积分办法（上街区积分办法、部机关目标考核、类别积分（示例））',
  },
  {
    // Written 3比2: typed 3:2, Sheets (and Excel) keep a time, 03:02 (audit S23b F1); 3:2 as text is still read.
    ...choice(
      '合作者分配',
      'coauthorSplit',
      ['均分 平均 平分 各半', '3比2 3:2'],
      '两位作者如何分计任务和积分：均分（各一半）或 3比2（第一作者五分之三）；超过两人只计前两位',
      ['均分', '3:2'],
    ),
    read(c) {
      if (c instanceof Date) {
        return bad(`无法识别${quote(c)}：表格把输入的比值（如3:2）识别成了时间，请写作“3比2”，或写“均分”`);
      }
      return settingChoice(c, ['均分 平均 平分 各半', '3比2 3:2'], ['均分', '3:2']);
    },
  },
  {
    key: '转报分成',
    field: 'relayShare',
    note: '对口处室协助转报的稿件，处室按该单位积分的比例计分；可写0.2或20%（在表格中直接输入1/5会被识别为日期）',
    check: (n) => (n >= 0 && n <= 1 ? null : '应在0到1之间'),
    read(c) {
      if (cellText(c) === '') return null;
      // Typed 1/4, Sheets keeps a date (1月4日): said as what happened, not as an unreadable ratio (S23b F1).
      if (c instanceof Date) {
        return bad(`应为比例，现为日期${quote(c)}：表格把输入的分数（如1/4）识别成了日期，请写作0.25或25%`);
      }
      const n = parseShareOrWord(c); // 0.2, 20%, 五分之一, 两成, 一半, 全额 (share.ts)
      if (n === null) return bad(`应为比例，如0.2或20%，现为${quote(c)}`);
      const problem = this.check!(n);
      // 20 meant as 20%: said how to write it, not read as 20 times the points.
      const plain = /^\d+(\.\d+)?$/.test(toHalfWidth(cellText(c)).trim());
      const hint = plain && n > 1 && n <= 100 ? `：如为${n}%，请填写“${n}%”或${n / 100}` : '';
      return problem ? bad(`${problem}，现为${quote(c)}${hint}`) : ok(n);
    },
  },
  {
    key: '三审把关',
    field: 'reviewGate',
    note: '是：审核状态未到“终审”的稿件标为待核实且不计分；否：不把关；也可填媒体名称或标签（如“津市组工”），只对这些媒体的稿件把关',
    // 是 / 否, or the outlets gated (004 puts only 津市组工微信公众号发文 under 编审、复审、终审); a name no 媒体 has
    // is said at the cell once the 媒体 table is read (read.ts canonicalReviewGate).
    read: (c) => {
      if (cellText(c) === '') return null;
      const f = flagValue(c);
      if (f !== null) return ok(f);
      // 是（仅津市组工）: the outlets named in the bracket.
      const scope = SCOPED_YES.exec(toHalfWidth(cellText(c)).trim());
      const names = toHalfWidth(scope ? scope[1] : cellText(c))
        .split(/[、，,；;/\s]+/)
        .map((t) => t.trim())
        .filter((t) => t !== '');
      return ok([...new Set(names)]);
    },
    write: (v: boolean | string[]) => (v === true ? '是' : v === false ? '否' : v.join('、')),
  },
  number('小数位', 'decimals', '积分保留的小数位数（四舍五入），0到6', (n) =>
    Number.isInteger(n) && n >= 0 && n <= 6 ? null : '应为0到6的整数',
  ),
  choice(
    '多次录用',
    'multipleAdoption',
    ['全部 全部计分 重复计分', '最高级别 只计最高级别 最高', '两个最高级别 最高两个级别 两个最高'],
    '同一稿件被多个媒体录用：全部（每次都计分）/ 最高级别（只计最高一次）/ 两个最高级别（每个级别一次，计最高两个）',
  ),
  number('系数上限', 'multiplierCap', '一篇稿件各项系数相乘后的最高倍数；空白为不设上限', above0, true),
  number(
    '封顶分值',
    'capPoints',
    '每个单位每个封顶周期最多计多少分（倒扣和扣分在封顶后照扣）；空白为不封顶',
    above0,
    true,
  ),
  choice('封顶周期', 'capPeriod', ['月 每月 按月', '季 季度 每季 按季'], '封顶分值按月还是按季计算：月或季'),
  level(
    '佐证要求',
    'evidenceFrom',
    `填一个级别（${LEVELS.join('、')}）：该级别及以上的录用须在“佐证”列留链接或文件才计分；空白为不要求`,
    true,
  ),
  number(
    '迟报天数',
    'lateDays',
    '报送日期晚于事件日期超过这些天标为迟报；空白为不检查',
    (n) => (Number.isInteger(n) && n >= 0 ? null : '应为不小于0的整数'),
    true,
  ),
  {
    key: '管理员',
    field: 'editors',
    note: '除表格所有者外可以修改规则表的账号（邮箱），多个用顿号分隔',
    read: (c) => {
      const editors = splitNames(cellText(c));
      const wrong = editors.find((e) => !/^[^@\s]+@[^@\s]+$/.test(e));
      return wrong ? bad(`“${wrong}”不是邮箱地址`) : ok(editors);
    },
    write: (v: string[]) => v.join('、'),
  },
  choice(
    '保护方式',
    'warningOnlyProtection',
    ['严格', '仅警告 警告'],
    '规则表和领导看板的保护：严格（只有所有者和管理员可改）或仅警告（他人修改时先提示）',
    [false, true],
  ),
  level(
    '转报最低级别',
    'relayMinLevel',
    `对口处室转报的稿件被该级别及以上媒体录用，处室才得转报分成（001 §三.9：协助向中组部、省委组织部、市委组织部报送）；${LEVELS.join('、')}`,
    false,
  ),
  // ── 通报 text (RULES §7): what only the office knows; shown in the 生成通报 sidebar too ──
  text('考核办法', 'method', '通报开头引用的考核办法名称，如《上街区组工信息宣传工作考核办法》'),
  text('发文机关', 'issuer', '通报落款的发文机关，如中共上街区委组织部'),
  text('主送', 'recipients', '通报的主送单位，如各党（工）委，部机关各科室'),
  text(
    '文号',
    'docNumber',
    '通报期数或文号的格式：{年}为年份，{期}为月份或季度序号（年度和起止日期的通报留空，由办公室填写），如“{年}年第{期}期”或“上组〔{年}〕{期}号”',
  ),
  text('联系人', 'contact', '通报末尾的联系人和电话，如联系人：张三，电话：68911234'),
  text(
    '存在问题',
    'problems',
    '通报“四、存在问题”的正文，每段一行（单元格内换行）；空白时通报留出标题和空行',
  ),
  text(
    '下步要求',
    'nextSteps',
    '通报“五、下步要求”的正文，每段一行（单元格内换行）；空白时通报留出标题和空行',
  ),
  choice(
    '排名方式',
    'rankingMode',
    ['分类 分类排名 按类型', '合并 合并排名 统一'],
    '分类：乡镇街道、其他党工委、部机关科室等各类单位分别排名（任务不同）；合并：所有单位排在一张表',
  ),
  choice(
    '个人表',
    'showPeople',
    ['显示 是 列出', '不显示 否 不列出 隐藏'],
    '通报附件是否列出个人计任务表：显示或不显示',
    [true, false],
  ),
  flag(
    '评先评优限制',
    'barUnits',
    '是：未完成报送任务的单位在通报中标“不得评先评优”（上街区办法第六条）；否：不标',
  ),
  text(
    '本级组织部',
    'ownDepartment',
    '本部门的名称，如临县县委组织部、津市市委组织部，地级市写“吕梁市委组织部（地级）”，省、自治区、直辖市写“山西省委组织部”“广西壮族自治区党委组织部”“北京市委组织部”：党（工）委向它报送，经对口处室转报的稿件计为向它报送；空白时按发文机关或「指标」中党（工）委的报送对象推断，推断不出按区委组织部',
  ),
];

export const BONUS_PREFIX = '奖金.';
const BONUS_NOTE = '完成该奖项所含全部指标的奖金（元/人）';

export const SETTING_KEYS: readonly string[] = SPECS.map((s) => s.key);

/** The 设置 rows the 生成通报 sidebar shows and edits: the 通报's own words (RULES §7). */
export const NOTICE_SETTING_KEYS = [
  '发文机关',
  '主送',
  '文号',
  '联系人',
  '存在问题',
  '下步要求',
  '排名方式',
  '个人表',
] as const;
export type NoticeSettingKey = (typeof NOTICE_SETTING_KEYS)[number];
export type NoticeSettings = Record<NoticeSettingKey, string>;

/** A setting's 值 cell as settingsToGrid writes it. */
function settingCell(spec: SettingSpec, s: Settings): Cell {
  const value = s[spec.field] as never;
  return spec.write ? spec.write(value) : (value ?? '');
}

function specOf(key: string): SettingSpec {
  const spec = SPECS.find((s) => s.key === key);
  if (!spec) throw new Error(`no setting ${key}`);
  return spec;
}

/** Those rows as the 通报 uses them (the preset's text where the cell is blank), as the sidebar shows them. */
export function noticeSettingTexts(s: Settings): NoticeSettings {
  const texts = {} as NoticeSettings;
  for (const key of NOTICE_SETTING_KEYS) texts[key] = cellText(settingCell(specOf(key), s));
  return texts;
}

/** The canonical words of a setting that is a choice (排名方式: 分类, 合并); undefined for others. */
export function settingChoices(key: string): readonly string[] | undefined {
  return specOf(key).choices;
}

/** A 通报 setting's 说明, for its row added to an older 设置 tab. */
export function noticeSettingNote(key: NoticeSettingKey): string {
  const note = specOf(key).note;
  return typeof note === 'string' ? note : '';
}

/** A 项目 cell as the table matches it: half-width, no spaces (设 置 and 设置 are one key). */
export function settingKey(cell: Cell): string {
  return simplified(toHalfWidth(cellText(cell)).replace(/\s+/g, ''));
}

function bonusName(key: string): string | null {
  const m = /^奖金[.．。·:：](.+)$/.exec(key);
  return m ? m[1] : null;
}

/** Sheet row (header = 1) at which settingsToGrid writes a key, for messages about settings built in code. */
export function settingRow(settings: Settings, key: string): number {
  const i = SETTING_KEYS.indexOf(key);
  if (i >= 0) return i + 2;
  const award = bonusName(key);
  const j = award === null ? -1 : Object.keys(settings.bonuses).indexOf(award);
  return j >= 0 ? SPECS.length + 2 + j : 1;
}

export function settingsToGrid(s: Settings): Grid {
  const grid: Grid = [['项目', '值', '说明']];
  for (const spec of SPECS) {
    grid.push([spec.key, settingCell(spec, s), typeof spec.note === 'string' ? spec.note : spec.note(s)]);
  }
  for (const [award, amount] of Object.entries(s.bonuses)) {
    grid.push([`${BONUS_PREFIX}${award}`, amount, BONUS_NOTE]);
  }
  return grid;
}

/**
 * A 设置 key's 值 as text and its sheet row, found as readSettings finds it (by the 项目 / 值 columns under the
 * header, wherever they are: a 序号 column before them, a title line above); a grid whose header names no
 * 项目 / 值 is searched by its first two columns. Null when the key is not there.
 */
export function settingInGrid(grid: Grid | undefined, key: string): { text: string; row: number } | null {
  const table = locateTable(TABLE, grid, []);
  if (table) {
    const r = table.rows.find((row) => settingKey(row.get('项目')) === key);
    return r ? { text: cellText(r.get('值')).trim(), row: r.row } : null;
  }
  if (!Array.isArray(grid)) return null;
  const at = grid.findIndex((row) => Array.isArray(row) && settingKey(row[0]) === key);
  return at < 0 ? null : { text: cellText(grid[at][1]).trim(), row: at + 1 };
}

/** Read the 设置 table over the fallback; rows maps each key read to its sheet row. */
export function readSettings(
  grid: Grid | undefined,
  fallback: Settings,
  errors: RuleError[],
  notes?: RuleError[],
): { settings: Settings; rows: Map<string, number>; given: Set<string> } {
  const settings: Settings = {
    ...fallback,
    bonuses: { ...fallback.bonuses },
    editors: [...fallback.editors],
  };
  const rows = new Map<string, number>();
  // The keys whose 值 the tab gives (not blank): the others are the fallback's.
  const given = new Set<string>();
  // Its notes (a column under another name, a 注： line) as every table's: said, not dropped.
  const table = locateTable(TABLE, grid, errors, notes);
  if (!table) return { settings, rows, given };
  for (const r of table.rows) {
    const key = settingKey(r.get('项目'));
    const value = r.get('值');
    if (key === '') {
      errors.push(ruleError(TABLE, r.row, '项目', '不能为空'));
      continue;
    }
    if (rows.has(key)) {
      errors.push(ruleError(TABLE, r.row, '项目', `“${key}”与第${rows.get(key)}行重复，请只保留一行`));
      continue;
    }
    const award = bonusName(key);
    if (award !== null) {
      rows.set(`${BONUS_PREFIX}${award}`, r.row);
      if (cellText(value) === '') {
        delete settings.bonuses[award];
        continue;
      }
      const n = numberWithUnit(value);
      if (n === null || Number.isNaN(n))
        errors.push(ruleError(TABLE, r.row, '值', `应为金额（元），现为${quote(value)}`));
      else if (n < 0) errors.push(ruleError(TABLE, r.row, '值', `不能为负数，现为${quote(value)}`));
      else if (ruleNumberProblem(n))
        errors.push(ruleError(TABLE, r.row, '值', `${ruleNumberProblem(n)}，现为${quote(value)}`));
      else settings.bonuses[award] = n;
      continue;
    }
    const spec = SPECS.find((s) => s.key === key);
    if (!spec) {
      errors.push(
        ruleError(
          TABLE,
          r.row,
          '项目',
          `无法识别${quote(key)}，应为${SETTING_KEYS.join('、')}或“奖金.奖项名”`,
        ),
      );
      continue;
    }
    rows.set(key, r.row);
    const parsed = spec.read(value);
    if (parsed === null) continue;
    given.add(key);
    if ('error' in parsed) errors.push(ruleError(TABLE, r.row, '值', `（${key}）${parsed.error}`));
    else (settings as unknown as Record<string, unknown>)[spec.field] = parsed.value;
  }
  return { settings, rows, given };
}

/** A preset's words for its own office (RULES §7), with what the 通报 prints where 设置 gives none. */
const OFFICE_WORDS = [
  { key: '考核办法', field: 'method', placeholder: METHOD_PLACEHOLDER },
  { key: '发文机关', field: 'issuer', placeholder: ISSUER_PLACEHOLDER },
  { key: '主送', field: 'recipients', placeholder: RECIPIENTS_PLACEHOLDER },
] as const;

/**
 * RULES §7: 考核办法, 发文机关 and 主送 are the office's own words. Read over a preset, another office's
 * tables (`ownOffice` false: its 单位 table names none of the preset's units) would sign its 通报 with the
 * preset's 中共上街区委组织部: each of these its 设置 does not give is left blank instead (the 通报 prints its
 * placeholder), and the note names the rows to fill. Null when nothing was left blank.
 */
export function withoutPresetWords(
  settings: Settings,
  read: { rows: Map<string, number>; given: Set<string> },
  fallback: Settings,
): RuleError | null {
  const blanked = OFFICE_WORDS.filter((w) => !read.given.has(w.key) && fallback[w.field] !== '');
  if (blanked.length === 0) return null;
  for (const w of blanked) settings[w.field] = '';
  const absent = blanked.filter((w) => !read.rows.has(w.key)).map((w) => `“${w.key}”`);
  const empty = blanked
    .filter((w) => read.rows.has(w.key))
    .map((w) => `第${read.rows.get(w.key)}行“${w.key}”`);
  const where = [
    ...(absent.length > 0 ? [`没有${absent.join('')}行`] : []),
    ...(empty.length > 0 ? [`${empty.join('、')}为空`] : []),
  ];
  const words = blanked.map((w) => `“${fallback[w.field]}”`).join('、');
  const shown = blanked.map((w) => `“${w.placeholder}”`).join('、');
  const first = blanked.map((w) => read.rows.get(w.key)).find((r) => r !== undefined);
  return {
    table: TABLE,
    row: first ?? 1,
    column: '值',
    message: `「设置」表${where.join('，')}：「单位」表列的不是${fallback.preset || '预设'}的单位，通报不沿用其${words}，暂以${shown}代替；请在「设置」表填写本单位的${blanked.map((w) => w.key).join('、')}`,
  };
}

/** Checks of settings built in code; readSettings already refuses these values from a sheet. */
export function validateSettings(s: Settings, rowOf: (key: string) => number): RuleError[] {
  const errors: RuleError[] = [];
  const check = (key: string, okay: boolean, problem: string) => {
    if (!okay) errors.push(ruleError(TABLE, rowOf(key), '值', `（${key}）${problem}`));
  };
  for (const spec of SPECS) {
    const value = s[spec.field] as number | null;
    const problem = spec.check && value !== null ? spec.check(value) : null;
    check(spec.key, !problem, `${problem}，现为${value}`);
  }
  for (const [award, amount] of Object.entries(s.bonuses)) {
    check(`${BONUS_PREFIX}${award}`, Number.isFinite(amount) && amount >= 0, `不能为负数，现为${amount}`);
  }
  return errors;
}
