// A row of group titles over a one-row header of short sub-labels (报送情况 over 对象 | 日期, 录用情况 over 媒体 …
// 方式 | 日期2), the layout an Excel Table forces (its header cannot be merged down; it renames a second 日期 to
// 日期2). Every unit scored 0 and the notices called present columns missing (audit s37 I). Fixtures
// (test/fixtures/group-row/make.py): openpyxl's files, merged and not, and the Table re-saved by LibreOffice.
// A sub-label with no title over it is not guessed: the header note names the fields it may be.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { ROOT, zugong } from './helpers';

const DIR = join(ROOT, 'test', 'fixtures', 'group-row');

function report(file: string) {
  const run = zugong(['report', join(DIR, file), '--json', '--period', '2024']);
  expect(run.code, run.stderr).toBe(0);
  const j = JSON.parse(run.stdout) as {
    units: { unit: string; points: number; adoptions: number; submissions: number }[];
    meta: { notices: string[] };
  };
  return {
    units: j.units.map((u) => [u.unit, u.points, u.adoptions, u.submissions]).sort(),
    notices: j.meta.notices,
  };
}

describe('group titles over a one-row header', () => {
  it.each(['table-group-openpyxl.xlsx', 'plain-group-openpyxl.xlsx', 'table-group-libreoffice.xlsx'])(
    '%s gives its one-row twin’s figures, and calls no column missing that is there',
    (file) => {
      const twin = report('twin-openpyxl.xlsx');
      const grouped = report(file);
      expect(twin.units.some((u) => (u[1] as number) > 0)).toBe(true);
      expect(grouped.units).toEqual(twin.units);
      expect(grouped.notices).toEqual(twin.notices);
    },
    30_000,
  );
});

describe('a short sub-label with no title over it', () => {
  const notices = (header: string[]) =>
    (
      parseLedger([
        header,
        ['甲', '峡窝镇党委', '区委组织部', '2024-03-05', '郑州日报', '录用', '2024-03-12'],
      ]).notices ?? []
    )
      .filter((n) => n.code === 'header-near-miss')
      .map((n) => n.message);

  it('日期 and 方式 are named with the fields they may be, and what is missing', () => {
    expect(notices(['标题', '单位', '对象', '日期', '媒体', '方式', '日期2'])).toEqual([
      '表头第1行C列「对象」只写了“对象”，未读作「报送对象」列，本列不参与计算；如是报送对象，请把表头改为「报送对象」',
      '表头第1行D列「日期」只写了“日期”，无法确定是「报送日期」还是「录用日期」，本列不参与计算；请把表头改为「报送日期」或「录用日期」',
      '表头第1行F列「方式」只写了“方式”，未读作「采用方式」列，本列不参与计算；如是采用方式，请把表头改为「采用方式」',
      '表头第1行G列「日期2」只写了“日期”，无法确定是「报送日期」还是「录用日期」，本列不参与计算；请把表头改为「报送日期」或「录用日期」',
    ]);
    expect(notices(['标题', '单位', '报送对象', '报送日期', '媒体', '采用方式', '日期'])).toEqual([
      '表头第1行G列「日期」只写了“日期”，无法确定是「报送日期」还是「录用日期」，本列不参与计算；请把表头改为「录用日期」',
    ]);
  });

  it('beside every field it may be, it is another column of the office’s: nothing said', () => {
    expect(
      notices(['标题', '单位', '报送对象', '报送日期', '媒体', '采用方式', '录用日期'].concat('日期')),
    ).toEqual([]);
  });
});
