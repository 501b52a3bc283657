// The --out ledger copy shows what the ledger held, or says what it could not keep (sweep S21b F5): a CSV
// cell holding formula text is written as that text (a string, never a formula; 待核实's 标题 too), and a text
// longer than an Excel cell holds is cut with a notice naming the file, tab, row, column and characters cut.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { XlsxReader } from '../../src/cli/xlsxReader';
import { tempDir, zugong } from './helpers';

const FORMULA = '=HYPERLINK("http://x","点我")';
const LEDGER = [
  '标题,作者,单位,类别,报送对象,报送日期,媒体,级别,采用方式,录用日期,字数,备注',
  `"${FORMULA.replace(/"/g, '""')}",张三,峡窝镇党委,,区委组织部,2024-05-01,郑州日报,,,2024-05-02,800,`,
  `${'长'.repeat(40_000)},李四,峡窝镇党委,,区委组织部,2024-05-01,郑州日报,,,2024-05-02,800,${'注'.repeat(33_000)}`,
].join('\n');

describe('the ledger copy of a CSV', () => {
  it('shows formula text as text and says which long cells were cut', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'l.csv'), LEDGER);
    const r = zugong(
      ['report', 'l.csv', '--period', '2024', '--as-of', '2024-12-31', '--out', 'p.xlsx', '--json'],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    const cut = JSON.parse(r.stdout).meta.noticeDetails.filter(
      (n: { code: string }) => n.code === 'text-cut',
    );
    expect(cut).toEqual([
      {
        code: 'text-cut',
        file: 'p.xlsx',
        tab: '稿件台账',
        row: 3,
        column: 'A',
        message:
          'p.xlsx 的「稿件台账」第3行 A 列文字超过 Excel 单元格的上限 32767 字，写入时截去了末尾 7233 字（台账原文未改）',
      },
      expect.objectContaining({ row: 3, column: 'L', message: expect.stringContaining('截去了末尾 233 字') }),
    ]);
    expect(r.stderr).toContain('p.xlsx 的「稿件台账」第3行 A 列文字超过 Excel 单元格的上限');

    const bytes = readFileSync(join(dir, 'p.xlsx'));
    const copy = new XlsxReader(bytes).readValues('稿件台账');
    expect(copy[1][0]).toBe(FORMULA);
    expect(String(copy[1][14])).toMatch(/^标题是公式/); // 校验 still says why the row is held
    expect(String(copy[2][0]).length).toBe(32_767);
    const issues = new XlsxReader(bytes).readValues('待核实');
    expect(issues.find((line) => line[0] === 2)?.[2]).toBe(FORMULA);
    // Written as strings: no sheet of the file holds a formula.
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    for (const name of sheets) expect(await zip.file(name)?.async('string')).not.toMatch(/<f[ >]/);
  }, 60_000);
});
