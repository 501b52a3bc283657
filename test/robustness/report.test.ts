// Report and summary generation on a realistic generated ledger (bad rows included), through the fake
// SpreadsheetApp: the ledger is never written, regenerating is stable, a failure half-way loses nothing,
// and broken rule tables stop every number with a message naming the cell to fix.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateLedger } from '../../bench/generate';
import { ZG_LEDGER } from '../../src/addon/customFunctions';
import { generateReport, refreshDashboard } from '../../src/addon/main';
import { resolveRules, ruleErrorText } from '../../src/core/index';
import { RULE_TABLE_NAMES, type RuleGrids, TABLE_HEADERS } from '../../src/core/rules';
import type { Cell, Grid } from '../../src/core/types';
import { evaluateFormula } from '../fakes/evaluate';
import { createFakeApps, type FakeApps } from '../fakes/spreadsheetApp';
import { fillLedger, fingerprint, LEDGER, maskGenerated, setUpWorkbook, tabNames } from './helpers';

const ROWS = generateLedger({ rows: 300, seed: 11 }).slice(1);
const NOW = new Date(2024, 11, 20, 9, 30);

let apps: FakeApps;
let uninstall: () => void;

function freshWorkbook(rows: Cell[][] = ROWS): void {
  uninstall?.();
  apps = createFakeApps();
  uninstall = apps.install();
  setUpWorkbook(apps, rows);
}

beforeEach(() => {
  // Only Date is faked: the generation time and "today" are fixed, nothing else about timers changes.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  freshWorkbook();
});
afterEach(() => {
  uninstall();
  vi.useRealTimers();
});

const sheet = (name: string) => apps.spreadsheet._sheet(name)!;
const ruleTabsPrint = () => RULE_TABLE_NAMES.map((n) => fingerprint(sheet(n)));

describe('the ledger and the rule tabs are read, never written', () => {
  it('by 生成通报 for every kind of period and by 刷新领导看板', () => {
    const ledgerBefore = fingerprint(sheet(LEDGER));
    const rulesBefore = ruleTabsPrint();
    for (const code of ['2024', '2024-Q2', '2024-07', '2024-03-01..2024-09-30']) {
      const result = generateReport(code);
      expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    }
    expect(refreshDashboard().ok).toBe(true);
    expect(fingerprint(sheet(LEDGER))).toBe(ledgerBefore);
    expect(ruleTabsPrint()).toEqual(rulesBefore);
    expect(apps.lock._held).toBe(false);
  });

  it('even when the ledger holds formula-looking titles and bad rows (they are reported, not fixed)', () => {
    const nasty = ROWS.slice(0, 20).map((r, i) => {
      const row = [...r];
      row[0] = ['=1+1', '+86 123', '@all', '-5'][i % 4];
      return row;
    });
    fillLedger(apps, nasty, ROWS.length + 2);
    const before = fingerprint(sheet(LEDGER));
    const result = generateReport('2024');
    expect(result.ok).toBe(true);
    expect(fingerprint(sheet(LEDGER))).toBe(before);
    if (result.ok) expect(result.issues.length).toBeGreaterThan(0);
  });
});

describe('regenerating', () => {
  it('gives the same 通报 and 领导看板, cell for cell, apart from the generation time', () => {
    expect(generateReport('2024-Q3').ok).toBe(true);
    const first = [fingerprint(sheet('通报 2024-Q3')), fingerprint(sheet('领导看板'))];
    const order = tabNames(apps);
    expect(generateReport('2024-Q3').ok).toBe(true);
    expect([fingerprint(sheet('通报 2024-Q3')), fingerprint(sheet('领导看板'))]).toEqual(first);
    expect(tabNames(apps)).toEqual(order);
    // The masked fingerprints agree too: the only change between runs at other times is the stamp.
    vi.setSystemTime(new Date(2024, 11, 20, 18, 5));
    const masked = fingerprint(sheet('通报 2024-Q3'), maskGenerated);
    expect(generateReport('2024-Q3').ok).toBe(true);
    expect(fingerprint(sheet('通报 2024-Q3'), maskGenerated)).toBe(masked);
  });
});

describe('a failure half-way', () => {
  const PERIOD = '2024-Q2';
  const TAB = `通报 ${PERIOD}`;
  /** One more adoption in Q2, so the new report differs from the old one. */
  const extra: Cell[][] = [
    ROWS.find((r) => r[6] === '郑州日报' && r[8] === '录用')!.map((v, c) => (c === 0 ? '新增的一篇' : v)),
  ];
  extra[0][9] = new Date(2024, 4, 10);

  /** Writes of a successful report run, and the tabs it leaves (old state → new state). */
  // The number of writes does not depend on the ledger's length (tested by the add-on's own tests).
  const rows = ROWS.slice(0, 80);
  function states() {
    freshWorkbook(rows);
    expect(generateReport(PERIOD).ok).toBe(true);
    const old = {
      report: fingerprint(sheet(TAB)),
      dashboard: fingerprint(sheet('领导看板')),
      tabs: tabNames(apps),
    };
    fillLedger(apps, extra, rows.length + 2);
    apps.resetCounts();
    expect(generateReport(PERIOD).ok).toBe(true);
    const writes = apps.log.writes;
    const fresh = { report: fingerprint(sheet(TAB)), dashboard: fingerprint(sheet('领导看板')) };
    expect(fresh.report).not.toBe(old.report);
    return { old, fresh, writes };
  }

  it('leaves each tab either as it was or wholly replaced, no half-built tab, the lock released', () => {
    const { old, fresh, writes } = states();
    expect(writes).toBeGreaterThan(2);
    for (let n = 0; n < writes; n++) {
      freshWorkbook(rows);
      expect(generateReport(PERIOD).ok).toBe(true);
      fillLedger(apps, extra, rows.length + 2);
      const ledgerBefore = fingerprint(sheet(LEDGER));
      apps.failAfterWrites(n);
      const result = generateReport(PERIOD);
      const where = `failure at write ${n + 1} of ${writes}`;
      // Only the last step (deleting the retired copy) may fail after the new tab is in place: then the
      // report counts as generated, and the retired copy is cleaned up by the next run.
      if (result.ok) expect(fingerprint(sheet(TAB)), where).toBe(fresh.report);
      else expect(result.message, where).toMatch(/[\u4e00-\u9fff]/);
      expect(apps.lock._held, where).toBe(false);
      const report = apps.spreadsheet._sheet(TAB);
      expect(report, `${where}: the 通报 tab is gone (${tabNames(apps).join(' | ')})`).toBeDefined();
      expect([old.report, fresh.report], where).toContain(fingerprint(report!));
      expect([old.dashboard, fresh.dashboard], where).toContain(fingerprint(sheet('领导看板')));
      expect(fingerprint(sheet(LEDGER)), where).toBe(ledgerBefore);
      // A retry after the failure completes and cleans up any tab left aside.
      expect(generateReport(PERIOD).ok, where).toBe(true);
      expect(fingerprint(sheet(TAB)), where).toBe(fresh.report);
      expect(
        tabNames(apps).filter((t) => t.startsWith('~')),
        where,
      ).toEqual([]);
      expect(
        tabNames(apps).filter((t) => !t.startsWith('~')),
        where,
      ).toEqual(old.tabs);
    }
  }, 240_000); // one full run per write: minutes on a shared 2-core machine
});

// ───────────────────────── broken rule tables ─────────────────────────

interface Breakage {
  what: string;
  table: (typeof RULE_TABLE_NAMES)[number];
  column: string;
  /** Change the tab; returns the sheet row that is now wrong. */
  apply: (grid: Grid, col: (h: string) => number) => { row: number; cells: [number, number, Cell][] };
}

const BREAKAGES: Breakage[] = [
  {
    what: 'a level twice in 计分 with two values',
    table: '计分',
    column: '分值',
    apply: (grid, col) => {
      const i = grid.findIndex((r) => r[col('采用方式')] === '录用' && r[col('级别')] === '市级');
      const copy = [...grid[i]];
      copy[col('分值')] = 8;
      const row = grid.length + 1;
      return { row, cells: copy.map((v, c): [number, number, Cell] => [row, c + 1, v]) };
    },
  },
  {
    what: 'a negative threshold in 指标',
    table: '指标',
    column: '目标',
    apply: (_grid, col) => ({ row: 2, cells: [[2, col('目标') + 1, -5]] }),
  },
  {
    what: 'an any-of group with one member in 指标',
    table: '指标',
    column: '组',
    apply: (_grid, col) => ({ row: 3, cells: [[3, col('组') + 1, '单独一组']] }),
  },
  {
    what: 'a multiplier of 0 in 系数',
    table: '系数',
    column: '倍数',
    apply: (_grid, col) => ({ row: 2, cells: [[2, col('倍数') + 1, 0]] }),
  },
];

function readRuleTabs(): RuleGrids {
  const out: RuleGrids = {};
  for (const name of RULE_TABLE_NAMES) out[name] = sheet(name).getDataRange().getValues() as Grid;
  return out;
}

describe.each(BREAKAGES)('a rule table with $what', (b) => {
  function breakIt(): { row: number; ref: RegExp } {
    const tab = sheet(b.table);
    const grid = tab.getDataRange().getValues() as Grid;
    const header = grid[0].map((h) => String(h));
    const col = (h: string) => {
      const i = header.indexOf(h);
      if (i < 0)
        throw new Error(
          `「${b.table}」has no column ${h} (headers: ${header.join(',')}; expected ${TABLE_HEADERS[b.table]})`,
        );
      return i;
    };
    const { row, cells } = b.apply(grid, col);
    if (row > tab._maxRows) tab._maxRows = row;
    for (const [r, c, v] of cells) tab._cell(r, c, true)!.v = v as never;
    return { row, ref: new RegExp(`「${b.table}」表第${row}行「${b.column}」`) };
  }

  it('is reported at its cell', () => {
    const { row } = breakIt();
    const { errors } = resolveRules(readRuleTabs());
    expect(errors).toContainEqual(expect.objectContaining({ table: b.table, row, column: b.column }));
  });

  it('computes no points: every filled ledger row says which cell to fix', () => {
    const { ref } = breakIt();
    const ledger = sheet(LEDGER);
    const functions = { ZG_LEDGER } as Record<string, (...a: unknown[]) => unknown>;
    // The computed columns are one array formula, ZG_LEDGER in the 积分 header cell (初始化台账 puts it there).
    let formula: string | undefined;
    for (let c = 1; c <= ledger._maxCols && formula === undefined; c++) {
      const f = ledger._peek(1, c)?.f;
      if (f?.startsWith('=ZG_LEDGER(')) formula = f;
    }
    expect(formula, 'the ledger has a ZG_LEDGER formula').toBeDefined();
    const out = evaluateFormula(apps.spreadsheet, ledger, formula!, functions);
    expect(out[0]).toEqual(['积分', '计任务', '校验']);
    const filled = out.slice(1, ROWS.length + 1);
    expect(filled).toHaveLength(ROWS.length);
    for (const row of filled) {
      for (const v of row) {
        expect(typeof v, 'no number while the rules are broken').toBe('string');
        expect(v as string).toMatch(ref);
      }
    }
  });

  it('makes 生成通报 and 刷新领导看板 refuse with that message and keep the previous tabs', () => {
    expect(generateReport('2024-Q1').ok).toBe(true);
    const before = {
      report: fingerprint(sheet('通报 2024-Q1')),
      dashboard: fingerprint(sheet('领导看板')),
      tabs: tabNames(apps),
    };
    const { ref } = breakIt();
    const expected = ruleErrorText(resolveRules(readRuleTabs()).errors);
    for (const result of [generateReport('2024-Q1'), generateReport('2024-Q2'), refreshDashboard()]) {
      expect(result.ok).toBe(false);
      const message = 'message' in result ? result.message : '';
      expect(message).toContain(expected);
      expect(message).toMatch(ref);
    }
    expect(tabNames(apps)).toEqual(before.tabs);
    expect(fingerprint(sheet('通报 2024-Q1'))).toBe(before.report);
    expect(fingerprint(sheet('领导看板'))).toBe(before.dashboard);
    expect(apps.lock._held).toBe(false);
  });
});
