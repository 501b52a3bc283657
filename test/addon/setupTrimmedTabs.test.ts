// 初始化台账 and 规则与预设 on tabs with no spare row (sweep S18c): an office deletes the empty rows of a tab, so
// the ledger ends at its header, or a 单位 / 人员 tab is one row. Sheets refuses to validate rows that do not
// exist and to freeze all of a tab's rows (the fake refuses both, with its sources); setup must finish.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { setupLedger } from '../../src/addon/menu';
import { runSetup } from '../../src/addon/setupLedger';
import { applyPreset } from '../../src/addon/sidebar/rules';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { evaluateLedgerFormula } from '../fakes/evaluate';
import { createFakeApps, type FakeApps } from '../fakes/spreadsheetApp';
import { fixClock } from '../helpers/clock';

let apps: FakeApps;
let uninstall: () => void;
fixClock();

beforeEach(() => {
  apps = createFakeApps({ owner: 'owner@example.org', startWithSheet1: false });
  uninstall = apps.install();
});
afterEach(() => uninstall());

const unitColumn = LEDGER_HEADERS.indexOf('单位') + 1;
const titleColumn = LEDGER_HEADERS.indexOf('标题') + 1;

/** Type a row into the ledger the way staff do: into the cells of row `row`. */
function typeRow(row: number, cells: Record<string, unknown>): void {
  const sheet = apps.spreadsheet._sheet('稿件台账')!;
  for (const [name, value] of Object.entries(cells)) {
    sheet.getRange(row, LEDGER_HEADERS.indexOf(name as never) + 1).setValue(value);
  }
}

describe('a ledger tab that ends at its header', () => {
  for (const [label, top] of [
    ['the header alone (one row)', [[...LEDGER_HEADERS]]],
    ['a title line over the header (two rows)', [['2025年信息台账'], [...LEDGER_HEADERS]]],
  ] as const) {
    it(`${label}: setup finishes, the header frozen, rows to type into with the dropdowns`, () => {
      apps.spreadsheet._addSheet(
        '稿件台账',
        top as unknown as unknown[][],
        top.length,
        LEDGER_HEADERS.length,
      );
      const summary = runSetup();
      const sheet = apps.spreadsheet._sheet('稿件台账')!;
      const header = top.length;
      expect(sheet.getFrozenRows()).toBe(header);
      expect(sheet.getMaxRows()).toBeGreaterThanOrEqual(header + 999);
      // The 单位 dropdown covers the first row under the header, the rule tabs exist and are protected.
      expect(
        sheet
          .getRange(header + 1, unitColumn)
          .getDataValidation()
          ?.getCriteriaType(),
      ).toBe('VALUE_IN_RANGE');
      expect(summary.protectedTabs).toEqual(expect.arrayContaining(['单位', '计分', '领导看板']));
      // What staff type under the header is scored.
      typeRow(header + 1, {
        标题: '新稿',
        单位: '峡窝镇党委',
        报送对象: '区委组织部',
        报送日期: new Date(2025, 2, 3),
        媒体: '郑州日报',
        录用日期: new Date(2025, 2, 10),
      });
      // The result starts on the header line: the row typed is its second line.
      const computed = evaluateLedgerFormula(apps.spreadsheet, '稿件台账', main as never);
      expect(computed[1][0]).toBe(5);
    });
  }

  it('the menu item says nothing went wrong, and a second run is as good', () => {
    apps.spreadsheet._addSheet('稿件台账', [[...LEDGER_HEADERS]], 1, LEDGER_HEADERS.length);
    setupLedger();
    setupLedger();
    expect(apps.ui._alerts.join('\n')).not.toMatch(/超出|错误|没有完成/);
    expect(apps.spreadsheet._sheet('领导看板')).toBeTruthy();
  });
});

describe('other tabs with a single row', () => {
  it('an empty 稿件台账 of one row becomes a ledger with a new tab’s rows', () => {
    apps.spreadsheet._addSheet('稿件台账', [], 1, 1);
    runSetup();
    const sheet = apps.spreadsheet._sheet('稿件台账')!;
    expect(sheet.getRange(1, titleColumn).getValue()).toBe('标题');
    expect(sheet.getMaxRows()).toBeGreaterThanOrEqual(1000);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  it('a 单位 tab trimmed to its header: setup finishes and the dropdown reads its column A', () => {
    apps.spreadsheet._addSheet('稿件台账', [[...LEDGER_HEADERS]]);
    apps.spreadsheet._addSheet('单位', [['单位', '类型', '人数']], 1, 3);
    runSetup();
    const rule = apps.spreadsheet._sheet('稿件台账')!.getRange(2, unitColumn).getDataValidation();
    expect(rule?.getCriteriaType()).toBe('VALUE_IN_RANGE');
    expect(apps.spreadsheet._sheet('单位')!.getRange(1, 1).getValue()).toBe('单位');
  });

  it('an empty one-row 人员 tab takes the (header-only) table, with a row under its frozen header', () => {
    apps.spreadsheet._addSheet('人员', [], 1, 1);
    runSetup();
    const people = apps.spreadsheet._sheet('人员')!;
    expect(people.getFrozenRows()).toBe(1);
    expect(people.getMaxRows()).toBeGreaterThan(1);
    expect(apps.spreadsheet._sheet('稿件台账')).toBeTruthy();
  });

  it('应用预设 into an empty one-row 人员 tab', () => {
    apps.spreadsheet._addSheet('Sheet1', [['x']]);
    apps.spreadsheet._addSheet('人员', [], 1, 1);
    const result = applyPreset('上街区', true) as { ok: boolean; applied?: boolean };
    expect(result.ok).toBe(true);
    expect(apps.spreadsheet._sheet('人员')!.getFrozenRows()).toBe(1);
  });
});
