// 录入稿件 writes only the fields the user filled (sweep S20x F4): a field left blank leaves its cell as it
// is, so an office formula kept down 报送对象 stays on the appended row, and the answer says that cell is the
// formula's, not the form's. The writes stay one per run of adjacent filled columns, whatever the rows.
import { afterEach, describe, expect, it } from 'vitest';
import { appendLedgerRow } from '../../src/addon/main';
import { fakeWorkbook, LEDGER_HEADER } from '../browser/harness';
import type { FakeApps } from '../fakes/spreadsheetApp';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

const col = (h: string) => LEDGER_HEADER.indexOf(h) + 1;
const letter = (h: string) => String.fromCharCode(64 + col(h));
const formula = (r: number) =>
  `=IF(${letter('单位')}${r}="","",IF(RIGHT(${letter('单位')}${r},1)="科","市委组织部","区委组织部"))`;

/** A ledger of `rows` rows, with the office's formula down 报送对象 on the rows below them. */
function ledger(rows: number): FakeApps {
  const data = Array.from({ length: rows }, (_, i) => ({
    标题: `旧稿${i}`,
    作者: '李四',
    单位: '峡窝镇党委',
    报送日期: '2024-05-01',
    报送对象: '区委组织部',
  }));
  const fake = fakeWorkbook(data);
  uninstall = fake.install();
  const sheet = fake.spreadsheet._sheet('稿件台账')!;
  if (sheet.getMaxRows() < rows + 12)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows + 12 - sheet.getMaxRows());
  for (let r = rows + 2; r <= rows + 12; r++) sheet.getRange(r, col('报送对象')).setFormula(formula(r));
  return fake;
}

describe('录入稿件: a blank field leaves its cell as it is', () => {
  it('keeps the office formula under a blank 报送对象 and says so; filled fields are written', () => {
    const fake = ledger(3);
    const sheet = fake.spreadsheet._sheet('稿件台账')!;
    const r = appendLedgerRow({ 标题: '新稿件', 作者: ['张三'], 单位: '峡窝镇党委', 报送日期: '2024-06-03' });
    if (!r.ok) throw new Error(r.message);
    expect(r.row).toBe(5);
    expect(sheet.getRange(5, col('报送对象')).getFormula()).toBe(formula(5));
    expect(sheet.getRange(5, col('标题')).getValue()).toBe('新稿件');
    expect(sheet.getRange(5, col('单位')).getValue()).toBe('峡窝镇党委');
    expect(sheet.getRange(5, col('录入人')).getValue()).toBe('xinxi@example.org');
    expect(r.warnings.filter((w) => w.includes('公式'))).toEqual([
      `“报送对象”未填：第 5 行该列的公式 ${formula(5).slice(0, 40)}… 保留，台账按公式结果计算；以上积分和校验按未填计算，请以台账“积分”“校验”列为准`,
    ]);
  });

  it('any blank field keeps its formula; a filled field written over an office formula is said', () => {
    const fake = ledger(3);
    const sheet = fake.spreadsheet._sheet('稿件台账')!;
    sheet.getRange(5, col('备注')).setFormula('=""');
    const r = appendLedgerRow({
      标题: '新稿件',
      作者: ['张三'],
      单位: '峡窝镇党委',
      报送日期: '2024-06-03',
      报送对象: '市委组织部',
    });
    if (!r.ok) throw new Error(r.message);
    expect(sheet.getRange(5, col('备注')).getFormula()).toBe('=""');
    expect(sheet.getRange(5, col('报送对象')).getValue()).toBe('市委组织部');
    expect(r.warnings).toContain(`第 5 行“报送对象”原有公式 ${formula(5).slice(0, 40)}…，已由所填内容替换`);
  });

  it('the calls do not grow with rows, and the writes are one per run of filled columns', () => {
    const calls = (rows: number) => {
      const fake = ledger(rows);
      fake.resetCounts();
      const r = appendLedgerRow({
        标题: '新稿件',
        作者: ['张三'],
        单位: '峡窝镇党委',
        报送日期: '2024-06-03',
      });
      if (!r.ok) throw new Error(r.message);
      const counts = { total: fake.log.total, writes: fake.log.byMethod['Range.setValues'] };
      uninstall?.();
      uninstall = null;
      return counts;
    };
    const small = calls(10);
    expect(calls(2_000)).toEqual(small);
    // 标题 作者 单位 | 报送日期 (类别 and 报送对象 between are blank) | 录入人.
    expect(small.writes).toBe(3);
  });
});
