// 版面 pages and dated 标签 ties through the command line (sweep S21c F1, O1, F5): a ledger's 第1版, A1, 一版 …
// take the 计分 头版 row in an .xlsx and in a CSV with --rules; a 头版头条 takes 头版's 分值 and its own ×;
// an undated and a dated 计分 row one outlet matches through two 标签 give the larger, told.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';
import { d, ledgerGrid, tempDir, writeXlsx, zugong } from './helpers';

interface Json {
  rows: { row: number; points: number; why: string }[];
  meta: { notices: string[] };
}

const row = (title: string, placement: string, outlet = '郑州日报', date = '2024-03-10') => ({
  标题: title,
  作者: '王芳',
  单位: '峡窝镇党委',
  类别: '动态信息',
  媒体: outlet, // 郑州日报 is 市级 in the 上街区 preset: 录用 5 points; 河南组工信息 省级
  采用方式: '录用',
  录用日期: d(date),
  字数: 800,
  版面: placement,
});

/** The preset's table with rows added (cells in its header order). */
function withRows(name: '计分' | '系数', rows: (string | number)[][]): Grid {
  const grid = rulesToGrids(presetRules('上街区'))[name] as Grid;
  const header = grid[0] as string[];
  return [...grid, ...rows.map((r) => header.map((_, k) => r[k] ?? ''))];
}

function report(args: string[]): Json {
  const run = zugong(['report', ...args, '--json', '--period', '2024', '--as-of', '2024-12-31']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Json;
}

const placementRules = () => ({
  计分: withRows('计分', [['录用', '市级', '', '', '头版', 8]]),
  系数: withRows('系数', [['头条加倍', '版面', '头版头条', 1.5, '录用', '版面']]),
});

describe('the front page as offices write it, against a 计分 头版 row (F1, O1)', () => {
  it('.xlsx: 第1版, A1, 一版, 第１版, A1版（头版）, a1版 take 8; 头版头条 8 ×1.5; B1 and 第3版 5; nothing told', async () => {
    const dir = tempDir();
    const path = join(dir, 'ledger.xlsx');
    const cells = ['第1版', 'A1', '一版', '第１版', 'A1版（头版）', 'a1版', '头版头条', 'B1', '第3版'];
    await writeXlsx(path, {
      稿件台账: ledgerGrid(cells.map((c, k) => row(`稿${k}`, c))),
      ...placementRules(),
    });
    const j = report([path]);
    expect(j.rows.map((r) => r.points)).toEqual([8, 8, 8, 8, 8, 8, 12, 5, 5]);
    expect(j.rows[6].why).toBe('市级录用 8 ×1.5（头条加倍） = 12');
    expect(j.meta.notices.filter((n) => n.includes('版面'))).toEqual([]);
  });

  it('CSV with --rules: 第1版 and A1 take the 头版 row as 头版 does', async () => {
    const dir = tempDir();
    const rules = join(dir, 'rules.xlsx');
    await writeXlsx(rules, placementRules());
    const csv = join(dir, 'ledger.csv');
    const lines = [
      '标题,作者,单位,类别,媒体,采用方式,录用日期,字数,版面',
      '一,王芳,峡窝镇党委,动态信息,郑州日报,录用,2024-03-10,800,头版',
      '二,王芳,峡窝镇党委,动态信息,郑州日报,录用,2024-03-11,800,第1版',
      '三,王芳,峡窝镇党委,动态信息,郑州日报,录用,2024-03-12,800,A1',
      '四,王芳,峡窝镇党委,动态信息,郑州日报,录用,2024-03-13,800,A1版头条',
    ];
    writeFileSync(csv, `\uFEFF${lines.join('\n')}\n`);
    const j = report([csv, '--rules', rules]);
    expect(j.rows.map((r) => [r.row, r.points])).toEqual([
      [2, 8],
      [3, 8],
      [4, 8],
      [5, 12],
    ]);
  });
});

describe('an undated and a dated 计分 row one outlet matches through two 标签 (F5)', () => {
  it('the larger 12 applies on both sides of the date, and the notice says from when both apply', async () => {
    const dir = tempDir();
    const path = join(dir, 'ledger.xlsx');
    await writeXlsx(path, {
      稿件台账: ledgerGrid([
        row('甲', '', '河南组工信息', '2023-12-20'),
        row('乙', '', '河南组工信息', '2024-03-10'),
      ]),
      计分: withRows('计分', [
        ['录用', '省级', '', '省组工信息', '', 12, ''],
        ['录用', '省级', '', '组工信息', '', 11, '2024-01-01'],
      ]),
    });
    const j = zugong(['report', path, '--json', '--as-of', '2024-12-31']);
    expect(j.code).toBe(0);
    const out = JSON.parse(j.stdout) as Json;
    expect(out.rows.map((r) => r.points)).toEqual([12, 12]);
    expect(out.meta.notices.filter((n) => n.includes('同时适用'))).toEqual([
      '「计分」表第14行（标签“省组工信息”，12分）和第15行（标签“组工信息”，11分）自2024-01-01起同时适用于媒体“河南组工信息”的录用×省级稿件（两个标签都有），按较大的12分计',
    ]);
  });
});
