// The 通报 as an office sends it, from the command line: the .docx beside the workbook, its frame
// (title, 期数, 主送, opening, 一 to 五, 落款, date, 联系人), per-type ranking, one total everywhere, and
// nothing internal (待核实, ledger row numbers) in what goes out.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/cli/xlsxWorkbook';
import { dayOfDate } from '../../src/core/dates';
import { chineseDate } from '../../src/core/notice';
import { allValues, docxParagraphs, ROOT, readXlsx, tempDir, writeXlsx, zugong } from './helpers';

const EXAMPLE = join(ROOT, 'examples', '上街区-2024.xlsx');
const ROW_NUMBER = /第\s*\d+\s*行|行号/;

interface Unit {
  unit: string;
  unitType: string;
  points: number;
  relayPoints: number;
  rank: number;
  rankInType: number;
  last: boolean;
  first: boolean;
}

describe('zugong report --period 2024-Q3 --out: the 通报 as .xlsx tabs and .docx', () => {
  let dir: string;
  let paragraphs: string[];
  let body: string[];
  let attachment: unknown[][];
  let j: {
    units: Unit[];
    meta: { totals: { points: number; manuscriptPoints: number; relayPoints: number } };
  };
  let console: string;

  beforeAll(async () => {
    dir = tempDir();
    const out = join(dir, '三季度.xlsx');
    const run = zugong([
      'report',
      EXAMPLE,
      '--period',
      '2024-Q3',
      '--as-of',
      '2024-10-09',
      '--out',
      out,
      '--json',
    ]);
    expect(run.code).toBe(0);
    j = JSON.parse(run.stdout);
    paragraphs = await docxParagraphs(join(dir, '三季度.docx'));
    const values = allValues(await readXlsx(out));
    body = values['通报 2024-Q3'].map((r) => String(r[0] ?? ''));
    attachment = values['通报 2024-Q3 附件1'];
    console = zugong(['report', EXAMPLE, '--period', '2024-Q3', '--as-of', '2024-10-09']).stdout;
  }, 120_000);

  it('opens with the 期数 line, the title in the 关于…的通报 form, 主送 and the opening sentence', () => {
    expect(paragraphs.slice(0, 6)).toEqual([
      '2024年第3期',
      '',
      '关于2024年第三季度组工信息宣传工作情况的通报',
      '',
      '各党（工）委，部机关各科室：',
      '根据《上街区组工信息宣传工作考核办法》，现将2024年第三季度各单位组工信息宣传工作情况通报如下。',
    ]);
  });

  it('has the five sections in order, 四 and 五 as headed blank lines when 设置 leaves them empty', () => {
    const headings = paragraphs.filter((p) => /^[一二三四五]、/.test(p));
    expect(headings).toEqual([
      '一、总体情况',
      '二、各单位积分排名情况',
      '三、通报表扬和通报批评',
      '四、存在问题',
      '五、下步要求',
    ]);
    const four = paragraphs.indexOf('四、存在问题');
    expect(paragraphs.slice(four + 1, four + 3)).toEqual(['', '']);
    expect(paragraphs[four + 3]).toBe('五、下步要求');
  });

  it('一、总体情况 is written from the figures, against last period and the same period last year', () => {
    const overall = paragraphs[paragraphs.indexOf('一、总体情况') + 1];
    const t = j.meta.totals;
    expect(overall).toMatch(
      /^2024年第三季度，各单位共报送组工信息\d+篇，被各级媒体录用\d+篇，其中中央级\d+篇、/,
    );
    expect(overall).toContain(
      `共计积分${t.points}分（含各单位稿件积分${t.manuscriptPoints}分、对口处室转报分成${t.relayPoints}分）`,
    );
    expect(overall).toMatch(/与上期（2024年第二季度）相比，报送(增加|减少)\d+篇/);
    expect(overall).toContain('去年同期（2023年第三季度）无台账记录，不作比较');
  });

  it('二、ranks each unit type on its own, with its own first three and last', () => {
    const towns = j.units
      .filter((u) => u.unitType === '乡镇街道')
      .sort((a, b) => a.rankInType - b.rankInType);
    const line = paragraphs.find((p) => p.startsWith('（一）乡镇街道'))!;
    const top = towns.slice(0, 3).map((u) => `${u.unit}（${u.points}分）`);
    expect(line).toBe(
      `（一）乡镇街道（5个）。前三名：${top.join('、')}；末位：${towns[4].unit}（${towns[4].points}分）。`,
    );
    expect(
      paragraphs.filter((p) => /^（[二三]）(其他党工委|部机关科室)（\d+个）。前三名：/.test(p)),
    ).toHaveLength(2);
    // --json marks 末 exactly where the document does.
    const marked = attachment.filter((r) => String(r[14] ?? '').includes('末')).map((r) => r[1]);
    expect(marked).toEqual(
      j.units
        .filter((u) => u.last)
        .map((u) => u.unit)
        .sort((a, b) => marked.indexOf(a) - marked.indexOf(b)),
    );
    expect(j.units.filter((u) => u.last).length).toBeGreaterThan(0);
  });

  it('三、praises the first of each type and criticises with reasons', () => {
    const three = paragraphs.slice(
      paragraphs.indexOf('三、通报表扬和通报批评') + 1,
      paragraphs.indexOf('四、存在问题'),
    );
    expect(three[0]).toMatch(/^（一）通报表扬。.+（部机关科室第一名，积分\d+(\.\d+)?分，录用\d+篇）/);
    expect(three[1]).toMatch(/^（二）通报批评。/);
    expect(three[1]).toContain('城建系统党工委本期零报送（既无报送也无录用）');
  });

  it('ends with the 附件 list, 落款, the date in Chinese numerals and 联系人', () => {
    const end = paragraphs.indexOf('中共上街区委组织部');
    expect(end).toBeGreaterThan(0);
    expect(paragraphs[end + 1]).toBe(chineseDate(dayOfDate(new Date())));
    expect(paragraphs[end + 3]).toBe('（联系人：　　　　，联系电话：　　　　）');
    expect(paragraphs.filter((p) => /^附件：1\. |^2\. 2024/.test(p))).toEqual([
      '附件：1. 2024年第三季度各单位组工信息积分排名表',
      '2. 2024年第三季度个人组工信息计任务情况表',
    ]);
  });

  it('one total: the ranking’s 合计, the text, the console and --json agree', () => {
    const sum = Math.round(j.units.reduce((a, u) => a + u.points, 0) * 100) / 100;
    expect(j.meta.totals.points).toBe(sum);
    expect(j.meta.totals.manuscriptPoints + j.meta.totals.relayPoints).toBeCloseTo(sum, 6);
    const total = attachment.find((r) => r[0] === '合计')!;
    expect(total[2]).toBe(sum);
    expect(body.join('')).toContain(`共计积分${sum}分`);
    expect(console).toMatch(new RegExp(`^合计：20 个单位，积分 ${sum}（稿件 `, 'm'));
  });

  it('the sent document has no 待核实 section and no ledger row number (the .docx and the tabs)', () => {
    expect(paragraphs.filter((p) => p.includes('待核实') || ROW_NUMBER.test(p))).toEqual([]);
    expect(body.filter((p) => p.includes('待核实') || ROW_NUMBER.test(p))).toEqual([]);
    expect(
      attachment.flat().filter((c) => typeof c === 'string' && (c.includes('待核实') || ROW_NUMBER.test(c))),
    ).toEqual([]);
  });

  it('the workbook carries 领导看板’s month chart as a native chart part over its month table', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, '三季度.xlsx')));
    const chart = (await zip.file('xl/charts/chart1.xml')?.async('string')) ?? '';
    expect(chart).toContain('<c:barChart>');
    // 月份 as categories and this year as the series: the example has no 2023 rows, so no empty
    // last-year series (test/sheets/run.test.ts covers the two-series chart).
    expect([...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1].replace(/&apos;|'/g, "'"))).toEqual([
      expect.stringMatching(/^'领导看板'!\$B\$\d+:\$B\$\d+$/),
      expect.stringMatching(/^'领导看板'!\$A\$\d+:\$A\$\d+$/),
      expect.stringMatching(/^'领导看板'!\$B\$\d+:\$B\$\d+$/),
    ]);
    expect(chart).toContain('2024年逐月积分');
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    expect(types).toContain('/xl/charts/chart1.xml');
    // The sheet that holds it points to its drawing; no note asking the reader to insert a chart.
    const board = allValues(await readXlsx(join(dir, '三季度.xlsx'))).领导看板;
    expect(board.flat().filter((c) => typeof c === 'string' && c.includes('插入'))).toEqual([]);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const withDrawing = [];
    for (const f of sheets)
      if (/<drawing r:id=/.test((await zip.file(f)?.async('string')) ?? '')) withDrawing.push(f);
    expect(withDrawing).toHaveLength(1);
  });

  it('the .docx tables: no name, status or figure wraps (each column is wider than its longest cell)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, '三季度.docx')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(2); // 附件1 and 附件2
    const tooNarrow: string[] = [];
    for (const t of tables) {
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const rows = t.split('</w:tr>').slice(0, -1);
      const cells = (row: string) =>
        row
          .split('</w:tc>')
          .slice(0, -1)
          .map((c) => ({
            text: [...c.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]),
            size: Number(/<w:sz w:val="(\d+)"/.exec(c)?.[1] ?? 0),
            span: Number(/<w:gridSpan w:val="(\d+)"/.exec(c)?.[1] ?? 1),
          }));
      const header = cells(rows[0]).map((c) => c.text.join(''));
      for (const row of rows) {
        const cs = cells(row);
        if (cs.length !== grid.length) continue; // a caption row spanning the table
        cs.forEach((c, k) => {
          if (header[k] === '备注' || header[k] === '说明') return; // running text may wrap
          // A CJK character is one em (size in half-points × 10 twips); a digit or letter at most half.
          for (const line of c.text) {
            let ems = 0;
            for (const ch of line) ems += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.5;
            if (ems * c.size * 10 + 2 * 108 > grid[k]) tooNarrow.push(`${header[k]}: ${line}`);
          }
        });
      }
    }
    expect(tooNarrow).toEqual([]);
    // The ranking's 达标状态 cells say their status on one line: 已达标, 进度正常 …
    expect(xml).toMatch(/<w:t xml:space="preserve">进度正常<\/w:t>/);
  });

  it('待核实 prints on A4 portrait: its columns fit the page, long 问题 wraps in a row tall enough', async () => {
    const ws = (await readXlsx(join(dir, '三季度.xlsx'))).getWorksheet('待核实')!;
    expect([ws.pageSetup.paperSize, ws.pageSetup.orientation, ws.pageSetup.fitToWidth]).toEqual([
      9,
      'portrait',
      1,
    ]);
    // Column widths in characters (exceljs): 640 px at 7 px a character, the body tab's printed width.
    const chars = [1, 2, 3, 4].map((c) => ws.getColumn(c).width ?? 0);
    expect(chars.reduce((a, w) => a + w, 0) * 7).toBeLessThanOrEqual(650);
    const rows: { text: string; wrap: boolean; height: number }[] = [];
    ws.eachRow((row) => {
      const issue = row.getCell(4);
      if (typeof row.getCell(1).value === 'number')
        rows.push({
          text: String(issue.value),
          wrap: issue.alignment?.wrapText === true,
          height: row.height ?? 15,
        });
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.wrap)).toEqual([]);
    // Each row is tall enough for its 问题 wrapped at the column's width (a CJK character ≈ 13.4 px at 10 pt).
    const issuePx = (ws.getColumn(4).width ?? 0) * 7;
    const short = rows.filter((r) => {
      const px = [...r.text].reduce((a, ch) => a + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 13.4 : 6.7), 0);
      return Math.ceil(px / (issuePx - 8)) * 13 > r.height;
    });
    expect(short).toEqual([]);
    expect(rows.some((r) => r.height > 15)).toBe(true);
  });

  it('--docx chooses another path for the document', () => {
    const other = join(dir, '通报', '第三季度通报.docx');
    const run = zugong([
      'report',
      EXAMPLE,
      '--period',
      '2024-Q3',
      '--out',
      join(dir, 'b.xlsx'),
      '--docx',
      other,
    ]);
    expect(run.code).toBe(0);
    expect(existsSync(other)).toBe(true);
    expect(existsSync(join(dir, 'b.docx'))).toBe(false);
  }, 60_000);
});

describe('个人表 = 不显示 on the command line', () => {
  it('regenerating the same --out leaves no 附件2 from the run before, and the ledger file as it was', async () => {
    const dir = tempDir();
    const input = await XlsxWorkbook.open(EXAMPLE);
    const tabs = Object.fromEntries(input.sheetNames().map((n) => [n, input.readValues(n)]));
    const ledger = join(dir, 'ledger.xlsx');
    await writeXlsx(ledger, tabs);
    const out = join(dir, 'report.xlsx');
    expect(zugong(['report', ledger, '--period', '2024-Q3', '--out', out]).code).toBe(0);
    expect((await readXlsx(out)).getWorksheet('通报 2024-Q3 附件2')).toBeTruthy();
    // The example's 设置 predates the 个人表 row (显示 by default): the office adds it.
    expect(tabs.设置.filter((r) => r[0] === '个人表')).toEqual([]);
    tabs.设置 = [...tabs.设置, ['个人表', '不显示']];
    await writeXlsx(ledger, tabs);
    const bytes = readFileSync(ledger);
    expect(zugong(['report', ledger, '--period', '2024-Q3', '--out', out]).code).toBe(0);
    const names = (await readXlsx(out)).worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith('通报 2024-Q3'))).toEqual(['通报 2024-Q3', '通报 2024-Q3 附件1']);
    expect(readFileSync(ledger).equals(bytes)).toBe(true);
  }, 120_000);
});
