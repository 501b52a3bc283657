// CSV ledgers as Excel and WPS export them, parsed by csv-parse: UTF-8 (BOM or not), GBK/GB18030 (Excel on
// Chinese Windows), UTF-16 with a BOM (Excel's "Unicode text", TAB-separated); the delimiter , ; or TAB is
// found from the header line. What cannot be read right is refused naming its line: an unterminated quote
// (it would swallow the rest of the file into one cell), a header and rows in different encodings.
// A cell holding a formula's text (LibreOffice's "save cell formulas" export: =C4, {=W2*1}) holds no
// value: formulaCells finds them, for the reader to take as formulas without results.
import { CsvError, parse } from 'csv-parse/sync';
import { userError } from '../core/errors';
import { DATE_COLUMNS, headerField, NUMBER_COLUMNS } from '../core/ledger';
import { UNCALCULATED } from '../core/text';
import type { Grid, LedgerField } from '../core/types';

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Line numbers as 2、3、5 or 2–61: a refusal names them without flooding. */
function lineRanges(lines: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length && parts.length < 6; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    parts.push(j > i ? `${lines[i]}–${lines[j]}` : String(lines[i]));
    i = j + 1;
  }
  return parts.join('、') + (parts.length === 6 ? ' …' : '');
}

/**
 * Decode a CSV file's bytes: a BOM decides (UTF-8, UTF-16LE, UTF-16BE); else UTF-8 when every byte is,
 * else GB18030 (a superset of GBK) when no line is UTF-8 with Chinese in it. A file with both kinds of
 * lines (a UTF-8 header over GBK rows) is refused, naming the lines of each.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (validUtf8(bytes)) {
    const text = new TextDecoder('utf-8').decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  // Not UTF-8 as a whole: find the lines that are UTF-8 with characters beyond ASCII.
  const utf8Lines: number[] = [];
  const otherLines: number[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const part = bytes.subarray(start, i);
      if (part.some((b) => b >= 0x80)) (validUtf8(part) ? utf8Lines : otherLines).push(line);
      start = i + 1;
      line++;
    }
  }
  if (utf8Lines.length > 0 && otherLines.length > 0) {
    // A CSV file that cannot be read as it is: the Chinese reason (naming lines) and the English one.
    throw userError(
      'input',
      `文件中混有两种编码：第${lineRanges(utf8Lines)}行是 UTF-8，第${lineRanges(otherLines)}行是 GBK 等其他编码（两个文件拼接而成？）。请在 Excel/WPS 中分别打开后合并，再另存为 CSV`,
      `mixed encodings: lines ${lineRanges(utf8Lines)} are UTF-8, lines ${lineRanges(otherLines)} are not`,
    );
  }
  return new TextDecoder('gb18030').decode(bytes);
}

/** The delimiter of the header line (outside quotes): the most frequent of , ; TAB; a comma on a tie. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/** The line where a quote opened and never closed; null when every quote closes. */
function unclosedQuoteLine(text: string, delimiter: string): number | null {
  let line = 1;
  let openedAt = 0;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      } else if (c === '\n') line++;
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      openedAt = line;
    }
    if (c === '\n') line++;
    fieldStart = c === delimiter || c === '\n' || c === '\r';
  }
  return quoted ? openedAt : null;
}

/** Parse CSV text into rows of strings (any of , ; TAB as found in the header line). */
export function parseCsv(text: string): Grid {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Excel's "sep=;" first line names the delimiter and is not shown: rows are numbered as Excel shows them.
  const sep = /^sep=([,;\t|])[ \t]*\r?\n/i.exec(text);
  if (sep) text = text.slice(sep[0].length);
  const delimiter = sep ? sep[1] : detectDelimiter(text);
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter,
      // Every line end ends a row, mixed in one file (a CRLF export with rows appended as LF): left to
      // itself csv-parse takes the first one it meets, and the other kind ran rows together into one cell.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      // A quote inside an unquoted field (关于"五个一"的做法, typed by hand) is a character, not an error.
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      const at = unclosedQuoteLine(text, delimiter) ?? (error as CsvError & { lines?: number }).lines;
      throw userError(
        'input',
        `第${at}行有一个没有闭合的双引号：从这里到文件末尾会被读成一个单元格。请在该行补上或删去这个引号`,
        `unterminated quote opened on line ${at}`,
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    throw userError('input', `CSV 格式有误，无法读取（${message.split('\n')[0]}）`, message);
  }
  // Trailing blank lines are not rows.
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === '')) rows.pop();
  return rows;
}

/** Quote a value for CSV output when it needs it (; and TAB too, so the reader's delimiter guess stays ,). */
export function csvField(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: (string | number)[][]): string {
  return `${rows.map((r) => r.map((v) => csvField(String(v))).join(',')).join('\r\n')}\r\n`;
}

/** An error value a formula may hold (#N/A, #REF!, #DIV/0!, …). */
const ERROR_LITERAL = /^#(?:N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!)/i;

/** A cell reference, $ and all (C4, $W$2, AB12); the row within Excel's 1,048,576. */
const REFERENCE = /^\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/;

/**
 * Whether the text after `=` parses as a spreadsheet formula: ASCII tokens only (strings aside) — cell
 * references, function calls, numbers, strings, sheet names, error values, operators — with balanced
 * parentheses, and at least one reference or function call. `=` alone, `=无` or `=1+1` typed by a person
 * are not: the first two hold no such token, and a formula of numbers only is as likely a typo.
 */
function parsesAsFormula(body: string): boolean {
  return formulaKind(body) === 'formula';
}

/**
 * What the text after `=` is: a formula with a reference or function ('formula'), one of numbers and
 * operators only (`790+10`, 'numbers': a formula in a column of numbers or dates, text elsewhere), or none.
 */
function formulaKind(body: string): 'formula' | 'numbers' | null {
  let depth = 0;
  let significant = false;
  let numbers = false;
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body[i];
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '"') {
      // A string: "" inside stands for one quote.
      i++;
      while (i < n && !(body[i] === '"' && body[i + 1] !== '"')) i += body[i] === '"' ? 2 : 1;
      if (i >= n) return null;
      i++;
    } else if (c === "'") {
      // A quoted sheet name: '稿件台账'!C4.
      const end = body.indexOf("'!", i + 1);
      if (end < 0) return null;
      i = end + 2;
    } else if (c === '#') {
      const m = ERROR_LITERAL.exec(body.slice(i));
      if (!m) return null;
      i += m[0].length;
    } else if (/[0-9.]/.test(c)) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[Ee][+-]?\d+)?%?/.exec(body.slice(i));
      if (!m) return null;
      i += m[0].length;
      numbers = true;
    } else if (/[A-Za-z_$]/.test(c)) {
      const word = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(body.slice(i))![0];
      i += word.length;
      let j = i;
      while (body[j] === ' ') j++;
      if (body[j] === '(' && !word.includes('$')) significant = true;
      else if (body[i] === '!') i++;
      // C4, or LibreOffice's Sheet1.C4.
      else if (REFERENCE.test(word.slice(word.lastIndexOf('.') + 1))) significant = true;
    } else if (/[\p{L}\p{N}]/u.test(c)) {
      // A sheet name in another script, as Excel (单位!A:B) and LibreOffice ($单位.A1) write it; any other
      // word (=无, =同上) is text.
      const name = /^[\p{L}\p{N}_]+/u.exec(body.slice(i))![0];
      i += name.length;
      if (body[i] === '!') i++;
      else if (body[i] === '.' && /^\$?[A-Za-z]{1,3}\$?\d/.test(body.slice(i + 1))) i++;
      else return null;
    } else if (c === '(') {
      depth++;
      i++;
    } else if (c === ')') {
      if (--depth < 0) return null;
      i++;
    } else if ('+-*/^&=<>%,;:'.includes(c)) {
      i++;
    } else {
      return null;
    }
  }
  if (depth !== 0) return null;
  return significant ? 'formula' : numbers ? 'numbers' : null;
}

/** Ledger columns of numbers and dates: there `=790+10` is a formula's text, not words a person typed. */
const FIGURE_FIELDS = new Set<LedgerField>([...NUMBER_COLUMNS, ...DATE_COLUMNS, '调整分']);

/** The 0-based columns whose header, in the first rows, names a column of numbers or dates. */
function figureColumns(grid: Grid): Set<number> {
  const out = new Set<number>();
  for (const row of grid.slice(0, 20)) {
    for (let c = 0; c < row.length; c++) {
      const f = typeof row[c] === 'string' ? headerField(row[c]) : undefined;
      if (f !== undefined && FIGURE_FIELDS.has(f)) out.add(c);
    }
  }
  return out;
}

/** Whether a CSV cell's text is a formula as a spreadsheet exports it (=C4, =SUM(K2:K9), {=W2*1}). */
export function isFormulaText(text: string): boolean {
  const array = text.startsWith('{=') && text.endsWith('}');
  if (!array && !text.startsWith('=')) return false;
  return parsesAsFormula(array ? text.slice(2, -1) : text.slice(1));
}

/**
 * Replace the cells whose text is a formula with UNCALCULATED (a formula saved without its result: the
 * row's issue says so); how many there were and the first one (1-based row and column), null when none.
 * `replaced`, when given, gets each replaced cell's text by its 0-based place: the ledger copy shows it.
 */
export function formulaCells(
  grid: Grid,
  replaced?: { row: number; col: number; text: string }[],
): { count: number; row: number; col: number; text: string } | null {
  let found: { count: number; row: number; col: number; text: string } | null = null;
  const figures = figureColumns(grid);
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || (v[0] !== '=' && v[0] !== '{')) continue;
      if (!isFormulaText(v) && !(figures.has(c) && v[0] === '=' && formulaKind(v.slice(1)) === 'numbers'))
        continue;
      if (found) found.count++;
      else found = { count: 1, row: r + 1, col: c + 1, text: v };
      replaced?.push({ row: r, col: c, text: v });
      row[c] = UNCALCULATED;
    }
  }
  return found;
}
