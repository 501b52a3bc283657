// The rule tables read as strictly as the ledger (sweep S20w F1–F8): a 类别 under its alias, 系数 rows sharing a
// 名称, a 标签 no outlet carries, two tag rows one outlet both matches, a column under two names, and the 计分 /
// 加分 misses, each either computed as the clean twin or said at its cell.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { compileIndicator } from '../../src/core/indicators/compile';
import { presetRules, type RuleGrids, readRules, rulesToGrids } from '../../src/core/rules';
import type { Cell, Grid, Indicator } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

const preset = () => rulesToGrids(presetRules('上街区'));

/** The 上街区 preset's tables with some replaced; the ledger's rows. */
function run(tables: RuleGrids, rows: RowSpec[]) {
  return assess({ ledger: ledgerGrid(rows), tables: { ...preset(), ...tables } });
}

const notes = (a: ReturnType<typeof run>) => a.ruleNotes.map((n) => n.message);
const points = (a: ReturnType<typeof run>) => a.scored.rows.map((r) => r.points);
const office = (over: RowSpec) => adoption({ 单位: '组织科', ...over });

const MULTIPLIER_HEADER = ['名称', '条件', '取值', '倍数', '适用方式', '分组', '生效日期'];

/** The preset's 计分 with rows added. */
function pointsWith(...rows: Cell[][]): Grid {
  return [...(preset().计分 as Grid), ...rows];
}

describe('F1/F2: a 类别 in a rule table is read as the ledger reads it', () => {
  it('a 系数 on 类别 written 调研 applies to 调研报告 rows, as one written 调研报告 does', () => {
    const ledger = [office({ 类别: '调研报告', 标题: '甲' }), office({ 类别: '调研', 标题: '乙' })];
    for (const value of ['调研', '调研报告', '调查报告']) {
      const a = run(
        { 系数: [MULTIPLIER_HEADER, ['调研加倍', '类别', value, 2, '录用', '类别', '']] },
        ledger,
      );
      expect(points(a)).toEqual([10, 10]);
    }
  });

  it('a 指标 类别 filter written 调研 or 调查报告 counts the 调研报告 rows', () => {
    const ledger = [office({ 类别: '调研报告', 标题: '甲' }), office({ 类别: '调研', 标题: '乙' })];
    for (const value of ['调研', '调查报告', '调研报告']) {
      const a = run(
        {
          指标: [
            ['名称', '对象', '度量', '目标', '类别'],
            ['调研录用', '部机关科室', '录用', 2, value],
          ],
        },
        ledger,
      );
      const unit = a.indicators.units.find((u) => u.subject === '组织科');
      expect(unit?.indicators.map((i) => [i.name, i.value, i.met])).toEqual([['调研录用', 2, true]]);
    }
  });

  it('compileIndicator reads a filter built in code alike', () => {
    const ind = {
      ...presetRules('上街区').indicators[0],
      filter: {
        minLevel: null,
        tags: [],
        outlets: [],
        kinds: ['调研'],
        recipients: [],
        modes: [],
        halfTags: [],
      },
    } as Indicator;
    const c = compileIndicator(ind, [])!;
    const row = {
      levelRank: 1,
      outlet: '',
      kind: '调研报告',
      recipient: '',
      mode: '录用' as const,
      tags: [],
    };
    expect([c.weight(row), c.weight({ ...row, kind: '动态信息' })]).toEqual([1, 0]);
  });

  it('a 类别 that is no kind at all is named at its cell, unless the ledger writes it', () => {
    const tables = {
      计分: pointsWith(['录用', '市级', '调研稿件', '', '', 8, '']),
      系数: [MULTIPLIER_HEADER, ['专题加倍', '类别', '专题片、调研', 2, '录用', '', '']],
      指标: [
        ['名称', '对象', '度量', '目标', '类别'],
        ['专题', '部机关科室', '录用', 1, '专题片'],
      ],
    };
    const a = run(tables, [office({})]);
    expect(notes(a).filter((m) => m.includes('不是已知的类别'))).toEqual([
      '「计分」表第14行「类别」“调研稿件”不是已知的类别，台账中也没有这一类别，该行分值不会用到',
      '「系数」表第2行「取值」“专题片”不是已知的类别，台账中也没有这一类别，此取值不会用到',
      '「指标」表第2行「类别」“专题片”不是已知的类别，台账中也没有这一类别，按此统计为0',
    ]);
    // An office's own kind, written in its ledger: no notice.
    const own = run(tables, [office({ 类别: '专题片' })]);
    expect(notes(own).filter((m) => m.includes('不是已知的类别'))).toEqual([
      '「计分」表第14行「类别」“调研稿件”不是已知的类别，台账中也没有这一类别，该行分值不会用到',
    ]);
  });
});

describe('F3: 系数 rows of one 名称 are versions only when their 生效日期 differ', () => {
  it('two undated rows of one name (字数 and 时长) both apply', () => {
    const a = run(
      {
        系数: [
          MULTIPLIER_HEADER,
          ['篇幅系数', '字数', 1000, 3, '录用', '篇幅', ''],
          ['篇幅系数', '时长', 1, 3, '录用', '篇幅', ''],
        ],
      },
      [office({ 字数: 1500, 标题: '甲' }), office({ 字数: '', '时长(分钟)': 3, 标题: '乙' })],
    );
    expect(points(a)).toEqual([15, 15]);
    expect(a.scored.rows[1].why).toBe('市级录用 5 ×3（篇幅系数） = 15');
  });

  it('tiers under one name: the largest that applies', () => {
    const a = run(
      {
        系数: [
          MULTIPLIER_HEADER,
          ['篇幅系数', '字数', 1000, 1.5, '录用', '', ''],
          ['篇幅系数', '字数', 2000, 2, '录用', '', ''],
        ],
      },
      [office({ 字数: 1500, 标题: '甲' }), office({ 字数: 2500, 标题: '乙' })],
    );
    expect(points(a)).toEqual([7.5, 10]);
  });

  it('rows of one name with different dates stay versions: the newest in force, all its rows', () => {
    const a = run(
      {
        系数: [
          MULTIPLIER_HEADER,
          ['篇幅系数', '字数', 1000, 3, '录用', '', ''],
          ['篇幅系数', '字数', 1000, 2, '录用', '', '2024-06-01'],
          ['篇幅系数', '时长', 1, 2, '录用', '', '2024-06-01'],
        ],
      },
      [
        office({ 字数: 1500, 标题: '甲', 录用日期: '2024-03-05' }),
        office({ 字数: 1500, 标题: '乙', 录用日期: '2024-07-05' }),
        office({ 字数: '', '时长(分钟)': 3, 标题: '丙', 录用日期: '2024-07-05' }),
        office({ 字数: '', '时长(分钟)': 3, 标题: '丁', 录用日期: '2024-03-05' }),
      ],
    );
    // Before June the undated version (字数 only, ×3); from June the dated one (字数 ×2 and 时长 ×2).
    expect(points(a)).toEqual([15, 10, 10, 5]);
  });
});

describe('F4: a 标签 in 计分 or 系数 that no 媒体 carries is named', () => {
  it('in 计分', () => {
    const a = run({ 计分: pointsWith(['录用', '省级', '', '省委组工信息', '', 20, '']) }, [
      office({ 媒体: '河南组工信息' }),
    ]);
    expect(points(a)).toEqual([10]);
    expect(notes(a)).toContain(
      '「计分」表第14行「标签」“省委组工信息”不是「媒体」表中任何媒体的标签，该行分值不会用到',
    );
  });

  it('in 系数', () => {
    const a = run(
      { 系数: [MULTIPLIER_HEADER, ['省刊加倍', '标签', '省委组工信息、党报', 2, '录用', '', '']] },
      [office({ 媒体: '河南组工信息' })],
    );
    expect(notes(a)).toContain(
      '「系数」表第2行「取值」“省委组工信息”不是「媒体」表中任何媒体的标签，此取值不会用到',
    );
    expect(notes(a).filter((m) => m.includes('“党报”'))).toEqual([]);
  });
});

describe('F5: two 计分 tag rows one outlet both matches', () => {
  it('the larger applies whatever the order, and a notice names both rows, the outlet and the value', () => {
    const low = ['录用', '省级', '', '组工信息', '', 12, ''];
    const high = ['录用', '省级', '', '省组工信息', '', 20, ''];
    const ledger = [office({ 媒体: '河南组工信息' })];
    const ab = run({ 计分: pointsWith(low, high) }, ledger);
    const ba = run({ 计分: pointsWith(high, low) }, ledger);
    expect(points(ab)).toEqual([20]);
    expect(points(ba)).toEqual([20]);
    expect(notes(ab)).toContain(
      '「计分」表第14行（标签“组工信息”，12分）和第15行（标签“省组工信息”，20分）同时适用于媒体“河南组工信息”的录用×省级稿件（两个标签都有），按较大的20分计',
    );
    expect(notes(ba).filter((m) => m.includes('按较大的20分计'))).toHaveLength(1);
  });

  it('no notice when no outlet carries both tags', () => {
    const a = run(
      {
        计分: pointsWith(
          ['录用', '省级', '', '党报', '', 12, ''],
          ['录用', '省级', '', '省组工信息', '', 20, ''],
        ),
      },
      [office({ 媒体: '河南组工信息' })],
    );
    expect(notes(a).filter((m) => m.includes('同时适用'))).toEqual([]);
  });
});

describe('S21c F5: two 计分 tag rows one outlet matches, of other 生效日期', () => {
  const ledger = [
    office({ 媒体: '河南组工信息', 标题: '甲', 录用日期: '2023-10-05' }),
    office({ 媒体: '河南组工信息', 标题: '乙', 录用日期: '2024-03-05' }),
    office({ 媒体: '河南组工信息', 标题: '丙', 录用日期: '2024-07-05' }),
  ];
  const ties = (a: ReturnType<typeof run>) => notes(a).filter((m) => m.includes('同时适用'));

  it('an undated 12 and a 11 from 2024-01-01 (case t03): 12 on every day, told from when both apply', () => {
    const big = ['录用', '省级', '', '省组工信息', '', 12, ''];
    const small = ['录用', '省级', '', '组工信息', '', 11, '2024-01-01'];
    for (const order of [pointsWith(big, small), pointsWith(small, big)]) {
      const a = run({ 计分: order }, ledger);
      expect(points(a)).toEqual([12, 12, 12]);
      expect(ties(a)).toHaveLength(1);
    }
    expect(ties(run({ 计分: pointsWith(big, small) }, ledger))).toEqual([
      '「计分」表第14行（标签“省组工信息”，12分）和第15行（标签“组工信息”，11分）自2024-01-01起同时适用于媒体“河南组工信息”的录用×省级稿件（两个标签都有），按较大的12分计',
    ]);
  });

  it('the larger only from its date: before it the other alone applies', () => {
    const a = run(
      {
        计分: pointsWith(
          ['录用', '省级', '', '省组工信息', '', 12, '2024-01-01'],
          ['录用', '省级', '', '组工信息', '', 11, ''],
        ),
      },
      ledger,
    );
    expect(points(a)).toEqual([11, 12, 12]);
  });

  it('a newer version of one 标签 replaces its old one, whatever the order; each pair told for its own days', () => {
    const old = ['录用', '省级', '', '省组工信息', '', 12, ''];
    const newer = ['录用', '省级', '', '省组工信息', '', 10, '2024-06-01'];
    const other = ['录用', '省级', '', '组工信息', '', 11, ''];
    for (const order of [
      pointsWith(other, old, newer),
      pointsWith(old, newer, other),
      pointsWith(newer, other, old),
    ]) {
      expect(points(run({ 计分: order }, ledger))).toEqual([12, 12, 11]);
    }
    expect(ties(run({ 计分: pointsWith(other, old, newer) }, ledger))).toEqual([
      '「计分」表第14行（标签“组工信息”，11分）和第15行（标签“省组工信息”，12分）在2024-06-01之前同时适用于媒体“河南组工信息”的录用×省级稿件（两个标签都有），按较大的12分计',
      '「计分」表第14行（标签“组工信息”，11分）和第16行（标签“省组工信息”，10分）自2024-06-01起同时适用于媒体“河南组工信息”的录用×省级稿件（两个标签都有），按较大的11分计',
    ]);
  });

  it('a pair that never applies together (one replaced before the other starts) is not told', () => {
    const a = run(
      {
        计分: pointsWith(
          ['录用', '省级', '', '省组工信息', '', 12, ''],
          ['录用', '省级', '', '省组工信息', '', 12.5, '2024-01-01'],
          ['录用', '省级', '', '组工信息', '', 11, '2024-06-01'],
        ),
      },
      ledger,
    );
    expect(points(a)).toEqual([12, 12.5, 12.5]);
    expect(ties(a)).toEqual([
      '「计分」表第15行（标签“省组工信息”，12.5分）和第16行（标签“组工信息”，11分）自2024-06-01起同时适用于媒体“河南组工信息”的录用×省级稿件（两个标签都有），按较大的12.5分计',
    ]);
  });
});

describe('F6: a rule-table column read under a name already found', () => {
  const indicators = (level: Cell, minLevel: Cell): Grid => [
    ['名称', '对象', '度量', '目标', '级别', '标签', '最低级别'],
    ['市级以上录用', '部机关科室', '录用', 2, level, '', minLevel],
  ];

  it('a blank column gives way to one with values, said naming both', () => {
    const a = run({ 指标: indicators('', '市级') }, [
      office({ 标题: '甲' }),
      office({ 标题: '乙', 媒体: '上街区党建网' }),
    ]);
    const unit = a.indicators.units.find((u) => u.subject === '组织科');
    expect(unit?.indicators.map((i) => [i.value, i.met])).toEqual([[1, false]]);
    expect(notes(a)).toContain('「指标」表E列「级别」和G列「最低级别」都读作「级别」列，使用G列「最低级别」');
  });

  it('both filled: the column named exactly wins, else the first', () => {
    const exact = readRules({ 指标: indicators('省级', '市级') }, presetRules('上街区'));
    expect(exact.rules.indicators[0].filter.minLevel).toBe('省级');
    expect(exact.notes.map((n) => n.message)).toContain(
      '「指标」表E列「级别」和G列「最低级别」都读作「级别」列，使用E列「级别」',
    );
    const aliases = readRules(
      {
        计分: [
          ['采用方式', '级别', '积分', '分数'],
          ['录用', '市级', 7, 9],
        ],
      },
      presetRules('上街区'),
    );
    expect(aliases.rules.points[0].points).toBe(7);
    expect(aliases.notes.map((n) => n.message)).toContain(
      '「计分」表C列「积分」和D列「分数」都读作「分值」列，使用C列「积分」',
    );
  });
});

describe('F7/F8: a 计分 or 加分 miss says why', () => {
  const bonus = (rows: Cell[][]): Grid => [['批示', '加分', '生效日期'], ...rows];
  const instructed = office({ 领导批示: '国家', 录用日期: '2024-03-10' });

  it('a 领导批示 whose level has no 加分 row adds 0 and says so', () => {
    const a = run(
      {
        加分: bonus([
          ['省', 20, ''],
          ['市', 10, ''],
        ]),
      },
      [instructed],
    );
    expect(points(a)).toEqual([5]);
    expect(a.scored.rows[0].issues).toEqual(['「加分」表中没有“国家”领导批示的加分，本行未加分']);
  });

  it('a 领导批示 whose 加分 row starts later names its 生效日期', () => {
    const a = run(
      {
        加分: bonus([
          ['国家', 30, '2024-06-01'],
          ['省', 20, ''],
        ]),
      },
      [instructed],
    );
    expect(points(a)).toEqual([5]);
    expect(a.scored.rows[0].issues).toEqual([
      '「加分」表中“国家”领导批示的加分自2024-06-01起生效，本行（2024-03-10）在此之前，未加分',
    ]);
    // In force: paid, nothing said.
    const later = run({ 加分: bonus([['国家', 30, '2024-03-01']]) }, [instructed]);
    expect(points(later)).toEqual([35]);
    expect(later.scored.rows[0].issues).toEqual([]);
  });

  it('a 计分 row that starts after the 录用日期 is named by its 生效日期', () => {
    const grid = (preset().计分 as Grid).filter((r) => !(r[0] === '录用' && r[1] === '中央级'));
    const a = run({ 计分: [...grid, ['录用', '中央级', '', '', '', 30, '2024-06-01']] }, [
      office({ 媒体: '人民日报', 录用日期: '2024-03-10' }),
    ]);
    expect(a.scored.rows[0].issues).toEqual([
      '「计分」表中“录用×中央级”的分值自2024-06-01起生效，本行录用日期在此之前，未计分',
    ]);
    const none = run({ 计分: grid }, [office({ 媒体: '人民日报' })]);
    expect(none.scored.rows[0].issues).toEqual(['「计分」表中没有“录用×中央级”的分值']);
  });
});

describe('F7: a 加分 table with no rows drops the bonus without a word', () => {
  it('an instruction under an emptied 加分 tab adds 0 and 校验 stays empty', () => {
    const a = run({ 加分: [['批示', '加分', '生效日期']] }, [office({ 领导批示: '国家' })]);
    expect(points(a)).toEqual([5]);
    expect(a.scored.rows[0].issues).toEqual([]);
  });
});
