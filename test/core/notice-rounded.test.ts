// 年终四舍五入 (RULES §9: applied to a person's year total once the year is closed; mid-year totals show
// unrounded): 附件2 prints its 四舍五入 column for a closed year only. A quarter's 0.5 printed beside a
// rounded 1 read as a whole piece to the units (audit s34 C-F4).
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { buildNotice } from '../../src/core/notice';
import { quarterPeriod, yearPeriod } from '../../src/core/period';
import type { Period } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

// One piece by two authors (0.5 each), one by 王芳 alone: 王芳 1.5, 李强 0.5.
const rows = [
  adoption({ 标题: '合写', 作者: '王芳、李强', 报送日期: '2024-02-01', 录用日期: '2024-02-10' }),
  adoption({ 标题: '独写', 作者: '王芳', 报送日期: '2024-02-03', 录用日期: '2024-02-12' }),
];

function attachment2(period: Period, asOf: number) {
  const a = assess({ ledger: ledgerGrid(rows), preset: '上街区' }, { period, asOf });
  const doc = buildNotice(a.report, a.rules.settings, { issuedOn: asOf });
  const table = doc.attachments.find((t) => t.header.includes('计任务（篇）'));
  const lines = (table?.groups ?? []).flatMap((g) => g.rows);
  const col = (h: string) => lines.map((r) => r[table?.header.indexOf(h) ?? -1]);
  return { header: table?.header ?? [], col };
}

describe('附件2’s 四舍五入 column', () => {
  it('a quarter: no 四舍五入 column, the credits unrounded', () => {
    const t = attachment2(quarterPeriod(2024, 1), dayFromYmd(2024, 4, 10));
    expect(t.header).not.toContain('四舍五入');
    expect(t.col('计任务（篇）')).toEqual([1.5, 0.5]);
  });

  it('the year before it closes: none either', () => {
    const t = attachment2(yearPeriod(2024), dayFromYmd(2024, 11, 30));
    expect(t.header).not.toContain('四舍五入');
  });

  it('the closed year: the column, half up (1.5 → 2, 0.5 → 1)', () => {
    const t = attachment2(yearPeriod(2024), dayFromYmd(2025, 1, 5));
    expect([t.col('计任务（篇）'), t.col('四舍五入')]).toEqual([
      [1.5, 0.5],
      [2, 1],
    ]);
  });
});
