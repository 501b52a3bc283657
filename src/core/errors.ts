// The one user-facing failure: a sentence in Chinese the user can act on, an optional English line (the
// command line prints both; logs read the English), and a code that callers branch on instead of text.
//
// Decisions:
// - One class for the add-on, the runner and the command line: a thrower never knows who will show it.
// - `fields` carries per-field messages for a form (录入稿件), keyed by the ledger's column name.

/** What kind of refusal: callers branch on this, never on the wording. */
export type UserErrorCode =
  | 'usage' // 命令行参数有误
  | 'input' // 输入文件无法使用
  | 'output' // 输出文件无法写入
  | 'ledger' // 台账缺表或缺表头
  | 'rules' // 规则表有错误
  | 'form' // 录入稿件的字段有误
  | 'busy' // 其他人正在写入
  | 'not-found' // 找不到工作表或行
  | 'permission'; // 没有权限

export class UserError extends Error {
  readonly zh: string;
  readonly en: string;
  readonly code: UserErrorCode;
  readonly fields: Readonly<Record<string, string>>;

  constructor(zh: string, options: { en?: string; code: UserErrorCode; fields?: Record<string, string> }) {
    super(zh);
    this.name = 'UserError';
    this.zh = zh;
    this.en = options.en ?? '';
    this.code = options.code;
    this.fields = options.fields ?? {};
  }
}

/** Shorthand for `new UserError(zh, { code, en })`. */
export function userError(code: UserErrorCode, zh: string, en?: string): UserError {
  return new UserError(zh, { code, en });
}
