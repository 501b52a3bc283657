// Files that cannot be read as they are get their own Chinese line, before any library inflates or parses
// them: a zip bomb (by its central directory), a sheet wider than Excel allows, an OS error on writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/csv';
import { main } from '../../src/cli/main';
import { inflationProblem, zipEntries } from '../../src/cli/zip';
import { ROOT, tempDir } from './helpers';

const CLEAN = join(ROOT, 'test', 'fixtures', 'messy', 'clean.xlsx');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr: stderr.trim().split('\n') };
}

/** A zip of the parts, deflated by zlib (fast enough for a 201 MB part of zeros). */
function zipOf(parts: [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const packed = deflateRawSync(data, { level: 1 });
    const nameBytes = Buffer.from(name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(head, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The clean ledger with one more part added (as a zip tool would add it). */
async function withPart(name: string, data: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(CLEAN));
  const parts: [string, Buffer][] = [];
  for (const [n, f] of Object.entries(zip.files)) if (!f.dir) parts.push([n, await f.async('nodebuffer')]);
  parts.push([name, data]);
  return zipOf(parts);
}

describe('a zip bomb is refused from its central directory, before anything inflates', () => {
  it('a part that would inflate past 200 MB', async () => {
    const file = join(tempDir(), 'bomb.xlsx');
    // 201 MB of zeros deflate to a few hundred KB: the file is small, its part is not.
    writeFileSync(file, await withPart('xl/media/image1.bin', Buffer.alloc(201 * 1024 * 1024)));
    const r = await run(['report', file, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toEqual([
      `错误：台账文件解压后过大，拒绝读取（可能是损坏的文件或“压缩炸弹”）：其中「xl/media/image1.bin」解压后将有 201 MB（每部分上限 200 MB）：${file}｜Error: the workbook would inflate past the limits (200 MB a part, 1 GB in all): ${file}`,
    ]);
  }, 60_000);

  it('parts that together would inflate past 1 GB (sizes as the central directory states them)', async () => {
    const bytes = await withPart('xl/media/a.bin', Buffer.alloc(10));
    // Say every part inflates to 150 MB: 8 parts or more are past 1 GB.
    const entries = zipEntries(bytes)!;
    for (
      let p = bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
      p >= 0;
      p = bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), p + 4)
    )
      bytes.writeUInt32LE(150 * 1024 * 1024, p + 24);
    expect(entries.length).toBeGreaterThan(7);
    expect(inflationProblem(zipEntries(bytes)!)).toBe(`解压后共 ${entries.length * 150} MB（上限 1 GB）`);
    const file = join(tempDir(), 'many.xlsx');
    writeFileSync(file, bytes);
    const r = await run(['report', file]);
    expect(r.code).toBe(1);
    expect(r.stderr[0]).toContain(
      `台账文件解压后过大，拒绝读取（可能是损坏的文件或“压缩炸弹”）：解压后共 ${entries.length * 150} MB（上限 1 GB）`,
    );
  });
});

describe('other files that cannot be read', () => {
  it('a sheet wider than 16,384 columns is said in Chinese, not as the library’s English', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('稿件台账');
    ws.getCell('A1').value = '标题';
    ws.getCell('B1').value = '单位';
    ws.getCell('C2').value = 'x';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sheet = Object.keys(zip.files).find((n) => n.startsWith('xl/worksheets/sheet'))!;
    zip.file(sheet, (await zip.file(sheet)!.async('string')).replace('r="C2"', 'r="XFE2"'));
    const file = join(tempDir(), 'wide.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await run(['report', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([
      `错误：台账文件有工作表超过 16,384 列（Excel 的上限），无法读取：请删除多余的列后另存：${file}｜Error: a sheet is wider than 16,384 columns: ${file}`,
    ]);
  });

  it('an output folder without permission is said in Chinese (EACCES)', async () => {
    // /sys refuses writes even to root.
    const r = await run(['report', CLEAN, '--out', '/sys/report.xlsx']);
    expect(r.code).toBe(1);
    const last = r.stderr[r.stderr.length - 1];
    expect(last.split('｜')[0]).toBe(
      '错误：无法写入输出文件：没有权限（请检查文件或文件夹的权限，或换一个位置）：/sys/report.xlsx',
    );
    expect(last).toMatch(/｜Error: cannot write \/sys\/report.xlsx: EACCES/);
  });

  it('escape sequences in a CSV never reach the terminal, and long unit names are cut with …', async () => {
    const file = join(tempDir(), 'escapes.csv');
    const unit = `\u001b]0;pwned\u0007\u001b[2J峡窝镇党委${'很长的名字'.repeat(8)}`;
    writeFileSync(file, `标题,单位,报送日期\r\n稿件,${unit},2024-03-05\r\n`);
    const r = await run(['report', file, '--period', '2024']);
    expect(r.code).toBe(0);
    const text = [r.stdout, ...r.stderr].join('\n');
    expect([...text].filter((c) => c < ' ' && c !== '\n')).toEqual([]);
    // The control characters are gone (the core drops them from units); what is left is plain text, cut to 24 columns.
    const line = r.stdout.split('\n').find((l) => l.includes('峡窝镇党委'))!;
    expect(line.split(/\s{2,}/)[2]).toBe(']0;pwned[2J峡窝镇党委很…');
  });
});

describe('rule tables beside the ledger', () => {
  async function json(args: string[]) {
    const r = await run([...args, '--json', '--period', '2024']);
    expect(r.code, r.stderr.join('\n')).toBe(0);
    return JSON.parse(r.stdout) as { meta: { noticeDetails: { code: string; message: string }[] } };
  }

  it('--preset beside a workbook with rule tabs says which tables came from where', async () => {
    const j = await json(['report', join(ROOT, 'examples', '上街区-2024.xlsx'), '--preset', '部机关']);
    expect(j.meta.noticeDetails.filter((n) => n.code === 'rule-sources').map((n) => n.message)).toEqual([
      '规则来源：单位、媒体、计分、系数、加分、指标、设置 取自台账工作簿；未用预设「部机关」的规则表（只补「设置」中没有的项目）（工作簿中的规则表优先于 --preset）',
    ]);
  });

  it('a 单位 tab with only its header (and a trailing space in its name) reads as no 单位 table, said', async () => {
    const file = join(tempDir(), 'units-empty.xlsx');
    const ledger = new ExcelJS.Workbook();
    await ledger.xlsx.readFile(CLEAN);
    const units = ledger.addWorksheet('单位 ');
    units.addRow(['单位', '类型', '人数', '在岗月数', '办公室', '负责人']);
    await ledger.xlsx.writeFile(file);
    const j = await json(['report', file]);
    expect(
      j.meta.noticeDetails.filter((n) => n.code === 'units-inferred').map((n) => n.message.split('：')[0]),
    ).toEqual(['「单位」表只有表头、没有数据行']);
  });
});

describe("Excel's sep= line", () => {
  it('names the delimiter and is no row: rows are numbered as Excel shows them', () => {
    expect(parseCsv('sep=;\r\n标题;单位\r\n关于,的信息;峡窝镇党委\r\n')).toEqual([
      ['标题', '单位'],
      ['关于,的信息', '峡窝镇党委'],
    ]);
    expect(parseCsv('\ufeffSEP=,\n标题,单位\na,b\n')).toEqual([
      ['标题', '单位'],
      ['a', 'b'],
    ]);
  });
});

describe('line ends mixed in one file (rows appended by another editor)', () => {
  it('reads every row: CRLF, LF and CR alike end a row, and a quoted 标题 keeps its own line break', () => {
    // A Windows export (CRLF) with rows added on another machine (LF) and one from an old Mac editor (CR).
    const text =
      '标题,单位,报送日期\r\n甲稿,峡窝镇党委,2024-03-05\n乙稿,区委办,2024-03-06\r"丙\r\n稿",区直机关工委,2024-03-07\r\n';
    expect(parseCsv(text)).toEqual([
      ['标题', '单位', '报送日期'],
      ['甲稿', '峡窝镇党委', '2024-03-05'],
      ['乙稿', '区委办', '2024-03-06'],
      ['丙\r\n稿', '区直机关工委', '2024-03-07'],
    ]);
  });
});
