// The 录入稿件 form as pure data: what the page sends, normalized to text per ledger field, checked field
// by field, and stored as the canonical words the ledger's dropdowns accept. No SpreadsheetApp here, so
// every branch is table-tested (test/core/entryForm.test.ts).
//
// Decisions:
// - A malformed form (not an object, a field of the wrong type) reads as blank fields: the user sees
//   "请填写标题", never a crash.
// - Errors block the row and are keyed by the ledger's column name (the page shows each beside its field);
//   warnings (录用日期 before 报送日期, a unit only the preset lacks) do not block.
// - 作者 is read as the ledger reads its 作者 cell (text.ts splitAuthors, the trailing 等 dropped): the page
//   sends what was typed, split only where the user put a list separator, so the form and the sheet have one
//   rule for names (王 芳 is one person) and the row stores the names as read.
// - A warning that names a field and a day (录用日期 2024-06-03 …) is the problem the engine's 校验 names with
//   the same words at the start: where the row's issues say it, only the 校验 wording is shown.

import { joinWordsQuoted } from './authorJoins';
import { dayToIso, parseDay, yearOf } from './dates';
import {
  columnReading,
  DATE_COLUMNS,
  findColumns,
  LEDGER_HEADERS,
  NUMBER_COLUMNS,
  normalizeKind,
} from './ledger';
import { parseInstruction, parseLevel, parseMode } from './levels';
import { outletIndex } from './rules';
import {
  brief,
  cellNumber,
  cellText,
  joinedAuthors,
  paddedAuthors,
  splitAuthors,
  trailingEtc,
  visibleText,
} from './text';
import type { Cell, Day, Grid, LedgerField, Rules } from './types';

/**
 * The reviewers' columns: the 录入稿件 form leaves them to the office (staff may not approve or score
 * their own rows; 初始化台账 protects these columns).
 */
export const REVIEWER_FIELDS: readonly LedgerField[] = ['审核状态', '核定', '调整分', '调整理由'];

/** A ledger field the form fills (not a reviewer's column, not a computed one). */
export type EntryField = Exclude<
  LedgerField,
  '审核状态' | '核定' | '调整分' | '调整理由' | '积分' | '计任务' | '校验'
>;

/** The ledger fields the 录入稿件 form fills, in the ledger's column order. */
export const ENTRY_FIELDS: readonly EntryField[] = LEDGER_HEADERS.filter(
  (f) => !REVIEWER_FIELDS.includes(f),
) as EntryField[];

/** The form as text per field. */
export type EntryText = Record<EntryField, string>;

/** Sheets holds at most 50,000 characters in a cell; anything near that is a paste gone wrong. */
export const MAX_FIELD_CHARS = 5_000;
/** The unit type whose units may be a 对口处室 (转报稿件). */
export const RELAY_UNIT_TYPE = '部机关科室';

export const DATE_FIELDS = DATE_COLUMNS as readonly EntryField[]; // all three are form fields
export const NUMBER_FIELDS = NUMBER_COLUMNS as readonly EntryField[];

/**
 * What the page sends for a number field holding text the browser cannot read as a number (1500e, 1.5.0):
 * its value reads as '' in the DOM, so the page sends this marker (src/ui/entry.js) and the form is refused
 * beside the field rather than written blank.
 */
export const BAD_NUMBER = '无法识别的数字';

/** The form as trimmed text per field, authors as a list (as the ledger reads them), and notes on that reading. */
export function normalizeForm(form: unknown): { text: EntryText; authors: string[]; notes: string[] } {
  const raw = (form && typeof form === 'object' ? form : {}) as Record<string, unknown>;
  const text = {} as EntryText;
  for (const f of ENTRY_FIELDS) {
    const v = raw[f];
    text[f] = typeof v === 'string' || typeof v === 'number' ? cellText(v) : '';
  }
  const a = raw.作者;
  const typed = Array.isArray(a)
    ? a.filter((x): x is string => typeof x === 'string')
    : typeof a === 'string'
      ? [a]
      : [];
  const { names, notes } = readAuthors(typed);
  text.作者 = names.join('、');
  return { text, authors: names, notes };
}

/**
 * The authors typed (chips and the pending text, each as typed) read as the ledger reads a 作者 cell holding
 * them joined with 、: 王 芳 / 王　芳 is one person, four or six spaced single characters are two-character
 * names padded, a trailing 等 is dropped. Each name once. Notes say where the reading was a guess or dropped
 * something, as the ledger's notices do.
 */
export function readAuthors(typed: readonly string[]): { names: string[]; notes: string[] } {
  let joined = typed
    .map((t) => visibleText(t).trim())
    .filter((t) => t !== '')
    .join('、');
  // What the notes quote: the authors as typed (欧阳 娜娜 跟 张跟随), never a form read on the way.
  const asTyped = `“${brief(joined, 40)}”`;
  const notes: string[] = [];
  const etcLength = trailingEtc(joined);
  if (etcLength > 0) {
    joined = joined.slice(0, -etcLength);
    notes.push('作者以“等”结尾：已去掉“等”，只按列出的作者计任务');
  }
  const read = splitAuthors(joined);
  const names = read.filter((n, i) => read.indexOf(n) === i);
  const padding = paddedAuthors(read);
  const shown = `“${names.map((n) => brief(n)).join('、')}”`;
  if (padding === 'paired')
    notes.push(
      `作者是空格隔开的单字，已按每两字一人读取为${shown}；如不是两字的姓名，请去掉姓名内的空格，姓名之间用“、”分隔`,
    );
  const before = joinedAuthors(read);
  if (before !== undefined)
    notes.push(
      `作者中的${joinWordsQuoted(before)}已按连接两位作者读取（${asTyped}读作${shown}）；如是一人的姓名，请在「人员」表中列出，多位作者之间请用“、”分隔`,
    );
  if (padding === 'surname')
    notes.push(`作者的姓与名之间有空格，已按一人读取为${shown}；如是两人，姓名之间请用“、”分隔`);
  if (padding === 'joined')
    notes.push(
      `作者是空格隔开的5个以上单字，无法确定是几人，已按一人读取为${shown}；请去掉姓名内的空格，姓名之间用“、”分隔`,
    );
  return { names, notes };
}

/** Field errors keyed by the ledger's Chinese column name; warnings do not block the row. */
export function validateForm(
  text: EntryText,
  rules: Rules,
  unitsFromTable: boolean,
  today?: Day,
): { fieldErrors: Record<string, string>; warnings: string[] } {
  const errors: Record<string, string> = {};
  const warnings: string[] = [];
  const units = new Set(rules.units.map((u) => u.name));
  const findOutlet = outletIndex(rules.outlets);

  for (const f of ENTRY_FIELDS) {
    if (text[f].length > MAX_FIELD_CHARS)
      errors[f] = `内容过长（${text[f].length} 字），请精简到 ${MAX_FIELD_CHARS} 字以内`;
  }
  if (text.标题 === '') errors.标题 = '请填写标题';
  if (text.单位 === '') errors.单位 = '请选择单位';
  else if (!units.has(text.单位)) {
    // A former name (别名) reads as the unit in the report; a new row is written under the current one.
    const renamed = rules.units.find((u) => u.aliases?.includes(text.单位));
    if (renamed)
      errors.单位 = `“${text.单位}”是单位“${renamed.name}”的别名（「单位」表），请选择“${renamed.name}”`;
    else if (unitsFromTable) errors.单位 = `单位“${text.单位}”不在「单位」表中`;
    else warnings.push(`单位“${text.单位}”不在预设的单位名单中，请在「单位」表中补充`);
  }

  const mode = text.采用方式 === '' ? (text.媒体 !== '' ? '录用' : '报送') : parseMode(text.采用方式);
  if (mode === null) errors.采用方式 = '采用方式应为 录用、综合 或 报送';
  const level = text.级别 === '' ? null : parseLevel(text.级别);
  if (text.级别 !== '' && level === null) errors.级别 = '级别应为 区县级、市级、省级 或 中央级';

  const days: Partial<Record<EntryField, number | null>> = {};
  for (const f of DATE_FIELDS) {
    const d = parseDay(text[f]);
    if (d === 'invalid') errors[f] = '日期无效，请按“年-月-日”填写完整';
    else days[f] = d;
  }
  if (mode === '报送' && text.报送日期 === '' && text.录用日期 === '') errors.报送日期 = '请填写报送日期';
  if (mode !== null && mode !== '报送') {
    if (text.录用日期 === '') errors.录用日期 = `${mode}稿件请填写录用日期`;
    if (text.媒体 === '' && level === null) errors.媒体 = `${mode}稿件请填写媒体`;
  }
  if (text.媒体 !== '' && findOutlet(text.媒体) === null && level === null) {
    errors.媒体 = `媒体“${text.媒体}”不在「媒体」表中：请从列表选择，或填写级别`;
  }
  // As the report reads dates (ledger.ts DateCheck): a month ahead of today is a typo that scores 0 there.
  if (today !== undefined) {
    for (const f of DATE_FIELDS) {
      const d = days[f];
      if (d == null) continue;
      if (d > today + 31)
        warnings.push(`${f} ${dayToIso(d)} 晚于今天一个多月，可能填错了年份（通报中将暂不计分）`);
      else if (yearOf(d) < yearOf(today) - 2)
        warnings.push(`${f} ${dayToIso(d)} 早于今年两年以上，请核对年份`);
    }
  }
  const submitted = days.报送日期;
  const adopted = days.录用日期;
  if (submitted != null && adopted != null && adopted < submitted) {
    // The 校验 column's words (ledger.ts DateCheck), naming both days.
    warnings.push(`录用日期 ${dayToIso(adopted)} 早于报送日期 ${dayToIso(submitted)}，请核对`);
  }

  // The 校验 column's words for a number it cannot read (ledgerRow.ts number()), so the preview (which shows
  // 校验) and the refusal say the same.
  for (const f of NUMBER_FIELDS) {
    if (text[f] === BAD_NUMBER) {
      errors[f] = `${f}中有无法识别的字符，请只填写数字`;
      continue;
    }
    const n = cellNumber(text[f]);
    if (n === null) continue;
    if (Number.isNaN(n)) errors[f] = `${f}“${brief(text[f])}”不是数字`;
    else if (n < 0) errors[f] = `${f}不能为负数`;
  }
  if (text.领导批示 !== '' && parseInstruction(text.领导批示) === null)
    errors.领导批示 = '领导批示应为 国家、省 或 市';
  if (text.对口处室 !== '') {
    const offices = new Set(rules.units.filter((u) => u.type === RELAY_UNIT_TYPE).map((u) => u.name));
    if (unitsFromTable && !units.has(text.对口处室)) errors.对口处室 = `“${text.对口处室}”不在「单位」表中`;
    else if (text.对口处室 === text.单位) errors.对口处室 = '对口处室不能是本单位';
    else if (unitsFromTable && offices.size > 0 && !offices.has(text.对口处室)) {
      errors.对口处室 = `对口处室应为${RELAY_UNIT_TYPE}，“${text.对口处室}”不是`;
    }
  }
  return { fieldErrors: errors, warnings };
}

/**
 * The form's warnings the row's issues (its 校验 text) do not already say: a warning naming a field and a day
 * (`录用日期 2024-06-03 …`) is said by an issue that starts with the same field and day, in the 校验 wording.
 */
export function unsaidWarnings(warnings: readonly string[], issues: readonly string[]): string[] {
  return warnings.filter((w) => {
    const head = /^(\S+) (\d{4}-\d{2}-\d{2}) /.exec(w);
    return head === null || !issues.some((i) => i.startsWith(head[0]));
  });
}

/**
 * The form's text as the ledger stores it: the canonical word for an alias (省领导 → 省, 采用 → 录用,
 * 国家级 → 中央级, 央视 → 中央电视台), since those columns' dropdowns reject anything off their list.
 */
export function canonicalText(text: EntryText, rules: Rules): EntryText {
  const out = { ...text };
  const findOutlet = outletIndex(rules.outlets);
  if (out.采用方式) out.采用方式 = parseMode(out.采用方式) ?? out.采用方式;
  if (out.级别) out.级别 = parseLevel(out.级别) ?? out.级别;
  if (out.领导批示) out.领导批示 = parseInstruction(out.领导批示) ?? out.领导批示;
  if (out.类别) out.类别 = normalizeKind(out.类别);
  if (out.媒体) out.媒体 = findOutlet(out.媒体)?.name ?? out.媒体;
  return out;
}

/**
 * The form's 字数 (in 字) and 时长 (in 分钟) in the unit the ledger's column is headed in (字数（千字）: 800 → 0.8;
 * 时长（秒）: 2 → 120), read as the engine reads that header (ledger.ts columnReading), so the number written
 * reads back as typed and the preview scores what is written. A note says each number converted.
 */
export function inColumnUnits(text: EntryText, header: Cell[]): { text: EntryText; notes: string[] } {
  const { columns, authors } = findColumns(header);
  const { scale } = columnReading(header, columns, authors, 1).reading;
  const out = { ...text };
  const notes: string[] = [];
  for (const f of NUMBER_FIELDS) {
    const factor = scale?.[f as LedgerField];
    const n = cellNumber(text[f]);
    if (factor === undefined || factor === 1 || n === null || !Number.isFinite(n)) continue;
    // 12 significant digits: no float noise (2 ÷ (1/60) is 120.00000000000001), and it reads back as typed.
    out[f] = String(Number((n / factor).toPrecision(12)));
    const written = cellText(header[columns[f as LedgerField]!]).trim();
    notes.push(
      `${f === '字数' ? '字数' : '时长'} ${text[f]}${f === '字数' ? ' 字' : ' 分钟'}按「${brief(written)}」列的单位写为 ${out[f]}`,
    );
  }
  return { text: out, notes };
}

/** The form as a one-row ledger grid in the canonical order, for the engine. */
export function previewGrid(text: EntryText): Grid {
  const row = LEDGER_HEADERS.map((h) =>
    (ENTRY_FIELDS as readonly string[]).includes(h) ? text[h as EntryField] : '',
  );
  return [[...LEDGER_HEADERS], row];
}
