// Server functions the sidebars call through google.script.run. Plain JSON in and out (dates as ISO
// strings: google.script.run cannot carry Date objects); a failure comes back as { ok: false, message }
// in Chinese so the page can show it beside the form instead of a stack trace.
import { dateOfDay, dayOfDate, dayToIso, parseDay } from '../core/dates';
import { resolveRules, ruleErrorText } from '../core/index';
import { COMPUTED_HEADERS, findColumns, LEDGER_HEADERS, normalizeKind, parseLedger } from '../core/ledger';
import {
  INSTRUCTIONS,
  LEVELS,
  MODES,
  parseInstruction,
  parseLevel,
  parseMode,
  parseReview,
  REVIEWS,
} from '../core/levels';
import { parsePeriod } from '../core/period';
import {
  isHeaderOnly,
  outletIndex,
  PRESET_NAMES,
  PRESET_TITLES,
  type PresetName,
  parsePresetName,
  RULE_TABLE_NAMES,
  type RuleGrids,
  type RuleTableName,
} from '../core/rules';
import { scoreLedger } from '../core/score';
import { cellNumber, cellText, normalizeTitle, splitNames } from '../core/text';
import type { Cell, Grid, LedgerField, RuleError, Rules } from '../core/types';
import { colLetters } from '../sheets/a1';
import { runReport } from '../sheets/run';
import { DATE_COLUMNS, FIXED_LISTS, NUMBER_COLUMNS } from '../sheets/setup';
import { AppsWorkbook, needsApostrophe } from './appsWorkbook';
import { presetGridsForToday } from './setupLedger';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LEDGER = '稿件台账';
/** Optional ledger column: who entered the row through the sidebar. */
const ENTERED_BY = '录入人';
const LOCK_MS = 20_000;
const MAX_FIELD_CHARS = 5_000;

/** The reviewers' columns: the 录入稿件 form leaves them to the office. */
const REVIEWER_FIELDS: readonly LedgerField[] = ['核定', '调整分', '调整理由'];

/** The ledger fields the 录入稿件 form fills, in the ledger's column order. */
export const ENTRY_FIELDS: readonly EntryField[] = LEDGER_HEADERS.filter(
  (f) => !REVIEWER_FIELDS.includes(f),
) as EntryField[];

export type EntryField = Exclude<LedgerField, '核定' | '调整分' | '调整理由' | '积分' | '计任务' | '校验'>;

/** What the page sends: field → text; 作者 may be a list (chips). */
export type EntryForm = Partial<Record<EntryField, string | number | string[]>>;

export type Failure = { ok: false; message: string };

// The form offers what the ledger's dropdowns offer (初始化台账), plus what the rules name.
const DEFAULT_KINDS = FIXED_LISTS.类别?.values ?? [];
const DEFAULT_RECIPIENTS = FIXED_LISTS.报送对象?.values ?? [];
const RELAY_UNIT_TYPE = '部机关科室';
const DATE_FIELDS = DATE_COLUMNS as readonly EntryField[]; // all three are form fields
const NUMBER_FIELDS = NUMBER_COLUMNS as readonly EntryField[];

// ───────────────────────── plumbing ─────────────────────────

function fail(message: string): Failure {
  return { ok: false, message };
}

/** Any thrown error as a message a user can act on. */
function failure(error: unknown): Failure {
  const text = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'ReportError') return fail(text); // already Chinese
  if (/permission|权限|protected|受保护/i.test(text)) {
    return fail(`没有权限修改这部分表格，请联系台账管理员。（${text}）`);
  }
  return fail(`操作没有完成：${text}`);
}

function book(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function readTab(name: string): Grid | undefined {
  const sheet = book().getSheetByName(name);
  return sheet ? (sheet.getDataRange().getValues() as Grid) : undefined;
}

function readRuleGrids(): RuleGrids {
  const grids: RuleGrids = {};
  for (const table of RULE_TABLE_NAMES) {
    const grid = readTab(table);
    if (grid) grids[table] = grid;
  }
  return grids;
}

/** The rules in force; `unitsFromTable` says whether the office's 单位 tab lists units (else the preset's). */
function loadRules(): { rules: Rules; errors: RuleError[]; unitsFromTable: boolean } {
  const grids = readRuleGrids();
  const { rules, errors } = resolveRules(grids);
  return { rules, errors, unitsFromTable: dataRowCount(grids.单位).rows > 0 };
}

function currentEmail(): string {
  try {
    return cellText(Session.getActiveUser().getEmail());
  } catch {
    return ''; // consumer accounts outside the owner's domain do not reveal their address
  }
}

function today(): number {
  return dayOfDate(new Date());
}

/** Run `work` holding the document lock, or say that someone else is busy. */
function withLock<T>(busy: string, work: () => T): T | Failure {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_MS)) return fail(busy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** User text as setValues must receive it to stay text (never a formula, number or date). */
function asText(text: string): string {
  return needsApostrophe(text) ? `'${text}` : text;
}

function unique(values: Iterable<string>): string[] {
  const out: string[] = [];
  for (const v of values) if (v !== '' && !out.includes(v)) out.push(v);
  return out;
}

function presetLabel(rules: Rules): string {
  const name = parsePresetName(rules.settings.preset);
  return name ? PRESET_TITLES[name] : rules.settings.preset || PRESET_TITLES.上街区;
}

// ───────────────────────── 录入稿件 ─────────────────────────

export interface EntryFormData {
  ok: true;
  units: { name: string; type: string }[];
  /** False when the 单位 tab is missing or empty and the list is the preset's. */
  unitsFromTable: boolean;
  kinds: string[];
  outlets: { name: string; level: string; aliases: string[]; tags: string[] }[];
  levels: string[];
  modes: string[];
  recipients: string[];
  instructions: string[];
  relayOffices: string[];
  reviews: string[];
  placements: string[];
  email: string;
  today: string;
  preset: string;
  ruleErrors: number;
}

export function getEntryFormData(): EntryFormData | Failure {
  try {
    const { rules, errors, unitsFromTable } = loadRules();
    const kinds = unique([
      ...DEFAULT_KINDS,
      ...rules.points.map((p) => normalizeKind(p.kind)),
      ...rules.indicators.flatMap((i) => i.filter.kinds.map(normalizeKind)),
      ...rules.multipliers.flatMap((m) =>
        m.condition.kind === '类别' ? m.condition.values.map(normalizeKind) : [],
      ),
    ]);
    const placements = unique([
      ...rules.points.map((p) => p.placement),
      ...rules.multipliers.flatMap((m) => (m.condition.kind === '版面' ? m.condition.values : [])),
    ]);
    return {
      ok: true,
      units: rules.units.map((u) => ({ name: u.name, type: u.type })),
      unitsFromTable,
      kinds,
      outlets: rules.outlets.map((o) => ({
        name: o.name,
        level: o.level,
        aliases: [...o.aliases],
        tags: [...o.tags],
      })),
      levels: [...LEVELS],
      modes: [...MODES],
      recipients: unique([...DEFAULT_RECIPIENTS, ...rules.indicators.flatMap((i) => i.filter.recipients)]),
      instructions: [...INSTRUCTIONS],
      relayOffices: rules.units.filter((u) => u.type === RELAY_UNIT_TYPE).map((u) => u.name),
      reviews: [...REVIEWS],
      placements,
      email: currentEmail(),
      today: dayToIso(today()),
      preset: presetLabel(rules),
      ruleErrors: errors.length,
    };
  } catch (error) {
    return failure(error);
  }
}

/** The form as trimmed text per field, authors as a list. Anything malformed reads as blank. */
function normalizeForm(form: unknown): { text: Record<EntryField, string>; authors: string[] } {
  const raw = (form && typeof form === 'object' ? form : {}) as Record<string, unknown>;
  const text = {} as Record<EntryField, string>;
  for (const f of ENTRY_FIELDS) {
    const v = raw[f];
    text[f] = typeof v === 'string' || typeof v === 'number' ? cellText(v) : '';
  }
  const a = raw.作者;
  const authors = Array.isArray(a)
    ? a.flatMap((x) => (typeof x === 'string' ? splitNames(x) : []))
    : typeof a === 'string'
      ? splitNames(a)
      : [];
  text.作者 = authors.join('、');
  return { text, authors };
}

/** Field errors keyed by the ledger's Chinese column name; warnings do not block the row. */
function validate(
  text: Record<EntryField, string>,
  rules: Rules,
  unitsFromTable: boolean,
): { fieldErrors: Record<string, string>; warnings: string[] } {
  const errors: Record<string, string> = {};
  const warnings: string[] = [];
  const units = new Set(rules.units.map((u) => u.name));
  const findOutlet = outletIndex(rules.outlets);

  // Sheets holds at most 50,000 characters in a cell; anything near that is a paste gone wrong.
  for (const f of ENTRY_FIELDS) {
    if (text[f].length > MAX_FIELD_CHARS)
      errors[f] = `内容过长（${text[f].length} 字），请精简到 ${MAX_FIELD_CHARS} 字以内`;
  }
  if (text.标题 === '') errors.标题 = '请填写标题';
  if (text.单位 === '') errors.单位 = '请选择单位';
  else if (!units.has(text.单位)) {
    if (unitsFromTable) errors.单位 = `单位“${text.单位}”不在「单位」表中`;
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
  const submitted = days.报送日期;
  const adopted = days.录用日期;
  if (submitted != null && adopted != null && adopted < submitted) {
    warnings.push('录用日期早于报送日期，请核对');
  }

  for (const f of NUMBER_FIELDS) {
    const n = cellNumber(text[f]);
    if (n !== null && (Number.isNaN(n) || n < 0)) errors[f] = '请填写不小于 0 的数字';
  }
  if (text.领导批示 !== '' && parseInstruction(text.领导批示) === null)
    errors.领导批示 = '领导批示应为 国家、省 或 市';
  if (text.审核状态 !== '' && parseReview(text.审核状态) === null) {
    errors.审核状态 = '审核状态应为 待审、编审、复审 或 终审';
  }
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

/** The form as a one-row ledger grid in the canonical order, for the engine. */
function previewGrid(text: Record<EntryField, string>): Grid {
  const row = LEDGER_HEADERS.map((h) =>
    (ENTRY_FIELDS as readonly string[]).includes(h) ? text[h as EntryField] : '',
  );
  return [[...LEDGER_HEADERS], row];
}

export interface RowPreview {
  ok: true;
  empty: boolean;
  points: number;
  why: string;
  level: string;
  outlet: string;
  mode: string;
  credit: { name: string; credit: number }[];
  relayPoints: number;
  issues: string[];
  warnings: string[];
  ruleError: string;
}

/**
 * The ledger's header and the rows of the same piece as the form (its unit and title), read narrowly:
 * two single-column reads, then the few matching rows, so the live preview stays quick on a long ledger.
 */
function samePieceRows(text: Record<EntryField, string>): { header: Cell[]; rows: Cell[][] } | null {
  const sheet = book().getSheetByName(LEDGER);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow < 1 || lastCol < 1) return null;
  const header = sheet.getRange(1, 1, 1, lastCol).getValues()[0] as Cell[];
  const { columns } = findColumns(header);
  if (columns.标题 === undefined || columns.单位 === undefined || lastRow < 2) return { header, rows: [] };
  const units = sheet.getRange(2, columns.单位 + 1, lastRow - 1, 1).getValues();
  const titles = sheet.getRange(2, columns.标题 + 1, lastRow - 1, 1).getValues();
  const key = normalizeTitle(text.标题);
  const rows: Cell[][] = [];
  for (let i = 0; i < units.length && key !== ''; i++) {
    if (cellText(units[i][0] as Cell) !== text.单位) continue;
    if (normalizeTitle(cellText(titles[i][0] as Cell)) !== key) continue;
    if (rows.length >= 20) break; // a piece entered more than 20 times: the first 20 tell the story
    rows.push(sheet.getRange(i + 2, 1, 1, lastCol).getValues()[0] as Cell[]);
  }
  return { header, rows };
}

/** The same piece's rows (unit and title) out of the whole ledger, when it has been read anyway. */
function samePieceIn(values: Grid, text: Record<EntryField, string>): { header: Cell[]; rows: Cell[][] } {
  const header = values[0] ?? [];
  const { columns } = findColumns(header);
  const key = normalizeTitle(text.标题);
  if (columns.标题 === undefined || columns.单位 === undefined || key === '') return { header, rows: [] };
  const rows = values
    .slice(1)
    .filter(
      (r) => cellText(r[columns.单位!]) === text.单位 && normalizeTitle(cellText(r[columns.标题!])) === key,
    );
  return { header, rows };
}

/**
 * The row scored as the ledger will score it: after the rows of the same piece already in 稿件台账, so
 * a repeat is seen as one (重复行) and 多次录用 applies. No other row can change a row's points.
 */
function scoreOne(text: Record<EntryField, string>, rules: Rules, ledger = samePieceRows(text)) {
  let grid = previewGrid(text);
  const { columns } = findColumns(ledger?.header ?? []);
  if (ledger && columns.标题 !== undefined && columns.单位 !== undefined) {
    const fresh: Cell[] = ledger.header.map(() => '');
    for (const f of ENTRY_FIELDS) if (columns[f] !== undefined) fresh[columns[f]!] = text[f];
    grid = [ledger.header, ...ledger.rows, fresh];
  }
  const scored = scoreLedger(parseLedger(grid), rules);
  const last = scored.rows.length - 1;
  const fresh = scored.rows[last];
  return fresh && fresh.row === grid.length ? { row: fresh, ledgerRow: scored.ledger.rows[last] } : null;
}

export function previewRow(form: EntryForm): RowPreview | Failure {
  try {
    const { text } = normalizeForm(form);
    const { rules, errors, unitsFromTable } = loadRules();
    const { warnings } = validate(text, rules, unitsFromTable);
    const one = scoreOne(text, rules);
    const ruleError = errors.length > 0 ? `规则表有 ${errors.length} 处错误，请在“规则与预设”中查看` : '';
    if (!one) {
      const blank = {
        points: 0,
        why: '',
        level: '',
        outlet: '',
        mode: '',
        credit: [],
        relayPoints: 0,
        issues: [],
      };
      return { ok: true, empty: true, ...blank, warnings, ruleError };
    }
    const { row, ledgerRow } = one;
    // A broken rule table gives no points on the sheet; the preview shows none either.
    const stop = errors.length > 0 ? ruleErrorText(errors) : '';
    return {
      ok: true,
      empty: false,
      points: stop ? 0 : row.points,
      why: stop ? '' : row.why,
      level: row.level ?? '',
      outlet: row.outlet,
      mode: row.mode,
      credit: ledgerRow.authors.map((name, i) => ({ name, credit: row.credit[i] ?? 0 })),
      relayPoints: stop ? 0 : row.relayPoints,
      issues: stop ? [stop, ...row.issues] : row.issues,
      warnings,
      ruleError,
    };
  } catch (error) {
    return failure(error);
  }
}

function isBlankCell(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** The value a form field is written as: real dates and numbers, text kept as text. */
function sheetCell(field: EntryField, text: string): string | number | Date {
  if (text === '') return '';
  if (DATE_FIELDS.includes(field)) {
    const d = parseDay(text);
    return typeof d === 'number' ? dateOfDay(d) : asText(text);
  }
  if (NUMBER_FIELDS.includes(field)) {
    const n = cellNumber(text);
    return n !== null && !Number.isNaN(n) ? n : asText(text);
  }
  return asText(text);
}

/**
 * The form's text as the ledger stores it: the canonical word for an alias (省领导 → 省, 采用 → 录用,
 * 国家级 → 中央级, 央视 → 中央电视台), since those columns' dropdowns reject anything off their list.
 */
function canonicalText(text: Record<EntryField, string>, rules: Rules): Record<EntryField, string> {
  const out = { ...text };
  const findOutlet = outletIndex(rules.outlets);
  if (out.采用方式) out.采用方式 = parseMode(out.采用方式) ?? out.采用方式;
  if (out.级别) out.级别 = parseLevel(out.级别) ?? out.级别;
  if (out.领导批示) out.领导批示 = parseInstruction(out.领导批示) ?? out.领导批示;
  if (out.审核状态) out.审核状态 = parseReview(out.审核状态) ?? out.审核状态;
  if (out.类别) out.类别 = normalizeKind(out.类别);
  if (out.媒体) out.媒体 = findOutlet(out.媒体)?.name ?? out.媒体;
  return out;
}

export interface AppendResult {
  ok: boolean;
  row: number | null;
  fieldErrors: Record<string, string>;
  warnings: string[];
  points: number | null;
  message: string;
}

export function appendLedgerRow(form: EntryForm): AppendResult {
  const none = { row: null, points: null, warnings: [] as string[] };
  try {
    const { text } = normalizeForm(form);
    const { rules, errors, unitsFromTable } = loadRules();
    const { fieldErrors, warnings } = validate(text, rules, unitsFromTable);
    if (Object.keys(fieldErrors).length > 0) {
      return { ok: false, ...none, warnings, fieldErrors, message: '请先改正标红的字段，台账未写入' };
    }
    const stored = canonicalText(text, rules);
    const result = withLock('其他同事正在写入台账，请稍后再试', () => {
      const ledger = openLedger();
      if ('message' in ledger) return ledger;
      // Scored against the rows already there, read once under the lock: a repeat says so.
      const scored = scoreOne(text, rules, samePieceIn(ledger.values, text));
      return { ...writeRow(ledger.sheet, ledger.values, stored), scored };
    });
    if ('message' in result) return { ...none, fieldErrors: {}, warnings, ...result };
    const repeat = result.scored?.row.issues.find((t) => t.startsWith('重复行'));
    if (repeat) warnings.push(`${repeat}：已写入，但这一行不计分`);
    const points = errors.length > 0 ? null : (result.scored?.row.points ?? null);
    return {
      ok: true,
      row: result.row,
      fieldErrors: {},
      warnings,
      points,
      message: `已写入稿件台账第 ${result.row} 行`,
    };
  } catch (error) {
    return { ...none, fieldErrors: {}, ...failure(error) };
  }
}

/** 稿件台账 and its values, read whole once (the append needs its last filled row). */
function openLedger(): { sheet: GoogleAppsScript.Spreadsheet.Sheet; values: Grid } | Failure {
  const sheet = book().getSheetByName(LEDGER);
  if (!sheet) return fail('找不到“稿件台账”工作表：请先在菜单“组工台账”中运行“初始化台账”');
  const values = sheet.getDataRange().getValues() as Grid;
  const { columns } = findColumns(values[0] ?? []);
  if (columns.标题 === undefined || columns.单位 === undefined) {
    return fail('“稿件台账”第1行缺少“标题”或“单位”表头：请先运行“初始化台账”');
  }
  return { sheet, values };
}

/** Append one row to 稿件台账 (under the caller's lock): first empty row after the last filled one, one setValues. */
function writeRow(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: Grid,
  text: Record<EntryField, string>,
): { row: number } {
  const header = values[0] ?? [];
  const { columns } = findColumns(header);
  const enteredBy = header.findIndex((h) => cellText(h) === ENTERED_BY);
  // Column index → value for the cells this row sets.
  const cells = new Map<number, string | number | Date>();
  for (const f of ENTRY_FIELDS) {
    const c = columns[f];
    if (c !== undefined) cells.set(c, sheetCell(f, text[f]));
  }
  if (enteredBy >= 0) cells.set(enteredBy, asText(currentEmail()));

  // The last row with anything in an input column; computed columns may run further down.
  const inputCols = [...cells.keys()];
  for (const f of LEDGER_HEADERS) if (columns[f] !== undefined) inputCols.push(columns[f]!);
  let last = 0;
  for (let r = values.length - 1; r >= 1; r--) {
    if (inputCols.some((c) => !isBlankCell(values[r]?.[c]))) {
      last = r;
      break;
    }
  }
  const target = last + 2; // sheet row number: header is row 1, values[last] is row last + 1
  const width = Math.max(...cells.keys()) + 1;
  if (target > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), target - sheet.getMaxRows());

  const computed = new Set<number>();
  for (const f of COMPUTED_HEADERS) if (columns[f] !== undefined) computed.add(columns[f]!);
  const range = sheet.getRange(target, 1, 1, width);
  // Cells in the span the form does not set keep what they hold (a formula stays a formula);
  // computed columns are left empty so a column-wide custom function can fill them.
  const existing = values[target - 1];
  const keep = width > cells.size && existing ? range.getFormulas()[0] : null;
  const row: (string | number | Date)[] = [];
  for (let c = 0; c < width; c++) {
    if (cells.has(c)) row.push(cells.get(c)!);
    else if (computed.has(c) || !keep) row.push('');
    else row.push(keep[c] !== '' ? keep[c] : ((existing?.[c] ?? '') as string | number | Date));
  }
  range.setValues([row]);
  return { row: target };
}

export interface MyRow {
  row: number;
  title: string;
  unit: string;
  outlet: string;
  mode: string;
  date: string;
  points: number;
  why: string;
  issues: string[];
}

/** The user's last rows: by 录入人 when the ledger has it and the address is known, else by author name. */
export function listMyRows(
  limit = 20,
  author = '',
): { ok: true; by: 'email' | 'author' | 'none'; who: string; rows: MyRow[] } | Failure {
  try {
    const n = Math.max(1, Math.min(200, Math.floor(Number(limit) || 20)));
    const values = readTab(LEDGER);
    if (!values) return fail('找不到“稿件台账”工作表：请先运行“初始化台账”');
    const email = currentEmail();
    const enteredBy = (values[0] ?? []).findIndex((h) => cellText(h) === ENTERED_BY);
    const name = cellText(typeof author === 'string' ? author : '');
    let by: 'email' | 'author' | 'none' = 'none';
    let mine: (row: number, authors: string[]) => boolean = () => false;
    if (email !== '' && enteredBy >= 0) {
      by = 'email';
      const key = email.toLowerCase();
      mine = (row) => cellText(values[row - 1]?.[enteredBy]).toLowerCase() === key;
    } else if (name !== '') {
      by = 'author';
      mine = (_row, authors) => authors.includes(name);
    }
    if (by === 'none') return { ok: true, by, who: '', rows: [] };
    const { rules } = resolveRules(readRuleGrids());
    const scored = scoreLedger(parseLedger(values), rules);
    const rows: MyRow[] = [];
    for (let i = scored.rows.length - 1; i >= 0 && rows.length < n; i--) {
      const s = scored.rows[i];
      const l = scored.ledger.rows[i];
      if (!mine(l.row, l.authors)) continue;
      rows.push({
        row: l.row,
        title: l.title,
        unit: l.unit,
        outlet: s.outlet || l.outlet,
        mode: s.mode,
        date: s.day === null ? '' : dayToIso(s.day),
        points: s.points,
        why: s.why,
        issues: s.issues,
      });
    }
    return { ok: true, by, who: by === 'email' ? email : name, rows };
  } catch (error) {
    return failure(error);
  }
}

// ───────────────────────── 生成通报 ─────────────────────────

export function getReportInfo():
  | { ok: true; preset: string; year: number; today: string; ruleErrors: number; presets: string[] }
  | Failure {
  try {
    const { rules, errors } = resolveRules(readRuleGrids());
    return {
      ok: true,
      preset: presetLabel(rules),
      year: rules.settings.year,
      today: dayToIso(today()),
      ruleErrors: errors.length,
      presets: PRESET_NAMES.map((p) => PRESET_TITLES[p]),
    };
  } catch (error) {
    return failure(error);
  }
}

export interface ReportResult {
  ok: true;
  sheetName: string;
  period: string;
  preset: string;
  units: number;
  rows: number;
  notices: string[];
  issues: { row: number; unit: string; title: string; issues: string[] }[];
}

export function generateReport(periodCode: string): ReportResult | Failure {
  try {
    const code = typeof periodCode === 'string' ? periodCode.trim() : '';
    const period = parsePeriod(code);
    if (!period) {
      return fail(`期间“${code}”无法识别：可写 2024、2024-Q1、2024-03 或 2024-01-01..2024-06-30`);
    }
    const result = withLock('另一份通报正在生成，请稍后再试', () => {
      const port = new AppsWorkbook();
      const { report, sheetNames, notices, noticeDetails, ledgerTab } = runReport(port, {
        period,
        asOf: today(),
        now: new Date(),
        // 领导看板 shows the current year through its own menu item; a 通报 of another period must not
        // replace it, and staff who may not edit the protected board can still make a 通报.
        writeDashboard: false,
      });
      const sheetName = sheetNames.find((n) => n.startsWith('通报')) ?? sheetNames[0] ?? '';
      if (sheetName) port.activate(sheetName);
      const out: ReportResult = {
        ok: true,
        sheetName,
        period: report.period.label,
        preset: report.preset,
        units: report.units.length,
        rows: report.totals.rows,
        notices,
        issues: [
          // What the reader skipped at a row of the ledger (a repeated header …) is checked there too.
          ...noticeDetails
            .filter((n) => n.row !== undefined && (n.tab ?? ledgerTab) === ledgerTab)
            .map((n) => ({ row: n.row!, unit: '', title: '', issues: [n.message] })),
          ...report.issues.map((i) => ({
            row: i.row,
            unit: i.unit,
            title: i.title,
            issues: [...i.issues],
          })),
        ],
      };
      return out;
    });
    return result;
  } catch (error) {
    return failure(error);
  }
}

/** Select a ledger row for the user (a 待核实 row clicked in the sidebar). */
export function selectLedgerRow(row: number): { ok: true; row: number } | Failure {
  try {
    const r = Math.floor(Number(row));
    const sheet = book().getSheetByName(LEDGER);
    if (!sheet) return fail('找不到“稿件台账”工作表');
    if (!Number.isFinite(r) || r < 2 || r > sheet.getMaxRows()) return fail(`第 ${row} 行不在台账范围内`);
    sheet.activate();
    sheet.getRange(r, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
    return { ok: true, row: r };
  } catch (error) {
    return failure(error);
  }
}

/** Bring a tab to the front (the 打开通报 button). */
export function showSheet(name: string): { ok: true } | Failure {
  try {
    const sheet = book().getSheetByName(cellText(typeof name === 'string' ? name : ''));
    if (!sheet) return fail(`找不到工作表“${name}”`);
    sheet.activate();
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

// ───────────────────────── 规则与预设 ─────────────────────────

export interface TableStatus {
  table: RuleTableName;
  present: boolean;
  empty: boolean;
  /** Empty and read as the preset's rows (an emptied 系数 / 加分 / 指标 tab means none instead). */
  usesPreset: boolean;
  rows: number;
  errors: { row: number; column: string; cell: string; message: string }[];
}

/** Data rows below the header (the first non-blank row). */
function dataRowCount(grid: Grid | undefined): { header: Cell[] | null; rows: number } {
  if (!grid) return { header: null, rows: 0 };
  const blank = (r: Cell[] | undefined) => !r || r.every((c) => cellText(c) === '');
  const h = grid.findIndex((r) => !blank(r));
  if (h < 0) return { header: null, rows: 0 };
  let rows = 0;
  for (let i = h + 1; i < grid.length; i++) if (!blank(grid[i])) rows++;
  return { header: grid[h], rows };
}

export function getRulesStatus():
  | {
      ok: true;
      preset: string;
      presets: { name: string; title: string }[];
      tables: TableStatus[];
      errorCount: number;
    }
  | Failure {
  try {
    const grids = readRuleGrids();
    const { rules, errors } = resolveRules(grids);
    const tables = RULE_TABLE_NAMES.map((table): TableStatus => {
      const { header, rows } = dataRowCount(grids[table]);
      const mine = errors.filter((e) => e.table === table);
      return {
        table,
        present: grids[table] !== undefined,
        empty: rows === 0,
        usesPreset:
          rows === 0 &&
          !((table === '系数' || table === '加分' || table === '指标') && isHeaderOnly(table, grids[table])),
        rows,
        errors: mine.map((e) => {
          const col = header ? header.findIndex((h) => cellText(h).replace(/\s+/g, '') === e.column) : -1;
          return {
            row: e.row,
            column: e.column,
            cell: col >= 0 ? `${colLetters(col + 1)}${e.row}` : '',
            message: e.message,
          };
        }),
      };
    });
    // Errors outside the seven tables (cross-table checks) go with the table they name, else 设置.
    const other = errors.filter((e) => !(RULE_TABLE_NAMES as readonly string[]).includes(e.table));
    const settings = tables.find((t) => t.table === '设置')!;
    for (const e of other)
      settings.errors.push({ row: e.row, column: e.column, cell: '', message: e.message });
    return {
      ok: true,
      preset: presetLabel(rules),
      presets: PRESET_NAMES.map((name) => ({ name, title: PRESET_TITLES[name] })),
      tables,
      errorCount: errors.length,
    };
  } catch (error) {
    return failure(error);
  }
}

export interface PresetPlan {
  ok: true;
  preset: string;
  applied: boolean;
  /** Tables that are empty and would be (or were) filled. */
  changes: { table: RuleTableName; rows: number; create: boolean }[];
  /** Tables that already hold rows: never overwritten. */
  kept: RuleTableName[];
  message: string;
}

/**
 * Fill the empty rule tabs from a preset. confirm=false only says what would change; confirm=true
 * writes, re-checking under the lock so a tab filled meanwhile is left alone.
 */
export function applyPreset(name: string, confirm = false): PresetPlan | Failure {
  try {
    const preset: PresetName | null =
      typeof name === 'string'
        ? (PRESET_NAMES as readonly string[]).includes(name)
          ? (name as PresetName)
          : parsePresetName(name)
        : null;
    if (!preset) return fail(`没有名为“${name}”的预设：可选 ${PRESET_NAMES.join('、')}`);
    const grids = presetGridsForToday(preset);
    const plan = (): Omit<PresetPlan, 'applied' | 'message'> => {
      const current = readRuleGrids();
      const changes: PresetPlan['changes'] = [];
      const kept: RuleTableName[] = [];
      for (const table of RULE_TABLE_NAMES) {
        if (dataRowCount(current[table]).rows > 0) kept.push(table);
        else
          changes.push({
            table,
            rows: Math.max(0, grids[table].length - 1),
            create: current[table] === undefined,
          });
      }
      return { ok: true, preset: PRESET_TITLES[preset], changes, kept };
    };
    if (!confirm) {
      const p = plan();
      const message =
        p.changes.length === 0
          ? '所有规则表都已有内容，预设不会覆盖任何表'
          : `将用“${p.preset}”填充：${p.changes.map((c) => `${c.table}（${c.rows} 行）`).join('、')}`;
      return { ...p, applied: false, message };
    }
    return withLock('其他同事正在修改表格，请稍后再试', () => {
      const p = plan();
      for (const change of p.changes) writeRuleTab(change.table, grids[change.table]);
      const message =
        p.changes.length === 0
          ? '所有规则表都已有内容，没有填充任何表'
          : `已用“${p.preset}”填充：${p.changes.map((c) => c.table).join('、')}`;
      return { ...p, applied: true, message };
    });
  } catch (error) {
    return failure(error);
  }
}

/** Write a preset table into an empty (or missing) tab: one setValues, text kept as text. */
function writeRuleTab(table: RuleTableName, grid: Grid): void {
  const ss = book();
  const sheet: Sheet = ss.getSheetByName(table) ?? ss.insertSheet(table);
  const width = Math.max(1, ...grid.map((r) => r.length));
  const values = grid.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const v = r[c];
      if (v === null || v === undefined) return '';
      return typeof v === 'string' ? asText(v) : v;
    }),
  );
  if (values.length > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
  if (width > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, values.length, width).setValues(values);
  sheet.setFrozenRows(1);
}
