// No file is ever lost: an output that is an input (however the path is spelled) or a file this tool did
// not write is refused before anything is read or written; our own reports may be replaced.
import { copyFileSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOurReport } from '../../src/cli/outputs';
import { ROOT, tempDir, zugong } from './helpers';

const EXAMPLE = join(ROOT, 'examples', '上街区-2024.xlsx');

function setUp() {
  const dir = tempDir();
  const ledger = join(dir, 'ledger.xlsx');
  copyFileSync(EXAMPLE, ledger);
  return { dir, ledger, before: readFileSync(ledger) };
}

describe('--out that is the ledger or the rules workbook is refused, and the file is untouched', () => {
  it.each([
    [
      'a symlink to the ledger',
      (dir: string, ledger: string) => {
        symlinkSync(ledger, join(dir, 'link.xlsx'));
        return join(dir, 'link.xlsx');
      },
    ],
    [
      'a hard link to the ledger (same device and inode)',
      (dir: string, ledger: string) => {
        linkSync(ledger, join(dir, 'hard.xlsx'));
        return join(dir, 'hard.xlsx');
      },
    ],
    [
      'the ledger through a symlinked folder and ..',
      (dir: string) => {
        mkdirSync(join(dir, 'real'));
        symlinkSync(dir, join(dir, 'real', 'up'));
        return join(dir, 'real', 'up', 'real', '..', 'ledger.xlsx');
      },
    ],
  ])('%s', (_name, make) => {
    const { dir, ledger, before } = setUp();
    const out = make(dir, ledger);
    const run = zugong(['report', ledger, '--out', out, '--force']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `错误：--out 指向的是台账文件本身（${out}），会覆盖原文件：请换一个输出文件名｜Error: --out resolves to the ledger file itself: ${out}`,
    ]);
    expect(readFileSync(ledger).equals(before)).toBe(true);
  });

  it('--out naming the --rules workbook', () => {
    const { dir, ledger } = setUp();
    const rules = join(dir, 'rules.xlsx');
    copyFileSync(EXAMPLE, rules);
    const before = readFileSync(rules);
    const run = zugong([
      'report',
      ledger,
      '--rules',
      rules,
      '--out',
      join(dir, '.', 'rules.xlsx'),
      '--force',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--out 指向的是规则文件本身');
    expect(readFileSync(rules).equals(before)).toBe(true);
  });
});

describe('an existing output', () => {
  it('that this tool did not write is refused without --force and replaced with it', () => {
    const { dir, ledger } = setUp();
    const mine = join(dir, '我的台账备份.xlsx');
    copyFileSync(EXAMPLE, mine);
    const before = readFileSync(mine);
    const refused = zugong(['report', ledger, '--out', mine]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--out 指向的文件已存在，且不是本工具生成的通报');
    expect(readFileSync(mine).equals(before)).toBe(true);
    const forced = zugong(['report', ledger, '--out', mine, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(mine).equals(before)).toBe(false);
  });

  it('that is not a workbook at all (a text file named .xlsx) is refused too', () => {
    const { dir, ledger } = setUp();
    const notes = join(dir, 'notes.xlsx');
    writeFileSync(notes, '我的笔记');
    expect(zugong(['report', ledger, '--out', notes]).code).toBe(1);
    expect(readFileSync(notes, 'utf8')).toBe('我的笔记');
  });

  it('that is a report this tool wrote is replaced without --force (it carries the marker)', async () => {
    const { dir, ledger } = setUp();
    const out = join(dir, 'report.xlsx');
    expect(zugong(['report', ledger, '--out', out]).code).toBe(0);
    expect(await isOurReport(out)).toBe(true);
    expect(await isOurReport(ledger)).toBe(false);
    const again = zugong(['report', ledger, '--out', out, '--period', '2024-Q1']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('已写入');
  });
});

describe('the line naming the written 通报 document', () => {
  it('gives the path the user can open: absolute outside the current folder, relative inside it', () => {
    const { dir, ledger } = setUp();
    const outside = zugong(['report', ledger, '--out', join(dir, 'report.xlsx')]);
    expect(outside.code).toBe(0);
    expect(outside.stdout).toContain(`已写入通报文档 ${join(dir, 'report.docx')}\n`);
    const inside = zugong(['report', ledger, '--out', join(dir, 'sub', 'r.xlsx')], dir);
    expect(inside.code).toBe(0);
    expect(inside.stdout).toContain(`已写入通报文档 ${join('sub', 'r.docx')}\n`);
  });
});
