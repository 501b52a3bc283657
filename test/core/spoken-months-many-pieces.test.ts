// A piece's rows naming a 报送对象 in another month than its first are noted while scoring (score.ts
// otherMonths). The list starts small and is widened: past 2,048 such pieces every piece still reads as one
// alone does: an adoption row with no 报送对象 sent in the month another row of its piece was sent is not told
// 未填报送对象.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

const TOWN = '峡窝镇党委'; // 每月向区委组织部报送

/** Sent in March and again in April, adopted with no 报送对象 and April's 报送日期. */
function piece(title: string): RowSpec[] {
  return [
    submission({ 单位: TOWN, 标题: title, 报送对象: '区委组织部', 报送日期: '2024-03-01' }),
    submission({ 单位: TOWN, 标题: title, 报送对象: '市委组织部', 报送日期: '2024-04-02' }),
    adoption({ 单位: TOWN, 标题: title, 报送对象: '', 报送日期: '2024-04-02', 录用日期: '2024-04-10' }),
  ];
}

function issues(rows: RowSpec[]): string[][] {
  return scoreLedger(parseLedger(ledgerGrid(rows)), presetRules('上街区')).rows.map((r) => r.issues);
}

describe('pieces sent in a second month, many of them', () => {
  const alone = issues(piece('稿件0'));

  it('one such piece: its adoption row, sent in April as its April row was, is not told 未填报送对象', () => {
    expect(alone[2].filter((m) => m.startsWith('未填报送对象'))).toEqual([]);
  });

  it('3,000 such pieces: each reads as the piece alone does', () => {
    const many = issues(Array.from({ length: 3000 }, (_, k) => piece(`稿件${k}`)).flat());
    const differing = [];
    for (let k = 0; k < 3000; k++)
      for (let j = 0; j < 3; j++)
        if (JSON.stringify(many[3 * k + j]) !== JSON.stringify(alone[j])) differing.push(3 * k + j + 2);
    expect(differing.slice(0, 5)).toEqual([]);
  });
});
