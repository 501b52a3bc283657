// 通报 <period>: the period report tab as an office prints it (RULES §7), built as a SheetModel.
import { dayToIso } from '../core/dates';
import { LEVELS } from '../core/levels';
import { clean, roundHalfUp } from '../core/text';
import type { IndicatorResult, ReportModel, Status, UnitRankRow } from '../core/types';
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
export const FMT_CHANGE = '+0.0#;-0.0#;0';
export const FMT_INT = '0';
export const FMT_PERCENT = '0%';

/** A number as text, e.g. in a sentence: 12.5, 3, 0.25. */
export function numText(n: number): string {
  return String(clean(n));
}

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
    const width = Math.max(this.width, ...this.rows.map((r) => r.length));
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

// ───────────── 通报 ─────────────

/** The ranking's columns (second header row); groups of the first header row span some of them. */
export const RANK_HEADERS = [
  '名次',
  '单位',
  '类型',
  '积分',
  '其中转报分成',
  ...LEVELS,
  '录用合计',
  '报送',
  '上期积分',
  '环比',
  '达标状态',
  '备注',
];
const RANK_GROUPS: { label: string; col: number; cols: number }[] = [
  { label: '本期积分', col: 4, cols: 2 },
  { label: '本期录用（篇）', col: 6, cols: 5 },
];
const W = RANK_HEADERS.length; // 15
// Widths in pixels; the people and issue tables below reuse the same columns.
const RANK_WIDTHS = [64, 170, 120, 72, 96, 60, 56, 56, 60, 72, 56, 72, 64, 76, 170];
/** A people table longer than this starts on a new printed page (no heading stranded at a page foot). */
const PEOPLE_ON_FIRST_PAGE = 15;
/** Text lines are cut to about the printed width of the ranking (half-width characters). */
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

/**
 * How far a subject got on one indicator, as an office reads it. A monthly (quarterly) quota counts
 * the closed months met, e.g. 9/12个月, plus the open month's count; the single value of the month
 * holding asOf would hide a month missed earlier. A yearly one is value / target.
 */
export function indicatorProgress(i: IndicatorResult): string {
  const buckets = i.buckets ?? [];
  if ((i.window === '每月' || i.window === '每季') && buckets.length > 0) {
    const closed = buckets.filter((b) => b.met !== null);
    const met = closed.filter((b) => b.met).length;
    const parts: string[] = [];
    if (closed.length > 0) parts.push(`${met}/${closed.length}${i.window === '每月' ? '个月' : '个季度'}`);
    const current = buckets.find((b) => b.bucket === i.currentBucket);
    if (current && current.met === null) {
      parts.push(`本${i.window === '每月' ? '月' : '季'} ${numText(i.value)}/${numText(i.target)}`);
    }
    return parts.join('，');
  }
  return `${numText(i.value)}/${numText(i.target)}`;
}

/** The word after a count: points are 分, everything else counts pieces (篇). */
function measure(i: IndicatorResult): string {
  return i.name.includes('积分') ? '分' : '篇';
}

/** One indicator a unit falls short on, e.g. 每月向区委组织部报送 10/12个月达标（2月、8月不足 2 篇）. */
export function shortfallText(i: IndicatorResult): string {
  const buckets = i.buckets ?? [];
  if ((i.window === '每月' || i.window === '每季') && buckets.length > 0) {
    const missed = buckets.filter((b) => b.met === false).map((b) => b.bucket);
    const names = i.window === '每月' ? missed.map((m) => `${m}月`) : missed.map((q) => `第${q}季度`);
    const closed = buckets.filter((b) => b.met !== null).length;
    const done = `${closed - missed.length}/${closed}${i.window === '每月' ? '个月' : '个季度'}达标`;
    // The open month (quarter) so far, e.g. 本月已 1/2, when asOf is inside one (not on a month's end).
    const current = buckets.find((b) => b.bucket === i.currentBucket);
    const open =
      current && current.met === null
        ? `本${i.window === '每月' ? '月' : '季'}已 ${numText(i.value)}/${numText(i.target)}`
        : '';
    const missing = missed.length ? `${names.join('、')}不足 ${numText(i.target)} ${measure(i)}` : '';
    const why = missing || open ? `（${[missing, open].filter(Boolean).join('，')}）` : '';
    return `${i.name} ${closed > 0 ? done : ''}${why}`;
  }
  return `${i.name} ${numText(i.value)}/${numText(i.target)} ${measure(i)}`;
}

/** The indicators that hold a unit back: short of target and not covered by a met any-of group. */
function shortfalls(u: UnitRankRow, statuses: Status[]): IndicatorResult[] {
  const metGroups = new Set(u.groups.filter((g) => g.met).map((g) => g.group));
  return u.indicators.filter((i) => statuses.includes(i.status) && !(i.group && metGroups.has(i.group)));
}

export function reportSheetName(model: ReportModel): string {
  return `${REPORT_TAB_PREFIX} ${model.period.code}`;
}

/** The remark column: 首 / 末, 零报送 (no row at all), and 不得评先评优 for a missed 报送 task (001 §六.5). */
function remark(u: UnitRankRow): string {
  const parts: string[] = [];
  if (u.first) parts.push('首');
  if (u.last) parts.push('末');
  if (u.zeroSubmissions) parts.push('零报送');
  if (u.barred) parts.push('不得评先评优');
  return parts.join('；');
}

function unitLine(u: UnitRankRow): string {
  const high = u.adoptionsByLevel.市级 + u.adoptionsByLevel.省级 + u.adoptionsByLevel.中央级;
  const type = u.unitType ? `（${u.unitType}）` : '';
  return `${u.unit}${type}，积分 ${numText(u.points)}，录用 ${numText(u.adoptions)} 篇（市级及以上 ${numText(high)} 篇），报送 ${numText(u.submissions)} 篇`;
}

/**
 * The 通报 tab: title, the ranking with 首/末 marked, 首末点评, 零报送 units, the people table and
 * the rows to check (待核实). `generatedAt` is shown as given (e.g. 2024-04-01 09:30).
 */
export function reportSheet(model: ReportModel, generatedAt: string): SheetModel {
  const b = new SheetBuilder(W);
  const breaks: number[] = [];
  const p = model.period;
  b.line(`${p.label}组工信息宣传工作通报`, TITLE_STYLE);
  b.line(
    `统计期间：${dayToIso(p.from)} 至 ${dayToIso(p.to)}　　达标进度截至：${dayToIso(Math.min(model.asOf, p.to))}　　规则：${
      model.preset || '—'
    }　　生成时间：${generatedAt}`,
    SUBTITLE_STYLE,
  );
  b.section('一、单位积分排名（按本期积分从高到低）');
  const groupRow = b.header(
    RANK_HEADERS.map((h, i) => (RANK_GROUPS.some((g) => i + 1 >= g.col && i + 1 < g.col + g.cols) ? '' : h)),
  );
  for (const g of RANK_GROUPS) {
    b.rows[groupRow - 1][g.col - 1] = g.label;
    b.merges.push({ row: groupRow, col: g.col, rows: 1, cols: g.cols });
  }
  const headerRow = b.header(
    RANK_HEADERS.map((h, i) => (RANK_GROUPS.some((g) => i + 1 >= g.col && i + 1 < g.col + g.cols) ? h : '')),
  );
  // Columns outside the groups span both header rows.
  RANK_HEADERS.forEach((_, i) => {
    if (!RANK_GROUPS.some((g) => i + 1 >= g.col && i + 1 < g.col + g.cols)) {
      b.merges.push({ row: groupRow, col: i + 1, rows: 2, cols: 1 });
    }
  });
  const noPrevious = model.units.every((u) => !u.previousPoints);

  const first = b.next;
  for (const u of model.units) {
    b.add([
      u.rank,
      u.unit,
      u.unitType,
      clean(u.points),
      u.relayPoints ? clean(u.relayPoints) : null,
      ...LEVELS.map((l) => clean(u.adoptionsByLevel[l])),
      clean(u.adoptions),
      clean(u.submissions),
      // No figures at all in the previous period (e.g. the ledger starts this year): nothing to compare.
      noPrevious || u.previousPoints === null ? '—' : clean(u.previousPoints),
      noPrevious || u.change === null ? '—' : clean(u.change),
      u.status,
      remark(u),
    ]);
  }
  const n = model.units.length;
  if (n === 0) {
    b.add([null, '本期没有任何单位的稿件']);
  } else {
    const firstMarks = model.units.map((u) => u.first);
    const lastMarks = model.units.map((u) => u.last);
    markRuns(b, first, firstMarks, { background: COLORS.firstBg, bold: true });
    markRuns(b, first, lastMarks, { background: COLORS.lastBg });
    b.statusColumn(
      first,
      14,
      model.units.map((u) => u.status),
    );
    markRuns(
      b,
      first,
      lastMarks.map((l, i) => l || model.units[i].zeroSubmissions),
      { fontColor: COLORS.issueFg, bold: true },
      15,
      1,
    );
    b.format({ row: first, col: 4, rows: n, cols: 2 }, FMT_POINTS);
    b.format({ row: first, col: 12, rows: n, cols: 1 }, FMT_POINTS);
    b.format({ row: first, col: 13, rows: n, cols: 1 }, FMT_CHANGE);
  }
  const bodyRows = Math.max(n, 1);
  b.style({ row: first, col: 1, rows: bodyRows, cols: 1 }, { hAlign: 'center' });
  // Totals line: the columns' sums, relay shares included, so a reader's calculator agrees; the
  // department's own figure (a relayed piece once) is in the comment below.
  const t = model.totals;
  // Summed in floating point, shown to the cent like the rows above.
  const unitPoints = roundHalfUp(
    model.units.reduce((a, u) => a + u.points, 0),
    2,
  );
  const relayPoints = roundHalfUp(
    model.units.reduce((a, u) => a + u.relayPoints, 0),
    2,
  );
  const totalRow = b.add([
    '合计',
    `${n} 个单位`,
    null,
    clean(unitPoints),
    relayPoints !== 0 ? clean(relayPoints) : null,
    ...LEVELS.map((l) => clean(model.units.reduce((a, u) => a + u.adoptionsByLevel[l], 0))),
    clean(t.adoptions),
    clean(t.submissions),
    noPrevious ? '—' : clean(model.units.reduce((a, u) => a + (u.previousPoints ?? 0), 0)),
    null,
    null,
    null,
  ]);
  b.format({ row: totalRow, col: 4, rows: 1, cols: 1 }, FMT_POINTS);
  b.format({ row: totalRow, col: 12, rows: 1, cols: 1 }, FMT_POINTS);
  b.style({ row: totalRow, col: 1, rows: 1, cols: W }, { bold: true, background: COLORS.totalBg });
  b.style({ row: first, col: 12, rows: bodyRows + 1, cols: 2 }, { hAlign: 'right' });
  b.style({ row: groupRow, col: 1, rows: totalRow - groupRow + 1, cols: W }, { border: true });

  // 首末点评 and the lists that follow the ranking.
  b.blank();
  b.section('二、首末点评');
  const firsts = model.units.filter((u) => u.first);
  const lasts = model.units.filter((u) => u.last);
  // One sheet row per printed line: long lists are cut at 、 so nothing hides behind the next row.
  const comment = (text: string, style: CellStyle = {}) => {
    for (const line of wrapText(text)) {
      const row = b.add([line]);
      if (Object.keys(style).length > 0) b.style({ row, col: 1, rows: 1, cols: 1 }, style);
    }
  };
  comment(
    `本期全部门报送 ${numText(t.submissions)} 篇，录用 ${numText(t.adoptions)} 篇，稿件积分 ${numText(t.points)}${
      Math.abs(unitPoints - t.points) > 0.005
        ? `（表中各单位积分合计 ${numText(unitPoints)}：${
            relayPoints !== 0 ? `含转报分成 ${numText(relayPoints)}` : '已按封顶计'
          }）`
        : ''
    }；待核实稿件 ${model.issues.length} 条${
      model.lateRows.length ? `，其中迟报 ${model.lateRows.length} 条` : ''
    }。`,
  );
  if (firsts.length === 0) comment('首末：各单位积分相同，本期不排首末。');
  // Many units tied first or last (often at 0 early in a period): one line, not one per unit.
  const marks = (label: string, units: UnitRankRow[], style: CellStyle) => {
    if (units.length > 3) {
      comment(
        `${label}（${units.length} 个单位并列，积分 ${numText(units[0].points)}）：${units.map((u) => u.unit).join('、')}。`,
        style,
      );
    } else for (const u of units) comment(`${label}：${unitLine(u)}。`, style);
  };
  marks('首', firsts, { fontColor: '#274e13' });
  marks('末', lasts, { fontColor: COLORS.issueFg });
  comment(
    model.zeroUnits.length
      ? `零报送单位（${model.zeroUnits.length} 个）：${model.zeroUnits.join('、')}。`
      : '零报送单位：无。',
    model.zeroUnits.length ? { fontColor: COLORS.issueFg } : {},
  );
  // Each unit short of a task on its own line, with what it is short of (months met, points, pieces).
  const behind = model.units.filter((u) => u.status === '进度滞后');
  const failed = model.units.filter((u) => u.status === '未达标');
  const reasons = (u: UnitRankRow, statuses: Status[]) => {
    const list = shortfalls(u, statuses).map(shortfallText);
    return `　${u.unit}：${list.length ? list.join('；') : u.status}。`;
  };
  if (behind.length) {
    comment(`全年任务进度滞后（${behind.length} 个）：`, { fontColor: '#7a4a00' });
    for (const u of behind) comment(reasons(u, ['进度滞后', '未达标']), { fontColor: '#7a4a00' });
  }
  if (failed.length) {
    // 不得评先评优 follows the yearly submission task only (001 §六.5); a points shortfall alone is 未达标.
    comment(`未完成任务（${failed.length} 个）：`, { fontColor: COLORS.issueFg });
    for (const u of failed)
      comment(`${reasons(u, ['未达标'])}${u.barred ? '（未完成信息报送任务，不得评先评优）' : ''}`, {
        fontColor: COLORS.issueFg,
      });
  }

  // 三、待核实: the rows whose points could not be trusted as typed.
  b.blank();
  b.section(`三、待核实稿件（${model.issues.length} 条，请各单位核实后在台账中更正）`);
  const issueHeader = b.header(['行号', '单位', '标题']);
  b.rows[issueHeader - 1][8] = '问题';
  b.style(
    { row: issueHeader, col: 4, rows: 1, cols: W - 3 },
    { bold: true, background: COLORS.headerBg, fontColor: COLORS.headerFg, hAlign: 'center' },
  );
  for (const issue of model.issues) {
    const values: SheetValue[] = [issue.row, issue.unit, issue.title];
    values[8] = issue.issues.join('；');
    b.add(values);
  }
  if (model.issues.length === 0) b.add(['（无）']);
  else {
    b.style({ row: issueHeader + 1, col: 1, rows: model.issues.length, cols: 1 }, { hAlign: 'center' });
    b.style(
      { row: issueHeader + 1, col: 9, rows: model.issues.length, cols: 1 },
      { fontColor: COLORS.issueFg },
    );
  }

  // 四、个人计任务: a long table, so it starts a printed page of its own.
  b.blank();
  if (model.people.length > PEOPLE_ON_FIRST_PAGE) breaks.push(b.next);
  b.section('四、个人计任务（两名作者各计 0.5 篇，年终四舍五入）');
  // The 状态 column only when the rules hold people to tasks (部机关 preset); empty otherwise.
  const personStatus = model.people.some((x) => x.status !== null);
  const peopleCols = personStatus ? 6 : 5;
  const peopleHeader = b.header(['姓名', '单位', '计任务', '四舍五入', '积分', '状态'].slice(0, peopleCols));
  const pFirst = b.next;
  for (const person of model.people) {
    const row: SheetValue[] = [
      person.person,
      person.unit,
      clean(person.credit),
      clean(person.creditRounded),
      clean(person.points),
    ];
    if (personStatus) row.push(person.status ?? '');
    b.add(row);
  }
  if (model.people.length === 0) b.add(['（无）']);
  else {
    b.format({ row: pFirst, col: 5, rows: model.people.length, cols: 1 }, FMT_POINTS);
    b.format({ row: pFirst, col: 4, rows: model.people.length, cols: 1 }, FMT_INT);
    if (personStatus) {
      b.statusColumn(
        pFirst,
        6,
        model.people.map((x) => x.status),
      );
    }
  }
  b.style({ row: peopleHeader, col: 1, rows: b.next - peopleHeader, cols: peopleCols }, { border: true });

  return b.build(reportSheetName(model), {
    frozenRows: headerRow,
    frozenCols: 0,
    columnWidths: RANK_WIDTHS,
    tabColor: '#1f4e79',
    print: { landscape: true, fitToWidth: true, breaksBefore: breaks },
  });
}

/** Style runs of marked rows across the ranking (or a column of it). */
function markRuns(
  b: SheetBuilder,
  firstRow: number,
  marks: boolean[],
  style: CellStyle,
  col = 1,
  cols = W,
): void {
  let i = 0;
  while (i < marks.length) {
    if (!marks[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < marks.length && marks[j]) j++;
    b.style({ row: firstRow + i, col, rows: j - i, cols }, style);
    i = j;
  }
}
