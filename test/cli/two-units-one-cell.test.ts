// Two units typed in one 单位 cell (audit s34 B-F7: a piece two units wrote). Without a 单位 table it became a
// third unit, 峡窝镇党委、区直机关工委, typed 乡镇街道, ranked first, given quotas and barred; with one it was only
// “不在「单位」表中”. Now no unit is made of it, and its row says what to do.
import { describe, expect, it } from 'vitest';
import { unitsInOneCell } from '../../src/core/text';
import { reportCsv } from './helpers';

const HEADER = '标题,作者,单位,类别,报送对象,报送日期,媒体,级别,采用方式,录用日期';
const row = (title: string, author: string, unit: string) =>
  `${title},${author},${unit},动态信息,区委组织部,2024-03-01,河南日报,,录用,2024-03-10`;

interface Json {
  units: { unit: string; points: number }[];
  rows: { row: number; issues?: string[] }[];
}

async function report(lines: string[]): Promise<Json> {
  return JSON.parse(await reportCsv([HEADER, ...lines])) as Json;
}

describe('two units in one 单位 cell', () => {
  it('is no unit of the ranking; its row is in 待核实 with what to do', async () => {
    const j = await report([
      row('两单位合写', '甲、乙', '峡窝镇党委、区直机关工委'),
      row('一篇', '甲', '峡窝镇党委'),
      row('另一篇', '乙', '区直机关工委'),
    ]);
    expect(j.units.map((u) => [u.unit, u.points]).sort()).toEqual([
      ['区直机关工委', 10],
      ['峡窝镇党委', 10],
    ]);
    expect(j.rows.find((r) => r.row === 2)?.issues).toEqual([
      '单位“峡窝镇党委、区直机关工委”是2个单位：一篇稿件只计入一个单位，请只填其中一个（合写的其他单位可写在备注中）',
    ]);
  });

  it.each([
    ['峡窝镇党委、区直机关工委', ['峡窝镇党委', '区直机关工委']],
    ['组织科，人才办', ['组织科', '人才办']],
    ['干部科/组织科/办公室', ['干部科', '组织科', '办公室']],
  ])('%s is %j', (typed, units) => expect(unitsInOneCell(typed)).toEqual(units));

  it.each(['峡窝镇党委', '区直机关工委（机关党委）', '中心路街道党工委、', '城建系统党工委、XX'])(
    '%s is one name',
    (typed) => expect(unitsInOneCell(typed)).toBeNull(),
  );
});
