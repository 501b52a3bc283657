// A name written twice on one row is one author (audit S21a F1): 王芳、王芳 scored as 王芳 alone, 王芳、王芳、李四
// as 王芳、李四, however the repeat came (作者 itself, a 第二作者 column repeating it, spaces or the 人员 table's
// reading), and the row says so in 校验 without being held. A name on several rows is untouched.
import { describe, expect, it } from 'vitest';
import { distinctAuthors } from '../../src/core/authorRepeats';
import { parseDay } from '../../src/core/dates';
import { type Assessment, assess, rowTaskCredits } from '../../src/core/index';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { ledgerSource } from '../../src/core/ledgerTable';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

const PEOPLE: Grid = [
  ['姓名', '单位'],
  ['王芳', '组织科'],
  ['李四', '组织科'],
  ['赵六', '组织科'],
];

function run(ledger: Grid, people?: Grid): Assessment {
  return assess(
    { ledger, tables: people ? { 人员: people } : undefined, preset: '部机关' },
    { asOf: parseDay('2024-12-31') as number },
  );
}

/** 南通日报 is 市级 in the 部机关 preset: 录用 5 points. */
const piece = (title: string, authors: string) =>
  adoption({ 标题: title, 作者: authors, 单位: '组织科', 媒体: '南通日报', 录用日期: '2024-03-05' });

/** What a row gives its people and what 校验 says: [authors, credit, 计任务, person points, issues]. */
function rows(a: Assessment) {
  const src = ledgerSource(a.parsed);
  const tasks = rowTaskCredits(a.scored);
  return a.scored.rows.map((r, k) => [
    src.at(k).authors,
    r.credit,
    tasks[k].taskCredit,
    r.personPoints,
    r.issues,
  ]);
}

/** Each person's [name, credit, points, every 指标 value]. */
function people(a: Assessment) {
  return a.report.people
    .filter((p) => p.credit > 0 || p.points > 0)
    .map((p) => [p.person, p.credit, p.points, (p.indicators ?? []).map((i) => [i.name, i.value])]);
}

/** The twin's figures with the note added to the rows that repeated a name. */
function withNotes(a: Assessment, notes: Record<number, string>) {
  return rows(a).map((r, k) => (notes[k] ? [...r.slice(0, 4), [notes[k]]] : r));
}

describe('distinctAuthors', () => {
  it.each([
    [['王芳', '王芳'], ['王芳'], '作者“王芳”填了两次，按一人计'],
    [['王芳', '王芳', '李四'], ['王芳', '李四'], '作者“王芳”填了两次，按一人计'],
    // The first place is kept: 李四 stays second, within the two counted.
    [['王芳', '李四', '王芳', '赵六'], ['王芳', '李四', '赵六'], '作者“王芳”填了两次，按一人计'],
    [['王芳', '王芳', '王芳'], ['王芳'], '作者“王芳”填了3次，按一人计'],
    [['王芳', '李四', '李四', '王芳'], ['王芳', '李四'], '作者“王芳”填了两次、“李四”填了两次，各按一人计'],
  ])('%j → %j', (list, names, issue) => {
    expect(distinctAuthors(list)).toEqual({ names, issue });
  });

  it('a list without a repeat is none of its business', () => {
    expect([distinctAuthors([]), distinctAuthors(['王芳']), distinctAuthors(['王芳', '李四'])]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('a name repeated in 作者 scores as the clean row', () => {
  const clean = [piece('甲', '王芳'), piece('乙', '王芳、李四'), piece('丙', '赵六')];

  it.each([
    ['、', ['王芳、王芳', '王芳、王芳、李四']],
    ['spaces and notes read first', ['王芳、王 芳', '王芳（通讯员）、王芳，李四']],
    ['a later name repeats', ['王芳、王芳', '王芳、李四、王芳']],
  ])('%s: %j', (_, typed) => {
    const twin = run(ledgerGrid(clean), PEOPLE);
    const a = run(ledgerGrid([piece('甲', typed[0]), piece('乙', typed[1]), piece('丙', '赵六')]), PEOPLE);
    const note = '作者“王芳”填了两次，按一人计';
    expect(rows(a)).toEqual(withNotes(twin, { 0: note, 1: note }));
    expect(people(a)).toEqual(people(twin));
    // 组织科's 科室整体 task (部机关) counts its members' credit as the twin's.
    expect(a.indicators.teams).toEqual(twin.indicators.teams);
  });

  it('without a 人员 table too (上街区)', () => {
    const grid = (a: string, b: string) =>
      ledgerGrid([
        adoption({ 标题: '甲', 作者: a, 单位: '峡窝镇党委', 媒体: '郑州日报', 录用日期: '2024-03-05' }),
        adoption({ 标题: '乙', 作者: b, 单位: '峡窝镇党委', 媒体: '郑州日报', 录用日期: '2024-03-06' }),
      ]);
    const at = parseDay('2024-12-31') as number;
    const twin = assess({ ledger: grid('王芳', '王芳、李四') }, { asOf: at });
    const a = assess({ ledger: grid('王芳、王芳', '王芳、王芳、李四') }, { asOf: at });
    const note = '作者“王芳”填了两次，按一人计';
    expect(rows(a)).toEqual(withNotes(twin, { 0: note, 1: note }));
    expect(people(a)).toEqual(people(twin));
    expect(people(a)).toEqual([
      ['王芳', 1.5, 7.5, []],
      ['李四', 0.5, 2.5, []],
    ]);
  });

  it('a 第二作者 column repeating 作者 is the same author', () => {
    const headers = [...LEDGER_HEADERS, '第二作者'];
    const twin = run(
      ledgerGrid([piece('甲', '王芳'), { ...piece('乙', '王芳'), 第二作者: '李四' }], headers),
      PEOPLE,
    );
    const a = run(
      ledgerGrid(
        [
          { ...piece('甲', '王芳'), 第二作者: '王芳' },
          { ...piece('乙', '王芳、李四'), 第二作者: '李四' },
        ],
        headers,
      ),
      PEOPLE,
    );
    expect(rows(a)).toEqual(
      withNotes(twin, { 0: '作者“王芳”填了两次，按一人计', 1: '作者“李四”填了两次，按一人计' }),
    );
    expect(people(a)).toEqual(people(twin));
  });

  it('a repeat the 人员 table reading makes (王芳、王芳李四) is dropped after it, and said', () => {
    const twin = run(ledgerGrid([piece('乙', '王芳、李四')]), PEOPLE);
    const a = run(ledgerGrid([piece('乙', '王芳、王芳李四')]), PEOPLE);
    expect(rows(a)).toEqual(withNotes(twin, { 0: '作者“王芳”填了两次，按一人计' }));
    expect(people(a)).toEqual(people(twin));
    expect((a.parsed.notices ?? []).map((n) => n.code)).toContain('authors-by-people');
  });

  it('spaced single characters read two by two (王 芳 王 芳): one author, and the guess still told', () => {
    const grid = (authors: string) =>
      ledgerGrid([
        adoption({ 标题: '甲', 作者: authors, 单位: '峡窝镇党委', 媒体: '郑州日报', 录用日期: '2024-03-05' }),
      ]);
    const at = parseDay('2024-12-31') as number;
    const twin = assess({ ledger: grid('王芳') }, { asOf: at });
    const a = assess({ ledger: grid('王 芳 王 芳') }, { asOf: at });
    expect(rows(a)).toEqual(withNotes(twin, { 0: '作者“王芳”填了两次，按一人计' }));
    expect((a.parsed.notices ?? []).map((n) => n.code)).toEqual(['authors-padded']);
  });

  it('a name on several rows is several pieces: untouched, nothing said', () => {
    const a = run(ledgerGrid([piece('甲', '王芳'), piece('乙', '王芳'), piece('丙', '王芳、李四')]), PEOPLE);
    expect(rows(a)).toEqual([
      [['王芳'], [1], 1, [5], []],
      [['王芳'], [1], 1, [5], []],
      [['王芳', '李四'], [0.5, 0.5], 0.5, [2.5, 2.5], []],
    ]);
    expect(people(a).map((p) => p.slice(0, 3))).toEqual([
      ['王芳', 2.5, 12.5],
      ['李四', 0.5, 2.5],
    ]);
  });
});
