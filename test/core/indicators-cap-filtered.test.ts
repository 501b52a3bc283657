// 封顶分值 under a filtered 积分 task (audit S21a F2). A unit's points under a cap never exceed the cap in a
// cap period, and a part of them (级别, 标签, 媒体 … filter) never exceeds the whole: in each cap period a
// filtered 积分 task keeps min(its rows' points there, the unit's capped points there); a 每月 bucket under a
// quarter's cap is held to the month's slice of the quarter (months share the cap in date order); 倒扣 rows
// are taken in full after the cap, as for the unfiltered 全年积分.
import { describe, expect, it } from 'vitest';
import { evaluateIndicators } from '../../src/core/indicators';
import type { Settings } from '../../src/core/types';
import {
  d,
  type IndicatorSpec,
  indicator,
  ledgerOf,
  type RowSpec,
  rulesOf,
  unit,
} from './indicators-fixture';

const YEAR_END = d('2024-12-31');
const UNIT = '甲街道';
const OFFICE = '信息科';

const WHOLE: IndicatorSpec = { name: '全年积分', threshold: 50 };
const CITY_UP: IndicatorSpec = { name: '市级以上积分', threshold: 30, filter: { minLevel: '市级' } };
const PROVINCE_Q: IndicatorSpec = {
  name: '省级积分（季）',
  window: '每季',
  threshold: 10,
  filter: { minLevel: '省级' },
};
const PROVINCE_M: IndicatorSpec = {
  name: '省级积分（月）',
  window: '每月',
  threshold: 10,
  filter: { minLevel: '省级' },
};

/** A 省级 (省组工信息) or 区县级 (区报) adoption of `points` for the unit on a day. */
const province = (day: string, points: number, over: Partial<RowSpec> = {}): RowSpec => ({
  unit: UNIT,
  adoptedOn: day,
  outlet: '省组工信息',
  points,
  ...over,
});
const district = (day: string, points: number): RowSpec => ({ unit: UNIT, adoptedOn: day, points });

/** Per indicator name, [value, met, bucket values] of `who` under a cap. */
function results(rows: RowSpec[], specs: IndicatorSpec[], settings: Partial<Settings>, who = UNIT) {
  const rules = rulesOf({
    units: [unit(UNIT, '乡镇街道'), unit(OFFICE, '部机关科室')],
    indicators: specs.map((s, k) => indicator({ sourceRow: k + 2, ...s })),
    settings,
  });
  const out = evaluateIndicators(ledgerOf(rows), rules, YEAR_END);
  const u = out.units.find((x) => x.subject === who);
  return Object.fromEntries(
    (u?.indicators ?? []).map((i) => [i.name, [i.value, i.met, (i.buckets ?? []).map((b) => b.value)]]),
  );
}

const QUARTER_10: Partial<Settings> = { capPoints: 10, capPeriod: '季' };

describe('a filtered 积分 task under a quarter cap of 10', () => {
  it('case c03: four 省级 adoptions of 10 (Jan, Feb, Apr, May): 市级以上 20 of 30, each quarter 10', () => {
    const rows = [
      province('2024-01-10', 10),
      province('2024-02-10', 10),
      province('2024-04-10', 10),
      province('2024-05-10', 10),
    ];
    expect(results(rows, [WHOLE, CITY_UP, PROVINCE_Q], QUARTER_10)).toEqual({
      全年积分: [20, false, []],
      市级以上积分: [20, false, []],
      '省级积分（季）': [0, false, [10, 10, 0, 0]],
    });
    // Without a cap the part is its rows' points, as before.
    expect(results(rows, [CITY_UP], {}).市级以上积分).toEqual([40, true, []]);
  });

  it('a part below the capped whole keeps its own points; one at or above it keeps the whole', () => {
    const rows = [
      // Q1: 区报 8 then 省级 10 and 5: the unit keeps 10, the 省级 part min(15, 10) = 10.
      district('2024-01-05', 8),
      province('2024-02-05', 10),
      province('2024-03-05', 5),
      // Q2: 省级 4 alone: 4.
      province('2024-04-05', 4),
      // Q3: 省级 3 and 区报 3: the unit 6, the part 3 (the cap does not bite).
      province('2024-07-05', 3),
      district('2024-07-06', 3),
    ];
    expect(results(rows, [WHOLE, CITY_UP], QUARTER_10)).toEqual({
      全年积分: [20, false, []],
      市级以上积分: [17, false, []],
    });
  });

  it('a 每月 task is held to the month’s slice of the quarter’s cap, in date order', () => {
    const rows = [
      // January 区报 8 takes 8 of the quarter's 10; February's 省级 8 keeps the 2 left; March nothing.
      district('2024-01-05', 8),
      province('2024-02-05', 8),
      province('2024-03-05', 8),
    ];
    const got = results(rows, [PROVINCE_M], QUARTER_10)['省级积分（月）'];
    expect((got[2] as number[]).slice(0, 4)).toEqual([0, 2, 0, 0]);
  });

  it('a 倒扣 row is taken in full after the cap, as in 全年积分', () => {
    const rows = [
      province('2024-01-05', 10),
      province('2024-02-05', 10),
      province('2024-03-05', -4, { countable: false }), // 倒扣
    ];
    const got = results(rows, [WHOLE, CITY_UP, PROVINCE_M], QUARTER_10);
    expect(got.全年积分[0]).toBe(6);
    expect(got.市级以上积分[0]).toBe(6);
    expect((got['省级积分（月）'][2] as number[]).slice(0, 3)).toEqual([10, 0, -4]);
  });

  it('a 对口处室 whose relay shares pass the filter keeps no more than its capped points', () => {
    // Two 省级 pieces of 50 relayed by the office: shares of 10 each (20 %), 20 in January against a cap of 10.
    const rows = [
      province('2024-01-05', 50, { relayOffice: OFFICE }),
      province('2024-01-06', 50, { relayOffice: OFFICE, title: '乙' }),
    ];
    const specs = [{ ...WHOLE, subject: { kind: 'everyUnit' as const } }, CITY_UP];
    expect(results(rows, specs, QUARTER_10, OFFICE)).toEqual({
      全年积分: [10, false, []],
      市级以上积分: [10, false, []],
    });
  });
});

describe('a filtered 积分 task under a monthly cap of 10', () => {
  it('a quarter’s bucket is capped month by month, not against the quarter as a whole', () => {
    const rows = [
      // January: 省级 15, kept 10. February: 省级 5 and 区报 10, 15 earned, 10 kept, of which the 省级 part 5.
      province('2024-01-05', 15),
      province('2024-02-05', 5),
      district('2024-02-06', 10),
    ];
    const got = results(rows, [WHOLE, PROVINCE_Q], { capPoints: 10, capPeriod: '月' });
    expect(got.全年积分[0]).toBe(20);
    expect((got['省级积分（季）'][2] as number[])[0]).toBe(15);
  });
});
