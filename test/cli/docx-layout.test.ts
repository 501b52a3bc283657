// The 通报 .docx as an office prints it (session 12 sweep): 比上期增减 signed as on the console and in the
// .xlsx; the title broken between words on balanced lines; the 附件说明, 落款 and date kept with the last
// text; a 落款 even without 发文机关 in 设置; a ranking too wide for the page sized by its cells, the 单位
// column keeping at least six characters a line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { noticeDocx, tableLayout } from '../../src/cli/docx';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { balanceLines, buildNotice, type NoticeTable } from '../../src/core/notice';
import { monthPeriod, quarterPeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid } from '../helpers/ledger';
import { docxParagraphs } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'zg-docx-'));

async function docOf(preset: '上街区' | '部机关', issuer?: string) {
  const base = presetRules(preset);
  const rules = { ...base, settings: { ...base.settings, ...(issuer === undefined ? {} : { issuer }) } };
  const rows = [
    adoption({
      单位: '峡窝镇党委',
      标题: 'a',
      媒体: '河南日报',
      录用日期: '2024-05-05',
      报送日期: '2024-05-01',
    }),
    adoption({
      单位: '峡窝镇党委',
      标题: 'b',
      媒体: '河南日报',
      录用日期: '2024-08-05',
      报送日期: '2024-08-01',
    }),
    adoption({
      单位: '峡窝镇党委',
      标题: 'c',
      媒体: '人民日报',
      录用日期: '2024-08-06',
      报送日期: '2024-08-01',
    }),
  ];
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const period = quarterPeriod(2024, 3);
  const report = buildReport(scored, rules, period, period.to);
  const doc = buildNotice(report, rules.settings, { issuedOn: dayFromYmd(2024, 10, 9) });
  const path = join(dir, `${preset}-${issuer ?? ''}.docx`);
  writeFileSync(path, await noticeDocx(doc));
  return { doc, path };
}

describe('the .docx 通报', () => {
  it('signs 比上期增减 as the console does (+30, not 30)', async () => {
    const { path } = await docOf('上街区');
    const ps = await docxParagraphs(path);
    const at = ps.indexOf('峡窝镇党委');
    // 单位, 本期积分, 其中转报分成, 累计积分, 4 levels, 录用合计, 报送, 上期积分, 比上期增减, 达标状态
    expect(ps.slice(at, at + 13)).toEqual([
      '峡窝镇党委',
      '40',
      '',
      '50',
      '1',
      '1',
      '0',
      '0',
      '2',
      '2', // b and c, each with a 报送日期 (no 报送对象: still submissions, RULES §9)
      '10',
      '+30',
      '未达标',
    ]);
  });

  it('sets the title on two lines broken between words: 关于2024年第三季度 / 组工信息宣传工作情况的通报', async () => {
    const { path } = await docOf('上街区');
    const xml =
      (await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')?.async('string')) ?? '';
    const title = xml.split('</w:p>').find((p) => p.includes('情况的通报')) ?? '';
    const texts = [...title.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts).toEqual(['关于2024年第三季度', '组工信息宣传工作情况的通报']);
    expect(title).toContain('<w:br/>');
  });

  it.each([
    [monthPeriod(2024, 3), ['关于2024年3月组工信息', '宣传工作情况的通报']],
    [monthPeriod(2024, 10), ['关于2024年10月组工信息', '宣传工作情况的通报']],
    [yearPeriod(2024), ['关于2024年组工信息宣传工作情况的通报']],
  ])(
    'a title near the line’s width breaks between words, never before its last character: %j',
    async (period, lines) => {
      // 关于2024年3月组工信息宣传工作情况的通报 fitted with 0.3 characters to spare: rendered, 报 went to a line alone.
      const rules = presetRules('上街区');
      const scored = scoreLedger(parseLedger(ledgerGrid([adoption({ 录用日期: '2024-03-05' })])), rules);
      const report = buildReport(scored, rules, period, period.to);
      const path = join(dir, `title-${period.code}.docx`);
      writeFileSync(
        path,
        await noticeDocx(buildNotice(report, rules.settings, { issuedOn: dayFromYmd(2025, 1, 9) })),
      );
      const xml =
        (await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')?.async('string')) ?? '';
      const title = xml.split('</w:p>').find((p) => p.includes('情况的通报')) ?? '';
      expect([...title.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual(lines);
    },
  );

  it('keeps the 附件说明, 落款 and date with the last text, and has a 落款 without 发文机关', async () => {
    const { path, doc } = await docOf('部机关', '');
    expect(doc.issuer).toBe('（发文机关）');
    const xml =
      (await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')?.async('string')) ?? '';
    const body = xml.slice(0, xml.indexOf('（联系人'));
    const paras = body.split('</w:p>');
    const from = paras.findIndex((p) => p.includes('五、下步要求'));
    const chain = paras.slice(from, paras.length - 1);
    expect(chain.filter((p) => !p.includes('<w:keepNext/>')).map((p) => p.replace(/<[^>]+>/g, ''))).toEqual(
      [],
    );
    expect(chain.some((p) => p.includes('（发文机关）'))).toBe(true);
  });
});

describe('an empty 附件 table', () => {
  it('says （无） under its header, as the .xlsx tab does', async () => {
    const rules = presetRules('上街区');
    const scored = scoreLedger(parseLedger(ledgerGrid([adoption({ 录用日期: '2024-08-05' })])), rules);
    const period = quarterPeriod(2024, 1);
    const report = buildReport(scored, rules, period, period.to);
    const doc = buildNotice(report, rules.settings, { issuedOn: dayFromYmd(2024, 10, 9) });
    expect(doc.attachments[1].groups.map((g) => g.rows.length)).toEqual([0]);
    const path = join(dir, 'empty.docx');
    writeFileSync(path, await noticeDocx(doc));
    const ps = await docxParagraphs(path);
    const at = ps.lastIndexOf('说明');
    expect(ps[at + 1]).toBe('（无）');
  });
});

describe('balanceLines', () => {
  const w = (t: string) => [...t].reduce((a, ch) => a + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.55), 0);
  it.each([
    [
      ['关于', '2024年第四季度', '组工信息', '宣传工作', '情况的通报'],
      20,
      ['关于2024年第四季度', '组工信息宣传工作情况的通报'],
    ],
    [['关于', '2024年', '组工信息', '宣传工作', '情况的通报'], 20, ['关于2024年组工信息宣传工作情况的通报']],
    [
      ['关于', '2024年1月1日至2024年5月31日', '组工信息', '宣传工作', '情况的通报'],
      20,
      ['关于2024年1月1日至2024年5月31日', '组工信息宣传工作情况的通报'],
    ],
  ])('%j at %i characters', (parts, cap, lines) => {
    expect(balanceLines(parts, cap, w)).toEqual(lines);
  });
});

describe('a ranking wider than the page at 小五', () => {
  const header = [
    '名次',
    '单位',
    '本期积分',
    '其中转报分成',
    '累计积分',
    '中央级录用',
    '省级录用',
    '市级录用',
    '区县级录用',
    '录用合计',
    '报送',
    '上期积分',
    '比上期增减',
    '达标状态',
    '备注',
  ];
  const long = '中共郑州市上街区峡窝镇第一工业园区非公有制经济组织联合委员会';
  const row = (name: string) => [
    1,
    name,
    200.5,
    12.5,
    1200.5,
    3,
    5,
    0,
    1,
    9,
    13,
    150.5,
    50,
    '未达标',
    '不得评先评优',
  ];
  const t: NoticeTable = {
    title: 'x',
    header,
    pointCols: [3, 4, 5, 12, 13],
    changeCols: [13],
    creditCols: [],
    decimals: 2,
    groups: [{ caption: '', rows: [row(long), row('济源路街道党工委'), row('第42街道党工委')] }],
    total: null,
    notes: [],
  };
  // Landscape A4 text width (297 − 37 − 35 mm) in twips.
  const page = Math.round(297 * 56.7) - Math.round(37 * 56.7) - Math.round(35 * 56.7);

  it('gives 单位 the room the figures leave, at least six characters a line, and the figures their width', () => {
    const { size, widths, margin } = tableLayout(t, page);
    expect(size).toBe(18);
    // Too wide at 小五 with Word's cell margins: cells 0.1 cm a side (57 twips) before any name wraps.
    expect(margin).toBe(57);
    const em = size * 10;
    const perLine = (c: number) => Math.floor((widths[c] - (2 * 57 + 60)) / em);
    expect(perLine(1)).toBeGreaterThanOrEqual(8); // 济源路街道党工委 on one line
    expect(Math.ceil([...long].length / perLine(1))).toBeLessThanOrEqual(4);
    expect(perLine(14)).toBeGreaterThanOrEqual(6); // 不得评先评优
    expect(widths.reduce((a, x) => a + x, 0)).toBeLessThanOrEqual(page);
  });
});
