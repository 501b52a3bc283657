// Copies of one adoption with equal points and different days, on 稿件台账 and a year tab: the sheet's computed
// columns (ZG_LEDGER as 初始化台账 writes it) and the command line both keep the earliest copy (录用日期, then
// 报送日期), whichever tab it is on and whatever the other cells say (sweep S18b F3: row text decided, so a
// March copy's points could land in a later quarter). The later copy's 报送对象 is empty, which sorts first by
// content: the day decides before it.
import { describe, expect, it } from 'vitest';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { adoption, type RowSpec } from '../helpers/ledger';
import { commandLineJson, type JsonRow, repeatMessage, sheetColumns } from '../helpers/twoLedgerTabs';

const fake = useFakeApps({ owner: 'owner@example.org' });

fixClock();

const early = { 报送日期: '2025-03-01', 录用日期: '2025-03-10', 报送对象: '区委组织部' };
const late = { 报送日期: '2025-09-01', 录用日期: '2025-09-10', 报送对象: '' };
const copy = (标题: string, day: RowSpec, over: RowSpec = {}) =>
  adoption({ 媒体: '郑州日报', 标题, ...day, ...over });

// 稿件台账 rows 2–4; 2025年 rows 2–5 (row 2 another piece).
const ledgerRows = [
  copy('台账的较早', early), // kept: earlier than the year tab's copy
  copy('年表的较早', late), // the year tab's copy is kept
  copy('同日报送较早', early, { 报送日期: '2025-03-02' }), // same 录用日期: the year tab's 报送日期 is earlier
];
const yearRows = [
  copy('只在年表', early),
  copy('台账的较早', late),
  copy('年表的较早', early),
  copy('同日报送较早', early, { 报送对象: '' }),
];

/** The sheet's 稿件台账 rows 2–4 (ZG_LEDGER), and the command line's rows and 峡窝镇党委's points for `period`. */
const sheet = () => sheetColumns(fake.apps.spreadsheet, ledgerRows, yearRows);
async function commandLine(period: string): Promise<{ rows: JsonRow[]; points: number }> {
  const json = await commandLineJson(ledgerRows, yearRows, period);
  return { rows: json.rows, points: json.units.find((u) => u.unit === '峡窝镇党委')?.points ?? 0 };
}

const repeat = repeatMessage;

describe('equal-points copies on 稿件台账 and a year tab, on different days', () => {
  it('the sheet’s columns and the command line keep the earliest copy, on either tab', async () => {
    expect(sheet()).toEqual([
      [5, 1, ''],
      [0, 0, repeat('「其他台账表」第4行')],
      [0, 0, repeat('「其他台账表」第5行')],
    ]);
    const { rows } = await commandLine('2025');
    const at = (tab: string, row: number) => {
      const r = rows.find((x) => x.tab === tab && x.row === row)!;
      return [r.points, r.taskCredit, r.issues.join('；')];
    };
    expect([at('稿件台账', 2), at('稿件台账', 3), at('稿件台账', 4)]).toEqual([
      [5, 1, ''],
      [0, 0, repeat('「2025年」第4行')],
      [0, 0, repeat('「2025年」第5行')],
    ]);
    expect([at('2025年', 3), at('2025年', 4), at('2025年', 5)]).toEqual([
      [0, 0, repeat('「稿件台账」第2行')],
      [5, 1, ''],
      [5, 1, ''],
    ]);
  });

  it('the points land in the quarter of the earliest copies: Q1 20 (four pieces), Q3 none', async () => {
    expect([(await commandLine('2025-Q1')).points, (await commandLine('2025-Q3')).points]).toEqual([20, 0]);
  });
});
