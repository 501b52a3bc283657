// Terminal output: a CJK-aware aligned table (wide characters take two columns) and a progress bar.

import { maxOf } from '../core/arrays';
import { barBlocks } from '../core/text';

/** True for East Asian Wide (W) and Fullwidth (F) code points: they take two terminal columns. */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, punctuation
    (cp >= 0x3041 && cp <= 0x33ff) || // kana, CJK symbols
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xa000 && cp <= 0xa4cf) || // Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) || // emoji
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions B…
  );
}

/** ESC sequences (CSI, OSC …) and every other control character but the line break. */
const TERMINAL_UNSAFE =
  /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])?|[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** User text made safe for a terminal: escape and control sequences removed (a cell could move the cursor or retitle the window). */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_UNSAFE, '');
}

/** Columns a string takes in a terminal. Combining marks and control characters take none. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

/** Cut a string to at most `width` columns, with … when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
  maxWidth?: number;
}

/** Lay out rows as an aligned text table with a rule under the header. */
export function formatTable(columns: TableColumn[], rows: string[][]): string {
  const cells = rows.map((r) => r.map((v, i) => truncate(v, columns[i]?.maxWidth ?? 40)));
  const widths = columns.map((c, i) =>
    maxOf(
      cells.map((r) => displayWidth(r[i] ?? '')),
      displayWidth(c.header),
    ),
  );
  const line = (r: string[]) =>
    r
      .map((v, i) => pad(v, widths[i], columns[i].align ?? 'left'))
      .join('  ')
      .trimEnd();
  const out = [line(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const r of cells) out.push(line(r));
  return out.join('\n');
}

/** A text progress bar: ██████░░░░ for a fraction 0..1, full only when done (barBlocks, as 领导看板's bar). */
export function textBar(fraction: number, width = 10): string {
  const full = barBlocks(fraction, width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

/**
 * A progress bar on stderr. Drawn only when asked to (a TTY or a big ledger) and redrawn at most
 * every 100 ms; never touches stdout, so --json output stays clean.
 */
export class Progress {
  private last = 0;
  private drawn = false;

  constructor(
    private readonly stream: { write(s: string): unknown; isTTY?: boolean },
    private readonly enabled: boolean,
  ) {}

  step(label: string, fraction: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (this.drawn && now - this.last < 100 && fraction < 1) return;
    this.last = now;
    const pct = `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`.padStart(4);
    const text = `${textBar(fraction, 24)} ${pct} ${label}`;
    // On a terminal redraw in place; in a log file write one line per step.
    if (this.stream.isTTY) this.stream.write(`\r\x1b[2K${text}`);
    else this.stream.write(`${text}\n`);
    this.drawn = true;
  }

  done(): void {
    if (!this.enabled || !this.drawn) return;
    if (this.stream.isTTY) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
