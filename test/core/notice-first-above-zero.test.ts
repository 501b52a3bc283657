// 首 is where the 通报 names a unit first (audit S24a F7): a group whose best is 0 points because another
// unit has a 倒扣 below it names no first (末位：长河（-8分）), yet the console and 附件1's 备注 marked 首 on the
// units at 0 (白沙州委组织部 0 … 未达标 首 零报送), which reads as praise. One rule for all three (namedFirst).
import { describe, expect, it } from 'vitest';
import { rankingText } from '../../src/cli/main';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { buildNotice } from '../../src/core/notice';
import { quarterPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

const Q3 = quarterPeriod(2024, 3);
const UNITS = ['峡窝镇党委', '济源路街道党工委', '中心路街道党工委'];

function run(rows: ReturnType<typeof adoption>[]) {
  const base = presetRules('上街区');
  const rules: Rules = {
    ...base,
    units: UNITS.map((name) => {
      const u = base.units.find((x) => x.name === name);
      if (!u) throw new Error(`preset lacks ${name}`);
      return u;
    }),
    indicators: [],
    settings: { ...base.settings, rankingMode: '合并' },
  };
  const report = buildReport(scoreLedger(parseLedger(ledgerGrid(rows)), rules), rules, Q3, Q3.to);
  const notice = buildNotice(report, rules.settings, { issuedOn: dayFromYmd(2024, 10, 9) });
  const console = rankingText(report, false).split('\n');
  const remarkCol = notice.attachments[0].header.indexOf('备注');
  const annex = new Map(
    notice.attachments[0].groups[0].rows.map((r) => [String(r[1]), String(r[remarkCol])]),
  );
  const line = (unit: string) => console.find((l) => l.includes(unit)) ?? '';
  return { report, notice, annex, line };
}

describe('首 only where the 通报 names a first', () => {
  it('0 points above a 倒扣: no 首 on the console nor in 附件1; the 倒扣 unit is 末 in all three', () => {
    const { annex, line, notice } = run([
      adoption({ 单位: '中心路街道党工委', 媒体: '郑州日报', 录用日期: '2024-07-05', 核定: '倒扣' }),
    ]);
    const text = notice.body.map((b) => b.text).join('\n');
    expect(text).toContain('末位：中心路街道党工委（-5分）');
    // Said, not left for the reader to wonder who is first (audit S25b F1).
    expect(text).toContain('各单位积分均未超过0分，不列第一名；末位：中心路街道党工委（-5分）');
    expect(text).not.toMatch(/第一名：/);
    for (const unit of ['峡窝镇党委', '济源路街道党工委']) {
      expect(line(unit)).not.toContain('首');
      expect(annex.get(unit)).not.toContain('首');
    }
    expect(line('中心路街道党工委')).toMatch(/末/);
    expect(annex.get('中心路街道党工委')).toContain('末');
  });

  it('a first above 0 is still 首 everywhere', () => {
    const { annex, line, notice } = run([
      adoption({ 单位: '峡窝镇党委', 媒体: '郑州日报', 录用日期: '2024-07-05' }),
      adoption({
        单位: '中心路街道党工委',
        标题: '另一篇',
        媒体: '郑州日报',
        录用日期: '2024-07-06',
        核定: '倒扣',
      }),
    ]);
    expect(notice.body.map((b) => b.text).join('\n')).toContain('第一名：峡窝镇党委（5分）');
    expect(line('峡窝镇党委')).toContain('首');
    expect(annex.get('峡窝镇党委')).toContain('首');
    expect(line('济源路街道党工委')).not.toContain('首');
  });
});
