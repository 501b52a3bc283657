import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  appendLedgerRow,
  applyPreset,
  generateReport,
  getEntryFormData,
  getRulesStatus,
  listMyRows,
  previewRow,
  selectLedgerRow,
  selectRuleCell,
} from '../../src/addon/main';
import { BUSY_MESSAGE } from '../../src/addon/runtime/lock';
import type { Failure, Result } from '../../src/addon/sidebar/types';
import { TABLE_HEADERS } from '../../src/core/rules';
import { fakeWorkbook, ledgerRecords, type SidebarName, sidebarHtml } from '../browser/harness';
import { sampleRows } from '../browser/sample';
import { type FakeApps, FakeRange } from '../fakes/spreadsheetApp';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function use(fake: FakeApps): FakeApps {
  uninstall = fake.install();
  return fake;
}

/** The data of a result that must have succeeded (its message when it did not). */
function okOf<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** The failure of a result that must have failed. */
function failureOf<T>(r: Result<T>): Failure {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r)}`);
  return r;
}

const ROW = { 标题: '新稿件', 作者: ['张三'], 单位: '峡窝镇党委', 采用方式: '报送', 报送日期: '2024-06-03' };

describe('sidebar server functions', () => {
  it('getEntryFormData lists units, relay offices (部机关科室), outlets with level and aliases, and the user', () => {
    use(fakeWorkbook(sampleRows()));
    const d = getEntryFormData();
    if (!d.ok) throw new Error(d.message);
    expect(d.units.map((u) => u.name)).toContain('峡窝镇党委');
    expect(d.unitsFromTable).toBe(true);
    expect(d.relayOffices).toContain('信息调研科');
    expect(d.relayOffices).not.toContain('峡窝镇党委');
    expect(d.outlets.find((o) => o.name === '中央电视台')).toMatchObject({
      level: '中央级',
      aliases: ['央视', 'CCTV'],
    });
    expect(d.modes).toEqual(['录用', '综合', '报送']);
    expect(d.email).toBe('xinxi@example.org');
    expect(d.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d); // plain JSON only
  });

  it('previewRow scores the RULES §6 examples with their why', () => {
    use(fakeWorkbook());
    const p = previewRow({
      标题: 'x',
      单位: '峡窝镇党委',
      媒体: '央视',
      采用方式: '录用',
      录用日期: '2024-05-01',
      '时长(分钟)': '2',
      领导批示: '省',
    });
    if (!p.ok) throw new Error(p.message);
    expect(p.points).toBe(110);
    expect(p.level).toBe('中央级');
    expect(p.why).toBe('中央级录用 30 ×3（影像报道超过1分钟） +20（省领导批示） = 110');
  });

  it('previewRow names the 指标 a row counts toward, and none for a row of 0 points', () => {
    use(fakeWorkbook(sampleRows()));
    const adopted = okOf(
      previewRow({ 标题: 'x', 作者: ['张三'], 单位: '峡窝镇党委', 媒体: '河南日报', 录用日期: '2024-05-01' }),
    );
    expect(adopted.quotas).toEqual([{ name: '全年积分', weight: 1 }]);
    // 报送 earns 0 points under 上街区's rules: it counts toward no indicator of this preset.
    expect(okOf(previewRow(ROW)).quotas).toEqual([]);
  });

  it('previews and appends as the ledger scores: a repeat of a row already there earns nothing and says so', () => {
    const fake = use(fakeWorkbook());
    const form = {
      标题: '重复的稿件',
      作者: ['张三'],
      单位: '峡窝镇党委',
      媒体: '河南日报',
      录用日期: '2024-05-01',
    };
    const first = okOf(appendLedgerRow(form));
    expect(first.points).toBe(10);
    expect(first.warnings).toEqual([]);
    const preview = previewRow(form);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.points).toBe(0);
    expect(preview.issues.join()).toContain('重复行');
    const again = okOf(appendLedgerRow(form));
    expect(again.points).toBe(0);
    expect(again.warnings.join()).toMatch(/重复行.*不计分/);
    // Another unit's row with the same title is its own piece.
    const other = previewRow({ ...form, 单位: '组织科' });
    expect(other.ok && other.points).toBe(10);
    expect(ledgerRecords(fake)).toHaveLength(2);
  });

  it('stores the canonical word for an alias, as the strict dropdowns of those columns require', () => {
    const fake = use(fakeWorkbook());
    const r = appendLedgerRow({
      标题: '别名稿件',
      作者: ['张三'],
      单位: '峡窝镇党委',
      媒体: '央视',
      采用方式: '采用',
      级别: '国家级',
      领导批示: '省领导',
      录用日期: '2024-05-01',
    });
    expect(r.ok).toBe(true);
    const row = ledgerRecords(fake).at(-1)!;
    expect([row.媒体, row.采用方式, row.级别, row.领导批示]).toEqual(['中央电视台', '录用', '中央级', '省']);
  });

  it('refuses a pasted wall of text beside its field instead of failing at the sheet', () => {
    const fake = use(fakeWorkbook());
    const r = failureOf(appendLedgerRow({ ...ROW, 标题: '长'.repeat(60_000) }));
    expect(r.fieldErrors).toEqual({ 标题: '内容过长（60000 字），请精简到 5000 字以内' });
    expect(ledgerRecords(fake)).toHaveLength(0);
  });

  it('a 对口处室 must be one of the 部机关科室 of the 单位 table', () => {
    use(fakeWorkbook());
    const form = { 标题: '转报', 单位: '峡窝镇党委', 媒体: '河南日报', 录用日期: '2024-05-01' };
    const bad = failureOf(appendLedgerRow({ ...form, 对口处室: '济源路街道党工委' }));
    expect(bad.fieldErrors?.对口处室).toContain('部机关科室');
    expect(appendLedgerRow({ ...form, 对口处室: '信息调研科' }).ok).toBe(true);
  });

  it('the live preview reads only the unit and title columns of a long ledger, not the whole sheet', () => {
    const cellsRead = (rows: number) => {
      const many = Array.from({ length: rows }, (_, i) => ({
        标题: `其他稿件${i}`,
        作者: '李四',
        单位: i % 2 ? '组织科' : '峡窝镇党委',
        媒体: '郑州日报',
        录用日期: '2024-05-01',
      }));
      const fake = fakeWorkbook(many);
      uninstall = fake.install();
      const spy = vi.spyOn(FakeRange.prototype, 'getValues');
      fake.resetCounts();
      const p = previewRow({
        标题: '新的一篇',
        单位: '峡窝镇党委',
        媒体: '河南日报',
        录用日期: '2024-06-01',
      });
      const read = spy.mock.results.reduce((a, r) => a + (r.value as unknown[][]).flat().length, 0);
      const calls = fake.log.total;
      spy.mockRestore();
      uninstall();
      uninstall = null;
      expect(p.ok && p.points).toBe(10);
      return { read, calls };
    };
    const small = cellsRead(10);
    const large = cellsRead(5_000);
    expect(large.calls).toBe(small.calls);
    // Two single columns of the ledger grow with it; the rule tabs do not.
    expect(large.read - small.read).toBe(2 * (5_000 - 10));
  });

  it('with a broken rule table the preview shows no points and names the cell, as the sheet does', () => {
    const fake = use(fakeWorkbook());
    fake.spreadsheet._addSheet('计分', [TABLE_HEADERS.计分, ['录用', '省级', '', '', '', '十分']]);
    const p = previewRow({ 标题: 'x', 单位: '峡窝镇党委', 媒体: '河南日报', 录用日期: '2024-05-01' });
    if (!p.ok) throw new Error(p.message);
    expect(p.points).toBe(0);
    expect(p.issues[0]).toMatch(/规则表有误.*「计分」表第2行「分值」/);
  });

  it('appends to the sheet’s own column order, after the last filled row even when computed columns run further', () => {
    const fake = use(fakeWorkbook());
    // An office's own layout: columns in another order, an extra column with a formula, computed cells below.
    fake.spreadsheet.deleteSheet(fake.spreadsheet._sheet('稿件台账')!);
    const sheet = fake.spreadsheet._addSheet('稿件台账', [
      ['单位', '序号', '标题', '积分', '报送日期', '采用方式', '作者'],
      ['峡窝镇党委', 1, '旧稿', 0, '2024-01-02', '报送', '李四'],
      ['', '', '', '', '', '', ''],
    ]);
    sheet.getRange(3, 2).setFormula('=ROW()-1');
    sheet.getRange(3, 4).setValue(0); // a computed value below the data
    sheet.getRange(4, 4).setValue(0);
    fake.resetCounts();
    const r = appendLedgerRow(ROW);
    expect(r).toMatchObject({ ok: true, row: 3 });
    // One write per run of adjacent columns the form fills: 单位 | 标题 | 报送日期 采用方式 作者.
    expect(fake.log.byMethod['Range.setValues']).toBe(3);
    expect(sheet.getRange(3, 1).getValue()).toBe('峡窝镇党委');
    expect(sheet.getRange(3, 3).getValue()).toBe('新稿件');
    expect(sheet.getRange(3, 7).getValue()).toBe('张三');
    expect(sheet.getRange(3, 2).getFormula()).toBe('=ROW()-1'); // the office's formula is kept
    expect(sheet.getRange(3, 4).getValue()).toBe(0); // the computed column is not written: the engine's
    expect(fake.lock.hasLock()).toBe(false);
  });

  it('writes text that looks like a formula, number or date as text', () => {
    const fake = use(fakeWorkbook());
    for (const title of ['=1+2', '+86 138', '-5 分', '@张三', '2024年3月5日通报']) {
      const r = okOf(appendLedgerRow({ ...ROW, 标题: title, 备注: title }));
      const sheet = fake.spreadsheet._sheet('稿件台账')!;
      expect(sheet.getRange(r.row!, 1).getValue()).toBe(title);
      expect(sheet.getRange(r.row!, 1).getFormula()).toBe('');
    }
  });

  it('a user the protection of the ledger leaves out is told so in Chinese, and no row is written', () => {
    const fake = use(fakeWorkbook());
    // The office protects the whole 稿件台账 tab (owner only); a staff member then submits.
    fake.spreadsheet.getSheetByName('稿件台账')!.protect().setDescription('台账由办公室维护');
    fake.setUser('staff@example.org');
    expect(appendLedgerRow(ROW)).toEqual({
      ok: false,
      message: '没有权限修改受保护的内容，请联系表格所有者或「设置」中的管理员。',
    });
    expect(ledgerRecords(fake)).toHaveLength(0);
  });

  it('refuses while another execution holds the lock, and writes nothing', () => {
    const fake = use(fakeWorkbook());
    fake.lock._heldElsewhere = true;
    expect(appendLedgerRow(ROW)).toEqual({ ok: false, code: 'busy', message: BUSY_MESSAGE });
    expect(ledgerRecords(fake)).toHaveLength(0);
  });

  it('says what to do when the ledger tab is missing, and never throws on junk input', () => {
    const fake = use(fakeWorkbook());
    fake.spreadsheet.deleteSheet(fake.spreadsheet._sheet('稿件台账')!);
    expect(appendLedgerRow(ROW).message).toContain('初始化台账');
    expect(appendLedgerRow(null as never)).toMatchObject({ ok: false });
    expect(previewRow(42 as never)).toMatchObject({ ok: true, empty: true });
    expect(generateReport('2024-13')).toMatchObject({ ok: false });
    expect(selectLedgerRow(-1)).toMatchObject({ ok: false });
  });

  it("selectRuleCell selects a rule tab's cell and refuses anything but a rule tab and an A1 cell", () => {
    const fake = use(fakeWorkbook(sampleRows()));
    fake.spreadsheet._addSheet('计分', [TABLE_HEADERS.计分, ['录用', '市级', '', '', '', '五分']]);
    expect(selectRuleCell('计分', 'f2')).toEqual({ ok: true, table: '计分', cell: 'F2' });
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe('计分');
    expect(failureOf(selectRuleCell('稿件台账', 'A1')).message).toBe('无法定位“稿件台账”表的单元格 A1');
    expect(failureOf(selectRuleCell('计分', 'A1:B2')).message).toBe('无法定位“计分”表的单元格 A1:B2');
    expect(failureOf(selectRuleCell('媒体', 'B2')).message).toBe('找不到“媒体”工作表');
    expect(selectRuleCell(null as never, 7 as never)).toMatchObject({ ok: false });
  });

  it('listMyRows returns the user’s rows newest first, up to the limit', () => {
    use(fakeWorkbook(sampleRows()));
    for (let i = 0; i < 3; i++) appendLedgerRow({ ...ROW, 标题: `第${i}篇` });
    const mine = listMyRows(2);
    if (!mine.ok) throw new Error(mine.message);
    expect(mine.by).toBe('email');
    expect(mine.rows.map((r) => r.title)).toEqual(['第2篇', '第1篇']);
  });

  it('applyPreset fills an empty rule tab under a near-miss name (指标 ) instead of adding a second 指标 tab', () => {
    const fake = use(fakeWorkbook());
    // Wholly blank: a tab with any non-blank cell, a header too, is never filled (sweep S20x F3).
    fake.spreadsheet._addSheet('指标 ', []);
    const done = applyPreset('部机关', true);
    if (!done.ok) throw new Error(done.message);
    expect(fake.spreadsheet._sheet('指标')).toBeUndefined();
    expect(fake.spreadsheet._sheet('指标 ')!.getRange(2, 1).getValue()).not.toBe('');
  });

  it('applyPreset plans first, never overwrites a filled tab, and fills a missing one on confirm', () => {
    const fake = use(fakeWorkbook());
    const plan = applyPreset('部机关', false);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.kept).toEqual(['单位']);
    expect(plan.changes.map((c) => c.table)).not.toContain('单位');
    expect(fake.spreadsheet._sheet('指标')).toBeUndefined();
    const before = fake.spreadsheet.getActiveSheet().getName();
    const done = applyPreset('部机关', true);
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe(before); // not thrown onto a new rule tab
    if (!done.ok) throw new Error(done.message);
    expect(done.applied).toBe(true);
    expect(fake.spreadsheet._sheet('指标')!.getRange(1, 1, 1, 3).getValues()[0]).toEqual(
      TABLE_HEADERS.指标.slice(0, 3),
    );
    const status = getRulesStatus();
    if (!status.ok) throw new Error(status.message);
    expect(status.errorCount).toBe(0);
    expect(status.tables.filter((t) => !t.present).map((t) => t.table)).toEqual([]);
    // A table the preset itself leaves empty (部机关 has no multipliers) is still written with its header.
    for (const c of done.changes) {
      expect(status.tables.find((t) => t.table === c.table)!.rows).toBe(c.rows);
    }
    expect(applyPreset('没有这个', true)).toMatchObject({ ok: false });
  });
});

describe('sidebar pages', () => {
  for (const name of ['entry', 'report', 'rules', 'help']) {
    it(`${name}.html is self-contained and safe to serve as an Apps Script template`, () => {
      const html = sidebarHtml(name as SidebarName);
      expect(html).not.toMatch(/<\?/); // no scriptlets: nothing unescaped can be printed
      expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
      expect(html).not.toMatch(/<script[^>]+src=/);
      expect(html).toContain('add-ons1.css');
    });
  }

  it('the text the pages show uses Chinese punctuation beside Chinese words (，：；（）, not , : ; ( ))', () => {
    const ascii = /[\p{Script=Han}][,;:!?()]|[,;:!?()][\p{Script=Han}]/u;
    const bad: string[] = [];
    for (const name of ['entry', 'report', 'rules', 'help'] as SidebarName[]) {
      const text = sidebarHtml(name)
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/<[^>]*>/g, '\n'); // tags and their attributes (ids, data-field names) are not shown
      for (const line of text.split('\n')) if (ascii.test(line)) bad.push(`${name}: ${line.trim()}`);
    }
    expect(bad).toEqual([]);
  });

  it('the pages use one blue (Google blue 600, its hover shade 700), not the old add-on blues', () => {
    const blues = new Set<string>();
    for (const name of ['entry', 'report', 'rules', 'help'] as SidebarName[]) {
      for (const hex of sidebarHtml(name).match(/#[0-9a-f]{6}\b/gi) ?? []) {
        const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
        if (b - Math.max(r, g) > 60) blues.add(hex.toLowerCase()); // a saturated blue, not a pale tint
      }
    }
    expect([...blues].sort()).toEqual(['#1765cc', '#1a73e8']);
  });
});
