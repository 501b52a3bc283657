// Fuzz: hostile ledgers through the whole engine and the report tabs. Bounded by FUZZ_RUNS.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppsWorkbook } from '../../src/addon/appsWorkbook';
import { dayFromYmd } from '../../src/core/dates';
import { assess, rowOutputs } from '../../src/core/index';
import { findColumns, LEDGER_HEADERS } from '../../src/core/ledger';
import { buildNotice } from '../../src/core/notice';
import type { Cell, Grid, LedgerField } from '../../src/core/types';
import { dashboardSheet } from '../../src/sheets/dashboard';
import type { SheetModel } from '../../src/sheets/model';
import { issuesSheet, noticeSheets } from '../../src/sheets/notice';
import { createFakeApps, type FakeApps } from '../fakes/spreadsheetApp';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';
import {
  FORMULA_TEXTS,
  formulaText,
  framedLedgerArb,
  hugeString,
  isFilled,
  ledgerArb,
  maxCellString,
  periodArb,
  presetArb,
  RUNS,
  SHEETS_CELL_LIMIT,
  TIMEOUT,
} from './arbitraries';

const INPUT = new Set<string>(LEDGER_HEADERS);

/** Sheet rows below the header (header = row `dataStart`) that hold anything in a recognised input column. */
function filledRows(grid: Grid, header: Cell[] = grid[0] ?? [], dataStart = 1): number[] {
  const { columns } = findColumns(header);
  const cols = (Object.keys(columns) as LedgerField[]).filter((f) => INPUT.has(f)).map((f) => columns[f]!);
  const out: number[] = [];
  for (let r = dataStart; r < grid.length; r++) if (cols.some((c) => isFilled(grid[r][c]))) out.push(r + 1);
  return out;
}

/** Every row of a ledger accounted for: a finite points value, and a blocked row explains itself. */
function checkEveryRow(
  grid: Grid,
  a: ReturnType<typeof assess>,
  header: Cell[] = grid[0] ?? [],
  dataStart = 1,
): void {
  const { parsed, scored } = a;
  const missing = parsed.headerIssues.filter((m) => m.startsWith('台账缺少'));
  if (missing.length > 0) {
    // No 标题 or 单位 column: nothing can be scored, and the header issue says which column.
    expect(scored.rows).toHaveLength(0);
    expect(missing.join()).toMatch(/「(标题|单位)」/);
    return;
  }
  expect(scored.rows.map((r) => r.row)).toEqual(filledRows(grid, header, dataStart));
  const outputs = rowOutputs(scored, grid.length - 1);
  for (let i = 0; i < scored.rows.length; i++) {
    const r = scored.rows[i];
    const out = outputs[r.row - 2];
    expect(typeof out.points === 'number' && Number.isFinite(out.points)).toBe(true);
    expect(out.points).toBe(r.points);
    if (parsed.rows[i].blocked) {
      expect(r.points).toBe(0);
      expect(out.check).not.toBe('');
    }
  }
}

describe('hostile ledgers never break the engine', () => {
  it(
    'random ledgers (wrong types, formula text, bad dates, header variants, ragged rows): every row gets points or an issue',
    () => {
      fc.assert(
        fc.property(
          ledgerArb,
          presetArb,
          periodArb,
          fc.integer({ min: -400, max: 800 }),
          (grid, preset, period, off) => {
            const a = assess({ ledger: grid, preset }, { period, asOf: dayFromYmd(2024, 1, 1) + off });
            checkEveryRow(grid, a);
            expect(Number.isFinite(a.report.totals.points)).toBe(true);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'title rows and two-row headers with merged group cells: the same columns, every row below them scored',
    () => {
      fc.assert(
        fc.property(framedLedgerArb, presetArb, ({ grid, header, dataStart }, preset) => {
          const a = assess({ ledger: grid, preset });
          const plain = assess({ ledger: [header, ...grid.slice(dataStart)], preset });
          if (plain.parsed.columns.标题 === undefined || plain.parsed.columns.单位 === undefined) {
            // Without 标题 and 单位 no framing makes a header: nothing is scored and the issue says why.
            expect(a.scored.rows).toHaveLength(0);
            expect(a.parsed.headerIssues.join()).toMatch(/台账缺少「(标题|单位)」列/);
            return;
          }
          expect(a.parsed.columns).toEqual(plain.parsed.columns);
          checkEveryRow(grid, a, header, dataStart);
          // Framing shifts the sheet rows and nothing else.
          const shift = dataStart - 1;
          expect(a.scored.rows.map((r) => [r.row - shift, r.points])).toEqual(
            plain.scored.rows.map((r) => [r.row, r.points]),
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('empty and degenerate ledgers say the ledger is empty or a column is missing', () => {
    const degenerate: unknown[] = [
      [],
      [[]],
      [['']],
      [[null]],
      [[undefined, undefined]],
      [LEDGER_HEADERS],
      [LEDGER_HEADERS, [], [''], LEDGER_HEADERS.map(() => '  ')],
      [LEDGER_HEADERS, null, undefined, 'not a row'],
      [
        ['作者', '媒体'],
        ['张三', '郑州日报'],
      ],
      null,
      'not a grid',
    ];
    for (const g of degenerate) {
      const a = assess({ ledger: g as Grid });
      expect(a.scored.rows).toHaveLength(0);
      if (!Array.isArray(g) || g.length === 0 || !Array.isArray(g[0]) || !(g[0] as Cell[]).includes('标题')) {
        expect(a.parsed.headerIssues.length).toBeGreaterThan(0);
      }
    }
  });

  it('extreme numbers in the number columns still give every row finite points (or block the row)', () => {
    for (const x of [1e306, -1e306, Number.MAX_VALUE, -Number.MAX_VALUE, 1e300]) {
      const grid = ledgerGrid([
        adoption({ 调整分: x, 调整理由: '复核加分' }),
        adoption({ 标题: '长稿', 字数: x }),
        adoption({ 标题: '视频', 媒体: '郑州电视台', 时长: x }),
        adoption({ 标题: '转报', 调整分: x, 调整理由: '复核', 对口处室: '信息调研科' }),
      ]);
      const a = assess({ ledger: grid });
      checkEveryRow(grid, a);
      for (const r of a.scored.rows)
        expect(Number.isFinite(r.relayPoints), `relay share with ${x}`).toBe(true);
      for (const u of a.report.units) expect(Number.isFinite(u.points), `${u.unit} with ${x}`).toBe(true);
    }
  });

  it('a 10,000-column ledger scores the same as the narrow one', () => {
    const narrow = ledgerGrid([
      adoption(),
      adoption({ 标题: '另一篇', 媒体: '河南组工信息', 字数: 1500, 对口处室: '信息调研科', 作者: '甲、乙' }),
      submission({ 报送日期: '2024-05-06' }),
      adoption({ 媒体: '神秘刊物' }),
    ]);
    const width = 10_000;
    // Spread the real columns over the sheet, the rest filled with unrelated data.
    const place = LEDGER_HEADERS.map((_, i) => Math.floor(((i + 1) * width) / (LEDGER_HEADERS.length + 1)));
    const wide: Grid = narrow.map((row, r) => {
      const out: Cell[] = Array.from({ length: width }, (_, c) =>
        r === 0 ? `备用${c}` : c % 7 === 0 ? `杂项${c}` : '',
      );
      place.forEach((c, i) => {
        out[c] = row[i];
      });
      return out;
    });
    const a = assess({ ledger: narrow });
    const b = assess({ ledger: wide });
    expect(b.scored.rows.map((r) => [r.row, r.points, r.relayPoints, r.issues])).toEqual(
      a.scored.rows.map((r) => [r.row, r.points, r.relayPoints, r.issues]),
    );
    expect(b.report.units).toEqual(a.report.units);
  });

  it(
    'huge strings in any column: never throw; a cell-sized input keeps 校验 and report cells within a Sheets cell',
    () => {
      // Sizes by name so that a failure prints a short counterexample, not 100,000 characters.
      const sizes = { '50k': maxCellString, '100k': hugeString };
      fc.assert(
        fc.property(
          fc.constantFrom(...LEDGER_HEADERS),
          fc.constantFrom('50k', '100k') as fc.Arbitrary<'50k' | '100k'>,
          (field, size) => {
            const big = sizes[size]();
            const grid = ledgerGrid([adoption({ [field]: big }), submission({ [field]: big })]);
            const a = assess({ ledger: grid });
            checkEveryRow(grid, a);
            // A cell can hold no more than 50,000 characters, so only text that fits must come out fitting.
            if (size === '100k') return;
            const checks = rowOutputs(a.scored, 2).map((o) => o.check.length);
            expect(Math.max(...checks), `校验 length with a ${size} ${field}`).toBeLessThanOrEqual(
              SHEETS_CELL_LIMIT,
            );
            const notice = buildNotice(a.report, a.rules.settings, { issuedOn: a.report.asOf });
            for (const model of [...noticeSheets(a.report, notice, 'now'), dashboardSheet(a.report, 'now')]) {
              const longest = Math.max(
                0,
                ...model.values.flat().map((v) => (typeof v === 'string' ? v.length : 0)),
              );
              expect(longest, `longest ${model.name} cell with a ${size} ${field}`).toBeLessThanOrEqual(
                SHEETS_CELL_LIMIT,
              );
            }
          },
        ),
        { numRuns: Math.min(RUNS * 2, LEDGER_HEADERS.length * 2) },
      );
    },
    TIMEOUT,
  );
});

describe('report tabs never turn user text into formulas', () => {
  let fake: FakeApps;
  let uninstall: () => void;
  beforeAll(() => {
    fake = createFakeApps();
    uninstall = fake.install();
  });
  afterAll(() => uninstall());

  /** Write a model through the Apps Script backend and compare every cell with the model. */
  function roundTrip(model: SheetModel): void {
    const book = new AppsWorkbook(fake.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
    book.writeSheet(model);
    const sheet = fake.spreadsheet.getSheetByName(model.name)!;
    model.values.forEach((row, r) => {
      row.forEach((v, c) => {
        const cell = sheet._peek(r + 1, c + 1);
        expect(cell?.f, `${model.name}!R${r + 1}C${c + 1}`).toBeUndefined();
        if (typeof v === 'string' && v !== '') expect(cell?.v).toBe(v);
        if (typeof v === 'number' && Number.isFinite(v)) expect(cell?.v).toBe(v);
      });
    });
  }

  it(
    'titles, units, authors and outlets that look like formulas come out as the same text',
    () => {
      const user = fc.record({
        title: formulaText,
        unit: fc.oneof(formulaText, fc.constant('峡窝镇党委')),
        author: formulaText,
      });
      fc.assert(
        fc.property(fc.array(user, { minLength: 1, maxLength: 6 }), periodArb, (rows, period) => {
          const grid = ledgerGrid(
            rows.flatMap((u, i) => [
              adoption({ 标题: u.title, 单位: u.unit, 作者: u.author, 媒体: i % 2 ? u.title : '郑州日报' }),
              submission({ 标题: u.title, 单位: u.unit, 作者: u.author, 报送日期: '2024-13-01' }),
            ]),
          );
          const { report, rules } = assess({ ledger: grid }, { period });
          const notice = buildNotice(report, rules.settings, { issuedOn: report.asOf });
          for (const model of [
            ...noticeSheets(report, notice, '2024-12-31 09:00'),
            dashboardSheet(report, '2024-12-31 09:00'),
          ]) {
            expect(model.formulas ?? []).toEqual([]);
            roundTrip(model);
          }
        }),
        { numRuns: Math.max(5, Math.floor(RUNS / 5)) },
      );
    },
    TIMEOUT,
  );

  it('each fixed formula-looking title appears verbatim in the 待核实 list', () => {
    const grid = ledgerGrid(FORMULA_TEXTS.map((t) => adoption({ 标题: t, 单位: t })));
    const { report } = assess({ ledger: grid });
    const model = issuesSheet(report, '2024-12-31 09:00');
    const texts = new Set(model.values.flat().filter((v): v is string => typeof v === 'string'));
    for (const t of FORMULA_TEXTS) expect([...texts].some((s) => s.includes(t.trim()))).toBe(true);
    roundTrip(model);
  });
});
