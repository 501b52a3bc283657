// On the command line (and 生成通报, which reads alike: sheets/run.ts), a rule reading a ledger column the
// ledger lacks is a notice at its rule cell, naming the tab it was read from (audit s28 F4).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';
import { tempDir, writeXlsx } from './helpers';

async function run(file: string, ...more: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['report', file, '--json', '--period', '2024', ...more], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr };
}

function workbookTabs(headers: string[]): Record<string, Grid> {
  const g = rulesToGrids(presetRules('上街区'));
  const points = g.计分!.map((r) => [...r]);
  points.push(['录用', '市级', '', '', '头版', 20, '', '']);
  const multipliers = g.系数!.map((r) => [...r]);
  multipliers.push(['头版加倍', '版面', '头版', 2, '录用', '版面', '']);
  const rows = [adoption({ 版面: '头版' }), adoption({ 标题: '另一篇' })].map((r) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => headers.includes(k))),
  );
  return { 稿件台账: ledgerGrid(rows, headers), ...g, 计分: points, 系数: multipliers };
}

describe('a rule on a column the ledger lacks, on the command line', () => {
  it('each rule row said once at its cell; none when the ledger has the column', async () => {
    const dir = tempDir();
    const lacking = join(dir, 'lacking.xlsx');
    const having = join(dir, 'having.xlsx');
    await writeXlsx(lacking, workbookTabs(LEDGER_HEADERS.filter((h) => h !== '版面')));
    await writeXlsx(having, workbookTabs(LEDGER_HEADERS));
    const a = await run(lacking);
    expect(a.code, a.stderr).toBe(0);
    const notices = (JSON.parse(a.stdout) as { meta: { notices: string[] } }).meta.notices;
    const said = notices.filter((n) => n.includes('台账没有「版面」列'));
    expect(said).toEqual([
      `「计分」表第${rulesToGrids(presetRules('上街区')).计分!.length + 1}行按版面“头版”计分，但台账没有「版面」列，该行未生效`,
      `「系数」表第${rulesToGrids(presetRules('上街区')).系数!.length + 1}行“头版加倍”按版面加倍，但台账没有「版面」列，该行未生效`,
    ]);
    const b = await run(having);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).not.toContain('台账没有「版面」列');
  });

  it('a CSV ledger without 类别 under the 类别 preset: the 16 计分 rows by 类别 in one line, not 16', async () => {
    const csv = join(tempDir(), 'no-kind.csv');
    writeFileSync(
      csv,
      '标题,作者,单位,媒体,采用方式,录用日期\n党建,张三,峡窝镇党委,郑州日报,录用,2024-03-05\n',
    );
    const a = await run(csv, '--preset', '类别');
    expect(a.code, a.stderr).toBe(0);
    const notices = (JSON.parse(a.stdout) as { meta: { notices: string[] } }).meta.notices;
    expect(notices.filter((n) => n.includes('台账没有「类别」列'))).toEqual([
      '预设的「计分」表第6–21行按「类别」计分，但台账没有「类别」列，这些行未生效',
    ]);
    expect(notices.length).toBeLessThanOrEqual(5);
    expect(a.stderr.split('\n').filter((l) => l.includes('「计分」表'))).toHaveLength(1);
  });
});
