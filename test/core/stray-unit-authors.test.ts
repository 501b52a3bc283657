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
