// --rules wins table by table over the workbook's own tabs (README). When the workbook's own table differs, the
// office may have edited that one: it was set aside with nothing said (audit s38 R). Now a notice names it.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, zugong } from './helpers';

const EXAMPLE = join(ROOT, 'examples', '上街区-2024.xlsx');

function notices(args: string[]): string[] {
  const run = zugong(['report', EXAMPLE, '--json', '--period', '2024', '--as-of', '2024-12-31', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { meta: { notices: string[] } }).meta.notices;
}

describe('a rule table in both the workbook and --rules', () => {
  it('differing: the workbook’s is named as set aside', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    const ws = wb.getWorksheet('计分')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const cell = ws.getCell(2, header.indexOf('分值') + 1);
    cell.value = Number(cell.value) + 1;
    const rules = join(tempDir(), 'rules.xlsx');
    await wb.xlsx.writeFile(rules);
    expect(notices(['--rules', rules])).toContain(
      '台账工作簿中的「计分」表与 --rules 文件中的不同，按 --rules 文件中的计算（工作簿中的未使用）',
    );
  }, 60_000);

  it('the same tables: nothing said', () => {
    expect(notices(['--rules', EXAMPLE]).filter((n) => n.includes('未使用'))).toEqual([]);
  }, 60_000);
});
