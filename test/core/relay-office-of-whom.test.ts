// Whose office a 报送对象 names (sweep S15b N2, N4): an office of the own department, written bare (研究室,
// 信息科) or with 组织部 (组织部研究室), is the department's, relayed or not, so it counts toward a quota naming
// the office and one naming the department; another body's office (区委研究室, 区政府研究室, 党校研究室,
// 宣传部研究室 …) is no submission to our 研究室 (004: "考核工作由组织部研究室负责"), and the 对口处室 that
// relayed a piece there is not credited with one either.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { indicatorsForRow } from '../../src/core/indicators/forRow';
import {
  addressedRecipient,
  DEFAULT_DEPARTMENT,
  department,
  ownOffice,
  sameRecipient,
} from '../../src/core/relay';
import type { Grid } from '../../src/core/types';
import { ledgerGrid, submission } from '../helpers/ledger';
import { d, unitBuckets } from './indicators-fixture';

const buckets = unitBuckets;

const ANOTHER_BODY = [
  '区委研究室',
  '区委政策研究室',
  '市委政策研究室',
  '宣传部研究室',
  '区政府研究室',
  '党校研究室',
];

// Since S26a F4 the 类别 quota is asked of 乡镇街道 and 其他党工委 only (004), so 信息科 has none: `?? 0`.
describe('类别 preset (每月向研究室报送): another body’s 研究室 is not ours (N2)', () => {
  const units: Grid = [
    ['单位', '类型'],
    ['甲镇', '乡镇街道'],
    ['研究室', '部机关科室'],
    ['信息科', '部机关科室'],
  ];
  /** 甲镇's January: 甲一 to 研究室, then 甲二 to `recipient` (relayed by 信息科 when `relayed`). */
  const run = (recipient: string, relayed: boolean) =>
    assess(
      {
        ledger: ledgerGrid([
          submission({
            单位: '甲镇',
            标题: '甲一',
            报送对象: '研究室',
            报送日期: '2024-01-03',
            审核状态: '终审',
          }),
          submission({
            单位: '甲镇',
            标题: '甲二',
            报送对象: recipient,
            报送日期: '2024-01-05',
            审核状态: '终审',
            对口处室: relayed ? '信息科' : '',
          }),
        ]),
        preset: '类别',
        tables: { 单位: units },
      },
      { asOf: d('2024-03-01') },
    );

  for (const recipient of ANOTHER_BODY) {
    it(`not relayed, 报送对象 ${recipient}: 甲镇’s January is 1, and 校验 says why`, () => {
      const a = run(recipient, false);
      expect(buckets(a, '甲镇', '每月向研究室报送')[0]).toBe(1);
      expect(a.scored.rows[1].issues).toEqual([
        `报送对象“${recipient}”不是本单位报送任务的对象（研究室），不计入报送任务`,
      ]);
      const names = indicatorsForRow(a.scored.rows[1], a.scored.ledger.rows[1], a.rules, d('2024-03-01'));
      expect(names).toEqual([]);
    });

    it(`relayed by 信息科, 报送对象 ${recipient}: 甲镇 1, and 信息科 has no submission to 研究室`, () => {
      const a = run(recipient, true);
      expect(buckets(a, '甲镇', '每月向研究室报送')[0]).toBe(1);
      expect(buckets(a, '信息科', '每月向研究室报送')[0] ?? 0).toBe(0);
    });
  }

  it('an upper department’s 研究室, or a 县’s under a 区 department, is not ours either', () => {
    for (const recipient of ['市委组织部研究室', '市委组织部（研究室）', '县委组织部研究室']) {
      const a = run(recipient, false);
      expect([recipient, buckets(a, '甲镇', '每月向研究室报送')[0]]).toEqual([recipient, 1]);
      const relayed = run(recipient, true);
      expect([recipient, buckets(relayed, '信息科', '每月向研究室报送')[0] ?? 0]).toEqual([recipient, 0]);
    }
  });

  it('our own 研究室, bare or with 组织部, still counts, relayed or not', () => {
    for (const recipient of ['研究室', '组织部研究室', '区委组织部研究室']) {
      for (const relayed of [false, true]) {
        const a = run(recipient, relayed);
        expect([recipient, relayed, buckets(a, '甲镇', '每月向研究室报送')[0]]).toEqual([
          recipient,
          relayed,
          2,
        ]);
        expect(a.scored.rows[1].issues).toEqual([]);
      }
    }
  });
});

describe('上街区 preset (每月向区委组织部报送): an office of the own department is the department (N4)', () => {
  /** 峡窝镇党委's March: one row to 区委组织部, one (not relayed) to `recipient`. */
  const march = (recipient: string) =>
    assess(
      {
        ledger: ledgerGrid([
          submission({ 标题: '一', 报送日期: '2024-03-01' }),
          submission({ 标题: '二', 报送对象: recipient, 报送日期: '2024-03-05' }),
        ]),
      },
      { asOf: d('2024-03-31') },
    );

  for (const recipient of ['研究室', '信息科', '办公室', '组工信息科', '组织部研究室', '区委组织部研究室']) {
    it(`报送对象 ${recipient}: counts toward 区委组织部 (March 2), with no message`, () => {
      const a = march(recipient);
      expect(buckets(a, '峡窝镇党委', '每月向区委组织部报送')[2]).toBe(2);
      expect(a.scored.rows[1].issues).toEqual([]);
      const names = indicatorsForRow(a.scored.rows[1], a.scored.ledger.rows[1], a.rules, d('2024-03-31'));
      expect(names.map((n) => n.name)).toEqual(['每月向区委组织部报送']);
    });
  }

  for (const recipient of ['宣传部办公室', '区政府研究室', '党校研究室']) {
    it(`报送对象 ${recipient} (another body): not counted, and said`, () => {
      const a = march(recipient);
      expect(buckets(a, '峡窝镇党委', '每月向区委组织部报送')[2]).toBe(1);
      expect(a.scored.rows[1].issues).toEqual([
        `报送对象“${recipient}”不是本单位报送任务的对象（区委组织部），不计入报送任务`,
      ]);
    });
  }
});

describe('relay.ts: reading and matching an office', () => {
  const dept = DEFAULT_DEPARTMENT;
  it('addressedRecipient writes an own office with the department, bare or not', () => {
    expect(addressedRecipient('研究室', dept)).toBe('区委组织部研究室');
    expect(addressedRecipient('组织部研究室', dept)).toBe('区委组织部研究室');
    expect(addressedRecipient('区委组织部（信息科）', dept)).toBe('区委组织部信息科');
    expect(addressedRecipient('区委研究室', dept)).toBe('区委研究室');
    expect(addressedRecipient('市委组织部研究室', dept)).toBe('市委组织部');
    expect(addressedRecipient('县委组织部研究室', dept)).toBe('县委组织部研究室'); // a 县's, not ours
    const county = department('临县县委组织部');
    expect(addressedRecipient('县委组织部研究室', county)).toBe('县委组织部研究室');
    expect(sameRecipient(addressedRecipient('研究室', county), '研究室', county)).toBe(true);
    expect(sameRecipient(addressedRecipient('区委组织部研究室', county), '研究室', county)).toBe(false);
  });

  it('ownOffice refuses another body’s office; sameRecipient matches an office only as the department’s', () => {
    for (const t of [...ANOTHER_BODY, '某镇党政办公室', '老干部局办公室', '区人大办公室'])
      expect([t, ownOffice(t, '', dept)]).toEqual([t, '']);
    expect(ownOffice('干部监督科', '', dept)).toBe('干部监督科');
    expect(sameRecipient('区委组织部研究室', '研究室', dept)).toBe(true);
    expect(sameRecipient('区委组织部研究室', '组织部研究室', dept)).toBe(true);
    for (const r of ['区委研究室', '党校研究室', '县委组织部研究室', '上级市委组织部研究室'])
      expect([r, sameRecipient(r, '研究室', dept)]).toEqual([r, false]);
  });
});
