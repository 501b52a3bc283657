// parseLedger remembers, per ledger, what each column's spellings and date cells read as (issue 15). What
// one row reads as must never depend on which rows came before it: a row reads the same wherever it sits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateCell } from '../../src/core/dates';
import { normalizeKind, parseLedger } from '../../src/core/ledger';
import { trimmed } from '../../src/core/ledgerRow';
import { parseInstruction, parseLevel, parseMode, parseReview, parseVerdict } from '../../src/core/levels';
import { cellText, visibleText } from '../../src/core/text';
import type { Cell, Grid, LedgerRow } from '../../src/core/types';
import { dateCell, ledgerArb, RUNS, TIMEOUT } from './arbitraries';

/** Every character String.prototype.trim removes, and neighbours it keeps. */
const edge = fc.constantFrom(
  ...'\t\n\v\f\r \u00a0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\ufffe\u0000\u001f\u0085张a、'.split(
    '',
  ),
);
const spaced = fc
  .tuple(fc.array(edge, { maxLength: 3 }), fc.string({ maxLength: 6 }), fc.array(edge, { maxLength: 3 }))
  .map(([a, s, b]) => a.join('') + s + b.join(''));

/** The grid with its data lines after the first three (header, a possible second header line, first row) reversed. */
function reversed(grid: Grid): { grid: Grid; sources: { tab: string; row: number }[] } {
  const keep = Math.min(3, grid.length);
  const lines = grid.map((cells, i) => ({ cells, row: i + 1 }));
  const order = [...lines.slice(0, keep), ...lines.slice(keep).reverse()];
  return { grid: order.map((l) => l.cells), sources: order.map((l) => ({ tab: '台账', row: l.row })) };
}

/** Rows by sheet row, without the grid line (which moves when the lines do). */
function bySheetRow(rows: LedgerRow[]): Map<number, LedgerRow> {
  return new Map(rows.map(({ gridRow: _, ...r }) => [r.row, r as LedgerRow]));
}

describe('a row reads the same wherever it sits in the ledger', () => {
  it('trimmed is String.prototype.trim', () => {
    fc.assert(
      fc.property(spaced, (t) => {
        expect(trimmed(t)).toBe(t.trim());
      }),
      { numRuns: RUNS * 20 },
    );
  });

  it(
    'hostile ledgers: each row parsed with the later rows first equals the row parsed in order',
    () => {
      fc.assert(
        fc.property(ledgerArb, (grid) => {
          const identity = grid.map((_, i) => ({ tab: '台账', row: i + 1 }));
          const inOrder = bySheetRow(parseLedger(grid, { sources: identity }).rows);
          const moved = reversed(grid);
          const backwards = bySheetRow(parseLedger(moved.grid, { sources: moved.sources }).rows);
          expect([...backwards.keys()].sort((a, b) => a - b)).toEqual([...inOrder.keys()]);
          for (const [row, r] of inOrder) expect(backwards.get(row)).toStrictEqual(r);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'each column reads a cell as the plain normalisation does, whatever other columns and rows hold the same spelling',
    () => {
      // One pool of words for every vocabulary column: 市 is a 级别 in one column and a 领导批示 in another.
      const word = fc.oneof(
        spaced,
        fc.constantFrom(
          '市',
          ' 市级',
          '省',
          '国 家',
          '终审',
          '录用',
          ' 综合',
          '不计分',
          '倒扣',
          '言论',
          '三审',
          '',
        ),
      );
      const cells = fc.record({
        级别: word,
        采用方式: word,
        类别: word,
        领导批示: word,
        审核状态: word,
        核定: word,
        单位: fc.oneof(word, fc.constantFrom('峡窝镇党委', ' 峡窝镇党委\u200b')),
        报送日期: fc.oneof(dateCell, fc.constantFrom(' 2024-03-05', '2024-03-05 ', '２０２４－０３－０５')),
        录用日期: fc.oneof(
          dateCell,
          // Times of day, and days 1024 apart (one slot of the date memory).
          fc.integer({ min: 0, max: 5000 }).map((d) => new Date(2022, 0, 1 + d, d % 24, d % 60)),
          fc.integer({ min: 0, max: 3 }).map((k) => new Date(2021, 0, 1 + 1024 * k)),
        ),
      });
      const day = (cell: Cell) => {
        // A number with a fraction near 月.日 (1–13) or a year (1900–2200) is typed text, not a serial (audit s34
        // A-F7); with no 年度 given here, none of them is a day.
        if (
          typeof cell === 'number' &&
          !Number.isInteger(cell) &&
          ((cell >= 1 && cell < 13) || (cell >= 1900 && cell < 2200))
        )
          return null;
        const d = parseDateCell(cell);
        return d === 'invalid' ? null : d;
      };
      fc.assert(
        fc.property(fc.array(cells, { minLength: 1, maxLength: 30 }), (records) => {
          const header = ['标题', ...Object.keys(records[0])];
          const grid: Grid = [
            header,
            ...records.map((rec, i) => [`稿件${i}`, ...Object.values(rec)] as Cell[]),
          ];
          const rows = bySheetRow(parseLedger(grid).rows);
          expect(rows.size).toBe(records.length); // every line has a title: none is blank
          for (const [i, rec] of records.entries()) {
            const r = rows.get(i + 2)!;
            const t = (cell: Cell) => cellText(cell);
            expect([r.levelOverride, r.kind, r.instruction, r.review, r.verdict, r.unit]).toEqual([
              t(rec.级别) === '' ? null : parseLevel(t(rec.级别)),
              t(rec.类别) === '' ? '' : normalizeKind(t(rec.类别)),
              t(rec.领导批示) === '' ? '' : (parseInstruction(t(rec.领导批示)) ?? ''),
              t(rec.审核状态) === '' ? '' : (parseReview(t(rec.审核状态)) ?? ''),
              t(rec.核定) === '' ? '' : (parseVerdict(t(rec.核定)) ?? ''),
              // A number is no unit's name (a count from a table under the ledger), nor a placeholder (-, 无,
              // 不详): the row has none.
              /^[-+]?[0-9０-９]+([.．][0-9０-９]+)?[%％]?$/.test(visibleText(t(rec.单位))) ||
              (visibleText(t(rec.单位)).length <= 4 &&
                /^([-－—–_/／\\?？.。·…]+|无|暂无|不详|未知|待定|待填|空|略|n\/?a|null|none)$/i.test(
                  visibleText(t(rec.单位)),
                ))
                ? ''
                : visibleText(t(rec.单位)),
            ]);
            if (t(rec.采用方式) !== '' && parseMode(t(rec.采用方式)) !== null) {
              expect(r.mode).toBe(parseMode(t(rec.采用方式)));
            }
            expect([r.submittedOn, r.adoptedOn]).toEqual([day(rec.报送日期), day(rec.录用日期)]);
          }
          const moved = reversed(grid);
          const backwards = bySheetRow(parseLedger(moved.grid, { sources: moved.sources }).rows);
          for (const [row, r] of rows) {
            const { tab: _, ...b } = backwards.get(row)!;
            expect(b).toStrictEqual(r);
          }
        }),
        { numRuns: RUNS * 4 },
      );
    },
    TIMEOUT,
  );
});
