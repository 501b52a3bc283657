// 稿件台账: the ledger grid (as Sheets hands it) → typed rows, each with its issues in plain Chinese.

import { maxOf, minOf, pushAll } from './arrays';
import { dayFromYmd, dayToIso, parseDay, yearOf, ymdOfDay } from './dates';
import { firstVisibleCode, LEDGER_HEADERS, maybeSpace, RowReader, trimmed } from './ledgerRow';
import { LedgerTable, nativeTable, tabledLedger } from './ledgerTable';
import { aliasTable, own } from './maps';
import { nearDuplicateAdoptions } from './nearDuplicates';
import { simplified } from './simplified';
import {
  brief,
  cellText,
  invisibleOnly,
  toHalfWidth,
  UNCALCULATED,
  UNIT_ENDING,
  unitKey,
  unitNameReader,
  visibleText,
  withoutListMark,
} from './text';
import type { Cell, Day, Grid, LedgerField, Notice, ParsedLedger } from './types';

export { LEDGER_HEADERS, normalizeKind } from './ledgerRow';

/** Columns the add-on computes; staff never type them. */
export const COMPUTED_HEADERS: LedgerField[] = ['积分', '计任务', '校验'];

/** Columns holding a calendar day (a date cell, a serial number or text such as 2024-03-05). */
export const DATE_COLUMNS: readonly LedgerField[] = ['报送日期', '录用日期', '事件日期'];
/** Columns holding a number (a number cell or its text). */
export const NUMBER_COLUMNS: readonly LedgerField[] = ['字数', '时长(分钟)'];

/** Header text (normalised) → canonical column. RULES §2 aliases plus common variants. */
export const HEADER_ALIASES: Record<string, LedgerField> = aliasTable<LedgerField>(
  '标题 稿件标题 稿件名称 信息标题 文章标题 题目 稿件题目 信息名称 信息题目 篇名|作者 作者姓名 撰稿人 执笔人 供稿人 投稿人|' +
    '单位 报送单位 所属单位 单位名称 作者单位 供稿单位 所在单位 报送单位名称 投稿单位 来稿单位 科室 所在科室|' +
    '类别 稿件类别 信息类别|' +
    // Where a piece was sent, as offices head it. 报送单位 alone is the sender (单位, above); with a note
    // naming the upper body it is the recipient.
    '报送对象 报送单位对象 报送给 报送至 报送到 报往 报送去向 报送方向 上报对象 上报给 上报至 投送对象 投稿对象 ' +
    '接收单位 报送单位(上级) 报送单位(上级单位) 报送单位(上级部门) 报送单位(接收单位)|' +
    '报送日期 报送时间 上报日期 上报时间 投稿日期 投稿时间 送稿日期 报稿日期 报送日 报稿时间 送稿时间|事件日期 发生日期|' +
    '媒体 刊物 刊物名称 媒体名称 采用媒体 录用媒体 采用刊物 录用刊物 刊发媒体 发表媒体 用稿媒体 刊登媒体 刊发平台 ' +
    '采用载体 录用平台 采用平台 发表刊物 刊登刊物 刊载媒体 见报媒体 报刊名称 发布平台 发布媒体|' +
    '级别 媒体级别 刊物级别 录用级别 采用级别|' +
    '采用方式 录用方式 采用类型 录用类型 是否录用 是否采用 是否刊用 用稿方式|' +
    '录用日期 采用日期 刊发日期 录用时间 采用时间 刊发时间 发表日期 发表时间 用稿日期 用稿时间 刊登日期 刊登时间 ' +
    '见报日期 见报时间 播出日期 播出时间 刊载日期 刊载时间 刊出日期 见刊日期 发布日期 发布时间|字数 稿件字数 篇幅 稿件篇幅|' +
    '时长(分钟) 时长 时长(分) 视频时长|版面|' +
    '领导批示 批示 批示情况 领导批示情况|对口处室 对口处 转报处室 转报科室|审核状态 审核|' +
    '核定 核定结果 认定结果 审定结果 计分认定|备注|调整分|调整理由|佐证 佐证材料|积分|计任务|校验',
);

function headerKey(cell: Cell): string {
  return simplified(visibleText(toHalfWidth(cellText(cell))).replace(/\s+/g, ''));
}

/** A header's notes in brackets (字数（字）, 录用日期（年月日）) and required-field marks (*标题, 标题：). */
const HEADER_NOTES = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕|^[*＊]+|[*＊:]+$/g;

/** 二, 2: the ordinal of a numbered author column (作者2, 第二署名). */
const ORDINAL = '[\\d一二三四五六七八九十]+';

/**
 * A further author column beside 作者 (第二作者, 合作者, 其他作者, 作者2) or the first of several (第一作者), in the
 * words offices use for co-authors (第二署名, 联合署名, 合著者, 参与人员): its names join the row's author list in
 * column order (RULES §4: the first two share the credit).
 */
const CO_AUTHOR = new RegExp(
  `^(第${ORDINAL}|其他|其它|合|共同|联合|另一?|主要|次要|通讯|通信|署名|参与|协作)作者(姓名)?$` +
    `|^(作者|撰稿人?|执笔人?|署名)${ORDINAL}$` +
    `|^(第${ORDINAL}|其他|其它|共同|联合|合作|另一?)署名(人|作者)?(姓名)?$` +
    `|^(合著|合作|协作|共同)者(姓名)?$|^(其他|其它|共同|联合)(撰稿人?|执笔人?)(姓名)?$|^参与(人员?|者)(姓名)?$`,
);

/** A header read as a co-author column: its ordinal may stand in brackets (作者（二）), which are no note. */
function coAuthorKey(key: string): boolean {
  const numbered = key.replace(new RegExp(`[(\\[【〔](${ORDINAL})[)\\]】〕]`, 'g'), '$1');
  return CO_AUTHOR.test(numbered.replace(HEADER_NOTES, '')) || CO_AUTHOR.test(key.replace(HEADER_NOTES, ''));
}

function isCoAuthorHeader(cell: Cell): boolean {
  return coAuthorKey(headerKey(cell));
}

/** Words of a header naming people (署名, 著者, 撰稿): a column so headed that is not read is said. */
const PEOPLE_WORDS = /作者|署名|著者|撰稿|执笔/;

/** The column a header names, as offices write headers; undefined when it names none. */
export function headerField(cell: Cell): LedgerField | undefined {
  const key = headerKey(cell);
  if (key === '') return undefined;
  const bare = key.replace(HEADER_NOTES, '');
  return (
    own(HEADER_ALIASES, key) ??
    own(HEADER_ALIASES, bare) ??
    unitAfterName(bare)?.field ??
    (coAuthorKey(key) ? '作者' : undefined)
  );
}

/** A 是否录用 column: its cells say yes or no (是/否, Y/N), not the 采用方式. */
export function isYesNoHeader(cell: Cell): boolean {
  return headerKey(cell).replace(HEADER_NOTES, '').startsWith('是否');
}

/** Units a header may name in brackets for its plain numbers, as the number of 字 or minutes one stands for. */
const HEADER_UNITS: Partial<Record<LedgerField, Record<string, number>>> = {
  字数: { 字: 1, 个: 1, 个字: 1, 字符: 1, 字符数: 1, 千字: 1000, 万字: 10_000, 千: 1000, k: 1000 },
  '时长(分钟)': {
    分钟: 1,
    分: 1,
    min: 1,
    秒: 1 / 60,
    秒钟: 1 / 60,
    s: 1 / 60,
    小时: 60,
    时: 60,
    h: 60,
  },
};
/** How a notice names each measured column's own unit. */
const BASE_UNIT: Partial<Record<LedgerField, string>> = { 字数: '字数', '时长(分钟)': '分钟' };
/**
 * What to do with a measured column's numbers in a unit the header cannot say: convert them, or name a unit
 * read (never drop the unit: the numbers would then be read as 字 or minutes).
 */
const CONVERT: Partial<Record<LedgerField, string>> = {
  字数: '请把本列的数换算为字数（如 1.2 千字写 1200），或把表头改为「字数（千字）」「字数（万字）」',
  '时长(分钟)': '请把本列的数换算为分钟（如 90 秒写 1.5），或把表头改为「时长（秒）」「时长（小时）」',
};

/** The notes in a header's brackets (字数（千字） → 千字), half-width, without spaces. */
function bracketNotes(cell: Cell): string[] {
  const out: string[] = [];
  for (const m of headerKey(cell).matchAll(/\(([^)]*)\)|\[([^\]]*)\]|【([^】]*)】|〔([^〕]*)〕/g)) {
    const note = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (note !== '') out.push(note);
  }
  return out;
}

/** The measured columns' names and their units, longest first (千字 before 字): for a unit after the name. */
const UNIT_TAILS = (['字数', '时长(分钟)'] as const).flatMap((field) =>
  Object.keys(HEADER_UNITS[field]!)
    .sort((a, b) => b.length - a.length)
    .map((unit) => ({ field, unit })),
);

/**
 * A measured column's name with its unit after it rather than in brackets (字数/千字, 篇幅 千字, 时长 单位：秒,
 * 时长秒), as a key without spaces: the field and the unit; undefined for any other header.
 */
function unitAfterName(bare: string): { field: LedgerField; unit: string } | undefined {
  for (const { field, unit } of UNIT_TAILS) {
    if (!bare.toLowerCase().endsWith(unit)) continue;
    const name = bare.slice(0, bare.length - unit.length).replace(/[/\\|_\-:]?((计量)?单位[为是]?:?)?$/, '');
    if (name !== bare && own(HEADER_ALIASES, name) === field) return { field, unit };
  }
  return undefined;
}

/** What a header row says beyond which column is which: read by RowReader. */
export interface ColumnReading {
  /** Every 作者 column in column order when there are several (作者 | 第二作者). */
  authors?: number[];
  /** What a plain number of 字数 / 时长(分钟) stands for, when the header names a unit (字数（千字） → 1000). */
  scale?: Partial<Record<LedgerField, number>>;
  /** The 采用方式 column's header when it asks yes or no (是否录用): Y/N are read, issues name it. */
  yesNo?: string;
}

/** The header's units, second author columns and yes/no column, with a notice for each unit read or not known. */
export function columnReading(
  header: Cell[],
  columns: Partial<Record<LedgerField, number>>,
  authors: number[],
  headerRow: number,
): { reading: ColumnReading; notices: Notice[] } {
  const reading: ColumnReading = {};
  const notices: Notice[] = [];
  if (authors.length > 1) reading.authors = authors;
  const mode = columns.采用方式;
  if (mode !== undefined && isYesNoHeader(header[mode])) reading.yesNo = brief(cellText(header[mode]).trim());
  for (const field of ['字数', '时长(分钟)'] as const) {
    const c = columns[field];
    if (c === undefined) continue;
    const units = HEADER_UNITS[field]!;
    const written = brief(cellText(header[c]).trim());
    const at = { row: headerRow, column: columnLetter(c + 1) };
    const tail = unitAfterName(headerKey(header[c]).replace(HEADER_NOTES, ''))?.unit;
    for (const raw of tail ? [tail, ...bracketNotes(header[c])] : bracketNotes(header[c])) {
      // 单位：千字, 单位为秒, 以千字计: the unit itself.
      const note = raw.replace(/^(计量)?单位[为是]?[:：]?/, '').replace(/^[以按](.+?)计?$/, '$1');
      const factor = own(units, note) ?? own(units, note.toLowerCase());
      if (factor === undefined) {
        notices.push({
          code: 'header-unit-unknown',
          ...at,
          message: `表头第${headerRow}行${at.column}列「${written}」括号中的“${brief(note)}”不是可识别的单位（可写 ${Object.keys(
            units,
          )
            .slice(0, field === '字数' ? 7 : 6)
            .filter((u) => !/^[a-z]/.test(u))
            .join('、')}），本列的数按${BASE_UNIT[field]}读取；如单位不同，${CONVERT[field]}`,
        });
        continue;
      }
      if (factor === 1) continue;
      reading.scale = { ...reading.scale, [field]: factor };
      notices.push({
        code: 'header-unit',
        ...at,
        message: `「${written}」列的数按${field === '字数' && factor === 1000 ? '千字' : note}换算为${BASE_UNIT[field]}（写明单位的单元格，如 ${field === '字数' ? '1200字' : '90秒'}，按其自身单位）`,
      });
      break;
    }
  }
  return { reading, notices };
}

const REQUIRED: LedgerField[] = ['标题', '单位'];

/** The header is the field's own name (notes in brackets aside), not another name read as it. */
function isExactly(cell: Cell, field: LedgerField): boolean {
  const key = headerKey(cell);
  return key === field || key.replace(HEADER_NOTES, '') === field;
}

/** Header names (and synonyms) worth finding inside an unmatched header, longest first. */
const NEAR_MISS_NAMES = Object.keys(HEADER_ALIASES)
  .filter((k) => k.length >= 2)
  .sort((a, b) => b.length - a.length);

/** Headers that name a day and nothing else about it: read as 报送日期 when the ledger has none so named. */
const BARE_DAY_HEADER = /^(日期|时间)$/;
/** Headers naming who sent a piece: read as 作者 only when the ledger has no author column at all. */
const BARE_AUTHOR_HEADER = /^(报送人|信息员|报送人员)$/;

/**
 * Columns read by their header alone only when nothing better is there, and said (audit s33 A-F1, second
 * reading): a bare 日期 / 时间 holding dates is the 报送日期 of a ledger that has no 报送日期 (never where it may be
 * the 录用日期: a ledger with 媒体 and no 录用日期); 报送人 / 信息员 is the 作者 of a ledger with no author column.
 */
function bareColumns(
  grid: Grid,
  header: Cell[],
  dataStart: number,
  columns: Partial<Record<LedgerField, number>>,
  authors: number[],
  issues: string[],
): void {
  const named = (c: number) => `${columnLetter(c + 1)}列「${brief(cellText(header[c]).trim())}」`;
  const bare = (re: RegExp) => header.findIndex((h) => re.test(headerKey(h).replace(HEADER_NOTES, '')));
  if (columns.报送日期 === undefined && !(columns.录用日期 === undefined && columns.媒体 !== undefined)) {
    const c = bare(BARE_DAY_HEADER);
    if (c >= 0 && mostlyDates(grid, dataStart, c)) {
      columns.报送日期 = c;
      issues.push(`${named(c)}读作「报送日期」列；如不是报送日期，请改表头`);
    }
  }
  if (columns.作者 === undefined) {
    const c = bare(BARE_AUTHOR_HEADER);
    if (c >= 0) {
      columns.作者 = c;
      authors.push(c);
      issues.push(
        `${named(c)}读作「作者」列（台账没有作者列）；如${brief(cellText(header[c]).trim())}不是作者，请另加「作者」列`,
      );
    }
  }
}

/** Four in five of a column's first 50 filled cells are days. */
function mostlyDates(grid: Grid, dataStart: number, c: number): boolean {
  let filled = 0;
  let days = 0;
  for (let r = dataStart; r < grid.length && filled < 50; r++) {
    const cell = grid[r]?.[c];
    if (blankCell(cell)) continue;
    filled++;
    const day = parseDay(cell as Cell);
    if (day !== null && day !== 'invalid') days++;
  }
  return filled > 0 && days * 5 >= filled * 4;
}

/** Find the columns of the header row. First occurrence wins; a repeat is reported. */
export function findColumns(
  header: Cell[],
  hidden?: ReadonlySet<number>,
): {
  columns: Partial<Record<LedgerField, number>>;
  issues: string[];
  /** Every 作者 column in column order (作者 | 第二作者 | 合作者): read as one author list. */
  authors: number[];
} {
  const columns: Partial<Record<LedgerField, number>> = {};
  const issues: string[] = [];
  const authors: number[] = [];
  for (let c = 0; c < header.length; c++) {
    const field = headerField(header[c]);
    if (!field) continue;
    const first = columns[field];
    if (first === undefined) {
      columns[field] = c;
      if (field === '作者') authors.push(c);
    } else if (field === '作者' && (isCoAuthorHeader(header[c]) || isCoAuthorHeader(header[first])))
      authors.push(c);
    else {
      // The column named exactly so wins over one read as it by another name (作者单位 left of 单位), unless a
      // blank header lies between: a table beside the ledger (单位 | 篇数 two columns right) is not its column.
      // A column hidden by hand gives way to one in view (audit s34 A-F1b: an old 媒体 hidden, 采用媒体 typed).
      const hiddenOne = hidden?.has(first) !== hidden?.has(c);
      const apart = header.slice(first + 1, c).some((h) => cellText(h).trim() === '');
      const use = hiddenOne
        ? hidden!.has(first)
          ? c
          : first
        : !apart && isExactly(header[c], field) && !isExactly(header[first], field)
          ? c
          : first;
      columns[field] = use;
      if (field === '作者') authors.splice(authors.indexOf(first), 1, use);
      const named = (k: number) => `${columnLetter(k + 1)}列「${brief(cellText(header[k]).trim())}」`;
      const why = hiddenOne ? `（${columnLetter((use === c ? first : c) + 1)}列已隐藏）` : '';
      issues.push(`${named(first)}和${named(c)}都读作「${field}」列，使用${named(use)}${why}`);
    }
  }
  for (const field of REQUIRED) {
    if (columns[field] === undefined) issues.push(`台账缺少「${field}」列`);
  }
  return { columns, issues, authors };
}

const INPUT_FIELDS: ReadonlySet<string> = new Set(LEDGER_HEADERS);

/**
 * The columns of a ledger's header read as an input field (标题 … 备注; not the computed ones), in order;
 * `shared`: only those read as a field another column is read as too.
 */
export function inputFieldColumns(grid: Grid, shared = false): number[] {
  if (!Array.isArray(grid) || grid.length === 0 || !Array.isArray(grid[0])) return [];
  const { header } = locateHeader(grid);
  const byField = new Map<LedgerField, number[]>();
  for (let c = 0; c < header.length; c++) {
    const field = headerField(header[c]);
    if (field === undefined || !INPUT_FIELDS.has(field)) continue;
    const cols = byField.get(field);
    if (cols) cols.push(c);
    else byField.set(field, [c]);
  }
  const out: number[] = [];
  for (const cols of byField.values()) if (!shared || cols.length > 1) pushAll(out, cols);
  return out.sort((a, b) => a - b);
}

/**
 * An input column read though hidden: hidden columns are often an office's old ones (audit s34 A-F1b), and
 * what is read from them changes the figures out of sight. Said, with the column; its cells still count.
 */
function hiddenRead(
  header: Cell[],
  dataStart: number,
  columns: Partial<Record<LedgerField, number>>,
  hidden: ReadonlySet<number>,
): Notice[] {
  const out: Notice[] = [];
  for (const field of LEDGER_HEADERS) {
    const c = columns[field as LedgerField];
    if (c === undefined || !hidden.has(c)) continue;
    const letter = columnLetter(c + 1);
    out.push({
      code: 'hidden-column',
      row: dataStart,
      column: letter,
      message: `${letter}列「${brief(cellText(header[c]).trim())}」已隐藏，仍读作「${field}」计分；如是不再使用的旧列，请删除该列或清空其内容`,
    });
  }
  return out;
}

/** Column letters as a sheet shows them (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A header of one word that is half a field's name, and the fields it may be (日期: 报送日期 or 录用日期). */
const BARE_SUB_LABELS = new Map<string, LedgerField[]>([
  ['日期', ['报送日期', '录用日期']],
  ['时间', ['报送日期', '录用日期']],
  ['对象', ['报送对象']],
  ['方式', ['采用方式']],
]);

/** Headers that hold a column's name but were not read as it (字数统计口径 is not 字数): said, not guessed. */
/** What a header adds to a field's name when it names something else about the row (作者电话, 单位负责人, 审核人). */
const OWN_ATTRIBUTE =
  /(电话|手机|联系方式|邮箱|微信|职务|职级|职称|负责人|签名|单位|部门|科室|地址|身份证号?|性别|年龄|编号|说明|人|数量|意见)$/;

function nearMisses(
  header: Cell[],
  columns: Partial<Record<LedgerField, number>>,
  headerRow: number,
  passedOver: Partial<Record<LedgerField, string>>,
): Notice[] {
  const out: Notice[] = [];
  for (let c = 0; c < header.length; c++) {
    if (headerField(header[c])) continue;
    const key = headerKey(header[c]);
    if (key === '') continue;
    const name = NEAR_MISS_NAMES.find((n) => key.includes(n));
    const at = { code: 'header-near-miss', row: headerRow, column: columnLetter(c + 1) };
    const written = `表头第${headerRow}行${at.column}列「${brief(cellText(header[c]))}」`;
    // 日期 / 对象 / 方式 alone (an Excel Table's 日期2 too), with no group title over it: which column it is stays
    // unsaid by the header, so it is not guessed; the fields it may be, where missing, are named (audit s37 I).
    const word = key.replace(/\d+$/, ''); // 日期2: Excel's Table numbers a second 日期
    const bare = BARE_SUB_LABELS.get(word);
    if (bare !== undefined) {
      const missing = bare.filter((f) => columns[f] === undefined);
      if (missing.length === 0) continue;
      for (const f of missing) passedOver[f] ??= `${at.column}列「${brief(cellText(header[c]))}」`;
      out.push({
        ...at,
        message:
          bare.length === 1
            ? `${written}只写了“${word}”，未读作「${bare[0]}」列，本列不参与计算；如是${bare[0]}，请把表头改为「${bare[0]}」`
            : `${written}只写了“${word}”，无法确定是${bare.map((f) => `「${f}」`).join('还是')}，本列不参与计算；请把表头改为${missing.map((f) => `「${f}」`).join('或')}`,
      });
      continue;
    }
    if (!name) {
      // 署名, 著者, 撰稿 …: a people column under a name not read (a second author's would change credits).
      if (PEOPLE_WORDS.test(key) && !OWN_ATTRIBUTE.test(key)) {
        if (columns.作者 === undefined) passedOver.作者 ??= `${at.column}列「${brief(cellText(header[c]))}」`;
        out.push({
          ...at,
          message: `${written}像是作者列，但未被识别为作者列，本列的人名不参与计算；如果是第一作者，请把表头改为「作者」，如果是第二作者，请改为「第二作者」`,
        });
      }
      continue;
    }
    const field = HEADER_ALIASES[name];
    const used = columns[field];
    // A second column for a field already read (其他采用媒体, 媒体2, 责任作者 beside 作者): its cells are not read
    // either. A column naming something else about the row (作者电话, 单位负责人, 审核人) is the office's own.
    if (used !== undefined) {
      if (OWN_ATTRIBUTE.test(key.replace(name, '')) || field === '备注') continue;
      out.push({
        code: 'header-near-miss',
        row: headerRow,
        column: columnLetter(c + 1),
        message: `表头第${headerRow}行${columnLetter(c + 1)}列「${brief(cellText(header[c]))}」含有「${name}」，但「${field}」取自${columnLetter(used + 1)}列「${brief(cellText(header[used]))}」，本列不参与计算；如本列的内容也应计入，请并入${columnLetter(used + 1)}列`,
      });
      continue;
    }
    passedOver[field] ??= `${at.column}列「${brief(cellText(header[c]))}」`;
    out.push({
      ...at,
      message: `${written}含有「${name}」，但未被识别为「${field}」列，本列不参与计算；${renameAdvice(header[c], field)}`,
    });
  }
  return out;
}

/**
 * A ledger with no 核定 column whose column under another header (审核意见, 是否计分, 处理情况) writes 倒扣 or 不计分
 * in some rows: those rows are scored as any other, and the office is told where (audit s33 A-F1: a 倒扣 under
 * 审核意见 paid +15 instead of −15, with no word).
 */
/** A cell that writes a 核定 verdict in its words: 倒扣, 不计分, 不予计分, with 核定 before it or a reason after. */
const VERDICT_WRITTEN = /^(核定)?(倒扣|不计分|不予计分)/;

/**
 * A piece voided in words an office writes in 备注 or a column of its own (audit s35 D4): 作废, 此稿已撤稿, 撤回,
 * 本稿无效, …不计分 (重复报送，不计分). The whole cell, or its end: 链接无效请补, 撤稿重发后录用 and a bare 无效 (a
 * 链接是否有效 column's) are no such word.
 */
const VOID_WRITTEN = /^(此稿|本稿|该稿)?已?(作废|撤稿|撤回)$|^(此稿|本稿|该稿)已?无效$|不计分$|不予计分$/;

/** A 是否有效 / 是否计分 column, and its words for no. */
const VALIDITY_HEADER = /^(是否)?(有效|计分|有效性)$/;
const VALIDITY_NO = /^(否|无效|不计分|×|✗|╳|x|n|no)$/i;

/**
 * Columns that say a row is not to score where 核定 does not (audit s35 D4): a column the ledger does not read
 * writing 倒扣 / 不计分 first (审核意见), 备注 or such a column writing 作废, 撤稿, 无效 or …不计分, a 是否有效 column
 * saying 否. Said per column with its rows, when there is no 核定 column or the row's 核定 is blank: those rows score.
 */
function verdictsUnread(grid: Grid, header: Cell[], dataStart: number, verdictCol?: number): Notice[] {
  const out: Notice[] = [];
  for (let c = 0; c < header.length; c++) {
    const field = headerField(header[c]);
    if ((field !== undefined && field !== '备注') || isCoAuthorHeader(header[c])) continue;
    const validity = VALIDITY_HEADER.test(headerKey(header[c]));
    const rows: number[] = [];
    let said = '';
    for (let r = dataStart; r < grid.length; r++) {
      const cell = grid[r]?.[c];
      // The verdict words themselves, first in the cell: 无效 in 链接是否有效 or 扣分 in 考核扣分 are no 核定.
      if (typeof cell !== 'string' || cell === '' || cell.length > 40) continue;
      if (verdictCol !== undefined && !blankCell(grid[r]?.[verdictCol])) continue;
      const text = simplified(cell.trim());
      const voided = validity
        ? VALIDITY_NO.test(text)
        : (field === undefined && VERDICT_WRITTEN.test(text)) || VOID_WRITTEN.test(text);
      if (!voided) continue;
      rows.push(r + 1);
      said ||= cell.trim();
    }
    if (rows.length === 0) continue;
    const column = columnLetter(c + 1);
    const shown =
      rows.length > 5 ? `${rows.slice(0, 5).join('、')}行等${rows.length}行` : `${rows.join('、')}行`;
    const where = `${column}列「${brief(cellText(header[c]))}」第${shown}写有“${brief(said, 12)}”`;
    out.push({
      code: 'verdict-unread',
      row: dataStart,
      column,
      message:
        verdictCol === undefined
          ? `${where}，但台账没有「核定」列，这些行照常计分；如这是核定结果，请把表头改为「核定」，或在「核定」列填“不计分”`
          : `${where}，但这些行的「核定」为空，照常计分；如不应计分，请在「核定」填“不计分”`,
    });
  }
  return out;
}

/**
 * How to make a near-miss header read as `field`. A measured column keeps its unit: dropping it would read
 * seconds as minutes or 千字 as 字 (字数/千 → convert the numbers, or name a unit read).
 */
function renameAdvice(cell: Cell, field: LedgerField): string {
  const units = HEADER_UNITS[field];
  if (!units) return `如果它就是${field}，请把表头改为「${field}」`;
  const notes = bracketNotes(cell).map((n) => n.replace(/^(计量)?单位[为是]?[:：]?/, ''));
  const known = notes.find((n) => own(units, n) ?? own(units, n.toLowerCase()));
  const name = field === '字数' ? '字数' : '时长';
  if (known !== undefined)
    return `如果它就是${name}，请把表头改为「${name}（${known}）」，本列的数按${known}读取`;
  if (notes.length > 0) return `如果它就是${name}，${CONVERT[field]}`;
  return `如果它就是${name}，请把表头改为「${field}」（数以${field === '字数' ? '字' : '分钟'}计）；数以其他单位计时，${CONVERT[field]}`;
}

/** Headers no office means as a ledger column: passed over without a word. */
const ROW_NUMBER_HEADERS = /^(序号|编号|序|no\.?|number)$/i;

/**
 * The header's columns that are read as no ledger column (序号 passed over), each with its letter and, when
 * it holds a column's name (字数统计口径 holds 字数), that column: for 初始化台账 to name them beside the
 * standard columns it adds.
 */
export function unreadHeaders(
  header: Cell[],
): { column: string; text: string; near?: LedgerField; name?: string }[] {
  const out: { column: string; text: string; near?: LedgerField; name?: string }[] = [];
  for (let c = 0; c < header.length; c++) {
    if (headerField(header[c])) continue;
    const key = headerKey(header[c]);
    if (key === '' || ROW_NUMBER_HEADERS.test(key)) continue;
    const name = NEAR_MISS_NAMES.find((n) => key.includes(n));
    out.push({
      column: columnLetter(c + 1),
      text: brief(cellText(header[c])),
      ...(name ? { near: HEADER_ALIASES[name], name } : {}),
    });
  }
  return out;
}

/**
 * The rows the header is looked for in: a title block (title, 填报单位, 填报人, 日期, blank lines) may push it
 * down. The command line and the add-on (初始化台账 included) look as far.
 */
export const HEADER_SCAN_ROWS = 20;

/**
 * A cell with nothing in it: blank, null, spaces only (as Sheets and the file readers hand them), or invisible
 * characters only (\u0000, a zero-width space, a BOM left by another tool), which no office typed as a piece.
 */
export function blankCell(v: Cell): boolean {
  if (typeof v !== 'string') return v === null || v === undefined;
  const t = trimmed(v);
  return t === '' || invisibleOnly(t);
}

/** 分类汇总's functions other than 求和 (汇总方式), as Chinese Excel names them in its labels. */
const SUBTOTAL_FUNCTIONS = '计数|数值计数|平均值|最大值|最小值|乘积|标准偏差|方差';

/**
 * 合计 / 总计 / 小计 / 汇总 (全区合计 …): a totals line's word, typed where a unit or the row's first cell is.
 * 汇总 is what Chinese Excel writes on a Table's totals row (表格 → 汇总行); 总计数, 总平均值 … are 分类汇总's
 * grand lines for its other functions.
 */
const TOTALS_WORD = new RegExp(
  `^(全区|全县|全市|全部|本页|本月|本季度?|全年)?(合计|总计|小计|共计|累计|汇总|总计?(${SUBTOTAL_FUNCTIONS})|总体(标准偏差|方差))[:：]?$`,
);

// Every totals word ends in 计 or 总: most cells are ruled out by that and their length alone (no regex per row).
const totalsWord = (v: Cell) =>
  typeof v === 'string' &&
  v.length <= 16 &&
  (v.includes('计') || v.includes('总')) &&
  TOTALS_WORD.test(v.replace(/\s+/g, ''));

/** The totals word alone (合计, 汇总 …): no unit is named so. */
export function isTotalsWord(text: string): boolean {
  return totalsWord(text);
}

/**
 * Excel's 分类汇总 label, `<the group's value> 汇总` (求和), or `<value> 计数`, `平均值` … for its other functions
 * (汇总方式), in the column the rows were grouped by.
 */
const SUBTOTAL_LABEL = new RegExp(`\\S\\s*(汇总|${SUBTOTAL_FUNCTIONS})$`);
const subtotalLabel = (v: Cell) => typeof v === 'string' && v.length <= 60 && SUBTOTAL_LABEL.test(v.trim());

/**
 * A totals word after words of the office's own (1月小计, 一季度合计, 中心路街道小计): the words before it, or
 * undefined when the cell is no such text. Only a line holding nothing else a piece has is a totals line.
 */
function totalsPrefix(v: Cell): string | undefined {
  if (typeof v !== 'string' || v.length > 60 || !(v.includes('计') || v.includes('总'))) return undefined;
  const m = /^(.*?)(合计|总计|小计|共计|累计|汇总)[:：]?$/.exec(v.replace(/\s+/g, ''));
  return m ? m[1] : undefined;
}

/** A period a subtotal line may name before its word: 1月, 2024年3月份, 一季度, 第二季度, 上半年, 1-3月, 全年. */
const PERIOD_PREFIX =
  /^(\d{2,4}年度?)?((第?[\d一二三四五六七八九十]{1,3}([-—~至到][\d一二三四五六七八九十]{1,3})?(月份?|季度?|周))|[上下]半年|全?年度?)?$/;

/** What a totals line holds beside its word: nothing, or a count (SUBTOTAL(103, …), COUNTA), or no result for one. */
const countOrBlank = (v: Cell) =>
  blankCell(v) ||
  v === UNCALCULATED ||
  (typeof v === 'number' ? Number.isFinite(v) : /^\s*\d+(\.\d+)?\s*$/.test(String(v)));

/**
 * No cell a piece has in the columns read, beside the title and the unit: no date, author, outlet …, only
 * numbers (the 字数 summed, a count) or the totals words.
 */
function onlyCounts(cells: Cell[], cols: readonly number[], titleCol: number, unitCol: number): boolean {
  for (const c of cols) {
    if (c === titleCol || c === unitCol) continue;
    const v = cells[c];
    if (!countOrBlank(v) && !totalsWord(v) && totalsPrefix(v) === undefined) return false;
  }
  return true;
}

/**
 * A totals row: the totals word as its title with no unit (or a count, or the word, in 单位), or no title (or a
 * count as title) and the word or an Excel `<单位> 汇总` label in its 单位 cell or its first non-blank cell
 * that is no count. A titled row of a unit stays a piece. So are lines whose word follows others (1月小计,
 * 中心路街道小计) or whose 小计 repeats its unit, when they hold nothing but numbers beside the title and the
 * unit: a period or the row's unit before the word when the row names a unit (工作汇总 | 办公室 stays a piece).
 */
function isTotalsRow(cells: Cell[], titleCol: number, unitCol: number, cols: readonly number[]): boolean {
  const title = cells[titleCol];
  const unit = cells[unitCol];
  if (!countOrBlank(title)) {
    if (totalsWord(title) && (countOrBlank(unit) || totalsWord(unit))) return true;
    const prefix = totalsPrefix(title);
    if (prefix === undefined) return false;
    const unitless = countOrBlank(unit) || totalsWord(unit);
    const ofUnit = prefix === '' || PERIOD_PREFIX.test(prefix) || prefix === String(unit).replace(/\s+/g, '');
    return (unitless || ofUnit) && onlyCounts(cells, cols, titleCol, unitCol);
  }
  const label = (v: Cell) => totalsWord(v) || subtotalLabel(v);
  const first = cells.find((v) => !countOrBlank(v));
  if (label(unit) || label(first)) return true;
  const loose = (v: Cell) => totalsPrefix(v) !== undefined;
  return (
    (loose(unit) || (loose(first) && (countOrBlank(unit) || loose(unit)))) &&
    onlyCounts(cells, cols, titleCol, unitCol)
  );
}

/** A cell a totals line may hold its word in: ruled in or out cheaply, for rows that otherwise score. */
const maybeTotals = (v: Cell) => typeof v === 'string' && (v.includes('计') || v.includes('总'));

/**
 * A title a totals line may hold its word in. A longer one is no totals word (totalsWord: 16 at most), and the
 * one row it may still be skipped as, a heading merged across the row, has it as its unit too: ruled in there.
 */
const maybeTotalsTitle = (v: Cell) => typeof v === 'string' && v.length <= 16 && maybeTotals(v);

/** A sign-off line under a table (填报人：张三 审核人：李四 …): its first cell names a role, then a colon. */
const FOOTER =
  /^\s*(填报人|填表人|制表人|统计人|经办人|审核人|审核|审批人|负责人|单位负责人|主要负责人|分管领导|联系人|联系电话|填报单位|填表单位|填报日期|填表日期|制表日期|报送日期)\s*[:：]/;
/**
 * A sample row a template keeps under its header: its title starts so (示例：XX镇…, （示例）…, 例：…, 举例：…, 如：…)
 * or ends so (…（示例）, …（样例）; audit s36 F1).
 */
const SAMPLE_TITLE =
  /^\s*([（(【[]\s*(填写|填表)?(示例|样例|范例)\s*[）)】\]]|(填写|填表)?(示例|样例|范例)\s*[:：]|举?例\s*[:：]|如\s*[:：])/;
/** …（示例） at a title's end: tested only when its last two characters are 例 and a closing bracket. */
const SAMPLE_TITLE_END = /[（(【[]\s*(填写|填表)?(示例|样例|范例)[）)】\]]$/;
/** A 备注 saying the row is a template's sample: 示例, 样例行, 此行为填写示例，请勿删除 (audit s36 F1). */
const SAMPLE_REMARK =
  /^\s*(此行|本行|该行|此条|本条|此)?\s*(为|是)?\s*(填写|填表|填报)?(示例|样例|范例)(行|数据)?\s*([，,。；;]?\s*(请勿删除|勿删除?|请删除|填写时请?删除|删除))?\s*[。.！!]?\s*$/;

/** Whether a row's title or 备注 (remarkCol, -1 without one) marks it a template's sample. */
function sampleLine(cells: Cell[], titleCol: number, remarkCol: number): boolean {
  const title = cells[titleCol];
  if (typeof title === 'string') {
    if (SAMPLE_TITLE_FIRST.has(firstVisibleCode(title)) && SAMPLE_TITLE.test(title)) return true;
    const n = title.length;
    const end = title.charCodeAt(n - 1);
    // 例 (U+4F8B) before ） ) 】 ]: the end of every SAMPLE_TITLE_END (the regular expression scans all of a title).
    if (
      title.charCodeAt(n - 2) === 0x4f8b &&
      (end === 0xff09 || end === 0x29 || end === 0x3011 || end === 0x5d) &&
      SAMPLE_TITLE_END.test(title)
    )
      return true;
  }
  const remark = remarkCol >= 0 ? cells[remarkCol] : undefined;
  return (
    typeof remark === 'string' && remark.length <= 20 && remark.includes('例') && SAMPLE_REMARK.test(remark)
  );
}

/**
 * A statistics table's header word (各单位统计: 单位 | 报送篇数 | 录用篇数 | 积分): a count, a score, a rank. No
 * piece's title, author or unit is one alone.
 */
const STATISTIC_HEADER =
  /^(序号|名次|排名|排序|(报送|录用|采用|刊发|上报|完成|稿件|信息)?(篇数|条数|件数|数量|次数|总数)|(总|年度|累计|合计)?(积分|得分|分数|分值|总分)|完成率|达标率|采用率|录用率|比例|占比|是否达标|达标情况|考核结果)$/;

/**
 * The header of another table typed under the ledger (各单位统计, a summary by unit), as its lines would be read:
 * two texts or more, every one a header word (the ledger's or a statistic's, STATISTIC_HEADER), one at least a
 * statistic, none 标题 (the ledger's own header again is repeatsHeader's). A piece has a title, a name or a date
 * that is no header word. The lines from it to the next blank line are that table's (otherTableLines).
 */
function startsOtherTable(cells: Cell[]): boolean {
  let texts = 0;
  let statistic = false;
  for (const cell of cells) {
    if (blankCell(cell)) continue;
    if (typeof cell !== 'string' || cell.length > 16) return false;
    const key = headerKey(cell).replace(HEADER_NOTES, '');
    if (STATISTIC_HEADER.test(key)) statistic = true;
    else {
      const field = headerField(cell);
      if (field === undefined || field === '标题') return false;
    }
    texts++;
  }
  return statistic && texts >= 2;
}

/** A line with one text, in the title column: a table's heading (各单位统计) when a table's header follows it. */
function headingLine(cells: Cell[] | undefined, titleCol: number): boolean {
  if (!Array.isArray(cells) || blankCell(cells[titleCol])) return false;
  for (let c = 0; c < cells.length; c++) if (c !== titleCol && !blankCell(cells[c])) return false;
  return true;
}

/**
 * The unit a sub-heading line names (一、峡窝镇党委 → 峡窝镇党委; its list number and a count after it, （3篇）,
 * dropped) when the line below it is a piece with a blank 单位 (a ledger grouped under unit headings); null
 * otherwise, or when what is left is no name (a number, a sentence).
 */
function unitHeading(next: Cell[] | undefined, titleCol: number, unitCol: number, text: Cell): string | null {
  if (
    !Array.isArray(next) ||
    !blankCell(next[unitCol]) ||
    blankCell(next[titleCol]) ||
    headingLine(next, titleCol)
  )
    return null;
  if (typeof text !== 'string') return null;
  const typed = text.trim();
  const unnumbered = withoutListMark(typed);
  const name = unnumbered
    .replace(/\s*[（(][^（）()]*[篇条件][）)]$/, '')
    .replace(/[:：]$/, '')
    .trim();
  // Numbered as a heading (一、…) or named as a unit (…党委): a title typed alone above is neither.
  const heading = unnumbered !== typed || UNIT_ENDING.test(name);
  return heading &&
    name.length >= 2 &&
    name.length <= 20 &&
    !/\d/.test(name) &&
    !/[，。,；;！!？?]/.test(name)
    ? name
    : null;
}

/** The code units FOOTER and SAMPLE_TITLE can start with (after spaces): a row starting otherwise runs neither. */
const codesOf = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const FOOTER_FIRST = codesOf('填制统经审负单主分联报');
const SAMPLE_TITLE_FIRST = codesOf('（(【[填示样范举例如');
const footerLine = (first: Cell) =>
  typeof first === 'string' && FOOTER_FIRST.has(firstVisibleCode(first)) && FOOTER.test(first);

/** The first cell of a row with text. */
function firstText(cells: Cell[]): Cell {
  for (const c of cells) {
    // Most first cells start with a visible character: no trimmed copy for them.
    if (typeof c === 'string' && c.length > 0 && !maybeSpace(c.charCodeAt(0))) return c;
    if (c !== null && c !== undefined && cellText(c).trim() !== '') return c;
  }
  return '';
}

/** Whether a row's first text, title or 备注 may open a sign-off or sample line (a cheap test before lineNotAPiece). */
const maybeFooterOrSample = (cells: Cell[], titleCol: number, remarkCol: number): boolean => {
  return footerLine(firstText(cells)) || sampleLine(cells, titleCol, remarkCol);
};

/** The row's present columns hold one text wherever they are not blank, in three or more of them. */
function isBanner(cells: Cell[], cols: number[]): boolean {
  let text: Cell;
  let count = 0;
  for (const c of cols) {
    const v = cells[c];
    if (blankCell(v)) continue;
    if (count > 0 && v !== text) return false;
    text = v;
    count++;
  }
  return count >= 3;
}

function isBlankRow(cells: Cell[], cols: number[]): boolean {
  for (const c of cols) if (!blankCell(cells[c])) return false;
  return true;
}

function fieldCount(row: Cell[]): number {
  let n = 0;
  for (const cell of row) if (headerField(cell)) n++;
  return n;
}

/** Blank, or the same text as the cell above: what a cell merged down from the header row reads as. */
function mergedDown(cell: Cell, above: Cell): boolean {
  return blankCell(cell) || headerKey(cell) === headerKey(above);
}

/**
 * A group title's sub-label joined into a column name the header table knows: 报送 + 日期, and the title with its
 * 情况 / 信息 / 登记 dropped (报送情况 over 日期 is 报送日期, 录用情况 over 方式 采用方式; audit s35 D1). undefined
 * when neither join is a name.
 */
function groupJoin(group: Cell, sub: string): string | undefined {
  if (blankCell(group) || sub === '') return undefined;
  const title = cellText(group).trim();
  const whole = `${title}${sub}`;
  if (headerField(whole) !== undefined) return whole;
  const stem = title.replace(/(情况|信息|登记|记录|明细)$/, '');
  const short = `${stem}${sub}`;
  return stem !== title && stem !== '' && headerField(short) !== undefined ? short : undefined;
}

/** A unit in brackets alone, as a second header row gives it under 时长 or 字数: （分钟）, (千字). */
const BRACKETED_UNIT = /^[(（[【〔][^()（）[\]【】〔〕]{1,8}[)）\]】〕]$/;

/**
 * The header row joined with the row under it when that row holds only units in brackets (（分钟） under 时长)
 * or short sub-labels (对象 | 日期 under 报送 merged over two columns), and no data: each joined to its column's
 * name (时长（分钟）, 报送对象, 报送日期) when the join is a name the header table knows. A sub-label under a
 * blank cell joins the nearest name to its left whose columns all hold sub-labels (a merged group). Cells
 * repeating the name above (a merge down, as .xlsx readers fill it) or blank are no sub-labels. null when
 * the row is no such row (any other cell: it is data, or the names of a header of its own).
 */
function joinSubLabels(row: Cell[], next: Cell[]): Cell[] | null {
  const joined: Cell[] = row.slice();
  let found = false;
  let group: Cell = '';
  for (let c = 0; c < Math.max(row.length, next.length); c++) {
    const lower = next[c];
    const upper = row[c];
    if (blankCell(lower) || (!blankCell(upper) && headerKey(lower) === headerKey(upper))) {
      group = '';
      continue;
    }
    if (typeof lower !== 'string' || lower.trim().length > 10) return null;
    if (!blankCell(upper)) group = upper;
    if (blankCell(group)) return null;
    const sub = lower.trim();
    const name = groupJoin(group, sub);
    if (name === undefined) return null;
    if (!BRACKETED_UNIT.test(sub) && headerField(sub) !== undefined && headerField(group) === undefined)
      return null; // a name of its own under a group title: the two-row header below reads it
    joined[c] = name;
    found = true;
  }
  return found ? joined : null;
}

/**
 * A complete header row under a row of group titles only (报送情况 over 对象 | 日期, 录用情况 over 媒体 … 方式 |
 * 日期), as an Excel Table lays it out (its header cannot be merged down, and it renames a second 日期 to 日期2):
 * each short sub-label the header table does not know joins the nearest title to its left (groupJoin), a digit
 * Excel added dropped (audit s37 I: every unit scored 0, the notices calling present columns missing). null when
 * no label joins, or `upper` is not such a row (a title line over every column joins none: no name results).
 */
function underGroupRow(upper: Cell[] | undefined, row: Cell[]): Cell[] | null {
  if (!Array.isArray(upper) || fieldCount(upper) > 0) return null;
  let joined: Cell[] | null = null;
  let group: Cell = '';
  for (let c = 0; c < row.length; c++) {
    if (!blankCell(upper[c])) group = upper[c];
    const label = row[c];
    if (blankCell(group) || typeof label !== 'string' || headerField(label) !== undefined) continue;
    const sub = label.trim();
    if (sub.length > 6) continue;
    const name =
      groupJoin(group, sub) ?? (/\d$/.test(sub) ? groupJoin(group, sub.replace(/\d+$/, '')) : undefined);
    if (name === undefined) continue;
    joined ??= row.slice();
    joined[c] = name;
  }
  return joined;
}

/**
 * The header as Excel-made ledgers write it: on row 1, below title rows, or on two rows where merged group
 * cells (报送情况 over 报送对象 | 报送日期) leave the column names on the second row and the rest, merged
 * down, on the first. Returns the header cells and the grid index of the first row below it.
 */
function locateHeader(grid: Grid): { header: Cell[]; dataStart: number } {
  const limit = Math.min(HEADER_SCAN_ROWS, grid.length);
  let best = 0; // without 标题 and 单位: the row naming the most columns, so the issue names what is missing
  let bestCount = -1;
  for (let h = 0; h < limit; h++) {
    const row = grid[h];
    if (!Array.isArray(row)) continue;
    const count = fieldCount(row);
    if (count > bestCount) {
      best = h;
      bestCount = count;
    }
    const next = grid[h + 1];
    const joined = Array.isArray(next) ? joinSubLabels(row, next) : null;
    if (joined && REQUIRED.every((f) => findColumns(joined).columns[f] !== undefined))
      return { header: joined, dataStart: h + 2 };
    const { columns } = findColumns(row);
    const complete = REQUIRED.every((f) => columns[f] !== undefined);
    // A second header row names columns under a merged group title, and its cells under 标题 and 单位 are
    // merged down from above: blank as Sheets hands them, the master's text as Excel readers give them,
    // which no data row is. A title row (no names) is never the upper half.
    const lower = Array.isArray(next) ? fieldCount(next) : 0;
    const subHeader =
      lower > 0 &&
      (complete
        ? mergedDown(next![columns.标题!], row[columns.标题!]) &&
          mergedDown(next![columns.单位!], row[columns.单位!])
        : count > 0);
    if (subHeader) {
      const pair = next as Cell[];
      const merged: Cell[] = [];
      // A short sub-label (日期, 方式) under a group title merged across (录用情况 over 媒体 | 级别 | 方式 | 日期)
      // joins the title (groupJoin); the title's text stands in its group's first column, blank to its right.
      let group: Cell = '';
      for (let c = 0; c < Math.max(row.length, pair.length); c++) {
        if (!blankCell(row[c])) group = row[c];
        const lower = pair[c];
        const joined =
          typeof lower === 'string' && !headerField(lower) ? groupJoin(group, lower.trim()) : undefined;
        // A sub-label no join names (序号 under 报送情况) still names its column: a blank there would keep two
        // same-field columns apart (findColumns) where the one-row header does not.
        const own = blankCell(row[c]) && !blankCell(lower) ? lower : row[c];
        merged.push(headerField(lower) ? lower : (joined ?? own ?? ''));
      }
      if (REQUIRED.every((f) => findColumns(merged).columns[f] !== undefined)) {
        return { header: merged, dataStart: h + 2 };
      }
    }
    if (complete) return { header: (h > 0 && underGroupRow(grid[h - 1], row)) || row, dataStart: h + 1 };
    // A piece's line (a header sorted into the data): no title block lies below it, nor the header.
    if (dataLike(row)) break;
  }
  return { header: grid[best], dataStart: best + 1 };
}

/**
 * A line that holds a piece rather than a title block's words (title, 填报单位：…, 日期：…): five cells or more,
 * one a number or a date, and not labels with their values in the cells beside them (填报单位：| 区委组织部 |
 * 填报日期：| 2025-01-05, audit s38 O1: a date or a phone number there stopped the search for the header below).
 */
function dataLike(row: Cell[]): boolean {
  let cells = 0;
  let typed = false;
  let labels = 0;
  for (const v of row) {
    if (blankCell(v)) continue;
    cells++;
    if (typeof v !== 'string') typed = true;
    else if (/[：:]\s*$/.test(v)) labels++;
  }
  return cells >= 5 && typed && labels < 2;
}

/** The ledger header of a grid (below title rows, over two rows): its columns and first data line; null without 标题 and 单位. */
/**
 * The header row (1-based) when it names 标题 but no 单位 (a 单位 column headed in words of its own), found as
 * parseLedger finds a header; null otherwise. For the refusal to say where.
 */
export function headerWithoutUnit(grid: Grid): number | null {
  if (!Array.isArray(grid) || grid.length === 0) return null;
  const { header, dataStart } = locateHeader(grid);
  const { columns } = findColumns(header);
  return columns.标题 !== undefined && columns.单位 === undefined ? dataStart : null;
}

export function ledgerHeader(
  grid: Grid,
): { header: Cell[]; columns: Partial<Record<LedgerField, number>>; dataStart: number } | null {
  if (!Array.isArray(grid) || grid.length === 0 || !Array.isArray(grid[0])) return null;
  const { header, dataStart } = locateHeader(grid);
  const { columns } = findColumns(header);
  return REQUIRED.every((f) => columns[f] !== undefined) ? { header, columns, dataStart } : null;
}

/** The header again (two exports joined): 单位 and 标题 headers where a piece's unit and title stand. */
function repeatsHeader(unitCell: Cell, titleCell: Cell): boolean {
  return headerField(unitCell) === '单位' && headerField(titleCell) === '标题';
}

/**
 * A line that is no piece: a totals line (合计, 小计, 分类汇总), or one text across the row (a section heading merged
 * over it, as .xlsx readers fill a merge); null for a piece. parseLedger and ledgerReads skip the same lines.
 */
function lineNotAPiece(
  cells: Cell[],
  titleCol: number,
  unitCol: number,
  remarkCol: number,
  present: number[],
): 'totals' | 'banner' | 'footer' | 'sample' | null {
  if (isTotalsRow(cells, titleCol, unitCol, present)) return 'totals';
  if (footerLine(firstText(cells))) return 'footer';
  if (sampleLine(cells, titleCol, remarkCol)) return 'sample';
  const unitCell = cells[unitCol];
  const banner =
    typeof unitCell === 'string' &&
    unitCell !== '' &&
    cells[titleCol] === unitCell &&
    isBanner(cells, present);
  return banner ? 'banner' : null;
}

/**
 * Whether parseLedger reads a cell of `grid` (0-based line and column): a column of a field (积分, 计任务 and
 * 校验 are computed, never read) on a line it reads as a piece (no blank line, repeated header, totals line
 * or heading). null when the grid has no ledger header. For the .xlsx reader: a formula saved without its
 * result matters only there.
 */
export function ledgerReads(grid: Grid): ((line: number, col: number) => boolean) | null {
  const found = ledgerHeader(grid);
  if (found === null) return null;
  const { header, columns, dataStart } = found;
  const present = LEDGER_HEADERS.filter((f) => columns[f] !== undefined).map((f) => columns[f]!);
  const read = new Set([...present, ...findColumns(header).authors]);
  const titleCol = columns.标题!;
  const unitCol = columns.单位!;
  const remarkCol = columns.备注 ?? -1;
  const otherTable = otherTableLines(grid, dataStart, titleCol, present);
  return (line, col) => {
    const cells = grid[line];
    if (line < dataStart || !read.has(col) || !Array.isArray(cells) || otherTable.has(line)) return false;
    const unitCell = cells[unitCol];
    if (repeatsHeader(unitCell, cells[titleCol])) return false;
    return lineNotAPiece(cells, titleCol, unitCol, remarkCol, present) === null;
  };
}

/**
 * The grid lines of tables under the ledger (startsOtherTable: a header, the lines after it up to a blank line,
 * the heading just above it), as readRows skips them.
 */
function otherTableLines(grid: Grid, dataStart: number, titleCol: number, present: number[]): Set<number> {
  const lines = new Set<number>();
  let inside = false;
  for (let r = dataStart; r < grid.length; r++) {
    const cells = grid[r];
    if (!Array.isArray(cells)) continue;
    if (isBlankRow(cells, present)) inside = false;
    else if (inside) lines.add(r);
    else if (startsOtherTable(cells)) {
      if (r - 1 >= dataStart && headingLine(grid[r - 1], titleCol)) lines.add(r - 1);
      lines.add(r);
      inside = true;
    }
  }
  return lines;
}

export interface ParseOptions {
  /** Where each grid line came from (several tabs read as one ledger); by default grid line i is sheet row i + 1. */
  sources?: { tab: string; row: number }[];
  /** Today, for dates typed a year or decades off (a row dated more than 31 days ahead is an issue). */
  today?: Day;
  /** The year the office works in (设置 年度, or the period's): a bad date's advice writes its examples in it. */
  year?: number;
  /**
   * The year a date typed without one (3月5日, 3.5, 03-05) is read in, said in one notice per column: 设置 年度
   * or the period asked for. Undefined (no 年度 known): such a date is a row issue.
   */
  yearlessYear?: number;
  /** Unit spellings read as another unit (unitKey of the typed name → the name): units inferred as one. */
  unitAliases?: ReadonlyMap<string, string>;
  /**
   * Header cells merged across columns, as the sheet's merges give them (0-based first column and width):
   * the columns a merged header spans are that header's columns.
   */
  headerSpans?: readonly HeaderSpan[];
  /** The ledger tab's hidden columns (0-based): of two columns read as one field, the one in view is read. */
  hiddenColumns?: readonly number[];
  /**
   * The cells come without their number formats (Sheets' getValues, a custom function's arguments): a 时长 time of
   * whole minutes is read as the h:mm cell typing it leaves shows it (0:42 → 42 seconds), as the .xlsx reader does.
   */
  formatsUnknown?: boolean;
}

/** A header cell merged across columns: its first column (0-based) and how many it spans. */
export interface HeaderSpan {
  col: number;
  cols: number;
}

/**
 * A cell of a column of names beside 作者: text of names of one to four characters (or with a middle dot:
 * 阿依古丽·买买提), 、 or spaces between them; a number, a date, a unit's or an outlet's name is no name.
 */
function nameCell(v: Cell): boolean {
  if (typeof v !== 'string') return false;
  const parts = v.trim().split(/[、，,;；/\s]+/);
  return parts.every(
    (p) => /^[\u4e00-\u9fff]{1,4}$/.test(p) || /^[\u4e00-\u9fff]+[·•・][\u4e00-\u9fff]+$/.test(p),
  );
}

/**
 * The columns under a blank header cell, read or said: those a merged header spans are its columns (作者 merged
 * over C:E: one author per column, joined in order; another header: its first non-blank cell, a different value
 * beside it said); blank-headed columns right of 作者 that hold only names are more author columns (as though
 * 作者 were merged over them); any other blank-headed column holding data is said once, not read. Returns the
 * grid to read (rows whose header's first cell was blank copied with the spanned value in it) and the authors.
 */
function blankHeaded(
  grid: Grid,
  header: Cell[],
  dataStart: number,
  columns: Partial<Record<LedgerField, number>>,
  authorCols: number[],
  spans: readonly HeaderSpan[],
  sources: ParseOptions['sources'],
  notices: Notice[],
): { grid: Grid; authors: number[] } {
  let width = header.length;
  for (let r = dataStart; r < grid.length; r++)
    if (Array.isArray(grid[r]) && grid[r].length > width) width = grid[r].length;
  const blank = (c: number) => blankCell(header[c]);
  const holds = (c: number, test: (v: Cell) => boolean) => {
    for (let r = dataStart; r < grid.length; r++) {
      const row = grid[r];
      if (Array.isArray(row) && !blankCell(row[c]) && test(row[c])) return r;
    }
    return -1;
  };
  const at = (r: number) => {
    const source = sources?.[r];
    return source ? { tab: source.tab, row: source.row } : { row: r + 1 };
  };
  const covered = new Set<number>();
  const authors = authorCols.slice();
  const author = columns.作者;
  let out = grid;
  for (const span of spans) {
    const master = span.col;
    if (blankCell(header[master])) continue;
    const spanned: number[] = [];
    for (let c = master + 1; c < master + span.cols && c < width; c++) if (blank(c)) spanned.push(c);
    if (spanned.length === 0) continue;
    for (const c of spanned) covered.add(c);
    if (master === author || authors.includes(master)) {
      for (const c of spanned) if (!authors.includes(c)) authors.push(c);
      continue;
    }
    if (!Object.values(columns).includes(master)) continue; // a header read as no column: nothing read
    const differ: number[] = [];
    let first = -1;
    for (let r = dataStart; r < grid.length; r++) {
      const row = out[r];
      if (!Array.isArray(row)) continue;
      let value = row[master];
      for (const c of spanned) {
        const v = row[c];
        if (blankCell(v)) continue;
        if (blankCell(value)) {
          if (out === grid) out = grid.slice();
          const copy = row.slice();
          copy[master] = v;
          out[r] = copy;
          value = v;
        } else if (cellText(v).trim() !== cellText(value).trim()) {
          if (first < 0) first = c;
          differ.push(r);
          break;
        }
      }
    }
    if (differ.length > 0) {
      const name = brief(cellText(header[master]).trim());
      const range = `${columnLetter(master + 1)}—${columnLetter(master + span.cols)}`;
      notices.push({
        code: 'merged-header-differs',
        ...at(differ[0]),
        column: columnLetter(first + 1),
        message: `表头「${name}」合并了${range}列：第${listRows(differ.map((r) => at(r).row))}行这几列的内容不同（如 ${columnLetter(first + 1)}${at(differ[0]).row}），按${columnLetter(master + 1)}列（或其第一个非空单元格）读取；请核对后只在${columnLetter(master + 1)}列填写`,
      });
    }
  }
  // Blank-headed columns right of the 作者 columns holding names only: authors, as under a merged 作者.
  if (author !== undefined) {
    const added: number[] = [];
    for (let c = maxOf(authors) + 1; c < width && blank(c) && !covered.has(c); c++) {
      if (holds(c, () => true) < 0 || holds(c, (v) => !nameCell(v)) >= 0) break;
      added.push(c);
      covered.add(c);
    }
    if (added.length > 0) {
      pushAll(authors, added);
      const letters = added.map((c) => columnLetter(c + 1)).join('、');
      notices.push({
        code: 'unheaded-authors',
        row: sources?.[dataStart - 1]?.row ?? dataStart,
        column: columnLetter(added[0] + 1),
        message: `${letters}列表头为空、内容是人名，紧接在「${brief(cellText(header[minOf(authorCols)]).trim())}」列右边：按作者列读取（与作者列的人名依次合为本行的作者）；如不是作者，请填上该列的表头`,
      });
    }
  }
  authors.sort((a, b) => a - b);
  const unread: number[] = [];
  let firstRow = -1;
  for (let c = 0; c < width; c++) {
    if (!blank(c) || covered.has(c)) continue;
    const r = holds(c, () => true);
    if (r < 0) continue;
    unread.push(c);
    if (firstRow < 0 || r < firstRow) firstRow = r;
  }
  if (unread.length > 0) {
    const letters = unread.map((c) => columnLetter(c + 1));
    notices.push({
      code: 'unheaded-column',
      ...at(firstRow),
      column: letters[0],
      message: `${letters.join('、')}列有内容但表头为空，未读取：如果它就是台账的某一列（例如报送对象），请填上该列的表头`,
    });
  }
  return { grid: out, authors };
}

/**
 * A unit typed with spaces inside (峡窝镇 党委, padding for alignment) or other-width brackets is its 单位 table entry; a name
 * matching none stays as typed and is a row issue downstream, never a refusal.
 */
export function matchUnitNames(
  parsed: ParsedLedger,
  units: readonly { name: string; aliases?: readonly string[] }[],
): void {
  renameUnits(parsed, unitNameReader(units));
}

/** Each row's 单位 and 对口处室 as `named` names them (once per distinct spelling). */
function renameUnits(parsed: ParsedLedger, named: (typed: string) => string): void {
  const table = nativeTable(parsed);
  if (table === undefined) {
    for (const r of parsed.rows) {
      r.unit = named(r.unit);
      r.relayOffice = named(r.relayOffice);
    }
    return;
  }
  // Once per distinct spelling, then each row's id moved to its name's (the names numbered first: the id
  // columns are widened if they pass what 16 bits number).
  const texts = table.texts;
  const to = new Int32Array(texts.values.length).fill(-1);
  for (const ids of [table.unit, table.relayOffice])
    for (let i = 0; i < table.n; i++) {
      const id = ids[i];
      if (to[id] < 0) to[id] = texts.id(named(texts.values[id]));
    }
  table.roomForTexts(0);
  for (const ids of [table.unit, table.relayOffice]) for (let i = 0; i < table.n; i++) ids[i] = to[ids[i]];
}

/**
 * maybeTotals of a row's 单位 cell, by the unit's text id (once per unit, not per row): a string cell's unit
 * is its text trimmed and without invisible characters, which neither adds nor drops a 计 or a 总.
 */
class UnitMarks {
  /** Per text id: 0 not yet seen, 1 no totals word may be in it, 2 one may. */
  private marks = new Uint8Array(256);

  maybeTotals(t: LedgerTable, i: number): boolean {
    const id = t.unit[i];
    if (id >= this.marks.length) {
      const wider = new Uint8Array(Math.max(id + 1, this.marks.length * 2));
      wider.set(this.marks);
      this.marks = wider;
    }
    let mark = this.marks[id];
    if (mark === 0) {
      mark = maybeTotals(t.texts.values[id]) ? 2 : 1;
      this.marks[id] = mark;
    }
    return mark === 2;
  }
}

/** Lines skipped for one reason (a repeated header, a 合计 line, a heading): said in one notice. */
class SkippedLines {
  private readonly rows: number[] = [];
  private tab: string | undefined;
  private text = '';

  /** A skipped line: its sheet row, its tab (several tabs joined) and the text it is known by. */
  add(row: number, tab: string | undefined, text: Cell): void {
    if (this.rows.length === 0) {
      this.tab = tab;
      this.text = cellText(text);
    }
    this.rows.push(row);
  }

  /** The notice naming the lines (at the first one's tab and row), when there are any. */
  say(notices: Notice[], code: string, message: (rows: string, text: string) => string): void {
    if (this.rows.length === 0) return;
    notices.push({
      code,
      ...(this.tab ? { tab: this.tab } : {}),
      row: this.rows[0],
      message: message(listRows(this.rows), this.text),
    });
  }
}

/** What a read of the rows sets aside for parseLedger's notices. */
interface LinesAside {
  repeated: SkippedLines;
  totals: SkippedLines;
  banners: SkippedLines;
  /** Sign-off lines under the table (填报人：… 审核人：…). */
  footers: SkippedLines;
  /** A template's sample rows (示例：XX镇…). */
  samples: SkippedLines;
  /** Another table's lines under the ledger (各单位统计 and its rows, startsOtherTable). */
  otherTables: SkippedLines;
  /** Unit sub-headings (一、峡窝镇党委) over rows with a blank 单位, and the rows read under their unit. */
  unitHeadings: SkippedLines;
  underHeadings: SkippedLines;
  /** Rows whose 作者 ended in 等. */
  etc: number[];
  dates: DateCheck;
  unitMarks: UnitMarks;
}

/**
 * Read the grid's lines from dataStart into the table; returns the rows held. The hot loop is a function of
 * its own that ends with it: inside parseLedger it was compiled mid-loop (on-stack replacement) and left
 * at the loop's end for code with no feedback, on every parse, and recompiled on some (issue 15). Nothing
 * runs before the loop: the first call's first lines run before the engine keeps feedback for the function,
 * and code compiled for its second call would stop at them (no feedback) on its third. `present` is the
 * reader's, given: read from the reader in a rare branch, it stopped the code there the first time.
 */
function readRows(
  grid: Grid,
  dataStart: number,
  reader: RowReader,
  present: number[],
  table: LedgerTable,
  titleCol: number,
  unitCol: number,
  remarkCol: number,
  sources: ParseOptions['sources'],
  aside: LinesAside,
): number {
  let count = 0;
  // Inside another table under the ledger (startsOtherTable): its lines are skipped up to the next blank line.
  let otherTable = false;
  // The grid line read into row count - 1 (a heading read so is taken back when a table's header follows it).
  let lastLine = -1;
  // The unit a sub-heading line (一、峡窝镇党委) names, for the rows under it whose 单位 is blank; a blank line ends it.
  let headingUnit: string | null = null;
  for (let r = dataStart; r < grid.length; r++) {
    let cells = grid[r];
    if (!Array.isArray(cells)) continue;
    // A title is the first column isBlankRow looks at: a row with one is not blank.
    const titleCell = cells[titleCol];
    if ((typeof titleCell !== 'string' || blankCell(titleCell)) && isBlankRow(cells, present)) {
      otherTable = false;
      headingUnit = null;
      continue;
    }
    const source = sources?.[r];
    const sheetRow = source ? source.row : r + 1;
    if (otherTable) {
      aside.otherTables.add(sheetRow, source?.tab, '');
      continue;
    }
    // The header again (two exports joined): not a piece of unit 单位. Every header naming 单位 (单位,
    // 报送单位, 单位名称 …) has 位: a unit's name seldom does, so most rows skip headerField.
    const unitCell = cells[unitCol];
    if (typeof unitCell === 'string' && unitCell.includes('位') && repeatsHeader(unitCell, cells[titleCol])) {
      aside.repeated.add(sheetRow, source?.tab, unitCell);
      continue;
    }
    if (blankCell(unitCell)) {
      // Read before the row: a blank 单位 under a unit sub-heading is that unit (audit s36 F); the heading
      // itself stays a row (it cannot score: no unit), said with the rows it names.
      const heading = headingLine(cells, titleCol)
        ? unitHeading(grid[r + 1], titleCol, unitCol, cells[titleCol])
        : null;
      if (heading !== null) {
        headingUnit = heading;
        aside.unitHeadings.add(sheetRow, source?.tab, cells[titleCol]);
      } else if (headingUnit !== null && !blankCell(titleCell)) {
        cells = cells.slice();
        cells[unitCol] = headingUnit;
        aside.underHeadings.add(sheetRow, source?.tab, headingUnit);
      }
    }
    reader.read(cells, sheetRow, count);
    // A 合计 line or a heading merged across the row has no title or no unit, or cannot score: only such
    // rows are looked at again (a regular row pays three reads). A line skipped leaves row `count` free (the next read sets all of it, issues too).
    if (
      table.title[count] === '' ||
      table.unit[count] === 0 ||
      table.blockedAt(count) ||
      maybeTotalsTitle(cells[titleCol]) ||
      (typeof unitCell === 'string' && aside.unitMarks.maybeTotals(table, count)) ||
      maybeFooterOrSample(cells, titleCol, remarkCol)
    ) {
      const skipped = lineNotAPiece(cells, titleCol, unitCol, remarkCol, present);
      if (skipped === 'footer' || skipped === 'sample') {
        aside[skipped === 'footer' ? 'footers' : 'samples'].add(
          sheetRow,
          source?.tab,
          skipped === 'footer' ? firstText(cells) : cells[titleCol],
        );
        continue;
      }
      if (skipped !== null) {
        (skipped === 'totals' ? aside.totals : aside.banners).add(sheetRow, source?.tab, unitCell);
        continue;
      }
      if (table.blockedAt(count) && startsOtherTable(cells)) {
        // Its heading just above (各单位统计), read as a row without a unit, is the table's too.
        const heading = sources?.[r - 1];
        if (
          count > 0 &&
          lastLine === r - 1 &&
          heading?.tab === source?.tab &&
          table.unit[count - 1] === 0 &&
          headingLine(grid[r - 1], titleCol)
        ) {
          count--;
          aside.otherTables.add(heading ? heading.row : r, heading?.tab, grid[r - 1][titleCol]);
        }
        aside.otherTables.add(sheetRow, source?.tab, cells.filter((c) => !blankCell(c)).join('、'));
        otherTable = true;
        continue;
      }
    }
    if (source) {
      table.tab![count] = table.texts.id(source.tab);
      table.gridRow![count] = r + 1;
    }
    if (table.authorsEtcAt(count)) aside.etc.push(count);
    aside.dates.see(table, count);
    lastLine = r;
    count++;
  }
  return count;
}

/** Parse the whole ledger. Never throws; every problem becomes a Chinese message. */
export function parseLedger(grid: Grid, options: ParseOptions = {}): ParsedLedger {
  if (!Array.isArray(grid) || grid.length === 0 || !Array.isArray(grid[0])) {
    return tabledLedger(new LedgerTable(0), {
      columns: {},
      headerIssues: ['台账为空：第1行应为表头'],
      notices: [],
    });
  }
  const { header, dataStart } = locateHeader(grid);
  const hidden =
    options.hiddenColumns && options.hiddenColumns.length > 0 ? new Set(options.hiddenColumns) : undefined;
  const { columns, issues: headerIssues, authors: named } = findColumns(header, hidden);
  bareColumns(grid, header, dataStart, columns, named, headerIssues);
  if (REQUIRED.some((f) => columns[f] === undefined))
    return tabledLedger(new LedgerTable(0), { columns, headerIssues, notices: [] });
  const passedOver: Partial<Record<LedgerField, string>> = {};
  const notices = nearMisses(header, columns, dataStart, passedOver);
  if (hidden) pushAll(notices, hiddenRead(header, dataStart, columns, hidden));
  pushAll(notices, verdictsUnread(grid, header, dataStart, columns.核定));
  const spanned = blankHeaded(
    grid,
    header,
    dataStart,
    columns,
    named,
    options.headerSpans ?? [],
    options.sources,
    notices,
  );
  const authors = spanned.authors;
  grid = spanned.grid;
  const { reading, notices: readingNotices } = columnReading(header, columns, authors, dataStart);
  pushAll(notices, readingNotices);
  const table = new LedgerTable(grid.length - dataStart);
  const readWith = options.formatsUnknown ? { ...reading, formatsUnknown: true } : reading;
  const reader = new RowReader(table, columns, options.year, options.today, readWith, options.yearlessYear);
  const { sources } = options;
  if (sources) {
    table.tab = new Int32Array(grid.length - dataStart);
    table.gridRow = new Int32Array(grid.length - dataStart);
  }
  const aside: LinesAside = {
    repeated: new SkippedLines(),
    totals: new SkippedLines(),
    banners: new SkippedLines(),
    footers: new SkippedLines(),
    samples: new SkippedLines(),
    otherTables: new SkippedLines(),
    unitHeadings: new SkippedLines(),
    underHeadings: new SkippedLines(),
    etc: [],
    dates: new DateCheck(options.today),
    unitMarks: new UnitMarks(),
  };
  table.n = readRows(
    grid,
    dataStart,
    reader,
    reader.present,
    table,
    columns.标题!,
    columns.单位!,
    columns.备注 ?? -1,
    sources,
    aside,
  );
  const { repeated, totals, banners, etc, dates } = aside;
  const twice = nearDuplicateAdoptions(table, listRows);
  if (twice) notices.push(twice);
  repeated.say(
    notices,
    'repeated-header',
    (rows) => `第${rows}行是重复的表头（两份台账接在一起？），已跳过，不作为稿件计算`,
  );
  banners.say(
    notices,
    'section-row',
    (rows, text) => `第${rows}行是跨列合并的标题行（“${brief(text.trim())}”），已跳过，不作为稿件计算`,
  );
  totals.say(notices, 'totals-row', (rows) => `第${rows}行是合计行，已跳过，不作为稿件计算`);
  aside.footers.say(
    notices,
    'footer-row',
    (rows, text) =>
      `第${rows}行是表尾的填报、审核人等信息（“${brief(text.trim())}”），已跳过，不作为稿件计算`,
  );
  aside.samples.say(
    notices,
    'sample-row',
    (rows, text) =>
      `第${rows}行像是填写示例（标题“${brief(text.trim())}”），已跳过，不作为稿件计算；如是真实稿件，请去掉标题或备注中的“示例”等字样`,
  );
  aside.unitHeadings.say(
    notices,
    'unit-heading',
    (rows, text) =>
      `第${rows}行像是单位小标题（“${brief(text.trim())}”），不作为稿件计分；其下单位为空的行按小标题的单位计`,
  );
  aside.underHeadings.say(
    notices,
    'under-heading',
    (rows, text) => `第${rows}行单位为空，按上方小标题的单位（“${text}”等）计分；如不对，请在这些行填写单位`,
  );
  aside.otherTables.say(
    notices,
    'other-table',
    (rows, text) =>
      `第${rows}行是台账下方的另一张表（“${brief(text.trim())}”），已跳过，不作为稿件计算；稿件请只填在台账的表头之下、这张表之上`,
  );
  if (etc.length > 0) {
    const first = etc[0];
    notices.push({
      code: 'authors-etc',
      ...(table.tab ? { tab: table.texts.values[table.tab[first]] } : {}),
      row: table.row[first],
      column: columnLetter(columns.作者! + 1),
      message: `第${listRows(etc.map((i) => table.row[i]))}行作者以“等”结尾：已去掉“等”，只按列出的作者计任务`,
    });
  }
  dates.check(table);
  blankUnits(notices, table, columns.单位!);
  minutesAsShown(notices, reader, table, header, columns['时长(分钟)']);
  charsInThousands(notices, table, header, columns.字数);
  if (reader.yearless.length > 0) yearlessDates(notices, reader, table, columns, options.yearlessYear!);
  if (reader.dittoTitles.length > 0) {
    const [first] = reader.dittoTitles;
    notices.push({
      code: 'title-ditto',
      ...(table.tab ? { tab: table.texts.values[table.tab[first.i]] } : {}),
      row: table.row[first.i],
      column: columnLetter(columns.标题! + 1),
      message: `第${listRows(reader.dittoTitles.map((d) => table.row[d.i]))}行的标题为“${first.mark}”，按上一行的标题（如“${brief(table.title[first.i], 20)}”）计为同一稿件`,
    });
  }
  const parsed = tabledLedger(table, {
    columns,
    headerIssues,
    headerRow: dataStart,
    notices,
    ...(sources ? { joined: true } : {}),
    ...(Object.keys(passedOver).length > 0 ? { passedOver } : {}),
  });
  const aliases = options.unitAliases;
  if (aliases && aliases.size > 0) renameUnits(parsed, (typed) => aliases.get(unitKey(typed)) ?? typed);
  return parsed;
}

/**
 * The notices of the 时长 cells that are h:mm times (RowReader timesShown), naming the column and the rows still
 * in the table (a line read, then skipped as a 合计 line, is not): those under one hour read as the m:ss they
 * show, as the sheet's CSV export reads them; those of an hour or more as the hours and minutes they hold.
 */
function minutesAsShown(
  notices: Notice[],
  reader: RowReader,
  table: LedgerTable,
  header: Cell[],
  col: number | undefined,
): void {
  if (reader.timesShown.length === 0 || col === undefined) return;
  const kept = reader.timesShown.filter((t) => t.i < table.n && table.row[t.i] === t.row);
  const name = `「${cellText(header[col])}」列`;
  for (const asShown of [true, false]) {
    const these = kept.filter((t) => t.asShown === asShown);
    if (these.length === 0) continue;
    const { i, row, shown } = these[0];
    const [, hh = '0', mm = '0'] = /^(\d+):(\d+)/.exec(shown) ?? [];
    const [h, m] = [Number(hh), Number(mm)];
    const rows = `第${listRows(these.map((t) => t.row))}行是时间格式“${shown}”`;
    notices.push({
      code: 'minutes-as-shown',
      ...(table.tab ? { tab: table.texts.values[table.tab[i]] } : {}),
      row,
      column: columnLetter(col + 1),
      message: asShown
        ? `${name}${rows}，按 ${h}分${m}秒 读取；如为${m}分钟请写 ${m}`
        : `${name}${rows}，按 ${h}小时${m}分（${h * 60 + m}分钟）读取；如为${h}分${m}秒请写 0:${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
    });
  }
}

/**
 * 字数 numbers under 10 (1.5, 0.8 …) under a header naming no unit are 千字: read as 字 they never reach a length
 * multiplier, in silence (audit s34 A-F6). A column mostly so is said once, naming it; a few such rows among
 * lengths in 字 (2.5 for a 2,500-字 report, one clerk's habit; audit s37 I1) are named row by row, as is a row in 字
 * among a column in 千字 (1500 among 1.5, 0.8). Read as typed either way.
 */
function charsInThousands(
  notices: Notice[],
  table: LedgerTable,
  header: Cell[],
  col: number | undefined,
): void {
  if (col === undefined || /[千万]/.test(cellText(header[col]))) return;
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < table.n; i++) {
    const n = table.chars[i];
    if (n > 0) (n < 10 ? small : large).push(i);
  }
  if (small.length === 0 || small.length + large.length < 2) return;
  const name = `「${cellText(header[col]).trim()}」列`;
  const at = (i: number) => `第${table.row[i]}行“${table.chars[i]}”`;
  const rowsOf = (rows: number[]) => listRows(rows.map((i) => table.row[i]));
  const thousands = small.length >= 2 && small.length >= large.length;
  const first = small[0];
  const asChars = Math.round(table.chars[first] * 1000);
  notices.push({
    code: 'chars-in-thousands',
    ...(table.tab ? { tab: table.texts.values[table.tab[first]] } : {}),
    row: table.row[first],
    column: columnLetter(col + 1),
    message: thousands
      ? large.length === 0
        ? `${name}的数都小于10（如${at(small[0])}），像是以千字为单位，却按字数读取，字数加倍的规则用不上；如是千字，请把表头改为“字数（千字）”`
        : `${name}的数多数小于10（如${at(small[0])}），像是以千字为单位，却按字数读取，字数加倍的规则用不上；第${rowsOf(large)}行却是字数（如${at(large[0])}）：请统一单位，千字请把表头改为“字数（千字）”`
      : `${name}第${rowsOf(small)}行的数小于10（如${at(small[0])}），其他行是字数（如${at(large[0])}）：像是以千字为单位，却按${table.chars[first]}字读取，字数加倍的规则用不上；如是${asChars}字，请填写${asChars}`,
  });
}

/** Blank-单位 rows in a run below a filled one, from this many on: a merged 单位 exported (CSV) keeps only its first. */
const MERGED_RUN = 3;

/**
 * Rows without a 单位 (each a row issue: 缺少单位) never filled from the row above. When some follow a filled
 * row in a run of MERGED_RUN or more, the ledger looks like an export of a sheet with 单位 merged down over
 * each unit's rows (a CSV keeps the value in the first row only): one notice names every blank-单位 row.
 */
function blankUnits(notices: Notice[], table: LedgerTable, col: number): void {
  const blank: number[] = [];
  let merged = false;
  let run = 0;
  for (let i = 0; i < table.n; i++) {
    if (table.unit[i] !== 0) {
      run = 0;
      continue;
    }
    blank.push(i);
    const sameTab = (j: number) => !table.tab || table.tab[j] === table.tab[i];
    // A run goes on down consecutive sheet rows of one tab; it starts below a row with a 单位.
    if (run > 0 && table.row[i - 1] === table.row[i] - 1 && sameTab(i - 1)) run++;
    else
      run =
        i > 0 && table.unit[i - 1] !== 0 && table.row[i - 1] === table.row[i] - 1 && sameTab(i - 1) ? 1 : -1;
    if (run >= MERGED_RUN) merged = true;
  }
  if (!merged) return; // a blank 单位 here and there: its row issue says it
  const first = blank[0];
  notices.push({
    code: 'units-blank',
    ...(table.tab ? { tab: table.texts.values[table.tab[first]] } : {}),
    row: table.row[first],
    column: columnLetter(col + 1),
    message: `第${listRows(blank.map((i) => table.row[i]))}行单位为空，无法计入任何单位：这些行紧接在填有单位的行下面，像是从「单位」合并了单元格的表格导出的（导出后只有第一行保留单位），未按上一行补填；请在每一行填写单位（导出前先取消合并并填充），或直接使用原 .xlsx 文件`,
  });
}

/**
 * One notice per tab and date column of the dates typed without a year (RowReader yearless), read in the
 * office's year: the rows still in the table (a line read, then skipped as a 合计 line, is not).
 */
function yearlessDates(
  notices: Notice[],
  reader: RowReader,
  table: LedgerTable,
  columns: Partial<Record<LedgerField, number>>,
  year: number,
): void {
  const groups = new Map<string, typeof reader.yearless>();
  for (const y of reader.yearless) {
    if (y.i >= table.n || table.row[y.i] !== y.row) continue;
    const key = `${table.tab ? table.tab[y.i] : ''} ${y.field}`;
    const group = groups.get(key);
    if (group) group.push(y);
    else groups.set(key, [y]);
  }
  for (const group of groups.values()) {
    const { i, row, field, shown } = group[0];
    notices.push({
      code: 'yearless-dates',
      ...(table.tab ? { tab: table.texts.values[table.tab[i]] } : {}),
      row,
      column: columnLetter(columns[field]! + 1),
      message: `${field}第${listRows(group.map((y) => y.row))}行没有年份（如“${brief(shown, 12)}”），按${year}年读取；如不是${year}年，请写明年份（如 ${year}-03-05）`,
    });
  }
}

/** 3、5、9 or 3、5、9 等12行: a list of rows for a notice, never a flood. */
export function listRows(rows: number[]): string {
  const shown = rows.slice(0, 8).join('、');
  return rows.length > 8 ? `${shown} 等${rows.length}` : shown;
}

/** Days ahead of today a date may be (a piece adopted at month's end, typed early). */
const FUTURE_DAYS = 31;

/**
 * Days an adoption may follow its submission before its year is asked about: a later one is rather a year typed
 * wrong, or 3月5日 typed into Sheets, which gives it the current year (audit s38 P2), than a piece adopted so late.
 */
const LATE_ADOPTION_DAYS = 366;

/**
 * Dates typed with a wrong year: more than 31 days after today, or more than two years before the year
 * most rows are in (2042 or 2014 in a 2024 ledger) make the row an issue scoring 0; a 录用日期 before
 * its 报送日期, or more than a year after it, is an issue that still scores. `see` each row as it is read (rows per year, the earliest date,
 * the rows dated ahead of today or adopted before submission), then `check`: only the rows a check can
 * concern are looked at again, unless some date is years early.
 */
class DateCheck {
  private readonly years = new Map<number, number>();
  // Rows of one year come in runs: counted here, added to `years` when the year changes.
  private runYear = Number.NaN;
  private runRows = 0;
  private earliest = Infinity;
  private readonly flagged: number[] = [];
  private readonly latest: Day;

  constructor(today: Day | undefined) {
    this.latest = (today ?? Infinity) + FUTURE_DAYS;
  }

  see(t: LedgerTable, index: number): void {
    const submittedOn = t.dayAt(t.submittedOn, index);
    const day = t.dayAt(t.adoptedOn, index) ?? submittedOn;
    if (day === null) return;
    const y = yearOf(day);
    if (y !== this.runYear) {
      this.endRun();
      this.runYear = y;
    }
    this.runRows++;
    const other = submittedOn ?? day;
    this.earliest = Math.min(this.earliest, day, other);
    if (Math.max(day, other) > this.latest || day < other || day - other > LATE_ADOPTION_DAYS)
      this.flagged.push(index);
  }

  private endRun(): void {
    if (this.runRows > 0) this.years.set(this.runYear, (this.years.get(this.runYear) ?? 0) + this.runRows);
    this.runRows = 0;
  }

  check(t: LedgerTable): void {
    this.endRun();
    let common = 0;
    let most = 0;
    for (const [y, n] of this.years) if (n > most || (n === most && y > common)) [common, most] = [y, n];
    // Days before this one are more than two years before the common year.
    const early = most > 0 ? dayFromYmd(common - 2, 1, 1) : -Infinity;
    const all = this.earliest < early;
    for (let k = 0, end = all ? t.n : this.flagged.length; k < end; k++) {
      const i = all ? k : this.flagged[k];
      const submittedOn = t.dayAt(t.submittedOn, i);
      const adoptedOn = t.dayAt(t.adoptedOn, i);
      checkDate(t, i, '报送日期', submittedOn, this.latest, early, common);
      checkDate(t, i, '录用日期', adoptedOn, this.latest, early, common);
      if (adoptedOn !== null && submittedOn !== null && adoptedOn < submittedOn) {
        t.addIssue(i, `录用日期 ${dayToIso(adoptedOn)} 早于报送日期 ${dayToIso(submittedOn)}，请核对`);
      } else if (adoptedOn !== null && submittedOn !== null && adoptedOn - submittedOn > LATE_ADOPTION_DAYS) {
        t.addIssue(
          i,
          `录用日期 ${dayToIso(adoptedOn)} 比报送日期 ${dayToIso(submittedOn)} 晚一年以上，请核对年份`,
        );
      }
    }
    if (most > 0) {
      yearTypedBehind(t, common, this.years);
      yearTypedAhead(t, common, this.years);
    }
  }
}

/**
 * The January typo (audit s35 D12): a ledger of one year but for a row or two dated January or February of the
 * year before (2023-01-15 in a 2024 ledger, where no other row is 2023). Said on the row, which still counts
 * where it is dated (the year before), so the typo is found before the 通报 goes out; a ledger holding last
 * year's later months too keeps last year's rows as they are.
 */
function yearTypedBehind(t: LedgerTable, common: number, rowsOfYear: ReadonlyMap<number, number>): void {
  const behind = rowsOfYear.get(common - 1) ?? 0;
  const all = [...rowsOfYear.values()].reduce((a, n) => a + n, 0);
  // A ledger of ten dated rows or more: a small one says too little of which year it keeps.
  if (behind === 0 || all < 10 || behind > Math.max(2, all / 50)) return;
  const rows: number[] = [];
  for (let i = 0; i < t.n; i++) {
    const day = t.dayAt(t.adoptedOn, i) ?? t.dayAt(t.submittedOn, i);
    if (day === null || yearOf(day) !== common - 1) continue;
    if (ymdOfDay(day).m > 2) return; // last year's later months: a ledger that spans the two years
    rows.push(i);
  }
  for (const i of rows) {
    const fields = (['报送日期', '录用日期'] as const).filter((f) => {
      const v = t.dayAt(f === '报送日期' ? t.submittedOn : t.adoptedOn, i);
      return v !== null && yearOf(v) === common - 1;
    });
    t.addIssue(
      i,
      `${fields.join('和')}为${common - 1}年初，台账其余各行都在${common}年：本行计入${common - 1}年；如是${common}年，请改正年份`,
    );
  }
}

/**
 * A year typed ahead (audit s38 P2): a row or two dated two years or more after the ledger's (2026 in a 2024
 * ledger), no others of those years, in a ledger of ten rows or more. Sheets gives 3月5日 typed into a date column
 * the current year. Said on the row, which counts where it is dated. The next year is not asked about: a ledger
 * running on into it has a few rows there for months (a 2024 ledger's first 2025 rows).
 */
function yearTypedAhead(t: LedgerTable, common: number, rowsOfYear: ReadonlyMap<number, number>): void {
  const all = [...rowsOfYear.values()].reduce((a, n) => a + n, 0);
  if (all < 10) return;
  const few = Math.max(2, all / 50);
  const years = [...rowsOfYear].filter(([y, n]) => y >= common + 2 && n <= few).map(([y]) => y);
  if (years.length === 0 || (rowsOfYear.get(common + 1) ?? 0) > 0) return;
  for (let i = 0; i < t.n; i++) {
    const day = t.dayAt(t.adoptedOn, i) ?? t.dayAt(t.submittedOn, i);
    if (day === null) continue;
    const y = yearOf(day);
    if (!years.includes(y)) continue;
    if (t.blockedAt(i)) continue; // dated ahead of today: said already, and held
    t.addIssue(
      i,
      `日期为${y}年，台账多数行在${common}年：本行计入${y}年；如是${common}年，请写全年份（表格中只键入“3月5日”会取当年）`,
    );
  }
}

function checkDate(
  t: LedgerTable,
  i: number,
  field: LedgerField,
  day: Day | null,
  latest: Day,
  early: Day,
  common: number,
): void {
  if (day === null) return;
  let why = '';
  if (day > latest) why = '晚于今天一个多月';
  else if (day < early) why = `比台账多数行所在的${common}年早两年以上`;
  if (why === '') return;
  t.addIssue(i, `${field} ${dayToIso(day)} ${why}，可能填错了年份，暂不计分`);
  t.block(i);
}
