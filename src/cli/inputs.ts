// Opening the input files (the ledger, --rules): what kind of file it really is, said in Chinese when it
// cannot be read (an encrypted workbook, an .ods, an .xlsx under another extension, a zip bomb, an OS
// error), then the grids through the one .xlsx reader (xlsxReader.ts) or the CSV reader (csv.ts).
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError, userError } from '../core/errors';
import { columnLetter } from '../core/ledger';
import { RULE_TABLE_NAMES, type RuleGrids, type RuleTableName } from '../core/rules';
import { brief } from '../core/text';
import type { Grid, Notice } from '../core/types';
import { readEachOnce, type WorkbookPort } from '../sheets/port';
import { ruleTabNotices } from '../sheets/run';
import {
  isGeneratedOrRuleTab,
  LEDGER_TAB,
  ruleTabs,
  ruleTabsByHeader,
  TOP_ROWS,
  tabWord,
} from '../sheets/tabs';
import { decodeCsv, formulaCells, parseCsv } from './csv';
import { englishOf, errnoCode, osReason } from './errors';
import { dateFromSerial, XlsxReader } from './xlsxReader';
import { inflationProblem, looksLikeOle, looksLikeZip, readZipEntry, zipEntries } from './zip';

/** A read-only port over grids (a CSV ledger). */
export class GridPort implements WorkbookPort {
  /**
   * Cells read as something else than their text, by tab (a CSV's formula text, read as a formula without
   * its result): the ledger copy shows what the file held (0-based grid places).
   */
  readonly heldTexts = new Map<string, { row: number; col: number; text: string }[]>();
  constructor(private readonly tabs: Map<string, Grid>) {}
  sheetNames(): string[] {
    return [...this.tabs.keys()];
  }
  readValues(name: string): Grid {
    return this.tabs.get(name) ?? [];
  }
  writeSheet(): void {
    throw new Error('read-only');
  }
}

export async function fileSize(path: string, what: string): Promise<number> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw userError('input', `${what}不是文件：${path}`, `not a file: ${path}`);
    return s.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (errnoCode(error) === 'ENOENT')
      throw userError('input', `找不到${what}：${path}`, `file not found: ${path}`);
    throw cannotRead(path, what, error);
  }
}

function cannotRead(path: string, what: string, error: unknown): UserError {
  const reason = osReason(error);
  return userError(
    'input',
    `无法读取${what}${reason ? `：${reason}` : ''}：${path}`,
    `cannot read ${path}: ${englishOf(error)}`,
  );
}

async function bytesOf(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw cannotRead(path, what, error);
  }
}

/** UTF-16LE "EncryptionInfo": the stream an Office file protected by an opening password carries. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

type Kind = 'empty' | 'truncated' | 'xlsx' | 'ods' | 'docx' | 'encrypted' | 'ole' | 'zip' | 'text';

/** What the bytes are, whatever the file's name says. */
function kindOf(bytes: Buffer): Kind {
  if (looksLikeOle(bytes)) return bytes.includes(ENCRYPTION_INFO) ? 'encrypted' : 'ole';
  if (bytes.length === 0) return 'empty';
  if (!looksLikeZip(bytes)) return 'text';
  // A zip's directory is at its end: without it the copy or download stopped before the file did.
  const entries = zipEntries(bytes);
  if (entries === null) return 'truncated';
  // Part names in any case (OPC part names are case-insensitive).
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype && /opendocument/.test(readZipEntry(bytes, mimetype, 200)?.toString('latin1') ?? ''))
    return 'ods';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('word/document.xml')) return 'docx';
  return 'zip';
}

/** The message for a file that is not what it needs to be; null when it can be read as `want`. */
function kindProblem(
  kind: Kind,
  want: 'xlsx' | 'csv',
  ext: string,
  path: string,
  what: string,
): UserError | null {
  const extText = ext || '（无扩展名）';
  switch (kind) {
    case 'empty':
      return userError('input', `${what}是空文件（0 字节）：${path}`, `the file is empty (0 bytes): ${path}`);
    case 'truncated':
      return userError(
        'input',
        `${what}不完整（可能复制或下载中断），请重新复制或另存后再试：${path}`,
        `the file is incomplete (its zip directory is missing: an interrupted copy or download): ${path}`,
      );
    case 'encrypted':
      return userError(
        'input',
        `${what}设有打开密码（已加密），无法读取：请在 Excel/WPS 中打开，取消“用密码进行加密”后另存，再试：${path}`,
        `the workbook is password-protected (encrypted): ${path}`,
      );
    case 'ole':
      return userError(
        'input',
        `${what}是旧版 .xls/.et 格式${ext === '.xls' || ext === '.et' ? '' : `（扩展名却是 ${extText}）`}，请在 Excel/WPS 中另存为 .xlsx 后再试：${path}`,
        `old binary .xls format is not supported, save it as .xlsx: ${path}`,
      );
    case 'ods':
      return userError(
        'input',
        `${what}是 OpenDocument 表格（.ods）${ext === '.ods' ? '' : `，扩展名却是 ${extText}`}：请在 WPS/LibreOffice 中另存为 .xlsx 后再试：${path}`,
        `the file is an OpenDocument spreadsheet (.ods), save it as .xlsx: ${path}`,
      );
    case 'docx':
      return userError(
        'input',
        `${what}是 Word 文档，不是工作簿：${path}`,
        `the file is a Word document: ${path}`,
      );
    case 'zip':
      return userError(
        'input',
        `${what}是压缩包，不是 .xlsx 工作簿：${path}`,
        `the file is a zip archive but not an .xlsx workbook: ${path}`,
      );
    case 'xlsx':
      return want === 'xlsx'
        ? null
        : userError(
            'input',
            `${what}的扩展名是 ${extText}，内容却是 .xlsx 工作簿：请把扩展名改为 .xlsx 后再试：${path}`,
            `the file is an .xlsx workbook named ${extText}, rename it to .xlsx: ${path}`,
          );
    case 'text':
      return want === 'csv'
        ? null
        : userError(
            'input',
            `无法读取${what}：文件不是有效的 .xlsx 工作簿（内容是文本${ext === '.xlsx' ? '，可能是改了扩展名的 CSV：请把扩展名改为 .csv' : ''}）：${path}`,
            `cannot read ${path}: not an .xlsx workbook (it holds text)`,
          );
  }
}

/**
 * Read an .xlsx workbook, refusing in Chinese whatever it cannot be. `notices`: where the reader adds what
 * it notices as its tabs are read.
 */
export async function openWorkbook(path: string, what: string, notices?: Notice[]): Promise<XlsxReader> {
  const ext = extname(path).toLowerCase();
  const bytes = await bytesOf(path, what);
  const problem = kindProblem(kindOf(bytes), 'xlsx', ext, path, what);
  if (problem) throw problem;
  const inflation = inflationProblem(zipEntries(bytes) ?? []);
  if (inflation) {
    throw userError(
      'input',
      `${what}解压后过大，拒绝读取（可能是损坏的文件或“压缩炸弹”）：${inflation}：${path}`,
      `the workbook would inflate past the limits (200 MB a part, 1 GB in all): ${path}`,
    );
  }
  try {
    return new XlsxReader(bytes, path, what, notices);
  } catch (error) {
    const message = englishOf(error);
    if (/out of bounds|column.*16384/i.test(message)) {
      throw userError(
        'input',
        `${what}有工作表超过 16,384 列（Excel 的上限），无法读取：请删除多余的列后另存：${path}`,
        `a sheet is wider than 16,384 columns: ${path}`,
      );
    }
    throw userError(
      'input',
      `${what}已损坏或不是有效的 .xlsx 工作簿，无法读取：请在 Excel/WPS 中打开后另存为 .xlsx 再试：${path}`,
      `cannot read ${path} as an .xlsx workbook (${message})`,
    );
  }
}

/** Said once for a CSV holding formulas' text: where the first is, and how to export their results. */
function csvFormulasNotice(
  found: { count: number; row: number; col: number; text: string },
  what: string,
): Notice {
  const column = columnLetter(found.col);
  return {
    code: 'csv-formulas',
    tab: LEDGER_TAB,
    row: found.row,
    column,
    message: `${what}（CSV）中有 ${found.count} 个单元格是公式本身，不是它的计算结果（如第${found.row}行 ${column} 列“${brief(found.text)}”）：这些单元格按“公式无结果”读取，所在行暂不计分；导出时请不要勾选“保存单元格公式”（LibreOffice 导出 CSV 的选项），重新导出后再试`,
  };
}

/**
 * The ledger as a port: an .xlsx workbook, or a CSV file as the one tab 稿件台账. `notices`: where what
 * reading the file notices is added (an .xlsx reader adds as it reads its tabs).
 */
export async function openInput(path: string, what: string, notices: Notice[] = []): Promise<WorkbookPort> {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    const bytes = await bytesOf(path, what);
    const problem = kindProblem(kindOf(bytes), 'csv', ext, path, what);
    if (problem) throw problem;
    try {
      const grid = parseCsv(decodeCsv(bytes));
      const held: { row: number; col: number; text: string }[] = [];
      const formulas = formulaCells(grid, held);
      if (formulas) notices.push(csvFormulasNotice(formulas, what));
      const port = new GridPort(new Map([[LEDGER_TAB, grid]]));
      if (held.length > 0) port.heldTexts.set(LEDGER_TAB, held);
      return port;
    } catch (error) {
      if (error instanceof UserError)
        throw userError('input', `无法读取${what}：${error.zh}：${path}`, `cannot read ${path}: ${error.en}`);
      throw error;
    }
  }
  if (!['.xlsx', '.xlsm', '.xls', '.et', '.ods'].includes(ext)) {
    throw userError(
      'input',
      `不支持的文件类型「${ext || '无扩展名'}」，请使用 .xlsx 或 .csv：${path}`,
      `unsupported file type "${ext}", use .xlsx or .csv: ${path}`,
    );
  }
  return openWorkbook(path, what, notices);
}

/**
 * The rule tables of a --rules workbook, with the tab each was read from and the file (`file`, `tabs`): its
 * errors and notices name them (规则文件 X 中「计分标准」表…).
 */
export async function readRulesWorkbook(path: string): Promise<{
  tables: RuleGrids;
  notices: Notice[];
  file: string;
  tabs: Partial<Record<RuleTableName, string>>;
  /** Saved with Excel's 1904 date system (an .xlsx with date1904): its plain-number dates count from 1904. */
  date1904: boolean;
}> {
  await fileSize(path, '规则文件');
  const readNotices: Notice[] = [];
  const wb = await openWorkbook(path, '规则文件', readNotices);
  const names = wb.sheetNames();
  const read = readEachOnce((tab) => wb.readValues(tab));
  // A report this tool wrote may be given as the rules (its rule tabs are the rules in force): its 通报,
  // 附件, 待核实, 领导看板 and ledger tabs are no rule table, and a header like one (领导看板's 单位 column) is not said.
  const candidates = names.filter((n) => tabWord(n) !== LEDGER_TAB && !isGeneratedOrRuleTab(n.trim()));
  const found = ruleTabsByHeader(ruleTabs(names), candidates, read);
  const tables: RuleGrids = {};
  for (const name of RULE_TABLE_NAMES) {
    const tab = found.tabs[name];
    if (tab !== undefined) tables[name] = read(tab);
  }
  if (Object.keys(tables).length === 0) {
    throw userError(
      'input',
      `规则文件中没有规则表（应有名为 ${RULE_TABLE_NAMES.join('、')} 的工作表之一）：${path}`,
      `the rules workbook has none of the sheets ${RULE_TABLE_NAMES.join(', ')}: ${path}`,
    );
  }
  return {
    tables,
    notices: [...ruleTabNotices(found, path), ...readNotices.map((n) => ({ ...n, file: path }))],
    file: path,
    tabs: found.tabs,
    date1904: wb instanceof XlsxReader && wb.date1904,
  };
}

/**
 * The rule tables with each plain number under a 日期 header (生效日期) made the day it is in the rules
 * workbook's own date system (`date1904`): for a --rules workbook whose system differs from the ledger's, whose
 * system the run reads plain numbers in (s24r F1: a 1904 workbook's 生效日期 43982, 2024-06-01, read as
 * 2020-05-31 beside a 1900 ledger, paying a bonus before the day the office set). Cells already dates, text
 * and every other column are kept.
 */
export function ruleDatesInOwnSystem(tables: RuleGrids, date1904: boolean): RuleGrids {
  const out: RuleGrids = {};
  for (const name of RULE_TABLE_NAMES) {
    const grid = tables[name];
    if (grid === undefined) continue;
    const isDateHeader = (c: unknown) => typeof c === 'string' && c.replace(/\s+/g, '').includes('日期');
    const headerAt = grid.slice(0, TOP_ROWS).findIndex((row) => Array.isArray(row) && row.some(isDateHeader));
    if (headerAt < 0) {
      out[name] = grid;
      continue;
    }
    const dateCols = new Set(grid[headerAt].flatMap((c, i) => (isDateHeader(c) ? [i] : [])));
    out[name] = grid.map((row, r) =>
      r <= headerAt
        ? row
        : row.map((c, i) =>
            typeof c === 'number' && c >= 1 && dateCols.has(i) ? dateFromSerial(c, date1904) : c,
          ),
    );
  }
  return out;
}
