// A ledger kept one tab per year (「2023年」, 「2024年」), read by `zugong report` as the command line reads
// every ledger tab: a piece sent (or adopted) in 2023 and sent again, or adopted again, in 2024. The 2024 报送
// counts in 2024 (重复报送 is judged within one year); its 计任务 is the piece's once over the whole ledger
// (重复用稿不计任务), so the 2024 row shows 0 — and its 校验 says why, naming the 2023 row (audit: it was empty).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as cli } from '../../src/cli/main';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';
import { tempDir, writeXlsx } from './helpers';

const TOWN = '峡窝镇党委'; // 001 §五.1: 每月向区委组织部报送组织工作信息不少于2条

interface Json {
  rows: { tab: string; row: number; taskCredit: number | string; issues: string[]; remarks?: string[] }[];
  units: {
    unit: string;
    adoptions: number;
    submissions: number;
    indicators: { name: string; buckets?: { value: number }[] }[];
  }[];
}

async function report(tabs: Record<string, RowSpec[]>, period = '2024'): Promise<Json> {
  const path = join(tempDir(), 'ledger.xlsx');
  const grids: Record<string, Grid> = {};
  for (const [tab, rows] of Object.entries(tabs)) grids[tab] = ledgerGrid(rows);
  await writeXlsx(path, grids);
  let out = '';
  const code = await cli(['report', path, '--json', '--period', period], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: () => {} },
    env: { ZUGONG_PROGRESS: '0' },
    now: () => new Date('2026-11-30T04:00:00Z'),
  });
  expect(code).toBe(0);
  return JSON.parse(out);
}

/** What the row's 校验 cell says (issues, then remarks) and its 计任务. */
function cells(j: Json, tab: string, row: number): { 计任务: number | string; 校验: string } {
  const r = j.rows.find((x) => x.tab === tab && x.row === row);
  if (!r) throw new Error(`no row ${tab} ${row}`);
  return { 计任务: r.taskCredit, 校验: [...r.issues, ...(r.remarks ?? [])].join('；') };
}

function monthly(j: Json): number[] {
  const u = j.units.find((x) => x.unit === TOWN);
  const ind = u?.indicators.find((i) => i.name === '每月向区委组织部报送');
  return (ind?.buckets ?? []).map((b) => b.value);
}

const sent = (title: string, day: string) =>
  submission({ 单位: TOWN, 标题: title, 报送对象: '区委组织部', 报送日期: day });

describe('a piece of the 2023 tab again in the 2024 tab', () => {
  it('sent again in 2024: counts in March 2024, 计任务 0 with the 2023 row named', async () => {
    const j = await report({
      '2023年': [sent('甲稿', '2023-11-06'), sent('乙稿', '2023-11-07')],
      '2024年': [sent('丙稿', '2024-03-01'), sent('甲稿', '2024-03-04')],
    });
    expect(monthly(j).slice(0, 4)).toEqual([0, 0, 2, 0]);
    expect(cells(j, '2024年', 2)).toEqual({ 计任务: 1, 校验: '' });
    expect(cells(j, '2024年', 3)).toEqual({
      计任务: 0,
      校验: '重复报送：与「2023年」第2行为同一稿件，已于2023年报送并计任务，本行不再计任务（2024年报送照计）',
    });
    // The 2023 report still has it in November, once.
    const last = await report(
      {
        '2023年': [sent('甲稿', '2023-11-06'), sent('乙稿', '2023-11-07')],
        '2024年': [sent('丙稿', '2024-03-01'), sent('甲稿', '2024-03-04')],
      },
      '2023',
    );
    expect(monthly(last)[10]).toBe(2);
  }, 60_000);

  it('adopted in 2023 and sent again in 2024: the 2023 adoption is named', async () => {
    const j = await report({
      '2023年': [sent('甲稿', '2023-11-06'), adoption({ 单位: TOWN, 标题: '甲稿', 录用日期: '2023-11-20' })],
      '2024年': [sent('甲稿', '2024-03-04')],
    });
    expect(monthly(j)[2]).toBe(1);
    expect(cells(j, '2024年', 2)).toEqual({
      计任务: 0,
      校验: '重复报送：与「2023年」第3行为同一稿件，已于2023年录用并计任务，本行不再计任务（2024年报送照计）',
    });
  }, 60_000);

  it('sent in 2023, adopted in 2024: a 2024 adoption with its 计任务, no 2024 报送', async () => {
    const j = await report({
      '2023年': [sent('甲稿', '2023-11-06')],
      '2024年': [adoption({ 单位: TOWN, 标题: '甲稿', 录用日期: '2024-03-04' })],
    });
    expect(cells(j, '2024年', 2)).toEqual({ 计任务: 1, 校验: '' });
    const u = j.units.find((x) => x.unit === TOWN);
    expect([u?.adoptions, u?.submissions]).toEqual([1, 0]);
    expect(monthly(j)[2]).toBe(0);
  }, 60_000);

  it('adopted in 2023 and again in 2024: 计任务 0 with the 2023 adoption named', async () => {
    const j = await report({
      '2023年': [adoption({ 单位: TOWN, 标题: '甲稿', 录用日期: '2023-11-06' })],
      '2024年': [adoption({ 单位: TOWN, 标题: '甲稿', 媒体: '河南日报', 录用日期: '2024-03-04' })],
    });
    expect(cells(j, '2024年', 2)).toEqual({
      计任务: 0,
      校验: '重复用稿：与「2023年」第2行为同一稿件，已于2023年录用并计任务，本行“计任务”记0（按级别等条件去重的录用任务另行判断）',
    });
  }, 60_000);
});
