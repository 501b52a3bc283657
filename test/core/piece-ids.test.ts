// Piece ids (issue 15): one title shared by several units is one piece per unit, numbered in order of first sight.
import { describe, expect, it } from 'vitest';
import { pieceIds } from '../../src/core/credit';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid } from '../helpers/ledger';

describe('piece ids', () => {
  it('a title several units use is a piece per unit, in order of first sight', () => {
    const row = (unit: string, title: string) => adoption({ 单位: unit, 标题: title });
    const grid = ledgerGrid([
      row('峡窝镇党委', '甲'),
      row('五云山街道党工委', '甲'),
      row('峡窝镇党委', '乙'),
      row('区直机关工委', '甲'),
      row('五云山街道党工委', '《甲》'),
      row('峡窝镇党委', '甲'),
      row('区直机关工委', '甲'),
      row('峡窝镇党委', ''),
      row('五云山街道党工委', '乙'),
    ]);
    const ids = pieceIds(scoreLedger(parseLedger(grid), presetRules('上街区')));
    expect([...ids.rowPiece]).toEqual([0, 1, 2, 3, 1, 0, 3, 4, 5]);
    expect(ids.pieces).toBe(6);
  });
});
