// 重复报送 of a relayed piece (resubmissions.ts, relay.ts): a 对口处室's relayed row is its unit's submission to the
// own department (区委组织部) and the office's submission upward (市委组织部). Sent again, each counts once a
// year: the unit's in the month it first reached the department, whether sent directly or relayed; the office's
// in the month it first relayed the piece there (001 §五.1 每月…报送不少于2条, §三.9 对口处室转报).
import { describe, expect, it } from 'vitest';
import { monthPeriod, yearPeriod } from '../../src/core/period';
import { months, OFFICE, run, sent, TOWN, unit } from '../helpers/submissionReport';

const TOWN_QUOTA = '每月向区委组织部报送';
const OFFICE_QUOTA = '每月向市委组织部报送';
/** TOWN's piece relayed by OFFICE (干部科) to 市委组织部. */
const relayed = (title: string, day: string) =>
  sent(title, day, { 对口处室: OFFICE, 报送对象: '市委组织部' });

describe('a re-sent relayed piece counts once for the unit and once for the office', () => {
  it('sent directly in January, relayed in March: the unit’s January only, the office’s March', () => {
    const rows = [sent('甲稿', '2024-01-05'), relayed('甲稿', '2024-03-04')];
    const { rep, issues } = run(rows, yearPeriod(2024));
    expect(months(rep, TOWN, TOWN_QUOTA, 3)).toEqual([1, 0, 0]);
    expect(months(rep, OFFICE, OFFICE_QUOTA, 3)).toEqual([0, 0, 1]);
    expect(issues[1]).toEqual([
      '重复报送：与第2行为同一稿件，已于2024年1月5日报送区委组织部，不再计峡窝镇党委报送（干部科转报市委组织部仍计报送）',
    ]);
    // March's 通报: the office's relayed piece, none of the unit's.
    const march = run(rows, monthPeriod(2024, 3)).rep;
    expect(unit(march, TOWN).submissions).toBe(0);
    expect(unit(march, OFFICE).submissions).toBe(1);
  });

  it('relayed in January and again in March by the same office: January only, for both', () => {
    const rows = [relayed('乙稿', '2024-01-05'), relayed('乙稿', '2024-03-04')];
    const { rep, issues } = run(rows, yearPeriod(2024));
    expect(months(rep, TOWN, TOWN_QUOTA, 3)).toEqual([1, 0, 0]);
    expect(months(rep, OFFICE, OFFICE_QUOTA, 3)).toEqual([1, 0, 0]);
    expect(issues[1]).toEqual(['重复报送：与第2行为同一稿件，已于2024年1月5日报送区委组织部，不再计报送']);
    const march = run(rows, monthPeriod(2024, 3)).rep;
    expect(unit(march, TOWN).submissions).toBe(0);
    expect(unit(march, OFFICE).submissions).toBe(0);
  });

  it('sent directly, relayed, relayed again: the later relay names the office’s first row', () => {
    const rows = [sent('丙稿', '2024-01-05'), relayed('丙稿', '2024-02-01'), relayed('丙稿', '2024-03-04')];
    const { rep, issues } = run(rows, yearPeriod(2024));
    expect(months(rep, TOWN, TOWN_QUOTA, 3)).toEqual([1, 0, 0]);
    expect(months(rep, OFFICE, OFFICE_QUOTA, 3)).toEqual([0, 1, 0]);
    expect(issues[2]).toEqual([
      '重复报送：与第2行为同一稿件，已于2024年1月5日报送区委组织部，干部科已于2024年2月1日（第3行）转报市委组织部，不再计报送',
    ]);
  });

  it('relayed first, then sent directly: the direct row is the re-submission, as before', () => {
    const rows = [relayed('丁稿', '2024-01-05'), sent('丁稿', '2024-03-04')];
    const { rep, issues } = run(rows, yearPeriod(2024));
    expect(months(rep, TOWN, TOWN_QUOTA, 3)).toEqual([1, 0, 0]);
    expect(months(rep, OFFICE, OFFICE_QUOTA, 3)).toEqual([1, 0, 0]);
    expect(issues[1]).toEqual(['重复报送：与第2行为同一稿件，已于2024年1月5日报送区委组织部，不再计报送']);
  });

  it('relayed again the next year: it counts in that year for both', () => {
    const rows = [relayed('戊稿', '2023-12-20'), relayed('戊稿', '2024-01-08')];
    const { rep, issues } = run(rows, yearPeriod(2024));
    expect(months(rep, TOWN, TOWN_QUOTA, 1)).toEqual([1]);
    expect(months(rep, OFFICE, OFFICE_QUOTA, 1)).toEqual([1]);
    expect(issues).toEqual([[], []]);
  });
});
