// A surname typed apart from the given name (卢 军璐, 王  小明, 司马 相如) was two people at half credit each, 卢 and
// 军璐, with nothing said (audit s38 O2), while 王 芳 and 王 小 明 were one. A person has no one-character name and a
// compound surname alone is none: each such cell is one person now, said in a notice quoting the cell.
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/dates';
import { type Assessment, assess } from '../../src/core/index';
import { splitAuthors } from '../../src/core/text';
import { adoption, ledgerGrid } from '../helpers/ledger';

function run(authors: string[]): Assessment {
  const rows = authors.map((a, k) =>
    adoption({ 标题: `稿${k + 1}`, 作者: a, 单位: '峡窝镇党委', 媒体: '郑州日报', 录用日期: '2024-03-05' }),
  );
  return assess({ ledger: ledgerGrid(rows), preset: '上街区' }, { asOf: parseDay('2024-12-31') as number });
}

describe('a surname typed apart from the given name', () => {
  it.each([
    ['卢 军璐', ['卢军璐']],
    ['卢　军璐', ['卢军璐']],
    ['王  小明', ['王小明']],
    ['司马 相如', ['司马相如']],
    ['欧阳 娜', ['欧阳娜']],
    ['潘平 卢 军璐', ['潘平', '卢军璐']],
    // Not a surname: a role word before a name, two names of two characters, a lone character after a name.
    ['文 潘平', ['潘平']],
    ['记者 潘平', ['潘平']],
    ['王芳 李四', ['王芳', '李四']],
    ['潘平 蒋桂然', ['潘平', '蒋桂然']],
  ])('%j reads as %j', (typed, names) => {
    expect(splitAuthors(typed)).toEqual(names);
  });

  it('credits one person, as the unspaced name, and says so', () => {
    const spaced = run(['卢 军璐', '卢军璐']);
    const people = spaced.report.people.map((p) => [p.person, p.credit]);
    expect(people).toEqual([['卢军璐', 2]]);
    expect(
      (spaced.parsed.notices ?? []).filter((n) => n.code === 'authors-padded').map((n) => n.message),
    ).toEqual([
      '第2行作者的姓与名之间有空格，已按一人读取（“卢 军璐”读作“卢军璐”）；如是两人，姓名之间请用“、”分隔',
    ]);
  });
});
