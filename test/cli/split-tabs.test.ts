// Offices that keep two books log submissions in one tab (报送登记: 标题, 单位, 作者, 报送对象, 报送日期) and
// adoptions in another (录用登记: 标题, 单位, 作者, 媒体, 级别, 采用方式, 录用日期, 字数). The joined ledger reads
// the second tab's columns too: the same figures as one tab holding each piece on one row (audit s35 D10;
// before, 媒体 … 录用日期 went unread, every unit scored 0, and notices said the ledger had no such columns).
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Grid } from '../../src/core/types';
import { tempDir, writeXlsx, zugong } from './helpers';

const SUBMITTED = ['标题', '单位', '作者', '报送对象', '报送日期'];
const ADOPTED = ['标题', '单位', '作者', '媒体', '级别', '采用方式', '录用日期', '字数'];
const pieces = [
  {
    标题: '峡窝镇推进网格党建',
    单位: '峡窝镇党委',
    作者: '潘平',
    报送日期: '2024-03-01',
    媒体: '河南日报',
    级别: '省级',
    录用日期: '2024-03-10',
  },
  {
    标题: '中心街道抓实党员教育',
    单位: '中心街道党工委',
    作者: '李四',
    报送日期: '2024-04-02',
    媒体: '郑州日报',
    级别: '市级',
    录用日期: '2024-04-20',
  },
  { 标题: '峡窝镇村级换届回头看', 单位: '峡窝镇党委', 作者: '潘平', 报送日期: '2024-05-06' },
  { 标题: '区直机关工委开展主题党日', 单位: '区直机关工委', 作者: '王五', 报送日期: '2024-06-03' },
];

async function report(tabs: Record<string, Grid>) {
  const path = join(tempDir(), 'ledger.xlsx');
  await writeXlsx(path, tabs);
  const run = zugong(['report', path, '--json', '--period', '2024']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as {
    units: { unit: string; points: number; adoptions: number; submissions: number }[];
    people: { person: string; credit: number; points: number }[];
    meta: { notices: string[] };
  };
}

const figures = (r: Awaited<ReturnType<typeof report>>) => ({
  units: r.units.map((u) => [u.unit, u.points, u.adoptions, u.submissions]),
  people: r.people.map((p) => [p.person, p.credit, p.points]),
});

it('报送登记 and 录用登记 tabs give the figures of one tab with each piece on one row, and say so', async () => {
  const whole = [...SUBMITTED, '媒体', '级别', '采用方式', '录用日期', '字数'];
  const oneTab = await report({
    稿件台账: [
      whole,
      ...pieces.map((p) => [
        p.标题,
        p.单位,
        p.作者,
        '区委组织部',
        p.报送日期,
        p.媒体 ?? '',
        p.级别 ?? '',
        p.媒体 ? '录用' : '',
        p.录用日期 ?? '',
        p.媒体 ? 900 : '',
      ]),
    ],
  });
  const twoTabs = await report({
    报送登记: [SUBMITTED, ...pieces.map((p) => [p.标题, p.单位, p.作者, '区委组织部', p.报送日期])],
    录用登记: [
      ADOPTED,
      ...pieces
        .filter((p) => p.媒体)
        .map((p) => [p.标题, p.单位, p.作者, p.媒体!, p.级别!, '录用', p.录用日期!, 900]),
    ],
  });
  expect(figures(oneTab).units.some((u) => (u[1] as number) > 0)).toBe(true);
  expect(figures(twoTabs)).toEqual(figures(oneTab));
  const said = twoTabs.meta.notices.join('\n');
  expect(said).toContain(
    '「录用登记」表的「媒体」、「级别」、「采用方式」、「录用日期」、「字数」列「报送登记」表没有：合并时一并读取',
  );
  expect(said).not.toMatch(/台账没有「(录用日期|媒体|字数)」列/);
}, 60_000);
