// The command line's contract where the s24b sweep found it broken: a bare `zugong` writes the package's
// own out/ (F3), output piped into `head` ends quietly (F4), and a run that fails writes nothing (F9).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, zugong, zugongBin } from './helpers';

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const LEDGER = join(ROOT, 'examples', 'ledger.csv');

describe('a bare zugong', () => {
  it('runs the example into the package’s out/, never the caller’s ./out', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    for (const f of ['report.xlsx', 'report.docx']) writeFileSync(join(dir, 'out', f), 'my own data');
    const r = zugongBin([], dir);
    expect(r.code).toBe(0);
    for (const f of ['report.xlsx', 'report.docx']) {
      expect(readFileSync(join(dir, 'out', f), 'utf8')).toBe('my own data');
      expect(existsSync(join(ROOT, 'out', f))).toBe(true);
    }
    expect(r.stdout).toContain(`已写入 ${join(ROOT, 'out', 'report.xlsx')}`);
  }, 180_000);
});

describe('output piped into a reader that stops early', () => {
  it.each([
    ['--json', 'head -c 10'],
    ['', 'head -1'],
  ])(
    'zugong report … %s | %s: no stack trace, exit 0',
    (flag, reader) => {
      const err = join(tempDir(), 'stderr');
      const main = join(ROOT, 'src', 'cli', 'main.ts');
      const r = spawnSync(
        'bash',
        [
          '-c',
          `"${process.execPath}" "${TSX}" "${main}" report "${LEDGER}" ${flag} 2>"${err}" | ${reader} >/dev/null; echo "\${PIPESTATUS[0]}"`,
        ],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ZUGONG_PROGRESS: '0' }, timeout: 120_000 },
      );
      const said = readFileSync(err, 'utf8');
      expect(said).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
      expect(r.stdout.trim()).toBe('0');
    },
    180_000,
  );
});

describe('a run that fails while writing its outputs', () => {
  it('leaves no new file and an existing target unchanged; the reason is the last stderr line', () => {
    const dir = tempDir();
    const out = join(dir, 'report.xlsx');
    // The .docx cannot be written: its folder is a file.
    writeFileSync(join(dir, 'blocker'), 'a file, not a folder');
    const docx = join(dir, 'blocker', 'report.docx');
    const fresh = zugong(['report', LEDGER, '--out', out, '--docx', docx]);
    expect(fresh.code).toBe(1);
    expect(readdirSync(dir)).toEqual(['blocker']);
    const lines = fresh.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^错误：无法写入通报文档.*｜Error: cannot write /);

    // The tool's own earlier report under --out stays as it was.
    expect(zugong(['report', LEDGER, '--out', out]).code).toBe(0);
    const before = readFileSync(out);
    const again = zugong(['report', LEDGER, '--out', out, '--docx', docx]);
    expect(again.code).toBe(1);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['blocker', 'report.docx', 'report.xlsx']);
  }, 240_000);

  it('leaves no folder it made for them', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blocker'), '');
    const r = zugong([
      'report',
      LEDGER,
      '--out',
      join(dir, 'new', 'deeper', 'report.xlsx'),
      '--docx',
      join(dir, 'blocker', 'x.docx'),
    ]);
    expect(r.code).toBe(1);
    expect(readdirSync(dir)).toEqual(['blocker']);
  }, 120_000);
});
