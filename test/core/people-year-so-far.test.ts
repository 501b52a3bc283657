// README (附件2): a month or quarter 通报 lists everyone judged for the year to the as-of day, at 0 for the period
// when they have no row in it. Authors without tasks of their own (上街区 sets none) were left out (audit s38 L1:
// the 2024-Q4 附件2 listed 54 of the year's 63 authors; an empty quarter listed “（无）”), and an author's unit was
// taken from the period's rows alone, so a person writing for two units moved between them and in and out of a
// unit's 不得评先评优 from one quarter's 通报 to the next (L3).
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { quarterPeriod } from '../../src/core/period';
import { adoption, ledgerGrid } from '../helpers/ledger';

const rows = [
  adoption({ 标题: '一', 作者: '潘平', 单位: '峡窝镇党委', 录用日期: '2024-02-05' }),
  adoption({ 标题: '二', 作者: '潘平', 单位: '峡窝镇党委', 录用日期: '2024-03-05' }),
  adoption({ 标题: '三', 作者: '蒋桂然', 单位: '中心路街道党工委', 录用日期: '2024-03-06' }),
  adoption({ 标题: '四', 作者: '潘平、李强', 单位: '中心路街道党工委', 录用日期: '2024-05-06' }),
];

function people(quarter: number, asOf: string) {
  const a = assess(
    { ledger: ledgerGrid(rows), preset: '上街区' },
    { period: quarterPeriod(2024, quarter), asOf: parseDay(asOf) as number },
  );
  return a.report.people.map((p) => [p.person, p.unit, p.points, p.credit]);
}

describe('附件2 of a quarter', () => {
  it('lists the year’s authors with no row in the quarter, at 0', () => {
    const q2 = people(2, '2024-06-30');
    expect(q2.map((p) => p[0]).sort()).toEqual(['李强', '潘平', '蒋桂然']);
    expect(q2.find((p) => p[0] === '蒋桂然')).toEqual(['蒋桂然', '中心路街道党工委', 0, 0]);
  });

  it('places an author by the year’s rows so far: 潘平 stays 峡窝镇党委’s in Q2, where his one row is 中心路’s', () => {
    expect(people(2, '2024-06-30').find((p) => p[0] === '潘平')?.[1]).toBe('峡窝镇党委');
    expect(people(1, '2024-03-31').find((p) => p[0] === '潘平')?.[1]).toBe('峡窝镇党委');
  });

  it('an empty quarter still lists them', () => {
    const q3 = people(3, '2024-09-30');
    expect(q3.map((p) => p[0]).sort()).toEqual(['李强', '潘平', '蒋桂然']);
    expect(q3.every((p) => p[2] === 0 && p[3] === 0)).toBe(true);
  });
});
