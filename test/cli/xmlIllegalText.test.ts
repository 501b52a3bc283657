// Characters no XML document may carry (U+FFFE from a byte-swapped BOM, U+FFFF, U+FDD0, a lone surrogate,
// a C0 control) in a ledger or 设置 text (sweep S21b F1): reading drops them, so 峡窝镇党委\uFFFE is
// 峡窝镇党委 (one unit, the clean twin's numbers), and the 通报 document and the workbook still open.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { xmlText } from '../../src/core/text';
import { tempDir, zugong } from './helpers';

const HEADER = '标题,作者,单位,类别,报送对象,报送日期,媒体,级别,采用方式,录用日期,字数';
/** Three pieces of one unit; `dirty` spells the unit, an author and a title with the characters. */
function ledger(dirty: boolean): string {
  const x = (s: string) => (dirty ? s : '');
  return [
    HEADER,
    `甲稿${x('\uFFFE')},张三,峡窝镇党委${x('\uFFFE')},,区委组织部,2024-03-01,郑州日报,,,2024-03-02,800`,
    `乙稿${x('\uD800')},李四${x('\uFDD0')},峡窝镇党委,,区委组织部,2024-03-03,郑州日报,,,2024-03-04,800`,
    `丙稿,王${x('\uFFFF')}五,峡窝${x('\u0001')}镇党委,,区委组织部,2024-03-05,郑州日报,,,2024-03-06,800`,
  ].join('\n');
}

/** The XML parts of an .xlsx or .docx that do not parse (a strict parser, as Word and Excel are). */
async function malformedParts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const bad: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const parser = new SaxesParser();
    let error = '';
    parser.on('error', (e) => {
      error ||= `${name}: ${e.message}`;
    });
    parser.write((await zip.file(name)?.async('string')) ?? '').close();
    if (error) bad.push(error);
  }
  return bad;
}

/** The 设置 of a rules workbook whose 主送 holds U+FFFE (`_xFFFE_`, as Excel escapes it), written by exceljs. */
async function rulesWith(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('设置');
  ws.addRow(['项目', '值', '说明']);
  ws.addRow(['主送', '各党（工）委，部机关各科室_xFFFE_', '']);
  ws.addRow(['发文机关', '中共某区委组织部_x0001_\uFFFF', '']);
  await wb.xlsx.writeFile(path);
}

describe('text XML cannot carry', () => {
  it('xmlText drops it and keeps characters beyond U+FFFF', () => {
    expect(xmlText('a\uFFFEb\uFFFFc\uFDD0d\uFDEFe')).toBe('abcde');
    expect(xmlText('x\uD800y\uDC00z\uDBFF')).toBe('xyz');
    expect(xmlText('\uD83F\uDFFE\uDBFF\uDFFF1')).toBe('1'); // U+1FFFE, U+10FFFF
    expect(xmlText('😀𠀀\t\n\r')).toBe('😀𠀀\t\n\r');
    expect(xmlText('\u0000\u0008\u000b\u001f.')).toBe('.');
  });

  it('a unit, author or title holding it is read as the clean twin: one unit, the same JSON', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dirty.csv'), ledger(true));
    writeFileSync(join(dir, 'clean.csv'), ledger(false));
    const json = (file: string) => {
      const r = zugong(['report', file, '--json', '--period', '2024', '--as-of', '2024-12-31'], dir);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout.split(JSON.stringify(file)).join('"<file>"'));
    };
    const dirty = json('dirty.csv');
    const clean = json('clean.csv');
    expect(dirty.units.filter((u: { unit: string }) => u.unit.startsWith('峡窝'))).toEqual([
      expect.objectContaining({ unit: '峡窝镇党委', points: clean.units[0].points }),
    ]);
    expect(dirty.people).toEqual(clean.people);
    // Titles are kept as typed in rows (the ledger's own text); every number and name is the twin's.
    expect(dirty.units).toEqual(clean.units);
    expect(dirty.rows.map((r: { points: number }) => r.points)).toEqual(
      clean.rows.map((r: { points: number }) => r.points),
    );
  });

  it('the .docx and .xlsx written from it parse as XML, and LibreOffice converts the .docx', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dirty.csv'), ledger(true));
    await rulesWith(join(dir, 'rules.xlsx'));
    const r = zugong(
      [
        'report',
        'dirty.csv',
        '--rules',
        'rules.xlsx',
        '--period',
        '2024',
        '--as-of',
        '2024-12-31',
        '--out',
        'r.xlsx',
      ],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(await malformedParts(join(dir, 'r.docx'))).toEqual([]);
    expect(await malformedParts(join(dir, 'r.xlsx'))).toEqual([]);
    const document = (await JSZip.loadAsync(readFileSync(join(dir, 'r.docx')))).file('word/document.xml');
    expect(await document?.async('string')).toContain('各党（工）委，部机关各科室：');
    const lo = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/lo`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        'r.docx',
      ],
      { cwd: dir, encoding: 'utf8', timeout: 120_000 },
    );
    expect(lo.stderr).not.toMatch(/could not be loaded/);
    expect(existsSync(join(dir, 'r.pdf'))).toBe(true);
  }, 180_000);
});
