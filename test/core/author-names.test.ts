// 作者 typed with alignment spaces (王　芳 李　四, 欧阳 娜娜) and authors the 人员 table does not list: who is a
// person, who is a team's member, and the notices that say how a cell was read (sweep S14 F3, F4).
import { describe, expect, it } from 'vitest';
import { matchAuthorNames } from '../../src/core/authorNames';
import { parseDay } from '../../src/core/dates';
import { type Assessment, assess } from '../../src/core/index';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { paddedAuthors, splitAuthors } from '../../src/core/text';
import type { Grid, Notice } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function run(rows: RowSpec[], people?: Grid, asOf = '2024-12-31'): Assessment {
  const day = parseDay(asOf) as number;
  return assess(
    { ledger: ledgerGrid(rows), tables: people ? { 人员: people } : undefined, preset: '部机关' },
    { asOf: day },
  );
}

/** Each person's [name, credit, points]: who the ledger's authors were read as. */
function persons(a: Assessment): [string, number, number][] {
  return a.report.people.filter((p) => p.credit > 0).map((p) => [p.person, p.credit, p.points]);
}

function notices(a: Assessment, code: string): Notice[] {
  return (a.parsed.notices ?? []).filter((n) => n.code === code);
}

/** 南通日报 is 市级 in the 部机关 preset (5 points, counts toward 科室录用任务). */
const piece = (title: string, authors: string, unit = '组织科') =>
  adoption({ 标题: title, 作者: authors, 单位: unit, 媒体: '南通日报', 录用日期: '2024-03-05' });

describe('splitAuthors: spaced single characters', () => {
  it.each([
    ['王　芳 李　四', ['王芳', '李四'], 'paired'],
    ['王 芳 李 四', ['王芳', '李四'], 'paired'],
    ['王 芳 李 四 赵 六', ['王芳', '李四', '赵六'], 'paired'],
    ['王 芳 李四', ['王芳', '李四'], undefined],
    ['张伟 王 芳', ['张伟', '王芳'], undefined],
    ['张 三 丰', ['张三丰'], undefined],
    // Five: two names of 2 and 3, in an order no one can tell: one name, said in a notice.
    ['王 芳 李 小 四', ['王芳李小四'], 'joined'],
    ['王芳、李四', ['王芳', '李四'], undefined],
  ])('%j → %j (%s)', (text, names, padding) => {
    expect([splitAuthors(text), paddedAuthors(splitAuthors(text))]).toEqual([names, padding]);
  });
});

describe('without a 人员 table', () => {
  it('王　芳 李　四 is two people, 0.5 each, and a notice names the rows read two by two', () => {
    const a = run([piece('一', '王　芳 李　四'), piece('二', '王 芳 李 四'), piece('三', '王芳')]);
    expect(persons(a)).toEqual([
      ['王芳', 2, 10],
      ['李四', 1, 5],
    ]);
    expect(notices(a, 'authors-padded')).toEqual([
      {
        code: 'authors-padded',
        row: 2,
        column: 'B',
        message:
          '第2、3行作者是空格隔开的单字，已按每两字一人读取（如“王芳、李四”）；如不是两字的姓名，请去掉姓名内的空格，姓名之间用“、”分隔',
      },
    ]);
  });

  it('five spaced characters stay one name, with a notice that it could not be told', () => {
    const a = run([piece('一', '王 芳 李 小 四')]);
    expect(persons(a)).toEqual([['王芳李小四', 1, 5]]);
    expect(notices(a, 'authors-padded').map((n) => n.message)).toEqual([
      '第2行作者是空格隔开的5个以上单字，无法确定是几人，已按一人读取（如“王芳李小四”）；请去掉姓名内的空格，姓名之间用“、”分隔',
    ]);
  });
});

describe('with a 人员 table, authors are read as the names it lists', () => {
  const people: Grid = [
    ['姓名', '单位', '在岗月数'],
    ['王芳', '组织科', 12],
    ['李四', '组织科', 12],
    ['欧阳娜娜', '干部科', 12],
  ];

  it('a compound surname typed with a space is the one listed person; glued names are the listed two', () => {
    const a = run(
      [
        piece('一', '欧阳 娜娜', '干部科'),
        piece('二', '王芳李四'),
        piece('三', '王 芳李 四'),
        piece('四', '欧阳 娜娜', '干部科'),
        piece('五', '王　芳 李　四'),
      ],
      people,
    );
    expect(persons(a)).toEqual([
      ['欧阳娜娜', 2, 10],
      ['李四', 1.5, 7.5],
      ['王芳', 1.5, 7.5],
    ]);
    // Spacing the table confirms (王　芳 李　四: both listed) is no guess: only the reading it changed is said.
    expect(notices(a, 'authors-padded')).toEqual([]);
    expect(notices(a, 'authors-by-people')).toEqual([
      {
        code: 'authors-by-people',
        row: 3,
        column: 'B',
        message:
          '第3、4行作者按「人员」表中的姓名读取：“王芳李四”读作“王芳、李四”，“王 芳李 四”读作“王芳、李四”',
      },
    ]);
    // Rows share one list per cell text: it is replaced, never changed in place. A compound surname typed apart
    // is one name already (audit s38 O2), no guess for 人员 to confirm.
    expect(splitAuthors('王芳李四')).toEqual(['王芳李四']);
    expect(splitAuthors('欧阳 娜娜')).toEqual(['欧阳娜娜']);
  });

  it('a run that splits into listed names two ways, or not at all, stays as typed', () => {
    const ambiguous: Grid = [
      ['姓名', '单位', '在岗月数'],
      ['王芳', '组织科', 12],
      ['李四', '组织科', 12],
      ['王', '组织科', 12],
      ['芳李四', '组织科', 12],
    ];
    const a = run([piece('一', '王芳李四'), piece('二', '周 八 吴 九')], ambiguous);
    expect(persons(a).map(([name]) => name)).toEqual(['王芳李四', '吴九', '周八']);
    expect(notices(a, 'authors-by-people')).toEqual([]);
  });

  it('a 人员 row is one person: 欧 阳 娜 娜 spaced out is 欧阳娜娜, not two names read two by two', () => {
    const a = run(
      [piece('一', '欧 阳 娜 娜', '干部科')],
      [
        ['姓名', '单位', '在岗月数'],
        ['欧 阳 娜 娜', '干部科', 12],
      ],
    );
    expect([a.ruleErrors, a.rules.people?.map((p) => p.name), persons(a)]).toEqual([
      [],
      ['欧阳娜娜'],
      [['欧阳娜娜', 1, 5]],
    ]);
  });

  it('reads a ledger whose rows were made (and may be changed) as objects the same way', () => {
    const parsed = parseLedger(ledgerGrid([piece('一', '王芳欧阳娜娜', '干部科'), piece('二', '王芳')]));
    const rows = parsed.rows; // made: the rows are read from now on, not the parser's columns
    const shared = rows[0].authors;
    matchAuthorNames(parsed, { ...presetRules('部机关'), people: listed });
    expect(parsed.rows.map((r) => r.authors)).toEqual([['王芳', '欧阳娜娜'], ['王芳']]);
    expect(shared).toEqual(['王芳欧阳娜娜']);
  });
});

const listed = [
  { name: '王芳', unit: '组织科', monthsInPost: 12 },
  { name: '欧阳娜娜', unit: '干部科', monthsInPost: 12 },
];

describe('with a 人员 table, an author it does not list is no member of the team it staffs (RULES §4)', () => {
  // 组织科 lists 甲 only: one member, 科室录用任务 6 × 1 = 6. 甲 has 5 pieces; 周八 (not listed) 2 of 组织科.
  const people: Grid = [
    ['姓名', '单位', '在岗月数'],
    ['甲', '组织科', 12],
  ];
  const rows = [
    ...[1, 2, 3, 4, 5].map((k) => piece(`甲${k}`, '甲')),
    piece('周1', '周八'),
    piece('周2', '甲、周八'),
  ];

  it('his credit counts toward no team and he gets no team bonus; his own line stays', () => {
    const a = run(rows, people);
    const team = a.report.teams.find((t) => t.subject === '组织科')!;
    // 5 + 0.5 of the shared piece: 周八's 1.5 is not the team's.
    expect([team.members, team.indicators[0].target, team.indicators[0].value, team.compliant]).toEqual([
      1,
      6,
      6,
      true,
    ]);
    const zhou = a.indicators.people.find((p) => p.subject === '周八')!;
    const jia = a.indicators.people.find((p) => p.subject === '甲')!;
    expect([zhou.teamBonus, jia.teamBonus]).toEqual([0, 200]);
    expect(persons(a)).toEqual([
      ['甲', 5.5, 27.5],
      ['周八', 1.5, 7.5],
    ]);
  });

  it('without the shared piece the team misses: 5 of 6, though 周八 wrote two more', () => {
    const a = run(rows.slice(0, 6), people);
    const team = a.report.teams.find((t) => t.subject === '组织科')!;
    expect([team.indicators[0].value, team.compliant, team.bonusPerMember]).toEqual([5, false, 0]);
  });

  it('a notice names him and his rows, once', () => {
    const a = run(rows, people);
    expect(notices(a, 'author-not-in-people')).toEqual([
      {
        code: 'author-not-in-people',
        row: 7,
        column: 'B',
        message:
          '作者“周八”（第7、8行）不在「人员」表中：未计入科室整体任务和科室奖金；如是该科室人员请补入「人员」表，并列全该科室所有人员（科室在「人员」表列了人员后，只按所列人员计）',
      },
    ]);
  });

  it('a 负责人 the 单位 table names but 人员 omits: the notice says the reward still follows the team', () => {
    const units: Grid = [
      ['单位', '类型', '人数', '在岗月数', '办公室', '负责人', '一票否决'],
      ['组织科', '部机关科室', 1, '', '', '周八', ''],
    ];
    const a = assess(
      { ledger: ledgerGrid(rows), tables: { 人员: people, 单位: units }, preset: '部机关' },
      { asOf: parseDay('2024-12-31') as number },
    );
    // Paid as the team's chief (000 §三(四)4), so no "未计入…科室奖金".
    expect(a.indicators.people.find((p) => p.subject === '周八')?.teamBonus).toBe(200);
    expect(notices(a, 'author-not-in-people').map((n) => n.message)).toEqual([
      '“周八”是「单位」表中组织科的负责人，但不在「人员」表中（第7、8行）：其稿件未计入组织科整体任务，组织科人数未含本人，奖励仍随组织科整体任务；请补入「人员」表',
    ]);
  });

  it('a 科室 the 人员 table lists no one in keeps the 单位 table’s headcount and its rows’ authors', () => {
    const a = run([piece('干1', '周八', '干部科')], people);
    const team = a.report.teams.find((t) => t.subject === '干部科')!;
    expect(team.indicators[0].value).toBe(1);
    expect(notices(a, 'author-not-in-people')).toEqual([]);
  });
});

describe('单位 负责人 read as a name, as 作者 is (sweep s25d F4)', () => {
  const people: Grid = [
    ['姓名', '单位', '在岗月数'],
    ['钱科长', '组织科', 12],
    ['郑明', '组织科', 12],
  ];
  const rows = [piece('钱1', '钱科长'), piece('郑1', '郑明')];
  const withChief = (chief: string): Assessment =>
    assess(
      {
        ledger: ledgerGrid(rows),
        tables: {
          人员: people,
          单位: [
            ['单位', '类型', '人数', '在岗月数', '办公室', '负责人', '一票否决'],
            ['办公室', '部机关科室', 1, '', '是', '', ''],
            ['组织科', '部机关科室', 2, '', '', chief, ''],
          ],
        },
        preset: '部机关',
      },
      { asOf: parseDay('2024-12-31') as number },
    );
  const ruleNotes = (a: Assessment) => a.ruleNotes.filter((n) => n.column === '负责人');

  it('a 负责人 typed with a space or a role is the listed person: his reward follows the team, no notice', () => {
    for (const typed of ['钱 科长', '钱科长（主持工作）', ' 钱科长 ']) {
      const a = withChief(typed);
      const chief = a.indicators.people.find((p) => p.subject === '钱科长');
      expect(chief?.leads?.unit).toBe('组织科');
      expect(ruleNotes(a)).toEqual([]);
    }
  });

  it('a 负责人 who is nobody in 人员 or the ledger is named at his cell, with the near name', () => {
    const a = withChief('钱处长');
    expect(a.indicators.people.find((p) => p.subject === '钱科长')?.leads).toBeUndefined();
    expect(ruleNotes(a)).toEqual([
      {
        table: '单位',
        row: 3,
        column: '负责人',
        message:
          '「单位」表第3行「负责人」“钱处长”不是「人员」表或台账中的作者（是否应为“钱科长”？），未按科室负责人处理',
      },
    ]);
  });
});
