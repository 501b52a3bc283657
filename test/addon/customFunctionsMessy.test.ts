// Custom functions given messy ranges (sweep s12 #10): a ledger range that starts below the header says
// so (it said 台账缺少「标题」列；台账缺少「单位」列), and an as-of date that is given but unreadable is named
// (it said 请补上第3个参数 though the argument was there).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AS_OF_MISSING, BELOW_HEADER } from '../../src/addon/customFunctions';
import * as main from '../../src/addon/main';
import { createFakeApps } from '../fakes/spreadsheetApp';
import { adoption, ledgerGrid } from '../helpers/ledger';

let uninstall: () => void;
beforeEach(() => {
  uninstall = createFakeApps().install();
});
afterEach(() => uninstall());

const ledger = ledgerGrid([adoption({ 标题: '甲' }), adoption({ 标题: '乙', 单位: '组织科' })]);

describe('custom functions on messy ranges', () => {
  it('a ledger range starting below the header: every row says the range must start at the header', () => {
    const out = main.ZG_POINTS(ledger.slice(1)) as unknown[][];
    expect(out).toEqual([['积分'], [BELOW_HEADER]]);
    expect(BELOW_HEADER).toBe(
      '区域须从表头行开始：请把台账范围写成含表头的 稿件台账!A1:V（表头上方有标题行时从第1行写起）',
    );
    // A header lacking 标题 is still said as such.
    const noTitle = ledger.map((r) => r.slice(1));
    expect((main.ZG_POINTS(noTitle) as unknown[][])[1]).toEqual(['台账缺少「标题」列']);
  });

  it('a header sorted into the data: says in which row of the range it is', () => {
    const rows = ledgerGrid(Array.from({ length: 12 }, (_, i) => adoption({ 标题: `稿${i}` })));
    const sorted = [...rows.slice(1, 10), rows[0], ...rows.slice(10)];
    expect((main.ZG_POINTS(sorted) as unknown[][])[1]).toEqual([
      '表头行在区域第10行（可能排序时被排进了数据中）：请把它移回数据上方的第1行',
    ]);
  });

  it('ZG_STATUS with an as-of cell that is no date names it; a missing one still asks for it', () => {
    expect(main.ZG_STATUS('峡窝镇党委', ledger, '明天')).toBe(
      '第3个参数“截至日期”“明天”不是日期：请引用一个写有 =TODAY() 的单元格，或写成 2024-12-20 这样的日期',
    );
    expect(main.ZG_STATUS('峡窝镇党委', ledger, '')).toBe(AS_OF_MISSING);
  });
});
