// The add-on's esbuild step, shared by build.mjs (which writes dist/Code.js) and bundle-modules.mjs
// (which explains its size module by module from esbuild's metafile).
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { appsScriptOnly } from './entryPoints.mjs';

export const GLOBAL = '__AddOn';

/**
 * src/addon/main.ts bundled as one ES module, not written (asClassicScript makes it the IIFE behind the
 * global __AddOn); the result has a metafile.
 */
export function bundleAddOn(root) {
  return esbuild.build({
    entryPoints: [join(root, 'src/addon/main.ts')],
    bundle: true,
    // An ES module, wrapped by asClassicScript: esbuild's own IIFE indents every line once more and adds
    // its export helpers (__defProp, __export, __toCommonJS, a getter per entry point), ~9 KB together.
    format: 'esm',
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

/**
 * The bundled module as the classic script Apps Script runs: `var __AddOn = (() => { … return { … }; })();`
 * with the module's lines as esbuild wrote them (not indented under the wrapper) and its closing
 * `export { a, b as c };` turned into the returned object.
 */
export function asClassicScript(esm, globalName = GLOBAL) {
  const tail = /\nexport \{([^}]*)\};\s*$/.exec(esm);
  if (!tail) throw new Error('the add-on bundle does not end in one export list');
  const members = tail[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [local, exported] = s.split(/\s+as\s+/);
      return exported && exported !== local ? `${exported}: ${local}` : local;
    });
  const body = esm.slice(0, tail.index);
  return `"use strict";\nvar ${globalName} = (() => {\n${body}\nreturn {\n  ${members.join(',\n  ')}\n};\n})();\n`;
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
