// 附件1's first note names 转报分成 only when the period has some: “本期积分含对口处室转报分成” beside an
// empty 其中转报分成 column read as a share left out (audit s34 C-F10).
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { buildNotice } from '../../src/core/notice';
import { yearPeriod } from '../../src/core/period';
import { adoption, ledgerGrid } from '../helpers/ledger';

function firstNote(relayed: boolean): string {
  const row = adoption({ 标题: '稿', 媒体: '郑州日报', ...(relayed ? { 对口处室: '信息调研科' } : {}) });
  const a = assess(
    { ledger: ledgerGrid([row]), preset: '上街区' },
    { period: yearPeriod(2024), asOf: dayFromYmd(2025, 1, 5) },
  );
  const doc = buildNotice(a.report, a.rules.settings, { issuedOn: dayFromYmd(2025, 1, 9) });
  const table = doc.attachments.find((t) => t.header.includes('其中转报分成'));
  return table?.notes[0] ?? '';
}

describe('附件1’s note on the period’s points', () => {
  it('without a relayed piece: the total alone', () => {
    expect(firstNote(false)).toBe('本期积分合计5分；累计积分为2024年1月1日至本期末。');
  });

  it('with one: the share named and split out', () => {
    expect(firstNote(true)).toBe(
      '本期积分含对口处室转报分成，合计6分（各单位稿件积分5分、转报分成1分）；累计积分为2024年1月1日至本期末。',
    );
  });
});
