// Generators of hostile ledgers for the fuzz tests: wrong types, huge strings, formula-looking text,
// dates out of range, unknown units and outlets, header variants (aliases, spaces, full-width
// parentheses, duplicates, missing columns, extra columns) and ragged rows.
import fc from 'fast-check';
import { HEADER_ALIASES, headerField, LEDGER_HEADERS } from '../../src/core/ledger';
import { parsePeriod } from '../../src/core/period';
import { PRESET_NAMES, presetRules } from '../../src/core/rules';
import { visibleText } from '../../src/core/text';
import type { Cell, Grid, LedgerField, Period } from '../../src/core/types';

/** Bounded by FUZZ_RUNS so that the normal suite stays fast; `npm run fuzz` runs many more. */
export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 50));
/** Per-test time limit that grows with the runs, so that a long `npm run fuzz` is not cut short. */
export const TIMEOUT = Math.max(60_000, RUNS * 100);

/** Sheets' limit for one cell: a longer string cannot be typed or written. */
export const SHEETS_CELL_LIMIT = 50_000;

let huge: string | null = null;
/** A 100,000-character string (beyond any cell limit: a CSV or a script can still hand it over). */
export function hugeString(): string {
  huge ??= '长'.repeat(60_000) + 'x'.repeat(40_000);
  return huge;
}
/** The longest string a Sheets cell holds. */
export const maxCellString = () => '满'.repeat(SHEETS_CELL_LIMIT);

export const FORMULA_TEXTS = [
  '=HYPERLINK("http://example.com","点我")',
  '=1+2',
  '=IMPORTXML("http://example.com","//a")',
  '+1',
  '+SUM(A1:A3)',
  '-1',
  '-=A1',
  '@x',
  '@SUM(A1)',
  "'=quoted",
  ' =A1',
  '=',
];

export const formulaText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FORMULA_TEXTS),
  fc.tuple(fc.constantFrom('=', '+', '-', '@'), fc.string({ maxLength: 12 })).map(([p, s]) => p + s),
);

export const junk: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(''),
  fc.constant('   '),
  fc.date({ noInvalidDate: false }),
  formulaText,
  fc.constant('\u0000\u200b\ufeff'),
);

const preset = presetRules('上街区');
const UNITS = [...preset.units.map((u) => u.name), '某某街道党工委', '不存在的科', ' 峡窝镇党委 '];
const OUTLETS = [...preset.outlets.map((o) => o.name), '央视', '神秘刊物', '郑州日报（网络版）'];

/** Dates in every accepted form, and many that are not dates or out of any sensible range. */
export const dateCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 365 }).map((d) => new Date(2024, 0, 1 + d)) },
  fc.integer({ min: 0, max: 365 }).map((d) => {
    const t = new Date(2024, 0, 1 + d);
    return `${t.getFullYear()}/${t.getMonth() + 1}/${t.getDate()}`;
  }),
  fc.integer({ min: 45292, max: 45657 }),
  fc.constantFrom(
    '2024年3月5日',
    '20240305',
    '2024.3.5',
    '2024-02-30',
    '2024-13-01',
    '0000-01-01',
    '9999-12-31',
    '1899-12-30',
    '3月5日',
    '昨天',
    -1,
    0,
    1e12,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    20241399,
  ),
  fc.date({ noInvalidDate: false }),
  junk,
);

function domain(field: LedgerField): fc.Arbitrary<Cell> {
  const pick = (xs: Cell[]) => fc.constantFrom(...xs);
  switch (field) {
    case '标题':
      return fc.oneof(
        fc.string({ minLength: 1, maxLength: 12 }).map((s) => `关于${s}的信息`),
        fc.constantFrom('《基层党建》', '基层党建', '基 层 党 建'),
        formulaText,
      );
    case '作者':
      return pick(['', '张三', '张三、李四', '王五,赵六,钱七', '张三 / 李四', '张三；；李四']);
    case '单位':
    case '对口处室':
      return fc.oneof({ weight: 4, arbitrary: pick(UNITS) }, { weight: 1, arbitrary: pick(['']) });
    case '媒体':
      return pick([...OUTLETS, '']);
    case '级别':
      return pick(['', '', '区级', '县(市、区)级', '市级', '省级', '国家级', '中央级', '乡级']);
    case '采用方式':
      return pick(['', '录用', '全文录用', '综合', '报送', '转发']);
    case '报送日期':
    case '录用日期':
    case '事件日期':
      return dateCell;
    case '字数':
    case '时长(分钟)':
    case '调整分':
      return fc.oneof(
        fc.integer({ min: -5, max: 5000 }),
        pick(['1,200', '１２００', '约一千', '', -0]),
        fc.double(),
      );
    case '领导批示':
      return pick(['', '', '省', '国家', '市', '省领导', '县']);
    case '报送对象':
      return pick(['', '区委组织部', '市委组织部', '省委组织部']);
    case '审核状态':
      return pick(['', '终审', '待审', '三审']);
    case '核定':
      return pick(['', '', '不计分', '倒扣', '作废']);
    default:
      return fc.oneof(fc.string({ maxLength: 10 }), formulaText);
  }
}

/** A cell for a column: mostly plausible for that column, sometimes anything at all. */
export function cellFor(field: LedgerField | null): fc.Arbitrary<Cell> {
  if (field === null) return junk;
  return fc.oneof({ weight: 5, arbitrary: domain(field) }, { weight: 1, arbitrary: junk });
}

const ALIASES_OF = new Map<LedgerField, string[]>();
for (const [alias, field] of Object.entries(HEADER_ALIASES)) {
  ALIASES_OF.set(field, [...(ALIASES_OF.get(field) ?? []), alias]);
}

/** How a header cell may be written for a column: its name, an alias, spaced out, full-width. */
function headerText(field: LedgerField): fc.Arbitrary<string> {
  const names = ALIASES_OF.get(field) ?? [field];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(field as string) },
    { weight: 2, arbitrary: fc.constantFrom(...names) },
    { weight: 1, arbitrary: fc.constantFrom(...names).map((n) => ` ${[...n].join(' ')} `) },
    { weight: 1, arbitrary: fc.constant(field.replace('(', '（').replace(')', '）')) },
  );
}

export interface HeaderColumn {
  text: Cell;
  /** The column the header stands for (null: an extra column the engine ignores). */
  field: LedgerField | null;
}

/** A header row: some ledger columns (the required ones usually present), shuffled, with extras and repeats. */
export const headerArb: fc.Arbitrary<HeaderColumn[]> = fc
  .tuple(
    fc.subarray([...LEDGER_HEADERS, '积分', '计任务', '校验'] as LedgerField[], { minLength: 0 }),
    fc.boolean(),
    fc.array(fc.oneof(fc.constantFrom('序号', '', '附件', '单位名称备注'), junk), { maxLength: 3 }),
    fc.array(fc.constantFrom(...LEDGER_HEADERS), { maxLength: 2 }),
  )
  .chain(([fields, keepRequired, extras, repeats]) => {
    const all = [...fields];
    // Mostly keep 标题 and 单位 so that rows get parsed; sometimes drop one to test the header issue.
    if (keepRequired) for (const f of ['标题', '单位'] as LedgerField[]) if (!all.includes(f)) all.push(f);
    return fc
      .tuple(
        fc.tuple(...all.map((f) => headerText(f))),
        fc.tuple(...repeats.map((f) => headerText(f))),
        fc.integer({ min: 0, max: 1_000_000 }),
      )
      .map(([texts, repeatTexts, seed]) => {
        const cols: HeaderColumn[] = [
          ...all.map((f, i) => ({ text: texts[i] as Cell, field: f })),
          ...extras.map((e) => ({ text: e, field: null })),
          ...repeats.map((f, i) => ({ text: repeatTexts[i] as Cell, field: f })),
        ];
        // A deterministic shuffle from the drawn seed keeps shrinking meaningful.
        let s = seed;
        for (let i = cols.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [cols[i], cols[j]] = [cols[j], cols[i]];
        }
        return cols;
      });
  });

/** A whole hostile ledger: a header, then rows (some ragged, some blank, some with huge strings). */
export const ledgerArb: fc.Arbitrary<Grid> = headerArb.chain((header) => {
  const row = fc
    .tuple(
      fc.tuple(...header.map((h) => cellFor(h.field))),
      fc.oneof(
        { weight: 8, arbitrary: fc.constant('same') },
        fc.constantFrom('short', 'long', 'blank', 'huge'),
      ),
    )
    .map(([cells, shape]) => {
      const r = [...cells] as Cell[];
      if (shape === 'short') return r.slice(0, Math.floor(r.length / 2));
      if (shape === 'long') return [...r, '多余', 123];
      if (shape === 'blank') return r.map(() => '');
      if (shape === 'huge' && r.length > 0) r[0] = hugeString();
      return r;
    });
  return fc.array(row, { maxLength: 25 }).map((rows) => [header.map((h) => h.text), ...rows]);
});

export const presetArb = fc.constantFrom(...PRESET_NAMES);

export const periodArb: fc.Arbitrary<Period> = fc
  .constantFrom(
    '2024',
    '2024-Q1',
    '2024-Q4',
    '2024-03',
    '2024-12',
    '2024-01-01..2024-06-30',
    '2023',
    '2025-Q1',
  )
  .map((code) => parsePeriod(code)!);

/** A cell the engine treats as filled (mirrors the rule that blank rows are skipped): invisible characters alone
 * (\u0000, a zero-width space, a BOM) are no text. */
export function isFilled(v: Cell): boolean {
  return (
    v !== null && v !== undefined && v !== '' && !(typeof v === 'string' && visibleText(v).trim() === '')
  );
}

/** A ledger as offices' Excel files lay it out: the same header and rows, framed by title rows above
 * and sometimes split over two header rows by merged group cells (报送情况 over 报送对象 | 报送日期). */
export interface FramedLedger {
  grid: Grid;
  /** The one-row header the framing came from. */
  header: Cell[];
  /** Grid index of the first data row. */
  dataStart: number;
}

const TITLES = ['2024年度组工信息宣传积分台账', '填报单位：区委组织部办公室', '（截至12月31日）', ''];

export const framedLedgerArb: fc.Arbitrary<FramedLedger> = fc
  .tuple(
    ledgerArb.filter((g) => g.length > 0),
    fc.array(fc.constantFrom(...TITLES), { maxLength: 2 }),
    fc.boolean(),
    fc.nat(),
    fc.constantFrom('报送情况', '录用情况', '基本信息'),
  )
  .map(([ledger, titles, split, at, group]) => {
    const header = ledger[0] as Cell[];
    const width = header.length;
    const titleRows: Cell[][] = titles.map((t) => [t, ...Array(Math.max(width - 1, 0)).fill('')]);
    if (!split || width < 3) {
      return { grid: [...titleRows, ...ledger], header, dataStart: titleRows.length + 1 };
    }
    // Columns [start, start + 2) sit under one merged group cell; every other name is merged down. Both
    // columns under the group are named, one as a column the engine reads (报送对象 | 报送日期): a group over a
    // blank column names that column, so the one-row header would no longer be its equivalent (a blank header
    // keeps two same-field columns apart, a named one does not), and a second row naming nothing the engine
    // reads is a data row, not a header.
    const pairs = header.flatMap((h, c) =>
      c + 1 < width &&
      isFilled(h) &&
      isFilled(header[c + 1]) &&
      (headerField(h) || headerField(header[c + 1]))
        ? [c]
        : [],
    );
    if (pairs.length === 0)
      return { grid: [...titleRows, ...ledger], header, dataStart: titleRows.length + 1 };
    const start = pairs[at % pairs.length] as number;
    const upper = header.map((h, c) => (c === start ? group : c === start + 1 ? '' : h));
    const lower = header.map((h, c) => (c === start || c === start + 1 ? h : ''));
    return {
      grid: [...titleRows, upper, lower, ...ledger.slice(1)],
      header,
      dataStart: titleRows.length + 2,
    };
  });
