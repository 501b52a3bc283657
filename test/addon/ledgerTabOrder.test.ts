// Year tabs with no 稿件台账, dragged into another order after 初始化台账: the computed columns (ZG_LEDGER on
// the tab 初始化台账 chose, the newest year's, then the tabs its formula names) and 生成通报 keep the same copy
// of a repeat (sweep S17c F2). The formula's order wins over the sheet's.
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import type { Grid } from '../../src/core/types';
import { evaluateLedgerFormula, ledgerFormulaOn } from '../fakes/evaluate';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { adoption, ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org' });
fixClock();

const dated = { 报送对象: '区委组织部', 报送日期: '2025-05-06', 录用日期: '2025-05-10', 媒体: '郑州日报' };
const hostGrid = ledgerGrid([
  adoption({ ...dated, 标题: '只在甲' }),
  adoption({ ...dated, 标题: '两表同样' }),
]) as Grid;
const repeatGrid = ledgerGrid([adoption({ ...dated, 标题: '两表同样' })]) as Grid;

type Ss = typeof fake.apps.spreadsheet;

/** The computed-column formula in a tab's header row ('' when none). */
const formulaOn = (ss: Ss, tab: string) => ledgerFormulaOn(ss._sheet(tab)!);

/** Drag a tab to the front, as the user would. */
function toFront(ss: Ss, tab: string): void {
  const sheets = ss._sheets as { getName(): string }[];
  const i = sheets.findIndex((s) => s.getName() === tab);
  sheets.unshift(...sheets.splice(i, 1));
}

interface Report {
  ok: boolean;
  notices: string[];
  issues: { row: number; tab?: string; issues: string[] }[];
}

/** Where the 通报 found the repeat: [tab, row] of each row it gives 0 as 重复行. */
function reportRepeats(): [string, number][] {
  const r = (main as unknown as { generateReport(p: string): Report }).generateReport('2025');
  expect(r.ok).toBe(true);
  return r.issues
    .filter((i) => i.issues.some((t) => t.startsWith('重复行')))
    .map((i) => [i.tab ?? '', i.row] as [string, number]);
}

function setUp(): { ss: Ss; host: string } {
  const ss = fake.apps.spreadsheet;
  ss._addSheet('2025年', hostGrid as unknown[][]);
  ss._addSheet('2024年', repeatGrid as unknown[][]);
  const host = runSetup().ledgerTab!;
  expect(host).toBe('2025年');
  expect(formulaOn(ss, host)).toContain("'2024年'!A1:");
  return { ss, host };
}

describe('ledger tabs dragged after 初始化台账, no 稿件台账', () => {
  it('the sheet and the 通报 keep the same copy of a repeat', () => {
    const { ss, host } = setUp();
    toFront(ss, '2024年');
    const sheet = evaluateLedgerFormula(ss, host, main as never);
    // The host's rows 2 and 3 both count on the sheet: its copy of 两表同样 is the one kept.
    expect(sheet.slice(1, 3).map((r) => r[0])).toEqual([5, 5]);
    // So the 通报 gives 0 to 2024年's copy, not to 2025年 row 3.
    expect(reportRepeats()).toEqual([['2024年', 2]]);
    const check = ss._sheet('待核实')!.getDataRange().getValues();
    expect(check.filter((r) => String(r[4]).startsWith('重复行')).map((r) => [r[0], r[1]])).toEqual([
      ['2024年', 2],
    ]);
  });

  it('初始化台账 run again keeps the formula on its tab and writes none on the tab dragged first', () => {
    const { ss, host } = setUp();
    toFront(ss, '2024年');
    expect(runSetup().ledgerTab).toBe(host);
    expect(formulaOn(ss, '2024年')).toBe('');
    expect(formulaOn(ss, host)).toContain("'2024年'!A1:");
    expect(reportRepeats()).toEqual([['2024年', 2]]);
  });

  it('computed columns on two tabs: no one order agrees with both, and the 通报 says so', () => {
    const { ss, host } = setUp();
    const other = ss._sheet('2024年')!;
    // The formula on the other tab too, reading itself first (an older setup, or columns copied over).
    const own = formulaOn(ss, host).replace("'2024年'!A1:V", "'2025年'!A1:V");
    other.getRange(1, other.getLastColumn() + 1).setFormula(own);
    const r = (main as unknown as { generateReport(p: string): Report }).generateReport('2025');
    expect(r.notices.some((n) => n.includes('「2025年」、「2024年」表都有积分、计任务、校验列的公式'))).toBe(
      true,
    );
  });

  it('three tabs dragged out of the formula order: the 通报 and 录入稿件 follow the formula', () => {
    const ss = fake.apps.spreadsheet;
    ss._addSheet('2025年', ledgerGrid([adoption({ ...dated, 标题: '只在甲' })]) as unknown[][]);
    ss._addSheet('2024年', repeatGrid as unknown[][]);
    ss._addSheet('2023年', repeatGrid as unknown[][]);
    const host = runSetup().ledgerTab!;
    expect(host).toBe('2025年');
    expect(formulaOn(ss, host)).toMatch(/'2024年'!A1:V, '2023年'!A1:V\)$/);
    toFront(ss, '2023年');
    // The formula reads 2024年 before 2023年: 2024年's copy is kept, whatever the sheet order.
    expect(reportRepeats()).toEqual([['2023年', 2]]);
    // A new copy on the formula's tab is kept (read first); the one it replaces is 2024年's.
    const form = {
      标题: '两表同样',
      单位: '峡窝镇党委',
      作者: ['张三'],
      采用方式: '录用',
      ...dated,
    };
    const preview = main.previewRow(form as never) as unknown as { warnings: string[] };
    const append = main.appendLedgerRow(form as never) as unknown as { row: number; warnings: string[] };
    for (const said of [preview.warnings, append.warnings]) {
      expect(said.some((w) => w.startsWith('本行录入后，「2024年」第2行将成为重复行'))).toBe(true);
      expect(said.some((w) => w.includes('「2023年」第2行将成为重复行'))).toBe(false);
    }
    const sheet = evaluateLedgerFormula(ss, host, main as never);
    expect(sheet[append.row - 1]).toEqual([5, 1, '']);
  });
});
