// The ledger's 单位 and 媒体 dropdowns read the rule tab's name column found by its header, not column A (sweep
// S20x open question): an office's 单位 tab with 序号 in A and a title line above its header offers the unit
// names, not the numbers.
import { describe, expect, it } from 'vitest';
import { runSetup } from '../../src/addon/setupLedger';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { useFakeApps } from '../fakes/useFakeApps';

const fake = useFakeApps({ owner: 'owner@example.org', startWithSheet1: false });
const col = (h: string) => (LEDGER_HEADERS as readonly string[]).indexOf(h) + 1;

/** The A1 of the range a ledger column's dropdown lists, and its tab. */
function source(field: string): string {
  const dv = fake.apps.spreadsheet._sheet('稿件台账')!._peek(2, col(field))?.dv;
  expect(dv?._type).toBe('VALUE_IN_RANGE');
  const range = dv?._values[0] as { _sheet: { _name: string }; getA1Notation(): string };
  return `${range._sheet._name}!${range.getA1Notation()}`;
}

describe('初始化台账: the 单位 dropdown lists the 单位 column', () => {
  it('序号 in A and a title line above: the list is the names under 单位名称', () => {
    fake.apps.spreadsheet._addSheet('单位', [
      ['2026年考核单位名单'],
      ['序号', '单位名称', '类型'],
      [1, '峡窝镇党委', '乡镇街道'],
      [2, '组织科', '部机关科室'],
    ]);
    fake.apps.spreadsheet._addSheet('媒体', [
      ['序号', '媒体', '级别'],
      [1, '郑州日报', '市级'],
    ]);
    runSetup();
    expect(source('单位')).toMatch(/^单位!B3:B\d+$/);
    expect(source('对口处室')).toMatch(/^单位!B3:B\d+$/);
    expect(source('媒体')).toMatch(/^媒体!B2:B\d+$/);
  });

  it('the preset tabs setup writes keep A2:A', () => {
    runSetup();
    expect(source('单位')).toMatch(/^单位!A2:A\d+$/);
    expect(source('媒体')).toMatch(/^媒体!A2:A\d+$/);
  });
});
