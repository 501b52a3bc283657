// A tab is the add-on's only when it carries the add-on's mark, or holds exactly what a version before the
// mark wrote (audit S20x F1, F2, F5, F8, F9): an office's own 附件3, 领导看板 or 待核实 under the add-on's name
// is kept and said; the office's formulas and lines on 待核实 survive its rebuild; a refusal by Sheets is
// said in Chinese naming the tab.
import { describe, expect, it } from 'vitest';
import { refreshDashboard } from '../../src/addon/dashboard';
import { moveFormula, OFFICE_LINE } from '../../src/addon/issuesOfficeWork';
import { generateReport } from '../../src/addon/main';
import { GENERATED_KEY } from '../../src/addon/ownTabs';
import { runSetup } from '../../src/addon/setupLedger';
import type { Result } from '../../src/addon/sidebar/types';
import type { FakeSheet } from '../fakes/spreadsheetApp';
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

const tab = (name: string) => fake.apps.spreadsheet._sheet(name);
const names = () => fake.apps.spreadsheet._sheets.map((s) => s._name);
/** A tab as a version before the mark left it: the same cells, no metadata. */
const unmark = (sheet: FakeSheet) => {
  sheet._metadata = [];
};
/** A tab the office made by hand. */
function ownTab(name: string, rows: unknown[][]): FakeSheet {
  const sheet = fake.apps.spreadsheet.insertSheet(name);
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return sheet;
}

describe('附件 tabs of a 通报 that this run does not write (F1, F8)', () => {
  it('an office’s own 通报 <period> 附件3 is kept and said, not deleted', () => {
    setUp();
    ok(generateReport('2024'));
    ownTab('通报 2024 附件3', [
      ['附件3', '各单位经验做法汇总（办公室手工整理）'],
      ['峡窝镇党委', '经验材料三篇'],
    ]);
    const r = ok(generateReport('2024'));
    expect(tab('通报 2024 附件3')!._grid()[1]).toEqual(['峡窝镇党委', '经验材料三篇']);
    expect(r.notices).toContain(
      '「通报 2024 附件3」不是本工具生成的，已保留、未删除；它不属于本次通报，如不需要请自行删除',
    );
  });

  it('a stale 附件 it wrote is still deleted; one Sheets refuses to delete is said in Chinese, naming it', () => {
    setUp();
    ok(generateReport('2024'));
    expect(names()).toContain('通报 2024 附件2');
    const p = tab('通报 2024 附件2')!.protect();
    p.removeEditors(p.getEditors());
    const settings = tab('设置')!;
    const row = settings._grid().findIndex((r) => r[0] === '个人表') + 1;
    settings.getRange(row, 2).setValue('不显示');
    fake.apps.setUser('staff@example.org');
    const r = ok(generateReport('2024'));
    const said = r.notices.filter((n) => n.includes('附件2'));
    expect(said).toEqual([
      '「通报 2024 附件2」未能删除：没有权限修改受保护的内容，请联系表格所有者或「设置」中的管理员；该表不属于本次通报',
    ]);
    expect(said.join('')).not.toMatch(/[A-Za-z]{4,}/);
    // The owner runs it: the marked 附件2 goes.
    fake.apps.setUser('owner@example.org');
    ok(generateReport('2024'));
    expect(names()).not.toContain('通报 2024 附件2');
  });
});

describe('领导看板 (F2)', () => {
  it('an office’s own 领导看板 is kept as 领导看板（原表）, said, and the board goes beside it', () => {
    const own = fake.apps.spreadsheet.insertSheet('领导看板');
    own.getRange(1, 1, 3, 3).setValues([
      ['2024年信息宣传工作领导看板（办公室手工维护）', '', ''],
      ['单位', '分管领导', '联系电话'],
      ['峡窝镇党委', '王书记', 13800000000],
    ]);
    setUp();
    const r = ok(refreshDashboard());
    expect(tab('领导看板（原表）')!._grid()[2]).toEqual(['峡窝镇党委', '王书记', 13800000000]);
    expect(tab('领导看板')!._grid()[0][0]).toMatch(/年组工信息宣传工作领导看板$/);
    expect(r.message).toContain(
      '原有的「领导看板」表不是本工具生成的，已改名为「领导看板（原表）」保留，未删除；新生成的内容写入「领导看板」。',
    );
    // The board it wrote is marked: the next refresh replaces it and keeps no second copy.
    expect(tab('领导看板')!._metadata.map((m) => m.key)).toEqual([GENERATED_KEY]);
    const again = ok(refreshDashboard());
    expect(again.message).not.toContain('原表');
    expect(names().filter((n) => n.startsWith('领导看板'))).toHaveLength(2);
  });

  it('初始化台账’s placeholder and a board written before the mark are replaced; one the office added to is kept', () => {
    setUp();
    expect(tab('领导看板')!._metadata).toEqual([]); // the placeholder
    expect(ok(refreshDashboard()).message).not.toContain('原表');
    unmark(tab('领导看板')!); // as 刷新领导看板 wrote it before the mark
    expect(ok(refreshDashboard()).message).not.toContain('原表');
    expect(names().filter((n) => n.startsWith('领导看板'))).toEqual(['领导看板']);
    // The office writes a line of its own under the board.
    const board = tab('领导看板')!;
    unmark(board);
    const last = board._grid().length;
    board.insertRowsAfter(board.getMaxRows(), 2);
    board.getRange(last + 2, 1).setValue('分管领导批示：请各单位加快进度');
    const r = ok(refreshDashboard());
    expect(r.message).toContain('已改名为「领导看板（原表）」保留');
    expect(tab('领导看板（原表）')!._grid()[last + 1][0]).toBe('分管领导批示：请各单位加快进度');
  });
});

describe('待核实 and 通报 without the mark (F9)', () => {
  it('an office’s own 待核实 titled 待核实稿件（…） is kept as 待核实（原表）, said', () => {
    setUp();
    ownTab('待核实', [
      ['待核实稿件（办公室整理，2024年）', '', '', '', ''],
      ['序号', '单位', '稿件', '情况', '经办人'],
      [1, '峡窝镇党委', '某稿', '录用证明未交', '小王'],
    ]);
    const r = ok(generateReport('2024'));
    expect(tab('待核实（原表）')!._grid()[2]).toEqual([1, '峡窝镇党委', '某稿', '录用证明未交', '小王']);
    expect(r.notices).toContain(
      '原有的「待核实」表不是本工具生成的，已改名为「待核实（原表）」保留，未删除；新生成的内容写入「待核实」。',
    );
  });

  it('tabs exactly as a version before the mark wrote them are replaced; one with a line of the office’s is kept', () => {
    setUp();
    ok(generateReport('2024'));
    const written = names().filter((n) => n.startsWith('通报 2024') || n === '待核实');
    expect(written).toEqual(['通报 2024', '通报 2024 附件1', '通报 2024 附件2', '待核实']);
    for (const n of written) unmark(tab(n)!);
    const r = ok(generateReport('2024'));
    expect(r.notices.filter((n) => n.includes('原表'))).toEqual([]);
    expect(names().filter((n) => n.includes('原表'))).toEqual([]);
    // An unmarked 附件1 and 待核实 with a line typed under the list are not what the old writer wrote.
    const attachment = tab('通报 2024 附件1')!;
    const issues = tab('待核实')!;
    unmark(attachment);
    unmark(issues);
    for (const sheet of [attachment, issues]) {
      const n = sheet._grid().length;
      sheet.insertRowsAfter(sheet.getMaxRows(), 2);
      sheet.getRange(n + 2, 1).setValue('办公室备注：乙稿已电话核实');
    }
    const kept = ok(generateReport('2024'));
    expect(names()).toEqual(expect.arrayContaining(['通报 2024 附件1（原表）', '待核实（原表）']));
    expect(kept.notices.filter((n) => n.includes('原表'))).toHaveLength(2);
  });
});

describe('待核实 rebuilt keeps the office’s work (F5)', () => {
  it('a formula in an added column stays a formula on its row; a line under the list is kept and said', () => {
    setUp();
    ok(generateReport('2024'));
    const issues = tab('待核实')!;
    const grid = issues._grid();
    const head = grid.findIndex((r) => r[0] === '行号') + 1;
    const rowOf = (title: string) => grid.findIndex((r) => r[2] === title) + 1;
    issues.insertColumnsAfter(issues.getMaxColumns(), 2);
    issues.insertRowsAfter(issues.getMaxRows(), 3);
    issues.getRange(head, 5).setValue('处理情况');
    issues.getRange(rowOf('乙稿'), 5).setFormula('=HYPERLINK("https://example.org/fk/1","已反馈单位")');
    issues.getRange(rowOf('丙稿'), 5).setFormula(`=IF(D${rowOf('丙稿')}="","","待补录用证明")`);
    const lineRow = grid.length + 2;
    issues.getRange(lineRow, 1).setValue('说明：以上问题已于3月10日电话反馈各单位（办公室）');
    issues.getRange(lineRow, 2).setFormula('=TODAY()');
    // 甲稿 now has an issue too, listed before 乙稿 and 丙稿: their rows move down by one.
    fake.apps.spreadsheet._sheet('稿件台账')!._cell(2, 7, true)!.v = '不存在的报纸' as never;
    const r = ok(generateReport('2024'));
    const after = tab('待核实')!;
    const g = after._grid();
    const at = (title: string) => g.findIndex((row) => row[2] === title) + 1;
    expect(at('乙稿')).toBe(rowOf('乙稿') + 1);
    expect(after._peek(at('乙稿'), 5)?.f).toBe('=HYPERLINK("https://example.org/fk/1","已反馈单位")');
    // A reference to its own row moves with it, as a copied cell's does.
    expect(after._peek(at('丙稿'), 5)?.f).toBe(`=IF(D${at('丙稿')}="","","待补录用证明")`);
    const officeAt = g.findIndex((row) => row[0] === OFFICE_LINE) + 2;
    expect(officeAt).toBeGreaterThan(at('丙稿'));
    expect(g[officeAt - 1][0]).toBe('说明：以上问题已于3月10日电话反馈各单位（办公室）');
    expect(after._peek(officeAt, 2)?.f).toBe('=TODAY()');
    expect(r.notices).toContain(
      `「待核实」中办公室在列表下方填写的 1 行（原第${lineRow}行）已照原样保留在新表第${officeAt}行。`,
    );
    // The next run keeps it again, once.
    ok(generateReport('2024'));
    const third = tab('待核实')!._grid();
    expect(
      third.filter((row) => row[0] === '说明：以上问题已于3月10日电话反馈各单位（办公室）'),
    ).toHaveLength(1);
    expect(third.filter((row) => row[0] === OFFICE_LINE)).toHaveLength(1);
  });

  it('moveFormula moves relative references only, never text in quotes or a name', () => {
    expect(moveFormula('=IF(D7="","",$B$2&C7&稿件台账!A7)', 2, 1)).toBe('=IF(E9="","",$B$2&D9&稿件台账!B9)');
    expect(moveFormula('=LOG10(A$1)+"A1"', 3, 0)).toBe('=LOG10(A$1)+"A1"');
    expect(moveFormula('=SUM($A5:B5)', -1, 0)).toBe('=SUM($A4:B4)');
    expect(moveFormula('=A1', -1, 0)).toBe('=A1'); // would leave the sheet: as it was
  });
});
