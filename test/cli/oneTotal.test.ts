// One total everywhere (issue 14): the year's points read back from every output a person sees — the
// command line's .xlsx tabs (通报 text, 附件1 合计, 领导看板's first line, its month table's 合计 and the
// cells its chart plots), the .docx (text and table), --json, the console, and the add-on's 通报 and
// 看板 on the fake — are one figure, on the example ledger and on a generated ledger with relay rows,
// bad rows (unknown units, repeats) and last year's rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateLedger } from '../../bench/generate';
import { generateReport, refreshDashboard } from '../../src/addon/main';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/cli/xlsxWorkbook';
import type { Grid } from '../../src/core/types';
import { chartRangeA1, createFakeApps, type FakeApps } from '../fakes/spreadsheetApp';
import { allValues, docxParagraphs, ROOT, readXlsx, tempDir, writeXlsx } from './helpers';

type Rows = unknown[][];

/** `zugong …` in this process (the same main() the bin runs), its stdout captured. */
async function run(args: string[]): Promise<string> {
  let out = '';
  const io = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: () => true },
    env: { NO_COLOR: '1', ZUGONG_PROGRESS: '0' },
  };
  expect(await main(args, io)).toBe(0);
  return out;
}

const num = (text: string, re: RegExp): number => {
  const m = re.exec(text);
  if (!m) throw new Error(`no figure for ${re} in: ${text.slice(0, 200)}`);
  return Number(m[1]);
};

/** 领导看板 as a grid: its first line's total, its month table's 合计, and this year's month column. */
function board(grid: Rows, chartRows: [number, number]): Record<string, number> {
  const header = grid.findIndex((r) => r?.[0] === '月份');
  const total = grid.findIndex((r, i) => i > header && r?.[0] === '合计');
  const [from, to] = chartRows; // 1-based rows the chart's this-year series reads, header included
  let plotted = 0;
  for (let r = from; r <= to; r++) {
    const v = grid[r - 1]?.[1];
    if (typeof v === 'number') plotted += v;
  }
  return {
    看板首行: num(String(grid[1]?.[0]), /^全年积分([\d.]+)分/),
    看板月表合计: Number(grid[total][1]),
    看板图表: Math.round(plotted * 100) / 100,
  };
}

/** The 通报 tabs: the figure in 一、总体情况 and 附件1's 合计 row. */
function noticeTabs(body: Rows, ranking: Rows): Record<string, number> {
  return {
    通报正文: num(body.map((r) => String(r?.[0] ?? '')).join(''), /共计积分([\d.]+)分/),
    附件1合计: Number(ranking.find((r) => r?.[0] === '合计')?.[2]),
  };
}

/** Every output of one ledger: the command line's files and text, then the add-on on the fake. */
async function everyTotal(file: string, tabs: Record<string, Grid>): Promise<Record<string, number>> {
  const dir = tempDir();
  const out = join(dir, 'report.xlsx');
  const j = JSON.parse(await run(['report', file, '--period', '2024', '--out', out, '--json']));
  const console = await run(['report', file, '--period', '2024']);
  const values = allValues(await readXlsx(out));
  // The chart's this-year series, as the saved chart part names it ('领导看板'!$B$m:$B$n).
  const chartXml = await (await JSZip.loadAsync(readFileSync(out)))
    .file('xl/charts/chart1.xml')!
    .async('string');
  const series = [...chartXml.matchAll(/<c:val>\s*<c:numRef>\s*<c:f>[^<]*\$B\$(\d+):\$B\$(\d+)<\/c:f>/g)];
  expect(series).toHaveLength(1);
  const paragraphs = await docxParagraphs(join(dir, 'report.docx'));
  const docTotal = paragraphs.indexOf('合计');

  const cli = {
    json: j.meta.totals.points,
    json各单位之和:
      Math.round(j.units.reduce((a: number, u: { points: number }) => a + u.points, 0) * 100) / 100,
    控制台: num(console, /^合计：\d+ 个单位，积分 ([\d.]+)/m),
    ...noticeTabs(values['通报 2024'], values['通报 2024 附件1']),
    ...board(values.领导看板, [Number(series[0][1]), Number(series[0][2])]),
    Word正文: num(paragraphs.find((p) => p.includes('共计积分')) ?? '', /共计积分([\d.]+)分/),
    Word附件1合计: Number(paragraphs[docTotal + 2]),
  };

  // The add-on: the same tabs in a spreadsheet, 生成通报 and 刷新领导看板 as the menu runs them.
  for (const [name, grid] of Object.entries(tabs)) apps.spreadsheet._addSheet(name, grid);
  expect(generateReport('2024').ok).toBe(true);
  expect(refreshDashboard().ok).toBe(true);
  const grid = (name: string) => apps.spreadsheet._sheet(name)!._grid() as Rows;
  const charts = apps.spreadsheet._sheet('领导看板')!.getCharts();
  expect(charts).toHaveLength(1);
  // The chart reads the 看板's own month table (it was built on the tab before the swap renamed it).
  const range = chartRangeA1(charts[0].getRanges()[0]);
  expect(range).toMatch(/^领导看板!A\d+:[BC]\d+$/);
  const [, r1, r2] = /!A(\d+):[BC](\d+)$/.exec(range)!.map(Number);
  const addon = Object.fromEntries(
    Object.entries({
      ...noticeTabs(grid('通报 2024'), grid('通报 2024 附件1')),
      ...board(grid('领导看板'), [r1, r2]),
    }).map(([k, v]) => [`插件${k}`, v]),
  );
  return { ...cli, ...addon };
}

let apps: FakeApps;
let uninstall: () => void;
beforeEach(() => {
  apps = createFakeApps();
  uninstall = apps.install();
});
afterEach(() => uninstall());

describe('one total everywhere: every output a person reads gives the same year total', () => {
  it('the example ledger: 2584.6 (2446 of manuscripts and 138.6 of relay shares) in all fifteen places', async () => {
    const file = join(ROOT, 'examples', '上街区-2024.xlsx');
    const input = await XlsxWorkbook.open(file);
    const tabs = Object.fromEntries(input.sheetNames().map((n) => [n, input.readValues(n)]));
    const totals = await everyTotal(file, tabs);
    expect(Object.keys(totals)).toHaveLength(15);
    expect(Object.entries(totals).filter(([, v]) => v !== 2584.6)).toEqual([]);
  }, 120_000);

  describe('a generated ledger with relay rows, bad rows and last year', () => {
    let file: string;
    let ledger: Grid;
    beforeAll(async () => {
      const thisYear = generateLedger({ rows: 1500, seed: 14 });
      const lastYear = generateLedger({ rows: 300, seed: 13, year: 2023 }).slice(1);
      ledger = [...thisYear, ...lastYear];
      const relayed = thisYear.slice(1).filter((r) => r[thisYear[0].indexOf('对口处室')] !== '');
      expect(relayed.length).toBeGreaterThan(20);
      file = join(tempDir(), 'generated.xlsx');
      await writeXlsx(file, { 稿件台账: ledger });
    });

    it('gives one figure everywhere, relay shares included', async () => {
      const totals = await everyTotal(file, { 稿件台账: ledger });
      const j = JSON.parse(await run(['report', file, '--period', '2024', '--json']));
      expect(j.meta.totals.relayPoints).toBeGreaterThan(0);
      expect(Object.entries(totals).filter(([, v]) => v !== j.meta.totals.points)).toEqual([]);
    }, 120_000);
  });
});
