// One adoption typed twice under two titles (网格 / 网络, 上街区 in front, …工作 added; audit s36 F3): same unit,
// authors, outlet and 录用日期. Both still count (two pieces of one author in one outlet on one day are possible),
// but the later row's 校验 and one notice say so. Before, nothing was said and 报送 and 计任务 grew by one.
import { describe, expect, it } from 'vitest';
import { assess, rowOutputs } from '../../src/core/index';
import { adoption, ledgerGrid } from '../helpers/ledger';

const first = adoption({
  标题: '峡窝镇推进网格党建',
  作者: '潘平',
  媒体: '河南日报',
  录用日期: '2024-03-12',
});

function run(second: Record<string, string>) {
  const a = assess({ ledger: ledgerGrid([first, adoption({ ...first, ...second })]), preset: '上街区' });
  const outputs = rowOutputs(a.scored, 2);
  return {
    notices: (a.parsed.notices ?? []).map((n) => n.message),
    check: outputs[1].check,
    rows: a.scored.rows,
  };
}

describe('an adoption repeated under another title', () => {
  it.each(['峡窝镇推进网络党建', '上街区峡窝镇推进网格党建', '峡窝镇推进网格党建工作'])(
    '「%s」: said in 校验 and a notice',
    (title) => {
      const r = run({ 标题: title });
      expect(r.check).toContain(
        '与第2行单位、作者、媒体、录用日期都相同而标题不同：如是同一稿件录入两次，请删除一行',
      );
      expect(
        r.notices.some((n) => n.startsWith('第3行各与前面一行的单位、作者、媒体、录用日期都相同而标题不同')),
      ).toBe(true);
      expect(r.rows.every((row) => row.points > 0)).toBe(true);
    },
  );

  it.each([
    ['another outlet', { 标题: '另一篇', 媒体: '郑州日报' }],
    ['another day', { 标题: '另一篇', 录用日期: '2024-03-13' }],
    ['another author', { 标题: '另一篇', 作者: '蒋桂然' }],
    ['the same title (a copy: 重复行 says it)', {}],
    [
      'a title of its own (a website posts several of one author a day)',
      { 标题: '中心路街道开展主题党日活动' },
    ],
  ])('%s: nothing of this said', (_, second) => {
    const r = run(second);
    expect(r.notices.filter((n) => n.includes('标题不同'))).toEqual([]);
    expect(r.check).not.toContain('标题不同');
  });
});
