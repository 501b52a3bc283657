// A 对口处室 that is no office of the department (a 党(工)委 or 乡镇街道 picked by mistake; sweep S18a F5 / S18e F2)
// relays nothing (sweep S18e F3 ruling): the row is no submission of that unit — not in units[].submissions,
// 附件1's 报送 (零报送 shows), the indicators (领导看板's months) nor any quota, even one an office writes for
// 每个单位 toward the upper department the relay would reach. The row still counts for its own unit, and 校验 says
// both what the name loses. Scoring, the 通报 and the 指标 ask one test (relay.ts relayingOffice).
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { departmentOf, relayingOffice } from '../../src/core/relay';
import { presetRules } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

const TOWN = '峡窝镇党委';
const WRONG = '济源路街道党工委'; // a 乡镇街道 of 上街区's 单位, named as 对口处室
const OFFICE = '组织科'; // a 部机关科室

/** 上街区's quotas and one an office writes for every unit toward 省委组织部, where a 省级 relay goes. */
const UPWARD = '每个单位向省委组织部报送';
const quotas: Grid = [
  ['名称', '对象', '度量', '窗口', '目标', '报送对象'],
  ['每月向区委组织部报送', '乡镇街道', '报送', '每月', 2, '区委组织部'],
  [UPWARD, '每个单位', '报送', '全年', 1, '省委组织部'],
];

/** One 省级 adoption of 峡窝镇党委, sent to 区委组织部 on 03-01, relayed by `office` (sweep case F2). */
const relayedBy = (office: string): RowSpec =>
  adoption({
    单位: TOWN,
    标题: '甲',
    报送对象: '区委组织部',
    报送日期: '2024-03-01',
    媒体: '河南日报',
    录用日期: '2024-03-10',
    对口处室: office,
  });

function run(office: string) {
  const a = assess({ ledger: ledgerGrid([relayedBy(office)]), preset: '上街区', tables: { 指标: quotas } });
  const unit = (name: string) => {
    const u = a.report.units.find((x) => x.unit === name)!;
    const upward = a.indicators.units
      .find((x) => x.subject === name)
      ?.indicators.find((i) => i.name === UPWARD);
    return {
      submissions: u.submissions,
      zero: u.zeroSubmissions,
      relay: u.relayPoints,
      upward: upward?.value,
    };
  };
  return { issues: a.scored.rows[0].issues, town: unit(TOWN), office: unit(office) };
}

describe('a 对口处室 that is no office relays nothing', () => {
  it('no submission, no share, no quota of its own: 零报送; the unit keeps its submission', () => {
    expect(run(WRONG)).toEqual({
      issues: [
        `对口处室“${WRONG}”不是部机关科室（对口处室应为部机关的科室），本行不计转报分成，也不计入其报送`,
      ],
      town: { submissions: 1, zero: false, relay: 0, upward: 0 },
      office: { submissions: 0, zero: true, relay: 0, upward: 0 },
    });
  });

  it('an office relaying the same row: its submission upward, its share, its quota (as before)', () => {
    expect(run(OFFICE)).toEqual({
      issues: [],
      town: { submissions: 1, zero: false, relay: 0, upward: 0 },
      office: { submissions: 1, zero: false, relay: 2, upward: 1 },
    });
  });

  it('the 领导看板 months of the unit named (the 每月 quota’s buckets) are untouched by the row', () => {
    const a = assess({
      ledger: ledgerGrid([relayedBy(WRONG), { ...relayedBy(''), 单位: WRONG, 标题: '乙', 对口处室: OFFICE }]),
      preset: '上街区',
    });
    const monthly = a.indicators.units
      .find((x) => x.subject === WRONG)
      ?.indicators.find((i) => i.name === '每月向区委组织部报送');
    // March: its own piece 乙 only (the relayed 甲 is 峡窝镇党委's, not 济源路's).
    expect(monthly?.buckets?.slice(0, 4).map((b) => b.value)).toEqual([0, 0, 1, 0]);
    expect(a.report.units.find((u) => u.unit === WRONG)?.submissions).toBe(1);
  });
});

describe('relayingOffice: the one test', () => {
  const dept = departmentOf(presetRules('上街区'));
  it('the 对口处室 unless 单位 types it as no office; the unit itself or blank relays nothing', () => {
    const of = (relayOffice: string, unit = TOWN) => relayingOffice({ relayOffice, unit }, dept);
    expect([of(OFFICE), of(WRONG), of('区直机关工委'), of('宣传科'), of(TOWN), of('')]).toEqual([
      OFFICE,
      '',
      '',
      '宣传科', // not in 单位: said apart (不在「单位」表中), taken for an office
      '',
      '',
    ]);
  });
});
