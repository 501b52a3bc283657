// The engine's hot-path shortcuts (issue 15) against the plain reference each one replaced, on random input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditedRows, pieceIds } from '../../src/core/credit';
import { dayFromYmd, daysInMonth, monthOf, yearOf, ymdOfDay } from '../../src/core/dates';
import { evaluateIndicators } from '../../src/core/indicators';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import {
  hasInvisible,
  normalizeTitle,
  normalizeTitleSlow,
  splitAuthors,
  titleHash,
  toHalfWidth,
  visibleText,
} from '../../src/core/text';
import { ledgerArb, presetArb, RUNS, TIMEOUT } from './arbitraries';

const MS_PER_DAY = 86_400_000;
/**
 * Characters near every range the shortcuts test: controls, Latin-1, zero-width, bidi, full width, CJK;
 * surrogates (alone, in pairs, a plane's last code points) and noncharacters.
 */
const tricky = fc.constantFrom(
  ...'\u0000\u0008\u0009\u000a\u000b\u000d\u001f\u0020\u007e\u007f\u009f\u00a0\u00ad\u00ae\u200a\u200b\u200f\u2010\u2029\u202a\u202e\u202f\u205f\u2060\u2064\u2065\u3000\u3001\ufefe\ufeff\uff00\uff01\uff5e\uff5f张王、 ,a組臺於乾\u3447\uf900Σ\ud800\ud83d\ude00\ud83f\udbff\udc00\udffd\udffe\udfff\ufdcf\ufdd0\ufdef\ufdf0\ufffd\ufffe\uffff'.split(
    '',
  ),
);
const text = fc.oneof(
  fc.string(),
  fc.array(tricky, { maxLength: 12 }).map((a) => a.join('')),
);

describe('text shortcuts equal their regular expressions', () => {
  it('hasInvisible is the INVISIBLE character class, visibleText strips exactly it', () => {
    // XML's illegal characters too (lone surrogates, U+FDD0–U+FDEF, U+nFFFE/U+nFFFF), spelled with the `u`
    // flag here: a code point class, not the code-unit one text.ts uses.
    const INVISIBLE =
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]|\p{Cs}/u;
    fc.assert(
      fc.property(text, (t) => {
        expect(hasInvisible(t)).toBe(INVISIBLE.test(t));
        expect(visibleText(t)).toBe(
          INVISIBLE.test(t) ? t.replace(new RegExp(INVISIBLE.source, 'gu'), '').trim() : t,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('normalizeTitle is normalizeTitleSlow, and titleHash a function of that key', () => {
    fc.assert(
      fc.property(text, (t) => {
        const key = normalizeTitle(t);
        expect(key).toBe(normalizeTitleSlow(t));
        expect(titleHash(t)).toBe(titleHash(key));
        expect(titleHash(t) === 0).toBe(key === '');
      }),
      { numRuns: RUNS },
    );
  });

  it('toHalfWidth is the full-width replacement', () => {
    const reference = (t: string) =>
      t.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
        c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
      );
    fc.assert(
      fc.property(text, (t) => {
        expect(toHalfWidth(t)).toBe(reference(t));
      }),
      { numRuns: RUNS },
    );
  });

  it('splitAuthors gives the same names on every call for a spelling (remembered), as a list no one can change', () => {
    fc.assert(
      fc.property(text, (t) => {
        const first = [...splitAuthors(t)];
        expect(splitAuthors(t)).toEqual(first);
        expect(Object.isFrozen(splitAuthors(t))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('day arithmetic equals the Date object', () => {
  it('dayFromYmd is Date.UTC in days, rollover and two-digit years included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 12_000 }),
        fc.integer({ min: -3, max: 15 }),
        fc.integer({ min: -40, max: 70 }),
        (y, m, d) => {
          expect(dayFromYmd(y, m, d)).toBe(Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('daysInMonth is the day before the next month starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 12_000 }), fc.integer({ min: -3, max: 15 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      }),
      { numRuns: RUNS },
    );
  });

  it('ymdOfDay, yearOf and monthOf read the UTC calendar of the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (day) => {
        const t = new Date(day * MS_PER_DAY);
        const ymd = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
        expect(ymdOfDay(day)).toEqual(ymd);
        expect([yearOf(day), monthOf(day)]).toEqual([ymd.y, ymd.m]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('what one scoring remembers for the next phases', () => {
  it(
    'piece ids number (unit, title key) pairs in order of first sight, each untitled row its own',
    () => {
      fc.assert(
        fc.property(ledgerArb, presetArb, (grid, preset) => {
          const scored = scoreLedger(parseLedger(grid), presetRules(preset));
          const seen = new Map<string, number>();
          let next = 0;
          const reference = scored.rows.map((r, i) => {
            const key = normalizeTitleSlow(scored.ledger.rows[i].title);
            if (key === '') return next++;
            const k = JSON.stringify([r.unit, key]);
            if (!seen.has(k)) seen.set(k, next++);
            return seen.get(k)!;
          });
          const ids = pieceIds(scored);
          expect([...ids.rowPiece]).toEqual(reference);
          expect(ids.pieces).toBe(next);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'scoring, 计任务 rows and indicators do not carry anything from one ledger or rule set to the next',
    () => {
      fc.assert(
        fc.property(ledgerArb, ledgerArb, presetArb, presetArb, (a, b, pa, pb) => {
          const run = (grid: typeof a, preset: typeof pa) => {
            const rules = presetRules(preset);
            const scored = scoreLedger(parseLedger(grid), rules);
            const ind = evaluateIndicators(scored, rules, dayFromYmd(rules.settings.year, 12, 31));
            return JSON.stringify([scored.rows, [...creditedRows(scored)], ind]);
          };
          const first = run(a, pa);
          run(b, pb); // another ledger and preset in between
          expect(run(a, pa)).toBe(first);
        }),
        { numRuns: Math.max(1, Math.floor(RUNS / 2)) },
      );
    },
    TIMEOUT,
  );
});
