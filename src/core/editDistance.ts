// The edit (Levenshtein) distance of two short texts, compared as UTF-16 code units (names and titles are Han).
// One implementation for the near-miss names of rules/deemed.ts and the alike titles of nearDuplicates.ts.

/** One row of the table, reused: the alike-titles check runs on every parse (issue 15). */
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/**
 * The edit distance of `a` and `b`; with `cap`, cap + 1 as soon as it is beyond it. Only the cells within `cap`
 * of the diagonal are worked out (a path leaving that band costs more than cap), so unlike texts stop early.
 */
export function editDistance(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  const m = a.length;
  const n = b.length;
  const over = cap + 1;
  if (Math.abs(m - n) > cap) return over;
  if (n + 1 > prev.length) {
    prev = new Int32Array(2 * (n + 1));
    cur = new Int32Array(2 * (n + 1));
  }
  // Cells outside the band hold more than any path within it (a sentinel, never an answer).
  const far = m + n + 1;
  const band = Math.min(cap, Math.max(m, n));
  for (let j = 0; j <= n; j++) prev[j] = j <= band ? j : far;
  for (let i = 1; i <= m; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(n, i + band);
    cur[from - 1] = from === 1 && i <= band ? i : far;
    let least = cur[from - 1];
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const replace = prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const insert = cur[j - 1] + 1;
      const remove = prev[j] + 1;
      const d = replace < insert ? (replace < remove ? replace : remove) : insert < remove ? insert : remove;
      cur[j] = d;
      if (d < least) least = d;
    }
    if (to < n) cur[to + 1] = far;
    if (least > cap) return over;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return Math.min(prev[n], over);
}
