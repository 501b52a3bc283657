// 刷新领导看板 with 设置 封顶分值 (review s28): the board showed the capped unit's points bare while the 通报's
// 附件1 says 封顶（原积分X）. In the spreadsheet the capped unit's 全年积分 reads with 封顶 beside it (its number
// format) and a note under the table gives its points before the cap.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refreshDashboard } from '../../src/addon/main';
import { useFakeApps } from '../fakes/useFakeApps';
import { adoption, ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org', startWithSheet1: false });

describe('领导看板 in the spreadsheet: a capped unit', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-05T04:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('峡窝镇党委 (three pieces in Q1, cap 10 a quarter) shows 10 marked 封顶 and 原积分 under the table', () => {
    const rows = ['01', '02', '03'].map((m) =>
      adoption({ 标题: `稿${m}`, 单位: '峡窝镇党委', 媒体: '河南日报', 录用日期: `2024-${m}-10` }),
    );
    rows.push(adoption({ 标题: '稿4', 单位: '济源路街道党工委', 媒体: '河南日报', 录用日期: '2024-02-10' }));
    fake.apps.spreadsheet._addSheet('稿件台账', ledgerGrid(rows) as unknown[][]);
    fake.apps.spreadsheet._addSheet('设置', [
      ['项目', '值'],
      ['年度', 2024],
      ['封顶分值', 10],
      ['封顶周期', '季'],
    ]);
    const r = refreshDashboard();
    if (!r.ok) throw new Error(r.message);
    const sheet = fake.apps.spreadsheet._sheet('领导看板')!;
    const range = sheet.getDataRange();
    const values = range.getValues();
    const formats = range.getNumberFormats();
    const header = values.findIndex((row) => row[0] === '单位');
    const col = Math.max(values[header].indexOf('全年积分'), values[header].indexOf('累计积分'));
    const at = (unit: string) => values.findIndex((row) => row[0] === unit);
    expect(values[at('峡窝镇党委')][col]).toBe(10);
    expect(formats[at('峡窝镇党委')][col]).toContain('（封顶）');
    expect(formats[at('济源路街道党工委')][col]).not.toContain('封顶');
    const text = values.map((row) => String(row[0])).join('');
    expect(text).toContain(
      '标“封顶”的单位有季度积分超过封顶分值（每季10分），超出部分不计：峡窝镇党委（原积分',
    );
    expect(text).not.toContain('济源路街道党工委（原积分');
  });
});
