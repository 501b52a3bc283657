// A row whose 单位 the 单位 table does not list counts to no unit (the notice says so), and to no person: its
// author kept its points in 附件2, and a piece typed once under the stray name and once under the right one
// counted twice for its author (audit s33 A-F5).
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core';
import { adoption, ledgerGrid } from '../helpers/ledger';

describe('an author on a row of a unit not in 「单位」', () => {
  it('counts the rows of listed units only', () => {
    const ledger = ledgerGrid([
      adoption({ 单位: '干部', 作者: '潘平', 标题: '五个一', 媒体: '郑州电视台', 录用日期: '2024-02-17' }),
      adoption({
        单位: '干部科',
        作者: '潘平',
        标题: '五个一',
        媒体: '上街区党建网',
        录用日期: '2024-02-19',
      }),
      adoption({ 单位: '另一个单位', 作者: '李强', 标题: '别的稿' }),
    ]);
    const people = assess({ ledger, preset: '上街区' }).report.people.map((p) => [
      p.person,
      p.credit,
      p.points,
    ]);
    expect(people).toEqual([['潘平', 1, 1]]);
  });
});

// Audit s38 L6: the notice says such rows count in no ranking, task or total, but the 对口处室 that relayed one
// kept its share (信息调研科 81.6 → 83.6), its 报送 (11 → 12) and the 合计 (554.6 → 556.6).
describe('a row of a unit not in 「单位」 relayed by a 对口处室', () => {
  it('gives the office no share, no submission and no indicator value', () => {
    const own = adoption({ 单位: '信息调研科', 标题: '自己的稿', 媒体: '河南日报', 录用日期: '2024-04-10' });
    const stray = adoption({
      单位: '文旅局党组',
      标题: '转报的稿',
      媒体: '河南日报',
      对口处室: '信息调研科',
      报送对象: '市委组织部',
      报送日期: '2024-04-01',
      录用日期: '2024-04-12',
    });
    const office = (rows: ReturnType<typeof adoption>[]) => {
      const r = assess({ ledger: ledgerGrid(rows), preset: '上街区' }).report;
      const u = r.units.find((x) => x.unit === '信息调研科')!;
      return [u.points, u.relayPoints, u.submissions, u.indicators.map((i) => i.value), r.totals.points];
    };
    expect(office([own, stray])).toEqual(office([own]));
  });
});
