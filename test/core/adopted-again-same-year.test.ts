// A piece adopted again in the same year by another outlet (000 重复用稿不计任务): the later adoption's 计任务 is
// 0, and its 校验 names the 录用日期 of the row that carries the piece (it was empty: a 0 with no word reads as a
// mistake); by day, not row, so one string serves every such row of that day. The submission of an adopted
// piece and a duplicate copy say nothing new.
import { describe, expect, it } from 'vitest';
import { rowOutputs } from '../../src/core/index';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

function rows(specs: RowSpec[]): { 计任务: unknown; 校验: string }[] {
  const scored = scoreLedger(parseLedger(ledgerGrid(specs)), presetRules('上街区'));
  return rowOutputs(scored).map((o) => ({ 计任务: o.credit, 校验: o.check }));
}

const AGAIN = '本行“计任务”记0（按级别等条件去重的录用任务另行判断）';

describe('a second adoption of a piece in its year', () => {
  // Listed in order, or the later adoption first: the earlier (by 录用日期) carries the piece either way.
  it.each([
    ['listed in order', false],
    ['the later adoption listed first', true],
  ])('by another outlet, %s: 0, naming the day of the first adoption', (_, laterFirst) => {
    const first = adoption({ 标题: '甲', 媒体: '郑州日报', 录用日期: '2024-03-05' });
    const later = adoption({ 标题: '甲', 媒体: '河南日报', 录用日期: '2024-05-20' });
    const out = rows(laterFirst ? [later, first] : [first, later]);
    const [carried, again] = laterFirst ? [out[1], out[0]] : [out[0], out[1]];
    expect(carried).toEqual({ 计任务: 1, 校验: '' });
    expect(again).toEqual({ 计任务: 0, 校验: `重复用稿：同一稿件已于2024年3月5日录用并计任务，${AGAIN}` });
  });

  it('the submission of an adopted piece says nothing: its adoption beside it carries the piece', () => {
    const out = rows([
      submission({ 单位: '峡窝镇党委', 标题: '乙', 报送日期: '2024-03-01' }),
      adoption({ 标题: '乙', 报送对象: '区委组织部', 报送日期: '2024-03-01', 录用日期: '2024-03-10' }),
    ]);
    expect(out.map((o) => o.计任务)).toEqual([0, 1]);
    expect(out[0].校验).not.toContain('重复用稿');
    expect(out[1].校验).toBe('');
  });

  it('a copy of the same adoption is a duplicate row, not a second adoption', () => {
    const out = rows([adoption({ 标题: '丙' }), adoption({ 标题: '丙' })]);
    expect(out[1].计任务).toBe(0);
    expect(out[1].校验).not.toContain('重复用稿');
    expect(out[1].校验).toContain('重复');
  });

  it('a piece adopted the year before still names the year only', () => {
    const out = rows([
      adoption({ 标题: '丁', 录用日期: '2023-11-05' }),
      adoption({ 标题: '丁', 媒体: '河南日报', 录用日期: '2024-02-01' }),
    ]);
    expect(out[1]).toEqual({
      计任务: 0,
      校验: `重复用稿：与第2行为同一稿件，已于2023年录用并计任务，${AGAIN}`,
    });
  });

  it('one piece adopted four times over two years: each row names the carrier as its own year reads it', () => {
    // 2024-03-10 twice: 光明日报 (中央级) is worth more, so it carries the piece (DayTie), not the row above it.
    const out = rows([
      adoption({ 标题: '戊', 录用日期: '2024-03-10' }),
      adoption({ 标题: '戊', 媒体: '河南日报', 录用日期: '2024-04-02' }),
      adoption({ 标题: '戊', 媒体: '人民日报', 录用日期: '2025-01-06' }),
      adoption({ 标题: '戊', 媒体: '光明日报', 录用日期: '2024-03-10' }),
    ]);
    expect(out.map((o) => o.校验)).toEqual([
      `重复用稿：同一稿件已于2024年3月10日录用并计任务，${AGAIN}`,
      `重复用稿：同一稿件已于2024年3月10日录用并计任务，${AGAIN}`,
      `重复用稿：与第5行为同一稿件，已于2024年录用并计任务，${AGAIN}`,
      '',
    ]);
  });
});

describe('a submission typed twice (audit s32 F4)', () => {
  const sent = (over: RowSpec) =>
    submission({ 单位: '峡窝镇党委', 标题: '己', 报送对象: '区委组织部', 报送日期: '2024-03-01', ...over });

  it('the same recipient on the same day: a copy, 0, said as 重复行 (it was 0 with an empty 校验)', () => {
    const out = rows([sent({}), sent({})]);
    expect(out[0]).toEqual({ 计任务: 1, 校验: '' });
    expect(out[1]).toEqual({ 计任务: 0, 校验: '重复行：与第2行标题、报送对象、报送日期相同，只计一次' });
  });

  it('two recipients on one day: two submissions, nothing said', () => {
    const out = rows([sent({}), sent({ 报送对象: '市委组织部' })]);
    expect(out[1].校验).not.toContain('重复');
  });

  it('one piece named for two outlets that day: two sendings, nothing said (review s32 #4)', () => {
    const out = rows([
      sent({ 媒体: '郑州日报', 采用方式: '报送' }),
      sent({ 媒体: '河南日报', 采用方式: '报送' }),
    ]);
    expect(out[1].校验).not.toContain('重复行');
  });

  it('the recipient typed in traditional characters is the same recipient: a copy (review s32 #5)', () => {
    const out = rows([sent({}), sent({ 报送对象: '區委組織部' })]);
    expect(out[1]).toEqual({ 计任务: 0, 校验: '重复行：与第2行标题、报送对象、报送日期相同，只计一次' });
  });
});
