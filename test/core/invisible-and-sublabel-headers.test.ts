// Two readings the fuzz of framed headers found disagreeing with the one-row header they came from: a cell of
// invisible characters only is blank wherever it stands, and a sub-label no join names still names its column.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import type { Grid } from '../../src/core/types';

describe('a cell of invisible characters only (\\u0000, a zero-width space, a BOM) is blank', () => {
  const invisible = '\u0000\u200b\ufeff';
  it.each([
    ['in 标题 and 单位', ['', invisible, invisible]],
    ['in 标题 alone', ['', invisible, '']],
    ['in 单位 alone', ['', '', invisible]],
  ])('%s: the line is no piece and no 待核实 row', (_, cells) => {
    const ledger: Grid = [['序号', '标题', '单位'], ['1', '关于基层党建的信息', '峡窝镇党委'], cells];
    const a = assess({ ledger, preset: '上街区' });
    expect(a.scored.rows.map((r) => r.row)).toEqual([2]);
  });

  it('beside a filled cell the row is read, and its title is missing', () => {
    const ledger: Grid = [
      ['标题', '单位', '报送日期'],
      [invisible, '峡窝镇党委', '2024-03-05'],
    ];
    const a = assess({ ledger, preset: '上街区' });
    expect(a.scored.rows.map((r) => r.row)).toEqual([2]);
    expect(a.scored.rows[0].points).toBe(0);
    expect(a.scored.rows[0].issues.join()).toContain('标题');
  });
});

describe('a second header row: a sub-label no group join names still names its column', () => {
  it('序号 under 报送情况 keeps 信息题目 and 标题 side by side, so the column named 标题 is read', () => {
    const framed: Grid = [
      ['信息题目', '单位', '报送情况', '', '标题', '作者'],
      ['', '', '报送对象', '序号', '', ''],
      ['旧题目', '峡窝镇党委', '区委组织部', '1', '关于基层党建的信息', '潘平'],
    ];
    const plain: Grid = [
      ['信息题目', '单位', '报送对象', '序号', '标题', '作者'],
      ['旧题目', '峡窝镇党委', '区委组织部', '1', '关于基层党建的信息', '潘平'],
    ];
    const a = assess({ ledger: framed, preset: '上街区' });
    const p = assess({ ledger: plain, preset: '上街区' });
    expect(a.parsed.columns.标题).toBe(4);
    expect(a.parsed.columns).toEqual(p.parsed.columns);
    expect(a.parsed.headerIssues).toEqual(p.parsed.headerIssues);
  });
});
