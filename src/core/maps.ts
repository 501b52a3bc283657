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

/** The table's own entry for key: a cell that reads "constructor" or "toString" finds nothing. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  // (Object.hasOwn is ES2022, newer than the es2020 the bundle targets.)
  return Object.getOwnPropertyDescriptor(table, key)?.value as T | undefined;
}
