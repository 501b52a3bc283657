// applyPreset's plan names only the tables the preset fills with rows (sweep S17b F13): an empty table the
// preset has no rows for is listed apart (only its header is written), never offered as "（0 行）".
import { afterEach, describe, expect, it } from 'vitest';
import { applyPreset } from '../../src/addon/main';
import { presetGridsForToday } from '../../src/addon/setupLedger';
import { RULE_TABLE_NAMES } from '../../src/core/rules';
import { fakeWorkbook } from '../browser/harness';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

describe('applyPreset: the plan', () => {
  it('lists the tables that get rows; 系数, 加分 and 人员 (none in 部机关) only get their header', () => {
    const fake = fakeWorkbook();
    uninstall = fake.install();
    const plan = applyPreset('部机关', false);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.changes.map((c) => [c.table, c.rows])).toEqual([
      ['媒体', 18],
      ['计分', 12],
      ['指标', 19],
      ['设置', 29],
    ]);
    expect(plan.headerOnly).toEqual(['系数', '加分', '人员']);
    expect(plan.message).toBe(
      '将用“部机关目标考核”填充：媒体（18 行）、计分（12 行）、指标（19 行）、设置（29 行）；只写入表头（预设中没有该表的行）：系数、加分、人员',
    );
    const done = applyPreset('部机关', true);
    if (!done.ok) throw new Error(done.message);
    // Every table is there afterwards; the header-only ones hold their header alone.
    for (const table of RULE_TABLE_NAMES.filter((t) => t !== '单位')) {
      expect([table, fake.spreadsheet._sheet(table)?.getLastRow()]).toEqual([
        table,
        presetGridsForToday('部机关')[table].length,
      ]);
    }
  });

  it('when the only empty tables are ones the preset has no rows for, there is nothing to confirm', () => {
    const fake = fakeWorkbook();
    uninstall = fake.install();
    const grids = presetGridsForToday('上街区');
    for (const table of RULE_TABLE_NAMES) {
      if (table !== '单位' && table !== '人员')
        fake.spreadsheet._addSheet(table, grids[table] as unknown[][]);
    }
    const plan = applyPreset('上街区', false);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.changes).toEqual([]);
    expect(plan.message).toBe('“上街区积分办法”中没有空表（人员）的行，没有可填充的表');
    expect(applyPreset('上街区', true)).toMatchObject({ ok: true, applied: false });
    expect(fake.spreadsheet._sheet('人员')).toBeUndefined();
  });
});
