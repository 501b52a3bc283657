// 佐证 that only says the evidence is not there, or not there yet, is none (audit S21a F4): 待定, 未见, 暂未见,
// 暂时没有, 待查, 正在收集 and their neighbours held the row no more than a file name would. Real text stays
// evidence: a link, a file name, 见附件3, 见报, an outlet's name (未来网, 无锡日报), 已上传, 截图已存档.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noEvidence } from '../../src/core/evidence';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

const RULES: Rules = (() => {
  const base = presetRules('上街区');
  return { ...base, settings: { ...base.settings, evidenceFrom: '市级' } };
})();

/** 郑州日报 is 市级 in 上街区: 录用 5 points when its 佐证 is evidence, held (0) when it is none. */
function scored(evidence: string) {
  const [r] = scoreLedger(parseLedger(ledgerGrid([adoption({ 佐证: evidence })])), RULES).rows;
  return { points: r.points, issues: r.issues };
}

/** Not there, or not yet: the audit's six, the ruling's neighbours, and more of the kind. */
const NONE_YET = [
  '待定',
  '待查',
  '未见',
  '暂未见',
  '暂时没有',
  '正在收集',
  '待核实',
  '待确认',
  '尚未收到',
  '还没有',
  '正在整理',
  '暂未提供',
  '未找到',
  '正在收集中',
  '收集中',
  '整理中',
  '稍后提供',
  '后续补充',
  '还在整理',
  '等待上传',
  '未见报',
  '查无',
  '无法提供',
  '目前没有',
  '尚未找到相关材料',
  '待查找',
  '未确定',
  '不清楚',
  '暂时未收到',
  '正在核实中',
  '即将上传',
  '没找到',
  '未见相关报道',
  '待落实',
  '暂无法提供链接',
  // Once there and gone, and a check column's "no" (audit s37 J4).
  '链接失效',
  '无效链接',
  '丢失',
  '遗失',
  '已删除',
  '链接已过期',
  '打不开',
  '404',
  'N',
  'X',
];

/** Evidence, however short: a link, a file name, a reference, an outlet, a deed done. */
const EVIDENCE = [
  '见附件3',
  '见报',
  '未来网',
  '无锡日报',
  '已上传',
  '截图已存档',
  '见附件',
  '见截图',
  '见链接',
  '附件',
  '截图',
  '有',
  '已有',
  '佐证材料',
  '报纸原件',
  '无锡',
  '新华网',
  '中国组织人事报',
  '人民日报2024年3月5日第4版',
  '已提供',
  '已见报',
  '附件已上传',
  '在附件中',
  '后续报道',
  '已核实',
  '见第3版',
  '链接见备注',
  '未来网截图',
  'https://www.example.org/a',
  '剪报.jpg',
  '待补 https://example.org/x',
  '未见报.pdf',
];

describe('佐证 that says the evidence is not there yet holds the row (佐证要求 市级)', () => {
  it('the lists are the size the ruling asks', () => {
    expect([NONE_YET.length >= 25, EVIDENCE.length >= 25]).toEqual([true, true]);
  });

  it.each(NONE_YET)('“%s” is none: held, and 校验 quotes it', (typed) => {
    expect(scored(typed)).toEqual({
      points: 0,
      issues: [`佐证“${typed}”不是佐证（应填链接或文件名），市级及以上稿件须填佐证，暂不计分`],
    });
  });

  it.each(EVIDENCE)('“%s” is evidence: 5 points, nothing said', (typed) => {
    expect(scored(typed)).toEqual({ points: 5, issues: [] });
  });
});

describe('properties of the reading', () => {
  const noneYet = fc.constantFrom(...NONE_YET);
  const evidence = fc.constantFrom(...EVIDENCE);
  const wrapping = fc.constantFrom(['', ''], ['（', '）'], ['“', '”'], [' ', ' '], ['', '。'], ['【', '】']);

  it('spaces, brackets, quotes and end punctuation around a none text leave it none', () => {
    fc.assert(fc.property(noneYet, wrapping, (t, [open, close]) => noEvidence(`${open}${t}${close}`)));
  });

  it('two none texts joined (待查，暂时没有) are none; a none text beside evidence is evidence', () => {
    const joiner = fc.constantFrom('，', '、', ' ', '；', '');
    fc.assert(fc.property(noneYet, noneYet, joiner, (a, b, j) => noEvidence(`${a}${j}${b}`)));
    // A link or a file name is evidence whatever words are beside it.
    const file = fc.constantFrom('剪报.jpg', 'http://a.cn/1', 'www.zzrb.cn/2024', '报样.pdf');
    fc.assert(fc.property(noneYet, file, joiner, (a, f, j) => !noEvidence(`${a}${j}${f}`)));
    fc.assert(fc.property(evidence, (e) => !noEvidence(e)));
  });
});
