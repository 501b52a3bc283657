// One ledger line's cells → a LedgerRow with its issues in plain Chinese. Staff type the same few dozen
// words (units, outlets, 类别, 终审 …) 100,000 times: each column remembers what its cell strings read as.
import { dayOfDate, parseDay, serialOfDay } from './dates';
import { parseInstruction, parseLevel, parseMode, parseReview, parseVerdict } from './levels';
import { own } from './maps';
import { brief, cellNumber, cellText, normalizeTitle, splitAuthors, UNCALCULATED, visibleText } from './text';
import type { Cell, Day, Instruction, LedgerField, LedgerRow, Level, Mode, Review, Verdict } from './types';

/** 类别 aliases: the seeds use several names for the same kind. */
const KIND_ALIASES: Record<string, string> = {
  真言文章: '言论文章',
  言论: '言论文章',
  调研: '调研报告',
  新闻: '宣传报道',
  宣传: '宣传报道',
  动态: '动态信息',
};

export function normalizeKind(text: string): string {
  const t = text.replace(/\s+/g, '');
  return own(KIND_ALIASES, t) ?? t;
}

/** Most rows have no issue: they share one frozen empty list, and a row gets its own on its first issue. */
export const NO_ISSUES = Object.freeze([]) as unknown as string[];
/** Rows without 作者 share one frozen empty list too (no caller changes a row's authors). */
const NO_AUTHORS = Object.freeze([]) as unknown as string[];

/** Add an issue to a parsed row (its own list on the first). */
export function addIssue(r: LedgerRow, message: string): void {
  if (r.issues === NO_ISSUES) r.issues = [];
  r.issues.push(message);
}

/** Largest 调整分 a reviewer can give (RULES §8 speaks of 加2-5分; this only stops typing slips). */
const MAX_ADJUSTMENT = 1000;

/** Distinct spellings a column remembers (a column of free text, such as 标题, stops remembering there). */
const MEMO_LIMIT = 1 << 20;

/** A column's reading of a cell string, remembered by that string: `read` runs once per spelling. */
function recall<T>(memo: Map<string, T>, cell: string, read: (text: string) => T): T {
  let v = memo.get(cell);
  if (v === undefined) {
    v = read(cell);
    if (memo.size < MEMO_LIMIT) memo.set(cell, v);
  }
  return v;
}

/** Date cells remembered per ledger, by day number modulo this. */
const DATE_SLOTS = 1024;

/** A code unit String.prototype.trim may remove (a superset: a few control characters too). */
function maybeSpace(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || (c >= 0x1680 && (c <= 0x205f || c === 0x3000 || c === 0xfeff));
}

/** cell.trim(), without the call for the cells that start and end with a visible character (most). */
function trimmed(cell: string): string {
  const n = cell.length;
  if (n === 0 || maybeSpace(cell.charCodeAt(0)) || maybeSpace(cell.charCodeAt(n - 1))) return cell.trim();
  return cell;
}

/** Text without spaces; most cells have none (a loop, not a regular expression, per cell). */
function squeeze(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x1680 && c <= 0x205f)) {
      return SPACE.test(t) ? t.replace(SPACES, '') : t;
    }
  }
  return t;
}
const SPACE = /\s/;
const SPACES = /\s+/g;

/** A vocabulary column's word: '' for a blank cell, null when the word is unknown. */
function word<T>(read: (text: string) => T | null): (cell: string) => T | '' | null {
  return (cell) => {
    const t = trimmed(cell);
    return t === '' ? '' : read(t);
  };
}
const levelWord = word(parseLevel);
const modeWord = word(parseMode);
const instructionWord = word(parseInstruction);
const reviewWord = word(parseReview);
const verdictWord = word(parseVerdict);
const kindWord = (cell: string): string => {
  const t = trimmed(cell);
  return t === '' ? '' : normalizeKind(t);
};

/** A Date cell's serial number (local calendar fields, as readers hand dates over). */
function serialOfDate(d: Date): number {
  const seconds = d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
  return serialOfDay(dayOfDate(d)) + seconds / 86_400;
}

/** Show a cell in a message without flooding 校验 with a huge string. */
function shown(cell: Cell): string {
  return brief(cell instanceof Date ? String(cell) : cellText(cell));
}

/**
 * Reads the rows of one ledger (one object per parseLedger call: its memories hold the column's
 * spellings of this ledger only, and dates as this process's time zone reads them now).
 */
export class RowReader {
  // Column indexes, -1 when the ledger has no such column: plain fields, no lookup by name per cell.
  private readonly title: number;
  private readonly author: number;
  private readonly unit: number;
  private readonly kind: number;
  private readonly recipient: number;
  private readonly submitted: number;
  private readonly event: number;
  private readonly outlet: number;
  private readonly level: number;
  private readonly mode: number;
  private readonly adopted: number;
  private readonly chars: number;
  private readonly minutes: number;
  private readonly placement: number;
  private readonly instruction: number;
  private readonly relay: number;
  private readonly review: number;
  private readonly verdict: number;
  private readonly note: number;
  private readonly adjustment: number;
  private readonly reason: number;
  private readonly evidence: number;
  /** The input columns present, in LEDGER_HEADERS order, with their fields (for 公式无结果). */
  private readonly present: number[];
  private readonly fields: LedgerField[];

  private readonly kinds = new Map<string, string>();
  private readonly levels = new Map<string, Level | '' | null>();
  private readonly modes = new Map<string, Mode | '' | null>();
  private readonly instructions = new Map<string, Instruction | null>();
  private readonly reviews = new Map<string, Review | null>();
  private readonly verdicts = new Map<string, Verdict | null>();
  private readonly days = new Map<string, Day | null | 'invalid'>();
  // Date cells by time value: one slot per calendar day (×1024 days), its time value and its Day.
  private readonly dateTimes = new Float64Array(DATE_SLOTS).fill(Number.NaN);
  private readonly dateDays = new Int32Array(DATE_SLOTS);

  // The row being read: its issues (the shared empty list until the first) and whether it is blocked.
  private issues: string[] = NO_ISSUES;
  private blocked = false;

  constructor(columns: Partial<Record<LedgerField, number>>, order: readonly LedgerField[]) {
    const at = (f: LedgerField) => columns[f] ?? -1;
    this.title = at('标题');
    this.author = at('作者');
    this.unit = at('单位');
    this.kind = at('类别');
    this.recipient = at('报送对象');
    this.submitted = at('报送日期');
    this.event = at('事件日期');
    this.outlet = at('媒体');
    this.level = at('级别');
    this.mode = at('采用方式');
    this.adopted = at('录用日期');
    this.chars = at('字数');
    this.minutes = at('时长(分钟)');
    this.placement = at('版面');
    this.instruction = at('领导批示');
    this.relay = at('对口处室');
    this.review = at('审核状态');
    this.verdict = at('核定');
    this.note = at('备注');
    this.adjustment = at('调整分');
    this.reason = at('调整理由');
    this.evidence = at('佐证');
    this.fields = order.filter((f) => columns[f] !== undefined);
    this.present = this.fields.map((f) => columns[f]!);
  }

  private add(message: string): void {
    if (this.issues === NO_ISSUES) this.issues = [];
    this.issues.push(message);
  }

  private block(message: string): void {
    this.add(message);
    this.blocked = true;
  }

  /** The cell's trimmed text ('' when the column is absent). */
  private text(cells: Cell[], c: number): string {
    if (c < 0) return '';
    const cell = cells[c];
    if (cell === '') return '';
    return typeof cell === 'string' ? trimmed(cell) : cellText(cell);
  }

  /** No input cell holds anything but spaces. */
  blank(cells: Cell[]): boolean {
    const present = this.present;
    for (let k = 0; k < present.length; k++) {
      const v = cells[present[k]];
      if (v === '' || v === null || v === undefined) continue;
      if (typeof v !== 'string' || trimmed(v) !== '') return false;
    }
    return true;
  }

  /** The cell's text read by `read`, remembered per string (other cells are read as their text). */
  private read<T>(cells: Cell[], c: number, memo: Map<string, T>, read: (text: string) => T, blank: T): T {
    if (c < 0) return blank;
    const cell = cells[c];
    if (cell === '') return blank;
    return recall(memo, typeof cell === 'string' ? cell : cellText(cell), read);
  }

  private day(cells: Cell[], c: number): Day | null | 'invalid' {
    if (c < 0) return null;
    const cell = cells[c];
    if (cell === '') return null;
    if (typeof cell === 'string') return recall(this.days, cell, parseDay);
    if (!(cell instanceof Date)) return parseDay(cell);
    // The same time value is the same Day (in this zone, for this call): most dates are days of one year.
    const t = cell.getTime();
    const slot = Math.floor(t / 86_400_000) & (DATE_SLOTS - 1);
    if (this.dateTimes[slot] === t) return this.dateDays[slot];
    const day = parseDay(cell);
    if (day !== 'invalid' && day !== null) {
      this.dateTimes[slot] = t;
      this.dateDays[slot] = day;
    }
    return day;
  }

  private badDate(cells: Cell[], c: number, f: LedgerField): string {
    return `${f}“${shown(c < 0 ? '' : cells[c])}”不是有效日期（可写 2024-03-05、2024/3/5、2024年3月5日）`;
  }

  /** A number column: null when blank; the row's issue (and null) when not a usable number. */
  private number(cells: Cell[], c: number, f: LedgerField): number | null {
    if (c < 0) return null;
    const cell = cells[c];
    // The common case: a plain non-negative number cell.
    if (typeof cell === 'number' && cell >= 0 && cell < Number.POSITIVE_INFINITY && f !== '调整分')
      return cell;
    if (cell === '' || cell === null || cell === undefined || cell === UNCALCULATED) return null;
    // A number formatted as a date (字数 1200 shown as 1903/4/14) is still the number: its serial.
    const v =
      typeof cell === 'number' && Number.isFinite(cell)
        ? cell
        : cell instanceof Date && !Number.isNaN(cell.getTime())
          ? serialOfDate(cell)
          : cellNumber(cell);
    if (v !== null && Number.isNaN(v)) {
      this.block(`${f}“${shown(cell)}”不是数字`);
      return null;
    }
    if (v !== null && v < 0 && f !== '调整分') {
      this.block(`${f}不能为负数`);
      return null;
    }
    // 调整分 adds to the points: an absurd value (a slip, or 1e306) would swamp every total.
    if (v !== null && f === '调整分' && Math.abs(v) > MAX_ADJUSTMENT) {
      this.add(`调整分“${shown(cell)}”超出合理范围（绝对值不超过${MAX_ADJUSTMENT}），暂不计入`);
      return null;
    }
    return v;
  }

  /** One data line; `rowNumber` is its sheet row. */
  row(cells: Cell[], rowNumber: number): LedgerRow {
    this.issues = NO_ISSUES;
    this.blocked = false;
    const present = this.present;
    for (let k = 0; k < present.length; k++) {
      const v = cells[present[k]];
      if (typeof v === 'string' && v.length === UNCALCULATED.length && v === UNCALCULATED) {
        this.block(
          `${this.fields[k]}是公式，但文件中没有保存它的计算结果：请在 Excel/WPS 中打开、重新计算（F9）并保存后再试，本行暂不计分`,
        );
      }
    }

    const title = this.text(cells, this.title);
    if (title === '') this.add('缺少标题');
    const unit = visibleText(this.text(cells, this.unit));
    if (unit === '') this.block('缺少单位，无法计入任何单位');
    const outlet = visibleText(this.text(cells, this.outlet));

    const levelOverride = this.read(cells, this.level, this.levels, levelWord, '');
    if (levelOverride === null) {
      this.add(`级别“${shown(this.text(cells, this.level))}”无法识别（应为 区县级/市级/省级/中央级）`);
    }

    let mode: Mode = outlet !== '' ? '录用' : '报送';
    const modeRead = this.read(cells, this.mode, this.modes, modeWord, '');
    if (modeRead === null) {
      this.block(`采用方式“${shown(this.text(cells, this.mode))}”无法识别（应为 录用/综合/报送）`);
    } else if (modeRead !== '') mode = modeRead;

    const submitted = this.day(cells, this.submitted);
    const adopted = this.day(cells, this.adopted);
    const event = this.day(cells, this.event);
    const submittedOn = submitted === 'invalid' ? null : submitted;
    const adoptedOn = adopted === 'invalid' ? null : adopted;
    const eventOn = event === 'invalid' ? null : event;
    // The date a row is assessed by: without it the row belongs to no period, so it is blocked, and the
    // one message says both what is wrong and what follows. Other bad dates are plain issues.
    let blockingDate: LedgerField | null = null;
    if (mode !== '报送' && adoptedOn === null) {
      blockingDate = '录用日期';
      this.block(
        adopted === 'invalid'
          ? `${this.badDate(cells, this.adopted, '录用日期')}，无法计分`
          : `${mode}行缺少录用日期，无法计分`,
      );
    } else if (mode === '报送' && submittedOn === null && adoptedOn === null) {
      blockingDate = submitted === 'invalid' || adopted !== 'invalid' ? '报送日期' : '录用日期';
      const blocking = blockingDate === '报送日期' ? submitted : adopted;
      const c = blockingDate === '报送日期' ? this.submitted : this.adopted;
      this.block(
        blocking === 'invalid'
          ? `${this.badDate(cells, c, blockingDate)}，无法计入任何时段`
          : '报送行缺少报送日期，无法计入任何时段',
      );
    }
    if (submitted === 'invalid' && blockingDate !== '报送日期')
      this.add(this.badDate(cells, this.submitted, '报送日期'));
    if (adopted === 'invalid' && blockingDate !== '录用日期')
      this.add(this.badDate(cells, this.adopted, '录用日期'));
    if (event === 'invalid') this.add(this.badDate(cells, this.event, '事件日期'));
    if (mode !== '报送' && outlet === '' && (levelOverride === null || levelOverride === '')) {
      this.block(`${mode}行缺少媒体和级别，无法计分`);
    }

    const instruction = this.read(cells, this.instruction, this.instructions, instructionWord, '');
    if (instruction === null) {
      this.block(`领导批示“${shown(this.text(cells, this.instruction))}”无法识别（应为 国家/省/市）`);
    }
    const review = this.read(cells, this.review, this.reviews, reviewWord, '');
    if (review === null) {
      this.add(`审核状态“${shown(this.text(cells, this.review))}”无法识别（应为 待审/编审/复审/终审）`);
    }
    const verdict = this.read(cells, this.verdict, this.verdicts, verdictWord, '');
    if (verdict === null) {
      this.block(`核定“${shown(this.text(cells, this.verdict))}”无法识别（应为空、不计分或倒扣）`);
    }

    const adjustment = this.number(cells, this.adjustment, '调整分');
    const adjustmentReason = this.text(cells, this.reason);
    if (adjustment !== null && adjustment !== 0 && adjustmentReason === '') {
      this.add('有调整分但缺少调整理由，调整分暂不计入');
    }
    let authorText = this.text(cells, this.author);
    // 张伟、王芳等: the office listed who it could; 等 is no one's name.
    const authorsEtc = authorText.length > 1 && authorText.endsWith('等');
    if (authorsEtc) authorText = authorText.slice(0, -1);
    const chars = this.number(cells, this.chars, '字数');
    const minutes = this.number(cells, this.minutes, '时长(分钟)');

    return {
      row: rowNumber,
      title,
      titleKey: normalizeTitle(title),
      authors: authorText === '' ? NO_AUTHORS : splitAuthors(authorText),
      // Absent (undefined) unless 等 was dropped: a plain literal, no spread per row (JSON and equality as before).
      authorsEtc: authorsEtc ? true : undefined,
      unit,
      kind: this.read(cells, this.kind, this.kinds, kindWord, ''),
      recipient: squeeze(this.text(cells, this.recipient)),
      submittedOn,
      eventOn,
      outlet,
      levelOverride: levelOverride === '' ? null : levelOverride,
      mode,
      adoptedOn,
      chars,
      minutes,
      placement: squeeze(this.text(cells, this.placement)),
      instruction: instruction ?? '',
      relayOffice: visibleText(this.text(cells, this.relay)),
      review: review ?? '',
      verdict: verdict ?? '',
      note: this.text(cells, this.note),
      adjustment,
      adjustmentReason,
      evidence: this.text(cells, this.evidence),
      issues: this.issues,
      blocked: this.blocked,
    };
  }
}
