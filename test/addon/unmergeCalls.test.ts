// 初始化台账 unmerges the ledger's data rows with a fixed number of calls (sweep S20x F7): one breakApart on a
// RangeList and one write per column, whatever the merges; before, each merge cost a read (a flush in Sheets),
// a breakApart and a write (568 calls for 100 merges, 6,568 for 1,600). The cells between the merges keep
// what they hold: a formula stays a formula, text stays text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSetup, setupSummaryText } from '../../src/addon/setupLedger';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { createFakeApps, type FakeApps, type FakeSheet } from '../fakes/spreadsheetApp';

let apps: FakeApps;
let uninstall: () => void;
beforeEach(() => {
  apps = createFakeApps({ owner: 'owner@example.org', startWithSheet1: false });
  uninstall = apps.install();
});
afterEach(() => uninstall());

const col = (h: string) => (LEDGER_HEADERS as readonly string[]).indexOf(h) + 1;
const UNITS = ['峡窝镇党委', '济源路街道党工委', '区直机关工委'];

/** A set-up ledger of `groups` × 3 rows, 单位 typed once per group and merged down over its three rows. */
function mergedLedger(groups: number): FakeSheet {
  runSetup();
  const sheet = apps.spreadsheet._sheet('稿件台账')!;
  const rows = groups * 3;
  if (sheet.getMaxRows() < rows + 1) sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
  sheet
    .getRange(2, 1, rows, LEDGER_HEADERS.length)
    .setValues(
      Array.from({ length: rows }, (_, i) =>
        LEDGER_HEADERS.map((h) =>
          h === '标题'
            ? `第${i + 1}篇`
            : h === '单位'
              ? UNITS[Math.floor(i / 3) % 3]
              : h === '报送日期'
                ? '2026-03-02'
                : '',
        ),
      ),
    );
  for (let g = 0; g < groups; g++) sheet.getRange(2 + g * 3, col('单位'), 3, 1).merge();
  return sheet;
}

describe('初始化台账: unmerging costs a fixed number of calls', () => {
  it('100 and 1,600 merges cost the same calls, but for the position each merge is read at', () => {
    const calls = (groups: number) => {
      mergedLedger(groups);
      apps.resetCounts();
      const summary = runSetup();
      expect(setupSummaryText(summary)).toContain(`数据行中有${groups}处上下合并的单元格`);
      const byMethod = { ...apps.log.byMethod };
      const positions = byMethod['Range.getA1Notation'] ?? 0;
      const sheet = apps.spreadsheet._sheet('稿件台账')!;
      const units = sheet
        .getRange(2, col('单位'), groups * 3, 1)
        .getValues()
        .map((r) => r[0]);
      uninstall();
      apps = createFakeApps({ owner: 'owner@example.org', startWithSheet1: false });
      uninstall = apps.install();
      return { positions, byMethod, units, merges: sheet._merges.length };
    };
    const small = calls(100);
    const large = calls(1_600);
    const without = (m: Record<string, number>) =>
      Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'Range.getA1Notation'));
    expect(without(large.byMethod)).toEqual(without(small.byMethod));
    // One RangeList.breakApart, no Range.breakApart; one write per column for the unit's values.
    expect(small.byMethod['RangeList.breakApart']).toBe(1);
    expect(small.byMethod['Range.breakApart']).toBeUndefined();
    // Reading each merge's position (getMergedRanges → getA1Notation) is the one call per merge, as every
    // reader of merges does (mergesOf); it reads no cell.
    expect(large.positions - small.positions).toBe(1_500);
    expect(large.merges).toBe(0);
    expect(large.units).toEqual(Array.from({ length: 4_800 }, (_, i) => UNITS[Math.floor(i / 3) % 3]));
  });

  it('the cells between the merges keep their formula or their text', () => {
    // Merges over rows 2–4 and 8–10; between them a formula, text Sheets would read as a number, a unit.
    const sheet = mergedLedger(3);
    sheet.getRange(5, col('单位'), 3, 1).breakApart();
    sheet.getRange(5, col('单位')).setFormula('=C2');
    sheet.getRange(6, col('单位')).setNumberFormat('General');
    sheet.getRange(6, col('单位')).setValue("'0012");
    sheet.getRange(7, col('单位')).setValue('组织科');
    runSetup();
    expect(sheet._merges).toEqual([]);
    expect(sheet.getRange(5, col('单位')).getFormula()).toBe('=C2');
    const units = sheet
      .getRange(2, col('单位'), 9, 1)
      .getValues()
      .map((r) => r[0]);
    expect(units).toEqual([
      ...Array(3).fill(UNITS[0]),
      '', // the formula's cell: the fake does not evaluate =C2
      '0012',
      '组织科',
      ...Array(3).fill(UNITS[2]),
    ]);
    expect(sheet.getRange(6, col('单位')).getValue()).toBe('0012'); // still text, not 12
  });
});
