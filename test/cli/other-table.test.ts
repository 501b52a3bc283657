// A table typed under the ledger (audit s34 A-F2): a summary by unit (各单位统计 | 单位 | 报送篇数 …) is no
// pieces. Without a 单位 table its lines made units 1, 2 and 录用篇数, ranked 零报送 and barred, and took the
// 通报's letterhead away. Read as Excel saves a CSV (BOM, CRLF), through the command line a user runs.
import { describe, expect, it } from 'vitest';
import { reportCsv } from './helpers';

const HEADER = '标题,作者,单位,类别,报送对象,报送日期,媒体,级别,采用方式,录用日期,字数';
const LEDGER = [
  '峡窝镇推进网格党建,潘平,峡窝镇党委,动态信息,区委组织部,2024/3/5,郑州日报,,录用,2024/3/12,1500',
  '峡窝镇乡村振兴实践,蒋桂然,峡窝镇党委,动态信息,区委组织部,2024/4/2,河南组工信息,,录用,2024/4/20,800',
  '中心路街道红色物业,李明,中心路街道党工委,动态信息,区委组织部,2024/2/1,上街区党建网,,录用,2024/2/10,900',
  '组织科深化党支部标准化,吕琳,组织科,动态信息,市委组织部,2024/1/15,河南日报,,录用,2024/1/30,1200',
];

interface Json {
  units: { unit: string; points: number; submissions: number; adoptions: number }[];
  rows: { row: number; issues?: string[] }[];
  meta: { notices: string[]; noticeDetails: { code: string; row?: number; message: string }[] };
}

async function report(lines: string[]): Promise<Json> {
  return JSON.parse(await reportCsv([HEADER, ...lines])) as Json;
}

const ranked = (j: Json) => j.units.map((u) => [u.unit, u.points, u.submissions, u.adoptions]);

describe('a summary table under the ledger', () => {
  it('with its heading and header: the clean figures, one notice naming its lines', async () => {
    const clean = await report(LEDGER);
    const summed = await report([
      ...LEDGER,
      ',,,,,,,,,,',
      '各单位统计,,,,,,,,,,',
      '单位,报送篇数,录用篇数,积分,,,,,,,',
      '峡窝镇党委,2,2,25,,,,,,,',
      '中心路街道党工委,1,1,1,,,,,,,',
    ]);
    expect(ranked(summed)).toEqual(ranked(clean));
    expect(summed.units.map((u) => u.unit)).not.toContain('录用篇数');
    const notice = summed.meta.noticeDetails.find((n) => n.code === 'other-table');
    expect(notice?.row).toBe(7);
    expect(notice?.message).toContain('第7、8、9、10行是台账下方的另一张表（“各单位统计”），已跳过');
    // The letterhead of the preset stays (units 1, 2 changed the 单位 list, and with it the 发文机关).
    expect(summed.meta.notices.some((n) => n.includes('「设置」表没有'))).toBe(false);
  });

  it('its header alone (no heading line) is enough; the blank line after it ends it', async () => {
    const summed = await report([
      ...LEDGER,
      ',,,,,,,,,,',
      '名次,单位,积分,,,,,,,,',
      '1,峡窝镇党委,25,,,,,,,,',
      ',,,,,,,,,,',
      '中心路街道党建引领,李明,中心路街道党工委,动态信息,区委组织部,2024/5/6,,,,,',
    ]);
    const notice = summed.meta.noticeDetails.find((n) => n.code === 'other-table');
    expect(notice?.message).toContain('第7、8行是台账下方的另一张表（“名次、单位、积分”）');
    // The piece after the blank line is read: 中心路街道党工委 has its second submission.
    expect(summed.units.find((u) => u.unit === '中心路街道党工委')?.submissions).toBe(2);
  });

  it('its rows without a header: a unit typed as a number is no unit, and the row says so', async () => {
    const clean = await report(LEDGER);
    const bare = await report([...LEDGER, ',,,,,,,,,,', '各单位统计,,,,,,,,,,', '峡窝镇党委,2,2,25,,,,,,,']);
    expect(ranked(bare)).toEqual(ranked(clean));
    const row = bare.rows.find((r) => r.row === 8);
    expect(row?.issues).toContain('单位“2”是数字，不是单位名称，无法计入任何单位：请填写单位名称');
  });

  it('a piece whose cells are header-like words is still a piece', async () => {
    const j = await report([...LEDGER, '积分制管理见成效,排名,峡窝镇党委,动态信息,区委组织部,2024/6/1,,,,,']);
    expect(j.units.find((u) => u.unit === '峡窝镇党委')?.submissions).toBe(3);
    expect(j.meta.noticeDetails.some((n) => n.code === 'other-table')).toBe(false);
  });
});

describe('the cells the .xlsx reader asks about', () => {
  it('a formula in the summary table is none of the ledger’s (no “saved without its result” for it)', async () => {
    const { ledgerReads } = await import('../../src/core/ledger');
    const grid = [HEADER, ...LEDGER, ',,', '各单位统计', '单位,报送篇数,积分', '峡窝镇党委,2,25'].map((l) =>
      l.split(','),
    );
    const reads = ledgerReads(grid);
    expect([1, 4, 6, 7, 8].map((line) => reads?.(line, 2))).toEqual([true, true, false, false, false]);
  });
});
