// A clerk's edits that left the sheet's figures silently wrong (audit S26b):
// - F2 媒体 dragged right of 校验 (Sheets shrinks the range): a row kept above 0 by the 领导批示 bonus has a
//   校验 note; 生成通报, 刷新领导看板 and 录入稿件 name the column outside the range;
// - F3 积分/计任务/校验 pasted as values: 生成通报 and 刷新领导看板 say the columns no longer follow the ledger;
// - F5 积分 dragged next to 标题: nobody is told to clear 作者 and 单位; 初始化台账 does not say 台账已完整.
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { runSetup, setupSummaryText } from '../../src/addon/setupLedger';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { evaluateFormula } from '../fakes/evaluate';
import type { FakeSheet } from '../fakes/spreadsheetApp';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { adoption, type RowSpec, submission } from '../helpers/ledger';
import { fill, ok } from '../helpers/sheetRows';

const fake = useFakeApps({ owner: 'owner@example.org' });
fixClock();

const ss = () => fake.apps.spreadsheet;
const ledger = () => ss()._sheet('稿件台账')!;
const n = LEDGER_HEADERS.length;
const col = (h: string) => LEDGER_HEADERS.indexOf(h as never) + 1;
const letter = (c: number) => String.fromCharCode(64 + c);

const formulaCol = (sheet: FakeSheet) =>
  sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getFormulas()[0]
    .findIndex((f) => /ZG_LEDGER/.test(f)) + 1;
const formula = (sheet: FakeSheet) => sheet._peek(1, formulaCol(sheet))?.f ?? '';
const computed = (sheet: FakeSheet) =>
  evaluateFormula(ss(), sheet, formula(sheet), main as never)
    .slice(1)
    .filter((r) => r.some((v) => v !== ''));

/** A column dragged elsewhere, its values and formulas with it (the fake has no move); `to` as Sheets counts before the move. */
function moveColumn(sheet: FakeSheet, from: number, to: number): void {
  const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  const values = range.getValues();
  const formulas = range.getFormulas();
  const cells = values.map((row, r) => row.map((v, c) => (formulas[r][c] ? { f: formulas[r][c] } : v)));
  for (const row of cells) {
    const [x] = row.splice(from - 1, 1);
    row.splice(to - 1 - (to > from ? 1 : 0), 0, x);
  }
  const isF = (v: unknown): v is { f: string } => typeof v === 'object' && v !== null && 'f' in v;
  range.setValues(cells.map((row) => row.map((v) => (isF(v) ? '' : v))));
  cells.forEach((row, r) => {
    row.forEach((v, c) => {
      if (isF(v)) sheet.getRange(r + 1, c + 1).setFormula(v.f);
    });
  });
}

const ROWS: RowSpec[] = [
  adoption({
    标题: '稿一',
    报送对象: '区委组织部',
    报送日期: '2026-03-01',
    录用日期: '2026-03-10',
    领导批示: '国家',
    采用方式: '', // 录用 by its 媒体, as most ledgers leave it
  }),
  adoption({ 标题: '稿二', 报送对象: '区委组织部', 报送日期: '2026-03-02', 录用日期: '2026-03-11' }),
  submission({ 标题: '报送稿', 报送对象: '区委组织部', 报送日期: '2026-03-03' }),
];

/** 初始化台账, rows typed, then 媒体 dragged right of 校验: Sheets shrinks the range by one. */
function mediaRightOfCheck(): FakeSheet {
  runSetup();
  const sheet = ledger();
  fill(sheet, ROWS);
  const clean = computed(sheet);
  expect(clean[0][2]).toBe('');
  moveColumn(sheet, col('媒体'), n + 4);
  const f = formula(sheet);
  sheet.getRange(1, formulaCol(sheet)).setFormula(f.replace(`A1:${letter(n)}`, `A1:${letter(n - 1)}`));
  expect(sheet.getRange(1, n + 3).getValue()).toBe('媒体');
  return sheet;
}

describe('F2: 媒体 dragged right of the computed columns', () => {
  it('the row the bonus keeps above 0 says it in 校验; the 通报, the board and 录入稿件 name the column', () => {
    const sheet = mediaRightOfCheck();
    const rows = computed(sheet);
    // 稿一: 录用 with a 国家 批示, now only the bonus shows; 校验 says so instead of staying empty.
    expect(rows[0][0]).toBeGreaterThan(0);
    expect(String(rows[0][2])).toContain(
      '台账范围内没有「媒体」列，本行未能按录用计分，所示积分可能偏少：如该列已删除，请运行“初始化台账”补回；如该列在「积分」列右边，请把它拖到「积分」列左边后再运行“初始化台账”',
    );
    const said = `「稿件台账」表${letter(n + 3)}列「媒体」在「积分」「计任务」「校验」列右边，不在公式的台账范围内，积分、计任务、校验列未读它（通报仍读），这三列因此可能与通报不同：请把它拖到「积分」列左边`;
    expect(ok(main.generateReport('2026')).notices.join('\n')).toContain(said);
    expect(ok(main.refreshDashboard()).message).toContain(said);
    const entry = ok(
      main.appendLedgerRow({
        标题: '新稿',
        作者: ['张三'],
        单位: '峡窝镇党委',
        媒体: '河南日报',
        采用方式: '录用',
        录用日期: '2026-11-20',
      }),
    );
    expect(entry.points).toBeGreaterThan(0);
    expect(entry.warnings.join('\n')).toContain('台账上本行的积分、计任务、校验不会是上面的结果');
    expect(entry.warnings.join('\n')).toContain(said);
  });
});

describe('F3: the computed columns pasted as values', () => {
  it('生成通报 and 刷新领导看板 say they no longer follow the ledger; no cell is cleared', () => {
    runSetup();
    const sheet = ledger();
    fill(sheet, ROWS);
    const x = formulaCol(sheet);
    const values = [['积分', '计任务', '校验'], ...computed(sheet).map((r) => r.slice(0, 3))];
    sheet.getRange(1, x, values.length, 3).setValues(values);
    expect(formulaCol(sheet)).toBe(0);
    const said = `「稿件台账」表的${letter(x)}列「积分」、${letter(x + 1)}列「计任务」、${letter(x + 2)}列「校验」没有公式（可能被“选择性粘贴 → 仅粘贴值”覆盖），显示的是粘贴时的数，不随台账更新，可能与通报不同：如需恢复自动计算，请先清空这些列的全部单元格（含表头），再运行“初始化台账”`;
    expect(ok(main.generateReport('2026')).notices.join('\n')).toContain(said);
    expect(ok(main.refreshDashboard()).message).toContain(said);
    expect(sheet.getRange(1, x, values.length, 3).getValues()).toEqual(values);
    // Cleared as said, 初始化台账 writes the formula back and nothing is said any more.
    sheet.getRange(1, x, values.length, 3).clearContent();
    runSetup();
    expect(formulaCol(sheet)).toBe(x);
    expect(ok(main.generateReport('2026')).notices.join('\n')).not.toContain('没有公式');
  });
  it('刷新领导看板 reads the computed columns under its lock: a paste by someone else after it is not described', () => {
    runSetup();
    const sheet = ledger();
    fill(sheet, ROWS);
    const x = formulaCol(sheet);
    const values = [['积分', '计任务', '校验'], ...computed(sheet).map((r) => r.slice(0, 3))];
    // Another clerk pastes values the moment the board's lock is released: the board was built on the formulas.
    fake.apps.interleaveAfterRelease(() =>
      fake.apps.run(() => sheet.getRange(1, x, values.length, 3).setValues(values), {
        user: 'b@example.org',
      }),
    );
    const message = fake.apps.run(() => ok(main.refreshDashboard()).message);
    expect(formulaCol(sheet)).toBe(0);
    expect(message).not.toContain('没有公式');
  });
});

describe('F5: 积分 dragged next to 标题', () => {
  it('nobody is told to clear 作者 and 单位; the three go back right of the last ledger column', () => {
    runSetup();
    const sheet = ledger();
    fill(sheet, ROWS);
    const x = formulaCol(sheet);
    moveColumn(sheet, x, 2);
    const f = formula(sheet);
    sheet.getRange(1, 2).setFormula(f.replace(`A1:${letter(n)}`, `A1:${letter(n + 1)}`));
    expect(formulaCol(sheet)).toBe(2);
    computed(sheet); // Sheets shows an error in B1: the result would overwrite 作者 and 单位
    const said = `「稿件台账」表的「积分」列（B列，连同「计任务」「校验」列）被移到了台账的列中间，积分、计任务、校验列因此无法正确计算，可能与通报不同。它右边的C列「作者」等列是台账自己的内容，请勿清空：请把「积分」「计任务」「校验」三列拖回台账最后一列${letter(n + 1)}列「${LEDGER_HEADERS[n - 1]}」的右边，再运行一次“初始化台账”`;
    const notices = ok(main.generateReport('2026')).notices.join('\n');
    expect(notices).toContain(said);
    expect(notices).not.toContain('请清空这些单元格');
    const text = setupSummaryText(runSetup());
    expect(text).toContain(said);
    expect(text).not.toContain('请清空这些单元格');
    expect(text).not.toContain('台账已完整');
    expect(text).not.toContain('请把它拖到「积分」列左边');
    expect(sheet.getRange(2, 3).getValue()).toBe('张三');
  });
});
