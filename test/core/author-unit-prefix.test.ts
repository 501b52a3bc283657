// 作者 written with the unit in front (audit s35 D5): 峡窝镇党委：潘平, 峡窝镇潘平, 峡窝镇 潘平. Each made a person named
// after the unit, and 潘平 lost the credit. The unit's name (or its short form, 峡窝镇 for 峡窝镇党委) is no part of a
// person: read as 潘平, and said.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { yearPeriod } from '../../src/core/period';
import type { Grid } from '../../src/core/types';

const HEADER = ['标题', '作者', '单位', '报送对象', '报送日期', '媒体', '录用日期'];
const piece = (title: string, authors: string) => [
  title,
  authors,
  '峡窝镇党委',
  '区委组织部',
  '2024-03-01',
  '郑州日报',
  '2024-03-11',
];

function run(rows: Grid) {
  const a = assess(
    { ledger: [HEADER, ...rows], preset: '上街区' },
    { period: yearPeriod(2024), asOf: dayFromYmd(2024, 12, 31) },
  );
  return {
    people: a.report.people.filter((p) => p.credit > 0).map((p) => [p.person, p.credit]),
    notices: (a.parsed.notices ?? []).map((n) => n.message),
  };
}

const clean = run([piece('甲', '潘平'), piece('乙', '潘平、蒋桂然')]).people;

describe('a unit’s name before an author', () => {
  it.each(['峡窝镇党委：潘平', '峡窝镇党委:潘平', '峡窝镇潘平'])('%s is 潘平, and said', (typed) => {
    const r = run([piece('甲', typed), piece('乙', `${typed}、蒋桂然`)]);
    expect(r.people).toEqual(clean);
    expect(r.notices).toContain(
      `第2、3行的作者前写有单位名称，按姓名计：“${typed}”读作“潘平”；请只填作者姓名`,
    );
  });

  it('峡窝镇 潘平 (the short form, then a space) drops 峡窝镇 as a unit’s name', () => {
    const r = run([piece('甲', '峡窝镇 潘平'), piece('乙', '峡窝镇 潘平、蒋桂然')]);
    expect(r.people).toEqual(clean);
    expect(r.notices.some((n) => n.includes('的作者中有单位名称“峡窝镇”'))).toBe(true);
  });

  it('a name that only begins like a place is a name', () => {
    expect(run([piece('甲', '上官婉儿')]).people).toEqual([['上官婉儿', 1]]);
  });
});
