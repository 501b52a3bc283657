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
