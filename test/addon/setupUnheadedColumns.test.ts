// 初始化台账 adds a missing standard column only where the column is wholly free (sweep S20x F6): an office
// column of data under a blank header (notes, 稿费 amounts) is never given a standard name. The new columns
// go right of the last used column, the summary names their letters, and a note names the column passed over.
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/addon/main';
import { runSetup, setupSummaryText } from '../../src/addon/setupLedger';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { useFakeApps } from '../fakes/useFakeApps';

const fake = useFakeApps({ owner: 'owner@example.org', startWithSheet1: false });

/** The 附件1 line of 峡窝镇党委 in the 2026-03 通报. */
function unitLine(): unknown[] | undefined {
  const r = generateReport('2026-03');
  if (!r.ok) throw new Error(r.message);
  return fake.apps.spreadsheet
    ._sheet('通报 2026-03 附件1')!
    ._grid()
    .find((l) => l.includes('峡窝镇党委'));
}

describe('初始化台账: an unheaded column of data is never named', () => {
  it('notes under a blank H1: the missing headers go from I, and the summary says so', () => {
    const sheet = fake.apps.spreadsheet._addSheet('稿件台账', [
      ['标题', '作者', '单位', '报送日期', '媒体', '录用日期'],
      ['稿件甲', '张三', '峡窝镇党委', '2026-03-03', '郑州日报', '2026-03-05', '', '已电话催报'],
      ['稿件乙', '李四', '区直机关工委', '2026-03-04', '', '', '', '3月6日补报'],
    ]);
    const summary = runSetup();
    const header = sheet._grid()[0];
    expect(header[7]).toBe(''); // H: the office's notes, still unheaded
    expect(header[6]).toBe(''); // G stays as it was: the new columns come in one block
    expect(header.slice(8, 8 + summary.addedHeaders.length)).toEqual(summary.addedHeaders);
    const text = setupSummaryText(summary);
    expect(text).toContain(`稿件台账已补充列（I—X列）：${summary.addedHeaders.join('、')}`);
    expect(text).toContain(
      'H列有内容但表头为空：初始化台账没有给它命名，也没有写入；补充的列从I列起。如果它就是某一标准列（例如报送对象），请填上该列的表头后重新运行初始化台账。',
    );
    expect(sheet._grid()[1][7]).toBe('已电话催报');
  });

  it('稿费 amounts under a blank header right of the ledger: 字数 goes past them, the points stay', () => {
    const head = LEDGER_HEADERS.filter((h) => h !== '字数');
    const fee = head.length; // the column right of the last header
    const rows = [2000, 1500, 3000, 800].map((amount, i) => {
      const row: unknown[] = head.map(() => '');
      const set = (h: string, v: unknown) => {
        row[head.indexOf(h as never)] = v;
      };
      set('标题', `稿件${i}`);
      set('作者', '张三');
      set('单位', '峡窝镇党委');
      set('报送对象', '区委组织部');
      set('报送日期', `2026-03-0${2 + i}`);
      set('媒体', ['郑州日报', '河南日报', '人民日报', '上街区党建网'][i]);
      set('录用日期', `2026-03-1${i}`);
      row[fee] = amount;
      return row;
    });
    const sheet = fake.apps.spreadsheet._addSheet('稿件台账', [head, ...rows]);
    const before = unitLine();
    const summary = runSetup();
    expect(summary.addedHeaders).toEqual(['字数']);
    expect(sheet._grid()[0][fee]).toBe('');
    expect(sheet._grid()[0][fee + 1]).toBe('字数');
    expect(summary.addedColumns).toBe('W');
    // 本期 and 累计 points as before (136 when the amounts were read as 字数).
    expect(unitLine()?.slice(2, 5)).toEqual(before?.slice(2, 5));
    expect(before?.[2]).toBe(46);
  });

  it('ZG_LEDGER goes past an unheaded data column too', () => {
    // Every input header is there (A—V); W is free, X holds the office's notes under a blank header.
    const sheet = fake.apps.spreadsheet._addSheet('稿件台账', [
      [...LEDGER_HEADERS],
      [...LEDGER_HEADERS.map((h) => (h === '标题' ? '甲' : h === '单位' ? '峡窝镇党委' : '')), '', '备忘'],
    ]);
    runSetup();
    const formulas = sheet.getRange(1, 1, 1, sheet.getMaxColumns()).getFormulas()[0];
    const at = formulas.findIndex((f) => f.includes('ZG_LEDGER'));
    expect(at).toBe(LEDGER_HEADERS.length + 2); // past X (notes), not into W, X, Y
    expect(sheet._grid()[1][LEDGER_HEADERS.length + 1]).toBe('备忘');
  });

  it('a wholly free column right of the headers is used as before', () => {
    const sheet = fake.apps.spreadsheet._addSheet('稿件台账', [
      ['标题', '作者', '单位', '报送日期'],
      ['稿件甲', '张三', '峡窝镇党委', '2026-03-03'],
    ]);
    const summary = runSetup();
    expect(sheet._grid()[0][4]).toBe(summary.addedHeaders[0]);
    expect(summary.addedColumns?.startsWith('E—')).toBe(true);
    expect(setupSummaryText(summary)).not.toContain('表头为空');
  });
});
