// The one way a server function fails: every function a page, a menu item or a dialog calls goes through
// respond(), which turns anything thrown into the one failure shape with a Chinese message the page shows
// beside the form (google.script.run would otherwise hand the page a stack trace in English).
//
// Decisions:
// - Work returns its data without `ok`; respond() adds `ok: true`, so the two shapes cannot drift.
// - A UserError is already a sentence for the user; anything else is wrapped, and a refusal by a
//   protection is told as one (Sheets words it in English: "You are trying to edit a protected cell…").
import { UserError } from '../../core/errors';
import type { Failure, Result } from '../sidebar/types';

/** Anything thrown, as a message a user can act on (Chinese). */
export function messageOf(error: unknown): string {
  if (error instanceof UserError) return error.zh;
  const text = error instanceof Error ? error.message : String(error);
  if (/permission|权限|protected|受保护/i.test(text)) {
    return `没有权限修改受保护的内容，只有表格所有者和「设置」中的管理员可以修改。（${text}）`;
  }
  return `操作没有完成：${text}`;
}

/** The failure shape for anything thrown. */
export function failureOf(error: unknown): Failure {
  const failure: Failure = { ok: false, message: messageOf(error) };
  if (error instanceof UserError) {
    failure.code = error.code;
    if (Object.keys(error.fields).length > 0) failure.fieldErrors = { ...error.fields };
  }
  return failure;
}

/** Run a server function's work: its data with `ok: true`, or the failure it threw. Never throws. */
export function respond<T extends object>(work: () => T): Result<T> {
  try {
    return { ok: true, ...work() } as Result<T>;
  } catch (error) {
    return failureOf(error);
  }
}
