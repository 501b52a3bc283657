// The JSON contracts between the server functions and the sidebar pages, in one place: the server returns
// these types and the pages' scripts (src/ui/*.js, `// @ts-check`) import them in JSDoc, so a renamed
// field fails type-checking instead of a user's click. Plain JSON only: google.script.run carries no
// Date, Map or class (dates travel as ISO day strings, 2024-03-05).

import type { EntryField } from '../../core/entryForm';
import type { UserErrorCode } from '../../core/errors';
import type { NoticeSettings, RuleTableName } from '../../core/rules';

/** The one failure shape: a Chinese sentence; for the entry form, the message per field. */
export interface Failure {
  ok: false;
  message: string;
  code?: UserErrorCode;
  /** 录入稿件: ledger column name → what is wrong with that field. */
  fieldErrors?: Record<string, string>;
}

/** What every server function returns: its data with ok: true, or the failure. */
export type Result<T> = ({ ok: true } & T) | Failure;

// ───────────────────────── 录入稿件 ─────────────────────────

export type { EntryField };

/** What the page sends: field → text; 作者 may be a list (chips). */
export type EntryForm = Partial<Record<EntryField, string | number | string[]>>;

export interface EntryFormData {
  /** recipient: the 报送对象 the form proposes for the unit (RULES §9), '' for none. */
  units: { name: string; type: string; recipient: string }[];
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

export interface RowPreview {
  empty: boolean;
  points: number;
  why: string;
  level: string;
  outlet: string;
  mode: string;
  credit: { name: string; credit: number }[];
  relayPoints: number;
  /** The 指标 the row counts toward (weight 0.5 through a 折半标签); empty = none. */
  quotas: { name: string; weight: number }[];
  issues: string[];
  warnings: string[];
  ruleError: string;
}

export interface AppendResult {
  /** The sheet row written (header = 1). */
  row: number;
  warnings: string[];
  /** The row's points; null while a rule table is broken. */
  points: number | null;
  message: string;
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

export interface MyRows {
  /** How the rows were found: by 录入人 = the user's address, by author name, or not at all. */
  by: 'email' | 'author' | 'none';
  who: string;
  rows: MyRow[];
}

// ───────────────────────── 生成通报 ─────────────────────────

export interface ReportInfo {
  preset: string;
  year: number;
  today: string;
  ruleErrors: number;
  presets: string[];
  /** The 通报 rows of 设置 as the 通报 uses them (发文机关 … 个人表). */
  settings: NoticeSettings;
}

export interface SavedSettings {
  /** The 设置 rows written (only those that changed). */
  saved: string[];
  /** The 通报 rows as they now read. */
  settings: NoticeSettings;
  message: string;
}

export interface ReportResult {
  sheetName: string;
  period: string;
  preset: string;
  units: number;
  rows: number;
  notices: string[];
  /** `tab`: the ledger tab the row is on, when the ledger is read from several (2024上半年 …). */
  /** `notice`: a line the reader said something of (a sub-heading, a struck-through title), not a piece to check. */
  issues: { row: number; unit: string; title: string; issues: string[]; tab?: string; notice?: boolean }[];
}

export interface SelectedRow {
  row: number;
  /** The tab the row was selected on. */
  tab?: string;
}

/** A rule table's cell selected for the user (规则与预设's error chips). */
export interface SelectedCell {
  table: string;
  cell: string;
}

// ───────────────────────── 规则与预设 ─────────────────────────

export interface TableStatus {
  table: RuleTableName;
  present: boolean;
  /** No non-blank cell at all: the one test 填充空表 fills by (a title line or a headerless row is not empty). */
  empty: boolean;
  /** No data row and read as the preset's rows (a header-only 系数 / 加分 / 指标 tab means none instead). */
  usesPreset: boolean;
  rows: number;
  errors: { row: number; column: string; cell: string; message: string }[];
  /** Rows read but left out of judging, said as a note (a 指标 row for a unit type no unit has). */
  notes: { row: number; column: string; cell: string; message: string }[];
}

export interface RulesStatus {
  preset: string;
  presets: { name: string; title: string }[];
  tables: TableStatus[];
  errorCount: number;
}

export interface PresetPlan {
  preset: string;
  applied: boolean;
  /** Tables that are empty and would be (or were) filled with the preset's rows. */
  changes: { table: RuleTableName; rows: number; create: boolean }[];
  /** Empty tables the preset has no rows for: only their header is written (a missing one is created). */
  headerOnly: RuleTableName[];
  /** Tables with any non-blank cell: never overwritten. */
  kept: RuleTableName[];
  /** What the kept tables hold, in Chinese (those without data rows named with their first cell). */
  keptNote: string;
  message: string;
}

// ───────────────────────── 刷新领导看板 ─────────────────────────

export interface DashboardResult {
  message: string;
  sheetName: string;
}
