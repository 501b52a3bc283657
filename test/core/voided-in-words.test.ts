// A piece the office voided in words where 核定 does not say it (audit s35 D4): 备注 作废 / 已撤稿 / 重复报送，不计分, a
// 是否有效 column saying 否, an 审核意见 column saying 不计分 beside a blank 核定. The row still scores (核定 decides),
// but a notice names the column and rows: before, nothing was said unless the ledger had no 核定 column at all.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import type { Cell } from '../../src/core/types';

const DAY = new Date(2024, 2, 5);

function notices(header: string[], rows: Cell[][]): string[] {
  const parsed = parseLedger([header, ...rows], { year: 2024 });
  return (parsed.notices ?? []).filter((n) => n.code === 'verdict-unread').map((n) => n.message);
}

describe('a void written where 核定 does not say it', () => {
  it.each(['作废', '此稿已作废', '已撤稿', '撤回', '本稿无效', '重复报送，不计分'])(
    '备注 %s, 核定 blank: said',
    (word) => {
      expect(
        notices(
          ['标题', '单位', '媒体', '录用日期', '核定', '备注'],
          [
            ['甲', '办公室', '人民日报', DAY, '', '约稿'],
            ['乙', '办公室', '人民日报', DAY, '', word],
          ],
        ),
      ).toEqual([
        `F列「备注」第3行写有“${word}”，但这些行的「核定」为空，照常计分；如不应计分，请在「核定」填“不计分”`,
      ]);
    },
  );

  it('a row whose 核定 says it already, and notes that only mention a word, are not said', () => {
    expect(
      notices(
        ['标题', '单位', '媒体', '录用日期', '核定', '备注'],
        [
          ['甲', '办公室', '人民日报', DAY, '不计分', '作废'],
          ['乙', '办公室', '人民日报', DAY, '', '撤稿重发后录用'],
          ['丙', '办公室', '人民日报', DAY, '', '链接无效请补'],
        ],
      ),
    ).toEqual([]);
  });

  it('是否有效 否 and 审核意见 不计分 beside a blank 核定 column: said, each with its rows', () => {
    expect(
      notices(
        ['标题', '单位', '媒体', '录用日期', '核定', '是否有效', '审核意见'],
        [
          ['甲', '办公室', '人民日报', DAY, '', '否', ''],
          ['乙', '办公室', '人民日报', DAY, '', '是', '不计分'],
        ],
      ),
    ).toEqual([
      'F列「是否有效」第2行写有“否”，但这些行的「核定」为空，照常计分；如不应计分，请在「核定」填“不计分”',
      'G列「审核意见」第3行写有“不计分”，但这些行的「核定」为空，照常计分；如不应计分，请在「核定」填“不计分”',
    ]);
  });
});
