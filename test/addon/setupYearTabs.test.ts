// A workbook kept as one tab per year (2023年, 2024年) and no 稿件台账 (audit s36 G1): 初始化台账 gives the
// computed columns to the newest year's tab, and 录入稿件 appends there, wherever the tabs stand. Before, the
// first tab in sheet order (2023年) took them: the year being typed in had no 积分, 计任务 or 校验.
import { describe, expect, it } from 'vitest';
import { findLedgerSheet, runSetup } from '../../src/addon/setupLedger';
import { useFakeApps } from '../fakes/useFakeApps';
import { adoption, ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org', startWithSheet1: false });

const year = (y: number) =>
  ledgerGrid([
    adoption({ 标题: `${y}年的稿`, 报送日期: `${y}-03-01`, 录用日期: `${y}-03-05` }),
  ]) as unknown[][];

const formulas = (name: string) =>
  fake.apps.spreadsheet
    ._sheet(name)!
    ._grid()[0]
    .map((_, c) => fake.apps.spreadsheet._sheet(name)!._peek(1, c + 1)?.f ?? '')
    .filter((f) => f !== '');

describe('year tabs without 稿件台账', () => {
  it.each([
    ['2023年', '2024年'],
    ['2024年', '2023年'],
  ])('tabs %s, %s: the computed columns go on 2024年', (a, b) => {
    fake.apps.spreadsheet._addSheet(a, year(Number.parseInt(a, 10)));
    fake.apps.spreadsheet._addSheet(b, year(Number.parseInt(b, 10)));
    runSetup();
    expect(findLedgerSheet(fake.apps.spreadsheet as never)?.getName()).toBe('2024年');
    expect(formulas('2024年').join()).toMatch(/ZG_LEDGER/);
    expect(formulas('2023年').join()).not.toMatch(/ZG_LEDGER/);
  });
});
