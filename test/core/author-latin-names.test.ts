// An author written in Latin letters with a space (Jiang Chaoyu, Mary Ann Lee) is one person, as the same name
// written without the space is (sweep S22c F2): a space between two Latin-letter words is part of the name.
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/dates';
import { type Assessment, assess } from '../../src/core/index';
import { splitAuthors } from '../../src/core/text';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function run(rows: RowSpec[]): Assessment {
  return assess({ ledger: ledgerGrid(rows), preset: '部机关' }, { asOf: parseDay('2024-12-31') as number });
}

describe('splitAuthors: Latin-letter names with spaces', () => {
  it.each([
    ['Jiang Chaoyu', ['Jiang Chaoyu']],
    ['Mary Ann Lee', ['Mary Ann Lee']],
    ['Jiang　 Chaoyu', ['Jiang Chaoyu']], // full-width and repeated spaces: one space in the name
    ["Seán O'Neil", ["Seán O'Neil"]],
    ['Jiang Chaoyu 王芳', ['Jiang Chaoyu', '王芳']], // a Latin run beside a Chinese name stays apart from it
    ['王芳 Jiang Chaoyu', ['王芳', 'Jiang Chaoyu']],
    ['Jiang Chaoyu、Mary Lee', ['Jiang Chaoyu', 'Mary Lee']],
    ['Jiang Chaoyu,Mary Lee', ['Jiang Chaoyu', 'Mary Lee']],
    ['Jiang Chaoyu;Mary Lee/王芳', ['Jiang Chaoyu', 'Mary Lee', '王芳']],
    ['通讯员：Jiang Chaoyu', ['Jiang Chaoyu']],
    // Chinese names as before.
    ['王芳 李四', ['王芳', '李四']],
    ['王 芳', ['王芳']],
  ])('%s → %j', (text, names) => {
    expect(splitAuthors(text)).toEqual(names);
  });
});

describe('a person written Jiang Chaoyu', () => {
  const rows = (name: string): RowSpec[] => [
    adoption({ 标题: '甲', 作者: name, 单位: '组织科', 媒体: '南通日报', 录用日期: '2024-03-05' }),
    adoption({ 标题: '乙', 作者: `${name}、王芳`, 单位: '组织科', 媒体: '新华日报', 录用日期: '2024-04-05' }),
    adoption({ 标题: '丙', 作者: `${name} 王芳`, 单位: '组织科', 媒体: '县电视台', 录用日期: '2024-05-05' }),
  ];
  /** Each person's figures and indicator values, the Latin name written one way for all. */
  const people = (a: Assessment) =>
    a.report.people.map((p) => [
      p.person.replace(' ', ''),
      p.credit,
      p.points,
      p.rows,
      p.indicators.map((r) => [r.name, r.value, r.met]),
    ]);

  it('has the figures of JiangChaoyu: one person, full credit on a piece of their own', () => {
    const spaced = run(rows('Jiang Chaoyu'));
    expect(people(spaced)).toEqual(people(run(rows('JiangChaoyu'))));
    const jiang = spaced.report.people.find((p) => p.person === 'Jiang Chaoyu');
    expect(jiang?.credit).toBe(2);
    expect(spaced.report.people.map((p) => p.person).sort()).toEqual(['Jiang Chaoyu', '王芳']);
  });
});
