// 封顶 disclosed (audit s28 F3): a unit whose points the cap (设置 封顶分值) cut carries 封顶（原积分X） in 附件1's
// 备注 (the .xlsx tab and the .docx), the 通报 text names it in one sentence, and --json says capped and the
// points before the cap. A unit under the cap, and a ledger without a cap, read as before.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allValues, docxParagraphs, readXlsx, tempDir, writeXlsx, zugong } from './helpers';

const adoption = (title: string, unit: string, month: string) => [
  title,
  '李四',
  unit,
  '河南日报',
  '录用',
  `2024-${month}-10`,
];

describe('封顶分值 10 a quarter: 峡窝镇党委 earns 30 in Q1, 济源路街道党工委 10', () => {
  let j: { units: { unit: string; points: number; capped: boolean; uncappedPoints: number }[] };
  let body: string[];
  let annex: unknown[][];
  let paragraphs: string[];
  let board: { values: unknown[][]; format: (row: number, col: number) => string };

  beforeAll(async () => {
    const dir = tempDir();
    const file = join(dir, 'cap.xlsx');
    await writeXlsx(file, {
      稿件台账: [
        ['标题', '作者', '单位', '媒体', '采用方式', '录用日期'],
        adoption('稿1', '峡窝镇党委', '01'),
        adoption('稿2', '峡窝镇党委', '02'),
        adoption('稿3', '峡窝镇党委', '03'),
        adoption('稿4', '济源路街道党工委', '02'),
      ],
      设置: [
        ['项目', '值'],
        ['封顶分值', 10],
        ['封顶周期', '季'],
      ],
    });
    const out = join(dir, 'q1.xlsx');
    const run = zugong([
      'report',
      file,
      '--period',
      '2024-Q1',
      '--as-of',
      '2024-03-31',
      '--out',
      out,
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    j = JSON.parse(run.stdout);
    const wb = await readXlsx(out);
    const values = allValues(wb);
    const sheet = wb.getWorksheet('领导看板')!;
    board = {
      values: values.领导看板,
      format: (row, col) => String(sheet.getCell(row + 1, col + 1).numFmt ?? ''),
    };
    body = values['通报 2024-Q1'].map((r) => String(r[0] ?? ''));
    annex = values['通报 2024-Q1 附件1'];
    paragraphs = await docxParagraphs(join(dir, 'q1.docx'));
  }, 120_000);

  it('--json: the capped unit says so with its 30 before the cap; the other does not', () => {
    const town = j.units.find((u) => u.unit === '峡窝镇党委')!;
    const street = j.units.find((u) => u.unit === '济源路街道党工委')!;
    expect([town.points, town.capped, town.uncappedPoints]).toEqual([10, true, 30]);
    expect([street.points, street.capped, street.uncappedPoints]).toEqual([10, false, 10]);
  });

  it('附件1 备注 says 封顶（原积分30） on the capped unit only', () => {
    const header = annex.find((r) => r.includes('备注'))!;
    const at = header.indexOf('备注');
    const row = (unit: string) => annex.find((r) => r.includes(unit))!;
    expect(String(row('峡窝镇党委')[at])).toContain('封顶（原积分30）');
    expect(String(row('济源路街道党工委')[at] ?? '')).not.toContain('封顶');
  });

  it('the 通报 text names the capped unit once, in the .xlsx tab and the .docx', () => {
    const sentence =
      '峡窝镇党委本期所得积分超过封顶分值（每季10分），超出部分不计（原积分见附件1备注），倒扣和扣分在封顶后扣除。';
    // The tab wraps a paragraph over rows: read as one text.
    expect(body.join('').split(sentence)).toHaveLength(2);
    expect(paragraphs.join('').split(sentence)).toHaveLength(2);
    expect(paragraphs.some((p) => p.includes('封顶（原积分30）'))).toBe(true);
  });

  it("领导看板 marks the capped unit's 全年积分 封顶 and names its 原积分 under the table", () => {
    const header = board.values.findIndex((r) => r?.[0] === '单位');
    // A Q1 board's points are 累计积分 (the year has not ended), a closed year's 全年积分.
    const col = Math.max(board.values[header].indexOf('全年积分'), board.values[header].indexOf('累计积分'));
    const at = (unit: string) => board.values.findIndex((r) => r?.[0] === unit);
    expect(board.values[at('峡窝镇党委')][col]).toBe(10);
    expect(board.format(at('峡窝镇党委'), col)).toContain('（封顶）');
    expect(board.format(at('济源路街道党工委'), col)).not.toContain('封顶');
    const notes = board.values.map((r) => String(r?.[0] ?? '')).join('');
    expect(notes).toContain('峡窝镇党委（原积分30）');
    expect(notes).not.toContain('济源路街道党工委（原积分');
  });
});
