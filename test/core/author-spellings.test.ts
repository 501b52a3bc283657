// One person typed two ways without a 人员 table (audit s32 F3): 張三 beside 张三, 王伟２ beside 王伟2,
// 阿依古丽•买买提 beside 阿依古丽·买买提 were two people each, with no word, so 张三 missed a task he met.
// Now each name is one person, named as most rows write it (its plain form on a tie), and a notice names the
// rows read so. With a 人员 table the table's spelling is matched (王伟２ is its 王伟2).
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/core/authorSpellings';
import { parseDay } from '../../src/core/dates';
import { type Assessment, assess } from '../../src/core/index';
import type { Grid, Notice } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function run(rows: RowSpec[], people?: Grid, units?: Grid): Assessment {
  const tables = { ...(people ? { 人员: people } : {}), ...(units ? { 单位: units } : {}) };
  return assess(
    { ledger: ledgerGrid(rows), tables, preset: '部机关' },
    { asOf: parseDay('2024-12-31') as number },
  );
}

const persons = (a: Assessment) =>
  a.report.people
    .filter((p) => p.credit > 0)
    .map((p) => [p.person, p.credit])
    .sort();

const spellingNotices = (a: Assessment): Notice[] =>
  (a.parsed.notices ?? []).filter((n) => n.code === 'author-spellings');

/** 南通日报 is 市级 in the 部机关 preset. */
const piece = (title: string, authors: string) =>
  adoption({ 标题: title, 作者: authors, 单位: '组织科', 媒体: '南通日报', 录用日期: '2024-03-05' });

describe('nameKey', () => {
  it.each([
    ['張三', '张三'],
    ['王伟２', '王伟2'],
    ['阿依古丽•买买提', '阿依古丽·买买提'],
    ['阿依古丽・买买提', '阿依古丽·买买提'],
    ['阿依古丽.买买提', '阿依古丽·买买提'],
    ['ＬＩＵ Ｗｅｉ', 'LIU Wei'],
    // Standard simplified characters OpenCC would change are names of their own (review s32 #2).
    ['於明', '於明'],
    ['张乾', '张乾'],
    ['李昇', '李昇'],
    ['於張三', '於张三'],
  ])('%s → %s', (typed, key) => expect(nameKey(typed)).toBe(key));
});

describe('without a 人员 table', () => {
  it('five rows of 张三 and one of 張三: one person with six, said with the row', () => {
    const a = run([
      ...['甲', '乙', '丙', '丁', '戊'].map((t) => piece(t, '张三')),
      piece('己', '張三'),
      piece('庚', '王伟２'),
      piece('辛', '王伟2'),
      piece('壬', '阿依古丽·买买提'),
      piece('癸', '阿依古丽·买买提、阿依古丽•买买提'),
    ]);
    expect(persons(a)).toEqual([
      ['张三', 6],
      ['王伟2', 2],
      ['阿依古丽·买买提', 2],
    ]);
    const said = spellingNotices(a);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ row: 7, column: 'B' });
    expect(said[0].message).toBe(
      '作者“張三”（第7行）按“张三”计、“王伟２”（第8行）按“王伟2”计、“阿依古丽•买买提”（第11行）按“阿依古丽·买买提”计：同一姓名的繁体、全角或间隔号不同写法按一人计；如确是不同的人，请在「人员」表中分别列出',
    );
  });

  it('the spelling most rows use names the person, traditional or not', () => {
    const a = run([piece('甲', '張三'), piece('乙', '張三'), piece('丙', '张三')]);
    expect(persons(a)).toEqual([['張三', 3]]);
  });

  it('a row naming both spellings has one author, with the whole credit', () => {
    const a = run([piece('甲', '张三、張三'), piece('乙', '李四')]);
    expect(persons(a)).toEqual([
      ['张三', 1],
      ['李四', 1],
    ]);
  });

  it('one spelling each: nothing read again, nothing said', () => {
    const a = run([piece('甲', '张三'), piece('乙', '张山'), piece('丙', '王伟')]);
    expect(persons(a)).toEqual([
      ['张三', 1],
      ['张山', 1],
      ['王伟', 1],
    ]);
    expect(spellingNotices(a)).toEqual([]);
  });
});

describe('with a 人员 table', () => {
  const people: Grid = [
    ['姓名', '科室', '在岗月数'],
    ['王伟2', '组织科', 12],
    ['张三', '组织科', 12],
  ];

  it('王伟２ and 張三 are its 王伟2 and 张三, not unlisted authors', () => {
    const a = run([piece('甲', '王伟２'), piece('乙', '張三'), piece('丙', '王伟2')], people);
    expect(persons(a)).toEqual([
      ['张三', 1],
      ['王伟2', 2],
    ]);
    expect((a.parsed.notices ?? []).filter((n) => n.code === 'author-not-in-people')).toEqual([]);
  });
});

describe('what the rules write decides (review s32)', () => {
  it('a 负责人 typed 张三 stays the chief though most rows write 張三', () => {
    const units: Grid = [
      ['单位', '类型', '人数', '在岗月数', '办公室', '负责人'],
      ['组织科', '部机关科室', 3, 12, '', '张三'],
    ];
    const a = run(
      [piece('甲', '張三'), piece('乙', '張三'), piece('丙', '张三'), piece('丁', '李四')],
      undefined,
      units,
    );
    const chief = a.report.people.find((p) => p.person === '张三');
    expect(chief?.leads?.unit).toBe('组织科');
    expect(a.report.people.some((p) => p.person === '張三')).toBe(false);
    expect(spellingNotices(a)[0].message).toContain('作者“張三”（第2、3行）按“张三”计');
  });

  it('於明 and 于明 are two people, on one row too', () => {
    const a = run([piece('甲', '於明、于明'), piece('乙', '於明')]);
    expect(persons(a)).toEqual([
      ['于明', 0.5],
      ['於明', 1.5],
    ]);
    expect(spellingNotices(a)).toEqual([]);
  });

  it('with a 人员 table, two spellings of a name it does not list are still one person, said', () => {
    const people: Grid = [
      ['姓名', '科室', '在岗月数'],
      ['王五', '组织科', 12],
    ];
    const a = run([piece('甲', '張六'), piece('乙', '张六'), piece('丙', '王五')], people);
    expect(persons(a)).toEqual([
      ['张六', 2],
      ['王五', 1],
    ]);
    expect(spellingNotices(a)).toHaveLength(1);
  });
});
