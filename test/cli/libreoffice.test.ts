// Workbooks as LibreOffice Calc saves them (test/fixtures/libreoffice, made by its make.sh) give the same
// numbers as the files they were made from: our own writer's example and the CSV ledger.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, zugong } from './helpers';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'libreoffice');

/** The JSON of `zugong report FILE --json` for the year 2024, without the name of the tab it read. */
function report(file: string) {
  const run = zugong(['report', file, '--json', '--period', '2024', '--as-of', '2024-12-31']);
  expect(run.code, run.stderr).toBe(0);
  const json = JSON.parse(run.stdout);
  const { ledgerTab, ...meta } = json.meta;
  return { ledgerTab, json: { ...json, meta } };
}

// The zip reader exceljs itself uses (a dependency of exceljs, so always installed beside it).
const JSZip = createRequire(require.resolve('exceljs'))('jszip') as {
  loadAsync(data: Buffer): Promise<{ file(name: string): { async(type: 'string'): Promise<string> } | null }>;
};

/** The application that saved an .xlsx, from docProps/app.xml. */
async function savedBy(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file('docProps/app.xml')?.async('string')) ?? '';
  return /<Application>([^<]*)<\/Application>/.exec(xml)?.[1] ?? '';
}

describe('workbooks saved by LibreOffice Calc', () => {
  it.each([
    ['上街区-2024.libreoffice.xlsx', join(ROOT, 'examples', '上街区-2024.xlsx'), '稿件台账'],
    ['ledger.libreoffice.xlsx', join(ROOT, 'examples', 'ledger.csv'), 'ledger.libreoffice'],
  ])('%s gives the numbers of the file it was saved from', async (name, source, tab) => {
    const file = join(FIXTURES, name);
    expect(await savedBy(file)).toMatch(/^LibreOffice\/7\./);
    const saved = report(file);
    const original = report(source);
    expect(saved.ledgerTab).toBe(tab);
    expect(saved.json.rows.length).toBe(539);
    expect(saved.json).toEqual(original.json);
  });
});
