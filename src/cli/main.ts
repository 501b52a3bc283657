// `zugong report …`: the whole assessment on a workbook file, no Google account needed.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import pkg from '../../package.json';
import { dayFromYmd, dayToIso, withSerials1904 } from '../core/dates';
import { UserError, userError } from '../core/errors';
import { rowTaskCredits } from '../core/index';
import { columnLetter } from '../core/ledger';
import { ledgerSource } from '../core/ledgerTable';
import { chiefNote, namedFirst, personBarred, standingText } from '../core/notice';
import { remarksReader } from '../core/remarks';
import { bonusProvisional } from '../core/teamBonus';
import { roundHalfUp } from '../core/text';
import type { Day, Grid, IndicatorResult, Notice, ReportModel, Status, SubjectResult } from '../core/types';
import type { Block, SheetModel } from '../sheets/model';
import { outputTabs } from '../sheets/outputTabs';
import type { WorkbookPort } from '../sheets/port';
import { type RunResult, runReport } from '../sheets/run';
import { ISSUES_TAB } from '../sheets/tabs';
import { parseArgs, type ReportArgs, USAGE } from './args';
import { noticeDocx } from './docx';
import { englishOf, osReason } from './errors';
import { fileSize, GridPort, openInput, readRulesWorkbook, ruleDatesInOwnSystem } from './inputs';
import { type GuardedInput, guardOutput, REPORT_MARKER } from './outputs';
import { formatTable, Progress, terminalSafe, truncate } from './table';
import { XlsxReader } from './xlsxReader';
import { XlsxWorkbook } from './xlsxWorkbook';
import { EXCEL_MAX_TEXT } from './xlsxWriter';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** The clock (tests fix it); the machine's otherwise. */
  now?: () => Date;
}

const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day it is in Asia/Shanghai, whatever the machine's zone (RULES §9 "Today"). */
export function shanghaiToday(now: Date): Day {
  const [y, m, d] = SHANGHAI_DAY.format(now).split('-').map(Number);
  return dayFromYmd(y, m, d);
}

/** Reads from the input workbook (or CSV), writes to the output workbook: the input is never written. */
class SplitPort implements WorkbookPort {
  constructor(
    private readonly source: WorkbookPort,
    private readonly target: WorkbookPort,
  ) {}
  sheetNames(): string[] {
    return this.source.sheetNames();
  }
  readValues(name: string): Grid {
    return this.source.readValues(name);
  }
  filledMerges(name: string): Block[] {
    return this.source.filledMerges?.(name) ?? [];
  }
  headerFormulas(name: string): string[] {
    return this.source.headerFormulas?.(name) ?? [];
  }
  hiddenRows(name: string): number[] {
    return this.source.hiddenRows?.(name) ?? [];
  }
  struckRows(name: string, column: number): number[] {
    return this.source.struckRows?.(name, column) ?? [];
  }
  hiddenColumns(name: string, among: readonly number[]): number[] {
    return this.source.hiddenColumns?.(name, among) ?? [];
  }
  isSheetHidden(name: string): boolean {
    return this.source.isSheetHidden?.(name) === true;
  }
  writeSheet(model: SheetModel): void {
    this.target.writeSheet(model);
  }
}

/** Accepts writes and keeps nothing (no --out: the models are built, nothing is saved). */
const NULL_PORT: WorkbookPort = { sheetNames: () => [], readValues: () => [], writeSheet: () => {} };

/**
 * The outputs of a run, written to temporary files beside their targets and renamed into place only when
 * every one is written (s24b F9): a run that fails leaves no new file, and an existing target unchanged.
 */
class StagedOutputs {
  private readonly staged: { temp: string; path: string; what: string; shown: string }[] = [];
  /** Folders made for the outputs (the first one each mkdir made): removed again when left empty. */
  private readonly made: { first: string; deepest: string }[] = [];

  /**
   * A temporary name beside `path`, its folder made; `write` fills it. `what` (输出文件, 通报文档) and `shown`
   * (the name as typed) are what a failed write or rename says.
   */
  async stage(
    path: string,
    what: string,
    shown: string,
    write: (path: string) => Promise<string>,
  ): Promise<void> {
    const folder = dirname(path);
    try {
      const first = await mkdir(folder, { recursive: true });
      if (first !== undefined) this.made.push({ first, deepest: folder });
      this.staged.push({ temp: await write(path), path, what, shown });
    } catch (error) {
      throw cannotWrite(what, shown, error);
    }
  }

  /**
   * Every staged file renamed onto its target. A rename that fails names its own file, and the files
   * already put in place (a rename cannot be undone once the old target is gone).
   */
  async commit(): Promise<void> {
    const done: string[] = [];
    for (const s of this.staged) {
      try {
        await rename(s.temp, s.path);
      } catch (error) {
        const written = done.length > 0 ? `（${done.join('、')} 已写入）` : '';
        throw cannotWrite(s.what, s.shown, error, written);
      }
      done.push(s.shown);
    }
    this.staged.length = 0;
  }

  /** The staged files removed, and the folders made for them when nothing else is in them. */
  async discard(): Promise<void> {
    for (const s of this.staged) await rm(s.temp, { force: true });
    this.staged.length = 0;
    for (const { first, deepest } of this.made.reverse()) {
      for (let d = deepest; d.length >= first.length; d = dirname(d)) {
        try {
          await rmdir(d);
        } catch {
          break;
        }
      }
    }
  }
}

/** The refusal of an output that could not be written: 无法写入输出文件：没有权限（…）：report.xlsx. */
function cannotWrite(what: string, shown: string, error: unknown, after = '') {
  const reason = osReason(error);
  return userError(
    'output',
    `无法写入${what}${reason ? `：${reason}` : ''}：${shown}${after}`,
    `cannot write ${shown}: ${englishOf(error)}`,
  );
}

/** Write `bytes` to a temporary file beside `path` (its folder exists); returns the temporary name. */
async function writeBeside(path: string, bytes: Buffer): Promise<string> {
  const temp = `${path}.${process.pid}.${randomBytes(3).toString('hex')}.tmp`;
  try {
    await writeFile(temp, bytes);
    return temp;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** An indicator as --json shows it (units, people, teams and the department alike). */
function indicatorJson(i: IndicatorResult) {
  return {
    name: i.name,
    // 度量, and so what value and target count: 积分 in 分, the rest in 篇 (the 名称 is the office's own word).
    metric: i.metric,
    unfiltered: i.unfiltered,
    value: i.value,
    target: i.target,
    met: i.met,
    status: i.status,
    window: i.window,
    // 每月/每季: closed months (quarters) met out of those closed, and each bucket's value.
    ...(i.buckets
      ? {
          bucketsMet: i.buckets.filter((b) => b.met === true).length,
          bucketsClosed: i.buckets.filter((b) => b.met !== null).length,
          buckets: i.buckets,
        }
      : {}),
  };
}

/**
 * A team as --json shows it: `target`/`value` are its (first) team task's; every one is in indicators.
 * `bonusProvisional`: the year not closed, the bonus an estimate (sweep s25d F8).
 */
function teamJson(t: SubjectResult, bonusProvisional: boolean) {
  const first = t.indicators[0];
  return {
    unit: t.subject,
    members: t.members ?? 0,
    memberNames: t.memberNames ?? [],
    target: first?.target ?? 0,
    value: first?.value ?? 0,
    met: t.compliant,
    bonusPerMember: t.bonusPerMember ?? 0,
    vetoed: t.vetoed ?? false,
    bonusProvisional,
    status: t.status,
    indicators: t.indicators.map(indicatorJson),
  };
}

function remarksField(remarks: readonly string[]): { remarks?: string[] } {
  return remarks.length === 0 ? {} : { remarks: [...remarks] };
}

/** The --json object: the contract of DESIGN.md plus extra fields (only ever added). */
export function jsonOutput(result: RunResult, args: ReportArgs): unknown {
  const { assessment, report } = result;
  const { scored } = assessment;
  const tasks = rowTaskCredits(scored);
  const provisional = bonusProvisional(report);
  const ledgerRows = ledgerSource(scored.ledger);
  const remarksAt = remarksReader(scored, ledgerRows.table.remarks);
  return {
    rows: scored.rows.map((r, i) => ({
      row: r.row,
      points: r.points,
      // Per author; all 0 on a row that does not count toward tasks (a repeat, a 报送 row of an adopted piece).
      credit: tasks[i].credit,
      taskCredit: tasks[i].taskCredit,
      authors: ledgerRows.at(i).authors,
      tab: ledgerRows.at(i).tab ?? result.ledgerTab,
      unit: r.unit,
      issues: r.issues,
      // What 校验 says that is no issue (core/remarks.ts): present only on a row that has some.
      ...remarksField(remarksAt(i)),
      countable: r.countable,
      why: r.why,
    })),
    units: report.units.map((u) => ({
      unit: u.unit,
      points: u.points,
      // 封顶分值 cut the unit's points in the period: its points before the cap (附件1 备注 封顶（原积分X）).
      capped: u.uncappedPoints !== undefined,
      uncappedPoints: u.uncappedPoints ?? u.points,
      compliant: u.compliant,
      indicators: u.indicators.map(indicatorJson),
      status: u.status,
      rank: u.rank,
      // The rank among units of its type (the 通报 ranks each type on its own under 排名方式 分类).
      rankInType: u.rankInType,
      ytdPoints: u.ytdPoints,
      unitType: u.unitType,
      relayPoints: u.relayPoints,
      adoptions: u.adoptions,
      adoptionsByLevel: u.adoptionsByLevel,
      submissions: u.submissions,
      previousPoints: u.previousPoints,
      change: u.change,
      first: u.first,
      // 首 as the 通报, 附件1 and the console name it: first of its group with points above 0 (audit S25b F1).
      namedFirst: namedFirst(u),
      last: u.last,
      zeroSubmissions: u.zeroSubmissions,
      barred: u.barred,
    })),
    people: report.people.map((p) => ({
      person: p.person,
      credit: p.credit,
      points: p.points,
      unit: p.unit,
      creditRounded: p.creditRounded,
      status: p.status,
      indicators: p.indicators.map(indicatorJson),
      bonus: p.bonus,
      bonusProvisional: provisional,
      // A 科室负责人: `status` stays their own; the reward follows the team named here (000 §三(四)4).
      chief: p.leads ? { unit: p.leads.unit, teamStatus: p.leads.status, note: chiefNote(p) } : null,
      // The person's unit is barred from 评先评优 (001 §六.5 以及相关工作人员), as 附件2's 说明 says.
      barred: personBarred(report, p),
    })),
    teams: report.teams.map((t) => teamJson(t, provisional)),
    department: report.department
      ? {
          status: report.department.status,
          compliant: report.department.compliant,
          met: report.department.compliant,
          indicators: report.department.indicators.map(indicatorJson),
        }
      : null,
    meta: {
      rows: scored.rows.length,
      preset: assessment.rules.settings.preset || args.preset || '',
      period: report.period.code,
      periodLabel: report.period.label,
      from: dayToIso(report.period.from),
      to: dayToIso(report.period.to),
      asOf: dayToIso(report.asOf),
      year: report.year,
      issues: report.issues.length,
      zeroUnits: report.zeroUnits,
      ledgerTab: result.ledgerTab,
      notices: result.notices,
      noticeDetails: result.noticeDetails.map((n) => ({
        code: n.code,
        file: n.file ?? args.input,
        tab: n.tab ?? null,
        row: n.row ?? null,
        column: n.column ?? null,
        message: n.message,
      })),
      ledgerTabs: result.ledgerTabs,
      totals: report.totals,
      sheets: args.out ? result.sheetNames : [],
    },
  };
}

const STATUS_COLOR: Record<Status, string> = {
  已达标: '\x1b[32m',
  进度正常: '\x1b[34m',
  进度滞后: '\x1b[33m',
  未达标: '\x1b[31m',
};

/** A figure of the model to the cent, or to 设置 小数位 when that is finer (300.625 under 小数位 3). */
function num(n: number | null, decimals = 2): string {
  return n === null ? '—' : String(roundHalfUp(n, Math.max(2, decimals)));
}

/** The ranking as an aligned table for the terminal. */
export function rankingText(report: ReportModel, color: boolean): string {
  const p = report.period;
  const title = `${p.label}组工信息宣传工作通报（规则：${report.preset || '—'}，达标进度截至 ${dayToIso(Math.min(report.asOf, p.to))}）`;
  const paint = (s: Status) => (color ? `${STATUS_COLOR[s]}${s}\x1b[0m` : s);
  const rows = report.units.map((u) => [
    String(u.rank),
    terminalSafe(u.unit),
    terminalSafe(u.unitType),
    num(u.points, report.decimals),
    num(u.adoptions),
    num(u.submissions),
    num(u.previousPoints, report.decimals),
    u.change === null ? '—' : `${u.change > 0 ? '+' : ''}${num(u.change, report.decimals)}`,
    // The 达标状态 the 通报 shows: the unit's tasks, else its 科室整体 task, else 无单位任务.
    standingText(report, u),
    [
      namedFirst(u) ? '首' : '',
      u.last ? '末' : '',
      u.zeroSubmissions ? '零报送' : '',
      u.uncappedPoints !== undefined ? `封顶（原积分${num(u.uncappedPoints, report.decimals)}）` : '',
    ]
      .filter(Boolean)
      .join(' '),
  ]);
  let table = formatTable(
    [
      { header: '名次', align: 'right' },
      { header: '单位', maxWidth: 24 },
      { header: '类型' },
      { header: '积分', align: 'right' },
      { header: '录用', align: 'right' },
      { header: '报送', align: 'right' },
      { header: '上期', align: 'right' },
      { header: '环比', align: 'right' },
      { header: '状态' },
      { header: '备注' },
    ],
    rows,
  );
  if (color) {
    // Colour the status words after alignment, so escape codes do not disturb the widths.
    table = table
      .split('\n')
      .map((line, i) =>
        i < 2 ? line : line.replace(/(已达标|进度正常|进度滞后|未达标)/, (s) => paint(s as Status)),
      )
      .join('\n');
  }
  const t = report.totals;
  const lines = [
    title,
    '',
    table,
    '',
    `合计：${report.units.length} 个单位，积分 ${num(t.points, report.decimals)}${
      t.relayPoints
        ? `（稿件 ${num(t.manuscriptPoints, report.decimals)}，转报分成 ${num(t.relayPoints, report.decimals)}）`
        : ''
    }，录用 ${t.adoptions} 篇，报送 ${t.submissions} 篇`,
  ];
  if (report.zeroUnits.length)
    lines.push(`零报送：${report.zeroUnits.map((u) => truncate(terminalSafe(u), 24)).join('、')}`);
  if (report.issues.length) {
    // A ledger read from several tabs: the rows by tab, as a row number alone does not say which.
    const byTab = new Map<string, number[]>();
    for (const i of report.issues.slice(0, 12)) {
      const rows = byTab.get(i.tab ?? '') ?? [];
      rows.push(i.row);
      byTab.set(i.tab ?? '', rows);
    }
    const where = [...byTab]
      .map(([tab, rows]) => `${tab === '' ? '' : `「${terminalSafe(tab)}」`}第 ${rows.join('、')} 行`)
      .join('；');
    lines.push(`待核实：${report.issues.length} 行（${where}${report.issues.length > 12 ? ' …' : ''}）`);
  }
  return lines.join('\n');
}

async function runCommand(args: ReportArgs, io: Io): Promise<number> {
  const inputPath = resolve(args.input);
  const size = await fileSize(inputPath, '台账文件');
  const outPath = args.out ? resolve(args.out) : null;
  if (outPath && extname(outPath).toLowerCase() !== '.xlsx') {
    throw userError('output', `输出文件应为 .xlsx：${args.out}`, `--out must end in .xlsx: ${args.out}`);
  }
  // Every output is checked against every input before anything is read or written.
  const inputs: GuardedInput[] = [{ path: inputPath, what: '台账文件' }];
  if (args.rules) inputs.push({ path: resolve(args.rules), what: '规则文件' });
  if (outPath) await guardOutput(outPath, '--out', inputs, args.force);
  // The 通报 as Word: --docx, else beside --out with the same name; guarded like --out.
  const docxPath = args.docx ? resolve(args.docx) : outPath ? outPath.replace(/\.xlsx$/i, '.docx') : null;
  if (docxPath && extname(docxPath).toLowerCase() !== '.docx') {
    throw userError('output', `通报文档应为 .docx：${args.docx}`, `--docx must end in .docx: ${args.docx}`);
  }
  if (docxPath) await guardOutput(docxPath, args.docx ? '--docx' : '--out', inputs, args.force);
  const force = io.env.ZUGONG_PROGRESS;
  const showProgress =
    force === '1' || (force !== '0' && (io.stderr.isTTY ? size > 256 * 1024 : size > 5 * 1024 * 1024));
  const progress = new Progress(io.stderr, showProgress);
  progress.step('读取台账…', 0);
  // ZUGONG_TIMING=1: the split between opening the file, reading its tabs, the engine and writing, on
  // stderr (benchmarks).
  const t0 = performance.now();
  const marks: [string, number][] = [];

  const rules = args.rules ? await readRulesWorkbook(resolve(args.rules)) : undefined;
  // What reading the files noticed: the ledger's reader adds to it as runReport reads the tabs, which it
  // does before it says these.
  const readNotices: Notice[] = [...(rules?.notices ?? [])];
  const input = await openInput(inputPath, '台账文件', readNotices);
  marks.push(['read_file', performance.now()]);
  const output = outPath ? new XlsxWorkbook() : null;
  if (output) output.workbook.keywords = REPORT_MARKER;
  const port = new SplitPort(input, output ?? NULL_PORT);
  const stageBase = { read: 0.3, assess: 0.4, write: 0.7 } as const;
  const stageSpan = { read: 0.1, assess: 0.3, write: 0.15 } as const;
  const stageLabel = { read: '读取台账…', assess: '计算积分与指标…', write: '生成通报…' } as const;

  let result: RunResult;
  try {
    // A workbook saved with Excel's 1904 date system: a plain number read as a day counts from 1904-01-01.
    const serials1904 = input instanceof XlsxReader && input.date1904;
    // A --rules workbook of the other date system: its plain-number dates are made days in its own.
    const ruleTables =
      rules && rules.date1904 !== serials1904
        ? ruleDatesInOwnSystem(rules.tables, rules.date1904)
        : rules?.tables;
    result = withSerials1904(serials1904, () =>
      runReport(port, {
        period: args.period ?? undefined,
        asOf: args.asOf ?? undefined,
        today: shanghaiToday((io.now ?? (() => new Date()))()),
        preset: args.preset ?? undefined,
        rules: ruleTables,
        ruleNotices: readNotices,
        ...(rules ? { rulesFrom: { file: rules.file, tabs: rules.tabs } } : {}),
        extraTabs: output ? outputTabs : undefined,
        onStage: (stage, f) => {
          // The tabs are read from the file when the run asks for them (xlsxReader.ts): timed here.
          if (stage === 'read' && f === 1) marks.push(['read_tabs', performance.now()]);
          progress.step(stageLabel[stage], stageBase[stage] + stageSpan[stage] * f);
        },
      }),
    );
  } catch (error) {
    progress.done();
    throw error;
  }
  if (output) copyAsHeld(input, output, args.out ?? '', result);
  for (const notice of result.notices) io.stderr.write(`${terminalSafe(notice)}\n`);

  const staged = new StagedOutputs();
  try {
    if (output && outPath) {
      progress.step('写入工作簿…', 0.85);
      marks.push(['engine_and_layout', performance.now()]);
      await staged.stage(outPath, '输出文件', args.out ?? outPath, (path) => output.saveBeside(path));
      marks.push(['write_file', performance.now()]);
    }
    if (docxPath) {
      progress.step('写入通报文档…', 0.95);
      // Marked as ours in its core properties (outputs.ts), so the next run may replace it.
      await staged.stage(docxPath, '通报文档', docxPath, async (path) =>
        writeBeside(path, await noticeDocx(result.notice, { keywords: REPORT_MARKER })),
      );
      marks.push(['write_docx', performance.now()]);
    }
    await staged.commit();
  } catch (error) {
    progress.done();
    await staged.discard();
    throw error;
  }
  progress.step('完成', 1);
  if (io.env.ZUGONG_TIMING === '1') {
    let last = t0;
    const parts = marks.map(([name, t]) => {
      const s = `${name}=${((t - last) / 1000).toFixed(2)}s`;
      last = t;
      return s;
    });
    io.stderr.write(`timing: ${parts.join(' ')}\n`);
  }
  progress.done();

  if (args.json) {
    io.stdout.write(`${JSON.stringify(jsonOutput(result, args))}\n`);
  } else {
    const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
    io.stdout.write(`${rankingText(result.report, color)}\n`);
    io.stdout.write(
      output
        ? `\n已写入 ${isAbsolute(args.out ?? '') ? shownPath(outPath ?? '') : args.out}（${result.sheetNames.slice(0, 3).join('、')} 等 ${result.sheetNames.length} 个工作表）\n`
        : '\n（加 --out report.xlsx 可写出通报、领导看板和带计算列的台账）\n',
    );
    if (docxPath) io.stdout.write(`已写入通报文档 ${shownPath(docxPath)}\n`);
  }
  return 0;
}

/**
 * The written workbook shows what the ledger held, or says what it could not keep: a CSV's formula text is
 * written as that text (a string cell; the engine read it as a formula without its result, and the row's
 * 校验 says why it is held), and a text longer than an Excel cell holds is cut with a notice naming the
 * file, tab, row and column (a Sheets export may carry 50,000 characters in a cell).
 */
function copyAsHeld(input: WorkbookPort, output: XlsxWorkbook, file: string, result: RunResult): void {
  if (input instanceof GridPort) {
    for (const [tab, texts] of input.heldTexts) {
      output.showTexts(tab, texts);
      // 待核实 lists the held row by its 标题: the formula text, not the placeholder it was read as.
      const header = input.readValues(tab)[0] ?? [];
      const titleAt = header.findIndex((h) => typeof h === 'string' && h.trim() === '标题');
      const titles = new Map(texts.filter((t) => t.col === titleAt).map((t) => [t.row + 1, t.text]));
      output.showIssueTitles(ISSUES_TAB, titles);
    }
  }
  for (const { tab, row, col, cut } of output.cutTexts()) {
    const column = columnLetter(col);
    const notice: Notice = {
      code: 'text-cut',
      file,
      tab,
      row,
      column,
      message: `${file} 的「${tab}」第${row}行 ${column} 列文字超过 Excel 单元格的上限 ${EXCEL_MAX_TEXT} 字，写入时截去了末尾 ${cut} 字（台账原文未改）`,
    };
    result.notices.push(notice.message);
    result.noticeDetails.push(notice);
  }
}

/** A path as the user reads it: relative below the current folder, else absolute (never ../../tmp/…). */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/**
 * A reader that stops early (`zugong … | head`) closes the pipe: what is left to print has nowhere to go,
 * and the run ends as it would have (exit 0 when the work succeeded, files written kept), with no stack
 * trace (s24b F4). Node reports the closed pipe as an 'error' event on the stream, thrown when unheard.
 */
function quietWhenPipeCloses(stream: NodeJS.WriteStream): void {
  if (stream.listeners('error').includes(ignorePipeClosed)) return;
  stream.on('error', ignorePipeClosed);
}

function ignorePipeClosed(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
  throw error;
}

/** Run the command; returns the exit code. Never throws. */
export async function main(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  if (io.stdout === process.stdout) quietWhenPipeCloses(process.stdout);
  if (io.stderr === process.stderr) quietWhenPipeCloses(process.stderr);
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout.write(`zugong ${pkg.version}\n`);
      return 0;
    }
    return await runCommand(args, io);
  } catch (error) {
    if (error instanceof UserError) {
      // A refusal listing several things (every bad rule cell): its first line with the English, then one a line.
      const [head, ...lines] = error.zh.split('\n');
      io.stderr.write(`${terminalSafe(`错误：${head}｜Error: ${error.en || head}`)}\n`);
      for (const line of lines) io.stderr.write(`  ${terminalSafe(line)}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(
        `${terminalSafe(`内部错误，未写出任何文件：${message}｜Internal error, nothing written: ${message}`)}\n`,
      );
    }
    return 1;
  }
}

// Run directly (`npx tsx src/cli/main.ts …`, or `node dist/cli.cjs …`, which once exited 0 having written nothing);
// bin/zugong.cjs requires the bundle and calls main itself.
if (/[\\/](src[\\/]cli[\\/]main\.ts|dist[\\/]cli\.cjs)$/.test(process.argv[1] ?? '')) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
