// A CSV exported with LibreOffice's "save cell formulas" holds the formulas' text, not their results (sweep
// S17a F7: 46 units named =C4, =C31 … in the ranking). Such a cell is a formula saved without its result;
// text a person typed that starts with = stays text.
import { describe, expect, it } from 'vitest';
import { formulaCells, isFormulaText } from '../../src/cli/csv';
import { UNCALCULATED } from '../../src/core/text';

describe('a CSV cell that is a formula', () => {
  it.each([
    '=C4',
    '=$C$4',
    '=W2*1',
    '{=W63*1}',
    '=SUM(K2:K9)',
    '=sum(k2:k9)',
    '=VLOOKUP(C4,单位!A:B,2,0)',
    "=VLOOKUP(C4,'单位表'!$A$2:$B$40,2,FALSE)",
    '=IF(K2>1000,"是","")',
    '=IF(ISBLANK(J2),"报送","录用")',
    '=TODAY()',
    '=IFERROR(VLOOKUP(G2;媒体!A:C;3;0);"")',
    '=Sheet1!C4',
    '=ROUND(1257,0)',
    '=G2&"（转载）"',
    '=-C4',
    '=VLOOKUP(C4;$单位.$A$2:$B$40;2;0)',
    '=Sheet1.C4',
    '=IF(K2=#N/A,0,K2)',
  ])('%j is', (text) => {
    expect(isFormulaText(text)).toBe(true);
  });

  it.each([
    '=',
    '==',
    '=无',
    '=同上',
    '=同上!',
    '=单位名称',
    '=1+1',
    '=2024-03-05',
    '=SUM(',
    '=SUM(K2:K9))',
    '=C4 同上',
    '=IF(K2>1,"是)',
    "='单位'C4",
    'C4',
    ' =C4',
    '{=C4',
    '={C4}',
    '关于=C4',
  ])('%j is not', (text) => {
    expect(isFormulaText(text)).toBe(false);
  });

  it('the formula cells read as saved without results: how many and the first one', () => {
    const grid = [
      ['标题', '单位', '字数', '备注'],
      ['稿一', '峡窝镇党委', '1257', '=无'],
      ['稿二', '=B2', '=ROUND(1199,0)', '='],
    ];
    expect(formulaCells(grid)).toEqual({ count: 2, row: 3, col: 2, text: '=B2' });
    expect(grid).toEqual([
      ['标题', '单位', '字数', '备注'],
      ['稿一', '峡窝镇党委', '1257', '=无'],
      ['稿二', UNCALCULATED, UNCALCULATED, '='],
    ]);
    expect(formulaCells([['标题'], ['=无']])).toBeNull();
  });
});
