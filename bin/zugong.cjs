#!/usr/bin/env node
// zugong: the command line of zugong-ledger. With no arguments it runs the bundled example into the
// package's own out/ folder, wherever it is run from (never ./out of the caller's folder: s24b F3):
//   zugong report <package>/examples/上街区-2024.xlsx --out <package>/out/report.xlsx --force
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
let argv = process.argv.slice(2);
if (argv.length === 0) {
  argv = [
    'report',
    path.join(root, 'examples', '上街区-2024.xlsx'),
    '--out',
    path.join(root, 'out', 'report.xlsx'),
    // Its own out/report.* (the package's) may be replaced, even one written before reports carried their marker.
    '--force',
  ];
}

const bundle = path.join(root, 'dist', 'cli.cjs');
if (fs.existsSync(bundle)) {
  require(bundle)
    .main(argv)
    .then((code) => {
      process.exitCode = code;
    });
} else {
  // Not built yet (a fresh checkout before `npm run build`): run the TypeScript source through tsx.
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  if (!fs.existsSync(tsx)) {
    process.stderr.write(
      '错误：找不到 dist/cli.cjs，请先运行 npm run build｜Error: dist/cli.cjs missing, run npm run build\n',
    );
    process.exit(1);
  }
  const { spawnSync } = require('node:child_process');
  const r = spawnSync(process.execPath, [tsx, path.join(root, 'src', 'cli', 'main.ts'), ...argv], {
    stdio: 'inherit',
  });
  process.exitCode = r.status === null ? 1 : r.status;
}
