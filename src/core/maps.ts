// Map helpers for the one-pass accumulators.
import { simplified } from './simplified';

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
  // (Object.hasOwn is ES2022, newer than the es2020 the bundle targets.) The tables' words are simplified:
  // a key typed in traditional characters (錄用, 區縣級) finds its word.
  return Object.getOwnPropertyDescriptor(table, simplified(key))?.value as T | undefined;
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

/** Distinct values numbered in order of first sight: `id(value)` gives (or makes) one; `values[id]` reads back. */
export class Numbering<T = string> {
  private readonly ids = new Map<T, number>();

  /** Numbers `values` (distinct, often none yet) and those added after them. */
  constructor(readonly values: T[] = []) {
    for (let id = 0; id < values.length; id++) this.ids.set(values[id], id);
  }

  id(value: T): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/**
 * Gives `owner` a `rows` field made by `make` on first read, or set by a caller; `madeOrSet` is called then
 * (a caller may change rows once it has them, so what they were made from no longer describes them).
 */
export function lazyRows<R>(owner: object, make: () => R[], madeOrSet: () => void): void {
  let rows: R[] | null = null;
  Object.defineProperty(owner, 'rows', {
    enumerable: true,
    configurable: true,
    get(): R[] {
      if (rows === null) {
        rows = make();
        madeOrSet();
      }
      return rows;
    },
    set(value: R[]) {
      rows = value;
      madeOrSet();
    },
  });
}
