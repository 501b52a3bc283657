// 录入稿件: the form's lists, the live preview, the append of one row, and the user's recent rows.
//
// Decisions:
// - The preview and the append score the row after the rows of the same piece already in 稿件台账 and in
//   the other ledger tabs 生成通报 joins (one per year), with today, as the sheet's columns and the 通报 do:
//   a repeat shows 0 (重复行), 多次录用 and the once-per-piece bonus apply across years, and a date more
//   than a month ahead scores 0; no other row can change a row's points. The append's warnings carry the
//   row's 校验 text, which the sheet will show.
// - The append reads the ledger once under the document lock and writes only the fields the user filled
//   (审核状态, 核定, 调整分, 调整理由 and the computed columns are the office's and protected; a blank field
//   leaves its cell, and an office formula in it, as it is), one setValues per run of adjacent filled
//   columns; the lock helper flushes before it lets the next writer in.
// - Text is written as text: quoted where Sheets would parse it, as typed in a plain-text "@" cell (which
//   keeps an apostrophe). Dates are written as midnight in the spreadsheet's zone, and read in it.

import { maxOf, pushAll } from '../../core/arrays';
import { creditedRows, earlierAdoptions, pieceIds } from '../../core/credit';
import { dayToIso, parseDay } from '../../core/dates';
import {
  canonicalText,
  DATE_FIELDS,
  ENTRY_FIELDS,
  type EntryText,
  inColumnUnits,
  NUMBER_FIELDS,
  normalizeForm,
  RELAY_UNIT_TYPE,
  unsaidWarnings,
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
import { type ScoredColumns, scoredColumns, scoredRowAt, shownAt } from '../../core/scoredColumns';
import { cellNumber, cellText, normalizeTitle } from '../../core/text';
import type { Cell, Grid, LedgerField, Rules } from '../../core/types';
import { columnRuns } from '../../sheets/a1';
import { withoutBackups } from '../../sheets/backupTabs';
import { computedPlace, computedPlaceNote, ledgerCallColumn } from '../../sheets/computedPlace';
import { formulaOrder } from '../../sheets/formulaTabs';
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

/**
 * Rows of one piece as read from one tab: the header (and the grid line it was on), each row with its sheet
 * row, and the sheet row a new row of the tab would be written on.
 */
interface PieceRows {
  tab: string;
  header: Cell[];
  /** 0-based line of the header (title lines above it keep their places). */
  headerLine: number;
  rows: Cell[][];
  /** The sheet row of each of `rows`. */
  at: number[];
  /** The sheet row an append to this tab writes. */
  next: number;
}

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
  const piece: PieceRows = {
    tab: sheet.getName(),
    header,
    headerLine: at.last - 1,
    rows: [],
    at: [],
    next: Math.max(lastRow, at.last) + 1,
  };
  const { columns } = findColumns(header);
  if (columns.标题 === undefined || columns.单位 === undefined || lastRow < first) return piece;
  const units = sheet.getRange(first, columns.单位 + 1, lastRow - first + 1, 1).getValues();
  const titles = sheet.getRange(first, columns.标题 + 1, lastRow - first + 1, 1).getValues();
  // A unit or title merged down over a piece's rows is on each of them, as the report reads it.
  const merges = mergesOf(sheet.getRange(first, 1, lastRow - first + 1, lastCol));
  fillColumn(units, columns.单位 + 1, first, merges);
  fillColumn(titles, columns.标题 + 1, first, merges);
  const key = normalizeTitle(text.标题);
  for (let i = 0; i < units.length && key !== ''; i++) {
    if (cellText(units[i][0] as Cell) !== text.单位) continue;
    if (normalizeTitle(cellText(titles[i][0] as Cell)) !== key) continue;
    if (piece.rows.length >= 20) break; // a piece entered more than 20 times: the first 20 tell the story
    const cells = sheet.getRange(i + first, 1, 1, lastCol).getValues()[0];
    fillRow(sheet, cells, i + first, merges);
    piece.rows.push(cells as Cell[]);
    piece.at.push(i + first);
  }
  if (piece.rows.length > 0) piece.rows = datesInZone(piece.rows, zone());
  return piece;
}

/**
 * The same piece's rows on the other tabs 生成通报 reads as the ledger (sheets/run.ts: every tab that is
 * no rule or generated tab and whose header is a ledger's), each read as narrowly as 稿件台账.
 */
function samePieceOnOtherTabs(text: EntryText, ledger: string): PieceRows[] {
  const out: PieceRows[] = [];
  for (const { sheet } of otherTabs(ledger)) {
    const piece = samePieceRows(text, sheet);
    if (piece && piece.rows.length > 0 && findColumns(piece.header).columns.单位 !== undefined)
      out.push(piece);
  }
  return out;
}

/**
 * The tabs other than the ledger that may hold more of it (as 生成通报 chooses them), with their sheets, in
 * the order 生成通报 and the computed columns read them: the ledger tab's formula's order (formulaTabs.ts)
 * when it names several, else sheet order.
 */
function otherTabs(ledger: string): { name: string; sheet: GoogleAppsScript.Spreadsheet.Sheet }[] {
  const sheets = book().getSheets();
  const names = sheets.map((s) => s.getName());
  // A copy of a ledger tab beside it (稿件台账 的副本) is no second ledger, as 生成通报 reads it.
  const wanted = withoutBackups([ledger, ...otherLedgerTabNames(names, ledger)], (tab) => {
    const sheet = sheets[names.indexOf(tab)];
    return sheet !== undefined && locateLedgerHeader(sheet, false) !== null;
  }).tabs.filter((t) => t !== ledger);
  const tabs = sheets
    .map((sheet, i) => ({ name: names[i], sheet }))
    .filter(({ name }) => wanted.includes(name));
  if (tabs.length < 2) return tabs;
  const host = sheets[names.indexOf(ledger)];
  const order = host
    ? formulaOrder([ledger, ...wanted], (t) => (t === ledger ? headerFormulas(host) : []))
    : null;
  return order ? order.others.flatMap((t) => tabs.filter((x) => x.name === t)) : tabs;
}

/** The formulas of a tab's top rows (where the computed columns' formula is). */
function headerFormulas(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] {
  return (locateLedgerHeader(sheet)?.formulas ?? []).filter((f) => f !== '');
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
  const piece: PieceRows = {
    tab: ledger.sheet.getName(),
    header,
    headerLine: dataStart - 1,
    rows: [],
    at: [],
    next: nextRow(ledger),
  };
  const key = normalizeTitle(text.标题);
  if (columns.标题 === undefined || columns.单位 === undefined || key === '') return piece;
  for (let r = dataStart; r < values.length; r++) {
    const cells = values[r];
    if (cellText(cells[columns.单位]) !== text.单位) continue;
    if (normalizeTitle(cellText(cells[columns.标题])) !== key) continue;
    piece.rows.push(cells);
    piece.at.push(r + 1);
  }
  return piece;
}

// A line of the grid no row of the piece is on: blank, so the engine skips it.
const NO_LINE: Cell[] = [];

/**
 * The piece's rows as the sheet's 积分 column reads them (customFunctions.ts ZG_LEDGER): the ledger tab's
 * rows on their own lines (line i is sheet row i + 1, so rows are named by their sheet row and keep their
 * places), then the other ledger tabs' rows after it, joined as withOtherLedgerTabs joins them and named by
 * their tab and sheet row. `fresh`: the new row, on the line it will be written to.
 */
function pieceGrid(
  piece: PieceRows,
  others: PieceRows[],
  fresh: Cell[] | null,
): { grid: Grid; sources?: { tab: string; row: number }[]; freshLine: number } {
  const height = fresh ? piece.next : maxOf(piece.at, piece.headerLine + 1);
  const grid: Grid = new Array(height).fill(NO_LINE);
  grid[piece.headerLine] = piece.header;
  piece.rows.forEach((cells, k) => {
    grid[piece.at[k] - 1] = cells;
  });
  if (fresh) grid[piece.next - 1] = fresh;
  const joined = withOtherLedgerTabs(
    { tab: piece.tab, grid },
    others.map((o) => ({ tab: o.tab, grid: [o.header, ...o.rows] })),
  );
  if (!joined) return { grid, freshLine: piece.next };
  // Another tab's line r + 1 of [header, ...rows] is its row r - 1 of `at`.
  const at = new Map(others.map((o) => [o.tab, o.at]));
  const sources = joined.sources.map((s) =>
    s.tab === piece.tab || s.row < 2 ? s : { tab: s.tab, row: at.get(s.tab)?.[s.row - 2] ?? s.row },
  );
  return { grid: joined.grid, sources, freshLine: piece.next };
}

/** One scoring of the piece: its rows' points and 计任务 by tab and sheet row. */
interface PieceScore {
  rows: Map<string, { k: number; points: number; credited: boolean; duplicate: boolean; issues: string[] }>;
  columns: ScoredColumns;
  credited: Uint8Array;
  source: ReturnType<typeof ledgerSource>;
  scored: ReturnType<typeof scoreLedger>;
}

const rowKey = (tab: string | undefined, row: number) => `${tab ?? ''}\u0000${row}`;

function scorePiece(
  built: { grid: Grid; sources?: { tab: string; row: number }[] },
  tab: string,
  rules: Rules,
  day: number,
): PieceScore {
  const parsed = parseLedger(built.grid, {
    today: day,
    year: rules.settings.year,
    ...(built.sources ? { sources: built.sources } : {}),
  });
  matchNames(parsed, rules);
  const scored = scoreLedger(parsed, rules);
  const columns = scoredColumns(scored);
  const credited = creditedRows(scored, columns);
  const source = ledgerSource(scored.ledger);
  const rows: PieceScore['rows'] = new Map();
  for (let k = 0; k < columns.n; k++) {
    const l = source.at(k);
    rows.set(rowKey(l.tab ?? tab, l.row), {
      k,
      points: shownAt(columns, columns.points[k]),
      credited: columns.countable[k] === 1 && credited[k] === 1,
      duplicate: columns.duplicate[k] === 1,
      issues: columns.issues(k),
    });
  }
  return { rows, columns, credited, source, scored };
}

/** A row named for the sidebar: its tab when it is not the ledger tab (as 校验 names rows), and its sheet row. */
function rowName(tab: string, row: number, ledgerTab: string, always = false): string {
  return `${always || tab !== ledgerTab ? `「${tab}」` : ''}第${row}行`;
}

/**
 * The row scored as the ledger will score it: after the rows of the same piece already in 稿件台账 and on
 * the other ledger tabs (`others`), joined as the sheet's columns join them, with today's date check, so a
 * repeat is seen as one (重复行, naming the kept row's tab and sheet row), 多次录用 applies across years, and
 * a date a year ahead scores 0. With it: the 计任务 the sheet will show (0 on a second adoption or the 报送
 * row of an adopted piece, with why), and what the new row changes on the piece's other rows (an older copy
 * that becomes 重复行, points the 多次录用 policy drops, 计任务 that moves to the new row): the sheet
 * recomputes those rows too, so the user is told.
 */
function scoreOne(text: EntryText, rules: Rules, piece: PieceRows | null, others: PieceRows[], day: number) {
  if (
    !piece ||
    findColumns(piece.header).columns.标题 === undefined ||
    findColumns(piece.header).columns.单位 === undefined
  ) {
    piece = {
      tab: piece?.tab ?? LEDGER_TAB,
      header: [...LEDGER_HEADERS],
      headerLine: 0,
      rows: [],
      at: [],
      next: 2,
    };
    others = [];
  }
  const { columns } = findColumns(piece.header);
  const fresh: Cell[] = piece.header.map(() => '');
  for (const f of ENTRY_FIELDS) if (columns[f] !== undefined) fresh[columns[f]!] = text[f];
  const tab = piece.tab;
  const after = scorePiece(pieceGrid(piece, others, fresh), tab, rules, day);
  const mine = after.rows.get(rowKey(tab, piece.next));
  if (!mine) return null;
  const row = scoredRowAt(after.columns, mine.k);
  const ledgerRow = after.source.rowAt(mine.k);
  const notes: string[] = [];
  // 计任务 as the sheet's column holds it (core rowTaskCredits): a row that does not count shows 0.
  const credit = mine.credited ? row.credit : row.credit.map(() => 0);
  if (row.countable && !mine.credited) {
    const ids = pieceIds(after.scored, after.columns).rowPiece;
    for (let k = 0; k < after.columns.n; k++) {
      if (k === mine.k || ids[k] !== ids[mine.k] || after.credited[k] !== 1) continue;
      const l = after.source.at(k);
      notes.push(`本行不计任务：同一稿件已计过任务（${rowName(l.tab ?? tab, l.row, tab)}）`);
      break;
    }
  }
  // The piece's rows already there, scored without the new row: what it changes on them.
  if (piece.rows.length + others.reduce((n, o) => n + o.rows.length, 0) > 0) {
    const before = scorePiece(pieceGrid(piece, others, null), tab, rules, day);
    for (const [key, was] of before.rows) {
      const now = after.rows.get(key);
      if (!now) continue;
      const l = after.source.at(now.k);
      const where = rowName(l.tab ?? tab, l.row, tab, true);
      if (now.duplicate && !was.duplicate) {
        notes.push(
          `本行录入后，${where}将成为重复行（与本行标题、媒体相同，只计一次，保留本行）：该行积分由 ${was.points} 变为 ${now.points}`,
        );
      } else if (now.points !== was.points) {
        const why = now.issues.find((i) => !was.issues.includes(i));
        notes.push(`本行录入后，${where}积分由 ${was.points} 变为 ${now.points}${why ? `（${why}）` : ''}`);
      }
      if (was.credited && !now.credited && !(now.duplicate && !was.duplicate)) {
        notes.push(`本行录入后，${where}不再计任务：同一稿件改由本行计任务`);
      }
    }
  }
  // The piece's adoptions before this row: a 去重 录用 task one of them passes counted the piece already.
  const earlier = (earlierAdoptions(after.scored, after.columns).get(mine.k) ?? []).map((k) => ({
    row: scoredRowAt(after.columns, k),
    ledgerRow: after.source.rowAt(k),
  }));
  return { row, ledgerRow, credit, notes, earlier };
}

/**
 * What was typed into a date or number field the form cannot read, said in the preview as the refusal will
 * say it (beside the field); the engine's 校验 issue on the same field stands down for it.
 */
function typedErrors(
  text: EntryText,
  fieldErrors: Record<string, string>,
): { lines: string[]; fields: string[] } {
  const fields = [...DATE_FIELDS, ...NUMBER_FIELDS].filter(
    (f) => fieldErrors[f] !== undefined && text[f] !== '',
  );
  const lines = fields.map((f) =>
    fieldErrors[f].startsWith(f) ? fieldErrors[f] : `${f}：${fieldErrors[f]}`,
  );
  return { lines, fields };
}

export function previewRow(form: EntryForm): Result<RowPreview> {
  return respond((): RowPreview => {
    const { text, notes: authorNotes } = normalizeForm(form);
    const { rules, errors, unitsFromTable } = loadRules();
    const checked = validateForm(text, rules, unitsFromTable, today());
    const piece = samePieceRows(text);
    // 字数 and 时长 as the append writes them: in the units the ledger's columns are headed in.
    const units = inColumnUnits(canonicalText(text, rules), piece?.header ?? []);
    const one = scoreOne(units.text, rules, piece, samePieceOnOtherTabs(text, piece?.tab ?? ''), today());
    const ruleError = errors.length > 0 ? `规则表有 ${errors.length} 处错误，请在“规则与预设”中查看` : '';
    const typed = typedErrors(text, checked.fieldErrors);
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
        issues: typed.lines,
      };
      return {
        empty: true,
        ...blank,
        warnings: [...checked.warnings, ...authorNotes, ...units.notes],
        ruleError,
      };
    }
    const { row, ledgerRow, credit, notes, earlier } = one;
    // A broken rule table: every computed cell of the row says which cell to fix (ZG_LEDGER), nothing else.
    const stop = errors.length > 0 ? ruleErrorText(errors) : '';
    const issues = stop
      ? [stop]
      : [...typed.lines, ...row.issues.filter((i) => !typed.fields.some((f) => i.startsWith(f)))];
    return {
      empty: false,
      // A field the form refuses (字数 1500e): nothing would be written, so nothing is scored.
      points: stop || typed.fields.length > 0 ? 0 : row.points,
      why: stop ? '' : row.why,
      level: row.level ?? '',
      outlet: row.outlet,
      mode: row.mode,
      credit: stop ? [] : ledgerRow.authors.map((name, i) => ({ name, credit: credit[i] ?? 0 })),
      relayPoints: stop ? 0 : row.relayPoints,
      quotas: stop ? [] : indicatorsForRow(row, ledgerRow, rules, today(), earlier),
      issues,
      warnings: [
        ...unsaidWarnings(checked.warnings, row.issues),
        ...authorNotes,
        ...units.notes,
        ...(stop ? [] : notes),
      ],
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
    const { text, notes: authorNotes } = normalizeForm(form);
    const { rules, errors, unitsFromTable } = loadRules();
    const { fieldErrors, warnings: formWarnings } = validateForm(text, rules, unitsFromTable, today());
    if (Object.keys(fieldErrors).length > 0) {
      throw new UserError('请先改正标红的字段，台账未写入', { code: 'form', fields: fieldErrors });
    }
    const stored = canonicalText(text, rules);
    const result = withDocumentLock(() => {
      const ledger = openLedger();
      // Scored against the rows already there, read once under the lock, on the row it is written to: a
      // repeat names the kept row, and what the new row changes on the piece's other rows is known.
      const others = samePieceOnOtherTabs(text, ledger.sheet.getName());
      // 字数 and 时长 in the units the ledger's columns are headed in, scored as written.
      const units = inColumnUnits(stored, ledger.header);
      const scored = scoreOne(units.text, rules, samePieceIn(ledger, text), others, today());
      const place = computedPlaceWarning(ledger, units.text);
      const written = writeRow(ledger, units.text);
      return { ...written, scored, unitNotes: [...units.notes, ...written.notes, ...(place ? [place] : [])] };
    });
    const issues = result.scored?.row.issues ?? [];
    const warnings: string[] = [];
    const repeat = issues.find((t) => t.startsWith('重复行'));
    if (repeat) warnings.push(`${repeat}：已写入，但这一行不计分`);
    // The form's warnings the row's 校验 does not say, then what its 校验 cell will say (未填报送对象 …).
    pushAll(warnings, [...unsaidWarnings(formWarnings, issues), ...authorNotes, ...result.unitNotes]);
    for (const issue of issues) if (issue !== repeat) warnings.push(`校验：${issue}`);
    if (errors.length === 0) pushAll(warnings, result.scored?.notes ?? []);
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
 * The ledger's computed columns will not show what the form scored this row: a field it filled stands right
 * of them, outside the formula's range, or they were dragged in among the ledger's columns (audit S26b F2:
 * 媒体 right of 校验, the answer said 50 points and the row showed 0). One read of the header rows' formulas.
 */
function computedPlaceWarning(ledger: OpenLedger, text: EntryText): string | null {
  const { sheet, header, columns, dataStart } = ledger;
  const rows = sheet.getRange(1, 1, dataStart, Math.max(header.length, 1)).getFormulas();
  const ledgerAt = maxOf(rows.map(ledgerCallColumn), 0);
  if (ledgerAt === 0) return null;
  const outside = ENTRY_FIELDS.some(
    (f) => text[f] !== '' && columns[f] !== undefined && (columns[f] as number) + 1 > ledgerAt + 2,
  );
  if (!outside && !computedPlace(header, ledgerAt).moved) return null;
  const note = computedPlaceNote(sheet.getName(), header, ledgerAt);
  return note && `台账上本行的积分、计任务、校验不会是上面的结果（通报按上面的结果计分）：${note}`;
}

/** The sheet row an append writes: the first after the last with anything in an input column (computed columns may run further down). */
function nextRow(ledger: OpenLedger): number {
  const { values, header, columns, dataStart } = ledger;
  const inputCols: number[] = [];
  for (const f of LEDGER_HEADERS) if (columns[f] !== undefined) inputCols.push(columns[f]!);
  const enteredBy = header.findIndex((h) => cellText(h) === ENTERED_BY_COLUMN);
  if (enteredBy >= 0) inputCols.push(enteredBy);
  for (let r = values.length - 1; r >= dataStart; r--) {
    if (inputCols.some((c) => !isBlankCell(values[r]?.[c]))) return r + 2; // values[r] is sheet row r + 1
  }
  return dataStart + 1;
}

/** Longest formula text quoted in a note. */
const FORMULA_CHARS = 40;

/**
 * Append one row to the ledger (under the caller's lock): the first empty row after the last filled one.
 * Only the fields the user filled are written (and 录入人), one setValues per run of adjacent filled
 * columns (at most one per field: the count never grows with rows), so a staff member never touches the
 * reviewers' protected columns, and a field left blank leaves its cell as it is: an office formula kept
 * down 报送对象 stays on the new row (sweep S20x F4). The form scored that field blank while the sheet
 * scores the formula's result, so a note says which cells keep a formula; one the user typed over is
 * said too.
 */
function writeRow(ledger: OpenLedger, text: EntryText): { row: number; tab: string; notes: string[] } {
  const { sheet, header, columns } = ledger;
  const enteredBy = header.findIndex((h) => cellText(h) === ENTERED_BY_COLUMN);
  const tz = zone();
  // Column index → value for the cells this row sets: the filled fields only.
  const cells = new Map<number, string | number | Date>();
  const fieldAt = new Map<number, string>();
  for (const f of ENTRY_FIELDS) {
    const c = columns[f];
    if (c === undefined) continue;
    fieldAt.set(c, f);
    if (text[f] !== '') cells.set(c, sheetCell(f, text[f], tz));
  }
  const email = currentEmail();
  if (enteredBy >= 0 && email !== '') cells.set(enteredBy, email);
  const target = nextRow(ledger);
  const width = Math.max(maxOf(cells.keys(), 0), maxOf(fieldAt.keys(), 0)) + 1;
  if (target > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), target - sheet.getMaxRows());

  // A plain-text column keeps what is written; elsewhere text that Sheets would parse is quoted.
  const range = sheet.getRange(target, 1, 1, width);
  const formats = range.getNumberFormats()[0];
  const formulas = range.getFormulas()[0];
  const notes: string[] = [];
  for (const [c, field] of fieldAt) {
    const formula = cellText(formulas[c]);
    if (formula === '') continue;
    const quoted = formula.length > FORMULA_CHARS ? `${formula.slice(0, FORMULA_CHARS)}…` : formula;
    notes.push(
      cells.has(c)
        ? `第 ${target} 行“${field}”原有公式 ${quoted}，已由所填内容替换`
        : `“${field}”未填：第 ${target} 行该列的公式 ${quoted} 保留，台账按公式结果计算；以上积分和校验按未填计算，请以台账“积分”“校验”列为准`,
    );
  }
  const cell = (c: number) => {
    const v = cells.get(c)!;
    return typeof v === 'string' ? asTypedText(v, formats[c]) : v;
  };
  for (const [first, last] of columnRuns([...cells.keys()])) {
    const run = Array.from({ length: last - first + 1 }, (_, i) => cell(first + i));
    sheet.getRange(target, first + 1, 1, run.length).setValues([run]);
  }
  return { row: target, tab: sheet.getName(), notes };
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
      formatsUnknown: true,
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
