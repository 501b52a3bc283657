// Re-sweep S19o N1–N8: co-author columns under the office's words, units after a header's name, subtotal
// lines with words before them and Excel's 分类汇总 labels, formulas without results in messages, and the
// year a date's advice writes its examples in.
import { describe, expect, it } from 'vitest';
import { ledgerReads, parseLedger } from '../../src/core/ledger';
import { ledgerSource } from '../../src/core/ledgerTable';
import { presetRules } from '../../src/core/rules/presets';
import { readRules } from '../../src/core/rules/read';
import { UNCALCULATED } from '../../src/core/text';
import type { Cell, Grid } from '../../src/core/types';

const DAY = new Date(2024, 2, 5);

function read(header: string[], rows: Cell[][]) {
  const parsed = parseLedger([header, ...rows] as Grid, { year: 2024 });
  const source = ledgerSource(parsed);
  const out: {
    title: string;
    unit: string;
    authors: string[];
    chars: number | null;
    minutes: number | null;
    issues: string[];
  }[] = [];
  for (let i = 0; i < source.length; i++) {
    const { title, unit, authors, chars, minutes, issues } = source.at(i);
    out.push({ title, unit, authors: [...authors], chars, minutes, issues: [...issues] });
  }
  return { rows: out, notices: parsed.notices ?? [], passedOver: parsed.passedOver };
}

describe('N1: a co-author column under the office’s words joins the author list', () => {
  it.each([
    '第二署名',
    '联合署名',
    '其他署名',
    '合著者',
    '合作者',
    '协作者',
    '参与人员',
    '参与人',
    '其他作者',
    '作者（二）',
    '作者(2)',
    '撰稿人2',
  ])('作者 | %s', (second) => {
    const { rows, notices } = read(
      ['标题', '单位', '报送日期', '作者', second],
      [['甲', '办公室', DAY, '潘平', '蒋桂然']],
    );
    expect([rows[0].authors, notices]).toEqual([['潘平', '蒋桂然'], []]);
  });

  it.each(['著者', '署名', '撰稿'])(
    'a people column not read (%s) is named, never dropped silently',
    (other) => {
      const { rows, notices } = read(
        ['标题', '单位', '报送日期', '作者', other],
        [['甲', '办公室', DAY, '潘平', '蒋桂然']],
      );
      expect(rows[0].authors).toEqual(['潘平']);
      expect(notices.map((n) => [n.code, n.column, n.message])).toEqual([
        [
          'header-near-miss',
          'E',
          `表头第1行E列「${other}」像是作者列，但未被识别为作者列，本列的人名不参与计算；如果是第一作者，请把表头改为「作者」，如果是第二作者，请改为「第二作者」`,
        ],
      ]);
    },
  );

  it('a second author column holding a formula without its result says so, as 作者 does', () => {
    const { rows } = read(
      ['标题', '单位', '报送日期', '作者', '第二署名'],
      [['甲', '办公室', DAY, '潘平', UNCALCULATED]],
    );
    expect(rows[0].issues).toEqual([
      '作者是公式，但文件中没有保存它的计算结果：请在 Excel/WPS 中打开、重新计算（F9）并保存后再试，本行暂不计分',
    ]);
  });
});

describe('N2, N7: a header naming its unit after its name, and 篇幅', () => {
  const head = (h: string) => ['标题', '单位', '录用日期', '媒体', h];
  it.each<[string, number, 'chars' | 'minutes']>([
    ['视频时长（秒）', 0.7, 'minutes'],
    ['时长(秒)', 0.7, 'minutes'],
    ['时长/秒', 0.7, 'minutes'],
    ['时长 单位：秒', 0.7, 'minutes'],
    ['字数/千字', 42_000, 'chars'],
    ['字数(千字)', 42_000, 'chars'],
    ['篇幅 千字', 42_000, 'chars'],
    ['篇幅（字）', 42, 'chars'],
    ['篇幅', 42, 'chars'],
    ['字数（千）', 42_000, 'chars'],
    ['字数（K）', 42_000, 'chars'],
  ])('%s: 42 reads as %s', (h, value, field) => {
    const { rows, notices } = read(head(h), [['甲', '办公室', DAY, '人民日报', 42]]);
    expect(rows[0][field]).toBe(value);
    expect(notices.filter((n) => n.code !== 'header-unit')).toEqual([]);
  });

  it('a near miss keeps the unit its header names; one naming none is told how to convert', () => {
    const { notices } = read(
      ['标题', '单位', '录用日期', '媒体', '视频长度时长（秒）', '字数统计/页'],
      [['甲', '办公室', DAY, '人民日报', 42, 3]],
    );
    expect(notices.map((n) => [n.column, n.message])).toEqual([
      [
        'E',
        '表头第1行E列「视频长度时长（秒）」含有「时长」，但未被识别为「时长(分钟)」列，本列不参与计算；如果它就是时长，请把表头改为「时长（秒）」，本列的数按秒读取',
      ],
      [
        'F',
        '表头第1行F列「字数统计/页」含有「字数」，但未被识别为「字数」列，本列不参与计算；如果它就是字数，请把表头改为「字数」（数以字计）；数以其他单位计时，请把本列的数换算为字数（如 1.2 千字写 1200），或把表头改为「字数（千字）」「字数（万字）」',
      ],
    ]);
  });

  it('a unit not read says to convert the numbers, never to drop the unit', () => {
    const { notices } = read(head('时长（帧）'), [['甲', '办公室', DAY, '人民日报', 42]]);
    expect(notices.map((n) => n.message)).toEqual([
      '表头第1行E列「时长（帧）」括号中的“帧”不是可识别的单位（可写 分钟、分、秒、秒钟），本列的数按分钟读取；如单位不同，请把本列的数换算为分钟（如 90 秒写 1.5），或把表头改为「时长（秒）」「时长（小时）」',
    ]);
  });

  it('the column passed over is kept for the notice that 字数 is missing', () => {
    expect(read(head('字数统计口径'), [['甲', '办公室', DAY, '人民日报', 42]]).passedOver).toEqual({
      字数: 'E列「字数统计口径」',
    });
  });
});

describe('N3, N4: subtotal lines are totals lines', () => {
  const header = ['标题', '作者', '单位', '报送日期', '字数'];
  const piece = (n: number): Cell[] => [`稿件${n}`, '王芳', '办公室', DAY, 800];

  it.each<[string, Cell[]]>([
    ['1月小计', ['1月小计', '', '', '', 1600]],
    ['一季度合计', ['一季度合计', '', '', '', 1600]],
    ['2024年第二季度小计', ['2024年第二季度小计', '', '', '', 1600]],
    ['<单位>小计', ['办公室小计', '', '', '', 1600]],
    ['<单位>小计 with its unit', ['办公室小计', '', '办公室', '', 1600]],
    ['小计 with its unit repeated', ['小计', '', '办公室', '', 1600]],
    ['1月小计 in 单位, no title', ['', '', '1月小计', '', 1600]],
    ['分类汇总 计数', ['', '', '办公室 计数', '', 2]],
    ['分类汇总 平均值', ['', '', '办公室 平均值', '', 800]],
    ['分类汇总 最大值', ['', '', '办公室 最大值', '', 800]],
    ['分类汇总 最小值', ['', '', '办公室 最小值', '', 800]],
    ['分类汇总 乘积', ['', '', '办公室 乘积', '', 640000]],
    ['分类汇总 数值计数', ['', '', '办公室 数值计数', '', 2]],
    ['分类汇总 标准偏差', ['', '', '办公室 标准偏差', '', 0]],
    ['分类汇总 方差', ['', '', '办公室 方差', '', 0]],
    ['总计数', [2, '', '总计数', '', '']],
    ['总平均值', ['', '', '总平均值', '', 800]],
    ['总计 with a SUBTOTAL saved without its result', ['合计', '', UNCALCULATED, '', UNCALCULATED]],
  ])('%s is skipped with the totals notice', (_name, line) => {
    const { rows, notices } = read(header, [piece(1), piece(2), line]);
    expect(rows.map((r) => r.title)).toEqual(['稿件1', '稿件2']);
    expect(notices.map((n) => [n.code, n.row])).toEqual([['totals-row', 4]]);
  });

  it.each<[string, Cell[]]>([
    ['dated', ['1月小计', '王芳', '', DAY, 800]],
    ['with an author', ['工作小计', '王芳', '办公室', '', 800]],
    ['of a unit under words not a period', ['上半年工作汇总', '', '办公室', '', 800]],
  ])('a piece whose title ends in a totals word stays a piece (%s)', (_name, line) => {
    const { rows, notices } = read(header, [piece(1), line]);
    expect(rows.map((r) => r.title)).toEqual(['稿件1', line[0]]);
    expect(notices).toEqual([]);
  });
});

describe('N5: the cells a ledger reads', () => {
  const grid: Grid = [
    ['序号', '标题', '单位', '报送日期', '字数', '积分'],
    [1, '甲', '办公室', DAY, 800, 3],
    [2, '乙', '办公室', DAY, 800, 3],
    ['', '合计', 2, '', 1600, 6],
  ];
  it('a field’s column on a piece’s line; not 序号, 积分, the header or a totals line', () => {
    const reads = ledgerReads(grid)!;
    expect([reads(1, 1), reads(1, 4), reads(1, 0), reads(1, 5), reads(0, 1), reads(3, 4)]).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(ledgerReads([['月份', '篇数']])).toBeNull();
  });
});

describe('N6, N8: messages quote what the cell holds', () => {
  const header = ['标题', '单位', '媒体', '级别', '采用方式', '报送日期', '录用日期', '事件日期'];
  it('a formula without its result is said once, never quoted as the cell’s text', () => {
    const { rows } = read(header, [
      ['甲', '办公室', '人民日报', UNCALCULATED, UNCALCULATED, DAY, UNCALCULATED, ''],
    ]);
    expect(rows[0].issues).toEqual(
      ['级别', '采用方式', '录用日期'].map(
        (f) =>
          `${f}是公式，但文件中没有保存它的计算结果：请在 Excel/WPS 中打开、重新计算（F9）并保存后再试，本行暂不计分`,
      ),
    );
  });

  it('a bad date’s examples are in the year typed in it, not another cell’s', () => {
    const { rows } = read(header, [
      ['甲', '办公室', '人民日报', '', '', '', '2024.1.20日', new Date(2023, 11, 30)],
    ]);
    expect(rows[0].issues).toEqual([
      '录用日期“2024.1.20日”不是有效日期（可写 2024-03-05、2024/3/5、2024年3月5日），无法计分',
    ]);
  });
});

describe('N6 in the rule tables: a formula without its result is named as one', () => {
  it('「单位」表 人数 saved without its result', () => {
    const { errors } = readRules(
      {
        单位: [
          ['名称', '类型', '人数'],
          ['办公室', '部机关科室', UNCALCULATED],
        ],
      },
      presetRules('上街区'),
    );
    expect(errors.filter((e) => e.table === '单位').map((e) => e.message)).toEqual([
      '「单位」表第2行「人数」应为数字，现为没有保存计算结果的公式（请在 Excel/WPS 中打开、重新计算并保存）',
    ]);
  });
});
