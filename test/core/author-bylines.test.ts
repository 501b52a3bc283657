// 作者 as offices write a byline (audit S21c F2–F4): 及 / 跟 join two names as 和 / 与 do (a guess, told); & + ＋
// part names outright; a trailing 等人 / 等同志 / 等3人 is the trailing 等 (dropped, told); role words before a name
// (通讯员：, 本报记者 , 文/, 图/) are no one; a joiner or role word standing alone between spaces is read as the
// unspaced byline, never as a person. Each byline gives its clean twin's authors.
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/dates';
import { readAuthors } from '../../src/core/entryForm';
import { type Assessment, assess } from '../../src/core/index';
import { ledgerSource } from '../../src/core/ledgerTable';
import type { Notice } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

function run(authors: string[]): Assessment {
  const rows = authors.map((a, k) =>
    adoption({ 标题: `稿${k + 1}`, 作者: a, 单位: '组织科', 媒体: '南通日报', 录用日期: '2024-03-05' }),
  );
  return assess({ ledger: ledgerGrid(rows), preset: '部机关' }, { asOf: parseDay('2024-12-31') as number });
}

const codes = (a: Assessment) =>
  (a.parsed.notices ?? [])
    .map((n: Notice) => n.code)
    .filter((c) => c === 'authors-joined' || c === 'authors-etc' || c === 'authors-padded');

const TWO = ['潘平', '蒋桂然'];

describe('a byline reads as its clean twin 潘平、蒋桂然', () => {
  it.each([
    // F2: 及 / 跟 as 和 / 与 (told); & ＆ + ＋ part names (nothing to tell).
    ['潘平及蒋桂然', TWO, ['authors-joined']],
    ['潘平跟蒋桂然', TWO, ['authors-joined']],
    ['潘平和蒋桂然', TWO, ['authors-joined']],
    ['潘平&蒋桂然', TWO, []],
    ['潘平＆蒋桂然', TWO, []],
    ['潘平+蒋桂然', TWO, []],
    ['潘平＋蒋桂然', TWO, []],
    ['潘平 & 蒋桂然', TWO, []],
    ['潘平及蒋桂然、王芳', [...TWO, '王芳'], ['authors-joined']],
    // F3: the trailing 等 in its longer forms (told), and role words before a name.
    ['潘平、蒋桂然等人', TWO, ['authors-etc']],
    ['潘平、蒋桂然等同志', TWO, ['authors-etc']],
    ['潘平、蒋桂然等3人', TWO, ['authors-etc']],
    ['潘平、蒋桂然等三人', TWO, ['authors-etc']],
    ['潘平、蒋桂然 等人', TWO, ['authors-etc']],
    ['潘平、蒋桂然等', TWO, ['authors-etc']],
    ['通讯员：潘平、蒋桂然', TWO, []],
    ['记者:潘平、通讯员:蒋桂然', TWO, []],
    ['本报记者：潘平 特约通讯员：蒋桂然', TWO, []],
    ['文/潘平 图/蒋桂然', TWO, []],
    ['文／潘平、图／蒋桂然', TWO, []],
    ['文/图 潘平、蒋桂然', TWO, []],
    ['图/文：潘平、蒋桂然', TWO, []],
    ['摄影/潘平、编辑/蒋桂然', TWO, []],
    ['执笔：潘平、蒋桂然', TWO, []],
    // F4: spaced joiners (told as their unspaced twins are) and spaced role words.
    ['潘平 和 蒋桂然', TWO, ['authors-joined']],
    ['潘平　和　蒋桂然', TWO, ['authors-joined']],
    ['潘平 与 蒋桂然', TWO, ['authors-joined']],
    ['潘平 及 蒋桂然', TWO, ['authors-joined']],
    ['本报记者 潘平 通讯员 蒋桂然', TWO, []],
    ['记者 潘平 摄 蒋桂然', TWO, []],
    ['潘平 文 蒋桂然', TWO, []],
  ])('%j → %j, told: %j', (byline, names, told) => {
    const a = run([byline]);
    expect([ledgerSource(a.parsed).at(0).authors, codes(a)]).toEqual([names, told]);
  });
});

describe('what stays as it was', () => {
  it.each([
    // A given name holding a joiner, a one-character side: one name, as unspaced.
    ['王和平', ['王和平'], []],
    ['王 和 平', ['王和平'], []],
    ['欧阳 和 平', ['欧阳和平'], []],
    // 文 / 图 in a padded name is part of it; a role word glued to a name is not cut (文静 is a name).
    ['张 文', ['张文'], []],
    ['文 静', ['文静'], []],
    ['张 文、李四', ['张文', '李四'], []],
    ['文静、图门', ['文静', '图门'], []],
    ['王 芳 和 李 四', ['王芳', '李四'], ['authors-joined']],
    // A name then a colon that is no role word.
    ['李文：王芳', ['李文：王芳'], []],
    // A cell that is only a role word or a joiner names no one.
    ['通讯员', [], []],
    ['和', [], []],
    ['潘平 和', ['潘平'], []],
  ])('%j → %j, told: %j', (byline, names, told) => {
    const a = run([byline]);
    expect([ledgerSource(a.parsed).at(0).authors, codes(a)]).toEqual([names, told]);
  });
});

describe('people and notices as the clean twin', () => {
  it('every spelling credits 潘平 and 蒋桂然 half each per row, as 潘平、蒋桂然 does', () => {
    const bylines = [
      '潘平及蒋桂然',
      '潘平跟蒋桂然',
      '潘平&蒋桂然',
      '潘平+蒋桂然',
      '潘平、蒋桂然等人',
      '通讯员：潘平、蒋桂然',
      '潘平 和 蒋桂然',
      '文/潘平 图/蒋桂然',
      '本报记者 潘平 通讯员 蒋桂然',
    ];
    const people = (a: Assessment) =>
      a.report.people.filter((p) => p.credit > 0 || p.points > 0).map((p) => [p.person, p.credit, p.points]);
    expect(people(run(bylines))).toEqual(people(run(bylines.map(() => '潘平、蒋桂然'))));
    expect(
      people(run(bylines))
        .map((p) => p[0])
        .sort(),
    ).toEqual([...TWO].sort());
  });

  it('the joiner notice names 及 / 跟 when a row used them', () => {
    const a = run(['潘平及蒋桂然', '王芳和李四', '赵六跟钱七']);
    expect((a.parsed.notices ?? []).filter((n) => n.code === 'authors-joined').map((n) => n.message)).toEqual(
      [
        '第2、3、4行作者中的“和”“与”“及”“跟”已按连接两位作者读取（“潘平及蒋桂然”读作“潘平、蒋桂然”，“王芳和李四”读作“王芳、李四”，“赵六跟钱七”读作“赵六、钱七”）；如是一人的姓名，请在「人员」表中列出，多位作者之间请用“、”分隔',
      ],
    );
  });

  it('the 录入稿件 form reads 等人 and 及 as the ledger does', () => {
    expect(readAuthors(['潘平及蒋桂然等人'])).toEqual({
      names: TWO,
      notes: [
        '作者以“等”结尾：已去掉“等”，只按列出的作者计任务',
        '作者中的“和”“与”“及”已按连接两位作者读取（“潘平及蒋桂然等人”读作“潘平、蒋桂然”）；如是一人的姓名，请在「人员」表中列出，多位作者之间请用“、”分隔',
      ],
    });
    expect(readAuthors(['本报记者 潘平', '通讯员：蒋桂然'])).toEqual({ names: TWO, notes: [] });
  });
});
