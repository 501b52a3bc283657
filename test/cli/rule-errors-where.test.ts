// A rule table's errors and notices say where it was read: the tab (计分标准, not 计分) and, for a --rules
// workbook, the file, so an office whose ledger workbook has its own 计分 tab is not sent to it (audit S23a
// F1, F3). The add-on names the tab as the report does.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRulesStatus } from '../../src/addon/main';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';
import { useFakeApps } from '../fakes/useFakeApps';
import { ROOT, reportIn, tempDir, writeXlsx } from './helpers';

const EXAMPLE = join(ROOT, 'examples', '上街区-2024.xlsx');

/** The preset's 计分 table with one 分值 replaced and a 注： line under it. */
function points(value: unknown): Grid {
  const grid = rulesToGrids(presetRules('上街区')).计分!.map((r) => [...r]);
  grid[2][(grid[0] as string[]).indexOf('分值')] = value as string;
  return [...grid, ['注：分值按篇计']];
}

describe('a --rules table named by its file and tab', () => {
  it('the refusal names the file and the tab 计分标准 it was read from, the English half too', async () => {
    const file = join(tempDir(), 'rules.xlsx');
    await writeXlsx(file, { 计分标准: points('十五分左右') });
    const r = await reportIn(['report', EXAMPLE, '--rules', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const [zh, en] = r.stderr.trim().split('｜');
    expect(zh).toBe(
      `错误：规则表有误，暂不计分：规则文件 ${file} 中「计分标准」表（作「计分」表读取）第3行「分值」应为数字，现为“十五分左右”`,
    );
    expect(en).toBe(
      `Error: rule table error in sheet 计分标准 (read as the 计分 table) of the rules file ${file}, row 3, column 分值`,
    );
  });

  it('a tab of the standard name is named with its file', async () => {
    const file = join(tempDir(), 'rules.xlsx');
    await writeXlsx(file, { 计分: points('待定') });
    const r = await reportIn(['report', EXAMPLE, '--rules', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`暂不计分：规则文件 ${file} 中「计分」表第3行「分值」应为数字，现为“待定”｜`);
  });

  it('its notices name the tab and the file too', async () => {
    const file = join(tempDir(), 'rules.xlsx');
    const grid = points(6);
    await writeXlsx(file, { 计分标准: grid });
    const r = await reportIn(['report', EXAMPLE, '--rules', file]);
    expect(r.code, r.stderr).toBe(0);
    const details = (
      JSON.parse(r.stdout) as {
        meta: { noticeDetails: { code: string; file?: string; tab?: string; message: string }[] };
      }
    ).meta.noticeDetails;
    const said = details.filter((n) => n.code === 'rule-column' && n.message.includes('说明文字'));
    expect(said).toEqual([
      expect.objectContaining({
        file,
        tab: '计分标准',
        message: `规则文件 ${file} 中「计分标准」表（作「计分」表读取）第${grid.length}行是说明文字，未作为规则读取`,
      }),
    ]);
    // The notice that the tab is read as 计分 belongs to the rules file too, not to the ledger's (audit S23b).
    expect(details.filter((n) => n.code === 'rule-tab-renamed')).toEqual([
      expect.objectContaining({ file, tab: '计分标准' }),
    ]);
  });
});

describe('the add-on names a rule table by its tab', () => {
  const fake = useFakeApps({ owner: 'owner@example.org' });
  it('an error in a tab 计分标准 says 「计分标准」表 on the rules page', () => {
    fake.apps.spreadsheet._addSheet('计分标准', points('待定'));
    const status = getRulesStatus();
    if (!status.ok) throw new Error(status.message);
    const errors = status.tables.find((t) => t.table === '计分')?.errors.map((e) => e.message);
    expect(errors).toEqual(['「计分标准」表（作「计分」表读取）第3行「分值」应为数字，现为“待定”']);
  });
});
