// A pull scanner over the bytes of one XML part of an .xlsx: tags and text, nothing built per element.
// Decisions:
// - It reads bytes, not a decoded string: a 100k-row sheet is ~50 MB of XML, and only the cell texts
//   are ever decoded (as UTF-8, entities and line ends as an XML parser gives them).
// - Element names are compared without their namespace prefix (<x:c> is <c>), as the parts' one
//   namespace is implied; comments, processing instructions and the DOCTYPE are skipped, CDATA is text.

/** What `next()` met: the end of the part, an open tag, a close tag, character data. */
export const Token = { End: 0, Open: 1, Close: 2, Text: 3 } as const;
export type Token = (typeof Token)[keyof typeof Token];

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const QUOTE = 0x22;
const APOS = 0x27;
const AMP = 0x26;
const CR = 0x0d;

const CDATA_OPEN = Buffer.from('<![CDATA[');
const CDATA_CLOSE = Buffer.from(']]>');
const COMMENT_CLOSE = Buffer.from('-->');
const PI_CLOSE = Buffer.from('?>');
const TAG_CLOSE = Buffer.from('>');

/** Buffer's native slicers: Buffer#toString dispatches on the encoding on every call, a cost per cell. */
interface Slicers {
  utf8Slice(start: number, end: number): string;
  latin1Slice(start: number, end: number): string;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character data as a parser hands it over: entities replaced, CR LF and lone CR as LF. */
export function decodeXmlText(raw: string): string {
  let s = raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name?: string) => {
    if (name) return NAMED[name];
    const cp = hex ? Number.parseInt(hex, 16) : Number(dec);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

export class XmlScanner {
  private pos = 0;
  /** The current tag's local name (bytes), its attributes' span, and whether it closes itself. */
  private nameStart = 0;
  private nameEnd = 0;
  private attrStart = 0;
  private attrEnd = 0;
  // The attribute nextAttr last found: its name's and its (undecoded) value's spans in `buf`.
  private keyStart = 0;
  private keyEnd = 0;
  private valueStart = 0;
  private valueEnd = 0;
  selfClosing = false;
  /** The current text's span; CDATA text is taken as it stands. */
  private textStart = 0;
  private textEnd = 0;
  private cdata = false;

  private readonly slicer: Slicers;

  constructor(readonly buf: Buffer) {
    this.slicer = buf as unknown as Slicers;
  }

  /** The next token; an open tag that closes itself (<c/>) is one Open with selfClosing set. */
  next(): Token {
    const buf = this.buf;
    const len = buf.length;
    for (;;) {
      const p = this.pos;
      if (p >= len) return Token.End;
      if (buf[p] !== LT) {
        let q = buf.indexOf(LT, p);
        if (q < 0) q = len;
        this.textStart = p;
        this.textEnd = q;
        this.cdata = false;
        this.pos = q;
        return Token.Text;
      }
      const c = buf[p + 1];
      if (c === BANG) {
        if (buf[p + 2] === 0x2d) {
          this.pos = this.after(COMMENT_CLOSE, p + 4);
          continue;
        }
        if (buf.compare(CDATA_OPEN, 0, 9, p, p + 9) === 0) {
          const end = buf.indexOf(CDATA_CLOSE, p + 9);
          this.textStart = p + 9;
          this.textEnd = end < 0 ? len : end;
          this.cdata = true;
          this.pos = end < 0 ? len : end + 3;
          return Token.Text;
        }
        this.pos = this.after(TAG_CLOSE, p + 2); // <!DOCTYPE …>
        continue;
      }
      if (c === QUESTION) {
        this.pos = this.after(PI_CLOSE, p + 2);
        continue;
      }
      const closing = c === SLASH;
      let q = closing ? p + 2 : p + 1;
      const start = q;
      let local = q;
      // The name runs to whitespace, '/' or '>'; the local part starts after the last ':'.
      for (; q < len; q++) {
        const b = buf[q];
        if (b === GT || b === SLASH || b <= 0x20) break;
        if (b === COLON) local = q + 1;
      }
      this.nameStart = local > start ? local : start;
      this.nameEnd = q;
      // The attributes run to the '>' outside quotes.
      let quote = 0;
      const attrs = q;
      for (; q < len; q++) {
        const b = buf[q];
        if (quote) {
          if (b === quote) quote = 0;
        } else if (b === QUOTE || b === APOS) quote = b;
        else if (b === GT) break;
      }
      this.selfClosing = !closing && buf[q - 1] === SLASH;
      this.attrStart = attrs;
      this.attrEnd = this.selfClosing ? q - 1 : q;
      this.pos = q + 1;
      return closing ? Token.Close : Token.Open;
    }
  }

  private after(marker: Buffer, from: number): number {
    const at = this.buf.indexOf(marker, from);
    return at < 0 ? this.buf.length : at + marker.length;
  }

  /** True when the current tag's local name is `name` (ASCII). */
  is(name: string): boolean {
    const n = name.length;
    if (this.nameEnd - this.nameStart !== n) return false;
    for (let i = 0; i < n; i++) if (this.buf[this.nameStart + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  name(): string {
    return this.slicer.latin1Slice(this.nameStart, this.nameEnd);
  }

  /**
   * An attribute of the current tag by its qualified name (r:id stays r:id), decoded; undefined when
   * absent. `anyPrefix`: also an attribute whose local name is `name` under any prefix (x:id).
   */
  attr(name: string, anyPrefix = false): string | undefined {
    const buf = this.buf;
    for (let q = this.nextAttr(this.attrStart); q >= 0; q = this.nextAttr(q)) {
      let from = this.keyStart;
      if (anyPrefix) {
        const colon = buf.indexOf(COLON, from);
        if (colon >= 0 && colon < this.keyEnd) from = colon + 1;
      }
      if (!this.sameBytes(from, this.keyEnd, name)) continue;
      const raw = this.slicer.utf8Slice(this.valueStart, this.valueEnd);
      // Attribute values normalise whitespace characters to spaces (XML 1.0 §3.3.3).
      return decodeXmlText(raw.replace(/[\t\n\r]/g, ' '));
    }
    return undefined;
  }

  /**
   * The undecoded value spans of several attributes of the current tag in one pass: for each name,
   * `starts[i]`/`ends[i]` in `buf`, or starts[i] = -1 when absent. For the attributes read per cell.
   */
  attrSpans(names: readonly string[], starts: Int32Array, ends: Int32Array): void {
    starts.fill(-1);
    for (let q = this.nextAttr(this.attrStart); q >= 0; q = this.nextAttr(q)) {
      for (let i = 0; i < names.length; i++) {
        if (this.sameBytes(this.keyStart, this.keyEnd, names[i])) {
          starts[i] = this.valueStart;
          ends[i] = this.valueEnd;
          break;
        }
      }
    }
  }

  /** The attribute at or after `q` into keyStart…valueEnd; returns where the next may start, -1 at the tag's end. */
  private nextAttr(q: number): number {
    const buf = this.buf;
    const end = this.attrEnd;
    while (q < end && buf[q] <= 0x20) q++;
    if (q >= end) return -1;
    this.keyStart = q;
    while (q < end && buf[q] !== 0x3d && buf[q] > 0x20) q++;
    this.keyEnd = q;
    while (q < end && buf[q] !== QUOTE && buf[q] !== APOS) q++;
    if (q >= end) return -1;
    const vs = q + 1;
    let ve = buf.indexOf(buf[q], vs);
    if (ve < 0 || ve > end) ve = end;
    this.valueStart = vs;
    this.valueEnd = ve;
    return ve + 1;
  }

  /** Whether buf[from, to) holds exactly `name` (ASCII names, as attribute names in .xlsx parts are). */
  private sameBytes(from: number, to: number, name: string): boolean {
    if (to - from !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (this.buf[from + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  /** The current text's span in `buf`. */
  get textFrom(): number {
    return this.textStart;
  }
  get textTo(): number {
    return this.textEnd;
  }

  /** The current text, decoded. */
  text(): string {
    const raw = this.slicer.utf8Slice(this.textStart, this.textEnd);
    return this.cdata ? raw : decodeXmlText(raw);
  }

  /** True when the current text has no entity or CR to decode (a number can then be read as it stands). */
  textIsPlain(): boolean {
    if (this.cdata) return true;
    for (let i = this.textStart; i < this.textEnd; i++) {
      const b = this.buf[i];
      if (b === AMP || b === CR) return false;
    }
    return true;
  }

  /** The current text as Latin-1 (for numbers and flags, which are ASCII). */
  asciiText(): string {
    return this.slicer.latin1Slice(this.textStart, this.textEnd);
  }
}
