// Audit S22b F4: a 人员 姓名 cell names one person by the table's definition. A space in it (a compound surname
// typed apart, a name padded for alignment, a full-width space) is no separator: the name is read without it,
// as 作者 reads 陶 鹏. A cell with a real list separator is still refused, with the message it always had.
import { describe, expect, it } from 'vitest';
import { presetRules, readRules } from '../../src/core/rules';

const person = (name: string) =>
  readRules(
    {
      人员: [
        ['姓名', '单位', '在岗月数'],
        ['张三', '组织科', 12],
        [name, '信息调研科', 12],
      ],
    },
    presetRules('上街区'),
  );

describe('「人员」姓名: one person, whatever spaces it holds', () => {
  it.each([
    ['欧阳 娜娜', '欧阳娜娜'],
    ['陶 鹏', '陶鹏'],
    ['欧阳\u3000娜娜', '欧阳娜娜'],
    ['欧 阳 娜 娜', '欧阳娜娜'],
    ['王 芳 李 四', '王芳李四'],
    ['司马  相如', '司马相如'],
    [' 欧阳娜娜 ', '欧阳娜娜'],
    ['蒋超宇 （组长）', '蒋超宇'],
    ['李及第', '李及第'],
    ['王芳和李四', '王芳和李四'],
  ])('%j is the one person %j', (typed, name) => {
    const { rules, errors } = person(typed);
    expect(errors).toEqual([]);
    expect(rules.people?.map((p) => p.name)).toEqual(['张三', name]);
  });

  it.each([
    '王芳、李四',
    '王芳，李四',
    '王芳,李四',
    '王芳；李四',
    '王芳;李四',
    '王芳/李四',
    '王芳&李四',
    '王芳 、李四',
  ])('%j lists two people: refused as before', (typed) => {
    const { rules, errors } = person(typed);
    expect(errors.map((e) => e.message)).toEqual([
      `「人员」表第3行「姓名」每行只填一人，现为“${typed.trim()}”`,
    ]);
    expect(rules.people?.map((p) => p.name)).toEqual(['张三']);
  });
});
