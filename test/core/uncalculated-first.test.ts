import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { UNCALCULATED } from '../../src/core/text';

// The row reader notices a formula without its result while reading the cells: its message still comes first.
describe('formula cells without a result', () => {
  it('are said first, in column order, before the row’s other issues, and block the row', () => {
    const grid = [
      ['标题', '单位', '级别', '录用日期', '字数', '媒体'],
      ['', '组织科', UNCALCULATED, '2024-03-05', UNCALCULATED, '人民日报'],
      ['题', '组织科', '', UNCALCULATED, '', ''],
    ];
    const [a, b] = parseLedger(grid).rows;
    expect(a.blocked).toBe(true);
    expect(a.issues[0]).toMatch(/^级别是公式/);
    expect(a.issues[1]).toMatch(/^字数是公式/);
    expect(a.issues.slice(2)).toContain('缺少标题');
    expect(b.blocked).toBe(true);
    expect(b.issues[0]).toMatch(/^录用日期是公式/);
    // No second issue quoting the placeholder as the cell's text (录用日期“#公式无结果”不是有效日期, re-sweep S19o N6).
    expect(b.issues).toHaveLength(1);
  });
});
