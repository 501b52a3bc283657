// Refusals that say what is wrong (sweep s24b F8): an option or command the tool does not have, a switch
// given a value, an empty file and an .xlsx cut short (an interrupted copy or download), each one line with
// its English half, exit 1, nothing on stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { UserError } from '../../src/core/errors';
import { ROOT, tempDir, zugong } from './helpers';

function refusal(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const e = error as UserError;
    return `${e.zh}｜${e.en}`;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('arguments the command does not have', () => {
  it('an unknown short option, a switch given a value, an unknown command', () => {
    expect(refusal(['-x'])).toBe('未知选项 -x｜unknown option -x');
    expect(refusal(['report', 'l.csv', '-j'])).toBe('未知选项 -j｜unknown option -j');
    expect(refusal(['report', 'l.csv', '--json=true'])).toBe(
      '选项 --json 不带值｜option --json takes no value',
    );
    expect(refusal(['report', 'l.csv', '--force=yes'])).toBe(
      '选项 --force 不带值｜option --force takes no value',
    );
    expect(refusal(['foo', 'l.csv'])).toBe(
      '未知命令 foo（可用：report）｜unknown command foo (available: report)',
    );
    // A second file name is still an extra argument, and a lone file the ledger.
    expect(refusal(['l.csv', 'm.csv'])).toBe('多余的参数 m.csv｜unexpected argument m.csv');
    expect(parseArgs(['l.csv'])).toMatchObject({ command: 'report', input: 'l.csv' });
  });
});

describe('files that are empty or cut short', () => {
  const dir = tempDir();
  const run = (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const r = zugong(['report', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    return { path, line: r.stderr.trim() };
  };

  it('an empty .xlsx and an empty .csv are said to be empty, naming the file', () => {
    for (const name of ['empty.xlsx', 'empty.csv']) {
      const { path, line } = run(name, Buffer.alloc(0));
      expect(line).toBe(
        `错误：台账文件是空文件（0 字节）：${path}｜Error: the file is empty (0 bytes): ${path}`,
      );
    }
  });

  it('an .xlsx without its zip directory (a copy stopped early) is said to be incomplete', () => {
    const whole = readFileSync(join(ROOT, 'test', 'fixtures', 's24b', 'merged_note.xlsx'));
    for (const cut of [2000, Math.floor(whole.length * 0.9)]) {
      const { path, line } = run(`cut-${cut}.xlsx`, whole.subarray(0, cut));
      expect(line).toContain(
        `错误：台账文件不完整（可能复制或下载中断），请重新复制或另存后再试：${path}｜Error: `,
      );
    }
  });
});
