// The .xlsx reader of the command line: a tab's cells read straight from its sheet XML into a Grid, with
// no workbook model in between (exceljs' Workbook held ~660 MB and half the CPU for a 100k-row ledger).
// It gives the grids exceljs' Workbook gave through cellFromExcel (test/cli/xlsxReader.test.ts holds
// them equal on every fixture), except where exceljs was wrong, said at each place below.
// Decisions:
// - A tab is read when asked for (readValues), one part inflated at a time; the package's bytes stay.
// - Dates are numbers whose cell style has a date or time format: custom formats as exceljs tells them
//   (y m d h s b outside quotes and brackets), and built-in formats 14–22, 45–47, and the Chinese ones
//   27–36 and 50–58 (年月日, 时分; exceljs knew no format code for those and read them as numbers).
// - The 1904 date system (workbookPr date1904="1" or "true"; exceljs knew only "1").
// - A time under a day in an h:mm style (h:mm, hh:mm, [h]:mm: what typing 0:42 gives) is a HoursMinutes, a Date
//   carrying the text it shows, which 时长 reads as m:ss under one hour (core/hoursMinutes.ts).
// - An error cell (t="e", #VALUE!) whose value metadata (vm) is a rich value of a picture (metadata.xml →
//   richData, structure _localImage: Excel 365's picture placed in a cell) is CELL_PICTURE, not the error.
// - A merge's first cell is repeated down its first column (单位 typed once over a unit's rows); the other
//   columns it spans stay blank, as the user sees them (备注 merged over the empty 调整分 beside it: s24b F5;
//   exceljs' getSheetValues filled every cell).
// - Part names are matched without regard to case (OPC part names are case-insensitive: ECMA-376 Part 2
//   §9.1.1.1), and the workbook, its shared strings and styles are found through the relationships, as
//   the worksheets are (a "3rdparty" writer's xl/SharedStrings.xml is the shared-string part).
// - A formula's saved result is what the cell holds, except where the file holds none: no <v>, an empty
//   untyped <v/> (openpyxl: Excel and LibreOffice write t="str" for an empty text result), or a saved 0
//   in a workbook marked fullCalcOnLoad (written by a library: XlsxWriter's placeholder <v>0</v>; Excel,
//   WPS and LibreOffice drop the mark when they save; Apache POI's evaluated results are kept). Those read
//   as UNCALCULATED (a row issue), and the mark is said once in a notice: that rows are held only when a
//   cell the ledger reads is one (never for 序号 =ROW()-1, a skipped totals line's SUBTOTAL or a 汇总 tab).
import { UserError, userError } from '../core/errors';
import { HoursMinutes } from '../core/hoursMinutes';
import { columnLetter, ledgerReads } from '../core/ledger';
import type { RuleTableName } from '../core/rules';
import { UNCALCULATED } from '../core/text';
import type { Cell, Grid, Notice } from '../core/types';
import type { Block } from '../sheets/model';
import { HEADER_FORMULA_ROWS, type WorkbookPort } from '../sheets/port';
import { RULE_TABS, ruleTableOfHeader } from '../sheets/tabs';
import { dateFromExcel } from './excelDate';
import { Token, XmlScanner } from './xml';
import { MAX_PART_BYTES, readZipEntry, type ZipEntry, zipEntries } from './zip';

/** The one row object standing for every row without cells (never written to: grids are read-only). */
const EMPTY_ROW: Cell[] = Object.freeze([]) as unknown as Cell[];

/** Excel's last column (XFD). */
const MAX_COLUMN = 16_384;

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30, and the zh-CN ones). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/**
 * A custom number format shows a date when, outside quotes, brackets and \-escaped characters, it has
 * y m d h s or b in either case (exceljs: lower case only, escaped characters counted).
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*]/g, '');
  return /[ymdhsb]/i.test(bare);
}

/** An OOXML boolean attribute that is on: 1 or true (`on`: an element present without it, as <strike/>). */
const isOn = (v: string | undefined, absent = false): boolean =>
  v === undefined ? absent : v === '1' || v === 'true';

/** Excel's `_xHHHH_` escapes in shared and rich text (a CR typed in a cell is `_x000D_`). */
function unescapeOoxml(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}

/** An Excel serial day number as the Date whose local fields are the date and time it shows. */
export function dateFromSerial(serial: number, date1904: boolean): Cell {
  // As exceljs did: to milliseconds, rounded, then to the second (…59.999 round-off removed).
  // A time of day or a duration (时长 36 seconds: 0.000416…) is the same in either date system.
  const ms = Math.round((serial - 25569 + (date1904 && serial >= 1 ? 1462 : 0)) * 86_400_000);
  const t = Math.round(ms / 1000) * 1000;
  if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) return '';
  return dateFromExcel(new Date(t));
}

/** Asia/Shanghai's offset from UTC in minutes (no daylight saving since 1991). */
const SHANGHAI_MINUTES = 480;

/**
 * An ISO 8601 date-time cell (t="d", written by some tools) as a local Date; the text when it is not one.
 * One with a zone (…Z, +00:00) is an instant: the date and time it is in Asia/Shanghai, as the command
 * line reads every date; one without is the date and time written.
 */
function dateFromIso(text: string): Cell {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))?)?/.exec(
      text.trim(),
    );
  if (!m) return text;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((v) => Number(v ?? 0));
  if (m[7] === undefined) return new Date(y, mo - 1, d, h, mi, s);
  const offset = m[7] === 'Z' ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi - offset + SHANGHAI_MINUTES, s));
  return new Date(
    at.getUTCFullYear(),
    at.getUTCMonth(),
    at.getUTCDate(),
    at.getUTCHours(),
    at.getUTCMinutes(),
    at.getUTCSeconds(),
  );
}

/** The attributes read from each <c>: its reference, style, type and value metadata (vm). */
const CELL_ATTRIBUTES = ['r', 's', 't', 'vm'] as const;

/**
 * What a picture placed in a cell reads as (Excel 365 放置在单元格中: an error cell whose value metadata is a
 * rich value of a picture): text that names it, evidence in 佐证 as WPS's =DISPIMG(…) is, never #VALUE!.
 */
export const CELL_PICTURE = '（单元格中的图片）';

/** Rich value structures that are pictures: a picture placed in a cell, and IMAGE()'s. */
const PICTURE_STRUCTURES = new Set(['_localImage', '_webimage']);

/** The column number of the reference in buf[start, end) (A1 → 1); 0 when it has no letters. */
function columnAt(buf: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n;
}

/** A non-negative decimal integer in buf[start, end); 0 when there is none. */
function intAt(buf: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i] - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return n;
}

const CELL_TYPES = ['s', 'str', 'inlineStr', 'b', 'e', 'd', 'n'];

/** The cell type attribute in buf[start, end) as one of the known strings (no string made per cell). */
function typeAt(buf: Buffer, start: number, end: number): string {
  for (const t of CELL_TYPES) {
    if (t.length !== end - start) continue;
    let same = true;
    for (let i = 0; i < t.length; i++) {
      if (buf[start + i] !== t.charCodeAt(i)) {
        same = false;
        break;
      }
    }
    if (same) return t;
  }
  return buf.toString('latin1', start, end);
}

function rowOf(ref: string): number {
  const m = /\d+$/.exec(ref);
  return m ? Number(m[0]) : 0;
}

/**
 * A formula as Sheets writes it in its cell. A function Excel does not know is saved by Sheets' download
 * wrapped, IFERROR(__xludf.DUMMYFUNCTION("ZG_LEDGER(…)"),…): the call inside is the formula.
 */
function sheetsFormula(xml: string): string {
  const wrapped = /__xludf\.DUMMYFUNCTION\("((?:[^"]|"")*)"\)/.exec(xml);
  return `=${wrapped ? wrapped[1].replace(/""/g, '"') : xml}`;
}

/** A merge's reference (B2:D3) as a block of 1-based rows and columns; null when it names no cells. */
function blockOf(ref: string): Block | null {
  const [a, b = a] = ref.split(':');
  const left = columnAt(Buffer.from(a, 'latin1'), 0, a.length);
  const right = columnAt(Buffer.from(b, 'latin1'), 0, b.length);
  const top = rowOf(a);
  const bottom = rowOf(b);
  if (!(left > 0 && top > 0 && right >= left && bottom >= top)) return null;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/**
 * A relationship's target as a part name (xl/worksheets/sheet1.xml), from the part whose relationships
 * name it, in lower case: part names are compared without regard to case.
 */
function resolvePart(base: string, target: string): string {
  let path = target;
  if (path.includes('%')) {
    try {
      path = decodeURIComponent(path);
    } catch {
      // A stray % in a name is the character itself.
    }
  }
  if (path.startsWith('/')) return path.slice(1).toLowerCase();
  const parts = base.split('/').slice(0, -1);
  for (const p of path.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/').toLowerCase();
}

/** The relationships part of a part (xl/workbook.xml → xl/_rels/workbook.xml.rels; the package's for ''). */
function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface SheetRef {
  name: string;
  part: string;
  /** Hidden or very hidden (<sheet state>). */
  hidden: boolean;
}

/** A number format's first section without its locale and colour brackets ([h] kept), trimmed. */
function formatBody(code: string): string {
  return code
    .split(';')[0]
    .replace(/\[\$[^\]]*]/g, '')
    .replace(/\[(?!h+])[^\]]*]/gi, '')
    .trim();
}

/** Hours and minutes alone, as a format body: h:mm, hh:mm, [h]:mm. */
const HOURS_MINUTES = /^\[?h{1,2}]?:mm?$/i;

/**
 * A number format that shows a time as hours and minutes alone (h:mm, hh:mm, [h]:mm): what typing 0:42 into a
 * General cell gives in Excel and WPS. Not one with seconds (mm:ss, h:mm:ss, [h]:mm:ss), AM/PM, a date, or
 * words (h"时"mm"分"): those show what they hold.
 */
export function isHoursMinutesFormat(code: string): boolean {
  return HOURS_MINUTES.test(formatBody(code));
}

/** How a style shows hours: not as h:mm (no), h:mm (0:42) or hh:mm (00:42). */
enum HoursShown {
  no = 0,
  plain = 1,
  padded = 2,
}

function hoursShown(code: string): HoursShown {
  const body = formatBody(code);
  if (!HOURS_MINUTES.test(body)) return HoursShown.no;
  return /^\[?hh/i.test(body) ? HoursShown.padded : HoursShown.plain;
}

/** Built-in number format 20, h:mm. */
const BUILTIN_HOURS_MINUTES = 20;

/**
 * The workbook's number formats: for each cell style (xf) index, whether it shows dates, whether it shows
 * a time as h:mm (isHoursMinutesFormat), and whether its font is struck through (删除线: a piece crossed out).
 */
function dateStyles(xml: Buffer | null): { dates: boolean[]; hoursMinutes: HoursShown[]; struck: boolean[] } {
  const hoursMinutes: HoursShown[] = [];
  const struck: boolean[] = [];
  if (!xml) return { dates: [], hoursMinutes, struck };
  const custom = new Map<number, string>();
  const dates: boolean[] = [];
  // The <fonts> list (not the <dxfs> fonts of conditional formats), by index: whether each strikes through.
  const fontStrikes: boolean[] = [];
  let inFonts = false;
  const x = new XmlScanner(xml);
  let inCellXfs = false;
  for (let t = x.next(); t !== Token.End; t = x.next()) {
    if (t === Token.Open) {
      if (x.is('fonts')) inFonts = !x.selfClosing;
      else if (inFonts && x.is('font')) fontStrikes.push(false);
      else if (inFonts && x.is('strike')) {
        const val = x.attr('val');
        fontStrikes[fontStrikes.length - 1] = isOn(val, true);
      } else if (x.is('numFmt')) {
        const id = Number(x.attr('numFmtId'));
        custom.set(id, x.attr('formatCode') ?? '');
      } else if (x.is('cellXfs')) inCellXfs = !x.selfClosing;
      else if (inCellXfs && x.is('xf')) {
        const id = Number.parseInt(x.attr('numFmtId') ?? '0', 10);
        const code = custom.get(id);
        // A custom code wins over the built-in one with the same id, as Excel reads it.
        dates.push(id > 0 && (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)));
        struck.push(fontStrikes[Number.parseInt(x.attr('fontId') ?? '0', 10)] === true);
        hoursMinutes.push(
          code !== undefined
            ? hoursShown(code)
            : id === BUILTIN_HOURS_MINUTES
              ? HoursShown.plain
              : HoursShown.no,
        );
      }
    } else if (t === Token.Close && x.is('cellXfs')) inCellXfs = false;
    else if (t === Token.Close && x.is('fonts')) inFonts = false;
  }
  return { dates, hoursMinutes, struck };
}

/**
 * The shared strings: plain, or rich text runs joined; phonetic guides (rPh) left out. `struck`: the indexes
 * of those whose every run with visible text is struck through (<rPr><strike/>: a strike applied to the text,
 * not the cell, as WPS and Excel keep it from the formula bar; audit s37 I2).
 */
function sharedStrings(xml: Buffer | null): { strings: string[]; struck: Set<number> } {
  const out: string[] = [];
  const struck = new Set<number>();
  if (!xml) return { strings: out, struck };
  const x = new XmlScanner(xml);
  let text = '';
  let inT = false;
  let phonetic = 0;
  const runs = new StruckRuns();
  for (let t = x.next(); t !== Token.End; t = x.next()) {
    if (t === Token.Open) {
      if (x.is('si')) {
        text = '';
        runs.reset();
        if (x.selfClosing) out.push('');
      } else if (x.is('rPh')) {
        if (!x.selfClosing) phonetic++;
      } else if (x.is('t')) inT = !x.selfClosing && phonetic === 0;
      else if (phonetic === 0) runs.open(x);
    } else if (t === Token.Text) {
      if (inT) {
        const s = x.text();
        text += s;
        runs.text(s);
      }
    } else if (t === Token.Close) {
      if (x.is('t')) inT = false;
      else if (x.is('rPh')) phonetic--;
      else if (x.is('si')) {
        if (runs.allStruck()) struck.add(out.length);
        out.push(unescapeOoxml(text));
      }
    }
  }
  return { strings: out, struck };
}

/** Whether every run of a rich text with visible text is struck through (<r><rPr><strike/>…). */
class StruckRuns {
  private run = false;
  private strike = false;
  private struckText = false;
  private plainText = false;
  reset(): void {
    this.run = false;
    this.strike = false;
    this.struckText = false;
    this.plainText = false;
  }
  /** An opening tag inside the text: a run starts, or its properties strike it. */
  open(x: XmlScanner): void {
    if (x.is('r')) {
      this.run = true;
      this.strike = false;
    } else if (this.run && x.is('strike')) {
      const val = x.attr('val');
      this.strike = isOn(val, true);
    }
  }
  text(s: string): void {
    if (s.trim() === '') return;
    if (this.run && this.strike) this.struckText = true;
    else this.plainText = true;
  }
  allStruck(): boolean {
    return this.struckText && !this.plainText;
  }
}

/**
 * A read-only WorkbookPort over the bytes of an .xlsx. `what` and `path` name the file in the Chinese
 * notice of a tab that cannot be read.
 */
export class XlsxReader implements WorkbookPort {
  /** The package's parts by their names in lower case. */
  private readonly entries: Map<string, ZipEntry>;
  private readonly sheets: SheetRef[];
  private readonly stringsPart: string;
  private readonly stylesPart: string;
  private strings: string[] | null = null;
  /** The shared strings struck through as text (sharedStrings' struck). */
  private struckStrings: Set<number> = new Set();
  /** For each cell style, whether it shows dates and whether it shows a time as h:mm (dateStyles). */
  private styles: ReturnType<typeof dateStyles> | null = null;
  /** Excel's 1904 date system: serials count from 1904-01-01 (read by withSerials1904 for plain numbers). */
  readonly date1904: boolean;
  /** calcPr fullCalcOnLoad: every formula's saved result is a placeholder (see the file's Decisions). */
  private readonly placeholderResults: boolean;
  /** The one notice of a workbook whose results are placeholders, and whether it names a cell read. */
  private placeholderNotice: Notice | null = null;
  private placeholderRead = false;
  /** Each read tab's formulas in its top rows (headerFormulas). */
  private readonly formulas = new Map<string, string[]>();
  /** Each tab's merged ranges, as read with its values (filled into them: see merge()). */
  private readonly merged = new Map<string, Block[]>();
  /** Each read tab's rows hidden or filtered out (hiddenRows). */
  private readonly hidden = new Map<string, number[]>();
  /** Each read tab's hidden columns (hiddenColumns). */
  private readonly hiddenCols = new Map<string, number[]>();
  /** Each read tab's cells struck through (struckRows): by 0-based column, their 1-based rows. */
  private readonly struck = new Map<string, Map<number, number[]>>();
  /** The workbook part's relationships (its shared strings, styles, metadata and rich value parts). */
  private readonly workbookRels: { id: string; type: string; part: string }[];
  /** The value metadata indexes (vm, from 1) that are pictures placed in cells: read at the first such cell. */
  private pictures: Set<number> | null = null;

  /**
   * `notices`: where what reading the file notices is added, as its tabs are read (a workbook whose
   * formula results are placeholders).
   */
  constructor(
    private readonly bytes: Buffer,
    private readonly path = '',
    private readonly what = '工作簿',
    private readonly notices: Notice[] = [],
  ) {
    const entries = zipEntries(bytes);
    if (!entries) throw new Error('not a zip');
    this.entries = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
    const mainPart = this.related('')
      .filter((r) => r.type === 'officeDocument')
      .map((r) => r.part)
      .find((p) => this.entries.has(p));
    const workbookPart = mainPart ?? 'xl/workbook.xml';
    const workbook = this.part(workbookPart);
    if (!workbook) throw new Error('no xl/workbook.xml');
    const related = this.related(workbookPart);
    this.workbookRels = related;
    this.stringsPart = this.workbookPartOf('sharedStrings', 'xl/sharedstrings.xml');
    this.stylesPart = this.workbookPartOf('styles', 'xl/styles.xml');
    // Worksheets only: chartsheets, dialog and macro sheets hold no cells (exceljs left them out too).
    const rels = new Map(related.filter((r) => r.type === 'worksheet').map((r) => [r.id, r.part]));
    this.sheets = [];
    let date1904 = false;
    let placeholders = false;
    const x = new XmlScanner(workbook);
    for (let t = x.next(); t !== Token.End; t = x.next()) {
      if (t !== Token.Open) continue;
      if (x.is('workbookPr')) {
        const v = x.attr('date1904');
        date1904 = isOn(v);
      } else if (x.is('calcPr')) {
        const v = x.attr('fullCalcOnLoad');
        placeholders = isOn(v);
      } else if (x.is('sheet')) {
        const id = x.attr('r:id') ?? x.attr('id', true);
        const part = id ? rels.get(id) : undefined;
        // state="hidden" (右键 隐藏) or "veryHidden" (only code unhides it): a tab the office put out of view.
        const state = x.attr('state');
        const hidden = state === 'hidden' || state === 'veryHidden';
        if (part && this.entries.has(part)) this.sheets.push({ name: x.attr('name') ?? '', part, hidden });
      }
    }
    this.date1904 = date1904;
    this.placeholderResults = placeholders;
  }

  /**
   * The relationships of a part ('' for the package's own): each one's id, the last segment of its type
   * (worksheet, sharedStrings, officeDocument; the Transitional and Strict namespaces alike) and the part
   * it targets, in lower case. External targets are left out.
   */
  private related(part: string): { id: string; type: string; part: string }[] {
    const xml = this.part(relsPartOf(part));
    if (!xml) return [];
    const out: { id: string; type: string; part: string }[] = [];
    const x = new XmlScanner(xml);
    for (let t = x.next(); t !== Token.End; t = x.next()) {
      if (t !== Token.Open || !x.is('Relationship')) continue;
      const target = x.attr('Target');
      if (!target || x.attr('TargetMode') === 'External') continue;
      const type = x.attr('Type') ?? '';
      out.push({
        id: x.attr('Id') ?? '',
        type: type.slice(type.lastIndexOf('/') + 1),
        part: resolvePart(part, target),
      });
    }
    return out;
  }

  /** A part's bytes inflated (within the 200 MB a part that openWorkbook checked); null when absent. */
  private part(name: string): Buffer | null {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return null;
    const bytes = readZipEntry(this.bytes, entry, MAX_PART_BYTES);
    if (!bytes) throw new Error(`cannot inflate ${name}`);
    return bytes;
  }

  /** The part the workbook relates by `type` (present in the package), else `fallback`. */
  private workbookPartOf(type: string, fallback: string): string {
    return this.workbookRels.find((r) => r.type === type && this.entries.has(r.part))?.part ?? fallback;
  }

  /** Whether a cell's value metadata `vm` is a picture placed in the cell (pictureValues). */
  private isPicture(vm: number): boolean {
    this.pictures ??= this.pictureValues();
    return this.pictures.has(vm);
  }

  /**
   * The value metadata indexes that are pictures, as Excel 365 writes them: each <bk> of metadata.xml's
   * valueMetadata (vm 1, 2 …) has an <rc t v>: t the XLRICHVALUE type (from 1), v its futureMetadata <bk>,
   * whose <xlrd:rvb i> is a rich value of richData/rdrichvalue.xml, whose structure (<rv s>) in
   * rdrichvaluestructure.xml is a picture's (_localImage). Any part missing: none (the error value stays).
   */
  private pictureValues(): Set<number> {
    const out = new Set<number>();
    const partOf = (type: string, fallback: string) => this.part(this.workbookPartOf(type, fallback));
    const metadata = partOf('sheetMetadata', 'xl/metadata.xml');
    const values = partOf('rdRichValue', 'xl/richData/rdrichvalue.xml');
    const structures = partOf('rdRichValueStructure', 'xl/richData/rdrichvaluestructure.xml');
    if (!metadata || !values || !structures) return out;
    const structureTypes: string[] = [];
    for (let x = new XmlScanner(structures), t = x.next(); t !== Token.End; t = x.next())
      if (t === Token.Open && x.is('s')) structureTypes.push(x.attr('t') ?? '');
    const pictureValue: boolean[] = [];
    for (let x = new XmlScanner(values), t = x.next(); t !== Token.End; t = x.next())
      if (t === Token.Open && x.is('rv'))
        pictureValue.push(PICTURE_STRUCTURES.has(structureTypes[Number(x.attr('s') ?? -1)] ?? ''));
    const types: string[] = [];
    const richValueOf: number[] = [];
    const cellValues: { type: number; index: number }[] = [];
    let section = '';
    for (let x = new XmlScanner(metadata), t = x.next(); t !== Token.End; t = x.next()) {
      if (t === Token.Close) {
        if (x.is('futureMetadata') || x.is('valueMetadata')) section = '';
        continue;
      }
      if (t !== Token.Open) continue;
      if (x.is('metadataType')) types.push(x.attr('name') ?? '');
      else if (x.is('futureMetadata')) section = x.attr('name') === 'XLRICHVALUE' ? 'future' : '';
      else if (x.is('valueMetadata')) section = 'value';
      else if (section === 'future' && x.is('rvb')) richValueOf.push(Number(x.attr('i') ?? -1));
      else if (section === 'value' && x.is('rc'))
        cellValues.push({ type: Number(x.attr('t') ?? 0), index: Number(x.attr('v') ?? -1) });
    }
    cellValues.forEach((rc, k) => {
      if (types[rc.type - 1] === 'XLRICHVALUE' && pictureValue[richValueOf[rc.index]] === true)
        out.add(k + 1);
    });
    return out;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  writeSheet(): void {
    throw new Error('read-only');
  }

  /**
   * The tab's cells as a grid whose memory follows the cells that exist: each row as long as its last
   * non-blank cell, rows without cells share one empty row (a stray cell at XFD1048576 costs one long
   * row, not the used-range box of 17 billion cells).
   */
  readValues(name: string): Grid {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) return [];
    try {
      const xml = this.part(sheet.part);
      if (!xml) return [];
      if (this.strings === null) {
        const shared = sharedStrings(this.part(this.stringsPart));
        this.strings = shared.strings;
        this.struckStrings = shared.struck;
      }
      this.styles ??= dateStyles(this.part(this.stylesPart));
      const merges: string[] = [];
      const grid = this.grid(xml, merges, name);
      this.merged.set(
        name,
        merges.flatMap((ref) => blockOf(ref) ?? []),
      );
      return grid;
    } catch (error) {
      throw error instanceof UserError ? error : this.corrupt(error);
    }
  }

  /**
   * A read tab's formulas in its top rows, as Sheets shows them (=ZG_LEDGER(…)): a workbook downloaded from
   * Sheets keeps the computed columns' formula, whose order of the ledger tabs 生成通报 follows.
   */
  headerFormulas(name: string): string[] {
    return this.formulas.get(name) ?? [];
  }

  /** Whether a tab is hidden (its <sheet state> in the workbook part). */
  isSheetHidden(name: string): boolean {
    return this.sheets.find((s) => s.name === name)?.hidden === true;
  }

  /** A read tab's rows hidden or filtered out (<row hidden="1">: Excel writes both so), 1-based. */
  hiddenRows(name: string): number[] {
    return this.hidden.get(name) ?? [];
  }

  /** The rows (1-based) of a read tab whose cell in `column` (0-based) is struck through. */
  struckRows(name: string, column: number): number[] {
    return this.struck.get(name)?.get(column) ?? [];
  }

  /** Which of `among` (0-based) a read tab hides (<col min max hidden="1">). */
  hiddenColumns(name: string, among: readonly number[]): number[] {
    const hidden = this.hiddenCols.get(name) ?? [];
    return among.filter((c) => hidden.includes(c));
  }

  /** A read tab's merged ranges: the values repeat each one's first cell, as Excel shows a merge. */
  filledMerges(name: string): Block[] {
    return this.merged.get(name) ?? [];
  }

  private corrupt(error: unknown): Error {
    const message = error instanceof Error ? error.message : String(error);
    return userError(
      'input',
      `${this.what}已损坏或不是有效的 .xlsx 工作簿，无法读取：请在 Excel/WPS 中打开后另存为 .xlsx 再试：${this.path}`,
      `cannot read ${this.path} as an .xlsx workbook (${message})`,
    );
  }

  private tooWide(): Error {
    return userError(
      'input',
      `${this.what}有工作表超过 16,384 列（Excel 的上限），无法读取：请删除多余的列后另存：${this.path}`,
      `a sheet is wider than 16,384 columns: ${this.path}`,
    );
  }

  /** One cell's value from its type attribute, formula, value text and style. */
  private value(
    type: string | undefined,
    formula: boolean,
    text: string | undefined,
    style: number,
    hasValue: boolean,
  ): Cell {
    const isDate = style > 0 && this.styles!.dates[style] === true;
    if (formula) {
      // Saved without its result (no <v>: never recalculated; a placeholder): said as such, never read as
      // a blank. An empty text result, "" (=IF(…,"重复","")), is <v></v> under t="str" as Excel, WPS and
      // LibreOffice save it: a blank; an untyped empty <v/> (openpyxl) is no result.
      if (!hasValue) return UNCALCULATED;
      if (!text) return type === 'str' ? '' : UNCALCULATED;
      // Marked fullCalcOnLoad: XlsxWriter saves 0 for every formula it did not compute, text formulas too;
      // any other saved result (Apache POI evaluates before it saves) is one the file carries.
      if (this.placeholderResults && text === '0' && (type === undefined || type === 'n'))
        return UNCALCULATED;
      if (type === 'str') return text;
      if (type === 'b') return Number.parseInt(text, 10) !== 0;
      if (type === 'e') return text;
      const n = Number.parseFloat(text);
      return isDate ? this.dateOrTime(n, style) : n;
    }
    if (text === undefined || text === '') return '';
    switch (type) {
      case 's': {
        const s = this.strings![Number.parseInt(text, 10)];
        if (s === undefined) throw this.corrupt(new Error(`shared string ${text} missing`));
        return s;
      }
      case 'str':
        return text;
      case 'inlineStr':
        // <is><t> is ST_Xstring as a shared string is (ECMA-376): an exporter escaping a CR leaves _x000D_ (audit s37 I7).
        return unescapeOoxml(text);
      case 'b':
        return Number.parseInt(text, 10) !== 0;
      case 'e':
        return text;
      case 'd':
        return dateFromIso(text);
      default: {
        const n = Number.parseFloat(text);
        return isDate ? this.dateOrTime(n, style) : n;
      }
    }
  }

  /**
   * A date cell's value: its Date; a time under a day in an h:mm style as HoursMinutes, carrying the text it
   * shows (0:42), for 时长 to read as that text is read.
   */
  private dateOrTime(serial: number, style: number): Cell {
    const d = dateFromSerial(serial, this.date1904);
    const hours = this.styles?.hoursMinutes[style] ?? HoursShown.no;
    if (!(d instanceof Date) || !(serial >= 0 && serial < 1) || hours === HoursShown.no) return d;
    const h = d.getHours();
    const shown = `${hours === HoursShown.padded ? String(h).padStart(2, '0') : h}:${String(d.getMinutes()).padStart(2, '0')}`;
    return new HoursMinutes(d.getTime(), shown);
  }

  /**
   * Said once per file, for a workbook whose results are placeholders: at the first such formula the ledger
   * reads (ledgerReads: a field's column on a line read as a piece), whose row is held; else at a rule
   * table's; else plainly as read nowhere (序号 =ROW()-1, the SUBTOTALs of skipped totals lines, a 汇总 tab).
   * Tabs are read one by one before the run says what reading noticed: a later tab's cell read replaces the
   * notice's words in place.
   */
  private sayPlaceholders(tab: string, grid: Grid, holes: number[]): void {
    if (this.placeholderRead || holes.length === 0) return;
    const reads = ledgerReads(grid);
    let at = -1;
    if (reads) {
      for (let k = 0; k < holes.length && at < 0; k += 2) if (reads(holes[k] - 1, holes[k + 1] - 1)) at = k;
    } else if (RULE_TABS.includes(tab.trim() as RuleTableName) || ruleTableOfHeader(grid) !== null) at = 0;
    const rule = at >= 0 && !reads;
    if (at < 0 && this.placeholderNotice !== null) return;
    const [row, col] = at < 0 ? [holes[0], holes[1]] : [holes[at], holes[at + 1]];
    const cell = `「${tab}」表 ${columnLetter(col)}${row}`;
    const marked = `${this.what}标记为“打开时重新计算”（由程序生成，未经 Excel/WPS 打开保存）`;
    const notice: Notice = {
      code: 'formula-results-placeholder',
      tab,
      row,
      column: columnLetter(col),
      message:
        at < 0
          ? `${marked}，其中有公式没有保存计算结果（如${cell}），但都不在计分读取的单元格中（序号、合计行、其他表等），不影响计分；如需这些单元格的值，请用 Excel/WPS 打开并保存`
          : `${marked}，其中没有结果或结果为 0 的公式可能并未计算（如${cell}）：一律按“公式无结果”读取，${
              rule
                ? '规则表中这类单元格的规则无法读取（见规则表的提示）'
                : '台账中用到这类单元格的行暂不计分（见各行校验）'
            }；请用 Excel/WPS 打开并保存后重试`,
    };
    if (at >= 0 && !rule) this.placeholderRead = true;
    if (this.placeholderNotice === null) {
      this.placeholderNotice = notice;
      this.notices.push(notice);
    } else Object.assign(this.placeholderNotice, notice);
  }

  private grid(xml: Buffer, merges: string[], tab: string): Grid {
    const grid: Grid = [];
    const starts = new Int32Array(CELL_ATTRIBUTES.length);
    const ends = new Int32Array(CELL_ATTRIBUTES.length);
    const x = new XmlScanner(xml);
    let row: Cell[] | null = null;
    let rowNumber = 0;
    let col = 0;
    // The cell being read.
    let inCell = false;
    let type: string | undefined;
    let style = 0;
    let valueMetadata = 0;
    let formula = false;
    let fText = false;
    let formulaText = '';
    const topFormulas: string[] = [];
    // Where formulas without results are (row, column, 1-based, in pairs): said once the grid is read.
    const holes: number[] = [];
    this.formulas.set(tab, topFormulas);
    // Rows hidden by hand or by a filter: read as every row is, and counted for a notice (run.ts).
    const hiddenRows: number[] = [];
    this.hidden.set(tab, hiddenRows);
    const hiddenColumns: number[] = [];
    this.hiddenCols.set(tab, hiddenColumns);
    const struck = new Map<number, number[]>();
    this.struck.set(tab, struck);
    const struckStyles = this.styles?.struck ?? [];
    let text: string | undefined;
    let rich = false;
    let hasValue = false;
    let sawSheetData = false;
    let sheetDataClosed = false;
    /** 1 in <v>, 2 in <t> of <is> (outside rPh), 3 in <f>; 0 elsewhere. */
    let into = 0;
    let phonetic = 0;
    const inlineRuns = new StruckRuns();
    /** The cell's style strikes it through (marked at <c>, not again for its text). */
    let styleStruck = false;
    const markStruck = () => {
      const rows = struck.get(col - 1);
      if (rows) rows.push(rowNumber);
      else struck.set(col - 1, [rowNumber]);
    };
    const finishRow = () => {
      if (!row) return;
      // Rows hold cells up to their last non-blank one.
      let used = row.length;
      while (used > 0 && row[used - 1] === '') used--;
      row.length = used;
      const at = rowNumber - 1;
      while (grid.length < at) grid.push(EMPTY_ROW);
      grid[at] = used > 0 ? row : EMPTY_ROW;
      row = null;
    };
    for (let t = x.next(); t !== Token.End; t = x.next()) {
      if (t === Token.Text) {
        if (into === 1 || into === 2) {
          // Numbers and shared-string indexes are ASCII: read as they stand when nothing needs decoding.
          const ascii = into === 1 && (type === undefined || type === 'n' || type === 's') && x.textIsPlain();
          const s = ascii ? x.asciiText() : x.text();
          text = text === undefined ? s : text + s;
          if (into === 2 && rich) inlineRuns.text(s);
        } else if (into === 3) {
          fText = true;
          // The top rows' formula text: where 初始化台账 puts the computed columns' (headerFormulas).
          if (rowNumber <= HEADER_FORMULA_ROWS) formulaText += x.text();
        }
        continue;
      }
      if (t === Token.Open) {
        if (inCell) {
          if (x.is('v')) {
            hasValue = true;
            into = x.selfClosing ? 0 : 1;
          } else if (x.is('f')) {
            if (x.attr('t') !== undefined) formula = true;
            into = x.selfClosing ? 0 : 3;
          } else if (x.is('rPh')) {
            if (!x.selfClosing) phonetic++;
          } else if (x.is('t')) into = x.selfClosing || phonetic > 0 ? 0 : 2;
          else if (x.is('r')) {
            rich = true;
            inlineRuns.open(x);
          } else inlineRuns.open(x);
          continue;
        }
        if (x.is('c')) {
          x.attrSpans(CELL_ATTRIBUTES, starts, ends);
          const c = starts[0] >= 0 ? columnAt(x.buf, starts[0], ends[0]) : 0;
          if (c > MAX_COLUMN) throw this.tooWide();
          col = c > 0 ? c : col + 1;
          type = starts[2] >= 0 ? typeAt(x.buf, starts[2], ends[2]) : undefined;
          style = starts[1] >= 0 ? intAt(x.buf, starts[1], ends[1]) : 0;
          styleStruck = style > 0 && struckStyles[style] === true;
          if (styleStruck) markStruck();
          inlineRuns.reset();
          valueMetadata = starts[3] >= 0 ? intAt(x.buf, starts[3], ends[3]) : 0;
          formula = false;
          fText = false;
          formulaText = '';
          text = undefined;
          rich = false;
          hasValue = false;
          phonetic = 0;
          into = 0;
          inCell = !x.selfClosing;
          if (!row) {
            // A cell outside any <row> (not seen from Excel, WPS or LibreOffice): the row its reference says.
            const ref = x.attr('r');
            rowNumber = (ref && rowOf(ref)) || rowNumber + 1;
            row = [];
          }
          continue;
        }
        if (x.is('sheetData')) sawSheetData = !x.selfClosing;
        else if (x.is('row')) {
          finishRow();
          const r = Number.parseInt(x.attr('r') ?? '', 10);
          rowNumber = r > 0 ? r : rowNumber + 1;
          const hidden = x.attr('hidden');
          if (isOn(hidden)) hiddenRows.push(rowNumber);
          col = 0;
          row = [];
          if (x.selfClosing) finishRow();
        } else if (x.is('col') && !sawSheetData) {
          // <cols> comes before <sheetData>: a run of columns hidden by hand (an old column kept out of view).
          const hidden = x.attr('hidden');
          const min = Number.parseInt(x.attr('min') ?? '', 10);
          const max = Math.min(Number.parseInt(x.attr('max') ?? '', 10), min + 1023);
          if (isOn(hidden) && min > 0 && max >= min)
            for (let c = min; c <= max; c++) hiddenColumns.push(c - 1);
        } else if (x.is('mergeCell')) {
          const ref = x.attr('ref');
          if (ref) merges.push(ref);
        }
        continue;
      }
      // Close tags.
      if (inCell) {
        if (x.is('c')) {
          inCell = false;
          if (formulaText !== '') topFormulas.push(sheetsFormula(formulaText));
          // A strike on the text rather than the cell (the whole of it struck): a piece crossed out all the same.
          const struckText =
            type === 's'
              ? this.struckStrings.size > 0 &&
                text !== undefined &&
                this.struckStrings.has(Number.parseInt(text, 10))
              : type === 'inlineStr' && rich && inlineRuns.allStruck();
          if (struckText && !styleStruck) markStruck();
          let v = this.value(type, formula || fText, text, style, hasValue);
          // Excel 365's picture in a cell: an error value (#VALUE!) standing for the picture shown.
          if (valueMetadata > 0 && type === 'e' && this.isPicture(valueMetadata)) v = CELL_PICTURE;
          if (this.placeholderResults && v === UNCALCULATED) holes.push(rowNumber, col);
          if (row && v !== '') {
            while (row.length < col - 1) row.push('');
            row[col - 1] = v;
          } else if (row && col <= row.length) row[col - 1] = '';
        } else if (x.is('v') || x.is('t') || x.is('f')) into = 0;
        else if (x.is('rPh')) phonetic--;
        continue;
      }
      if (x.is('row')) finishRow();
      else if (x.is('sheetData')) {
        finishRow();
        sheetDataClosed = true;
      }
    }
    // A sheet cut short inside its data (a damaged file re-zipped whole) would read as a shorter ledger.
    if (sawSheetData && !sheetDataClosed)
      throw this.corrupt(new Error('worksheet XML ends inside <sheetData>'));
    finishRow();
    const rowsWithCells = grid.length;
    for (const ref of merges) this.merge(grid, ref, rowsWithCells);
    // The grid ends at the last row holding a non-blank cell.
    let last = grid.length;
    while (last > 0 && grid[last - 1].length === 0) last--;
    grid.length = last;
    for (let i = 0; i < grid.length; i++) if (grid[i] === undefined) grid[i] = EMPTY_ROW;
    this.sayPlaceholders(tab, grid, holes);
    return grid;
  }

  /**
   * The cells below a merge's first cell, in its first column, show that cell's value, down to the last
   * row with cells of its own (a merge down a whole column, A1:A1048576, adds no million rows).
   */
  private merge(grid: Grid, ref: string, rowsWithCells: number): void {
    const [a, b = a] = ref.split(':');
    const left = columnAt(Buffer.from(a, 'latin1'), 0, a.length);
    const right = columnAt(Buffer.from(b, 'latin1'), 0, b.length);
    const top = rowOf(a);
    const bottom = Math.min(rowOf(b), Math.max(top, rowsWithCells));
    if (!(left > 0 && top > 0 && right >= left && bottom >= top)) return;
    if (right > MAX_COLUMN) throw this.tooWide();
    const master = grid[top - 1]?.[left - 1] ?? '';
    for (let r = top; r <= bottom; r++) {
      while (grid.length < r) grid.push(EMPTY_ROW);
      let cells = grid[r - 1];
      if (master === '' && cells.length < left) continue;
      if (cells === EMPTY_ROW) {
        cells = [];
        grid[r - 1] = cells;
      }
      // The other columns it spans show nothing, whatever a cell under the merge holds.
      for (let c = left + 1; c <= Math.min(right, cells.length); c++) cells[c - 1] = '';
      if (r > top) {
        while (cells.length < left - 1) cells.push('');
        cells[left - 1] = master;
      }
      let used = cells.length;
      while (used > 0 && cells[used - 1] === '') used--;
      cells.length = used;
      if (used === 0) grid[r - 1] = EMPTY_ROW;
    }
  }
}
