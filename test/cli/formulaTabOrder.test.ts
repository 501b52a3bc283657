// A workbook downloaded from Sheets keeps the computed columns' formula: the command line reads the ledger
// tabs in its order (the tab it sits on, then the tabs it names), as 生成通报 does, so a repeat across year
// tabs keeps the copy the sheet's 积分 column kept, however the tabs were dragged (re-sweep S17c F2).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/cli/xlsxWorkbook';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import type { Cell } from '../../src/core/types';
import { RULE_TABS } from '../../src/sheets/tabs';
import { tempDir, zugong } from './helpers';

const RULES = RULE_TABS.map((t) => `'${t}'!A1:Z`).join(', ');

function rows(lines: Record<string, Cell>[]): (string | number | Date | null)[][] {
  const header = LEDGER_HEADERS.map(String);
  return [header, ...lines.map((l) => header.map((h) => (l[h] ?? null) as string | number | Date | null))];
}

const piece = (extra: Record<string, Cell> = {}) => ({
  标题: '两表同样',
  作者: '王芳',
  单位: '峡窝镇党委',
  报送对象: '区委组织部',
  报送日期: new Date(2024, 2, 1),
  媒体: '郑州日报',
  录用日期: new Date(2024, 2, 5),
  ...extra,
});

/** 2025年 first in sheet order, the formula on 2024年 naming 2025年 after it. */
async function workbook(formula: string): Promise<string> {
  const wb = new XlsxWorkbook();
  const width = LEDGER_HEADERS.length;
  wb.writeSheet({ name: '2025年', values: rows([piece()]) });
  const mine = rows([piece({ 标题: '只在甲' }), piece()]);
  for (const r of mine) while (r.length < width + 1) r.push(null);
  wb.writeSheet({
    name: '2024年',
    values: mine,
    formulas: [{ row: 1, col: width + 1, formula }],
  });
  const path = join(tempDir(), 'year-tabs.xlsx');
  await wb.save(path);
  return path;
}

function keptOn(path: string): string[] {
  const r = zugong(['report', path, '--period', '2024', '--as-of', '2024-12-31', '--json']);
  expect(r.code, r.stderr).toBe(0);
  const j = JSON.parse(r.stdout) as { rows: { tab: string; row: number; title: string; points: number }[] };
  return j.rows.filter((x) => x.points > 0).map((x) => `${x.tab}#${x.row}`);
}

describe('year tabs dragged after 初始化台账, read from a downloaded workbook', () => {
  it('keeps the copy on the formula’s tab, as the sheet does', async () => {
    const path = await workbook(`=ZG_LEDGER(A1:V, ${RULES}, TODAY(), '2025年'!A1:V)`);
    expect(keptOn(path)).toEqual(['2024年#2', '2024年#3']);
  });

  it('reads the formula inside the wrapper Sheets saves an unknown function in', async () => {
    const inner = `ZG_LEDGER(A1:V, ${RULES}, TODAY(), '2025年'!A1:V)`.replace(/"/g, '""');
    const path = await workbook(`=IFERROR(__xludf.DUMMYFUNCTION("${inner}"),"积分")`);
    expect(keptOn(path)).toEqual(['2024年#2', '2024年#3']);
  });

  it('without a formula, sheet order (2025年 first keeps its copy)', async () => {
    const path = await workbook('=1+1');
    expect(keptOn(path)).toEqual(['2025年#2', '2024年#2']);
  });
});
