// The layout kit the 通报 tabs (notice.ts) and 领导看板 share: SheetBuilder, colours, formats, text lines.

import { maxOf } from '../core/arrays';
import type { ReportModel, Status } from '../core/types';
import type { Block, CellStyle, SheetModel, SheetValue } from './model';
import { REPORT_TAB_PREFIX } from './tabs';

// ───────────── shared layout helpers (also used by dashboard.ts) ─────────────

/** Colours of the four statuses: green met, blue on pace, amber behind, red failed. */
export const STATUS_STYLE: Record<Status, CellStyle> = {
  已达标: { background: '#d9ead3', fontColor: '#274e13' },
  进度正常: { background: '#dbe7f5', fontColor: '#1c4587' },
  进度滞后: { background: '#fde6c4', fontColor: '#7a4a00' },
  未达标: { background: '#f4cccc', fontColor: '#990000' },
};

export const COLORS = {
  headerBg: '#1f4e79',
  headerFg: '#ffffff',
  sectionFg: '#1f4e79',
  muted: '#666666',
  firstBg: '#fff2cc',
  lastBg: '#eeeeee',
  totalBg: '#f2f2f2',
  issueFg: '#990000',
};

/** Points: one decimal always, a second when there is one (0.25 from a half credit of 0.5). */
export const FMT_POINTS = '0.0#';

/**
 * Totals as 设置 小数位 rounds them (audit s38 L2: 300.625 was shown 300.63 under 小数位 3, 353 as 353.0 under 0):
 * whole under 0, else one decimal always and up to 小数位 when there are more (the default 2 is FMT_POINTS).
 */
export function pointsFormat(decimals: number): string {
  return decimals <= 0 ? '0' : `0.0${'#'.repeat(decimals - 1)}`;
}

/** A change of totals, signed (+80, -12.5, 0), with pointsFormat's decimals. */
export function changeFormat(decimals: number): string {
  const p = pointsFormat(decimals);
  return `+${p};-${p};0`;
}
export const FMT_INT = '0';
export const FMT_PERCENT = '0%';

export { clean, indicatorProgress, numText } from '../core/indicatorText';

/**
 * Accumulates rows and the blocks that style them, then emits a rectangular SheetModel.
 * Style blocks are merged across adjacent rows with the same style so a backend makes few calls.
 */
export class SheetBuilder {
  readonly rows: SheetValue[][] = [];
  readonly styles: { block: Block; style: CellStyle }[] = [];
  readonly numberFormats: { block: Block; format: string }[] = [];
  readonly merges: Block[] = [];

  constructor(readonly width: number) {}

  /** The next row's 1-based number. */
  get next(): number {
    return this.rows.length + 1;
  }

  add(values: SheetValue[]): number {
    this.rows.push(values.slice(0, Math.max(this.width, values.length)));
    return this.rows.length;
  }

  blank(): number {
    return this.add([]);
  }

  /** A line of text across the full width (merged), e.g. the title. */
  line(text: string, style: CellStyle, cols = this.width): number {
    const row = this.add([text]);
    if (cols > 1) this.merges.push({ row, col: 1, rows: 1, cols });
    this.style({ row, col: 1, rows: 1, cols }, style);
    return row;
  }

  style(block: Block, style: CellStyle): void {
    if (block.rows <= 0 || block.cols <= 0) return;
    const prev = this.styles[this.styles.length - 1];
    if (
      prev &&
      prev.block.col === block.col &&
      prev.block.cols === block.cols &&
      prev.block.row + prev.block.rows === block.row &&
      sameStyle(prev.style, style)
    ) {
      prev.block.rows += block.rows;
      return;
    }
    this.styles.push({ block: { ...block }, style });
  }

  format(block: Block, format: string): void {
    if (block.rows > 0 && block.cols > 0) this.numberFormats.push({ block, format });
  }

  /** Colour a column's cells by status, one block per run of equal statuses. */
  statusColumn(firstRow: number, col: number, statuses: (Status | null)[], cols = 1): void {
    let i = 0;
    while (i < statuses.length) {
      let j = i + 1;
      while (j < statuses.length && statuses[j] === statuses[i]) j++;
      const s = statuses[i];
      if (s)
        this.style({ row: firstRow + i, col, rows: j - i, cols }, { ...STATUS_STYLE[s], hAlign: 'center' });
      i = j;
    }
  }

  /** A table header row: bold white on dark blue, centred (one line: row heights are not fitted). */
  header(labels: string[], col = 1): number {
    const values: SheetValue[] = new Array(col - 1).fill(null).concat(labels);
    const row = this.add(values);
    this.style(
      { row, col, rows: 1, cols: labels.length },
      { bold: true, background: COLORS.headerBg, fontColor: COLORS.headerFg, hAlign: 'center' },
    );
    return row;
  }

  section(text: string): number {
    const row = this.add([text]);
    this.style({ row, col: 1, rows: 1, cols: 1 }, { bold: true, fontSize: 12, fontColor: COLORS.sectionFg });
    return row;
  }

  build(name: string, extra: Partial<SheetModel> = {}): SheetModel {
    const width = maxOf(
      this.rows.map((r) => r.length),
      this.width,
    );
    const values = this.rows.map((r) => {
      const out = r.slice();
      while (out.length < width) out.push(null);
      return out.map((v) => (v === undefined ? null : v));
    });
    return {
      name,
      values,
      styles: this.styles,
      numberFormats: this.numberFormats,
      merges: this.merges,
      ...extra,
    };
  }
}

function sameStyle(a: CellStyle, b: CellStyle): boolean {
  const ka = Object.keys(a) as (keyof CellStyle)[];
  const kb = Object.keys(b) as (keyof CellStyle)[];
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}

export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 16, hAlign: 'center' };
export const SUBTITLE_STYLE: CellStyle = { fontSize: 10, fontColor: COLORS.muted, hAlign: 'center' };

// ───────────── text lines ─────────────

/** Text lines are cut to about the printed width of a landscape table (half-width characters). */
const LINE_UNITS = 150;

/** Split text into lines of at most `units` columns (a CJK character counts 2), breaking after 、，；。 when it can. */
export function wrapText(text: string, units = LINE_UNITS): string[] {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  let lastBreak = -1;
  for (const ch of text) {
    const cw = (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
    if (w + cw > units && line !== '') {
      const cut = lastBreak > 0 && lastBreak > line.length / 2 ? lastBreak : line.length;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
      w = [...line].reduce((a, c) => a + ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
      lastBreak = -1;
    }
    line += ch;
    w += cw;
    if ('、，；。,;'.includes(ch)) lastBreak = line.length;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The 通报's tab name: its machine form, so regenerating the same period replaces it. */
export function reportSheetName(model: ReportModel): string {
  return `${REPORT_TAB_PREFIX} ${model.period.code}`;
}
