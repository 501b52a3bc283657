// An in-memory SpreadsheetApp (and the few other Apps Script services the add-on touches) for tests.
// It keeps cells (values and formulas), formats, validations, protections, charts and sheet order,
// counts every call (total and per Class.method) and can fail the Nth write, as a quota or a lost
// connection would. Semantics follow Google's reference for the methods the add-on uses: blanks read
// as '', dates as Date objects, setValues checks sizes and throws with Sheets' wording, a string
// starting with = becomes a formula and one starting with ' is text without the apostrophe.
// It is strict where real Sheets is (each rule cites Google's reference page where it is enforced):
// strings are parsed on write (userEntered.ts), dates are wall clocks read in the spreadsheet's time
// zone (zone.ts), merges may not cross a frozen edge, protections refuse non-editors, an execution's
// writes are invisible to another until flush() or return (run()), and a spreadsheet holds at most
// 10 million cells.
import { colLetters, parseA1, toA1 } from './a1';
import { type Parsed, parseTyped } from './userEntered';
import { formatDate, instantOf, isZone, parseDate, wallOf } from './zone';

export type Value = string | number | boolean | Date;

interface CellRec {
  v: Value;
  f?: string;
  /** Written with a leading apostrophe: text whatever it looks like. */
  quoted?: boolean;
  /** A string Sheets would have parsed as user input (number, date, boolean, error or formula). */
  parsed?: boolean;
  /** v is an error literal such as #N/A. */
  err?: boolean;
  fmt?: string;
  bg?: string;
  fw?: string;
  /** Font line: 'underline' or 'line-through' ('none' when unset). */
  fl?: string;
  fc?: string;
  fst?: string;
  size?: number;
  ha?: string;
  wrap?: boolean;
  border?: boolean;
  dv?: FakeDataValidation | null;
}

export interface CallLog {
  total: number;
  writes: number;
  byMethod: Record<string, number>;
}

/** One run of the script (a menu click, a sidebar call): its cell writes wait here until flush or return. */
export interface Execution {
  user: FakeUser;
  pending: Map<FakeSheet, Map<number, CellRec>>;
}

interface Ctx {
  /** The spreadsheet's time zone (File → Settings), an IANA id. */
  tz: string;
  /** The execution running now; null = writes are committed at once (a test's own setup). */
  exec: Execution | null;
  /** Called once after the next releaseLock (a test interleaves another execution there). */
  onRelease: (() => void)[];
  /** Users whose edit right on a protection comes from a group, not from their own address. */
  groupEditors: Set<string>;
  /** LockService.getDocumentLock() is null outside a document (a standalone script). */
  documentLock: boolean;
  log: CallLog;
  failAtWrite: number | null;
  failMessage: string;
  failOnce: boolean;
  owner: FakeUser;
  user: FakeUser;
  htmlFiles: Record<string, string> | null;
  nextId: number;
  /** Makes the Dates handed to the script (FakeApps.useScriptRealm). */
  scriptDate: DateConstructor;
  /**
   * A custom function is running (evaluate.ts sets it around the call). Google's guide: "Spreadsheet: Read
   * only (can use most get*() methods, but not set*())" (https://developers.google.com/apps-script/guides/sheets/functions,
   * "Using Apps Script services"): a write then throws, as a cell showing "You do not have permission to call …".
   */
  customFunction?: boolean;
}

const WRITE_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'Protection']);
const WRITE_METHOD =
  /^(set|insert|delete|merge|protect|add|remove|clear|update|hide|show|activate|copy|move|break)/;

/** Wrap an object so every public method call is counted (methods starting with _ are internal). */
function track<T extends object>(ctx: Ctx, obj: T, cls: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (
        typeof value !== 'function' ||
        typeof prop !== 'string' ||
        prop.startsWith('_') ||
        prop === 'constructor'
      ) {
        return value;
      }
      return (...args: unknown[]) => {
        const key = `${cls}.${prop}`;
        ctx.log.total++;
        ctx.log.byMethod[key] = (ctx.log.byMethod[key] ?? 0) + 1;
        if (WRITE_CLASSES.has(cls) && WRITE_METHOD.test(prop)) {
          if (ctx.customFunction) throw new Error(`You do not have permission to call ${prop}`);
          ctx.log.writes++;
          if (ctx.failAtWrite !== null && ctx.log.writes >= ctx.failAtWrite) {
            if (ctx.failOnce) ctx.failAtWrite = null;
            throw new Error(ctx.failMessage);
          }
        }
        return Reflect.apply(value as (...a: unknown[]) => unknown, receiver, args);
      };
    },
  });
}

function isBlank(rec: CellRec | undefined): boolean {
  return rec === undefined || (rec.v === '' && rec.f === undefined);
}

/** A Date from any realm (node:vm code hands the fake its own Date objects). */
function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}

const CELL_LIMIT = 10_000_000;

/** A wall-clock Date (ms as if UTC) as the instant it names in the zone: what getValues hands out. */
function readValue(ctx: Ctx, v: Value): Value {
  return isDate(v) ? new ctx.scriptDate(instantOf(v.getTime(), ctx.tz)) : v;
}

type Interpreted = { v: Value; f?: string; quoted?: boolean; parsed?: boolean; err?: boolean };

/**
 * What Sheets stores for a value written by setValue(s): a Date instant becomes its wall clock in the
 * spreadsheet's zone; a string is parsed as typed input (userEntered.ts) unless the cell is plain text
 * "@" (then it is kept as written, an apostrophe included) or starts with an apostrophe.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
 */
function interpret(ctx: Ctx, input: unknown, fmt?: string): Interpreted {
  if (input === null || input === undefined) return { v: '' };
  // A cell holds at most 50,000 characters (https://haeminway.com/en/notes/sheet-cell-json-limit,
  // https://mojicnt.click/en/blog/spreadsheet-cell-limit.html: "Cell content (storage) … 50,000 characters").
  if (typeof input === 'string' && input.length > CELL_CHARS)
    throw new Error(
      `Your input contains more than the maximum of ${CELL_CHARS} characters in a single cell.`,
    );
  if (isDate(input)) return { v: new Date(wallOf(input.getTime(), ctx.tz)) };
  if (typeof input === 'number' || typeof input === 'boolean') return { v: input };
  const s = String(input);
  if (fmt === '@') return { v: s };
  if (s.startsWith("'")) return { v: s.slice(1), quoted: true };
  const year = new Date(wallOf(Date.now(), ctx.tz)).getUTCFullYear();
  return fromParsed(parseTyped(s, year));
}

const CELL_CHARS = 50_000;

function fromParsed(p: Parsed): Interpreted {
  switch (p.kind) {
    case 'text':
      return { v: p.text };
    case 'number':
    case 'boolean':
      return { v: p.value, parsed: true };
    case 'date':
      return { v: new Date(p.wall), parsed: true };
    case 'error':
      return { v: p.value, parsed: true, err: true };
    case 'formula':
      // A formula the fake cannot evaluate reads as ''; text read as a formula (-abc) is an error.
      return { v: p.implicit ? '#ERROR!' : '', f: p.formula, parsed: true };
  }
}

function assign(rec: CellRec, x: Interpreted): void {
  rec.v = x.v;
  rec.f = x.f;
  rec.quoted = x.quoted;
  rec.parsed = x.parsed;
  rec.err = x.err;
}

export class FakeUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

export class FakeDataValidation {
  constructor(
    readonly _type: string,
    readonly _values: unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string | null,
  ) {}
  getCriteriaType(): string {
    return this._type;
  }
  getCriteriaValues(): unknown[] {
    return [...this._values];
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string | null {
    return this._helpText;
  }
}

export class FakeDataValidationBuilder {
  _type = '';
  _values: unknown[] = [];
  _allowInvalid = true;
  _helpText: string | null = null;
  constructor(readonly ctx: Ctx) {
    // biome-ignore lint/correctness/noConstructorReturn: the proxy counts calls
    return track(ctx, this, 'DataValidationBuilder');
  }
  requireValueInList(values: string[], showDropdown = true): this {
    if (!Array.isArray(values) || values.length === 0) throw new Error('Invalid argument: values');
    this._type = 'VALUE_IN_LIST';
    this._values = [[...values], showDropdown];
    return this;
  }
  requireValueInRange(range: FakeRange, showDropdown = true): this {
    if (!(range instanceof FakeRange)) throw new Error('Invalid argument: range');
    this._type = 'VALUE_IN_RANGE';
    this._values = [range, showDropdown];
    return this;
  }
  requireDate(): this {
    this._type = 'DATE_IS_VALID_DATE';
    this._values = [];
    return this;
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    this._type = 'NUMBER_GREATER_THAN_OR_EQUAL_TO';
    this._values = [n];
    return this;
  }
  requireNumberBetween(a: number, b: number): this {
    this._type = 'NUMBER_BETWEEN';
    this._values = [a, b];
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this._allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this._helpText = text;
    return this;
  }
  build(): FakeDataValidation {
    if (!this._type) throw new Error('The data validation rule has no criteria.');
    return new FakeDataValidation(this._type, this._values, this._allowInvalid, this._helpText);
  }
}

/**
 * A sheet or range protection. Enforced as Sheets does
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection):
 * - only the owner and the listed editors may write the cells (a warning-only one lets anyone);
 * - canEdit() is true for the owner and listed editors; anyone else changing the protection is refused;
 * - removeEditors never removes the owner or the current user, and throws when the current user's own
 *   right comes from a group and they were not added first (Google's sample: "Ensure the current user
 *   is an editor before removing others. Otherwise, if the user's edit permission comes from a group,
 *   the script throws an exception upon removing the group.").
 */
export class FakeProtection {
  _description = '';
  _warningOnly = false;
  _editors: string[];
  /** Editors added by address (addEditor), as opposed to holding the right through a group. */
  _explicit = new Set<string>();
  _domainEdit = true;
  _removed = false;
  /** A range protection of whole columns: it covers every row, also rows added later. */
  _openRows = false;
  constructor(
    private readonly ctx: Ctx,
    readonly _type: 'SHEET' | 'RANGE',
    readonly _sheet: FakeSheet,
    readonly _range: FakeRange | null,
  ) {
    this._editors = [ctx.owner.getEmail(), ctx.user.getEmail()].filter((e, i, a) => a.indexOf(e) === i);
    if (!ctx.groupEditors.has(ctx.user.getEmail())) this._explicit.add(ctx.user.getEmail());
    // biome-ignore lint/correctness/noConstructorReturn: the proxy counts calls
    return track(ctx, this, 'Protection');
  }
  /** Changing a protection needs the right to edit it. */
  _assertMayChange(): void {
    if (!this._mayEdit()) {
      throw new Error(
        'Exception: You do not have permission to edit this protected range. Only its editors and the spreadsheet owner may change it.',
      );
    }
  }
  /** Whether the protection covers a cell block (1-based, inclusive). */
  _covers(row: number, col: number, rows: number, cols: number): boolean {
    if (this._type === 'SHEET') return true;
    const r = this._range!;
    const top = this._openRows ? 1 : r._row;
    const bottom = this._openRows ? Number.POSITIVE_INFINITY : r._row + r._rows - 1;
    return top <= row + rows - 1 && row <= bottom && r._col <= col + cols - 1 && col <= r._col + r._cols - 1;
  }
  /** Whether the current user may write the cells it covers. */
  _blocks(): boolean {
    return !this._warningOnly && !this._mayEdit();
  }
  setDescription(d: string): this {
    this._assertMayChange();
    this._description = d;
    return this;
  }
  getDescription(): string {
    return this._description;
  }
  setWarningOnly(w: boolean): this {
    this._assertMayChange();
    this._warningOnly = w;
    return this;
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  getProtectionType(): string {
    return this._type;
  }
  getRange(): FakeRange {
    return this._range ?? this._sheet._fullRange();
  }
  getEditors(): FakeUser[] {
    return this._editors.map((e) => new FakeUser(e));
  }
  addEditor(who: string | FakeUser): this {
    this._assertMayChange();
    const e = typeof who === 'string' ? who : who.getEmail();
    if (!this._editors.includes(e)) this._editors.push(e);
    this._explicit.add(e);
    return this;
  }
  addEditors(emails: string[]): this {
    this._assertMayChange();
    for (const e of emails) {
      if (!this._editors.includes(e)) this._editors.push(e);
      this._explicit.add(e);
    }
    return this;
  }
  removeEditors(who: (string | FakeUser)[]): this {
    this._assertMayChange();
    const me = this.ctx.user.getEmail();
    if (me !== this.ctx.owner.getEmail() && !this._explicit.has(me)) {
      throw new Error(
        'Exception: Removing these editors would remove your own access, which comes from a group. Add yourself first: protection.addEditor(Session.getEffectiveUser()).',
      );
    }
    // The owner can never be removed, nor the user running the script (Sheets keeps them).
    const keep = new Set([this.ctx.owner.getEmail(), me]);
    const drop = new Set(who.map((w) => (typeof w === 'string' ? w : w.getEmail())));
    this._editors = this._editors.filter((e) => keep.has(e) || !drop.has(e));
    for (const e of drop) if (!keep.has(e)) this._explicit.delete(e);
    return this;
  }
  canDomainEdit(): boolean {
    return this._domainEdit;
  }
  setDomainEdit(b: boolean): this {
    this._assertMayChange();
    this._domainEdit = b;
    return this;
  }
  /** "The owner of the spreadsheet is always able to edit protected ranges and sheets." */
  canEdit(): boolean {
    return this._mayEdit();
  }
  /** canEdit for the fake's own checks: not counted as a call the script made. */
  _mayEdit(): boolean {
    const me = this.ctx.user.getEmail();
    return me === this.ctx.owner.getEmail() || this._editors.includes(me);
  }
  remove(): void {
    this._assertMayChange();
    this._removed = true;
    const list = this._sheet._protections;
    const i = list.indexOf(this);
    if (i >= 0) list.splice(i, 1);
  }
}

export interface FakeChartSpec {
  type: string;
  /** The data ranges, as Range objects: a chart follows its tab through a rename (the swap of a rebuilt tab). */
  ranges: FakeRange[];
  options: Record<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number } | null;
}

/** A chart's range as 'Tab!A1:B2', read now (the tab's current name). */
export function chartRangeA1(r: FakeRange): string {
  return `${r._sheet._name}!${toA1(r._row, r._col, r._rows, r._cols)}`;
}

export class FakeEmbeddedChart {
  constructor(readonly _spec: FakeChartSpec) {}
  getOptions(): { get: (k: string) => unknown } {
    return { get: (k: string) => this._spec.options[k] };
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getRanges(): Range[]. */
  getRanges(): FakeRange[] {
    return [...this._spec.ranges];
  }
}

/**
 * Sheet.newChart()'s builder, with the rules of the calls the add-on makes
 * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder):
 * as…Chart() sets the type and returns the builder of that type; addRange does not add a range the
 * chart already has; setPosition anchors at a 1-indexed row and column with whole-pixel offsets
 * (https://developers.google.com/apps-script/reference/spreadsheet/container-info); build() only
 * builds: the chart is on the sheet once Sheet.insertChart(chart) adds it
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertChart(EmbeddedChart)).
 */
export class FakeChartBuilder {
  _spec: FakeChartSpec = { type: 'LINE', ranges: [], options: {}, position: null };
  constructor(ctx: Ctx) {
    // biome-ignore lint/correctness/noConstructorReturn: the proxy counts calls
    return track(ctx, this, 'EmbeddedChartBuilder');
  }
  addRange(range: FakeRange): this {
    const a1 = chartRangeA1(range);
    if (!this._spec.ranges.some((r) => chartRangeA1(r) === a1)) this._spec.ranges.push(range);
    return this;
  }
  asLineChart(): this {
    this._spec.type = 'LINE';
    return this;
  }
  asColumnChart(): this {
    this._spec.type = 'COLUMN';
    return this;
  }
  asBarChart(): this {
    this._spec.type = 'BAR';
    return this;
  }
  setOption(k: string, v: unknown): this {
    this._spec.options[k] = v;
    return this;
  }
  setTitle(t: string): this {
    this._spec.options.title = t;
    return this;
  }
  setNumHeaders(n: number): this {
    this._spec.options.numHeaders = n;
    return this;
  }
  setPosition(row: number, col: number, offsetX: number, offsetY: number): this {
    const whole = [row, col, offsetX, offsetY].every(Number.isInteger);
    if (!whole || row < 1 || col < 1 || offsetX < 0 || offsetY < 0) {
      // The wording is ours; the rule (1-indexed anchors, pixel offsets) is ContainerInfo's.
      throw new Error(
        `Invalid chart position: anchor row ${row}, column ${col} (1-indexed), offsets ${offsetX}, ${offsetY}.`,
      );
    }
    this._spec.position = { row, col, offsetX, offsetY };
    return this;
  }
  build(): FakeEmbeddedChart {
    if (this._spec.ranges.length === 0) throw new Error('The chart has no data.');
    return new FakeEmbeddedChart(structuredCloneSpec(this._spec));
  }
}

function structuredCloneSpec(s: FakeChartSpec): FakeChartSpec {
  return {
    type: s.type,
    ranges: [...s.ranges],
    options: { ...s.options },
    position: s.position && { ...s.position },
  };
}

export class FakeRange {
  /** Written as whole columns (A1 "P:R"): a protection of it covers rows added later too. */
  _openRows = false;
  constructor(
    private readonly ctx: Ctx,
    readonly _sheet: FakeSheet,
    readonly _row: number,
    readonly _col: number,
    readonly _rows: number,
    readonly _cols: number,
  ) {
    if (_rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (_cols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (_row < 1 || _col < 1 || _row + _rows - 1 > _sheet._maxRows || _col + _cols - 1 > _sheet._maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    // biome-ignore lint/correctness/noConstructorReturn: the proxy counts calls
    return track(ctx, this, 'Range');
  }

  _each(fn: (rec: CellRec, r: number, c: number) => void): void {
    this._sheet._assertAlive();
    this._sheet._assertEditable(this);
    for (let r = 0; r < this._rows; r++) {
      for (let c = 0; c < this._cols; c++) fn(this._sheet._cell(this._row + r, this._col + c, true)!, r, c);
    }
  }

  _read<T>(fn: (rec: CellRec | undefined) => T): T[][] {
    this._sheet._assertAlive();
    const out: T[][] = [];
    for (let r = 0; r < this._rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this._cols; c++)
        row.push(fn(this._sheet._cell(this._row + r, this._col + c, false)));
      out.push(row);
    }
    return out;
  }

  _checkSize(data: unknown, what: string): unknown[][] {
    if (!Array.isArray(data))
      throw new Error(`Exception: The parameters (${what}) don't match the method signature.`);
    if (data.length !== this._rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._rows}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row))
        throw new Error(`Exception: The parameters (${what}) don't match the method signature.`);
      if (row.length !== this._cols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._cols}.`,
        );
      }
    }
    return data as unknown[][];
  }

  getSheet(): FakeSheet {
    return this._sheet;
  }
  getRow(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getNumRows(): number {
    return this._rows;
  }
  getNumColumns(): number {
    return this._cols;
  }
  getLastRow(): number {
    return this._row + this._rows - 1;
  }
  getLastColumn(): number {
    return this._col + this._cols - 1;
  }
  getA1Notation(): string {
    if (this._openRows) return `${colLetters(this._col)}:${colLetters(this._col + this._cols - 1)}`;
    return toA1(this._row, this._col, this._rows, this._cols);
  }
  getValues(): Value[][] {
    return this._read((rec) => (rec ? readValue(this.ctx, rec.v) : ''));
  }
  getValue(): Value {
    const rec = this._sheet._cell(this._row, this._col, false);
    return rec ? readValue(this.ctx, rec.v) : '';
  }
  getDisplayValues(): string[][] {
    return this._read((rec) => displayText(rec));
  }
  getFormulas(): string[][] {
    return this._read((rec) => rec?.f ?? '');
  }
  getFormula(): string {
    return this._sheet._cell(this._row, this._col, false)?.f ?? '';
  }
  getNumberFormats(): string[][] {
    return this._read((rec) => rec?.fmt ?? 'General');
  }
  getBackgrounds(): string[][] {
    return this._read((rec) => rec?.bg ?? '#ffffff');
  }
  getFontWeights(): string[][] {
    return this._read((rec) => rec?.fw ?? 'normal');
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getfontlines
  // "Gets the line style of the cells in the range ('underline', 'line-through', or 'none')."
  getFontLines(): string[][] {
    return this._read((rec) => rec?.fl ?? 'none');
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setfontlinefontline
  // "Sets the font line style of the given range ('underline', 'line-through', or 'none')"; null resets it.
  setFontLine(line: string | null): this {
    if (line !== null && line !== 'underline' && line !== 'line-through' && line !== 'none')
      throw new Error(`Exception: Invalid argument: fontLine ${line}`);
    this._each((rec) => {
      rec.fl = line === null || line === 'none' ? undefined : line;
    });
    return this;
  }
  getDataValidation(): FakeDataValidation | null {
    return this._sheet._cell(this._row, this._col, false)?.dv ?? null;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._read((rec) => rec?.dv ?? null);
  }
  isBlank(): boolean {
    return this._read((rec) => isBlank(rec)).every((row) => row.every(Boolean));
  }

  setValues(values: unknown[][]): this {
    const data = this._checkSize(values, 'number[][]');
    this._each((rec, r, c) => assign(rec, interpret(this.ctx, data[r][c], rec.fmt)));
    return this;
  }
  setValue(value: unknown): this {
    this._each((rec) => assign(rec, interpret(this.ctx, value, rec.fmt)));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    const data = this._checkSize(formulas, 'String[][]');
    this._each((rec, r, c) => {
      const f = String(data[r][c] ?? '');
      rec.f = f === '' ? undefined : f.startsWith('=') ? f : `=${f}`;
      rec.v = '';
      rec.quoted = undefined;
      rec.err = undefined;
    });
    return this;
  }
  setFormula(formula: string): this {
    this._each((rec) => {
      rec.f = formula.startsWith('=') ? formula : `=${formula}`;
      rec.v = '';
      rec.err = undefined;
    });
    return this;
  }
  setNumberFormat(fmt: string): this {
    this._each((rec) => {
      rec.fmt = fmt;
    });
    return this;
  }
  setNumberFormats(fmts: string[][]): this {
    const data = this._checkSize(fmts, 'String[][]');
    this._each((rec, r, c) => {
      rec.fmt = String(data[r][c]);
    });
    return this;
  }
  setBackground(color: string | null): this {
    this._each((rec) => {
      rec.bg = color ?? undefined;
    });
    return this;
  }
  setBackgrounds(colors: (string | null)[][]): this {
    const data = this._checkSize(colors, 'String[][]');
    this._each((rec, r, c) => {
      rec.bg = (data[r][c] as string | null) ?? undefined;
    });
    return this;
  }
  setFontWeight(w: string | null): this {
    this._each((rec) => {
      rec.fw = w ?? undefined;
    });
    return this;
  }
  setFontWeights(ws: (string | null)[][]): this {
    const data = this._checkSize(ws, 'String[][]');
    this._each((rec, r, c) => {
      rec.fw = (data[r][c] as string | null) ?? undefined;
    });
    return this;
  }
  setFontColor(color: string | null): this {
    this._each((rec) => {
      rec.fc = color ?? undefined;
    });
    return this;
  }
  setFontStyle(style: string | null): this {
    this._each((rec) => {
      rec.fst = style ?? undefined;
    });
    return this;
  }
  setFontSize(size: number): this {
    this._each((rec) => {
      rec.size = size;
    });
    return this;
  }
  setHorizontalAlignment(a: string | null): this {
    this._each((rec) => {
      rec.ha = a ?? undefined;
    });
    return this;
  }
  setWrap(w: boolean): this {
    this._each((rec) => {
      rec.wrap = w;
    });
    return this;
  }
  setBorder(...args: (boolean | null)[]): this {
    const on = args.slice(0, 4).some((a) => a === true);
    this._each((rec) => {
      rec.border = on;
    });
    return this;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw new Error('Invalid argument: rule');
    this._each((rec) => {
      rec.dv = rule;
    });
    return this;
  }
  merge(): this {
    this._sheet._assertAlive();
    if (this._rows * this._cols < 2) throw new Error('You must select more than one cell to merge.');
    const overlaps = this._sheet._merges.some(
      (m) =>
        m.row <= this._row + this._rows - 1 &&
        this._row <= m.row + m.rows - 1 &&
        m.col <= this._col + this._cols - 1 &&
        this._col <= m.col + m.cols - 1,
    );
    if (overlaps) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    // Sheets refuses a merge across the frozen edge ("You can't merge frozen and non-frozen columns"):
    // https://developers.google.com/apps-script/reference/spreadsheet/range#merge
    const block = { row: this._row, col: this._col, rows: this._rows, cols: this._cols };
    if (crossesFrozen(block, 'cols', this._sheet._frozenCols))
      throw new Error("Exception: You can't merge frozen and non-frozen columns.");
    if (crossesFrozen(block, 'rows', this._sheet._frozenRows))
      throw new Error("Exception: You can't merge frozen and non-frozen rows.");
    this._sheet._merges.push({ row: this._row, col: this._col, rows: this._rows, cols: this._cols });
    // A merge keeps the top-left cell's value only; the others are gone, and breakApart does not bring
    // them back (Sheets warns "Merging cells will only preserve the top-leftmost value"; shown step by step
    // in https://gist.github.com/tanaikech/a03b0bb4218a19b41d507a5b649e3802). A script then reads '' there.
    this._each((rec, r, c) => {
      if (r === 0 && c === 0) return;
      rec.v = '';
      rec.f = undefined;
      rec.quoted = undefined;
      rec.parsed = undefined;
      rec.err = undefined;
    });
    return this;
  }
  /**
   * The merges that meet this range, wholly inside it or holding at least one of its cells
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#getmergedranges), each as a
   * Range over the whole merge.
   */
  getMergedRanges(): FakeRange[] {
    this._sheet._assertAlive();
    return this._sheet._merges
      .filter((m) => this._meets(m))
      .map((m) => new FakeRange(this.ctx, this._sheet, m.row, m.col, m.rows, m.cols));
  }
  /**
   * Unmerge every merge in the range, as Format → Merge cells → Unmerge does
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#breakapart); a merge only
   * partly inside the range is refused with the words merge() uses (the Sheets API states the rule:
   * "If the range spans multiple merges, all will be unmerged. The range must not partially span any
   * merge", https://googleapis.dev/dotnet/Google.Apis.Sheets.v4/latest/api/Google.Apis.Sheets.v4.Data.UnmergeCellsRequest.html).
   * Values stay where they are: the top-left cell keeps the merge's value, the others stay blank.
   */
  breakApart(): this {
    return this._breakApart();
  }
  _breakApart(): this {
    this._sheet._assertAlive();
    const within = (m: { row: number; col: number; rows: number; cols: number }) =>
      m.row >= this._row &&
      m.col >= this._col &&
      m.row + m.rows <= this._row + this._rows &&
      m.col + m.cols <= this._col + this._cols;
    const met = this._sheet._merges.filter((m) => this._meets(m));
    if (met.some((m) => !within(m)))
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    this._sheet._merges = this._sheet._merges.filter((m) => !met.includes(m));
    return this;
  }
  _meets(m: { row: number; col: number; rows: number; cols: number }): boolean {
    return (
      m.row <= this._row + this._rows - 1 &&
      this._row <= m.row + m.rows - 1 &&
      m.col <= this._col + this._cols - 1 &&
      this._col <= m.col + m.cols - 1
    );
  }
  protect(): FakeProtection {
    this._sheet._assertAlive();
    const p = new FakeProtection(this.ctx, 'RANGE', this._sheet, this);
    p._openRows = this._openRows;
    this._sheet._protections.push(p);
    return p;
  }
  clear(): this {
    this._each((rec) => {
      for (const k of Object.keys(rec)) delete (rec as unknown as Record<string, unknown>)[k];
      rec.v = '';
    });
    return this;
  }
  clearContent(): this {
    this._each((rec) => {
      rec.v = '';
      rec.f = undefined;
      rec.err = undefined;
    });
    return this;
  }
  activate(): this {
    this._sheet._ss._active = this._sheet;
    return this;
  }
}

export class FakeRangeList {
  constructor(
    ctx: Ctx,
    readonly _ranges: FakeRange[],
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: the proxy counts calls
    return track(ctx, this, 'RangeList');
  }
  getRanges(): FakeRange[] {
    return [...this._ranges];
  }
  /**
   * Range.breakApart on each range, one call
   * (https://developers.google.com/apps-script/reference/spreadsheet/range-list#breakapart): a range that
   * cuts a merge is refused as Range.breakApart refuses it (modelled as one request failing whole).
   */
  breakApart(): this {
    const sheetMerges = this._ranges.map((r) => r._sheet._merges);
    try {
      for (const r of this._ranges) r._breakApart();
    } catch (error) {
      this._ranges.forEach((r, i) => {
        r._sheet._merges = sheetMerges[i];
      });
      throw error;
    }
    return this;
  }
  _all(fn: (rec: CellRec) => void): this {
    for (const r of this._ranges) r._each(fn);
    return this;
  }
  setNumberFormat(fmt: string): this {
    return this._all((rec) => {
      rec.fmt = fmt;
    });
  }
  setBackground(c: string | null): this {
    return this._all((rec) => {
      rec.bg = c ?? undefined;
    });
  }
  setFontWeight(w: string | null): this {
    return this._all((rec) => {
      rec.fw = w ?? undefined;
    });
  }
  setFontColor(c: string | null): this {
    return this._all((rec) => {
      rec.fc = c ?? undefined;
    });
  }
  setFontStyle(s: string | null): this {
    return this._all((rec) => {
      rec.fst = s ?? undefined;
    });
  }
  setFontSize(n: number): this {
    return this._all((rec) => {
      rec.size = n;
    });
  }
  setHorizontalAlignment(a: string | null): this {
    return this._all((rec) => {
      rec.ha = a ?? undefined;
    });
  }
  setWrap(w: boolean): this {
    return this._all((rec) => {
      rec.wrap = w;
    });
  }
  setBorder(...args: (boolean | null)[]): this {
    const on = args.slice(0, 4).some((a) => a === true);
    return this._all((rec) => {
      rec.border = on;
    });
  }
  clearContent(): this {
    return this._all((rec) => {
      rec.v = '';
      rec.f = undefined;
    });
  }
}

/**
 * A tab needs a name: Sheets leaves the old name in place when a tab is renamed to nothing (or spaces), and
 * Sheet.setName / Spreadsheet.insertSheet take "the new name for the sheet"
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setnamename,
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname): an empty
 * or blank one is refused as an invalid argument.
 */
function assertSheetName(name: string): void {
  if (typeof name !== 'string' || name.trim() === '')
    throw new Error('Exception: Invalid argument: sheetName');
}

export class FakeSheet {
  _cells: (CellRec | undefined)[][] = [];
  _maxRows: number;
  _maxCols: number;
  _frozenRows = 0;
  _frozenCols = 0;
  _widths = new Map<number, number>();
  /** Columns hidden by the user (1-based), as hideColumns leaves them. */
  _hiddenCols = new Set<number>();
  _merges: { row: number; col: number; rows: number; cols: number }[] = [];
  _protections: FakeProtection[] = [];
  _charts: FakeEmbeddedChart[] = [];
  _tabColor: string | null = null;
  /** Hidden from the tab bar (hideSheet). */
  _hidden = false;
  _deleted = false;
  /** Developer metadata on the tab (kept through renames, as Sheets keeps it with the sheet). */
  _metadata: { key: string; value: string | null }[] = [];
  readonly _id: number;

  constructor(
    private readonly ctx: Ctx,
    readonly _ss: FakeSpreadsheet,
    public _name: string,
    rows: number,
    cols: number,
  ) {
    this._maxRows = rows;
    this._maxCols = cols;
    this._id = ctx.nextId++;
    // biome-ignore lint/correctness/noConstructorReturn: the proxy counts calls
    return track(ctx, this, 'Sheet');
  }

  _assertAlive(): void {
    if (this._deleted) throw new Error('Sheet has been deleted.');
  }
  /**
   * Sheets refuses edits to a protected tab or range from anyone but its editors (a warning-only one
   * asks first in the UI and lets a script through). No range = the tab itself: rename, delete, and rows
   * or columns inserted or deleted, which change the protected sheet as a cell edit does ("A protected
   * sheet may include unprotected regions", https://developers.google.com/apps-script/reference/spreadsheet/protection:
   * only those are open to others).
   */
  _assertEditable(range?: FakeRange): void {
    const blocked = this._protections.some(
      (p) =>
        p._blocks() &&
        (p._type === 'SHEET' ||
          (range !== undefined && p._covers(range._row, range._col, range._rows, range._cols))),
    );
    if (blocked) {
      throw new Error(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
    }
  }
  /**
   * A cell's record. Inside an execution a write goes to that execution's pending copy, which only it
   * reads until flush() or return commits it (SpreadsheetApp.flush: "Applies all pending Spreadsheet
   * changes. Spreadsheet operations are sometimes bundled together to improve performance",
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush).
   */
  _cell(row: number, col: number, create: boolean): CellRec | undefined {
    const exec = this.ctx.exec;
    if (exec) {
      const key = (row - 1) * CELL_KEY + (col - 1);
      const mine = exec.pending.get(this);
      const rec = mine?.get(key);
      if (rec) return rec;
      if (create) {
        const committed = this._committed(row, col, false);
        const copy: CellRec = committed ? { ...committed } : { v: '' };
        let map = mine;
        if (!map) {
          map = new Map();
          exec.pending.set(this, map);
        }
        map.set(key, copy);
        return copy;
      }
    }
    return this._committed(row, col, create);
  }
  /** Apply an execution's pending writes to this tab. */
  _commit(pending: Map<number, CellRec>): void {
    if (this._deleted) return;
    for (const [key, rec] of pending) {
      const row = Math.floor(key / CELL_KEY) + 1;
      const col = (key % CELL_KEY) + 1;
      if (row > this._maxRows || col > this._maxCols) continue;
      let r = this._cells[row - 1];
      if (!r) {
        r = [];
        this._cells[row - 1] = r;
      }
      r[col - 1] = rec;
    }
  }
  /** The running execution's pending writes go in before rows or columns move under them. */
  _flushMine(): void {
    const exec = this.ctx.exec;
    const mine = exec?.pending.get(this);
    if (!exec || !mine) return;
    this._commit(mine);
    exec.pending.delete(this);
  }
  _committed(row: number, col: number, create: boolean): CellRec | undefined {
    let r = this._cells[row - 1];
    if (!r) {
      if (!create) return undefined;
      r = [];
      this._cells[row - 1] = r;
    }
    let rec = r[col - 1];
    if (!rec && create) {
      rec = { v: '' };
      r[col - 1] = rec;
    }
    return rec;
  }
  /** Pending cells of the running execution that hold something: (row, col) pairs. */
  _pendingFilled(): { row: number; col: number }[] {
    const mine = this.ctx.exec?.pending.get(this);
    if (!mine) return [];
    const out: { row: number; col: number }[] = [];
    for (const [key, rec] of mine) {
      if (!isBlank(rec)) out.push({ row: Math.floor(key / CELL_KEY) + 1, col: (key % CELL_KEY) + 1 });
    }
    return out;
  }
  _lastRow(): number {
    let last = 0;
    const cells = this._cells;
    const pending = this.ctx.exec?.pending.get(this);
    for (let r = cells.length; r >= 1 && last === 0; r--) {
      const row = cells[r - 1];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const rec = pending?.get((r - 1) * CELL_KEY + c) ?? row[c];
        if (!isBlank(rec)) {
          last = r;
          break;
        }
      }
    }
    for (const p of this._pendingFilled()) last = Math.max(last, p.row);
    return last;
  }
  _lastCol(): number {
    let last = 0;
    for (const p of this._pendingFilled()) if (p.col > last) last = p.col;
    for (const row of this._cells) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (!isBlank(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }
  _fullRange(): FakeRange {
    return new FakeRange(this.ctx, this, 1, 1, this._maxRows, this._maxCols);
  }
  /** Test helper: the cell record (no call counted). */
  _peek(row: number, col: number): Readonly<CellRec> | undefined {
    return this._cell(row, col, false);
  }
  /** Test helper: all values as a grid of the used area (no call counted), dates as getValues gives them. */
  _grid(): Value[][] {
    const rows = this._lastRow();
    const cols = this._lastCol();
    const out: Value[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: Value[] = [];
      for (let c = 1; c <= cols; c++) row.push(readValue(this.ctx, this._cell(r, c, false)?.v ?? ''));
      out.push(row);
    }
    return out;
  }

  getName(): string {
    return this._name;
  }
  setName(name: string): this {
    this._assertAlive();
    assertSheetName(name);
    this._assertEditable(); // a protected tab cannot be renamed by someone who may not edit it
    const clash = this._ss._sheets.find((s) => s !== this && s._name.toLowerCase() === name.toLowerCase());
    if (clash) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this._name = name;
    return this;
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this._ss;
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }
  getLastRow(): number {
    return this._lastRow();
  }
  getLastColumn(): number {
    return this._lastCol();
  }
  getDataRange(): FakeRange {
    this._assertAlive();
    return new FakeRange(this.ctx, this, 1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastCol()));
  }
  _rangeA1(a1: string): FakeRange {
    const ref = parseA1(a1);
    const endRow = ref.endRow ?? this._maxRows;
    const endCol = ref.endCol ?? this._maxCols;
    const range = new FakeRange(this.ctx, this, ref.row, ref.col, endRow - ref.row + 1, endCol - ref.col + 1);
    range._openRows = ref.endRow === null && ref.row === 1 && !/\d/.test(a1.slice(a1.lastIndexOf('!') + 1));
    return range;
  }
  getRange(a: number | string, col?: number, rows?: number, cols?: number): FakeRange {
    this._assertAlive();
    if (typeof a === 'string') return this._rangeA1(a);
    if (col === undefined)
      throw new Error('Exception: The parameters (number) don\u2019t match the method signature.');
    return new FakeRange(this.ctx, this, a, col, rows ?? 1, cols ?? 1);
  }
  getRangeList(a1s: string[]): FakeRangeList {
    this._assertAlive();
    return new FakeRangeList(
      this.ctx,
      a1s.map((a) => this._rangeA1(a)),
    );
  }
  insertRowsAfter(after: number, n: number): this {
    this._assertAlive();
    this._assertEditable(); // a sheet protection refuses rows and columns added or removed, as it refuses cells
    if (after < 1 || after > this._maxRows) throw new Error('Those rows are out of bounds.');
    this._ss._assertRoom(n * this._maxCols);
    this._flushMine();
    // Shifted by a loop, not splice(after, 0, ...rows): spreading a few hundred thousand rows into the call's
    // arguments overflows the stack (Maximum call stack size exceeded), which Sheets itself does not do.
    const cells = this._cells;
    const at = Math.min(after, cells.length);
    cells.length += n;
    for (let i = cells.length - 1; i >= at + n; i--) cells[i] = cells[i - n];
    for (let i = at; i < at + n; i++) cells[i] = undefined as unknown as CellRec[];
    this._maxRows += n;
    return this;
  }
  insertColumnsAfter(after: number, n: number): this {
    this._assertAlive();
    this._assertEditable(); // a sheet protection refuses rows and columns added or removed, as it refuses cells
    if (after < 1 || after > this._maxCols) throw new Error('Those columns are out of bounds.');
    this._ss._assertRoom(n * this._maxRows);
    this._flushMine();
    for (const row of this._cells) if (row && row.length > after) row.splice(after, 0, ...new Array(n));
    this._shiftHidden(after + 1, n);
    this._maxCols += n;
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnsbeforebeforeposition,-howmany
  // "Inserts a number of columns before the given column position": the cells from there move right. As in
  // insertColumnsAfter, formula references and protected ranges are not moved here (Sheets moves them).
  insertColumnsBefore(before: number, n: number): this {
    this._assertAlive();
    this._assertEditable(); // a sheet protection refuses rows and columns added or removed, as it refuses cells
    if (before < 1 || before > this._maxCols) throw new Error('Those columns are out of bounds.');
    this._ss._assertRoom(n * this._maxRows);
    this._flushMine();
    for (const row of this._cells)
      if (row && row.length >= before) row.splice(before - 1, 0, ...new Array(n));
    this._shiftHidden(before, n);
    this._maxCols += n;
    return this;
  }
  deleteRows(start: number, n: number): this {
    this._assertAlive();
    this._assertEditable(); // a sheet protection refuses rows and columns added or removed, as it refuses cells
    if (start < 1 || start + n - 1 > this._maxRows) throw new Error('Those rows are out of bounds.');
    if (n >= this._maxRows) throw new Error("You can't delete all the rows on the sheet.");
    // "You must keep a non-frozen row right after the frozen one", in the Sheets UI as through the API
    // (https://github.com/theoephraim/node-google-spreadsheet/issues/186).
    if (this._frozenRows > 0 && this._maxRows - n <= this._frozenRows)
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    this._flushMine();
    this._cells.splice(start - 1, n);
    this._maxRows -= n;
    return this;
  }
  deleteColumns(start: number, n: number): this {
    this._assertAlive();
    this._assertEditable(); // a sheet protection refuses rows and columns added or removed, as it refuses cells
    if (start < 1 || start + n - 1 > this._maxCols) throw new Error('Those columns are out of bounds.');
    if (n >= this._maxCols) throw new Error("You can't delete all the columns on the sheet.");
    if (this._frozenCols > 0 && this._maxCols - n <= this._frozenCols)
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    this._flushMine();
    for (const row of this._cells) if (row) row.splice(start - 1, n);
    this._shiftHidden(start, -n);
    this._maxCols -= n;
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#adddevelopermetadatakey,-value
  // The Sheets API refuses metadata beyond 30,000 characters on one sheet
  // (https://developers.google.com/workspace/sheets/api/guides/metadata); a key must not be empty.
  addDeveloperMetadata(key: string, value?: string): this {
    this._assertAlive();
    if (typeof key !== 'string' || key === '') throw new Error('Exception: Invalid argument: key');
    const size = this._metadata.reduce((n, m) => n + m.key.length + (m.value?.length ?? 0), 0);
    if (size + key.length + (value?.length ?? 0) > 30_000) {
      throw new Error('Exception: The total size of developer metadata on this sheet exceeds the limit.');
    }
    this._metadata.push({ key, value: value ?? null });
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getdevelopermetadata
  getDeveloperMetadata(): { getKey(): string; getValue(): string | null }[] {
    this._assertAlive();
    return this._metadata.map((m) => ({ getKey: () => m.key, getValue: () => m.value }));
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  // A freeze may not cut a merge: Sheets says it cannot freeze rows or columns that contain only part
  // of a merged cell. https://developers.google.com/apps-script/reference/spreadsheet/sheet#setfrozenrowsrows
  setFrozenRows(n: number): this {
    if (this._merges.some((m) => crossesFrozen(m, 'rows', n)))
      throw new Error(
        'Exception: Sorry, it is not possible to freeze rows that contain only part of a merged cell.',
      );
    // A row must stay below the frozen ones: "Exception: You can't freeze all visible rows on the sheet."
    // (Apps Script log in https://github.com/google/ads-account-structure-script/issues/2; the same
    // refusal through the API in https://github.com/theoephraim/node-google-spreadsheet/issues/528).
    if (n >= this._maxRows) throw new Error("Exception: You can't freeze all visible rows on the sheet.");
    this._frozenRows = n;
    return this;
  }
  getFrozenColumns(): number {
    return this._frozenCols;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setfrozencolumnscolumns
  setFrozenColumns(n: number): this {
    if (this._merges.some((m) => crossesFrozen(m, 'cols', n)))
      throw new Error(
        'Exception: Sorry, it is not possible to freeze columns that contain only part of a merged cell.',
      );
    // As for rows (above): the UI and the API keep a column beside the frozen ones.
    if (n >= this._maxCols) throw new Error("Exception: You can't freeze all visible columns on the sheet.");
    this._frozenCols = n;
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#issheethidden
  // "Returns true if the sheet is currently hidden."
  isSheetHidden(): boolean {
    this._assertAlive();
    return this._hidden;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidesheet
  // "Hides this sheet. Has no effect if the sheet is already hidden. If this method is called on the only
  // visible sheet, it throws an exception." (The exception's text is ours: the page does not give it.)
  hideSheet(): this {
    this._assertAlive();
    if (!this._hidden && this._ss._sheets.filter((s) => !s._hidden).length === 1)
      throw new Error("Exception: You can't hide all the sheets in a document.");
    this._hidden = true;
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#showsheet
  // "Makes the sheet visible. Has no effect if the sheet is already visible."
  showSheet(): this {
    this._assertAlive();
    this._hidden = false;
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#iscolumnhiddenbyusercolumnposition
  // "Returns whether the given column is hidden by the user." A position outside the sheet is refused, as the
  // other column methods refuse it.
  isColumnHiddenByUser(col: number): boolean {
    this._assertAlive();
    if (!Number.isInteger(col) || col < 1 || col > this._maxCols)
      throw new Error('Those columns are out of bounds.');
    return this._hiddenCols.has(col);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidecolumnscolumnindex,-numcolumns
  // "Hides one or more consecutive columns starting at the given index." (1-based, within the sheet.)
  hideColumns(col: number, n = 1): void {
    this._assertAlive();
    if (col < 1 || n < 1 || col + n - 1 > this._maxCols) throw new Error('Those columns are out of bounds.');
    for (let c = col; c < col + n; c++) this._hiddenCols.add(c);
  }
  /** Hidden columns moved as cells move when columns are inserted (at, n > 0) or deleted (n < 0). */
  _shiftHidden(at: number, n: number): void {
    const moved = new Set<number>();
    for (const c of this._hiddenCols) {
      if (c < at) moved.add(c);
      else if (n > 0) moved.add(c + n);
      else if (c >= at - n) moved.add(c + n);
    }
    this._hiddenCols = moved;
  }
  getColumnWidth(col: number): number {
    return this._widths.get(col) ?? 100;
  }
  setColumnWidth(col: number, w: number): this {
    this._widths.set(col, w);
    return this;
  }
  setColumnWidths(start: number, n: number, w: number): this {
    for (let c = start; c < start + n; c++) this._widths.set(c, w);
    return this;
  }
  setTabColor(color: string | null): this {
    this._tabColor = color;
    return this;
  }
  protect(): FakeProtection {
    this._assertAlive();
    const existing = this._protections.find((p) => p._type === 'SHEET');
    if (existing) return existing;
    const p = new FakeProtection(this.ctx, 'SHEET', this, null);
    this._protections.push(p);
    return p;
  }
  getProtections(type: string): FakeProtection[] {
    return this._protections.filter((p) => p._type === type);
  }
  newChart(): FakeChartBuilder {
    return new FakeChartBuilder(this.ctx);
  }
  insertChart(chart: FakeEmbeddedChart): this {
    this._assertAlive();
    this._charts.push(chart);
    return this;
  }
  getCharts(): FakeEmbeddedChart[] {
    return [...this._charts];
  }
  removeChart(chart: FakeEmbeddedChart): void {
    this._charts = this._charts.filter((c) => c !== chart);
  }
  activate(): this {
    this._ss._active = this;
    return this;
  }
  clear(): this {
    this._flushMine();
    this._cells = [];
    return this;
  }
}

/** Column stride of a pending cell's key (Sheets allows 18,278 columns). */
const CELL_KEY = 20_000;

/** Whether a block spans the edge after `frozen` rows or columns (nothing is frozen at 0). */
function crossesFrozen(
  b: { row: number; col: number; rows: number; cols: number },
  axis: 'rows' | 'cols',
  frozen: number,
): boolean {
  if (frozen <= 0) return false;
  const start = axis === 'rows' ? b.row : b.col;
  const end = start + (axis === 'rows' ? b.rows : b.cols) - 1;
  return start <= frozen && end > frozen;
}

/** A cell as getDisplayValues shows it: a date in its number format (yyyy-mm-dd by default). */
function displayText(rec: CellRec | undefined): string {
  if (!rec) return '';
  const v = rec.v;
  if (isDate(v)) {
    const fmt = rec.fmt && /y/i.test(rec.fmt) ? rec.fmt : 'yyyy-mm-dd';
    // The wall clock is stored as if UTC: format it in UTC.
    return formatDate(
      v,
      'UTC',
      fmt
        .replace(/mm(?!:)/g, 'MM')
        .replace(/hh/gi, 'HH')
        .replace(/:MM/g, ':mm'),
    );
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export class FakeSpreadsheet {
  _sheets: FakeSheet[] = [];
  _active: FakeSheet | null = null;
  constructor(
    readonly ctx: Ctx,
    private readonly name: string,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: the proxy counts calls
    return track(ctx, this, 'Spreadsheet');
  }
  /** Test helper: a tab by name without counting a call. */
  _sheet(name: string): FakeSheet | undefined {
    return this._sheets.find((s) => s._name === name);
  }
  /** Cells in every tab (Sheets: at most 10 million per spreadsheet). */
  _cellCount(): number {
    return this._sheets.reduce((n, s) => n + s._maxRows * s._maxCols, 0);
  }
  /**
   * Refuse growth past 10 million cells, as Sheets does ("up to 10 million cells … for spreadsheets
   * that are created in or converted to Google Sheets", https://support.google.com/drive/answer/37603;
   * the error text is the one Sheets shows).
   */
  _assertRoom(more: number): void {
    if (this._cellCount() + more > CELL_LIMIT) {
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
  }
  /** Test helper: add a tab with values (no call counted). */
  _addSheet(name: string, values: unknown[][] = [], rows = 1000, cols = 26): FakeSheet {
    const sheet = new FakeSheet(
      this.ctx,
      this,
      name,
      Math.max(rows, values.length),
      Math.max(cols, ...values.map((r) => r.length)),
    );
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        assign(sheet._committed(r + 1, c + 1, true)!, interpret(this.ctx, v));
      });
    });
    this._sheets.push(sheet);
    return sheet;
  }
  getName(): string {
    return this.name;
  }
  getId(): string {
    return 'fake-spreadsheet-id';
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getspreadsheettimezone
  getSpreadsheetTimeZone(): string {
    return this.ctx.tz;
  }
  /** Date cells keep their wall clock (their serial number); getValues then names it in the new zone. */
  setSpreadsheetTimeZone(tz: string): void {
    if (!isZone(tz)) throw new Error(`Exception: Invalid argument: timezone (${String(tz)})`);
    this.ctx.tz = tz;
  }
  getOwner(): FakeUser {
    return this.ctx.owner;
  }
  getSheets(): FakeSheet[] {
    return [...this._sheets];
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this._sheets.find((s) => s._name === name) ?? null;
  }
  getActiveSheet(): FakeSheet {
    return this._active ?? this._sheets[0];
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    // No reference page says what a deleted tab's Sheet does here; like the fake's Sheet methods, it refuses
    // (stricter than Sheets may be), so code that keeps Sheet objects must not hand a deleted one over.
    sheet._assertAlive();
    this._active = sheet;
    return sheet;
  }
  insertSheet(a?: string | number, b?: number): FakeSheet {
    let name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : b;
    if (name === undefined) {
      let n = this._sheets.length + 1;
      while (this._sheets.some((s) => s._name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    assertSheetName(name);
    const wanted = name;
    if (this._sheets.some((s) => s._name.toLowerCase() === wanted.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (index !== undefined && (index < 0 || index > this._sheets.length))
      throw new Error('Invalid sheet index.');
    this._assertRoom(1000 * 26);
    // A new tab has 1000 rows and 26 columns and becomes the active one:
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex
    const sheet = new FakeSheet(this.ctx, this, name, 1000, 26);
    this._sheets.splice(index ?? this._sheets.length, 0, sheet);
    this._active = sheet; // insertSheet activates the new sheet, as in Sheets
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    const i = this._sheets.indexOf(sheet);
    if (i < 0) throw new Error('Sheet not found.');
    if (this._sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    sheet._assertEditable();
    sheet._flushMine();
    this._sheets.splice(i, 1);
    sheet._deleted = true;
    if (this._active === sheet) this._active = this._sheets[0];
  }
  getRange(a1: string): FakeRange {
    const ref = parseA1(a1);
    const sheet = ref.sheet === null ? (this._active ?? this._sheets[0]) : this._sheet(ref.sheet);
    if (!sheet) throw new Error(`Range not found`);
    return sheet._rangeA1(a1.slice(a1.lastIndexOf('!') + 1));
  }
  getRangeByName(): null {
    return null;
  }
  toast(): void {}
}

export class FakeHtmlOutput {
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  constructor(
    ctx: Ctx,
    readonly _file: string,
    readonly _content: string,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: the proxy counts calls
    return track(ctx, this, 'HtmlOutput');
  }
  setTitle(t: string): this {
    this._title = t;
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(w: number): this {
    this._width = w;
    return this;
  }
  setHeight(h: number): this {
    this._height = h;
    return this;
  }
  getContent(): string {
    return this._content;
  }
  addMetaTag(): this {
    return this;
  }
  setXFrameOptionsMode(): this {
    return this;
  }
  setSandboxMode(): this {
    return this;
  }
}

export class FakeHtmlTemplate {
  [key: string]: unknown;
  constructor(
    private readonly ctx: Ctx,
    readonly _file: string,
    readonly _content: string,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: the proxy counts calls
    return track(ctx, this, 'HtmlTemplate');
  }
  evaluate(): FakeHtmlOutput {
    return new FakeHtmlOutput(this.ctx, this._file, this._content);
  }
  getRawContent(): string {
    return this._content;
  }
}

export interface Shown {
  kind: 'sidebar' | 'modal' | 'modeless' | 'alert';
  file: string | null;
  title: string;
  width: number | null;
  height: number | null;
}

export class FakeMenu {
  _items: { caption: string; fn: string | null }[] = [];
  _added = false;
  constructor(
    ctx: Ctx,
    private readonly ui: FakeUi,
    readonly _caption: string,
    readonly _addon: boolean,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: the proxy counts calls
    return track(ctx, this, 'Menu');
  }
  addItem(caption: string, fn: string): this {
    this._items.push({ caption, fn });
    return this;
  }
  addSeparator(): this {
    this._items.push({ caption: '—', fn: null });
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    this._items.push(...menu._items.map((i) => ({ caption: `${menu._caption} › ${i.caption}`, fn: i.fn })));
    return this;
  }
  addToUi(): void {
    this._added = true;
    this.ui._menus.push(this);
  }
}

export class FakeUi {
  _menus: FakeMenu[] = [];
  _shown: Shown[] = [];
  _alerts: string[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  constructor(private readonly ctx: Ctx) {
    // biome-ignore lint/correctness/noConstructorReturn: the proxy counts calls
    return track(ctx, this, 'Ui');
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.ctx, this, '(add-on)', true);
  }
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.ctx, this, caption, false);
  }
  _show(kind: Shown['kind'], html: FakeHtmlOutput, title?: string): void {
    this._shown.push({
      kind,
      file: html._file,
      title: title ?? html._title,
      width: html._width,
      height: html._height,
    });
  }
  showSidebar(html: FakeHtmlOutput): void {
    this._show('sidebar', html);
  }
  showModalDialog(html: FakeHtmlOutput, title: string): void {
    this._show('modal', html, title);
  }
  showModelessDialog(html: FakeHtmlOutput, title: string): void {
    this._show('modeless', html, title);
  }
  alert(a: string, b?: string): string {
    this._alerts.push(b === undefined || typeof b !== 'string' ? a : `${a}\n${b}`);
    return 'OK';
  }
}

/**
 * The document lock, shared by every execution (https://developers.google.com/apps-script/reference/lock/lock).
 * Executions here run one after another, so a lock another execution holds cannot be waited for:
 * tryLock fails at once. Releasing it runs what a test scheduled with interleaveAfterRelease.
 */
export class FakeLock {
  _held = false;
  /** Another execution holds the document lock (tryLock then fails). */
  _heldElsewhere = false;
  _acquired = 0;
  /** The execution holding it (null outside run()). */
  _holder: Execution | null = null;
  constructor(private readonly ctx: Ctx) {
    // biome-ignore lint/correctness/noConstructorReturn: the proxy counts calls
    return track(ctx, this, 'Lock');
  }
  tryLock(_ms: number): boolean {
    if (this._heldElsewhere) return false;
    if (this._held && this._holder !== this.ctx.exec) return false;
    this._held = true;
    this._holder = this.ctx.exec;
    this._acquired++;
    return true;
  }
  waitLock(ms: number): void {
    if (!this.tryLock(ms))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this._held;
  }
  releaseLock(): void {
    this._held = false;
    this._holder = null;
    const next = this.ctx.onRelease.splice(0);
    for (const fn of next) fn();
  }
}

export interface FakeOptions {
  owner?: string;
  user?: string;
  name?: string;
  /** HTML files by name (without .html) that HtmlService can open; null = any name opens a stub. */
  htmlFiles?: Record<string, string> | null;
  /** Start with one empty tab, as a new spreadsheet has (default true). */
  startWithSheet1?: boolean;
  /** The spreadsheet's time zone (default Asia/Shanghai). */
  timeZone?: string;
  /** False: a standalone script, where LockService.getDocumentLock() returns null. */
  documentLock?: boolean;
}

export interface FakeApps {
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  lock: FakeLock;
  log: CallLog;
  /** Utilities.formatDate calls so far (not in `log`, which is SpreadsheetApp traffic). */
  formatDateCalls: number;
  /** The global objects Apps Script code sees: pass to node:vm or assign onto globalThis. */
  globals: Record<string, unknown>;
  /**
   * Dates handed to the script (cell values, Utilities.parseDate) are made with this constructor. In Apps
   * Script the services and the script share one realm: a node:vm test passes its context's Date.
   */
  useScriptRealm(scriptDate: DateConstructor): void;
  resetCounts(): void;
  /** Make the nth write from now throw (once unless `always`). */
  failAfterWrites(n: number, options?: { always?: boolean; message?: string }): void;
  /** Someone else opens the same spreadsheet: the user Session reports and protections check. */
  setUser(email: string): void;
  /** Install the globals on globalThis; returns a function that removes them. */
  install(): () => void;
  /**
   * Run fn as one execution of the script by `user` (default: the current user): its cell writes stay
   * invisible to other executions until it calls SpreadsheetApp.flush() or returns; a lock it still
   * holds is released at the end, as Apps Script does.
   */
  run<T>(fn: () => T, options?: { user?: string }): T;
  /** After the next releaseLock, run fn (e.g. another user's execution) before the releasing one goes on. */
  interleaveAfterRelease(fn: () => void): void;
  /** A user whose edit right on protections comes from a group, not their own address. */
  grantThroughGroup(email: string): void;
}

export function createFakeApps(options: FakeOptions = {}): FakeApps {
  const ctx: Ctx = {
    tz: options.timeZone ?? 'Asia/Shanghai',
    exec: null,
    onRelease: [],
    groupEditors: new Set(),
    documentLock: options.documentLock !== false,
    log: { total: 0, writes: 0, byMethod: {} },
    failAtWrite: null,
    failMessage: '',
    failOnce: true,
    owner: new FakeUser(options.owner ?? 'owner@example.org'),
    user: new FakeUser(options.user ?? options.owner ?? 'owner@example.org'),
    htmlFiles: options.htmlFiles === undefined ? null : options.htmlFiles,
    nextId: 1,
    scriptDate: Date,
  };
  const spreadsheet = new FakeSpreadsheet(ctx, options.name ?? '组工信息宣传积分台账');
  if (options.startWithSheet1 !== false) spreadsheet._addSheet('Sheet1');
  const ui = new FakeUi(ctx);
  const lock = new FakeLock(ctx);

  const enums = {
    ProtectionType: { SHEET: 'SHEET', RANGE: 'RANGE' },
    DataValidationCriteria: {
      VALUE_IN_LIST: 'VALUE_IN_LIST',
      VALUE_IN_RANGE: 'VALUE_IN_RANGE',
      DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
      NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      NUMBER_BETWEEN: 'NUMBER_BETWEEN',
    },
    BorderStyle: { SOLID: 'SOLID' },
  };
  const SpreadsheetApp = track(
    ctx,
    {
      ...enums,
      getActive: () => spreadsheet,
      getActiveSpreadsheet: () => spreadsheet,
      getActiveSheet: () => spreadsheet.getActiveSheet(),
      getUi: () => ui,
      newDataValidation: () => new FakeDataValidationBuilder(ctx),
      flush: () => commit(ctx),
    },
    'SpreadsheetApp',
  );
  const openFile = (file: string): string => {
    if (ctx.htmlFiles === null) return `<!doctype html><title>${file}</title>`;
    const content = ctx.htmlFiles[file];
    if (content === undefined) throw new Error(`No HTML file named ${file} was found.`);
    return content;
  };
  const HtmlService = track(
    ctx,
    {
      createHtmlOutputFromFile: (file: string) => new FakeHtmlOutput(ctx, file, openFile(file)),
      createTemplateFromFile: (file: string) => new FakeHtmlTemplate(ctx, file, openFile(file)),
      createHtmlOutput: (html = '') => new FakeHtmlOutput(ctx, '', String(html)),
      SandboxMode: { IFRAME: 'IFRAME' },
      XFrameOptionsMode: { DEFAULT: 'DEFAULT', ALLOWALL: 'ALLOWALL' },
    },
    'HtmlService',
  );
  const LockService = track(
    ctx,
    {
      // "Returns null if the script is not container-bound or an add-on"… run outside a document:
      // https://developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock
      getDocumentLock: () => (ctx.documentLock ? lock : null),
      getScriptLock: () => lock,
      getUserLock: () => lock,
    },
    'LockService',
  );
  const Session = track(
    ctx,
    {
      getEffectiveUser: () => ctx.user,
      getActiveUser: () => ctx.user,
      getScriptTimeZone: () => 'Asia/Shanghai',
    },
    'Session',
  );
  // https://developers.google.com/apps-script/reference/utilities/utilities
  // Not in the call log: Utilities is no round trip to the spreadsheet (the log measures SpreadsheetApp
  // traffic). Counted apart in formatDateCalls: a service call per date read is what a run must not make.
  const Utilities = Object.assign(
    {},
    {
      formatDate: (date: Date, tz: string, format: string) => {
        if (!isDate(date))
          throw new Error(
            'Exception: The parameters (String,String,String) don’t match the method signature for Utilities.formatDate.',
          );
        fake.formatDateCalls++;
        return formatDate(date, tz, format);
      },
      parseDate: (text: string, tz: string, format: string) =>
        new ctx.scriptDate(parseDate(text, tz, format).getTime()),
    },
  );
  const ScriptApp = {
    AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', FULL: 'FULL' },
  };
  const logged: unknown[] = [];
  const Logger = { log: (...a: unknown[]) => logged.push(a) };
  const globals: Record<string, unknown> = {
    SpreadsheetApp,
    HtmlService,
    LockService,
    Session,
    ScriptApp,
    Logger,
    Utilities,
  };

  const fake: FakeApps = {
    spreadsheet,
    ui,
    lock,
    log: ctx.log,
    formatDateCalls: 0,
    globals,
    useScriptRealm(scriptDate) {
      ctx.scriptDate = scriptDate;
    },
    resetCounts() {
      ctx.log.total = 0;
      ctx.log.writes = 0;
      for (const k of Object.keys(ctx.log.byMethod)) delete ctx.log.byMethod[k];
    },
    failAfterWrites(n, opts = {}) {
      ctx.failAtWrite = ctx.log.writes + n + 1;
      ctx.failOnce = !opts.always;
      ctx.failMessage = opts.message ?? 'Service Spreadsheets timed out while accessing document.';
    },
    setUser(email) {
      ctx.user = new FakeUser(email);
    },
    run(fn, opts = {}) {
      const saved = { user: ctx.user, exec: ctx.exec };
      const exec: Execution = { user: opts.user ? new FakeUser(opts.user) : ctx.user, pending: new Map() };
      ctx.user = exec.user;
      ctx.exec = exec;
      try {
        return fn();
      } finally {
        commit(ctx);
        if (lock._holder === exec) {
          lock._held = false;
          lock._holder = null;
        }
        ctx.user = saved.user;
        ctx.exec = saved.exec;
      }
    },
    interleaveAfterRelease(fn) {
      ctx.onRelease.push(() => {
        const exec = ctx.exec;
        const user = ctx.user;
        try {
          fn();
        } finally {
          ctx.exec = exec;
          ctx.user = user;
        }
      });
    },
    grantThroughGroup(email) {
      ctx.groupEditors.add(email);
    },
    install() {
      const g = globalThis as Record<string, unknown>;
      const before = new Map(Object.keys(globals).map((k) => [k, g[k]]));
      Object.assign(g, globals);
      return () => {
        for (const [k, v] of before) {
          if (v === undefined) delete g[k];
          else g[k] = v;
        }
      };
    },
  };
  return fake;
}

/** Commit the running execution's pending cell writes (SpreadsheetApp.flush, or the end of the run). */
function commit(ctx: Ctx): void {
  const exec = ctx.exec;
  if (!exec) return;
  for (const [sheet, pending] of exec.pending) sheet._commit(pending);
  exec.pending.clear();
}

/** Column letters for tests that build A1 strings. */
export { colLetters };
