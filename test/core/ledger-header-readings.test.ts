// Headers and lines as Excel, WPS and scripts write them (sweep S17a): a unit in a header's brackets, a second
// author column, a 是否录用 column of Y/N, and the totals lines Chinese Excel writes (汇总, 分类汇总).
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { ledgerSource } from '../../src/core/ledgerTable';
import type { Cell, Grid, LedgerRow } from '../../src/core/types';

const DAY = new Date(2024, 2, 5);

/** The rows parseLedger reads from `header` over `rows`, and its notices. */
function read(header: string[], rows: Cell[][]) {
  const parsed = parseLedger([header, ...rows] as Grid, { year: 2024 });
  const source = ledgerSource(parsed);
  const out: Pick<
    LedgerRow,
    'title' | 'unit' | 'authors' | 'authorsEtc' | 'chars' | 'minutes' | 'mode' | 'issues'
  >[] = [];
  for (let i = 0; i < source.length; i++) {
    // at() hands one view, moved from row to row: keep the fields.
    const { title, unit, authors, authorsEtc, chars, minutes, mode, issues } = source.at(i);
    out.push({ title, unit, authors, authorsEtc, chars, minutes, mode, issues });
  }
  return { rows: out, notices: parsed.notices ?? [] };
}

describe('a unit named in the header brackets (F2)', () => {
  const header = (chars: string, minutes: string) => ['标题', '单位', '媒体', '录用日期', chars, minutes];

  it('reads plain numbers in the header unit and keeps a cell that names its own', () => {
    const { rows, notices } = read(header('字数（千字）', '时长（秒）'), [
      ['甲', '办公室', '人民日报', DAY, 1.257, 42],
      ['乙', '办公室', '人民日报', DAY, '1200字', '90秒'],
      ['丙', '办公室', '人民日报', DAY, '0.8', 120],
    ]);
    expect(rows.map((r) => [r.chars, r.minutes])).toEqual([
      [1257, 0.7],
      [1200, 1.5],
      [800, 2],
    ]);
    expect(notices.map((n) => [n.code, n.column, n.message])).toEqual([
      [
        'header-unit',
        'E',
        '「字数（千字）」列的数按千字换算为字数（写明单位的单元格，如 1200字，按其自身单位）',
      ],
      ['header-unit', 'F', '「时长（秒）」列的数按秒换算为分钟（写明单位的单元格，如 90秒，按其自身单位）'],
    ]);
  });

  it('reads 万字 and 小时; 字 and 分钟 change nothing and are not said', () => {
    expect(
      read(header('字数(万字)', '时长【小时】'), [['甲', '办公室', '', DAY, 0.12, 0.5]]).rows[0],
    ).toMatchObject({
      chars: 1200,
      minutes: 30,
    });
    const plain = read(header('字数（字）', '时长（分钟）'), [['甲', '办公室', '', DAY, 1200, 3]]);
    expect([plain.rows[0].chars, plain.rows[0].minutes, plain.notices]).toEqual([1200, 3, []]);
  });

  it('a bracket naming no known unit is a notice naming the column, the numbers read as 字', () => {
    const { rows, notices } = read(header('字数（页）', '时长'), [['甲', '办公室', '', DAY, 3, '']]);
    expect(rows[0].chars).toBe(3);
    expect(notices.map((n) => [n.code, n.row, n.column])).toEqual([['header-unit-unknown', 1, 'E']]);
    expect(notices[0].message).toContain('表头第1行E列「字数（页）」括号中的“页”不是可识别的单位');
  });
});

describe('a second author column (F3)', () => {
  const row = (a: Cell, b: Cell, c: Cell = '') => ['甲', '办公室', DAY, a, b, c];

  it.each([
    ['作者', '第二作者'],
    ['第一作者', '第二作者'],
    ['作者', '合作者'],
    ['作者', '其他作者'],
    ['作者1', '作者2'],
  ])('%s | %s is one author list, in column order', (first, second) => {
    const { rows, notices } = read(
      ['标题', '单位', '报送日期', first, second],
      [row('潘平', '蒋桂然'), row('', '刘洋'), row('姚萍', '')],
    );
    expect(rows.map((r) => r.authors)).toEqual([['潘平', '蒋桂然'], ['刘洋'], ['姚萍']]);
    expect(notices).toEqual([]);
  });

  it('each cell is read as 作者 is: lists, 等, a third column', () => {
    const { rows } = read(
      ['标题', '单位', '报送日期', '作者', '第二作者', '第三作者'],
      [row('张伟、王芳', '李四等', '赵六')],
    );
    expect(rows[0].authors).toEqual(['张伟', '王芳', '李四', '赵六']);
    expect(rows[0].authorsEtc).toBe(true);
  });

  it('a second column of another field is named, never silently passed over', () => {
    const { notices } = read(
      ['标题', '单位', '录用日期', '媒体', '其他采用媒体'],
      [['甲', '办公室', DAY, '人民日报', '河南日报']],
    );
    expect(notices.map((n) => [n.code, n.column, n.message])).toEqual([
      [
        'header-near-miss',
        'E',
        '表头第1行E列「其他采用媒体」含有「采用媒体」，但「媒体」取自D列「媒体」，本列不参与计算；如本列的内容也应计入，请并入D列',
      ],
    ]);
  });
});

describe('re-sweep S17c: 通讯作者, 单位：千字, another author column not read', () => {
  it('通讯作者 and 署名作者 are authors; 字数（单位：千字） and 时长（以秒计） read in their unit', () => {
    const { rows } = read(
      ['标题', '单位', '媒体', '录用日期', '作者', '通讯作者', '字数（单位：千字）', '时长（以秒计）'],
      [['甲', '办公室', '人民日报', DAY, '王芳', '李四', 1.5, 90]],
    );
    expect(rows.map((r) => [r.authors, r.chars, r.minutes])).toEqual([[['王芳', '李四'], 1500, 1.5]]);
    const signed = read(['标题', '单位', '作者', '署名作者'], [['甲', '办公室', '王芳', '李四']]);
    expect(signed.rows[0].authors).toEqual(['王芳', '李四']);
  });

  it('an author column under a name not read as one (责任作者) is named, never silently passed over', () => {
    const { notices } = read(['标题', '单位', '作者', '责任作者'], [['甲', '办公室', '王芳', '李四']]);
    expect(notices.filter((n) => n.code === 'header-near-miss').map((n) => n.column)).toEqual(['D']);
  });
});

describe('the office’s own columns beside the ledger’s', () => {
  it('a column naming a field for something else (作者电话, 单位负责人, 审核人, 备注2) gets no notice; 媒体2 does', () => {
    const { notices } = read(
      [
        '标题',
        '作者',
        '作者电话',
        '单位',
        '单位负责人',
        '录用日期',
        '媒体',
        '媒体2',
        '审核状态',
        '审核人',
        '备注',
        '备注2',
      ],
      [['甲', '王芳', '13800000000', '办公室', '张三', DAY, '人民日报', '', '终审', '李四', '', '']],
    );
    expect(notices.filter((n) => n.code === 'header-near-miss').map((n) => n.column)).toEqual(['H']);
  });
});

describe('a 是否录用 column (F12)', () => {
  it('takes Y/N like 是/否, and an unknown value names 是否录用', () => {
    const { rows } = read(
      ['标题', '单位', '媒体', '报送日期', '录用日期', '是否录用'],
      [
        ['甲', '办公室', '人民日报', DAY, DAY, 'Y'],
        ['乙', '办公室', '人民日报', DAY, DAY, 'n'],
        ['丙', '办公室', '人民日报', DAY, DAY, '是'],
        ['丁', '办公室', '人民日报', DAY, DAY, '待定'],
      ],
    );
    expect(rows.map((r) => r.mode)).toEqual(['录用', '报送', '录用', '录用']);
    expect(rows[3].issues).toEqual(['是否录用“待定”无法识别（应为 是/否（或 录用/综合/报送））']);
  });

  it('a 采用方式 column keeps its own words', () => {
    const { rows } = read(
      ['标题', '单位', '媒体', '录用日期', '采用方式'],
      [['甲', '办公室', '人民日报', DAY, 'Y']],
    );
    expect(rows[0].issues).toEqual(['采用方式“Y”无法识别（应为 录用/综合/报送）']);
  });
});

describe('totals lines as Chinese Excel writes them (F5, F8, F11)', () => {
  const header = ['序号', '标题', '单位', '报送日期', '字数'];
  const piece = (n: number, unit: string): Cell[] => [n, `稿件${n}`, unit, DAY, 800];

  it.each<[string, Cell[]]>([
    ['a Table totals row: 汇总 as title, a count in 单位', ['', '汇总', 2, '', 1600]],
    ['a Table totals row, dated (it would score)', ['', '汇总', 2, DAY, 1600]],
    ['分类汇总: <单位> 汇总, no title', ['', '', '办公室 汇总', '', 1600]],
    ['分类汇总: <单位> 汇总, a count as title', ['', 2, '办公室 汇总', '', 1600]],
    ['分类汇总 by 标题: the label in the first column', ['办公室 汇总', '', '', '', 1600]],
    ['总计 in 单位 with a count as title', ['', '2', '总计', '', 1600]],
    ['合计 in 单位 with a count as title (F11)', ['', 539, '合计', '', '']],
  ])('%s is skipped with the totals notice', (_name, line) => {
    const { rows, notices } = read(header, [piece(1, '办公室'), piece(2, '办公室'), line]);
    expect(rows.map((r) => r.unit)).toEqual(['办公室', '办公室']);
    expect(notices.map((n) => [n.code, n.row])).toEqual([['totals-row', 4]]);
  });

  it('a titled piece whose title ends in 汇总 stays a piece, with or without its unit', () => {
    const { rows, notices } = read(header, [
      piece(1, '办公室'),
      [2, '上半年工作汇总', '', DAY, 800],
      [3, '工作汇总', '办公室', DAY, 800],
    ]);
    expect(rows.map((r) => [r.title, r.unit])).toEqual([
      ['稿件1', '办公室'],
      ['上半年工作汇总', ''],
      ['工作汇总', '办公室'],
    ]);
    expect(notices).toEqual([]);
  });
});

// Audit s33 A-F1: standard columns under headers offices use that were read as nothing, their rows scored as if
// the column were blank with no word (a 倒扣 paid +15, a relay share lost, 附件2 empty, every 报送 undated).
describe('more headers offices write for the standard columns (s33 A-F1)', () => {
  it.each([
    ['转报处室', 'relayOffice', '信息调研科'],
    ['转报科室', 'relayOffice', '信息调研科'],
    ['核定结果', 'verdict', '倒扣'],
    ['认定结果', 'verdict', '倒扣'],
  ])('「%s」 is read as its column', (header, field, value) => {
    const cell = field === 'verdict' ? '倒扣' : field === 'authors' ? '王芳' : '信息调研科';
    const parsed = parseLedger(
      [
        ['标题', '单位', '媒体', '录用日期', header],
        ['甲', '办公室', '人民日报', DAY, cell],
      ] as Grid,
      { year: 2024 },
    );
    expect((ledgerSource(parsed).at(0) as unknown as Record<string, unknown>)[field]).toEqual(value);
    expect(parsed.headerIssues).toEqual([]);
  });

  // Second reading s33: 审定 holds a reviewer's name or 已审定, 协助转报 a 是/否, 报送人 a clerk beside the writer
  // (撰稿人): read as nothing, as before.
  it.each([
    ['审定', '刘部长'],
    ['认定', '已审定'],
    ['协助转报', '否'],
    ['对口科室', '组织科'],
  ])('「%s」 holding %s is read as no column', (header, cell) => {
    const parsed = parseLedger(
      [
        ['标题', '单位', '媒体', '录用日期', header],
        ['甲', '办公室', '人民日报', DAY, cell],
      ] as Grid,
      { year: 2024 },
    );
    const row = ledgerSource(parsed).at(0);
    expect([row.verdict, row.relayOffice, row.issues]).toEqual(['', '', []]);
  });

  it('报送人 / 信息员 is the 作者 only of a ledger with no author column, and said', () => {
    const read = (header: string[], cells: Cell[]) => {
      const parsed = parseLedger([header, cells] as Grid, { year: 2024 });
      return [ledgerSource(parsed).at(0).authors, parsed.headerIssues];
    };
    expect(read(['标题', '单位', '报送人', '撰稿人'], ['甲', '办公室', '张秘书', '王芳'])).toEqual([
      ['王芳'],
      [],
    ]);
    expect(read(['标题', '单位', '信息员'], ['甲', '办公室', '王芳'])).toEqual([
      ['王芳'],
      ['C列「信息员」读作「作者」列（台账没有作者列）；如信息员不是作者，请另加「作者」列'],
    ]);
  });

  it('a bare 日期 holding no dates, or beside 媒体 with no 录用日期 (it may be the day published), is not 报送日期', () => {
    const issues = (header: string[], cells: Cell[]) =>
      parseLedger([header, cells] as Grid, { year: 2024 }).headerIssues;
    expect(issues(['标题', '单位', '日期'], ['甲', '办公室', '区委组织部'])).toEqual([]);
    expect(issues(['标题', '单位', '媒体', '日期'], ['甲', '办公室', '人民日报', DAY])).toEqual([]);
    expect(
      issues(['标题', '单位', '媒体', '录用日期', '日期'], ['甲', '办公室', '人民日报', DAY, DAY]),
    ).toEqual(['E列「日期」读作「报送日期」列；如不是报送日期，请改表头']);
  });

  it('a bare 日期 header with no 报送日期 column is the 报送日期, and said', () => {
    const parsed = parseLedger(
      [
        ['标题', '单位', '报送对象', '日期'],
        ['甲', '办公室', '市委组织部', DAY],
      ] as Grid,
      { year: 2024 },
    );
    expect(ledgerSource(parsed).at(0).submittedOn).not.toBeNull();
    expect(ledgerSource(parsed).at(0).issues).toEqual([]);
    expect(parsed.headerIssues).toEqual(['D列「日期」读作「报送日期」列；如不是报送日期，请改表头']);
  });

  it('无效 in 链接是否有效 or 扣分 in 考核扣分 is no 核定: nothing said', () => {
    const { notices } = read(
      ['标题', '单位', '媒体', '录用日期', '链接是否有效', '考核扣分'],
      [['甲', '办公室', '人民日报', DAY, '无效', '扣分']],
    );
    expect(notices.filter((n) => n.code === 'verdict-unread')).toEqual([]);
  });

  it('倒扣 or 不计分 in a column not read as 核定 (审核意见, 是否计分) is said, naming its rows', () => {
    const { notices } = read(
      ['标题', '单位', '媒体', '录用日期', '审核意见'],
      [
        ['甲', '办公室', '人民日报', DAY, '倒扣'],
        ['乙', '办公室', '人民日报', DAY, '同意'],
        ['丙', '办公室', '人民日报', DAY, '不计分（重复）'],
      ],
    );
    expect(notices.filter((n) => n.code === 'verdict-unread').map((n) => n.message)).toEqual([
      'E列「审核意见」第2、4行写有“倒扣”，但台账没有「核定」列，这些行照常计分；如这是核定结果，请把表头改为「核定」，或在「核定」列填“不计分”',
    ]);
  });

  it('核定 reads a reviewer’s marks: 合格, 同意, √ stand; 无效, 不合格 are 不计分; another word holds the row', () => {
    const marks = ['合格', '同意', '√', '是', '无效', '不合格', '待定'];
    const { rows } = read(
      ['标题', '单位', '媒体', '录用日期', '核定'],
      marks.map((m, i) => [`稿${i}`, '办公室', '人民日报', DAY, m]),
    );
    expect(rows.map((r) => r.issues)).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
      ['核定“待定”无法识别（应为空、不计分或倒扣），本行暂不计分'],
    ]);
    const parsed = parseLedger(
      [
        ['标题', '单位', '媒体', '录用日期', '核定'],
        ...marks.map((m, i) => [`稿${i}`, '办公室', '人民日报', DAY, m]),
      ] as Grid,
      { year: 2024 },
    );
    expect(marks.map((_, i) => ledgerSource(parsed).at(i).verdict)).toEqual([
      '',
      '',
      '',
      '',
      '不计分',
      '不计分',
      '', // held by its issue above,
    ]);
  });
});

// Audit s38 O1: a 填报 line laid out label | value across cells, holding a date or a phone number, was taken for a
// piece's line (five cells, one a date): the search for the header stopped there and the ledger was refused as
// having no 标题 / 单位 header, which stood intact two lines below.
describe('a title block’s 填报 line with its values in cells of their own', () => {
  it.each([
    ['a date', ['填报单位：', '区委组织部', '填报人：', '张三', '填报日期：', DAY]],
    ['a phone number', ['填报单位：', '区委组织部', '填报人：', '张三', '联系电话：', 13800000000]],
    ['five cells', ['填报单位：', '区委组织部', '填报人：', '张三', DAY]],
  ])('over the header, %s: the rows below are read', (_what, line) => {
    const parsed = parseLedger(
      [
        ['2024年组工信息宣传稿件台账'],
        line,
        ['标题', '单位', '媒体', '录用日期'],
        ['峡窝镇推进网格党建', '峡窝镇党委', '郑州日报', DAY],
      ] as Grid,
      { year: 2024 },
    );
    expect(parsed.headerIssues).toEqual([]);
    expect(ledgerSource(parsed).at(0).title).toBe('峡窝镇推进网格党建');
  });
});
