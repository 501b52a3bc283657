// assess(): the engine's front door. Header issues reach the caller, indicators and the report agree,
// and the 上街区 preset judges a small realistic ledger by time progress mid-year and strictly at year end.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { assess, rowOutputs } from '../../src/core/index';
import { yearPeriod } from '../../src/core/period';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

describe('assess: what the caller gets', () => {
  it('exposes header issues (a repeated column) next to the parsed rows', () => {
    const a = assess({
      ledger: [
        ['标题', '单位', '媒体', '录用日期', '标题'],
        ['稿', '峡窝镇党委', '郑州日报', '2024-03-05', '别的'],
      ],
    });
    expect(a.headerIssues).toHaveLength(1);
    expect(a.headerIssues[0]).toMatch(/都读作「标题」列，使用A列「标题」/);
    expect(a.scored.rows[0].points).toBe(5);
  });

  it('exposes a missing required column as a header issue, with no rows scored', () => {
    const a = assess({
      ledger: [
        ['标题', '作者'],
        ['稿', '张三'],
      ],
    });
    expect(a.headerIssues).toContain('台账缺少「单位」列');
    expect(a.scored.rows).toEqual([]);
    expect(a.report.units.filter((u) => u.points !== 0)).toEqual([]);
  });

  it('defaults to the year of 设置.年度, judged at its end', () => {
    const a = assess({ ledger: ledgerGrid([adoption()]) });
    expect(a.report.period.code).toBe(String(a.rules.settings.year));
    expect(a.report.asOf).toBe(a.report.period.to);
  });

  it('reads rule tables over the preset and reports their errors', () => {
    const grids = rulesToGrids(presetRules('上街区'));
    const points: Grid = grids.计分.map((row) => [...row]);
    const col = (points[0] as string[]).indexOf('分值');
    points[1][col] = '很多';
    const a = assess({ ledger: ledgerGrid([adoption()]), tables: { 计分: points } });
    expect(a.ruleErrors.length).toBeGreaterThan(0);
    expect(a.ruleErrors[0].table).toBe('计分');
  });

  it('evaluates indicators for the report period year, the same as the report shows', () => {
    const rows = [1, 2, 3, 4, 5].map((m) =>
      adoption({ 标题: `稿${m}`, 媒体: '河南日报', 录用日期: `2023-0${m}-10`, 报送日期: `2023-0${m}-01` }),
    );
    const a = assess({ ledger: ledgerGrid(rows) }, { period: yearPeriod(2023) });
    expect(a.rules.settings.year).toBe(2024);
    const fromIndicators = a.indicators.units.find((u) => u.subject === '峡窝镇党委')!;
    const fromReport = a.report.units.find((u) => u.unit === '峡窝镇党委')!;
    expect(fromIndicators.indicators.find((i) => i.name === '全年积分')?.value).toBe(50);
    expect(fromIndicators.indicators).toEqual(fromReport.indicators);
  });
});

/** Two submissions to 区委组织部 on the given days of each listed month of 2024. */
function monthly(
  unit: string,
  months: number[],
  days: [number, number],
  recipient = '区委组织部',
): RowSpec[] {
  const out: RowSpec[] = [];
  for (const m of months) {
    for (const d of days) {
      const day = `2024-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      out.push(
        submission({ 单位: unit, 标题: `${unit}${m}月${d}日报送`, 报送对象: recipient, 报送日期: day }),
      );
    }
  }
  return out;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** A small realistic 上街区 ledger for 2024. */
function shangjieLedger(): Grid {
  const rows: RowSpec[] = [
    // 峡窝镇党委 (乡镇街道): two submissions a month until June (June's second on the 20th), 30 points.
    ...monthly('峡窝镇党委', range(1, 5), [5, 15]),
    ...monthly('峡窝镇党委', [6], [5, 20]),
    adoption({ 单位: '峡窝镇党委', 标题: '峡窝一', 媒体: '河南日报', 录用日期: '2024-02-10' }),
    adoption({ 单位: '峡窝镇党委', 标题: '峡窝二', 媒体: '河南日报', 录用日期: '2024-04-10' }),
    adoption({ 单位: '峡窝镇党委', 标题: '峡窝三', 媒体: '河南日报', 录用日期: '2024-05-10' }),
    // 济源路街道党工委: two submissions every month of the year, 60 points by March.
    ...monthly('济源路街道党工委', range(1, 12), [3, 13]),
    adoption({
      单位: '济源路街道党工委',
      标题: '济源一',
      媒体: '河南组工信息',
      字数: 1500,
      录用日期: '2024-02-01',
    }),
    adoption({
      单位: '济源路街道党工委',
      标题: '济源二',
      媒体: '河南组工信息',
      字数: 1500,
      录用日期: '2024-03-01',
    }),
    // 中心路街道党工委: one submission in February only.
    submission({ 单位: '中心路街道党工委', 标题: '中心路唯一', 报送日期: '2024-02-08' }),
    // 工业路街道党工委: keeps the monthly submissions but only 10 points.
    ...monthly('工业路街道党工委', range(1, 5), [2, 12]),
    ...monthly('工业路街道党工委', [6], [1, 25]),
    adoption({ 单位: '工业路街道党工委', 标题: '工业路一', 媒体: '河南日报', 录用日期: '2024-01-20' }),
    // 区直机关工委 (其他党工委): six submissions by May, 10 points.
    ...range(1, 6).map((i) =>
      submission({ 单位: '区直机关工委', 标题: `区直${i}`, 报送日期: `2024-0${Math.min(i, 5)}-0${i}` }),
    ),
    adoption({ 单位: '区直机关工委', 标题: '区直稿', 媒体: '河南日报', 录用日期: '2024-03-15' }),
    // 信息调研科 (部机关科室): 60 points and two 省组工信息 adoptions in January; 市委组织部 submissions until June.
    ...monthly('信息调研科', range(1, 6), [4, 9], '市委组织部'),
    adoption({
      单位: '信息调研科',
      标题: '调研一',
      媒体: '河南组工信息',
      字数: 2000,
      录用日期: '2024-01-20',
    }),
    adoption({ 单位: '信息调研科', 标题: '调研二', 媒体: '省组工信息', 字数: 2000, 录用日期: '2024-01-25' }),
  ];
  return ledgerGrid(rows);
}

describe('上街区 preset: compliance of a realistic ledger', () => {
  const ledger = shangjieLedger();
  const statuses = (asOf: number) => {
    const a = assess({ ledger }, { period: yearPeriod(2024), asOf });
    return Object.fromEntries(a.report.units.map((u) => [u.unit, [u.status, u.compliant]]));
  };

  it('mid-year (2024-06-15): on pace, behind pace, or already failed a closed month', () => {
    const s = statuses(dayFromYmd(2024, 6, 15));
    expect(s.峡窝镇党委).toEqual(['进度正常', false]); // 30 ≥ 50 × 167/366; June 1 of 2 by mid-June
    expect(s.济源路街道党工委).toEqual(['进度正常', false]); // points met, months still running
    expect(s.中心路街道党工委).toEqual(['未达标', false]); // January closed without a submission
    expect(s.工业路街道党工委).toEqual(['进度滞后', false]); // 10 < 50 × 167/366
    expect(s.区直机关工委).toEqual(['进度正常', false]); // 6 submissions met, 10 ≥ 20 × 167/366
    expect(s.信息调研科).toEqual(['进度正常', false]);
    expect(s.新安路街道党工委).toEqual(['未达标', false]); // nothing at all
  });

  it('at year end: only the unit that met every task is compliant', () => {
    const s = statuses(dayFromYmd(2024, 12, 31));
    expect(s.济源路街道党工委).toEqual(['已达标', true]);
    expect(s.峡窝镇党委).toEqual(['未达标', false]);
    expect(s.区直机关工委).toEqual(['未达标', false]); // 10 < 20
    expect(s.信息调研科).toEqual(['未达标', false]); // no submission from July on
  });

  it('the ranking of the year shows the figures behind the statuses', () => {
    const a = assess({ ledger }, { period: yearPeriod(2024) });
    const row = (name: string) => a.report.units.find((u) => u.unit === name)!;
    expect([row('济源路街道党工委').rank, row('济源路街道党工委').points]).toEqual([1, 60]);
    expect(row('信息调研科').points).toBe(60);
    expect(row('济源路街道党工委').submissions).toBe(24);
    expect(row('信息调研科').adoptionsByLevel.省级).toBe(2);
    expect(a.report.zeroUnits).toContain('新安路街道党工委');
  });
});

describe('计任务 (the ledger column): a piece counts once, as the people table counts it', () => {
  it('goes to the adoption of a submitted piece, not to its second adoption, and halves for two authors', () => {
    const a = assess({
      ledger: ledgerGrid([
        submission({ 标题: '先报后用', 作者: '张三' }),
        adoption({ 标题: '先报后用', 作者: '张三', 媒体: '河南日报' }),
        adoption({ 标题: '两家采用', 作者: '李四', 媒体: '郑州日报' }),
        adoption({ 标题: '两家采用', 作者: '李四', 媒体: '河南日报' }),
        submission({ 标题: '只报送', 作者: '王五' }),
        adoption({ 标题: '合写', 作者: '赵六、钱七', 媒体: '郑州日报' }),
        adoption({ 标题: '先报后用', 作者: '孙八', 单位: '组织科', 媒体: '河南日报' }), // another unit's piece
      ]),
    });
    const credit = rowOutputs(a.scored).map((o) => o.credit);
    // 两家采用's two adoptions are on one day: the one with more points (河南日报, 省级) carries it, whichever
    // row comes first (README "Repeats").
    expect(credit).toEqual([0, 1, 0, 1, 1, 0.5, 1]);
    // The people table agrees for every adopted piece.
    const people = new Map(a.report.people.map((p) => [p.person, p.credit]));
    expect([people.get('张三'), people.get('李四'), people.get('赵六'), people.get('孙八')]).toEqual([
      1, 1, 0.5, 1,
    ]);
  });
});

describe('a monthly task judged on a month’s last day', () => {
  it('reports that month’s count (closed), not the empty month after it', () => {
    const a = assess(
      {
        ledger: ledgerGrid([
          submission({ 标题: '三月一', 报送日期: '2024-03-05' }),
          submission({ 标题: '三月二', 报送日期: '2024-03-20' }),
        ]),
      },
      { period: yearPeriod(2024), asOf: dayFromYmd(2024, 3, 31) },
    );
    const unit = a.report.units.find((u) => u.unit === '峡窝镇党委')!;
    const monthly = unit.indicators.find((i) => i.window === '每月')!;
    expect(monthly.currentBucket).toBe(3);
    expect(monthly.value).toBe(2);
    expect(monthly.buckets?.[2]).toEqual({ bucket: 3, value: 2, met: true });
    // Mid-month the open month holds asOf.
    const mid = assess(
      { ledger: ledgerGrid([submission({ 标题: '四月', 报送日期: '2024-04-02' })]) },
      { period: yearPeriod(2024), asOf: dayFromYmd(2024, 4, 15) },
    );
    const m = mid.report.units
      .find((u) => u.unit === '峡窝镇党委')!
      .indicators.find((i) => i.window === '每月')!;
    expect([m.currentBucket, m.value, m.buckets?.[3].met]).toEqual([4, 1, null]);
  });
});
