// A ZG_LEDGER / ZG_CHECK range narrower than the ledger (sweep S21b F3): A1:F has no 媒体 or 录用日期, so
// no row can score; every row it leaves at 0 says why in 校验, never 0 with an empty 校验 where the whole
// range (and the 通报, which reads the whole tab) gives points.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rangeNote } from '../../src/addon/customFunctions';
import * as main from '../../src/addon/main';
import { decodeCsv, parseCsv } from '../../src/cli/csv';
import { neededColumns } from '../../src/core/neededColumns';
import { presetRules } from '../../src/core/rules';
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
      '台账范围内没有「媒体」、「录用日期」列，本行无法计分：如这些列已删除，请运行“初始化台账”补回；如这些列在「积分」列右边，请把它们拖到「积分」列左边后再运行“初始化台账”',
    ]);
    expect(check.map((r) => r[0])).toEqual(narrow.map((r) => r[2]));
  });

  it('a range without 录用日期 alone names it; the whole range says nothing of the kind', () => {
    const at = header.indexOf('录用日期');
    const without = EXAMPLE.map((r) => [...r.slice(0, at), ...r.slice(at + 1)]);
    const out = ZG_LEDGER(without) as unknown[][];
    const reasons = new Set(out.slice(1).map((r) => r[2]));
    expect(reasons).toContain(
      '台账范围内没有「录用日期」列，本行无法计分：如该列已删除，请运行“初始化台账”补回；如该列在「积分」列右边，请把它拖到「积分」列左边后再运行“初始化台账”',
    );
    const full = ZG_LEDGER(EXAMPLE) as unknown[][];
    const silent = full
      .map((_r, i) => i)
      .filter((i) => i > 0 && Number(full[i][0]) > 0 && out[i][0] === 0 && out[i][2] === '');
    expect(silent).toEqual([]);
    expect(full.filter((r) => String(r[2]).includes('台账范围没有'))).toEqual([]);
  });

  it('a range without 字数: every scored adopted row says the rule is not applied, no other row does', () => {
    // It was left to the sidebar (a column that "only drops a rule" kept 校验 as it was), and no notice said
    // it: 1500 字 scored 10 where the 通报 gave 30 (sweep S22b F1). Now the rows 字数 could change say so.
    const at = header.indexOf('字数');
    const without = EXAMPLE.map((r) => [...r.slice(0, at), ...r.slice(at + 1)]);
    const out = ZG_LEDGER(without) as unknown[][];
    const full = ZG_LEDGER(EXAMPLE) as unknown[][];
    const mode = header.indexOf('采用方式');
    const said =
      '台账范围内没有「字数」列，本行未按字数加倍：如该列已删除，请运行“初始化台账”补回；如该列在「积分」列右边，请把它拖到「积分」列左边后再运行“初始化台账”';
    const rows = out.map((_r, i) => i).filter((i) => i > 0);
    const saying = rows.filter((i) => String(out[i][2]).includes(said));
    const adopted = rows.filter((i) => Number(out[i][0]) !== 0 && String(EXAMPLE[i][mode]) !== '报送');
    expect(adopted.length).toBeGreaterThan(100);
    expect(saying).toEqual(adopted);
    // What the row said before is kept, the range's sentence after it.
    for (const i of rows) {
      const before = String(full[i][2]);
      expect(String(out[i][2])).toBe(
        !saying.includes(i) ? before : before === '' ? said : `${before}；${said}`,
      );
    }
  });

  it('a row read as 报送 only because the range hid 媒体 and 录用日期 carries the reason with its own (sweep S22b)', () => {
    const grid = [
      ['标题', '单位', '报送对象', '报送日期', '媒体', '录用日期'],
      ['无报送日期的录用稿', '峡窝镇党委', '', '', '河南日报', '2024-03-05'],
    ];
    const narrow = ZG_LEDGER(columns(grid, 0, 4)) as unknown[][];
    expect(narrow[1][0]).toBe(0);
    expect(String(narrow[1][2])).toMatch(
      /.+；台账范围内没有「媒体」、「录用日期」列，本行无法计分：如这些列已删除，请运行“初始化台账”补回；如这些列在「积分」列右边，请把它们拖到「积分」列左边后再运行“初始化台账”$/,
    );
  });
});

describe('rangeNote: only the rows a missing column could change say it', () => {
  const rules = presetRules('部机关');
  const author = neededColumns(rules).filter((n) => n.field === '作者');
  const mode = neededColumns(rules).filter((n) => n.field === '采用方式');

  it('作者 (people’s and teams’ tasks): a row counted to a task, not one counted nowhere', () => {
    const said =
      '台账范围内没有「作者」列，本行未计入个人和科室的任务：如该列已删除，请运行“初始化台账”补回；如该列在「积分」列右边，请把它拖到「积分」列左边后再运行“初始化台账”';
    expect(rangeNote(author, { points: 5, adopted: true, counted: true })).toBe(said);
    expect(rangeNote(author, { points: 0, adopted: false, counted: true })).toBe(said);
    expect(rangeNote(author, { points: 0, adopted: false, counted: false })).toBe('');
  });

  it('采用方式 (综合): a scored adopted row, not a submission', () => {
    expect(rangeNote(mode, { points: 5, adopted: true, counted: true })).toBe(
      '台账范围内没有「采用方式」列，本行未区分综合采用：如该列已删除，请运行“初始化台账”补回；如该列在「积分」列右边，请把它拖到「积分」列左边后再运行“初始化台账”',
    );
    expect(rangeNote(mode, { points: 0, adopted: false, counted: true })).toBe('');
  });
});
