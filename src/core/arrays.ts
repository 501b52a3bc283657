/**
 * Whole-array helpers for lists that grow with the ledger (rows, people, rows to check, columns).
 *
 * Spreading such a list into a call's arguments (`Math.max(...xs)`, `out.push(...xs)`) puts every element
 * on the stack: V8 (Node, and Apps Script's runtime) throws "Maximum call stack size exceeded" somewhere past
 * ~120,000 arguments, so a 通报 with that many rows to check or people would crash. These loop instead.
 * test/core/no-argument-spread.test.ts keeps src free of argument spreads into these calls.
 */

/** The largest of `floor` and the numbers in `xs` (`floor` when `xs` is empty), like Math.max(floor, ...xs). */
export function maxOf(xs: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let m = floor;
  for (const x of xs) if (x > m || Number.isNaN(x)) m = x;
  return m;
}

/** The smallest of `ceiling` and the numbers in `xs` (`ceiling` when `xs` is empty), like Math.min(ceiling, ...xs). */
export function minOf(xs: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let m = ceiling;
  for (const x of xs) if (x < m || Number.isNaN(x)) m = x;
  return m;
}

/** Appends every element of `xs` to `out` (like out.push(...xs)) and returns `out`. */
export function pushAll<T>(out: T[], xs: Iterable<T>): T[] {
  for (const x of xs) out.push(x);
  return out;
}
