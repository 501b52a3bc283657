// Which rows date a piece's one submission (sweep S18e F6 ruling): every row of the piece, whatever its verdict
// (不计分, 倒扣, a duplicate copy: the piece was sent then), and a row with no readable date of its own takes its
// piece's date: it is part of that one submission, so it neither says 本行不计入任何时段的报送 nor, for a 报送
// row, 无法计入任何时段. Only a piece with no date on any row cannot be placed, and its rows say so.
// (Case F4b-verdict-date-inconsistent: 甲, 乙, 丙.)
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

const MONTHLY = '每月向区委组织部报送'; // 上街区's 乡镇街道 quota

function run(rows: RowSpec[]) {
  const rules = presetRules('上街区');
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const rep = buildReport(scored, rules, yearPeriod(2024), yearPeriod(2024).to);
  /** A unit's 报送 per month (the quota's buckets, 领导看板's months) and in the ranking (附件1). */
  const months = (unit: string) => {
    const u = rep.units.find((x) => x.unit === unit)!;
    const buckets = u.indicators.find((i) => i.name === MONTHLY)?.buckets ?? [];
    return { submissions: u.submissions, months: buckets.map((b) => b.value).slice(0, 5) };
  };
  return {
    issues: scored.rows.map((r) => r.issues),
    months,
    boardMonths: rep.months.map((m) => m.submissions),
  };
}

const row = (单位: string, 标题: string, over: RowSpec) =>
  adoption({ 单位, 标题, 报送对象: '区委组织部', 媒体: '郑州日报', 录用日期: '', ...over });

describe('a piece is dated by every row of it, and a dateless row shares that date', () => {
  const f4b = run([
    row('峡窝镇党委', '甲', { 录用日期: '2024-02-10', 核定: '倒扣' }),
    row('峡窝镇党委', '甲', { 媒体: '河南日报' }), // no 录用日期: blocked for its points, still a submission
    row('济源路街道党工委', '乙', { 录用日期: '2024-02-10', 核定: '倒扣' }),
    row('济源路街道党工委', '乙', { 媒体: '河南日报', 录用日期: '2024-04-10' }),
    row('中心路街道党工委', '丙', { 录用日期: '2024-02-10' }),
    row('中心路街道党工委', '丙', { 媒体: '河南日报' }),
  ]);

  it('甲: the 倒扣 row dates it, the dateless row is its submission: February', () => {
    expect(f4b.months('峡窝镇党委')).toEqual({ submissions: 1, months: [0, 1, 0, 0, 0] });
    expect(f4b.issues[1]).toEqual(['录用行缺少录用日期，无法计分']);
  });

  it('乙: the 倒扣 row dates it, the April row is its submission: February (as before)', () => {
    expect(f4b.months('济源路街道党工委')).toEqual({ submissions: 1, months: [0, 1, 0, 0, 0] });
  });

  it('丙: February, and the dateless row is not told it counts nowhere', () => {
    expect(f4b.months('中心路街道党工委')).toEqual({ submissions: 1, months: [0, 1, 0, 0, 0] });
    expect(f4b.issues[5]).toEqual(['录用行缺少录用日期，无法计分']);
  });

  it('the 领导看板 month series counts the three pieces in February', () => {
    expect(f4b.boardMonths.slice(0, 5)).toEqual([0, 3, 0, 0, 0]);
  });

  it('a piece with no date on any row still cannot be placed, and says so', () => {
    const f = run([row('峡窝镇党委', '丁', {}), row('峡窝镇党委', '丁', { 媒体: '河南日报' })]);
    expect(f.months('峡窝镇党委')).toEqual({ submissions: 0, months: [0, 0, 0, 0, 0] });
    expect(f.issues).toEqual([
      ['录用行缺少录用日期，无法计分', '也无可用的报送日期，本行不计入任何时段的报送'],
      ['录用行缺少录用日期，无法计分', '也无可用的报送日期，本行不计入任何时段的报送'],
    ]);
  });

  it('a 报送 row with no date takes its piece’s adoption date, and says so instead of 无法计入任何时段', () => {
    const adopted = adoption({ 单位: '峡窝镇党委', 标题: '戊', 录用日期: '2024-03-05' }); // no 报送对象: adoption alone
    const sent = submission({ 单位: '峡窝镇党委', 标题: '戊', 报送日期: '' });
    const f = run([adopted, sent]);
    expect(f.months('峡窝镇党委')).toEqual({ submissions: 1, months: [0, 0, 1, 0, 0] });
    expect(f.issues[1]).toEqual(['报送行缺少报送日期，随本稿件于2024-03-05计入报送']);
    // Alone, it keeps the parser's message and counts nowhere.
    const alone = run([sent]);
    expect(alone.issues[0]).toEqual(['报送行缺少报送日期，无法计入任何时段']);
    expect(alone.months('峡窝镇党委').submissions).toBe(0);
  });

  it('a 不计分 row dates its piece too: 2023-12, not the valid row’s 2024-01 (N1-4 rows 10–11)', () => {
    const f = run([
      row('工业路街道党工委', '己', { 录用日期: '2023-12-15', 核定: '不计分' }),
      row('工业路街道党工委', '己', { 媒体: '河南日报', 录用日期: '2024-01-10' }),
    ]);
    expect(f.months('工业路街道党工委')).toEqual({ submissions: 0, months: [0, 0, 0, 0, 0] });
  });
});
