// --json people[].barred (audit S25g F3; 001 §六.5 单位以及相关工作人员): true for a person whose unit
// (people[].unit) is units[].barred, as 附件2's 说明 marks them; the fields already there are unchanged.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { tempDir } from './helpers';

const ROWS: Record<string, string>[] = [
  {
    标题: '李稿',
    作者: '李四',
    单位: '区直机关工委',
    媒体: '郑州日报',
    采用方式: '录用',
    录用日期: '2024-03-10',
  },
  ...Array.from({ length: 12 }, (_, k) => ({
    标题: `王${k + 1}`,
    作者: '王五',
    单位: '教育系统党工委',
    报送对象: '区委组织部',
    报送日期: `2024-${String(k + 1).padStart(2, '0')}-03`,
    采用方式: '报送',
  })),
];

describe('--json people[].barred', () => {
  it('follows the unit the person is counted under', async () => {
    const path = join(tempDir(), 'ledger.csv');
    const header = LEDGER_HEADERS.map(String);
    writeFileSync(
      path,
      `${[header, ...ROWS.map((r) => header.map((h) => r[h] ?? ''))].map((r) => r.join(',')).join('\n')}\n`,
    );
    let stdout = '';
    const code = await main(
      ['report', path, '--json', '--preset', '上街区', '--period', '2024', '--as-of', '2024-12-31'],
      {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: () => {} },
        env: { ZUGONG_PROGRESS: '0' },
        now: () => new Date('2026-11-28T12:00:00Z'),
      },
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const people = json.people as { person: string; unit: string; barred: boolean; credit: number }[];
    expect(people.map((p) => [p.person, p.unit, p.barred])).toEqual(
      expect.arrayContaining([
        ['李四', '区直机关工委', true],
        ['王五', '教育系统党工委', false],
      ]),
    );
    for (const p of json.people)
      expect(p.barred).toBe(json.units.find((u: { unit: string }) => u.unit === p.unit)?.barred ?? false);
    // Existing fields unchanged beside it.
    expect(Object.keys(people[0])).toEqual(
      expect.arrayContaining([
        'person',
        'credit',
        'points',
        'unit',
        'creditRounded',
        'status',
        'indicators',
        'bonus',
        'chief',
      ]),
    );
  });
});
