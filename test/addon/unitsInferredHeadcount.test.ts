// Units inferred from the ledger (no 单位 rows) take the authors seen as 人数; the 单位 table bounds a typed 人数
// (1000, a guard against typos), which is no bound on how many people write for a unit (sweep s25c F3). An
// inferred unit above it gets a blank 人数, said; the 通报 is made, not refused for a table nobody typed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import { tempDir, zugong } from '../cli/helpers';
import { useFakeApps } from '../fakes/useFakeApps';
import { adoption, ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org', startWithSheet1: false });

// 1,001 people write for 某某办公室 (no unit of the 上街区 preset); one for 峡窝镇党委.
const ROWS = [
  ...Array.from({ length: 1001 }, (_, i) =>
    adoption({
      标题: `稿件${i}`,
      作者: `作者${i}`,
      单位: '某某办公室',
      媒体: '上街组工动态',
      录用日期: '2024-05-05',
    }),
  ),
  adoption({ 标题: '甲', 作者: '张三', 单位: '峡窝镇党委', 媒体: '上街组工动态', 录用日期: '2024-05-06' }),
];

describe('an inferred unit with more than 1000 authors (s25c F3)', () => {
  it('初始化台账 writes its 人数 blank and says so; 生成通报 then counts every row', () => {
    fake.apps.spreadsheet._addSheet('稿件台账', ledgerGrid(ROWS) as unknown[][]);
    const summary = runSetup();
    expect(summary.notes).toContain('某某办公室：台账中作者超过1000人，人数留空，请填写实际人数');
    expect(summary.notes.join('\n')).toContain('某某办公室（部机关科室，人数留空）');
    const units = fake.apps.spreadsheet._sheet('单位')!._grid();
    const head = units[0].map(String);
    const office = units.find((r) => r[0] === '某某办公室');
    expect(office?.[head.indexOf('人数')]).toBe('');
    const r = generateReport('2024');
    if (!r.ok) throw new Error(r.message);
    expect(r.rows).toBe(1002);
  });

  it('the command line, with no 单位 table: every row counted, the blank 人数 said, exit 0', () => {
    const dir = tempDir();
    const csv = join(dir, 'people.csv');
    const lines = ['标题,作者,单位,媒体,采用方式,录用日期'];
    for (let i = 0; i < 1001; i++) lines.push(`稿件${i},作者${i},某某办公室,上街组工动态,录用,2024-05-05`);
    lines.push('甲,张三,峡窝镇党委,上街组工动态,录用,2024-05-06');
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const run = zugong(['report', csv, '--period', '2024', '--json']);
    expect(run.stderr).not.toMatch(/不能大于1000/);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      units: { unit: string; points: number }[];
      meta: { notices: string[] };
    };
    expect(out.units.find((u) => u.unit === '某某办公室')?.points).toBe(1001);
    expect(out.meta.notices).toContain(
      '未找到「单位」表：某某办公室：台账中作者超过1000人，人数留空（按人数计算的科室整体任务目标按0计），请建立「单位」表填写实际人数',
    );
  }, 120_000);
});
