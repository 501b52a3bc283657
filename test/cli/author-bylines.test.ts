// 作者 as a byline, through the command line (audit S21c F2 a07, F3 a21/a18, F4 a09/a12/a23): each spelling gives
// what its clean twin 潘平、蒋桂然 gives (each row's authors and 计任务, each person's credit and points), with the
// notice a guess (及) or a drop (等人) owes; no joiner or role word is ever a person.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  people: { person: string; credit: number; points: number }[];
  meta: { noticeDetails: { code: string; message: string }[] };
}

/** 南通日报 is 市级 in the 部机关 preset: 录用 5 points. */
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
  await writeXlsx(path, { 稿件台账: ledgerGrid(authors.map((a, k) => piece(`稿${k + 1}`, a))) });
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

const rows = (j: Json) => j.rows.map((r) => [r.authors, r.credit, r.taskCredit, r.points, r.issues]);
const people = (j: Json) => j.people.map((p) => [p.person, p.credit, p.points]);
const notices = (j: Json, code: string) =>
  j.meta.noticeDetails.filter((n) => n.code === code).map((n) => n.message);

describe('bylines read as 潘平、蒋桂然 (--json)', () => {
  it('及 (F2), 等人 and 通讯员： (F3), 潘平 和 蒋桂然, 文/ 图/ and 本报记者 … 通讯员 (F4)', async () => {
    const bylines = [
      '潘平及蒋桂然',
      '潘平、蒋桂然等人',
      '通讯员：潘平、蒋桂然',
      '潘平 和 蒋桂然',
      '文/潘平 图/蒋桂然',
      '本报记者 潘平 通讯员 蒋桂然',
    ];
    const [j, twin] = await Promise.all([report(bylines), report(bylines.map(() => '潘平、蒋桂然'))]);
    expect(rows(j)).toEqual(rows(twin));
    expect(rows(j)[0]).toEqual([['潘平', '蒋桂然'], [0.5, 0.5], 0.5, 5, []]);
    expect(people(j)).toEqual(people(twin));
    expect(people(j).map((p) => p[0])).not.toContain('和');
    expect(notices(j, 'authors-joined')).toEqual([
      '「稿件台账」表：第2、5行作者中的“和”“与”“及”已按连接两位作者读取（“潘平及蒋桂然”读作“潘平、蒋桂然”，“潘平 和 蒋桂然”读作“潘平、蒋桂然”）；如是一人的姓名，请在「人员」表中列出，多位作者之间请用“、”分隔',
    ]);
    expect(notices(j, 'authors-etc')).toEqual([
      '「稿件台账」表：第3行作者以“等”结尾：已去掉“等”，只按列出的作者计任务',
    ]);
  });
});
