// 录入稿件: the form's lists, the live preview, the append of one row, and the user's recent rows.
//
// Decisions:
// - The preview and the append score the row after the rows of the same piece already in 稿件台账 and in
//   the other ledger tabs 生成通报 joins (one per year), with today, as the sheet's columns and the 通报 do:
//   a repeat shows 0 (重复行), 多次录用 and the once-per-piece bonus apply across years, and a date more
//   than a month ahead scores 0; no other row can change a row's points. The append's warnings carry the
//   row's 校验 text, which the sheet will show.
// - The append reads the ledger once under the document lock and writes only the columns staff may fill
//   (审核状态, 核定, 调整分, 调整理由 and the computed columns are the office's and protected), one
//   setValues per run of adjacent columns; the lock helper flushes before it lets the next writer in.
// - Text is written as text: quoted where Sheets would parse it, as typed in a plain-text "@" cell (which
//   keeps an apostrophe). Dates are written as midnight in the spreadsheet's zone, and read in it.
import { dayToIso, parseDay } from '../../core/dates';
import {
  canonicalText,
  DATE_FIELDS,
  ENTRY_FIELDS,
  type EntryText,
  NUMBER_FIELDS,
  normalizeForm,
  previewGrid,
  RELAY_UNIT_TYPE,
  validateForm,
} from '../../core/entryForm';
import { UserError } from '../../core/errors';
import { matchNames, ruleErrorText } from '../../core/index';
import { indicatorsForRow } from '../../core/indicators/forRow';
import { findColumns, LEDGER_HEADERS, ledgerHeader, normalizeKind, parseLedger } from '../../core/ledger';
import { ledgerSource } from '../../core/ledgerTable';
import { INSTRUCTIONS, LEVELS, MODES, REVIEWS } from '../../core/levels';
import { recipientChoices, usualRecipients } from '../../core/relay';
import { scoreLedger } from '../../core/score';
import { scoredColumns, scoredRowAt } from '../../core/scoredColumns';
import { cellNumber, cellText, normalizeTitle } from '../../core/text';
import type { Cell, Grid, LedgerField, Rules } from '../../core/types';
import { columnRuns } from '../../sheets/a1';
import { type NamedGrid, withOtherLedgerTabs } from '../../sheets/ledgerTabs';
import { FIXED_LISTS } from '../../sheets/setup';
import { ENTERED_BY_COLUMN, LEDGER_TAB, otherLedgerTabNames, ruleTabs } from '../../sheets/tabs';
import { asTypedText } from '../../sheets/typedInput';
import { fillColumn, fillLedgerMerges, fillRow, mergesOf } from '../mergedRanges';
import { withDocumentLock } from '../runtime/lock';
import { respond } from '../runtime/respond';
import { book, currentEmail, loadRules, presetLabel, textArg, today, zone } from '../runtime/session';
import { dateForCell, datesInZone } from '../runtime/zone';
import { findLedgerSheet, locateLedgerHeader } from '../setupLedger';
import type { AppendResult, EntryForm, EntryFormData, MyRow, MyRows, Result, RowPreview } from './types';

// The form offers what the ledger's dropdowns offer (初始化台账), plus what the rules name.
const DEFAULT_KINDS = FIXED_LISTS.类别?.values ?? [];

const NO_LEDGER = '找不到“稿件台账”工作表：请先在菜单“组工台账”中运行“初始化台账”';

function unique(values: Iterable<string>): string[] {
  const out: string[] = [];
  for (const v of values) if (v !== '' && !out.includes(v)) out.push(v);
  return out;
}

export function getEntryFormData(): Result<EntryFormData> {
  return respond(() => {
    const { rules, errors, unitsFromTable } = loadRules();
    const kinds = unique([
      ...DEFAULT_KINDS,
      ...rules.points.map((p) => normalizeKind(p.kind)),
      ...rules.indicators.flatMap((i) => i.filter.kinds.map(normalizeKind)),
      ...rules.multipliers.flatMap((m) =>
        m.condition.kind === '类别' ? m.condition.values.map(normalizeKind) : [],
      ),
    ]);
    const usual = usualRecipients(rules);
    const placements = unique([
      ...rules.points.map((p) => p.placement),
      ...rules.multipliers.flatMap((m) => (m.condition.kind === '版面' ? m.condition.values : [])),
    ]);
    return {
      units: rules.units.map((u) => ({ name: u.name, type: u.type, recipient: usual.get(u.name) ?? '' })),
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
      recipients: recipientChoices(rules),
      instructions: [...INSTRUCTIONS],
      relayOffices: rules.units.filter((u) => u.type === RELAY_UNIT_TYPE).map((u) => u.name),
      reviews: [...REVIEWS],
      placements,
      email: currentEmail(),
      today: dayToIso(today()),
      preset: presetLabel(rules),
      ruleErrors: errors.length,
    };
  });
}

type PieceRows = { header: Cell[]; rows: Cell[][] };

/**
 * The ledger's header and the rows of the same piece as the form (its unit and title), read narrowly:
 * two single-column reads, then the few matching rows, so the live preview stays quick on a long ledger.
 */
function samePieceRows(text: EntryText, sheet = ledgerSheet()): PieceRows | null {
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow < 1 || lastCol < 1) return null;
  // The header where the engine finds it: below title lines, over two rows.
  const at = locateLedgerHeader(sheet, false);
  if (!at) return null;
  const header = at.header;
  const first = at.last + 1;
  const { columns } = findColumns(header);
  if (columns.标题 === undefined || columns.单位 === undefined || lastRow < first)
    return { header, rows: [] };
  const units = sheet.getRange(first, columns.单位 + 1, lastRow - first + 1, 1).getValues();
  const titles = sheet.getRange(first, columns.标题 + 1, lastRow - first + 1, 1).getValues();
  // A unit or title merged down over a piece's rows is on each of them, as the report reads it.
  const merges = mergesOf(sheet.getRange(first, 1, lastRow - first + 1, lastCol));
  fillColumn(units, columns.单位 + 1, first, merges);
  fillColumn(titles, columns.标题 + 1, first, merges);
  const key = normalizeTitle(text.标题);
  const rows: Cell[][] = [];
  for (let i = 0; i < units.length && key !== ''; i++) {
    if (cellText(units[i][0] as Cell) !== text.单位) continue;
    if (normalizeTitle(cellText(titles[i][0] as Cell)) !== key) continue;
    if (rows.length >= 20) break; // a piece entered more than 20 times: the first 20 tell the story
    const cells = sheet.getRange(i + first, 1, 1, lastCol).getValues()[0];
    fillRow(sheet, cells, i + first, merges);
    rows.push(cells as Cell[]);
  }
  return { header, rows: rows.length > 0 ? datesInZone(rows, zone()) : rows };
}

/**
 * The same piece's rows on the other tabs 生成通报 reads as the ledger (sheets/run.ts: every tab that is
 * no rule or generated tab and whose header is a ledger's), each read as narrowly as 稿件台账.
 */
function samePieceOnOtherTabs(text: EntryText, ledger: string): NamedGrid[] {
  const out: NamedGrid[] = [];
  for (const { name, sheet } of otherTabs(ledger)) {
    const piece = samePieceRows(text, sheet);
    if (piece && piece.rows.length > 0 && findColumns(piece.header).columns.单位 !== undefined) {
      out.push({ tab: name, grid: [piece.header, ...piece.rows] });
    }
  }
  return out;
}

/** The tabs other than the ledger that may hold more of it (as 生成通报 chooses them), with their sheets. */
function otherTabs(ledger: string): { name: string; sheet: GoogleAppsScript.Spreadsheet.Sheet }[] {
  const sheets = book().getSheets();
  const names = sheets.map((s) => s.getName());
  const wanted = new Set(otherLedgerTabNames(names, ledger));
  return sheets.map((sheet, i) => ({ name: names[i], sheet })).filter(({ name }) => wanted.has(name));
}

/**
 * The other tabs 生成通报 reads as the ledger (as samePieceOnOtherTabs chooses them), whole: 我的记录 scores
 * every row, so each tab is read once (calls grow with tabs, not rows).
 */
function otherLedgerTabs(ledger: string): NamedGrid[] {
  const out: NamedGrid[] = [];
  for (const { name, sheet } of otherTabs(ledger)) {
    const range = sheet.getDataRange();
    const grid = datesInZone(range.getValues() as Grid, zone());
    const head = ledgerHeader(grid);
    if (!head || head.columns.单位 === undefined) continue;
    fillLedgerMerges(range, grid, head.dataStart + 1);
    out.push({ tab: name, grid });
  }
  return out;
}

/** The same piece's rows (unit and title) out of the whole ledger, when it has been read anyway. */
function samePieceIn(ledger: OpenLedger, text: EntryText): PieceRows {
  const { header, columns, dataStart, values } = ledger;
  const key = normalizeTitle(text.标题);
  if (columns.标题 === undefined || columns.单位 === undefined || key === '') return { header, rows: [] };
  const rows = values
    .slice(dataStart)
    .filter(
      (r) => cellText(r[columns.单位!]) === text.单位 && normalizeTitle(cellText(r[columns.标题!])) === key,
    );
  return { header, rows };
}

/**
 * The row scored as the ledger will score it: after the rows of the same piece already in 稿件台账 and on
 * the other ledger tabs (`others`), joined as 生成通报 joins them, with today's date check, so a repeat is
 * seen as one (重复行), 多次录用 applies across years, and a date a year ahead scores 0.
 */
function scoreOne(text: EntryText, rules: Rules, ledger: PieceRows | null, others: NamedGrid[], day: number) {
  let grid = previewGrid(text);
  const { columns } = findColumns(ledger?.header ?? []);
  if (ledger && columns.标题 !== undefined && columns.单位 !== undefined) {
    const fresh: Cell[] = ledger.header.map(() => '');
    for (const f of ENTRY_FIELDS) if (columns[f] !== undefined) fresh[columns[f]!] = text[f];
    grid = [ledger.header, ...ledger.rows, fresh];
  }
  const freshLine = grid.length; // the new row's line: the last of this tab's, before the other tabs'
  const joined = withOtherLedgerTabs({ tab: LEDGER_TAB, grid }, others);
  const parsed = parseLedger(joined?.grid ?? grid, {
    today: day,
    year: rules.settings.year,
    ...(joined ? { sources: joined.sources } : {}),
  });
  matchNames(parsed, rules);
  const scored = scoreLedger(parsed, rules);
  // Only the new row is shown: made on its own from the columns, not one ScoredRow per ledger row.
  const results = scoredColumns(scored);
  const rows = ledgerSource(scored.ledger);
  for (let k = results.n - 1; k >= 0; k--) {
    const line = joined ? rows.at(k).gridRow : results.row[k];
    if (line === freshLine) return { row: scoredRowAt(results, k), ledgerRow: rows.rowAt(k) };
  }
  return null;
}

export function previewRow(form: EntryForm): Result<RowPreview> {
  return respond((): RowPreview => {
    const { text } = normalizeForm(form);
    const { rules, errors, unitsFromTable } = loadRules();
    const { warnings } = validateForm(text, rules, unitsFromTable, today());
    const piece = samePieceRows(text);
    const one = scoreOne(
      text,
      rules,
      piece,
      samePieceOnOtherTabs(text, ledgerSheet()?.getName() ?? ''),
      today(),
    );
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
        quotas: [],
        issues: [],
      };
      return { empty: true, ...blank, warnings, ruleError };
    }
    const { row, ledgerRow } = one;
    // A broken rule table gives no points on the sheet; the preview shows none either.
    const stop = errors.length > 0 ? ruleErrorText(errors) : '';
    return {
      empty: false,
      points: stop ? 0 : row.points,
      why: stop ? '' : row.why,
      level: row.level ?? '',
      outlet: row.outlet,
      mode: row.mode,
      credit: ledgerRow.authors.map((name, i) => ({ name, credit: row.credit[i] ?? 0 })),
      relayPoints: stop ? 0 : row.relayPoints,
      quotas: stop ? [] : indicatorsForRow(row, ledgerRow, rules, today()),
      issues: stop ? [stop, ...row.issues] : row.issues,
      warnings,
      ruleError,
    };
  });
}

function isBlankCell(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** The value a form field is written as: real dates (in the spreadsheet's zone) and numbers, else text. */
function sheetCell(field: keyof EntryText, text: string, tz: string | null): string | number | Date {
  if (text === '') return '';
  if (DATE_FIELDS.includes(field)) {
    const d = parseDay(text);
    return typeof d === 'number' ? dateForCell(d, tz) : text;
  }
  if (NUMBER_FIELDS.includes(field)) {
    const n = cellNumber(text);
    return n !== null && !Number.isNaN(n) ? n : text;
  }
  return text;
}

export function appendLedgerRow(form: EntryForm): Result<AppendResult> {
  return respond((): AppendResult => {
    const { text } = normalizeForm(form);
    const { rules, errors, unitsFromTable } = loadRules();
    const { fieldErrors, warnings } = validateForm(text, rules, unitsFromTable, today());
    if (Object.keys(fieldErrors).length > 0) {
      throw new UserError('请先改正标红的字段，台账未写入', { code: 'form', fields: fieldErrors });
    }
    const stored = canonicalText(text, rules);
    const result = withDocumentLock(() => {
      const ledger = openLedger();
      // Scored against the rows already there, read once under the lock: a repeat says so.
      const others = samePieceOnOtherTabs(text, ledger.sheet.getName());
      const scored = scoreOne(text, rules, samePieceIn(ledger, text), others, today());
      return { ...writeRow(ledger, stored), scored };
    });
    const issues = result.scored?.row.issues ?? [];
    const repeat = issues.find((t) => t.startsWith('重复行'));
    if (repeat) warnings.push(`${repeat}：已写入，但这一行不计分`);
    // What the row's 校验 cell will say (未填报送对象 …), unless a warning above says it already.
    for (const issue of issues) {
      if (issue === repeat) continue;
      const head = issue.split('，')[0];
      if (!warnings.some((w) => w.startsWith(head))) warnings.push(`校验：${issue}`);
    }
    const points = errors.length > 0 ? null : (result.scored?.row.points ?? null);
    return {
      row: result.row,
      warnings,
      points,
      message: `已写入${result.tab === LEDGER_TAB ? LEDGER_TAB : `「${result.tab}」表`}第 ${result.row} 行`,
    };
  });
}

/** The ledger tab as the report finds it (稿件台账, or the tab an office named or imported it under). */
function ledgerSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
  const ss = book();
  // 稿件台账 itself costs one call (the live preview asks on every change); the search only without it.
  return (
    ss.getSheetByName(LEDGER_TAB) ??
    findLedgerSheet(ss, Object.values(ruleTabs(ss.getSheets().map((s) => s.getName())).tabs) as string[])
  );
}

interface OpenLedger {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  values: Grid;
  header: Cell[];
  columns: Partial<Record<LedgerField, number>>;
  /** Grid index of the first row below the header. */
  dataStart: number;
}

/** The ledger and its values, read whole once (the append needs its last filled row). */
function openLedger(): OpenLedger {
  const sheet = ledgerSheet();
  if (!sheet) throw new UserError(NO_LEDGER, { code: 'ledger' });
  const range = sheet.getDataRange();
  const values = datesInZone(range.getValues() as Grid, zone());
  const found = ledgerHeader(values);
  // A unit or title merged down over rows is on each of them (a repeat is found as the report finds it).
  if (found) fillLedgerMerges(range, values, found.dataStart + 1);
  if (!found) {
    throw new UserError(
      `“${sheet.getName()}”表前几行中找不到含“标题”和“单位”的表头行：请检查表头（可能被删除或排序到了数据中）后再录入`,
      { code: 'ledger' },
    );
  }
  return { sheet, values, header: found.header, columns: found.columns, dataStart: found.dataStart };
}

/**
 * Append one row to the ledger (under the caller's lock): the first empty row after the last filled one.
 * Only the columns the form fills are written, one setValues per run of adjacent columns, so a staff
 * member never touches the reviewers' protected columns and a formula elsewhere in the row stays.
 */
function writeRow(ledger: OpenLedger, text: EntryText): { row: number; tab: string } {
  const { sheet, values, header, columns, dataStart } = ledger;
  const enteredBy = header.findIndex((h) => cellText(h) === ENTERED_BY_COLUMN);
  const tz = zone();
  // Column index → value for the cells this row sets.
  const cells = new Map<number, string | number | Date>();
  for (const f of ENTRY_FIELDS) {
    const c = columns[f];
    if (c !== undefined) cells.set(c, sheetCell(f, text[f], tz));
  }
  if (enteredBy >= 0) cells.set(enteredBy, currentEmail());

  // The last row with anything in an input column; computed columns may run further down.
  const inputCols = [...cells.keys()];
  for (const f of LEDGER_HEADERS) if (columns[f] !== undefined) inputCols.push(columns[f]!);
  let last = dataStart - 1;
  for (let r = values.length - 1; r >= dataStart; r--) {
    if (inputCols.some((c) => !isBlankCell(values[r]?.[c]))) {
      last = r;
      break;
    }
  }
  const target = last + 2; // sheet row number: values[last] is row last + 1
  const width = Math.max(...cells.keys()) + 1;
  if (target > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), target - sheet.getMaxRows());

  // A plain-text column keeps what is written; elsewhere text that Sheets would parse is quoted.
  const formats = sheet.getRange(target, 1, 1, width).getNumberFormats()[0];
  const cell = (c: number) => {
    const v = cells.get(c)!;
    return typeof v === 'string' ? asTypedText(v, formats[c]) : v;
  };
  for (const [first, last] of columnRuns([...cells.keys()])) {
    const run = Array.from({ length: last - first + 1 }, (_, i) => cell(first + i));
    sheet.getRange(target, first + 1, 1, run.length).setValues([run]);
  }
  return { row: target, tab: sheet.getName() };
}

/** The user's last rows: by 录入人 when the ledger has it and the address is known, else by author name. */
export function listMyRows(limit = 20, author = ''): Result<MyRows> {
  return respond((): MyRows => {
    const n = Math.max(1, Math.min(200, Math.floor(Number(limit) || 20)));
    const sheet = ledgerSheet();
    if (!sheet) throw new UserError(NO_LEDGER, { code: 'ledger' });
    const range = sheet.getDataRange();
    const values = datesInZone(range.getValues() as Grid, zone());
    const email = currentEmail();
    const head = ledgerHeader(values);
    if (head) fillLedgerMerges(range, values, head.dataStart + 1);
    const enteredBy = (head?.header ?? []).findIndex((h) => cellText(h) === ENTERED_BY_COLUMN);
    const name = textArg(author);
    let by: MyRows['by'] = 'none';
    let mine: (row: number, authors: string[]) => boolean = () => false;
    if (email !== '' && enteredBy >= 0) {
      by = 'email';
      const key = email.toLowerCase();
      mine = (row) => cellText(values[row - 1]?.[enteredBy]).toLowerCase() === key;
    } else if (name !== '') {
      by = 'author';
      mine = (_row, authors) => authors.includes(name);
    }
    if (by === 'none') return { by, who: '', rows: [] };
    const { rules } = loadRules();
    // Scored as the sheet's columns and the 通报 score them: after the other ledger tabs (a repeat of last
    // year's piece), with today's date check. Only this tab's rows are listed.
    const tab = sheet.getName();
    const joined = withOtherLedgerTabs({ tab, grid: values }, otherLedgerTabs(tab));
    const parsed = parseLedger(joined?.grid ?? values, {
      today: today(),
      year: rules.settings.year,
      ...(joined ? { sources: joined.sources } : {}),
    });
    matchNames(parsed, rules);
    const scored = scoreLedger(parsed, rules);
    const columns = scoredColumns(scored);
    const rows: MyRow[] = [];
    const ledgerRows = ledgerSource(scored.ledger);
    for (let i = columns.n - 1; i >= 0 && rows.length < n; i--) {
      const l = ledgerRows.at(i);
      if (joined && l.tab !== tab) continue;
      if (!mine(l.row, l.authors)) continue;
      const s = scoredRowAt(columns, i);
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
    return { by, who: by === 'email' ? email : name, rows };
  });
}
