// A relayed row whose 报送对象 names an office of the own department (研究室, 信息调研科 …): the unit's
// submission to the department as it addressed it, counted toward its quota to that office and to the
// department; the office relayed it upward to the department the adoption's level names, never to itself
// (RULES §4 Relay share, §10.14: the 类别 preset's 每月向研究室报送, 004).
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { indicatorsForRow } from '../../src/core/indicators/forRow';
import {
  DEFAULT_DEPARTMENT,
  department,
  findDepartment,
  officeRecipient,
  ownOffice,
  relayedRecipient,
  sameRecipient,
} from '../../src/core/relay';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';
import { d, unitBuckets } from './indicators-fixture';

const buckets = unitBuckets;

describe('类别 preset: a unit submits to 研究室, which relays a piece upward (sweep S15 F3)', () => {
  const units: Grid = [
    ['单位', '类型'],
    ['甲镇', '乡镇街道'],
    ['研究室', '部机关科室'],
  ];
  /** 甲镇's January: 甲一 to 研究室, then a second piece (relayed by the 研究室 unless `relayed` is false). */
  const run = (recipient: string, more: Grid = [], relayed = true) =>
    assess(
      {
        ledger: ledgerGrid([
          submission({
            单位: '甲镇',
            标题: '甲一',
            报送对象: '研究室',
            报送日期: '2024-01-05',
            审核状态: '终审',
          }),
          relayed
            ? adoption({
                单位: '甲镇',
                标题: '甲二转报',
                报送对象: recipient,
                报送日期: '2024-01-08',
                媒体: '常德日报',
                录用日期: '2024-01-20',
                审核状态: '终审',
                对口处室: '研究室',
              })
            : submission({
                单位: '甲镇',
                标题: '甲二',
                报送对象: recipient,
                报送日期: '2024-01-08',
                审核状态: '终审',
              }),
        ]),
        preset: '类别',
        tables: { 单位: units, ...(more.length > 0 ? { 设置: more } : {}) },
      },
      { asOf: d('2024-03-01') },
    );

  for (const recipient of ['研究室', '组织部研究室', '区委组织部研究室']) {
    it(`报送对象 ${recipient}: 甲镇’s January is 2 (met), the 研究室 does not meet its own quota by it`, () => {
      const a = run(recipient);
      expect(buckets(a, '甲镇', '每月向研究室报送').slice(0, 2)).toEqual([2, 0]);
      // Since S26a F4 a 部机关科室 has no 研究室 quota (004 asks 乡镇、县直单位): nothing of it to meet.
      expect(buckets(a, '研究室', '每月向研究室报送').slice(0, 2)).toEqual([]);
      // The 研究室 relayed it up to 市委组织部 (常德日报 is 市级): a submission of its own, not to itself.
      expect(a.report.units.find((u) => u.unit === '研究室')?.submissions).toBe(1);
      expect(a.scored.rows[1].issues).toEqual([]);
    });
  }

  // Not relayed: a 报送 row addressed to the department's 研究室 by its full name is a submission to 研究室.
  for (const recipient of ['组织部研究室', '区委组织部研究室', '区委组织部（研究室）']) {
    it(`a 报送 row (no 对口处室) to ${recipient} counts toward 每月向研究室报送, with no message`, () => {
      const a = run(recipient, [], false);
      expect(buckets(a, '甲镇', '每月向研究室报送')[0]).toBe(2);
      expect(a.scored.rows[1].issues).toEqual([]);
    });
  }

  it('under 津市 (本级组织部): the same, the 研究室’s upward recipient is the prefecture’s', () => {
    const a = run('研究室', [
      ['项目', '值'],
      ['本级组织部', '津市市委组织部'],
    ]);
    expect(buckets(a, '甲镇', '每月向研究室报送')[0]).toBe(2);
    expect(buckets(a, '研究室', '每月向研究室报送')[0] ?? 0).toBe(0);
    expect(a.report.units.find((u) => u.unit === '研究室')?.submissions).toBe(1);
  });

  it('报送对象 区委组织部 (the department, not 研究室): as before, not toward 研究室', () => {
    const a = run('区委组织部');
    expect(buckets(a, '甲镇', '每月向研究室报送')[0]).toBe(1);
  });

  it('录入稿件’s 计入指标 says the same as the evaluator', () => {
    const a = run('研究室');
    const names = indicatorsForRow(a.scored.rows[1], a.scored.ledger.rows[1], a.rules, d('2024-03-01')).map(
      (q) => q.name,
    );
    expect(names).toEqual(['每月向研究室报送']);
  });
});

describe('上街区 preset: a 乡镇 relays through 信息调研科, addressing it', () => {
  const row = (over: RowSpec) =>
    adoption({
      单位: '峡窝镇党委',
      标题: '转报稿',
      报送日期: '2024-03-01',
      媒体: '郑州日报', // 市级
      录用日期: '2024-03-05',
      对口处室: '信息调研科',
      ...over,
    });
  const march = (recipient: string) => {
    const a = assess({ ledger: ledgerGrid([row({ 报送对象: recipient })]) }, { asOf: d('2024-03-31') });
    return {
      town: buckets(a, '峡窝镇党委', '每月向区委组织部报送')[2],
      office: buckets(a, '信息调研科', '每月向市委组织部报送')[2],
    };
  };

  it('报送对象 信息调研科 / 研究室: the 镇’s submission to 区委组织部, the office’s to 市委组织部 by level', () => {
    expect(march('信息调研科')).toEqual({ town: 1, office: 1 });
    expect(march('研究室')).toEqual({ town: 1, office: 1 });
    expect(march('上街区委组织部信息调研科')).toEqual({ town: 1, office: 1 });
  });

  it('the cases that worked: empty, 区委组织部, its full name, an upper department named for the office', () => {
    expect(march('')).toEqual({ town: 1, office: 1 });
    expect(march('区委组织部')).toEqual({ town: 1, office: 1 });
    expect(march('中共郑州市上街区委员会组织部')).toEqual({ town: 1, office: 1 });
    expect(march('市委组织部')).toEqual({ town: 1, office: 1 });
    expect(march('省委组织部')).toEqual({ town: 1, office: 0 }); // the office sent it to 省委组织部
  });

  it('录入稿件’s 计入指标: a relayed row counts toward the 镇’s quota to 区委组织部 whatever 报送对象 says', () => {
    const a = assess({ ledger: ledgerGrid([row({ 报送对象: '市委组织部' })]) }, { asOf: d('2024-03-31') });
    const names = indicatorsForRow(a.scored.rows[0], a.scored.ledger.rows[0], a.rules, d('2024-03-31')).map(
      (q) => q.name,
    );
    expect(names).toContain('每月向区委组织部报送');
  });
});

describe('ownOffice: which 报送对象 names an office of the own department', () => {
  const dept = DEFAULT_DEPARTMENT;
  it('offices: by name, after 组织部, the row’s 对口处室, a 部机关科室 of 单位', () => {
    expect(ownOffice('研究室', '', dept)).toBe('研究室');
    expect(ownOffice('信息科', '', dept)).toBe('信息科');
    expect(ownOffice('干部监督科', '', dept)).toBe('干部监督科');
    expect(ownOffice('组织部研究室', '', dept)).toBe('研究室');
    expect(ownOffice('上街区委组织部（信息科）', '', dept)).toBe('信息科');
    expect(ownOffice('人才办', '人才办', dept)).toBe('人才办');
    const withUnits = findDepartment({
      indicators: [],
      settings: {} as never,
      units: [{ name: '人才办', type: '部机关科室' } as never],
    }).department;
    expect(ownOffice('人才办', '', withUnits)).toBe('人才办');
    expect(ownOffice('人才办', '', dept)).toBe('');
  });

  it('not offices: the department itself, upper ones, another body, two named', () => {
    for (const t of [
      '',
      '区委组织部',
      '中共郑州市上街区委员会组织部',
      '区委',
      '市委组织部',
      '郑州市委组织部信息科',
      '省委组织部',
      '中组部',
      '宣传部办公室',
      '人大常委会办公室',
      '县委组织部研究室', // a 县's, under a 区 (sweep S15b N2)
      '研究室、信息科',
      '郑州日报',
    ])
      expect([t, ownOffice(t, '', dept)]).toEqual([t, '']);
    const prefecture = department('吕梁市委组织部（地级）');
    expect(ownOffice('吕梁市委组织部（地级）', '', prefecture)).toBe('');
    const county = department('临县县委组织部');
    expect(ownOffice('县委组织部研究室', '', county)).toBe('研究室');
    expect(ownOffice('区委组织部研究室', '', county)).toBe(''); // another department's
  });

  it('the unit’s recipient counts toward a quota naming the office and one naming the department', () => {
    const r = relayedRecipient('研究室', '研究室', dept);
    expect(r).toBe('区委组织部研究室');
    expect(sameRecipient(r, '研究室')).toBe(true);
    expect(sameRecipient(r, '区委组织部')).toBe(true);
    expect(sameRecipient(r, '信息科')).toBe(false);
    expect(sameRecipient(r, '市委组织部')).toBe(false);
    expect(relayedRecipient('市委组织部', '研究室', dept)).toBe('区委组织部');
    expect(relayedRecipient('', '研究室', dept)).toBe('区委组织部');
  });

  it('the office’s upward recipient: inferred from the level for its own office, as named for an upper one', () => {
    const row = (recipient: string, mode: '录用' | '报送' = '录用') => ({
      recipient,
      mode,
      relayOffice: '研究室',
    });
    expect(officeRecipient(row('研究室'), '市级', dept)).toBe('市委组织部');
    expect(officeRecipient(row('研究室'), '省级', dept)).toBe('省委组织部');
    expect(officeRecipient(row('研究室', '报送'), null, dept)).toBe('');
    expect(officeRecipient(row('信息科'), '中央级', dept)).toBe('中组部');
    expect(officeRecipient(row('省委组织部'), '市级', dept)).toBe('省委组织部');
    expect(officeRecipient(row(''), '市级', dept)).toBe('市委组织部');
    expect(officeRecipient(row('研究室'), '市级', department('津市市委组织部'))).toBe('上级市委组织部');
  });
});
