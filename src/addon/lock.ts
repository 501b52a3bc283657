// One writer at a time: report generation and the dashboard refresh hold the document lock, so two
// clicks (or two people) never interleave their writes.
const WAIT_MS = 30_000;

export const BUSY_MESSAGE = '另一项生成或刷新正在进行，请稍候半分钟再试。';

export type Locked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Run fn under the document lock (waiting up to 30 s); the lock is always released. */
export function withDocumentLock<T>(fn: () => T): Locked<T> {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(WAIT_MS)) return { ok: false, message: BUSY_MESSAGE };
  try {
    return { ok: true, value: fn() };
  } finally {
    lock.releaseLock();
  }
}
