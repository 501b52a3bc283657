// The bench modules bundled with esbuild the way dist/ is built, so that what is timed is plain bundled
// JavaScript rather than code going through a TypeScript loader. Shared by run.ts and profile.ts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundle bench/<name>.ts for each name into outDir/<name>.mjs. */
export async function bundleBenchModules(root: string, outDir: string, names: string[]): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: names.map((m) => join(root, 'bench', `${m}.ts`)),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
}
