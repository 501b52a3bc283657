// One writer at a time: every server function that writes holds the document lock, so two clicks (or two
// people) never interleave their writes.
//
// Decisions:
// - Outside a document (a trigger, the script editor) getDocumentLock() returns null: the script lock
//   stands in (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
// - Pending writes are flushed before the lock is released, as the Lock reference asks; otherwise the
//   next holder may read the sheet before our writes land
//   (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
import { UserError } from '../../core/errors';

const WAIT_MS = 30_000;

export const BUSY_MESSAGE = '其他同事正在修改这份表格，请稍候半分钟再试。';

/** Run `work` holding the document lock (waiting up to 30 s); throws UserError('busy') when not had. */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(WAIT_MS)) throw new UserError(BUSY_MESSAGE, { code: 'busy', en: 'the document is busy' });
  try {
    return work();
  } finally {
    try {
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}
