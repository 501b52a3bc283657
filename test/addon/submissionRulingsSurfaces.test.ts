// The session-19 submission rulings on the sheet and the command line alike: ZG_LEDGER's 校验 column (as 初始化台账
// writes it) and `zugong report --json` on the same rows say the same, and the command line's units agree.
// - A dateless row of a dated piece is part of its one submission (sweep S18e F6): no 本行不计入任何时段的报送.
// - A 对口处室 that is no office relays nothing (S18e F3): 零报送 for it, and 校验 says so.
// - An adoption row with a 报送日期 naming no quota's recipient is told so, unless its piece counts elsewhere.
import { describe, expect, it } from 'vitest';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { adoption, type RowSpec, submission } from '../helpers/ledger';
import { commandLineJson, sheetColumns } from '../helpers/twoLedgerTabs';

const fake = useFakeApps({ owner: 'owner@example.org' });

fixClock();

const a = (单位: string, 标题: string, over: RowSpec) =>
  adoption({ 单位, 标题, 报送对象: '区委组织部', 媒体: '郑州日报', 录用日期: '', ...over });

// 稿件台账 rows 2–8.
const ledgerRows = [
  a('峡窝镇党委', '甲', { 录用日期: '2025-02-10', 核定: '倒扣' }),
  a('峡窝镇党委', '甲', { 媒体: '河南日报' }), // dateless: February with its piece
  a('中心路街道党工委', '丁', { 媒体: '河南日报' }), // a piece with no date at all
  a('工业路街道党工委', '乙', {
    报送日期: '2025-03-01',
    媒体: '河南日报',
    录用日期: '2025-03-10',
    对口处室: '济源路街道党工委',
  }),
  a('新安路街道党工委', '丙', { 报送对象: '郑州日报', 报送日期: '2025-04-01', 录用日期: '2025-04-10' }),
  submission({ 单位: '峡窝镇党委', 标题: '戊', 报送对象: '区委组织部', 报送日期: '2025-05-01' }),
  a('峡窝镇党委', '戊', { 报送对象: '郑州日报', 报送日期: '2025-05-01', 录用日期: '2025-05-10' }),
];

const expected = [
  '核定倒扣：扣除本稿分值，仍计报送，不计录用任务', // 倒扣 keeps the submission (S26a F5)
  '录用行缺少录用日期，无法计分',
  '录用行缺少录用日期，无法计分；也无可用的报送日期，本行不计入任何时段的报送',
  '对口处室“济源路街道党工委”不是部机关科室（对口处室应为部机关的科室），本行不计转报分成，也不计入其报送',
  '报送对象“郑州日报”不是本单位报送任务的对象（区委组织部），不计入报送任务',
  '',
  '',
];

describe('the submission rulings on the sheet and the command line', () => {
  it('ZG_LEDGER’s 校验 and the command line’s issues and remarks say the same', async () => {
    const sheet = sheetColumns(fake.apps.spreadsheet, ledgerRows, []);
    expect(sheet.map((r) => r[2])).toEqual(expected);
    const json = await commandLineJson(ledgerRows, []);
    const rows = json.rows.filter((r) => r.tab === '稿件台账').sort((x, y) => x.row - y.row);
    // The 校验 text is the issues, then the remarks (the 倒扣 verdict line is a remark: not 待核实).
    const said = (r: { issues: string[]; remarks?: string[] }) =>
      [...r.issues, ...(r.remarks ?? [])].join('；');
    expect(rows.map(said)).toEqual(expected);
    expect(rows[0].issues).toEqual([]);
    const units = json.units as unknown as { unit: string; submissions: number; zeroSubmissions: boolean }[];
    const of = (name: string) => {
      const u = units.find((x) => x.unit === name)!;
      return [u.submissions, u.zeroSubmissions];
    };
    expect([of('峡窝镇党委'), of('中心路街道党工委'), of('济源路街道党工委')]).toEqual([
      [2, false], // 甲 (February, with its dateless row) and 戊
      [0, true], // 丁 cannot be placed
      [0, true], // relayed nothing
    ]);
  });
});
