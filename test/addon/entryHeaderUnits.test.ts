// 录入稿件 on a ledger whose 字数 / 时长 columns are headed in another unit (字数（千字）, 时长（秒）): the form's
// 字 and 分钟 are written in the column's unit, and the preview, the append's answer and the sheet's ZG_LEDGER
// (evaluated from the formula 初始化台账 wrote) give the same points (sweep S17c F1).
import { describe, expect, it } from 'vitest';
import { appendLedgerRow, previewRow, ZG_LEDGER } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { evaluateLedgerFormula } from '../fakes/evaluate';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';

const fake = useFakeApps({ owner: 'owner@example.org' });
fixClock();

/** The sheet's 积分 / 计任务 / 校验 as ZG_LEDGER computes them from the formula in the header. */
function sheetRows(): unknown[][] {
  return evaluateLedgerFormula(fake.apps.spreadsheet, '稿件台账', { ZG_LEDGER } as never);
}

const piece = {
  单位: '峡窝镇党委',
  报送对象: '区委组织部',
  报送日期: '2026-03-02',
  媒体: '郑州日报',
  采用方式: '录用',
  录用日期: '2026-03-10',
  作者: ['张三'],
};

function ledger(chars: string, minutes: string): void {
  const header = LEDGER_HEADERS.map((h) => (h === '字数' ? chars : h === '时长(分钟)' ? minutes : h));
  fake.apps.spreadsheet._addSheet('稿件台账', [header]);
  runSetup();
}

const cases = [
  // 800 字 is under 1000 (×1); 1500 字 over it (×3); 2 分钟 over 1 minute (×3); 0.5 分钟 not.
  { chars: '字数（千字）', minutes: '时长（秒）', form: { 字数: 800 }, cell: 0.8, points: 5 },
  { chars: '字数（千字）', minutes: '时长（秒）', form: { 字数: 1500 }, cell: 1.5, points: 15 },
  { chars: '字数（万字）', minutes: '时长（秒）', form: { 字数: 1500 }, cell: 0.15, points: 15 },
  { chars: '字数（千字）', minutes: '时长（秒）', form: { '时长(分钟)': 2 }, cell: 120, points: 15 },
  { chars: '字数（千字）', minutes: '时长（秒）', form: { '时长(分钟)': 0.5 }, cell: 30, points: 5 },
  { chars: '字数', minutes: '时长（小时）', form: { '时长(分钟)': 2 }, cell: 0.0333333333333, points: 15 },
  { chars: '字数', minutes: '时长（小时）', form: { '时长(分钟)': 1 }, cell: 0.0166666666667, points: 5 },
];

describe('录入稿件 on a ledger headed in other units', () => {
  it.each(cases)('$chars / $minutes, $form: written as $cell, scored $points everywhere', (c) => {
    ledger(c.chars, c.minutes);
    const form = { ...piece, 标题: '峡窝镇推行四议两公开', ...c.form };
    const preview = previewRow(form as never) as { ok: true; points: number; warnings: string[] };
    const append = appendLedgerRow(form as never) as {
      ok: true;
      row: number;
      points: number;
      warnings: string[];
    };
    expect(append.ok).toBe(true);
    const sheet = fake.apps.spreadsheet._sheet('稿件台账')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const field = '字数' in c.form ? c.chars : c.minutes;
    const written = sheet.getRange(append.row, header.indexOf(field) + 1).getValue();
    expect(written).toBe(c.cell);
    expect(preview.points).toBe(c.points);
    expect(append.points).toBe(c.points);
    expect(sheetRows()[append.row - 1][0]).toBe(c.points);
    // The number converted is said, naming the column.
    expect(append.warnings.some((w) => w.includes(`按「${field}」列的单位写为 ${c.cell}`))).toBe(true);
    expect(preview.warnings).toEqual(
      expect.arrayContaining(append.warnings.filter((w) => w.includes('单位写为'))),
    );
  });

  it('a column in 字 and 分钟 gets the numbers as typed, with no note', () => {
    ledger('字数', '时长(分钟)');
    const form = { ...piece, 标题: '照写', 字数: 1500, '时长(分钟)': 2 };
    const append = appendLedgerRow(form as never) as { ok: true; row: number; warnings: string[] };
    const sheet = fake.apps.spreadsheet._sheet('稿件台账')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    expect(sheet.getRange(append.row, header.indexOf('字数') + 1).getValue()).toBe(1500);
    expect(sheet.getRange(append.row, header.indexOf('时长(分钟)') + 1).getValue()).toBe(2);
    expect(append.warnings.filter((w) => w.includes('单位写为'))).toEqual([]);
  });
});
