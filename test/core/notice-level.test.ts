// 通报表扬 when no group has a 第一名 (F5): a group whose units are all on the same points, or a group of one,
// has no 首 (report.ts markFirstLast), and the 通报 must not say then that no unit earned points.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { buildNotice } from '../../src/core/notice';
import { quarterPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

const ten = (unit: string, title: string) =>
  adoption({ 单位: unit, 标题: title, 媒体: '河南日报', 录用日期: '2024-07-03', 报送日期: '2024-07-03' });

/** The 通报's paragraphs for Q3 2024 with the 单位 table cut to `units` and no tasks (none is blamed). */
function paragraphs(rows: RowSpec[], units: string[]): string[] {
  const base = presetRules('上街区');
  const rules: Rules = { ...base, units: base.units.filter((u) => units.includes(u.name)), indicators: [] };
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const report = buildReport(scored, rules, quarterPeriod(2024, 3), quarterPeriod(2024, 3).to);
  return buildNotice(report, rules.settings, { issuedOn: dayFromYmd(2024, 10, 9) }).body.map((b) => b.text);
}

const praise = (texts: string[]) => texts.find((t) => t.startsWith('（一）通报表扬。'));
const towns = ['峡窝镇党委', '济源路街道党工委', '中心路街道党工委'];

describe('通报表扬 with no 第一名', () => {
  it('every unit of the type on the same points above 0: says they are level, not that none earned points', () => {
    const texts = paragraphs(
      towns.map((u, k) => ten(u, `t${k}`)),
      towns,
    );
    expect(texts).toContain(
      // The units named (audit S25b F7).
      '（一）乡镇街道（3个）。济源路街道党工委、峡窝镇党委、中心路街道党工委3个单位积分相同，均为10分。',
    );
    expect(praise(texts)).toBe(
      '（一）通报表扬。乡镇街道3个单位积分相同（均为10分），不分名次，本期不作表扬。',
    );
  });

  it('a group of one with points: named with its points, and why it is not praised', () => {
    const texts = paragraphs([ten('组织科', 'a')], [...towns, '组织科']);
    expect(texts).toContain('（二）部机关科室（1个）。组织科（10分）。');
    expect(praise(texts)).toBe('（一）通报表扬。部机关科室仅组织科1个单位，不分名次，本期不作表扬。');
  });

  it('no unit with points: 本期无单位取得积分', () => {
    const texts = paragraphs([], [...towns, '组织科']);
    expect(texts).toContain('（二）部机关科室（1个）。组织科本期积分为0。');
    expect(praise(texts)).toBe('（一）通报表扬。本期无单位取得积分，不作表扬。');
  });

  it('a tie for first above another unit is praised, as before', () => {
    const texts = paragraphs([ten(towns[0], 'a'), ten(towns[1], 'b')], towns);
    expect(praise(texts)).toBe(
      '（一）通报表扬。济源路街道党工委、峡窝镇党委2个单位（乡镇街道并列第一名，积分均为10分，录用均为1篇）在2024年第三季度组工信息工作中成绩突出，予以通报表扬。',
    );
  });
});
