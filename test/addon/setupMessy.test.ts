// 初始化台账 on ledgers as offices have them (sweep s12): the header below a title line or over two rows,
// synonym headers, 24–26 filled columns, rule tabs under near-miss names, yyyymmdd numbers in a date
// column, a header row deleted. Setup must give the numbers of the clean ledger, never write over data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { runSetup, setupSummaryText } from '../../src/addon/setupLedger';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import type { Cell, Grid } from '../../src/core/types';
import { evaluateFormula } from '../fakes/evaluate';
import { createFakeApps, type FakeApps, type FakeSheet } from '../fakes/spreadsheetApp';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

let apps: FakeApps;
let uninstall: () => void;

beforeEach(() => {
  apps = createFakeApps({ owner: 'owner@example.org', startWithSheet1: false });
  uninstall = apps.install();
});
afterEach(() => uninstall());

const ROWS = [
  adoption({ 标题: '甲', 单位: '峡窝镇党委', 录用日期: '2024-03-05', 媒体: '郑州日报' }),
  adoption({ 标题: '乙', 单位: '组织科', 媒体: '河南日报', 录用日期: '2024-04-05' }),
  submission({ 标题: '丙', 单位: '峡窝镇党委' }),
];

const FUNCTIONS: Record<string, (...a: unknown[]) => unknown> = Object.fromEntries(
  Object.entries(main).filter(([n, f]) => n.startsWith('ZG_') && typeof f === 'function'),
) as never;

/** The ZG_LEDGER formula's cell (row, col) in the ledger's top rows. */
function ledgerFormula(sheet: FakeSheet): { row: number; col: number; f: string } | null {
  for (let r = 1; r <= 5; r++) {
    for (let c = 1; c <= sheet._maxCols; c++) {
      const f = sheet._peek(r, c)?.f;
      if (f && /ZG_LEDGER\(/.test(f)) return { row: r, col: c, f };
    }
  }
  return null;
}

/** 积分 of each data row as the sheet shows it (the formula's result laid out from its cell), by title. */
function pointsByTitle(sheet: FakeSheet): Record<string, unknown> {
  const at = ledgerFormula(sheet);
  if (!at) return {};
  const out = evaluateFormula(apps.spreadsheet, sheet, at.f, FUNCTIONS as never);
  const grid = sheet._grid();
  const titleCol = LEDGER_HEADERS.indexOf('标题');
  const res: Record<string, unknown> = {};
  out.forEach((r, i) => {
    const title = grid[at.row - 1 + i]?.[titleCol];
    if (typeof title === 'string' && ['甲', '乙', '丙'].includes(title)) res[title] = r[0];
  });
  return res;
}

function cleanPoints(): Record<string, unknown> {
  const clean = createFakeApps({ owner: 'owner@example.org', startWithSheet1: false });
  uninstall();
  uninstall = clean.install();
  const saved = apps;
  apps = clean;
  clean.spreadsheet._addSheet('稿件台账', ledgerGrid(ROWS) as unknown[][]);
  runSetup();
  const out = pointsByTitle(clean.spreadsheet._sheet('稿件台账')!);
  uninstall();
  apps = saved;
  uninstall = apps.install();
  return out;
}

describe('初始化台账 finds the header as the engine does', () => {
  it('a title line above the header: nothing is appended into the title row, rows score as the clean ledger', () => {
    const expected = cleanPoints();
    expect(expected.甲).toBeGreaterThan(0);
    const grid = [['2024年度组工信息宣传积分台账'], ...ledgerGrid(ROWS)] as unknown[][];
    const sheet = apps.spreadsheet._addSheet('稿件台账', grid);
    const summary = runSetup();
    expect(summary.addedHeaders).toEqual([]);
    expect(sheet._grid()[0].filter((v) => v !== '' && v !== null)).toEqual(['2024年度组工信息宣传积分台账']);
    const at = ledgerFormula(sheet)!;
    expect(at.row).toBe(2);
    expect(at.f.startsWith('=ZG_LEDGER(A2:V, ')).toBe(true);
    expect(sheet._frozenRows).toBe(2);
    expect(pointsByTitle(sheet)).toEqual(expected);
  });

  it('a two-row header with merged cells: no duplicate columns, frozen through both rows, clean numbers', () => {
    const expected = cleanPoints();
    const [header, ...rows] = ledgerGrid(ROWS) as unknown[][];
    const upper = header.map((h, i) => (i >= 6 && i <= 9 ? (i === 6 ? '录用情况' : '') : h));
    const lower = header.map((h, i) => (i >= 6 && i <= 9 ? h : ''));
    const sheet = apps.spreadsheet._addSheet('稿件台账', [upper, lower, ...rows]);
    for (let c = 1; c <= header.length; c++) {
      if (c < 7 || c > 10) sheet._merges.push({ row: 1, col: c, rows: 2, cols: 1 });
    }
    sheet._merges.push({ row: 1, col: 7, rows: 1, cols: 4 });
    const summary = runSetup();
    expect(summary.addedHeaders).toEqual([]);
    expect(summary.notes.join('\n')).not.toMatch(/[A-Za-z]{4,}/);
    expect(sheet._frozenRows).toBe(2);
    expect(ledgerFormula(sheet)?.row).toBe(1);
    expect(pointsByTitle(sheet)).toEqual(expected);
  });

  it('synonym headers (执笔人, 作者单位, 刊发平台, 见报日期, 稿件字数, 批示情况) are their columns: none is added twice', () => {
    const names: Record<string, string> = {
      作者: '执笔人',
      单位: '作者单位',
      媒体: '刊发平台',
      录用日期: '见报日期',
      字数: '稿件字数',
      领导批示: '批示情况',
    };
    const [header, ...rows] = ledgerGrid(ROWS) as unknown[][];
    const sheet = apps.spreadsheet._addSheet('稿件台账', [
      header.map((h) => names[h as string] ?? h),
      ...rows,
    ]);
    const summary = runSetup();
    expect(summary.addedHeaders).toEqual([]);
    expect(
      sheet
        ._grid()[0]
        .slice(0, 23)
        .filter((h) => h !== ''),
    ).toHaveLength(22);
  });

  it('a header row deleted (row 1 is data): nothing is written into the data, a Chinese note says why', () => {
    const [, ...rows] = ledgerGrid(ROWS) as unknown[][];
    const sheet = apps.spreadsheet._addSheet('稿件台账', rows);
    const before = JSON.stringify(sheet._grid());
    const summary = runSetup();
    expect(JSON.stringify(sheet._grid())).toBe(before);
    expect(summary.addedHeaders).toEqual([]);
    // The summary does not call the ledger complete nor its reviewer columns protected.
    const text = setupSummaryText(summary);
    expect(text).not.toContain('台账已完整');
    expect(text).not.toContain('审核状态');
    expect(summary.notes).toContain(
      '「稿件台账」前20行中没有含「标题」「单位」的表头行（可能被删除或排序到了数据中），未改动该表：请在数据上方插入一行，填写表头（标题、作者、单位……）后重新运行初始化台账。',
    );
  });
});

describe('初始化台账 on a wide ledger', () => {
  for (const extra of [2, 3, 4]) {
    it(`${22 + extra} filled columns in a 26-column tab: columns are added for ZG_LEDGER's three, a rerun is clean`, () => {
      const [header, ...rows] = ledgerGrid(ROWS) as unknown[][];
      const more = ['序号', '联系电话', '审核人', '上传人'].slice(0, extra);
      const sheet = apps.spreadsheet._addSheet('稿件台账', [
        [...header, ...more],
        ...rows.map((r) => [...r, ...more.map((_, i) => `x${i}`)]),
      ]);
      expect(sheet._maxCols).toBe(26);
      runSetup();
      const at = ledgerFormula(sheet)!;
      expect(at.col).toBe(22 + extra + 1);
      expect(sheet._maxCols).toBeGreaterThanOrEqual(at.col + 2);
      expect(() => runSetup()).not.toThrow();
      expect(Object.values(pointsByTitle(sheet)).every((p) => typeof p === 'number')).toBe(true);
    });
  }
});

describe('初始化台账 keeps the office rule tabs under near-miss names', () => {
  for (const tab of ['单位 ', ' 单位', '单位的副本', '单位 的副本']) {
    it(`「${tab}」is the 单位 table: no preset 单位 is created, the formula and dropdown read it`, () => {
      const units: Grid = [
        ['单位', '类型'],
        ['甲镇党委', '乡镇街道'],
      ];
      apps.spreadsheet._addSheet(tab, units as unknown[][]);
      apps.spreadsheet._addSheet('稿件台账', ledgerGrid(ROWS) as unknown[][]);
      const summary = runSetup();
      expect(apps.spreadsheet._sheet('单位')).toBeUndefined();
      expect(summary.created).not.toContain('单位');
      expect(summary.notes).toContain(`「${tab}」表作为「单位」规则表使用，未另建「单位」表。`);
      const at = ledgerFormula(apps.spreadsheet._sheet('稿件台账')!)!;
      expect(at.f).toContain(`'${tab}'!A1:G`);
      const dv = apps.spreadsheet._sheet('稿件台账')!._peek(2, 3)!.dv;
      expect((dv!._values[0] as { _sheet: { _name: string } })._sheet._name).toBe(tab);
    });
  }
});

describe('初始化台账 and dates typed as yyyymmdd numbers', () => {
  it('a date column holding 20240305 keeps its format (yyyy-mm-dd would read it as year 57315); a date-only one gets it', () => {
    const grid = ledgerGrid([
      adoption({ 标题: '甲', 录用日期: 20240305, 报送日期: new Date(2024, 2, 1) as unknown as Cell }),
    ]) as unknown[][];
    const sheet = apps.spreadsheet._addSheet('稿件台账', grid);
    const summary = runSetup();
    const col = (h: string) => LEDGER_HEADERS.indexOf(h as never) + 1;
    expect(sheet._peek(2, col('录用日期'))?.fmt ?? '').not.toBe('yyyy-mm-dd');
    expect(sheet._peek(2, col('报送日期'))?.fmt).toBe('yyyy-mm-dd');
    // No date check on the numbers either (Sheets would flag every one of them).
    expect(sheet._peek(2, col('录用日期'))?.dv?._type).toBeUndefined();
    expect(sheet._peek(2, col('报送日期'))?.dv?._type).toBe('DATE_IS_VALID_DATE');
    expect(summary.notes).toContain(
      '「录用日期」列有以数字填写的日期（如 20240305），未设为日期格式，以免这些数字被显示、读作别的日期；它们仍按日期读取。',
    );
  });
});
