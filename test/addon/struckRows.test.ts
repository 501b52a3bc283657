// A piece crossed out (删除线 on its 标题) is how many offices mark it withdrawn (audit s35 D2). A font decides
// nothing, so the row still counts; 生成通报 says which rows and how to void them, with one getFontLines per
// ledger tab however many rows.
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import type { Result } from '../../src/addon/sidebar/types';
import { useFakeApps } from '../fakes/useFakeApps';

const fake = useFakeApps({ owner: 'owner@example.org' });

function ok<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

const header = ['标题', '作者', '单位', '报送对象', '报送日期', '媒体', '采用方式', '录用日期', '字数'];
const row = (title: string, day: number) => [
  title,
  '潘平',
  '峡窝镇党委',
  '区委组织部',
  new Date(2024, 2, day),
  '郑州日报',
  '录用',
  new Date(2024, 2, day + 5),
  900,
];

describe('rows whose 标题 is struck through', () => {
  it('are named in one notice, and still count', () => {
    runSetup();
    const rows = Array.from({ length: 30 }, (_, i) => row(`峡窝镇信息${i + 1}`, 1 + (i % 20)));
    const tab = fake.apps.spreadsheet._addSheet('2024年', [header, ...rows]);
    tab.getRange('A4').setFontLine('line-through');
    tab.getRange('A9:B9').setFontLine('line-through');
    tab.getRange('C12').setFontLine('line-through'); // a struck 单位 alone is no piece crossed out
    const before = fake.apps.log.byMethod['Range.getFontLines'] ?? 0;
    const r = ok(generateReport('2024'));
    expect(fake.apps.log.byMethod['Range.getFontLines'] ?? 0).toBe(before + 1);
    expect(r.notices).toContain(
      '「2024年」表第4、9行的标题有删除线，仍按有效稿件计分：如已作废，请在「核定」列填“不计分”或删除该行',
    );
    expect(r.rows).toBe(30);
  });

  it('none struck: nothing said', () => {
    runSetup();
    fake.apps.spreadsheet._addSheet('2024年', [header, row('峡窝镇信息', 3)]);
    const r = ok(generateReport('2024'));
    expect(r.notices.filter((n) => n.includes('删除线'))).toEqual([]);
  });
});
