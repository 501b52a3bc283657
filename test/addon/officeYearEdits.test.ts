// A year of office edits (audit S24c): what 初始化台账, the computed columns and 生成通报 say and do after
// - F1 a standard column deleted (时长(分钟), never used): 校验 names both causes and the one action, the
//   通报 says the column is missing, and one 初始化台账 puts it back left of 积分 inside the formula's range;
//   a standard column right of the computed columns is named with what to do;
// - F2 a paste under the computed columns: Sheets shows #REF! in the formula's cell; both menus name the cells;
// - F3 a new-year tab beside 稿件台账; F4 an office column named 备注; F5 设置 → 年度 left at last year.
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { runSetup, setupSummaryText } from '../../src/addon/setupLedger';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { evaluateFormula, evaluateLedgerFormula } from '../fakes/evaluate';
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

function setYear(year: number): void {
  const settings = ss()._sheet('设置')!;
  const row = settings._grid().findIndex((r) => r[0] === '年度');
  settings._cell(row + 1, 2, true)!.v = year;
}

const formulaCol = (sheet: FakeSheet) =>
  sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getFormulas()[0]
    .findIndex((f) => /ZG_LEDGER/.test(f)) + 1;
const formula = (sheet: FakeSheet) => sheet._peek(1, formulaCol(sheet))?.f ?? '';
/** The rows below the header as Sheets computes the formula now. */
const computed = (sheet: FakeSheet) =>
  evaluateFormula(ss(), sheet, formula(sheet), main as never)
    .slice(1)
    .filter((r) => r.some((v) => v !== ''));

const ROWS: RowSpec[] = [
  adoption({ 标题: '稿一', 报送对象: '区委组织部', 报送日期: '2026-03-01', 录用日期: '2026-03-10' }),
  adoption({ 标题: '稿二', 报送对象: '区委组织部', 报送日期: '2026-03-02', 录用日期: '2026-03-11' }),
  submission({ 标题: '报送稿', 报送对象: '区委组织部', 报送日期: '2026-03-03' }),
];

/** 初始化台账, rows typed, then the 时长(分钟) column deleted as Sheets does it (the range shrinks by one). */
function deleteDuration(): FakeSheet {
  runSetup();
  const sheet = ledger();
  fill(sheet, ROWS);
  sheet.deleteColumns(col('时长(分钟)'), 1);
  const f = formula(sheet);
  sheet.getRange(1, formulaCol(sheet)).setFormula(f.replace(`A1:${letter(n)}`, `A1:${letter(n - 1)}`));
  return sheet;
}

describe('F1: a standard column deleted from a ledger with computed columns', () => {
  it('校验 names both causes and one action; 生成通报 says the column is missing', () => {
    const sheet = deleteDuration();
    expect(formula(sheet)).toContain(`A1:${letter(n - 1)},`);
    const checks = computed(sheet).map((r) => r[2]);
    expect(checks.slice(0, 2)).toEqual([
      '台账范围内没有「时长(分钟)」列，本行未按时长加倍：如该列已删除，请运行“初始化台账”补回；如该列在「积分」列右边，请把它拖到「积分」列左边后再运行“初始化台账”',
      '台账范围内没有「时长(分钟)」列，本行未按时长加倍：如该列已删除，请运行“初始化台账”补回；如该列在「积分」列右边，请把它拖到「积分」列左边后再运行“初始化台账”',
    ]);
    expect(checks[2]).toBe('');
    expect(ok(main.generateReport('2026')).notices).toContain(
      '台账没有「时长(分钟)」列：「系数」表按时长加倍的规则无法适用',
    );
  });

  it('one 初始化台账 puts it back left of 积分, inside the range, and 校验 is clean', () => {
    const sheet = deleteDuration();
    const before = sheet.getRange(2, 1, 3, n - 1).getValues();
    const text = setupSummaryText(runSetup());
    // The column went in where 积分 was; the computed columns moved right by one.
    expect(sheet.getRange(1, n).getValue()).toBe('时长(分钟)');
    expect(formulaCol(sheet)).toBe(n + 1);
    expect(formula(sheet)).toContain(`A1:${letter(n)},`);
    expect(text).toContain(`稿件台账已补充列（${letter(n)}列）：时长(分钟)`);
    expect(text).toContain('补充的列放在「积分」列左边');
    // The range widened over the column this run put in left out no data: nothing says it did (s24r F7e).
    expect(text).not.toContain('原范围未包含');
    expect(computed(sheet).map((r) => r[2])).toEqual(['', '', '']);
    // The office's cells kept their places and values.
    expect(sheet.getRange(2, 1, 3, n - 1).getValues()).toEqual(before);
    expect(sheet.getRange(2, n, 3, 1).getValues()).toEqual([[''], [''], ['']]);
  });

  it('a standard column right of the computed columns is named with what to do, not moved', () => {
    const sheet = deleteDuration();
    // The office typed it back after the computed columns (Z of a 22-column ledger): outside the range.
    const at = formulaCol(sheet) + 3;
    sheet.getRange(1, at).setValue('时长(分钟)');
    const text = setupSummaryText(runSetup());
    expect(text).toContain(
      `${letter(at)}列「时长(分钟)」在「积分」「计任务」「校验」列右边，不在公式的台账范围内`,
    );
    expect(text).toContain('请把它拖到「积分」列左边，再运行一次“初始化台账”');
    expect(sheet.getRange(1, at).getValue()).toBe('时长(分钟)');
    expect(formulaCol(sheet)).toBe(n);
  });
});

describe('F2: a paste under the computed columns', () => {
  it('Sheets shows #REF!; 生成通报 and 初始化台账 name the cells and clear nothing; call counts do not grow with rows', () => {
    runSetup();
    const sheet = ledger();
    fill(sheet, ROWS);
    // An Excel block with its own 积分/计任务 pasted over rows 3–4 of the two first computed columns.
    const x = formulaCol(sheet);
    sheet.getRange(3, x, 2, 2).setValues([
      [5, 1],
      [3, 1],
    ]);
    expect(evaluateLedgerFormula(ss(), '稿件台账', main as never)).toEqual([['#REF!']]);
    expect(sheet.getRange(1, x).getValue()).toBe('#REF!');
    const cells = `${letter(x)}3:${letter(x + 1)}4`;
    const said = `「稿件台账」表「积分」「计任务」「校验」列的${cells}有手填或粘贴的内容，计算结果无法展开（三列全空、表头显示 #REF!）：请清空这些单元格`;
    ok(main.generateReport('2026')); // the 通报 tab made once: each count below replaces it
    const counts: number[] = [];
    for (const extra of [0, 60]) {
      // The same 2026 rows, then rows of the year before: read and scored, the 2026 通报 the same.
      const older = Array.from({ length: extra }, (_, i) =>
        submission({ 标题: `旧稿${i}`, 报送对象: '区委组织部', 报送日期: '2025-05-06' }),
      );
      fill(sheet, [...ROWS, ...older]);
      fake.apps.resetCounts();
      expect(ok(main.generateReport('2026')).notices).toContain(said);
      counts.push(fake.apps.log.total);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(setupSummaryText(runSetup())).toContain(said);
    expect(sheet.getRange(3, x, 2, 2).getValues()).toEqual([
      [5, 1],
      [3, 1],
    ]);
    // Cleared by the office: the formula expands again and nothing is said.
    sheet.getRange(3, x, 2, 2).clearContent();
    expect(evaluateLedgerFormula(ss(), '稿件台账', main as never)[0]).toEqual(['积分', '计任务', '校验']);
    expect(sheet.getRange(1, x).getValue()).toBe('');
    expect(ok(main.generateReport('2026')).notices.join('\n')).not.toContain('计算结果无法展开');
  });

  it('a pasted formula that shows "" blocks as text does and is named too (sweep s24r F8)', () => {
    runSetup();
    const sheet = ledger();
    fill(sheet, ROWS);
    const x = formulaCol(sheet);
    // An old ledger's =IF(…,"",…) pasted under 计任务: the cell shows nothing, yet Sheets cannot expand over it.
    sheet.getRange(3, x + 1).setFormula('=IF(1>2,1,"")');
    expect(evaluateLedgerFormula(ss(), '稿件台账', main as never)).toEqual([['#REF!']]);
    const said = `「稿件台账」表「积分」「计任务」「校验」列的${letter(x + 1)}3有手填或粘贴的内容，计算结果无法展开（三列全空、表头显示 #REF!）：请清空这些单元格`;
    expect(ok(main.generateReport('2026')).notices).toContain(said);
    expect(setupSummaryText(runSetup())).toContain(said);
  });
});

describe('F3: a new-year tab beside 稿件台账', () => {
  it('初始化台账 says the tab gets no computed columns, where 录入稿件 writes and how to start a new year', () => {
    runSetup();
    const header = ledger().getRange(1, 1, 1, n).getValues();
    const tab = ss().insertSheet('2026年台账');
    tab.getRange(1, 1, 1, n).setValues(header);
    const text = setupSummaryText(runSetup());
    expect(text).toContain('加上了其他台账表「2026年台账」');
    expect(text).toContain(
      '「2026年台账」表本身没有积分、计任务、校验列（这三列只在「稿件台账」表），“录入稿件”仍写入「稿件台账」表。新的一年请这样开始：把「稿件台账」表改名为上一年（如「2025年」），新建一个空白工作表命名为「稿件台账」，运行“初始化台账”；再把「设置」表的年度改为新的一年。',
    );
  });
});

describe('F4: an office column named 备注 beside the ledger’s', () => {
  it('初始化台账 says which one is read, as 生成通报 does', () => {
    runSetup();
    const sheet = ledger();
    sheet.insertColumnsBefore(4, 1);
    sheet.getRange(1, 4).setValue('备注');
    const said = `台账表头：D列「备注」和${letter(col('备注') + 1)}列「备注」都读作「备注」列，使用D列「备注」`;
    expect(ok(main.generateReport('2026')).notices).toContain(said);
    expect(setupSummaryText(runSetup())).toContain(said);
  });
});

describe('F5: 设置 → 年度 left at last year', () => {
  const rows: RowSpec[] = [
    adoption({ 标题: '去年稿', 报送日期: '2025-11-01', 录用日期: '2025-11-10' }),
    adoption({ 标题: '今年稿一', 报送日期: '2026-01-05', 录用日期: '2026-01-12' }),
    adoption({ 标题: '今年稿二', 报送日期: '2026-01-06', 录用日期: '2026-01-13' }),
  ];
  const said =
    '台账中有2行日期在2026年，不在「设置」年度（2025年）内，未计入：如已开始2026年，请把「设置」表的年度改为2026';

  it('生成通报 and 刷新领导看板 say the rows of the new year are not counted, once; not when none is or for the new year', () => {
    runSetup();
    setYear(2025);
    fill(ledger(), rows.slice(0, 1));
    // A January 通报 for last year with no row of the new year yet: normal, nothing said.
    expect(ok(main.generateReport('2025年')).notices.join('\n')).not.toContain('不在「设置」年度');
    fill(ledger(), rows);
    const notices = ok(main.generateReport('2025年')).notices;
    expect(notices.filter((m) => m === said)).toHaveLength(1);
    expect(ok(main.refreshDashboard()).message).toContain(said);
    // A 通报 of 2026 counts them: nothing said.
    expect(ok(main.generateReport('2026年')).notices.join('\n')).not.toContain('不在「设置」年度');
  });

  it('a piece sent in December and adopted in January is no row of the new year (sweep s24r F5)', () => {
    runSetup();
    setYear(2025);
    // Its 报送 counts in 2025: moving 年度 on would take it out of the year-end 通报.
    fill(ledger(), [rows[0], adoption({ 标题: '跨年稿', 报送日期: '2025-12-28', 录用日期: '2026-01-03' })]);
    expect(ok(main.generateReport('2025年')).notices.join('\n')).not.toContain('不在「设置」年度');
    fill(ledger(), [
      rows[0],
      adoption({ 标题: '跨年稿', 报送日期: '2025-12-28', 录用日期: '2026-01-03' }),
      rows[1],
    ]);
    expect(ok(main.generateReport('2025年')).notices).toContain(
      '台账中有1行日期在2026年，不在「设置」年度（2025年）内，未计入：如已开始2026年，请把「设置」表的年度改为2026',
    );
  });
});
