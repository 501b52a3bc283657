// The shared core reads cells as offices type them (the add-on gains the same as the command line):
// header forms, padded names, invisible characters, date-time and Chinese-numeral dates, date typos.
import { describe, expect, it } from 'vitest';
import { dayFromYmd, parseDay } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { headerField, parseLedger } from '../../src/core/ledger';
import { canonicalRecipient } from '../../src/core/relay';
import { splitAuthors, UNCALCULATED, unitName } from '../../src/core/text';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

describe('header forms', () => {
  it.each([
    ['字数（字）', '字数'],
    ['录用日期\n（年月日）', '录用日期'],
    ['稿件字数', '字数'],
    ['批示情况', '领导批示'],
    ['录用时间', '录用日期'],
    ['采用时间', '录用日期'],
    ['刊发日期', '录用日期'],
    ['作者姓名', '作者'],
    ['报送单位', '单位'],
    ['刊物名称', '媒体'],
    ['时长（分钟）', '时长(分钟)'],
    ['*标题', '标题'],
    ['审 核 状 态', '审核状态'],
    ['标题\u200b', '标题'],
    ['执笔人', '作者'],
    ['作者单位', '单位'],
    ['供稿单位', '单位'],
    ['所在单位', '单位'],
    ['报送单位名称', '单位'],
    ['上报日期', '报送日期'],
    ['投稿日期', '报送日期'],
    ['刊发平台', '媒体'],
    ['采用载体', '媒体'],
    ['用稿媒体', '媒体'],
    ['采用类型', '采用方式'],
    ['用稿方式', '采用方式'],
    ['是否录用', '采用方式'],
    ['见报日期', '录用日期'],
    ['发表时间', '录用日期'],
    ['刊登日期', '录用日期'],
  ])('%j is %s', (header, field) => {
    expect(headerField(header)).toBe(field);
  });

  it('a ledger headed in such words gives the numbers of the same ledger under the usual headers', () => {
    const usual = [
      ['标题', '作者', '单位', '媒体', '采用方式', '报送日期', '录用日期', '报送对象'],
      ['a', '张三', '峡窝镇党委', '郑州日报', '综合', '2024-03-01', '2024-03-05', '区委组织部'],
      ['b', '李四', '峡窝镇党委', '郑州日报', '是', '2024-03-01', '2024-03-06', '区委组织部'],
      ['c', '王五', '峡窝镇党委', '', '否', '2024-03-02', '', '区委组织部'],
    ];
    const own = [
      ['标题', '执笔人', '作者单位', '刊发平台', '是否录用', '上报日期', '见报日期', '报送对象'],
      ...usual.slice(1),
    ];
    const a = assess({ ledger: usual, tables: {}, preset: '上街区' });
    const b = assess({ ledger: own, tables: {}, preset: '上街区' });
    expect(b.scored.rows.map((r) => [r.points, r.mode, r.credit])).toEqual(
      a.scored.rows.map((r) => [r.points, r.mode, r.credit]),
    );
    expect(b.parsed.rows.map((r) => r.authors)).toEqual([['张三'], ['李四'], ['王五']]);
    expect(b.report.people.map((p) => [p.person, p.credit])).toEqual(
      a.report.people.map((p) => [p.person, p.credit]),
    );
    expect(a.scored.rows.map((r) => r.points)).toEqual([3, 5, 0]);
    expect(b.scored.rows.map((r) => r.issues)).toEqual([[], [], []]);
  });

  it('a 是否录用 column of checkboxes or ticks reads as 是/否 (Sheets and Excel hand checkboxes over as TRUE/FALSE)', () => {
    const ledger = (yes: unknown, no: unknown) => [
      ['标题', '作者', '单位', '媒体', '是否录用', '报送日期', '录用日期', '报送对象'],
      ['b', '李四', '峡窝镇党委', '郑州日报', yes, '2024-03-01', '2024-03-06', '区委组织部'],
      ['c', '王五', '峡窝镇党委', '', no, '2024-03-02', '', '区委组织部'],
    ];
    const words = assess({ ledger: ledger('是', '否') as Grid, tables: {}, preset: '上街区' });
    expect(words.scored.rows.map((r) => [r.points, r.mode])).toEqual([
      [5, '录用'],
      [0, '报送'],
    ]);
    for (const [yes, no] of [
      [true, false],
      ['TRUE', 'FALSE'],
      ['√', '×'],
      ['✔', ''],
    ]) {
      const ticked = assess({ ledger: ledger(yes, no) as Grid, tables: {}, preset: '上街区' });
      expect(ticked.scored.rows.map((r) => [r.points, r.mode, r.issues])).toEqual(
        words.scored.rows.map((r) => [r.points, r.mode, r.issues]),
      );
    }
  });

  it('a header holding a name it is not is a notice naming its column', () => {
    const parsed = parseLedger([
      ['标题', '单位', '字数统计口径'],
      ['a', '峡窝镇党委', 1200],
    ]);
    expect(parsed.notices).toEqual([
      {
        code: 'header-near-miss',
        row: 1,
        column: 'C',
        message:
          '表头第1行C列「字数统计口径」含有「字数」，但未被识别为「字数」列，本列不参与计算；如果它就是字数，请把表头改为「字数」（数以字计）；数以其他单位计时，请把本列的数换算为字数（如 1.2 千字写 1200），或把表头改为「字数（千字）」「字数（万字）」',
      },
    ]);
  });
});

describe('names and units', () => {
  it.each([
    ['王　芳', ['王芳']],
    ['王 芳', ['王芳']],
    ['张伟 王 芳', ['张伟', '王芳']],
    ['张伟、王芳', ['张伟', '王芳']],
    ['张伟 王芳', ['张伟', '王芳']],
    ['王\u200b芳', ['王芳']],
    // Notes typed with the names are no part of them: one person, however annotated.
    ['付璐（执笔）', ['付璐']],
    ['付璐（执笔）、王芳', ['付璐', '王芳']],
    ['张伟(组织科) 王芳', ['张伟', '王芳']],
    ['执笔：付璐、王芳', ['付璐', '王芳']],
    ['王 芳（执笔）', ['王芳']],
    ['【执笔】张伟', ['张伟']],
  ])('%j → %j', (text, names) => {
    expect(splitAuthors(text)).toEqual(names);
  });

  it('units lose inner spaces and invisible characters', () => {
    expect(['峡窝镇 党委', '峡窝镇党委\u200b', '\u0007峡窝镇党委'].map(unitName)).toEqual([
      '峡窝镇党委',
      '峡窝镇党委',
      '峡窝镇党委',
    ]);
  });
});

describe('dates', () => {
  const d = dayFromYmd(2024, 3, 5);
  it.each([
    '2024/3/5 0:00',
    '2024-03-05T00:00:00',
    '2024-03-05 13:45:10',
    '24/3/5',
    '二〇二四年三月五日',
    // As Chinese Excel and WPS write dates as text: a weekday, 上午/下午 before the time, a closing dot.
    '2024年3月5日 星期二',
    '2024-03-05 星期二',
    '2024年3月5日（周二）',
    '2024/3/5 下午 2:30:00',
    '2024/3/5 上午 9:05',
    '2024.3.5.',
    '二〇二四年三月五日 星期二',
  ])('%j is 2024-03-05', (text) => {
    expect(parseDay(text)).toBe(d);
  });
  it('二〇二四年十二月三十一日 and 二〇二四年十月十日', () => {
    expect([parseDay('二〇二四年十二月三十一日'), parseDay('二〇二四年十月十日')]).toEqual([
      dayFromYmd(2024, 12, 31),
      dayFromYmd(2024, 10, 10),
    ]);
  });

  const header = ['标题', '单位', '媒体', '报送日期', '录用日期', '字数'];
  const row = (title: string, submitted: string, adopted: string) => [
    title,
    '峡窝镇党委',
    '郑州日报',
    submitted,
    adopted,
    800,
  ];
  const ledger = [
    header,
    row('a', '2024-03-01', '2024-03-05'),
    row('b', '2024-04-01', '2024-04-05'),
    row('c', '2042-03-01', '2042-03-05'),
    row('d', '2014-03-01', '2014-03-05'),
    row('e', '2024-05-10', '2024-05-01'),
  ];

  it('a year decades off is a row issue blocking the row; adopted before submitted still scores', () => {
    const parsed = parseLedger(ledger, { today: dayFromYmd(2024, 12, 20) });
    expect(parsed.rows.map((r) => [r.title, r.blocked, r.issues])).toEqual([
      ['a', false, []],
      ['b', false, []],
      [
        'c',
        true,
        [
          '报送日期 2042-03-01 晚于今天一个多月，可能填错了年份，暂不计分',
          '录用日期 2042-03-05 晚于今天一个多月，可能填错了年份，暂不计分',
        ],
      ],
      [
        'd',
        true,
        [
          '报送日期 2014-03-01 比台账多数行所在的2024年早两年以上，可能填错了年份，暂不计分',
          '录用日期 2014-03-05 比台账多数行所在的2024年早两年以上，可能填错了年份，暂不计分',
        ],
      ],
      ['e', false, ['录用日期 2024-05-01 早于报送日期 2024-05-10，请核对']],
    ]);
  });

  it('a formula saved without its result blocks its row and asks to recalculate', () => {
    const parsed = parseLedger([
      header,
      ['a', '峡窝镇党委', '郑州日报', '2024-03-01', '2024-03-05', UNCALCULATED],
    ]);
    expect(parsed.rows[0].blocked).toBe(true);
    expect(parsed.rows[0].issues).toEqual([
      '字数是公式，但文件中没有保存它的计算结果：请在 Excel/WPS 中打开、重新计算（F9）并保存后再试，本行暂不计分',
    ]);
  });

  it('a 字数 formatted as a date is its serial number', () => {
    const parsed = parseLedger([
      header,
      ['a', '峡窝镇党委', '郑州日报', '2024-03-01', '2024-03-05', new Date(1903, 3, 14)],
    ]);
    expect(parsed.rows[0].chars).toBe(1200);
  });
});

describe('a unit typed with inner spaces', () => {
  it('is its 单位 table entry; the table keeps its own spelling', () => {
    const a = assess({
      ledger: [
        ['标题', '单位', '报送日期', '报送对象'],
        ['a', '峡窝镇 党委', '2024-03-05', '区委组织部'],
        ['b', '峡 窝 镇 党 委', '2024-03-06', '区委组织部'],
        ['c', '峡窝镇党委', '2024-03-07', '区委组织部'],
      ],
    });
    expect(a.ruleErrors).toEqual([]);
    expect(a.scored.rows.map((r) => [r.unit, r.issues])).toEqual([
      ['峡窝镇党委', []],
      ['峡窝镇党委', []],
      ['峡窝镇党委', []],
    ]);
  });
});

describe('lines that are not pieces, and formula errors where a name belongs', () => {
  const header = ['标题', '作者', '单位', '媒体', '报送日期', '录用日期', '报送对象'];
  const said = (grid: unknown[][]) => {
    const parsed = parseLedger(grid as Grid);
    return { rows: parsed.rows, notices: (parsed.notices ?? []).map((n) => [n.code, n.row, n.message]) };
  };
  it('a 合计 / 小计 line (no title, or the word as its title and no unit) is skipped with one notice', () => {
    const parsed = said([
      header,
      ['a', '张三', '峡窝镇党委', '郑州日报', '2024-03-01', '2024-03-05', '区委组织部'],
      ['', '', '合计', '', '', '', ''],
      ['', '', '', '', '', '12', ''],
      ['全区 小计：', '', '', '', '', '', ''],
      ['合计', '', '峡窝镇党委', '', '2024-03-01', '', '区委组织部'],
    ]);
    // Row 4 (a number and nothing else) is a row with issues; row 6, titled 合计 for a unit, a piece.
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 4, 6]);
    expect(parsed.notices).toEqual([['totals-row', 3, '第3、5行是合计行，已跳过，不作为稿件计算']]);
  });

  it('a section heading merged across the row (its text in every cell, as .xlsx readers fill it) is skipped', () => {
    const banner = '一、乡镇街道报送情况';
    const parsed = said([
      header,
      header.map(() => banner),
      ['峡窝镇党委', '张三', '峡窝镇党委', '郑州日报', '2024-03-01', '2024-03-05', '区委组织部'],
    ]);
    expect(parsed.rows.map((r) => r.row)).toEqual([3]);
    expect(parsed.notices).toEqual([
      ['section-row', 2, `第2行是跨列合并的标题行（“${banner}”），已跳过，不作为稿件计算`],
    ]);
  });

  it('#N/A in 单位 blocks the row and names no unit; in 作者, no person, the row still scores', () => {
    const parsed = parseLedger([
      header,
      ['a', '张三', '#N/A', '郑州日报', '2024-03-01', '2024-03-05', '区委组织部'],
      ['b', '#REF!', '峡窝镇党委', '郑州日报', '2024-03-01', '2024-03-05', '区委组织部'],
      ['c', '李四', 'Err:502', '郑州日报', '2024-03-01', '2024-03-05', '区委组织部'],
    ]);
    expect(parsed.rows.map((r) => [r.unit, r.authors, r.blocked, r.issues])).toEqual([
      ['', ['张三'], true, ['单位是公式的错误值“#N/A”，无法计入任何单位：请修正公式，重新计算并保存']],
      ['峡窝镇党委', [], false, ['作者是公式的错误值“#REF!”，未计入个人：请修正公式，重新计算并保存']],
      ['', ['李四'], true, ['单位是公式的错误值“Err:502”，无法计入任何单位：请修正公式，重新计算并保存']],
    ]);
  });
});

describe('a formula saved without its result in 单位 or 作者', () => {
  it('names no unit and no person (never a unit or a person called #公式无结果); the row is held and says why', () => {
    const header = ['标题', '作者', '单位', '媒体', '报送日期', '录用日期', '报送对象'];
    const parsed = parseLedger([
      header,
      ['a', '张三', UNCALCULATED, '郑州日报', '2024-03-01', '2024-03-05', '区委组织部'],
      ['b', UNCALCULATED, '峡窝镇党委', '郑州日报', '2024-03-01', '2024-03-05', '区委组织部'],
    ]);
    expect(parsed.rows.map((r) => [r.unit, r.authors, r.blocked])).toEqual([
      ['', ['张三'], true],
      ['峡窝镇党委', [], true],
    ]);
    expect(parsed.rows[0].issues[0]).toMatch(/^单位是公式，但文件中没有保存它的计算结果/);
    expect(parsed.rows[1].issues[0]).toMatch(/^作者是公式，但文件中没有保存它的计算结果/);
  });

  it('in 媒体: one issue saying so, not also an outlet “#公式无结果” missing from the 媒体 table', () => {
    const header = ['标题', '作者', '单位', '媒体', '报送日期', '录用日期', '报送对象'];
    const a = assess({
      ledger: [header, ['a', '张三', '峡窝镇党委', UNCALCULATED, '2024-03-01', '2024-03-05', '区委组织部']],
      tables: {},
    });
    expect(a.scored.rows.map((r) => [r.points, r.issues.length])).toEqual([[0, 1]]);
    expect(a.scored.rows[0].issues[0]).toMatch(/^媒体是公式，但文件中没有保存它的计算结果/);
  });
});

describe('报送对象 written in full', () => {
  const ledger = (recipients: string[]) => [
    ['标题', '作者', '单位', '报送日期', '报送对象', '对口处室'],
    ...recipients.map((to, i) => [
      `t${i}`,
      '张三',
      i < 4 ? '峡窝镇党委' : '信息调研科',
      `2024-0${(i % 4) + 1}-05`,
      to,
      '',
    ]),
  ];
  const values = (a: ReturnType<typeof assess>) =>
    a.indicators.units.map((u) => [
      u.subject,
      u.indicators.map((r) => r.buckets?.map((b) => b.value) ?? r.value),
    ]);

  it('counts toward the quota of the department it names (上街区委组织部, 郑州市委组织部信息科, 市组织部)', () => {
    const usual = assess({
      ledger: ledger(['区委组织部', '区委组织部', '区委组织部', '区委组织部', '市委组织部', '市委组织部']),
    });
    const full = assess({
      ledger: ledger([
        '上街区委组织部',
        '中共上街区委组织部',
        '区组织部',
        '郑州市上街区委组织部',
        '郑州市委组织部信息科',
        '市组织部',
      ]),
    });
    // The ledger keeps 报送对象 as written; the rules read which department it names (本级组织部, relay.ts).
    const named = (a: ReturnType<typeof assess>) => a.parsed.rows.map((r) => canonicalRecipient(r.recipient));
    expect(named(full)).toEqual(named(usual));
    expect(values(full)).toEqual(values(usual));
    // One submission a month, January to April, counted toward 每月向区委组织部报送.
    expect(values(usual).find(([unit]) => unit === '峡窝镇党委')![1][1]).toEqual([
      1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(full.scored.rows.map((r) => r.issues)).toEqual(usual.scored.rows.map((r) => r.issues));
  });

  // 研究室 alone is the own department's office, so it is 区委组织部's (sweep S15b N4, relay.ts); another
  // body's 研究室 is not.
  it('text naming no department, or two, stays as written, and 校验 says it counts toward no quota', () => {
    const a = assess({ ledger: ledger(['县委组织部', '市委组织部、区委组织部', '区政府研究室']) });
    expect(a.parsed.rows.map((r) => r.recipient)).toEqual([
      '县委组织部',
      '市委组织部、区委组织部',
      '区政府研究室',
    ]);
    expect(a.scored.rows.map((r) => r.issues)).toEqual(
      ['县委组织部', '市委组织部、区委组织部', '区政府研究室'].map((to) => [
        `报送对象“${to}”不是本单位报送任务的对象（区委组织部），不计入报送任务`,
      ]),
    );
  });
});

describe('字数 and 时长 written with their unit', () => {
  const points = (字数: unknown, 时长: unknown) => {
    const a = assess({
      ledger: [
        ['标题', '单位', '媒体', '录用日期', '字数', '时长(分钟)'],
        ['a', '峡窝镇党委', '郑州日报', '2024-03-05', 字数 as string, 时长 as string],
      ],
    });
    return [a.scored.rows[0].points, a.scored.rows[0].issues];
  };

  it.each([
    ['1200字', ''],
    ['1.3千字', ''],
    ['', '1分30秒'],
    ['', '1:30'],
    ['', '90秒'],
    ['', '2分钟'],
    ['', '0:01:12'],
    ['', new Date(1899, 11, 30, 0, 1, 12)], // a cell formatted mm:ss, as readers hand it over
  ])('字数 %j, 时长 %j: over the threshold, ×3 as the number would be', (chars, minutes) => {
    expect(points(chars, minutes)).toEqual([15, []]);
  });

  it.each([
    ['800字', ''],
    ['', '0:45'],
    ['', '50秒'],
    ['', new Date(1899, 11, 30, 0, 0, 50)],
  ])('字数 %j, 时长 %j: under it, ×1', (chars, minutes) => {
    expect(points(chars, minutes)).toEqual([5, []]);
  });

  // Sweep s25g F4: a word of approximation is read as the number, and 校验 says so (the row keeps its points).
  it.each([
    ['约1500', '字数“约1500”按1500计'],
    ['大约1500', '字数“大约1500”按1500计'],
    ['近1500', '字数“近1500”按1500计'],
    ['1500左右', '字数“1500左右”按1500计'],
    ['1500余', '字数“1500余”按1500计'],
    ['1500多', '字数“1500多”按1500计'],
    ['1500余字', '字数“1500余字”按1500计'],
    ['约1.5千字', '字数“约1.5千字”按1500计'],
  ])('字数 %j: read as the number, said in 校验', (chars, note) => {
    expect(points(chars, '')).toEqual([15, [note]]);
  });

  it('时长 约2分钟: 2 minutes, said', () => {
    expect(points('', '约2分钟')).toEqual([15, ['时长“约2分钟”按2分钟计']]);
    expect(points('', '1左右')).toEqual([5, ['时长“1左右”按1分钟计']]);
  });

  it('other text is still no number, said in 校验; the row keeps its base points, not its ×3 (s33 B-F3)', () => {
    expect(points('一千五', '')).toEqual([5, ['字数“一千五”不是数字']]);
    expect(points('约', '')).toEqual([5, ['字数“约”不是数字']]);
    expect(points('1500至2000', '')).toEqual([5, ['字数“1500至2000”不是数字']]);
  });

  it('a time stored as a number (2:30 formatted 常规: 0.001736…) is that time, said; other small numbers stay', () => {
    expect(points('', 150 / 86_400)).toEqual([
      15,
      [`时长“${150 / 86_400}”像是以时间存入的2分30秒，按此计；请把单元格写成分钟数（如 2.5）`],
    ]);
    expect(points('', 36 / 86_400)).toEqual([
      5,
      [`时长“${36 / 86_400}”像是以时间存入的36秒，按此计；请把单元格写成分钟数（如 0.6）`],
    ]);
    expect(points('', 0.0123)).toEqual([5, []]);
    expect(points('', 0.5)).toEqual([5, []]);
  });

  it('a placeholder for none (—, /, 无) is a blank length; 1′05″ and 1\'30" are minutes and seconds', () => {
    for (const none of ['—', '/', '无', '-']) expect(points(none, '')).toEqual([5, []]);
    expect(points('', '1′05″')).toEqual([15, []]);
    expect(points('', '1\'30"')).toEqual([15, []]);
    expect(points('', '45″')).toEqual([5, []]);
    expect(points('', '2′')).toEqual([15, []]);
  });
});

// Audit s33 A: a zero-width space or a BOM copied with a date or a word made it unreadable, said with a value
// that looked right (录用日期“2024-01-13”不是有效日期). Read without it, as names, units and outlets are.
describe('invisible characters in dates and words', () => {
  it.each([
    ['录用日期', '2024-01-13\u200b'],
    ['报送日期', '\u200b2024-01-05'],
    ['采用方式', '录用\u200b'],
    ['核定', '倒扣\u2060'],
    ['领导批示', '\ufeff省'],
  ])('%s %j reads as typed without it', (field, typed) => {
    const clean = typed.replace(/[\u200b\u2060\ufeff]/g, '');
    const row = (value: string) =>
      parseLedger(ledgerGrid([adoption({ 报送对象: '区委组织部', 报送日期: '2024-01-05', [field]: value })]))
        .rows[0];
    const [a, b] = [row(typed), row(clean)];
    expect([a.issues, a.adoptedOn, a.submittedOn, a.mode, a.verdict, a.instruction]).toEqual([
      b.issues,
      b.adoptedOn,
      b.submittedOn,
      b.mode,
      b.verdict,
      b.instruction,
    ]);
  });
});
