// 字数 kept in 千字 under a header naming no unit (1.5, 0.8 …): read as 字 it never reaches the ×3 over 1000 字,
// and the points fell in silence (组织科 30 → 10, audit s34 A-F6). Now said once, naming the column.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';

const read = (head: string, lengths: unknown[]) =>
  parseLedger([
    ['标题', '单位', '报送日期', head],
    ...lengths.map((n, i) => [`稿${i}`, '峡窝镇党委', '2024-03-01', n]),
  ] as never).notices?.filter((n) => n.code === 'chars-in-thousands') ?? [];

describe('a 字数 column of numbers under 10', () => {
  it('under 字数: said, naming the column and the first row', () => {
    expect(read('字数', [1.5, 0.8, '', 1.2]).map((n) => [n.column, n.message])).toEqual([
      [
        'D',
        '「字数」列的数都小于10（如第2行“1.5”），像是以千字为单位，却按字数读取，字数加倍的规则用不上；如是千字，请把表头改为“字数（千字）”',
      ],
    ]);
  });

  it.each([
    ['字数（千字）', [1.5, 0.8]],
    ['字数', [1.5]],
  ])('not under %s with %j', (head, lengths) => {
    expect(read(head, lengths)).toEqual([]);
  });

  it('a few among lengths in 字 (2.5 for 2,500 字): the rows named (audit s37 I1)', () => {
    expect(read('字数', [1500, 800, 2.5, 1200, 3]).map((n) => [n.row, n.message])).toEqual([
      [
        4,
        '「字数」列第4、6行的数小于10（如第4行“2.5”），其他行是字数（如第2行“1500”）：像是以千字为单位，却按2.5字读取，字数加倍的规则用不上；如是2500字，请填写2500',
      ],
    ]);
  });

  it('one row in 字 among a column in 千字 no longer hides it (audit s37 I1)', () => {
    expect(read('字数', [1.5, 0.8, 2.5, 1500, 1.1]).map((n) => n.message)).toEqual([
      '「字数」列的数多数小于10（如第2行“1.5”），像是以千字为单位，却按字数读取，字数加倍的规则用不上；第5行却是字数（如第5行“1500”）：请统一单位，千字请把表头改为“字数（千字）”',
    ]);
  });
});
