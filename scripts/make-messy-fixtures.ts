// Writes the corpus of messy office files under test/fixtures/messy/ (committed; test/cli/messy.test.ts
// holds each file's expected outcome). Every file carries the same ledger as clean.xlsx, kept the way
// Chinese offices keep it: exceljs writes the workbooks, LibreOffice re-saves some of them (as WPS and
// Excel users' files come), and the CSVs are the bytes Excel and WPS export (GBK, UTF-16 "Unicode text").
//   npx tsx scripts/make-messy-fixtures.ts        (needs soffice on PATH for the LibreOffice conversions)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import officeCrypto from 'officecrypto-tool';
import { parseCsv, toCsv } from '../src/cli/csv';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test', 'fixtures', 'messy');
const DATE_FIELDS = new Set(['报送日期', '录用日期', '事件日期']);
const NUMBER_FIELDS = new Set(['字数', '时长(分钟)', '调整分']);

type Value = string | number | Date | null;

/** The clean ledger: every ninth row of the bundled example (a year of 上街区), typed as Excel types it. */
function cleanLedger(): { header: string[]; rows: Value[][] } {
  const grid = parseCsv(readFileSync(join(ROOT, 'examples', 'ledger.csv'), 'utf8'));
  const header = grid[0].map(String);
  const rows = grid
    .slice(1)
    .filter((_, i) => i % 9 === 0)
    .map((r) =>
      header.map((h, c): Value => {
        const v = String(r[c] ?? '');
        if (v === '') return null;
        if (DATE_FIELDS.has(h)) {
          const [y, m, d] = v.split('-').map(Number);
          return new Date(Date.UTC(y, m - 1, d));
        }
        return NUMBER_FIELDS.has(h) ? Number(v) : v;
      }),
    );
  return { header, rows };
}

const { header, rows } = cleanLedger();
const col = (name: string) => header.indexOf(name);

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A workbook with tabs of values; `configure` adds merges, formats, formulas after the values. */
async function writeBook(
  file: string,
  tabs: [string, Value[][]][],
  configure?: (wb: ExcelJS.Workbook) => void,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Microsoft Excel';
  // Fixed times: the script writes the same bytes each run (LibreOffice's conversions still stamp theirs).
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = new Date(Date.UTC(2024, 0, 1));
  for (const [name, grid] of tabs) {
    const ws = wb.addWorksheet(name);
    grid.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, c) => {
        if (v === null || v === '') return;
        const cell = row.getCell(c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = 'yyyy/m/d';
      });
    });
  }
  configure?.(wb);
  await wb.xlsx.writeFile(join(OUT, file));
}

/** Re-save through LibreOffice, as a WPS/LibreOffice user's file would come. */
function viaLibreOffice(src: string, dest: string, format = 'xlsx'): void {
  const dir = mkdtempSync(join(tmpdir(), 'zugong-lo-'));
  execFileSync('soffice', ['--headless', '--convert-to', format, '--outdir', dir, join(OUT, src)], {
    stdio: 'ignore',
    env: { ...process.env, HOME: dir },
  });
  renameSync(join(dir, src.replace(/\.[^.]+$/, `.${format}`)), join(OUT, dest));
  rmSync(dir, { recursive: true, force: true });
}

function csvText(grid: Value[][], delimiter = ','): string {
  const text = toCsv(grid.map((r) => r.map((v) => (v instanceof Date ? iso(v) : (v ?? '')))));
  return delimiter === ',' ? text : text.replace(/,/g, delimiter);
}

const GB18030 = (text: string): Buffer => {
  // Node has no GBK encoder: the bytes of the CJK characters used, from iconv (Debian's libc).
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
};

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const clean: Value[][] = [header, ...rows];

  // The twins: the same ledger clean, as .xlsx and as UTF-8 CSV.
  await writeBook('clean.xlsx', [['稿件台账', clean]]);
  writeFileSync(join(OUT, 'clean.csv'), `\ufeff${csvText(clean)}`);

  // Headers as offices write them: units in brackets, line breaks, synonyms, full-width punctuation.
  const officeHeader = header.map(
    (h) =>
      (
        ({
          标题: '稿件标题',
          作者: '作者姓名',
          单位: '报送单位',
          报送日期: '报送时间',
          媒体: '刊物名称',
          录用日期: '录用日期\n（年月日）',
          字数: '字数（字）',
          '时长(分钟)': '时长（分钟）',
          领导批示: '批示情况',
          审核状态: '审核 状态',
        }) as Record<string, string>
      )[h] ?? h,
  );
  await writeBook('headers-office.xlsx', [['稿件台账', [officeHeader, ...rows]]]);
  await writeBook('headers-publish-time.xlsx', [
    [
      '稿件台账',
      [header.map((h) => (h === '录用日期' ? '采用时间' : h === '字数' ? '稿件字数' : h)), ...rows],
    ],
  ]);
  // A header that names 字数 but is not it, and no 字数 column: notices, the multiplier cannot apply.
  await writeBook('headers-near-miss.xlsx', [
    ['稿件台账', [header.map((h) => (h === '字数' ? '字数统计口径' : h)), ...rows]],
  ]);

  // Two header rows, merged as Excel merges them, below a title line merged across the table.
  const groups: Record<string, string> = {
    报送对象: '报送情况',
    报送日期: '报送情况',
    媒体: '录用情况',
    级别: '录用情况',
    采用方式: '录用情况',
    录用日期: '录用情况',
  };
  const title: Value[] = header.map((_, c) => (c === 0 ? '2024年度组工信息宣传台账' : null));
  const upper: Value[] = header.map((h, c) =>
    groups[h] ? (groups[header[c - 1]] === groups[h] ? null : groups[h]) : h,
  );
  const lower: Value[] = header.map((h) => (groups[h] ? h : null));
  await writeBook('merged-header.xlsx', [['稿件台账', [title, upper, lower, ...rows]]], (wb) => {
    const ws = wb.getWorksheet('稿件台账')!;
    ws.mergeCells(1, 1, 1, header.length);
    header.forEach((h, c) => {
      if (!groups[h]) ws.mergeCells(2, c + 1, 3, c + 1);
    });
    for (const g of new Set(Object.values(groups))) {
      const cs = header.map((h, c) => (groups[h] === g ? c + 1 : 0)).filter(Boolean);
      ws.mergeCells(2, cs[0], 2, cs[cs.length - 1]);
    }
  });
  viaLibreOffice('merged-header.xlsx', 'merged-header-libreoffice.xlsx');

  // One tab per year: 2023年 (other pieces) and 2024年 (the ledger), no 稿件台账.
  // Rows of a year apart, kept whole inside 2023 (an adoption of January 2025 would land in 2024).
  const y2023 = rows
    .filter((r) => !r.some((v) => v instanceof Date && v.getUTCFullYear() > 2024))
    .map((r) =>
      r.map((v, c) =>
        v instanceof Date
          ? new Date(Date.UTC(v.getUTCFullYear() - 1, v.getUTCMonth(), v.getUTCDate()))
          : c === col('标题')
            ? `${v}（上年）`
            : v,
      ),
    );
  await writeBook('year-tabs.xlsx', [
    ['2023年', [header, ...y2023]],
    ['2024年', clean],
  ]);
  // An empty 稿件台账 (header only) beside the year's tab full of rows.
  await writeBook('year-tab-empty-ledger.xlsx', [
    ['稿件台账', [header]],
    ['2024年', clean],
  ]);

  // Names padded for alignment, zero-width and control characters, a trailing 等.
  const authorCol = col('作者');
  const unitCol = col('单位');
  await writeBook('names-padded.xlsx', [
    [
      '稿件台账',
      [
        header,
        ...rows.map((r, i) =>
          r.map((v, c) => {
            if (c === authorCol && typeof v === 'string' && v.length === 2 && i % 3 === 0)
              return `${v[0]}　${v[1]}`;
            if (c === authorCol && typeof v === 'string' && v.length === 2 && i % 3 === 1)
              return `${v[0]} ${v[1]}`;
            if (c === unitCol && typeof v === 'string' && i % 4 === 0) return `${v}\u200b`;
            if (c === unitCol && typeof v === 'string' && i % 4 === 1) return ` ${v}\u0007`;
            return v;
          }),
        ),
      ],
    ],
  ]);
  await writeBook('names-etc.xlsx', [
    [
      '稿件台账',
      [
        header,
        ...rows.map((r, i) =>
          r.map((v, c) => (c === authorCol && i === 2 && typeof v === 'string' ? `${v}等` : v)),
        ),
      ],
    ],
  ]);

  // Dates typed as text in the forms Excel, WPS and people produce.
  const cn = (d: Date) => {
    const digits = '〇一二三四五六七八九';
    const num = (n: number) =>
      n <= 10
        ? n === 10
          ? '十'
          : digits[n]
        : n < 20
          ? `十${digits[n - 10]}`
          : `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
    return `${[...String(d.getUTCFullYear())].map((x) => digits[Number(x)]).join('')}年${num(d.getUTCMonth() + 1)}月${num(d.getUTCDate())}日`;
  };
  const forms = [
    (d: Date) => `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} 0:00`,
    (d: Date) => `${iso(d)}T00:00:00`,
    (d: Date) => `${String(d.getUTCFullYear()).slice(2)}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`,
    cn,
  ];
  await writeBook('dates-text.xlsx', [
    [
      '稿件台账',
      [header, ...rows.map((r, i) => r.map((v) => (v instanceof Date ? forms[i % forms.length](v) : v)))],
    ],
  ]);
  // A 2042 and a 2014 录用日期 (typos) in a 2024 ledger: those rows are issues and score 0.
  const adoptedCol = col('录用日期');
  const firstAdopted = rows.findIndex((r) => r[adoptedCol] instanceof Date);
  const secondAdopted = rows.findIndex((r, i) => i > firstAdopted && r[adoptedCol] instanceof Date);
  await writeBook('dates-typo-years.xlsx', [
    [
      '稿件台账',
      [
        header,
        ...rows.map((r, i) =>
          r.map((v, c) => {
            if (c !== adoptedCol || !(v instanceof Date)) return v;
            if (i === firstAdopted) return new Date(Date.UTC(2042, v.getUTCMonth(), v.getUTCDate()));
            if (i === secondAdopted) return new Date(Date.UTC(2014, v.getUTCMonth(), v.getUTCDate()));
            return v;
          }),
        ),
      ],
    ],
  ]);

  // 字数 formatted as a date (a cell someone formatted wrongly): the number is still the count.
  const charsCol = col('字数');
  await writeBook('chars-as-date.xlsx', [['稿件台账', clean]], (wb) => {
    const ws = wb.getWorksheet('稿件台账')!;
    for (let r = 2; r <= clean.length; r++) ws.getCell(r, charsCol + 1).numFmt = 'yyyy/m/d';
  });
  viaLibreOffice('chars-as-date.xlsx', 'chars-as-date-libreoffice.xlsx');
  rmSync(join(OUT, 'chars-as-date.xlsx'));

  // A formula without a cached result (written by a program, never recalculated and saved).
  await writeBook('formula-no-result.xlsx', [['稿件台账', clean]], (wb) => {
    const ws = wb.getWorksheet('稿件台账')!;
    const r = rows.findIndex((x) => typeof x[charsCol] === 'number') + 2;
    ws.getCell(r, charsCol + 1).value = {
      formula: `${800}+${ws.getCell(r, charsCol + 1).value as number}-800`,
    } as ExcelJS.CellFormulaValue;
  });

  // A stray cell at XFD1048576 (Excel's last cell): the used range is the whole sheet, the cells are few.
  await writeBook('stray-last-cell.xlsx', [['稿件台账', clean]], (wb) => {
    wb.getWorksheet('稿件台账')!.getCell('XFD1048576').value = 'x';
  });

  // A ledger with its header and no rows.
  await writeBook('header-only.xlsx', [['稿件台账', [header]]]);

  // The clean ledger as an .ods (LibreOffice's own format), and as an .ods and .xlsx under other names.
  viaLibreOffice('clean.xlsx', 'ledger.ods', 'ods');
  writeFileSync(join(OUT, 'ods-named.xlsx'), readFileSync(join(OUT, 'ledger.ods')));
  writeFileSync(join(OUT, 'xlsx-named.csv'), readFileSync(join(OUT, 'clean.xlsx')));

  // The clean ledger with an opening password (ECMA-376 agile encryption, as Excel 2010+ writes it).
  writeFileSync(
    join(OUT, 'password.xlsx'),
    await officeCrypto.encrypt(readFileSync(join(OUT, 'clean.xlsx')), { password: '123456' }),
  );

  // CSV bytes as Excel and WPS export them.
  const text = csvText(clean);
  writeFileSync(join(OUT, 'gbk.csv'), GB18030(text));
  writeFileSync(join(OUT, 'semicolon.csv'), `\ufeff${csvText(clean, ';')}`);
  // Excel's "Unicode text": UTF-16LE with a BOM, TAB between fields.
  writeFileSync(
    join(OUT, 'unicode-text.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText(clean, '\t'), 'utf16le')]),
  );
  // Two exports joined: the header again in the middle.
  const lines = text.split('\r\n');
  const half = Math.floor(rows.length / 2) + 1;
  writeFileSync(
    join(OUT, 'joined-exports.csv'),
    [...lines.slice(0, half), lines[0], ...lines.slice(half)].join('\r\n'),
  );
  // An unterminated quote in a title (line 6): the rest of the file would be one cell.
  const broken = [...lines];
  broken[5] = broken[5].replace(/^([^,]*)/, '"$1');
  writeFileSync(join(OUT, 'unterminated-quote.csv'), broken.join('\r\n'));
  // The header in UTF-8, the rows in GBK (two files pasted together).
  writeFileSync(
    join(OUT, 'mixed-encodings.csv'),
    Buffer.concat([Buffer.from(`${lines[0]}\r\n`), GB18030(lines.slice(1).join('\r\n'))]),
  );
}

void main();
