// Audit S22b F2 (ruling: the class, every table): a character pasted into a rule table's cell that the ledger's
// cells lose (a zero-width space from a web page, a C0 control from another tool) makes no name differ from
// its clean twin. Every table, headers and text cells alike, read with such a character reads exactly as the
// clean table: the same rules, errors, notes and 类别 notes (readRules is what the add-on and the CLI share).
import { describe, expect, it } from 'vitest';
import { presetRules, readRules, rulesToGrids } from '../../src/core/rules';
import type { RuleTableName } from '../../src/core/rules/schema';
import type { Cell, Grid } from '../../src/core/types';

const TABLES: RuleTableName[] = ['单位', '媒体', '计分', '系数', '加分', '指标', '设置', '人员'];
/** A zero-width space, a backspace (C0), a byte-order mark inside a name, a bidirectional mark, U+FFFE. */
const CHARACTERS = ['\u200b', '\u0008', '\u0007', '\ufeff', '\u202d', '\ufffe'];

/** Rule tables with every kind of text cell filled: 人员, 视同达标, 类别 and 标签 conditions, aliases. */
function cleanGrids(): Record<RuleTableName, Grid> {
  const grids = rulesToGrids(presetRules('上街区'));
  grids.人员 = [
    ['姓名', '单位', '在岗月数'],
    ['欧阳娜娜', '组织科', 12],
    ['陶鹏', '信息调研科', ''],
  ];
  grids.系数.push(['调研', '类别', '调研报告、经验材料', 1.5, '录用', '类别', '2026-07-01']);
  grids.系数.push(['党报', '标签', '党报', 1.2, '', '', '']);
  const ind = grids.指标;
  const col = (name: string) => (ind[0] as Cell[]).indexOf(name);
  // The first task ticked met for a unit and a person, and limited to an outlet by one of its aliases.
  (ind[1] as Cell[])[col('视同达标')] = '峡窝镇党委、欧阳娜娜';
  const outlet = grids.媒体[1] as Cell[];
  outlet[1] = '郑报';
  (ind[2] as Cell[])[col('媒体')] = '郑报';
  (ind[2] as Cell[])[col('类别')] = '调研报告';
  return grids;
}

/** The table with `ch` inside and after every text cell (the header's too): 郑\u200b州日报\u200b. */
function dirtied(grid: Grid, ch: string): Grid {
  return grid.map((row) =>
    (row as Cell[]).map((cell) =>
      typeof cell === 'string' && cell !== '' ? `${cell.slice(0, 1)}${ch}${cell.slice(1)}${ch}` : cell,
    ),
  );
}

const read = (grids: Record<RuleTableName, Grid>) => {
  const r = readRules(grids, presetRules('上街区'));
  return { rules: r.rules, errors: r.errors, notes: r.notes, kindNotes: r.kindNotes, people: r.deemedPeople };
};

describe('every rule table reads a pasted invisible or control character as its clean twin', () => {
  const clean = read(cleanGrids());

  it('the clean tables read without error, with the cells the cases rely on', () => {
    expect(clean.errors).toEqual([]);
    expect(clean.rules.people?.map((p) => p.name)).toEqual(['欧阳娜娜', '陶鹏']);
    expect(clean.rules.outlets[0].aliases).toContain('郑报');
    expect(clean.rules.indicators[0].deemedMet).toEqual(['峡窝镇党委', '欧阳娜娜']);
  });

  for (const table of TABLES)
    for (const ch of CHARACTERS)
      it(`「${table}」 with U+${ch.charCodeAt(0).toString(16).padStart(4, '0')} in every text cell`, () => {
        const grids = cleanGrids();
        grids[table] = dirtied(grids[table], ch);
        expect(read(grids)).toEqual(clean);
      });
});
