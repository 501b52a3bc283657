// Backup copies of the ledger tab (audit S27 F4): clerks duplicate 稿件台账 before a risky edit (Sheets names
// the copy 稿件台账 的副本 or Copy of 稿件台账; Excel and WPS 稿件台账 (2); people type 稿件台账_2, 稿件台账备份 …).
// With the ledger itself there, a copy is no second ledger: 生成通报, 刷新领导看板, the computed columns
// 初始化台账 writes and the command line count each row once and name the copy in one notice.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { runSetup, setupSummaryText } from '../../src/addon/setupLedger';
import { main as cli } from '../../src/cli/main';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import type { Grid } from '../../src/core/types';
import { tempDir, writeXlsx } from '../cli/helpers';
import { evaluateFormula } from '../fakes/evaluate';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';
import { fill, ok } from '../helpers/sheetRows';

const fake = useFakeApps({ owner: 'owner@example.org' });
fixClock();

const ss = () => fake.apps.spreadsheet;
const ledger = () => ss()._sheet('稿件台账')!;
const n = LEDGER_HEADERS.length;

const ROWS: RowSpec[] = [
  adoption({
    标题: '稿一',
    单位: '峡窝镇党委',
    报送对象: '区委组织部',
    报送日期: '2026-03-01',
    录用日期: '2026-03-10',
  }),
  adoption({
    标题: '稿二',
    单位: '峡窝镇党委',
    报送对象: '区委组织部',
    报送日期: '2026-03-02',
    录用日期: '2026-03-11',
  }),
];

/** 初始化台账, two rows typed, then the tab duplicated under `copy` (its values and formulas). */
function withCopy(copy: string): void {
  runSetup();
  fill(ledger(), ROWS);
  const src = ledger();
  const range = src.getRange(1, 1, src.getLastRow(), src.getLastColumn());
  const values = range.getValues();
  const formulas = range.getFormulas();
  const sheet = ss().insertSheet(copy);
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  formulas.forEach((row, r) => {
    row.forEach((f, c) => {
      if (f) sheet.getRange(r + 1, c + 1).setFormula(f);
    });
  });
}

const COPIES = [
  '稿件台账 的副本',
  'Copy of 稿件台账',
  '稿件台账 (2)',
  '稿件台账_2',
  '稿件台账备份',
  '稿件台账-备份',
  '稿件台账副本',
  '稿件台账（旧）',
];

describe('a copy of 稿件台账 beside it', () => {
  it.each(COPIES)('「%s」: 生成通报 counts each row once and names the copy', (copy) => {
    withCopy(copy);
    const r = ok(main.generateReport('2026'));
    expect(r.rows).toBe(2);
    expect(r.issues).toEqual([]);
    expect(r.notices.filter((t) => t.includes(copy))).toEqual([
      `「${copy}」是「稿件台账」的副本，未计入通报；如它另有稿件，请把这些行移到「稿件台账」`,
    ]);
  });

  it('刷新领导看板 reads the ledger once and names the copy', () => {
    withCopy('稿件台账 的副本');
    const r = ok(main.refreshDashboard());
    expect(r.message).not.toContain('合并读取');
    expect(r.message).toContain('「稿件台账 的副本」是「稿件台账」的副本，未计入通报');
  });

  it('初始化台账 run again keeps the copy out of the computed columns: no row is a 重复', () => {
    withCopy('稿件台账 的副本');
    const summary = runSetup();
    const formula = ledger()._peek(1, n + 1)?.f ?? '';
    expect(formula).not.toContain('的副本');
    const rows = evaluateFormula(ss(), ledger(), formula, main as never).slice(1, 3);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      [5, 1, ''],
      [5, 1, ''],
    ]);
    expect(setupSummaryText(summary)).toContain('「稿件台账 的副本」是「稿件台账」的副本');
  });

  it('a formula an earlier 初始化台账 wrote naming the copy loses it on a rerun, which says why', () => {
    withCopy('稿件台账 的副本');
    const cell = ledger().getRange(1, n + 1);
    cell.setFormula(cell.getFormula().replace(/\)$/, ", '稿件台账 的副本'!A1:W)"));
    expect(ok(main.generateReport('2026')).notices).toContain(
      '「稿件台账」表积分、计任务、校验列的公式引用了「稿件台账 的副本」：它是台账的副本，未计入通报，这些列却把它的行当作稿件判断重复、多次录用，可能与通报不同；请运行“初始化台账”，公式将去掉该表',
    );
    const text = setupSummaryText(runSetup());
    expect(ledger()._peek(1, n + 1)?.f ?? '').not.toContain('的副本');
    expect(text).toContain(
      '「稿件台账 的副本」是「稿件台账」的副本，未传入积分、计任务、校验列的公式（生成通报也不计入它）。',
    );
    expect(ok(main.generateReport('2026')).notices.filter((t) => t.includes('公式引用了'))).toEqual([]);
  });

  it('a year tab (2025年, 2025年台账) is no copy: still read with the ledger', () => {
    runSetup();
    fill(ledger(), ROWS);
    ss()._addSheet(
      '2025年台账',
      ledgerGrid([adoption({ 标题: '旧稿', 报送日期: '2025-03-01', 录用日期: '2025-03-10' })]) as unknown[][],
    );
    const r = ok(main.generateReport('2026'));
    expect(r.notices.some((t) => t.includes('台账由 2 个工作表合并读取'))).toBe(true);
    expect(r.notices.some((t) => t.includes('副本'))).toBe(false);
  });

  it('a copy of a year tab is not read with it', () => {
    runSetup();
    fill(ledger(), ROWS);
    const old = ledgerGrid([adoption({ 标题: '旧稿', 报送日期: '2025-03-01', 录用日期: '2025-03-10' })]);
    ss()._addSheet('2025年', old as unknown[][]);
    ss()._addSheet('2025年 的副本', old as unknown[][]);
    const r = ok(main.generateReport('2025'));
    expect(r.rows).toBe(1);
    expect(r.notices).toContain(
      '「2025年 的副本」是「2025年」的副本，未计入通报；如它另有稿件，请把这些行移到「2025年」',
    );
  });
});

describe('only a copy, the ledger itself gone', () => {
  it('is read as the ledger, and said', () => {
    ss()._addSheet('稿件台账 的副本', ledgerGrid(ROWS) as unknown[][]);
    const r = ok(main.generateReport('2026'));
    expect(r.rows).toBe(2);
    expect(r.notices).toContain(
      '台账从「稿件台账 的副本」表读取：工作簿中没有「稿件台账」表，该表像是它的副本；如这就是台账，可把它改名为「稿件台账」',
    );
  });
});

/** `zugong report --json --period 2026` on an .xlsx of `tabs`: rows, units, and what it said on stderr. */
async function report(tabs: Record<string, Grid>) {
  const path = join(tempDir(), 'ledger.xlsx');
  await writeXlsx(path, tabs);
  let stdout = '';
  let stderr = '';
  const code = await cli(['report', path, '--json', '--period', '2026'], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { ZUGONG_PROGRESS: '0' },
    now: () => new Date('2026-11-30T04:00:00Z'),
  });
  expect(code).toBe(0);
  const out = JSON.parse(stdout);
  return { rows: out.rows, units: out.units, stderr };
}

describe('the command line on an .xlsx holding a copy', () => {
  it('gives the figures of the ledger alone, after an edit the copy predates, and names the copy', async () => {
    // The risky edit: 稿二 was adopted by 河南日报, not 郑州日报; the copy keeps the old line.
    const edited = ROWS.map((r) => (r.标题 === '稿二' ? { ...r, 媒体: '河南日报' } : r));
    const alone = await report({ 稿件台账: ledgerGrid(edited) as Grid });
    const withCopy = await report({
      稿件台账: ledgerGrid(edited) as Grid,
      '稿件台账 (2)': ledgerGrid(ROWS) as Grid,
    });
    expect(withCopy.rows).toEqual(alone.rows);
    expect(withCopy.units).toEqual(alone.units);
    expect(withCopy.stderr).toContain(
      '「稿件台账 (2)」是「稿件台账」的副本，未计入通报；如它另有稿件，请把这些行移到「稿件台账」',
    );
  });
});

describe('a 模板 tab holding a sample row beside the ledger', () => {
  it('初始化台账 leaves it out of the computed columns, so the real row with the same title is no 重复, and says so', () => {
    runSetup();
    fill(ledger(), ROWS);
    ss()._addSheet('台账模板', ledgerGrid([ROWS[0]]) as unknown[][]);
    const text = setupSummaryText(runSetup());
    const formula = ledger()._peek(1, n + 1)?.f ?? '';
    expect(formula).not.toContain('台账模板');
    const rows = evaluateFormula(ss(), ledger(), formula, main as never).slice(1, 3);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      [5, 1, ''],
      [5, 1, ''],
    ]);
    expect(text).toContain(
      '「台账模板」像是模板或填写示例，未传入积分、计任务、校验列的公式（生成通报也不计入它）。',
    );
    expect(ok(main.generateReport('2026')).rows).toBe(2);
  });
});
