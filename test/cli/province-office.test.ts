// A provincial office through the command (audit S24a F1, office E in small): 设置 本级组织部 南岭省委组织部, its
// 市州 and 省直 units sending to 省委组织部, a 处室 relaying upward. Its rows to 省委组织部 count toward the quotas
// with no 直接报送 warning, and a relayed row is the unit's submission to the province.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { tempDir, writeXlsx } from './helpers';

interface Json {
  rows: { row: number; issues: string[] }[];
  units: {
    unit: string;
    barred: boolean;
    indicators: {
      name: string;
      value: number;
      buckets?: { bucket: number; value: number; met: boolean }[];
    }[];
  }[];
  meta: { noticeDetails: { message: string }[] };
}

describe('a 省委组织部 scoring its 市州 and 省直 units', () => {
  it('rows to 省委组织部 and relayed rows count toward its quotas, with no warning', async () => {
    const dir = tempDir();
    const rules = join(dir, 'rules.xlsx');
    const ledger = join(dir, 'ledger.xlsx');
    await writeXlsx(rules, {
      单位: [
        ['单位', '类型'],
        ['长河市委组织部', '市州'],
        ['省卫健委机关党委', '省直单位'],
        ['信息处', '部机关科室'],
      ],
      媒体: [
        ['媒体', '别名', '级别', '标签'],
        ['人民日报', '', '中央级', ''],
        ['南岭组工信息', '', '省级', ''],
      ],
      计分: [
        ['级别', '采用方式', '分值'],
        ['中央级', '录用', 40],
        ['省级', '录用', 8],
      ],
      指标: [
        ['名称', '对象', '度量', '窗口', '目标', '报送对象'],
        ['每季向省委组织部报送', '市州', '报送', '每季', 3, '省委组织部'],
        ['全年向省委组织部报送', '省直单位', '报送', '全年', 2, '省委组织部'],
      ],
      设置: [
        ['项目', '值'],
        ['年度', 2024],
        ['本级组织部', '南岭省委组织部'],
        ['发文机关', '中共南岭省委组织部'],
        ['转报最低级别', '中央级'],
      ],
    });
    const head = ['标题', '作者', '单位', '报送对象', '报送日期', '媒体', '采用方式', '录用日期', '对口处室'];
    await writeXlsx(ledger, {
      稿件台账: [
        head,
        ['甲', '张伟', '长河市委组织部', '中组部', '2024-04-02', '人民日报', '录用', '2024-04-25', '信息处'],
        ['乙', '张伟', '长河市委组织部', '省委组织部', '2024-05-06', '', '报送', '', ''],
        [
          '丙',
          '张伟',
          '长河市委组织部',
          '南岭省委组织部',
          '2024-06-03',
          '南岭组工信息',
          '录用',
          '2024-06-20',
          '',
        ],
        ['丁', '孙丽', '省卫健委机关党委', '', '2024-06-01', '人民日报', '录用', '2024-06-28', '信息处'],
        ['戊', '孙丽', '省卫健委机关党委', '省委组织部', '2024-07-01', '', '报送', '', ''],
      ],
    });
    let stdout = '';
    let stderr = '';
    const code = await main(
      ['report', ledger, '--rules', rules, '--json', '--period', '2024', '--as-of', '2024-12-31'],
      {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s) },
        env: { ZUGONG_PROGRESS: '0' },
      },
    );
    expect(code, stderr).toBe(0);
    const j = JSON.parse(stdout) as Json;
    const quota = (unit: string, name: string) =>
      j.units.find((u) => u.unit === unit)?.indicators.find((i) => i.name === name);
    expect(quota('长河市委组织部', '每季向省委组织部报送')?.buckets?.[1]).toEqual({
      bucket: 2,
      value: 3,
      met: true,
    });
    expect(quota('省卫健委机关党委', '全年向省委组织部报送')?.value).toBe(2);
    expect(j.units.find((u) => u.unit === '省卫健委机关党委')?.barred).toBe(false);
    expect(j.rows.flatMap((r) => r.issues)).toEqual([]);
    expect(stderr).not.toContain('读不出');
    expect(j.meta.noticeDetails.map((n) => n.message).join('')).not.toContain('区委组织部');
  });
});
