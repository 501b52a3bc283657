// Report generation against the workbook port: read the ledger and rule tabs (one read each), assess,
// refuse on broken rules, write 通报 and 领导看板. Shared by the CLI (file port) and the add-on.

import { pushAll } from '../core/arrays';
import { dayOfDate, dayToIso, yearOf, ymdOfDay } from '../core/dates';
import { UserError } from '../core/errors';
import {
  type Assessment,
  assess,
  buildReport,
  ledgerReadOptions,
  presetFilledTables,
  resolveRules,
  ruleErrorList,
} from '../core/index';
import {
  inputFieldColumns,
  isTotalsWord,
  ledgerHeader,
  type ParseOptions,
  parseLedger,
} from '../core/ledger';
import { type LedgerSource, ledgerLength, ledgerSource, nativeTable } from '../core/ledgerTable';
import { missingColumns } from '../core/neededColumns';
import { buildNotice, type NoticeDoc } from '../core/notice';
import { clampToPeriod, yearPeriod } from '../core/period';
import {
  DROPPABLE_TABLES,
  hasText,
  isHeaderOnly,
  MAX_HEADCOUNT,
  type PresetName,
  parsePresetName,
  presetUnitTypes,
  RULE_TABLE_NAMES,
  type RuleGrids,
  type RuleTableName,
  rulesToGrids,
  settingInGrid,
  textOnlyLines,
} from '../core/rules';
import { KNOWN_UNIT_TYPES, nearUnitType } from '../core/rules/unitTypes';
import { scoredColumns } from '../core/scoredColumns';
import {
  brief,
  COMMITTEE_SUFFIX,
  cellText,
  PARTY_PREFIX,
  roundHalfUp,
  unitKey,
  unitName,
  unitsInOneCell,
} from '../core/text';
import type {
  Day,
  Grid,
  Notice,
  ParsedLedger,
  Period,
  ReportModel,
  RuleError,
  Rules,
  UnitDef,
} from '../core/types';
import { backupNotice, loneBackupNotice, withoutBackups } from './backupTabs';
import { dashboardSheet } from './dashboard';
import { formulaOrder } from './formulaTabs';
import type { LedgerCopyRun } from './ledgerSheet';
import { readLedgerTabs } from './ledgerTabs';
import type { SheetModel } from './model';
import { noticeSheets } from './notice';
import { readEachOnce, type WorkbookPort } from './port';
import { reportSheetName } from './report';
import { LEDGER_TAB, otherLedgerTabNames, type RuleTabs, ruleTabs, ruleTabsByHeader, tabWord } from './tabs';

export interface RunOptions {
  period?: Period;
  /** An explicit as-of date for pace (--as-of); one before the period starts is refused. */
  asOf?: Day;
  /** Today's date (the CLI's Asia/Shanghai day, the spreadsheet's in the add-on), clamped into the period;
   * also the day a ledger date more than a month after is a typo to check (the clock's when not given). */
  today?: Day;
  preset?: PresetName;
  /** Rule tables from elsewhere (e.g. --rules rules.xlsx); tabs of the workbook otherwise. */
  rules?: RuleGrids;
  /** What reading `rules` noticed (a tab read under another name): said with the run's notices. */
  ruleNotices?: Notice[];
  /**
   * Where `rules` were read: the file (--rules) and the tab each table came from (计分 from 计分标准), for its
   * errors and notices to name them (规则文件 X 中「计分标准」表（作「计分」表读取）第5行…).
   */
  rulesFrom?: { file: string; tabs: Partial<Record<RuleTableName, string>> };
  /** The generation time shown on the tabs; defaults to now. */
  now?: Date;
  /**
   * Tabs written after the 通报 and 领导看板, only to a new workbook, never the input: the command line's
   * ledger copy with 积分/计任务/校验 filled and the rule tables in force (outputTabs.ts).
   */
  extraTabs?: (run: LedgerCopyRun) => SheetModel[];
  /** Write 领导看板 for the report's year too (an output file); the add-on keeps it to its own menu item. */
  writeDashboard?: boolean;
  /** Name the ledger tab in notices that list its rows (the add-on: the office's tabs are what it sees). */
  nameLedgerTab?: boolean;
  /** Called between stages, for a progress bar. */
  onStage?: (stage: 'read' | 'assess' | 'write', fraction: number) => void;
}

export interface RunResult {
  report: ReportModel;
  /** The 通报 as a document (the tabs and the .docx render it). */
  notice: NoticeDoc;
  assessment: Assessment;
  sheetNames: string[];
  /** Notes for the user in plain Chinese (e.g. unit types inferred from names). */
  notices: string[];
  /** The same notes with where they point: code, tab, row, column. */
  noticeDetails: Notice[];
  /** Every tab the ledger was read from (稿件台账 and year tabs). */
  ledgerTabs: string[];
  /** The tab the ledger was read from. */
  ledgerTab: string;
}

/**
 * 镇/街道 → 乡镇街道; ends in 科/室/办, a 组 (组织组, 干部一组: seed 004's 组室; not 党组 or 小组) or 电教中心 (the
 * department's own 党员电教中心) → 部机关科室; otherwise 其他党工委.
 */
export function inferUnitType(name: string): string {
  if (/镇|街道|乡(党委)?$/.test(name)) return '乡镇街道';
  if (/[科室办]$/.test(name) || (/组$/.test(name) && !/[党小]组$/.test(name)) || /电教中心$/.test(name))
    return '部机关科室';
  return '其他党工委';
}

/** Two spellings of one unit read as one: the shorter as typed, the name it is read as, and their rows. */
export interface UnitMerge {
  from: string;
  to: string;
  fromRows: number;
  toRows: number;
  /** The two differ by the party's name before one (中共中心路街道党工委), not by a committee suffix. */
  prefixed?: boolean;
}

/**
 * Units for a workbook without a 单位 table: every unit (and 对口处室) the ledger names. A name the
 * preset knows keeps the preset's entry; others get a type from the name and, as headcount, the
 * number of distinct authors seen for them. A name that differs from another only by a 党委 / 党工委 / 党组 /
 * 党总支 suffix is that unit, under the longer name (`merged`, for a notice; `aliases` for parseLedger).
 * A totals word (合计, 汇总) names no unit: the 单位 table would skip it as a totals line.
 */
export function inferUnits(
  parsed: ParsedLedger,
  known: UnitDef[],
): {
  units: UnitDef[];
  inferred: UnitDef[];
  merged: UnitMerge[];
  aliases: Map<string, string>;
  /** Names that differ only by two different committee suffixes (and the bare name): kept apart, said. */
  similar: { name: string; rows: number }[][];
  /** Inferred units with more distinct authors than a 人数 may be (MAX_HEADCOUNT): their 人数 is left blank. */
  uncounted: { name: string; authors: number }[];
} {
  const byName = new Map(known.map((u) => [u.name, u]));
  const knownByKey = new Map(known.map((u) => [unitKey(u.name), u]));
  const authors = new Map<string, Set<string>>();
  const rowsOf = new Map<string, number>();
  const order: string[] = [];
  // Keyed as assess matches names (峡窝镇 党委 is 峡窝镇党委, （） is ()); named as first typed.
  const nameOf = new Map<string, string>();
  const see = (typed: string) => {
    const key = unitKey(typed);
    // Two units in one cell (峡窝镇党委、区直机关工委) name no unit of their own: their rows say so (score.ts).
    if (
      key !== '' &&
      !nameOf.has(key) &&
      !isTotalsWord(key) &&
      (knownByKey.has(key) || unitsInOneCell(typed) === null)
    ) {
      const name = knownByKey.get(key)?.name ?? unitName(typed);
      nameOf.set(key, name);
      authors.set(name, new Set());
      order.push(name);
    }
  };
  const rows = ledgerSource(parsed);
  for (let i = 0; i < rows.length; i++) {
    const r = rows.at(i);
    // A line with no title that cannot score (a section heading typed in 单位) names no unit.
    if (r.title === '' && r.blocked) continue;
    see(r.unit);
    see(r.relayOffice);
    const name = nameOf.get(unitKey(r.unit)) ?? '';
    for (const a of r.authors) authors.get(name)?.add(a);
    rowsOf.set(name, (rowsOf.get(name) ?? 0) + 1);
  }
  const { merged, aliases, similar } = suffixMerges(order, rowsOf);
  for (const m of merged) for (const a of authors.get(m.from) ?? []) authors.get(m.to)?.add(a);
  const inferred: UnitDef[] = [];
  const uncounted: { name: string; authors: number }[] = [];
  const units = order
    .filter((name) => !merged.some((m) => m.from === name))
    .map((name) => {
      const def = byName.get(name);
      if (def) return def;
      // The authors seen stand for 人数, which the 单位 table bounds (a typed 10000000 is a typo): a unit with more
      // authors than that is no typo of the office's, so its 人数 is left blank (said), never refused.
      const seen = authors.get(name)?.size ?? 0;
      if (seen > MAX_HEADCOUNT) uncounted.push({ name, authors: seen });
      const u: UnitDef = {
        name,
        type: inferUnitType(name),
        headcount: seen > MAX_HEADCOUNT ? 0 : Math.max(1, seen),
        monthsInPost: [],
        isOffice: name.includes('办公室'),
        chief: '',
        veto: false,
      };
      inferred.push(u);
      return u;
    });
  return { units, inferred, merged, aliases, similar, uncounted };
}

/**
 * Names of `order` that are one unit with and without a committee suffix (峡窝镇, 峡窝镇党委): the bare name read
 * as the suffixed one. Only where one suffixed form exists: 峡窝镇 beside 峡窝镇党委 and 峡窝镇党总支 is left as typed.
 */
function suffixMerges(
  typedOrder: readonly string[],
  rowsOf: ReadonlyMap<string, number>,
): { merged: UnitMerge[]; aliases: Map<string, string>; similar: { name: string; rows: number }[][] } {
  const merged: UnitMerge[] = [];
  const aliases = new Map<string, string>();
  // 中共中心路街道党工委 beside 中心路街道党工委 (audit s38 O3: two units of the ranking, 143 and 29.5 for one 172.5):
  // one unit, under the name without the party's name, as the 单位 table writes its units.
  const byKey = new Map(typedOrder.map((name) => [unitKey(name), name]));
  const order = typedOrder.filter((name) => {
    const rest = name.replace(PARTY_PREFIX, '');
    const to = rest === name || rest === '' ? undefined : byKey.get(unitKey(rest));
    if (to === undefined) return true;
    merged.push({
      from: name,
      to,
      fromRows: rowsOf.get(name) ?? 0,
      toRows: rowsOf.get(to) ?? 0,
      prefixed: true,
    });
    aliases.set(unitKey(name), to);
    return false;
  });
  const suffixed = new Map<string, string[]>();
  for (const name of order) {
    const bare = name.replace(COMMITTEE_SUFFIX, '');
    if (bare === name || bare === '') continue;
    const key = unitKey(bare);
    suffixed.set(key, [...(suffixed.get(key) ?? []), name]);
  }
  for (const name of order) {
    const longer = suffixed.get(unitKey(name));
    if (longer === undefined || longer.length !== 1 || COMMITTEE_SUFFIX.test(name)) continue;
    const to = longer[0];
    merged.push({ from: name, to, fromRows: rowsOf.get(name) ?? 0, toRows: rowsOf.get(to) ?? 0 });
    aliases.set(unitKey(name), to);
  }
  // Two suffixed forms (峡窝镇党委, 峡窝镇党工委), with or without the bare name: which is meant cannot be told,
  // so they stay apart, and the office is told they may be one (never two units of the ranking without a word).
  const similar: { name: string; rows: number }[][] = [];
  for (const [key, forms] of suffixed) {
    if (forms.length < 2) continue;
    const bare = order.filter((n) => unitKey(n) === key);
    similar.push([...bare, ...forms].map((name) => ({ name, rows: rowsOf.get(name) ?? 0 })));
  }
  return { merged, aliases, similar };
}

/** The 单位 table lists no unit (no tab, a blank one, or only its header): the units are the ledger's. */
export function listsNoUnits(tables: RuleGrids): boolean {
  return presetFilledTables({ 单位: tables.单位 }).includes('单位');
}

/** Units read from the ledger for tables that list none, with the rule tables that carry them. */
export interface LedgerUnits<Read> extends ReturnType<typeof inferUnits> {
  /** `tables` with 单位 made from the ledger (and the preset's 指标 for the ledger's unit types only). */
  tables: RuleGrids;
  /** The ledger as readLedger read it: scoring reads it so again unless two spellings of a unit merge. */
  read: Read;
}

/**
 * Rule tables whose 单位 lists no unit (no tab, a blank one, or only its header: no office means "no units"
 * by it) get their units from the ledger (inferUnits: a name the preset knows keeps its entry, others get a
 * type from the name). The report, 领导看板 and the sheet's computed columns read such a workbook alike.
 * null when 单位 lists units.
 */
export function ledgerUnitTables<Read extends { parsed: ParsedLedger }>(
  tables: RuleGrids,
  preset: PresetName | undefined,
  readLedger: (settingsYear: number) => Read,
): LedgerUnits<Read> | null {
  if (!listsNoUnits(tables)) return null;
  const base = resolveRules({ ...tables, 单位: undefined }, preset).rules;
  const read = readLedger(base.settings.year);
  const found = inferUnits(read.parsed, base.units);
  // The preset's indicators for unit types the ledger does not have would name no unit: leave them out.
  const types = new Set(found.units.map((u) => u.type));
  // A ledger naming no unit (no rows) keeps the preset's units and tasks: none of them is met.
  const indicators =
    found.units.length === 0
      ? base.indicators
      : base.indicators.filter(
          (i) => !('unitType' in i.subject) || i.subject.unitType === '' || types.has(i.subject.unitType),
        );
  const grids = rulesToGrids({ ...base, units: found.units, indicators });
  const out: RuleGrids = { ...tables, 单位: grids.单位 };
  if (!tables.指标 && indicators.length < base.indicators.length) out.指标 = grids.指标;
  return { ...found, tables: out, read };
}

// The listed types (「单位」表中的类型有：…) are the table's, not the ledger's: dropped from the note.
// A hint at a type it may mean (（是否应为“乡镇街道”？）) is kept.
const NO_UNIT_OF_TYPE =
  /^「指标」表第(\d+)行「对象」：「单位」表中没有类型为“(.*?)”的单位(?:（「单位」表[^）]*）)?(（是否应为“[^”]*”？）)?(；另：.*)?$/;

/**
 * With units from the ledger (ledgerUnitTables), a 指标 row for a unit type no unit of the ledger has is no
 * broken table (the office listed no units; this ledger has none of that type): it judges nobody, said
 * as a note instead of refusing every figure.
 */
export function ledgerUnitTypeNotes(errors: RuleError[]): { errors: RuleError[]; notes: RuleError[] } {
  const kept: RuleError[] = [];
  const notes: RuleError[] = [];
  for (const e of errors) {
    const m = e.table === '指标' ? NO_UNIT_OF_TYPE.exec(e.message) : null;
    if (m === null) {
      kept.push(e);
      continue;
    }
    // No 单位 table: the ledger's units take the presets' types by their names (inferUnitType), so a type
    // close to a preset's is what the row may mean even when this ledger has no unit of it yet.
    const near = m[3] === undefined ? nearUnitType(m[2], KNOWN_UNIT_TYPES) : null;
    const hint = m[3] ?? (near === null ? '' : `（是否应为“${near}”？）`);
    notes.push({
      ...e,
      message: `「指标」表第${m[1]}行「对象」：台账中没有类型为“${m[2]}”的单位（「单位」表没有数据行，单位取自台账），此行指标不考核任何单位${hint}${m[4] ?? ''}`,
    });
  }
  return { errors: kept, notes };
}

/**
 * A 指标 row for a unit type some preset has (乡镇街道, 其他党工委, 部机关科室) that no unit of the office has: a
 * preset row kept by an office that does not score that type (a county without its 科室, a one-unit pilot),
 * said as a note and left out, not a refusal of every figure (audit S25b F6). A type no preset knows (其它党工委)
 * stays an error: most likely a typo, which would silently judge nobody.
 */
export function knownUnitTypeNotes(errors: RuleError[]): { errors: RuleError[]; notes: RuleError[] } {
  const known = presetUnitTypes();
  const kept: RuleError[] = [];
  const notes: RuleError[] = [];
  for (const e of errors) {
    const m = e.table === '指标' ? NO_UNIT_OF_TYPE.exec(e.message) : null;
    if (m === null || !known.has(m[2])) kept.push(e);
    else
      notes.push({
        ...e,
        message: `「指标」表第${m[1]}行「对象」“${m[2]}”：没有这一类型的单位，本行不参与考核${m[3] ?? ''}${m[4] ?? ''}`,
      });
  }
  return { errors: kept, notes };
}

function readRuleTabs(read: (tab: string) => Grid, found: RuleTabs): RuleGrids {
  const tables: RuleGrids = {};
  for (const name of RULE_TABLE_NAMES) {
    const tab = found.tabs[name];
    if (tab !== undefined) tables[name] = read(tab);
  }
  return tables;
}

/**
 * Rows all of whose dates fall after `end` (the 设置 年度's last day), counted by the year of their first: a
 * row of the new year. A piece sent in December and adopted in January is not one (sweep s24r F5): its 报送
 * counts in the year, and the notice told the office to move 年度 on while it made that year's 通报.
 */
function rowsAfterYear(parsed: ParsedLedger, end: Day): Map<number, number> {
  const later = new Map<number, number>();
  const table = nativeTable(parsed);
  const n = ledgerLength(parsed);
  for (let i = 0; i < n; i++) {
    const sent = table ? table.dayAt(table.submittedOn, i) : parsed.rows[i].submittedOn;
    const adopted = table ? table.dayAt(table.adoptedOn, i) : parsed.rows[i].adoptedOn;
    const first = sent === null ? adopted : adopted === null ? sent : Math.min(sent, adopted);
    if (first !== null && first > end) later.set(yearOf(first), (later.get(yearOf(first)) ?? 0) + 1);
  }
  return later;
}

/** A rule table read from a tab under another name, or a second tab naming a table: said, never silent. */
export function ruleTabNotices(found: RuleTabs, file?: string): Notice[] {
  const where = file ? `规则文件 ${file} 中` : '';
  return [
    ...found.renamed.map(({ tab, table, byHeader }) => ({
      code: 'rule-tab-renamed',
      tab,
      ...(file ? { file } : {}),
      message: byHeader
        ? `${where}工作表「${tab}」的表头是「${table}」表的表头，按「${table}」表读取（规则表的标准名称是「${table}」）`
        : `${where}工作表「${tab}」按「${table}」表读取（规则表的标准名称是「${table}」）`,
    })),
    ...found.unused.map(({ tab, table, used }) => ({
      code: 'rule-tab-unused',
      tab,
      ...(file ? { file } : {}),
      message: `${where}工作表「${tab}」未读取：「${table}」表取自工作表「${used}」；如应以「${tab}」为准，请删除或改名另一张`,
    })),
  ];
}

/** Local date and time as 2024-04-01 09:30 (the script's / machine's time zone). */
export function formatGeneratedAt(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}

/** Where each rule table was read: its tab, and the --rules file for a table read from one. */
export type RuleSources = Partial<Record<RuleTableName, { tab: string; file?: string }>>;

function ruleErrorEnglish(errors: RuleError[], sources: RuleSources = {}): string {
  const e = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  const from = sources[e.table as RuleTableName];
  const tab = from?.tab ?? e.table;
  const as = tabWord(tab) !== e.table ? ` (read as the ${e.table} table)` : '';
  const file = from?.file ? ` of the rules file ${from.file}` : '';
  return `rule table error in sheet ${tab}${as}${file}, row ${e.row}, column ${e.column}${more}`;
}

/**
 * A rule table's error or note as read from its tab and file: a table read from a tab of another name
 * (下拉选项, 计分标准) is named by that tab, 「计分标准」表（作「计分」表读取）第5行…, and so is every other table the
 * message names (「考核指标」表); a table read from a --rules workbook names the file first (规则文件 X 中…),
 * for an office whose ledger workbook has rule tabs of its own to know which workbook is meant.
 */
export function onItsTab<T extends RuleError>(e: T, sources: RuleSources): T {
  // One pass: a tab named as another table (计分 read from a tab 「指标」) is not renamed twice.
  const named = new RegExp(`「(${RULE_TABLE_NAMES.join('|')})」表`, 'g');
  let message = e.message.replace(named, (whole: string, name: RuleTableName, at: number) => {
    const tab = sources[name]?.tab;
    if (tab === undefined || tab === name) return whole;
    // 媒體 is the 媒体 tab in traditional characters: named as it is, with no 作…读取.
    if (tabWord(tab) === name) return `「${tab}」表`;
    return at === 0 && name === e.table ? `「${tab}」表（作「${name}」表读取）` : `「${tab}」表`;
  });
  const from = sources[e.table as RuleTableName];
  if (from?.file && message.startsWith(`「${from.tab}」表`)) message = `规则文件 ${from.file} 中${message}`;
  return message === e.message ? e : { ...e, message };
}

/** Read and assess; throws UserError when the ledger has no usable header or a rule table is broken. */
export function assessWorkbook(port: WorkbookPort, options: RunOptions, defaultYearReport: boolean) {
  const details: Notice[] = [];
  const notices: string[] = [];
  const note = (n: Notice) => {
    details.push(n);
    notices.push(n.message);
  };
  options.onStage?.('read', 0);
  const names = port.sheetNames();
  // 稿件台账 itself first, then one typed in traditional characters (稿件臺賬).
  const named =
    names.find((n) => n.trim() === LEDGER_TAB) ?? names.find((n) => tabWord(n) === LEDGER_TAB) ?? null;
  const read = readEachOnce((tab) => port.readValues(tab));
  const byName = ruleTabs(names);
  // A copy of a ledger tab beside it (稿件台账 的副本) is no second ledger: left out, and said.
  const listed = otherLedgerTabNames(names, named, byName);
  const backups = withoutBackups(
    named === null ? listed : [named, ...listed],
    (tab) => ledgerHeader(read(tab)) !== null,
  );
  for (const b of backups.backups) note(backupNotice(b));
  const found = backups.tabs.filter((t) => t !== named);
  // The tabs in the order the computed columns read them (their formula's: its tab first, without 稿件台账),
  // so a repeat keeps the same copy on the sheet and in the 通报 however the tabs were dragged; sheet order
  // where no formula says. Each tab is read first (it is read anyway): the .xlsx reader keeps its formulas then.
  const formulas = port.headerFormulas
    ? (tab: string) => {
        read(tab);
        return port.headerFormulas!(tab);
      }
    : undefined;
  const order =
    formulas && found.length > 1
      ? named === null
        ? formulaOrder(found, formulas)
        : formulaOrder([named, ...found], (t) => (t === named ? formulas(t) : []))
      : null;
  const primary = order?.host ?? named;
  const others = order?.others ?? found;
  if (order?.notice) note({ code: 'formula-tabs-differ', tab: order.host, message: order.notice });
  const source = readLedgerTabs(
    primary,
    others,
    read,
    port.readMerges?.bind(port),
    port.filledMerges?.bind(port),
    port.isSheetHidden?.bind(port),
  );
  if (source.grid === null) {
    const at = source.unitless;
    if (at !== null) {
      throw new UserError(
        `台账「${at.tab}」第${at.row}行的表头有「标题」列，但没有「单位」列：请把各稿件单位所在列的表头改为「单位」（也认 报送单位、所属单位、作者单位、供稿单位）`,
        {
          code: 'ledger',
          en: `the ledger header (sheet ${at.tab}, row ${at.row}) has 标题 but no 单位 column`,
        },
      );
    }
    if (primary !== null) {
      // The tab is there but no header row is (deleted, or sorted into the data): say that, not "no ledger".
      throw new UserError(
        `「${primary}」表前几行中找不到含「标题」和「单位」的表头行（表头可能被删除，或排序时被排进了数据中）：请在数据上方插入一行，填写表头（标题、作者、单位……）后重试`,
        { code: 'ledger', en: `sheet ${primary} has no header row naming 标题 and 单位 in its first rows` },
      );
    }
    throw new UserError(`找不到台账：工作簿中没有「${LEDGER_TAB}」表，也没有表头含「标题」和「单位」的表`, {
      code: 'ledger',
      en: `no ledger: the workbook has no sheet named ${LEDGER_TAB} and no sheet with a 标题 header`,
    });
  }
  const ledgerTab = source.tab;
  const ledger = source.grid;
  for (const n of source.notices) note(n);
  const lone = named === null ? loneBackupNotice(ledgerTab, names) : null;
  if (lone) note(lone);
  const ledgerTabs = new Set(source.tabs);
  const rulesFound = ruleTabsByHeader(
    byName,
    others.filter((t) => !ledgerTabs.has(t)),
    read,
  );
  const own = readRuleTabs(read, rulesFound);
  for (const n of [...ruleTabNotices(rulesFound), ...(options.ruleNotices ?? [])]) note(n);
  let tables: RuleGrids = { ...own, ...(options.rules ?? {}) };
  const givenUnits = tables.单位;
  options.onStage?.('read', 1);

  // The scoring tables the preset fills, as the workbook and --rules leave them (before units are inferred).
  const filled = presetFilledTables(tables);
  // Asked of the columns read as input fields (of those sharing a field, where each is a Sheets call).
  const inputColumns = port.hiddenColumns ? inputFieldColumns(ledger, port.hiddenColumnsByCall === true) : [];
  const hiddenColumns = inputColumns.length > 0 ? port.hiddenColumns!(ledgerTab, inputColumns) : [];
  const ledgerOptions: ParseOptions = {
    sources: source.sources,
    ...(source.headerSpans ? { headerSpans: source.headerSpans } : {}),
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    ...(port.formatsUnknown ? { formatsUnknown: true } : {}),
    today: options.today ?? dayOfDate(new Date()),
  };
  const period = { period: options.period, asOf: options.asOf, today: options.today };
  // Units taken from the ledger need it read first: read as assess reads it, so it is read once (unless
  // two spellings of a unit are merged, which changes the reading).
  const fromLedger = ledgerUnitTables(tables, options.preset, (settingsYear) => {
    const readWith = ledgerReadOptions(settingsYear, tables, period, ledgerOptions);
    return { parsed: parseLedger(ledger, readWith), options: readWith };
  });
  const unitsInferred = fromLedger !== null;
  const presetFilled = filled.filter((t) => !(unitsInferred && t === '单位'));
  for (const n of ruleSourceNotices(own, options, presetFilled, unitsInferred)) note(n);
  let unitAliases: Map<string, string> | undefined;
  if (fromLedger !== null) {
    const { units, inferred, merged, aliases, similar, uncounted } = fromLedger;
    unitAliases = aliases;
    tables = fromLedger.tables;
    // A 单位 tab with only its header lists no unit, as a missing one: said as what it is.
    const why = Array.isArray(givenUnits)
      ? hasText(givenUnits)
        ? '「单位」表只有表头、没有数据行'
        : '「单位」表是空的'
      : '未找到「单位」表';
    const listThem = Array.isArray(givenUnits) ? '在「单位」表中' : '建立「单位」表';
    const sample = inferred
      .slice(0, 8)
      .map((u) => `${brief(u.name)}→${brief(u.type)}`)
      .join('、');
    note({
      code: 'units-inferred',
      message: `${why}：单位取自台账（${units.length} 个）${
        inferred.length
          ? `，其中 ${inferred.length} 个按名称推断类型：${sample}${inferred.length > 8 ? '…' : ''}`
          : ''
      }（no 单位 rows: units taken from the ledger, types inferred from their names）`,
    });
    if (uncounted.length > 0) {
      note({
        code: 'units-headcount-blank',
        tab: ledgerTab,
        message: `${why}：${uncounted
          .slice(0, 8)
          .map((u) => brief(u.name))
          .join(
            '、',
          )}${uncounted.length > 8 ? `等${uncounted.length}个单位` : ''}：台账中作者超过${MAX_HEADCOUNT}人，人数留空（按人数计算的科室整体任务目标按0计），请${listThem}填写实际人数`,
      });
    }
    const pairs = (list: UnitMerge[]) =>
      `${list
        .slice(0, 8)
        .map((m) => `${brief(m.from)}（${m.fromRows} 行）与${brief(m.to)}（${m.toRows} 行）`)
        .join('、')}${list.length > 8 ? '…' : ''}`;
    const bySuffix = merged.filter((m) => !m.prefixed);
    const byPrefix = merged.filter((m) => m.prefixed);
    if (bySuffix.length > 0) {
      note({
        code: 'units-merged',
        tab: ledgerTab,
        message: `${why}：以下单位名称只差“党委/党工委/党组/党总支”，按同一单位统计（用较长的名称）：${pairs(bySuffix)}；如是不同单位，请${listThem}分别列出`,
      });
    }
    if (byPrefix.length > 0) {
      note({
        code: 'units-merged',
        tab: ledgerTab,
        message: `${why}：以下单位名称只差开头的“中共”，按同一单位统计（用不带“中共”的名称）：${pairs(byPrefix)}；如是不同单位，请${listThem}分别列出`,
      });
    }
    if (similar.length > 0) {
      note({
        code: 'units-similar',
        tab: ledgerTab,
        message: `${why}：以下单位名称只差“党委/党工委/党组/党总支”，无法确定是否同一单位，暂分别统计：${similar
          .slice(0, 6)
          .map((group) => group.map((u) => `${brief(u.name)}（${u.rows} 行）`).join('、'))
          .join(
            '；',
          )}${similar.length > 6 ? '…' : ''}；如是同一单位，请在台账中统一名称，或${Array.isArray(givenUnits) ? '在「单位」表中列出' : '建立「单位」表'}`,
      });
    }
  }

  options.onStage?.('assess', 0);
  let assessment = assess(
    {
      ledger,
      tables,
      preset: options.preset,
      presetFilled,
      ledgerOptions: { ...ledgerOptions, ...(unitAliases && unitAliases.size > 0 ? { unitAliases } : {}) },
      ...(fromLedger !== null ? { read: fromLedger.read } : {}),
    },
    period,
  );
  const { parsed } = assessment;
  let ruleErrors = assessment.ruleErrors;
  if (unitsInferred) {
    const split = ledgerUnitTypeNotes(ruleErrors);
    ruleErrors = split.errors;
    pushAll(assessment.ruleNotes, split.notes);
  }
  {
    const split = knownUnitTypeNotes(ruleErrors);
    ruleErrors = split.errors;
    pushAll(assessment.ruleNotes, split.notes);
  }
  if (parsed.columns.标题 === undefined || parsed.columns.单位 === undefined) {
    const missing = (['标题', '单位'] as const).filter((h) => parsed.columns[h] === undefined);
    throw new UserError(
      `「${ledgerTab}」表第1行缺少表头：${missing.map((h) => `「${h}」`).join('、')}（${parsed.headerIssues.join('；')}）`,
      { code: 'ledger', en: `the ledger sheet has no ${missing.join(' / ')} header in row 1` },
    );
  }
  // Where each table was read: the workbook's own tab, or the --rules file's tab (which overrides it).
  const sources: RuleSources = {};
  for (const name of RULE_TABLE_NAMES) {
    if (options.rules?.[name] !== undefined) {
      const from = options.rulesFrom;
      sources[name] = { tab: from?.tabs[name] ?? name, ...(from ? { file: from.file } : {}) };
    } else if (own[name] !== undefined) sources[name] = { tab: rulesFound.tabs[name] ?? name };
  }
  if (ruleErrors.length > 0) {
    throw new UserError(ruleErrorList(ruleErrors.map((e) => onItsTab(e, sources))), {
      code: 'rules',
      en: ruleErrorEnglish(ruleErrors, sources),
    });
  }
  for (const n of assessment.ruleNotes) {
    // The 单位 table made from the ledger is no tab: what its reading notices, the ledger's notices say.
    if (unitsInferred && n.table === '单位') continue;
    const { message } = onItsTab(n, sources);
    const from = sources[n.table as RuleTableName];
    const tab = from?.tab ?? n.table;
    note({
      code: 'rule-column',
      ...(from?.file ? { file: from.file } : {}),
      tab,
      row: n.row,
      column: n.column,
      message,
    });
  }
  for (const issue of parsed.headerIssues)
    note({ code: 'header', tab: ledgerTab, message: `台账表头：${issue}` });
  for (const n of parsed.notices ?? []) {
    const tab = n.tab ?? ledgerTab;
    note({ ...n, tab, message: `「${tab}」表：${n.message}` });
  }
  // A column whose rules are said row by row (「系数」表第3行按版面加倍，但台账没有「版面」列) is not said again.
  const saidByRule = new Set<string>(assessment.ruleColumnNotes.map((n) => n.field));
  for (const n of neededColumnNotices(parsed, assessment.rules))
    if (!saidByRule.has(n.column ?? '')) note({ ...n, tab: ledgerTab });
  for (const n of hiddenRowNotices(port, parsed, ledgerTab)) note(n);
  for (const n of struckRowNotices(port, parsed, ledgerTab, read)) note(n);
  if (ledgerLength(parsed) === 0) {
    note({
      code: 'no-rows',
      tab: ledgerTab,
      message: `「${ledgerTab}」表台账没有数据行：没有单位完成任何任务`,
    });
  }
  const strays = unitsNotInTable(assessment);
  if (strays.length > 0) {
    const rows = strays.reduce((n, s) => n + s.rows, 0);
    const points = roundHalfUp(
      strays.reduce((n, s) => n + s.points, 0),
      4,
    );
    note({
      code: 'units-not-in-table',
      tab: ledgerTab,
      message: unitsInferred
        ? `「${ledgerTab}」表有 ${rows} 行的单位未作为单位统计，这些行的积分（共 ${points} 分）未计入任何单位的排名、任务和合计，其作者也不计入个人：${sample(
            strays,
            8,
            (s) => `${brief(s.unit)}（${s.rows} 行）`,
          )}；请核对这些行的单位名称`
        : `「${ledgerTab}」表有 ${rows} 行的单位不在「单位」表中，这些行的积分（共 ${points} 分）未计入任何单位的排名、任务和合计，其作者也不计入个人：${sample(
            strays,
            8,
            (s) => `${brief(s.unit)}（${s.rows} 行）`,
          )}；请改为「单位」表中的名称，或在「单位」表中补充`,
    });
  }
  const { several: homonyms, coauthors } = namesInSeveralUnits(ledgerSource(parsed), assessment.rules);
  if (coauthors.length > 0) {
    note({
      code: 'name-coauthor-elsewhere',
      tab: ledgerTab,
      message: `${coauthors.length} 个作者姓名既是本单位稿件的作者，又是其他单位稿件的合作者，按同一人统计（个人积分和计任务合在一起）：${sample(
        coauthors,
        8,
        (c) => `${brief(c.name)}（${brief(c.home)}；合作：${sample(c.elsewhere, 3, (u) => brief(u))}）`,
      )}；如是同名的不同人员，请在台账中区分姓名（如 ${brief(coauthors[0].name)}2），或在「人员」表中列出`,
    });
  }
  if (homonyms.length > 0) {
    note({
      code: 'name-in-units',
      tab: ledgerTab,
      message: `${homonyms.length} 个作者姓名出现在不同单位的稿件中，按同一人统计：${sample(
        homonyms,
        8,
        ([name, units]) => `${brief(name)}（${sample(units, 3, (u) => brief(u))}）`,
      )}；如是同名的不同人员，请在台账中区分姓名（如 ${brief(homonyms[0][0])}2）`,
    });
  }
  const untasked = unitsWithoutTasks(assessment.rules);
  if (untasked.length > 0) {
    // 乡镇 or 街道 for 乡镇街道, 科室 for 部机关科室: the type meant, when one a 指标 asks holds it or is held by it
    // (audit s37 K4: the unit was judged on nothing, its 不得评先评优 lifted, and the notice gave no hint).
    const asked = [...(taskedTypes(assessment.rules) ?? [])];
    const meant = (type: string) => asked.find((t) => t !== type && (t.includes(type) || type.includes(t)));
    note({
      code: 'units-without-tasks',
      message: `${untasked.length} 个单位的类型没有对应的指标，不考核任务：${sample(untasked, 8, (u) => {
        const hint = meant(u.type);
        return `${brief(u.name)}（${brief(u.type)}${hint ? `，是否应为“${hint}”？` : ''}）`;
      })}`,
    });
  }

  // No period asked and the rules' year has no rows: report the year the ledger's data is in.
  const years = new Map<number, number>();
  if (assessment.report.totals.rows === 0) {
    const { day, n } = scoredColumns(assessment.scored); // the days, without making every ScoredRow
    for (let i = 0; i < n; i++)
      if (!Number.isNaN(day[i])) years.set(yearOf(day[i]), (years.get(yearOf(day[i])) ?? 0) + 1);
  }
  // A period asked that no row is dated in (--period 2025 on a 2024 ledger): its all-zero 通报 says why.
  if (options.period && years.size > 0) {
    const held = [...years.keys()].sort((a, b) => a - b);
    note({
      code: 'period-empty',
      message: `${assessment.report.period.label}没有台账记录（台账数据在${held.join('、')}年）：请检查统计期间`,
    });
  }
  if (!options.period && defaultYearReport && assessment.report.totals.rows === 0) {
    const dataYear = [...years.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
    if (dataYear !== undefined && dataYear !== assessment.report.year) {
      const period = yearPeriod(dataYear);
      const asOf =
        options.asOf ?? (options.today !== undefined ? clampToPeriod(options.today, period) : period.to);
      const report = buildReport(assessment.scored, assessment.rules, period, asOf);
      note({
        code: 'data-year',
        message: `规则中的年度为 ${assessment.report.year}，台账数据在 ${dataYear} 年：按 ${dataYear} 年统计`,
      });
      assessment = { ...assessment, report };
    }
  }
  // 设置 → 年度 left at last year while rows of the new one come in (audit S24c F5): said once, unless the
  // notices above already speak of the years (no row in the period). None when no row is dated after it.
  // Only a year the 设置 tab gives (a workbook without one reads the built-in default, which it cannot change).
  const settingsYear = assessment.rules.settings.year;
  const yearGiven = (tables.设置 ?? []).some((r) => (r ?? []).some((c) => cellText(c).trim() === '年度'));
  if (
    yearGiven &&
    assessment.report.totals.rows > 0 &&
    typeof settingsYear === 'number' &&
    assessment.report.period.to <= yearPeriod(settingsYear).to
  ) {
    const later = rowsAfterYear(assessment.scored.ledger, yearPeriod(settingsYear).to);
    if (later.size > 0) {
      const held = [...later.keys()].sort((a, b) => a - b);
      const rows = [...later.values()].reduce((a, b) => a + b, 0);
      note({
        code: 'year-behind',
        message: `台账中有${rows}行日期在${held.join('、')}年，不在「设置」年度（${settingsYear}年）内，未计入：如已开始${held[0]}年，请把「设置」表的年度改为${held[0]}`,
      });
    }
  }
  // A period of a later year than 设置's (a 2024 通报 with 年度 still 2023, audit s36 G2): the 通报 counts its
  // period, but 领导看板 and ZG_STATUS keep to 设置's year, so their 达标 may contradict it. Said.
  if (
    yearGiven &&
    typeof settingsYear === 'number' &&
    assessment.report.period.from > yearPeriod(settingsYear).to
  ) {
    const periodYear = yearOf(assessment.report.period.from);
    note({
      code: 'period-after-year',
      message: `本期在${periodYear}年，「设置」表的年度仍为${settingsYear}年：通报按本期统计，但领导看板和 ZG_STATUS 仍按${settingsYear}年；如已开始${periodYear}年，请把「设置」表的年度改为${periodYear}`,
    });
  }
  // A 通报 made before its period ends counts rows up to 截至日期 (report.ts counted): a deliberate snapshot,
  // but rows of the period dated after it (accepted: ledger.ts FUTURE_DAYS) are said, not silently left out
  // (sweep s25c F1). The row's day is the one that places it in a period (scoredColumns' day), as report.ts reads it.
  const cut = afterAsOfNote(assessment, ledgerTab, options.nameLedgerTab === true);
  if (cut) note(cut);
  options.onStage?.('assess', 1);
  // Merges a reader filled itself (an .xlsx title line over the header): the ledger copy lays them out again.
  const headerMerges = port.filledMerges?.(ledgerTab) ?? [];
  return {
    assessment,
    ledger,
    ledgerTab,
    notices,
    noticeDetails: details,
    ledgerTabs: source.tabs,
    names,
    copy: { assessment, ledger, sources: source.sources, headerMerges } satisfies LedgerCopyRun,
  };
}

/**
 * Rule tabs read as the preset's (媒体 / 计分 with only a header), and with --preset, where each table came
 * from: --rules over the workbook's own tabs, both over the preset (`filled`: the scoring tables it filled;
 * 设置 is read key by key). No preset lists 人员, so 人员 is never said to come from one.
 */
/** The preset a 设置 table names in its 预设 row (上街区积分办法 → 上街区); null for none. */
function settingsPreset(grid: Grid | undefined): PresetName | null {
  const found = settingInGrid(grid, '预设');
  return found ? parsePresetName(found.text) : null;
}

/** Two grids holding the same texts, row by row (blank rows and trailing blank cells aside). */
function sameGrid(a: Grid | undefined, b: Grid | undefined): boolean {
  const lines = (g: Grid | undefined) =>
    (g ?? [])
      .map((r) =>
        Array.isArray(r)
          ? r
              .map((c) => cellText(c).trim())
              .join('\t')
              .replace(/\t+$/, '')
          : '',
      )
      .filter((l) => l !== '');
  const x = lines(a);
  const y = lines(b);
  return x.length === y.length && x.every((l, i) => l === y[i]);
}

function ruleSourceNotices(
  own: RuleGrids,
  options: RunOptions,
  filled: readonly RuleTableName[],
  unitsInferred: boolean,
): Notice[] {
  const out: Notice[] = [];
  for (const name of ['媒体', '计分'] as const) {
    if (!options.rules?.[name] && isHeaderOnly(name, own[name])) {
      out.push({
        code: 'rule-table-header-only',
        tab: name,
        message: `「${name}」表只有表头、没有数据行：按预设（${options.preset ?? '上街区或设置中的预设'}）的${name}计算`,
      });
    }
  }
  // An office scoring by its own 计分 or 媒体 table that lacks one of the tables it may drop (加分, 系数, 指标: the
  // tab deleted, or cleared) gets the preset's rows for it, which it may have meant to drop (audit s37 K6): said,
  // with how to drop it. One relying on the preset's scoring (only 单位 and 设置 of its own) is told nothing.
  const keepsOwn = (['计分', '媒体'] as const).some(
    (n) => !filled.includes(n) && (own[n] !== undefined || options.rules?.[n] !== undefined),
  );
  const presetName = options.preset ?? settingsPreset(options.rules?.设置 ?? own.设置) ?? '上街区';
  for (const name of filled) {
    if (name === '单位') continue;
    const given = options.rules?.[name] ?? own[name];
    // A tab of a title or a note and no header (2024年加分规则 alone) is said whatever else the workbook keeps.
    const lines = textOnlyLines(name, given);
    if (lines === null && (!keepsOwn || !DROPPABLE_TABLES.includes(name))) continue;
    const what =
      lines !== null
        ? `「${name}」表只有“${brief(lines[0].text, 30)}”，没有表头行和规则行`
        : given === undefined
          ? `工作簿中没有「${name}」表`
          : `「${name}」表是空的`;
    const drop = DROPPABLE_TABLES.includes(name)
      ? `；如本年度不设${name}，请保留「${name}」表的表头行、删去其余各行（或只写一行“本年度不设${name}”）`
      : `；请在「${name}」表中填写表头行和规则行`;
    out.push({
      code: 'rule-table-from-preset',
      tab: name,
      message: `${what}，按预设「${presetName}」的${name}规则计算${drop}`,
    });
  }
  // The workbook's own table set aside for the --rules file's (README: --rules wins table by table): said, as
  // the office may have edited the one in the workbook (audit s38 R).
  const setAside = RULE_TABLE_NAMES.filter(
    (n) => options.rules?.[n] !== undefined && hasText(own[n]) && !sameGrid(own[n], options.rules?.[n]),
  );
  if (setAside.length > 0)
    out.push({
      code: 'rule-table-set-aside',
      message: `台账工作簿中的${setAside.map((n) => `「${n}」`).join('')}表与 --rules 文件中的不同，按 --rules 文件中的计算（工作簿中的未使用）`,
    });
  const preset = options.preset;
  if (!preset) return out;
  const used = (n: RuleTableName) => !filled.includes(n) && !(unitsInferred && n === '单位');
  const fromRules = RULE_TABLE_NAMES.filter((n) => options.rules?.[n] !== undefined && used(n));
  const fromFile = RULE_TABLE_NAMES.filter(
    (n) => own[n] !== undefined && options.rules?.[n] === undefined && used(n),
  );
  if (fromFile.length === 0 && fromRules.length === 0) return out;
  const fromPreset = [...filled, ...(own.设置 || options.rules?.设置 ? [] : ['设置'])];
  const parts = [
    fromFile.length > 0 ? `${fromFile.join('、')} 取自台账工作簿` : '',
    fromRules.length > 0 ? `${fromRules.join('、')} 取自 --rules 文件` : '',
    unitsInferred ? '单位 取自台账各行（无单位表）' : '',
    fromPreset.length > 0
      ? `${fromPreset.join('、')} 取自预设「${preset}」`
      : `未用预设「${preset}」的规则表（只补「设置」中没有的项目）`,
  ].filter(Boolean);
  const order =
    fromRules.length > 0
      ? '--rules 文件中的规则表优先于台账工作簿中的，二者都优先于 --preset'
      : '工作簿中的规则表优先于 --preset';
  out.push({ code: 'rule-sources', message: `规则来源：${parts.join('；')}（${order}）` });
  return out;
}

/**
 * Columns the rules read that the ledger lacks (core/neededColumns.ts): each costs points or counts, so it is
 * said; one said only when rows show they needed it (媒体: rows with a 录用日期) is said with their count.
 */
function neededColumnNotices(parsed: ParsedLedger, rules: Rules): Notice[] {
  const { columns, passedOver } = parsed;
  const out: Notice[] = [];
  for (const { field: f, what, inReport } of missingColumns(columns, rules)) {
    let said = what;
    if (inReport !== true) {
      const rows = ledgerSource(parsed);
      let n = 0;
      for (let i = 0; i < rows.length; i++) if (inReport.needs(rows.at(i))) n++;
      if (n === 0) continue;
      said = `${n}行${inReport.cells}，${inReport.what}`;
    }
    out.push({
      code: 'column-missing',
      column: f,
      // The column passed over is named: the office sees which of its columns to rename (篇幅统计 → 字数).
      message: `台账没有「${f}」列${passedOver?.[f] ? `（${passedOver[f]}未读作此列，见表头提示）` : ''}：${said}`,
    });
  }
  return out;
}

/**
 * Rows read as pieces whose 标题 is struck through (删除线), one notice per tab (audit s35 D2): offices cross a
 * withdrawn or void piece out, and a font decides nothing here, so the row still counts; the notice says how
 * to void it so that every reader of the ledger agrees (核定 不计分), or to delete it.
 */
function struckRowNotices(
  port: WorkbookPort,
  parsed: ParsedLedger,
  ledgerTab: string,
  read: (tab: string) => Grid,
): Notice[] {
  if (port.struckRows === undefined) return [];
  const out: Notice[] = [];
  const byTab = rowsMarkedPerTab(parsed, ledgerTab, (tab) => {
    // Each tab's own 标题 column (year tabs may lay their columns out otherwise).
    const title = ledgerHeader(read(tab))?.columns.标题;
    return title === undefined ? [] : port.struckRows!(tab, title);
  });
  for (const [tab, rows] of byTab)
    out.push({
      code: 'struck-rows',
      tab,
      row: rows[0],
      message:
        `「${tab}」表第${rows.slice(0, 10).join('、')}行${rows.length > 10 ? `等${rows.length}行` : ''}的标题有删除线，` +
        '仍按有效稿件计分：如已作废，请在「核定」列填“不计分”或删除该行',
    });
  return out;
}

/**
 * Rows read as pieces that the file hides or filters out (a port that knows them: the .xlsx reader), one
 * notice per tab: every row of the ledger is the record and counts, so a total differing from the rows the
 * office sees on screen is explained. Hidden columns: see inputFieldColumns and ParseOptions.hiddenColumns.
 */
function hiddenRowNotices(port: WorkbookPort, parsed: ParsedLedger, ledgerTab: string): Notice[] {
  if (port.hiddenRows === undefined) return [];
  const out: Notice[] = [];
  for (const [tab, rows] of rowsMarkedPerTab(parsed, ledgerTab, (tab) => port.hiddenRows!(tab)))
    out.push({
      code: 'hidden-rows',
      tab,
      row: rows[0],
      message: `「${tab}」表有${rows.length}行被隐藏或筛选（第${rows.slice(0, 10).join('、')}行${rows.length > 10 ? '等' : ''}），已全部计入：合计可能与表格中看到的不同`,
    });
  return out;
}

/** The sheet rows read as pieces that `marked` (asked once per tab) lists, per tab that has any. */
function rowsMarkedPerTab(
  parsed: ParsedLedger,
  ledgerTab: string,
  marked: (tab: string) => readonly number[],
): Map<string, number[]> {
  const table = nativeTable(parsed);
  const byTab = new Map<string, { marked: Set<number>; rows: number[] }>();
  for (let i = 0; i < (table?.n ?? 0); i++) {
    const t = table!;
    const tab = t.tab ? t.texts.values[t.tab[i]] : ledgerTab;
    let seen = byTab.get(tab);
    if (seen === undefined) {
      seen = { marked: new Set(marked(tab)), rows: [] };
      byTab.set(tab, seen);
    }
    if (seen.marked.size > 0 && seen.marked.has(t.row[i])) seen.rows.push(t.row[i]);
  }
  const out = new Map<string, number[]>();
  for (const [tab, { rows }] of byTab) if (rows.length > 0) out.set(tab, rows);
  return out;
}

/** The first `max` items shown, joined with 、, and … when there are more (a notice stays one line). */
function sample<T>(items: readonly T[], max: number, show: (item: T) => string): string {
  return `${items.slice(0, max).map(show).join('、')}${items.length > max ? '…' : ''}`;
}

/** Ledger rows whose 单位 the 单位 table does not list, per unit: their points reach no unit. */
function unitsNotInTable(a: ReturnType<typeof assess>): { unit: string; rows: number; points: number }[] {
  const known = new Set(a.rules.units.map((u) => u.name));
  if (known.size === 0) return [];
  const { unit: unitOf, units, points, n } = scoredColumns(a.scored);
  const out = new Map<string, { unit: string; rows: number; points: number }>();
  for (let i = 0; i < n; i++) {
    const unit = unitOf[i] < 0 ? '' : units[unitOf[i]];
    if (unit === '' || known.has(unit)) continue;
    const s = out.get(unit) ?? { unit, rows: 0, points: 0 };
    s.rows++;
    s.points += points[i];
    out.set(unit, s);
  }
  return [...out.values()];
}

/**
 * Authors named on rows of two (table) units or more: one person, or two people of one name? Not a person
 * the 人员 table lists: it places them (their rows count to their 科室, RULES §10.10), so naming them on
 * rows of other units is expected, and renaming them (王芳2) would part them from their 人员 row.
 */
function namesInSeveralUnits(
  rows: LedgerSource,
  rules: Rules,
): { several: [string, string[]][]; coauthors: CoauthorElsewhere[] } {
  const known = new Set(rules.units.map((u) => u.name));
  const listed = new Set((rules.people ?? []).map((p) => p.name));
  // Per name: the units of the rows written alone or as first author, and of all its rows. A co-author on a
  // row another unit filed is that unit's co-author, no homonym (sweep s25d F6): the units of their own rows
  // are compared, those of all rows only for a name never first.
  const own = new Map<string, string[]>();
  const all = new Map<string, string[]>();
  const put = (map: Map<string, string[]>, name: string, unit: string) => {
    const list = map.get(name);
    if (list === undefined) map.set(name, [unit]);
    else if (!list.includes(unit)) list.push(unit);
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows.at(i);
    if (r.unit === '' || r.authors.length === 0 || !known.has(r.unit)) continue;
    r.authors.forEach((a, k) => {
      if (listed.has(a)) return;
      if (k === 0) put(own, a, r.unit);
      put(all, a, r.unit);
    });
  }
  const several = [...all]
    .map(([name, units]): [string, string[]] => [name, own.get(name) ?? units])
    .filter(([, list]) => list.length > 1);
  // A name of one unit's own rows that is also a co-author on another unit's: one person to the 通报 (her credit
  // and points from both), which two people of one name would not be (audit s37 I5): said apart, not guessed.
  const coauthors: CoauthorElsewhere[] = [];
  for (const [name, units] of all) {
    const home = own.get(name);
    if (home === undefined || home.length > 1) continue;
    const elsewhere = units.filter((u) => !home.includes(u));
    if (elsewhere.length > 0) coauthors.push({ name, home: home[0], elsewhere });
  }
  return { several, coauthors };
}

/** A name first author on one unit's rows and co-author on another unit's. */
interface CoauthorElsewhere {
  name: string;
  home: string;
  elsewhere: string[];
}

/** The unit types the 指标 table asks tasks of; null when a task is asked of every unit (每个单位, a blank type). */
function taskedTypes(rules: Rules): Set<string> | null {
  const types = new Set<string>();
  for (const i of rules.indicators) {
    const s = i.subject;
    if (s.kind === 'everyUnit' || ((s.kind === 'unitType' || s.kind === 'team') && s.unitType === ''))
      return null;
    if (s.kind === 'unitType' || s.kind === 'team') types.add(s.unitType);
  }
  return types;
}

/**
 * Units whose 类型 no unit-type 指标 names (a typo like 街道 for 乡镇街道): judged on nothing, they would
 * read 已达标. Only asked when the 指标 set tasks by unit type at all (部机关 sets them per person).
 */
function unitsWithoutTasks(rules: Rules): { name: string; type: string }[] {
  const types = taskedTypes(rules);
  if (types === null || types.size === 0) return [];
  return rules.units.filter((u) => !types.has(u.type)).map((u) => ({ name: u.name, type: u.type }));
}

/**
 * Generate `通报 <period>` (and `领导看板` unless writeDashboard is false) on the port. Never writes the ledger tab of the port's own
 * workbook: `extraTabs` (the ledger copy) are for a port whose writes go to a new file.
 */
export function runReport(port: WorkbookPort, options: RunOptions = {}): RunResult {
  const { assessment, ledgerTab, notices, noticeDetails, ledgerTabs, names, copy } = assessWorkbook(
    port,
    options,
    true,
  );
  const report = assessment.report;
  if (options.asOf !== undefined && options.asOf < report.period.from) {
    // RULES §9: an explicit as-of date before the period has begun judges nothing of it.
    throw new UserError(
      `截至日期 ${dayToIso(options.asOf)} 早于统计期间的开始（${dayToIso(report.period.from)}），请改用期间内的日期`,
      {
        code: 'usage',
        en: `--as-of ${dayToIso(options.asOf)} is before the period starts (${dayToIso(report.period.from)})`,
      },
    );
  }
  if (options.asOf !== undefined && options.asOf > report.period.to) {
    // An as-of date after the period: the 通报 judges pace at the period's end, the 领导看板 the year to that
    // date (audit s38 L4: three dates in one run, meta.asOf, the 通报's and the board's, nothing said).
    const yearEnd = yearPeriod(report.year).to;
    const board = report.period.kind !== 'year' && options.writeDashboard !== false;
    const message = `截至日期 ${dayToIso(options.asOf)} 在通报期间（${report.period.label}）之后：通报按期末 ${dayToIso(report.period.to)} 判断各单位的进度${board ? `，领导看板按全年截至 ${dayToIso(Math.min(options.asOf, yearEnd))} 统计` : ''}`;
    notices.push(message);
    noticeDetails.push({ code: 'as-of-after-period', message });
  }
  const now = options.now ?? new Date();
  const generatedAt = formatGeneratedAt(now);
  const notice = buildNotice(report, assessment.rules.settings, { issuedOn: dayOfDate(now) });
  const tabs = noticeSheets(report, notice, generatedAt);
  const sheetNames: string[] = [];
  const write = (model: SheetModel, k: number, n: number) => {
    options.onStage?.('write', k / n);
    port.writeSheet(model);
    sheetNames.push(model.name);
  };
  const dashboard = options.writeDashboard !== false;
  const extra = options.extraTabs?.(copy) ?? [];
  const steps = 1 + (dashboard ? 1 : 0) + (extra.length > 0 ? 1 : 0);
  for (const tab of tabs) write(tab, 0, steps);
  removeStaleAttachments(port, names, report, tabs, ledgerTabs, notices);
  if (dashboard) write(dashboardSheet(yearReport(assessment, report), generatedAt), 1, steps);
  for (const tab of extra) write(tab, steps - 1, steps);
  options.onStage?.('write', 1);
  return { report, notice, assessment, sheetNames, notices, noticeDetails, ledgerTab, ledgerTabs };
}

/**
 * 附件 tabs of this 通报 that this run did not write (个人表 turned to 不显示 since the last run): left in
 * place they would read as part of this 通报, so they go. Only `通报 <period> 附件N` tabs the tool wrote (the
 * port tells by its mark, never by the name: an office's own 附件3 is kept and said), never a tab the ledger
 * was read from; a tab that cannot be deleted (protected) is said, not fatal.
 */
function removeStaleAttachments(
  port: WorkbookPort,
  names: string[], // the tabs as they were before this run (read once, at its start)
  report: ReportModel,
  written: SheetModel[],
  ledgerTabs: string[],
  notices: string[],
): void {
  if (!port.deleteSheet) return;
  const prefix = `${reportSheetName(report)} 附件`;
  const keep = new Set(written.map((m) => m.name));
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length))) continue;
    if (keep.has(name) || ledgerTabs.includes(name)) continue;
    try {
      if (!port.deleteSheet(name))
        notices.push(`「${name}」不是本工具生成的，已保留、未删除；它不属于本次通报，如不需要请自行删除`);
    } catch (error) {
      // The port says what Sheets refused in Chinese (a UserError); anything else is not shown raw.
      const said = error instanceof UserError ? error.zh.replace(/。$/, '') : `旧的「${name}」未能删除`;
      notices.push(`${said}；该表不属于本次通报`);
    }
  }
}

/** The year-to-date model the dashboard shows: the report itself when it is the year, else rebuilt. */
function yearReport(assessment: Assessment, report: ReportModel): ReportModel {
  if (report.period.kind === 'year') return report;
  const period = yearPeriod(report.year);
  return buildReport(assessment.scored, assessment.rules, period, Math.min(report.asOf, period.to));
}

/** Row numbers as a notice lists them: at most ten, then 等N行. */
function rowList(rows: readonly number[]): string {
  return `第${rows.slice(0, 10).join('、')}行${rows.length > 10 ? `等${rows.length}行` : ''}`;
}

/**
 * The notice for rows of the period dated after 截至日期 when the report stops there (asOf inside the period),
 * by tab when the rows come from several (or when `nameTab`: the add-on names the tab); null when none.
 */
function afterAsOfNote(assessment: Assessment, ledgerTab: string, nameTab: boolean): Notice | null {
  const { report, scored } = assessment;
  const { asOf, period } = report;
  if (!(asOf >= period.from && asOf < period.to)) return null;
  const { day, row, n } = scoredColumns(scored);
  const source = ledgerSource(scored.ledger);
  const byTab = new Map<string, number[]>();
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = day[i];
    if (!(d > asOf && d <= period.to)) continue;
    const tab = source.at(i).tab ?? ledgerTab;
    const list = byTab.get(tab) ?? [];
    list.push(row[i]);
    byTab.set(tab, list);
    total++;
  }
  if (total === 0) return null;
  const { y, m, d } = ymdOfDay(asOf);
  const named = nameTab || byTab.size > 1 || !byTab.has(ledgerTab);
  const where = [...byTab].map(([tab, rows]) => `${named ? `「${tab}」` : ''}${rowList(rows)}`).join('、');
  return {
    code: 'rows-after-as-of',
    tab: byTab.size === 1 ? [...byTab.keys()][0] : undefined,
    message: `${where}${total > 10 ? '' : `（共${total}行）`}的日期晚于截至日期${y}年${m}月${d}日，未计入本期通报；期间结束后再生成即可计入`,
  };
}

/** Refresh only 领导看板: the assessment year to date (asOf defaults to today, within the year). */
export function refreshDashboard(port: WorkbookPort, options: RunOptions = {}): RunResult {
  const now = options.now ?? new Date();
  const today = dayOfDate(now);
  const first = assessWorkbook(port, { ...options, asOf: options.asOf ?? today }, true);
  let report = first.assessment.report;
  if (report.period.kind !== 'year') report = yearReport(first.assessment, report);
  const model = dashboardSheet(report, formatGeneratedAt(now));
  port.writeSheet(model);
  return {
    report,
    notice: buildNotice(report, first.assessment.rules.settings, { issuedOn: today }),
    assessment: first.assessment,
    sheetNames: [model.name],
    notices: first.notices,
    noticeDetails: first.noticeDetails,
    ledgerTab: first.ledgerTab,
    ledgerTabs: first.ledgerTabs,
  };
}

export { reportSheetName };
