// 初始化台账 on an office's own ledger (sweep s16a F4): its 报送给 column is read as 报送对象, so no empty
// 报送对象 is added beside it and the recipients count; a column setup cannot read is named in the alert
// beside the empty standard columns it adds, with what to do.
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/addon/main';
import { runSetup, setupSummaryText } from '../../src/addon/setupLedger';
import { useFakeApps } from '../fakes/useFakeApps';

const fake = useFakeApps({ owner: 'owner@example.org', startWithSheet1: false });

const HEADER = [
  '序号',
  '稿件标题',
  '执笔人',
  '供稿单位',
  '报送给',
  '上报日期',
  '刊物名称',
  '见报日期',
  '稿件字数',
];
const ROWS = [
  [1, '甲稿', '张三', '济源路街道党工委', '区委组织部', '2026-03-01', '', '', 800],
  [2, '乙稿', '李四', '济源路街道党工委', '区委组织部', '2026-04-01', '', '', 900],
];

describe('初始化台账 on an office ledger with 报送给', () => {
  it('adds no 报送对象 beside 报送给, and the 通报 counts the submissions', () => {
    const sheet = fake.apps.spreadsheet._addSheet('2026年台账', [['2026年度组工信息台账'], HEADER, ...ROWS]);
    const summary = runSetup();
    expect(summary.addedHeaders).not.toContain('报送对象');
    expect(sheet._grid()[1].filter((h) => h === '报送对象')).toEqual([]);
    const r = generateReport('2026');
    if (!r.ok) throw new Error(r.message);
    expect(r.notices.filter((n) => n.includes('报送对象'))).toEqual([]);
    const line = fake.apps.spreadsheet
      ._sheet('通报 2026 附件1')!
      ._grid()
      .find((l) => l.includes('济源路街道党工委'));
    expect(line?.[10]).toBe(2); // 报送
    // The rows name 区委组织部: none is listed as 未填报送对象 (what an empty added column gave).
    const issues = fake.apps.spreadsheet._sheet('待核实')!._grid().flat().map(String);
    expect(issues.filter((t) => t.includes('报送对象'))).toEqual([]);
  });

  it('names the columns it could not read beside the empty columns it added, and what to do', () => {
    fake.apps.spreadsheet._addSheet('2026年台账', [
      ['2026年度组工信息台账'],
      [...HEADER.slice(0, 4), '送审去处', ...HEADER.slice(5), '领导批示及时间'],
      ...ROWS.map((r) => [...r, '']),
    ]);
    const text = setupSummaryText(runSetup());
    expect(text).toContain(
      '「2026年台账」表头的E列「送审去处」未被识别为台账的任何一列，不参与计算；已补充的「类别」、「报送对象」、',
    );
    expect(text).toContain('如果其中某列就是补充的某一列（例如报送对象），请把它的表头改为该列的名称');
    expect(text).toContain(
      '「2026年台账」表头J列「领导批示及时间」含有「领导批示」，但未被识别为「领导批示」列，本列不参与计算；已补充的「领导批示」列是空的',
    );
  });
});

// Audit s38 P4: a ledger whose 积分 column holds the office's own hand-typed numbers keeps them; the alert said
// 已设置自动计算列 2 列（积分、计任务、校验） (three named, 积分 not set) and that the two cells right of 积分 held
// something, though they were empty (a cell past the header's end was taken for content).
describe('初始化台账 on a ledger with a hand-typed 积分 column', () => {
  it('names the two columns it set, and does not say the empty cells beside 积分 are filled', () => {
    const header = ['标题', '作者', '单位', '媒体', '录用日期', '积分'];
    const sheet = fake.apps.spreadsheet._addSheet('稿件台账', [
      header,
      ['甲稿', '张三', '济源路街道党工委', '郑州日报', '2026-03-01', 5],
      ['乙稿', '李四', '济源路街道党工委', '郑州日报', '2026-04-01', 3],
    ]);
    const text = setupSummaryText(runSetup());
    expect(text).toContain('已设置自动计算列 2 列（计任务、校验）');
    expect(text).not.toContain('右侧两格已有内容');
    // The office's numbers stay.
    const points = sheet._grid()[0].indexOf('积分');
    expect(
      sheet
        ._grid()
        .slice(1, 3)
        .map((r) => r[points]),
    ).toEqual([5, 3]);
  });
});
