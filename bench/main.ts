// Which bench module a process was started as. Modules are bundled together, so import.meta.url
// cannot tell: the script's base name does (bench/engine.ts and out/bench/engine.mjs are both "engine").
import { basename } from 'node:path';

export function isMain(name: string): boolean {
  const script = process.argv[1];
  return script !== undefined && basename(script).replace(/\.[cm]?[jt]s$/, '') === name;
}

/** The figures issue 15 tracks, printed last by run.ts and compared across runs by summary.ts. */
export const HEADLINE = [
  'engine_rows_per_s',
  'engine_full_pass_rows_per_s',
  'engine_floor_ms',
  'engine_over_floor',
  'engine_full_pass_over_floor',
  'engine_1m_s',
  'engine_1m_peak_mb',
  'custom_function_calls_per_recalc',
  'custom_function_cold_ms',
  'custom_function_cold_ms_10k',
  'custom_function_format_date_calls',
  'peer_ratio_1k',
  'peer_ratio',
  'lo_ratio_10k',
  'lo_ratio_100k',
  'bundle_bytes',
  'cli_100k_wall_s',
  'cli_100k_peak_mb',
] as const;

/** The median of some figures (the mean of the middle two for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
