// The 通报 tab's lines (one sheet row per printed line): a number or an ASCII word is never cut
// (session 12 sweep: "教育系统党工委（16" / "2分）", "全年积分3." / "5分"), and a line ends after punctuation
// a few characters back rather than mid-phrase.
import { describe, expect, it } from 'vitest';
import { cutLines } from '../../src/sheets/notice';

const widthOf = (t: string) => [...t].reduce((a, ch) => a + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);

describe('cutLines', () => {
  it('keeps 162 and 3.5 whole where the line would end inside them', () => {
    // 38 CJK columns: the line is full in the middle of 162.
    const text = `${'甲'.repeat(37)}（162分），全年积分3.5分，报送12篇。`;
    const lines = cutLines(text, 78);
    expect(lines.join('')).toBe(text);
    expect(
      lines.filter((l) => /[0-9.]$/.test(l) && /^[0-9.]/.test(lines[lines.indexOf(l) + 1] ?? '')),
    ).toEqual([]);
    expect(lines[0]).toBe('甲'.repeat(37));
    expect(lines[1].startsWith('（162分），')).toBe(true);
  });

  it('never splits a number anywhere in a long paragraph at any width', () => {
    const text =
      '2024年第四季度，各单位共报送组工信息127篇，被各级媒体录用64篇，其中中央级3篇、省级15篇、市级15篇、区县级31篇；共计积分929.5分（含各单位稿件积分861.25分、对口处室转报分成68.25分），全年累计积分2858.6分。';
    for (let units = 20; units <= 80; units++) {
      const lines = cutLines(text, units);
      expect(lines.join('')).toBe(text);
      const split = lines.slice(1).filter((l, i) => /[0-9.]$/.test(lines[i]) && /^[0-9.]/.test(l));
      expect(split).toEqual([]);
      // Closing punctuation hangs past the end (at most two marks, as in ）， ).
      expect(lines.filter((l) => widthOf(l) > units + 4)).toEqual([]);
    }
  });

  it('ends a line after the punctuation a few characters back, and never on an opening bracket', () => {
    const text = `${'甲'.repeat(34)}，乙丙丁戊己庚（辛）。`;
    expect(cutLines(text, 76)).toEqual([`${'甲'.repeat(34)}，`, '乙丙丁戊己庚（辛）。']);
    const open = `${'甲'.repeat(37)}（乙）`;
    expect(cutLines(open, 76)).toEqual(['甲'.repeat(37), '（乙）']);
  });

  it('closing punctuation still hangs on the line before', () => {
    expect(cutLines(`${'甲'.repeat(38)}。乙`, 76)).toEqual([`${'甲'.repeat(38)}。`, '乙']);
  });
});
