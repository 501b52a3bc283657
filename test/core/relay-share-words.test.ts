// 「设置」 转报分成 in words offices write for a half or the whole: 平分, 一半, 各半, 五五分 are 0.5; 全部, 全额
// are 1; 两成 is 0.2. A 河南日报 (省级, 10 分) piece relayed by 信息调研科 pays it 5 under 一半; before, 一半 was
// refused and the preset's 1/5 (2 分) paid. A word that says no share stays refused, at its cell.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { adoption, ledgerGrid } from '../helpers/ledger';

/** One 省级 adoption relayed by 信息调研科 under 转报分成 `typed`: the office's share and the rule errors. */
function relayedUnder(typed: string): { share: number; errors: string[] } {
  const row = adoption({
    单位: '区直机关工委',
    标题: '转报稿',
    媒体: '河南日报',
    对口处室: '信息调研科',
    审核状态: '终审',
  });
  const a = assess({
    ledger: ledgerGrid([row]),
    preset: '上街区',
    tables: {
      设置: [
        ['项目', '值'],
        ['转报分成', typed],
      ],
    },
  });
  const office = a.report.units.find((u) => u.unit === '信息调研科');
  return { share: office?.relayPoints ?? 0, errors: a.ruleErrors.map((e) => e.message) };
}

describe('「设置」 转报分成 in words', () => {
  it.each([
    ['平分', 5],
    ['一半', 5],
    ['各半', 5],
    ['五五分', 5],
    ['五五开', 5],
    ['对半', 5],
    ['一 半', 5],
    ['全部', 10],
    ['全额', 10],
    ['两成', 2],
    ['三成', 3],
  ])('“%s” pays the office %s of the piece’s 10', (typed, share) => {
    expect(relayedUnder(typed)).toEqual({ share, errors: [] });
  });

  it.each(['看情况', '约两成', '一部分', '十一成'])('“%s” is still refused at its cell', (typed) => {
    expect(relayedUnder(typed).errors).toEqual([
      `「设置」表第2行「值」（转报分成）应为比例，如0.2或20%，现为“${typed}”`,
    ]);
  });
});
