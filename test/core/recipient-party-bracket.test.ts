// 报送对象 written as 组织部 with the 党委 it belongs to after it (组织部（市委）, 组织部(省委), 组织部（市委组织部）,
// 组织部 市委) names THAT department (市委组织部, 省委组织部 …; 区委组织部 when it is the own level), not an office of
// the own department called 市委: a 峡窝镇党委 piece sent to 组织部（市委） is no submission toward 每月向区委组织部报送,
// and no 重复报送 of its January one. An office in brackets (组织部（研究室）) stays the own department's.
import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../../src/core/period';
import { addressedRecipient, department } from '../../src/core/relay';
import { months, run, sent, TOWN } from '../helpers/submissionReport';

const QUOTA = '每月向区委组织部报送';

describe('组织部 followed by a level’s 党委 names that department', () => {
  const upper: [string, string][] = [
    ['组织部（市委）', '市委组织部'],
    ['组织部(省委)', '省委组织部'],
    ['组织部（市委组织部）', '市委组织部'],
    ['组织部 市委', '市委组织部'],
    ['组织部（中组部）', '中组部'],
    // Any separator between them (review s29 #2), and an office after the bracket (市委组织部（信息处） counts as 市委组织部).
    ['组织部-市委', '市委组织部'],
    ['组织部—市委', '市委组织部'],
    ['组织部：市委', '市委组织部'],
    ['组织部·省委', '省委组织部'],
    ['组织部（市委）研究室', '市委组织部'],
  ];
  for (const [to, dept] of upper) {
    it(`区委组织部 in January, “${to}” in March: March is no 区委组织部 submission, and no 重复报送`, () => {
      const { rep, issues } = run(
        [sent('甲稿', '2024-01-05'), sent('甲稿', '2024-03-04', { 报送对象: to })],
        yearPeriod(2024),
      );
      expect(months(rep, TOWN, QUOTA, 3)).toEqual([1, 0, 0]);
      expect(issues[1].filter((x) => x.startsWith('重复报送'))).toEqual([]);
      expect(issues[1]).toEqual([
        `直接报送${dept}：请先向区委组织部对口处室报送并填“对口处室”（001 §四.1）；此提醒不影响报送条数，但本行不计入向区委组织部报送任务`,
      ]);
    });
  }

  it('sent there alone, the piece counts toward no 区委组织部 quota', () => {
    const { rep } = run(
      upper.map(([to], k) => sent(`戊稿${k}`, '2024-03-04', { 报送对象: to })),
      yearPeriod(2024),
    );
    expect(months(rep, TOWN, QUOTA, 3)).toEqual([0, 0, 0]);
  });

  it('组织部（区委） is the own department: it counts toward the quota, and a second one is 重复报送', () => {
    const { rep, issues } = run(
      [
        sent('乙稿', '2024-01-05', { 报送对象: '组织部（区委）' }),
        sent('乙稿', '2024-03-04', { 报送对象: '组织部(区委组织部)' }),
        sent('丙稿', '2024-03-06', { 报送对象: '组织部 上街区委' }),
      ],
      yearPeriod(2024),
    );
    expect(months(rep, TOWN, QUOTA, 3)).toEqual([1, 0, 1]);
    expect(issues).toEqual([
      [],
      ['重复报送：与第2行为同一稿件，已于2024年1月5日报送区委组织部，不再计报送'],
      [],
    ]);
  });

  it('an office in brackets stays an office of the own department', () => {
    const { rep, issues } = run(
      [sent('丁稿', '2024-01-05'), sent('丁稿', '2024-03-04', { 报送对象: '组织部（研究室）' })],
      yearPeriod(2024),
    );
    expect(months(rep, TOWN, QUOTA, 3)).toEqual([1, 0, 0]);
    expect(issues[1]).toEqual(['重复报送：与第2行为同一稿件，已于2024年1月5日报送区委组织部，不再计报送']);
  });

  it('in a county, 组织部（县委） is its own department and 组织部（区委） no office of it', () => {
    const county = department('临县县委组织部');
    expect(addressedRecipient('组织部（县委）', county)).toBe('县委组织部');
    expect(addressedRecipient('组织部（临县县委）', county)).toBe('县委组织部');
    expect(addressedRecipient('组织部（市委）', county)).toBe('市委组织部');
    expect(addressedRecipient('组织部（区委）', county)).toBe('区委组织部');
    expect(addressedRecipient('组织部（信息科）', county)).toBe('县委组织部信息科');
  });

  it('组织部（市委办）, 组织部（市委宣传部）, 组织部（区委办） name another body: no submission toward 区委组织部', () => {
    const others = ['组织部（市委办）', '组织部（市委宣传部）', '组织部(区委办公室)', '组织部-市委政研室'];
    const { rep, issues } = run(
      [
        sent('己稿', '2024-01-05'),
        ...others.map((to, k) => sent(k === 0 ? '己稿' : `庚稿${k}`, '2024-03-04', { 报送对象: to })),
      ],
      yearPeriod(2024),
    );
    expect(months(rep, TOWN, QUOTA, 3)).toEqual([1, 0, 0]);
    expect(issues.flat().filter((x) => x.startsWith('重复报送'))).toEqual([]);
    for (const to of others)
      expect(addressedRecipient(to, department('上街区委组织部'))).not.toMatch(/^区委组织部/);
  });
});
