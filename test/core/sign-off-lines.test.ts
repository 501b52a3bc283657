// Lines offices keep in a ledger that are no piece and names that are no person (audit s34 A-F2..F5): each
// gives the figures of the ledger without it, and a notice names the rows.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { yearPeriod } from '../../src/core/period';
import type { Grid } from '../../src/core/types';

const HEADER = ['标题', '作者', '单位', '报送对象', '报送日期', '媒体', '录用日期'];
const piece = (title: string, author: string, day: number) => [
  title,
  author,
  '峡窝镇党委',
  '区委组织部',
  `2024-03-0${day}`,
  '郑州日报',
  `2024-03-1${day}`,
];

function run(rows: Grid) {
  const a = assess(
    { ledger: [HEADER, ...rows], preset: '上街区' },
    { period: yearPeriod(2024), asOf: dayFromYmd(2024, 12, 31) },
  );
  return {
    units: a.report.units.filter((u) => u.points !== 0).map((u) => [u.unit, u.points]),
    people: a.report.people.filter((p) => p.credit > 0).map((p) => [p.person, p.credit, p.points]),
    notices: (a.parsed.notices ?? []).map((n) => n.message),
  };
}

const clean = [piece('甲', '潘平', 1), piece('乙', '潘平', 2), piece('丙', '潘平', 3)];

describe('a sign-off line under the table (填报人：… 审核人：…)', () => {
  it('is no piece, and no unit: the clean figures, one notice', () => {
    const signed = run([
      ...clean,
      ['填报人：张三', '联系电话：13800000000', '审核人：李四', '', '2024-12-31', '', ''],
    ]);
    const plain = run(clean);
    expect([signed.units, signed.people]).toEqual([plain.units, plain.people]);
    expect(signed.notices).toContain(
      '第5行是表尾的填报、审核人等信息（“填报人：张三”），已跳过，不作为稿件计算',
    );
  });
});

describe('a template’s sample row (示例：XX镇…)', () => {
  it.each(['示例：XX镇推进基层党建工作', '（示例）某某街道党建工作', '例：某镇组织工作信息'])(
    '「%s」is left out, and said',
    (title) => {
      const sampled = run([
        [title, '张三', '峡窝镇党委', '区委组织部', '2024-01-05', '河南日报', '2024-01-10'],
        ...clean,
      ]);
      expect([sampled.units, sampled.people]).toEqual([run(clean).units, run(clean).people]);
      expect(sampled.notices.some((n) => n.startsWith('第2行像是填写示例'))).toBe(true);
    },
  );

  it.each([
    'XX镇推进基层党建工作（示例）',
    'XX镇推进基层党建工作(样例)',
    '举例：XX镇推进基层党建工作',
    '如：XX镇推进基层党建工作',
  ])('「%s」(a title ending or starting so, audit s36 F1) is left out, and said', (title) => {
    const sampled = run([
      [title, '张三', '峡窝镇党委', '区委组织部', '2024-01-05', '河南日报', '2024-01-10'],
      ...clean,
    ]);
    expect([sampled.units, sampled.people]).toEqual([run(clean).units, run(clean).people]);
    expect(sampled.notices.some((n) => n.startsWith('第2行像是填写示例'))).toBe(true);
  });

  it.each(['示例', '此行为填写示例，请勿删除', '样例行', '填写示例'])(
    'a 备注 of 「%s」 marks the row a sample (audit s36 F1): left out, and said',
    (remark) => {
      const withRemark = (rows: Grid) => rows.map((r, i) => [...r, i === 0 ? remark : '']);
      const a = assess(
        {
          ledger: [
            [...HEADER, '备注'],
            ...withRemark([
              [
                'XX镇推进基层党建工作',
                '张三',
                '峡窝镇党委',
                '区委组织部',
                '2024-01-05',
                '河南日报',
                '2024-01-10',
              ],
              ...clean,
            ]),
          ],
          preset: '上街区',
        },
        { period: yearPeriod(2024), asOf: dayFromYmd(2024, 12, 31) },
      );
      expect(a.report.people.filter((p) => p.credit > 0).map((p) => p.person)).toEqual(['潘平']);
      expect((a.parsed.notices ?? []).some((n) => n.message.startsWith('第2行像是填写示例'))).toBe(true);
    },
  );

  it('a title only mentioning 示例 stays a piece', () => {
    expect(run([piece('示例引领基层治理', '王芳', 4)]).units).toEqual([['峡窝镇党委', 5]]);
  });

  it('a 备注 only mentioning 示例 keeps its row a piece', () => {
    const a = assess({
      ledger: [
        [...HEADER, '备注'],
        [...piece('甲', '潘平', 1), '作为典型示例在全区推广'],
      ],
      preset: '上街区',
    });
    expect(a.scored.rows).toHaveLength(1);
  });
});

describe('ditto marks and honorifics among authors', () => {
  it('同上 and 〃 are no person: dropped, and said', () => {
    const dittoed = run([piece('甲', '潘平', 1), piece('乙', '同上', 2), piece('丙', '〃', 3)]);
    expect(dittoed.people).toEqual([['潘平', 1, 5]]);
    expect(dittoed.units).toEqual(run(clean).units);
    expect(dittoed.notices).toContain(
      '第3、4行的作者为“同上、〃”，不是姓名，未作为作者计：请填写作者姓名（与上一行相同也请写出）',
    );
  });

  it('潘平同志 is 潘平', () => {
    const honoured = run([
      piece('甲', '潘平', 1),
      piece('乙', '潘平同志', 2),
      piece('丙', '潘平同志、王芳同志', 3),
    ]);
    expect(honoured.people).toEqual([
      ['潘平', 2.5, 12.5],
      ['王芳', 0.5, 2.5],
    ]);
  });
});
