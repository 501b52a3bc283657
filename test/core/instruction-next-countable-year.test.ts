// A 领导批示 is dated by its row's 录用日期, else its 报送日期 (RULES §4), and paid in the piece's first year at or
// after that one with a row that can carry it, as the increase over what earlier years of the piece paid
// (README: a closed year is not rewritten; next year pays what a higher instruction adds). Sweep S18e F1: a
// December instruction on a blocked or 不计分 row of a piece first adopted in January was lost, the year pass
// paying a year only for the instructions dated in it. F5: an instruction no year can pay (the piece's countable
// rows all earlier, or none) paid nothing without a word; its row's 校验 now says so.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules, Settings } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function rulesWith(over: Partial<Settings> = {}): Rules {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, ...over } };
}

/** "row points why" and "issues" per row. */
function scored(rows: RowSpec[], rules = rulesWith()): { why: string[]; issues: string[][] } {
  const ledger = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  return {
    why: ledger.rows.map((r) => `${r.row} ${r.points} ${r.why}`),
    issues: ledger.rows.map((r) => r.issues),
  };
}

/** A row of piece 甲 (区直机关工委), sent to 区委组织部. */
const row = (over: RowSpec) =>
  adoption({ 标题: '甲', 单位: '区直机关工委', 报送对象: '区委组织部', 报送日期: '', ...over });

/** The piece's first countable row: 河南日报, 29 March 2024 (10 points). */
const march2024 = row({ 媒体: '河南日报', 报送日期: '2024-03-20', 录用日期: '2024-03-29' });

const notPaid = (level: string, year: number) =>
  `本稿件的${level}领导批示所在年度（${year}年）及以后没有可计分的行，未加分`;

describe('an instruction dated in a year with no countable row is paid in the piece’s next countable year', () => {
  it('a blocked December 2023 row (no 录用日期, dated by 报送日期) with 国家: +30 in 2024 (F5 case)', () => {
    const { why, issues } = scored([
      row({ 媒体: '郑州日报', 报送日期: '2023-12-14', 录用日期: '', 领导批示: '国家' }),
      march2024,
    ]);
    expect(why[1]).toBe('3 40 省级录用 10 +30（国家领导批示） = 40');
    expect(issues[0]).toEqual(['录用行缺少录用日期，无法计分']);
  });

  it('a 不计分 December 2023 row with 省: +20 in 2024 (F5b case)', () => {
    const { why, issues } = scored([
      row({
        媒体: '郑州日报',
        报送日期: '2023-12-14',
        录用日期: '2023-12-14',
        核定: '不计分',
        领导批示: '省',
      }),
      march2024,
    ]);
    expect(why).toEqual(['2 0 市级录用 5 核定不计分 = 0', '3 30 省级录用 10 +20（省领导批示） = 30']);
    expect(issues).toEqual([[], []]);
  });

  it('a row held by 三审 in 2023: the 2024 approved row carries it', () => {
    const gate = rulesWith({ reviewGate: true });
    const { why } = scored(
      [
        row({ 媒体: '郑州日报', 录用日期: '2023-11-02', 审核状态: '复审', 领导批示: '省' }),
        { ...march2024, 审核状态: '终审' },
      ],
      gate,
    );
    expect(why[1]).toBe('3 30 省级录用 10 +20（省领导批示） = 30');
  });

  it('a year with no countable row in between: 2024’s instruction is paid in 2025, past 2023’s row', () => {
    const { why } = scored([
      row({ 媒体: '郑州日报', 录用日期: '2023-05-01' }),
      row({ 媒体: '河南日报', 录用日期: '2024-06-01', 核定: '不计分', 领导批示: '省' }),
      row({ 媒体: '人民日报', 录用日期: '2025-02-01' }),
    ]);
    expect(why).toEqual([
      '2 5 市级录用 5 = 5',
      '3 0 省级录用 10 核定不计分 = 0',
      '4 50 中央级录用 30 +20（省领导批示） = 50',
    ]);
  });

  it('what earlier years paid is taken off: 市 paid in 2023, 国家 of 2024 adds 20 in 2025', () => {
    const { why } = scored([
      row({ 媒体: '郑州日报', 录用日期: '2023-05-01', 领导批示: '市' }),
      row({ 媒体: '河南日报', 录用日期: '2024-06-01', 核定: '不计分', 领导批示: '国家' }),
      row({ 媒体: '人民日报', 录用日期: '2025-02-01' }),
    ]);
    expect(why).toEqual([
      '2 15 市级录用 5 +10（市领导批示） = 15',
      '3 0 省级录用 10 核定不计分 = 0',
      '4 50 中央级录用 30 +20（国家领导批示，往年已计10分） = 50',
    ]);
  });

  it('an instruction paid in its own year is not paid again in the next (unchanged)', () => {
    const { why } = scored([
      row({ 媒体: '郑州日报', 录用日期: '2023-05-01', 领导批示: '省' }),
      row({ 媒体: '河南日报', 录用日期: '2024-06-01' }),
    ]);
    expect(why).toEqual(['2 25 市级录用 5 +20（省领导批示） = 25', '3 10 省级录用 10 = 10']);
  });
});

describe('an instruction no year of the piece can pay says so on its row', () => {
  it('every countable row lies in an earlier year (F3 case): 0 and 校验 names the level and year', () => {
    const { why, issues } = scored([
      row({ 媒体: '郑州日报', 录用日期: '2023-06-10' }),
      row({ 媒体: '河南日报', 录用日期: '2024-03-10', 核定: '不计分', 领导批示: '省' }),
    ]);
    expect(why).toEqual(['2 5 市级录用 5 = 5', '3 0 省级录用 10 核定不计分 = 0']);
    expect(issues).toEqual([[], [notPaid('省', 2024)]]);
  });

  it('dated by its 报送日期 (a blocked row): the year named is that one', () => {
    const { issues } = scored([
      row({ 媒体: '郑州日报', 录用日期: '2023-06-10' }),
      row({ 媒体: '河南日报', 报送日期: '2024-01-05', 录用日期: '', 领导批示: '市' }),
    ]);
    expect(issues[1]).toEqual(['录用行缺少录用日期，无法计分', notPaid('市', 2024)]);
  });

  it('the piece has no countable row at all: 校验 says so, dated or not', () => {
    const none = '本稿件没有可计分的行，国家领导批示未加分';
    expect(
      scored([row({ 媒体: '河南日报', 录用日期: '2024-03-10', 核定: '不计分', 领导批示: '国家' })]).issues,
    ).toEqual([[none]]);
    expect(scored([row({ 媒体: '河南日报', 录用日期: '', 领导批示: '国家' })]).issues).toEqual([
      ['录用行缺少录用日期，无法计分', '也无可用的报送日期，本行不计入任何时段的报送', none],
    ]);
  });

  it('not on a row whose level another row of the piece pays; on one with a higher level', () => {
    const paid2023 = row({ 媒体: '郑州日报', 录用日期: '2023-06-10', 领导批示: '省' });
    const later = (level: string) =>
      row({ 媒体: '河南日报', 录用日期: '2024-03-10', 核定: '不计分', 领导批示: level });
    expect(scored([paid2023, later('省')]).issues).toEqual([[], []]);
    expect(scored([paid2023, later('市')]).issues).toEqual([[], []]);
    const { why, issues } = scored([paid2023, later('国家')]);
    expect(why[0]).toBe('2 25 市级录用 5 +20（省领导批示） = 25');
    expect(issues).toEqual([[], [notPaid('国家', 2024)]]);
  });

  it('two unpaid rows of one level both say it; a held row alike', () => {
    const gate = rulesWith({ reviewGate: true });
    const { issues } = scored(
      [
        row({ 媒体: '郑州日报', 录用日期: '2023-06-10', 审核状态: '终审' }),
        row({ 媒体: '河南日报', 录用日期: '2024-03-10', 审核状态: '复审', 领导批示: '省' }),
        row({ 媒体: '人民日报', 录用日期: '2024-04-10', 审核状态: '终审', 核定: '不计分', 领导批示: '省' }),
      ],
      gate,
    );
    expect(issues).toEqual([[], ['未终审（复审），暂不计分', notPaid('省', 2024)], [notPaid('省', 2024)]]);
  });
});

describe('a duplicate copy’s instruction is dated as the adoption it repeats (re-sweep S19r F2)', () => {
  it('a copy typed again in 2024 of a 2023 adoption: its 国家 instruction is paid on the 2023 adoption', () => {
    const kept = row({ 媒体: '郑州日报', 级别: '省级', 录用日期: '2023-11-20' });
    const copy = row({ 媒体: '郑州日报', 级别: '市级', 录用日期: '2024-01-20', 领导批示: '国家' });
    const { why, issues } = scored([kept, copy]);
    expect(why[0]).toBe('2 40 省级录用 10 +30（国家领导批示） = 40');
    expect(issues[1]).toEqual(['重复行：与第2行标题、媒体相同，只计一次']);
  });
});
