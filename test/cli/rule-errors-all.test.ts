// Several bad cells in the rule tables: the command line and 生成通报 list every one (tab, row, column),
// not the first with 另有N处, so an office fixes its rule workbook in one round (audit s28 F5). Past 50
// the list stops with ……另有N处. Custom-function cells keep the one-line form.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleErrorList, ruleErrorText } from '../../src/core/index';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import type { Grid, RuleError } from '../../src/core/types';
import { ROOT, reportIn, tempDir, writeXlsx } from './helpers';

const EXAMPLE = join(ROOT, 'examples', '上街区-2024.xlsx');

/** The preset's 计分 table with the 分值 of the given data rows (sheet rows) made text. */
function points(bad: number[], extra = 0): Grid {
  const grid = rulesToGrids(presetRules('上街区')).计分!.map((r) => [...r]);
  const at = (grid[0] as string[]).indexOf('分值');
  for (let i = 0; i < extra; i++) grid.push(['录用', '区县级', '', `标签${i}`, '', 1, '', '']);
  for (const row of bad) grid[row - 1][at] = `待定${row}`;
  return grid;
}

describe('every bad rule cell on the command line', () => {
  it('three bad 分值 cells: all three named, each with its tab, row and column', async () => {
    const file = join(tempDir(), 'rules.xlsx');
    await writeXlsx(file, { 计分: points([3, 5, 8]) });
    const r = await reportIn(['report', EXAMPLE, '--rules', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    for (const row of [3, 5, 8])
      expect(r.stderr).toContain(`规则文件 ${file} 中「计分」表第${row}行「分值」应为数字，现为“待定${row}”`);
    expect(r.stderr).not.toContain('另有');
    expect(r.stderr).toContain('规则表有误，暂不计分，共3处');
  });

  it('sixty bad cells: fifty listed, then ……另有10处', async () => {
    const file = join(tempDir(), 'rules.xlsx');
    const rows = Array.from({ length: 60 }, (_, i) => i + 2);
    await writeXlsx(file, { 计分: points(rows, 50) });
    const r = await reportIn(['report', EXAMPLE, '--rules', file]);
    expect(r.code).toBe(1);
    const listed = r.stderr.split('\n').filter((l) => l.includes('「分值」应为数字'));
    expect(listed).toHaveLength(50);
    expect(r.stderr).toContain('第51行「分值」');
    expect(r.stderr).not.toContain('第52行「分值」');
    expect(r.stderr.trim().endsWith('……另有10处')).toBe(true);
  });
});

describe('ruleErrorList, the one listing', () => {
  const errors: RuleError[] = [1, 2, 3].map((i) => ({
    table: '计分',
    row: i + 1,
    column: '分值',
    message: `「计分」表第${i + 1}行「分值」应为数字`,
  }));

  it('one error reads as before; several are listed one a line', () => {
    expect(ruleErrorList(errors.slice(0, 1))).toBe('规则表有误，暂不计分：「计分」表第2行「分值」应为数字');
    expect(ruleErrorList(errors)).toBe(
      '规则表有误，暂不计分，共3处：\n「计分」表第2行「分值」应为数字\n「计分」表第3行「分值」应为数字\n「计分」表第4行「分值」应为数字',
    );
  });

  it('a cell keeps the short form', () => {
    expect(ruleErrorText(errors)).toBe('规则表有误，暂不计分：「计分」表第2行「分值」应为数字（另有2处）');
  });
});
