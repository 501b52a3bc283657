// 领导看板's progress bar (session 12 sweep): its percentage is the 完成率 beside it (−11 % after a 倒扣
// read 0 % beside −11 %); the bar itself stays within 0..100 %.
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/sheets/dashboard';

describe('progressBar', () => {
  it.each([
    [-0.11, '░░░░░░░░░░ -11%'],
    [0, '░░░░░░░░░░ 0%'],
    [0.6, '██████░░░░ 60%'],
    [1.37, '██████████ 137%'],
    [396.6 / 40, '██████████ 992%'], // 991.4999… in binary; the cell's 0% format shows 992%
  ])('%f → %s', (f, text) => {
    expect(progressBar(f)).toBe(text);
  });
});
