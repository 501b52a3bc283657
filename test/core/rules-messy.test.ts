// Rule tables as offices type them: marks, spellings and column names that must read as their clean
// equivalent, or be named with their cell — never read as something else with no word.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core';
import { canonicalRecipient } from '../../src/core/relay';
import { presetRules, readRules, rulesToGrids } from '../../src/core/rules';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

const bujiguan = () => presetRules('部机关');
const shangjie = () => presetRules('上街区');

/** The 单位 table of a preset with one cell of one unit's row replaced. */
function unitsWith(column: string, row: number, value: unknown): Grid {
  const grid = rulesToGrids(bujiguan()).单位!.map((r) => [...r]);
  grid[row][grid[0].indexOf(column)] = value as string;
  return grid;
}

describe('rule tables: 是/否 marks', () => {
  it('reads the marks offices use, and names any other instead of reading it as 否', () => {
    const read = (mark: unknown) => {
      const { rules, errors } = readRules({ 单位: unitsWith('一票否决', 1, mark) }, bujiguan());
      return { veto: rules.units[0].veto, errors: errors.map((e) => e.message) };
    };
    const yes = ['是', '√', '✔', '☑', 'TRUE', true, 1, '是（发生泄密）'];
    expect(yes.map((m) => read(m))).toEqual(yes.map(() => ({ veto: true, errors: [] })));
    const no = ['', '否', '×', '✗', false, 0, '无'];
    expect(no.map((m) => read(m))).toEqual(no.map(() => ({ veto: false, errors: [] })));
    const unit = rulesToGrids(bujiguan()).单位![1][0];
    const { errors } = readRules({ 单位: unitsWith('一票否决', 1, '待定') }, bujiguan());
    expect(errors.map((e) => e.message)).toEqual([
      '「单位」表第2行「一票否决」应为“是”或“否”（也认 √、×），现为“待定”',
    ]);
    expect(unit).not.toBe('');
  });
});

describe('rule tables: spellings the ledger reads as one', () => {
  it('a unit written with other-width brackets in the ledger is the table unit', () => {
    const rules = shangjie();
    const first = rules.units[0].name;
    const name = `${first}（机关党委）`;
    const tables = rulesToGrids({
      ...rules,
      units: rules.units.map((u, i) => (i === 0 ? { ...u, name } : u)),
    });
    const a = assess({ ledger: ledgerGrid([adoption({ 单位: name })]), tables });
    const b = assess({ ledger: ledgerGrid([adoption({ 单位: `${first}(机关党委)` })]), tables });
    expect(b.scored.rows[0].unit).toBe(name);
    expect(b.scored.rows[0].issues).toEqual(a.scored.rows[0].issues);
    const points = (x: typeof a) => x.report.units.find((u) => u.unit === name)?.points;
    expect(points(a)).toBe(5); // 市级 录用
    expect(points(b)).toBe(5);
  });

  it('a unit type written 乡镇（街道） in 单位 and 乡镇(街道) in 指标 is one type', () => {
    const grids = rulesToGrids(shangjie());
    const type = grids.单位![1][grids.单位![0].indexOf('类型')] as string;
    const withBrackets = `${type}（甲）`;
    const units = grids.单位!.map((r, i) =>
      i > 0 && r[1] === type ? [r[0], withBrackets, ...r.slice(2)] : r,
    );
    const indicators = grids.指标!.map((r, i) =>
      i > 0 && r[1] === type ? [r[0], `${type}(甲)`, ...r.slice(2)] : r,
    );
    const { rules, errors } = readRules({ ...grids, 单位: units, 指标: indicators }, shangjie());
    expect(errors).toEqual([]);
    const subjects = rules.indicators.filter(
      (i) => 'unitType' in i.subject && i.subject.unitType.includes('甲'),
    );
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.map((i) => ('unitType' in i.subject ? i.subject.unitType : ''))).toEqual(
      subjects.map(() => withBrackets),
    );
  });

  it('人员 names read as the ledger reads 作者 (陶 鹏 is 陶鹏; a note in brackets is no part of the name)', () => {
    const people: Grid = [
      ['姓名', '单位', '在岗月数'],
      ['陶 鹏', '组织科', ''],
      ['蒋超宇（组长）', '组织科', 6],
    ];
    const { rules, errors } = readRules({ 人员: people }, bujiguan());
    expect(errors).toEqual([]);
    expect((rules.people ?? []).map((p) => p.name)).toEqual(['陶鹏', '蒋超宇']);
    const two = readRules({ 人员: [people[0], ['张三、李四', '组织科', '']] }, bujiguan());
    expect(two.errors.map((e) => e.message)).toEqual([
      '「人员」表第2行「姓名」每行只填一人，现为“张三、李四”',
    ]);
  });

  it('计分 类别 under another name of a kind scores the ledger rows of that kind', () => {
    const rules = presetRules('类别');
    const grid = rulesToGrids(rules).计分!;
    const col = grid[0].indexOf('类别');
    const renamed = grid.map((r, i) =>
      i > 0 && r[col] === '调研报告' ? r.map((c, k) => (k === col ? '调研文章' : c)) : r,
    );
    expect(renamed).not.toEqual(grid);
    expect(readRules({ 计分: renamed }, rules).rules.points).toEqual(
      readRules({ 计分: grid }, rules).rules.points,
    );
  });
});

describe('rule tables: columns', () => {
  it('reads the column names offices use for 窗口, 报送对象, 标签 and 奖项', () => {
    const rules = shangjie();
    const grid = rulesToGrids(rules).指标!;
    const renamed = grid.map((r, i) =>
      i === 0
        ? r.map(
            (h) =>
              ({ 窗口: '考核周期', 报送对象: '报送给', 标签: '媒体标签', 奖项: '奖励' })[h as string] ?? h,
          )
        : r,
    );
    expect(renamed[0]).not.toEqual(grid[0]);
    const clean = readRules({ 指标: grid }, rules);
    const read = readRules({ 指标: renamed }, rules);
    expect(read.notes).toEqual([]);
    expect(read.rules.indicators).toEqual(clean.rules.indicators);
  });

  it('a column under a name no table knows is said, naming the table, row and column', () => {
    const grid = rulesToGrids(shangjie()).指标!.map((r, i) =>
      i === 0 ? r.map((h) => (h === '窗口' ? '时段' : h)) : r,
    );
    const { notes } = readRules(
      { 指标: [['序号', ...grid[0]], ...grid.slice(1).map((r, i) => [i + 1, ...r])] },
      shangjie(),
    );
    expect(notes.map((n) => [n.table, n.row, n.column])).toEqual([['指标', 1, '时段']]);
    expect(notes[0].message).toMatch(/^「指标」表第1行的列「时段」不是该表的列名，未读取/);
  });
});

describe('rule tables: layout as offices lay a table out', () => {
  const clean = () => rulesToGrids(bujiguan()).单位!;
  const readUnits = (grid: Grid) => readRules({ 单位: grid }, bujiguan());

  it('a title line above the header and a 合计 line and a note under the table read as the table alone', () => {
    const grid = clean();
    const messy: Grid = [
      ['2024年各科室信息任务分解表'],
      [],
      ...grid,
      ['合计', '', grid.slice(1).reduce((n, r) => n + Number(r[2] || 0), 0)],
      ['注：人数以年初在编为准'],
    ];
    const read = readUnits(messy);
    expect(read.errors).toEqual([]);
    expect(read.rules.units).toEqual(readUnits(grid).rules.units);
    const last = messy.length;
    expect(read.notes.map((n) => n.message)).toEqual([
      `「单位」表第${last - 1}行是合计行，未作为规则读取`,
      `「单位」表第${last}行是说明文字，未作为规则读取`,
    ]);
  });

  it('a two-row header (人员情况 merged over 人数 | 在岗月数) reads its columns; no unit is made of the second row', () => {
    const grid = clean();
    const h = grid[0] as string[];
    const top = h.map((x) => (x === '人数' || x === '在岗月数' ? '人员情况' : x));
    const filled = h.map((x) => (x === '人数' || x === '在岗月数' ? x : x)); // the command line fills a merge
    const blank = h.map((x) => (x === '人数' || x === '在岗月数' ? x : '')); // Sheets hands '' for it
    for (const second of [filled, blank]) {
      const read = readUnits([top, second, ...grid.slice(1)]);
      expect(read.errors).toEqual([]);
      expect(read.notes).toEqual([]);
      expect(read.rules.units).toEqual(readUnits(grid).rules.units);
    }
  });
});

describe('rule tables: filter values that would count nothing', () => {
  it('a 指标 标签 no 媒体 carries is said, naming its row', () => {
    const rules = bujiguan();
    const grid = rulesToGrids(rules).指标!.map((r) => [...r]);
    const col = grid[0].indexOf('标签');
    const row = grid.findIndex((r, i) => i > 0 && r[col] !== '');
    expect(row).toBeGreaterThan(0);
    const typed = `${grid[row][col]}X`;
    grid[row][col] = typed;
    const { notes } = readRules({ 指标: grid }, rules);
    expect(notes.map((n) => n.message)).toEqual([
      `「指标」表第${row + 1}行「标签」“${typed}”不是「媒体」表中任何媒体的标签，按此统计为0`,
    ]);
  });

  it('报送对象 written as the 党委 alone (区委, 郑州市委) is that 组织部, in the ledger and in 指标 alike', () => {
    expect(
      ['区委', '上街区委', '市委', '郑州市委', '河南省委', '研究室', '市委办'].map(canonicalRecipient),
    ).toEqual(['区委组织部', '区委组织部', '市委组织部', '市委组织部', '省委组织部', '研究室', '市委办']);
  });
});

describe('rule tables: a team of nobody', () => {
  it('a blank 人数 for a 科室 with a 科室整体 task and no 人员 listed is said (its target would be 0, always met)', () => {
    const grid = unitsWith('人数', 1, '');
    const name = grid[1][0];
    const { notes } = readRules({ 单位: grid }, bujiguan());
    expect(notes.map((n) => [n.table, n.row, n.column])).toEqual([['单位', 2, '人数']]);
    expect(notes[0].message).toMatch(
      new RegExp(`^「单位」表第2行「人数」为空或为0，“${name}”的科室整体任务“.+”目标按0计`),
    );
    const people = readRules(
      {
        单位: grid,
        人员: [
          ['姓名', '单位'],
          ['张三', name as string],
        ],
      },
      bujiguan(),
    );
    expect(people.notes).toEqual([]);
  });

  it('a blank 人数 with 在岗月数 filled says the headcount the engine uses, not a target of 0', () => {
    // 组织科: 在岗月数 12、12、12、12、4 → 5 members, 4.5 by months (000 §三(四)1); task 6 × 4.5 = 27.
    const grid = unitsWith('人数', 2, '');
    const name = grid[2][0] as string;
    const a = assess({
      ledger: ledgerGrid([adoption({ 单位: name })]),
      tables: { 单位: grid },
      preset: '部机关',
    });
    const team = a.report.teams.find((t) => t.subject === name);
    expect([team?.members, team?.indicators.map((i) => i.target)]).toEqual([4.5, [27]]);
    expect(a.ruleNotes.map((n) => [n.table, n.row, n.column, n.message])).toEqual([
      [
        '单位',
        3,
        '人数',
        `「单位」表第3行「人数」为空或为0，“${name}”按「在岗月数」所填5人计（折合4.5人），科室整体任务“科室录用任务”的目标据此计算：如人数不同，请填写人数`,
      ],
    ]);
  });

  it('one 在岗月数 for a blank 人数 is one member: said as such (not a target of 0)', () => {
    const grid = unitsWith('人数', 2, '');
    grid[2][grid[0].indexOf('在岗月数')] = '6';
    const { notes } = readRules({ 单位: grid }, bujiguan());
    expect(notes.map((n) => n.message)).toEqual([
      `「单位」表第3行「人数」为空或为0，“${grid[2][0]}”按「在岗月数」所填1人计（折合0.5人），科室整体任务“科室录用任务”的目标据此计算：如人数不同，请填写人数`,
    ]);
  });

  it('人数 0 and nothing else is nobody: the target-0 notice stays', () => {
    const grid = unitsWith('人数', 2, 0);
    grid[2][grid[0].indexOf('在岗月数')] = '';
    const { notes } = readRules({ 单位: grid }, bujiguan());
    expect(notes.map((n) => n.message)).toEqual([
      `「单位」表第3行「人数」为空或为0，“${grid[2][0]}”的科室整体任务“科室录用任务”目标按0计：请填写人数，或在「人员」表列出其成员`,
    ]);
  });
});

describe('rule tables: targets in the seed’s own words', () => {
  it('目标 不少于50分, ≥50 and 50（分）, 窗口 月度, 度量 积分（分） and 年度 2024年 read as the clean table', () => {
    const rules = shangjie();
    const grid = rulesToGrids(rules).指标!;
    const col = (h: string) => grid[0].indexOf(h);
    const words = ['不少于', '≥', ''];
    const messy = grid.map((r, i) =>
      i === 0
        ? r
        : r.map((c, k) => {
            if (k === col('目标')) return i % 3 === 2 ? `${c}（分）` : `${words[i % 3]}${c}分`;
            if (k === col('窗口') && c === '每月') return '月度';
            if (k === col('度量') && c === '积分') return '积分（分）';
            return c;
          }),
    );
    expect(messy).not.toEqual(grid);
    const read = readRules(
      {
        指标: messy,
        设置: [
          ['项目', '值'],
          ['年度', '2024年'],
        ],
      },
      rules,
    );
    expect(read.errors).toEqual([]);
    expect(read.rules.indicators).toEqual(readRules({ 指标: grid }, rules).rules.indicators);
    expect(read.rules.settings.year).toBe(2024);
  });
});

describe('报送对象 written in full for an office quota', () => {
  // 县委组织部研究室 is ours only in a county: the 类别 preset's department is 区委组织部 (sweep S15b N2).
  it('组织部研究室 and 区委组织部研究室 count toward a quota to 研究室 as 研究室 does', () => {
    const unit = presetRules('类别').units[0].name;
    const rows = (to: string) =>
      ledgerGrid(
        [1, 2, 3].map((k) =>
          submission({
            单位: unit,
            标题: `t${k}`,
            报送对象: to,
            报送日期: `2024-03-0${k}`,
            审核状态: '终审',
          }),
        ),
      );
    const values = (to: string) =>
      assess({ ledger: rows(to), tables: {}, preset: '类别' }).report.units.find((u) => u.unit === unit)!
        .indicators;
    const plain = values('研究室');
    expect(values('宣传部')).not.toEqual(plain); // the quota counts what goes to 研究室 only
    expect(values('组织部研究室')).toEqual(plain);
    expect(values('区委组织部研究室')).toEqual(plain);
    expect(values('县委组织部研究室')).not.toEqual(plain);
    const issues = assess({ ledger: rows('组织部研究室'), tables: {}, preset: '类别' }).scored.rows.flatMap(
      (r) => r.issues,
    );
    expect(issues.filter((i) => i.includes('报送对象'))).toEqual([]);
  });
});

describe('不得评先评优 only where the rules bar (001 §六.5; seeds 000 and 004 set no such bar)', () => {
  const barred = (preset: '上街区' | '类别', settings: Grid | undefined = undefined) => {
    const unit = presetRules(preset).units[0].name;
    const ledger = ledgerGrid([adoption({ 单位: unit, 录用日期: '2024-03-05', 审核状态: '终审' })]);
    const a = assess({ ledger, tables: settings ? { 设置: settings } : {}, preset });
    return a.report.units.find((u) => u.unit === unit)!.barred;
  };

  it('上街区 bars a unit that missed its 报送 task; 类别 (004) does not; 设置 评先评优限制 decides', () => {
    expect(barred('上街区')).toBe(true);
    expect(barred('类别')).toBe(false);
    expect(
      barred('上街区', [
        ['项目', '值'],
        ['评先评优限制', '否'],
      ]),
    ).toBe(false);
    expect(
      barred('类别', [
        ['项目', '值'],
        ['评先评优限制', '是'],
      ]),
    ).toBe(true);
  });
});

describe('rule tables: a unit type typed another way on one row (audit s33 C-F2)', () => {
  /** The 上街区 单位 table with the 类型 of its last unit of `type` typed `typed`. */
  function lastTyped(type: string, typed: string): Grid {
    const grid = rulesToGrids(shangjie()).单位!.map((r) => [...r]);
    const col = grid[0].indexOf('类型');
    const last = grid.map((r) => r[col]).lastIndexOf(type);
    grid[last][col] = typed;
    return grid;
  }

  it.each([
    ['乡镇街道', '乡镇（街道）'],
    ['部机关科室', '部机关 科室'],
    ['部机关科室', '部机关\n科室'],
    ['其他党工委', '其他党工委　'],
  ])('%s typed “%s” on its last row: every unit keeps its type and its tasks', (type, typed) => {
    const ledger = ledgerGrid([
      submission({ 单位: '峡窝镇党委', 标题: '甲', 报送对象: '区委组织部', 报送日期: '2024-03-01' }),
      adoption({ 单位: '组织科', 标题: '乙', 媒体: '郑州日报' }),
    ]);
    const clean = readRules({ 单位: rulesToGrids(shangjie()).单位! }, shangjie());
    const typedOnce = readRules({ 单位: lastTyped(type, typed) }, shangjie());
    expect(typedOnce.errors).toEqual([]);
    expect(typedOnce.rules.units.map((u) => u.type)).toEqual(clean.rules.units.map((u) => u.type));
    const standing = (units: Grid) =>
      assess({ ledger, tables: { 单位: units }, preset: '上街区' }).report.units.map((u) => [
        u.unit,
        u.status,
        u.indicators.length,
      ]);
    expect(standing(lastTyped(type, typed))).toEqual(standing(rulesToGrids(shangjie()).单位!));
  });
});

describe('「单位」 listing one unit twice, with and without its party suffix (audit s33 C-F6)', () => {
  it('济源路街道 beside 济源路街道党工委 is said at the shorter row; the preset’s own names are not', () => {
    const grid = rulesToGrids(shangjie()).单位!.map((r) => [...r]);
    const col = grid[0].indexOf('单位');
    const row = grid.findIndex((r) => r[col] === '济源路街道党工委');
    expect(row).toBeGreaterThan(0);
    const copy = [...grid[row]];
    copy[col] = '济源路街道';
    grid.push(copy);
    const said = readRules({ 单位: grid }, shangjie()).notes.filter((n) =>
      n.message.includes('像是同一单位'),
    );
    expect(said.map((n) => [n.row, n.message])).toEqual([
      [
        grid.length,
        `「单位」表第${grid.length}行“济源路街道”与第${row + 1}行“济源路街道党工委”像是同一单位：台账只写其中一个时，另一个显示为零报送、未达标；如是同一单位，请删去“济源路街道”这一行（台账仍写“济源路街道”的，可把它写进“济源路街道党工委”的「别名」）`,
      ],
    ]);
    const clean = readRules({ 单位: rulesToGrids(shangjie()).单位! }, shangjie()).notes;
    expect(clean.filter((n) => n.message.includes('像是同一单位'))).toEqual([]);
  });
});

// Audit s38 R1, R3: a rule table's header below ten lines of text was refused as lacking its columns (the ledger
// looks through 20 lines); a number typed into a cell formatted as a date (30 shown as 1900-01-30) was refused as a
// fraction typed, quoting a day one off from what Excel shows.
describe('rule tables: a deep title block, a number shown as a date', () => {
  it('finds the header below up to 19 lines of text', () => {
    const points = rulesToGrids(shangjie()).计分!;
    const titled: Grid = [...Array.from({ length: 12 }, (_, i) => [`说明第${i + 1}条`]), ...points];
    const { rules, errors } = readRules({ 计分: titled }, shangjie());
    expect(errors).toEqual([]);
    expect(rules.points).toEqual(readRules({ 计分: points }, shangjie()).rules.points);
  });

  it('names a number in a date-formatted cell as the number it holds', () => {
    const points = rulesToGrids(shangjie()).计分!.map((r) => [...r]);
    const col = points[0].indexOf('分值');
    points[1][col] = new Date(1900, 0, 29) as unknown as string; // 30 in a date-formatted cell, as exceljs reads it
    const { errors } = readRules({ 计分: points }, shangjie());
    expect(errors.map((e) => e.message)).toEqual([
      '「计分」表第2行「分值」应为数字，现为设成日期格式的数字30（显示为日期）：请把单元格格式改为“常规”或“数值”，再填写数字',
    ]);
  });
});

// Audit s38 R: a 媒体 table kept without its 标签 column (名称 and 级别 only) lost the radio and TV tags, so the
// example's radio pieces were tripled by their 时长 again (2584.6 → 2858.6) with nothing said.
describe('rule tables: 媒体 without its 标签 column', () => {
  const media = rulesToGrids(shangjie()).媒体!;
  const tagCol = media[0].indexOf('标签');
  const untagged: Grid = media.map((r) => r.filter((_, c) => c !== tagCol));

  it('tells radio and TV outlets by their names, and says so', () => {
    const { rules, notes } = readRules({ 媒体: untagged }, shangjie());
    const tags = (name: string) => rules.outlets.find((o) => o.name === name)?.tags;
    expect([tags('郑州人民广播电台'), tags('郑州电视台'), tags('郑州日报')]).toEqual([
      ['广播'],
      ['电视'],
      [],
    ]);
    expect(notes.map((n) => n.message).find((m) => m.startsWith('「媒体」表没有「标签」列'))).toMatch(
      /电视、广播媒体按名称判断（.*按广播|按电视/,
    );
  });

  it('scores a radio piece with a 时长 as with the tags', () => {
    const ledger = ledgerGrid([
      adoption({ 标题: '广播稿', 媒体: '郑州人民广播电台', 字数: 800, '时长(分钟)': 3 }),
      adoption({ 标题: '电视稿', 媒体: '郑州电视台', 字数: '', '时长(分钟)': 3 }),
    ]);
    const points = (tables: Record<string, Grid>) =>
      assess({ ledger, tables, preset: '上街区' }).scored.rows.map((r) => r.points);
    expect(points({ 媒体: untagged })).toEqual(points({ 媒体: media }));
  });
});

// Audit s38 R4: a 计分 采用方式 spaced out for alignment (录 用) gave two errors, quoting 录 and 用.
describe('rule tables: a mode word spaced out', () => {
  it('reads 录 用 and 综　合 as the word', () => {
    const points = rulesToGrids(shangjie()).计分!.map((r) => [...r]);
    const col = points[0].indexOf('采用方式');
    const clean = readRules({ 计分: points }, shangjie()).rules.points;
    const spaced = points.map((r, i) =>
      i === 0
        ? r
        : r.map((c, k) => (k === col && typeof c === 'string' ? [...c].join(i % 2 ? ' ' : '　') : c)),
    );
    const { rules, errors } = readRules({ 计分: spaced }, shangjie());
    expect(errors).toEqual([]);
    expect(rules.points).toEqual(clean);
  });
});
