// A computed-column formula whose ranges stop short of the columns their tabs have (sweep S22b F1, F3): the
// office's journey in the fake. 初始化台账, then the range narrowed as a hand edit or Sheets leaves it; the
// recalculated 校验 says what the range lacks on the rows it could change, 生成通报 names the range, and
// 初始化台账 widens it, says so, and leaves 校验 clean with the 通报's numbers.
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { runSetup, setupSummaryText } from '../../src/addon/setupLedger';
import type { Result } from '../../src/addon/sidebar/types';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { evaluateFormula } from '../fakes/evaluate';
import type { FakeSheet } from '../fakes/spreadsheetApp';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org' });
fixClock();

function ok<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

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
const setFormula = (f: string) =>
  ledger()
    .getRange(1, n + 1)
    .setFormula(f);
/** The rows below the header as Sheets would compute the 积分 header cell's formula now. */
const computed = () =>
  evaluateFormula(fake.apps.spreadsheet, ledger(), formula(), main as never)
    .slice(1)
    .filter((r) => r.some((v) => v !== ''));
const notices = () => ok(main.generateReport('2026')).notices;

const ROWS: RowSpec[] = [
  // 河南日报 (省级, 10) with 1500 字: ×3 by the preset's 字数 rule = 30.
  adoption({
    标题: '长稿',
    报送对象: '区委组织部',
    媒体: '河南日报',
    报送日期: '2026-03-01',
    录用日期: '2026-03-10',
    字数: 1500,
  }),
  // 郑州日报 (市级, 5) with a 省 instruction: +20 = 25.
  adoption({
    标题: '批示稿',
    报送对象: '区委组织部',
    报送日期: '2026-03-02',
    录用日期: '2026-03-11',
    领导批示: '省',
  }),
  // A submission: no multiplier or bonus can change it.
  submission({ 标题: '报送稿', 报送对象: '区委组织部', 报送日期: '2026-03-03' }),
];
const TAIL =
  '如这些列已删除，请运行“初始化台账”补回；如这些列在「积分」列右边，请把它们拖到「积分」列左边后再运行“初始化台账”';

describe('a ledger range that ends before 字数 and 领导批示 (A1:J)', () => {
  it('校验 says it on the adopted rows, 生成通报 names it, 初始化台账 widens it and the columns agree again', () => {
    runSetup();
    fill(ledger(), ROWS);
    const whole = computed();
    expect(whole.map((r) => r.slice(0, 3))).toEqual([
      [30, 1, ''],
      [25, 1, ''],
      [0, 1, ''],
    ]);
    expect(formula()).toMatch(/^=ZG_LEDGER\(A1:V, /);
    setFormula(formula().replace('A1:V', 'A1:J'));
    const narrow = computed();
    expect(narrow.map((r) => r.slice(0, 2))).toEqual([
      [10, 1],
      [5, 1],
      [0, 1],
    ]);
    const said = narrow[0][2];
    expect(said).toBe(
      `台账范围内没有「字数」、「时长(分钟)」、「领导批示」列，本行未按字数加倍、未按时长加倍、未加领导批示分：${TAIL}`,
    );
    expect(narrow[1][2]).toBe(said);
    // The submission row: nothing the missing columns could change.
    expect(narrow[2][2]).toBe('');

    expect(notices()).toContain(
      '「稿件台账」表积分、计任务、校验列的公式少读了列：台账范围 A1:J 未包含K列「字数」、L列「时长(分钟)」、M列「版面」、N列「领导批示」等12列。这三列因此可能与通报不同：请运行“初始化台账”，公式将按现有的列重写',
    );

    const summary = runSetup();
    expect(summary.rewritten).toBe(1);
    const text = setupSummaryText(summary);
    expect(text).not.toContain('台账已完整');
    expect(text).toContain(
      '积分、计任务、校验的公式已重写：台账范围由 A1:J 改为 A1:V：原范围未包含K–V列（字数、时长(分钟)、版面、领导批示、对口处室、审核状态等），这些列未参与计算，与通报不同。',
    );
    expect(formula()).toMatch(/^=ZG_LEDGER\(A1:V, /);
    expect(computed()).toEqual(whole);
    expect(notices().filter((t) => t.includes('少读了列'))).toEqual([]);
    expect(runSetup().rewritten ?? 0).toBe(0);
  });

  // The office may write the ledger range with the tab's own name: it is the same range (left alone before).
  it.each([['稿件台账!A1:J'], ["'稿件台账'!A1:J"]])(
    'written with its own tab name (%s), it is named and widened too',
    (narrowArg) => {
      runSetup();
      fill(ledger(), ROWS);
      const whole = computed();
      setFormula(formula().replace('A1:V', narrowArg));
      expect(computed()[0].slice(0, 2)).toEqual([10, 1]);
      expect(notices()).toContain(
        `「稿件台账」表积分、计任务、校验列的公式少读了列：台账范围 ${narrowArg} 未包含K列「字数」、L列「时长(分钟)」、M列「版面」、N列「领导批示」等12列。这三列因此可能与通报不同：请运行“初始化台账”，公式将按现有的列重写`,
      );
      const text = setupSummaryText(runSetup());
      expect(text).toContain(
        `台账范围由 ${narrowArg} 改为 ${narrowArg.replace('A1:J', 'A1:V')}：原范围未包含K–V列`,
      );
      expect(computed()).toEqual(whole);
      expect(notices().filter((t) => t.includes('少读了列'))).toEqual([]);
    },
  );

  it('a range reaching every input column is never widened over the computed columns', () => {
    runSetup();
    const before = formula();
    expect(runSetup().rewritten ?? 0).toBe(0);
    expect(formula()).toBe(before);
    expect(before).not.toMatch(/A1:[W-Z]\b/);
  });
});

describe('a rule range Sheets shrank when a column was deleted and typed back at the end', () => {
  it('生成通报 names the column, 初始化台账 widens the range, and the version row scores', () => {
    runSetup();
    const ss = fake.apps.spreadsheet;
    const rules = ss._sheet('计分')!;
    const header = () => rules.getRange(1, 1, 1, rules.getLastColumn()).getValues()[0].map(String);
    const at = header().indexOf('生效日期') + 1;
    expect(at).toBe(rules.getLastColumn() - 1); // G of A1:H: 备注 after it
    // The office deletes 生效日期; Sheets shrinks '计分'!A1:H to A1:G (the fake does not rewrite references).
    rules.deleteColumns(at, 1);
    setFormula(formula().replace("'计分'!A1:H", "'计分'!A1:G"));
    // … and types it back at the right end, with a new version of 录用·省级 from July.
    const last = rules.getLastColumn();
    rules.getRange(1, last + 1).setValue('生效日期');
    const cols = header();
    const row = rules.getLastRow() + 1;
    const put = (name: string, v: unknown) => rules.getRange(row, cols.indexOf(name) + 1).setValue(v);
    put('采用方式', '录用');
    put('级别', '省级');
    put('分值', 12);
    put('生效日期', '2026-07-01');
    fill(ledger(), [
      adoption({ 标题: '三月', 媒体: '河南日报', 录用日期: '2026-03-10' }),
      adoption({ 标题: '七月', 媒体: '河南日报', 录用日期: '2026-07-10' }),
    ]);
    // Without its 生效日期 the version row reads as a clash (what every computed cell showed, F3).
    expect(String(computed()[0][0])).toContain('规则表有误');
    // … and the cells point at the formula's range as the cause, not only at a 计分 row that is right.
    expect(String(computed()[0][0])).toContain(
      '。若表中这两行的生效日期或标签不同，则是公式中「计分」表的范围少读了列：请运行“初始化台账”重写公式',
    );
    expect(notices()).toContain(
      "「稿件台账」表积分、计任务、校验列的公式少读了列：「计分」表范围 '计分'!A1:G 未包含H列「生效日期」。这三列因此可能与通报不同：请运行“初始化台账”，公式将按现有的列重写",
    );
    const text = setupSummaryText(runSetup());
    expect(text).toContain(
      "积分、计任务、校验的公式已重写：「计分」表的范围由 '计分'!A1:G 改为 '计分'!A1:H：原范围未包含该表的H列，计算列读到的表与通报读到的不同。",
    );
    expect(formula()).toContain("'计分'!A1:H");
    expect(computed().map((r) => r.slice(0, 3))).toEqual([
      [10, 1, ''],
      [12, 1, ''],
    ]);
    expect(notices().filter((t) => t.includes('少读了列'))).toEqual([]);
  });
});
