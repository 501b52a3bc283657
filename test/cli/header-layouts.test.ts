// Ledgers whose header is laid out as Excel, WPS and LibreOffice users lay it out (audit s27, findings F2, F9,
// F3, F-blank), each built from the example's rows and read as its clean equivalent is: by the command line
// (a file written by exceljs, merges and all) and by the Sheets layer (the grid as Sheets hands it: a merge's
// other cells blank, its ranges from readMerges).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../src/cli/inputs';
import type { Cell, Grid } from '../../src/core/types';
import type { Block, SheetModel } from '../../src/sheets/model';
import type { WorkbookPort } from '../../src/sheets/port';
import { runReport } from '../../src/sheets/run';
import { ROOT, tempDir, zugong } from './helpers';

const EXAMPLE = join(ROOT, 'examples', '上街区-2024.xlsx');
/** The example's figures (README): what every layout below must give. */
const CLEAN = { points: 2584.6, adoptions: 248, submissions: 508 };

let tabs: Map<string, Grid>;
let header: Cell[];
let data: Grid;

beforeAll(async () => {
  const wb = await openWorkbook(EXAMPLE, '示例');
  tabs = new Map(wb.sheetNames().map((n) => [n, wb.readValues(n)]));
  [header, ...data] = tabs.get('稿件台账')!;
});

/** A ledger layout: its rows (as typed: a merge's value in its first cell only) and merges. */
interface Layout {
  grid: Grid;
  merges?: Block[];
}

class MemoryPort implements WorkbookPort {
  constructor(
    readonly tabs: Map<string, Grid>,
    readonly merges: Block[],
  ) {}
  sheetNames(): string[] {
    return [...this.tabs.keys()];
  }
  readValues(name: string): Grid {
    return (this.tabs.get(name) ?? []).map((r) => r.slice());
  }
  readMerges(name: string): Block[] {
    return name === '稿件台账' ? this.merges : [];
  }
  writeSheet(model: SheetModel): void {
    this.tabs.set(model.name, model.values as Grid);
  }
}

/** The Sheets layer's reading: figures and notices. */
function viaSheets(layout: Layout) {
  const all = new Map(tabs);
  all.set('稿件台账', layout.grid);
  const r = runReport(new MemoryPort(all, layout.merges ?? []), { now: new Date(2024, 11, 31) });
  const t = r.assessment.report.totals;
  return {
    figures: { points: t.points, adoptions: t.adoptions, submissions: t.submissions },
    notices: r.notices,
    authors: r.assessment.scored.ledger.rows.filter((x) => x.authors.length > 1).length,
  };
}

/** The command line's reading of the layout written to an .xlsx by exceljs (the example's other tabs kept). */
async function viaCli(layout: Layout) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  wb.removeWorksheet(wb.getWorksheet('稿件台账')!.id);
  const ws = wb.addWorksheet('稿件台账');
  wb.worksheets.splice(wb.worksheets.indexOf(ws), 1);
  wb.worksheets.unshift(ws);
  layout.grid.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== '' && v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    });
  });
  for (const m of layout.merges ?? []) ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  const path = join(tempDir(), 'ledger.xlsx');
  await wb.xlsx.writeFile(path);
  const run = zugong(['report', path, '--json']);
  expect(run.stderr).not.toContain('错误');
  const json = JSON.parse(run.stdout) as {
    rows: { authors: string[] }[];
    meta: { totals: typeof CLEAN; notices: string[] };
  };
  const { points, adoptions, submissions } = json.meta.totals;
  return {
    figures: { points, adoptions, submissions },
    notices: json.meta.notices,
    authors: json.rows.filter((x) => x.authors.length > 1).length,
  };
}

const col = (name: string) => header.indexOf(name);

describe('a title block of a dozen rows above the header (F9)', () => {
  const layout = (): Layout => ({
    grid: [
      ['上街区组工信息宣传稿件台账'],
      [],
      ['填报单位：区委组织部'],
      ['填报人：张三'],
      ['联系电话：0371-12345678'],
      ['填报日期：2024年12月31日'],
      [],
      [],
      ['说明：按月填报，录用后补填录用日期'],
      [],
      [],
      [],
      header,
      ...data,
    ],
    merges: [{ row: 1, col: 1, rows: 1, cols: header.length }],
  });

  it('the command line finds the header on row 13 and gives the example figures', async () => {
    expect((await viaCli(layout())).figures).toEqual(CLEAN);
  });

  it('the Sheets layer does too', () => {
    expect(viaSheets(layout()).figures).toEqual(CLEAN);
  });

  it('a header sorted into the data (row 10) is still refused, not read with the rows above it lost', () => {
    const sorted = [...data.slice(0, 9), header, ...data.slice(9)];
    expect(() => viaSheets({ grid: sorted })).toThrow('找不到含「标题」和「单位」的表头行');
  });
});

describe('a unit or a sub-label on a second header row (F2)', () => {
  /** 字数 over （千字） with the counts in thousands; 时长 over （分钟）; the other headers merged down. */
  const units = (mergedDown: boolean): Layout => {
    const words = col('字数');
    const minutes = col('时长(分钟)');
    const top = header.map((h, c) => (c === minutes ? '时长' : h));
    const sub = header.map((_, c) => (c === words ? '（千字）' : c === minutes ? '（分钟）' : ''));
    const rows = data.map((r) => r.map((v, c) => (c === words && typeof v === 'number' ? v / 1000 : v)));
    const merges = mergedDown
      ? header.flatMap((_, c) =>
          c === words || c === minutes ? [] : [{ row: 1, col: c + 1, rows: 2, cols: 1 }],
        )
      : [];
    return { grid: [top, sub, ...rows], merges };
  };

  /** 报送 merged over 对象 | 日期 and 录用 over 方式 | 日期. */
  const groups = (): Layout => {
    const sent = col('报送对象');
    const mode = col('采用方式');
    const top = header.map((h, c) =>
      c === sent ? '报送' : c === mode ? '录用' : c === sent + 1 || c === mode + 1 ? '' : h,
    );
    const sub = header.map((_, c) =>
      c === sent || c === mode
        ? c === sent
          ? '对象'
          : '方式'
        : c === sent + 1 || c === mode + 1
          ? '日期'
          : '',
    );
    const merges: Block[] = [
      { row: 1, col: sent + 1, rows: 1, cols: 2 },
      { row: 1, col: mode + 1, rows: 1, cols: 2 },
    ];
    for (let c = 0; c < header.length; c++)
      if (![sent, sent + 1, mode, mode + 1].includes(c))
        merges.push({ row: 1, col: c + 1, rows: 2, cols: 1 });
    return { grid: [top, sub, ...data], merges };
  };

  it('the command line joins 字数（千字） and 时长（分钟）, whether the other headers are merged down or not', async () => {
    expect((await viaCli(units(false))).figures).toEqual(CLEAN);
    expect((await viaCli(units(true))).figures).toEqual(CLEAN);
  });

  it('the command line reads 报送 | 对象 as 报送对象 and 录用 | 日期 as 录用日期', async () => {
    expect((await viaCli(groups())).figures).toEqual(CLEAN);
  });

  it('the Sheets layer reads both layouts as the command line does', () => {
    expect(viaSheets(units(false)).figures).toEqual(CLEAN);
    expect(viaSheets(units(true)).figures).toEqual(CLEAN);
    expect(viaSheets(groups()).figures).toEqual(CLEAN);
  });
});

describe('a header cell merged across columns (F3)', () => {
  /** 作者 merged over B:D (or not merged: D and C headed blank), one author per column below. */
  const authors = (merged: boolean): Layout => {
    const a = col('作者');
    const top = [...header.slice(0, a + 1), '', '', ...header.slice(a + 1)];
    const rows = data.map((r) => {
      const names = String(r[a] ?? '').split('、');
      return [...r.slice(0, a), names[0] ?? '', names[1] ?? '', names[2] ?? '', ...r.slice(a + 1)];
    });
    return { grid: [top, ...rows], merges: merged ? [{ row: 1, col: a + 1, rows: 1, cols: 3 }] : [] };
  };

  it('the command line reads the author columns under a merged 作者 as the row authors, in order', async () => {
    const clean = await viaCli({ grid: [header, ...data] });
    expect(clean.authors).toBe(81);
    const r = await viaCli(authors(true));
    expect(r.figures).toEqual(CLEAN);
    expect(r.authors).toBe(81);
  });

  it('without the merge, names under blank headers right of 作者 are authors too, and said', async () => {
    const r = await viaCli(authors(false));
    expect(r.authors).toBe(81);
    expect(r.notices.join('\n')).toContain('C列表头为空、内容是人名，紧接在「作者」列右边：按作者列读取');
  });

  it('the Sheets layer reads both as the command line does', () => {
    expect(viaSheets(authors(true)).authors).toBe(81);
    expect(viaSheets(authors(false)).authors).toBe(81);
  });

  /** 媒体 merged over G:H: a row with its outlet in H only, and one with another outlet in H. */
  const outlets = (): Layout => {
    const m = col('媒体');
    const top = [...header.slice(0, m + 1), '', ...header.slice(m + 1)];
    const rows = data.map((r, i) => [
      ...r.slice(0, m),
      i === 4 ? '' : r[m],
      i === 4 ? r[m] : i === 7 ? '另一家媒体' : '',
      ...r.slice(m + 1),
    ]);
    return { grid: [top, ...rows], merges: [{ row: 1, col: m + 1, rows: 1, cols: 2 }] };
  };

  it('another merged header reads its first non-empty cell; a different value beside it is named', async () => {
    const cli = await viaCli(outlets());
    const sheets = viaSheets(outlets());
    for (const r of [cli, sheets]) {
      expect(r.figures).toEqual(CLEAN);
      expect(r.notices.join('\n')).toContain(
        '表头「媒体」合并了G—H列：第9行这几列的内容不同（如 H9），按G列',
      );
    }
  });
});

describe('data under a blank header, no merge over it (F-blank)', () => {
  const fees = (): Layout => ({
    grid: [
      [...header, ''],
      ...data.map((r, i) => [...r, ...new Array(header.length - r.length).fill(''), i % 3 === 0 ? 200 : '']),
    ],
  });

  it('the report says the column is not read, naming its letter and tab, and keeps the figures', async () => {
    const cli = await viaCli(fees());
    const sheets = viaSheets(fees());
    for (const r of [cli, sheets]) {
      expect(r.figures).toEqual(CLEAN);
      expect(r.notices).toContain(
        '「稿件台账」表：W列有内容但表头为空，未读取：如果它就是台账的某一列（例如报送对象），请填上该列的表头',
      );
    }
  });
});
