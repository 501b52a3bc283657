// --as-of after the period (a quarter's 通报 made at year end): the 通报 judges pace at the quarter's end, the
// 领导看板 the year to the as-of day, and meta.asOf gives the date asked. Three dates in one run with nothing said
// (audit s38 L4): now a notice says which date each part uses.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, zugong } from './helpers';

const EXAMPLE = join(ROOT, 'examples', '上街区-2024.xlsx');

function notices(args: string[]): string[] {
  const run = zugong(['report', EXAMPLE, '--json', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { meta: { notices: string[] } }).meta.notices;
}

describe('--as-of after the period', () => {
  it('says the 通报 judges at the period’s end and the board the year to the as-of day', () => {
    expect(notices(['--period', '2024-Q2', '--as-of', '2025-03-01'])).toContain(
      '截至日期 2025-03-01 在通报期间（2024年第二季度）之后：通报按期末 2024-06-30 判断各单位的进度，领导看板按全年截至 2024-12-31 统计',
    );
  }, 60_000);

  it('an as-of day inside the period, or a year’s 通报 at its end, says nothing of it', () => {
    const inside = notices(['--period', '2024-Q2', '--as-of', '2024-05-15']);
    const year = notices(['--period', '2024', '--as-of', '2024-12-31']);
    expect([...inside, ...year].filter((n) => n.startsWith('截至日期'))).toEqual([]);
  }, 60_000);
});
