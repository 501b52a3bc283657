// npm test, before any test: make sure what the tests need is on this machine. Today that is Debian's
// Chromium for the sidebar tests (playwright-core drives it; no browser download works here), with its
// language packs (chromium-l10n: the sidebars run in the zh-CN locale, dates as 2024/03/01).
// - Chromium on PATH: nothing to do, silent.
// - Missing, running as root on Debian with apt-get: install it (apt-get update, then install -y).
// - Missing otherwise: one line saying what to install, exit 1, so no test runs (the browser tests are
//   never skipped to get green).
// LibreOffice (for looking at rendered 通报 pages) stays optional and outside npm test.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const HOW = 'apt-get install -y chromium chromium-l10n';

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

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && onPath('apt-get');
if (!isRoot || !isDebian) {
  fail(
    `缺少 Chromium，浏览器测试无法运行：请先安装（Debian：sudo ${HOW}）再运行 npm test`,
    `Chromium is missing for the sidebar tests: install it (Debian: sudo ${HOW}), then run npm test again`,
  );
}

console.error(`未找到 Chromium，正在用 apt-get 安装 / Chromium missing: running ${HOW}`);
if (
  !apt(['update', '-qq']) ||
  !apt(['install', '-y', '-qq', 'chromium', 'chromium-l10n']) ||
  !findChromium()
) {
  fail(
    `用 apt-get 安装 Chromium 失败：请手动运行 ${HOW} 后再运行 npm test`,
    `installing Chromium with apt-get failed: run ${HOW} by hand, then npm test again`,
  );
}
