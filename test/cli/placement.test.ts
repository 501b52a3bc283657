// 版面 as an office writes it, through the command line (audit S20w F9, F10): a note, a joiner or full width
// in the ledger's 版面 still takes the 系数 of its rule; a near miss is a notice naming the tab, column and rows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';
import { d, ledgerGrid, tempDir, writeXlsx, zugong } from './helpers';

interface Json {
  rows: { row: number; points: number }[];
  meta: { notices: string[] };
}

const row = (title: string, placement: string) => ({
  标题: title,
  作者: '王芳',
  单位: '峡窝镇党委',
  类别: '动态信息',
  媒体: '郑州日报', // 市级 in the 上街区 preset: 录用 5 points
  采用方式: '录用',
  录用日期: d('2024-03-10'),
  字数: 800,
  版面: placement,
});

/** The preset's table with rows added (cells in its header order). */
function withRows(name: '计分' | '系数', rows: string[][]): Grid {
  const grid = rulesToGrids(presetRules('上街区'))[name] as Grid;
  const header = grid[0] as string[];
  return [...grid, ...rows.map((r) => header.map((_, k) => r[k] ?? ''))];
}

function report(args: string[]): Json {
  const run = zugong(['report', ...args, '--json', '--period', '2024', '--as-of', '2024-12-31']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Json;
}

describe('版面 in an .xlsx ledger against a 系数 版面 row', () => {
  it('头版头条（A1版）, 头版、头条, 头版 头条 and １版头条 take ×2; 2版头条 is told, 第3版 is not', async () => {
    const dir = tempDir();
    const path = join(dir, 'ledger.xlsx');
    await writeXlsx(path, {
      稿件台账: ledgerGrid([
        row('一', '头版头条（A1版）'),
        row('二', '头版、头条'),
        row('三', '头版 头条'),
        row('四', '２版头条'),
        row('五', '第3版'),
        row('六', '２版头条'),
        row('七', '１版头条'), // 1版 is 头版 (sweep S21c F1)
      ]),
      系数: withRows('系数', [['头版头条', '版面', '头版头条', '2', '录用', '版面']]),
    });
    const j = report([path]);
    expect(j.rows.map((r) => [r.row, r.points])).toEqual([
      [2, 10],
      [3, 10],
      [4, 10],
      [5, 5],
      [6, 5],
      [7, 5],
      [8, 10],
    ]);
    const told = j.meta.notices.filter((n) => n.includes('版面'));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(
      /^「稿件台账」表：[A-Z]+列「版面」中的“２版头条”（第5、7行）不是计分规则中的版面（头版头条），未按版面计分$/,
    );
  });
});

describe('a CSV ledger with --rules whose 计分 版面 has a space', () => {
  it('头版 头条 in 计分 scores the ledger’s 头版头条', async () => {
    const dir = tempDir();
    const rules = join(dir, 'rules.xlsx');
    await writeXlsx(rules, { 计分: withRows('计分', [['录用', '市级', '', '', '头版 头条', '8']]) });
    const csv = join(dir, 'ledger.csv');
    const lines = [
      '标题,作者,单位,类别,媒体,采用方式,录用日期,字数,版面',
      '一,王芳,峡窝镇党委,动态信息,郑州日报,录用,2024-03-10,800,头版头条',
      '二,王芳,峡窝镇党委,动态信息,郑州日报,录用,2024-03-11,800,二版',
    ];
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const j = report([csv, '--rules', rules]);
    expect(j.rows.map((r) => [r.row, r.points])).toEqual([
      [2, 8],
      [3, 5],
    ]);
  });
});
