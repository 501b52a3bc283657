// The add-on's esbuild step, shared by build.mjs (which writes dist/Code.js) and bundle-modules.mjs
// (which explains its size module by module from esbuild's metafile).
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { appsScriptOnly } from './entryPoints.mjs';

export const GLOBAL = '__AddOn';

/** src/addon/main.ts bundled as one IIFE (global __AddOn), not written; the result has a metafile. */
export function bundleAddOn(root) {
  return esbuild.build({
    entryPoints: [join(root, 'src/addon/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Not minified: names and lines stay as written, so the Executions log (no source maps) reads. Only
    // syntax is tightened (if → ?:, dead branches), which keeps every identifier.
    minify: false,
    minifySyntax: true,
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'silent',
    plugins: [appsScriptOnly],
  });
}

/** Each bundled module's share of the output, largest first (bytes before build.mjs re-tabs). */
export function moduleSizes(metafile) {
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({
      module: path.replace(/^src\//, '').replace(/\.ts$/, ''),
      bytes: bytesInOutput,
    }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || a.module.localeCompare(b.module));
}
