// 视同达标 names through the command's --json (audit S21a F3, cases c04 / c04b): 区直机关 工委 (a space inside) is
// 区直机关工委, as the clean spelling gives; 非公经济组织党委 (for 党工委) is a notice at its cell, the unit unmet.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { tempDir, writeXlsx } from './helpers';

interface Json {
  units: { unit: string; status: string; indicators: { name: string; status: string }[] }[];
  meta: { noticeDetails: { code: string; tab?: string; row?: number; column?: string; message: string }[] };
}

async function run(deemed: string): Promise<Json> {
  const file = join(tempDir(), 'deemed.xlsx');
  await writeXlsx(file, {
    稿件台账: [
      ['标题', '作者', '单位', '报送对象', '报送日期', '采用方式'],
      ['稿1', '李四', '峡窝镇党委', '区委组织部', '2024-03-01', '报送'],
    ],
    单位: [
      ['单位', '类型'],
      ['峡窝镇党委', '乡镇街道'],
      ['区直机关工委', '其他党工委'],
      ['非公经济组织党工委', '其他党工委'],
    ],
    指标: [
      ['名称', '对象', '度量', '窗口', '目标', '视同达标'],
      ['全年积分', '乡镇街道', '积分', '全年', 50, ''],
      ['全年向区委组织部报送', '其他党工委', '报送', '全年', 6, ''],
      ['全年积分', '其他党工委', '积分', '全年', 20, deemed],
    ],
  });
  let stdout = '';
  let stderr = '';
  const code = await main(['report', file, '--json', '--period', '2024', '--as-of', '2024-12-31'], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { ZUGONG_PROGRESS: '0' },
  });
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as Json;
}

const statuses = (j: Json) =>
  j.units.map((u) => [u.unit, u.status, ...u.indicators.map((i) => `${i.name} ${i.status}`)]);

describe('视同达标 in the 指标 tab, read as the 单位 column reads units', () => {
  it('c04 against c04b: 区直机关 工委 gives the clean spelling’s statuses; the near miss is told', async () => {
    const clean = await run('区直机关工委');
    const spaced = await run('区直机关 工委');
    expect(statuses(spaced)).toEqual(statuses(clean));
    const unit = (j: Json, name: string) =>
      j.units.find((u) => u.unit === name)?.indicators.find((i) => i.name === '全年积分')?.status;
    expect(unit(spaced, '区直机关工委')).toBe('已达标');

    const near = await run('区直机关 工委、非公经济组织党委');
    expect(unit(near, '区直机关工委')).toBe('已达标');
    expect(unit(near, '非公经济组织党工委')).toBe('未达标');
    const told = near.meta.noticeDetails.filter((n) => n.column === '视同达标');
    expect(told.map(({ code, tab, row, column, message }) => ({ code, tab, row, column, message }))).toEqual([
      {
        code: 'rule-column',
        tab: '指标',
        row: 4,
        column: '视同达标',
        message:
          '「指标」表第4行「视同达标」“非公经济组织党委”不在「单位」表中（是否应为“非公经济组织党工委”？），不视同达标',
      },
    ]);
  });
});
