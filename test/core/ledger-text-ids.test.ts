// Issue 15: a parsed ledger's text columns (单位, 类别, 报送对象, 媒体, 版面, 对口处室) hold 16-bit ids into its
// texts, widened to 32 bits when a ledger has more distinct texts than 16 bits number (ledgerTable.ts
// roomForTexts). No ledger an office keeps comes near; a 类别 column of free text over 70,000 rows could. Each
// row must still read its own text, whichever path numbered it: the parser, a rename of units, or rows made
// by hand.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { nativeTable, tableOfRows } from '../../src/core/ledgerTable';
import type { Grid } from '../../src/core/types';

const HEADER = ['标题', '单位', '类别', '报送对象', '报送日期'];

function grid(rows: number, kinds: boolean): Grid {
  const g: Grid = [HEADER];
  for (let i = 0; i < rows; i++)
    g.push([`稿件${i}`, `单位${i}`, kinds ? `类别${i}` : '动态信息', '区委组织部', '2024-03-05']);
  return g;
}

describe('text ids past what 16 bits number', () => {
  it('the parser reads every row’s 单位 and 类别 when the ledger has 80,000 distinct texts', () => {
    const parsed = parseLedger(grid(40_000, true));
    const table = nativeTable(parsed)!;
    expect(table.texts.values.length).toBeGreaterThan(1 << 16);
    const wrong: number[] = [];
    for (let i = 0; i < table.n; i++) {
      const r = table.rowAt(i);
      if (r.unit !== `单位${i}` || r.kind !== `类别${i}` || r.recipient !== '区委组织部') wrong.push(i);
    }
    expect(wrong).toEqual([]);
  }, 30_000);

  it('units renamed past 65,536 texts keep each row’s own name', () => {
    const rows = 33_000;
    const aliases = new Map<string, string>();
    for (let i = 0; i < rows; i++) aliases.set(`单位${i}`, `新单位${i}`);
    const parsed = parseLedger(grid(rows, false), { unitAliases: aliases });
    const table = nativeTable(parsed)!;
    expect(table.texts.values.length).toBeGreaterThan(1 << 16);
    const wrong: number[] = [];
    for (let i = 0; i < table.n; i++) if (table.rowAt(i).unit !== `新单位${i}`) wrong.push(i);
    expect(wrong).toEqual([]);
  }, 30_000);

  it('rows made by hand with 70,000 distinct 单位 read back as they are', () => {
    const parsed = parseLedger(grid(2, false));
    const row = parsed.rows[0];
    const rows = Array.from({ length: 70_000 }, (_, i) => ({
      ...row,
      unit: `单位${i}`,
      placement: `版${i}`,
    }));
    const table = tableOfRows(rows);
    const wrong: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = table.rowAt(i);
      if (r.unit !== `单位${i}` || r.placement !== `版${i}`) wrong.push(i);
    }
    expect(wrong).toEqual([]);
  }, 30_000);
});
