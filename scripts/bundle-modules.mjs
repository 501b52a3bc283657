// node scripts/bundle-modules.mjs [--json]: what dist/Code.js is made of, module by module (esbuild's
// metafile), so its size can be explained and a change's effect on each module compared.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleAddOn, moduleSizes } from './addonBundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = await bundleAddOn(root);
const sizes = moduleSizes(result.metafile);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(sizes.map((m) => [m.module, m.bytes])), null, 2));
} else {
  const total = sizes.reduce((sum, m) => sum + m.bytes, 0);
  for (const m of sizes) console.log(`${String(m.bytes).padStart(7)}  ${m.module}`);
  console.log(`${String(total).padStart(7)}  (all modules, before re-tabbing and the entry-point footer)`);
}
