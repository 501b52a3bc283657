// A CSV cell holding a formula's text of numbers only (=790+10, as LibreOffice exports a formula with
// 保存单元格公式 ticked) is a formula saved without its result like =I2 or =SUM(1190,10): the same row issue,
// counted in the same notice (sweep s24b F6). In a text column (标题, 作者, 备注) such text stays text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formulaCells } from '../../src/cli/csv';
import { UNCALCULATED } from '../../src/core/text';
import { ROOT, zugong } from './helpers';

describe('formula text of numbers only in a CSV', () => {
  it('is a formula in a column of numbers or dates, text in a text column', () => {
    const grid = [
      ['标题', '作者', '字数', '报送日期', '备注'],
      ['=1+1', '=3', '=790+10', '=2024-03-05', '=10'],
    ];
    expect(formulaCells(grid)).toEqual({ count: 2, row: 2, col: 3, text: '=790+10' });
    expect(grid[1]).toEqual(['=1+1', '=3', UNCALCULATED, UNCALCULATED, '=10']);
  });

  it('the command line holds each such row and counts every one in the notice', () => {
    const r = zugong([
      'report',
      join(ROOT, 'test', 'fixtures', 's24b', 'csv_formula_text.csv'),
      '--json',
      '--as-of',
      '2024-12-31',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { rows: { row: number; issues: string[] }[] };
    for (const row of [2, 3, 4]) {
      const issues = json.rows.find((x) => x.row === row)?.issues.join('\n') ?? '';
      expect(issues).toContain('字数是公式，但文件中没有保存它的计算结果');
      expect(issues).not.toContain('不是数字');
    }
    expect(r.stderr).toContain('有 3 个单元格是公式本身，不是它的计算结果（如第2行 I 列“=790+10”）');
  });
});
