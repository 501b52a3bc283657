import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { roundHalfUp } from '../../src/core/text';
import type { Rules } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

function score(rows: RowSpec[], rules: Rules = presetRules('上街区')) {
  return scoreLedger(parseLedger(ledgerGrid(rows)), rules).rows;
}

function withSettings(over: Partial<Rules['settings']>, base = presetRules('上街区')): Rules {
  return { ...base, settings: { ...base.settings, ...over } };
}

describe('RULES §6 worked examples (上街区 preset)', () => {
  it('录用, 市级 daily, 800 字 → 5', () => {
    expect(score([adoption({ 媒体: '郑州日报', 字数: 800 })])[0].points).toBe(5);
  });
  it('录用, 省级 journal, 1500 字 → 30 (10 × 3)', () => {
    const [r] = score([adoption({ 媒体: '河南组工信息', 字数: 1500 })]);
    expect(r.level).toBe('省级');
    expect(r.points).toBe(30);
  });
  it('录用, 中央级 TV, 2 minutes, 省 leader instruction → 110 (30 × 3 + 20)', () => {
    const [r] = score([adoption({ 媒体: '中央电视台', 字数: '', '时长(分钟)': 2, 领导批示: '省' })]);
    expect(r.points).toBe(110);
    expect(r.bonus).toBe(20);
  });
  it('综合, 省级, 3000 字 → 5: no length multiplier on 综合', () => {
    expect(score([adoption({ 媒体: '河南日报', 采用方式: '综合', 字数: 3000 })])[0].points).toBe(5);
  });
  it('录用, 市级, 核定 倒扣 → −5', () => {
    expect(score([adoption({ 媒体: '郑州日报', 核定: '倒扣' })])[0].points).toBe(-5);
  });
  it('录用, 省级, relayed by 信息调研科, two authors → unit 10, office 2, each author 0.5', () => {
    const [r] = score([adoption({ 媒体: '河南组工信息', 对口处室: '信息调研科', 作者: '张三、李四' })]);
    expect(r.points).toBe(10);
    expect(r.relayPoints).toBe(2);
    expect(r.credit).toEqual([0.5, 0.5]);
  });
  it('报送 only, to 区委组织部 → 0', () => {
    const [r] = score([submission()]);
    expect(r.points).toBe(0);
    expect(r.issues).toEqual([]);
    expect(r.countable).toBe(true);
  });
});

describe('领导批示 as offices write it (001 §三.5: 国家 +30, 省 +20, 市 +10)', () => {
  it("reads the leader's level in its usual spellings, and 无 or a 区/县 leader's as no bonus without an issue", () => {
    const written = [
      '省委领导',
      '省领导批示',
      '国家领导人',
      '中央领导同志',
      '市委领导',
      '市政府领导',
      '无',
      '区领导',
      '县委领导',
      '—',
    ];
    const rows = score(written.map((w, i) => adoption({ 媒体: '郑州日报', 标题: `t${i}`, 领导批示: w })));
    expect(rows.map((r) => r.points)).toEqual([25, 25, 35, 35, 15, 15, 5, 5, 5, 5]);
    expect(rows.map((r) => r.issues)).toEqual(written.map(() => []));
  });

  it('reads a leader’s title, with a place, 批示, 同志 or a name around it (audit S24a F3)', () => {
    const written: [string, number][] = [
      ['总书记', 35],
      ['国务院领导', 35],
      ['副总理', 35],
      ['中央政治局常委', 35],
      ['省委书记', 25],
      ['省长', 25],
      ['副省长', 25],
      ['省委常委', 25],
      ['省人大常委会主任', 25],
      ['自治区主席', 25],
      ['广西壮族自治区党委书记', 25],
      ['省委主要领导', 25],
      ['省委书记王某批示', 25],
      ['王某省长', 25],
      ['南岭省省长批示', 25],
      ['北京市委书记', 25],
      ['重庆市长', 25],
      ['市长', 15],
      ['市委书记批示', 15],
      ['长河市委书记', 15],
      ['副市长李四同志', 15],
      ['市委主要领导', 15],
      ['县委书记', 5],
      ['区委书记', 5],
      ['县长', 5],
      ['区长', 5],
      ['旗委书记', 5],
      ['临县县委书记张三批示', 5],
      // A province before its city: no 省长 across 湖南省|长沙 (sweep s24r F6); a 自治州's or 盟's leaders are 市.
      ['湖南省长沙市委书记', 15],
      ['吉林省长春市长', 15],
      ['广西壮族自治区南宁市委书记', 15],
      ['湖南省长', 25],
      ['恩施州委书记', 15],
      ['州长', 15],
      ['盟委书记', 15],
    ];
    const rows = score(written.map(([w], i) => adoption({ 媒体: '郑州日报', 标题: `t${i}`, 领导批示: w })));
    expect(rows.map((r, i) => [written[i][0], r.points])).toEqual(written);
    expect(rows.map((r) => r.issues)).toEqual(written.map(() => []));
    // Another body's title: still said, no bonus. (Two levels take the highest: leader-instruction-forms.test.ts.)
    const unread = ['人民日报社长', '部长', '书记', '省委组织部部长', '中组部领导', '省级领导批示2次'];
    const others = score(unread.map((w, i) => adoption({ 媒体: '郑州日报', 标题: `u${i}`, 领导批示: w })));
    expect(others.map((r) => [r.points, ...r.issues])).toEqual(
      unread.map((w) => [5, `领导批示“${w}”无法识别（应为 国家/省/市），暂不加分`]),
    );
  });

  it('an unknown one withholds the bonus alone: the adoption keeps its points and its task credit, and says why', () => {
    const [r] = score([adoption({ 媒体: '郑州日报', 领导批示: '书记圈阅', 作者: '张三' })]);
    expect(r.points).toBe(5);
    expect(r.credit).toEqual([1]);
    expect(r.issues).toEqual(['领导批示“书记圈阅”无法识别（应为 国家/省/市），暂不加分']);
  });
});

describe('采用方式, 核定 and 审核状态 as offices write them', () => {
  it('reads 已采用 / 刊登 as 录用, 未录用 as 报送, 正常 / 无 / — in 核定 as no verdict, 已终审 as 终审', () => {
    const rules = withSettings({ reviewGate: true });
    const rows = score(
      [
        adoption({ 媒体: '郑州日报', 标题: 'a', 采用方式: '已采用', 审核状态: '已终审' }),
        adoption({ 媒体: '郑州日报', 标题: 'b', 采用方式: '刊登', 审核状态: '终审通过', 核定: '正常' }),
        adoption({ 媒体: '郑州日报', 标题: 'c', 审核状态: '终审', 核定: '无' }),
        adoption({ 媒体: '郑州日报', 标题: 'd', 审核状态: '终审', 核定: '—' }),
        submission({ 标题: 'e', 采用方式: '未录用', 审核状态: '终审' }),
      ],
      rules,
    );
    expect(rows.map((r) => r.points)).toEqual([5, 5, 5, 5, 0]);
    expect(rows.map((r) => r.mode)).toEqual(['录用', '录用', '录用', '录用', '报送']);
    expect(rows.map((r) => r.issues)).toEqual([[], [], [], [], []]);
  });

  it('级别 as offices write it: 县区级 1, 市厅级 5, 省部级 10, 中央媒体 30 (no 媒体: the level alone scores)', () => {
    const written = ['县区级', '市厅级', '省部级', '中央媒体'];
    const rows = score(written.map((w, i) => adoption({ 标题: `l${i}`, 媒体: '', 级别: w })));
    expect(rows.map((r) => [r.points, r.issues])).toEqual([
      [1, []],
      [5, []],
      [10, []],
      [30, []],
    ]);
  });

  it('a 核定 it cannot read still holds the row back (it may mean 倒扣), naming the value', () => {
    const [r] = score([adoption({ 媒体: '郑州日报', 核定: '待定' })]);
    expect(r.points).toBe(0);
    expect(r.issues).toEqual(['核定“待定”无法识别（应为空、不计分或倒扣），本行暂不计分']);
  });
});

describe('类别 as offices write it (类别 preset: the 计分 table scores kinds apart)', () => {
  it('调查报告 is 调研报告; a 类别 the table does not name scores as a general piece and says so, by its own name', () => {
    const rules = presetRules('类别');
    const rows = score(
      [
        adoption({ 标题: 'a', 媒体: '', 级别: '市级', 类别: '调研报告', 审核状态: '终审' }),
        adoption({ 标题: 'b', 媒体: '', 级别: '市级', 类别: '调查报告', 审核状态: '终审' }),
        adoption({ 标题: 'c', 媒体: '', 级别: '市级', 类别: '', 审核状态: '终审' }),
        adoption({ 标题: 'd', 媒体: '', 级别: '市级', 类别: '杂谈', 审核状态: '终审' }),
        adoption({ 标题: 'e', 媒体: '', 级别: '市级', 类别: '随笔', 审核状态: '终审' }),
        // Kinds of the domain this table does not score apart: general pieces, nothing to say.
        adoption({ 标题: 'f', 媒体: '', 级别: '市级', 类别: '宣传报道', 审核状态: '终审' }),
        adoption({ 标题: 'g', 媒体: '', 级别: '市级', 类别: '专报', 审核状态: '终审' }),
      ],
      rules,
    );
    expect(rows[1].points).toBe(rows[0].points);
    expect(rows[0].points).toBeGreaterThan(rows[2].points);
    expect(rows.slice(2).map((r) => r.points)).toEqual(rows.slice(2).map(() => rows[2].points));
    const kinds = '动态信息、言论文章、调研报告、经验材料';
    expect(rows.map((r) => r.issues.filter((i) => i.startsWith('类别')))).toEqual([
      [],
      [],
      [],
      [`类别“杂谈”不是「计分」表中的类别（${kinds}），按一般稿件计分`],
      [`类别“随笔”不是「计分」表中的类别（${kinds}），按一般稿件计分`],
      [],
      [],
    ]);
  });

  it('under rules naming no 类别 in 计分 (上街区), any 类别 is said nothing of', () => {
    const rows = score([adoption({ 类别: '杂谈' })]);
    expect(rows[0].issues).toEqual([]);
  });
});

describe('row scoring rules (RULES §4)', () => {
  it('base by mode × level: 区县级 1, 中央级 30; 综合 区县级 0.5, 中央级 15', () => {
    const rows = score([
      adoption({ 媒体: '上街区党建网' }),
      adoption({ 媒体: '人民日报' }),
      adoption({ 媒体: '上街区党建网', 采用方式: '综合', 标题: 'b' }),
      adoption({ 媒体: '人民日报', 采用方式: '综合', 标题: 'c' }),
    ]);
    expect(rows.map((r) => r.points)).toEqual([1, 30, 0.5, 15]);
  });

  it('字数 > 1000 and 时长 > 1 together are one ×3, not ×9', () => {
    const [r] = score([adoption({ 媒体: '郑州日报', 字数: 5000, '时长(分钟)': 5 })]);
    expect(r.points).toBe(15);
  });

  it('exactly 1000 字 is not "over 1000"', () => {
    expect(score([adoption({ 字数: 1000 })])[0].points).toBe(5);
  });

  it('the instruction bonus is added after multipliers and never multiplied', () => {
    expect(score([adoption({ 字数: 2000, 领导批示: '国家' })])[0].points).toBe(5 * 3 + 30);
    expect(score([adoption({ 领导批示: '市领导' })])[0].points).toBe(15);
  });

  it('an instruction bonus is earned on a 报送 row too', () => {
    expect(score([submission({ 领导批示: '省' })])[0].points).toBe(20);
  });

  it('不计分 scores 0 and does not count toward tasks; 倒扣 takes away what it would have earned, bonus included', () => {
    const [a, b] = score([
      adoption({ 核定: '不计分' }),
      adoption({ 标题: 'x', 字数: 1500, 领导批示: '市', 核定: '倒扣' }),
    ]);
    expect(a.points).toBe(0);
    expect(a.countable).toBe(false);
    expect(b.points).toBe(-(15 + 10));
  });

  it('an unknown outlet with a level still scores, with an issue; without a level it scores 0 and says why', () => {
    const [a, b] = score([
      adoption({ 媒体: '不存在的报纸', 级别: '省级' }),
      adoption({ 媒体: '不存在的报纸', 标题: 'y' }),
    ]);
    expect(a.points).toBe(10);
    expect(a.issues[0]).toMatch(/不在「媒体」表中，按所填级别计分/);
    expect(b.points).toBe(0);
    expect(b.issues[0]).toMatch(/无法计分/);
  });

  it('the 级别 column overrides the outlet level', () => {
    expect(score([adoption({ 媒体: '郑州日报', 级别: '省级' })])[0].points).toBe(10);
  });

  it('an adoption without 录用日期 scores 0 and says why', () => {
    const [r] = score([adoption({ 录用日期: '' })]);
    expect(r.points).toBe(0);
    expect(r.issues).toContain('录用行缺少录用日期，无法计分');
  });

  it('the same title + same outlet twice is a duplicate: flagged, counted once', () => {
    const rows = score([adoption(), adoption({ 作者: '王五' })]);
    expect(rows.map((r) => r.points)).toEqual([5, 0]);
    expect(rows[1].duplicate).toBe(true);
    expect(rows[1].issues[0]).toMatch(/重复行：与第2行/);
  });

  it('the same piece adopted by two outlets earns twice (001 §三.8)', () => {
    const rows = score([adoption(), adoption({ 媒体: '河南日报' })]);
    expect(rows.map((r) => r.points)).toEqual([5, 10]);
  });

  it('multiple adoption policy 最高级别 keeps only the highest level; 两个最高级别 one per level', () => {
    const piece = [
      adoption({ 媒体: '上街区党建网' }),
      adoption({ 媒体: '郑州日报' }),
      adoption({ 媒体: '郑州电视台' }),
      adoption({ 媒体: '河南日报' }),
    ];
    expect(score(piece, withSettings({ multipleAdoption: '最高级别' })).map((r) => r.points)).toEqual([
      0, 0, 0, 10,
    ]);
    expect(score(piece, withSettings({ multipleAdoption: '两个最高级别' })).map((r) => r.points)).toEqual([
      0, 5, 0, 10,
    ]);
  });

  it('relay share follows the setting', () => {
    const [r] = score([adoption({ 对口处室: '信息调研科' })], withSettings({ relayShare: 0.5 }));
    expect(r.relayPoints).toBe(2.5);
  });

  it('co-author split 3:2 gives the first author 0.6; a third author gets nothing and is noted', () => {
    const [r] = score([adoption({ 作者: '甲、乙、丙' })], withSettings({ coauthorSplit: '3:2' }));
    expect(r.credit).toEqual([0.6, 0.4, 0]);
    expect(r.personPoints).toEqual([3, 2, 0]);
    expect(r.issues).toContain('作者3人，只计前两人');
  });

  it('review gate: rows not at 终审 are flagged and score 0 until approved', () => {
    const rules = withSettings({ reviewGate: true });
    const [a, b] = score([adoption({ 审核状态: '复审' }), adoption({ 标题: 'z', 审核状态: '终审' })], rules);
    expect(a.points).toBe(0);
    expect(a.issues[0]).toMatch(/未终审/);
    expect(b.points).toBe(5);
  });

  it('evidence requirement: 市级 and above without 佐证 do not count', () => {
    const rules = withSettings({ evidenceFrom: '市级' });
    const rows = score(
      [
        adoption(),
        adoption({ 标题: 'b', 佐证: 'https://example.org/x.pdf' }),
        adoption({ 标题: 'c', 媒体: '上街区党建网' }),
      ],
      rules,
    );
    expect(rows.map((r) => r.points)).toEqual([0, 5, 1]);
  });

  it('manual adjustment is added with its reason, and ignored without one', () => {
    const rows = score([adoption({ 调整分: 3, 调整理由: '领导表扬' }), adoption({ 标题: 'b', 调整分: 3 })]);
    expect(rows.map((r) => r.points)).toEqual([8, 5]);
  });

  it('late submissions are flagged when the setting is on, and still score', () => {
    const rules = withSettings({ lateDays: 3 });
    const [r] = score(
      [adoption({ 事件日期: '2024-02-20', 报送对象: '区委组织部', 报送日期: '2024-03-01' })],
      rules,
    );
    expect(r.points).toBe(5);
    expect(r.issues[0]).toMatch(/迟报/);
  });

  it('an event dated after its own report is said (a typed date: lateness cannot be judged), and still scores', () => {
    const rules = withSettings({ lateDays: 3 });
    const [r, same] = score(
      [
        adoption({ 事件日期: '2025-02-28', 报送对象: '区委组织部', 报送日期: '2024-03-01' }),
        adoption({ 标题: 'b', 事件日期: '2024-03-01', 报送对象: '区委组织部', 报送日期: '2024-03-01' }),
      ],
      rules,
    );
    expect(r.points).toBe(5);
    expect(r.issues).toEqual([
      '事件日期（2025-02-28）晚于报送日期（2024-03-01），无法判断是否迟报：请核对这两个日期',
    ]);
    expect(same.issues).toEqual([]);
  });

  it('kind multipliers and placement tiers are rule rows', () => {
    const base = presetRules('上街区');
    const rules: Rules = {
      ...base,
      multipliers: [
        ...base.multipliers,
        {
          name: '调研报告',
          condition: { kind: '类别', values: ['调研报告'] },
          factor: 2,
          modes: [],
          group: '类别',
          effectiveFrom: null,
        },
        {
          name: '头版头条',
          condition: { kind: '版面', values: ['头版头条'] },
          factor: 2,
          modes: [],
          group: '版面',
          effectiveFrom: null,
        },
      ],
    };
    const rows = score(
      [adoption({ 类别: '调研报告' }), adoption({ 标题: 'b', 版面: '头版头条', 字数: 3000 })],
      rules,
    );
    expect(rows.map((r) => r.points)).toEqual([10, 30]);
  });

  it('effective dates: a row is scored by the rules in force on its 录用日期', () => {
    const base = presetRules('上街区');
    const rules: Rules = {
      ...base,
      points: [
        ...base.points,
        {
          mode: '录用',
          level: '市级',
          kind: '',
          tag: '',
          placement: '',
          points: 6,
          effectiveFrom: dayFromYmd(2025, 1, 1),
        },
      ],
    };
    const rows = score([adoption(), adoption({ 标题: 'b', 录用日期: '2025-02-01' })], rules);
    expect(rows.map((r) => r.points)).toEqual([5, 6]);
  });
});

describe('duplicates and verdicts', () => {
  it('a row typed twice where the reviewer marked one copy 倒扣 keeps the penalty, whatever the order', () => {
    const a = score([adoption(), adoption({ 核定: '倒扣' })]);
    const b = score([adoption({ 核定: '倒扣' }), adoption()]);
    expect(a.map((r) => r.points).sort()).toEqual([-5, 0]);
    expect(b.map((r) => r.points).sort()).toEqual([-5, 0]);
  });

  it('a duplicate relayed row gives the office nothing more', () => {
    const rows = score([adoption({ 对口处室: '信息调研科' }), adoption({ 对口处室: '信息调研科' })]);
    expect(rows.map((r) => r.relayPoints)).toEqual([1, 0]);
  });
});

describe('long user text in messages', () => {
  it('an unknown unit or outlet with a 50,000-character name is quoted short in 校验', () => {
    const long = '某'.repeat(50_000);
    const [a, b] = score([adoption({ 单位: long }), adoption({ 标题: 'b', 媒体: long, 级别: '市级' })]);
    expect(a.issues.join('；').length).toBeLessThan(200);
    expect(b.issues.join('；').length).toBeLessThan(200);
    expect(b.points).toBe(5);
  });
});

describe('rounding (小数位, 四舍五入)', () => {
  it('rounds half up, away from zero, stable for binary fractions, finite for huge values', () => {
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(0.5)).toBe(1);
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
    expect(roundHalfUp(2e306, 2)).toBe(2e306);
  });
});
