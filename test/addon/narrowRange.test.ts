// A ZG_LEDGER / ZG_CHECK range narrower than the ledger (sweep S21b F3): A1:F has no 媒体 or 录用日期, so
// no row can score; every row it leaves at 0 says why in 校验, never 0 with an empty 校验 where the whole
// range (and the 通报, which reads the whole tab) gives points.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { decodeCsv, parseCsv } from '../../src/cli/csv';
import type { Grid } from '../../src/core/types';

const { ZG_CHECK, ZG_LEDGER } = main;
const EXAMPLE = parseCsv(decodeCsv(readFileSync(join(__dirname, '../../examples/ledger.csv'))));
const columns = (grid: Grid, from: number, to: number) => grid.map((r) => r.slice(from, to));
const header = EXAMPLE[0].map(String);

describe('a ledger range without a column rows need to be scored', () => {
  it('A1:F: each row the whole range gives points says in 校验 why it has none (ZG_LEDGER and ZG_CHECK)', () => {
    expect(header.slice(0, 6)).not.toContain('媒体');
    const full = ZG_LEDGER(EXAMPLE) as unknown[][];
    const narrow = ZG_LEDGER(columns(EXAMPLE, 0, 6)) as unknown[][];
    const check = ZG_CHECK(columns(EXAMPLE, 0, 6)) as unknown[][];
    const scored = full
      .map((_r, i) => i)
      .filter((i) => i > 0 && typeof full[i][0] === 'number' && full[i][0] > 0);
    expect(scored.length).toBeGreaterThan(100);
    const silent = scored.filter((i) => narrow[i][2] === '');
    expect(silent).toEqual([]);
    expect(narrow[scored[0]]).toEqual([
      0,
      expect.anything(),
      '台账范围没有「媒体」、「录用日期」列，本行无法计分：请检查公式的台账范围是否包含全部列',
    ]);
    expect(check.map((r) => r[0])).toEqual(narrow.map((r) => r[2]));
  });

  it('a range without 录用日期 alone names it; the whole range says nothing of the kind', () => {
    const at = header.indexOf('录用日期');
    const without = EXAMPLE.map((r) => [...r.slice(0, at), ...r.slice(at + 1)]);
    const out = ZG_LEDGER(without) as unknown[][];
    const reasons = new Set(out.slice(1).map((r) => r[2]));
    expect(reasons).toContain('台账范围没有「录用日期」列，本行无法计分：请检查公式的台账范围是否包含全部列');
    const full = ZG_LEDGER(EXAMPLE) as unknown[][];
    const silent = full
      .map((_r, i) => i)
      .filter((i) => i > 0 && Number(full[i][0]) > 0 && out[i][0] === 0 && out[i][2] === '');
    expect(silent).toEqual([]);
    expect(full.filter((r) => String(r[2]).includes('台账范围没有'))).toEqual([]);
  });

  it('a column that only drops a rule (字数) leaves 校验 as it was', () => {
    const at = header.indexOf('字数');
    const without = EXAMPLE.map((r) => [...r.slice(0, at), ...r.slice(at + 1)]);
    const out = ZG_LEDGER(without) as unknown[][];
    expect(out.filter((r) => String(r[2]).includes('台账范围没有'))).toEqual([]);
  });
});
