// 生成通报 replaces only the tabs it wrote (sweep s12 #6): an office's own 通报 2024 is kept under another
// name and said; the notes an office typed beside 待核实 stay with their rows on the next generation.
import { describe, expect, it } from 'vitest';
import { GENERATED_KEY } from '../../src/addon/appsWorkbook';
import { generateReport } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import type { Result } from '../../src/addon/sidebar/types';
import { useFakeApps } from '../fakes/useFakeApps';
import { adoption, ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org' });

const ROWS = [
  adoption({ 标题: '甲稿', 单位: '峡窝镇党委' }),
  adoption({ 标题: '乙稿', 单位: '组织科', 媒体: '不存在的报纸' }),
  adoption({ 标题: '丙稿', 单位: '组织科', 媒体: '另一家小报' }),
];

function setUp(): void {
  runSetup();
  const ledger = fake.apps.spreadsheet._sheet('稿件台账')!;
  ledgerGrid(ROWS)
    .slice(1)
    .forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== '') ledger._cell(r + 2, c + 1, true)!.v = v as never;
      });
    });
}

function ok<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('生成通报 and the tabs an office made', () => {
  it('an own tab named 通报 2024 is kept as 通报 2024（原表）, said in the notices', () => {
    setUp();
    const own = fake.apps.spreadsheet.insertSheet('通报 2024');
    own.getRange(1, 1).setValue('办公室手写的2024年通报定稿，勿删');
    const r = ok(generateReport('2024'));
    expect(fake.apps.spreadsheet._sheet('通报 2024（原表）')!._grid()[0][0]).toBe(
      '办公室手写的2024年通报定稿，勿删',
    );
    expect(r.notices).toContain(
      '原有的「通报 2024」表不是本工具生成的，已改名为「通报 2024（原表）」保留，未删除；新生成的内容写入「通报 2024」。',
    );
    expect(fake.apps.spreadsheet._sheet('通报 2024')!._metadata.map((m) => m.key)).toEqual([GENERATED_KEY]);
    // The next generation replaces its own tab and leaves the kept one alone.
    const again = ok(generateReport('2024'));
    expect(again.notices.filter((n) => n.includes('原表'))).toEqual([]);
    expect(fake.apps.spreadsheet._sheets.filter((s) => s._name.startsWith('通报 2024（原表）'))).toHaveLength(
      1,
    );
  });

  it('notes the office typed beside 待核实 stay on their rows; notes of rows no longer listed follow the list', () => {
    setUp();
    ok(generateReport('2024'));
    const issues = fake.apps.spreadsheet._sheet('待核实')!;
    const grid = issues._grid();
    const head = grid.findIndex((r) => r[0] === '行号');
    const rowOf = (title: string) => grid.findIndex((r) => r[2] === title) + 1;
    expect(rowOf('乙稿')).toBeGreaterThan(head + 1);
    issues.insertColumnsAfter(issues.getMaxColumns(), 1);
    const extraCol = 5;
    issues.getRange(head + 1, extraCol).setValue('处理情况');
    issues.getRange(rowOf('乙稿'), extraCol).setValue('已电话核实');
    issues.getRange(rowOf('丙稿'), extraCol).setValue('已改媒体名');
    // 丙稿 is corrected in the ledger (its 媒体 now one the 媒体 table knows).
    const ledger = fake.apps.spreadsheet._sheet('稿件台账')!;
    ledger._cell(4, 7, true)!.v = '郑州日报' as never;
    ok(generateReport('2024'));
    const after = fake.apps.spreadsheet._sheet('待核实')!._grid();
    const h = after.findIndex((r) => r[0] === '行号');
    expect(after[h].slice(0, 5)).toEqual(['行号', '单位', '标题', '问题', '处理情况']);
    const yi = after.find((r) => r[2] === '乙稿' && r[0] === 3)!;
    expect(yi[4]).toBe('已电话核实');
    const rest = after.findIndex(
      (r) => r[0] === '以下各行上次列出、本次已不在待核实中，办公室所填内容保留如下：',
    );
    expect(rest).toBeGreaterThan(h);
    expect(after[rest + 1][2]).toBe('丙稿');
    expect(after[rest + 1][4]).toBe('已改媒体名');
  });

  it('notes typed in a column the office put inside the list, or before a year tab was added, stay on their rows', () => {
    setUp();
    ok(generateReport('2024'));
    const issues = fake.apps.spreadsheet._sheet('待核实')!;
    const grid = issues._grid();
    const head = grid.findIndex((r) => r[0] === '行号');
    expect(grid[head].slice(0, 4)).toEqual(['行号', '单位', '标题', '问题']);
    // The office inserts 处理情况 between 标题 and 问题.
    issues.insertColumnsAfter(3, 1);
    issues.getRange(head + 1, 4).setValue('处理情况');
    const yi = grid.findIndex((r) => r[2] === '乙稿') + 1;
    issues.getRange(yi, 4).setValue('已电话核实');
    // Last year's rows are then kept on a tab of their own: 待核实 gains a 工作表 column.
    const lastYear = fake.apps.spreadsheet.insertSheet('2023年');
    lastYear.getRange(1, 1, 2, 3).setValues([
      ['标题', '单位', '录用日期'],
      ['旧稿', '峡窝镇党委', new Date(2023, 4, 6)],
    ]);
    ok(generateReport('2024'));
    const after = fake.apps.spreadsheet._sheet('待核实')!._grid();
    const h = after.findIndex((r) => r[1] === '行号');
    expect(after[h].slice(0, 6)).toEqual(['工作表', '行号', '单位', '标题', '问题', '处理情况']);
    const row = after.find((r) => r[3] === '乙稿')!;
    expect(row[0]).toBe('稿件台账');
    expect(row[5]).toBe('已电话核实');
  });
});
