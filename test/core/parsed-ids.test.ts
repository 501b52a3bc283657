// The parser records each row's 单位 and 标题-key ids (LedgerIds) as it reads, so scoring groups rows by
// integers without hashing every title again; a ledger changed after parsing gets its ids worked out anew.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateLedger } from '../../bench/generate';
import { matchUnitNames, parseLedger } from '../../src/core/ledger';
import * as idsModule from '../../src/core/ledgerIds';
import { idsOfRows, type LedgerIds, ledgerIds } from '../../src/core/ledgerIds';
import { presetRules } from '../../src/core/rules';
import { normalizeTitle, TitleKeys } from '../../src/core/text';
import type { Grid, ParsedLedger } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

vi.mock('../../src/core/ledgerIds', async (original) => {
  const actual = await original<typeof import('../../src/core/ledgerIds')>();
  return { ...actual, recordLedgerIds: vi.fn(actual.recordLedgerIds) };
});
const record = vi.mocked(idsModule.recordLedgerIds);
afterEach(() => record.mockClear());

/** The ids the parser recorded for this ledger (the last recordLedgerIds call for it). */
function recorded(parsed: ParsedLedger): LedgerIds | undefined {
  return record.mock.calls.filter(([ledger]) => ledger === parsed).at(-1)?.[1];
}

/** Ids as plain lists, so toEqual compares them whole. */
function plain(ids: LedgerIds) {
  return { units: ids.units, unit: Array.from(ids.unit), titles: ids.titles, title: Array.from(ids.title) };
}

/** Per row: its unit and title key as its ids name them. */
function named(ids: LedgerIds) {
  return ids.rows.map((_, i) => [ids.units[ids.unit[i]], ids.title[i] < 0 ? '' : ids.titles[ids.title[i]]]);
}

const STAFF_GRID: Grid = ledgerGrid([
  adoption({ 标题: '《关于基层党建》', 单位: '峡窝镇党委' }),
  adoption({ 标题: '关于 基层党建', 单位: ' 峡窝镇党委 ', 媒体: '河南日报' }),
  {},
  adoption({ 标题: '关于基层党建', 单位: '八一路街道党工委' }),
  adoption({ 标题: '', 单位: '峡窝镇党委' }),
  adoption({ 标题: '《》', 单位: '' }),
  { 标题: '标题', 单位: '单位' }, // the header again (two exports joined): skipped
  adoption({ 标题: 'ＡＢＣ党建（试点）', 单位: '峡窝镇 党委' }),
  adoption({ 标题: 'abc党建试点', 单位: '峡窝镇党委' }),
]);

describe('parseLedger records LedgerIds for its rows', () => {
  it('every row has the ids of its unit and title key; equal text, equal id', () => {
    const parsed = parseLedger(STAFF_GRID);
    const ids = recorded(parsed);
    expect(ids?.rows).toBe(parsed.rows);
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 3, 5, 6, 7, 9, 10]);
    expect(plain(ids!)).toEqual({
      units: ['峡窝镇党委', '八一路街道党工委', '', '峡窝镇 党委'],
      unit: [0, 0, 1, 0, 2, 3, 0],
      titles: ['关于基层党建', 'abc党建试点'],
      title: [0, 0, 0, -1, -1, 1, 1],
    });
    expect(named(ids!)).toEqual(parsed.rows.map((r) => [r.unit, r.titleKey]));
    // What ledgerIds hands scoring is the parser's record, not ids worked out again.
    expect(ledgerIds(parsed)).toBe(ids);
  });

  it('on a generated ledger with bad rows: the ids are those worked out from the rows', () => {
    const parsed = parseLedger(generateLedger({ rows: 3000, seed: 7, badShare: 0.05 }));
    const ids = recorded(parsed)!;
    expect(ids.rows).toBe(parsed.rows);
    expect(ledgerIds(parsed)).toBe(ids);
    expect(plain(ids)).toEqual(plain(idsOfRows(parsed.rows)));
    expect(ids.titles.length).toBeLessThan(parsed.rows.length); // pieces adopted more than once share a key
  });

  it('several tabs read as one ledger, and ledgers without rows, carry ids too', () => {
    const tabs = parseLedger(STAFF_GRID, {
      sources: STAFF_GRID.map((_, i) => ({ tab: i < 5 ? '一季度' : '二季度', row: i < 5 ? i + 1 : i - 3 })),
    });
    expect(plain(recorded(tabs)!)).toEqual(plain(idsOfRows(tabs.rows)));
    for (const grid of [[], [['单位', '作者']], [LEDGER_HEADER_ONLY]] as Grid[]) {
      const parsed = parseLedger(grid);
      expect(recorded(parsed)?.rows).toBe(parsed.rows);
      expect(plain(recorded(parsed)!)).toEqual({ units: [], unit: [], titles: [], title: [] });
    }
  });

  it('matching units to the 单位 table merges their ids and records them again', () => {
    const parsed = parseLedger(STAFF_GRID);
    matchUnitNames(parsed, presetRules('上街区').units);
    const ids = recorded(parsed)!;
    expect(parsed.rows.map((r) => r.unit)).toEqual([
      '峡窝镇党委',
      '峡窝镇党委',
      '八一路街道党工委',
      '峡窝镇党委',
      '',
      '峡窝镇党委',
      '峡窝镇党委',
    ]);
    expect(plain(ids)).toEqual(plain(idsOfRows(parsed.rows)));
    expect(ledgerIds(parsed)).toBe(ids);
  });

  it('a row changed after parsing makes ledgerIds work the ids out again', () => {
    const parsed = parseLedger(STAFF_GRID);
    const before = recorded(parsed)!;
    parsed.rows[2].unit = '新单位';
    parsed.rows[4].titleKey = '另一篇';
    const after = ledgerIds(parsed);
    expect(after).not.toBe(before);
    expect(named(after)).toEqual(parsed.rows.map((r) => [r.unit, r.titleKey]));
    expect(plain(after)).toEqual(plain(idsOfRows(parsed.rows)));
    // Rows dropped (a new list) likewise.
    parsed.rows = parsed.rows.slice(1);
    expect(named(ledgerIds(parsed))).toEqual(parsed.rows.map((r) => [r.unit, r.titleKey]));
  });
});

const LEDGER_HEADER_ONLY = ledgerGrid([])[0];

describe('TitleKeys: the title key of normalizeTitle, one id per distinct key', () => {
  it('on random titles, with many spellings of few keys', () => {
    const spelling = fc.oneof(
      fc.constantFrom(
        '《关于基层党建》',
        '关于 基层党建',
        'ＡＢＣ党建',
        'abc党建',
        'ÄRGER',
        'ärger',
        '《》',
        '',
        'İ',
      ),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.string({ maxLength: 700 }),
    );
    fc.assert(
      fc.property(fc.array(spelling, { maxLength: 60 }), (titles) => {
        const keys = new TitleKeys();
        const got = titles.map((t) => [keys.key(t), keys.id] as const);
        expect(got.map(([k]) => k)).toEqual(titles.map(normalizeTitle));
        // ids: -1 for the empty key, else the key's place among the distinct keys in order of first use.
        const distinct = [...new Set(titles.map(normalizeTitle).filter((k) => k !== ''))];
        expect(got.map(([k, id]) => (id < 0 ? '' : keys.keys[id]) === k)).toEqual(titles.map(() => true));
        expect(keys.keys).toEqual(distinct);
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps ids apart when a ledger has more distinct titles than its table first holds', () => {
    const keys = new TitleKeys();
    const titles = Array.from({ length: 5000 }, (_, i) => `第${i % 2500}篇（${i % 2500}）`);
    const ids = titles.map((t) => {
      keys.key(t);
      return keys.id;
    });
    expect(ids.slice(2500)).toEqual(ids.slice(0, 2500));
    expect(new Set(ids).size).toBe(2500);
    expect(keys.keys[ids[4999]]).toBe('第2499篇2499');
  });
});
