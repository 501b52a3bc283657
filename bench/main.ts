// Which bench module a process was started as. Modules are bundled together, so import.meta.url
// cannot tell: the script's base name does (bench/engine.ts and out/bench/engine.mjs are both "engine").
import { basename } from 'node:path';

export function isMain(name: string): boolean {
  const script = process.argv[1];
  return script !== undefined && basename(script).replace(/\.[cm]?[jt]s$/, '') === name;
}
