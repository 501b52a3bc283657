// A unit's name typed among a row's authors (干部科 潘平) is no person: it took half the piece from 潘平 and showed
// in 附件2 as a person called 干部科 (audit s33 A). It is left out, and a notice names the rows.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core';
import { adoption, ledgerGrid } from '../helpers/ledger';

function run(authors: string[]) {
  const ledger = ledgerGrid(
    authors.map((作者, k) => adoption({ 单位: '干部科', 作者, 标题: `稿件${k}`, 媒体: '郑州日报' })),
  );
  const a = assess({ ledger, preset: '上街区' });
  return {
    people: a.report.people.map((p) => [p.person, p.credit, p.points]),
    notices: (a.parsed.notices ?? []).filter((n) => n.code === 'author-is-unit').map((n) => n.message),
  };
}

describe('a unit named as an author', () => {
  it('干部科 潘平 and 峡窝镇党委、潘平、干部科 credit 潘平 alone, said once with their rows', () => {
    expect(run(['干部科 潘平', '峡窝镇党委、潘平、干部科'])).toEqual({
      people: [['潘平', 2, 10]],
      notices: ['第2、3行的作者中有单位名称“干部科、峡窝镇党委”，单位不是个人，未作为作者计：请只填作者姓名'],
    });
  });

  it('the same ledger without a unit among the authors: the same people, no notice', () => {
    expect(run(['潘平', '潘平'])).toEqual({ people: [['潘平', 2, 10]], notices: [] });
  });
});
