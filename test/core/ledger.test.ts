import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { normalizeTitle, normalizeTitleSlow, sameTitleKey, titleHash } from '../../src/core/text';
import { adoption, ledgerGrid } from '../helpers/ledger';

describe('parseLedger: columns', () => {
  it('finds columns by header name in any order, with aliases, ignoring extra columns', () => {
    const grid = [
      ['备注', '采用日期', '刊物', '额外列', '单位', '标题', '作者'],
      ['', '2024/3/5', '郑州日报', 'x', '峡窝镇党委', '一篇稿件', '张三、李四'],
    ];
    const { rows, headerIssues } = parseLedger(grid);
    expect(headerIssues).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0].outlet).toBe('郑州日报');
    expect(rows[0].adoptedOn).toBe(dayFromYmd(2024, 3, 5));
    expect(rows[0].authors).toEqual(['张三', '李四']);
    expect(rows[0].mode).toBe('录用'); // default when 媒体 is filled
    expect(rows[0].row).toBe(2);
  });

  it('reports a ledger without the 标题 header instead of guessing', () => {
    const { rows, headerIssues } = parseLedger([
      ['单位', '作者'],
      ['峡窝镇党委', '张三'],
    ]);
    expect(rows).toEqual([]);
    expect(headerIssues).toContain('台账缺少「标题」列');
  });

  it('reports a duplicated header and uses the first', () => {
    const { rows, headerIssues } = parseLedger([
      ['标题', '单位', '标题'],
      ['第一', '峡窝镇党委', '第二'],
    ]);
    expect(headerIssues[0]).toBe('A列「标题」和C列「标题」都读作「标题」列，使用A列「标题」');
    expect(rows[0].title).toBe('第一');
  });

  it('a column named exactly 单位 wins over 作者单位 left of it, and the notice names both as written', () => {
    const { rows, headerIssues } = parseLedger([
      ['标题', '作者', '作者单位', '单位'],
      ['稿', '王芳', '某某中学', '峡窝镇党委'],
    ]);
    expect(rows[0].unit).toBe('峡窝镇党委');
    expect(headerIssues).toEqual(['C列「作者单位」和D列「单位」都读作「单位」列，使用D列「单位」']);
  });

  it('a summary table beside the ledger, past a blank column, does not lend it its 单位 column (audit s34 A-F1)', () => {
    // 单位 | 篇数 two columns right of a ledger headed 作者单位: its rows took the ledger rows' units in silence.
    const { rows, headerIssues } = parseLedger([
      ['标题', '作者', '作者单位', '', '单位', '篇数'],
      ['稿一', '王芳', '峡窝镇党委', '', '中心路街道党工委', 3],
      ['稿二', '李强', '组织科', '', '峡窝镇党委', 1],
    ]);
    expect(rows.map((r) => r.unit)).toEqual(['峡窝镇党委', '组织科']);
    expect(headerIssues).toEqual(['C列「作者单位」和E列「单位」都读作「单位」列，使用C列「作者单位」']);
  });

  it('finds the header below a title line merged across the table, and keeps sheet row numbers', () => {
    const grid = [
      ['2024年度组工信息宣传台账', '', '', ''],
      ['', '', '', ''],
      ['标题', '单位', '媒体', '录用日期'],
      ['一篇稿件', '峡窝镇党委', '郑州日报', '2024-03-05'],
    ];
    const parsed = parseLedger(grid);
    expect(parsed.headerIssues).toEqual([]);
    expect(parsed.headerRow).toBe(3);
    expect(parsed.rows.map((r) => [r.row, r.title, r.outlet])).toEqual([[4, '一篇稿件', '郑州日报']]);
  });

  it('reads a two-row header whose group cells are merged (录用情况 over 媒体 | 录用日期)', () => {
    const grid = [
      ['标题', '单位', '录用情况', '', '备注'],
      ['', '', '刊物', '采用日期', ''],
      ['一篇稿件', '峡窝镇党委', '河南日报', '2024-03-05', '首发'],
    ];
    const parsed = parseLedger(grid);
    expect(parsed.headerRow).toBe(2);
    expect(parsed.columns).toMatchObject({ 标题: 0, 单位: 1, 媒体: 2, 录用日期: 3, 备注: 4 });
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]).toMatchObject({ row: 3, outlet: '河南日报', adoptedOn: dayFromYmd(2024, 3, 5) });
  });

  it('never takes a data row for a second header row', () => {
    // The first data row names a column by chance (类别 = 媒体) but fills 标题 and 单位: it is data.
    const grid = [
      ['标题', '单位', '类别', '备注'],
      ['媒体', '峡窝镇党委', '报送日期', '级别'],
    ];
    const parsed = parseLedger(grid);
    expect(parsed.headerRow).toBe(1);
    expect(parsed.rows.map((r) => r.title)).toEqual(['媒体']);
  });

  it('a cell that reads like a JavaScript property (constructor, toString, valueOf) is plain text', () => {
    const grid = [
      ['标题', '单位', 'constructor', 'toString'],
      ['valueOf', '峡窝镇党委', 'x', 'y'],
    ];
    const parsed = parseLedger(grid);
    expect(parsed.headerIssues).toEqual([]);
    expect(Object.keys(parsed.columns).sort()).toEqual(['单位', '标题']);
    expect(parsed.rows.map((r) => r.title)).toEqual(['valueOf']);
    const odd = parseLedger([
      ['标题', '单位', '采用方式', '级别', '类别', '领导批示', '媒体', '录用日期'],
      ['稿', '峡窝镇党委', 'constructor', 'toString', '__proto__', 'hasOwnProperty', '某报', '2024-03-05'],
    ]).rows[0];
    expect(odd.kind).toBe('__proto__');
    expect(odd.issues.join()).toMatch(/采用方式/);
    for (const v of [odd.mode, odd.levelOverride, odd.instruction]) expect(typeof v).not.toBe('function');
  });

  it('ignores blank rows and trailing blank rows but keeps sheet row numbers', () => {
    const grid = ledgerGrid([adoption(), {}, adoption({ 标题: '第二篇' }), {}, {}]);
    const { rows } = parseLedger(grid);
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
  });
});

describe('parseLedger: values', () => {
  it.each([
    ['2024-03-05'],
    ['2024/3/5'],
    ['2024.3.5'],
    ['2024年3月5日'],
    ['20240305'],
    [20240305],
    [45356], // sheet serial for 2024-03-05
    ['45356'], // the same serial as text: a CSV of a column left 常规 (audit S24a F2)
    [' 45356 '],
    [new Date(2024, 2, 5)],
  ])('reads the date %s as 2024-03-05', (cell) => {
    const { rows } = parseLedger(ledgerGrid([adoption({ 录用日期: cell })]));
    expect(rows[0].adoptedOn).toBe(dayFromYmd(2024, 3, 5));
    expect(rows[0].issues).toEqual([]);
  });

  it.each([
    ['2024-02-30'],
    ['三月三十五日'],
    ['2024-13-01'],
    [true],
    ['0'],
    ['109575'],
    ['45356.5'],
    ['4535６'],
  ])('turns the bad adoption date %s into a blocking issue', (cell) => {
    const { rows } = parseLedger(ledgerGrid([adoption({ 录用日期: cell })]));
    expect(rows[0].blocked).toBe(true);
    expect(rows[0].issues.join()).toMatch(/不是有效日期/);
  });

  it('splits authors on every listed separator', () => {
    const { rows } = parseLedger(ledgerGrid([adoption({ 作者: '张三，李四;王五；赵六/钱七 孙八,周九' })]));
    expect(rows[0].authors).toEqual(['张三', '李四', '王五', '赵六', '钱七', '孙八', '周九']);
  });

  it('defaults the mode to 报送 when 媒体 is empty and accepts level aliases', () => {
    const { rows } = parseLedger(
      ledgerGrid([{ 标题: 'a', 单位: 'u', 报送日期: '2024-01-02' }, adoption({ 媒体: '', 级别: '国家级' })]),
    );
    expect(rows[0].mode).toBe('报送');
    expect(rows[1].levelOverride).toBe('中央级');
  });

  it('flags an adoption without adoption date, a bad number and an unknown verdict, never throwing', () => {
    const { rows } = parseLedger(
      ledgerGrid([
        adoption({ 录用日期: '' }),
        adoption({ 字数: '一千' }),
        adoption({ 核定: '也许' }),
        adoption({ 调整分: 3 }),
      ]),
    );
    expect(rows[0].issues).toContain('录用行缺少录用日期，无法计分');
    expect(rows[1].issues).toContain('字数“一千”不是数字');
    expect(rows[2].issues[0]).toMatch(/核定“也许”无法识别/);
    // An unreadable 字数 holds only its ×3: the row's base points stand (RULES §4; audit s33 B-F3).
    expect(rows.slice(0, 3).map((r) => r.blocked)).toEqual([true, false, true]);
    expect(rows[3].issues).toContain('有调整分但缺少调整理由，调整分暂不计入');
    expect(rows[3].blocked).toBe(false);
  });

  it('treats the same title with other punctuation and book marks as one piece', () => {
    const { rows } = parseLedger(
      ledgerGrid([adoption({ 标题: '《关于 基层党建》' }), adoption({ 标题: '关于基层党建。' })]),
    );
    expect(normalizeTitle(rows[0].title)).toBe(normalizeTitle(rows[1].title));
    expect(sameTitleKey(rows[0].title, rows[1].title)).toBe(true);
    expect(rows[0].titleHash).toBe(rows[1].titleHash);
  });

  it('survives garbage: empty grid, ragged rows, non-array rows', () => {
    expect(parseLedger([]).headerIssues.length).toBeGreaterThan(0);
    const { rows } = parseLedger([['标题', '单位', '录用日期'], ['a'], ['b', 'u', NaN as unknown as string]]);
    expect(rows).toHaveLength(2);
    expect(rows[0].issues).toContain('缺少单位，无法计入任何单位');
  });
});

describe('parseLedger: rows without a usable date', () => {
  it('a 报送 row with no date at all cannot be placed in any period: blocked, one message', () => {
    const { rows } = parseLedger(ledgerGrid([{ 标题: '稿', 单位: '峡窝镇党委', 报送对象: '区委组织部' }]));
    expect(rows[0].mode).toBe('报送');
    expect(rows[0].blocked).toBe(true);
    expect(rows[0].issues).toEqual(['报送行缺少报送日期，无法计入任何时段']);
  });

  it('a bad adoption date gives one message saying both what is wrong and that the row scores 0', () => {
    const { rows } = parseLedger(ledgerGrid([adoption({ 录用日期: '3月35日' })]));
    expect(rows[0].issues).toHaveLength(1);
    expect(rows[0].issues[0]).toMatch(/录用日期“3月35日”不是有效日期.*无法计分/);
  });

  it('a bad 报送日期 on an adoption row is an issue but the row still scores by its 录用日期', () => {
    const { rows } = parseLedger(ledgerGrid([adoption({ 报送日期: '昨天' })]));
    expect(rows[0].blocked).toBe(false);
    expect(rows[0].issues).toHaveLength(1);
    expect(rows[0].adoptedOn).toBe(dayFromYmd(2024, 3, 5));
  });
});

describe('normalizeTitle: the fast piece key equals the plain definition', () => {
  it('on titles as staff type them', () => {
    for (const t of [
      '《关于 基层党建》',
      '“两新”组织党建——工作动态',
      'ＡＢＣ党建（试点）',
      'Ärger ΣΊΣΥΦΟΣ',
      '\u0000a\uffff',
    ]) {
      expect(normalizeTitle(t)).toBe(normalizeTitleSlow(t));
    }
  });

  it('on every UTF-16 code unit, next to a letter and alone, from the last to the first', () => {
    // The table behind normalizeTitle is filled in blocks as code units are met: meet them in reverse.
    const wrong: number[] = [];
    for (let c = 0xffff; c >= 0; c--) {
      const t = `a${String.fromCharCode(c)}`;
      if (normalizeTitle(t) !== normalizeTitleSlow(t)) wrong.push(c);
      const alone = String.fromCharCode(c);
      if (normalizeTitle(alone) !== normalizeTitleSlow(alone)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('on random text, any Unicode, any length', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 700 })),
        (t) => {
          expect(normalizeTitle(t)).toBe(normalizeTitleSlow(t));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('titleHash: the piece key hashed without making it', () => {
  it('gives every UTF-16 code unit, alone and next to a letter, the hash of its key; 0 exactly when the key is empty', async () => {
    // A fresh copy of text.ts: its table is still unfilled, so the hash fills it (met from the last code unit).
    vi.resetModules();
    const fresh = await import('../../src/core/text');
    const wrong: number[] = [];
    const hashes = new Map<number, string>();
    for (let c = 0xffff; c >= 0; c--) {
      const alone = String.fromCharCode(c);
      const key = normalizeTitleSlow(alone);
      const h = fresh.titleHash(alone);
      if ((h === 0) !== (key === '') || h !== titleHash(key)) wrong.push(c);
      if (h !== 0 && hashes.get(h) !== undefined && hashes.get(h) !== key) wrong.push(c); // one code unit: no collision
      if (h !== 0) hashes.set(h, key);
      const t = `a${alone}`;
      if (fresh.titleHash(t) !== titleHash(normalizeTitleSlow(t))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(hashes.size).toBeGreaterThan(60_000);
  });

  it('on random text: equal keys hash alike, 0 only for an empty key, sameTitleKey is key equality', () => {
    const spellings = [
      ['k', 'K', '\u212a', 'ｋ'],
      ['i', 'I', 'Ｉ', 'i\u0307', 'İ'],
      ['σ', 'Σ', 'ς'],
      ['ä', 'Ä'],
      ['关'],
      ['a', 'Ａ'],
    ];
    const titleUnit = fc.constantFrom(
      ...'关于党建ＡａAaKkΣσςİiß《》 　、，.-ÄäЖж\u0301\u0307\u212a𝐀'.split(''),
    );
    const variant = fc
      .tuple(
        fc.string({ maxLength: 30 }),
        fc.constantFrom('', '《', '》', ' ', '　', '（', '）', '。', '、', 'Ａ', 'A', 'a'),
      )
      .map(([t, mark]) => [t, `${mark}${t.toUpperCase()}${mark}`] as const);
    fc.assert(
      fc.property(
        fc.oneof(
          variant,
          fc.tuple(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 700 })),
          // Mixed scripts: letters whose case toLowerCase decides (Σ at a word's end, İ) beside folded ones.
          fc
            .tuple(fc.string({ unit: titleUnit, maxLength: 12 }), fc.constantFrom('', ' ', '《', 'Ａ', 'Σ'))
            .map(([t, mark]) => [t, `${mark}${t.toUpperCase()}`.replace(/[ 、]/g, '')] as const),
          // Two spellings of one key, letter by letter (K, the Kelvin sign K, ｋ; İ and i with its dot …).
          fc
            .array(
              fc.tuple(fc.constantFrom(...spellings), fc.nat(), fc.nat(), fc.constantFrom('', ' ', '《')),
              {
                maxLength: 8,
              },
            )
            .map((letters) => [
              letters.map(([s, x]) => s[x % s.length]).join(''),
              letters.map(([s, , y, mark]) => mark + s[y % s.length]).join(''),
            ]),
        ),
        ([a, b]) => {
          const keyA = normalizeTitleSlow(a);
          const same = keyA === normalizeTitleSlow(b);
          expect(sameTitleKey(a, b)).toBe(same);
          expect(titleHash(a) === 0).toBe(keyA === '');
          if (same) expect(titleHash(a)).toBe(titleHash(b));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('is what the parser keeps beside each title', () => {
    const { rows } = parseLedger(
      ledgerGrid([
        adoption({ 标题: '《关于 基层党建》' }),
        adoption({ 标题: '——' }),
        adoption({ 标题: 'ÄRGER' }),
      ]),
    );
    expect(rows.map((r) => r.titleHash)).toEqual(rows.map((r) => titleHash(r.title)));
    expect(rows[1].titleHash).toBe(0);
    expect(rows[2].titleHash).toBe(titleHash('ärger'));
  });
});

describe('parseLedger: values that would swamp a report', () => {
  it('an absurd 调整分 is set aside with an issue; the row still scores', () => {
    const { rows } = parseLedger(ledgerGrid([adoption({ 调整分: 1e306, 调整理由: '复核' })]));
    expect(rows[0].adjustment).toBeNull();
    expect(rows[0].blocked).toBe(false);
    expect(rows[0].issues[0]).toMatch(/调整分.*超出合理范围/);
  });

  it('a huge cell is quoted short in the row issue', () => {
    const { rows } = parseLedger(ledgerGrid([adoption({ 级别: '很'.repeat(60_000) })]));
    expect(rows[0].issues[0].length).toBeLessThan(100);
  });
});

describe('parseLedger: 调整分 as a reviewer writes it', () => {
  const read = (cell: string) =>
    parseLedger(ledgerGrid([adoption({ 调整分: cell, 调整理由: '复核' })])).rows[0];

  it('reads 分, 加 and 扣 around the number', () => {
    const cells = ['2分', '+2分', '加2分', '２分', '扣2分', '减1.5分', '-2分', '-2'];
    expect(cells.map((c) => read(c).adjustment)).toEqual([2, 2, 2, 2, -2, -1.5, -2, -2]);
    expect(cells.flatMap((c) => read(c).issues)).toEqual([]);
  });

  it('an unreadable 调整分 waits with an issue; the row keeps its own points', () => {
    const row = read('酌情加分');
    expect(row.adjustment).toBeNull();
    expect(row.blocked).toBe(false);
    expect(row.issues).toEqual(['调整分“酌情加分”不是数字（可写 3、-2、加2分、扣2分），暂不计入']);
  });
});

describe('parseLedger: a date out of range is quoted as a date', () => {
  it('names the calendar day, not the Date as JavaScript prints it', () => {
    const { rows } = parseLedger(
      ledgerGrid([adoption({ 报送日期: '2024-03-01', 录用日期: new Date(1000, 0, 2) })]),
    );
    expect(rows[0].issues).toEqual([
      '录用日期“1000-01-02”不是有效日期（可写 2024-03-05、2024/3/5、2024年3月5日），无法计分',
    ]);
  });
});
