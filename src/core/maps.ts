// Map helpers for the one-pass accumulators.

/** The value at key, created by make() on first use. */
export function getOrInit<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/** Dense ids for names in order of first sight: `id(name)` gives (or makes) one; `names[id]` reads back. */
export function interner(): { id: (name: string) => number; ids: Map<string, number>; names: string[] } {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const id = (name: string): number => getOrInit(ids, name, () => names.push(name) - 1);
  return { id, ids, names };
}

/** The table's own entry for key: a cell that reads "constructor" or "toString" finds nothing. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  // (Object.hasOwn is ES2022, newer than the es2020 the bundle targets.)
  return Object.getOwnPropertyDescriptor(table, key)?.value as T | undefined;
}

/**
 * Each word to the first word of its group (groups split by |, words by spaces): 'a b|c d' reads a and b
 * as a, c and d as c. The vocabularies' aliases, one line each.
 */
export function aliasTable<T extends string = string>(groups: string): Record<string, T> {
  const table: Record<string, T> = {};
  for (const group of groups.split('|')) {
    const words = group.trim().split(/\s+/);
    for (const word of words) table[word] = words[0] as T;
  }
  return table;
}
