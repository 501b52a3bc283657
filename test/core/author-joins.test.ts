// 作者 joined by 和 / 与 / 。 / | (audit S20w F11): 。|｜ part names like 、; 和/与 part two names of 2–4
// characters, a guess said in a notice unless the 人员 table lists both, and a 人员 row naming the whole keeps it.
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/dates';
import { readAuthors } from '../../src/core/entryForm';
import { type Assessment, assess } from '../../src/core/index';
import { joinedAuthors, splitAuthors } from '../../src/core/text';
import type { Grid, Notice } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function run(rows: RowSpec[], people?: Grid): Assessment {
  return assess(
    { ledger: ledgerGrid(rows), tables: people ? { 人员: people } : undefined, preset: '部机关' },
    { asOf: parseDay('2024-12-31') as number },
  );
}

function persons(a: Assessment): [string, number][] {
  return a.report.people.filter((p) => p.credit > 0).map((p) => [p.person, p.credit]);
}

function notices(a: Assessment, code: string): Notice[] {
  return (a.parsed.notices ?? []).filter((n) => n.code === code);
}

/** 南通日报 is 市级 in the 部机关 preset. */
const piece = (title: string, authors: string) =>
  adoption({ 标题: title, 作者: authors, 单位: '组织科', 媒体: '南通日报', 录用日期: '2024-03-05' });

describe('splitAuthors: 。|｜ and 和/与', () => {
  it.each([
    ['王芳。李四', ['王芳', '李四'], undefined],
    ['王芳|李四', ['王芳', '李四'], undefined],
    ['王芳｜李四', ['王芳', '李四'], undefined],
    ['王芳和李四', ['王芳', '李四'], ['王芳和李四']],
    ['王芳与李四', ['王芳', '李四'], ['王芳与李四']],
    ['王芳和李四和张三', ['王芳', '李四', '张三'], ['王芳和李四和张三']],
    ['王芳和李四、赵六', ['王芳', '李四', '赵六'], ['王芳和李四', '赵六']],
    ['张和平和李四', ['张和平', '李四'], ['张和平和李四']],
    ['司马相如与卓文君', ['司马相如', '卓文君'], ['司马相如与卓文君']],
    // A given name holding 和: a side of one character is no name, so no split.
    ['王和平', ['王和平'], undefined],
    ['欧阳和平', ['欧阳和平'], undefined],
    ['和平', ['和平'], undefined],
    // Two places would each part it into names (欧阳|平和李四, 欧阳和平|李四): no guess.
    ['欧阳和平和李四', ['欧阳和平和李四'], undefined],
  ])('%j → %j (before the split: %j)', (text, names, before) => {
    expect([splitAuthors(text), joinedAuthors(splitAuthors(text))]).toEqual([names, before]);
  });
});

describe('in the ledger', () => {
  it('without a 人员 table: 王芳和李四 is two people, 0.5 each, and a notice names the rows', () => {
    const a = run([
      piece('一', '王芳和李四'),
      piece('二', '王芳。李四'),
      piece('三', '王芳与李四'),
      piece('四', '王和平'),
    ]);
    expect(persons(a)).toEqual([
      ['李四', 1.5],
      ['王芳', 1.5],
      ['王和平', 1],
    ]);
    expect(notices(a, 'authors-joined')).toEqual([
      {
        code: 'authors-joined',
        row: 2,
        column: 'B',
        message:
          '第2、4行作者中的“和”“与”已按连接两位作者读取（“王芳和李四”读作“王芳、李四”，“王芳与李四”读作“王芳、李四”）；如是一人的姓名，请在「人员」表中列出，多位作者之间请用“、”分隔',
      },
    ]);
  });

  it('a 人员 table listing both parts confirms the split: no notice', () => {
    const people: Grid = [
      ['姓名', '单位', '在岗月数'],
      ['王芳', '组织科', 12],
      ['李四', '组织科', 12],
    ];
    const a = run([piece('一', '王芳和李四')], people);
    expect(persons(a)).toEqual([
      ['李四', 0.5],
      ['王芳', 0.5],
    ]);
    expect(notices(a, 'authors-joined')).toEqual([]);
  });

  it('a 人员 table listing one part only: still a guess, told', () => {
    const people: Grid = [
      ['姓名', '单位', '在岗月数'],
      ['王芳', '组织科', 12],
    ];
    const a = run([piece('一', '王芳和李四')], people);
    expect(persons(a).map(([n]) => n)).toEqual(['李四', '王芳']);
    expect(notices(a, 'authors-joined').map((n) => n.row)).toEqual([2]);
  });

  it('a 人员 row naming the whole (王芳和李四) is one person, and the ledger keeps that 作者 whole', () => {
    const people: Grid = [
      ['姓名', '单位', '在岗月数'],
      ['王芳和李四', '组织科', 12],
    ];
    const a = run([piece('一', '王芳和李四')], people);
    expect([a.ruleErrors, a.rules.people?.map((p) => p.name)]).toEqual([[], ['王芳和李四']]);
    expect(persons(a)).toEqual([['王芳和李四', 1]]);
    expect(notices(a, 'authors-joined')).toEqual([]);
    // Read as typed (audit S22b F6: a notice quotes the cell, and 王芳和李四 reads as itself): nothing to tell.
    expect(notices(a, 'authors-by-people')).toEqual([]);
  });
});

describe('the 录入稿件 form reads 作者 as the ledger does', () => {
  it('王芳和李四: two names and a note that it was a guess', () => {
    expect(readAuthors(['王芳和李四'])).toEqual({
      names: ['王芳', '李四'],
      notes: [
        '作者中的“和”“与”已按连接两位作者读取（“王芳和李四”读作“王芳、李四”）；如是一人的姓名，请在「人员」表中列出，多位作者之间请用“、”分隔',
      ],
    });
    expect(readAuthors(['王芳|李四'])).toEqual({ names: ['王芳', '李四'], notes: [] });
  });
});
