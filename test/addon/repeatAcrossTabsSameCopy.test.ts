// A piece typed on 稿件台账 and again on a year tab, with equal points: the sheet's computed columns (ZG_LEDGER,
// as 初始化台账 writes it, with '2025年'!A1:V after TODAY()) and the command line on the same tabs keep the
// same copy (sweep S17b F2: the tie went by tab name, '台账' won in the formula and '2025年' in the 通报, so the
// sheet counted a row the 通报 gave 0). The ledger tab's copy wins a full tie, then content decides, never the
// tab's name; the formula, which cannot know the other tab's name, says 「其他台账表」, the 通报 names it.
import { describe, expect, it } from 'vitest';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { adoption, type RowSpec } from '../helpers/ledger';
import { commandLineJson, repeatMessage, sheetColumns } from '../helpers/twoLedgerTabs';

const fake = useFakeApps({ owner: 'owner@example.org' });

fixClock();

const dated = { 报送对象: '区委组织部', 报送日期: '2025-05-06', 录用日期: '2025-05-10', 媒体: '郑州日报' };
const copy = (标题: string, over: RowSpec = {}) => adoption({ ...dated, 标题, ...over });

// 稿件台账 rows 2–4; 2025年 rows 2–5 (row 2 another piece, so the copies sit on other row numbers).
const ledgerRows = [
  copy('同样的两份'), // typed again exactly: the ledger tab's copy is kept
  copy('年表的更优', { 字数: 900 }), // 800 字 on 2025年 sorts first: that copy is kept
  copy('台账的更优', { 字数: 800 }), // 900 字 on 2025年: the ledger tab's copy is kept
];
const yearRows = [
  copy('只在年表'),
  copy('同样的两份'),
  copy('年表的更优', { 字数: 800 }),
  copy('台账的更优', { 字数: 900 }),
];

/** The sheet's 稿件台账 rows 2–4 (ZG_LEDGER), and the command line's rows. */
const sheet = () => sheetColumns(fake.apps.spreadsheet, ledgerRows, yearRows);
const commandLine = async () => (await commandLineJson(ledgerRows, yearRows)).rows;

const repeat = repeatMessage;

describe('an equal-points repeat across 稿件台账 and a year tab', () => {
  it('the sheet’s columns and the command line keep the same copy, both ways round', async () => {
    expect(sheet()).toEqual([
      [5, 1, ''],
      [0, 0, repeat('「其他台账表」第4行')],
      [5, 1, ''],
    ]);
    const rows = await commandLine();
    const at = (tab: string, row: number) => {
      const r = rows.find((x) => x.tab === tab && x.row === row)!;
      return [r.points, r.taskCredit, r.issues.join('；')];
    };
    expect([at('稿件台账', 2), at('稿件台账', 3), at('稿件台账', 4)]).toEqual([
      [5, 1, ''],
      [0, 0, repeat('「2025年」第4行')],
      [5, 1, ''],
    ]);
    expect([at('2025年', 3), at('2025年', 4), at('2025年', 5)]).toEqual([
      [0, 0, repeat('「稿件台账」第2行')],
      [5, 1, ''],
      [0, 0, repeat('「稿件台账」第4行')],
    ]);
  });
});
