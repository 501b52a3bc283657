// A name written twice in 作者, through the command line (audit S21a F1, cases c01 and c07): 王芳、王芳 and
// 王芳、王芳、李四 give what 王芳 and 王芳、李四 give (each row's 计任务, each person's credit, points and 每人
// 指标), with a note on the row; a name repeated across rows is untouched.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/types';
import { d, ledgerGrid, tempDir, writeXlsx, zugong } from './helpers';

interface Json {
  rows: {
    row: number;
    points: number;
    credit: number[];
    taskCredit: number;
    authors: string[];
    issues: string[];
  }[];
  people: { person: string; credit: number; points: number; indicators: { name: string; value: number }[] }[];
  teams: { unit: string; value: number }[];
}

const UNITS: Grid = [
  ['单位', '类型'],
  ['组织科', '部机关科室'],
  ['干部科', '部机关科室'],
];
const PEOPLE: Grid = [
  ['姓名', '单位'],
  ['王芳', '组织科'],
  ['李四', '组织科'],
  ['赵六', '组织科'],
];

/** 南通日报 is 市级 in the 部机关 preset: 录用 5 points, one 市级以上录用 (每人) per 计任务. */
const piece = (title: string, authors: string) => ({
  标题: title,
  作者: authors,
  单位: '组织科',
  类别: '动态信息',
  媒体: '南通日报',
  采用方式: '录用',
  录用日期: d('2024-03-10'),
  字数: 800,
});

async function report(authors: string[]): Promise<Json> {
  const path = join(tempDir(), 'ledger.xlsx');
  await writeXlsx(path, {
    稿件台账: ledgerGrid(authors.map((a, k) => piece(`稿${k + 1}`, a))),
    单位: UNITS,
    人员: PEOPLE,
  });
  const run = zugong([
    'report',
    path,
    '--preset',
    '部机关',
    '--json',
    '--period',
    '2024',
    '--as-of',
    '2024-12-31',
  ]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Json;
}

/** Each row: [authors, credit, 计任务, points, issues]. */
const rows = (j: Json) => j.rows.map((r) => [r.authors, r.credit, r.taskCredit, r.points, r.issues]);

/** Each person: [name, credit, points, 市级以上录用]. */
const people = (j: Json) =>
  j.people.map((p) => [
    p.person,
    p.credit,
    p.points,
    p.indicators.find((i) => i.name === '市级以上录用')?.value,
  ]);

describe('a name written twice in 作者 is one author (--json)', () => {
  it('王芳、王芳 → 王芳 1; 王芳、王芳、李四 → 王芳 0.5, 李四 0.5; the row says so, and no 只计前两人', async () => {
    const [j, twin] = await Promise.all([
      report(['王芳、王芳', '王芳、王芳、李四', '赵六']),
      report(['王芳', '王芳、李四', '赵六']),
    ]);
    const note = '作者“王芳”填了两次，按一人计';
    expect(rows(j)).toEqual([
      [['王芳'], [1], 1, 5, [note]],
      [['王芳', '李四'], [0.5, 0.5], 0.5, 5, [note]],
      [['赵六'], [1], 1, 5, []],
    ]);
    expect(rows(twin)).toEqual([
      [['王芳'], [1], 1, 5, []],
      [['王芳', '李四'], [0.5, 0.5], 0.5, 5, []],
      [['赵六'], [1], 1, 5, []],
    ]);
    // Every person's 计任务, points and 每人 指标 as the clean twin's (市级以上录用 1.5 → 2 at year end).
    expect(people(j)).toEqual(people(twin));
    expect(people(j)).toEqual([
      ['王芳', 1.5, 7.5, 2],
      ['赵六', 1, 5, 1],
      ['李四', 0.5, 2.5, 1],
    ]);
    expect(j.teams).toEqual(twin.teams);
  });

  it('a name on several rows is untouched: 王芳 on three rows is 3 计任务, nothing said', async () => {
    const j = await report(['王芳', '王芳', '王芳']);
    expect(rows(j)).toEqual([
      [['王芳'], [1], 1, 5, []],
      [['王芳'], [1], 1, 5, []],
      [['王芳'], [1], 1, 5, []],
    ]);
    expect(people(j).filter((p) => p[1] !== 0)).toEqual([['王芳', 3, 15, 3]]);
  });
});
