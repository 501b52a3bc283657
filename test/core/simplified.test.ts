// The fold of traditional characters to simplified (src/core/simplified.ts) and its table's source: the committed
// table is what scripts/make-simplified-table.mjs makes from OpenCC's data today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simplifiedPairs, TABLE_FILE } from '../../scripts/make-simplified-table.mjs';
import { simplified } from '../../src/core/simplified';

describe('simplified', () => {
  it('folds traditional characters one by one', () => {
    expect(simplified('錄用')).toBe('录用');
    expect(simplified('單位')).toBe('单位');
    expect(simplified('人民日報')).toBe('人民日报');
    expect(simplified('稿件臺賬')).toBe('稿件台账');
    expect(simplified('中央級')).toBe('中央级');
    expect(simplified('領導批示')).toBe('领导批示');
    expect(simplified('媒體 A1 設置')).toBe('媒体 A1 设置');
    expect(simplified('薴')).toBe('苎'); // followed to its end: the fold is idempotent
  });

  it('returns simplified, Latin and empty text as the same string', () => {
    for (const text of ['录用', '上街区委组织部', '人民日报', 'Xinhua 2024-03-01', '', '①②（）', '😀中国']) {
      const fresh = [...text].join(''); // a string made at run time, not an interned literal
      expect(Object.is(simplified(fresh), fresh)).toBe(true);
    }
  });

  it('is idempotent over its whole table', () => {
    const pairs = simplifiedPairs();
    const simple = pairs.replace(/(.)(.)/g, '$2');
    expect(simplified(simple)).toBe(simple);
  });

  it('holds the table the script makes from opencc-js', () => {
    const pairs = simplifiedPairs();
    expect(pairs.length).toBeGreaterThan(5000);
    const committed = /const PAIRS =\n *'([^']*)';/.exec(readFileSync(TABLE_FILE, 'utf8'))?.[1];
    expect(committed).toBe(pairs);
  });
});
