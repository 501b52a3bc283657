// Rule tables from sheets: every bad cell becomes a RuleError naming it, and its row is skipped.

import { pushAll } from '../arrays';
import { dayToIso } from '../dates';
import { KIND_WORDS, normalizeKind } from '../ledgerRow';
import { parseInstruction } from '../levels';
import { aliasTable, own } from '../maps';
import { placementKey, placementList } from '../placement';
import { DISTRICT_DEPARTMENT, findDepartment, quotaRecipient } from '../relay';
import { AUDIO_WORDS, VIDEO_WORDS } from '../scoreRules';
import { simplified } from '../simplified';
import { peopleByUnit, peopleTable, teamMembers } from '../teams';
import {
  brief,
  cellNumber,
  cellText,
  joinedAuthors,
  splitAuthors,
  splitListItems,
  toHalfWidth,
  unitKey,
  unitNameReader,
} from '../text';
import type {
  BonusRule,
  Grid,
  Indicator,
  MultiplierCondition,
  MultiplierRule,
  OutletDef,
  PersonDef,
  PointRule,
  RuleError,
  Rules,
  UnitDef,
  Window,
} from '../types';
import { type ColumnNeed, ruleColumnNeeds } from './columnNeeds';
import { type DeemedPersonNote, readDeemed } from './deemed';
import { kindList } from './kinds';
import { outletIndex } from './outlets';
import { expandPointRanges, type RangedPoint } from './pointRanges';
import {
  isHeaderOnly,
  type LocatedTable,
  locateTable,
  noneLine,
  notANumber,
  quote,
  RowReader,
  type RuleGrids,
  type RuleTableName,
  ruleError,
  ruleNumberProblem,
  textOnlyLines,
} from './schema';
import { readSettings, withoutPresetWords } from './settings';
import { parseMetric, parseSubject, parseWindow } from './subject';
import { KNOWN_UNIT_TYPES } from './unitTypes';
import { type SourceRows, validateWithRows } from './validate';

interface Read<T> {
  items: T[];
  rows: number[];
}

/** Read a table's rows with parseRow; a row with any bad cell is left out. Null when the table is absent. */
function readTable<T>(
  table: RuleTableName,
  grid: Grid | undefined,
  errors: RuleError[],
  /** undefined: the row is refused (its reader said why, else readTable does); null: left out, said as a note. */
  parseRow: (r: RowReader) => T | undefined | null,
  notes?: RuleError[],
  unread?: Map<string, string[]>,
): Read<T> | null {
  // A title or a note alone is no table (emptied and sheets/run.ts say what is read instead).
  if (textOnlyLines(table, grid) !== null) return null;
  try {
    const said: string[] = [];
    const located: LocatedTable | null = locateTable(table, grid, errors, notes, said);
    if (said.length > 0) unread?.set(table, said);
    if (!located) return null;
    const out: Read<T> = { items: [], rows: [] };
    for (const row of located.rows) {
      const reader = new RowReader(table, row, errors);
      const item = parseRow(reader);
      if (item === null) continue;
      if (item !== undefined && reader.ok) {
        out.items.push(item);
        out.rows.push(row.row);
      } else if (reader.ok) {
        // A row left out must say so at its row: never a rule dropped in silence (audit s33 C-F1).
        const message = `「${table}」表第${row.row}行无法读取，本行未计入规则，请检查本行各列`;
        errors.push({ table, row: row.row, column: '', message });
      }
    }
    return out;
  } catch {
    // Only a grid that is not rows of cells gets here (a caller's bug, not a user's typo).
    errors.push({ table, row: 1, column: '', message: `「${table}」表的内容无法读取，沿用原有规则` });
    return null;
  }
}

/** 计分 as read, each “以上” row written out at the levels it covers (pointRanges.ts). */
function pointsWritten(read: Read<RangedPoint> | null): Read<PointRule> | null {
  if (read === null) return null;
  const { points, rows } = expandPointRanges(read.items, read.rows);
  return { items: points, rows };
}

/**
 * An emptied 系数 / 加分 / 指标 tab: no rows of that kind, not the preset's. So is one whose only lines say the
 * table is not used (本年度不设加分): said, as the rows are not read.
 */
function emptied<T>(table: RuleTableName, grid: Grid | undefined, notes: RuleError[]): Read<T> | null {
  if (isHeaderOnly(table, grid)) return { items: [], rows: [] };
  const none = noneLine(table, grid);
  if (none === null) return null;
  const message = `「${table}」表第${none.row}行写着“${brief(none.text, 30)}”，按本年度不设${table}计算（不取预设的${table}规则）`;
  notes.push({ table, row: none.row, column: '', message });
  return { items: [], rows: [] };
}

/** The largest 人数 a 单位 row may give. Units inferred from a ledger (sheets/run.ts inferUnits) above it get a blank one. */
export const MAX_HEADCOUNT = 1000;

function readUnit(r: RowReader, singles?: Map<number, number>): UnitDef | undefined {
  // Without invisible characters (schema.ts ruleCell), as the ledger reads 单位 (a ledger's 峡窝镇 党委 is
  // matched in assess).
  const name = r.name('单位', true);
  const type = r.required('类型');
  // A team's headcount; the bound keeps a typo (10000000) from costing a loop per "member".
  const headcount = r.number('人数', { min: 0, max: MAX_HEADCOUNT, integer: true });
  const months = readMonths(r, headcount ?? 0, singles);
  if (name === undefined || type === undefined || headcount === undefined || months === undefined)
    return undefined;
  // 别名: a renamed unit's old name (桃源村 for 桃源社区), several split as 媒体's 别名 are, on 、，,;；/ (a space
  // inside one stays: 石门镇 桃源村 is one name, matched as the ledger's 单位 is, without its spaces).
  const aliases = splitListItems(r.text('别名'));
  return {
    name,
    // A vocabulary word the rules compare (部机关科室, 乡镇街道): traditional characters read as simplified.
    type: simplified(type),
    headcount: headcount ?? 0,
    monthsInPost: months,
    isOffice: r.flag('办公室'),
    chief: chiefName(r.name('负责人') ?? ''),
    veto: r.flag('一票否决'),
    ...(aliases.length > 0 ? { aliases } : {}),
  };
}

/** 负责人 read as a name (钱 科长 is 钱科长, 钱科长（主持工作） is 钱科长); a cell of several names kept as typed. */
function chiefName(typed: string): string {
  const names = personNames(typed);
  return names.length === 1 ? names[0] : typed.trim();
}

/**
 * 在岗月数: one number for every member, or one number per member; blank = all twelve months. One number
 * under 12 for several members is remembered in `singles` (row → the number), to be said (sweep s25d F5).
 */
function readMonths(r: RowReader, headcount: number, singles?: Map<number, number>): number[] | undefined {
  const months: number[] = [];
  for (const part of r.list('在岗月数')) {
    const n = cellNumber(part.replace(/(个月|月)$/, ''));
    if (n === null || Number.isNaN(n) || n < 0 || n > 12) {
      return r.fail('在岗月数', `应为0到12之间的月数，现为${quote(part)}`);
    }
    months.push(n);
  }
  if (months.length === 1 && headcount > 1) {
    if (months[0] < 12) singles?.set(r.r.row, months[0]);
    return Array(headcount).fill(months[0]);
  }
  if (headcount > 0 && months.length > headcount) {
    return r.fail('在岗月数', `填了${months.length}人的月数，多于人数${headcount}`);
  }
  return months;
}

/**
 * A cell naming one person (人员 姓名, 单位 负责人) read as the ledger reads 作者, its spaces padding one name:
 * the names it gives (one when well typed).
 */
export function personNames(typed: string): readonly string[] {
  const split = splitAuthors(typed.replace(/\s+/g, ''));
  // 王芳和李四 in a 人员 row is the one person it names (the ledger then keeps such a 作者 whole).
  return joinedAuthors(split) ?? split;
}

/** 人员: a person, their 科室 and months in post this year (blank = the whole year). */
function readPerson(r: RowReader): PersonDef | undefined {
  const typed = r.name('姓名', true);
  // A 人员 row is one person by the table's definition: a space in it (欧阳 娜娜, 陶 鹏, 欧 阳 娜 娜, a
  // full-width one) pads or parts one name, never two people, so the name is read without its spaces; the
  // rest as the ledger reads 作者 (蒋超宇（组长） is 蒋超宇), and a list separator (、，,；;/ & …) is refused.
  const names = typed === undefined ? [] : personNames(typed);
  if (typed !== undefined && names.length !== 1)
    return r.fail('姓名', names.length === 0 ? '不能为空' : `每行只填一人，现为${quote(typed)}`);
  const name = names[0];
  const unit = r.name('单位', true);
  const months = r.number('在岗月数', { min: 0, max: 12 });
  if (name === undefined || unit === undefined || months === undefined) return undefined;
  return { name, unit, monthsInPost: months };
}

/**
 * A 媒体 row. One with a name and a blank 级别 is left out with a note at its cell, not refused: the ledger's
 * rows of that outlet are scored by their own 级别 (RULES §3) or told to fill one (second reading s33: refusing
 * stopped the whole report).
 */
/**
 * A 媒体 table kept without its 标签 column (name and 级别 only) still tells a radio or TV outlet by its name
 * (郑州人民广播电台, 河南电视台): their pieces are judged by 时长 or 字数 as the seed says (001 §三.7), not by
 * whichever the row has (audit s38 R: the example's radio pieces tripled by 时长, 2584.6 → 2858.6, nothing said).
 */
function tagsByName(name: string): string[] {
  if (VIDEO_WORDS.test(name) || name.includes('卫视')) return ['电视'];
  if (AUDIO_WORDS.test(name) || /电台|之声/.test(name)) return ['广播'];
  return [];
}

function readOutlet(r: RowReader, notes: RuleError[], byName: string[]): OutletDef | undefined | null {
  const name = r.required('媒体');
  if (name !== undefined && r.text('级别') === '') {
    notes.push(
      ruleError(
        '媒体',
        r.r.row,
        '级别',
        `为空，“${name}”未读入「媒体」表：台账中该媒体的行按本行所填级别计分，未填级别的不计分；请填写级别`,
      ),
    );
    return null;
  }
  const level = r.requiredLevel('级别');
  if (name === undefined || level === undefined) return undefined;
  // 《》 are how outlets are quoted in documents, not part of their names.
  const bare = (s: string) => s.replace(/[《》〈〉]/g, '').trim();
  if (bare(name) === '') return r.fail('媒体', `不能只有书名号，现为${quote(name)}`);
  return {
    name: bare(name),
    aliases: r
      .list('别名')
      .map(bare)
      .filter((a) => a !== ''),
    level,
    tags: r.r.has('标签') ? tagList(r, '标签') : withTagsByName(bare(name), byName),
  };
}

/** tagsByName, remembering the outlets so tagged for the note (readRules). */
function withTagsByName(name: string, byName: string[]): string[] {
  const tags = tagsByName(name);
  if (tags.length > 0) byName.push(`${name}按${tags[0]}`);
  return tags;
}

/**
 * A 类别 rule cell's kinds as typed, by table, row and kind as read (系数:4:调研报告 → 调 研 报 告): the notice for a
 * kind none knows quotes what the cell says (kindsNoneKnows).
 */
type TypedKinds = Map<string, string>;
const typedKey = (table: string, row: number, kind: string) => `${table}:${row}:${kind}`;

/** A 类别 list cell read as the ledger reads 类别 (kinds.ts), each kind's typed text kept in `typed`. */
function kindCell(r: RowReader, column: string, typed: TypedKinds): string[] {
  return kindList(r.text(column)).map((k) => {
    typed.set(typedKey(r.table, r.r.row, k.kind), k.typed);
    return k.kind;
  });
}

/** 标签 as the rules compare them (媒体's, 计分's, 系数's, 指标's): traditional characters read as simplified. */
function tagList(r: RowReader, column: string): string[] {
  return r.list(column).map(simplified);
}

function readPoint(r: RowReader, typed: TypedKinds): RangedPoint | undefined {
  const modeText = r.required('采用方式');
  const modes = modeText === undefined ? undefined : r.modes('采用方式');
  // 市级以上: this level and every higher one (pointRanges.ts).
  const range = r.levelRange('级别');
  const level = range === null ? r.requiredLevel('级别') : range?.level;
  const points = r.requiredNumber('分值', { min: 0 });
  const effectiveFrom = r.day('生效日期');
  if (modes === undefined || level === undefined || points === undefined || effectiveFrom === undefined)
    return undefined;
  if (modes.length !== 1) return r.fail('采用方式', `每行只填一种方式，现为${quote(modeText)}`);
  const kindText = r.text('类别');
  const kind = kindText === '' ? '' : normalizeKind(kindText); // 调研文章 is the ledger's 调研报告
  if (kind !== '') typed.set(typedKey(r.table, r.r.row, kind), kindText);
  // 头版、头条 in a 计分 row: two 版面 as 系数 reads the list, one (头版头条) as the ledger reads a cell; which
  // the office meant is not guessed (audit s37 K5: read as 头版头条, the 头版 rows lost the value).
  const placements = placementList(r.text('版面'));
  if (placements.length > 1)
    return r.fail(
      '版面',
      `${quote(r.text('版面'))}含${placements.length}个版面：每行只填一个（如“头版”），多个版面各占一行；如指头版头条，请写“头版头条”`,
    );
  const rule: PointRule = {
    mode: modes[0],
    level,
    kind,
    tag: simplified(r.text('标签')),
    placement: r.text('版面'),
    points,
    effectiveFrom,
  };
  return { rule, andAbove: range?.andAbove === true };
}

const CONDITIONS = aliasTable<MultiplierCondition['kind']>('字数|时长 时长(分钟) 时长分钟|版面|类别|标签');

function readMultiplier(r: RowReader, typed: TypedKinds): MultiplierRule | undefined {
  const conditionText = r.required('条件');
  const kind = conditionText === undefined ? undefined : own(CONDITIONS, conditionText.replace(/\s+/g, ''));
  if (conditionText !== undefined && kind === undefined) {
    r.fail('条件', `无法识别${quote(conditionText)}，应为字数、时长、版面、类别或标签`);
  }
  const factor = r.requiredNumber('倍数', { above: 0, rate: true });
  const modes = r.modes('适用方式');
  const effectiveFrom = r.day('生效日期');
  let condition: MultiplierCondition | undefined;
  if (kind === '字数' || kind === '时长') {
    const over = readOver(r);
    if (over !== undefined) condition = { kind, over };
  } else if (kind !== undefined) {
    // A 类别 as the ledger reads it: 调研 is 调研报告 (RULES §2), 调 研 报 告 too (kinds.ts); 版面 words hold
    // spaces (头版 头条): split on 、，,；; only (placement.ts).
    const values =
      kind === '类别'
        ? kindCell(r, '取值', typed)
        : kind === '版面'
          ? placementList(r.text('取值'))
          : tagList(r, '取值');
    condition =
      values.length > 0 ? { kind, values } : r.fail('取值', `不能为空，应填${kind}，多个用顿号分隔`);
  }
  if (condition === undefined || factor === undefined || modes === undefined || effectiveFrom === undefined) {
    return undefined;
  }
  return { name: r.text('名称'), condition, factor, modes, group: r.text('分组'), effectiveFrom };
}

/** 取值 of 字数/时长: the number it must exceed; 1000, >1000, 超过1000字 are all read as 1000. */
function readOver(r: RowReader): number | undefined {
  const cell = r.r.get('取值');
  const text = toHalfWidth(cellText(cell)).replace(/\s+/g, '');
  if (text === '') return r.fail('取值', '不能为空，应填数字');
  const n =
    typeof cell === 'number'
      ? cell
      : cellNumber(text.replace(/^(>|超过|大于)/, '').replace(/(字|分钟)$/, ''));
  if (n === null || Number.isNaN(n)) return r.fail('取值', notANumber(cell));
  if (n < 0) return r.fail('取值', `不能为负数，现为${quote(cell)}`);
  const size = ruleNumberProblem(n);
  if (size) return r.fail('取值', `${size}，现为${quote(cell)}`);
  return n;
}

function readBonus(r: RowReader): BonusRule | undefined {
  const text = r.required('批示');
  const instruction = text === undefined ? undefined : parseInstruction(text);
  if (text !== undefined && !instruction) r.fail('批示', `无法识别${quote(text)}，应为国家、省、市或区县`);
  const points = r.requiredNumber('加分', { min: 0 });
  const effectiveFrom = r.day('生效日期');
  if (!instruction || points === undefined || effectiveFrom === undefined) return undefined;
  return { instruction, points, effectiveFrom };
}

function readIndicator(
  r: RowReader,
  canonicalOutlet: (name: string) => string,
  typed: TypedKinds,
): Indicator | undefined {
  const name = r.required('名称');
  const subjectText = r.required('对象');
  const subject = subjectText === undefined ? undefined : parseSubject(subjectText);
  if (subjectText !== undefined && subject === null) {
    r.fail(
      '对象',
      `无法识别${quote(subjectText)}，应为全部门、每个单位、每人、每人:类型、科室整体:类型或单位类型`,
    );
  }
  const metricText = r.required('度量');
  const metric = metricText === undefined ? undefined : parseMetric(metricText);
  if (metricText !== undefined && metric === null)
    r.fail('度量', `无法识别${quote(metricText)}，应为积分、录用、报送或篇目`);
  const windowText = r.text('窗口');
  // 目标 typed in the 考核办法's words (每月不少于2条) or a 名称 saying its window (每月向区委组织部报送): with 窗口
  // blank, that window; 目标 saying another window than 窗口 is refused (audit s37 K1: 每月 was dropped, and a
  // monthly task judged over the year).
  const targetWindow = windowSpoken(r.text('目标'));
  const window =
    windowText === '' ? (targetWindow ?? windowSpoken(name ?? '') ?? '全年') : parseWindow(windowText);
  if (window === null) r.fail('窗口', `无法识别${quote(windowText)}，应为全年、每月或每季`);
  else if (windowText !== '' && targetWindow !== null && targetWindow !== window)
    r.fail('目标', `写的是${targetWindow}，「窗口」却是${window}：请统一（目标只填数字）`);
  const threshold = r.requiredNumber('目标', { min: 0 });
  // 省级: 省级 and above (RULES §4); 仅省级, 省级（本级）: 省级 only.
  const levelFilter = r.levelFilter('级别');
  const minLevel = levelFilter === undefined ? undefined : (levelFilter?.level ?? null);
  const modes = r.modes('采用方式');
  const effectiveFrom = r.day('生效日期');
  const coauthors = readCoauthors(r);
  if (
    name === undefined ||
    !subject ||
    coauthors === undefined ||
    !metric ||
    !window ||
    threshold === undefined ||
    minLevel === undefined ||
    modes === undefined ||
    effectiveFrom === undefined
  ) {
    return undefined;
  }
  return {
    name,
    subject,
    metric,
    filter: {
      minLevel,
      ...(levelFilter?.only ? { levelOnly: true } : {}),
      tags: tagList(r, '标签'),
      outlets: r.list('媒体').map(canonicalOutlet),
      kinds: kindCell(r, '类别', typed), // as the ledger reads 类别: 调研, 调 研 报 告 are 调研报告
      recipients: r.list('报送对象'), // as written: read with the own department once 设置 is (ownDepartment)
      modes,
      halfTags: tagList(r, '折半标签'),
    },
    window,
    threshold,
    distinct: r.flag('去重'),
    group: r.text('组'),
    award: r.text('奖项'),
    deemedMet: splitListItems(r.text('视同达标')), // read against the units and people once known (deemed.ts)
    effectiveFrom,
    sourceRow: r.r.row,
    coauthors,
  };
}

/** The window a text names (每月不少于2条, 每季度向…, 全年积分): null for none, or for two different ones. */
function windowSpoken(text: string): Window | null {
  const found = new Set<Window>();
  if (/每月|按月|月度|每个月/.test(text)) found.add('每月');
  if (/每季|季度|按季/.test(text)) found.add('每季');
  if (/全年|每年|年度/.test(text)) found.add('全年');
  return found.size === 1 ? [...found][0] : null;
}

/**
 * An office's 指标 table with no 各计 row where its preset counts a task so (部机关's 全年发稿 … under a tab written
 * before the 合作者 column existed): those tasks split co-authored pieces, said once at the first of them.
 */
function coauthorsNeverEach(rules: Rules, fallback: Rules): RuleError[] {
  if (rules.indicators.some((ind) => ind.coauthors === '各计')) return [];
  const each = new Set(fallback.indicators.filter((ind) => ind.coauthors === '各计').map((ind) => ind.name));
  const split = rules.indicators.filter((ind) => each.has(ind.name));
  if (split.length === 0) return [];
  const names = [...new Set(split.map((ind) => `“${ind.name}”`))].join('、');
  return [
    {
      table: '指标',
      row: split[0].sourceRow,
      column: '合作者',
      message: `「指标」表的${names}按“均分”计合作稿件（每篇最多计两人、每人半篇）；预设对这些任务“各计”（每位作者各计1篇，000 §三(一)）：如应各计，请在「指标」表加「合作者」列并填“各计”`,
    },
  ];
}

/** 合作者 as typed → the mode; blank is 均分 (today's rule). */
const COAUTHOR_WORDS = aliasTable(
  '均分 平均 平分 各半 折半 半篇 每人半篇|各计 各计1篇 各计一篇 每人各计 全计 各算一篇 各计全篇',
);

/** 合作者: 均分 (blank too) or 各计; anything else is a rule error at its cell. */
function readCoauthors(r: RowReader): Indicator['coauthors'] {
  const typed = r.text('合作者');
  const key = toHalfWidth(typed).replace(/\s+/g, '');
  if (key === '') return '均分';
  const mode = own(COAUTHOR_WORDS, key);
  if (mode === '均分' || mode === '各计') return mode;
  r.fail(
    '合作者',
    `无法识别${quote(typed)}，应为“均分”（合作稿件最多计两人、每人半篇）或“各计”（每位作者各计1篇）`,
  );
  return undefined;
}

/**
 * Read the rule tables. A table present with a header and at least one data row replaces the
 * fallback's table; an absent or empty one keeps the fallback's. 设置 overrides key by key.
 * Never throws: bad cells become errors and their rows are skipped; contradictions are reported too.
 */
export function readRules(
  tables: RuleGrids,
  fallback: Rules,
): {
  rules: Rules;
  errors: RuleError[];
  notes: RuleError[];
  kindNotes: KindNote[];
  deemedPeople: DeemedPersonNote[];
  columnNeeds: ColumnNeed[];
} {
  const errors: RuleError[] = [];
  // What was read with a doubt (a column under a name no table knows): said, not refused.
  const notes: RuleError[] = [];
  const typed: TypedKinds = new Map();
  // Each table's columns not read, as said after 该表: a refusal of that table carries them (withUnread).
  const unread = new Map<string, string[]>();
  const singleMonths = new Map<number, number>();
  const units = readTable('单位', tables.单位, errors, (r) => readUnit(r, singleMonths), notes, unread);
  const taggedByName: string[] = [];
  const outlets = readTable(
    '媒体',
    tables.媒体,
    errors,
    (r) => readOutlet(r, notes, taggedByName),
    notes,
    unread,
  );
  if (taggedByName.length > 0)
    notes.push({
      table: '媒体',
      row: 1,
      column: '',
      message: `「媒体」表没有「标签」列：电视、广播媒体按名称判断（${taggedByName.slice(0, 3).join('、')}${taggedByName.length > 3 ? `等${taggedByName.length}家` : ''}），其稿件按时长或字数计分；如需其他标签，请添加「标签」列`,
    });
  const points = pointsWritten(
    readTable('计分', tables.计分, errors, (r) => readPoint(r, typed), notes, unread),
  );
  const multipliers =
    readTable('系数', tables.系数, errors, (r) => readMultiplier(r, typed), notes, unread) ??
    emptied('系数', tables.系数, notes);
  const bonuses =
    readTable('加分', tables.加分, errors, readBonus, notes, unread) ?? emptied('加分', tables.加分, notes);
  const outletList = outlets?.items ?? fallback.outlets.map(copyOutlet);
  const find = outletIndex(outletList);
  const canonical = (name: string) => find(name)?.name ?? name;
  const indicators =
    readTable('指标', tables.指标, errors, (r) => readIndicator(r, canonical, typed), notes, unread) ??
    emptied('指标', tables.指标, notes);
  // Optional: an absent tab and a header-only one both mean nobody is listed (the presets list nobody).
  const people =
    readTable('人员', tables.人员, errors, readPerson, notes, unread) ?? emptied('人员', tables.人员, notes);
  let settings: ReturnType<typeof readSettings>;
  try {
    settings = readSettings(tables.设置, fallback.settings, errors, notes);
  } catch {
    errors.push({ table: '设置', row: 1, column: '', message: '「设置」表的内容无法读取，沿用原有设置' });
    settings = readSettings(undefined, fallback.settings, errors);
  }
  const rules: Rules = {
    units: units?.items ?? fallback.units.map((u) => ({ ...u, monthsInPost: [...u.monthsInPost] })),
    outlets: outletList,
    points: points?.items ?? fallback.points.map((p) => ({ ...p })),
    multipliers: multipliers?.items ?? fallback.multipliers.map(copyMultiplier),
    bonuses: bonuses?.items ?? fallback.bonuses.map((b) => ({ ...b })),
    indicators: indicators?.items ?? fallback.indicators.map(copyIndicator),
    settings: settings.settings,
    people: peopleInUnits(people?.items ?? (fallback.people ?? []).map((p) => ({ ...p })), units?.items),
  };
  const another =
    anotherOffice(units?.items ?? null, fallback) || ownDepartmentDiffers(rules, settings.given, fallback);
  const blanked = another ? withoutPresetWords(rules.settings, settings, fallback.settings) : null;
  if (blanked) notes.push(blanked);
  // Nor is it under the preset's name (领导看板 and the console print 规则：…): its own 预设, else none.
  if (another && !settings.given.has('预设')) rules.settings.preset = '';
  const own = ownDepartment(rules, settings.rows);
  if (own) notes.push(own);
  sameTypeSpelling(rules);
  const deemed = readDeemed(rules, indicators !== null);
  pushAll(notes, deemed.notes);
  if (units !== null) pushAll(deemed.people, chiefsNotListed(rules, units.rows));
  const rows: SourceRows = {
    units: units?.rows,
    outlets: outlets?.rows,
    points: points?.rows,
    multipliers: multipliers?.rows,
    bonuses: bonuses?.rows,
    settings: settings.rows,
    people: people?.rows,
  };
  pushAll(errors, validateWithRows(rules, rows));
  withUnread(errors, unread);
  const read = { points: points?.rows, multipliers: multipliers?.rows, indicators: indicators !== null };
  if (indicators !== null || points !== null || multipliers !== null || outlets !== null)
    pushAll(notes, tagsNoOutletHas(rules, read));
  const gate = canonicalReviewGate(rules, settings.rows);
  if (gate) {
    // Among the 设置 errors in row order, as the others of the table are.
    const after = errors.findIndex((e) => e.table === '设置' && e.row > gate.row);
    errors.splice(after < 0 ? errors.length : after, 0, gate);
  }
  if (points !== null || outlets !== null) pushAll(notes, tagsTied(rules, points?.rows));
  if (units !== null) pushAll(notes, teamsWithoutMembers(rules, units.rows));
  if (units !== null) pushAll(notes, unitsNamedAlike(rules, units.rows));
  if (units !== null) pushAll(notes, oneMonthsForAll(rules, units.rows, singleMonths));
  if (indicators !== null) pushAll(notes, coauthorsNeverEach(rules, fallback));
  const columnNeeds = ruleColumnNeeds(rules, {
    points: points?.rows,
    multipliers: multipliers?.rows,
    settings: settings.rows,
    indicatorsRead: indicators !== null,
  });
  return {
    rules,
    errors,
    notes,
    kindNotes: kindsNoneKnows(rules, read, typed),
    deemedPeople: deemed.people,
    columnNeeds,
  };
}

/** Whether a 科室整体 task covers units of this type (a bare 科室整体 covers every type). */
function teamTaskCovers(rules: Rules, type: string): boolean {
  return rules.indicators.some(
    (ind) => ind.subject.kind === 'team' && (ind.subject.unitType === '' || ind.subject.unitType === type),
  );
}

/**
 * The 负责人 whom 人员 does not list: told in assess (deemedPeopleTheLedgerLacks) unless the ledger has that
 * author, since a chief matching nobody is silently paid as a member (sweep s25d F4).
 */
function chiefsNotListed(rules: Rules, rows: number[]): DeemedPersonNote[] {
  const listed = (rules.people ?? []).map((p) => p.name);
  const out: DeemedPersonNote[] = [];
  rules.units.forEach((u, i) => {
    const chief = (u.chief ?? '').trim();
    if (chief === '' || listed.includes(chief)) return;
    // Only a team's chief matters: a township's 负责人 is no author.
    if (!teamTaskCovers(rules, u.type)) return;
    const row = rows[i] ?? i + 2;
    out.push({
      name: chief,
      known: listed,
      table: '单位',
      row,
      column: '负责人',
      where: `「单位」表第${row}行「负责人」`,
      chief: true,
    });
  });
  return out;
}

/**
 * A table refused (a bad cell, a clash, a missing header) that has columns not read says so in the refusal
 * too, not only in a notice the refusal hides: 生效曰期 for 生效日期 makes two dated versions of a rule a clash,
 * and the office, told only of the clash, deletes a correct row (audit S23a F2).
 */
function withUnread(errors: RuleError[], unread: ReadonlyMap<string, string[]>): void {
  for (let i = 0; i < errors.length; i++) {
    const said = unread.get(errors[i].table);
    if (said) errors[i] = { ...errors[i], message: `${errors[i].message}；另：${said.join('；')}` };
  }
}

/** Which tables were read from sheets (their rows), for naming a rule's cell; absent: the preset's. */
interface ReadFrom {
  points?: number[];
  multipliers?: number[];
  indicators: boolean;
}

/** Where a 计分 / 系数 rule is, for a message: its table row when read, else the preset's rule. */
function pointAt(rules: Rules, rows: number[] | undefined, i: number, column: string): string {
  if (rows) return `「计分」表第${rows[i]}行「${column}」`;
  const p = rules.points[i];
  return `预设计分“${p.mode}×${p.level}”的${column}`;
}
function multiplierAt(rules: Rules, rows: number[] | undefined, i: number): string {
  if (rows) return `「系数」表第${rows[i]}行「取值」`;
  const m = rules.multipliers[i];
  return `预设系数“${m.name || m.condition.kind}”的取值`;
}

/**
 * A 类别 in a rule table that is no kind at all (neither one RULES §2 names nor an alias of one), with the
 * notice naming its cell: assess says it unless the ledger uses that 类别 (an office's own kind, 专题片).
 */
export interface KindNote {
  kind: string;
  note: RuleError;
}

/** The notices of kindsNoneKnows for the 类别 the ledger does not write (`used`: those it writes). */
export function kindsTheLedgerLacks(notes: KindNote[], used: ReadonlySet<string>): RuleError[] {
  return notes.filter((k) => !used.has(k.kind)).map((k) => k.note);
}

function kindsNoneKnows(rules: Rules, read: ReadFrom, typed: TypedKinds): KindNote[] {
  const out: KindNote[] = [];
  const said = new Set<string>();
  const say = (kind: string, table: string, row: number, column: string, where: string, costs: string) => {
    if (kind === '' || KIND_WORDS.has(kind) || said.has(where + kind)) return;
    said.add(where + kind);
    // As the cell has it (专 题 片), not as read (专题片): the user finds the cell by its text.
    const message = `${where}“${typed.get(typedKey(table, row, kind)) ?? kind}”不是已知的类别，台账中也没有这一类别，${costs}`;
    out.push({ kind, note: { table, row, column, message } });
  };
  if (read.points)
    rules.points.forEach((p, i) => {
      const row = (read.points as number[])[i];
      say(p.kind, '计分', row, '类别', pointAt(rules, read.points, i, '类别'), '该行分值不会用到');
    });
  if (read.multipliers)
    rules.multipliers.forEach((m, i) => {
      if (m.condition.kind !== '类别') return;
      const row = (read.multipliers as number[])[i];
      for (const kind of m.condition.values)
        say(kind, '系数', row, '取值', multiplierAt(rules, read.multipliers, i), '此取值不会用到');
    });
  if (read.indicators)
    for (const ind of rules.indicators)
      for (const kind of ind.filter.kinds)
        say(kind, '指标', ind.sourceRow, '类别', `「指标」表第${ind.sourceRow}行「类别」`, '按此统计为0');
  return out;
}

/**
 * Two 计分 rows as specific as each other (same 方式/级别/类别/版面) through different 标签, with different 分值,
 * that one outlet both matches: the larger applies (pointLookup), said at both rows with the outlets and the
 * value used, for the table's order decides nothing (as 「媒体」 refuses a name claimed twice). Rows of other
 * 生效日期 are still two rules, not versions of one (S21c F5): the notice says from when they apply together
 * (the later date), and until when (a newer version of either 标签), so it stays true on every day it names.
 */
function tagsTied(rules: Rules, rows: number[] | undefined): RuleError[] {
  const out: RuleError[] = [];
  const ps = rules.points;
  const at = (i: number) => (rows ? `第${rows[i]}行` : `预设第${i + 1}条`);
  const since = (d: number | null) => d ?? Number.NEGATIVE_INFINITY;
  for (let i = 0; i < ps.length; i++) {
    const a = ps[i];
    if (a.tag === '') continue;
    for (let j = i + 1; j < ps.length; j++) {
      const b = ps[j];
      if (
        b.tag === '' ||
        b.tag === a.tag ||
        b.points === a.points ||
        b.mode !== a.mode ||
        b.level !== a.level ||
        b.kind !== a.kind ||
        placementKey(b.placement) !== placementKey(a.placement)
      )
        continue;
      // Together from the later 生效日期, until a newer version of either 标签 starts (none between: never).
      const from = Math.max(since(a.effectiveFrom), since(b.effectiveFrom));
      let until = Number.POSITIVE_INFINITY;
      let never = false;
      for (const v of ps) {
        if (v.mode !== a.mode || v.level !== a.level || v.kind !== a.kind) continue;
        const mine = v.tag === a.tag ? a : v.tag === b.tag ? b : null;
        if (mine === null || v === mine || placementKey(v.placement) !== placementKey(a.placement)) continue;
        const day = since(v.effectiveFrom);
        if (day > from) until = Math.min(until, day);
        else if (day > since(mine.effectiveFrom)) never = true;
      }
      if (never) continue;
      const both = rules.outlets.filter((o) => o.tags.includes(a.tag) && o.tags.includes(b.tag));
      if (both.length === 0) continue;
      const larger = Math.max(a.points, b.points);
      const names = both.map((o) => `“${o.name}”`).join('、');
      // Of one date and no newer version, the dates say it: nothing to add (as for two undated rows).
      const dated = Number.isFinite(from) && (a.effectiveFrom !== b.effectiveFrom || Number.isFinite(until));
      const start = dated ? `自${dayToIso(from)}起` : '';
      const end = Number.isFinite(until) ? `${start === '' ? '在' : '、'}${dayToIso(until)}之前` : '';
      out.push({
        table: '计分',
        row: rows ? rows[j] : 0,
        column: '标签',
        message:
          `「计分」表${at(i)}（标签“${a.tag}”，${a.points}分）和${at(j)}（标签“${b.tag}”，${b.points}分）` +
          `${start}${end}同时适用于媒体${names}的${a.mode}×${a.level}稿件（两个标签都有），按较大的${larger}分计`,
      });
    }
  }
  return out;
}

/**
 * Whether a 单位 table read is another office's than the fallback preset's: it lists 党(工)委 (units that are
 * not 部机关科室, whose names are the place's own: 峡窝镇党委, 城关镇), fewer than half of them the preset's. 办公室, 组织科 …
 * are in every office, so an office of 科室 only is not told apart.
 */
function anotherOffice(units: UnitDef[] | null, fallback: Rules): boolean {
  const party = (units ?? []).filter((u) => u.type !== '部机关科室');
  if (party.length === 0) return false;
  const preset = new Set(fallback.units.map((u) => unitKey(u.name)));
  // Most, not any: 教育系统党工委, 卫生系统党工委 … are names every county has too. By unitKey: 區直機關工委 is one.
  return party.filter((u) => preset.has(unitKey(u.name))).length * 2 < party.length;
}

/**
 * Whether the office's own department, as its own 设置 and 指标 name it (not a 发文机关 the preset filled in),
 * is another than the preset's: a 县's quotas to 县委组织部 make it another office whatever its units are named.
 */
function ownDepartmentDiffers(rules: Rules, given: Set<string>, fallback: Rules): boolean {
  const settings = { ...rules.settings, issuer: given.has('发文机关') ? rules.settings.issuer : '' };
  const own = findDepartment({ indicators: rules.indicators, settings }).department.key;
  return own !== findDepartment(fallback).department.key;
}

/**
 * 指标's 报送对象 as the office's own department reads them (relay.ts: 县委组织部 in a county, 津市市委组织部 is
 * 市委组织部 in 津市). A note says what was assumed: the department when 设置 does not name it and it is not
 * 区委组织部; a 设置 本级组织部 / 发文机关 no department can be read from (临县, 组工办), with what is used instead;
 * and a 市 department that may be a county-level city or a prefecture (relay.ts cityTier), with how it is taken.
 * `rows`: the 设置 rows read (readSettings), to name the cell.
 */
function ownDepartment(rules: Rules, rows: ReadonlyMap<string, number> = new Map()): RuleError | null {
  const { department, source, unread, tier } = findDepartment(rules);
  for (const i of rules.indicators)
    i.filter.recipients = i.filter.recipients.map((q) => quotaRecipient(q, department));
  const cell = (key: string) =>
    rows.has(key) ? `「设置」表第${rows.get(key)}行“${key}”` : `「设置」表“${key}”`;
  const doubt = tier?.by === '无从判断';
  if (unread.length === 0 && (source.from === '默认' || (source.from === '设置' && !doubt))) return null;
  if (unread.length === 0 && source.from === '发文机关' && department.key === DISTRICT_DEPARTMENT)
    return null;
  const name = department.name;
  const at = unread.length > 0 ? unread[0].key : source.from === '设置' ? '本级组织部' : '';
  const row = (at !== '' ? rows.get(at) : undefined) ?? 1;
  // A 市: which tier it is taken as, and why, when the name does not say.
  let city = '';
  if (department.tier === '地级')
    city = `；按地级市计${tier?.by === '单位' ? '（「单位」表有县（市、区）组织部）' : ''}：市级媒体为本级，不计为向上级报送，部机关科室的上级为省委组织部`;
  else if (department.tier === '县级')
    city = `；按县级市计：报送对象写“市委组织部”的按本级计，上级市委组织部请写全称（如常德市委组织部）`;
  if (doubt) {
    const why = tier.both
      ? '「单位」表既有县（市、区）组织部，又有乡镇街道或报送其他市委组织部的任务'
      : '「单位」「指标」表看不出本级是县级市还是地级市';
    city += `（${why}；如是地级市，请在「设置」表“本级组织部”写“${name}（地级）”）`;
  }
  if (source.from === '设置')
    return {
      table: '设置',
      row,
      column: '值',
      message: `${cell('本级组织部')}“${name}”${city.slice(1)}`,
    };
  const head =
    unread.length > 0
      ? `${unread.map((u) => `${cell(u.key)}“${u.text}”读不出是哪一级组织部（应如“临县县委组织部”“津市市委组织部”“山西省委组织部”）`).join('，')}，未采用；`
      : '「设置」表未填写“本级组织部”，';
  let by: string;
  if (source.from === '发文机关') by = `按发文机关“${source.text}”`;
  else if (source.from === '指标')
    by = `按「指标」表第${source.row}行党（工）委报送任务的报送对象“${source.text}”`;
  else by = '无从推断，按默认';
  const fix = unread.some((u) => u.key === '本级组织部')
    ? `请改正${cell('本级组织部')}`
    : '请在「设置」表填写“本级组织部”';
  return {
    table: '设置',
    row,
    column: '值',
    message: `${head}${by}取为${name}：党（工）委向它报送，经对口处室转报的稿件计为向它报送${city}；如不对，${fix}`,
  };
}

/**
 * A 标签 no 媒体 carries matches nothing: said at its cell (省委组工信息 for 省组工信息 failed every 科室 with no
 * word), in 指标 (counts 0), 计分 (its 分值 never used) and 系数 (its 倍数 never applied).
 */
function tagsNoOutletHas(rules: Rules, read: ReadFrom): RuleError[] {
  const tags = new Set(rules.outlets.flatMap((o) => o.tags));
  const out: RuleError[] = [];
  const none = (tag: string) => `“${tag}”不是「媒体」表中任何媒体的标签`;
  rules.points.forEach((p, i) => {
    if (p.tag === '' || tags.has(p.tag)) return;
    const row = read.points ? read.points[i] : 0;
    const where = pointAt(rules, read.points, i, '标签');
    out.push({ table: '计分', row, column: '标签', message: `${where}${none(p.tag)}，该行分值不会用到` });
  });
  rules.multipliers.forEach((m, i) => {
    if (m.condition.kind !== '标签') return;
    const row = read.multipliers ? read.multipliers[i] : 0;
    for (const tag of m.condition.values) {
      if (tags.has(tag)) continue;
      const where = multiplierAt(rules, read.multipliers, i);
      out.push({ table: '系数', row, column: '取值', message: `${where}${none(tag)}，此取值不会用到` });
    }
  });
  const fromTable = read.indicators;
  for (const i of rules.indicators) {
    for (const column of ['标签', '折半标签'] as const) {
      for (const tag of column === '标签' ? i.filter.tags : i.filter.halfTags) {
        if (tags.has(tag)) continue;
        const row = fromTable ? i.sourceRow : 0;
        const where = fromTable ? `「指标」表第${row}行「${column}」` : `预设指标“${i.name}”的${column}`;
        out.push({
          table: '指标',
          row,
          column,
          message: `${where}“${tag}”不是「媒体」表中任何媒体的标签，按此统计为0`,
        });
      }
    }
  }
  return out;
}

/**
 * 三审把关 naming outlets: each is a 媒体 (its name or 别名, kept as the 媒体's name) or a 标签. A word that is
 * neither (a typo of 是) gates nothing: left out and said at the cell; none left is 否.
 */
function canonicalReviewGate(rules: Rules, rows: ReadonlyMap<string, number>): RuleError | null {
  const gate = rules.settings.reviewGate;
  if (typeof gate === 'boolean') return null;
  const find = outletIndex(rules.outlets);
  const tags = new Set(rules.outlets.flatMap((o) => o.tags));
  const unknown: string[] = [];
  const known: string[] = [];
  for (const name of gate) {
    const tag = simplified(name);
    const outlet = tags.has(tag) ? null : find(name);
    if (tags.has(tag)) known.push(tag);
    else if (outlet) known.push(outlet.name);
    else unknown.push(name);
  }
  rules.settings.reviewGate = known.length > 0 ? [...new Set(known)] : false;
  if (unknown.length === 0) return null;
  const row = rows.get('三审把关');
  const cell = row === undefined ? '「设置」“三审把关”' : `「设置」表第${row}行「值」（三审把关）`;
  return {
    table: '设置',
    row: row ?? 1,
    column: '值',
    message: `${cell}应为“是”或“否”，或要三审把关的媒体名称、标签，现为${unknown.map((n) => `“${n}”`).join('、')}（不是「媒体」表中的媒体或标签）`,
  };
}

/**
 * A 科室整体 task's target is the personal task × the team's headcount equivalent, worked out as the engine
 * does (teamMembers: the 人员 listed in it, else max(人数, 在岗月数 entries)). Nobody at all gives a target of
 * 0, always met: said. A blank 人数 with 在岗月数 filled is counted from those entries: what is used is said,
 * since an office that wrote one 在岗月数 for everyone gets one member.
 */
/** What a unit's name may add to its place's: 济源路街道 and 济源路街道党工委 name one unit. */
const PARTY_SUFFIX = /^(党委|党工委|党组|党总支|党支部|机关党委|工委|党委办公室)$/;

/**
 * Two rows of 「单位」 that name one unit, one with its party suffix (济源路街道, 济源路街道党工委): the ledger writes
 * one of them, and the other shows as a unit with no row (零报送, 未达标) with no word (audit s33 C-F6).
 */
function unitsNamedAlike(rules: Rules, rows: number[]): RuleError[] {
  const out: RuleError[] = [];
  const keys = rules.units.map((u) => unitKey(u.name));
  rules.units.forEach((short, i) => {
    rules.units.forEach((long, j) => {
      if (i === j || !keys[j].startsWith(keys[i]) || !PARTY_SUFFIX.test(keys[j].slice(keys[i].length)))
        return;
      out.push({
        table: '单位',
        row: rows[i],
        column: '单位',
        message: `「单位」表第${rows[i]}行“${short.name}”与第${rows[j]}行“${long.name}”像是同一单位：台账只写其中一个时，另一个显示为零报送、未达标；如是同一单位，请删去“${short.name}”这一行（台账仍写“${short.name}”的，可把它写进“${long.name}”的「别名」）`,
      });
    });
  });
  return out;
}

function teamsWithoutMembers(rules: Rules, rows: number[]): RuleError[] {
  const listedIn = peopleByUnit(peopleTable(rules).values());
  const mixed = bareSubjectsInMixedTable(rules, listedIn);
  const out: RuleError[] = [...mixed.notes];
  rules.units.forEach((u, i) => {
    const listed = listedIn.get(u.name) ?? [];
    if (u.headcount > 0 || listed.length > 0) return;
    const team = rules.indicators.find(
      (ind) =>
        ind.subject.kind === 'team' &&
        ((ind.subject.unitType === '' && !mixed.said.has(u.type)) || ind.subject.unitType === u.type),
    );
    if (team === undefined) return;
    const { members, equivalent } = teamMembers(u, listed);
    const where = `「单位」表第${rows[i]}行`;
    out.push({
      table: '单位',
      row: rows[i],
      column: '人数',
      message:
        members === 0
          ? `${where}「人数」为空或为0，“${u.name}”的科室整体任务“${team.name}”目标按0计：请填写人数，或在「人员」表列出其成员`
          : `${where}「人数」为空或为0，“${u.name}”按「在岗月数」所填${members}人计（折合${equivalent}人），科室整体任务“${team.name}”的目标据此计算：如人数不同，请填写人数`,
    });
  });
  return out;
}

/**
 * One 在岗月数 under 12 for a 科室 of several (人数 > 1) is read as every member's (a 科室 set up mid-year):
 * said, since an office may have meant one member (sweep s25d F5). Not for a 科室 the 人员 table staffs (its
 * members' own months count) nor where no 科室整体 task applies.
 */
function oneMonthsForAll(rules: Rules, rows: number[], singles: ReadonlyMap<number, number>): RuleError[] {
  if (singles.size === 0) return [];
  const listedIn = peopleByUnit(peopleTable(rules).values());
  const out: RuleError[] = [];
  rules.units.forEach((u, i) => {
    const months = singles.get(rows[i]);
    if (months === undefined || (listedIn.get(u.name) ?? []).length > 0) return;
    if (!teamTaskCovers(rules, u.type)) return;
    out.push({
      table: '单位',
      row: rows[i],
      column: '在岗月数',
      message: `「单位」表第${rows[i]}行「在岗月数」只填了一个数（${months}），按该科室${u.headcount}人都在岗${months}个月计；如只有部分人员不满一年，请写“${months}、12”或在「人员」表逐人填写`,
    });
  });
  return out;
}

/**
 * A bare 每人 or 科室整体 covers every unit of the 单位 table. In a table of several types where some types'
 * units have members (人数, or people in 「人员」) and other types' have none (a 市直 党委 beside the office's
 * own 科室), the office most likely meant its own staff (seed 000 §三: 部机关每人): one notice at the 指标 row
 * names the types it also covers and the typed form that limits it (audit S23a F6, F7). `said`: the types
 * whose member-less units a bare 科室整体's notice speaks for (their per-unit 人数 notice is left out).
 */
function bareSubjectsInMixedTable(
  rules: Rules,
  listedIn: Map<string, unknown[]>,
): { notes: RuleError[]; said: Set<string> } {
  const said = new Set<string>();
  const notes: RuleError[] = [];
  const membered: string[] = [];
  const bare = new Map<string, string[]>(); // type → its units, when none of them has members
  for (const u of rules.units) {
    const has = u.headcount > 0 || (listedIn.get(u.name)?.length ?? 0) > 0;
    if (has && !membered.includes(u.type)) membered.push(u.type);
  }
  for (const u of rules.units) {
    if (membered.includes(u.type)) continue;
    const list = bare.get(u.type);
    if (list) list.push(u.name);
    else bare.set(u.type, [u.name]);
  }
  if (membered.length === 0 || bare.size === 0) return { notes, said };
  const bareText = [...bare]
    .map(
      ([type, names]) =>
        `“${type}”（${names.length > 2 ? `${names[0]}等${names.length}个单位` : names.join('、')}）`,
    )
    .join('、');
  const own = membered.join('、');
  const seen = new Set<string>();
  for (const ind of rules.indicators) {
    const { subject } = ind;
    if ((subject.kind !== 'person' && subject.kind !== 'team') || subject.unitType !== '') continue;
    const key = `${subject.kind}\u0002${ind.name}`;
    if (seen.has(key)) continue; // versions of one indicator: said once
    seen.add(key);
    const where = ind.sourceRow > 0 ? `「指标」表第${ind.sourceRow}行“${ind.name}”` : `指标“${ind.name}”`;
    const message =
      subject.kind === 'person'
        ? `${where}的对象“每人”考核全部单位的作者，也包括类型为${bareText}的单位的作者（这些单位在「单位」表没有人数，在「人员」表没有成员）：如只考核${own}的人员，请把对象写作“每人:${membered[0]}”`
        : `${where}的对象“科室整体”适用于「单位」表的全部单位，也包括类型为${bareText}的单位（没有人数，在「人员」表没有成员，科室整体目标按0计）：如只考核${own}，请把对象写作“科室整体:${membered[0]}”；如这些单位也要考核，请填写其人数`;
    notes.push({ table: '指标', row: ind.sourceRow, column: '对象', message });
    if (subject.kind === 'team') for (const type of bare.keys()) said.add(type);
  }
  return { notes, said };
}

/**
 * One spelling per unit type. The 单位 table's own 类型 cells are read as unit names are (unitKey, brackets' marks
 * left out): 乡镇（街道）, 乡镇 街道, 部机关↵科室 typed on one row among 部机关科室 are that type, in the spelling most
 * of its units write (on a tie a preset's, else the first row's), so no unit loses its tasks to a space (audit
 * s33 C-F2: one 乡镇（街道） on the last row took the tasks from the other four). 指标's 对象 takes it too.
 */
function sameTypeSpelling(rules: Rules): void {
  const key = (type: string) => unitKey(type).replace(/[()]/g, '');
  const written = new Map<string, Map<string, number>>();
  for (const u of rules.units) {
    const k = key(u.type);
    if (k === '') continue;
    const byText = written.get(k) ?? new Map<string, number>();
    byText.set(u.type, (byText.get(u.type) ?? 0) + 1);
    written.set(k, byText);
  }
  const spelling = new Map<string, string>();
  for (const [k, byText] of written) {
    let best = '';
    let most = 0;
    for (const [text, count] of byText) {
      const better =
        count > most ||
        (count === most && KNOWN_UNIT_TYPES.includes(text) && !KNOWN_UNIT_TYPES.includes(best));
      if (better) [best, most] = [text, count];
    }
    spelling.set(k, best);
  }
  rules.units = rules.units.map((u) => {
    const typed = spelling.get(key(u.type));
    return typed !== undefined && typed !== u.type ? { ...u, type: typed } : u;
  });
  for (const i of rules.indicators) {
    if ('unitType' in i.subject && i.subject.unitType !== '') {
      const typed = spelling.get(key(i.subject.unitType));
      if (typed !== undefined && typed !== i.subject.unitType) i.subject = { ...i.subject, unitType: typed };
    }
  }
}

function copyOutlet(o: OutletDef): OutletDef {
  return { ...o, aliases: [...o.aliases], tags: [...o.tags] };
}

function copyMultiplier(m: MultiplierRule): MultiplierRule {
  const condition: MultiplierCondition =
    'values' in m.condition
      ? { kind: m.condition.kind, values: [...m.condition.values] }
      : { ...m.condition };
  return { ...m, condition, modes: [...m.modes] };
}

export function copyIndicator(i: Indicator): Indicator {
  return {
    ...i,
    subject: { ...i.subject },
    filter: {
      ...i.filter,
      tags: [...i.filter.tags],
      outlets: [...i.filter.outlets],
      kinds: [...i.filter.kinds],
      recipients: [...i.filter.recipients],
      modes: [...i.filter.modes],
      halfTags: [...i.filter.halfTags],
    },
    deemedMet: [...i.deemedMet],
  };
}

/**
 * 人员 with each person's 单位 as the 单位 table names it: a 别名 (a renamed unit's old name, sweep s24r F4) is
 * the unit, as in the ledger, where it refused the whole report (不在「单位」表中); so is a name in traditional
 * characters (區直機關工委, unitKey). Without the office's 单位
 * rows the people stay as written.
 */
function peopleInUnits<P extends { unit: string }>(people: P[], units: UnitDef[] | undefined): P[] {
  const known = new Set(units?.map((u) => u.name));
  // As written when each names a unit (most tables): else a 别名, or the name in traditional characters (區直機關工委).
  if (units === undefined || people.every((p) => known.has(p.unit))) return people;
  const named = unitNameReader(units);
  return people.map((p) => {
    const unit = named(p.unit);
    return unit === p.unit ? p : { ...p, unit };
  });
}
