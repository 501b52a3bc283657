// Medians of several bench runs, the machine being shared and noisy:
//   npx tsx bench/run.ts --out out/bench-1.json   (and -2, -3 …), then
//   npx tsx bench/summary.ts out/bench-1.json out/bench-2.json out/bench-3.json
// prints each headline figure's median, min and max, and each run's load average.
import { readFileSync } from 'node:fs';
import { HEADLINE, median } from './main';

interface BenchJson {
  generated_at: string;
  machine: { load: number[]; loadEnd?: number[] };
  [field: string]: unknown;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: tsx bench/summary.ts <bench.json> …');
  process.exit(2);
}
const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as BenchJson);
const fmt = (x: number) =>
  Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : String(Number(x.toFixed(2)));

console.log(`${runs.length} runs`);
for (const [i, r] of runs.entries()) {
  const load = (l?: number[]) => (l ? l.map((x) => x.toFixed(2)).join(' ') : '—');
  console.log(
    `  ${files[i]}: ${r.generated_at}, load at start ${load(r.machine.load)}, at end ${load(r.machine.loadEnd)}`,
  );
}
console.log(`\n${'field'.padEnd(34)}${'median'.padStart(12)}${'min'.padStart(12)}${'max'.padStart(12)}  n`);
for (const field of HEADLINE) {
  const xs = runs.map((r) => r[field]).filter((v): v is number => typeof v === 'number');
  if (xs.length === 0) {
    console.log(`${field.padEnd(34)}${'n/a'.padStart(12)}`);
    continue;
  }
  console.log(
    `${field.padEnd(34)}${fmt(median(xs)).padStart(12)}${fmt(Math.min(...xs)).padStart(12)}${fmt(Math.max(...xs)).padStart(12)}  ${xs.length}`,
  );
}
