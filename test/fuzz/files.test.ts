// Fuzz: the bytes of files as the command line meets them. CSV text in every encoding and delimiter
// offices export reads back cell for cell; random bytes never crash the reader; small workbooks written by
// exceljs (merges, formulas without results, control characters) read back and run through the command to
// exit 0 with one JSON object or exit 1 with one line. Bounded by FUZZ_RUNS (capped: npm run fuzz stays within minutes).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv, toCsv } from '../../src/cli/csv';
import { main } from '../../src/cli/main';
import { XlsxReader } from '../../src/cli/xlsxReader';
import { UserError } from '../../src/core/errors';
import { assess } from '../../src/core/index';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { UNCALCULATED } from '../../src/core/text';
import { RUNS, TIMEOUT } from './arbitraries';

/** CSV properties are cheap; a workbook costs a write, a read and a run of the command (about 0.5 s). */
const CSV_RUNS = Math.min(RUNS, 3000);
const WORKBOOK_RUNS = Math.max(5, Math.min(300, Math.floor(RUNS / 10)));

const DIR = mkdtempSync(join(tmpdir(), 'zugong-fuzz-files-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** Text a cell may hold in a CSV: Chinese, quotes, delimiters, line breaks, full-width forms. */
const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '峡窝镇党委',
    '郑州日报',
    '2024-03-05',
    '1,200',
    '关于"五个一"的做法',
    '甲;乙',
    'a\tb',
    '第一行\n第二行',
    '，；',
  ),
  fc.integer({ min: 0, max: 5000 }).map(String),
);

const csvGrid = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 12 }))
  .chain(([cols, rows]) =>
    fc.array(fc.array(cellText, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  )
  // A CSV cannot tell a last line of blanks from no line: the reader drops trailing blank rows.
  .filter((g) => g[g.length - 1].some((v) => v !== '') && g[0].some((v) => v !== ''));

/** Quote as Excel does for the delimiter in use. */
function encodeCsv(grid: string[][], delimiter: string): string {
  const field = (v: string) =>
    /["\r\n]/.test(v) || v.includes(delimiter) || v.startsWith(' ') ? `"${v.replace(/"/g, '""')}"` : v;
  return `${grid.map((r) => r.map(field).join(delimiter)).join('\r\n')}\r\n`;
}

const ENCODINGS: Record<string, (text: string) => Uint8Array> = {
  utf8: (t) => Buffer.from(t, 'utf8'),
  utf8bom: (t) => Buffer.from(`\ufeff${t}`, 'utf8'),
  utf16le: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
};

describe('CSV bytes', () => {
  it(
    'read back cell for cell in UTF-8, UTF-8 with BOM and UTF-16 with BOM, with , ; or TAB',
    () => {
      fc.assert(
        fc.property(
          csvGrid,
          fc.constantFrom(',', ';', '\t'),
          fc.constantFrom(...Object.keys(ENCODINGS)),
          (grid, delimiter, encoding) => {
            // The header names the delimiter the way a real header does: by holding more of it than of the others.
            const header = grid[0].map((v) => v.replace(/[,;\t]/g, ''));
            const full = [
              [...header, ...LEDGER_HEADERS.slice(0, 3)],
              ...grid.slice(1).map((r) => [...r, '', '', '']),
            ];
            const bytes = ENCODINGS[encoding](encodeCsv(full, delimiter));
            expect(parseCsv(decodeCsv(bytes))).toEqual(full);
          },
        ),
        { numRuns: CSV_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'random bytes either read as rows or are refused with a UserError, and the engine takes any rows',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
          let grid: unknown;
          try {
            grid = parseCsv(decodeCsv(bytes));
          } catch (error) {
            expect(error).toBeInstanceOf(UserError);
            return;
          }
          const a = assess({ ledger: grid as string[][] });
          expect(a.scored.rows.filter((r) => !Number.isFinite(r.points))).toEqual([]);
        }),
        { numRuns: CSV_RUNS },
      );
    },
    TIMEOUT,
  );

  it('toCsv output reads back', () => {
    fc.assert(
      fc.property(csvGrid, (grid) => {
        expect(parseCsv(decodeCsv(Buffer.from(toCsv(grid))))).toEqual(grid);
      }),
      { numRuns: CSV_RUNS },
    );
  });
});

type WbCell = string | number | Date | { formula: string } | null;

const wbCell: fc.Arbitrary<WbCell> = fc.oneof(
  { weight: 4, arbitrary: cellText },
  fc.integer({ min: -10, max: 100_000 }),
  fc.date({
    min: new Date(Date.UTC(2020, 0, 1)),
    max: new Date(Date.UTC(2026, 11, 31)),
    noInvalidDate: true,
  }),
  fc.constant({ formula: '1+1' }),
  fc.constantFrom('\u001b[31m红\u001b[0m', '王\u200b芳', '\u0007', '', null),
);

const workbookArb = fc.record({
  header: fc.shuffledSubarray([...LEDGER_HEADERS], { minLength: 1, maxLength: 8 }),
  rows: fc.array(fc.array(wbCell, { minLength: 0, maxLength: 9 }), { maxLength: 8 }),
  titleRow: fc.boolean(),
  merge: fc.option(
    fc.tuple(
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 2 }),
    ),
  ),
  tab: fc.constantFrom('稿件台账', '2024年', 'Sheet1', '稿件台账 '),
});

/** What the reader must hand over for a cell exceljs wrote. */
function expectedCell(v: WbCell): unknown {
  if (v === null || v === '') return '';
  if (typeof v === 'object' && 'formula' in v) return UNCALCULATED;
  // XML 1.0 cannot carry control characters: the file never holds them.
  if (typeof v === 'string') return v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
  return v;
}

describe('small workbooks', () => {
  it(
    'read back what exceljs wrote, and the command exits 0 with one JSON object or 1 with one line',
    async () => {
      await fc.assert(
        fc.asyncProperty(workbookArb, async (spec) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet(spec.tab);
          const grid: WbCell[][] = [...(spec.titleRow ? [['2024年台账']] : []), spec.header, ...spec.rows];
          grid.forEach((r, i) => {
            r.forEach((v, c) => {
              if (v !== null && v !== '') ws.getCell(i + 1, c + 1).value = v as ExcelJS.CellValue;
            });
          });
          const buffer = Buffer.from(await wb.xlsx.writeBuffer());
          // The command line's reader (xlsxReader.ts), as main() below reads the file.
          const read = new XlsxReader(buffer).readValues(spec.tab);
          for (let r = 0; r < grid.length; r++)
            for (let c = 0; c < grid[r].length; c++) {
              const got = read[r]?.[c] ?? '';
              const want = expectedCell(grid[r][c]);
              if (want instanceof Date) expect(got).toBeInstanceOf(Date);
              else expect(got).toEqual(want);
            }
          if (spec.merge) {
            const [r, c, h, w] = spec.merge;
            ws.mergeCells(r, c, r + h, c + w);
          }
          const file = join(DIR, 'fuzz.xlsx');
          writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
          let stdout = '';
          let stderr = '';
          const code = await main(['report', file, '--json', '--period', '2024'], {
            stdout: { write: (s: string) => (stdout += s) },
            stderr: { write: (s: string) => (stderr += s) },
            env: {},
          });
          // Never raw escapes on the terminal, never library English alone.
          expect(stderr.includes('\u001b')).toBe(false);
          if (code === 0) {
            expect(stdout.trim().split('\n')).toHaveLength(1);
            JSON.parse(stdout);
          } else {
            expect(code).toBe(1);
            expect(stdout).toBe('');
            expect(stderr.trim().split('\n')).toHaveLength(1);
            expect(stderr).toMatch(/^错误：/);
          }
        }),
        { numRuns: WORKBOOK_RUNS },
      );
    },
    TIMEOUT,
  );
});
