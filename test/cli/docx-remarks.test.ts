// 附件1's 备注 in the .docx (review s28): with 设置 封顶分值 40 on the example workbook, 封顶（原积分182.5） wrapped
// over three lines of a 备注 column 7 characters wide. The column is as wide as its longest remark and a cell
// breaks only between remarks (末；不得评先评优； / 封顶（原积分89.5）), while every unit name stays on one line.
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { noticeDocx } from '../../src/cli/docx';
import { openInput } from '../../src/cli/inputs';
import { dayFromYmd } from '../../src/core/dates';
import type { Grid } from '../../src/core/types';
import { runReport } from '../../src/sheets/run';
import { ROOT } from './helpers';

/** Twips a line of text takes at a size in half-points: a CJK character one em, others about half. */
const twips = (text: string, size: number) =>
  [...text].reduce((a, ch) => a + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.55), 0) * size * 10;

/** The cells of a <w:tbl> as lines (split at <w:br/>), its grid widths, its cell margin and its type size. */
function tableOf(xml: string) {
  const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
  const margin = Number(/<w:tblCellMar>.*?<w:(?:left|start)[^>]* w:w="(\d+)"/.exec(xml)?.[1] ?? 108);
  const size = Number(/<w:sz w:val="(\d+)"/.exec(xml)?.[1]);
  const rows = xml.split('</w:tr>').map((tr) =>
    tr
      .split('</w:tc>')
      .slice(0, -1)
      .map((tc) =>
        tc
          .split('<w:br/>')
          .map((part) => [...part.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
      ),
  );
  return { grid, margin, size, rows };
}

describe('附件1 备注 with 封顶分值 40 on the example workbook', () => {
  let table: ReturnType<typeof tableOf>;
  let largest = ''; // the largest 原积分, the longest remark of its kind

  beforeAll(async () => {
    const input = await openInput(join(ROOT, 'examples', '上街区-2024.xlsx'), '台账文件');
    const capped = (g: Grid) => g.map((r) => (r[0] === '封顶分值' ? [r[0], 40, ...r.slice(2)] : r));
    const port = {
      sheetNames: () => input.sheetNames(),
      readValues: (tab: string) => (tab === '设置' ? capped(input.readValues(tab)) : input.readValues(tab)),
      writeSheet: () => {},
    };
    const run = runReport(port, { today: dayFromYmd(2025, 1, 15) });
    const cappedUnits = run.report.units.filter((u) => u.uncappedPoints !== undefined);
    expect(cappedUnits.length).toBeGreaterThan(10);
    largest = String(Math.max(...cappedUnits.map((u) => u.uncappedPoints ?? 0)));
    const zip = await JSZip.loadAsync(await noticeDocx(run.notice));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const ranking = xml.split('</w:tbl>').find((t) => t.includes('>备注<')) ?? '';
    table = tableOf(ranking.slice(ranking.indexOf('<w:tbl>')));
  }, 120_000);

  /** The inner width of column c: its grid width less both cell margins and the borders' slack. */
  const inner = (c: number) => table.grid[c] - 2 * table.margin - 60;

  it('puts 封顶（原积分X） whole on one line of its column, breaking only between remarks', () => {
    const header = table.rows[0].map((lines) => lines.join(''));
    const c = header.indexOf('备注');
    const cells = table.rows.slice(1).map((r) => r[c] ?? []);
    const lines = cells.flat().filter((l) => l.includes('封顶'));
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.some((l) => l.endsWith(`封顶（原积分${largest}）`))).toBe(true);
    for (const line of lines) expect(line).toMatch(/(^|；)封顶（原积分[\d.]+）$/);
    for (const line of cells.flat()) expect(twips(line, table.size)).toBeLessThanOrEqual(inner(c));
  });

  it('keeps every unit name on one line', () => {
    const header = table.rows[0].map((lines) => lines.join(''));
    const c = header.indexOf('单位');
    const names = table.rows.slice(1).map((r) => r[c]?.join('') ?? '');
    expect(names).toContain('非公经济组织党工委');
    for (const name of names) expect(twips(name, table.size)).toBeLessThanOrEqual(inner(c));
  });
});
