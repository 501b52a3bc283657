// The outputs are renamed into place last (s24b F9). When the 通报's rename fails after the workbook's has
// succeeded, the message names the 通报 (it named the workbook before), says the workbook is already written,
// and no temporary file is left beside either.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { ROOT, tempDir } from './helpers';

vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const rename: typeof fs.rename = async (from, to) => {
    if (String(to).endsWith('.docx'))
      throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
    return fs.rename(from, to);
  };
  return { ...fs, rename, default: { ...fs, rename } };
});

describe('a failed rename of the 通报 document', () => {
  it('names the .docx, says the workbook was written, leaves no temporary file', async () => {
    const dir = tempDir();
    const out = join(dir, '报表.xlsx');
    const docx = join(dir, '通报.docx');
    let stderr = '';
    const code = await main(['report', join(ROOT, 'examples', 'ledger.csv'), '--out', out, '--docx', docx], {
      stdout: { write: () => {} },
      stderr: { write: (s: string) => (stderr += s) },
      env: {},
    });
    expect(code).toBe(1);
    const last = stderr.trim().split('\n').pop()!;
    expect(last.split('｜')[0]).toMatch(new RegExp(`^错误：无法写入通报文档：.*：${docx}（${out} 已写入）$`));
    expect(readdirSync(dir).sort()).toEqual(['报表.xlsx']);
  });
});
