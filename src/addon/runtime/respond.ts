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

/**
 * What Google Sheets says in English, in Chinese: the refusals a user can meet (a protection, a cell
 * beyond the sheet, a merged cell, a time-out). Anything else is framed in Chinese with its text kept
 * for whoever supports the office.
 */
const SHEETS_MESSAGES: [RegExp, string][] = [
  [/permission|权限|protected|受保护/i, '没有权限修改受保护的内容，请联系表格所有者或「设置」中的管理员。'],
  [
    /outside the dimensions of the sheet|out of bounds/i,
    '要找的单元格超出了工作表的范围（该表的行列可能已被删除），请刷新后重试。',
  ],
  [/merged cell/i, '操作会拆开合并单元格，表格不允许：请先取消相关的合并单元格后重试。'],
  // Limits a retry never gets past (https://support.google.com/drive/answer/37603: "up to 10 million cells or
  // 18,278 columns"; 50,000 characters in a cell; https://developers.google.com/apps-script/guides/services/quotas:
  // 6 min per run): each says what the office can change instead of "请稍后重试" (sweep s25c F6).
  [
    /(number of cells|cells in the workbook).*above the limit|above the limit of [\d,]+ cells/i,
    '表格已达到 Google 表格 1000 万个单元格的上限，无法写入：请删除不用的工作表或空行，或把往年数据移到另一份表格',
  ],
  [
    /number of columns.*above the limit|above the limit of 18,?278/i,
    '工作表已达到 Google 表格 18278 列的上限，无法写入：请删除不用的空列',
  ],
  [
    /more than the maximum of 50,?000 characters/i,
    '单元格内容超过 Google 表格每格 5 万个字符的上限，无法写入：请缩短该内容（如标题、备注）',
  ],
  [/maximum execution time/i, '处理时间超过 Google 允许的 6 分钟，没有完成；请缩短统计期间或稍后重试'],
  [/timed out|Service .* unavailable|try again/i, '表格服务暂时没有响应，请稍后重试。'],
  [/Sheet has been deleted|sheet .* not found/i, '要操作的工作表已被删除或改名，请刷新后重试。'],
];

/** Anything thrown, as a message a user can act on (Chinese). */
export function messageOf(error: unknown): string {
  if (error instanceof UserError) return error.zh;
  // An Error from another realm (the V8 runtime's, a test's vm) is not instanceof this one's: read its message.
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : String(error);
  for (const [pattern, zh] of SHEETS_MESSAGES) if (pattern.test(text)) return zh;
  return `操作没有完成，表格服务返回了错误（请稍后重试；如仍出错，请把这段说明告诉管理员：${text}）`;
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
