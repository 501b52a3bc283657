// A unit type's sentence in 二、各单位积分排名情况 never praises the unit it names as 末位 (session 16 sweep F8:
// 前两名：办公室（80分）、组织股（3分）；末位：组织股（3分）). A type of two reads 第一名：X；末位：Y, of three
// 前两名：…；末位：…; ties keep their rules (a tie at the top is 并列, more than three tied at the bottom one clause).
import { describe, expect, it } from 'vitest';
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

/** `pieces[unit]` 河南日报 adoptions (10 分 each) per unit; the 单位 table cut to these units, no tasks. */
function sentence(pieces: Record<string, number>, rankingMode: '分类' | '合并' = '分类'): string {
  const base = presetRules('上街区');
  const names = Object.keys(pieces);
  const rules: Rules = {
    ...base,
    units: base.units.filter((u) => names.includes(u.name)),
    indicators: [],
    settings: { ...base.settings, rankingMode },
  };
  const rows = names.flatMap((unit) =>
    Array.from({ length: pieces[unit] }, (_, k) =>
      adoption({
        单位: unit,
        标题: `${unit}${k}`,
        媒体: '河南日报',
        录用日期: '2024-07-03',
        报送日期: '2024-07-03',
      }),
    ),
  );
  const report = buildReport(scoreLedger(parseLedger(ledgerGrid(rows)), rules), rules, Q3, Q3.to);
  const body = buildNotice(report, rules.settings, { issuedOn: dayFromYmd(2024, 10, 9) }).body;
  const at = body.findIndex((b) => b.text === '二、各单位积分排名情况');
  return body[at + 1].text;
}

describe('a type’s first and its last are different units', () => {
  it('two units: 第一名 and 末位', () => {
    expect(sentence({ 办公室: 8, 组织科: 1 })).toBe(
      '（一）部机关科室（2个）。第一名：办公室（80分）；末位：组织科（10分）。',
    );
  });

  it('three units: 前两名 and 末位', () => {
    expect(sentence({ 峡窝镇党委: 3, 济源路街道党工委: 2, 中心路街道党工委: 1 })).toBe(
      '（一）乡镇街道（3个）。前两名：峡窝镇党委（30分）、济源路街道党工委（20分）；末位：中心路街道党工委（10分）。',
    );
  });

  it('three units, two tied at the bottom: 第一名 and both as 末位', () => {
    expect(sentence({ 峡窝镇党委: 3, 济源路街道党工委: 1, 中心路街道党工委: 1 })).toBe(
      '（一）乡镇街道（3个）。第一名：峡窝镇党委（30分）；末位：济源路街道党工委（10分）、中心路街道党工委（10分）。',
    );
  });

  it('two tied at the top of three: both first, the third last', () => {
    expect(sentence({ 峡窝镇党委: 2, 济源路街道党工委: 2, 中心路街道党工委: 1 })).toBe(
      '（一）乡镇街道（3个）。前两名：济源路街道党工委（20分，并列第1）、峡窝镇党委（20分，并列第1）；末位：中心路街道党工委（10分）。',
    );
  });

  it('four units tied at the bottom above 0: one clause, none of them among the first', () => {
    expect(
      sentence({
        峡窝镇党委: 3,
        济源路街道党工委: 1,
        中心路街道党工委: 1,
        新安路街道党工委: 1,
        工业路街道党工委: 1,
      }),
    ).toBe('（一）乡镇街道（5个）。第一名：峡窝镇党委（30分）；4个单位并列末位，积分均为10分。');
  });

  it('four units: the first three, the fourth last (as before)', () => {
    expect(sentence({ 峡窝镇党委: 4, 济源路街道党工委: 3, 中心路街道党工委: 2, 新安路街道党工委: 1 })).toBe(
      '（一）乡镇街道（4个）。前三名：峡窝镇党委（40分）、济源路街道党工委（30分）、中心路街道党工委（20分）；末位：新安路街道党工委（10分）。',
    );
  });

  it('合并 ranks all units alike', () => {
    expect(sentence({ 峡窝镇党委: 2, 组织科: 1 }, '合并')).toBe(
      '全部2个单位。第一名：峡窝镇党委（20分）；末位：组织科（10分）。',
    );
  });
});
