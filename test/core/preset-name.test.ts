// 设置's 预设 holding a name no preset has (an office's own: 临县积分办法) was read as 上街区 with no word: the
// tables the workbook lacks and the 设置 rows it leaves out then came from 上街区. Now a note names the cell
// and what was filled in; a known 预设 (as 初始化台账 writes it) says nothing.
import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/core/index';
import { presetRules, rulesToGrids } from '../../src/core/rules';

const settings = (preset: string) => [
  ['项目', '值', '说明'],
  ['年度', 2024, ''],
  ['预设', preset, ''],
];

describe('an unknown 预设 in 设置', () => {
  it('is a note naming its cell and the tables filled from 上街区', () => {
    const { notes } = resolveRules({ 设置: settings('临县积分办法') });
    const note = notes.find((n) => n.table === '设置' && n.row === 3);
    expect(note?.column).toBe('值');
    expect(note?.message).toContain('“临县积分办法”，不是已知的预设');
    expect(note?.message).toContain('（单位、媒体、计分、系数、加分、指标）');
  });

  it('names only the 设置 rows when the workbook has every table', () => {
    const own = rulesToGrids(presetRules('上街区'));
    const { notes } = resolveRules({ ...own, 设置: settings('临县积分办法') });
    const note = notes.find((n) => n.table === '设置' && n.row === 3);
    expect(note?.message).toMatch(/：「设置」中没有的项目按上街区积分办法取$/);
  });

  it('says nothing for a preset 初始化台账 writes, or no 预设 row', () => {
    for (const preset of ['上街区积分办法', '部机关目标考核', '类别积分（示例）', '上街区']) {
      expect(resolveRules({ 设置: settings(preset) }).notes.filter((n) => n.row === 3)).toEqual([]);
    }
    expect(resolveRules({ 设置: [['项目', '值', '说明']] }).notes).toEqual([]);
  });
});
