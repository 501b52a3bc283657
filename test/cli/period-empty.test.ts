// An explicit --period in which no ledger row is dated (sweep S21b N1): the all-zero 通报 says why, in the
// wording of the omitted-period notice (台账数据在 2024 年); the exit code is unchanged.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, zugong } from './helpers';

const LEDGER = join(ROOT, 'examples', 'ledger.csv');

function notices(period: string) {
  const r = zugong(['report', LEDGER, '--json', '--period', period]);
  expect(r.code, r.stderr).toBe(0);
  const j = JSON.parse(r.stdout);
  return { j, empty: j.meta.noticeDetails.filter((n: { code: string }) => n.code === 'period-empty') };
}

describe('a period with no ledger rows', () => {
  it.each([
    ['2025', '2025年没有台账记录（台账数据在2024年）：请检查统计期间'],
    ['2023-05', '2023年5月没有台账记录（台账数据在2024年）：请检查统计期间'],
  ])('--period %s is said', (period, message) => {
    const { j, empty } = notices(period);
    expect(j.meta.totals.points).toBe(0);
    expect(empty.map((n: { message: string }) => n.message)).toEqual([message]);
  });

  it('a period with rows says nothing of the kind', () => {
    expect(notices('2024-Q1').empty).toEqual([]);
  });
});
