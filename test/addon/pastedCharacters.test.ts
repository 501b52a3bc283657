// Audit S22b F2 and F7 in the add-on, against the command line on the same tabs:
// - F2: a zero-width space or a control character pasted after a 媒体 name (郑州日报\b) left every row of that
//   outlet at 0 (媒体“郑州日报”不在「媒体」表中) and the entry form offered "郑州日报\b". The rule tables are read as
//   the ledger's cells are: the rows score as the clean name's, and the form offers the clean name.
// - F7: 待核实 copied a 标题 with a control character as typed; the CLI's writer drops it. Now both drop it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import { main as cli } from '../../src/cli/main';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { rulesToGrids } from '../../src/core/rules';
import { presetRules } from '../../src/core/rules/presets';
import type { Grid } from '../../src/core/types';
import { tempDir, writeXlsx } from '../cli/helpers';
import { evaluateFormula } from '../fakes/evaluate';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { adoption, ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org' });
fixClock();

const ROWS = [
  adoption({ 标题: '甲', 媒体: '郑州日报', 录用日期: '2026-03-10' }),
  adoption({ 标题: '坏\u0007标题', 媒体: '不存在报', 录用日期: '2026-03-11' }),
];

interface Report {
  ok: boolean;
}

describe.each(['\u200b', '\u0008'])('媒体 “郑州日报” pasted with U+%s', (ch) => {
  const code = ch.charCodeAt(0).toString(16).padStart(4, '0');
  it(`U+${code}: the sheet, 生成通报, 待核实 and the entry form read the clean name, as the CLI does`, async () => {
    const ss = fake.apps.spreadsheet;
    ss._addSheet('稿件台账', [[...LEDGER_HEADERS]]);
    runSetup();
    const outlets = ss._sheet('媒体')!;
    const grid = outlets.getDataRange().getValues();
    const r = grid.findIndex((row) => row[0] === '郑州日报');
    expect(r).toBeGreaterThan(0);
    outlets.getRange(r + 1, 1).setValue(`郑州日报${ch}`);
    const ledger = ss._sheet('稿件台账')!;
    ledgerGrid(ROWS)
      .slice(1)
      .forEach((row, k) => {
        row.forEach((v, c) => {
          if (v !== '') ledger._cell(k + 2, c + 1, true)!.v = v as never;
        });
      });
    const formula = ledger._peek(1, LEDGER_HEADERS.length + 1)?.f ?? '';
    const columns = evaluateFormula(ss, ledger, formula, main as never).slice(1, 3);
    expect(columns[0]).toEqual([5, 1, '']);

    const form = main.getEntryFormData();
    if (!form.ok) throw new Error(form.message);
    expect(form.outlets.map((o) => o.name)).toContain('郑州日报');
    expect(form.outlets.some((o) => o.name !== o.name.replace(/[\u0000-\u001f\u200b]/g, ''))).toBe(false);

    const report = (main as unknown as { generateReport(p: string): Report }).generateReport('2026');
    expect(report.ok).toBe(true);
    const issues = ss._sheet('待核实')!.getDataRange().getValues();
    const titles = issues.filter((row) => typeof row[0] === 'number').map((row) => row[2]);
    expect(titles).toEqual(['坏标题']);
    // The office's note beside that row follows it when 生成通报 runs again: the tab holds 坏标题, the list
    // the model makes 坏\u0007标题, one row (issuesOfficeWork matches them as the tab holds them).
    const tab = ss._sheet('待核实')!;
    const head = issues.findIndex((row) => row[0] === '行号');
    tab.insertColumnsAfter(tab.getMaxColumns(), 1);
    tab.getRange(head + 1, 5).setValue('处理情况');
    tab.getRange(issues.findIndex((row) => row[2] === '坏标题') + 1, 5).setValue('已核实');
    expect((main as unknown as { generateReport(p: string): Report }).generateReport('2026').ok).toBe(true);
    const again = ss._sheet('待核实')!.getDataRange().getValues();
    expect(again.filter((row) => typeof row[0] === 'number').map((row) => [row[2], row[4]])).toEqual([
      ['坏标题', '已核实'],
    ]);

    // The command line on the same tabs: the same row scores, the same 待核实 title.
    const tables = rulesToGrids(presetRules('上街区'));
    const 媒体 = tables.媒体.map((row) => (row[0] === '郑州日报' ? [`郑州日报${ch}`, ...row.slice(1)] : row));
    const path = join(tempDir(), 'ledger.xlsx');
    await writeXlsx(path, { 稿件台账: ledgerGrid(ROWS) as Grid, 媒体 });
    let stdout = '';
    const exit = await cli(['report', path, '--json', '--period', '2026'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => {} },
      env: { ZUGONG_PROGRESS: '0' },
      now: () => new Date('2026-11-30T04:00:00Z'),
    });
    expect(exit).toBe(0);
    const json = JSON.parse(stdout) as { rows: { row: number; points: number }[] };
    expect(json.rows.find((x) => x.row === 2)?.points).toBe(5);
  });
});
