// 领导看板's progress bar (session 12 sweep): its percentage is the 完成率 beside it (−11 % after a 倒扣
// read 0 % beside −11 %); the bar itself stays within 0..100 %. Audit S24a F6: 198/200 drew a full bar
// beside 99 % and 未达标 (9.9 blocks rounded up); a bar is full only at 100 %, the same for the command line's.
import { describe, expect, it } from 'vitest';
import { textBar } from '../../src/cli/table';
import { dayFromYmd } from '../../src/core/dates';
import { evaluateIndicators } from '../../src/core/indicators';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules } from '../../src/core/types';
import { dashboardSheet, progressBar } from '../../src/sheets/dashboard';
import { adoption, ledgerGrid } from '../helpers/ledger';

describe('progressBar', () => {
  it.each([
    [-0.11, '░░░░░░░░░░ -11%'],
    [0, '░░░░░░░░░░ 0%'],
    [0.6, '██████░░░░ 60%'],
    [0.7, '███████░░░ 70%'], // 7 blocks, not 6: 0.7 × 10 is whole on paper
    [198 / 200, '█████████░ 99%'],
    [0.96, '█████████░ 96%'],
    [0.05, '░░░░░░░░░░ 5%'],
    [0.999, '█████████░ 100%'], // the 完成率 shows as the cell's 0% format does; the bar is not full
    [1, '██████████ 100%'],
    [1.37, '██████████ 137%'],
    [396.6 / 40, '██████████ 992%'], // 991.4999… in binary; the cell's 0% format shows 992%
  ])('%f → %s', (f, text) => {
    expect(progressBar(f)).toBe(text);
  });

  it('the command line draws its bar by the same rule', () => {
    expect(textBar(198 / 200)).toBe('█████████░');
    expect(textBar(0.999, 24)).toBe(`${'█'.repeat(23)}░`);
    expect(textBar(1, 4)).toBe('████');
    expect(textBar(-1, 4)).toBe('░░░░');
  });
});

describe('领导看板: a points target not met never reads 100 % (sweep s24r F2)', () => {
  /** The board at year end with 峡窝镇党委's yearly points target set to its points ÷ `rate`. */
  function board(rate: number) {
    const base = presetRules('上街区');
    const rows = [
      adoption({
        标题: '信息',
        单位: '峡窝镇党委',
        媒体: '郑州日报',
        录用日期: '2024-05-02',
        报送日期: '2024-05-01',
      }),
    ];
    const plain = scoreLedger(parseLedger(ledgerGrid(rows)), base);
    const points = plain.rows[0].points;
    const yearly = base.indicators.find(
      (i) =>
        i.window === '全年' &&
        i.metric === '积分' &&
        'unitType' in i.subject &&
        i.subject.unitType === '乡镇街道',
    )!;
    const rules: Rules = {
      ...base,
      indicators: base.indicators.map((i) => (i === yearly ? { ...i, threshold: points / rate } : i)),
    };
    const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
    const asOf = dayFromYmd(2024, 12, 31);
    const model = buildReport(scored, rules, yearPeriod(2024), asOf, evaluateIndicators(scored, rules, asOf));
    const values = dashboardSheet(model, '2024-12-31 09:00').values;
    const header = values[values.findIndex((r) => r[0] === '单位')];
    const row = values.find((r) => r[0] === '峡窝镇党委')!;
    return {
      rate: row[header.indexOf('完成率')],
      bar: row[header.indexOf('完成进度')],
      status: row[header.indexOf('状态')],
    };
  }

  it('99.5 % of the target: 99 % in the cell and the bar, beside 未达标', () => {
    expect(board(0.995)).toEqual({ rate: 0.99, bar: '█████████░ 99%', status: '未达标' });
  });

  it('a rate that rounds below 100 % and a met target are shown as they are', () => {
    expect(board(0.99)).toMatchObject({ bar: '█████████░ 99%', status: '未达标' });
    expect(board(1)).toMatchObject({ rate: 1, bar: '██████████ 100%' });
  });
});
