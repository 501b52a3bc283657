// The corpus of messy office files (test/fixtures/messy/, made by scripts/make-messy-fixtures.ts): every
// file either gives the numbers of its clean twin, or says (a notice or a row's issue) what it could not
// use, or is refused with a Chinese line naming the cause. No file exits 0 silently wrong.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { ROOT } from './helpers';

const DIR = join(ROOT, 'test', 'fixtures', 'messy');
const ARGS = ['--json', '--period', '2024', '--as-of', '2024-12-31'];

interface Json {
  rows: { row: number; tab: string; points: number; issues: string[] }[];
  units: { unit: string; points: number; status: string }[];
  people: { person: string; credit: number }[];
  meta: {
    notices: string[];
    noticeDetails: {
      code: string;
      file: string;
      tab: string | null;
      row: number | null;
      column: string | null;
      message: string;
    }[];
    totals: unknown;
  };
}

async function run(file: string, extra: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = await main(['report', join(DIR, file), ...ARGS, ...extra], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr, json: code === 0 ? (JSON.parse(stdout) as Json) : null };
}

/** The figures a 通报 publishes: each unit's points, each person's credit, the totals. */
function figures(j: Json) {
  return {
    units: j.units.map((u) => [u.unit, u.points]).sort(),
    people: j.people.map((p) => [p.person, p.credit]).sort(),
    totals: j.meta.totals,
  };
}

type Expected =
  | { same: true; notices?: string[] }
  | { same: false; notices?: string[]; rowIssue?: string }
  | { refused: string };

/** Every file in the corpus, with what it must give. */
const CORPUS: Record<string, Expected> = {
  'clean.xlsx': { same: true },
  'clean.csv': { same: true },
  'gbk.csv': { same: true },
  'semicolon.csv': { same: true },
  'unicode-text.txt': { same: true },
  'joined-exports.csv': { same: true, notices: ['repeated-header'] },
  'headers-office.xlsx': { same: true },
  'headers-publish-time.xlsx': { same: true },
  'merged-header.xlsx': { same: true },
  'merged-header-libreoffice.xlsx': { same: true },
  'dates-text.xlsx': { same: true },
  'names-padded.xlsx': { same: true },
  'names-etc.xlsx': { same: true, notices: ['authors-etc'] },
  'chars-as-date-libreoffice.xlsx': { same: true },
  'stray-last-cell.xlsx': { same: true, notices: ['stray-cells'] },
  'year-tabs.xlsx': { same: true, notices: ['tabs-joined'] },
  'year-tab-empty-ledger.xlsx': { same: true, notices: ['ledger-tab-empty'] },
  'headers-near-miss.xlsx': { same: false, notices: ['header-near-miss', 'column-missing'] },
  'dates-typo-years.xlsx': { same: false, rowIssue: '可能填错了年份，暂不计分' },
  'formula-no-result.xlsx': { same: false, rowIssue: '没有保存它的计算结果' },
  // Made by the writers themselves (scripts/make-writer-fixtures.py): openpyxl and XlsxWriter save formulas
  // without results (<v/>, <v>0</v>) under fullCalcOnLoad; LibreOffice saves their results.
  'formulas-openpyxl.xlsx': {
    same: false,
    notices: ['formula-results-placeholder'],
    rowIssue: '没有保存它的计算结果',
  },
  'formulas-xlsxwriter.xlsx': {
    same: false,
    notices: ['formula-results-placeholder'],
    rowIssue: '没有保存它的计算结果',
  },
  'formulas-libreoffice.xlsx': { same: true },
  // Made by scripts/make-office-lines-fixtures.py (re-sweep S19o): office habits, as openpyxl saves them.
  'coauthor-columns-openpyxl.xlsx': { same: true },
  'header-units-openpyxl.xlsx': { same: true, notices: ['header-unit'] },
  'subtotal-lines-openpyxl.xlsx': { same: true, notices: ['totals-row'] },
  'formulas-unread-openpyxl.xlsx': { same: true, notices: ['formula-results-placeholder', 'totals-row'] },
  'formulas-exported.csv': { same: false, notices: ['csv-formulas'], rowIssue: '没有保存它的计算结果' },
  'dates-iso-utc.xlsx': { same: true },
  'sharedstrings-capital.xlsx': { same: true },
  'header-only.xlsx': { same: false, notices: ['no-rows'] },
  'password.xlsx': { refused: '台账文件设有打开密码（已加密），无法读取' },
  'ledger.ods': { refused: '台账文件是 OpenDocument 表格（.ods）' },
  'ods-named.xlsx': { refused: '台账文件是 OpenDocument 表格（.ods），扩展名却是 .xlsx' },
  'xlsx-named.csv': { refused: '台账文件的扩展名是 .csv，内容却是 .xlsx 工作簿' },
  'unterminated-quote.csv': { refused: '第6行有一个没有闭合的双引号' },
  'mixed-encodings.csv': { refused: '第1行是 UTF-8，第2–61行是 GBK 等其他编码' },
};

describe('the messy corpus', async () => {
  const clean = await run('clean.xlsx');
  const twin = figures(clean.json!);

  it('has an expected outcome for every file in the folder', () => {
    expect(readdirSync(DIR).filter((f) => !(f in CORPUS))).toEqual([]);
  });

  it.each(Object.entries(CORPUS))('%s', async (file, expected) => {
    const r = await run(file);
    if ('refused' in expected) {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(expected.refused);
      return;
    }
    expect(r.code, r.stderr).toBe(0);
    const j = r.json!;
    const codes = j.meta.noticeDetails.map((n) => n.code);
    for (const code of expected.notices ?? []) expect(codes).toContain(code);
    // Every detail names its file and says something; the strings list carries the same messages.
    expect(j.meta.noticeDetails.filter((n) => n.file !== join(DIR, file) || n.message === '')).toEqual([]);
    expect(j.meta.notices).toEqual(j.meta.noticeDetails.map((n) => n.message));
    if (expected.same) {
      expect(figures(j)).toEqual(twin);
      return;
    }
    // Different figures: the cause is named, as a notice or as the issue of the rows it concerns.
    expect(figures(j)).not.toEqual(twin);
    if (expected.rowIssue) {
      const flagged = j.rows.filter((row) => row.issues.some((i) => i.includes(expected.rowIssue!)));
      expect(flagged.length).toBeGreaterThan(0);
      expect(flagged.filter((row) => row.points !== 0)).toEqual([]);
    }
  });

  it('a header-only ledger says so and shows no unit as 已达标', async () => {
    const j = (await run('header-only.xlsx')).json!;
    expect(j.meta.notices).toContain('「稿件台账」表台账没有数据行：没有单位完成任何任务');
    expect(j.units.length).toBeGreaterThan(0);
    expect(j.units.filter((u) => u.status === '已达标')).toEqual([]);
  });

  it('year tabs are read as one ledger: each row keeps its tab and its own sheet row', async () => {
    const j = (await run('year-tabs.xlsx')).json!;
    const byTab = new Map<string, number[]>();
    for (const row of j.rows) byTab.set(row.tab, [...(byTab.get(row.tab) ?? []), row.row]);
    expect([...byTab.keys()]).toEqual(['2023年', '2024年']);
    expect(byTab.get('2023年')!.slice(0, 3)).toEqual([2, 3, 4]);
    expect(byTab.get('2024年')!.slice(0, 3)).toEqual([2, 3, 4]);
  });

  it('formulas without results: the same rows are held, whoever wrote the file, and the cause is said once', async () => {
    const held = (j: Json) =>
      j.rows.filter((r) => r.issues.some((i) => i.includes('没有保存它的计算结果'))).map((r) => r.row);
    const openpyxl = (await run('formulas-openpyxl.xlsx')).json!;
    const xlsxwriter = (await run('formulas-xlsxwriter.xlsx')).json!;
    const csv = (await run('formulas-exported.csv')).json!;
    // The rows whose cells hold the file's 16 formulas.
    expect(held(openpyxl)).toEqual([2, 3, 8, 11, 12, 21, 22, 25, 32, 33, 42, 43, 51, 52]);
    expect(held(xlsxwriter)).toEqual(held(openpyxl));
    expect(held(csv)).toEqual(held(openpyxl));
    const said = (j: Json, code: string) => j.meta.noticeDetails.filter((n) => n.code === code);
    expect(
      said(openpyxl, 'formula-results-placeholder').map((n) => [n.tab, n.row, n.column, n.message]),
    ).toEqual([
      [
        '稿件台账',
        2,
        'K',
        '台账文件标记为“打开时重新计算”（由程序生成，未经 Excel/WPS 打开保存），其中没有结果或结果为 0 的公式可能并未计算（如「稿件台账」表 K2）：一律按“公式无结果”读取，台账中用到这类单元格的行暂不计分（见各行校验）；请用 Excel/WPS 打开并保存后重试',
      ],
    ]);
    expect(said(csv, 'csv-formulas').map((n) => [n.tab, n.row, n.column, n.message])).toEqual([
      [
        '稿件台账',
        2,
        'K',
        '台账文件（CSV）中有 16 个单元格是公式本身，不是它的计算结果（如第2行 K 列“=ROUND(1257,0)”）：这些单元格按“公式无结果”读取，所在行暂不计分；导出时请不要勾选“保存单元格公式”（LibreOffice 导出 CSV 的选项），重新导出后再试',
      ],
    ]);
  });

  it('office lines (S19o N1–N5) leave the clean rows as they are: no line read as a piece, nothing said held', async () => {
    const issues = (j: Json) => j.rows.map((r) => [r.issues.join('；')]).filter(([i]) => i !== '');
    const clean = issues((await run('clean.xlsx')).json!);
    for (const file of [
      'coauthor-columns-openpyxl.xlsx',
      'header-units-openpyxl.xlsx',
      'subtotal-lines-openpyxl.xlsx',
      'formulas-unread-openpyxl.xlsx',
    ])
      expect([file, issues((await run(file)).json!)]).toEqual([file, clean]);
    const j = (await run('formulas-unread-openpyxl.xlsx')).json!;
    expect(
      j.meta.noticeDetails
        .filter((n) => n.code === 'formula-results-placeholder' || n.code === 'totals-row')
        .map((n) => [n.tab, n.row, n.column, n.message]),
    ).toEqual([
      [
        '稿件台账',
        2,
        'A',
        '台账文件标记为“打开时重新计算”（由程序生成，未经 Excel/WPS 打开保存），其中有公式没有保存计算结果（如「稿件台账」表 A2），但都不在计分读取的单元格中（序号、合计行、其他表等），不影响计分；如需这些单元格的值，请用 Excel/WPS 打开并保存',
      ],
      ['稿件台账', 62, null, '「稿件台账」表：第62行是合计行，已跳过，不作为稿件计算'],
    ]);
    const lines = (await run('subtotal-lines-openpyxl.xlsx')).json!;
    expect(lines.meta.noticeDetails.filter((n) => n.code === 'totals-row').map((n) => n.message)).toEqual([
      '「稿件台账」表：第8、14、19、25、27、33、39、44 等16行是合计行，已跳过，不作为稿件计算',
    ]);
  });

  it('the near-miss header is named with its column and what it changes', async () => {
    const j = (await run('headers-near-miss.xlsx')).json!;
    const details = j.meta.noticeDetails.filter((n) => n.code !== 'units-inferred');
    expect(details.map((n) => [n.code, n.tab, n.row, n.column])).toEqual([
      ['header-near-miss', '稿件台账', 1, 'K'],
      ['column-missing', '稿件台账', null, '字数'],
    ]);
    // The column passed over is named beside what its absence costs (re-sweep S19o N7).
    expect(details[1].message).toBe(
      '台账没有「字数」列（K列「字数统计口径」未读作此列，见表头提示）：「系数」表按字数加倍的规则无法适用',
    );
  });
});
