// A merge in a data row is filled only down its first column (sweep s24b F5): 备注 merged over the empty
// 调整分 and 调整理由 beside it (K4:M4) leaves them empty, as the user sees them; 单位 typed once and merged
// down over a unit's rows still belongs to each row. The add-on's reading (sheets/mergedCells) agrees.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillMerges } from '../../src/sheets/mergedCells';
import { ROOT, zugong } from './helpers';

describe('a merge across a data row', () => {
  it('the command line reads 备注 merged over 调整分 and 调整理由 as a note, not a 调整分', () => {
    const r = zugong([
      'report',
      join(ROOT, 'test', 'fixtures', 's24b', 'merged_note.xlsx'),
      '--json',
      '--as-of',
      '2024-12-31',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { rows: { row: number; issues: string[]; points: number }[] };
    const row4 = json.rows.find((x) => x.row === 4);
    expect(row4?.points).toBe(3);
    expect(row4?.issues.join('\n')).not.toContain('调整分');
    expect(r.stderr).not.toContain('同稿被多家媒体采用');
  });

  it('the add-on fills a data merge down its first column only; the header keeps its handling', () => {
    const grid = [
      ['标题', '单位', '备注', '调整分', '调整理由'],
      ['稿一', '峡窝镇党委', '同稿被多家媒体采用', '', ''],
      ['稿二', '', '', '', ''],
    ];
    const filled = fillMerges(
      grid,
      [
        { row: 2, col: 2, rows: 2, cols: 1 },
        { row: 2, col: 3, rows: 2, cols: 3 },
      ],
      2,
    );
    expect(filled).toHaveLength(2);
    expect(grid).toEqual([
      ['标题', '单位', '备注', '调整分', '调整理由'],
      ['稿一', '峡窝镇党委', '同稿被多家媒体采用', '', ''],
      ['稿二', '峡窝镇党委', '同稿被多家媒体采用', '', ''],
    ]);
  });
});
