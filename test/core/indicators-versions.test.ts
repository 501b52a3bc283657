// Dated 指标 versions (RULES §8 Effective dates): each month, quarter or year is judged by the version in
// force on its last day, and a bucket that ended before the first 生效日期 is not judged at all.
import { describe, expect, it } from 'vitest';
import { evaluateIndicators } from '../../src/core/indicators';
import { shortfallText } from '../../src/core/indicatorText';
import { noticeShortfall } from '../../src/core/notice';
import type { Indicator, IndicatorResult, SubjectResult } from '../../src/core/types';
import {
  d,
  type IndicatorSpec,
  indicator,
  ledgerOf,
  type RowSpec,
  rulesOf,
  unit,
} from './indicators-fixture';

const UNITS = [unit('甲镇', '镇'), unit('组织科', '部机关科室', { headcount: 2 })];
const mm = (m: number) => String(m).padStart(2, '0');

/** `perMonth(m)` submissions to 县委组织部 by 甲镇 in each month m of 2024. */
function submissions(perMonth: (m: number) => number, unitName = '甲镇', authors?: string[]): RowSpec[] {
  const rows: RowSpec[] = [];
  for (let m = 1; m <= 12; m++)
    for (let k = 1; k <= perMonth(m); k++)
      rows.push({
        unit: unitName,
        title: `${unitName}${m}月报送${k}`,
        recipient: '县委组织部',
        submittedOn: `2024-${mm(m)}-${mm(k + 1)}`,
        authors,
      });
  return rows;
}

const quota = (threshold: number, effectiveFrom: string | null, more: IndicatorSpec = {}) =>
  indicator({
    name: '每月报送',
    subject: { kind: 'unitType', unitType: '镇' },
    metric: '报送',
    window: '每月',
    threshold,
    filter: { recipients: ['县委组织部'] },
    effectiveFrom: effectiveFrom === null ? null : d(effectiveFrom),
    ...more,
  });

function judge(rows: RowSpec[], indicators: Indicator[], asOf: string, people = false) {
  const rules = rulesOf({ units: UNITS, indicators });
  if (people) rules.people = [{ name: '张三', unit: '组织科', monthsInPost: null }];
  return evaluateIndicators(ledgerOf(rows), rules, d(asOf));
}

function of(list: SubjectResult[], subject: string): SubjectResult {
  const found = list.find((s) => s.subject === subject);
  if (!found) throw new Error(`no ${subject}`);
  return found;
}

/** Month → met (true/false/null), for the buckets the indicator judges. */
const months = (i: IndicatorResult) => Object.fromEntries((i.buckets ?? []).map((b) => [b.bucket, b.met]));

describe('a monthly quota raised mid-year', () => {
  const versions = [quota(2, null), quota(3, '2024-07-01')];
  const rows = submissions((m) => (m <= 6 ? 2 : 3));

  it('judges January–June by the old 目标 and July–December by the new one', () => {
    const u = of(judge(rows, versions, '2024-12-31').units, '甲镇');
    const i = u.indicators[0];
    expect(i.status).toBe('已达标');
    expect(i.target).toBe(3);
    expect(i.buckets?.map((b) => [b.bucket, b.met, b.target ?? i.target])).toEqual(
      Array.from({ length: 12 }, (_, k) => [k + 1, true, k < 6 ? 2 : 3]),
    );
    // 不得评先评优 follows a missed 报送 task only (RULES §9): none was missed.
    expect(u.barred).toBe(false);
  });

  it('gives the same verdict for a month whichever report judges it (month, quarter, half, year)', () => {
    const asOfs = ['2024-03-31', '2024-06-30', '2024-07-31', '2024-09-30', '2024-12-31'];
    const seen = asOfs.map((asOf) => months(of(judge(rows, versions, asOf).units, '甲镇').indicators[0]));
    const disagreements: string[] = [];
    for (let m = 1; m <= 12; m++) {
      const verdicts = new Set(seen.map((s) => s[m]).filter((x) => x !== null && x !== undefined));
      if (verdicts.size > 1) disagreements.push(`${m}月`);
    }
    expect(disagreements).toEqual([]);
    // The half-year report judges January–June, all met, and leaves the rest open.
    expect(seen[1]).toEqual(
      Object.fromEntries(Array.from({ length: 12 }, (_, k) => [k + 1, k < 6 ? true : null])),
    );
  });

  it('does not forgive a month missed under the old 目标 when a later version lowers it', () => {
    const lowered = [quota(3, null), quota(1, '2024-07-01')];
    const u = of(
      judge(
        submissions(() => 1),
        lowered,
        '2024-12-31',
      ).units,
      '甲镇',
    );
    expect(u.indicators[0].buckets?.filter((b) => b.met === false).map((b) => b.bucket)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(u.barred).toBe(true);
  });

  it('judges the month a version starts in by it: 07-15 rules July (its last day), June keeps the old', () => {
    const mid = [quota(2, null), quota(3, '2024-07-15')];
    const i = of(
      judge(
        submissions(() => 2),
        mid,
        '2024-12-31',
      ).units,
      '甲镇',
    ).indicators[0];
    expect(i.buckets?.filter((b) => b.met === false).map((b) => b.bucket)).toEqual([7, 8, 9, 10, 11, 12]);
    // As of 07-10 the new version is not in force yet, but it is on July's last day: July is open against
    // the new 目标 (README: the version in force on the month's last day), and a note says so.
    const early = of(
      judge(
        submissions(() => 2),
        mid,
        '2024-07-10',
      ).units,
      '甲镇',
    ).indicators[0];
    expect([early.currentBucket, early.target, early.status]).toEqual([7, 3, '进度正常']);
  });

  it('names each missed month with its own 目标 in the 通报 and the shortfall text', () => {
    const rows2 = submissions((m) => (m === 2 ? 1 : m === 8 ? 2 : m <= 6 ? 2 : 3));
    const i = of(judge(rows2, versions, '2024-12-31').units, '甲镇').indicators[0];
    expect(noticeShortfall(i)).toBe('每月报送10/12个月达标（2月不足2篇，8月不足3篇）');
    expect(shortfallText(i)).toBe('每月报送 10/12个月达标（2月不足 2 篇，8月不足 3 篇）');
  });
});

describe('an indicator first in force mid-year', () => {
  const adoptions = [quota(1, '2024-07-01', { name: '每月录用', metric: '录用', filter: {} })];
  const rows: RowSpec[] = Array.from({ length: 6 }, (_, k) => ({
    unit: '甲镇',
    title: `录用${k + 7}`,
    adoptedOn: `2024-${mm(k + 7)}-20`,
  }));

  it('judges no month before its 生效日期: neither met nor missed nor counted in N/12个月', () => {
    const i = of(judge(rows, adoptions, '2024-12-31').units, '甲镇').indicators[0];
    expect(i.status).toBe('已达标');
    expect(i.buckets?.map((b) => b.bucket)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(
      noticeShortfall({ ...i, buckets: i.buckets?.map((b) => (b.bucket === 9 ? { ...b, met: false } : b)) }),
    ).toBe('每月录用5/6个月达标（9月不足1篇）');
  });

  it('a 报送 task starting in July bars no unit for the months before it', () => {
    const july = [quota(2, '2024-07-01')];
    const u = of(
      judge(
        submissions((m) => (m <= 6 ? 0 : 2)),
        july,
        '2024-12-31',
      ).units,
      '甲镇',
    );
    expect([u.indicators[0].status, u.barred]).toEqual(['已达标', false]);
  });

  it('a quarterly one raised on 08-01 judges Q3 by the new 目标 (its last day 09-30) and Q2 by the old', () => {
    const q = [quota(5, null, { window: '每季' }), quota(8, '2024-08-01', { window: '每季' })];
    const i = of(
      judge(
        submissions(() => 2),
        q,
        '2024-12-31',
      ).units,
      '甲镇',
    ).indicators[0];
    expect(i.buckets?.map((b) => [b.bucket, b.met, b.target ?? i.target])).toEqual([
      [1, true, 5],
      [2, true, 5],
      [3, false, 8],
      [4, false, 8],
    ]);
  });
});

describe('a yearly (全年) quota with a dated version', () => {
  const points = (threshold: number, effectiveFrom: string | null) =>
    indicator({
      name: '全年积分',
      threshold,
      effectiveFrom: effectiveFrom === null ? null : d(effectiveFrom),
    });
  const versions = [points(30, null), points(40, '2024-07-01')];
  const rows: RowSpec[] = [
    { unit: '甲镇', adoptedOn: '2024-03-10', points: 20 },
    { unit: '甲镇', adoptedOn: '2024-09-10', points: 15 },
  ];

  it('is judged at year end by the version in force on 12-31, on the whole year of rows', () => {
    const i = of(judge(rows, versions, '2024-12-31').units, '甲镇').indicators[0];
    expect([i.value, i.target, i.status]).toEqual([35, 40, '未达标']);
  });

  it('mid-year, pace prorates the year’s 目标: the version in force on 12-31, dated after the as-of day', () => {
    const i = of(judge(rows, versions, '2024-06-30').units, '甲镇').indicators[0];
    // 20 ≥ 40 × 182/366 = 19.9.
    expect([i.value, i.target, i.status]).toEqual([20, 40, '进度正常']);
  });
});

describe('每人 and 科室整体 quotas with dated versions', () => {
  it('a person’s monthly quota: months before the first 生效日期 are not judged', () => {
    const person = quota(1, '2024-10-01', {
      name: '每人每月报送',
      subject: { kind: 'person', unitType: '' },
    });
    const rows = submissions((m) => (m >= 10 ? 1 : 0), '组织科', ['张三']);
    const p = of(judge(rows, [person], '2024-12-31', true).people, '张三').indicators[0];
    expect([p.status, p.buckets?.map((b) => b.bucket)]).toEqual(['已达标', [10, 11, 12]]);
  });

  it('a team’s monthly quota scales each month’s own 目标 by the headcount', () => {
    const team = (threshold: number, from: string | null) =>
      quota(threshold, from, { name: '科室每月报送', subject: { kind: 'team', unitType: '部机关科室' } });
    // Headcount 2: 1 each → 2 a month until June, 2 each → 4 a month from July.
    const rows = submissions((m) => (m <= 6 ? 2 : 4), '组织科');
    const t = of(judge(rows, [team(1, null), team(2, '2024-07-01')], '2024-12-31').teams, '组织科');
    const i = t.indicators[0];
    expect([i.status, i.target]).toEqual(['已达标', 4]);
    expect(i.buckets?.map((b) => b.target ?? i.target)).toEqual([2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4]);
  });
});
