// The custom functions read what 生成通报 reads (sweep S16a F1, F2): the other ledger tabs passed after
// 今天 (one tab per year, joined as sheets/ledgerTabs.ts joins them) and 今天 for the date-ahead check.
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import type { Cell, Grid } from '../../src/core/types';
import { useFakeApps } from '../fakes/useFakeApps';

const { ZG_CHECK, ZG_CREDIT, ZG_LEDGER, ZG_POINTS, ZG_STATUS, ZG_UNIT_POINTS } = main;

function sheetLedger(rows: Record<string, Cell>[], blankRowsAfter = 0): Grid {
  const header = [...LEDGER_HEADERS];
  const out: Grid = [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))];
  for (let i = 0; i < blankRowsAfter; i++) out.push(header.map(() => ''));
  return out;
}

const piece = { 标题: '党建引领基层治理', 作者: '张三', 单位: '峡窝镇党委', 领导批示: '市' };
// Last year's tab: the piece adopted by a city paper with a 市 instruction.
const lastYear = sheetLedger([
  { ...piece, 媒体: '郑州日报', 采用方式: '录用', 录用日期: new Date(2025, 10, 20) },
]);
// This year's tab: the same piece adopted again by a provincial paper, the instruction copied onto the row.
const thisYear = sheetLedger(
  [{ ...piece, 媒体: '河南日报', 采用方式: '录用', 录用日期: new Date(2026, 0, 10) }],
  2,
);
const NO_TABLES = ['', '', '', '', '', '', '', ''];
const TODAY = new Date(2026, 10, 30);

describe('the other ledger tabs after 今天', () => {
  useFakeApps({}); // a spreadsheet with no rule tabs: the preset is the rules
  it('judge the bonus and the task credit across years as the 通报 does; only this range’s rows are written', () => {
    // Alone, the tab sees a first adoption with its bonus (the add-on's old 20 / 1).
    expect(ZG_LEDGER(thisYear)[1].slice(0, 2)).toEqual([20, 1]);
    const out = ZG_LEDGER(thisYear, ...NO_TABLES, TODAY, lastYear);
    expect(out.length).toBe(thisYear.length);
    expect(out[1].slice(0, 2)).toEqual([10, 0]);
    expect(out.slice(2)).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
    const single = (fn: (...a: unknown[]) => unknown[][]) =>
      fn(thisYear, ...NO_TABLES, TODAY, lastYear)[1][0];
    expect([single(ZG_POINTS as never), single(ZG_CREDIT as never), single(ZG_CHECK as never)]).toEqual(
      out[1],
    );
  });

  it('are read without 今天 too (a hand-written formula), and ZG_UNIT_POINTS / ZG_STATUS read them', () => {
    expect(ZG_LEDGER(thisYear, ...NO_TABLES, lastYear)[1].slice(0, 2)).toEqual([10, 0]);
    const from = new Date(2026, 0, 1);
    const to = new Date(2026, 11, 31);
    expect(ZG_UNIT_POINTS('峡窝镇党委', thisYear, from, to, ...NO_TABLES)).toBe(20);
    expect(ZG_UNIT_POINTS('峡窝镇党委', thisYear, from, to, ...NO_TABLES, TODAY, lastYear)).toBe(10);
    // ZG_STATUS takes the same tail: a status, not an error, with the other tab joined.
    expect(ZG_STATUS('峡窝镇党委', thisYear, TODAY, ...NO_TABLES, TODAY, lastYear)).toMatch(
      /已达标|进度正常|进度滞后|未达标/,
    );
  });
});

describe('今天 (TODAY()) after the rule tables', () => {
  const ahead = sheetLedger([
    {
      标题: '甲',
      作者: '张三',
      单位: '峡窝镇党委',
      媒体: '郑州日报',
      录用日期: new Date(2027, 0, 15),
      字数: 800,
    },
    {
      标题: '乙',
      作者: '李四',
      单位: '峡窝镇党委',
      报送对象: '区委组织部',
      采用方式: '报送',
      报送日期: new Date(2027, 1, 1),
    },
  ]);

  it('a date more than a month after today scores 0 and says so, as the 通报 does', () => {
    const out = ZG_LEDGER(ahead, ...NO_TABLES, TODAY);
    expect(out[1].slice(0, 2)).toEqual([0, 0]);
    expect(out[1][2]).toContain('录用日期 2027-01-15 晚于今天一个多月');
    expect(out[2].slice(0, 2)).toEqual([0, 0]);
    expect(out[2][2]).toContain('报送日期 2027-02-01 晚于今天一个多月');
  });

  it('an old formula without it keeps scoring the row (until 初始化台账 rewrites the formula)', () => {
    expect(ZG_LEDGER(ahead)[1]).toEqual([5, 1, '']);
  });
});
