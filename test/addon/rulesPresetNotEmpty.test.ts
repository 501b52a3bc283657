// 填充空表 fills a rule tab only when it has no non-blank cell at all (sweep S20x F3): a 单位 tab holding one
// unit typed without a header, or a title line with a note, is not empty. The status, the plan and the write
// all use that one test, and the refusal says what the tab holds.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPreset, getRulesStatus } from '../../src/addon/main';
import { TABLE_HEADERS } from '../../src/core/rules';
import { fakeWorkbook } from '../browser/harness';
import type { FakeApps } from '../fakes/spreadsheetApp';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

/** The harness's workbook with its 单位 tab holding `grid` instead of the preset's rows. */
function withUnits(grid: unknown[][]): FakeApps {
  const fake = fakeWorkbook();
  fake.spreadsheet.deleteSheet(fake.spreadsheet._sheet('单位')!);
  fake.spreadsheet._addSheet('单位', grid);
  uninstall = fake.install();
  return fake;
}

const cases: [string, unknown[][], string][] = [
  ['one unit typed without a header', [['新华社区党委', '乡镇街道', 35]], 'A1“新华社区党委”等3个单元格'],
  [
    'a title line and a note',
    [['2026年考核单位名单（待补）', '', '', '备忘：名单由组织科3月提供']],
    'A1“2026年考核单位名单（待补）”等2个单元格',
  ],
  ['a note alone in D3', [[], [], ['', '', '', '名单待定']], 'D3“名单待定”'],
];

describe('填充空表: a rule tab with any non-blank cell is never filled', () => {
  for (const [label, grid, what] of cases) {
    it(`${label}: the status, the plan and the write agree, and the refusal says what is there`, () => {
      const fake = withUnits(grid);
      const status = getRulesStatus();
      if (!status.ok) throw new Error(status.message);
      expect(status.tables.find((t) => t.table === '单位')).toMatchObject({ empty: false, rows: 0 });
      const plan = applyPreset('上街区', false);
      if (!plan.ok) throw new Error(plan.message);
      expect(plan.changes.map((c) => c.table)).not.toContain('单位');
      expect(plan.kept).toEqual(['单位']);
      expect(plan.keptNote).toBe(`「单位」表已有内容（${what}），未填充；如要用预设，请先清空或改名`);
      expect(plan.message).toContain(plan.keptNote);
      const done = applyPreset('上街区', true);
      if (!done.ok) throw new Error(done.message);
      expect(done.message).toContain(`「单位」表已有内容（${what}），未填充`);
      // The office's cells are as they were.
      const sheet = fake.spreadsheet._sheet('单位')!;
      const now = sheet.getDataRange().getValues();
      expect(now.map((r) => r.filter((c) => c !== ''))).toEqual(grid.map((r) => r.filter((c) => c !== '')));
    });
  }

  it('a tab with only its header is kept too, said briefly; a wholly blank tab is filled', () => {
    const fake = withUnits([]);
    fake.spreadsheet._addSheet('指标', [TABLE_HEADERS.指标]);
    const status = getRulesStatus();
    if (!status.ok) throw new Error(status.message);
    expect(status.tables.find((t) => t.table === '单位')).toMatchObject({ empty: true, usesPreset: true });
    expect(status.tables.find((t) => t.table === '指标')).toMatchObject({ empty: false, rows: 0 });
    const plan = applyPreset('上街区', false);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.kept).toEqual(['指标']);
    expect(plan.keptNote).toBe('不改动已有内容的表：指标（只有表头）');
    expect(plan.changes.map((c) => c.table)).toContain('单位');
    const done = applyPreset('上街区', true);
    if (!done.ok) throw new Error(done.message);
    expect(fake.spreadsheet._sheet('单位')!.getRange(1, 1).getValue()).toBe('单位');
    expect(fake.spreadsheet._sheet('指标')!.getLastRow()).toBe(1);
  });
});
