// Sweep S18e F1, F5, F4 on every surface: the sheet's computed columns (ZG_LEDGER as 初始化台账 writes it, 稿件台账
// beside a 2025年 tab), 生成通报 (its 待核实 list) and `zugong report --json` on an .xlsx with the same tabs agree:
// - 甲: a December 2024 国家 instruction on a row blocked for its 录用日期 (dated by its 报送日期) is paid on the
//   piece's January 2025 row (+30), its first countable year;
// - 乙: a 2025 省 instruction on a 不计分 row of a piece whose countable row is 2024's pays nothing, and 校验 says so;
// - 丙: of two 倒扣 copies of one adoption (800 字 here, 1500 字 on 2025年) the one deducting more (−15) stays.
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { adoption, type RowSpec } from '../helpers/ledger';
import { commandLineJson, repeatMessage, sheetColumns } from '../helpers/twoLedgerTabs';

const fake = useFakeApps({ owner: 'owner@example.org' });
fixClock();

const row = (标题: string, over: RowSpec) =>
  adoption({ 标题, 报送对象: '区委组织部', 报送日期: '', 录用日期: '', ...over });

const blocked = '录用行缺少录用日期，无法计分';
const unpaid = '本稿件的省领导批示所在年度（2025年）及以后没有可计分的行，未加分';

// 稿件台账 rows 2–6; 2025年 row 2.
const ledgerRows = [
  row('甲', { 媒体: '郑州日报', 报送日期: '2024-12-14', 领导批示: '国家' }),
  row('甲', { 媒体: '河南日报', 报送日期: '2025-01-05', 录用日期: '2025-01-10' }),
  row('乙', { 媒体: '郑州日报', 录用日期: '2024-06-10' }),
  row('乙', { 媒体: '河南日报', 录用日期: '2025-03-10', 核定: '不计分', 领导批示: '省' }),
  row('丙', { 媒体: '郑州日报', 录用日期: '2025-04-10', 字数: 800, 核定: '倒扣' }),
];
const yearRows = [row('丙', { 媒体: '郑州日报', 录用日期: '2025-04-10', 字数: 1500, 核定: '倒扣' })];

interface Report {
  ok: boolean;
  value?: { issues: { row: number; tab?: string; issues: string[] }[] };
  issues?: { row: number; tab?: string; issues: string[] }[];
}

describe('the instruction’s year and two 倒扣 copies on the sheet, in 生成通报 and on the command line', () => {
  it('the sheet’s columns: 甲 +30 in 2025, 乙 says its 省 is unpaid, 丙’s 800-字 copy is the repeat', () => {
    expect(sheetColumns(fake.apps.spreadsheet, ledgerRows, yearRows)).toEqual([
      [0, 0, blocked],
      [40, 1, ''],
      [5, 1, ''],
      [0, 0, unpaid],
      [0, 0, repeatMessage('「其他台账表」第2行')],
    ]);
    // 生成通报 on the same spreadsheet lists the same words for the same rows.
    const r = (main as unknown as { generateReport(p: string): Report }).generateReport('2025');
    expect(r.ok).toBe(true);
    const listed = (r.value?.issues ?? r.issues ?? []).map((i) => [i.tab ?? '', i.row, i.issues.join('；')]);
    expect(listed).toEqual(
      expect.arrayContaining([
        ['稿件台账', 5, unpaid],
        ['稿件台账', 6, repeatMessage('「2025年」第2行')],
      ]),
    );
    const check = fake.apps.spreadsheet._sheet('待核实')!.getDataRange().getValues();
    expect(check.some((x) => x[0] === '稿件台账' && x[1] === 5 && String(x[4]) === unpaid)).toBe(true);
  });

  it('the command line: the same points and words, and the units’ 2025 totals', async () => {
    const json = await commandLineJson(ledgerRows, yearRows, '2025');
    const at = (tab: string, n: number) => {
      const r = json.rows.find((x) => x.tab === tab && x.row === n)!;
      return [r.points, r.taskCredit, r.issues.join('；')];
    };
    expect([2, 3, 4, 5, 6].map((n) => at('稿件台账', n))).toEqual([
      [0, 0, blocked],
      [40, 1, ''],
      [5, 1, ''],
      [0, 0, unpaid],
      [0, 0, repeatMessage('「2025年」第2行')],
    ]);
    // 倒扣: the points deducted, the submission kept (S26a F5); said as a remark, not an issue.
    expect(at('2025年', 2)).toEqual([-15, 0, '']);
    const penaltyRow = json.rows.find((x) => x.tab === '2025年' && x.row === 2) as { remarks?: string[] };
    expect(penaltyRow.remarks).toEqual(['核定倒扣：扣除本稿分值，仍计报送，不计录用任务']);
    // 2025: 甲 40, 丙 −15 (乙's 2024 row is not in the year).
    expect(json.units.find((u) => u.unit === '峡窝镇党委')?.points).toBe(25);
  });
});
