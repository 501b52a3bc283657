// A workbook typed in traditional characters (繁体: tab names, headers, rule words, outlet and unit names, as
// copied from a scraped page or typed with a 繁体 input method) gives the figures of its simplified original
// through the command line: the bundled example converted cell by cell with OpenCC (cn → t), whole, ledger
// only and rules only. Names show as typed; compared with every text folded back (simplified.ts).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { simplified } from '../../src/core/simplified';
import { traditionalWorkbook } from '../helpers/traditional';
import { ROOT, tempDir, zugong } from './helpers';

const EXAMPLE = join(ROOT, 'examples', '上街区-2024.xlsx');
const LEDGER_TABS = new Set(['稿件台账']);

/** Every text simplified: what was typed in 繁体 reads as the original's. */
function folded(v: unknown): unknown {
  if (typeof v === 'string') return simplified(v);
  if (Array.isArray(v)) return v.map(folded);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, folded(x)]));
  return v;
}

function report(file: string): Record<string, unknown> {
  const r = zugong(['report', file, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  // The file's own path differs; nothing else may.
  for (const d of json.meta.noticeDetails) delete d.file;
  return json;
}

describe('繁体 workbooks give the simplified figures (CLI --json)', () => {
  const dir = tempDir();
  const files = {
    all: join(dir, '全部繁體.xlsx'),
    ledger: join(dir, '台賬繁體.xlsx'),
    rules: join(dir, '規則繁體.xlsx'),
  };
  let base: Record<string, unknown>;
  beforeAll(async () => {
    await traditionalWorkbook(EXAMPLE, files.all);
    await traditionalWorkbook(EXAMPLE, files.ledger, (tab) => LEDGER_TABS.has(tab));
    await traditionalWorkbook(EXAMPLE, files.rules, (tab) => !LEDGER_TABS.has(tab));
    base = report(EXAMPLE);
  }, 120_000);

  it('the original: 合计 2584.6, 录用 248, 报送 508 (row 122’s 倒扣 piece still a 报送: S26a F5)', () => {
    const totals = (base.meta as { totals: Record<string, number> }).totals;
    expect([totals.points, totals.adoptions, totals.submissions]).toEqual([2584.6, 248, 508]);
  });

  for (const [name, what] of [
    ['all', 'every tab in 繁体 (稿件臺賬, 單位, 媒體, 設置 …)'],
    ['ledger', 'the ledger in 繁体, the rule tabs simplified'],
    ['rules', 'the rule tabs in 繁体, the ledger simplified'],
  ] as const) {
    it(`${what}: the same rows, units, people, totals and notices`, () => {
      const json = report(files[name]);
      const meta = json.meta as { totals: Record<string, number>; notices: string[]; issues: number };
      expect([meta.totals.points, meta.totals.adoptions, meta.totals.submissions]).toEqual([
        2584.6, 248, 508,
      ]);
      expect(meta.notices).toEqual([]);
      expect(meta.issues).toBe((base.meta as { issues: number }).issues);
      expect(folded(json)).toEqual(folded(base));
    }, 60_000);
  }
});
