// 001 §三.7: 录用的文字稿件超过1000字、影像报道超过1分钟按3倍积分 (audit s32 F1). A 电视 outlet's row with a
// 时长 is a 影像 report: its 字数 is a script and no reason for ×3 (a 0.5-minute TV piece of 1500字 was ×3).
// A 广播 piece is no 影像报道 but a 文字稿件 read on air (001 §二 文字、图片、影像稿件; audit s34 B-F5): its
// 字数 counts, its 时长 never triples it. A text piece with a short video beside it still reads its 字数.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid } from '../helpers/ledger';

const points = (over: Record<string, string | number>[]) =>
  scoreLedger(
    parseLedger(ledgerGrid(over.map((o, k) => adoption({ 标题: `稿${k}`, 字数: '', ...o })))),
    presetRules('上街区'),
  ).rows.map((r) => r.points);

describe('字数 and 时长 on one row (上街区, 市级 5)', () => {
  it('a TV piece with a 时长 is judged by its 时长 alone', () => {
    expect(
      points([
        { 媒体: '郑州电视台', 字数: 1500, '时长(分钟)': 0.5 },
        { 媒体: '郑州电视台', 字数: 1500, '时长(分钟)': 2 },
        { 媒体: '郑州电视台', 字数: 300, '时长(分钟)': 1.5 },
      ]),
    ).toEqual([5, 15, 15]);
  });

  it('a radio piece by its 字数 alone: 2 minutes are no ×3, 1500字 are', () => {
    expect(
      points([
        { 媒体: '郑州人民广播电台', 字数: 1500, '时长(分钟)': 0.8 },
        { 媒体: '郑州人民广播电台', 字数: 300, '时长(分钟)': 2 },
        { 媒体: '郑州人民广播电台', '时长(分钟)': 2 },
        { 媒体: '郑州人民广播电台', 字数: 1500 },
      ]),
    ).toEqual([15, 5, 5, 15]);
  });

  it('a TV piece with 字数 and no 时长 still reads its 字数; a newspaper text with a short video too', () => {
    expect(
      points([
        { 媒体: '郑州电视台', 字数: 1500 },
        { 媒体: '郑州日报', 字数: 1500, '时长(分钟)': 0.5 },
        { 媒体: '郑州日报', 字数: 800, '时长(分钟)': 0.5 },
      ]),
    ).toEqual([15, 15, 5]);
  });

  it('rows alike but for the 时长 are not one class (the class cache keeps them apart)', () => {
    expect(
      points([
        { 媒体: '郑州电视台', 字数: 1500, '时长(分钟)': 0.5 },
        { 媒体: '郑州电视台', 字数: 1500 },
        { 媒体: '郑州电视台', 字数: 1500, '时长(分钟)': 0.5 },
      ]),
    ).toEqual([5, 15, 5]);
  });
});
