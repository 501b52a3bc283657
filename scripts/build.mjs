// npm run build (also npm ci, through prepare): dist/Code.js + appsscript.json + sidebar HTML for
// clasp push, and dist/cli.cjs for the command line. Needs only devDependencies.
//
// Code.js is esbuild's bundle in one IIFE (global __AddOn), followed by a generated footer of top-level
// function stubs, because Apps Script sees only top-level `function` declarations: custom functions, menu
// handlers, triggers and google.script.run targets. Each stub carries the JSDoc of its TypeScript
// source, so Sheets shows the Chinese help of every custom function.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { asClassicScript, bundleAddOn, GLOBAL, moduleSizes } from './addonBundle.mjs';
import { checkEntryPoints, readEntryPoints, retab, stub } from './entryPoints.mjs';
import { assemblePage } from './pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function fail(message) {
  console.error(`build failed: ${message}`);
  process.exit(1);
}

async function buildAddOn() {
  const entryFile = join(root, 'src/addon/main.ts');
  let result;
  try {
    result = await bundleAddOn(root);
  } catch (error) {
    fail(`esbuild: ${error.errors?.map((e) => e.text).join('; ') ?? error.message}`);
  }
  for (const input of Object.keys(result.metafile.inputs)) {
    if (/node_modules[\\/](exceljs|docx|jszip)|^node:/.test(input)) fail(`${input} is in the add-on bundle`);
  }

  const entries = readEntryPoints(entryFile);
  const problems = checkEntryPoints(entries);
  if (problems.length > 0) fail(`\n  ${problems.join('\n  ')}`);
  if (entries.length === 0) fail('src/addon/main.ts exports no functions');

  // Tabs for esbuild's two-space indentation: the same program, some 7% lighter.
  const bundle = retab(asClassicScript(result.outputFiles[0].text));
  const header = '// zugong-ledger 组工台账 — built by scripts/build.mjs from src/addon; do not edit.\n';
  const footer = entries.map((e) => stub(e, GLOBAL)).join('\n\n');
  const code = `${header}${bundle}\n// ─── entry points Apps Script calls (generated) ───\n\n${footer}\n`;

  // Apps Script runs Code.js as a classic script: any module syntax left would not even parse.
  const leftover = [/^\s*(import|export)\b/m, /\brequire\s*\(/, /\bimport\s*\(/].find((re) => re.test(code));
  if (leftover) fail(`Code.js still contains ${leftover} (module syntax Apps Script cannot run)`);

  writeFileSync(join(dist, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const uiDir = join(root, 'src/ui');
  const pages = existsSync(uiDir) ? readdirSync(uiDir).filter((f) => f.endsWith('.html')) : [];
  for (const page of pages) writeFileSync(join(dist, page), assemblePage(uiDir, page));

  const custom = entries.filter((e) => e.custom).map((e) => e.name);
  const bytes = statSync(join(dist, 'Code.js')).size;
  console.log(
    `dist/Code.js ${(bytes / 1024).toFixed(1)} KB (${bytes} bytes), ${entries.length} entry points ` +
      `(custom functions: ${custom.join(', ')}), ${pages.length} HTML page(s)`,
  );
  // What the size is made of (node scripts/bundle-modules.mjs lists every module).
  const top = moduleSizes(result.metafile).slice(0, 8);
  console.log(
    `  largest modules: ${top.map((m) => `${m.module} ${(m.bytes / 1024).toFixed(1)} KB`).join(', ')}`,
  );
}

async function buildCli() {
  const entry = join(root, 'src/cli/main.ts');
  try {
    await esbuild.build({
      entryPoints: [entry],
      outfile: join(dist, 'cli.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'silent',
    });
  } catch (error) {
    fail(`esbuild (cli): ${error.errors?.map((e) => e.text).join('; ') ?? error.message}`);
  }
  console.log(`dist/cli.cjs ${(statSync(join(dist, 'cli.cjs')).size / 1024).toFixed(1)} KB`);
}

// Remove only what this build writes (a page deleted from src/ui must not linger in dist); the
// directory itself stays, so a test running the CLI from dist meanwhile is not pulled from under.
mkdirSync(dist, { recursive: true });
for (const f of readdirSync(dist)) {
  if (/^(Code\.js|appsscript\.json|cli\.cjs|.*\.html)$/.test(f)) rmSync(join(dist, f), { force: true });
}
await buildAddOn();
await buildCli();
