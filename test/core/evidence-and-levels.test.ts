// 佐证要求 (RULES §8 Evidence) and the 多次录用 policy over rows that do not count: 佐证 text that says there is
// none is no evidence; no 佐证 message on a 不计分 row; under 最高级别 / 两个最高级别 a row that does not count
// (不计分, held by 佐证 or 三审) is no level the piece is counted at.
import { describe, expect, it } from 'vitest';
import { noEvidence } from '../../src/core/evidence';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules, Settings } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function rulesWith(over: Partial<Settings> = {}): Rules {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, ...over } };
}

function score(rows: RowSpec[], rules: Rules) {
  return scoreLedger(parseLedger(ledgerGrid(rows)), rules).rows;
}

describe('佐证 that says there is none is no evidence', () => {
  const rules = rulesWith({ evidenceFrom: '市级' });
  const placeholders = [
    '无',
    ' 暂无 ',
    '没有',
    '无佐证',
    '缺',
    '待补',
    '待补充',
    '略',
    '空',
    '—',
    '——',
    '-',
    '－',
    '/',
    '／',
    'N/A',
    'n/a',
    '0',
    '（无）',
    '无。',
    // Phrases of the same words (re-sweep S16c F1): the list once matched whole words only.
    '待补充材料',
    '暂无链接',
    '尚未提供',
    '已上报待补',
    '无（待补）',
    '暂无佐证材料，待后续补充上传',
    '×',
    'FALSE',
    '#N/A',
    'n.a.',
  ];

  it.each(placeholders)('“%s” holds the row as a blank one, quoting the text', (typed) => {
    const [r] = score([adoption({ 佐证: typed })], rules);
    expect(r.points).toBe(0);
    expect(r.countable).toBe(false);
    expect(r.issues).toEqual([
      `佐证“${typed.trim()}”不是佐证（应填链接或文件名），市级及以上稿件须填佐证，暂不计分`,
    ]);
  });

  it('real text is evidence: a link, a file name, 见附件3, 无锡日报.pdf', () => {
    for (const typed of [
      'https://example.org/x.pdf',
      '剪报.jpg',
      '见附件3',
      '无锡日报.pdf',
      '报纸原件',
      '无锡',
      '略图.png',
      '否决.pdf',
      '见截图',
      '佐证材料',
    ])
      expect([typed, score([adoption({ 佐证: typed })], rules)[0].points]).toEqual([typed, 5]);
    expect(noEvidence('见附件3')).toBe(false);
  });

  it('a blank 佐证 keeps its message', () => {
    expect(score([adoption()], rules)[0].issues).toEqual(['市级及以上稿件须填佐证，暂不计分']);
  });
});

describe('no 佐证 message on a 不计分 row (filling 佐证 can never make it count)', () => {
  it('as for 倒扣', () => {
    const rules = rulesWith({ evidenceFrom: '市级' });
    const [voided, penalty] = score(
      [adoption({ 核定: '不计分' }), adoption({ 标题: 'b', 核定: '倒扣' })],
      rules,
    );
    expect([voided.points, voided.issues]).toEqual([0, []]);
    // No 佐证 message; the 倒扣's own verdict line is a remark, not an issue (see penalty-still-submission).
    expect([penalty.points, penalty.issues]).toEqual([-5, []]);
  });
});

describe('最高级别 / 两个最高级别 choose among the rows that count', () => {
  // One piece: 郑州日报 (市级, 5) and 河南日报 (省级, 10).
  const piece = (top: RowSpec) => [
    adoption({ 媒体: '郑州日报', 佐证: 'a.pdf' }),
    adoption({ 媒体: '河南日报', 录用日期: '2024-03-08', 佐证: 'b.pdf', ...top }),
  ];

  it.each([
    ['核定 不计分', { 核定: '不计分' }, rulesWith({ multipleAdoption: '最高级别' })],
    ['佐证 missing', { 佐证: '' }, rulesWith({ multipleAdoption: '最高级别', evidenceFrom: '省级' })],
    ['佐证 无', { 佐证: '无' }, rulesWith({ multipleAdoption: '最高级别', evidenceFrom: '省级' })],
    ['not at 终审', { 审核状态: '复审' }, rulesWith({ multipleAdoption: '最高级别', reviewGate: true })],
  ])('the top row %s: the 市级 adoption is paid, with no message that it was dropped', (_, top, rules) => {
    const base = { 审核状态: '终审' };
    const [lower, upper] = score(
      piece(top).map((r, k) => ({ ...base, ...r, ...(k === 1 ? top : {}) })),
      rules,
    );
    expect([lower.points, lower.issues, lower.why]).toEqual([5, [], '市级录用 5 = 5']);
    expect(upper.points).toBe(0);
    expect(upper.issues.join()).not.toMatch(/多次录用/);
  });

  it('once the top row counts, it takes the lower one’s place', () => {
    const [lower, upper] = score(
      piece({}),
      rulesWith({ multipleAdoption: '最高级别', evidenceFrom: '省级' }),
    );
    expect([lower.points, upper.points]).toEqual([0, 10]);
    expect(lower.issues).toEqual(['同一稿件多次录用，按设置只计最高级别']);
  });

  it('两个最高级别: a held 中央级 row leaves the 省级 and 市级 rows counted', () => {
    const rows = [...piece({}), adoption({ 媒体: '人民日报', 录用日期: '2024-03-09', 佐证: '待补' })];
    const scored = score(rows, rulesWith({ multipleAdoption: '两个最高级别', evidenceFrom: '省级' }));
    expect(scored.map((r) => r.points)).toEqual([5, 10, 0]);
  });
});
