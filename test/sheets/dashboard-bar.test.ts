// 领导看板's progress bar (session 12 sweep): its percentage is the 完成率 beside it (−11 % after a 倒扣
// read 0 % beside −11 %); the bar itself stays within 0..100 %. Audit S24a F6: 198/200 drew a full bar
// beside 99 % and 未达标 (9.9 blocks rounded up); a bar is full only at 100 %, the same for the command line's.
import { describe, expect, it } from 'vitest';
import { textBar } from '../../src/cli/table';
import { progressBar } from '../../src/sheets/dashboard';

describe('progressBar', () => {
  it.each([
    [-0.11, '░░░░░░░░░░ -11%'],
    [0, '░░░░░░░░░░ 0%'],
    [0.6, '██████░░░░ 60%'],
    [0.7, '███████░░░ 70%'], // 7 blocks, not 6: 0.7 × 10 is whole on paper
    [198 / 200, '█████████░ 99%'],
    [0.96, '█████████░ 96%'],
    [0.05, '░░░░░░░░░░ 5%'],
    [0.999, '█████████░ 100%'], // the 完成率 shows as the cell's 0% format does; the bar is not full
    [1, '██████████ 100%'],
    [1.37, '██████████ 137%'],
    [396.6 / 40, '██████████ 992%'], // 991.4999… in binary; the cell's 0% format shows 992%
  ])('%f → %s', (f, text) => {
    expect(progressBar(f)).toBe(text);
  });

  it('the command line draws its bar by the same rule', () => {
    expect(textBar(198 / 200)).toBe('█████████░');
    expect(textBar(0.999, 24)).toBe(`${'█'.repeat(23)}░`);
    expect(textBar(1, 4)).toBe('████');
    expect(textBar(-1, 4)).toBe('░░░░');
  });
});
