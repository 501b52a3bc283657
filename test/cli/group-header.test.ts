// A two-row header whose group titles (报送情况, 录用情况) sit over short sub-labels (日期, 方式) as Excel-made ledgers
// are often laid out (audit s35 D1): every date was lost, every unit scored 0, and a notice called the 日期
// columns blank. Fixtures: openpyxl's file (merged group cells over 报送对象 | 日期 and 刊物 | 级别 | 采用方式 |
// 日期, the other headers merged down), the same re-saved by LibreOffice (soffice --convert-to xlsx), and the
// ledger with one header row as its twin.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { ledgerSource } from '../../src/core/ledgerTable';
import { ROOT } from './helpers';

const DIR = join(ROOT, 'test', 'fixtures', 'group-header');

interface Json {
  units: { unit: string; points: number; adoptions: number; submissions: number }[];
  people: { person: string; credit: number }[];
  meta: { notices: string[] };
}

async function report(file: string): Promise<Json> {
  let stdout = '';
  const code = await main(['report', join(DIR, file), '--json', '--period', '2024'], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: () => {} },
    env: {},
  });
  expect(code).toBe(0);
  return JSON.parse(stdout) as Json;
}

const figures = (j: Json) => ({
  units: j.units.map((u) => [u.unit, u.points, u.adoptions, u.submissions]).sort(),
  people: j.people.map((p) => [p.person, p.credit]).sort(),
});

describe('group titles over short sub-labels', () => {
  it.each(['group-header-short-sublabels-openpyxl.xlsx', 'group-header-short-sublabels-libreoffice.xlsx'])(
    '%s gives its one-row twin’s figures, and calls no column blank',
    async (file) => {
      const twin = await report('group-header-twin-openpyxl.xlsx');
      const grouped = await report(file);
      expect(twin.units.some((u) => u.points > 0)).toBe(true);
      expect(figures(grouped)).toEqual(figures(twin));
      expect(grouped.meta.notices.filter((n) => n.includes('表头为空'))).toEqual([]);
    },
  );

  it.each([
    ['报送情况', ['对象', '日期'], '录用情况', ['媒体', '级别', '方式', '日期']],
    ['报送信息', ['对象', '时间'], '采用情况', ['刊物', '级别', '方式', '时间']],
    ['报送登记', ['报送对象', '报送日期'], '录用', ['媒体', '级别', '采用方式', '日期']],
  ])('%s over %j and %s over %j name every column', (sent, sentSubs, adopted, adoptedSubs) => {
    const top = ['标题', '作者', '单位', sent, '', adopted, '', '', ''];
    const bottom = ['', '', '', ...sentSubs, ...adoptedSubs];
    const row = [
      '甲',
      '潘平',
      '峡窝镇党委',
      '区委组织部',
      '2024-03-05',
      '郑州日报',
      '市级',
      '综合',
      '2024-03-12',
    ];
    const parsed = parseLedger([top, bottom, row], { year: 2024 });
    const r = ledgerSource(parsed).at(0);
    expect([r.recipient, r.submittedOn, r.outlet, r.levelOverride, r.mode, r.adoptedOn]).toEqual([
      '区委组织部',
      dayFromYmd(2024, 3, 5),
      '郑州日报',
      '市级',
      '综合',
      dayFromYmd(2024, 3, 12),
    ]);
    expect(r.issues).toEqual([]);
  });
});
