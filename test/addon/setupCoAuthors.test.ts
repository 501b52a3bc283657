// 初始化台账 reads the ledger header as the report does (core/ledger.ts headerField): 第一作者 | 第二作者 are the
// 作者 columns, 字数（千字） is 字数 and 是否录用 is 采用方式, so no empty standard column is added beside them,
// and the 通报 credits both authors (sweep S17a F3).
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import { useFakeApps } from '../fakes/useFakeApps';

const fake = useFakeApps({ owner: 'owner@example.org', startWithSheet1: false });

const HEADER = [
  '标题',
  '第一作者',
  '第二作者',
  '单位',
  '报送日期',
  '媒体',
  '录用日期',
  '是否录用',
  '字数（千字）',
];
const ROWS = [
  ['甲稿', '张三', '李四', '济源路街道党工委', '2026-03-01', '郑州日报', '2026-03-05', '是', 1.2],
  ['乙稿', '王五', '', '济源路街道党工委', '2026-04-01', '', '', '否', 0.9],
];

describe('初始化台账 on a ledger with 第一作者 | 第二作者', () => {
  it('adds no 作者, 采用方式 or 字数 beside the columns it reads as them', () => {
    const sheet = fake.apps.spreadsheet._addSheet('稿件台账', [HEADER, ...ROWS]);
    const summary = runSetup();
    expect(summary.addedHeaders.filter((h) => ['作者', '采用方式', '字数'].includes(h))).toEqual([]);
    expect(sheet._grid()[0].filter((h) => h === '作者' || h === '采用方式' || h === '字数')).toEqual([]);
    const r = generateReport('2026');
    if (!r.ok) throw new Error(r.message);
    const people = fake.apps.spreadsheet._sheet('通报 2026 附件2')?._grid().flat().map(String) ?? [];
    expect(['张三', '李四'].filter((p) => !people.includes(p))).toEqual([]);
  });
});
