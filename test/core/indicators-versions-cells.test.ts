// Dated 指标 versions, cell by cell (audit S22a F1, F2): each bucket is judged by every cell of the version in
// force on its last day (视同达标 and 度量 too, not only 目标), whatever the report's as-of day, and a version
// dated after the as-of day that the report judges by is named in a note.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { evaluateIndicators, laterVersionNotes } from '../../src/core/indicators';
import { quarterPeriod } from '../../src/core/period';
import type { Grid, Indicator, SubjectResult } from '../../src/core/types';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';
import { d, indicator, ledgerOf, type RowSpec, rulesOf, unit } from './indicators-fixture';

const UNITS = [unit('甲镇', '镇'), unit('乙镇', '镇')];
const mm = (m: number) => String(m).padStart(2, '0');
const lastDay = (m: number) => new Date(Date.UTC(2024, m, 0)).getUTCDate();

/** `perMonth(m)` submissions to 县委组织部 by the unit in each month m of 2024. */
function submissions(perMonth: (m: number) => number, unitName = '甲镇'): RowSpec[] {
  const rows: RowSpec[] = [];
  for (let m = 1; m <= 12; m++)
    for (let k = 1; k <= perMonth(m); k++)
      rows.push({
        unit: unitName,
        title: `${unitName}${m}月报送${k}`,
        recipient: '县委组织部',
        submittedOn: `2024-${mm(m)}-${mm(k + 1)}`,
      });
  return rows;
}

const quota = (threshold: number, effectiveFrom: string | null, deemedMet: string[] = []) =>
  indicator({
    name: '每月报送',
    subject: { kind: 'unitType', unitType: '镇' },
    metric: '报送',
    window: '每月',
    threshold,
    filter: { recipients: ['县委组织部'] },
    deemedMet,
    effectiveFrom: effectiveFrom === null ? null : d(effectiveFrom),
  });

function unitOf(rows: RowSpec[], indicators: Indicator[], asOf: string, name = '甲镇'): SubjectResult {
  const out = evaluateIndicators(ledgerOf(rows), rulesOf({ units: UNITS, indicators }), d(asOf));
  const found = out.units.find((u) => u.subject === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

/** Month → met, for the months a report has closed (none when no version is in force yet: not listed). */
const closedMonths = (u: SubjectResult) =>
  Object.fromEntries(
    (u.indicators[0]?.buckets ?? []).filter((b) => b.met !== null).map((b) => [b.bucket, b.met]),
  );

describe('视同达标 is a cell of the version judging each month (F1)', () => {
  const oneAMonth = submissions(() => 1);

  it('a unit deemed met only from 07-01 is not forgiven January–June: the year and half-year 通报 agree', () => {
    const versions = [quota(2, null), quota(1, '2024-07-01', ['甲镇'])];
    const year = unitOf(oneAMonth, versions, '2024-12-31');
    const half = unitOf(oneAMonth, versions, '2024-06-30');
    const missed = { 1: false, 2: false, 3: false, 4: false, 5: false, 6: false };
    expect(closedMonths(half)).toEqual(missed);
    expect(closedMonths(year)).toEqual({
      ...missed,
      7: true,
      8: true,
      9: true,
      10: true,
      11: true,
      12: true,
    });
    // RULES §9: a monthly 报送 quota missed in any closed month bars the unit, in both 通报.
    expect([year.indicators[0].status, year.barred]).toEqual(['未达标', true]);
    expect([half.indicators[0].status, half.barred]).toEqual(['未达标', true]);
  });

  it('a unit deemed met by the old version keeps January–June met once a version without it takes over', () => {
    const versions = [quota(2, null, ['甲镇']), quota(2, '2024-07-01')];
    const year = unitOf(oneAMonth, versions, '2024-12-31');
    const half = unitOf(oneAMonth, versions, '2024-06-30');
    const forgiven = { 1: true, 2: true, 3: true, 4: true, 5: true, 6: true };
    expect(closedMonths(half)).toEqual(forgiven);
    expect(closedMonths(year)).toEqual({
      ...forgiven,
      7: false,
      8: false,
      9: false,
      10: false,
      11: false,
      12: false,
    });
    expect([year.indicators[0].status, year.barred]).toEqual(['未达标', true]);
    // Mid-year: nothing missed yet, but the months ahead are no longer forgiven: paced, not 已达标.
    expect([half.indicators[0].status, half.barred]).toEqual(['进度正常', false]);
  });

  it('a unit deemed met by every version is 已达标 at any time, as with one version', () => {
    const versions = [quota(2, null, ['甲镇']), quota(3, '2024-07-01', ['甲镇'])];
    for (const asOf of ['2024-03-15', '2024-06-30', '2024-12-31']) {
      const u = unitOf([], versions, asOf);
      expect([asOf, u.indicators[0].status, u.barred]).toEqual([asOf, '已达标', false]);
    }
    // Another unit of the type is judged on its numbers.
    expect(unitOf([], versions, '2024-12-31', '乙镇').barred).toBe(true);
  });

  it('a 全年 task is deemed met by the version of 12-31 (the year’s), in a May report too', () => {
    const yearly = (threshold: number, from: string | null, deemedMet: string[] = []) =>
      indicator({
        name: '全年报送',
        subject: { kind: 'unitType', unitType: '镇' },
        metric: '报送',
        threshold,
        filter: { recipients: ['县委组织部'] },
        deemedMet,
        effectiveFrom: from === null ? null : d(from),
      });
    const versions = [yearly(12, null, ['甲镇']), yearly(12, '2024-07-01')];
    for (const asOf of ['2024-05-20', '2024-12-31']) {
      const u = unitOf([], versions, asOf);
      expect([asOf, u.indicators[0].status === '已达标']).toEqual([asOf, false]);
    }
  });

  it('property: a closed month’s verdict does not depend on the report’s as-of day; status and 不得评先评优 follow it', () => {
    const version = fc.record({
      threshold: fc.integer({ min: 1, max: 3 }),
      from: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      day: fc.integer({ min: 1, max: 28 }),
      deemed: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(version, { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 2, maxLength: 3 }),
        (vs, counts, asOfMonths) => {
          const indicators = vs.map((v) =>
            quota(
              v.threshold,
              v.from === null ? null : `2024-${mm(v.from)}-${mm(v.day)}`,
              v.deemed ? ['甲镇'] : [],
            ),
          );
          const rows = submissions((m) => counts[m - 1]);
          const reports = asOfMonths.map((m) => unitOf(rows, indicators, `2024-${mm(m)}-${lastDay(m)}`));
          const seen = reports.map(closedMonths);
          for (let m = 1; m <= 12; m++) {
            const verdicts = new Set(seen.map((s) => s[m]).filter((x) => x !== undefined));
            if (verdicts.size > 1) return false;
          }
          // The indicator's status and 不得评先评优 follow from the months so judged (RULES §9).
          return reports.every((u, k) => {
            const missed = Object.values(seen[k]).includes(false);
            const status = u.indicators[0]?.status;
            return status === undefined || ((status === '未达标') === missed && u.barred === missed);
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a 全年 目标 dated mid-year is the year’s, in a report made before it (F2)', () => {
  const points = (threshold: number, from: string | null) =>
    indicator({
      name: '全年积分',
      subject: { kind: 'unitType', unitType: '镇' },
      threshold,
      effectiveFrom: from === null ? null : d(from),
      sourceRow: from === null ? 2 : 3,
    });
  const versions = [points(50, null), points(40, '2024-07-01')];
  const rows: RowSpec[] = [
    { unit: '甲镇', adoptedOn: '2024-03-10', points: 25 },
    { unit: '甲镇', adoptedOn: '2024-05-10', points: 15 },
    { unit: '乙镇', adoptedOn: '2024-05-10', points: 16 },
  ];

  it('a May report judges the year by the 目标 in force on 12-31: 40 reached is 已达标, 40 prorated paces', () => {
    const jia = unitOf(rows, versions, '2024-05-20');
    expect([jia.indicators[0].value, jia.indicators[0].target, jia.indicators[0].status]).toEqual([
      40,
      40,
      '已达标',
    ]);
    // 乙镇: 16 ≥ 40 × 141/366 = 15.4 on 05-20 (against 50 it would be 19.3: 进度滞后).
    const yi = unitOf(rows, versions, '2024-05-20', '乙镇');
    expect([yi.indicators[0].target, yi.indicators[0].status]).toEqual([40, '进度正常']);
    expect(unitOf(rows, versions, '2024-12-31').indicators[0].target).toBe(40);
  });

  it('says so: the note names the row, its 目标 and its 生效日期, only while it is not yet in force', () => {
    expect(laterVersionNotes(versions, 2024, d('2024-05-20'))).toEqual([
      {
        table: '指标',
        row: 3,
        column: '生效日期',
        message: '「指标」表第3行「全年积分」目标40自2024-07-01起生效，本期按全年目标40计算',
      },
    ]);
    expect(laterVersionNotes(versions, 2024, d('2024-07-01'))).toEqual([]);
    // The open month is judged by the version of its last day: a 07-15 quota in a report of 07-10.
    expect(
      laterVersionNotes(
        [quota(2, null), { ...quota(3, '2024-07-15'), sourceRow: 5 }],
        2024,
        d('2024-07-10'),
      ).map((n) => n.message),
    ).toEqual(['「指标」表第5行「每月报送」目标3自2024-07-15起生效，本期按7月目标3计算']);
  });

  it('the Q2 通报 from the tables: the year’s 目标, and the note among the rule notes', () => {
    const tables: Record<string, Grid> = {
      单位: [
        ['单位', '类型'],
        ['峡窝镇党委', '乡镇街道'],
      ],
      指标: [
        ['名称', '对象', '度量', '窗口', '目标', '生效日期'],
        ['全年积分', '乡镇街道', '积分', '全年', 50, ''],
        ['全年积分', '乡镇街道', '积分', '全年', 40, '2024-07-01'],
      ],
      设置: [
        ['项目', '值'],
        ['年度', 2024],
      ],
    };
    const ledger = ledgerGrid([adoption({ 录用日期: '2024-04-10' }), submission({ 报送日期: '2024-04-11' })]);
    const a = assess({ ledger, tables }, { period: quarterPeriod(2024, 2), asOf: d('2024-12-31') });
    const i = a.indicators.units.find((u) => u.subject === '峡窝镇党委')?.indicators[0];
    expect(i?.target).toBe(40);
    expect(a.ruleNotes.map((n) => n.message)).toContain(
      '「指标」表第3行「全年积分」目标40自2024-07-01起生效，本期按全年目标40计算',
    );
    const year = assess({ ledger, tables }, { asOf: d('2024-12-31') });
    expect(year.ruleNotes.filter((n) => n.message.includes('起生效'))).toEqual([]);
    // 生效日期 as a CSV writes a date column left 常规: the serial 45474 as text is 2024-07-01 (audit S24a F2).
    const serial = {
      ...tables,
      指标: tables.指标.map((r, i) => (i === 2 ? [...r.slice(0, 5), '45474'] : r)),
    };
    const s = assess({ ledger, tables: serial }, { period: quarterPeriod(2024, 2), asOf: d('2024-12-31') });
    expect(s.indicators.units.find((u) => u.subject === '峡窝镇党委')?.indicators[0]?.target).toBe(40);
    expect(s.ruleNotes.map((n) => n.message)).toContain(
      '「指标」表第3行「全年积分」目标40自2024-07-01起生效，本期按全年目标40计算',
    );
  });
});
