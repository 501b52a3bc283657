// The 通报 as tabs: the document on `通报 <period>` laid out to print on A4 portrait with Sheets'
// default settings (Apps Script has no page-setup API), each 附件 table on a tab of its own
// (`通报 <period> 附件1`, printed landscape from the .xlsx), and the rows to check on `待核实`, which
// is the office's and never part of the sent document.
//
// Decisions:
// - The body is one column 640 px wide (A4 portrait, normal margins: 6.77 in ≈ 650 px) with one sheet
//   row per printed line: a row's height is not fitted to wrapped text everywhere (exceljs, WPS), so
//   the lines are cut here, at 38 characters of 12 pt, breaking after punctuation where it can.
// - No merges on the body (one column), none across a frozen column on the 附件 (nothing frozen left).

import { maxOf } from '../core/arrays';
import { balanceLines, type NoticeCell, type NoticeDoc, type NoticeTable } from '../core/notice';
import { rangeLabel } from '../core/period';
import type { ReportModel } from '../core/types';
import type { CellStyle, SheetModel, SheetValue } from './model';
import { COLORS, changeFormat, FMT_POINTS, pointsFormat, SheetBuilder, STATUS_STYLE } from './report';
import { ISSUES_TAB } from './tabs';

export { ISSUES_TAB } from './tabs';

/** Body width in pixels and the line length that fits it at 12 pt (in half-width units: a CJK character is 2). */
const BODY_WIDTH = 640;
const BODY_LINE = 78;
const TITLE_LINE = 58;
const INDENT = '\u3000\u3000';
const BODY: CellStyle = { fontSize: 12 };

/** Punctuation a line may not start with: it hangs at the end of the line before (避头点). */
const NO_LINE_START = '，。、；：？！）》」』”’%';
/** Opening brackets and quotes a line may not end with: they go to the next line with what they open. */
const NO_LINE_END = '（《「『“‘';
/** Punctuation after which a line breaks best. */
const BREAK_AFTER = '，。、；：？！）》」』”’';
/** How far back (in half-width units) a line looks for punctuation to break after instead of mid-phrase. */
const LOOK_BACK = 8;

/** Text in unbreakable pieces: a run of digits, a decimal point and ASCII letters (3.5, 2024, ZG_A1) is one. */
function pieces(text: string): string[] {
  return text.match(/[0-9A-Za-z_.+\-/%]+|[\s\S]/gu) ?? [];
}

/**
 * Chinese body text cut into lines of at most `units` columns (a CJK character counts 2), as a
 * typesetter does: never inside a number or an ASCII word (3.5分, 162分 stay whole), closing punctuation
 * stays on the line before, an opening bracket goes to the next, and a line that can end after a
 * punctuation mark a few characters back does so rather than cut a phrase.
 */
export function cutLines(text: string, units: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let w = 0;
  const push = (taken: string[]) => {
    lines.push(taken.join(''));
  };
  for (const piece of pieces(text)) {
    const pw = widthOf(piece);
    if (w + pw > units && line.length > 0 && !NO_LINE_START.includes(piece)) {
      // Break after the last punctuation within LOOK_BACK units, else here; an opening bracket moves on.
      let cut = line.length;
      let back = 0;
      for (let k = line.length - 1; k > 0 && back <= LOOK_BACK; k--) {
        if (BREAK_AFTER.includes(line[k])) {
          cut = k + 1;
          break;
        }
        back += widthOf(line[k]);
      }
      // The carried words must fit with the piece on the next line, else break here after all.
      if (widthOf(line.slice(cut).join('')) + pw > units) cut = line.length;
      while (cut > 1 && NO_LINE_END.includes(line[cut - 1])) cut--;
      push(line.slice(0, cut));
      line = line.slice(cut);
      w = widthOf(line.join(''));
    }
    // A piece longer than a whole line (a long number, a link) is cut where it must be.
    if (pw > units && line.length === 0) {
      let part = '';
      for (const ch of piece) {
        if (widthOf(part + ch) > units) {
          lines.push(part);
          part = '';
        }
        part += ch;
      }
      line = [part];
      w = widthOf(part);
      continue;
    }
    line.push(piece);
    w += pw;
  }
  if (line.length > 0) push(line);
  return lines;
}

/** Printed width in half-width units: a CJK character counts 2. */
function widthOf(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

export function noticeSheetName(model: ReportModel): string {
  return `通报 ${model.period.code}`;
}

export function attachmentSheetName(model: ReportModel, k: number): string {
  return `${noticeSheetName(model)} 附件${k}`;
}

/** The document body: title, issue line, 主送, text, 附件 list, 落款, date, contact. */
export function noticeBodySheet(model: ReportModel, doc: NoticeDoc): SheetModel {
  const b = new SheetBuilder(1);
  const lines = (text: string, style: CellStyle, units = BODY_LINE, indent = INDENT) => {
    for (const line of cutLines(`${indent}${text}`, units))
      b.style({ row: b.add([line]), col: 1, rows: 1, cols: 1 }, style);
  };
  // Centred and right-set lines are placed with full-width spaces, not cell alignment: the column's
  // printed width differs between Sheets, Excel, WPS and LibreOffice, the characters' does not.
  const center = (text: string, units: number) => {
    const pad = Math.max(0, Math.floor((units - widthOf(text)) / 4));
    return `${'\u3000'.repeat(pad)}${text}`;
  };
  const right = (text: string) =>
    `${'\u3000'.repeat(Math.max(0, Math.floor((BODY_LINE - widthOf(text)) / 2) - 4))}${text}`;
  lines(center(doc.issueLine, BODY_LINE), BODY, BODY_LINE, '');
  b.blank();
  // The title on balanced lines broken between words (GB/T 9704 7.3.3: 词意完整，排列对称).
  for (const t of balanceLines(doc.titleParts, TITLE_LINE, widthOf))
    lines(center(t, TITLE_LINE), { bold: true, fontSize: 16 }, TITLE_LINE, '');
  b.blank();
  lines(doc.recipients, BODY, BODY_LINE, '');
  lines(doc.opening, BODY);
  for (const block of doc.body) {
    if (block.kind === 'heading') lines(block.text, { ...BODY, bold: true });
    else if (block.kind === 'subheading') lines(block.text, { ...BODY, bold: true });
    else if (block.kind === 'blank') b.blank();
    else lines(block.text, BODY);
  }
  b.blank();
  doc.attachmentList.forEach((title, k) => {
    lines(`${k === 0 ? '附件：' : '\u3000\u3000\u3000'}${k + 1}. ${title}`, BODY);
  });
  b.blank();
  b.blank();
  // 落款 and date four characters from the right margin, as 公文 set them.
  if (doc.issuer) lines(right(doc.issuer), BODY, BODY_LINE, '');
  lines(right(doc.date), BODY, BODY_LINE, '');
  b.blank();
  lines(doc.contact, BODY);
  return b.build(noticeSheetName(model), {
    frozenRows: 0,
    frozenCols: 0,
    columnWidths: [BODY_WIDTH],
    tabColor: COLORS.headerBg,
    print: { landscape: false, fitToWidth: true },
  });
}

const cellValue = (c: NoticeCell): SheetValue => c;

/** The widest 单位 column of a 附件 tab in pixels; a longer name wraps. */
const UNIT_MAX = 280;
/** 备注 at least this wide, and as wide as its longest text up to REMARK_MAX (末；不得评先评优；封顶（原积分89.5）). */
const REMARK_MIN = 150;
const REMARK_MAX = 320;
/** Pixels of 10 pt text: a CJK character about 13.5, others about 7. */
const textPx = (t: string) => {
  let px = 0;
  for (const ch of t) px += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 13.5 : 7;
  return px;
};

/** One 附件 table on its own tab: 附件N, its title, the header, its groups with captions, notes. */
export function attachmentSheet(model: ReportModel, table: NoticeTable, k: number): SheetModel {
  const width = table.header.length;
  const b = new SheetBuilder(width);
  b.style({ row: b.add([`附件${k}`]), col: 1, rows: 1, cols: 1 }, { bold: true, fontSize: 12 });
  b.line(table.title, { bold: true, fontSize: 14, hAlign: 'center' });
  const header = b.header(table.header);
  const status = table.header.indexOf('达标状态') + 1;
  const remark = table.header.indexOf('备注') + 1;
  // 单位 as wide as its longest name up to UNIT_MAX px; longer names wrap within it, their rows as tall
  // as their lines (the .xlsx does not fit a row to wrapped text; Sheets does).
  const unitCol = table.header.indexOf('单位');
  const heights: Record<number, number> = {};
  for (const g of table.groups) {
    if (g.caption) {
      const row = b.add([g.caption]);
      b.merges.push({ row, col: 1, rows: 1, cols: width });
      b.style(
        { row, col: 1, rows: 1, cols: width },
        { bold: true, background: '#e8eef6', fontColor: COLORS.sectionFg },
      );
    }
    const first = b.next;
    for (const r of g.rows) {
      const row = b.add(r.map(cellValue));
      const name = unitCol < 0 ? '' : String(r[unitCol] ?? '');
      const lines = Math.ceil((textPx(name) + 12) / UNIT_MAX);
      if (lines > 1) {
        b.style({ row, col: unitCol + 1, rows: 1, cols: 1 }, { wrap: true });
        heights[row] = Math.ceil(lines * 13.5 + 3);
      }
    }
    const n = g.rows.length;
    if (n === 0) {
      b.add(['（无）']);
      continue;
    }
    b.style({ row: first, col: 1, rows: n, cols: 1 }, { hAlign: 'center' });
    for (const c of table.pointCols)
      b.format({ row: first, col: c, rows: n, cols: 1 }, pointsFormat(table.decimals));
    for (const c of table.changeCols)
      b.format({ row: first, col: c, rows: n, cols: 1 }, changeFormat(table.decimals));
    for (const c of table.creditCols) b.format({ row: first, col: c, rows: n, cols: 1 }, FMT_POINTS);
    if (status > 0) {
      g.rows.forEach((r, i) => {
        const s = r[status - 1];
        if (typeof s === 'string' && s in STATUS_STYLE)
          b.style(
            { row: first + i, col: status, rows: 1, cols: 1 },
            { ...STATUS_STYLE[s as keyof typeof STATUS_STYLE], hAlign: 'center' },
          );
      });
    }
    if (remark > 0) {
      g.rows.forEach((r, i) => {
        if (!r[remark - 1]) return;
        b.style({ row: first + i, col: remark, rows: 1, cols: 1 }, { fontColor: COLORS.issueFg });
        // Longer than the widest 备注: wrapped within it, its row as tall as its lines (as 单位's).
        const lines = Math.ceil((textPx(String(r[remark - 1])) + 12) / REMARK_MAX);
        if (lines > 1) {
          b.style({ row: first + i, col: remark, rows: 1, cols: 1 }, { wrap: true });
          heights[first + i] = Math.max(heights[first + i] ?? 0, Math.ceil(lines * 13.5 + 3));
        }
      });
    }
  }
  if (table.total) {
    const row = b.add(table.total.map(cellValue));
    for (const c of table.pointCols)
      b.format({ row, col: c, rows: 1, cols: 1 }, pointsFormat(table.decimals));
    for (const c of table.changeCols)
      b.format({ row, col: c, rows: 1, cols: 1 }, changeFormat(table.decimals));
    for (const c of table.creditCols) b.format({ row, col: c, rows: 1, cols: 1 }, FMT_POINTS);
    b.style({ row, col: 1, rows: 1, cols: width }, { bold: true, background: COLORS.totalBg });
  }
  b.style({ row: header, col: 1, rows: b.next - header, cols: width }, { border: true });
  for (const note of table.notes) {
    b.style(
      { row: b.add([`注：${note}`]), col: 1, rows: 1, cols: 1 },
      { fontColor: COLORS.muted, fontSize: 9 },
    );
  }
  const names = unitCol < 0 ? [] : table.groups.flatMap((g) => g.rows.map((r) => String(r[unitCol] ?? '')));
  const unitWidth = Math.ceil(
    Math.min(
      UNIT_MAX,
      maxOf(
        names.map((n) => textPx(n) + 12),
        150,
      ),
    ),
  );
  const remarks =
    remark > 0 ? table.groups.flatMap((g) => g.rows.map((r) => String(r[remark - 1] ?? ''))) : [];
  const remarkWidth = Math.ceil(
    Math.min(
      REMARK_MAX,
      maxOf(
        remarks.map((t) => textPx(t) + 12),
        REMARK_MIN,
      ),
    ),
  );
  const widths = table.header.map((h) =>
    h === '单位'
      ? unitWidth
      : h === '姓名'
        ? 80
        : h === '说明'
          ? 200
          : h === '备注'
            ? remarkWidth
            : Math.max(56, h.length * 14 + 12),
  );
  return b.build(attachmentSheetName(model, k), {
    frozenRows: header,
    frozenCols: 0,
    columnWidths: widths,
    rowHeights: heights,
    tabColor: COLORS.headerBg,
    // The ranking (15 columns) prints landscape; the people table (8) fits A4 portrait, as in the .docx.
    print: { landscape: width > 8, fitToWidth: true, repeatRows: header },
  });
}

/** 待核实 columns in pixels: 640 in all, so the list prints on A4 portrait at Sheets' default 100 %. */
const ISSUE_WIDTHS = [44, 120, 200, 276];
/** With several ledger tabs, the row's tab first: the same page width, taken from 标题 and 问题. */
const TABBED_ISSUE_WIDTHS = [76, 44, 110, 170, 240];
/** Half-width units a wrapped cell holds per line at 10 pt (a CJK character is 2 units, about 13 px). */
const unitsPerLine = (px: number) => Math.floor((px - 8) / 6.7);

/**
 * 待核实: the office's own list of rows to correct, with ledger row numbers (never sent to units). A ledger read
 * from several tabs (one per year) has a 工作表 column: a row number alone would not say which tab it is on.
 */
export function issuesSheet(model: ReportModel, generatedAt: string): SheetModel {
  const tabbed = model.issues.some((i) => i.tab !== undefined);
  const widths = tabbed ? TABBED_ISSUE_WIDTHS : ISSUE_WIDTHS;
  const lead = tabbed ? 1 : 0; // columns before 行号
  const b = new SheetBuilder(widths.length);
  b.line(`待核实稿件（${model.period.label}，共${model.issues.length}条）`, { bold: true, fontSize: 14 });
  const note = `本表供办公室核对台账使用，不随通报印发。统计期间：${rangeLabel(model.period.from, model.period.to)}；生成时间：${generatedAt}${
    // Said only under a list holding such a row: otherwise it explains a row that is not there.
    model.issues.some((i) => i.undated) ? '；无日期的行每期都列出，直到补全' : ''
  }。`;
  // One row per printed line: a merged line does not wrap, and its height is not fitted.
  for (const line of cutLines(note, 104)) b.line(line, { fontColor: COLORS.muted, fontSize: 9 });
  const header = b.header([...(tabbed ? ['工作表'] : []), '行号', '单位', '标题', '问题']);
  const first = b.next;
  const heights: Record<number, number> = {};
  for (const i of model.issues) {
    const issue = i.issues.join('；');
    const row = b.add([...(tabbed ? [i.tab ?? ''] : []), i.row, i.unit, i.title, issue]);
    // Lines the longest wrapped cell takes, 13.5 pt each: the .xlsx row is that tall (Sheets fits it).
    const lines = maxOf(
      [...(tabbed ? [i.tab ?? ''] : []), i.unit, i.title, issue].map((t, k) =>
        Math.ceil(widthOf(t) / unitsPerLine(widths[k === 0 && tabbed ? 0 : k + 1])),
      ),
      1,
    );
    if (lines > 1) heights[row] = Math.ceil(lines * 13.5 + 3);
  }
  if (model.issues.length === 0) b.add(['（无）']);
  else {
    const n = model.issues.length;
    b.style({ row: first, col: 1, rows: n, cols: 1 + lead }, { hAlign: 'center' });
    // 单位, 标题 and 问题 wrap within their columns instead of running over the next one.
    b.style({ row: first, col: 2 + lead, rows: n, cols: 2 }, { wrap: true });
    b.style({ row: first, col: 4 + lead, rows: n, cols: 1 }, { fontColor: COLORS.issueFg, wrap: true });
  }
  b.style({ row: header, col: 1, rows: b.next - header, cols: widths.length }, { border: true });
  return b.build(ISSUES_TAB, {
    frozenRows: header,
    frozenCols: 0,
    columnWidths: widths,
    rowHeights: heights,
    tabColor: COLORS.issueFg,
    print: { landscape: false, fitToWidth: true, repeatRows: header },
  });
}

/** Every tab of one 通报: the body first (the add-on shows it), then the 附件, then 待核实. */
export function noticeSheets(model: ReportModel, doc: NoticeDoc, generatedAt: string): SheetModel[] {
  return [
    noticeBodySheet(model, doc),
    ...doc.attachments.map((t, k) => attachmentSheet(model, t, k + 1)),
    issuesSheet(model, generatedAt),
  ];
}
