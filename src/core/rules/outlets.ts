// 媒体 lookup: staff type 《河南日报》, 河南日报 or ＣＣＴＶ; all must find the same outlet.
import { simplified } from '../simplified';
import { toHalfWidth } from '../text';
import type { OutletDef } from '../types';

/** The key an outlet name is compared by: half width, lower case, no spaces, no 《》〈〉 or quotes. */
export function outletKey(name: string): string {
  return simplified(toHalfWidth(name))
    .toLowerCase()
    .replace(/[\s《》〈〉<>“”‘’"'「」『』]/g, '');
}

/**
 * Lookup by canonical name or any alias. When two outlets claim a name (validateRules reports it),
 * a canonical name beats an alias, then the first outlet listed wins.
 */
export function outletIndex(outlets: OutletDef[]): (name: string) => OutletDef | null {
  const byKey = new Map<string, OutletDef>();
  const add = (name: string, o: OutletDef) => {
    const key = outletKey(name);
    if (key !== '' && !byKey.has(key)) byKey.set(key, o);
  };
  for (const o of outlets) add(o.name, o);
  for (const o of outlets) for (const a of o.aliases) add(a, o);
  return (name: string) => byKey.get(outletKey(name)) ?? null;
}
