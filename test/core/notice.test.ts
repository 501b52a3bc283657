// buildNotice: the 通报 document frame of RULES §7 from a report model and the office's words in 设置.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { buildNotice, chineseDate, issueLine } from '../../src/core/notice';
import { monthPeriod, parsePeriod, quarterPeriod, rangePeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Period, Rules, Settings } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function notice(rows: RowSpec[], period: Period, over: Partial<Settings> = {}) {
  const base = presetRules('上街区');
  const rules: Rules = { ...base, settings: { ...base.settings, ...over } };
  const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
  const report = buildReport(scored, rules, period, period.to);
  return { report, doc: buildNotice(report, rules.settings, { issuedOn: dayFromYmd(2024, 10, 9) }) };
}

const ten = (unit: string, day: string, title: string, over: RowSpec = {}) =>
  adoption({ 单位: unit, 标题: title, 媒体: '河南日报', 录用日期: day, 报送日期: day, ...over });

describe('chineseDate', () => {
  it.each([
    [2024, 10, 9, '二〇二四年十月九日'],
    [2024, 12, 31, '二〇二四年十二月三十一日'],
    [2025, 1, 20, '二〇二五年一月二十日'],
    [2030, 11, 10, '二〇三〇年十一月十日'],
  ])('%i-%i-%i reads %s', (y, m, d, text) => {
    expect(chineseDate(dayFromYmd(y, m, d))).toBe(text);
  });
});

describe('buildNotice', () => {
  const rows = [ten('峡窝镇党委', '2024-07-03', 'a'), ten('组织科', '2024-08-03', 'b')];

  it('fills the 文号 template from the period: {年} and {期} (the quarter, the month)', () => {
    const { report } = notice(rows, quarterPeriod(2024, 3));
    expect(issueLine(report, '上组〔{年}〕{期}号')).toBe('上组〔2024〕3号');
    expect(notice(rows, monthPeriod(2024, 8)).doc.issueLine).toBe('2024年第8期');
  });

  it('leaves a year’s and a range’s 期 blank for the office: their 1 and end month were a Q1’s and a month’s (audit s34 C-F3)', () => {
    expect(notice(rows, yearPeriod(2024)).doc.issueLine).toBe('2024年第\u3000期');
    expect(notice(rows, rangePeriod(dayFromYmd(2024, 1, 1), dayFromYmd(2024, 6, 30))).doc.issueLine).toBe(
      '2024年第\u3000期',
    );
  });

  it('puts the office’s own text under 四 and 五, a paragraph a line', () => {
    const { doc } = notice(rows, quarterPeriod(2024, 3), {
      problems: '一是部分单位报送不均衡。\n二是高质量稿件偏少。',
      nextSteps: '请各单位对照任务查漏补缺。',
      contact: '王五，电话：68911234',
    });
    const at = (h: string) => doc.body.findIndex((b) => b.text === h);
    expect(doc.body.slice(at('四、存在问题') + 1, at('五、下步要求')).map((b) => b.text)).toEqual([
      '一是部分单位报送不均衡。',
      '二是高质量稿件偏少。',
    ]);
    expect(doc.body.slice(at('五、下步要求') + 1).map((b) => b.text)).toEqual(['请各单位对照任务查漏补缺。']);
    expect(doc.contact).toBe('（联系人：王五，电话：68911234）');
  });

  it.each([
    ['王五，电话：68911234', '（联系人：王五，电话：68911234）'],
    ['（联系人：王五）', '（联系人：王五）'],
    ['王五（办公室）', '（联系人：王五（办公室））'],
    ['=HYPERLINK("x")', '（联系人：=HYPERLINK("x")）'],
  ])('the 联系人 line of %s keeps the text’s own brackets: %s', (contact, line) => {
    expect(notice(rows, quarterPeriod(2024, 3), { contact }).doc.contact).toBe(line);
  });

  it('合并 ranks all units in one sentence; 个人表 不显示 leaves the people table out', () => {
    const { doc } = notice(rows, quarterPeriod(2024, 3), { rankingMode: '合并', showPeople: false });
    const two = doc.body.slice(
      doc.body.findIndex((b) => b.text === '二、各单位积分排名情况') + 1,
      doc.body.findIndex((b) => b.text === '三、通报表扬和通报批评'),
    );
    expect(two.map((b) => b.text)).toEqual([
      '全部15个单位。前两名：峡窝镇党委（10分，并列第1）、组织科（10分，并列第1）；13个单位本期积分为0。',
      '各单位具体得分详见附件1。',
    ]);
    expect(doc.attachments.map((t) => t.title)).toEqual(['2024年第三季度各单位组工信息积分排名表']);
    expect(doc.attachmentList).toHaveLength(1);
  });

  it('explains a 倒扣 in 通报批评 with the unit, the title and the points, never a row number', () => {
    const { doc } = notice(
      [...rows, ten('干部科', '2024-09-03', '失实报道', { 核定: '倒扣', 备注: '数据失实' })],
      parsePeriod('2024-Q3')!,
    );
    const criticism = doc.body.find((b) => b.text.startsWith('（二）通报批评。'))!.text;
    expect(criticism).toContain('干部科《失实报道》经核定倒扣10分（数据失实）');
    expect(criticism).not.toMatch(/第\s*\d+\s*行/);
  });
});
