// Column names offices give their ledgers (sweep s16a F4): 报送给 and its kin are 报送对象, read as the
// 指标 table reads 报送给; 报送单位 stays the sender's 单位; headers the ledger does not read are listed for
// 初始化台账 to name.
import { describe, expect, it } from 'vitest';
import { findColumns, headerField, parseLedger, unreadHeaders } from '../../src/core/ledger';
import { ledgerSource } from '../../src/core/ledgerTable';

describe('报送对象 under an office’s name', () => {
  it.each([
    '报送给',
    '报送至',
    '报送到',
    '报往',
    '报送去向',
    '报送方向',
    '上报对象',
    '上报给',
    '投送对象',
    '投稿对象',
    '接收单位',
    '报送单位（上级）',
    '报送单位(上级单位)',
    '报送给（单位）',
  ])('%s is 报送对象', (h) => {
    expect(headerField(h)).toBe('报送对象');
  });

  it('报送单位 alone is the sender: 单位, also beside 报送给', () => {
    expect(headerField('报送单位')).toBe('单位');
    const { columns, issues } = findColumns(['稿件标题', '报送单位', '报送给', '上报日期']);
    expect([columns.标题, columns.单位, columns.报送对象, columns.报送日期, issues]).toEqual([
      0,
      1,
      2,
      3,
      [],
    ]);
  });

  it('an office ledger’s recipients are read: each row names the body it was sent to', () => {
    const grid = [
      ['2026年度组工信息台账'],
      [
        '序号',
        '稿件标题',
        '执笔人',
        '供稿单位',
        '报送给',
        '上报日期',
        '刊物名称',
        '见报日期',
        '稿件字数',
        '联系电话',
      ],
      [1, '甲稿', '张三', '济源路街道党工委', '区委组织部', '2026-03-01', '', '', 800, '138'],
      [2, '乙稿', '李四', '信息调研科', '市委组织部', '2026-03-02', '郑州日报', '2026-03-10', 900, '139'],
    ];
    const parsed = parseLedger(grid);
    const rows = ledgerSource(parsed);
    expect([0, 1].map((i) => [rows.at(i).unit, rows.at(i).recipient, rows.at(i).outlet])).toEqual([
      ['济源路街道党工委', '区委组织部', ''],
      ['信息调研科', '市委组织部', '郑州日报'],
    ]);
  });

  it.each([
    ['发表刊物', '媒体'],
    ['刊载媒体', '媒体'],
    ['报刊名称', '媒体'],
    ['刊载日期', '录用日期'],
    ['刊出日期', '录用日期'],
    ['发布日期', '录用日期'],
    ['送稿日期', '报送日期'],
    ['信息题目', '标题'],
  ])('%s is %s', (h, field) => {
    expect(headerField(h)).toBe(field);
  });
});

describe('unreadHeaders', () => {
  it('lists the columns read as none (序号 passed over), with the column a near miss names', () => {
    expect(unreadHeaders(['序号', '标题', '单位', '送审去处', '字数统计口径', '联系电话', ''])).toEqual([
      { column: 'D', text: '送审去处' },
      { column: 'E', text: '字数统计口径', near: '字数', name: '字数' },
      { column: 'F', text: '联系电话' },
    ]);
  });
});
