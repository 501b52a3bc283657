// A piece is one submission, dated by its earliest 报送日期 (submissionDays): a 录用 row without a 报送日期 of
// its own is that submission's adoption, not a new submission in the adoption's month, quarter or year — in
// the 报送 quotas (and so 不得评先评优), the 通报's 报送 column and the month series alike. Rows that each carry
// their own 报送日期 count where they are dated, unless they send the piece again to the same recipient that
// year (S26a F3: then in the first one's month). (Sweep S15 F2.)
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { monthPeriod, quarterPeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { submissionDays } from '../../src/core/submissionDays';
import type { Indicator, Period, ReportModel, Rules } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

const TOWN = '峡窝镇党委';
/** 上街区: 乡镇街道 submit at least 2 a month to 区委组织部 (RULES §5); a miss bars the unit (001 §六.5). */
const MONTHLY = '每月向区委组织部报送';

function rulesOf(change: (r: Rules) => Rules = (r) => r): Rules {
  return change(presetRules('上街区'));
}

function scored(rows: RowSpec[], rules: Rules) {
  return scoreLedger(parseLedger(ledgerGrid(rows)), rules);
}

function report(rows: RowSpec[], period: Period, asOf: number, rules = rulesOf()): ReportModel {
  return buildReport(scored(rows, rules), rules, period, asOf);
}

function town(rep: ReportModel) {
  const u = rep.units.find((x) => x.unit === TOWN);
  if (!u) throw new Error(`no row for ${TOWN}`);
  return u;
}

function bucketValues(rep: ReportModel, name: string, count: number): number[] {
  const ind = town(rep).indicators.find((i) => i.name === name);
  if (!ind) throw new Error(`no indicator ${name}`);
  return (ind.buckets ?? []).slice(0, count).map((b) => b.value);
}

const sent = (title: string, day: string) => submission({ 单位: TOWN, 标题: title, 报送日期: day });
/** The piece's adoption, typed as its own row, 报送日期 left blank (RULES §1: one row per event). */
const adopted = (title: string, day: string, over: RowSpec = {}) =>
  adoption({ 单位: TOWN, 标题: title, 报送对象: '区委组织部', 报送日期: '', 录用日期: day, ...over });

describe('a piece is one submission, dated by its earliest 报送日期', () => {
  // 稿A is submitted in January and adopted in February: February has 稿C alone, one short of 2.
  const rows = [
    sent('稿A', '2024-01-10'),
    sent('稿B', '2024-01-20'),
    sent('稿C', '2024-02-10'),
    adopted('稿A', '2024-02-05'),
    sent('稿D', '2024-03-10'),
    sent('稿E', '2024-03-12'),
  ];

  it('its 录用 row without 报送日期 is no submission of the adoption’s month: the quota and the bar follow', () => {
    const rep = report(rows, quarterPeriod(2024, 1), dayFromYmd(2024, 4, 5));
    expect(bucketValues(rep, MONTHLY, 3)).toEqual([2, 1, 2]);
    expect(town(rep).barred).toBe(true);
    expect(town(rep).status).toBe('未达标');
    expect(town(rep).submissions).toBe(5);
    expect(rep.months.slice(0, 3).map((m) => m.submissions)).toEqual([2, 1, 2]);
  });

  it('the 通报 of the adoption’s month counts the submissions of that month only (附件1’s 报送)', () => {
    const rep = report(rows, monthPeriod(2024, 2), dayFromYmd(2024, 3, 5));
    expect(town(rep).submissions).toBe(1);
    expect(rep.totals.submissions).toBe(1);
  });

  it('holds for a quarterly quota: the adoption in the next quarter is no submission of it', () => {
    const quarterly: Indicator = {
      name: '乡镇季度报送',
      subject: { kind: 'unitType', unitType: '乡镇街道' },
      metric: '报送',
      window: '每季',
      threshold: 2,
      distinct: true,
      group: '',
      award: '',
      deemedMet: [],
      effectiveFrom: null,
      sourceRow: 2,
      filter: { minLevel: null, tags: [], outlets: [], kinds: [], recipients: [], modes: [], halfTags: [] },
    };
    const rules = rulesOf((r) => ({ ...r, indicators: [quarterly] }));
    const quarterRows = [
      sent('稿A', '2024-03-30'),
      sent('稿B', '2024-03-31'),
      adopted('稿A', '2024-04-03'),
      sent('稿C', '2024-04-10'),
    ];
    const rep = report(quarterRows, yearPeriod(2024), dayFromYmd(2024, 7, 15), rules);
    expect(bucketValues(rep, '乡镇季度报送', 2)).toEqual([2, 1]);
    expect(town(rep).barred).toBe(true);
  });

  it('across years: a 2023-12 submission’s 2024-01 录用 row is no 2024 submission', () => {
    const yearRows = [sent('跨年', '2023-12-21'), adopted('跨年', '2024-01-06')];
    const y2024 = report(yearRows, yearPeriod(2024), dayFromYmd(2024, 12, 31));
    expect(bucketValues(y2024, MONTHLY, 1)).toEqual([0]);
    expect(town(y2024).submissions).toBe(0);
    expect(y2024.months[0].submissions).toBe(0);
    // The adoption is still 2024's (points and 录用).
    expect(town(y2024).adoptions).toBe(1);
    const y2023 = report(yearRows, yearPeriod(2023), dayFromYmd(2023, 12, 31));
    expect(bucketValues(y2023, MONTHLY, 12)[11]).toBe(1);
    expect(town(y2023).submissions).toBe(1);
  });

  it('sent again to the same recipient that year it counts once, in its first month (S26a F3)', () => {
    const again = [sent('稿A', '2024-01-10'), sent('稿A', '2024-02-10'), adopted('稿A', '2024-03-05')];
    const rep = report(again, quarterPeriod(2024, 1), dayFromYmd(2024, 4, 5));
    expect(bucketValues(rep, MONTHLY, 3)).toEqual([1, 0, 0]);
  });
});

describe('submissionDays', () => {
  it('own 报送日期, else the piece’s earliest, else 录用日期; another unit’s piece is apart; a dateless row takes its piece’s day', () => {
    const rows = [
      sent('稿A', '2024-02-10'),
      sent('稿A', '2024-01-10'), // earlier, below
      adopted('稿A', '2024-03-05'),
      adopted('稿B', '2024-03-06'), // a piece never submitted
      adoption({ 单位: '组织科', 标题: '稿A', 报送日期: '', 录用日期: '2024-03-07' }), // another unit's piece
      sent('稿A', '2024-13-45'), // no readable date: part of its piece's one submission (sweep S18e F6 ruling)
      sent('稿C', '2024-13-45'), // … and a piece with no date on any row stays undated
    ];
    const days = submissionDays(scored(rows, rulesOf()));
    expect([...days]).toEqual([
      dayFromYmd(2024, 1, 10), // sent again to 区委组织部: its first 报送 that year (S26a F3)
      dayFromYmd(2024, 1, 10),
      dayFromYmd(2024, 1, 10),
      dayFromYmd(2024, 3, 6),
      dayFromYmd(2024, 3, 7),
      dayFromYmd(2024, 1, 10),
      Number.NaN,
    ]);
  });
});
