// 初始化台账 gives the computed columns what 生成通报 reads (sweep S16a F1, F2, F5): the other ledger tabs
// (one per year) and TODAY() after the rule tables; it rewrites a formula that lacks them or whose
// references broke (#REF!), and says so; 生成通报 names a ledger tab the formula does not name and a
// broken formula.
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { runSetup, setupSummaryText } from '../../src/addon/setupLedger';
import type { Result } from '../../src/addon/sidebar/types';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { evaluateFormula } from '../fakes/evaluate';
import type { FakeSheet } from '../fakes/spreadsheetApp';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org' });

fixClock();

function ok<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

const piece = { 标题: '党建引领基层治理', 作者: '张三', 单位: '峡窝镇党委', 领导批示: '市' };
const lastYear = adoption({ ...piece, 报送日期: '2025-11-01', 媒体: '郑州日报', 录用日期: '2025-11-20' });
const thisYear = adoption({ ...piece, 报送日期: '2026-01-05', 媒体: '河南日报', 录用日期: '2026-01-10' });

function fill(sheet: FakeSheet, rows: RowSpec[]): void {
  ledgerGrid(rows)
    .slice(1)
    .forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== '') sheet._cell(r + 2, c + 1, true)!.v = v as never;
      });
    });
}

const n = LEDGER_HEADERS.length;
const ledger = () => fake.apps.spreadsheet._sheet('稿件台账')!;
const formula = () => ledger()._peek(1, n + 1)?.f ?? '';
/** Row 2's 积分 and 计任务 as Sheets would compute the formula now in the 积分 header cell. */
function row2(): unknown[] {
  const out = evaluateFormula(fake.apps.spreadsheet, ledger(), formula(), main as never);
  return out.length > 1 ? out[1].slice(0, 2) : out[0];
}
const notices = () => ok(main.generateReport('2026')).notices;

describe('the other ledger tabs in the computed columns', () => {
  it('a year tab present at setup is named in the formula: the repeat reads 10 / 0 as in the 通报', () => {
    fake.apps.spreadsheet._addSheet('稿件台账', [[...LEDGER_HEADERS]]);
    fake.apps.spreadsheet._addSheet('2025年', ledgerGrid([lastYear]) as unknown[][]);
    runSetup();
    fill(ledger(), [thisYear]);
    expect(formula()).toMatch(/, TODAY\(\), '2025年'!A1:[A-Z]+\)$/);
    expect(row2()).toEqual([10, 0]);
    expect(notices().filter((t) => t.includes('没有引用'))).toEqual([]);
  });

  it('a year tab added later is named by 生成通报; 初始化台账 adds it to the formula and says so', () => {
    runSetup();
    fill(ledger(), [thisYear]);
    expect(row2()).toEqual([20, 1]);
    fake.apps.spreadsheet._addSheet('2025年', ledgerGrid([lastYear]) as unknown[][]);
    expect(notices()).toContain(
      '「2025年」表的稿件已合并计入通报，但「稿件台账」表积分、计任务、校验列的公式没有引用它：这些列未跨表判断重复稿件、多次录用，可能与通报不同；请运行“初始化台账”，公式将加上该表',
    );
    const summary = runSetup();
    expect(summary.rewritten).toBe(1);
    const text = setupSummaryText(summary);
    expect(text).toContain('加上了其他台账表「2025年」，跨表判断重复稿件、多次录用，与通报一致');
    expect(text).not.toContain('台账已完整');
    expect(row2()).toEqual([10, 0]);
    expect(notices().filter((t) => t.includes('没有引用'))).toEqual([]);
    // A third run has nothing to rewrite.
    expect(runSetup().rewritten ?? 0).toBe(0);
  });
});

describe('a computed-column formula whose reference broke (#REF!)', () => {
  it('is named by 生成通报 and rewritten by 初始化台账 once the tab is back', () => {
    runSetup();
    fill(ledger(), [thisYear]);
    // The user deletes the optional 人员 tab: Sheets turns its reference in the formula into #REF!.
    const ss = fake.apps.spreadsheet;
    ss.deleteSheet(ss._sheet('人员')!);
    ledger()
      .getRange(1, n + 1)
      .setFormula(formula().replace("'人员'!A1:C", '#REF!'));
    expect(row2()).toEqual(['#REF!']);
    expect(notices().some((t) => t.includes('公式中有失效的引用（#REF!'))).toBe(true);
    const summary = runSetup();
    expect(summary.created).toContain('人员');
    expect(formula()).toContain("'设置'!A1:C, '人员'!A1:C, TODAY()");
    expect(setupSummaryText(summary)).toContain(
      '积分、计任务、校验的公式已重写：公式中有失效的引用（#REF!，如所引用的表曾被删除），已改为引用现有的表。',
    );
    expect(row2()).toEqual([20, 1]);
    expect(notices().some((t) => t.includes('#REF!'))).toBe(false);
  });
});

describe('an old formula without 今天', () => {
  it('gets TODAY() on rerun, keeping its arguments (an old one without 人员 gets "" there), and says so', () => {
    runSetup();
    const old = formula().replace(", '人员'!A1:C, TODAY()", '');
    ledger()
      .getRange(1, n + 1)
      .setFormula(old);
    fill(ledger(), [{ ...thisYear, 录用日期: '2027-01-15' }]);
    expect(row2()).toEqual([20, 1]);
    const text = setupSummaryText(runSetup());
    expect(formula()).toBe(old.replace(/\)$/, ', "", TODAY())'));
    expect(text).toContain('加上了“今天”（TODAY()），日期晚于今天一个多月的行暂不计分，与通报一致');
    expect(row2()).toEqual([0, 0]);
  });
});
