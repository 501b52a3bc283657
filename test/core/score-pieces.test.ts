// Scoring's pieces (a unit's rows with one title key) at a size where its own hash table collides and wraps,
// and duplicates in a piece typed many times: what a user sees is each piece counted once per outlet.
import { describe, expect, it } from 'vitest';
import { pieceIds } from '../../src/core/credit';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { normalizeTitleSlow } from '../../src/core/text';
import type { Rules } from '../../src/core/types';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

const UNITS = ['峡窝镇党委', '五云山街道党工委', '区直机关工委', '济源路街道党工委'];

describe('pieces', () => {
  it('3,000 rows: pieces are the (unit, title key) pairs in order of first sight, untitled rows each their own', () => {
    const specs = [];
    for (let i = 0; i < 3000; i++) {
      // Titles repeat across units and rows; a few spell one title another way (same key), some have none.
      const n = (i * 7919) % 1400;
      const title = i % 97 === 0 ? '' : i % 5 === 0 ? `《信息${n}》` : `信息${n}`;
      const unit = UNITS[(i * 31) % 3 === 0 ? i % 4 : (n + i) % 2];
      specs.push(
        i % 3 === 0 ? submission({ 标题: title, 单位: unit }) : adoption({ 标题: title, 单位: unit }),
      );
    }
    const parsed = parseLedger(ledgerGrid(specs));
    const ids = pieceIds(scoreLedger(parsed, presetRules('上街区')));
    // The same grouping worked out plainly.
    const seen = new Map<string, number>();
    let pieces = 0;
    const expected = parsed.rows.map((r) => {
      const title = normalizeTitleSlow(r.title);
      if (title === '') return pieces++;
      const key = `${r.unit}\u0000${title}`;
      let p = seen.get(key);
      if (p === undefined) {
        p = pieces++;
        seen.set(key, p);
      }
      return p;
    });
    expect(ids.pieces).toBe(pieces);
    expect([...ids.rowPiece]).toEqual(expected);
    expect(pieces).toBeGreaterThan(1000);
  });

  it('a piece typed 20 times at two outlets counts once per outlet; the other copies are 重复行', () => {
    const base = presetRules('上街区');
    const rules: Rules = { ...base, settings: { ...base.settings, multipleAdoption: '全部' } };
    const rows = [];
    for (let i = 0; i < 20; i++)
      rows.push(adoption({ 媒体: i % 2 === 0 ? '郑州日报' : '河南日报', 作者: `作者${i}` }));
    const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules).rows;
    const kept = scored.filter((r) => !r.duplicate).map((r) => `${r.row} ${r.outlet} ${r.points}`);
    expect(kept).toEqual(['2 郑州日报 5', '3 河南日报 10']);
    const copies = scored.filter((r) => r.duplicate);
    expect(copies.filter((r) => r.points !== 0 || r.countable)).toEqual([]);
    expect(copies.map((r) => r.issues.join('；'))).toEqual(
      copies.map((r) => `重复行：与第${r.outlet === '郑州日报' ? 2 : 3}行标题、媒体相同，只计一次`),
    );
    expect(copies.map((r) => r.why)).toEqual(copies.map(() => '0（重复行）'));
  });
});

// Audit s33 B-F1, A-F4: a title typed once in 简体 and once in 繁体 (or copied with a zero-width space from a
// web page) was two pieces: the copy paid again and counted a second 报送 and 计任务.
describe('one title typed in 繁体 or with an invisible character is one piece', () => {
  it.each([
    ['組工信息員隊伍建設的做法', '繁体'],
    ['组工信息员\u200b队伍建设的做法', 'a zero-width space'],
    ['组工信息员队伍\u00ad建设的做法', 'a soft hyphen'],
  ])('“%s” (%s) beside 组工信息员队伍建设的做法', (typed) => {
    const rows = [
      adoption({ 标题: '组工信息员队伍建设的做法', 媒体: '郑州日报' }),
      adoption({ 标题: typed, 媒体: '郑州日报' }),
    ];
    const scored = scoreLedger(parseLedger(ledgerGrid(rows)), presetRules('上街区')).rows;
    // Which copy is kept is decided by content (better() in pieces.ts), not by order: one of them.
    const kept = scored.findIndex((r) => !r.duplicate);
    const copy = 1 - kept;
    expect([scored[kept].points, scored[copy].points, scored[copy].duplicate]).toEqual([5, 0, true]);
    expect(scored[copy].issues).toEqual([`重复行：与第${kept + 2}行标题、媒体相同，只计一次`]);
  });
});
