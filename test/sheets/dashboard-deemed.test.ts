// Audit S22b F5: a unit whose task is met through 视同达标 showed 达标0/11个月 on 领导看板 (the add-on's and the
// CLI's: one dashboardSheet), the words of a unit that missed every month. Every place a task's progress is
// shown for a deemed unit says 视同达标, for a monthly, a quarterly and a yearly task alike; a unit not ticked
// keeps its counts, and the 还差 column asks nothing of a deemed unit.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { evaluateIndicators } from '../../src/core/indicators';
import { indicatorCell, indicatorProgress, stillNeeded } from '../../src/core/indicatorText';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules, Window } from '../../src/core/types';
import { dashboardSheet } from '../../src/sheets/dashboard';
import { ledgerGrid, submission } from '../helpers/ledger';

/** The board as of 5 May 2024, the 乡镇街道 submission quota under `window`, 峡窝镇党委 ticked 视同达标. */
function board(window: Window) {
  const base = presetRules('上街区');
  const quota = base.indicators.find((i) => i.name === '每月向区委组织部报送')!;
  const name = `${window}向区委组织部报送`;
  const indicators = [
    ...base.indicators.filter((i) => i.window !== '每月' && i.window !== '每季'),
    { ...quota, name, window, target: 3, deemedMet: ['峡窝镇党委'] },
  ];
  const rules: Rules = { ...base, indicators };
  const rows = [
    submission({ 标题: '信息', 单位: '济源路街道党工委', 报送日期: '2024-05-02', 报送对象: '区委组织部' }),
  ];
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const asOf = dayFromYmd(2024, 5, 5);
  const model = buildReport(scored, rules, yearPeriod(2024), asOf, evaluateIndicators(scored, rules, asOf));
  const values = dashboardSheet(model, '2024-05-05 09:00').values.map((r) => r.map((v) => String(v ?? '')));
  const header = values[values.findIndex((r) => r[0] === '单位')];
  const cell = (unit: string, column: string) => values.find((r) => r[0] === unit)![header.indexOf(column)];
  const task = (unit: string) =>
    model.units.find((u) => u.unit === unit)!.indicators.find((i) => i.name === name)!;
  const legend = values.map((r) => r[0]).find((t) => t.startsWith('颜色说明'))!;
  return { name, header, cell, task, legend };
}

describe('领导看板: a task met through 视同达标', () => {
  it.each(['每月', '每季', '全年'] as Window[])(
    '%s: the deemed unit shows 视同达标, the others their counts',
    (window) => {
      const { name, cell, task } = board(window);
      const deemed = task('峡窝镇党委');
      expect([deemed.status, deemed.value]).toEqual(['已达标', 0]);
      expect([cell('峡窝镇党委', name), indicatorCell(deemed), indicatorProgress(deemed)]).toEqual([
        '视同达标',
        '视同达标',
        '视同达标',
      ]);
      expect(cell('济源路街道党工委', name)).not.toBe('视同达标');
      expect(cell('工业路街道党工委', name)).not.toBe('视同达标');
    },
  );

  it('the 还差 column asks nothing of the deemed unit', () => {
    const { header, cell, task } = board('每月');
    expect(stillNeeded(task('峡窝镇党委'))).toBe(0);
    expect(cell('峡窝镇党委', '本月还差')).toBe('已完成');
    expect(cell('济源路街道党工委', '本月还差')).toMatch(/^[1-9]篇$/);
    expect(header).toContain('本月还差');
  });

  it('the legend under the table says what 视同达标 means, and only when the board shows it', () => {
    expect(board('每月').legend).toContain('“视同达标”为「指标」表视同达标列所列的单位，该项按达标计');
    // Without a ticked unit the legend stays as it was.
    const plain = presetRules('上街区');
    const scored = scoreLedger(parseLedger(ledgerGrid([])), plain);
    const asOf = dayFromYmd(2024, 5, 5);
    const model = buildReport(scored, plain, yearPeriod(2024), asOf, evaluateIndicators(scored, plain, asOf));
    const values = dashboardSheet(model, '2024-05-05 09:00').values.map((r) => String(r[0] ?? ''));
    expect(values.find((t) => t.startsWith('颜色说明'))).not.toContain('视同达标');
  });

  it('a yearly points target met through 视同达标 says so beside its progress bar', () => {
    const base = presetRules('上街区');
    const indicators = base.indicators.map((i) =>
      i.name === '全年积分' && i.window === '全年' ? { ...i, deemedMet: ['峡窝镇党委'] } : i,
    );
    const rules: Rules = { ...base, indicators };
    const scored = scoreLedger(parseLedger(ledgerGrid([])), rules);
    const asOf = dayFromYmd(2024, 5, 5);
    const model = buildReport(scored, rules, yearPeriod(2024), asOf, evaluateIndicators(scored, rules, asOf));
    const values = dashboardSheet(model, '2024-05-05 09:00').values.map((r) => r.map((v) => String(v ?? '')));
    const header = values[values.findIndex((r) => r[0] === '单位')];
    const bar = (unit: string) => values.find((r) => r[0] === unit)![header.indexOf('完成进度')];
    expect(bar('峡窝镇党委')).toMatch(/ 0% 视同达标$/);
    expect(bar('济源路街道党工委')).not.toContain('视同达标');
  });
});
