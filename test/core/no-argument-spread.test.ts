// A list that grows with the ledger (rows, people, rows to check) spread into a call's arguments overflows
// the stack past ~120,000 elements ("Maximum call stack size exceeded": sweep s25c F2, a 通报 with 140,000
// rows to check or people). src uses src/core/arrays.ts (maxOf, minOf, pushAll) instead; this keeps it so.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from '../../src/core/arrays';

const ROOT = join(__dirname, '../../src');
const CALLS =
  /(Math\.(?:max|min)|\.push|\.unshift|\.splice|\.concat|String\.fromCharCode|String\.fromCodePoint)\s*\(/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|js)$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

/** The source with comments and string/template text blanked (same length, newlines kept). */
function code(src: string): string {
  let out = '';
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < src.length) {
    const c = src[i];
    const two = src.slice(i, i + 2);
    let end = i + 1;
    if (two === '//') end = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
    else if (two === '/*') end = src.indexOf('*/', i + 2) + 2;
    else if (c === "'" || c === '"' || c === '`') {
      end = i + 1;
      while (end < src.length && src[end] !== c) end += src[end] === '\\' ? 2 : 1;
      end += 1;
      out += c + blank(src.slice(i + 1, end - 1)) + c;
      i = end;
      continue;
    } else {
      out += c;
      i = end;
      continue;
    }
    out += blank(src.slice(i, end));
    i = end;
  }
  return out;
}

/** Lines where one of CALLS gets an argument spread (`...x` at the call's own depth, not inside [ ] or { }). */
function argumentSpreads(src: string): number[] {
  const text = code(src);
  const found: number[] = [];
  for (const m of text.matchAll(CALLS)) {
    let depth = 0;
    for (let i = (m.index ?? 0) + m[0].length; i < text.length; i++) {
      const c = text[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && text.startsWith('...', i)) {
        found.push(text.slice(0, m.index).split('\n').length);
        break;
      }
    }
  }
  return found;
}

describe('no argument spreads of lists into Math.max/min, push, splice, fromCharCode (s25c F2)', () => {
  it('finds the pattern it guards against, and not its look-alikes', () => {
    expect(argumentSpreads('const w = Math.max(1, ...rows.map((r) => r.length));')).toEqual([1]);
    expect(argumentSpreads('\nout.push(\n  ...parts,\n);')).toEqual([2]);
    expect(argumentSpreads('a.splice(0, 0, ...xs); String.fromCharCode(...codes)')).toEqual([1, 1]);
    expect(argumentSpreads('out.push([...a, ...b]); Math.max(f({ ...o }), 2); // Math.max(...x)')).toEqual(
      [],
    );
    expect(argumentSpreads("const s = 'Math.max(...x)';")).toEqual([]);
  });

  it('src has none', () => {
    const hits = sources(ROOT).flatMap((f) =>
      argumentSpreads(readFileSync(f, 'utf8')).map((line) => `${relative(ROOT, f)}:${line}`),
    );
    expect(hits).toEqual([]);
  });

  it('the helpers take lists far past the argument limit', () => {
    const big = Array.from({ length: 300_000 }, (_, i) => i % 1000);
    expect(maxOf(big, 5)).toBe(999);
    expect(minOf(big, 5)).toBe(0);
    expect(maxOf([], 150)).toBe(150);
    expect(maxOf([])).toBe(Number.NEGATIVE_INFINITY);
    expect(minOf([])).toBe(Number.POSITIVE_INFINITY);
    expect(maxOf([1, Number.NaN, 3])).toBeNaN();
    expect(pushAll([1], big).length).toBe(300_001);
    expect(() => Math.max(...big)).toThrow(RangeError);
  });
});
