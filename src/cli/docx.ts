// The 通报 as a Word document (.docx) in the layout Chinese offices use for 公文 (GB/T 9704-2012):
// A4, margins 37/35/28/26 mm, title in 方正小标宋简体 2号, headings 黑体 3号, （一） in 楷体_GB2312,
// body 仿宋_GB2312 3号 with a fixed 28 pt line, page numbers “— 1 —” at the foot; each 附件 table
// on its own page (the ranking landscape). The office edits and sends it in WPS or Word.
//
// Decisions:
// - Node only (the `docx` package): the build refuses it in the add-on bundle, like exceljs.
// - Fonts an office may lack get a stand-in through the font table's altName (方正小标宋简体 → 华文中宋
//   → 宋体, 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体): Word and WPS substitute by it; the docx package
//   writes no font table of its own for fonts it does not embed, so it is added to the package here.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { maxOf } from '../core/arrays';
import { balanceLines, type NoticeCell, type NoticeDoc, type NoticeTable } from '../core/notice';
import { roundHalfUp, xmlText } from '../core/text';

const TITLE_FONT = '方正小标宋简体';
const HEADING_FONT = '黑体';
const KAI_FONT = '楷体_GB2312';
const BODY_FONT = '仿宋_GB2312';
const LATIN_FONT = 'Times New Roman';
/** Stand-ins named in the font table: the first an office is likely to have. */
const ALT_NAMES: Record<string, string> = {
  [TITLE_FONT]: '华文中宋',
  [BODY_FONT]: '仿宋',
  [KAI_FONT]: '楷体',
  [HEADING_FONT]: 'SimHei',
};

const MM = 56.7; // twips per millimetre
const PT = 20; // twips per point
const BODY_SIZE = 32; // half-points: 3号 = 16 pt
const TITLE_SIZE = 44; // 2号 = 22 pt
const LINE = 28 * PT; // fixed line spacing
const INDENT = 2 * 16 * PT; // two characters of 3号

const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const MARGIN = {
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};
/** The text width of a portrait page (156 mm). */
const PORTRAIT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

const font = (eastAsia: string) => ({ ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia, cs: LATIN_FONT });

function run(text: string, eastAsia = BODY_FONT, size = BODY_SIZE, bold = false): TextRun {
  return new TextRun({ text, font: font(eastAsia), size, bold });
}

const spacing = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function para(
  children: TextRun[],
  options: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {},
) {
  return new Paragraph({ children, spacing, ...options });
}

/** A body paragraph; a leading （一）…。 is set in 楷体 as a second-level heading. */
function bodyParagraph(text: string, keepNext?: boolean): Paragraph {
  const m = /^（[一二三四五六七八九十]+）[^。]*。/.exec(text);
  const runs = m ? [run(m[0], KAI_FONT), run(text.slice(m[0].length))] : [run(text)];
  return para(runs, { indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED, keepNext });
}

function body(doc: NoticeDoc): Paragraph[] {
  const out: Paragraph[] = [];
  out.push(para([run(doc.issueLine)], { alignment: AlignmentType.CENTER }));
  out.push(para([run('')]));
  // The title on balanced lines broken between words (GB/T 9704 7.3.3), not where Word runs out of room; one
  // character to spare, as a substituted font sets digits wider (关于2024年3月…的通报 left 报 alone on line 2).
  const titleRoom = PORTRAIT_WIDTH - textWidth('字', TITLE_SIZE);
  const titleLines = balanceLines(doc.titleParts, titleRoom, (t) => textWidth(t, TITLE_SIZE));
  out.push(
    new Paragraph({
      children: titleLines.map(
        (line, i) =>
          new TextRun({ text: line, font: font(TITLE_FONT), size: TITLE_SIZE, break: i > 0 ? 1 : undefined }),
      ),
      alignment: AlignmentType.CENTER,
      spacing: { line: 35 * PT, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    }),
  );
  out.push(para([run('')]));
  out.push(para([run(doc.recipients)]));
  out.push(bodyParagraph(doc.opening));
  // The last paragraph of text (and any blank line after it) keeps with the 附件说明 and 落款 below.
  let tail = doc.body.length - 1;
  while (tail > 0 && doc.body[tail].kind === 'blank') tail--;
  doc.body.forEach((b, k) => {
    const keepNext = k >= tail ? true : undefined;
    // A heading never ends a page: it keeps with the paragraph under it.
    if (b.kind === 'heading')
      out.push(para([run(b.text, HEADING_FONT)], { indent: { firstLine: INDENT }, keepNext: true }));
    else if (b.kind === 'subheading')
      out.push(para([run(b.text, KAI_FONT)], { indent: { firstLine: INDENT }, keepNext }));
    else if (b.kind === 'blank') out.push(para([run('')], { keepNext }));
    else out.push(bodyParagraph(b.text, keepNext));
  });
  // From the last body paragraph to the contact line one block (keepNext, keepLines): the 附件说明 and
  // 落款 never stand alone on a last page (GB/T 9704 7.3.5: 成文日期 with the body above it).
  const keep = { keepNext: true, keepLines: true };
  out.push(para([run('')], keep));
  doc.attachmentList.forEach((title, k) => {
    // 附件：1. …, the following items aligned under the first (a hanging indent of 附件：).
    out.push(
      para([run(`${k === 0 ? '附件：' : ''}${k + 1}. ${title}`)], {
        indent: { left: INDENT + (k === 0 ? 0 : 3 * 16 * PT) },
        ...keep,
      }),
    );
  });
  out.push(para([run('')], keep));
  out.push(para([run('')], keep));
  if (doc.issuer)
    out.push(para([run(doc.issuer)], { alignment: AlignmentType.RIGHT, indent: { right: INDENT }, ...keep }));
  out.push(para([run(doc.date)], { alignment: AlignmentType.RIGHT, indent: { right: INDENT }, ...keep }));
  out.push(para([run('')], keep));
  out.push(para([run(doc.contact)], { indent: { firstLine: INDENT }, keepLines: true }));
  return out;
}

/** Table type sizes tried in turn, largest first: 小四 (12 pt), 五号 (10.5 pt), 小五 (9 pt), in half-points. */
const TABLE_SIZES = [24, 21, 18];
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };
/** A cell's left and right margins (Word's default 0.19 cm each) and a little slack for the borders. */
const CELL_PAD = 2 * 108 + 60;
/**
 * A table that does not fit the page at 小五 with Word's margins gets cells 0.1 cm a side (tblCellMar) before
 * any unit name or 备注 remark is broken: 102 twips more a column (1,530 across the ranking's 15).
 */
const TIGHT_MARGIN = 57;
const TIGHT_PAD = 2 * TIGHT_MARGIN + 60;
/** Columns of running text, which may wrap; every other column is sized so its cells never do. */
const FREE_TEXT = new Set(['备注', '说明']);
/**
 * 附件1's 备注 is a list of short remarks (首；不得评先评优；封顶（原积分182.5）): its column is at least as wide as its
 * longest remark (up to PART_MAX characters), and a cell breaks between remarks, never inside one.
 */
const PARTS_COLUMN = '备注';
const PART_MAX = 12;

/** A 备注's remarks, each with the 「；」 after it: lines break only after one. */
export function remarkParts(text: string): string[] {
  const parts = text.split('；');
  return parts.map((p, i) => (i < parts.length - 1 ? `${p}；` : p)).filter((p) => p !== '');
}

/** The cell's text in lines that each fit `width` twips, broken between remarks (a longer one on its own line). */
export function remarkLines(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  for (const part of remarkParts(text)) {
    const last = lines.length - 1;
    if (last >= 0 && textWidth(lines[last] + part, size) <= width) lines[last] += part;
    else lines.push(part);
  }
  return lines.length > 0 ? lines : [text];
}

/** The widest remark of column `c`'s cells, in twips at `size`, at most PART_MAX characters. */
function widestPart(cells: string[], size: number): number {
  let w = 0;
  for (const x of cells) for (const p of remarkParts(x)) w = Math.max(w, textWidth(p, size));
  return Math.min(w, PART_MAX * size * 10);
}

/**
 * A cell as printed: numbers to the cent, or to `decimals` when finer (a total under 设置 小数位 3: 300.625); a change
 * column signed (+80, −12), as the console and .xlsx show it.
 */
function cellText(c: NoticeCell, signed = false, decimals = 2): string {
  if (c === null) return '';
  if (typeof c !== 'number') return c;
  const v = roundHalfUp(c, Math.max(2, decimals));
  return signed && v > 0 ? `+${v}` : String(v);
}

/** Cell `j` (0-based) of a row of table `t`, signed when it is one of its change columns. */
const cellOf = (t: NoticeTable, row: NoticeCell[], j: number) =>
  cellText(
    row[j] ?? null,
    t.changeCols.includes(j + 1),
    t.pointCols.includes(j + 1) || t.changeCols.includes(j + 1) ? t.decimals : 2,
  );

/** Column `c`'s cells as printed, the 合计 row's included. */
const cellsOf = (t: NoticeTable, c: number) => [
  ...t.groups.flatMap((g) => g.rows.map((r) => cellOf(t, r, c))),
  ...(t.total ? [cellOf(t, t.total, c)] : []),
];

/** Width of a line of text in twips at a size in half-points: a CJK character one em, others about half. */
function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.55;
  return ems * size * 10;
}

/** A header of four characters or more set on two balanced lines (本期/积分, 比上期/增减); shorter on one. */
export function headerLines(h: string): string[] {
  const chars = [...h];
  if (chars.length < 4) return [h];
  const half = Math.ceil(chars.length / 2);
  return [chars.slice(0, half).join(''), chars.slice(half).join('')];
}

function cell(
  text: string | string[],
  size: number,
  options: { bold?: boolean; span?: number; left?: boolean; keepNext?: boolean } = {},
): TableCell {
  const lines = typeof text === 'string' ? [text] : text;
  const face = options.bold ? HEADING_FONT : BODY_FONT;
  return new TableCell({
    children: [
      new Paragraph({
        // Explicit breaks: a header wraps where it reads, not where the column happens to end.
        children: lines.map(
          (line, i) => new TextRun({ text: line, font: font(face), size, break: i > 0 ? 1 : undefined }),
        ),
        alignment: options.left ? AlignmentType.LEFT : AlignmentType.CENTER,
        keepNext: options.keepNext,
        // The paragraph mark at the table's size: at the document's 3号 it made every row a 3号 line tall.
        run: { size, font: font(face) },
      }),
    ],
    columnSpan: options.span,
    verticalAlign: VerticalAlign.CENTER,
    borders,
  });
}

/**
 * Column widths in twips at a table size, or null when the table does not fit the page at it. Each
 * column is as wide as its longest cell (a header may take two lines), so no name, figure or status
 * wraps; 备注/说明 take what is left (at least four characters, 备注 its longest remark) and wrap when they
 * must. `pad`: a cell's margins and border slack (TIGHT_PAD with narrow cell margins).
 */
export function fitColumns(t: NoticeTable, pageWidth: number, size: number, pad = CELL_PAD): number[] | null {
  const em = size * 10;
  const cells = (c: number) => cellsOf(t, c);
  const need = t.header.map((h, c) => {
    const header = maxOf(headerLines(h).map((l) => textWidth(l, size)));
    return Math.ceil(
      maxOf(
        cells(c).map((x) => textWidth(x, size)),
        header,
      ) + pad,
    );
  });
  const free = t.header.map((h) => FREE_TEXT.has(h));
  const fixed = need.reduce((a, w, c) => a + (free[c] ? 0 : w), 0);
  // A free column gets at least four characters; 备注 its longest remark, on one line.
  const least = t.header.map((h, c) =>
    free[c]
      ? Math.ceil(Math.max(4 * em, h === PARTS_COLUMN ? widestPart(cells(c), size) : 0) + pad)
      : need[c],
  );
  const freeMin = least.reduce((a, w, c) => a + (free[c] ? w : 0), 0);
  if (fixed + freeMin > pageWidth) return null;
  const freeNeed = need.reduce((a, w, c) => a + (free[c] ? w : 0), 0);
  if (fixed + freeNeed <= pageWidth) {
    // Room to spare: every column widens in proportion, so the table spans the page.
    const all = fixed + freeNeed;
    return need.map((w) => Math.floor((w / all) * pageWidth));
  }
  // Each free column its least, and what is left shared by what more each would need on one line.
  const spare = pageWidth - fixed - freeMin;
  const more = need.map((w, c) => (free[c] ? Math.max(0, w - least[c]) : 0));
  const moreAll = more.reduce((a, m) => a + m, 0);
  return need.map((w, c) =>
    free[c] ? least[c] + Math.floor(moreAll > 0 ? (more[c] / moreAll) * spare : 0) : w,
  );
}

/** Columns that may wrap when the table is too wide: names and running text, never figures. */
const WRAPPING = new Set(['单位', '姓名', '备注', '说明']);
/** The least a wrapping column gets, in characters: a unit name six a line (济源路街道党工委 on two), 备注 不得评先评优. */
const WRAP_MIN: Record<string, number> = { 单位: 6, 姓名: 3, 备注: 6, 说明: 4 };

/**
 * The largest table size at which the table fits the page, with its widths; at 小五 with narrow cell margins
 * (`margin`, twips a side; null: Word's) before a name or remark wraps.
 */
export function tableLayout(
  t: NoticeTable,
  pageWidth: number,
): { size: number; widths: number[]; margin: number | null } {
  for (const size of TABLE_SIZES) {
    const widths = fitColumns(t, pageWidth, size);
    if (widths) return { size, widths, margin: null };
  }
  const size = TABLE_SIZES[TABLE_SIZES.length - 1];
  const pad = TIGHT_PAD;
  const margin = TIGHT_MARGIN;
  const tight = fitColumns(t, pageWidth, size, pad);
  if (tight) return { size, widths: tight, margin };
  // Wider than the page even at 小五 (a long unit name): figures and statuses keep the width their
  // cells need, and the name and text columns share what is left, each at least WRAP_MIN characters,
  // in proportion to what they would need on one line.
  const em = size * 10;
  const need = t.header.map((h, c) => {
    const header = maxOf(headerLines(h).map((l) => textWidth(l, size)));
    const cells = cellsOf(t, c);
    return Math.ceil(
      maxOf(
        cells.map((x) => textWidth(x, size)),
        header,
      ) + pad,
    );
  });
  const wraps = t.header.map((h) => WRAPPING.has(h));
  const least = t.header.map((h, c) => {
    const header = maxOf(headerLines(h).map((l) => textWidth(l, size))) + pad;
    // 备注: its longest remark on one line (封顶（原积分182.5）), before a unit name keeps more than six a line.
    const part = h === PARTS_COLUMN ? Math.ceil(widestPart(cellsOf(t, c), size)) + pad : 0;
    return wraps[c] ? Math.min(need[c], Math.max(header, part, (WRAP_MIN[h] ?? 4) * em + pad)) : need[c];
  });
  const floor = least.reduce((a, w) => a + w, 0);
  if (floor <= pageWidth) {
    const spare = pageWidth - floor;
    const extra = need.reduce((a, w, c) => a + (wraps[c] ? w - least[c] : 0), 0);
    return {
      size,
      margin,
      widths: need.map((w, c) =>
        wraps[c] && extra > 0 ? Math.floor(least[c] + ((w - least[c]) / extra) * spare) : least[c],
      ),
    };
  }
  // Even the figures do not fit: share the page by those least widths.
  return { size, margin, widths: least.map((w) => Math.floor((w / floor) * pageWidth)) };
}

function attachmentTable(
  t: NoticeTable,
  pageWidth: number,
  { size, widths, margin }: ReturnType<typeof tableLayout>,
): Table {
  const width = t.header.length;
  const parts = t.header.indexOf(PARTS_COLUMN);
  const rows: TableRow[] = [
    new TableRow({
      children: t.header.map((h) => cell(headerLines(h), size, { bold: true })),
      tableHeader: true,
      cantSplit: true,
    }),
  ];
  const last = t.groups.length - 1;
  t.groups.forEach((g, k) => {
    // A caption stays with its first row; the last rows stay with the 合计 row below them.
    if (g.caption)
      rows.push(
        new TableRow({
          children: [cell(g.caption, size, { bold: true, span: width, left: true, keepNext: true })],
          cantSplit: true,
        }),
      );
    // An empty group (a 通报 with nobody in the people table) says so, as the .xlsx tab does.
    if (g.rows.length === 0)
      rows.push(new TableRow({ children: [cell('（无）', size, { span: width })], cantSplit: true }));
    g.rows.forEach((r, i) => {
      const keepNext = t.total !== null && k === last && i >= g.rows.length - 2;
      rows.push(
        new TableRow({
          children: r.map((_, j) => {
            const text = cellOf(t, r, j);
            // 备注 broken between its remarks (explicit breaks), never inside 封顶（原积分182.5）.
            const lines =
              j === parts
                ? remarkLines(text, widths[j] - (margin === null ? CELL_PAD : TIGHT_PAD), size)
                : text;
            return cell(lines, size, { keepNext });
          }),
          cantSplit: true,
        }),
      );
    });
  });
  if (t.total)
    rows.push(
      new TableRow({
        // The 合计 row keeps with the notes under it.
        children: t.total.map((_, j) =>
          cell(cellOf(t, t.total ?? [], j), size, { bold: true, keepNext: t.notes.length > 0 }),
        ),
        cantSplit: true,
      }),
    );
  return new Table({
    rows,
    width: { size: pageWidth, type: WidthType.DXA },
    columnWidths: widths,
    ...(margin === null ? {} : { margins: { left: margin, right: margin } }),
  });
}

function attachmentChildren(t: NoticeTable, k: number, pageWidth: number): (Paragraph | Table)[] {
  const layout = tableLayout(t, pageWidth);
  const { size } = layout;
  const label = '注：';
  return [
    para([run(`附件${k}`, HEADING_FONT)]),
    para([run('')]),
    new Paragraph({
      children: [run(t.title, TITLE_FONT, 36)],
      alignment: AlignmentType.CENTER,
      spacing: { after: 12 * PT },
      keepNext: true,
    }),
    attachmentTable(t, pageWidth, layout),
    // 注：1. … with the next notes aligned under the first.
    ...t.notes.map(
      (n, i) =>
        new Paragraph({
          children: [
            run(`${i === 0 ? label : ''}${t.notes.length > 1 ? `${i + 1}. ` : ''}${n}`, BODY_FONT, size),
          ],
          spacing: { before: (i === 0 ? 6 : 2) * PT },
          keepNext: i < t.notes.length - 1,
          keepLines: true,
          indent: i === 0 ? undefined : { left: Math.round(textWidth(label, size)) },
        }),
    ),
  ];
}

/** “— 1 —” centred at the foot of every page, 4号 宋体 as 公文 number their pages. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: 28 })],
      }),
    ],
  });
}

/** The 通报 as .docx bytes: the body in portrait, the ranking 附件 landscape, the people 附件 portrait. */
export async function noticeDocx(
  typed: NoticeDoc,
  meta: { creator?: string; description?: string; keywords?: string } = {},
): Promise<Buffer> {
  // The last guard: reading cleans names, but a title or a 设置 text may still hold what XML cannot carry,
  // and the docx package writes it as it is (a document Word and WPS refuse to open).
  const doc = xmlSafe(typed);
  const footers = { default: pageFooter() };
  const portrait = { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } };
  const landscape = {
    page: {
      // docx swaps width and height for a landscape page itself.
      size: { ...A4, orientation: PageOrientation.LANDSCAPE },
      margin: { top: MARGIN.left, bottom: MARGIN.right, left: MARGIN.top, right: MARGIN.bottom },
    },
  };
  const document = new Document({
    creator: meta.creator ?? 'zugong-ledger',
    description: meta.description,
    keywords: meta.keywords,
    title: doc.title,
    styles: { default: { document: { run: { font: font(BODY_FONT), size: BODY_SIZE } } } },
    sections: [
      { properties: portrait, footers, children: body(doc) },
      ...doc.attachments.map((t, i) => {
        const wide = t.header.length > 8;
        const width = wide ? A4.height - MARGIN.top - MARGIN.bottom : A4.width - MARGIN.left - MARGIN.right;
        return {
          properties: wide ? landscape : portrait,
          footers,
          children: attachmentChildren(t, i + 1, width),
        };
      }),
    ],
  });
  return withFontTable(await Packer.toBuffer(document));
}

/** A value with every string in it, however deep, through xmlText (the 通报 is plain data: texts, numbers, lists). */
function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafe) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = xmlSafe(v);
    return out as T;
  }
  return value;
}

/** Add the fonts the document names, each with its stand-in, to word/fontTable.xml. */
async function withFontTable(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/fontTable.xml');
  if (!file) return bytes;
  const xml = await file.async('string');
  const fonts = Object.entries(ALT_NAMES)
    .map(
      ([name, alt]) =>
        `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  const filled = /<w:fonts\b[^>]*\/>/.test(xml)
    ? xml.replace(/<w:fonts\b([^>]*)\/>/, `<w:fonts$1>${fonts}</w:fonts>`)
    : xml.replace('</w:fonts>', `${fonts}</w:fonts>`);
  zip.file('word/fontTable.xml', filled);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
