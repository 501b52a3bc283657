// The edit (Levenshtein) distance of two short texts, compared as UTF-16 code units (names and titles are Han).
// One implementation for the near-miss names of rules/deemed.ts and the alike titles of nearDuplicates.ts.

/**
 * The edit distance of `a` and `b`; with `cap`, cap + 1 as soon as every path is beyond it (a row's least value
 * exceeds it), so unlike texts stop early.
 */
export function editDistance(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(d);
      if (d < least) least = d;
    }
    if (least > cap) return cap + 1;
    prev = cur;
  }
  return Math.min(prev[b.length], cap + 1);
}
