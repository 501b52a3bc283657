// Audit S22b F6: a byline notice quotes the 作者 cell as typed (trimmed), never a form read on the way
// (王小、明明跟张跟随); a cell the 人员 table and a joiner both read is told in one notice that says both. With
// F4: the 人员 row may itself be typed 王小 明明 (one person, read without the space). (A compound surname typed
// apart, 欧阳 娜娜, is one name before any table reads it: audit s38 O2.)
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/dates';
import { type Assessment, assess } from '../../src/core/index';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

const people = (ouyang: string): Grid => [
  ['姓名', '单位', '在岗月数'],
  [ouyang, '干部科', 12],
  ['张跟随', '组织科', 12],
  ['李及第', '干部科', 12],
];

function run(authors: string[], ouyang = '王小明明'): Assessment {
  const rows = authors.map((a, k) =>
    adoption({ 标题: `稿${k + 1}`, 作者: a, 单位: '组织科', 媒体: '南通日报', 录用日期: '2024-03-05' }),
  );
  return assess(
    { ledger: ledgerGrid(rows), tables: { 人员: people(ouyang) }, preset: '部机关' },
    { asOf: parseDay('2024-12-31') as number },
  );
}

const byline = (a: Assessment) =>
  (a.parsed.notices ?? [])
    .filter((n) => n.code === 'authors-by-people' || n.code === 'authors-joined')
    .map((n) => n.message);

describe('byline notices quote the cell', () => {
  it.each(['王小明明', '王小 明明'])(
    '人员 %j: 王小 明明 跟 张跟随 is one notice, quoting the cell',
    (ouyang) => {
      const a = run(['  王小 明明 跟 张跟随 '], ouyang);
      expect(a.ruleErrors).toEqual([]);
      expect(a.report.people.filter((p) => p.credit > 0).map((p) => [p.person, p.credit])).toEqual([
        ['王小明明', 0.5],
        ['张跟随', 0.5],
      ]);
      expect(byline(a)).toEqual([
        '第2行作者按「人员」表中的姓名读取，其中的“和”“与”“跟”已按连接两位作者读取（“王小 明明 跟 张跟随”读作“王小明明、张跟随”）；如是一人的姓名，请在「人员」表中列出，多位作者之间请用“、”分隔',
      ]);
    },
  );

  it('each notice keeps its words and quotes its own cells: 人员 alone, a joiner alone', () => {
    const a = run(['王小 明明', '王芳和李四', '王小　明明、李及第']);
    expect(byline(a)).toEqual([
      '第2、4行作者按「人员」表中的姓名读取：“王小 明明”读作“王小明明”，“王小　明明、李及第”读作“王小明明、李及第”',
      '第3行作者中的“和”“与”已按连接两位作者读取（“王芳和李四”读作“王芳、李四”）；如是一人的姓名，请在「人员」表中列出，多位作者之间请用“、”分隔',
    ]);
  });
});
