// Where the time goes: CPU profiles (node --cpu-prof) of the engine and of `zugong report`, read back
// as the functions with the most self time and the time under each engine stage.
//   npx tsx bench/profile.ts [rows]        (default 100,000; bundles out/bench/*.mjs and needs dist/)
// Writes out/prof/{engine,cli}/*.cpuprofile (open them in Chrome DevTools for the whole picture) and
// prints the summary. Like the bench, a figure of this machine at this moment, never a test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundleBenchModules } from './bundle';
import { isMain } from './main';

const root = join(import.meta.dirname ?? __dirname, '..');
const outDir = join(root, 'out', 'bench');
const profDir = join(root, 'out', 'prof');
const rows = Number(process.argv[2] ?? 100_000) || 100_000;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame lives, short: a package under node_modules, else the file's base name. */
function place(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return url;
  return url ? basename(url.replace(/^file:\/\//, '')) : '(native)';
}

interface Summary {
  totalMs: number;
  self: { name: string; ms: number; share: number }[];
  byPlace: { place: string; ms: number; share: number }[];
  inclusive: Record<string, number>;
}

/** Self time per function, per file or package, and inclusive time of the named functions. */
export function summarize(profile: Profile, named: string[], top = 20): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const self = new Map<string, number>();
  const places = new Map<string, number>();
  const inclusive = new Map<string, number>(named.map((n) => [n, 0]));
  for (const [id, us] of selfUs) {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${place(f.url)}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + us);
    places.set(place(f.url), (places.get(place(f.url)) ?? 0) + us);
    // Inclusive: each named function on this node's stack, once per stack.
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const name = byId.get(n)!.callFrame.functionName;
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, inclusive.get(name)! + us);
      }
    }
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  const share = (us: number) => Math.round((us / total) * 1000) / 10;
  return {
    totalMs: ms(total),
    self: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: ms(us), share: share(us) })),
    byPlace: [...places]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([p, us]) => ({ place: p, ms: ms(us), share: share(us) })),
    inclusive: Object.fromEntries([...inclusive].map(([n, us]) => [n, ms(us)])),
  };
}

function print(title: string, s: Summary): void {
  console.log(`\n${title}: ${s.totalMs.toLocaleString('en-US')} ms sampled`);
  console.log('  self time by function:');
  for (const f of s.self)
    console.log(`    ${String(f.ms).padStart(9)} ms ${String(f.share).padStart(5)}%  ${f.name}`);
  console.log('  self time by file or package:');
  for (const p of s.byPlace)
    console.log(`    ${String(p.ms).padStart(9)} ms ${String(p.share).padStart(5)}%  ${p.place}`);
  console.log('  inclusive time of the stages:');
  for (const [n, ms] of Object.entries(s.inclusive)) console.log(`    ${String(ms).padStart(9)} ms  ${n}`);
}

function profiled(dir: string, args: string[]): Profile {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 900_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ZUGONG_ROOT: root, ZUGONG_PROGRESS: '0' },
  });
  if (r.status !== 0)
    throw new Error(`${args.join(' ')} failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
}

const ENGINE_STAGES = [
  'generateLedger',
  'parseLedger',
  'scoreLedger',
  'evaluateIndicators',
  'buildReport',
  'writeRowOutputs',
];
const CLI_STAGES = [
  'openWorkbook', // the input's bytes and zip directory
  'readValues', // the ledger's sheet XML read into grids (xlsxReader.ts)
  'assess',
  'parseLedger',
  'scoreLedger',
  'evaluateIndicators',
  'buildReport',
  'writeSheet', // the output tabs built
  'streamTo', // the output saved
];

async function main(): Promise<void> {
  await bundleBenchModules(root, outDir, ['engine', 'cli']);
  if (!existsSync(join(root, 'dist', 'cli.cjs')))
    throw new Error('dist/cli.cjs missing: npm run build first');
  // Three timed passes after a warm-up, as the bench does at 100k rows.
  const engine = profiled(join(profDir, 'engine'), [join(outDir, 'engine.mjs'), String(rows), '3']);
  print(
    `Engine, ${rows.toLocaleString('en-US')} rows (grid generation, warm-up and 3 passes)`,
    summarize(engine, ENGINE_STAGES),
  );

  const xlsx = join(outDir, `ledger-profile-${rows}.xlsx`);
  if (!existsSync(xlsx)) {
    const w = spawnSync(process.execPath, [join(outDir, 'cli.mjs'), 'write', xlsx, String(rows)], {
      cwd: root,
      encoding: 'utf8',
    });
    if (w.status !== 0) throw new Error(`writing ${xlsx} failed:\n${w.stderr}`);
  }
  // The command refuses to replace a file it did not write (an older version's output): start clean.
  rmSync(join(root, 'out', 'profile-report.xlsx'), { force: true });
  const cli = profiled(join(profDir, 'cli'), [
    join(root, 'bin', 'zugong.cjs'),
    'report',
    xlsx,
    '--out',
    join(root, 'out', 'profile-report.xlsx'),
  ]);
  print(`zugong report --out, ${rows.toLocaleString('en-US')}-row .xlsx`, summarize(cli, CLI_STAGES));
  console.log(`\nprofiles: ${profDir}/{engine,cli}/*.cpuprofile`);
}

/** Summarise profiles already written: tsx bench/profile.ts --read <file.cpuprofile> [function …]. */
function readOnly(file: string, named: string[]): void {
  print(
    file,
    summarize(JSON.parse(readFileSync(file, 'utf8')) as Profile, named.length ? named : CLI_STAGES),
  );
}

if (isMain('profile')) {
  if (process.argv[2] === '--read') readOnly(process.argv[3], process.argv.slice(4));
  else
    main().catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
