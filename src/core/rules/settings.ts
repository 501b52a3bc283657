// The 设置 table: one row per setting (项目 | 值 | 说明), read key by key over the fallback's settings.

import { LEVELS, parseLevel } from '../levels';
import { own } from '../maps';
import { cellText, splitNames, toHalfWidth } from '../text';
import type {
  CapPeriod,
  Cell,
  CoauthorSplit,
  Grid,
  Level,
  MultipleAdoption,
  RankingMode,
  RuleError,
  Settings,
} from '../types';
import { locateTable, numberWithUnit, quote, ruleError, ruleNumberProblem } from './schema';

const TABLE = '设置';

/** Neutral settings: what an office gets before choosing a preset. */
export function defaultSettings(): Settings {
  return {
    year: 2024,
    preset: '',
    coauthorSplit: '均分',
    relayShare: 0.2,
    relayMinLevel: '市级',
    reviewGate: false,
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

/** A free-text setting: blank keeps the fallback, text is kept as typed (line breaks included). */
function textSetting<K extends keyof Settings>(key: K) {
  return (c: Cell): Parsed<Partial<Settings>> | null => {
    const t = cellText(c).trim();
    return t === '' ? null : ok({ [key]: t } as Partial<Settings>);
  };
}

type Parsed<T> = { value: T } | { error: string };

interface SettingSpec {
  key: string; // 项目
  note: string | ((s: Settings) => string); // 说明
  read(cell: Cell): Parsed<Partial<Settings>> | null; // null: blank, keep the fallback's value
  write(s: Settings): Cell;
}

const ok = <T>(value: T): Parsed<T> => ({ value });
const bad = (error: string): Parsed<never> => ({ error });

function flagValue(cell: Cell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  const t = toHalfWidth(cellText(cell)).toLowerCase();
  if (['是', '开', '开启', '启用', 'true', 'yes', 'y', '1', '√', '✓'].includes(t)) return true;
  if (['否', '关', '关闭', '停用', '不', 'false', 'no', 'n', '0', '×'].includes(t)) return false;
  return null;
}

/** 0.2, 1/5, 20% (also ２０％). */
export function parseShare(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const t = toHalfWidth(cellText(cell)).replace(/\s+/g, '');
  let m = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (m) return Number(m[1]) / 100;
  m = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(t);
  if (m) return Number(m[2]) === 0 ? null : Number(m[1]) / Number(m[2]);
  if (/^\d+(\.\d+)?$/.test(t) || /^\.\d+$/.test(t)) return Number(t);
  return null;
}

function numberSetting(cell: Cell, check: (n: number) => string | null): Parsed<number> | null {
  const n = numberWithUnit(cell);
  if (n === null) return null;
  if (Number.isNaN(n)) return bad(`应为数字，现为${quote(cell)}`);
  const problem = ruleNumberProblem(n) ?? check(n);
  return problem ? bad(`${problem}，现为${quote(cell)}`) : ok(n);
}

function choice<T extends string>(
  cell: Cell,
  options: Record<string, T>,
  expected: string,
): Parsed<T> | null {
  const t = toHalfWidth(cellText(cell)).replace(/\s+/g, '');
  if (t === '') return null;
  const v = own(options, t);
  return v ? ok(v) : bad(`无法识别${quote(cell)}，应为${expected}`);
}

const map = <T, U>(p: Parsed<T> | null, f: (v: T) => U): Parsed<U> | null =>
  p === null ? null : 'error' in p ? p : ok(f(p.value));

/** A number setting whose blank cell means none (null). */
function optionalNumber(
  key: 'multiplierCap' | 'capPoints' | 'lateDays',
  check: (n: number) => string | null,
): SettingSpec['read'] {
  return (c) =>
    cellText(c) === ''
      ? ok({ [key]: null } as Partial<Settings>)
      : map(numberSetting(c, check), (n) => ({ [key]: n }) as Partial<Settings>);
}

const SPECS: SettingSpec[] = [
  {
    key: '年度',
    note: '考核年度，如2024；统计以录用日期（未录用的以报送日期）所在年度为准',
    read: (c) =>
      map(
        numberSetting(c, (n) => (Number.isInteger(n) && n >= 1900 && n <= 2200 ? null : '应为四位年份')),
        (year) => ({ year }),
      ),
    write: (s) => s.year,
  },
  {
    key: '预设',
    note: (s) =>
      s.preset.includes('示例')
        ? '本预设的分值均为示例，请按本单位考核办法修改「计分」表后使用'
        : '当前使用的积分办法（上街区积分办法、部机关目标考核、类别积分（示例））',
    read: (c) => (cellText(c) === '' ? null : ok({ preset: cellText(c) })),
    write: (s) => s.preset,
  },
  {
    key: '合作者分配',
    note: '两位作者如何分计任务和积分：均分（各一半）或 3:2（第一作者五分之三）；超过两人只计前两位',
    read: (c) =>
      map(
        choice<CoauthorSplit>(
          c,
          { 均分: '均分', 平均: '均分', 各半: '均分', '3:2': '3:2', '3比2': '3:2' },
          '均分或3:2',
        ),
        (coauthorSplit) => ({ coauthorSplit }),
      ),
    write: (s) => s.coauthorSplit,
  },
  {
    key: '转报分成',
    note: '对口处室协助转报的稿件，处室按该单位积分的比例计分；可写0.2、1/5或20%',
    read: (c) => {
      if (cellText(c) === '') return null;
      const n = parseShare(c);
      if (n === null) return bad(`应为比例，如0.2、1/5或20%，现为${quote(c)}`);
      if (n < 0 || n > 1) return bad(`应在0到1之间，现为${quote(c)}`);
      return ok({ relayShare: n });
    },
    write: (s) => s.relayShare,
  },
  {
    key: '三审把关',
    note: '是：审核状态未到“终审”的稿件标为待核实且不计分；否：不把关',
    read: (c) => {
      if (cellText(c) === '') return null;
      const f = flagValue(c);
      return f === null ? bad(`应为“是”或“否”，现为${quote(c)}`) : ok({ reviewGate: f });
    },
    write: (s) => (s.reviewGate ? '是' : '否'),
  },
  {
    key: '小数位',
    note: '积分保留的小数位数（四舍五入），0到6',
    read: (c) =>
      map(
        numberSetting(c, (n) => (Number.isInteger(n) && n >= 0 && n <= 6 ? null : '应为0到6的整数')),
        (decimals) => ({ decimals }),
      ),
    write: (s) => s.decimals,
  },
  {
    key: '多次录用',
    note: '同一稿件被多个媒体录用：全部（每次都计分）/ 最高级别（只计最高一次）/ 两个最高级别（每个级别一次，计最高两个）',
    read: (c) =>
      map(
        choice<MultipleAdoption>(
          c,
          {
            全部: '全部',
            全部计分: '全部',
            重复计分: '全部',
            最高级别: '最高级别',
            只计最高级别: '最高级别',
            最高: '最高级别',
            两个最高级别: '两个最高级别',
            最高两个级别: '两个最高级别',
            两个最高: '两个最高级别',
          },
          '全部、最高级别或两个最高级别',
        ),
        (multipleAdoption) => ({ multipleAdoption }),
      ),
    write: (s) => s.multipleAdoption,
  },
  {
    key: '系数上限',
    note: '一篇稿件各项系数相乘后的最高倍数；空白为不设上限',
    read: optionalNumber('multiplierCap', (n) => (n > 0 ? null : '应大于0')),
    write: (s) => s.multiplierCap ?? '',
  },
  {
    key: '封顶分值',
    note: '每个单位每个封顶周期最多计多少分；空白为不封顶',
    read: optionalNumber('capPoints', (n) => (n > 0 ? null : '应大于0')),
    write: (s) => s.capPoints ?? '',
  },
  {
    key: '封顶周期',
    note: '封顶分值按月还是按季计算：月或季',
    read: (c) =>
      map(
        choice<CapPeriod>(
          c,
          { 月: '月', 每月: '月', 按月: '月', 季: '季', 季度: '季', 每季: '季', 按季: '季' },
          '月或季',
        ),
        (capPeriod) => ({ capPeriod }),
      ),
    write: (s) => s.capPeriod,
  },
  {
    key: '佐证要求',
    note: `填一个级别（${LEVELS.join('、')}）：该级别及以上的录用须在“佐证”列留链接或文件才计分；空白为不要求`,
    read: (c) => {
      const t = cellText(c);
      if (t === '') return ok({ evidenceFrom: null });
      const level: Level | null = parseLevel(t.replace(/(及以上|以上)$/, ''));
      return level ? ok({ evidenceFrom: level }) : bad(`无法识别${quote(c)}，应为${LEVELS.join('、')}或空白`);
    },
    write: (s) => s.evidenceFrom ?? '',
  },
  {
    key: '迟报天数',
    note: '报送日期晚于事件日期超过这些天标为迟报；空白为不检查',
    read: optionalNumber('lateDays', (n) => (Number.isInteger(n) && n >= 0 ? null : '应为不小于0的整数')),
    write: (s) => s.lateDays ?? '',
  },
  {
    key: '管理员',
    note: '除表格所有者外可以修改规则表的账号（邮箱），多个用顿号分隔',
    read: (c) => {
      const editors = splitNames(cellText(c));
      const wrong = editors.find((e) => !/^[^@\s]+@[^@\s]+$/.test(e));
      return wrong ? bad(`“${wrong}”不是邮箱地址`) : ok({ editors });
    },
    write: (s) => s.editors.join('、'),
  },
  {
    key: '保护方式',
    note: '规则表和领导看板的保护：严格（只有所有者和管理员可改）或仅警告（他人修改时先提示）',
    read: (c) =>
      map(
        choice<'严格' | '仅警告'>(c, { 严格: '严格', 仅警告: '仅警告', 警告: '仅警告' }, '严格或仅警告'),
        (v) => ({ warningOnlyProtection: v === '仅警告' }),
      ),
    write: (s) => (s.warningOnlyProtection ? '仅警告' : '严格'),
  },
  {
    key: '转报最低级别',
    note: `对口处室转报的稿件被该级别及以上媒体录用，处室才得转报分成（001 §三.9：协助向中组部、省委组织部、市委组织部报送）；${LEVELS.join('、')}`,
    read: (c) => {
      const t = cellText(c);
      if (t === '') return null;
      const level: Level | null = parseLevel(t.replace(/(及以上|以上)$/, ''));
      return level ? ok({ relayMinLevel: level }) : bad(`无法识别${quote(c)}，应为${LEVELS.join('、')}`);
    },
    write: (s) => s.relayMinLevel,
  },
  // ── 通报 text (RULES §7): what only the office knows; shown in the 生成通报 sidebar too ──
  {
    key: '考核办法',
    note: '通报开头引用的考核办法名称，如《上街区组工信息宣传工作考核办法》',
    read: textSetting('method'),
    write: (s) => s.method,
  },
  {
    key: '发文机关',
    note: '通报落款的发文机关，如中共上街区委组织部',
    read: textSetting('issuer'),
    write: (s) => s.issuer,
  },
  {
    key: '主送',
    note: '通报的主送单位，如各党（工）委，部机关各科室',
    read: textSetting('recipients'),
    write: (s) => s.recipients,
  },
  {
    key: '文号',
    note: '通报期数或文号的格式：{年}为年份，{期}为月份或季度序号（年度通报为1），如“{年}年第{期}期”或“上组〔{年}〕{期}号”',
    read: textSetting('docNumber'),
    write: (s) => s.docNumber,
  },
  {
    key: '联系人',
    note: '通报末尾的联系人和电话，如联系人：张三，电话：68911234',
    read: textSetting('contact'),
    write: (s) => s.contact,
  },
  {
    key: '存在问题',
    note: '通报“四、存在问题”的正文，每段一行（单元格内换行）；空白时通报留出标题和空行',
    read: textSetting('problems'),
    write: (s) => s.problems,
  },
  {
    key: '下步要求',
    note: '通报“五、下步要求”的正文，每段一行（单元格内换行）；空白时通报留出标题和空行',
    read: textSetting('nextSteps'),
    write: (s) => s.nextSteps,
  },
  {
    key: '排名方式',
    note: '分类：乡镇街道、其他党工委、部机关科室等各类单位分别排名（任务不同）；合并：所有单位排在一张表',
    read: (c) =>
      map(
        choice<RankingMode>(
          c,
          { 分类: '分类', 分类排名: '分类', 按类型: '分类', 合并: '合并', 合并排名: '合并', 统一: '合并' },
          '分类或合并',
        ),
        (rankingMode) => ({ rankingMode }),
      ),
    write: (s) => s.rankingMode,
  },
  {
    key: '个人表',
    note: '通报附件是否列出个人计任务表：显示或不显示',
    read: (c) => {
      const t = toHalfWidth(cellText(c)).replace(/\s+/g, '');
      if (t === '') return null;
      if (['显示', '是', '列出'].includes(t)) return ok({ showPeople: true });
      if (['不显示', '否', '不列出', '隐藏'].includes(t)) return ok({ showPeople: false });
      return bad(`无法识别${quote(c)}，应为显示或不显示`);
    },
    write: (s) => (s.showPeople ? '显示' : '不显示'),
  },
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

function specOf(key: string): SettingSpec {
  const spec = SPECS.find((s) => s.key === key);
  if (!spec) throw new Error(`no setting ${key}`);
  return spec;
}

/** Those rows as the 通报 uses them (the preset's text where the cell is blank), as the sidebar shows them. */
export function noticeSettingTexts(s: Settings): NoticeSettings {
  const texts = {} as NoticeSettings;
  for (const key of NOTICE_SETTING_KEYS) texts[key] = cellText(specOf(key).write(s));
  return texts;
}

/** A 通报 setting's 说明, for its row added to an older 设置 tab. */
export function noticeSettingNote(key: NoticeSettingKey): string {
  const note = specOf(key).note;
  return typeof note === 'string' ? note : '';
}

/** A 项目 cell as the table matches it: half-width, no spaces (设 置 and 设置 are one key). */
export function settingKey(cell: Cell): string {
  return toHalfWidth(cellText(cell)).replace(/\s+/g, '');
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
  for (const spec of SPECS)
    grid.push([spec.key, spec.write(s), typeof spec.note === 'string' ? spec.note : spec.note(s)]);
  for (const [award, amount] of Object.entries(s.bonuses)) {
    grid.push([`${BONUS_PREFIX}${award}`, amount, BONUS_NOTE]);
  }
  return grid;
}

/** Read the 设置 table over the fallback; rows maps each key read to its sheet row. */
export function readSettings(
  grid: Grid | undefined,
  fallback: Settings,
  errors: RuleError[],
): { settings: Settings; rows: Map<string, number> } {
  const settings: Settings = {
    ...fallback,
    bonuses: { ...fallback.bonuses },
    editors: [...fallback.editors],
  };
  const rows = new Map<string, number>();
  const table = locateTable(TABLE, grid, errors);
  if (!table) return { settings, rows };
  for (const r of table.rows) {
    const key = settingKey(r.get('项目'));
    const value = r.get('值');
    if (key === '') {
      errors.push(ruleError(TABLE, r.row, '项目', '不能为空'));
      continue;
    }
    if (rows.has(key)) {
      errors.push(ruleError(TABLE, r.row, '项目', `“${key}”与第${rows.get(key)}行重复，以第一次为准`));
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
    if ('error' in parsed) errors.push(ruleError(TABLE, r.row, '值', `（${key}）${parsed.error}`));
    else Object.assign(settings, parsed.value);
  }
  return { settings, rows };
}

/** Checks of settings built in code; readSettings already refuses these values from a sheet. */
export function validateSettings(s: Settings, rowOf: (key: string) => number): RuleError[] {
  const errors: RuleError[] = [];
  const check = (key: string, okay: boolean, problem: string) => {
    if (!okay) errors.push(ruleError(TABLE, rowOf(key), '值', `（${key}）${problem}`));
  };
  check('年度', Number.isInteger(s.year) && s.year >= 1900 && s.year <= 2200, `应为四位年份，现为${s.year}`);
  check('转报分成', s.relayShare >= 0 && s.relayShare <= 1, `应在0到1之间，现为${s.relayShare}`);
  check(
    '小数位',
    Number.isInteger(s.decimals) && s.decimals >= 0 && s.decimals <= 6,
    `应为0到6的整数，现为${s.decimals}`,
  );
  check('系数上限', s.multiplierCap === null || s.multiplierCap > 0, `应大于0，现为${s.multiplierCap}`);
  check('封顶分值', s.capPoints === null || s.capPoints > 0, `应大于0，现为${s.capPoints}`);
  check(
    '迟报天数',
    s.lateDays === null || (Number.isInteger(s.lateDays) && s.lateDays >= 0),
    `应为不小于0的整数，现为${s.lateDays}`,
  );
  for (const [award, amount] of Object.entries(s.bonuses)) {
    check(`${BONUS_PREFIX}${award}`, Number.isFinite(amount) && amount >= 0, `不能为负数，现为${amount}`);
  }
  return errors;
}
