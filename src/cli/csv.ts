// CSV ledgers as Excel and WPS export them, parsed by csv-parse: UTF-8 (BOM or not), GBK/GB18030 (Excel on
// Chinese Windows), UTF-16 with a BOM (Excel's "Unicode text", TAB-separated); the delimiter , ; or TAB is
// found from the header line. What cannot be read right is refused naming its line: an unterminated quote
// (it would swallow the rest of the file into one cell), a header and rows in different encodings.
import { CsvError, parse } from 'csv-parse/sync';
import { userError } from '../core/errors';
import type { Grid } from '../core/types';

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
