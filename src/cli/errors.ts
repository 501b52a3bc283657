// Operating-system errors said in Chinese (EACCES, ENOSPC …), never as Node's English: the command line's
// refusals (core/errors.ts UserError) name the reason a user can act on.

export function errnoCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : '';
}

/** What an OS error code means for the user, in Chinese; '' for codes without a plainer word. */
export function osReason(error: unknown): string {
  switch (errnoCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return '没有权限（请检查文件或文件夹的权限，或换一个位置）';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EDQUOT':
      return '超出磁盘配额';
    case 'EROFS':
      return '所在磁盘是只读的';
    case 'ENOENT':
      return '文件或文件夹不存在';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    case 'ENOTDIR':
      return '路径中有一部分不是文件夹';
    case 'EBUSY':
    case 'ETXTBSY':
      return '文件正被其他程序占用（请先在 Excel/WPS 中关闭它）';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件太多';
    case 'ENAMETOOLONG':
      return '文件名太长';
    default:
      return '';
  }
}

/** The English of an error for the log half of the line: its code and first line. */
export function englishOf(error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return message.slice(0, 200);
}
