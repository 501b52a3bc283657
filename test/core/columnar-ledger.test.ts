// The columnar scored ledger (issue 15): its rows are made from the columns on first read and are then what
// counts; the parser's ids are used only while they still describe the rows.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { idsOfRows, ledgerIds } from '../../src/core/ledgerIds';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { columnarLedger, columnsOfRows, scoredColumns, scoredRowAt } from '../../src/core/scoredColumns';
import type { ScoredRow } from '../../src/core/types';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

const grid = ledgerGrid([
  adoption({ 单位: '峡窝镇党委', 标题: '甲', 媒体: '郑州日报' }),
  submission({ 单位: '五云山街道党工委', 标题: '乙' }),
  adoption({ 单位: '峡窝镇党委', 标题: '《甲》', 媒体: '河南日报', 作者: '张三、李四' }),
  adoption({ 单位: '区直机关工委', 标题: '', 媒体: '不存在的报' }),
]);

/** A scoring's rows as plain objects, and a columnar ledger over columns worked out from them. */
function columnarCopy() {
  const plain = scoreLedger(parseLedger(grid), presetRules('上街区'));
  const rows: ScoredRow[] = plain.rows.map((r) => ({ ...r }));
  return { rows, columnar: columnarLedger(plain.ledger, columnsOfRows(rows)) };
}

describe('columnar scored ledger', () => {
  it('makes rows equal to the rows its columns were taken from, field for field and in order', () => {
    const { rows, columnar } = columnarCopy();
    expect(columnar.rows).toEqual(rows);
    expect(columnar.rows.map((r) => Object.keys(r))).toEqual(rows.map((r) => Object.keys(r)));
    expect(JSON.parse(JSON.stringify(columnar)).rows).toEqual(JSON.parse(JSON.stringify(rows)));
  });

  it('gives its own columns until the rows are read, then columns of the rows as a caller changed them', () => {
    const { columnar } = columnarCopy();
    const own = scoredColumns(columnar);
    expect(scoredColumns(columnar)).toBe(own);
    columnar.rows[0].points = 99;
    const after = scoredColumns(columnar);
    expect(after).not.toBe(own);
    expect(after.points[0]).toBe(99);
    expect(scoredRowAt(after, 0)).toEqual(columnar.rows[0]);
  });

  it('takes rows assigned to it as what counts', () => {
    const { rows, columnar } = columnarCopy();
    const fewer = rows.slice(1);
    columnar.rows = fewer;
    expect(columnar.rows).toBe(fewer);
    expect(scoredColumns(columnar).n).toBe(fewer.length);
    expect(scoredColumns(columnar).units[scoredColumns(columnar).unit[0]]).toBe(fewer[0].unit);
  });

  it('reads a hand-built scored ledger from its rows: undated rows have no day, units are numbered once', () => {
    const { rows } = columnarCopy();
    const c = scoredColumns({ ledger: parseLedger(grid), rows });
    expect([...c.unit].map((u) => c.units[u])).toEqual(rows.map((r) => r.unit));
    expect(c.units).toEqual([...new Set(rows.map((r) => r.unit))]);
    expect(rows.map((_, i) => scoredRowAt(c, i))).toEqual(rows);
  });
});

describe('ledger ids', () => {
  it('numbers units and title keys in order of first row, untitled rows -1', () => {
    const parsed = parseLedger(grid);
    const ids = idsOfRows(parsed.rows);
    expect(ids.units).toEqual(['峡窝镇党委', '五云山街道党工委', '区直机关工委']);
    expect([...ids.unit]).toEqual([0, 1, 0, 2]);
    expect([...ids.title]).toEqual([0, 1, 0, -1]);
  });

  it('reuses the ids while the rows are unchanged, and works them out again when a row was changed', () => {
    const parsed = parseLedger(grid);
    const recorded = ledgerIds(parsed);
    expect(ledgerIds(parsed)).toBe(recorded);
    parsed.rows[3].unit = '峡窝镇党委';
    const again = ledgerIds(parsed);
    expect(again).not.toBe(recorded);
    expect([...again.unit]).toEqual([0, 1, 0, 0]);
    parsed.rows = parsed.rows.slice(0, 2);
    expect(ledgerIds(parsed).unit.length).toBe(2);
  });
});
