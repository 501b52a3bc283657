// Names typed in traditional characters (繁体) where the rules write them simplified: a 作者 the 人员 table lists
// (蔣超宇 for 蒋超宇), a 对口处室 and 单位 (組織科), 报送对象 (區委組織部) and 版面 (頭版頭條) count as the simplified
// ones; the unit and person are named as the tables name them.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

const PEOPLE = [
  ['姓名', '单位'],
  ['蒋超宇', '组织科'],
  ['卢军璐', '组织科'],
];

function figures(rows: Parameters<typeof ledgerGrid>[0]) {
  const a = assess({ ledger: ledgerGrid(rows), tables: { 人员: PEOPLE }, preset: '部机关' });
  return {
    people: a.report.people.map((p) => [p.person, p.unit, p.credit, p.points]),
    units: a.report.units.map((u) => [u.unit, u.points, u.submissions]),
    checks: a.scored.rows.map((r) => r.issues),
    notices: (a.parsed.notices ?? []).map((n) => n.message),
  };
}

describe('繁体 names against simplified rules', () => {
  it('give the figures of the simplified ledger', () => {
    const simple = [
      adoption({ 标题: '甲', 作者: '蒋超宇、卢军璐', 单位: '组织科', 媒体: '南通日报', 版面: '头版头条' }),
      submission({ 标题: '乙', 作者: '蒋超宇', 单位: '组织科', 报送对象: '区委组织部' }),
    ];
    const traditional = [
      adoption({ 标题: '甲', 作者: '蔣超宇、盧軍璐', 单位: '組織科', 媒体: '南通日報', 版面: '頭版頭條' }),
      submission({ 标题: '乙', 作者: '蔣超宇', 单位: '組織科', 报送对象: '區委組織部' }),
    ];
    const want = figures(simple);
    expect(want.people.map((p) => p[0])).toEqual(expect.arrayContaining(['蒋超宇', '卢军璐']));
    expect(figures(traditional)).toEqual(want);
  });
});
