// Cells merged down over ledger rows (sweep s16a F3): 单位 typed once and merged over a unit's rows, 标题 merged
// over the rows of one piece adopted twice. Sheets hands a script the value in the merge's top-left cell only;
// the user sees it on every row, and the command line's .xlsx reader fills it into each. 生成通报, 领导看板 and
// 录入稿件 read the merges; 初始化台账 breaks them apart and writes the value into each row, so the computed
// columns (custom functions get values only) agree.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { appendLedgerRow, generateReport, previewRow, refreshDashboard } from '../../src/addon/main';
import { runSetup, setupSummaryText } from '../../src/addon/setupLedger';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import type { Cell } from '../../src/core/types';
import { evaluateFormula } from '../fakes/evaluate';
import { createFakeApps, type FakeApps, type FakeSheet } from '../fakes/spreadsheetApp';

let apps: FakeApps;
let uninstall: () => void;

beforeEach(() => {
  apps = createFakeApps({ owner: 'owner@example.org', startWithSheet1: false });
  uninstall = apps.install();
});
afterEach(() => uninstall());

const col = (h: string) => (LEDGER_HEADERS as readonly string[]).indexOf(h) + 1;

/** Three rows of 峡窝镇党委 (郑州日报 800字 5, 河南日报 10, a 报送) and one of 组织科. */
const ROWS: Record<string, Cell>[] = [
  {
    标题: '甲稿',
    作者: '张三',
    单位: '峡窝镇党委',
    报送对象: '区委组织部',
    报送日期: '2024-03-01',
    媒体: '郑州日报',
    录用日期: '2024-03-10',
    字数: 800,
  },
  {
    标题: '乙稿',
    作者: '李四',
    单位: '峡窝镇党委',
    报送对象: '区委组织部',
    报送日期: '2024-03-02',
    媒体: '河南日报',
    录用日期: '2024-03-12',
  },
  {
    标题: '丙稿',
    作者: '王五',
    单位: '峡窝镇党委',
    报送对象: '区委组织部',
    报送日期: '2024-03-03',
    采用方式: '报送',
  },
  {
    标题: '丁稿',
    作者: '赵六',
    单位: '组织科',
    报送对象: '市委组织部',
    报送日期: '2024-03-04',
    媒体: '郑州日报',
    录用日期: '2024-03-15',
  },
];

/** A set-up workbook (设置 年度 2024) whose 稿件台账 holds ROWS typed in; `merge` then merges C2:C4. */
function ledger(merge: boolean): FakeSheet {
  runSetup();
  const settings = apps.spreadsheet._sheet('设置')!;
  const grid = settings._grid();
  const year = grid.findIndex((r) => r[0] === '年度');
  settings._cell(year + 1, 2, true)!.v = 2024;
  const sheet = apps.spreadsheet._sheet('稿件台账')!;
  sheet
    .getRange(2, 1, ROWS.length, LEDGER_HEADERS.length)
    .setValues(ROWS.map((r) => LEDGER_HEADERS.map((h) => r[h] ?? '')));
  if (merge) sheet.getRange(2, col('单位'), 3, 1).merge();
  return sheet;
}

function tab(name: string): Cell[][] {
  return apps.spreadsheet._sheet(name)!._grid();
}

function unitLine(name: string): Cell[] | undefined {
  return tab('通报 2024 附件1').find((r) => r.includes(name));
}

describe('the fake merges as Sheets does', () => {
  it('keeps the top-left value only; getMergedRanges returns every merge meeting the range; breakApart restores no value', () => {
    const sheet = ledger(false);
    sheet.getRange(2, col('单位'), 3, 1).merge();
    sheet.getRange(6, 1, 1, 3).merge();
    const unitCol = sheet
      .getRange(1, col('单位'), 5, 1)
      .getValues()
      .map((r) => r[0]);
    expect(unitCol).toEqual(['单位', '峡窝镇党委', '', '', '组织科']);
    // A range holding one cell of a merge (C3) meets it: the whole merge comes back.
    expect(
      sheet
        .getRange(3, 1, 1, 5)
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['C2:C4']);
    expect(
      sheet
        .getRange(1, 1, 9, 9)
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['C2:C4', 'A6:C6']);
    expect(() => sheet.getRange(3, 3, 1, 1).breakApart()).toThrow(
      'You must select all cells in a merged range',
    );
    sheet.getRange('C2:C4').breakApart();
    expect(sheet._merges).toEqual([{ row: 6, col: 1, rows: 1, cols: 3 }]);
    expect(sheet.getRange(3, col('单位')).getValue()).toBe('');
  });
});

/** A tab without its 生成时间 stamps: the two runs compared may fall in different minutes. */
function unstamped(grid: unknown[][]): unknown[][] {
  return grid.map((r) =>
    r.map((v) => (typeof v === 'string' ? v.replace(/生成时间：[0-9: -]+/g, '生成时间：') : v)),
  );
}

describe('生成通报 and 领导看板 read a merged 单位 on each of its rows', () => {
  it('gives the merged ledger the clean ledger’s 附件1, 待核实 and board', () => {
    ledger(false);
    expect(generateReport('2024').ok).toBe(true);
    const clean = { unit: unitLine('峡窝镇党委'), other: unitLine('组织科'), issues: tab('待核实') };
    expect(refreshDashboard().ok).toBe(true);
    const cleanBoard = tab('领导看板');
    uninstall();
    apps = createFakeApps({ owner: 'owner@example.org', startWithSheet1: false });
    uninstall = apps.install();

    const sheet = ledger(true);
    expect(sheet.getRange(3, col('单位')).getValue()).toBe(''); // as Sheets hands it
    const result = generateReport('2024');
    expect(result.ok).toBe(true);
    // The computed columns see the top row alone until 初始化台账 fills the merge: said, with the fix.
    expect(result.ok && result.notices.filter((n) => n.includes('上下合并'))).toEqual([
      '「稿件台账」数据行中有1处上下合并的单元格（C2:C4）：本次按合并的值计入每一行；台账的积分、计任务、校验列只看到每处合并的第一行，请运行“初始化台账”取消合并并填满每一行',
    ]);
    expect(unitLine('峡窝镇党委')).toEqual(clean.unit);
    expect(unitLine('峡窝镇党委')?.[2]).toBe(15); // 5 + 10, not the first row's 5
    expect(unitLine('组织科')).toEqual(clean.other);
    expect(
      tab('待核实')
        .flat()
        .filter((v) => String(v).includes('缺少单位')),
    ).toEqual([]);
    expect(unstamped(tab('待核实'))).toEqual(unstamped(clean.issues));
    expect(refreshDashboard().ok).toBe(true);
    const board = tab('领导看板');
    expect(unstamped(board)).toEqual(unstamped(cleanBoard));
  });

  it('a merge on another ledger tab is read too; the notice asks the office to undo it there', () => {
    ledger(false);
    const last: Record<string, Cell>[] = ROWS.map((r) => ({
      ...r,
      标题: `${String(r.标题)}（去年）`,
      录用日期: '2023-03-15',
    }));
    const old = apps.spreadsheet._addSheet('2023年', [
      [...LEDGER_HEADERS],
      ...last.map((r) => LEDGER_HEADERS.map((h) => r[h] ?? '')),
    ]);
    old.getRange(2, col('单位'), 3, 1).merge();
    const result = generateReport('2024');
    expect(result.ok && result.notices.filter((n) => n.includes('上下合并'))).toEqual([
      '「2023年」数据行中有1处上下合并的单元格（C2:C4）：本次按合并的值计入每一行；台账的积分、计任务、校验列只看到每处合并的第一行，请在「2023年」中取消合并，并在每一行填写（“初始化台账”只整理「稿件台账」）',
    ]);
  });

  it('reads the merges with a fixed number of calls, however long the ledger', () => {
    const calls = (extra: number) => {
      uninstall();
      apps = createFakeApps({ owner: 'owner@example.org', startWithSheet1: false });
      uninstall = apps.install();
      const sheet = ledger(true);
      const more = Array.from({ length: extra }, (_, i) => {
        const row: Record<string, Cell> = { ...ROWS[3], 标题: `其他${i}` };
        return LEDGER_HEADERS.map((h) => row[h] ?? '');
      });
      if (extra > 0) {
        sheet._maxRows = Math.max(sheet._maxRows, 6 + extra);
        sheet.getRange(6, 1, extra, LEDGER_HEADERS.length).setValues(more);
      }
      apps.resetCounts();
      expect(generateReport('2024').ok).toBe(true);
      return apps.log.byMethod['Range.getMergedRanges'];
    };
    expect(calls(0)).toBe(1);
    expect(calls(300)).toBe(1);
  });
});

describe('录入稿件 reads a merged 单位 on each of its rows', () => {
  const FORM = {
    标题: '乙稿',
    作者: ['李四'],
    单位: '峡窝镇党委',
    报送对象: '区委组织部',
    报送日期: '2024-03-02',
    媒体: '河南日报',
    录用日期: '2024-03-12',
  };
  it('the preview and the append see that the piece on row 3 is already there', () => {
    ledger(true);
    const p = previewRow(FORM);
    if (!p.ok) throw new Error(p.message);
    expect(p.points).toBe(0);
    expect(p.issues.some((t) => t.startsWith('重复行'))).toBe(true);
    const r = appendLedgerRow(FORM);
    if (!r.ok) throw new Error(r.message);
    expect(r.points).toBe(0);
    expect(r.warnings.filter((w) => w.startsWith('重复行'))).toHaveLength(1);
  });
});

const FUNCTIONS = Object.fromEntries(
  Object.entries(main).filter(([n, f]) => n.startsWith('ZG_') && typeof f === 'function'),
) as never;

/** The ZG_LEDGER result as the sheet shows it, one [积分, 计任务, 校验] per data row. */
function computed(sheet: FakeSheet): Cell[][] {
  const at = sheet._grid()[0].findIndex((_, c) => /ZG_LEDGER\(/.test(sheet._peek(1, c + 1)?.f ?? ''));
  return (evaluateFormula(apps.spreadsheet, sheet, sheet._peek(1, at + 1)!.f!, FUNCTIONS) as Cell[][]).slice(
    1,
    1 + ROWS.length,
  );
}

describe('初始化台账 fills merged data cells into each row', () => {
  it('breaks the merge apart, writes the unit into rows 3–4, says so; the computed columns then agree', () => {
    ledger(false);
    const clean = computed(apps.spreadsheet._sheet('稿件台账')!);
    uninstall();
    apps = createFakeApps({ owner: 'owner@example.org', startWithSheet1: false });
    uninstall = apps.install();

    const sheet = ledger(true);
    sheet.getRange(7, 1, 1, 4).merge(); // a heading merged along one row is left as it is
    sheet.getRange(7, 1).setValue('二季度');
    const summary = runSetup();
    expect(sheet._merges).toEqual([{ row: 7, col: 1, rows: 1, cols: 4 }]);
    expect(
      sheet
        .getRange(2, col('单位'), 3, 1)
        .getValues()
        .map((r) => r[0]),
    ).toEqual(['峡窝镇党委', '峡窝镇党委', '峡窝镇党委']);
    expect(setupSummaryText(summary)).toContain(
      '「稿件台账」数据行中有1处上下合并的单元格（C2:C4），已取消合并，并把合并格的内容填入其中每一行',
    );
    expect(computed(sheet)).toEqual(clean);
    expect(computed(sheet).map((r) => r[0])).toEqual([5, 10, 0, 5]);
    // A second run finds nothing to fill.
    expect(setupSummaryText(runSetup())).not.toContain('合并');
  });

  it('a merge spanning 备注, 调整分 and 调整理由 fills 备注 only: the columns beside stay empty (s24b F5)', () => {
    const sheet = ledger(false);
    sheet.getRange(2, col('备注')).setValue('同稿被多家媒体采用');
    sheet.getRange(2, col('备注'), 2, 3).merge();
    runSetup();
    expect(sheet._merges).toEqual([]);
    expect(sheet.getRange(2, col('备注'), 2, 3).getValues()).toEqual([
      ['同稿被多家媒体采用', '', ''],
      ['同稿被多家媒体采用', '', ''],
    ]);
    expect(computed(sheet).every((r) => !String(r[2]).includes('调整分'))).toBe(true);
  });

  it('text that Sheets would read as a date stays text in every row', () => {
    const sheet = ledger(false);
    sheet.getRange(2, col('作者'), 2, 1).setNumberFormat('General'); // not the plain-text column setup made
    sheet.getRange(2, col('作者')).setValue("'2024-03-01");
    sheet.getRange(2, col('作者'), 2, 1).merge();
    runSetup();
    expect(sheet.getRange(2, col('作者'), 2, 1).getValues()).toEqual([['2024-03-01'], ['2024-03-01']]);
  });
});
