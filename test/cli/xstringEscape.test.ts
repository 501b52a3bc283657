// Text holding `_x` + four hex digits + `_` (sweep S21b F4): ECMA-376 ST_Xstring reads that as an escaped
// character, so the .xlsx must hold it as `_x005F_xHHHH_` to read back as typed, in the ledger copy (the direct
// writer) and in the tabs exceljs writes (待核实, 通报's 附件) alike.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOpenpyxlPython } from '../../scripts/python.mjs';
import { XlsxReader } from '../../src/cli/xlsxReader';
import { tempDir, zugong } from './helpers';

const LEDGER = [
  '标题,作者,单位,类别,报送对象,报送日期,媒体,级别,采用方式,录用日期,字数,备注,调整分,调整理由',
  '_x0041_转义,张三,峡窝镇党委,,区委组织部,2024-05-01,郑州日报,,,2024-05-02,800,a_x00e9_b_X00E9_,,',
  // Held (调整分 without 调整理由): its 标题 goes to 待核实; its author to 通报's people 附件.
  '_x0042_乙,张三_x0043_,峡窝镇党委,,区委组织部,2024-05-01,郑州日报,,,2024-05-02,800,,5,',
].join('\n');

/** Every text cell of every tab holding `_x`, as `tab!A1 text`, read by openpyxl. */
function openpyxlTexts(file: string): string[] {
  const py = `
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb:
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and '_x' in c.value.lower():
                print(ws.title + '!' + c.coordinate + ' ' + c.value)
`;
  const python = findOpenpyxlPython(); // npm test's ensure step installed it (python3-openpyxl)
  expect(python, 'no python with openpyxl: apt-get install -y python3-openpyxl').not.toBeNull();
  const r = spawnSync(python as string, ['-c', py, file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim().split('\n');
}

describe('_xHHHH_ in text written to an .xlsx', () => {
  it('reads back as typed through our reader and openpyxl', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'l.csv'), LEDGER);
    const r = zugong(
      ['report', 'l.csv', '--period', '2024', '--as-of', '2024-12-31', '--out', 'q.xlsx'],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    const file = join(dir, 'q.xlsx');
    const copy = new XlsxReader(readFileSync(file)).readValues('稿件台账');
    expect(copy[1].slice(0, 3)).toEqual(['_x0041_转义', '张三', '峡窝镇党委']);
    expect(copy[1][11]).toBe('a_x00e9_b_X00E9_');
    expect(copy[2].slice(0, 2)).toEqual(['_x0042_乙', '张三_x0043_']);
    const held = new XlsxReader(readFileSync(file)).readValues('待核实').flat();
    expect(held).toContain('_x0042_乙');
    const texts = openpyxlTexts(file);
    expect(texts).toEqual(
      expect.arrayContaining([
        '稿件台账!A2 _x0041_转义',
        '稿件台账!L2 a_x00e9_b_X00E9_',
        '稿件台账!A3 _x0042_乙',
        '稿件台账!B3 张三_x0043_',
      ]),
    );
    expect(texts.filter((t) => t.startsWith('待核实!'))).toEqual([expect.stringMatching(/ _x0042_乙$/)]);
    expect(texts.filter((t) => t.includes('张三_x0043_')).length).toBeGreaterThan(1);
    // A report fed back as the ledger gives the same copy.
    const again = zugong(
      ['report', 'q.xlsx', '--period', '2024', '--as-of', '2024-12-31', '--out', 'q2.xlsx'],
      dir,
    );
    expect(again.code, again.stderr).toBe(0);
    expect(new XlsxReader(readFileSync(join(dir, 'q2.xlsx'))).readValues('稿件台账')[1][0]).toBe(
      '_x0041_转义',
    );
  }, 60_000);
});
