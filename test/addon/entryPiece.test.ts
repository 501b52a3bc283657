// 录入稿件 says what the sheet will compute for the whole piece (sweep S17b F1, F6, F7, F12, F13): the 计任务
// the column holds (0 on a second adoption or the 报送 row of an adopted piece, with why), an older copy the
// new row makes 重复行, the kept row named by its real tab and sheet row, each problem once, and a broken
// rule table named as its cell. Each case is checked against ZG_LEDGER evaluated from the sheet's formula.
import { beforeEach, describe, expect, it } from 'vitest';
import { appendLedgerRow, previewRow, ZG_LEDGER } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import type { Result } from '../../src/addon/sidebar/types';
import { evaluateLedgerFormula } from '../fakes/evaluate';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org' });

fixClock();
beforeEach(() => {
  runSetup();
});

function ok<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** Rows typed into a tab from sheet row 2, cell by cell in its own columns. */
function put(rows: Record<string, unknown>[], tab = '稿件台账', from = 2): void {
  const sheet = fake.apps.spreadsheet._sheet(tab)!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  rows.forEach((row, k) => {
    for (const [name, value] of Object.entries(row)) {
      sheet.getRange(from + k, header.indexOf(name) + 1).setValue(value);
    }
  });
}

/** What the sheet's 积分, 计任务 and 校验 columns hold on a row: ZG_LEDGER as its header cell calls it. */
function sheetRow(row: number): unknown[] {
  return evaluateLedgerFormula(fake.apps.spreadsheet, '稿件台账', { ZG_LEDGER } as never)[row - 1];
}

const piece = {
  标题: '峡窝镇推行四议两公开',
  作者: '张三',
  单位: '峡窝镇党委',
  报送对象: '区委组织部',
  报送日期: '2026-03-02',
  媒体: '郑州日报',
  采用方式: '录用',
  录用日期: '2026-03-10',
};

describe('F1: the 计任务 the sheet will hold', () => {
  it('a second adoption of a piece: 张三 0, and why, naming the row that counted', () => {
    put([{ ...piece, 字数: 1500 }]);
    const form = { ...piece, 作者: ['张三'], 媒体: '河南日报', 录用日期: '2026-10-20' };
    const preview = ok(previewRow(form));
    expect(preview.credit).toEqual([{ name: '张三', credit: 0 }]);
    expect(preview.warnings).toEqual(['本行不计任务：同一稿件已计过任务（第2行）']);
    const appended = ok(appendLedgerRow(form));
    expect(appended.warnings).toEqual(['本行不计任务：同一稿件已计过任务（第2行）']);
    // The sheet's 校验 says it too (it was empty: a 0 with no word).
    expect(sheetRow(3)).toEqual([
      10,
      0,
      '重复用稿：同一稿件已于2026年3月10日录用并计任务，本行“计任务”记0（按级别等条件去重的录用任务另行判断）',
    ]);
  });

  it('the 报送 row of an adopted piece: 0 as the sheet gives it', () => {
    put([piece]);
    const form = { ...piece, 作者: ['张三'], 媒体: '', 采用方式: '报送', 录用日期: '' };
    expect(ok(previewRow(form)).credit).toEqual([{ name: '张三', credit: 0 }]);
    const appended = ok(appendLedgerRow(form));
    expect(appended.warnings).toContain('本行不计任务：同一稿件已计过任务（第2行）');
    expect(sheetRow(3).slice(0, 2)).toEqual([0, 0]);
  });
});

describe('F6: a new copy that is kept makes the older row 重复行', () => {
  it('the preview and the answer name the older row, which the sheet then shows as 0', () => {
    // The older row is fuller (类别, 字数 800) but worth the same: the content tie-break keeps the new one.
    put([{ ...piece, 类别: '动态信息', 字数: 800 }]);
    const form = { ...piece, 作者: ['张三'] };
    const said =
      '本行录入后，「稿件台账」第2行将成为重复行（与本行标题、媒体相同，只计一次，保留本行）：该行积分由 5 变为 0';
    expect(ok(previewRow(form)).warnings).toEqual([said]);
    expect(ok(appendLedgerRow(form)).warnings).toEqual([said]);
    expect(sheetRow(2)).toEqual([0, 0, '重复行：与第3行标题、媒体相同，只计一次']);
    expect(sheetRow(3)).toEqual([5, 1, '']);
  });
});

describe('F7: a repeat names the kept row’s real tab and sheet row', () => {
  it('on the ledger tab: the row the sheet names, not the first data row', () => {
    const other = (标题: string) => ({ ...piece, 标题 });
    put([other('其他一'), other('其他二'), other('其他三'), { ...piece, 标题: '长稿件', 字数: 1500 }]);
    const form = { ...piece, 标题: '长稿件', 作者: ['张三'] };
    const said = '重复行：与第5行标题、媒体相同，只计一次';
    expect(ok(previewRow(form)).issues).toEqual([said]);
    expect(ok(appendLedgerRow(form)).warnings[0]).toBe(`${said}：已写入，但这一行不计分`);
    expect(sheetRow(6)).toEqual([0, 0, said]);
  });

  it('on another ledger tab: its tab and its own sheet row', () => {
    const last = { ...piece, 报送日期: '2025-11-01', 录用日期: '2025-11-20' };
    fake.apps.spreadsheet._addSheet(
      '2025年',
      ledgerGrid([
        { ...last, 标题: '别的稿件' },
        { ...last, 媒体: '郑州日报', 字数: 1500 },
      ]) as unknown[][],
    );
    const form = { ...piece, 作者: ['张三'] };
    expect(ok(previewRow(form)).issues).toEqual(['重复行：与「2025年」第3行标题、媒体相同，只计一次']);
  });
});

describe('F12: one problem, one line', () => {
  it('录用日期 before 报送日期: the 校验 wording with both days, once', () => {
    const form = { ...piece, 作者: ['张三'], 报送日期: '2026-04-10', 录用日期: '2026-04-03' };
    const preview = ok(previewRow(form));
    expect([...preview.issues, ...preview.warnings]).toEqual([
      '录用日期 2026-04-03 早于报送日期 2026-04-10，请核对',
    ]);
    expect(ok(appendLedgerRow(form)).warnings).toEqual([
      '校验：录用日期 2026-04-03 早于报送日期 2026-04-10，请核对',
    ]);
  });

  it('two dates a year ahead: one line each', () => {
    const form = { ...piece, 作者: ['张三'], 报送日期: '2027-03-02', 录用日期: '2027-03-10' };
    const preview = ok(previewRow(form));
    expect([...preview.issues, ...preview.warnings]).toEqual([
      '报送日期 2027-03-02 晚于今天一个多月，可能填错了年份，暂不计分',
      '录用日期 2027-03-10 晚于今天一个多月，可能填错了年份，暂不计分',
    ]);
  });
});

describe('F13, F3: a number the form cannot read is said once, the same at preview and submit', () => {
  it.each([
    ['1e4', '字数“1e4”不是数字'],
    // The page's marker for a number input holding text the browser cannot read (1500e).
    ['无法识别的数字', '字数中有无法识别的字符，请只填写数字'],
  ])('%s', (typed, said) => {
    const form = { ...piece, 作者: ['张三'], 字数: typed };
    const preview = ok(previewRow(form));
    expect([preview.points, preview.issues]).toEqual([0, [said]]);
    const refused = appendLedgerRow(form);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { 字数: said } });
  });
});

describe('F13: a bad 计分 cell is named as the cell', () => {
  it('the preview shows what every computed cell of the row shows, not “no points for 录用×市级”', () => {
    const points = fake.apps.spreadsheet._sheet('计分')!;
    const values = points.getDataRange().getValues();
    const header = values[0].map(String);
    const r = values.findIndex(
      (row) => row[header.indexOf('采用方式')] === '录用' && row[header.indexOf('级别')] === '市级',
    );
    points.getRange(r + 1, header.indexOf('分值') + 1).setValue('五分');
    put([{ ...piece, 标题: '别的稿件' }]);
    const preview = ok(previewRow({ ...piece, 作者: ['张三'] }));
    const stop = sheetRow(2)[2];
    expect(String(stop)).toMatch(/^规则表有误，暂不计分：/);
    expect(preview.issues).toEqual([stop]);
    expect(preview.points).toBe(0);
  });
});

describe('F4: authors read as the ledger reads 作者', () => {
  it('a spaced name is one person, a trailing 等 is dropped with a note, each name once', () => {
    const form = { ...piece, 作者: ['王 芳', '李四', '张三', '王芳 等'] };
    const preview = ok(previewRow(form));
    expect(preview.credit.map((c) => c.name)).toEqual(['王芳', '李四', '张三']);
    expect(preview.warnings).toEqual(['作者以“等”结尾：已去掉“等”，只按列出的作者计任务']);
    ok(appendLedgerRow(form));
    const sheet = fake.apps.spreadsheet._sheet('稿件台账')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    expect(sheet.getRange(2, header.indexOf('作者') + 1).getValue()).toBe('王芳、李四、张三');
  });

  it('four spaced single characters are two names, with the note the ledger gives', () => {
    const preview = ok(previewRow({ ...piece, 作者: ['王　芳 李　四'] }));
    expect(preview.credit.map((c) => c.name)).toEqual(['王芳', '李四']);
    expect(preview.warnings).toEqual([
      '作者是空格隔开的单字，已按每两字一人读取为“王芳、李四”；如不是两字的姓名，请去掉姓名内的空格，姓名之间用“、”分隔',
    ]);
  });
});
