// 稿件台账: the ledger grid (as Sheets hands it) → typed rows, each with its issues in plain Chinese.
import { parseDay } from './dates';
import { parseInstruction, parseLevel, parseMode, parseReview, parseVerdict } from './levels';
import { cellNumber, cellText, normalizeTitle, splitNames, toHalfWidth } from './text';
import type { Cell, Grid, LedgerField, LedgerRow, Mode, ParsedLedger } from './types';

/** Input columns in the order 初始化台账 lays them out. */
export const LEDGER_HEADERS: LedgerField[] = [
  '标题',
  '作者',
  '单位',
  '类别',
  '报送对象',
  '报送日期',
  '媒体',
  '级别',
  '采用方式',
  '录用日期',
  '字数',
  '时长(分钟)',
  '版面',
  '领导批示',
  '对口处室',
  '审核状态',
  '核定',
  '备注',
  '调整分',
  '调整理由',
  '佐证',
  '事件日期',
];

/** Columns the add-on computes; staff never type them. */
export const COMPUTED_HEADERS: LedgerField[] = ['积分', '计任务', '校验'];

/** Header text (normalised) → canonical column. RULES §2 aliases plus common variants. */
export const HEADER_ALIASES: Record<string, LedgerField> = {
  标题: '标题',
  稿件标题: '标题',
  题目: '标题',
  作者: '作者',
  撰稿人: '作者',
  单位: '单位',
  报送单位: '单位',
  所属单位: '单位',
  类别: '类别',
  稿件类别: '类别',
  报送对象: '报送对象',
  报送单位对象: '报送对象',
  报送日期: '报送日期',
  报送时间: '报送日期',
  事件日期: '事件日期',
  发生日期: '事件日期',
  媒体: '媒体',
  刊物: '媒体',
  采用媒体: '媒体',
  录用媒体: '媒体',
  级别: '级别',
  媒体级别: '级别',
  采用方式: '采用方式',
  录用方式: '采用方式',
  录用日期: '录用日期',
  采用日期: '录用日期',
  刊发日期: '录用日期',
  字数: '字数',
  '时长(分钟)': '时长(分钟)',
  时长: '时长(分钟)',
  '时长(分)': '时长(分钟)',
  版面: '版面',
  领导批示: '领导批示',
  批示: '领导批示',
  对口处室: '对口处室',
  审核状态: '审核状态',
  审核: '审核状态',
  核定: '核定',
  备注: '备注',
  调整分: '调整分',
  调整理由: '调整理由',
  佐证: '佐证',
  佐证材料: '佐证',
  积分: '积分',
  计任务: '计任务',
  校验: '校验',
};

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
  return KIND_ALIASES[t] ?? t;
}

function headerKey(cell: Cell): string {
  return toHalfWidth(cellText(cell)).replace(/\s+/g, '');
}

const REQUIRED: LedgerField[] = ['标题', '单位'];

/** Find the columns of the header row. First occurrence wins; a repeat is reported. */
export function findColumns(header: Cell[]): {
  columns: Partial<Record<LedgerField, number>>;
  issues: string[];
} {
  const columns: Partial<Record<LedgerField, number>> = {};
  const issues: string[] = [];
  for (let c = 0; c < header.length; c++) {
    const field = HEADER_ALIASES[headerKey(header[c])];
    if (!field) continue;
    if (columns[field] === undefined) columns[field] = c;
    else
      issues.push(
        `列「${field}」出现了两次（第${columns[field]! + 1}列和第${c + 1}列），使用第${columns[field]! + 1}列`,
      );
  }
  for (const field of REQUIRED) {
    if (columns[field] === undefined) issues.push(`台账缺少「${field}」列`);
  }
  return { columns, issues };
}

const INPUT_FIELDS = new Set<LedgerField>(LEDGER_HEADERS);

/** Parse the whole ledger. Never throws; every problem becomes a Chinese message. */
export function parseLedger(grid: Grid): ParsedLedger {
  if (!Array.isArray(grid) || grid.length === 0 || !Array.isArray(grid[0])) {
    return { rows: [], columns: {}, headerIssues: ['台账为空：第1行应为表头'] };
  }
  const { columns, issues: headerIssues } = findColumns(grid[0]);
  if (REQUIRED.some((f) => columns[f] === undefined)) return { rows: [], columns, headerIssues };
  const inputCols = (Object.keys(columns) as LedgerField[])
    .filter((f) => INPUT_FIELDS.has(f))
    .map((f) => columns[f]!);
  const rows: LedgerRow[] = [];
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r];
    if (!Array.isArray(cells) || isBlankRow(cells, inputCols)) continue;
    rows.push(parseRow(cells, columns, r + 1));
  }
  return { rows, columns, headerIssues };
}

function isBlankRow(cells: Cell[], inputCols: number[]): boolean {
  for (const c of inputCols) {
    const v = cells[c];
    if (v !== null && v !== undefined && v !== '' && !(typeof v === 'string' && v.trim() === ''))
      return false;
  }
  return true;
}

/** Show a cell in a message without flooding 校验 with a huge string. */
function shown(cell: Cell): string {
  const t = cell instanceof Date ? String(cell) : cellText(cell);
  return t.length > 20 ? `${t.slice(0, 20)}…` : t;
}

function parseRow(
  cells: Cell[],
  columns: Partial<Record<LedgerField, number>>,
  rowNumber: number,
): LedgerRow {
  const issues: string[] = [];
  let blocked = false;
  const get = (f: LedgerField): Cell => (columns[f] === undefined ? '' : cells[columns[f]!]);
  const text = (f: LedgerField): string => cellText(get(f));
  const block = (message: string) => {
    issues.push(message);
    blocked = true;
  };

  const date = (f: LedgerField): number | null => {
    const v = parseDay(get(f));
    if (v === 'invalid') {
      issues.push(`${f}“${shown(get(f))}”不是有效日期（可写 2024-03-05、2024/3/5、2024年3月5日）`);
      return null;
    }
    return v;
  };
  const num = (f: LedgerField): number | null => {
    const v = cellNumber(get(f));
    if (v !== null && Number.isNaN(v)) {
      block(`${f}“${shown(get(f))}”不是数字`);
      return null;
    }
    if (v !== null && v < 0 && f !== '调整分') {
      block(`${f}不能为负数`);
      return null;
    }
    return v;
  };

  const title = text('标题');
  if (title === '') issues.push('缺少标题');
  const unit = text('单位');
  if (unit === '') block('缺少单位，无法计入任何单位');
  const outlet = text('媒体');

  const levelText = text('级别');
  const levelOverride = levelText === '' ? null : parseLevel(levelText);
  if (levelText !== '' && levelOverride === null) {
    issues.push(`级别“${shown(levelText)}”无法识别（应为 区县级/市级/省级/中央级）`);
  }

  const modeText = text('采用方式');
  let mode: Mode;
  if (modeText === '') mode = outlet !== '' ? '录用' : '报送';
  else {
    const parsed = parseMode(modeText);
    if (parsed === null) {
      block(`采用方式“${shown(modeText)}”无法识别（应为 录用/综合/报送）`);
      mode = outlet !== '' ? '录用' : '报送';
    } else mode = parsed;
  }

  const submittedOn = date('报送日期');
  const adoptedOn = date('录用日期');
  const eventOn = date('事件日期');
  if (mode !== '报送' && adoptedOn === null) {
    block(text('录用日期') === '' ? `${mode}行缺少录用日期，无法计分` : '录用日期无效，无法计分');
  }
  if (mode === '报送' && submittedOn === null && adoptedOn === null) {
    block(text('报送日期') === '' ? '报送行缺少报送日期' : '报送日期无效');
  }
  if (mode !== '报送' && outlet === '' && levelOverride === null) {
    block(`${mode}行缺少媒体和级别，无法计分`);
  }

  const instructionText = text('领导批示');
  const instruction = instructionText === '' ? '' : parseInstruction(instructionText);
  if (instruction === null) block(`领导批示“${shown(instructionText)}”无法识别（应为 国家/省/市）`);

  const reviewText = text('审核状态');
  const review = reviewText === '' ? '' : parseReview(reviewText);
  if (review === null) issues.push(`审核状态“${shown(reviewText)}”无法识别（应为 待审/编审/复审/终审）`);

  const verdictText = text('核定');
  const verdict = verdictText === '' ? '' : parseVerdict(verdictText);
  if (verdict === null) block(`核定“${shown(verdictText)}”无法识别（应为空、不计分或倒扣）`);

  const adjustment = num('调整分');
  const adjustmentReason = text('调整理由');
  if (adjustment !== null && adjustment !== 0 && adjustmentReason === '') {
    issues.push('有调整分但缺少调整理由，调整分暂不计入');
  }

  return {
    row: rowNumber,
    title,
    titleKey: normalizeTitle(title),
    authors: splitNames(text('作者')),
    unit,
    kind: normalizeKind(text('类别')),
    recipient: text('报送对象').replace(/\s+/g, ''),
    submittedOn,
    eventOn,
    outlet,
    levelOverride,
    mode,
    adoptedOn,
    chars: num('字数'),
    minutes: num('时长(分钟)'),
    placement: text('版面').replace(/\s+/g, ''),
    instruction: instruction ?? '',
    relayOffice: text('对口处室'),
    review: review ?? '',
    verdict: verdict ?? '',
    note: text('备注'),
    adjustment,
    adjustmentReason,
    evidence: text('佐证'),
    issues,
    blocked,
  };
}
