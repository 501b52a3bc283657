// 设置 → 年度 left at 2023 while the office makes the 2024 通报 (audit s36 G2): the 通报 counts 2024, but 领导看板
// and ZG_STATUS keep to 2023, so their 达标 contradicts it. 生成通报 says so, with the fix.
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import type { Result } from '../../src/addon/sidebar/types';
import { useFakeApps } from '../fakes/useFakeApps';
import { adoption, ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org' });

function ok<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

function withYear(year: number, period: string) {
  runSetup();
  const settings = fake.apps.spreadsheet._sheet('设置')!;
  const row = settings._grid().findIndex((r) => r[0] === '年度');
  settings._cell(row + 1, 2, true)!.v = year;
  fake.apps.spreadsheet._addSheet(
    '2024年',
    ledgerGrid([
      adoption({ 标题: '今年的稿', 报送日期: '2024-03-01', 录用日期: '2024-03-05' }),
    ]) as unknown[][],
  );
  return ok(generateReport(period)).notices;
}

describe('a period after 设置’s year', () => {
  it('is said: the board and ZG_STATUS keep to the older year', () => {
    expect(withYear(2023, '2024')).toContain(
      '本期在2024年，「设置」表的年度仍为2023年：通报按本期统计，但领导看板和 ZG_STATUS 仍按2023年；如已开始2024年，请把「设置」表的年度改为2024',
    );
  });

  it('a quarter of that year too', () => {
    expect(withYear(2023, '2024-Q2').some((n) => n.startsWith('本期在2024年'))).toBe(true);
  });

  it('within 设置’s year: nothing said', () => {
    expect(withYear(2024, '2024').filter((n) => n.startsWith('本期在'))).toEqual([]);
  });
});
