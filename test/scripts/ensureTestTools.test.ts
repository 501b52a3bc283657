// The ensure step that `npm test` runs before any test (issue: a fresh machine needs only the README's two
// commands). The machine running this test has Chromium, so each case gets a PATH without it: a
// directory holding only `node` and a stub `apt-get` that logs its calls and, on `install chromium`,
// puts a stand-in `chromium` into that directory, as Debian's package would into /usr/bin.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const scratch: string[] = [];

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Sandbox {
  dir: string;
  bin: string;
  script: string;
  aptLog: string;
}

/** A world-readable copy of the ensure scripts and a bin directory (node + stub apt-get, no Chromium). */
function sandbox(aptWorks = true): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'zugong-ensure-'));
  scratch.push(dir);
  chmodSync(dir, 0o777); // the non-root case runs as nobody
  const bin = join(dir, 'bin');
  spawnSync('/bin/mkdir', ['-m', '777', bin]);
  for (const file of ['ensure-test-tools.mjs', 'chromium.mjs', 'python.mjs']) {
    copyFileSync(join(ROOT, 'scripts', file), join(dir, file));
    chmodSync(join(dir, file), 0o644);
  }
  symlinkSync(process.execPath, join(bin, 'node'));
  const aptLog = join(dir, 'apt.log');
  writeFileSync(aptLog, '');
  chmodSync(aptLog, 0o666);
  const install = aptWorks
    ? `printf '#!/bin/sh\\nexit 0\\n' > "${bin}/chromium"; /bin/chmod 755 "${bin}/chromium"`
    : 'exit 100';
  writeFileSync(
    join(bin, 'apt-get'),
    `#!/bin/sh\necho "apt-get $*" >> "${aptLog}"\ncase "$*" in *install*) ${install};; esac\nexit 0\n`,
  );
  chmodSync(join(bin, 'apt-get'), 0o755);
  // `sh` for the script's `command -v` probe, without bringing /usr/bin (and its chromium) onto PATH
  symlinkSync('/bin/sh', join(bin, 'sh'));
  // A python3 that has openpyxl (the other thing the ensure step makes sure of): these cases are Chromium's.
  writeFileSync(join(bin, 'python3'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(bin, 'python3'), 0o755);
  return { dir, bin, script: join(dir, 'ensure-test-tools.mjs'), aptLog };
}

function run(box: Sandbox, asUser: 'root' | 'nobody') {
  const env = { PATH: box.bin, HOME: box.dir };
  const command = join(box.bin, 'node');
  const isRoot = process.getuid?.() === 0;
  // Real identities: as root, nobody through setpriv; as a non-root developer, root inside a user namespace.
  const [file, args] =
    asUser === 'root'
      ? isRoot
        ? [command, [box.script]]
        : ['/usr/bin/unshare', ['-r', command, box.script]]
      : isRoot
        ? ['/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', command, box.script]]
        : [command, [box.script]];
  const result = spawnSync(file, args as string[], { env, encoding: 'utf8' });
  return {
    status: result.status,
    stderr: result.stderr,
    apt: readFileSync(box.aptLog, 'utf8').trim().split('\n').filter(Boolean),
  };
}

describe('npm test ensures Chromium before any test', () => {
  it('is the first step of npm test, before type-check, build and vitest', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.test.split(' && ')[0]).toBe('node scripts/ensure-test-tools.mjs');
  });

  it('as root on Debian without Chromium: installs it with apt-get and lets the tests run', () => {
    const box = sandbox();
    const { status, stderr, apt } = run(box, 'root');
    expect(apt).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium chromium-l10n']);
    expect(existsSync(join(box.bin, 'chromium'))).toBe(true);
    expect(status).toBe(0);
    expect(stderr.trim()).toBe(
      '未找到 chromium、chromium-l10n，正在用 apt-get 安装 / missing: running apt-get install -y chromium chromium-l10n',
    );
  });

  it('as a non-root user without Chromium: one line saying what to install, exit 1, apt-get never called', () => {
    const box = sandbox();
    const { status, stderr, apt } = run(box, 'nobody');
    expect(status).toBe(1);
    expect(apt).toEqual([]);
    expect(stderr.trim().split('\n')).toEqual([
      '缺少测试所需的程序（chromium、chromium-l10n）：请先安装（Debian：sudo apt-get install -y chromium chromium-l10n）再运行 npm test / ' +
        'missing what the tests need (chromium, chromium-l10n): install it (Debian: sudo apt-get install -y chromium chromium-l10n), then run npm test again',
    ]);
  });

  it('as root when apt-get cannot install it: exit 1 with what to run by hand', () => {
    const box = sandbox(false);
    const { status, stderr } = run(box, 'root');
    expect(status).toBe(1);
    expect(stderr.trim().split('\n').at(-1)).toBe(
      '用 apt-get 安装 chromium、chromium-l10n 失败：请手动运行 apt-get install -y chromium chromium-l10n 后再运行 npm test / ' +
        'installing chromium, chromium-l10n with apt-get failed: run apt-get install -y chromium chromium-l10n by hand, then npm test again',
    );
  });

  it('with Chromium on PATH: silent, exit 0, apt-get never called', () => {
    const box = sandbox();
    writeFileSync(join(box.bin, 'chromium'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(box.bin, 'chromium'), 0o755);
    const { status, stderr, apt } = run(box, 'root');
    expect({ status, stderr, apt }).toEqual({ status: 0, stderr: '', apt: [] });
  });
});
