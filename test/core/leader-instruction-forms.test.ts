// 领导批示 and 级别 as offices type them (sweep s25a F3, F4): a leader's second post after 、 (省委常委、组织部长), two
// leaders of different levels (the highest, RULES §4), a bracketed 批示 note, and 中央级媒体 / 国家媒体 in 级别.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function score(rows: RowSpec[]) {
  return scoreLedger(parseLedger(ledgerGrid(rows)), presetRules('上街区')).rows;
}

describe('领导批示 naming a second post, two leaders or a bracket (s25a F4)', () => {
  it('reads them as the leader’s (highest) level, saying nothing', () => {
    // 郑州日报 录用 市级 5; 加分 国家 30, 省 20, 市 10.
    const written: [string, number][] = [
      ['省委常委、组织部长', 25],
      ['省委常委、组织部部长', 25],
      ['省委常委、组织部长王某', 25],
      ['省委常委，宣传部长', 25],
      ['省委常委、秘书长', 25],
      ['市委常委、组织部长', 15],
      ['市委常委、常务副市长', 15],
      ['副省长王某某、市委书记李某', 25],
      ['市委书记李某、副省长王某某', 25],
      ['省长、市长', 25],
      ['市委书记和县长', 15],
      ['总书记、省委书记', 35],
      ['市委书记（批示）', 15],
      ['省领导(肯定性批示)', 25],
      ['省委常委组织部长', 25],
      // Read and written on: an instruction (audit s37 J1's neighbours).
      ['市委书记阅批', 15],
      ['省委书记批阅', 25],
      ['市长阅示', 15],
    ];
    const rows = score(written.map(([w], i) => adoption({ 媒体: '郑州日报', 标题: `t${i}`, 领导批示: w })));
    expect(rows.map((r, i) => [written[i][0], r.points])).toEqual(written);
    expect(rows.map((r) => r.issues)).toEqual(written.map(() => []));
  });

  it('keeps refusing what names no 国家/省/市 leader, with the same message', () => {
    const unread = [
      '省级领导批示2次',
      '省委组织部部长',
      '中组部领导',
      '组织部长',
      '省委常委、组织部长王某某某某',
    ];
    const rows = score(unread.map((w, i) => adoption({ 媒体: '郑州日报', 标题: `u${i}`, 领导批示: w })));
    expect(rows.map((r) => [r.points, ...r.issues])).toEqual(
      unread.map((w) => [5, `领导批示“${w}”无法识别（应为 国家/省/市），暂不加分`]),
    );
  });
});

describe('领导批示 saying a leader read it, or it was sent up, is no instruction (audit s37 J1)', () => {
  it('is refused with the same message: the bonus is not paid', () => {
    const read = [
      '市委书记圈阅',
      '省委书记阅',
      '市长审阅',
      '市委书记阅知',
      '市委书记已阅',
      '呈市委书记',
      '报市委书记',
      '已报市领导',
      '市委书记未批示',
      '市委书记待批示',
      '市委书记知悉',
    ];
    const rows = score(read.map((w, i) => adoption({ 媒体: '郑州日报', 标题: `r${i}`, 领导批示: w })));
    expect(rows.map((r) => [r.points, ...r.issues])).toEqual(
      read.map((w) => [5, `领导批示“${w}”无法识别（应为 国家/省/市），暂不加分`]),
    );
  });
});

describe('核定 否 (audit s37 J2)', () => {
  it('does not stand as 是 does: the row is held and said, as × is', () => {
    const rows = score(
      ['是', '否', '×'].map((v, i) => adoption({ 媒体: '郑州日报', 标题: `v${i}`, 核定: v })),
    );
    expect(rows.map((r) => r.points)).toEqual([5, 0, 0]);
    expect(rows[1].issues.join('')).toContain('核定“否”');
  });
});

describe('级别 typed against the 媒体 table’s level of a known outlet (audit s37 J3, s33 B-F6)', () => {
  it('scores as typed, and says so on the row; the same level, or none, says nothing', () => {
    // 郑州日报 is 市级 (录用 5); 省级 10, 中央级 30.
    const rows = score([
      adoption({ 媒体: '郑州日报', 标题: 'a', 级别: '中央级' }),
      adoption({ 媒体: '郑州日报', 标题: 'b', 级别: '市级' }),
      adoption({ 媒体: '郑州日报', 标题: 'c' }),
    ]);
    expect(rows.map((r) => r.points)).toEqual([30, 5, 5]);
    expect(rows[0].issues).toEqual([
      '级别“中央级”与「媒体」表中郑州日报的级别（市级）不同，按所填级别计分：如是误填，请清空本行级别',
    ]);
    expect([rows[1].issues, rows[2].issues]).toEqual([[], []]);
  });
});

describe('级别 “中央级媒体” and the other “…媒体” forms (s25a F3)', () => {
  it('reads as the level: an unknown outlet scores by it', () => {
    const written: [string, number][] = [
      ['中央级媒体', 30],
      ['国家媒体', 30],
      ['省媒体', 10],
      ['市媒体', 5],
      ['区县媒体', 1],
    ];
    const rows = score(written.map(([w], i) => adoption({ 媒体: '共产党员网', 标题: `l${i}`, 级别: w })));
    expect(rows.map((r, i) => [written[i][0], r.points])).toEqual(written);
    for (const r of rows) expect(r.issues.join('')).not.toMatch(/级别“.*”无法识别/);
  });
});

describe('调整分 without its sign beside a 调整理由 of 扣分 (audit s37 J5)', () => {
  it('is scored as typed and said; a signed one, or a reason of 加分, says nothing', () => {
    const rows = score([
      adoption({ 媒体: '郑州日报', 标题: 'a', 调整分: 2, 调整理由: '扣分：标题不规范' }),
      adoption({ 媒体: '郑州日报', 标题: 'b', 调整分: -2, 调整理由: '扣分：标题不规范' }),
      adoption({ 媒体: '郑州日报', 标题: 'c', 调整分: 2, 调整理由: '加分：质量较高' }),
    ]);
    expect(rows.map((r) => r.points)).toEqual([7, 3, 7]);
    expect(rows[0].issues).toEqual(['调整分为+2，调整理由却是扣分（“扣分：标题不规范”）：如应扣分，请填-2']);
    expect([rows[1].issues, rows[2].issues]).toEqual([[], []]);
  });
});
