// The unit types the presets' 单位 tables use, in a module of its own: validate.ts reads them for its hint
// (乡镇 → 是否应为“乡镇街道”？) without importing presets.ts, which imports read.ts, which imports validate.ts.
// presets.ts presetUnitTypes() derives the same set from the presets (a test keeps the two alike).

import { unitKey } from '../text';

export const KNOWN_UNIT_TYPES: readonly string[] = ['乡镇街道', '其他党工委', '部机关科室'];

/**
 * A type `typed` may mean: the first of `candidates` (the 单位 table's types, then the known ones) that
 * contains it or that it contains, spaces and brackets set aside; null when none is that close.
 */
export function nearUnitType(typed: string, candidates: Iterable<string>): string | null {
  const key = (t: string) => unitKey(t).replace(/[()]/g, '');
  const k = key(typed);
  if (k === '') return null;
  for (const c of candidates) {
    const ck = key(c);
    if (ck === '' || ck === k) continue;
    if (ck.includes(k) || k.includes(ck)) return c;
  }
  return null;
}
