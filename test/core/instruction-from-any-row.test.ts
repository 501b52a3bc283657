// The 领导批示 of a piece is read off every row of it, whether the parser blocked the row (录用日期 missing or
// unreadable) or scoring did (媒体 unknown, no 级别) (sweep S18a F3; RULES §4 "once per piece, the highest
// instruction among its rows, added to its highest-scoring row …, leaving out 不计分 and review-gated rows":
// those rows never carry the bonus, yet their instruction is the piece's; an instruction is dated by 录用日期,
// else 报送日期). Before, a row the parser blocked gave no instruction, while one blocked in scoring did.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules, Settings } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

function rulesWith(over: Partial<Settings> = {}): Rules {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, ...over } };
}

/** "row points why" per row. */
function scored(rows: RowSpec[], rules = rulesWith()): string[] {
  return scoreLedger(parseLedger(ledgerGrid(rows)), rules).rows.map((r) => `${r.row} ${r.points} ${r.why}`);
}

/** 甲: adopted by 郑州日报 on 5 March (5 points); a second row of the piece, as `over` says. */
const withSecond = (over: RowSpec): RowSpec[] => [
  adoption({ 标题: '甲', 媒体: '郑州日报', 录用日期: '2024-03-05' }),
  adoption({ 标题: '甲', 媒体: '河南日报', 领导批示: '省', 录用日期: '2024-03-08', ...over }),
];

const PAID = '2 25 市级录用 5 +20（省领导批示） = 25';

describe('a blocked row of a piece gives its 领导批示 to the piece’s scoring row', () => {
  it.each([
    ['录用日期 missing (the parser blocks it)', { 录用日期: '' }],
    ['录用日期 unreadable (the parser blocks it)', { 录用日期: '2024-02-30' }],
    ['综合 without 录用日期', { 录用日期: '', 采用方式: '综合' }],
    ['媒体 unknown, no 级别 (scoring blocks it)', { 媒体: '某某内刊' }],
    ['采用方式 unreadable (the parser blocks it)', { 采用方式: '刊发了' }],
  ])('%s: +20 on 郑州日报', (_, over) => {
    const rows = scored(withSecond(over));
    expect(rows[0]).toBe(PAID);
    expect(rows[1]).toBe('3 0 0（有问题，暂不计分）');
  });

  it('a blocked row dated by neither 录用日期 nor 报送日期: the piece’s first year with a scoring row takes it', () => {
    const rows = [
      adoption({ 标题: '甲', 媒体: '郑州日报', 报送日期: '2024-12-01', 录用日期: '2024-12-05' }),
      adoption({ 标题: '甲', 媒体: '河南日报', 报送日期: '2025-01-02', 录用日期: '2025-01-10' }),
      adoption({ 标题: '甲', 媒体: '人民日报', 报送日期: '', 录用日期: '', 领导批示: '市' }),
    ];
    expect(scored(rows).slice(0, 2)).toEqual([
      '2 15 市级录用 5 +10（市领导批示） = 15',
      '3 10 省级录用 10 = 10',
    ]);
  });

  // Was "a year with no scoring row of the piece pays none" (2024 row 5): sweep S18e F1's ruling pays an
  // instruction in the piece's first year at or after its own with a row to carry it, as the increase over
  // what earlier years paid (none here). instruction-next-countable-year.test.ts has the class.
  it('dated by its 报送日期 when it has no 录用日期: a year with no scoring row passes it to the next', () => {
    // Submitted in 2023, no 录用日期: the instruction is 2023's, when the piece has no row to carry it; the
    // 2024 row is the piece's first to pay anything, so it pays all of it.
    const rows = [
      adoption({ 标题: '甲', 媒体: '郑州日报', 报送日期: '2024-01-02', 录用日期: '2024-01-05' }),
      adoption({ 标题: '甲', 媒体: '河南日报', 报送日期: '2023-12-20', 录用日期: '', 领导批示: '省' }),
    ];
    expect(scored(rows)[0]).toBe('2 25 市级录用 5 +20（省领导批示） = 25');
  });
});

describe('rows that never carry the bonus still give their 领导批示 to the piece', () => {
  it('a 不计分 row, blocked or not (seed-corrections 庚)', () => {
    expect(scored(withSecond({ 核定: '不计分' }))[0]).toBe(PAID);
    expect(scored(withSecond({ 核定: '不计分', 录用日期: '' }))[0]).toBe(PAID);
  });

  it('a row held by 三审, blocked or not: the piece’s approved row carries it', () => {
    const gate = rulesWith({ reviewGate: true });
    const final = { 审核状态: '终审' };
    const base = (over: RowSpec) => [
      adoption({ 标题: '甲', 媒体: '郑州日报', 录用日期: '2024-03-05', ...final }),
      adoption({ 标题: '甲', 媒体: '河南日报', 领导批示: '省', 录用日期: '2024-03-08', ...over }),
    ];
    expect(scored(base({ 审核状态: '初审' }), gate)[0]).toBe(PAID);
    expect(scored(base({ 审核状态: '初审', 录用日期: '' }), gate)[0]).toBe(PAID);
    expect(scored(base({ 审核状态: '初审', 媒体: '某某内刊' }), gate)[0]).toBe(PAID);
    // With no approved row the piece has no row to carry it.
    const none = [
      adoption({ 标题: '乙', 媒体: '河南日报', 领导批示: '省', 录用日期: '2024-03-08', 审核状态: '初审' }),
    ];
    expect(scored(none, gate)[0]).toMatch(/^2 0 /);
  });

  it('a row held for its 佐证, blocked or not', () => {
    const evidence = rulesWith({ evidenceFrom: '省级' });
    expect(scored(withSecond({}), evidence)[0]).toBe(PAID);
    expect(scored(withSecond({ 录用日期: '' }), evidence)[0]).toBe(PAID);
  });

  it('a duplicate copy: the kept copy carries the piece’s bonus', () => {
    // 郑州日报 typed twice, the later copy with the instruction: the earlier copy is kept (the earliest of
    // equal copies) and is paid the piece's 省 bonus; the copy says only that it is a repeat.
    const rows = [
      adoption({ 标题: '甲', 媒体: '郑州日报', 录用日期: '2024-03-05' }),
      adoption({ 标题: '甲', 媒体: '郑州日报', 录用日期: '2024-03-09', 领导批示: '省' }),
    ];
    const ledger = scoreLedger(parseLedger(ledgerGrid(rows)), rulesWith());
    expect(ledger.rows.map((r) => r.points)).toEqual([25, 0]);
    expect(ledger.rows[1].issues).toEqual(['重复行：与第2行标题、媒体相同，只计一次']);
  });

  it('a 倒扣 row gives it (its penalty is the office’s decision, not a voided row)', () => {
    expect(scored(withSecond({ 核定: '倒扣' }))).toEqual([
      '2 5 市级录用 5 = 5',
      '3 -30 省级录用 10 +20（省领导批示） 核定倒扣 = -30',
    ]);
  });

  it('a 报送 row gives it, as before', () => {
    const rows = [
      adoption({ 标题: '甲', 媒体: '郑州日报', 录用日期: '2024-03-05' }),
      submission({ 标题: '甲', 报送日期: '2024-03-01', 领导批示: '省' }),
    ];
    expect(scored(rows)[0]).toBe(PAID);
  });
});
