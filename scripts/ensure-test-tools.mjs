// npm test, before any test: make sure what the tests need is on this machine. Today that is Debian's
// Chromium for the sidebar tests (playwright-core drives it; no browser download works here), with its
// language packs (chromium-l10n: the sidebars run in the zh-CN locale, dates as 2024/03/01), and a python
// with openpyxl (python3-openpyxl), the second .xlsx reader test/cli/xstringEscape checks our files with.
// - All there: nothing to do, silent.
// - Missing, running as root on Debian with apt-get: install them (apt-get update, then install -y).
// - Missing otherwise: one line saying what to install, exit 1, so no test runs (the browser tests are
//   never skipped to get green).
// LibreOffice (for looking at rendered 通报 pages) stays optional and outside npm test.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';
import { findOpenpyxlPython } from './python.mjs';

const packages = [
  ...(findChromium() ? [] : ['chromium', 'chromium-l10n']),
  ...(findOpenpyxlPython() ? [] : ['python3-openpyxl']),
];
const HOW = `apt-get install -y ${packages.join(' ')}`;

function fail(zh, en) {
  console.error(`${zh} / ${en}`);
  process.exit(1);
}

function onPath(command) {
  const probe = spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  return probe.status === 0;
}

function apt(args) {
  const run = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return run.status === 0;
}

if (packages.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && onPath('apt-get');
if (!isRoot || !isDebian) {
  fail(
    `缺少测试所需的程序（${packages.join('、')}）：请先安装（Debian：sudo ${HOW}）再运行 npm test`,
    `missing what the tests need (${packages.join(', ')}): install it (Debian: sudo ${HOW}), then run npm test again`,
  );
}

console.error(`未找到 ${packages.join('、')}，正在用 apt-get 安装 / missing: running ${HOW}`);
if (
  !apt(['update', '-qq']) ||
  !apt(['install', '-y', '-qq', ...packages]) ||
  !findChromium() ||
  !findOpenpyxlPython()
) {
  fail(
    `用 apt-get 安装 ${packages.join('、')} 失败：请手动运行 ${HOW} 后再运行 npm test`,
    `installing ${packages.join(', ')} with apt-get failed: run ${HOW} by hand, then npm test again`,
  );
}
