// 领导看板 showed a capped unit's points (设置 封顶分值) as a bare figure, while the 通报 and its 附件1 say
// 封顶（原积分X）: a leader adding up the unit's pieces got more than the board. The board marks the capped
// unit's 全年积分 and a note under the table names each capped unit with its points before the cap; a board
// where the cap cut nobody reads as before.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { evaluateIndicators } from '../../src/core/indicators';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { CapPeriod, Rules } from '../../src/core/types';
import { dashboardSheet } from '../../src/sheets/dashboard';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function board(capPoints: number | null, capPeriod: CapPeriod = '季', extra: RowSpec[] = []) {
  const base = presetRules('上街区');
  const rules: Rules = { ...base, settings: { ...base.settings, year: 2024, capPoints, capPeriod } };
  const rows = [
    adoption({ 标题: '稿1', 单位: '峡窝镇党委', 录用日期: '2024-01-10' }),
    adoption({ 标题: '稿2', 单位: '峡窝镇党委', 录用日期: '2024-02-10' }),
    adoption({ 标题: '稿3', 单位: '峡窝镇党委', 录用日期: '2024-03-10' }),
    adoption({ 标题: '稿4', 单位: '济源路街道党工委', 录用日期: '2024-02-10' }),
    ...extra,
  ];
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const asOf = dayFromYmd(2024, 5, 5);
  const model = buildReport(scored, rules, yearPeriod(2024), asOf, evaluateIndicators(scored, rules, asOf));
  const sheet = dashboardSheet(model, '2024-05-05 09:00');
  const values = sheet.values.map((r) => r.map((v) => String(v ?? '')));
  const headerRow = values.findIndex((r) => r[0] === '单位');
  const header = values[headerRow];
  // 累计积分 before the year ends, 全年积分 once it has (the figure is the same column).
  const col = Math.max(header.indexOf('全年积分'), header.indexOf('累计积分'));
  const rowOf = (unit: string) => values.findIndex((r) => r[0] === unit);
  /** The number format the 全年积分 cell of the unit shows with (the last block covering it wins). */
  const format = (unit: string) => {
    const r = rowOf(unit) + 1;
    const c = col + 1;
    const blocks = (sheet.numberFormats ?? []).filter(
      (f) =>
        r >= f.block.row &&
        r < f.block.row + f.block.rows &&
        c >= f.block.col &&
        c < f.block.col + f.block.cols,
    );
    return blocks.at(-1)?.format ?? '';
  };
  const text = values.map((r) => r[0]).join(''); // the note wraps over rows: read as one text
  return { model, values, col, rowOf, format, text };
}

describe('领导看板: a unit the cap (封顶分值) cut', () => {
  it('marks the capped figure and names the unit with its 原积分 under the table', () => {
    const b = board(10);
    const town = b.model.units.find((u) => u.unit === '峡窝镇党委')!;
    expect(town.uncappedPoints).toBeGreaterThan(town.points);
    // The figure stays a number (the bar and 完成率 read it), shown with 封顶 beside it.
    expect(b.values[b.rowOf('峡窝镇党委')][b.col]).toBe(String(town.points));
    expect(b.format('峡窝镇党委')).toContain('（封顶）');
    expect(b.format('济源路街道党工委')).not.toContain('封顶');
    expect(b.text).toContain(`峡窝镇党委（原积分${town.uncappedPoints}）`);
    expect(b.text).not.toContain('济源路街道党工委（原积分');
  });

  it('states the cap and its period as the 通报 does, not as if the year figure were the cap', () => {
    // Cap 10 a quarter: 峡窝镇 earned 15 in Q1 (kept 10) and 5 in Q2, so its year reads 15 — not the cap.
    const q = board(10, '季', [adoption({ 标题: '稿5', 单位: '峡窝镇党委', 录用日期: '2024-04-10' })]);
    const town = q.model.units.find((u) => u.unit === '峡窝镇党委')!;
    expect([town.points, town.uncappedPoints]).toEqual([15, 20]);
    expect(q.text).toContain(
      '标“封顶”的单位有季度积分超过封顶分值（每季10分），超出部分不计：峡窝镇党委（原积分20）。',
    );
    expect(q.text).not.toContain('按封顶分值计入');
    expect(q.format('峡窝镇党委')).toContain('（封顶）');
    // A 倒扣 takes the year below zero: the note still reads true of it.
    const m = board(5, '月', [
      adoption({ 标题: '稿7', 单位: '峡窝镇党委', 录用日期: '2024-01-20' }),
      adoption({ 标题: '稿6', 单位: '峡窝镇党委', 录用日期: '2024-04-10', 调整分: -30, 调整理由: '失实' }),
    ]);
    expect(m.model.units.find((u) => u.unit === '峡窝镇党委')!.points).toBeLessThan(0);
    expect(m.text).toContain(
      '标“封顶”的单位有月份积分超过封顶分值（每月5分），超出部分不计：峡窝镇党委（原积分',
    );
  });

  it('says nothing of a cap that cut nobody', () => {
    const b = board(null);
    expect(b.format('峡窝镇党委')).not.toContain('封顶');
    expect(b.text).not.toContain('封顶');
  });
});
