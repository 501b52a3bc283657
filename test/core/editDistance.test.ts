// The banded, capped edit distance against the whole table worked out plainly (Wagner–Fischer).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/core/editDistance';

function plain(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

// Two letters make near texts common; Han titles are what the callers compare.
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'网格络党建工作上街区镇'), maxLength: 24 }),
);

describe('editDistance', () => {
  it('is the plain distance without a cap', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(editDistance(a, b)).toBe(plain(a, b));
      }),
    );
  });

  it('with a cap, is the plain distance up to it and cap + 1 beyond, call after call (its rows are reused)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, fc.integer({ min: 0, max: 6 })), { maxLength: 8 }),
        (calls) => {
          for (const [a, b, cap] of calls) {
            const d = plain(a, b);
            expect(editDistance(a, b, cap)).toBe(d <= cap ? d : cap + 1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads titles of any length, one after another (its rows are reused)', () => {
    const long = '上街区'.repeat(60);
    expect(editDistance(long, `${long}网格`)).toBe(2);
    expect(editDistance('网格党建', '网络党建', 1)).toBe(1);
    expect(editDistance('网格党建工作', '党建', 1)).toBe(2);
    expect(editDistance('', '党建')).toBe(2);
  });
});
