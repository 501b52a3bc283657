// 封顶分值 under a filtered 积分 task, through the command's --json (audit S21a F2, case c03): a unit's 省级
// points, 10 a quarter under the cap, are never read as more than the unit's capped points.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { tempDir, writeXlsx } from './helpers';

async function run(file: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(['report', file, '--json', '--period', '2024', '--as-of', '2024-12-31'], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { ZUGONG_PROGRESS: '0' },
  });
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as {
    units: {
      unit: string;
      points: number;
      indicators: {
        name: string;
        value: number;
        target: number;
        met: boolean;
        buckets?: { value: number }[];
      }[];
    }[];
  };
}

describe('case c03: 封顶分值 10 a quarter, four 河南日报 (省级) adoptions of 10 in Jan, Feb, Apr, May', () => {
  it('市级以上积分 reads 20 of 30 (未达标), 省级录用积分 10 in Q1 and Q2, as 全年积分 20', async () => {
    const file = join(tempDir(), 'c03.xlsx');
    const adoption = (title: string, month: string) => [
      title,
      '李四',
      '峡窝镇党委',
      '河南日报',
      '录用',
      `2024-${month}-10`,
    ];
    await writeXlsx(file, {
      稿件台账: [
        ['标题', '作者', '单位', '媒体', '采用方式', '录用日期'],
        adoption('稿1', '01'),
        adoption('稿2', '02'),
        adoption('稿3', '04'),
        adoption('稿4', '05'),
      ],
      指标: [
        ['名称', '对象', '度量', '窗口', '目标', '级别'],
        ['全年积分', '乡镇街道', '积分', '全年', 50, ''],
        ['市级以上积分', '乡镇街道', '积分', '全年', 30, '市级'],
        ['省级录用积分', '乡镇街道', '积分', '每季', 10, '省级'],
      ],
      设置: [
        ['项目', '值'],
        ['封顶分值', 10],
        ['封顶周期', '季'],
      ],
    });
    const u = (await run(file)).units.find((x) => x.unit === '峡窝镇党委');
    expect(u?.points).toBe(20);
    expect(
      u?.indicators.map((i) => [i.name, i.value, i.target, i.met, (i.buckets ?? []).map((b) => b.value)]),
    ).toEqual([
      ['全年积分', 20, 50, false, []],
      ['市级以上积分', 20, 30, false, []],
      ['省级录用积分', 0, 10, false, [10, 10, 0, 0]],
    ]);
  });
});
