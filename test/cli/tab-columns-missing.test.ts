// A ledger read from several tabs is laid out in the first tab's columns. A column the first tab has and a
// later one lacks (类别 typed in 2023年 only) reads blank on that tab's rows: a notice names the tab and the
// column, where before the rows scored as general pieces with nothing said (review s28 #4).
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';
import { tempDir, writeXlsx, zugong } from './helpers';

async function notices(tabs: Record<string, Grid>): Promise<string[]> {
  const path = join(tempDir(), 'ledger.xlsx');
  await writeXlsx(path, tabs);
  const run = zugong(['report', path, '--json', '--preset', '类别', '--period', '2024']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout).meta.notices;
}

const noKind = LEDGER_HEADERS.filter((h) => h !== '类别');
const piece = (title: string, day: string) =>
  adoption({ 标题: title, 类别: '言论文章', 级别: '市级', 录用日期: day, 审核状态: '终审' });
const without类别 = (row: ReturnType<typeof piece>) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => k !== '类别')) as ReturnType<typeof piece>;

it('a later tab without the first tab’s 类别 column is named, with what its rows read', async () => {
  const said = await notices({
    '2023年': ledgerGrid([piece('甲', '2023-05-01')]),
    '2024年': ledgerGrid([without类别(piece('乙', '2024-05-01'))], noKind),
  });
  expect(said).toContain('「2024年」表没有「类别」列（「2023年」表有），该表各行按空白读取');
}, 60_000);

it('tabs with the same columns get no such notice', async () => {
  const said = await notices({
    '2023年': ledgerGrid([piece('甲', '2023-05-01')]),
    '2024年': ledgerGrid([piece('乙', '2024-05-01')]),
  });
  expect(said.filter((n) => n.includes('该表各行按空白读取'))).toEqual([]);
}, 60_000);
