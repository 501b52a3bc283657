// Words offices write in their rule tables and ledgers that say one clear thing (audit S26d F7): each is read as
// that thing; the refusal of words that are unclear stays.
import { describe, expect, it } from 'vitest';
import { assess, rowOutputs } from '../../src/core/index';
import { parseLedger } from '../../src/core/ledger';
import { parseShare, presetRules, readRules, TABLE_HEADERS } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Grid } from '../../src/core/types';
import { ledgerCopyTabs } from '../../src/sheets/outputTabs';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

const shangjie = () => presetRules('上街区');
const INDICATOR_HEADER = ['名称', '对象', '度量', '窗口', '目标', '合作者'];

function indicator(row: (string | number)[]) {
  return readRules({ 指标: [INDICATOR_HEADER, row] }, shangjie());
}

function setting(key: string, value: string | number) {
  return readRules(
    {
      设置: [
        ['项目', '值'],
        [key, value],
      ],
    },
    shangjie(),
  );
}

describe('「指标」 words (S26d F7)', () => {
  it.each([
    ['报送条数', '报送'],
    ['报送篇数', '报送'],
    ['录用篇数', '录用'],
    ['录用条数', '录用'],
  ])('度量 “%s” is %s', (typed, metric) => {
    const { rules, errors } = indicator(['任务', '乡镇街道', typed, '全年', 3, '']);
    expect(errors).toEqual([]);
    expect(rules.indicators[0].metric).toBe(metric);
  });

  it('窗口 “全年度” is 全年', () => {
    const { rules, errors } = indicator(['任务', '乡镇街道', '报送', '全年度', 3, '']);
    expect(errors).toEqual([]);
    expect(rules.indicators[0].window).toBe('全年');
  });

  it('合作者 “平分” is 均分', () => {
    const { rules, errors } = indicator(['任务', '每人', '录用', '全年', 3, '平分']);
    expect(errors).toEqual([]);
    expect(rules.indicators[0].coauthors).toBe('均分');
  });

  it.each(['乡镇（街道）', '乡镇(街道)', '乡镇 街道', '鄉鎮街道'])(
    '对象 “%s” is the 单位 type 乡镇街道: its units are assessed',
    (typed) => {
      const { rules, errors, notes } = indicator(['全年报送', typed, '报送', '全年', 3, '']);
      expect(errors).toEqual([]);
      expect(notes.map((n) => n.message).filter((m) => m.includes('没有这一类型'))).toEqual([]);
      expect(rules.indicators[0].subject).toEqual({ kind: 'unitType', unitType: '乡镇街道' });
    },
  );

  it('keeps refusing a 度量 that says nothing clear', () => {
    const { errors } = indicator(['任务', '乡镇街道', '条数', '全年', 3, '']);
    expect(errors.map((e) => e.message)).toEqual([
      '「指标」表第2行「度量」无法识别“条数”，应为积分、录用、报送或篇目',
    ]);
  });
});

describe('「设置」 and 「系数」 words (S26d F7)', () => {
  it('年度 “2024年度” is 2024', () => {
    const { rules, errors } = setting('年度', '2024年度');
    expect(errors).toEqual([]);
    expect(rules.settings.year).toBe(2024);
  });

  it('合作者分配 “平分” is 均分', () => {
    const { rules, errors } = setting('合作者分配', '平分');
    expect(errors).toEqual([]);
    expect(rules.settings.coauthorSplit).toBe('均分');
  });

  it.each([
    ['五分之一', 0.2],
    ['百分之二十', 0.2],
    ['百分之十五', 0.15],
    ['十分之三', 0.3],
    ['二分之一', 0.5],
    ['20%', 0.2],
    ['1/5', 0.2],
  ])('转报分成 “%s” is %s', (typed, share) => {
    const { rules, errors } = setting('转报分成', typed);
    expect(errors).toEqual([]);
    expect(rules.settings.relayShare).toBeCloseTo(share, 10);
  });

  it('转报分成 20 is refused, saying how to write 20%', () => {
    const { errors } = setting('转报分成', 20);
    expect(errors.map((e) => e.message)).toEqual([
      '「设置」表第2行「值」（转报分成）应在0到1之间，现为“20”：如为20%，请填写“20%”或0.2',
    ]);
  });

  it('keeps refusing a share in words it cannot read', () => {
    expect(parseShare('一部分')).toBeNull();
    expect(parseShare('零分之一')).toBeNull();
    expect(setting('转报分成', '约两成').errors).toHaveLength(1);
  });

  it.each([
    ['50%', 0.5],
    ['５０％', 0.5],
    ['1/2', 0.5],
    ['百分之五十', 0.5],
    ['3倍', 3],
  ])('系数 倍数 “%s” is ×%s: a 调研报告 of 郑州日报 scores 5 × it', (typed, factor) => {
    const { rules, errors } = readRules(
      {
        系数: [
          ['名称', '条件', '取值', '倍数'],
          ['调研减半', '类别', '调研报告', typed],
        ],
      },
      shangjie(),
    );
    expect(errors).toEqual([]);
    expect(rules.multipliers[0].factor).toBe(factor);
    const rows = scoreLedger(parseLedger(ledgerGrid([adoption({ 类别: '调研报告' })])), rules).rows;
    expect(rows[0].points).toBe(5 * factor);
  });

  it('keeps refusing 倍数 “三倍”', () => {
    const { errors } = readRules(
      {
        系数: [
          ['名称', '条件', '取值', '倍数'],
          ['调研', '类别', '调研报告', '三倍'],
        ],
      },
      shangjie(),
    );
    expect(errors.map((e) => e.message)).toEqual(['「系数」表第2行「倍数」应为数字，现为“三倍”']);
  });
});

function run(rows: RowSpec[], tables: Record<string, Grid> = {}) {
  const a = assess({ ledger: ledgerGrid(rows), tables, preset: '上街区' });
  return { a, checks: rowOutputs(a.scored).map((o) => o.check) };
}

describe('核定 with a reason (S26d F7)', () => {
  it('不予计分, 不计分（…）, 不计分：… are 不计分; the reason is said in 校验 as a remark, not an issue', () => {
    const { a, checks } = run([
      adoption({ 标题: 'a', 核定: '不予计分' }),
      adoption({ 标题: 'b', 核定: '不计分（非组织工作范畴）' }),
      adoption({ 标题: 'c', 核定: '不计分：重复报送' }),
      adoption({ 标题: 'd', 核定: '倒扣（抄袭）' }),
      adoption({ 标题: 'e' }),
    ]);
    expect(a.scored.rows.map((r) => r.points)).toEqual([0, 0, 0, -5, 5]);
    // A 倒扣 row also says what the verdict does to it (penalty-still-submission.test.ts): a remark too.
    const penalty = '核定倒扣：扣除本稿分值，不计录用任务';
    expect(checks).toEqual([
      '',
      '核定不计分：非组织工作范畴',
      '核定不计分：重复报送',
      // 核定倒扣 said once (sweep s28a A3; before: 核定倒扣：抄袭；核定倒扣：扣除本稿分值，…).
      `核定倒扣：抄袭；${penalty.slice('核定倒扣：'.length)}`,
      '',
    ]);
    expect(a.scored.rows.map((r) => r.issues)).toEqual([[], [], [], [], []]);
  });

  it('the ledger copy writes the reason in 校验 without marking the row as a problem', () => {
    const ledger = ledgerGrid([
      adoption({ 标题: 'b', 核定: '不计分（非组织工作范畴）' }),
      adoption({ 标题: 'c', 核定: '倒扣分值' }),
    ]);
    const a = assess({ ledger, preset: '上街区' });
    const [tab] = ledgerCopyTabs({ assessment: a, ledger });
    const at = (tab.values[0] as string[]).indexOf('校验');
    expect(tab.values.slice(1).map((r) => r[at])).toEqual([
      '核定不计分：非组织工作范畴',
      '核定“倒扣分值”无法识别（应为空、不计分或倒扣），本行暂不计分',
    ]);
    const marked = (tab.styles ?? []).filter((st) => st.style.background === '#fce8e6');
    expect(marked.map((st) => st.block.row)).toEqual([3]);
  });

  it('keeps refusing a 核定 it cannot read', () => {
    const { a } = run([adoption({ 核定: '倒扣分值' })]);
    expect(a.scored.rows[0].issues).toEqual(['核定“倒扣分值”无法识别（应为空、不计分或倒扣），本行暂不计分']);
  });
});

describe('区/县 leader instructions (S26d F7; seed 003: 县委领导 批示)', () => {
  const typed = ['区委书记', '县委书记', '区长', '县长', '区领导', '县领导', '区委常委', '区', '县级'];
  const rows = typed.map((w, i) => adoption({ 标题: `t${i}`, 领导批示: w }));

  it('with no 区县 row in 「加分」: no bonus, a plain 校验 note, not 待核实', () => {
    const { a, checks } = run(rows);
    expect(a.scored.rows.map((r) => r.points)).toEqual(typed.map(() => 5));
    expect(checks).toEqual(typed.map((w) => `领导批示“${w}”为区县级：「加分」表未设区县级批示加分，不加分`));
    expect(a.report.issues).toEqual([]);
  });

  it.each(['区县', '区', '县', '县级', '区级'])('with a 「加分」 row “%s” 5分: each earns 5', (level) => {
    const bonus: Grid = [TABLE_HEADERS.加分.slice(0, 2), ['国家', 30], ['省', 20], ['市', 10], [level, 5]];
    const { a, checks } = run(rows, { 加分: bonus });
    expect(a.ruleErrors).toEqual([]);
    expect(a.scored.rows.map((r) => r.points)).toEqual(typed.map(() => 10));
    expect(checks).toEqual(typed.map(() => ''));
  });

  it('a piece with a 市 and a 区 instruction takes the 市 bonus', () => {
    const { a } = run([adoption({ 领导批示: '市委书记和县长' })]);
    expect(a.scored.rows[0].points).toBe(15);
  });
});
