// "Today" fixed for a test file: the add-on reads the clock (TODAY() in the formulas 初始化台账 writes, the date
// checks), and a date a month ahead is an issue, so tests about this year's rows pin it.
import { afterEach, beforeEach, vi } from 'vitest';

/** Every test of the file runs at `iso` (Date only: timers stay real). */
export function fixClock(iso = '2026-11-30T04:00:00Z'): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
